"""The facilitator's speaker notes for the current slide, edited on the console.

Typing is an open edit: kept as a draft in the file within a second (not on
the undo stack), so a crash brings it back. Leaving the field or Ctrl+Return
commits it as one undoable SetSpeakerNotes; Esc discards it. While it is
open, every key types: the slide keys wait (see ``keys.TextEditGuard``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from ...domain.commands import SetSpeakerNotes
from ...domain.model import Aspect, Change
from ..document import Document
from ..slides.navigation import DeckNavigation

DRAFT_PREFIX = "speaker-notes:"
DRAFT_DELAY_MS = 500  # typed text is in the file within a second


def draft_key(slide: str) -> str:
    return DRAFT_PREFIX + slide


class SpeakerNotesEditor(QPlainTextEdit):
    """The notes of the slide the room is on; follows the slide and the session."""

    edit_ended = Signal()

    def __init__(self, document: Document, navigation: DeckNavigation, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.navigation = navigation
        self.setObjectName("speakerNotes")
        self.setAccessibleName(self.tr("Speaker notes"))
        self.setTabChangesFocus(True)
        self.slide: str | None = None
        self._loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._keep_draft)
        self.textChanged.connect(self._typed)
        self._unsubscribe = document.session.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        navigation.slide_changed.connect(self._follow)
        document.about_to_close.connect(self._keep_draft)
        self._follow()

    @property
    def stored(self) -> str:
        return self.document.session.speaker_notes.get(self.slide or "", "")

    @property
    def editing(self) -> bool:
        """An open edit: the text differs from what the session holds."""
        return self.slide is not None and self.toPlainText() != self.stored

    # -- following the room and the session -------------------------------------------
    def _follow(self, *_) -> None:
        if self.editing:
            self.commit()
        nav = self.navigation
        self.slide = nav.current_key if nav.index >= 0 else None
        self.setReadOnly(self.document.read_only or self.slide is None)
        self.setPlaceholderText(
            self.tr("Your private notes for this slide. The room never sees them.")
        )
        drafts = self._drafts()
        self._load(drafts.get(draft_key(self.slide or ""), self.stored))

    def _drafts(self) -> dict[str, str]:
        file = self.document.file
        return file.drafts() if file is not None else {}

    def _load(self, text: str) -> None:
        self._loading = True
        self.setPlainText(text)
        self._loading = False

    def _on_change(self, change: Change) -> None:
        ours = change.aspect is Aspect.SPEAKER_NOTES and self.slide in change.ids
        if ours and not self.hasFocus():  # an undo, or another view: show it
            self._load(self.stored)

    # -- the edit -------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self._loading:
            self._draft_timer.start()

    def _keep_draft(self) -> None:
        self._draft_timer.stop()
        file = self.document.file
        if file is None or self.slide is None:
            return
        if self.editing:
            file.set_draft(draft_key(self.slide), self.toPlainText())
        elif draft_key(self.slide) in file.drafts():
            file.clear_draft(draft_key(self.slide))

    def commit(self) -> None:
        """Keep the typed notes as one undoable edit."""
        if self.slide is None:
            return
        if self.editing:
            command = SetSpeakerNotes(self.slide, self.toPlainText())
            if not self.document.do(command, self.tr("Edit speaker notes")):
                self._load(self.stored)
        self._drop_draft()

    def cancel(self) -> None:
        """Esc: back to the notes as they were; the edit ends and nothing else happens."""
        self._load(self.stored)
        self._drop_draft()
        self.clearFocus()
        self.edit_ended.emit()

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        file = self.document.file
        if file is not None and self.slide is not None:
            file.clear_draft(draft_key(self.slide))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            self.clearFocus()
            self.edit_ended.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.commit()
        super().focusOutEvent(event)
