"""The open session, its undo stack and (when it has one) its file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.commands import Command
from ..domain.errors import DomainError
from ..domain.model import Aspect, Change, Session
from .error_texts import sentence

if TYPE_CHECKING:  # the store is imported only when a file is opened
    from ..store import SessionFile


# The domain's command names (Command.text), which the Edit menu shows as "Undo <name>".
# The domain cannot call tr(), so they are listed here for lupdate; a test checks that
# every command in domain/commands.py is in this list.
COMMAND_TEXTS = (
    QT_TRANSLATE_NOOP("commands", "Edit"),
    QT_TRANSLATE_NOOP("commands", "Add vote"),
    QT_TRANSLATE_NOOP("commands", "Remove vote"),
    QT_TRANSLATE_NOOP("commands", "Vote"),
    QT_TRANSLATE_NOOP("commands", "Edit session details"),
    QT_TRANSLATE_NOOP("commands", "Choose round"),
    QT_TRANSLATE_NOOP("commands", "Start a re-vote"),
    QT_TRANSLATE_NOOP("commands", "Edit note"),
    QT_TRANSLATE_NOOP("commands", "Delete note"),
    QT_TRANSLATE_NOOP("commands", "Edit group"),
    QT_TRANSLATE_NOOP("commands", "Edit action"),
    QT_TRANSLATE_NOOP("commands", "Delete action"),
    QT_TRANSLATE_NOOP("commands", "Edit speaker notes"),
    QT_TRANSLATE_NOOP("commands", "Edit participants"),
    QT_TRANSLATE_NOOP("commands", "Edit agenda item"),
    QT_TRANSLATE_NOOP("commands", "Arrange the agenda"),
    QT_TRANSLATE_NOOP("commands", "Record time"),
    QT_TRANSLATE_NOOP("commands", "Edit notes"),
    QT_TRANSLATE_NOOP("commands", "Delete notes"),
    QT_TRANSLATE_NOOP("commands", "Ungroup"),
)


class UndoableCommand(QUndoCommand):
    """A domain command on Qt's undo stack: redo applies it, undo reverts it.

    ``applied``: the command was applied before it was pushed (so that a refusal
    could be told, and nothing pushed); the push's own redo then does nothing.
    """

    def __init__(self, session: Session, command: Command, *, applied: bool = False) -> None:
        super().__init__(QCoreApplication.translate("commands", command.text))
        self.session = session
        self.command = command
        self._applied = applied

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.command.apply(self.session)

    def undo(self) -> None:
        self.command.revert(self.session)


class Document(QObject):
    """What a window works on: the session, every edit made undoable, and its file."""

    changed = Signal(object)  # a domain Change
    title_changed = Signal()
    file_changed = Signal()  # saved elsewhere, or editing stopped
    refused = Signal(str)  # one sentence: why an edit was not made
    about_to_close = Signal()  # last chance to record what is measured (the timer)

    def __init__(self, session: Session, file: SessionFile | None = None) -> None:
        super().__init__()
        self.session = session
        self.file = file
        self.undo_stack = QUndoStack(self)
        self._unsubscribe = session.subscribe(self._on_change)

    def do(self, command: Command, text: str | None = None) -> bool:
        """Apply ``command`` as one undoable step; False when the session cannot change."""
        if self.read_only:
            self._refuse()
            return False
        try:  # applied here, not inside Qt's push: a refusal is told, and nothing is pushed
            command.apply(self.session)
        except DomainError as exc:
            self.refused.emit(sentence(exc))
            return False
        step = UndoableCommand(self.session, command, applied=True)
        if text:
            step.setText(text)
        self.undo_stack.push(step)
        return True

    def record(self, command: Command) -> bool:
        """Apply a measurement (not a gesture) at once, off the undo stack; saved all the same.

        False, quietly, when the session cannot change: a timer must not nag every tick.
        """
        if self.read_only:
            return False
        command.apply(self.session)
        return True

    def apply_unrecorded(
        self,
        commands: Iterable[Command],
        written: Callable[[list[Exception | None], Exception | None], None] | None = None,
    ) -> list[Exception | None] | None:
        """Apply commands outside the undo stack (phone ballots, clearing them).

        Views hear of them once and the file writes them in one transaction
        (``Session.batch``). Returns, per command,
        None when it applied or the DomainError that refused it; None in all
        when the session cannot change (read-only).

        With ``written``, the file commits them on its writer thread and calls
        ``written`` there with the results and None once they are on disk, or
        the error; the window does not wait for the disk. Without a file it is
        called at once.
        """
        if self.read_only:
            self._refuse()
            return None
        results: list[Exception | None] = []
        done = None if written is None else (lambda error: written(results, error))
        later = self.file.deferred(done) if self.file is not None and done else nullcontext()
        with later, self.session.batch():
            for command in commands:
                try:
                    command.apply(self.session)
                except DomainError as exc:
                    results.append(exc)
                else:
                    results.append(None)
        if done is not None and self.file is None:
            done(None)
        return results

    def _refuse(self) -> None:
        self.refused.emit(
            QCoreApplication.translate(
                "Document",
                "This session is read-only: nothing can change. Use Save As to continue in a copy.",
            )
        )

    @property
    def path(self) -> Path | None:
        return None if self.file is None else Path(self.file.path)

    @property
    def read_only(self) -> bool:
        """Read-only files, and files whose editing stopped (a full disk), take no edits."""
        return self.file is not None and (self.file.read_only or self.file.failed is not None)

    def window_title(self) -> str:
        """'Kotter Workshop — <title>', then ' (<file name>)' and ' [read-only]' as they apply."""
        title = f"Kotter Workshop — {self.session.title}"
        if self.path is not None:
            title += f" ({self.path.name})"
        if self.read_only:
            title += " " + QCoreApplication.translate("Document", "[read-only]")
        return title

    def close(self) -> None:
        self.about_to_close.emit()
        self._unsubscribe()
        if self.file is not None:
            self.file.close()

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)
        if change.aspect is Aspect.META:
            self.title_changed.emit()
