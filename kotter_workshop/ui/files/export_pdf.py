"""File → Export PDF: the summary participants take home, built off the UI thread.

The PDF is built from a snapshot of the session in a worker thread, so the
room can keep voting while it is written; the file appears at its place
only once complete.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...domain.errors import KotterError, quoted
from ...domain.model import Session
from ..error_texts import sentence

A4_FILTER = "PDF, A4 (*.pdf)"
LETTER_FILTER = "PDF, US Letter (*.pdf)"


def build_pdf(session: Session, path: Path, paper: str | None) -> None:
    """Write the PDF summary of ``session`` to ``path``, whole or not at all."""
    from ...cli import atomic_output
    from ...export import write_pdf

    with atomic_output(path, mode="wb") as out:
        write_pdf(session, out, paper=paper)


class PdfExport(QObject):
    """Asks where, builds the PDF in a thread with a progress dialog, offers to open it."""

    finished = Signal(object, str)  # the path, and an error sentence ("" when it worked)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress: QProgressDialog | None = None
        self.thread: threading.Thread | None = None
        self.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)

    def ask_path(self, suggested: str) -> tuple[Path | None, str | None]:
        """The native save dialog; the chosen filter picks the paper (default: the locale's)."""
        parent = self.parent_widget
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PdfExport", "Export the PDF summary"),
            str(Path.home() / suggested),
            f"{A4_FILTER};;{LETTER_FILTER}",
        )
        if not path:
            return None, None
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        paper = {A4_FILTER: "a4", LETTER_FILTER: "letter"}.get(chosen)
        return path, paper

    def start(self, session: Session, suggested: str) -> bool:
        if self.thread is not None and self.thread.is_alive():
            return False
        path, paper = self.ask_path(suggested)
        if path is None:
            return False
        snapshot = session.snapshot()
        parent = self.parent_widget
        self.progress = QProgressDialog(
            QCoreApplication.translate("PdfExport", "Writing the PDF summary…"), "", 0, 0, parent
        )
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(QCoreApplication.translate("PdfExport", "Export PDF"))
        self.progress.setMinimumDuration(300)

        def work() -> None:
            try:
                build_pdf(snapshot, path, paper)
            except KotterError as exc:
                self.finished.emit(path, sentence(exc))
            except Exception as exc:  # noqa: BLE001 - any failure becomes one sentence, not a crash
                self.finished.emit(path, f"{path} could not be written ({exc}).")
            else:
                self.finished.emit(path, "")

        self.thread = threading.Thread(target=work, name="pdf-export", daemon=True)
        self.thread.start()
        return True

    def wait(self, timeout: float = 60.0) -> None:
        """For tests and for closing: wait until the worker has finished."""
        if self.thread is not None:
            self.thread.join(timeout)

    def _done(self, path: Path, error: str) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        parent = self.parent_widget
        if error:
            QMessageBox.warning(
                parent, QCoreApplication.translate("PdfExport", "Cannot export the PDF"), error
            )
            return
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("PdfExport", "PDF summary saved"))
        box.setText(
            QCoreApplication.translate("PdfExport", "The PDF summary is saved as %1.").replace(
                "%1", quoted(path.name)
            )
        )
        open_button = box.addButton(
            QCoreApplication.translate("PdfExport", "Open it"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
