"""A process slide, in three steps like a build in presentation software:
what the process means, the room's vote on it, then its panel of notes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ...domain.framework import Side
from ...domain.model import Aspect
from ...domain.scoring import VoteCount, count_ballots, format_spread, process_score
from ...domain.slide_kinds import BY_KEY
from ...domain.texts import number_text
from ..charts.chart import DistributionChart
from ..theme import restyle
from ..voting.capture import Mode, VoteCapture
from ..voting.strips import RosterStrip, TallyStrip
from .base import Slide, card, label

ABOUT, VOTE, NOTES = 0, 1, 2


class Page(QWidget):
    """A step of the slide in a stack: hidden, it asks for no room, so the stack is as large
    as the step it shows (the board's row of buttons must not make the first step overflow
    a small window at 200%). QStackedLayout otherwise sizes itself by its largest page."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return -1 if self.isHidden() else super().heightForWidth(width)

    def minimumSizeHint(self):  # noqa: N802
        return QSize(0, 0) if self.isHidden() else super().minimumSizeHint()


class ProcessSlide(Slide):
    kind = BY_KEY["process"]  # its steps: ABOUT, VOTE (where a reveal goes), NOTES
    watches = frozenset({Aspect.BALLOTS, Aspect.ROUNDS, Aspect.META, Aspect.ROSTER})

    def __init__(
        self,
        key,
        session,
        theme,
        process_id: str,
        capture: VoteCapture | None = None,
        parent=None,
        document=None,
    ) -> None:
        self.process = session.framework.process(process_id)
        self.capture = capture
        self.document = document
        self.board = None
        super().__init__(key, session, theme, parent)
        if capture is not None:
            # Bound methods, not lambdas: Qt drops them with this slide (a new language
            # rebuilds the slides; the capture stays and must not call a deleted one).
            capture.mode_changed.connect(self._capture_changed)
            capture.selection_changed.connect(self._capture_changed)

    def _capture_changed(self, *_) -> None:
        self.refresh()

    def side_name(self, side: Side) -> str:
        return self.tr("Leadership") if side is Side.LEADERSHIP else self.tr("Management")

    # -- building --------------------------------------------------------------------
    def build(self) -> None:
        process = self.process
        pair = self.session.framework.pair(process.pair)
        top = QHBoxLayout()
        badge = label(self.side_name(process.side).upper(), "badge", side=process.side, wrap=False)
        top.addWidget(badge)
        top.addWidget(label(pair.task, "muted"), 1)
        self.body.addLayout(top)
        self.body.addWidget(label(process.title, "title", side=process.side))
        self.tagline = label(process.tagline, "tagline")
        self.body.addWidget(self.tagline)
        self.pages = QStackedWidget()
        for build_page in (self._build_about, self._build_vote, self._build_notes):
            self.pages.addWidget(Page(build_page()))
        self.body.addWidget(self.pages, 1)
        self.roster = RosterStrip()
        if self.capture is not None:
            self.roster.chosen.connect(self.capture.select)
        self.body.addWidget(self.roster)

    def _build_about(self) -> QWidget:
        framework = self.session.framework
        process = self.process
        counterpart = framework.counterpart(process.id)
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(label(process.meaning, "body"))
        left.addWidget(label(self.tr("What it involves"), "heading"))
        for item in process.involves:
            left.addWidget(label(f"•  {item}", "body"))
        left.addStretch(1)
        right = QVBoxLayout()
        frame, inner = card(counterpart.side)
        heading = (
            self.tr("Counterpart in leadership")
            if counterpart.side is Side.LEADERSHIP
            else self.tr("Counterpart in management")
        )
        inner.addWidget(label(heading, "heading"))
        inner.addWidget(label(counterpart.title, "body", side=counterpart.side))
        right.addWidget(frame)
        right.addWidget(label(self.tr("Discuss"), "heading"))
        for prompt in process.prompts:
            right.addWidget(label(f"•  {prompt}", "body"))
        right.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.about_columns = (columns, left, right)
        return page

    def _build_notes(self) -> QWidget:
        panel = self.session.panel_for(self.process.id)
        if panel is None:
            return label(self.tr("This process has no panel of notes."), "muted")
        from ..whiteboard.board import Board  # seam: after paint: the first board

        self.board = Board(self.session, panel.id, self.document, theme=self.theme)
        return self.board

    def _build_vote(self) -> QWidget:
        # The question and the scale's meaning span the step, above the chart and the
        # results: a narrow results column (a small window at 200%, the join card beside
        # the slide) would break the question into three lines.
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        self.question = label(self.session.framework.question, "subtitle")
        scale = self.session.scale
        self.anchors = label(
            self.tr("%1 = weak … %2 = strong")
            .replace("%1", str(scale.min))
            .replace("%2", str(scale.max)),
            "muted",
        )
        outer.addWidget(self.question)
        outer.addWidget(self.anchors)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        self.chart = DistributionChart()
        left.addWidget(self.chart, 1)
        self.tally = TallyStrip(self.session.scale.values())
        if self.capture is not None:
            self.tally.add.connect(self._tally_add)
            self.tally.remove.connect(self._tally_remove)
        left.addWidget(self.tally)
        right = QVBoxLayout()
        self.status = label("", "hidden")
        self.score = label("", "score", side=self.process.side)
        self.detail = label("", "body")
        self.flag = label(self.tr("⚠ Split room: worth discussing"), "flag")
        self.round_info = label("", "muted")
        for widget in (self.status, self.score, self.detail, self.flag):
            right.addWidget(widget)
        right.addStretch(1)
        right.addWidget(self.round_info)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.vote_columns = (columns, left, right)
        self.vote_outer = outer
        return page

    def on_unit(self, unit: float) -> None:
        for columns, left, right in (self.about_columns, self.vote_columns):
            columns.setSpacing(round(48 * unit))
            left.setSpacing(round(14 * unit))
            right.setSpacing(round(14 * unit))
        self.vote_outer.setSpacing(round(14 * unit))
        self.roster.flow.set_gap(round(12 * unit))
        self.chart.set_unit(unit)
        if self.board is not None:
            self.board.set_unit(unit)

    # -- phases ------------------------------------------------------------------------
    def on_phase(self, phase: int) -> None:
        self.pages.setCurrentIndex(phase)
        self.tagline.setVisible(phase != NOTES)  # the board takes the room
        self.refresh()

    def set_revealed(self, revealed: bool) -> None:
        if revealed:
            self.set_phase(VOTE)
        super().set_revealed(revealed)

    # -- following the session -----------------------------------------------------------
    def refresh(self) -> None:
        session = self.session
        pid = self.process.id
        score = process_score(session, pid)
        latest = session.latest_round(pid)
        in_latest = session.ballots_for(pid, latest)
        rounds = sorted(set(session.rounds_of(pid)) | {latest})
        distributions = {r: {} for r in rounds}
        for ballot in session.ballots_for(pid):
            if ballot.value is not None and ballot.round in distributions:
                counts = distributions[ballot.round]
                counts[ballot.value] = counts.get(ballot.value, 0) + 1
        self.chart.set_data(list(session.scale.values()), distributions, score.round, self.revealed)
        counted = count_ballots(in_latest)  # the same count as the bars, the PDF and the JSON
        votes = self._votes_text(counted)
        if latest > 1:
            votes = self.tr("Round %1: %2").replace("%1", str(latest)).replace("%2", votes)
        self.status.setText(
            votes if self.revealed else votes + " · " + self.tr("results hidden until revealed")
        )
        restyle(self.status, "body" if self.revealed else "hidden", self.unit)
        shown = score.shown
        self.score.setVisible(self.revealed)
        self.score.setText(
            self.tr("Average %1 / %2")
            .replace("%1", number_text(shown, self.room_language))
            .replace("%2", str(session.scale.max))
            if shown is not None
            else self.tr("No votes yet")
        )
        details = []
        if score.abstentions and score.round != latest:  # the latest round's are in the status
            details.append(self._abstentions_text(score.abstentions))
        if score.spread is not None:
            details.append(
                self.tr("spread %1").replace("%1", format_spread(score.spread, self.room_language))
            )
        self.detail.setText(" · ".join(details))
        self.detail.setVisible(self.revealed and bool(details))
        self.flag.setVisible(self.revealed and score.split)
        self.round_info.setText(
            self.tr("Scores use round %1 of %2")
            .replace("%1", str(score.round))
            .replace("%2", str(latest))
        )
        self.round_info.setVisible(len(rounds) > 1)
        self._refresh_capture()

    def _votes_text(self, counted: VoteCount) -> str:
        """'21 votes · 2 abstentions': the votes are what the bars add up to."""
        n = counted.votes
        text = self.tr("1 vote") if n == 1 else self.tr("%1 votes").replace("%1", str(n))
        if counted.abstentions:
            text += " · " + self._abstentions_text(counted.abstentions)
        return text

    def _abstentions_text(self, n: int) -> str:
        return (
            self.tr("1 abstention") if n == 1 else self.tr("%1 abstentions").replace("%1", str(n))
        )

    def _refresh_capture(self) -> None:
        capture = self.capture
        by_name = capture is not None and capture.mode is Mode.BY_NAME
        self.tally.setVisible(capture is not None and not by_name and self.controls_shown)
        if self.board is not None:
            self.board.show_tools(self.controls_shown)
        self.roster.setVisible(by_name and self.phase == VOTE and bool(self.session.roster))
        if by_name:
            latest = self.session.latest_round(self.process.id)
            voted = {b.voter for b in self.session.ballots_for(self.process.id, latest) if b.voter}
            roster = [(p.id, p.name) for p in self.session.roster]
            self.roster.set_state(roster, voted, capture.selected)
            self._unit = 0.0  # new chips need their room size

    def _tally_add(self, value: int) -> None:
        self.capture.set_process(self.process.id)
        self.capture.vote(value)

    def _tally_remove(self, value: int) -> None:
        self.capture.set_process(self.process.id)
        self.capture.untally(value)
