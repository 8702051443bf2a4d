"""The agenda on the console: each item's title, planned and actual time; where the room is.

Titles and planned minutes are edited in place (double-click, F2 or Enter;
Esc cancels), each edit one undoable EditAgendaItem. Actual times come from
the timer and are not edited here. Double-clicking an item's number goes to it.

Items move up and down (Alt+Up, Alt+Down), leave the agenda (Delete) and come
back (Add a slide), from the buttons under the table or its context menu; each
is one undoable ArrangeAgenda. A slide left out of the agenda is not shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import agenda
from ...domain.commands import ArrangeAgenda, EditAgendaItem
from ...domain.model import Aspect, Change
from ..document import Document
from ..slides.navigation import DeckNavigation
from .timer import Timer, clock_text

NUMBER, TITLE, PLANNED, ACTUAL = range(4)
MAX_MINUTES = 600
ITEM_ID = Qt.ItemDataRole.UserRole
SECONDS = Qt.ItemDataRole.UserRole + 1  # the planned seconds behind "20 min"


class MinutesDelegate(QStyledItemDelegate):
    """Planned time is edited in whole minutes, never below zero."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt's name)
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_MINUTES)
        editor.setSuffix(" " + self.tr("min"))
        editor.setAccessibleName(self.tr("Planned minutes"))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 (Qt's name)
        editor.setValue(round((index.data(SECONDS) or 0) / 60))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 (Qt's name)
        editor.interpretText()
        model.setData(index, editor.value() * 60, SECONDS)


class AgendaEditor(QTableWidget):
    """Follows the session's agenda, the room's position and the timer; edits go to the document."""

    def __init__(self, document: Document, navigation: DeckNavigation, timer: Timer, parent=None):
        super().__init__(0, 4, parent)
        self.document = document
        self.navigation = navigation
        self.timer = timer
        self.setObjectName("agenda")
        self.setAccessibleName(self.tr("Agenda: planned and actual times"))
        self.setHorizontalHeaderLabels(
            ["#", self.tr("Agenda item"), self.tr("Planned"), self.tr("Actual")]
        )
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (NUMBER, PLANNED, ACTUAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Typing a slide key in the table must not start an edit: only these do.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setItemDelegateForColumn(PLANNED, MinutesDelegate(self))
        self._filling = False
        self.total = QLabel()  # the whole agenda: planned, and actual so far
        self.total.setObjectName("agendaTotal")
        self.itemChanged.connect(self._edited)
        self.cellDoubleClicked.connect(self._double_clicked)
        self._unsubscribe = document.session.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        navigation.moved.connect(self._mark_current)
        timer.changed.connect(self._show_running_time)
        self._make_arranging_actions()
        self.refresh()

    # -- model -> view ----------------------------------------------------------------
    def refresh(self) -> None:
        self._filling = True
        agenda = self.document.session.agenda
        self.setRowCount(len(agenda))
        for row, item in enumerate(agenda):
            cells = [
                QTableWidgetItem(str(row + 1)),
                QTableWidgetItem(item.title),
                QTableWidgetItem(),
                QTableWidgetItem(
                    clock_text(item.actual_seconds) if item.actual_seconds is not None else "–"
                ),
            ]
            cells[PLANNED].setText(self.minutes_text(item.planned_seconds))
            cells[PLANNED].setData(SECONDS, item.planned_seconds)
            for column, cell in enumerate(cells):
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if column in (TITLE, PLANNED) and not self.document.read_only:
                    flags |= Qt.ItemFlag.ItemIsEditable
                cell.setFlags(flags)
                if column in (PLANNED, ACTUAL, NUMBER):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                cell.setData(ITEM_ID, item.id)
                self.setItem(row, column, cell)
        self._filling = False
        self._mark_current()
        self._enable_arranging()
        self._show_total()

    def minutes_text(self, seconds: int) -> str:
        if seconds % 60:
            return clock_text(seconds)
        return self.tr("%1 min").replace("%1", str(seconds // 60))

    def _mark_current(self, *_) -> None:
        current = self.navigation.current_item()
        self._filling = True
        for row, item in enumerate(self.document.session.agenda):
            here = current is not None and item.id == current.id
            for column in range(self.columnCount()):
                cell = self.item(row, column)
                if cell is None:
                    continue
                font = QFont(cell.font())
                font.setBold(here)
                cell.setFont(font)
            number = self.item(row, NUMBER)
            if number is not None:
                number.setText(("▶ " if here else "") + str(row + 1))
        self._filling = False

    def _show_running_time(self) -> None:
        """The current item's actual time ticks with the timer, not only when saved."""
        timer = self.timer
        for row, item in enumerate(self.document.session.agenda):
            if item.id == timer.item_id and (timer.running or timer.elapsed()):
                cell = self.item(row, ACTUAL)
                if cell is not None:
                    self._filling = True
                    cell.setText(clock_text(timer.elapsed()))
                    self._filling = False
        self._show_total()

    def actual_seconds(self, item) -> float:
        """An item's actual time as the table shows it: the running timer's, or the saved one."""
        timer = self.timer
        if item.id == timer.item_id and (timer.running or timer.elapsed()):
            return timer.elapsed()
        return item.actual_seconds or 0

    def _show_total(self) -> None:
        items = self.document.session.agenda
        planned = sum(item.planned_seconds for item in items)
        actual = sum(self.actual_seconds(item) for item in items)
        self.total.setText(
            self.tr("Total: %1 planned · %2 so far")
            .replace("%1", self.minutes_text(planned))
            .replace("%2", clock_text(actual))
        )

    def _on_change(self, change: Change) -> None:
        if change.aspect is Aspect.AGENDA and self.state() != self.State.EditingState:
            self.refresh()

    # -- view -> model ------------------------------------------------------------------
    def _edited(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        item_id = cell.data(ITEM_ID)
        item = self.document.session.agenda_item(item_id)
        if cell.column() == TITLE:
            title = cell.text().strip()
            if title and title != item.title:
                self.document.do(
                    EditAgendaItem(item_id, title=title), self.tr("Rename agenda item")
                )
        elif cell.column() == PLANNED:
            seconds = int(cell.data(SECONDS) or 0)
            if seconds != item.planned_seconds:
                self.document.do(
                    EditAgendaItem(item_id, planned_seconds=seconds),
                    self.tr("Change planned time"),
                )
        self.refresh()  # shows the session as it is, edited or refused

    def _double_clicked(self, row: int, column: int) -> None:
        if column in (NUMBER, ACTUAL):
            item = self.item(row, NUMBER)
            if item is not None:
                self.navigation.go_to_item(item.data(ITEM_ID))

    # -- arranging the agenda ---------------------------------------------------------------
    def _make_arranging_actions(self) -> None:
        def action(text: str, key: str, slot) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(key))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.move_up_action = action(self.tr("Move up"), "Alt+Up", lambda: self.move_selected(-1))
        self.move_down_action = action(
            self.tr("Move down"), "Alt+Down", lambda: self.move_selected(1)
        )
        self.remove_action = action(self.tr("Remove from agenda"), "Delete", self.remove_selected)
        self.add_menu = QMenu(self.tr("Add a slide"), self)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.addAction(self.add_menu.menuAction())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.itemSelectionChanged.connect(self._enable_arranging)

    def tools(self) -> QWidget:
        """The agenda's total and the arranging actions as buttons, for under the table."""
        tools = QWidget()
        column = QVBoxLayout(tools)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.total)
        row = QWidget()
        column.addWidget(row)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for action in (self.move_up_action, self.move_down_action, self.remove_action):
            button = QToolButton()
            button.setDefaultAction(action)
            layout.addWidget(button)
        add = QToolButton()
        add.setText(self.add_menu.title())
        add.setMenu(self.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add.setEnabled(not self.document.read_only)
        layout.addWidget(add)
        layout.addStretch(1)
        return tools

    def selected_id(self) -> str | None:
        cell = self.item(self.currentRow(), NUMBER) if self.selectedItems() else None
        return None if cell is None else cell.data(ITEM_ID)

    def select_item(self, item_id: str) -> None:
        order = [item.id for item in self.document.session.agenda]
        if item_id in order:
            self.selectRow(order.index(item_id))

    def _enable_arranging(self) -> None:
        order = [item.id for item in self.document.session.agenda]
        selected = self.selected_id()
        editable = not self.document.read_only
        here = order.index(selected) if selected in order else None
        self.move_up_action.setEnabled(editable and here is not None and here > 0)
        self.move_down_action.setEnabled(editable and here is not None and here < len(order) - 1)
        self.remove_action.setEnabled(editable and here is not None and len(order) > 1)
        self.add_menu.setEnabled(editable)

    def _arrange(self, order: list[str], text: str, added=(), select: str | None = None) -> None:
        if self.document.do(ArrangeAgenda(order, list(added)), text) and select:
            self.select_item(select)

    def move_selected(self, step: int) -> None:
        selected = self.selected_id()
        order = [item.id for item in self.document.session.agenda]
        if selected not in order:
            return
        here = order.index(selected)
        there = here + step
        if 0 <= there < len(order):
            order[here], order[there] = order[there], order[here]
            self._arrange(order, self.tr("Move agenda item"), select=selected)

    def remove_selected(self) -> None:
        selected = self.selected_id()
        order = [item.id for item in self.document.session.agenda]
        if selected in order and len(order) > 1:
            here = order.index(selected)
            order.remove(selected)
            self._arrange(
                order, self.tr("Remove agenda item"), select=order[min(here, len(order) - 1)]
            )

    def add_slide(self, slide: str) -> None:
        """A new item for ``slide``, after the selected item (or at the end)."""
        session = self.document.session
        item = agenda.item_for(session.framework, slide)
        order = [a.id for a in session.agenda]
        selected = self.selected_id()
        at = order.index(selected) + 1 if selected in order else len(order)
        order.insert(at, item.id)
        self._arrange(order, self.tr("Add agenda item"), added=[item], select=item.id)

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        session = self.document.session
        missing = agenda.left_out(session.framework, session.agenda)
        for slide in missing:
            entry = self.add_menu.addAction(agenda.slide_title(session.framework, slide))
            entry.triggered.connect(lambda _=False, slide=slide: self.add_slide(slide))
        if not missing:
            none = self.add_menu.addAction(self.tr("Every slide is on the agenda"))
            none.setEnabled(False)
