"""The Compare Sessions dialog: pick a team's session files, see the path and the table.

Files are read through the store, read-only, so a bad file gets one sentence
and is left as it was. Every number comes from :mod:`domain.compare`, which
takes them from the scoring module.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...atomic import OutputError, write_output
from ...domain.compare import Comparison, compare
from ...domain.errors import KotterError
from ...domain.framework import Side
from ...domain.model import Session
from ...export import write_comparison_pdf
from ...store import open_session_file
from ..error_texts import sentence
from ..files.workflows import Prompts, session_filter
from ..jobs import Job, start_job
from .path_chart import PathChart


class CompareDialog(QDialog):
    """Two or more sessions side by side: the path across the 2×2 and a table."""

    def __init__(self, parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts or Prompts(self)
        self.sessions: list[tuple[Path, Session]] = []
        self.comparison: Comparison | None = None
        self.job: Job | None = None  # the PDF being written
        self.setWindowTitle(self.tr("Compare sessions"))
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sessions of one team, oldest first:")))
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Sessions to compare"))
        left.addWidget(self.files, 1)
        self.add_button = QPushButton(self.tr("&Add sessions…"))
        self.add_button.clicked.connect(lambda *_: self.add_dialog())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(lambda *_: self.remove_selected())
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.clicked.connect(lambda *_: self.export_pdf())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.remove_button, self.export_button, close):
            button.setMinimumHeight(40)
            left.addWidget(button)
        outer.addLayout(left, 1)
        self.files.setMaximumWidth(360)

        right = QSplitter()
        right.setOrientation(right.orientation().Vertical)
        top = QWidget()
        top_row = QHBoxLayout(top)
        self.chart = PathChart()
        self.chart.setAccessibleName(self.tr("The team's path across the 2×2"))
        top_row.addWidget(self.chart, 3)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend.setMinimumWidth(220)
        top_row.addWidget(self.legend, 2)
        right.addWidget(top)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("The comparison as a table"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        right.addWidget(bottom)
        right.setSizes([520, 420])
        outer.addWidget(right, 4)
        self.resize(1280, 960)
        self.update_view()

    # -- the sessions ----------------------------------------------------------------------
    def add_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add sessions to compare"), str(Path.home()), session_filter()
        )
        self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Read each file; a bad one is named in one sentence and left out."""
        problems = []
        for path in paths:
            if any(_same(path, kept) for kept, _ in self.sessions):
                continue
            try:
                with open_session_file(path, read_only=True) as opened:
                    self.sessions.append((path, opened.session))
            except KotterError as exc:
                problems.append(sentence(exc))
        if problems:
            self.prompts.warn(self.tr("Cannot compare a file"), " ".join(problems))
        self.update_view()

    def remove_selected(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.sessions):
            del self.sessions[row]  # the list shows self.sessions in this order
        self.update_view()

    # -- the view -------------------------------------------------------------------------
    def update_view(self) -> None:
        # ordered as the comparison orders them (date, then title), so rows match
        self.sessions.sort(key=lambda pair: (pair[1].info.date, pair[1].info.title))
        sessions = [s for _, s in self.sessions]
        self.comparison = compare(sessions) if len(sessions) >= 2 else None
        self.export_button.setEnabled(self.comparison is not None and not self._exporting())
        self.remove_button.setEnabled(bool(self.sessions))
        self.files.clear()
        if self.comparison is None:
            for path, session in self.sessions:
                self.files.addItem(f"{session.info.title} ({session.info.date.isoformat()})")
                self.files.item(self.files.count() - 1).setToolTip(str(path))
            self.note.setText(self.tr("Add at least two sessions of a team to compare them."))
            self.legend.setText("")
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.chart.set_comparison(None)
            return
        c = self.comparison
        pairs = zip(c.sessions, self.sessions, strict=True)
        for number, (compared, (path, _)) in enumerate(pairs, 1):
            self.files.addItem(f"{number}. {compared.name}")
            self.files.item(number - 1).setToolTip(str(path))
        self.chart.set_comparison(c)
        lines = [
            f"<b>{n}</b> {_html(s.name)}<br>&nbsp;&nbsp;&nbsp;{_html(c.quadrant_title(s.quadrant))}"
            for n, s in enumerate(c.sessions, 1)
        ]
        self.legend.setText("<br>".join(lines))
        if c.normalised:
            scales = ", ".join(sorted({str(s.scale) for s in c.sessions}))
            self.note.setText(
                self.tr(
                    "These sessions used different scales (%1), so every number is shown "
                    "normalised to 0–100%: (value − min) / (max − min) × 100."
                ).replace("%1", scales)
            )
        else:
            self.note.setText(
                self.tr("Every number is on the scale %1.").replace("%1", str(c.scale))
            )
        self._fill_table(c)

    def _exporting(self) -> bool:
        return self.job is not None and self.job.running

    def rows(self, c: Comparison) -> list[tuple[str, list[str], str]]:
        """(row name, one text per session, change) for every line of the table."""
        sessions = c.sessions
        points = self.tr(" pts") if c.normalised else ""

        def change(values):
            delta = c.change(values)
            return c.show_signed(delta) + (points if delta else "")

        lead = [c.leadership(s) for s in sessions]
        manage = [c.management(s) for s in sessions]
        balance = [c.balance(s) for s in sessions]
        rows = [
            (self.tr("Leadership (L)"), [c.show(v) for v in lead], change(lead)),
            (self.tr("Management (M)"), [c.show(v) for v in manage], change(manage)),
            (self.tr("Balance (L − M)"), [c.show_signed(v) for v in balance], change(balance)),
            (self.tr("Spectrum"), [c.label_text(s.label) for s in sessions], ""),
            (self.tr("Quadrant"), [c.quadrant_title(s.quadrant) for s in sessions], ""),
        ]
        for pid, title, side in c.processes:
            values = [c.process(s, pid) for s in sessions]
            kind = self.tr("leadership") if side is Side.LEADERSHIP else self.tr("management")
            rows.append((f"{title} ({kind})", [c.show(v) for v in values], change(values)))
        return rows

    def _fill_table(self, c: Comparison) -> None:
        rows = self.rows(c)
        headers = [f"{n}. {s.title}\n({s.date.isoformat()})" for n, s in enumerate(c.sessions, 1)]
        headers.append(self.tr("Change"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([name for name, _, _ in rows])
        for r, (_, texts, delta) in enumerate(rows):
            for col, text in enumerate([*texts, delta]):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    # -- the PDF ---------------------------------------------------------------------------
    def export_pdf(self) -> bool:
        """Ask where, then write the comparison's PDF on a worker thread (a :class:`Job`)."""
        if self.comparison is None or self._exporting():
            return False
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the comparison"),
            str(Path.home() / "comparison.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return False
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        comparison = self.comparison  # immutable: the snapshot the worker reads

        def work() -> None:
            with write_output(target, mode="wb") as out:
                write_comparison_pdf(comparison, out)

        self.export_button.setEnabled(False)
        self.job = start_job(
            self,
            work,
            lambda _: self._exported(""),
            self._exported,
            name="compare-pdf",
            unexpected=lambda exc: sentence(OutputError(target, f"{type(exc).__name__}: {exc}")),
        )
        return True

    def _exported(self, error: str) -> None:
        self.export_button.setEnabled(self.comparison is not None)
        if error:
            self.prompts.warn(self.tr("Cannot export the comparison"), error)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _html(text: str) -> str:
    return escape(text)
