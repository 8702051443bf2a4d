"""How the timer looks: the console's panel, the status bar, and the projector's badge.

A warning is never colour alone: each state has its own words and sign
(⚠ at one minute left, ⚑ when time is up), and the colour comes on top.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..theme import room_px, room_unit
from .timer import Timer, TimerState, clock_text, countdown_seconds


def timer_words(timer: Timer) -> tuple[str, str]:
    """The clock and the words beside it, for the current state of ``timer``."""
    state = timer.state()
    item = timer.item
    if item is None:
        return "–:––", QCoreApplication.translate("Timer", "No agenda item")
    remaining = timer.remaining()
    if state is TimerState.UNPLANNED:
        clock, words = (
            clock_text(timer.elapsed()),
            QCoreApplication.translate("Timer", "elapsed · no planned time"),
        )
    elif state is TimerState.OVER:
        clock = "+" + clock_text(countdown_seconds(remaining))
        words = "⚑ " + QCoreApplication.translate("Timer", "Time is up")
    elif state is TimerState.LAST_MINUTE:
        clock = clock_text(countdown_seconds(remaining))
        words = "⚠ " + QCoreApplication.translate("Timer", "One minute left")
    else:
        clock = clock_text(countdown_seconds(remaining))
        words = QCoreApplication.translate("Timer", "left of %1").replace(
            "%1", clock_text(item.planned_seconds)
        )
    if not timer.running:
        words += " · " + QCoreApplication.translate("Timer", "paused (T starts)")
    return clock, words


def _set_state(widget: QWidget, state: TimerState) -> None:
    """Let the theme colour the widget for ``state`` (QSS: [timer="over"] and so on)."""
    if widget.property("timer") != state.value:
        widget.setProperty("timer", state.value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.updateGeometry()  # a new border or padding asks its layout for room again


class TimerPanel(QWidget):
    """The console's timer: a large clock, what it means, and the agenda item it times."""

    def __init__(self, timer: Timer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setObjectName("timerPanel")
        self.clock = QLabel()
        self.clock.setObjectName("timerClock")
        font = self.clock.font()
        font.setPixelSize(56)
        font.setBold(True)
        self.clock.setFont(font)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.item = QLabel()
        self.item.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.clock)
        row.addWidget(self.words, 1)
        layout.addLayout(row)
        layout.addWidget(self.item)
        timer.changed.connect(self.refresh)
        timer.warned.connect(lambda *_: QApplication.beep())  # a plain beep: no Qt add-on
        self.refresh()

    def refresh(self) -> None:
        clock, words = timer_words(self.timer)
        self.clock.setText(clock)
        self.words.setText(words)
        item = self.timer.item
        self.item.setText(item.title if item is not None else "")
        _set_state(self.clock, self.timer.state())
        _set_state(self.words, self.timer.state())


class TimerStatus(QLabel):
    """The timer in one line, for the status bar of the single window."""

    def __init__(self, timer: Timer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        timer.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        clock, words = timer_words(self.timer)
        self.setText(
            QCoreApplication.translate("Timer", "Timer %1 %2")
            .replace("%1", clock)
            .replace("%2", words)
        )
        _set_state(self, self.timer.state())


class TimerBadge(QLabel):
    """The timer on the projector, when the facilitator shows it: room-sized, in a corner."""

    def __init__(self, timer: Timer, parent: QWidget) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setObjectName("timerBadge")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        timer.changed.connect(self.refresh)
        parent.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        state = self.timer.state()
        clock, _ = timer_words(self.timer)
        # The room needs the clock and, near the end, the warning; not "paused (T starts)".
        warning = {
            TimerState.LAST_MINUTE: "⚠ " + QCoreApplication.translate("Timer", "One minute left"),
            TimerState.OVER: "⚑ " + QCoreApplication.translate("Timer", "Time is up"),
        }.get(state)
        self.setText(f"{warning}   {clock}" if warning else clock)
        _set_state(self, state)
        self.place()

    def place(self) -> None:
        host = self.parentWidget()
        unit = room_unit(host.width(), host.height())
        font = self.font()
        font.setPixelSize(room_px("body", unit))
        font.setBold(True)
        self.setFont(font)
        pad = max(4, round(12 * unit))
        self.setContentsMargins(pad * 2, pad, pad * 2, pad)
        self.adjustSize()
        margin = round(24 * unit)
        self.move(host.width() - self.width() - margin, host.height() - self.height() - margin)
        self.raise_()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False
