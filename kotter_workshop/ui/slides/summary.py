"""The summary slide (where the team sits, then pair by pair) and the actions slide."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.framework import Side
from ...domain.model import Aspect
from ...domain.scoring import Label, Summary, format_score, summarise
from ...domain.slide_kinds import BY_KEY
from ..charts.quadrant import QuadrantMap
from ..charts.spectrum import SpectrumBar
from .base import Slide, card, label

WHOLE, PAIRS = 0, 1


class SummarySlide(Slide):
    """Step one: L and M, the spectrum, the quadrant and the diagnosis. Step two: the pairs."""

    kind = BY_KEY["summary"]
    watches = frozenset({Aspect.BALLOTS, Aspect.ROUNDS, Aspect.META})

    def side_name(self, side: Side) -> str:
        return self.tr("Leadership") if side is Side.LEADERSHIP else self.tr("Management")

    def build(self) -> None:
        self.title = label(self.tr("Where we stand"), "title")
        self.header = QHBoxLayout()  # the title; beside the join card, L and M too
        self.header.addWidget(self.title, 1)
        self.body.addLayout(self.header)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_whole())
        self.pages.addWidget(self._build_pairs())
        self.body.addWidget(self.pages, 1)

    def _build_whole(self) -> QWidget:
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.scores_box = QWidget()
        scores = QHBoxLayout(self.scores_box)
        scores.setContentsMargins(0, 0, 0, 0)
        self.side_scores = {}
        for side in Side:
            frame, inner = card(side)
            # one word that must not be cut: its width is the card's least
            inner.addWidget(label(self.side_name(side), "heading", side=side, wrap=False))
            value = label("", "score", side=side)
            inner.addWidget(value)
            self.side_scores[side] = value
            scores.addWidget(frame, 1)
        left.addWidget(self.scores_box)
        self.position = label("", "subtitle")
        left.addWidget(self.position)
        self.spectrum = SpectrumBar()
        left.addWidget(self.spectrum)
        self.diagnosis = label("", "body")
        left.addWidget(self.diagnosis)
        left.addStretch(1)
        self.quadrant = QuadrantMap()
        columns.addLayout(left, 4)
        columns.addWidget(self.quadrant, 3)
        self.whole_layouts = (columns, left, scores)
        return page

    def _build_pairs(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(label(self.tr("Task"), "heading"), 0, 0)
        grid.addWidget(label(self.side_name(Side.LEADERSHIP), "heading", side="leadership"), 0, 1)
        grid.addWidget(label(self.side_name(Side.MANAGEMENT), "heading", side="management"), 0, 2)
        self.pair_scores = {}
        framework = self.session.framework
        for row, pair in enumerate(framework.pairs, start=1):
            grid.addWidget(label(pair.task, "body"), row, 0)
            for column, pid in ((1, pair.leadership), (2, pair.management)):
                process = framework.process(pid)
                frame, inner = card(process.side)
                inner.addWidget(label(process.title, "body", side=process.side))
                value = label("", "score", side=process.side)
                inner.addWidget(value)
                self.pair_scores[pid] = value
                grid.addWidget(frame, row, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(len(framework.pairs) + 1, 1)
        self.pairs_grid = grid
        return page

    def on_unit(self, unit: float) -> None:
        columns, left, scores = self.whole_layouts
        # Beside the phones' join card the slide is narrow: L and M move up beside the
        # title, so the quadrant keeps room for its words at the room's size.
        narrow = self.reserved_right() > 0
        columns.setSpacing(round((32 if narrow else 48) * unit))
        columns.setStretch(0, 2 if narrow else 4)
        columns.setStretch(1, 3)
        self.header.setSpacing(round(24 * unit))
        left.setSpacing(round(20 * unit))
        scores.setSpacing(round((16 if narrow else 32) * unit))
        self.pairs_grid.setHorizontalSpacing(round(32 * unit))
        self.pairs_grid.setVerticalSpacing(round(24 * unit))
        self.spectrum.set_unit(unit)
        self.quadrant.set_unit(unit)

    def reserve_right(self, width: float) -> None:
        self._place_scores(width > 0)  # before the slide fits its text again
        super().reserve_right(width)

    def _place_scores(self, beside_title: bool) -> None:
        _columns, left, _scores = self.whole_layouts
        home = self.header if beside_title else left
        if home.indexOf(self.scores_box) >= 0:
            return
        (left if beside_title else self.header).removeWidget(self.scores_box)
        if beside_title:
            self.header.addWidget(self.scores_box)
        else:
            left.insertWidget(0, self.scores_box)
        self.scores_box.setVisible(self.phase == WHOLE)
        for widget in [self.scores_box, *self.scores_box.findChildren(QWidget)]:
            widget.ensurePolished()  # a new parent restyles; the fit that follows sizes again
        self._unit = 0.0

    def on_phase(self, phase: int) -> None:
        self.pages.setCurrentIndex(phase)
        if self.header.indexOf(self.scores_box) >= 0:  # beside the title: the first step's
            self.scores_box.setVisible(phase == WHOLE)
        self.title.setText(
            self.tr("Where we stand") if phase == WHOLE else self.tr("Where we stand, pair by pair")
        )

    def refresh(self) -> None:
        summary = summarise(self.session)
        self._refresh_whole(summary)
        scale = self.session.scale
        for pid, value in self.pair_scores.items():
            score = summary.processes[pid]
            text = format_score(score.shown, scale, self.room_language) if self.revealed else "?"
            if self.revealed and score.split:
                text += " ⚠ " + self.tr("split")
            value.setText(text)

    def _refresh_whole(self, summary: Summary) -> None:
        framework = self.session.framework
        scale = self.session.scale
        left, right = self.side_name(Side.MANAGEMENT), self.side_name(Side.LEADERSHIP)
        titles = {q.value: t for q, t in framework.quadrant_titles.items()}
        axes = (self.tr("Leadership"), self.tr("Management"))
        if not self.revealed:
            for value in self.side_scores.values():
                value.setText("?")
            self.position.setText(
                self.tr("%1 participants so far.").replace("%1", str(summary.participants))
            )
            hidden = self.tr("Results are hidden until revealed.")
            self.diagnosis.setText("")
            self.diagnosis.hide()
            self.spectrum.set_data(None, scale.range, hidden, left, right)
            self.quadrant.set_data(None, None, scale.min, scale.max, None, titles, *axes)
            return
        self.diagnosis.show()
        language = self.room_language
        lead, manage = summary.shown_leadership, summary.shown_management
        self.side_scores[Side.LEADERSHIP].setText(format_score(lead, scale, language))
        self.side_scores[Side.MANAGEMENT].setText(format_score(manage, scale, language))
        not_enough = framework.balance_texts["not-enough"]
        if summary.quadrant is None:
            self.position.setText(not_enough[:1].upper() + not_enough[1:] + ".")
            self.diagnosis.setText(
                self.tr("Each side needs votes on at least one of its processes.")
            )
            self.spectrum.set_data(None, scale.range, not_enough, left, right)
            self.quadrant.set_data(None, None, scale.min, scale.max, None, titles, *axes)
            return
        label_text = framework.balance_texts[Label(summary.label).value]
        self.position.setText(
            self.tr("%1: the team %2")
            .replace("%1", framework.quadrant_titles[summary.quadrant])
            .replace("%2", label_text)
        )
        self.diagnosis.setText(framework.diagnoses[summary.quadrant])
        self.spectrum.set_data(summary.balance, scale.range, label_text, left, right)
        self.quadrant.set_data(
            summary.shown_leadership,
            summary.shown_management,
            scale.min,
            scale.max,
            summary.quadrant.value,
            titles,
            *axes,
        )


class ActionsSlide(Slide):
    """The agreed actions, editable in place: what, who and by when."""

    kind = BY_KEY["actions"]
    watches = frozenset({Aspect.ACTIONS})

    def __init__(self, key, session, theme, parent=None, document=None) -> None:
        self.document = document
        super().__init__(key, session, theme, parent)

    def build(self) -> None:
        from ..whiteboard.actions_editor import ActionsEditor  # seam: after paint

        self.body.addWidget(label(self.tr("Actions"), "title"))
        self.editor = ActionsEditor(self.session, self.document)
        self.editor.problem_changed.connect(self._refit)
        self.body.addWidget(self.editor, 1)
        self.editor.restore_drafts()

    def on_unit(self, unit: float) -> None:
        self.editor.grid.setHorizontalSpacing(round(24 * unit))
        self.editor.grid.setVerticalSpacing(round(12 * unit))
        self.editor.layout().setSpacing(round(16 * unit))

    def _refit(self) -> None:
        self._unit = 0.0  # a sentence came or went under the list: fit the slide again
        self._fit()

    def refresh(self) -> None:
        self._unit = 0.0  # new rows need their room size
