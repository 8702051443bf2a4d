"""The actions list, editable in place: what, who and by when, each edit one undo step.

Fields commit on Enter, Tab or a click elsewhere; Esc puts back what the model
holds (and does nothing else). Typed text is kept as a draft within a second.
A date that is not one stays in its field, marked, with one sentence under the
list at the slide's text size, until it is corrected or Esc puts the old one back.
Its words are the room's: the list is on a slide.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.commands import PutAction, RemoveAction
from ...domain.model import Action, Aspect, Change, Session
from ..document import Document
from ..i18n import RoomText
from .editing import DRAFT_DELAY_MS

FIELDS = ("text", "owner", "due")
MAX_LINES = 6  # an action's text shows up to this many lines, then scrolls


def shown(action: Action, field: str) -> str:
    value = getattr(action, field)
    if field == "due":
        return value.isoformat() if value else ""
    return value


class _CellEditing:
    """What every cell of an action does: keep a draft while typing, Esc reverts, commit."""

    editor: ActionsEditor
    action_id: str
    field: str

    def _start_editing(self, editor: ActionsEditor, action_id: str, field: str) -> None:
        self.editor = editor
        self.action_id = action_id
        self.field = field
        self.setProperty("role", "body")
        self.setAccessibleName(field)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.keep_draft)

    @property
    def draft_key(self) -> str:
        return f"action:{self.action_id}:{self.field}"

    def keep_draft(self) -> None:
        self._timer.stop()
        file = self.editor.file
        if file is not None and self.isModified():
            file.set_draft(self.draft_key, self.text())

    def _drop_draft(self) -> None:
        self._timer.stop()
        if self.editor.file is not None:
            self.editor.file.clear_draft(self.draft_key)

    def revert(self) -> None:
        self._drop_draft()
        action = self.editor.action(self.action_id)
        self.setText(shown(action, self.field) if action else "")
        self.setModified(False)
        self.editor.set_problem(self, "")

    def commit(self) -> None:
        if not self.isModified():
            return
        self._drop_draft()
        self.setModified(False)
        self.editor.commit(self.action_id, self.field, self.text())


class ActionField(QLineEdit, _CellEditing):
    """Who or by when: one line; Esc reverts it to the model."""

    def __init__(self, editor: ActionsEditor, action_id: str, field: str) -> None:
        super().__init__()
        self._start_editing(editor, action_id, field)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.editingFinished.connect(self.commit)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.revert()
            event.accept()
            return
        super().keyPressEvent(event)


class ActionText(QPlainTextEdit, _CellEditing):
    """What is to be done: wraps onto as many lines as it needs, so the room reads all of it.

    It behaves like the one-line cells: Enter and Tab commit, Esc reverts, a
    click elsewhere commits. A pasted line break becomes a space.
    """

    def __init__(self, editor: ActionsEditor, action_id: str, field: str) -> None:
        super().__init__()
        self._start_editing(editor, action_id, field)
        self._setting = False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._typed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    # the QLineEdit words the shared editing code uses
    def text(self) -> str:
        return self.toPlainText().replace("\n", " ")

    def setText(self, text: str) -> None:  # noqa: N802 (QLineEdit's name)
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False
        self.setModified(False)
        self._fit_height()

    def isModified(self) -> bool:  # noqa: N802 (QLineEdit's name)
        return self.document().isModified()

    def setModified(self, modified: bool) -> None:  # noqa: N802 (QLineEdit's name)
        self.document().setModified(modified)

    def _typed(self) -> None:
        if not self._setting and self.isModified():
            self._timer.start()

    def _fit_height(self, *_args) -> None:
        """As tall as the wrapped text, so every line shows; past MAX_LINES it scrolls,
        so that one pasted page cannot push the other actions off the slide."""
        text = 0.0
        block = self.document().firstBlock()
        while block.isValid():  # pixel heights of the wrapped lines, as laid out
            text += self.blockBoundingRect(block).height()
            block = block.next()
        text = min(text, MAX_LINES * self.fontMetrics().lineSpacing())
        margins = 2 * self.document().documentMargin() + 2 * self.frameWidth()
        self.setFixedHeight(math.ceil(text + margins))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # re-wraps the lines without telling documentSizeChanged
        self._fit_height()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.revert()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.commit()
        super().focusOutEvent(event)


class ActionsEditor(RoomText, QWidget):
    """Rows of actions with an Add button; follows the session's action changes."""

    problem_changed = Signal()  # a sentence about a field appeared or went: the slide re-fits

    def __init__(self, session: Session, document: Document | None, parent=None) -> None:
        super().__init__(parent)
        self.room_language = session.info.language
        self.session = session
        self.document = document
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid)
        self.problem = QLabel()  # what is wrong with a field, at the slide's text size
        self.problem.setProperty("role", "flag")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self._problem_field: QWidget | None = None
        outer.addWidget(self.problem)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("+ Add action"))
        self.add_button.setProperty("role", "chip")
        self.add_button.clicked.connect(self.add_action)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addStretch(1)
        self.rows: dict[str, tuple[list[ActionField | ActionText], QToolButton]] = {}
        for column, heading in enumerate((self.tr("What"), self.tr("Who"), self.tr("By when"))):
            title = QLabel(heading)
            title.setProperty("role", "heading")
            self.grid.addWidget(title, 0, column)
        self.refresh()
        self._unsubscribe = session.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.add_button.setVisible(self.editable)

    @property
    def file(self):
        return None if self.document is None else self.document.file

    @property
    def editable(self) -> bool:
        return self.document is not None and not self.document.read_only

    def action(self, action_id: str) -> Action | None:
        return next((a for a in self.session.actions if a.id == action_id), None)

    def _on_change(self, change: Change) -> None:
        if change.aspect is Aspect.ACTIONS:
            self.refresh()

    def refresh(self) -> None:
        """Rows in the model's order; a field being typed in keeps its text."""
        ids = [a.id for a in self.session.actions]
        for action_id in [i for i in self.rows if i not in ids]:
            fields, delete = self.rows.pop(action_id)
            for widget in (*fields, delete):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        for row, action in enumerate(self.session.actions, start=1):
            if action.id not in self.rows:
                self.rows[action.id] = self._make_row(action.id)
            fields, delete = self.rows[action.id]
            for column, field in enumerate(fields):
                if not field.isModified():
                    field.setText(shown(action, field.field))
                self.grid.addWidget(field, row, column, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(delete, row, 3, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)

    def _make_row(self, action_id: str):
        fields = [
            (ActionText if field == "text" else ActionField)(self, action_id, field)
            for field in FIELDS
        ]
        fields[0].setPlaceholderText(self.tr("What"))
        fields[1].setPlaceholderText(self.tr("Who"))
        fields[2].setPlaceholderText(self.tr("YYYY-MM-DD"))  # the column says "By when"
        delete = QToolButton()
        delete.setText("✕")
        delete.setProperty("role", "chip")
        delete.setAccessibleName(self.tr("Delete action"))
        delete.setToolTip(self.tr("Delete action"))
        delete.clicked.connect(lambda: self.delete(action_id))
        for widget in (*fields, delete):
            widget.setEnabled(self.editable)
            widget.setParent(self)
            widget.show()
        return fields, delete

    def field(self, action_id: str, name: str) -> ActionField | ActionText:
        return self.rows[action_id][0][FIELDS.index(name)]

    # -- edits -----------------------------------------------------------------------
    def commit(self, action_id: str, field: str, text: str) -> None:
        action = self.action(action_id)
        if action is None or self.document is None:
            return
        value: object = text.strip() if field != "text" else text
        if field == "due":
            try:
                value = dt.date.fromisoformat(text.strip()) if text.strip() else None
            except ValueError:
                # Kept as typed, so it can be corrected; the draft keeps it too.
                cell = self.field(action_id, field)
                cell.setModified(True)
                cell.keep_draft()
                example = dt.date.today().replace(month=12, day=31).isoformat()
                self.set_problem(
                    cell,
                    self.tr("“%1” is not a date. Type it like %2.")
                    .replace("%1", text.strip())
                    .replace("%2", example),
                )
                return
            self.set_problem(self.field(action_id, field), "")
        changed = value != getattr(action, field)
        if changed and not self.document.do(PutAction(replace(action, **{field: value}))):
            self.field(action_id, field).revert()

    def set_problem(self, field: QWidget, sentence: str) -> None:
        """Mark ``field`` and say what is wrong under the list; an empty sentence clears it."""
        if not sentence and field is not self._problem_field:
            return
        if self._problem_field is not None and self._problem_field is not field:
            _mark(self._problem_field, False)
        self._problem_field = field if sentence else None
        _mark(field, bool(sentence))
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))
        self.problem_changed.emit()

    def add_action(self) -> None:
        if self.document is None:
            return
        action = Action(self.tr("New action"))
        if self.document.do(PutAction(action), self.tr("Add action")):
            text = self.field(action.id, "text")
            text.setFocus(Qt.FocusReason.OtherFocusReason)
            text.selectAll()

    def delete(self, action_id: str) -> None:
        if self.document is not None:
            self.document.do(RemoveAction(action_id))

    def restore_drafts(self) -> None:
        """After a crash, put each kept draft back into its field, as the same open edit."""
        if self.file is None or not self.editable:
            return
        for key, text in self.file.drafts().items():
            kind, _, rest = key.partition(":")
            action_id, _, name = rest.partition(":")
            if kind == "action" and action_id in self.rows and name in FIELDS:
                field = self.field(action_id, name)
                field.setText(text)
                field.setModified(True)
                field.setFocus(Qt.FocusReason.OtherFocusReason)


def _mark(field: QWidget, wrong: bool) -> None:
    """Outline a field whose text is not accepted (QSS: [problem="true"])."""
    if bool(field.property("problem")) != wrong:
        field.setProperty("problem", wrong)
        field.style().unpolish(field)
        field.style().polish(field)
