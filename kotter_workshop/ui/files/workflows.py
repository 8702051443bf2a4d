"""What the File menu and the start screen do: open, new, Save As, templates, reuse.

Every workflow opens files through the store and shows problems as one
sentence in a dialog; the window stays usable whatever goes wrong. The
questions asked of the user go through :class:`Prompts`, the one seam tests
replace for the native file dialogs.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ...domain.commands import SetRoster
from ...domain.demo import demo_session
from ...domain.errors import KotterError
from ...domain.model import Session, SessionInfo
from ...domain.reuse import anonymised, fresh_from, has_results, started_from
from ..document import Document
from ..error_texts import reason, sentence
from ..lazy import LazyModule
from ..presenting.room_keeper import keep_room
from .new_session_dialog import NewSessionDialog


def session_filter() -> str:
    return QCoreApplication.translate("Prompts", "Kotter sessions (*.kotter)")


# The store brings SQLAlchemy: imported when a file is first touched, not for the demo.
store = LazyModule("kotter_workshop.store")
library = LazyModule("kotter_workshop.store.library")


class Prompts:
    """The questions a workflow asks. Native file dialogs live here alone."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Prompts", "Open a session"),
            str(Path.home()),
            session_filter(),
        )
        return Path(path) if path else None

    def save_path(self, title: str, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, title, str(Path.home() / suggested), session_filter()
        )
        if not path:
            return None
        path = Path(path)
        return path if path.suffix == library.SUFFIX else path.with_name(path.name + ".kotter")

    def continue_or_new(self, info: SessionInfo, *, recovered: bool = False) -> str | None:
        """Ask before reusing a session that has results: 'continue', 'new' or None.

        ``recovered``: the app was not closed properly last time (a crash): the box
        says so, and Continue is the default, so Enter carries on where the room was.
        """
        box = QMessageBox(self.parent)
        box.setWindowTitle(
            QCoreApplication.translate("Prompts", "Session recovered")
            if recovered
            else QCoreApplication.translate("Prompts", "This session already has votes")
        )
        box.setText(
            recovered_sentence()
            if recovered
            else QCoreApplication.translate(
                "Prompts", "Continue this session, or start a new session from it?"
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Prompts",
                "“%1” already holds a group's results. A new session keeps the "
                "content and agenda and starts with no votes, notes or actions.",
            ).replace("%1", info.title)
        )
        keep = box.addButton(
            QCoreApplication.translate("Prompts", "Continue this session"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        fresh = box.addButton(
            QCoreApplication.translate("Prompts", "Start a new session"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep if recovered else fresh)
        box.exec()
        return {keep: "continue", fresh: "new"}.get(box.clickedButton())

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, title: str, text: str) -> None:
        print(f"kotter-workshop: {text}", file=sys.stderr)  # the log keeps it too
        QMessageBox.warning(self.parent, title, text)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def text(self, title: str, label: str, value: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, text=value)
        return text.strip() if ok and text.strip() else None

    def session_details(self, defaults: SessionInfo) -> SessionInfo | None:
        dialog = NewSessionDialog(defaults, self.parent)
        return dialog.info() if dialog.exec() else None


class FileWorkflows(QObject):
    """Opens documents into the window and keeps the session's file safe."""

    opened = Signal(object)  # a Document
    closed = Signal()

    def __init__(self, window: QWidget, prompts: Prompts | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.prompts = prompts or Prompts(window)
        self.document: Document | None = None
        self._room = None  # the RoomKeeper of the document shown

    @property
    def recent(self):
        return library.RecentFiles()

    # -- opening -----------------------------------------------------------------
    def open_dialog(self) -> None:
        path = self.prompts.open_path()
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open a session file; a template or a used session may start a new one."""
        try:
            opened = store.open_session_file(path)
        except KotterError as exc:
            self.prompts.warn(self.tr("Cannot open the file"), sentence(exc))
            return False
        session = opened.session
        if session.info.is_template:
            opened.close()
            return self._start_from(session, template_title=session.title)
        # An unsaved session reopened after a crash simply continues; a named file
        # with a group's results asks first, so no trainer overwrites them by accident.
        ask = ask and not library.is_untitled(opened.path)
        asked = ask and has_results(session) and not opened.read_only
        if asked:
            choice = self.prompts.continue_or_new(session.info, recovered=opened.recovered)
            if choice is None:
                opened.close()
                return False
            if choice == "new":
                opened.close()
                return self._start_from(session)
        self.recent.add(opened.path, session.info)
        document = Document(session, opened)
        self._show(document)
        if opened.recovered:
            self._return_to_room(document, told=asked)
        if opened.read_only:
            self.prompts.inform(self.tr("Opened read-only"), reason(opened.read_only_reason))
        return True

    def open_demo(self) -> None:
        self._show(Document(demo_session()))

    # -- new sessions --------------------------------------------------------------
    def new_session(self, template: Path | None = None) -> bool:
        """A new session from the built-in template, or from a template file."""
        if template is None:
            return self._start_from(None)
        try:
            with store.open_session_file(template, read_only=True) as opened:
                source = opened.session
        except KotterError as exc:
            self.prompts.warn(self.tr("Cannot open the template"), sentence(exc))
            return False
        return self._start_from(source, template_title=source.title)

    def new_from_this(self) -> bool:
        if self.document is None:
            return False
        return self._start_from(self.document.session)

    def _start_from(self, source: Session | None, template_title: str | None = None) -> bool:
        base = source.info if source is not None else SessionInfo()
        defaults = replace(
            base,
            title="" if template_title else base.title,  # the dialog offers a placeholder
            date=dt.date.today(),
            is_template=False,
        )
        info = self.prompts.session_details(defaults)
        if info is None:
            return False
        session = started_from(source, info)  # the domain's rule, in any language
        return self._open_untitled(session)

    def _open_untitled(self, session: Session) -> bool:
        """Keep a new session in the data folder from its first moment, until it is named."""
        path = library.new_untitled_path()
        try:
            store.write_new_file(session, path)
            opened = store.open_session_file(path)
        except KotterError as exc:
            self.prompts.warn(self.tr("Cannot create the session"), sentence(exc))
            return False
        self._show(Document(opened.session, opened))
        return True

    # -- saving ----------------------------------------------------------------------
    def save_now(self) -> str:
        """Ctrl+S. Every edit is already in the file (a live document): make sure the last
        write has landed, then tell where the work is, in one sentence (also returned)."""
        document = self.document
        if document is None:
            return ""
        file = document.file
        if file is not None:
            file.settle()
        if file is None:
            text = self.tr("This demo is not kept in a file. Use Save As to keep it.")
        elif file.failed is not None:
            text = self.tr("Editing has stopped: nothing new can be saved. Use Save As.")
        elif document.read_only:
            text = self.tr("This session is read-only: nothing in it changes.")
        elif library.is_untitled(document.path):
            text = self.tr(
                "All changes are saved in the app's folder. Use Save As to name this session."
            )
        else:
            text = self.tr("All changes are saved in %1.").replace("%1", document.path.name)
        say = getattr(self.window, "say", None)
        if say is not None:
            say(text)
        return text

    def save_as(self) -> bool:
        """Continue in a new file; the old file stays as it was at this moment."""
        document = self.document
        if document is None:
            return False
        path = self.prompts.save_path(self.tr("Save session as"), _file_name(document.session))
        if path is None:
            return False
        old = document.path
        try:
            if document.file is None:  # the demo: write it, then work in the file
                store.write_new_file(document.session, path)
                opened = store.open_session_file(path)
            else:
                document.file.save_as(path)
        except KotterError as exc:
            self.prompts.warn(self.tr("Cannot save the session"), sentence(exc))
            return False
        if document.file is None:
            self._show(Document(opened.session, opened))
        if old is not None and library.is_untitled(old):
            library.remove_quietly(old)  # only once the named file is safely written
        self.recent.add(path, self.document.session.info)
        self.document.file_changed.emit()
        return True

    def save_copy(self) -> bool:
        document = self.document
        if document is None:
            return False
        path = self.prompts.save_path(self.tr("Save a copy"), _file_name(document.session))
        if path is None:
            return False
        try:
            if document.file is None:
                store.write_new_file(document.session, path)
            else:
                document.file.save_copy(path)
        except KotterError as exc:
            self.prompts.warn(self.tr("Cannot save a copy"), sentence(exc))
            return False
        return True

    def save_as_template(self) -> bool:
        document = self.document
        if document is None:
            return False
        name = self.prompts.text(
            self.tr("Save as template"), self.tr("Template name:"), document.session.title
        )
        if name is None:
            return False
        info = replace(document.session.info, title=name)
        template = fresh_from(document.session, info, template=True)
        try:
            store.write_new_file(template, library.template_path(name))
        except KotterError as exc:
            self.prompts.warn(self.tr("Cannot save the template"), sentence(exc))
            return False
        return True

    def export(self, name: str) -> bool:
        """Write the session as the exporter ``name`` does, in the background; offer to open it."""
        if self.document is None:
            return False
        from ...exporters import exporter  # seam: library
        from .exports import SessionExport  # seam: library

        if getattr(self, "exports", None) is None:
            self.exports = SessionExport(self.window)
        stem = _file_name(self.document.session).removesuffix(library.SUFFIX)
        return self.exports.start(exporter(name), self.document.session, stem)

    def anonymise(self) -> bool:
        document = self.document
        if document is None or not any(p.name for p in document.session.roster):
            return False
        if not self.prompts.confirm(
            self.tr("Anonymise"),
            self.tr(
                "Remove every participant's name from this session? The votes stay, without names."
            ),
        ):
            return False
        document.do(SetRoster(anonymised(document.session.roster)), text=self.tr("Anonymise"))
        return True

    # -- closing ---------------------------------------------------------------------
    def close_document(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None
            self.closed.emit()

    def _show(self, document: Document) -> None:
        if self.document is not None and self.document is not document:
            self.document.close()
        self.document = document
        if document.file is not None:
            document.file.on_error = lambda error: self._file_failed(document, error)
        self.opened.emit(document)
        self._room = keep_room(self.window, document)
        if self._room is not None:  # what phones sent and the room has not seen stays hidden
            self._room.turn_face_down(document.file.room())

    def _return_to_room(self, document: Document, *, told: bool) -> None:
        """After a crash: back to the slide, step, reveals and timer, and say so once."""
        state = document.file.room()
        if self._room is not None and state is not None:
            self._room.restore(state)
        say = getattr(self.window, "say", None)
        if not told and say is not None:
            say(recovered_sentence())

    def _file_failed(self, document: Document, error: KotterError) -> None:
        document.file_changed.emit()
        self.prompts.warn(
            self.tr("Editing has stopped"),
            sentence(error)
            + " "
            + self.tr("Everything saved before this is safe. Use Save As to continue elsewhere."),
        )


def recovered_sentence() -> str:
    return QCoreApplication.translate(
        "Prompts",
        "Kotter Workshop did not close properly last time; the session is recovered "
        "and continues where you left off.",
    )


def _file_name(session: Session) -> str:
    stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in session.title).strip()
    return f"{stem or 'session'}.kotter"
