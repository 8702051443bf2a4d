"""Request limits: token buckets per phone and per network address.

A phone may change its mind a few times a second at most; an address may carry
a whole room (a hotspot, a phone behind a NAT), so its cap is much higher. One
address may introduce only a few voter ids (a tablet passed round a table), so
a script on one phone cannot invent a crowd. A room that really sits behind
one address (and the benchmark, which sends every phone from 127.0.0.1)
raises both with ``KOTTER_WORKSHOP_LIVE_ADDRESS_RATE`` (requests per second).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

ADDRESS_RATE_SETTING = "KOTTER_WORKSHOP_LIVE_ADDRESS_RATE"


@dataclass(frozen=True)
class Limits:
    """How much one phone and one address may ask for."""

    phone_burst: float = 20  # votes a phone may send at once (a questionnaire is six)
    phone_rate: float = 2.0  # votes per second after that
    address_burst: float = 400  # requests an address may send at once: a room behind one NAT
    address_rate: float = 40.0  # requests per second after that
    max_body: int = 4096  # bytes: a note of 280 characters; a ballot is refused over 1 KB
    max_tracked: int = 20_000  # buckets kept before the idle ones are forgotten
    voters_per_address: int = 6  # new voter ids one address may introduce at once
    voter_refill_seconds: float = 300.0  # and one more after each such wait
    idle_seconds: float = 5.0  # a connection not in a request (headers, keep-alive) is closed
    max_connections: int = 0  # open connections; 0: as many as the open-file limit leaves room for

    @classmethod
    def from_environment(cls) -> Limits:
        """The defaults, with the per-address rate from the documented setting if it is set."""
        raw = os.environ.get(ADDRESS_RATE_SETTING, "").strip()
        if not raw:
            return cls()
        try:
            rate = float(raw)
        except ValueError:
            return cls()
        if rate <= 0:
            return cls()
        return cls(
            address_rate=rate,
            address_burst=max(cls.address_burst, rate * 10),
            voters_per_address=max(cls.voters_per_address, int(rate)),
        )


class Buckets:
    """Token buckets by key; ``take(key)`` is False when the key is over its limit."""

    def __init__(self, burst: float, rate: float, max_tracked: int, clock=time.monotonic) -> None:
        self.burst, self.rate, self.max_tracked = burst, rate, max_tracked
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when)

    def take(self, key: str) -> bool:
        now = self._clock()
        tokens, when = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - when) * self.rate)
        allowed = tokens >= 1
        self._buckets[key] = (tokens - 1 if allowed else tokens, now)
        if len(self._buckets) > self.max_tracked:
            self._forget_full(now)
        return allowed

    def _forget_full(self, now: float) -> None:
        """Drop buckets that have refilled: forgetting them changes nothing."""
        full = [k for k, (t, w) in self._buckets.items() if t + (now - w) * self.rate >= self.burst]
        for key in full:
            del self._buckets[key]
        if len(self._buckets) > self.max_tracked:  # a flood of fresh keys: start over
            self._buckets.clear()


class NewVoters:
    """How many voter ids each address has introduced; a known id is always let through."""

    def __init__(self, per_address: int, refill_seconds: float, max_tracked: int) -> None:
        self._buckets = Buckets(per_address, 1.0 / refill_seconds, max_tracked)
        self._known: dict[str, str] = {}  # voter id -> the address that introduced it
        self.max_tracked = max_tracked

    def admit(self, address: str, voter: str) -> bool:
        if self._known.get(voter) == address:
            return True
        if not self._buckets.take(address):
            return False
        if len(self._known) >= self.max_tracked * 5:  # bounded: forget the oldest half
            for old in list(self._known)[: len(self._known) // 2]:
                del self._known[old]
        self._known[voter] = address
        return True
