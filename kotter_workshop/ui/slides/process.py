"""A process slide: what it means, what it involves, its counterpart, prompts and the vote."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ...domain.framework import Side
from ...domain.model import Aspect
from ...domain.scoring import format_score, process_score
from ..theme import restyle
from .base import Slide, card, label


class ProcessSlide(Slide):
    watches = frozenset({Aspect.BALLOTS, Aspect.ROUNDS, Aspect.META})

    def __init__(self, key: str, session, theme, process_id: str, parent=None) -> None:
        self.process = session.framework.process(process_id)
        super().__init__(key, session, theme, parent)

    @property
    def can_reveal(self) -> bool:
        return True

    def side_name(self, side: Side) -> str:
        return self.tr("Leadership") if side is Side.LEADERSHIP else self.tr("Management")

    def build(self) -> None:
        framework = self.session.framework
        process = self.process
        pair = framework.pair(process.pair)
        counterpart = framework.counterpart(process.id)

        top = QHBoxLayout()
        top.addWidget(
            label(self.side_name(process.side).upper(), "badge", side=process.side, wrap=False)
        )
        top.addWidget(label(pair.task, "muted"), 1)
        self.body.addLayout(top)
        self.body.addWidget(label(process.title, "title", side=process.side))
        self.body.addWidget(label(process.tagline, "tagline"))

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(label(process.meaning, "body"))
        left.addWidget(label(self.tr("What it involves"), "heading"))
        for item in process.involves:
            left.addWidget(label(f"•  {item}", "body"))
        left.addStretch(1)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        frame, inner = card(counterpart.side)
        inner.addWidget(
            label(
                self.tr("Counterpart in %1").replace(
                    "%1", self.side_name(counterpart.side).lower()
                ),
                "heading",
            )
        )
        inner.addWidget(label(counterpart.title, "body", side=counterpart.side))
        right.addWidget(frame)
        right.addWidget(label(self.tr("Discuss"), "heading"))
        for prompt in process.prompts:
            right.addWidget(label(f"•  {prompt}", "body"))
        right.addStretch(1)
        columns.addLayout(right, 2)
        self.columns, self.left, self.right = columns, left, right
        self.body.addLayout(columns, 1)

        vote, vote_layout = card()
        self.question = label(framework.question, "subtitle")
        self.result = label("", "body")
        vote_layout.addWidget(self.question)
        vote_layout.addWidget(self.result)
        self.vote_card = vote
        self.body.addWidget(vote)

    def on_unit(self, unit: float) -> None:
        self.columns.setSpacing(round(48 * unit))
        self.left.setSpacing(round(14 * unit))
        self.right.setSpacing(round(14 * unit))

    def refresh(self) -> None:
        score = process_score(self.session, self.process.id)
        ballots = score.count + score.abstentions
        if not self.revealed:
            text = (
                self.tr("1 vote so far. Results are hidden until revealed.")
                if ballots == 1
                else self.tr("%1 votes so far. Results are hidden until revealed.").replace(
                    "%1", str(ballots)
                )
            )
            restyle(self.result, "hidden", self.unit)
        else:
            parts = [
                self.tr("Average %1").replace("%1", format_score(score.shown, self.session.scale)),
                self.tr("1 vote")
                if score.count == 1
                else self.tr("%1 votes").replace("%1", str(score.count)),
            ]
            if score.abstentions:
                parts.append(
                    self.tr("1 abstention")
                    if score.abstentions == 1
                    else self.tr("%1 abstentions").replace("%1", str(score.abstentions))
                )
            if score.split:
                parts.append(self.tr("Split room: worth discussing"))
            text = " · ".join(parts)
            restyle(self.result, "body", self.unit)
        self.result.setText(text)
