"""What the phone server's thread hands to the Qt thread, applied there in small batches.

The network thread puts each checked item (a ballot, a note, a phone's dots) with its
reply on a thread-safe queue and wakes the Qt thread once. Items arriving close
together share one batch, and so one commit (one fsync): the first starts a short
timer and the burst gathers meanwhile. A batch is at most ``batch`` items; the rest
waits for the next turn of the event loop, after paints and keys, so a burst never
blocks the window.
"""

from __future__ import annotations

import queue
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

# How long the first item of a burst waits for the others. Short: with a batch
# written in two statements and the views refreshed once a batch, 5 ms keeps the
# window's longest block far under 50 ms (bench_live.py: p99 ~45 ms at 30, ~20 at 5).
GATHER_MS = 5


class HandOver(QObject):
    """A queue from the network thread, drained on the Qt thread into ``apply``."""

    _wake = Signal()  # emitted on the network thread; gathers, then drains on the Qt thread

    def __init__(self, apply: Callable[[list], None], batch: int, parent: QObject) -> None:
        super().__init__(parent)
        self._apply, self.batch = apply, batch
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._signalled = False
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._drain)
        self._wake.connect(self._gather.start, Qt.ConnectionType.QueuedConnection)

    def put(self, item: object, reply: object) -> None:
        """Called on the network thread: queue it and wake the Qt thread once."""
        self._queue.put((item, reply))
        if not self._signalled:
            self._signalled = True
            self._wake.emit()

    def waiting(self) -> int:
        return self._queue.qsize()

    def flush(self) -> None:
        """The session closes: apply, now, everything handed over so far."""
        self._gather.stop()
        items = []
        while not self._queue.empty():
            items.append(self._queue.get_nowait())
        if items:
            self._apply(items)

    def _drain(self) -> None:
        self._signalled = False
        items = []
        while len(items) < self.batch:
            try:
                items.append(self._queue.get_nowait())
            except queue.Empty:
                break
        if not self._queue.empty():  # the rest on the next turn, after paints and keys
            QTimer.singleShot(0, self._drain)
        if items:
            self._apply(items)
