"""File → Export PDF / Web Page: the summary participants take home, built off the UI thread.

The PDF or the HTML page is built from a snapshot of the session in a worker thread, so the
room can keep voting while it is written; the file appears at its place
only once complete.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...cli import atomic_output
from ...domain.errors import KotterError, quoted
from ...domain.model import Session
from ...export import write_pdf
from ...export.html import write_html
from ..error_texts import sentence

A4_FILTER = "PDF, A4 (*.pdf)"
LETTER_FILTER = "PDF, US Letter (*.pdf)"


def build_pdf(session: Session, path: Path, paper: str | None) -> None:
    """Write the PDF summary of ``session`` to ``path``, whole or not at all."""
    with atomic_output(path, mode="wb") as out:
        write_pdf(session, out, paper=paper)


def build_html(session: Session, path: Path) -> None:
    """Write the HTML summary of ``session`` to ``path``, whole or not at all."""
    with atomic_output(path, encoding="utf-8", newline="\n") as out:
        write_html(session, out)


def _words(html: bool) -> dict[str, str]:
    """The dialogs' words for the PDF or for the web page."""
    if html:
        return {
            "ask": QCoreApplication.translate("PdfExport", "Export the summary as a web page"),
            "writing": QCoreApplication.translate("PdfExport", "Writing the web page summary…"),
            "title": QCoreApplication.translate("PdfExport", "Export Web Page"),
            "failed": QCoreApplication.translate("PdfExport", "Cannot export the web page"),
            "saved_title": QCoreApplication.translate("PdfExport", "Web page summary saved"),
            "saved": QCoreApplication.translate(
                "PdfExport", "The web page summary is saved as %1."
            ),
        }
    return {
        "ask": QCoreApplication.translate("PdfExport", "Export the PDF summary"),
        "writing": QCoreApplication.translate("PdfExport", "Writing the PDF summary…"),
        "title": QCoreApplication.translate("PdfExport", "Export PDF"),
        "failed": QCoreApplication.translate("PdfExport", "Cannot export the PDF"),
        "saved_title": QCoreApplication.translate("PdfExport", "PDF summary saved"),
        "saved": QCoreApplication.translate("PdfExport", "The PDF summary is saved as %1."),
    }


class PdfExport(QObject):
    """Asks where, builds the PDF (or the web page) in a thread with a progress dialog,
    offers to open it."""

    finished = Signal(object, str, bool)  # the path, an error sentence ("" if none), html

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress: QProgressDialog | None = None
        self.thread: threading.Thread | None = None
        self.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)

    def ask_path(self, suggested: str, html: bool = False) -> tuple[Path | None, str | None]:
        """The native save dialog; the chosen filter picks the paper (default: the locale's)."""
        parent = self.parent_widget
        page = QCoreApplication.translate("PdfExport", "Web page (*.html)")
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            _words(html)["ask"],
            str(Path.home() / suggested),
            page if html else f"{A4_FILTER};;{LETTER_FILTER}",
        )
        if not path:
            return None, None
        path = Path(path)
        suffix = ".html" if html else ".pdf"
        if path.suffix.lower() not in ((".html", ".htm") if html else (".pdf",)):
            path = path.with_name(path.name + suffix)
        paper = {A4_FILTER: "a4", LETTER_FILTER: "letter"}.get(chosen)
        return path, paper

    def start(self, session: Session, suggested: str, html: bool = False) -> bool:
        if self.thread is not None and self.thread.is_alive():
            return False
        path, paper = self.ask_path(suggested, html)
        if path is None:
            return False
        snapshot = session.snapshot()
        parent = self.parent_widget
        words = _words(html)
        self.progress = QProgressDialog(words["writing"], "", 0, 0, parent)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(words["title"])
        self.progress.setMinimumDuration(300)

        def work() -> None:
            try:
                if html:
                    build_html(snapshot, path)
                else:
                    build_pdf(snapshot, path, paper)
            except KotterError as exc:
                self.finished.emit(path, sentence(exc), html)
            except Exception as exc:  # noqa: BLE001 - any failure becomes one sentence, not a crash
                self.finished.emit(path, f"{path} could not be written ({exc}).", html)
            else:
                self.finished.emit(path, "", html)

        self.thread = threading.Thread(target=work, name="pdf-export", daemon=True)
        self.thread.start()
        return True

    def wait(self, timeout: float = 60.0) -> None:
        """For tests and for closing: wait until the worker has finished."""
        if self.thread is not None:
            self.thread.join(timeout)

    def _done(self, path: Path, error: str, html: bool) -> None:
        words = _words(html)
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        parent = self.parent_widget
        if error:
            QMessageBox.warning(parent, words["failed"], error)
            return
        box = QMessageBox(parent)
        box.setWindowTitle(words["saved_title"])
        box.setText(words["saved"].replace("%1", quoted(path.name)))
        open_button = box.addButton(
            QCoreApplication.translate("PdfExport", "Open it"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
