"""File → Export …: one entry per row of ``kotter_workshop.exporters``, built off the UI thread.

The file is written from a snapshot of the session by a :class:`~kotter_workshop.ui.jobs.Job`,
so the room can keep voting while it is written; the file appears at its place
only once complete, and a failure is one sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...atomic import OutputError
from ...domain.errors import quoted
from ...domain.model import Session
from ...exporters import Exporter
from ..error_texts import sentence
from ..jobs import Job, start_job


def words(text: str) -> str:
    """A text of the exporters' table in the app's language."""
    return QCoreApplication.translate("Exporters", text)


def filters(row: Exporter) -> str:
    """The save dialog's filters for ``row``, in the app's language."""
    return ";;".join(words(text) for text, _ in row.filters)


class SessionExport(QObject):
    """Asks where, writes the file in a worker thread with a progress dialog, offers to open it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress: QProgressDialog | None = None
        self.job: Job | None = None

    def ask_path(self, row: Exporter, suggested: str) -> tuple[Path | None, str]:
        """The native save dialog; a PDF's chosen filter picks the paper ("": the locale's)."""
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget,
            words(row.ask),
            str(Path.home() / f"{suggested}{row.suffix}"),
            filters(row),
        )
        if not path:
            return None, ""
        path = Path(path)
        if path.suffix.lower() not in (row.suffix, *row.other_suffixes):
            path = path.with_name(path.name + row.suffix)
        paper = next((paper for text, paper in row.filters if words(text) == chosen), "")
        return path, paper

    def start(self, row: Exporter, session: Session, suggested: str) -> bool:
        """Ask where, then write ``row``'s file of ``session`` as it is now, in the background."""
        if self.job is not None and self.job.running:
            return False
        path, paper = self.ask_path(row, suggested)
        if path is None:
            return False
        snapshot = session.snapshot()  # on the window's thread: the session as it is now
        self.progress = QProgressDialog(
            QCoreApplication.translate("Exporters", "Writing %1…").replace("%1", quoted(path.name)),
            "",
            0,
            0,
            self.parent_widget,
        )
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(words(row.title))
        self.progress.setMinimumDuration(300)
        self.job = start_job(
            self,
            lambda: row.write(snapshot, path, paper),
            lambda _: self._saved(row, path),
            lambda error: self._failed(row, error),
            name=f"export-{row.name}",
            unexpected=lambda exc: sentence(OutputError(path, f"{type(exc).__name__}: {exc}")),
        )
        return True

    def wait(self, timeout: float = 60.0) -> None:
        """For tests and for closing: wait until the worker has finished."""
        if self.job is not None:
            self.job.wait(timeout)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, row: Exporter, error: str) -> None:
        self._close_progress()
        QMessageBox.warning(self.parent_widget, words(row.title), error)

    def _saved(self, row: Exporter, path: Path) -> None:
        self._close_progress()
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle(words(row.saved_title))
        box.setText(words(row.saved).replace("%1", quoted(path.name)))
        open_button = box.addButton(
            QCoreApplication.translate("Exporters", "Open it"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
