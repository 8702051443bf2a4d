"""The opening slides: the title and the three tasks both sides share."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QGridLayout

from ...domain.framework import Side
from ...domain.model import Aspect
from ...domain.slide_kinds import BY_KEY
from .base import Slide, card, label


class TitleSlide(Slide):
    kind = BY_KEY["title"]
    watches = frozenset({Aspect.META})

    def build(self) -> None:
        framework = self.session.framework
        self.body.addStretch(2)
        self.kicker = label(f"{framework.title} · {framework.author}", "tagline")
        self.title = label("", "title")
        self.team = label("", "subtitle")
        self.details = label("", "muted")
        for widget in (self.kicker, self.title, self.team, self.details):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.thesis = label(framework.thesis, "body")
        self.body.addWidget(self.thesis)
        self.body.addStretch(2)

    def refresh(self) -> None:
        info = self.session.info
        self.title.setText(info.title)
        self.team.setText(info.team)
        self.team.setVisible(bool(info.team))
        date = self.room_locale().toString(
            QDate(info.date.year, info.date.month, info.date.day), QLocale.FormatType.LongFormat
        )
        parts = (
            [self.tr("Facilitator: %1").replace("%1", info.facilitator)] if info.facilitator else []
        )
        parts.append(date)
        self.details.setText(" · ".join(parts))


class TasksSlide(Slide):
    kind = BY_KEY["tasks"]
    """Three tasks, and how each side does them."""

    def build(self) -> None:
        framework = self.session.framework
        self.body.addWidget(label(self.tr("Three tasks, two ways"), "title"))
        self.body.addWidget(
            label(
                self.tr("Both sides do the same three jobs. They do them differently."), "tagline"
            )
        )
        grid = QGridLayout()
        self.grid = grid
        grid.addWidget(label(self.tr("Task"), "heading"), 0, 0)
        grid.addWidget(label(self.tr("Leadership"), "heading", side=Side.LEADERSHIP), 0, 1)
        grid.addWidget(label(self.tr("Management"), "heading", side=Side.MANAGEMENT), 0, 2)
        for row, pair in enumerate(framework.pairs, start=1):
            grid.addWidget(label(pair.task, "body"), row, 0)
            for column, pid in ((1, pair.leadership), (2, pair.management)):
                process = framework.process(pid)
                frame, inner = card(process.side)
                inner.addWidget(label(process.title, "body", side=process.side))
                grid.addWidget(frame, row, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.body.addWidget(label(framework.thesis, "muted"))

    def on_unit(self, unit: float) -> None:
        self.grid.setHorizontalSpacing(round(32 * unit))
        self.grid.setVerticalSpacing(round(24 * unit))
