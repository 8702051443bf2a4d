"""Python's full garbage collections wait for a lull while phones are connected.

A full (generation 2) collection scans every object that is not frozen, and it
holds the GIL, so whichever thread runs it, the window waits. A hall of phones
makes thousands of long-lived objects (connections, ballots) and so makes full
collections both frequent and slow: 30-40 ms each on a quiet machine, 159 ms
once under load (benchmarks/bench_live.py, 1,000 phones).

While the phone server runs, this object freezes what the app has made so far
(it is not garbage, and is left out of every later scan), raises the third
threshold so that Python almost never starts a full collection by itself, and
runs one on the window's thread once the room has sent nothing for ``LULL_S``
seconds (no page, join, ballot, note or dots; a phone's waiting long poll is not
activity), when nobody waits for an answer. Young collections (generations 0 and 1) go on
as usual, so short-lived cycles are freed as soon as ever. Under voting that
never pauses, Python's own full collection still comes, ``DEFER`` times later
than it would have: memory stays bounded.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

LULL_S = 2.0  # no request from the room for this long: a full collection blocks nobody
CHECK_MS = 1000  # how often the lull is looked for
DEFER = 20  # Python's full collections come this many times less often while phones vote


class CollectionPacer(QObject):
    """Holds full garbage collections back while phones are sending, runs them in a lull."""

    def __init__(
        self,
        last_request: Callable[[], float],
        parent: QObject | None = None,
        *,
        lull: float = LULL_S,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self.lull = lull
        self._last_request = last_request  # time.monotonic() of the room's last request
        self._thresholds: tuple[int, int, int] | None = None  # Python's own, while active
        self._timer = QTimer(self, interval=check_ms)
        self._timer.timeout.connect(self._check)

    @property
    def active(self) -> bool:
        return self._thresholds is not None

    def start(self) -> None:
        """The phone server starts."""
        if self.active:
            return
        gc.freeze()  # the app's objects so far: none of them is garbage
        self._thresholds = first, second, third = gc.get_threshold()
        gc.set_threshold(first, second, third * DEFER)
        self._timer.start()

    def stop(self) -> None:
        """The phone server stops: Python collects as it always does."""
        if self._thresholds is None:
            return
        self._timer.stop()
        gc.set_threshold(*self._thresholds)
        self._thresholds = None

    def _check(self) -> None:
        assert self._thresholds is not None
        due = gc.get_count()[2] >= self._thresholds[2]  # when Python would have looked
        if due and time.monotonic() - self._last_request() >= self.lull:
            gc.collect()
