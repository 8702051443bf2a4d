"""The presenting timer: time against the plan, per agenda item, recorded into the session.

The timer times whichever agenda item the room is on. T starts and pauses it.
What it measures becomes that item's actual time in the session (for the
PDF's planned-against-actual table). Recording is not undoable: it is a
measurement, not a gesture, so it goes through ``Document.record``, and
undoing a vote never rewinds the clock. It is written when the timer pauses,
when the room moves to another item, when the session closes, and every
few seconds while it runs, so a crash loses at most those seconds.

The clock is injectable, so tests run the timer without waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...domain.commands import RecordActualTime
from ...domain.model import AgendaItem
from ..document import Document

WARN_AT = 60  # seconds left when the timer first warns
# Seconds between saves while running: PRODUCT.md, a crash loses nothing that
# was on screen for more than a second (a save is one small commit).
SAVE_EVERY = 1.0
TICK_MS = 250


class TimerState(StrEnum):
    """How the current item stands against its plan; views show each with colour and words."""

    UNPLANNED = "unplanned"  # no planned duration: the timer counts up
    ON_TIME = "on-time"
    LAST_MINUTE = "last-minute"
    OVER = "over"


class Timer(QObject):
    """Counts the time spent on the current agenda item, against its planned duration."""

    changed = Signal()  # every tick while running, and on any start, pause or new item
    warned = Signal(str)  # a TimerState value, when the item crosses into it while running

    def __init__(
        self,
        document: Document,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self.item_id: str | None = None
        self.running = False
        self._base = 0.0  # seconds the item had before this run
        self._started = 0.0  # clock() when this run began
        self._saved_at = 0.0
        self._state = TimerState.UNPLANNED
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        document.about_to_close.connect(self.pause)

    # -- what it shows ---------------------------------------------------------------
    @property
    def item(self) -> AgendaItem | None:
        agenda = self.document.session.agenda
        return next((i for i in agenda if i.id == self.item_id), None)

    def elapsed(self) -> float:
        """Seconds spent on the current item, over every time it was on screen."""
        if not self.running:
            return self._base
        return self._base + max(0.0, self.clock() - self._started)

    def remaining(self) -> float | None:
        """Seconds left of the plan (negative when over); None when the item has no plan."""
        item = self.item
        if item is None or item.planned_seconds <= 0:
            return None
        return item.planned_seconds - self.elapsed()

    def state(self) -> TimerState:
        remaining = self.remaining()
        if remaining is None:
            return TimerState.UNPLANNED
        if remaining <= 0:
            return TimerState.OVER
        if remaining <= WARN_AT:
            return TimerState.LAST_MINUTE
        return TimerState.ON_TIME

    def key_words(self) -> str:
        """What T does now, as its menu entry says it (and so the `?` overlay)."""
        if self.running:
            return QCoreApplication.translate("MainWindow", "&Pause the timer")
        if self.elapsed() > 0:
            return QCoreApplication.translate("MainWindow", "&Resume the timer")
        return QCoreApplication.translate("MainWindow", "&Start the timer")

    # -- driving it ------------------------------------------------------------------
    def set_item(self, item_id: str | None) -> None:
        """Time ``item_id`` from now on; the time so far goes to the item the room leaves."""
        if item_id == self.item_id:
            return
        running = self.running
        if running:
            self._record()
        self.item_id = item_id
        item = self.item
        self._base = float(item.actual_seconds or 0) if item is not None else 0.0
        self._started = self._saved_at = self.clock()
        self._state = self.state()
        self.changed.emit()

    def toggle(self) -> None:
        """T: start or pause."""
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        if self.running or self.item_id is None:
            return
        self.running = True
        self._started = self._saved_at = self.clock()
        self._state = self.state()
        self._ticker.start()
        self.changed.emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._base = self.elapsed()
        self.running = False
        self._ticker.stop()
        self._record()
        self.changed.emit()

    def tick(self) -> None:
        """Check the plan, save now and then, and let the views repaint."""
        if not self.running:
            return
        state = self.state()
        if state != self._state:
            self._state = state
            if state in (TimerState.LAST_MINUTE, TimerState.OVER):
                self.warned.emit(state.value)
        if self.clock() - self._saved_at >= SAVE_EVERY:
            self._record()
        self.changed.emit()

    def _record(self) -> None:
        self._saved_at = self.clock()
        if self.item is not None:
            self.document.record(RecordActualTime(self.item_id, round(self.elapsed())))


def clock_text(seconds: float) -> str:
    """Whole minutes and seconds, as a timer shows them: 9:05, 75:00."""
    whole = int(abs(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def countdown_seconds(remaining: float) -> float:
    """What a countdown shows: 59.2 s left reads 1:00, and 0.4 s over reads 0:00 over."""
    return math.ceil(remaining) if remaining > 0 else math.floor(-remaining)
