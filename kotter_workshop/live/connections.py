"""Open connections under a cap, closed when slow or silent, refusals summed up once a minute.

A stranger on the Wi-Fi can open connections without ever sending a request,
or send its headers a byte at a time. Left alone, a thousand of them use up the
process's file descriptors and the app can no longer write its own file. So:

- every connection goes through :class:`Guard`, which counts them against a
  cap that keeps room for the app's own files (see :func:`connection_cap`);
- a connection that is not in the middle of a request (it has not finished
  sending its headers, or sits idle between requests) is closed after
  ``idle_seconds``; a request being answered (a phone's long poll) is never
  cut short;
- at the cap, the oldest connection that is not in a request makes room for
  the new one (a phone sends its request within milliseconds, a silent or slow
  client never does); when every connection is in a request, the new one is
  closed at once;
- none of this writes a line per connection: :meth:`Guard.summary` says once
  a minute at most how many were closed or refused, and why.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Callable

#: Descriptors left to the app beyond those open when the server starts: the
#: session file and its journal, fonts, images, the PDF being written, Qt's own.
RESERVED_FOR_APP = 128
#: asyncio accepts up to a backlog of sockets at a time before any is counted
#: here (two such batches can be under way), and a connection closed to make
#: room lets go of its descriptor a moment later: room for four backlogs is kept
#: on top (measured under the flood of tests/live/test_hostile.py: up to about
#: 200 descriptors in flight).
BACKLOG = 32
IN_FLIGHT = 4 * BACKLOG
#: The kernel's queue of connections not yet accepted (they use no descriptor of
#: ours). Deep, so that a flood does not make it overflow: a phone's connection
#: dropped there is retried only a second later.
LISTEN_QUEUE = 2048
#: The most connections held however high the system allows: a room of 300
#: phones needs two or three each (a long poll, a vote, a page file).
MAX_CONNECTIONS = 4000
MIN_CONNECTIONS = 32
SUMMARY_SECONDS = 60.0


def raise_open_file_limit() -> int:
    """Raise this process's soft limit on open files to its hard limit where allowed.

    Returns the soft limit in force afterwards (a large number where the
    system has no such limit).
    """
    try:
        import resource  # platform
    except ImportError:  # pragma: no cover - Windows has no such limit to raise
        return 1 << 16
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and (soft == resource.RLIM_INFINITY or soft >= hard):
        return hard if soft == resource.RLIM_INFINITY else soft
    wanted = hard if hard != resource.RLIM_INFINITY else 1 << 20
    with contextlib.suppress(ValueError, OSError):  # not allowed here: keep the limit
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return 1 << 20 if soft == resource.RLIM_INFINITY else soft


def open_descriptors() -> int:
    """How many files this process has open now (an estimate where /proc is missing)."""
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return 64


def connection_cap(soft_limit: int, open_now: int) -> int:
    """Connections the server may hold, leaving the app's files the room they need."""
    room = soft_limit - open_now - RESERVED_FOR_APP - IN_FLIGHT
    return max(MIN_CONNECTIONS, min(MAX_CONNECTIONS, room))


class _Entry:
    __slots__ = ("transport", "busy", "since")

    def __init__(self, transport: asyncio.Transport, now: float) -> None:
        self.transport = transport
        self.busy = 0  # requests being answered on this connection
        self.since = now  # when it last became idle (or opened)


class Guard:
    """Counts, times out and sheds the server's connections; runs on the server's loop."""

    def __init__(
        self, cap: int, idle_seconds: float, say: Callable[[str], None], clock=time.monotonic
    ) -> None:
        self.cap = cap
        self.idle_seconds = idle_seconds
        self._say = say
        self._clock = clock
        self._entries: dict[object, _Entry] = {}  # by connection, oldest first
        self._by_handler: dict[object, object] = {}  # aiohttp's protocol -> its connection
        self._idle: dict[object, None] = {}  # the entries not in a request, oldest idle first
        self.closed_idle = 0  # silent, slow or idle connections closed (timed out or shed)
        self.refused = 0  # connections closed at once: every slot was in a request
        self.malformed = 0  # requests that were not HTTP
        self.most = 0  # the most connections held at once
        self._last_summary = -SUMMARY_SECONDS
        self._sweeper: asyncio.TimerHandle | None = None

    @property
    def open(self) -> int:
        return len(self._entries)

    # -- the protocol's side --------------------------------------------------------------
    def wrap(self, factory: Callable[[], asyncio.Protocol]) -> Callable[[], asyncio.Protocol]:
        """A protocol factory for ``loop.create_server`` whose connections this guard keeps.

        aiohttp's own protocol is made only once the first bytes arrive: a
        connection that never speaks costs a socket and nothing more.
        """
        return lambda: _Guarded(factory, self)

    def opened(self, key: object, transport: asyncio.Transport) -> bool:
        """A connection arrived; False when it was closed at once (every slot in a request)."""
        if len(self._entries) >= self.cap and not self._shed_one():
            self.refused += 1
            transport.abort()
            return False
        self._entries[key] = _Entry(transport, self._clock())
        self._idle[key] = None
        self.most = max(self.most, len(self._entries))
        self._ensure_sweeper()
        return True

    def lost(self, key: object, handler: object | None) -> None:
        self._entries.pop(key, None)
        self._idle.pop(key, None)
        self._by_handler.pop(handler, None)

    def speaks(self, key: object, handler: object) -> None:
        self._by_handler[handler] = key

    def request_started(self, handler: object) -> None:
        key = self._by_handler.get(handler)
        entry = self._entries.get(key)
        if entry is not None:
            entry.busy += 1
            self._idle.pop(key, None)

    def request_ended(self, handler: object) -> None:
        key = self._by_handler.get(handler)
        entry = self._entries.get(key)
        if entry is not None:
            entry.busy = max(0, entry.busy - 1)
            if not entry.busy:
                entry.since = self._clock()
                self._idle[key] = None

    # -- shedding and time limits ------------------------------------------------------
    def _shed_one(self) -> bool:
        for key in self._idle:  # oldest first
            self._close(key)
            return True
        return False

    def _close(self, key: object) -> None:
        entry = self._entries.pop(key)
        self._idle.pop(key, None)
        self.closed_idle += 1
        entry.transport.abort()  # frees the descriptor now, not after a goodbye

    def sweep(self) -> None:
        """Close connections idle for too long; say what was closed, once a minute at most."""
        deadline = self._clock() - self.idle_seconds
        for key in [k for k in self._idle if self._entries[k].since <= deadline]:
            self._close(key)
        self.summary()

    def summary(self, force: bool = False) -> None:
        now = self._clock()
        if not (self.closed_idle or self.refused or self.malformed):
            return
        if not force and now - self._last_summary < SUMMARY_SECONDS:
            return
        parts = []
        if self.closed_idle:
            parts.append(f"closed {self.closed_idle} idle or slow connections")
        if self.refused:
            parts.append(f"refused {self.refused} connections at the cap of {self.cap}")
        if self.malformed:
            parts.append(f"answered {self.malformed} malformed requests with 400")
        self._say("phone voting " + ", ".join(parts) + f" (most open at once: {self.most})")
        self.closed_idle = self.refused = self.malformed = 0
        self._last_summary = now

    def _ensure_sweeper(self) -> None:
        if self._sweeper is None:
            loop = asyncio.get_running_loop()
            self._sweeper = loop.call_later(1.0, self._tick)

    def _tick(self) -> None:
        self._sweeper = None
        self.sweep()
        if self._entries or self.closed_idle or self.refused or self.malformed:
            self._ensure_sweeper()

    def stop(self) -> None:
        """The server stops: close every connection, including those aiohttp never saw."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None
        for entry in list(self._entries.values()):
            entry.transport.abort()
        self._entries.clear()
        self._idle.clear()


class _Guarded(asyncio.Protocol):
    """Hands every event to aiohttp's own protocol, made once the client first speaks."""

    def __init__(self, factory: Callable[[], asyncio.Protocol], guard: Guard) -> None:
        self.factory, self.guard = factory, guard
        self.inner: asyncio.Protocol | None = None
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:
        if self.guard.opened(self, transport):
            self.transport = transport

    def connection_lost(self, exc) -> None:
        self.guard.lost(self, self.inner)
        if self.inner is not None:
            self.inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.transport is None:
            return
        if self.inner is None:
            self.inner = self.factory()
            self.guard.speaks(self, self.inner)
            self.inner.connection_made(self.transport)
        self.inner.data_received(data)

    def eof_received(self):
        return self.inner.eof_received() if self.inner is not None else None

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()
