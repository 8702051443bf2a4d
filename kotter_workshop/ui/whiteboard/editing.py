"""Typing on a panel: a note's or a group's text edited in place, kept as a draft.

While text is being typed its draft is in the session file (within a second,
off the undo stack); Esc drops the draft, committing turns it into one undoable
edit; after a crash the draft opens again as the same edit. A part of
``PanelController`` (a mixin: the panel, its scene, view and document are the
controller's), kept apart so each module holds one job.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextCursor

from ...domain import limits
from ...domain.commands import Batch, PutCluster, PutNote
from ...domain.errors import DomainError
from ...domain.model import Note
from ..error_texts import sentence
from .items import EditableText, NoteItem

DRAFT_DELAY_MS = 500  # a draft is in the file within a second of typing


@dataclass
class Edit:
    """The text being edited (a note, a group title); a ``new`` note is not in the model yet."""

    kind: str  # "note" or "cluster"
    id: str
    text: EditableText
    new: Note | None = None


class TextEditing:
    """Edit, commit, cancel and the drafts of a panel's texts."""

    def _start_editing(self) -> None:
        self.edit: Edit | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._keep_draft)

    def edit_selected(self) -> None:
        notes = self.scene.selected_notes()
        clusters = self.scene.selected_clusters()
        if notes and notes[0] in self.scene.veil.notes:
            # Its text would show (or be typed unseen) on the projector before R reveals it.
            if self.document is not None:
                self.document.refused.emit(
                    QCoreApplication.translate(
                        "PanelController",
                        "This note from a phone is face down: press R to show it, then edit it.",
                    )
                )
        elif notes:
            self._begin(Edit("note", notes[0], self.scene.notes[notes[0]].text))
        elif clusters:
            self._begin(Edit("cluster", clusters[0], self.scene.clusters[clusters[0]].text))

    def _begin(self, edit: Edit, draft: str | None = None) -> None:
        if self.document is None or self.document.read_only:
            self._do(Batch([]))
            return
        if self.edit is not None and self.edit.text is not edit.text:
            self.commit_edit()
        self.edit = edit
        text = edit.text
        if draft is not None:
            text.setPlainText(draft)
        text.editor = self
        text.set_editing(True)
        text.document().contentsChanged.connect(self._typed)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        text.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        text.setTextCursor(cursor)
        if draft is not None:
            self._keep_draft()

    def _typed(self) -> None:
        if self.edit is not None:
            self._keep_within_limit(self.edit)
            item = self.edit.text.parentItem()
            if isinstance(item, NoteItem):
                item.fit_height()
            else:
                self.scene.refit_frames()
            self._draft_timer.start()

    def _keep_within_limit(self, edit: Edit) -> None:
        """Text past the limit (a note's 280 characters) is not taken, and the room is told
        why: the limit holds as the text is typed, so nothing typed is lost at the commit."""
        check = limits.name if edit.kind == "cluster" else limits.note_text
        typed = edit.text.toPlainText()
        try:
            check(typed or ".")
        except DomainError as exc:
            limit = limits.MAX_NAME if edit.kind == "cluster" else limits.MAX_NOTE
            if len(typed) <= limit:
                return  # not a length (a lone surrogate cannot be typed): the commit says it
            cursor = QTextCursor(edit.text.document())
            cursor.setPosition(limit)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()  # typing on at the end changes nothing more
            if self.document is not None:
                self.document.refused.emit(sentence(exc))

    def draft_key(self, edit: Edit) -> str:
        return f"{edit.kind}:{self.panel.id}:{edit.id}"

    def _keep_draft(self) -> None:
        self._draft_timer.stop()
        if self.edit is not None and self.document is not None and self.document.file:
            self.document.file.set_draft(self.draft_key(self.edit), self.edit.text.toPlainText())

    def _end(self) -> Edit | None:
        edit, self.edit = self.edit, None
        if edit is None:
            return None
        self._draft_timer.stop()
        if self.document is not None and self.document.file is not None:
            self.document.file.clear_draft(self.draft_key(edit))
        text = edit.text
        with contextlib.suppress(RuntimeError, TypeError):
            text.document().contentsChanged.disconnect(self._typed)
        text.editor = None
        text.set_editing(False)
        cursor = text.textCursor()
        cursor.clearSelection()
        text.setTextCursor(cursor)
        text.clearFocus()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return edit

    def commit_edit(self) -> None:
        """Make the typed text one undoable edit (Ctrl+Return, or a click elsewhere)."""
        edit = self._end()
        if edit is None:
            return
        typed = edit.text.toPlainText()
        if edit.kind == "cluster":
            cluster = self.panel.cluster(edit.id)
            if typed.strip() and typed != cluster.title:
                self._do(
                    PutCluster(self.panel.id, replace(cluster, title=typed)),
                    QCoreApplication.translate("PanelController", "Rename group"),
                )
            self._show_model(edit)
            return
        if edit.new is not None:
            self._drop_pending(edit)
            if typed.strip():
                self._do(
                    PutNote(self.panel.id, replace(edit.new, text=typed)),
                    QCoreApplication.translate("PanelController", "Add note"),
                )
                self.scene.select_only([edit.id])
            return
        note = self.panel.note(edit.id)
        if typed != note.text:
            self._do(
                PutNote(self.panel.id, replace(note, text=typed)),
                QCoreApplication.translate("PanelController", "Edit note"),
            )
        self._show_model(edit)

    def cancel_edit(self) -> None:
        """Esc: drop what was typed and the draft; the model is untouched."""
        edit = self._end()
        if edit is None:
            return
        if edit.new is not None:
            self._drop_pending(edit)
        else:
            self._show_model(edit)

    def _drop_pending(self, edit: Edit) -> None:
        item = self.scene.notes.pop(edit.id, None)
        if item is not None:
            self.scene.removeItem(item)

    def _show_model(self, edit: Edit) -> None:
        """Put the model's text back on the item (after a cancel, or a refused edit)."""
        if edit.kind == "note" and edit.id in self.scene.notes:
            item = self.scene.notes[edit.id]
            item.text.setPlainText(self.panel.note(edit.id).text)
            item.fit_height()
        elif edit.kind == "cluster" and edit.id in self.scene.clusters:
            self.scene.clusters[edit.id].text.setPlainText(self.panel.cluster(edit.id).title)
            self.scene.refit_frames()

    def restore_drafts(self) -> bool:
        """After a crash, reopen a kept draft of this panel as the same open edit."""
        if self.document is None or self.document.file is None or self.document.read_only:
            return False
        for key, text in sorted(self.document.file.drafts().items()):
            kind, _, rest = key.partition(":")
            panel_id, _, item_id = rest.partition(":")
            if panel_id != self.panel.id or kind not in ("note", "cluster"):
                continue
            if kind == "cluster" and item_id in self.scene.clusters:
                self._begin(Edit("cluster", item_id, self.scene.clusters[item_id].text), text)
            elif kind == "note" and item_id in self.scene.notes:
                self.scene.select_only([item_id])
                self._begin(Edit("note", item_id, self.scene.notes[item_id].text), text)
            elif kind == "note":
                self.new_note(text=text)
                self.edit.id = self.edit.new.id
                self.document.file.clear_draft(key)
                self._keep_draft()
            else:
                continue
            return True
        return False
