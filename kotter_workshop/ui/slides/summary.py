"""The summary slide (where the team sits) and the actions slide."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from ...domain.framework import Side
from ...domain.model import Aspect
from ...domain.scoring import Label, format_score, summarise
from .base import Slide, card, label


class SummarySlide(Slide):
    watches = frozenset({Aspect.BALLOTS, Aspect.ROUNDS, Aspect.META})

    @property
    def can_reveal(self) -> bool:
        return True

    def build(self) -> None:
        self.body.addWidget(label(self.tr("Where we stand"), "title"))
        scores = QHBoxLayout()
        self.scores = scores
        self.leadership = {}
        for side, name in (
            (Side.LEADERSHIP, self.tr("Leadership")),
            (Side.MANAGEMENT, self.tr("Management")),
        ):
            frame, inner = card(side)
            inner.addWidget(label(name, "heading", side=side))
            value = label("", "score", side=side)
            inner.addWidget(value)
            self.leadership[side] = value
            scores.addWidget(frame, 1)
        self.body.addLayout(scores)
        self.position = label("", "subtitle")
        self.diagnosis = label("", "body")
        self.body.addWidget(self.position)
        self.body.addWidget(self.diagnosis)
        self.body.addStretch(1)

    def on_unit(self, unit: float) -> None:
        self.scores.setSpacing(round(40 * unit))

    def refresh(self) -> None:
        summary = summarise(self.session)
        framework = self.session.framework
        if not self.revealed:
            for value in self.leadership.values():
                value.setText("?")
            self.position.setText(
                self.tr("%1 participants so far.").replace("%1", str(summary.participants))
            )
            self.diagnosis.setText(self.tr("Results are hidden until revealed."))
            return
        scale = self.session.scale
        self.leadership[Side.LEADERSHIP].setText(format_score(summary.shown_leadership, scale))
        self.leadership[Side.MANAGEMENT].setText(format_score(summary.shown_management, scale))
        if summary.quadrant is None:
            self.position.setText(framework.balance_texts["not-enough"].capitalize())
            self.diagnosis.setText(
                self.tr(
                    "Each side needs at least one process with votes before the team has a "
                    "position."
                )
            )
            return
        label_text = framework.balance_texts[Label(summary.label).value]
        self.position.setText(
            self.tr("%1: the team %2 (balance %3)")
            .replace("%1", framework.quadrant_titles[summary.quadrant])
            .replace("%2", label_text)
            .replace("%3", f"{summary.balance:+}".replace("-", "−"))
        )
        self.diagnosis.setText(framework.diagnoses[summary.quadrant])


class ActionsSlide(Slide):
    watches = frozenset({Aspect.ACTIONS})

    def build(self) -> None:
        self.body.addWidget(label(self.tr("Actions"), "title"))
        self.grid = QGridLayout()
        self.body.addLayout(self.grid)
        self.empty = label(self.tr("No actions yet."), "muted")
        self.body.addWidget(self.empty)
        self.body.addStretch(1)

    def on_unit(self, unit: float) -> None:
        self.grid.setHorizontalSpacing(round(40 * unit))
        self.grid.setVerticalSpacing(round(16 * unit))

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        actions = self.session.actions
        self.empty.setVisible(not actions)
        if actions:
            for column, heading in enumerate((self.tr("What"), self.tr("Who"), self.tr("By when"))):
                self.grid.addWidget(label(heading, "heading"), 0, column)
        for row, action in enumerate(actions, start=1):
            due = (
                QLocale().toString(
                    QDate(action.due.year, action.due.month, action.due.day),
                    QLocale.FormatType.ShortFormat,
                )
                if action.due
                else ""
            )
            self.grid.addWidget(label(action.text, "body"), row, 0)
            self.grid.addWidget(label(action.owner, "body"), row, 1)
            self.grid.addWidget(label(due, "body"), row, 2)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self._unit = 0.0  # new labels need their room size
