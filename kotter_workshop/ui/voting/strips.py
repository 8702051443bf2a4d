"""The controls under a vote: − and + per value (tally), and the names (by name).

Buttons never take the keyboard focus, so Space and the arrows keep turning
slides; every button has an accessible name and a key or menu entry too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..flow_layout import FlowLayout


def _button(text: str, role: str, accessible: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setProperty("role", role)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoRaise(False)
    return button


class TallyStrip(QWidget):
    """One column per value: − value +, lined up under the chart's columns."""

    add = Signal(int)
    remove = Signal(int)

    def __init__(self, values: range, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: dict[tuple[str, int], QToolButton] = {}
        for value in values:
            column = QHBoxLayout()
            column.setSpacing(4)
            minus = _button("−", "button", self.tr("Remove a vote of %1").replace("%1", str(value)))
            plus = _button("+", "button", self.tr("Add a vote of %1").replace("%1", str(value)))
            minus.clicked.connect(lambda _=False, v=value: self.remove.emit(v))
            plus.clicked.connect(lambda _=False, v=value: self.add.emit(v))
            column.addStretch(1)
            column.addWidget(minus)
            column.addWidget(plus)
            column.addStretch(1)
            self.buttons[("-", value)] = minus
            self.buttons[("+", value)] = plus
            layout.addLayout(column, 1)


class RosterStrip(QWidget):
    """The roster as name chips: who has voted shows a tick, never what they voted."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.chips: dict[str, QToolButton] = {}
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")

    def set_state(self, roster: list[tuple[str, str]], voted: set[str], selected: str | None):
        """``roster`` holds (id, name) pairs; ``voted`` the ids that have voted."""
        ids = [pid for pid, _ in roster]
        if ids != list(self.chips):
            for chip in self.chips.values():
                self.flow.removeWidget(chip)
                chip.deleteLater()
            self.chips = {}
            for pid, name in roster:
                chip = _button(name or pid, "chip", name or pid)
                chip.setCheckable(True)
                chip.clicked.connect(lambda _=False, p=pid: self.chosen.emit(p))
                self.flow.addWidget(chip)
                self.chips[pid] = chip
        for pid, name in roster:
            chip = self.chips[pid]
            done = pid in voted
            chip.setText(f"{name or pid} ✓" if done else (name or pid))
            chip.setAccessibleName(
                self.tr("%1, has voted").replace("%1", name or pid) if done else (name or pid)
            )
            chip.setChecked(pid == selected)
