"""Every number the app shows, computed exactly as PRODUCT.md's "Scoring" says.

Means are exact :class:`~fractions.Fraction` values; the display rounds them
half up to one decimal (:func:`display`), and the quadrant and label are
decided on those displayed values, so what the room sees and what the app
concludes always agree.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from .framework import Quadrant, Side
from .model import Ballot, Scale, Session
from .texts import number_text


class Label(StrEnum):
    LEANS_LEADERSHIP = "leans-leadership"
    LEANS_MANAGEMENT = "leans-management"
    BALANCED = "balanced"


def display(value: Fraction) -> Decimal:
    """Round half up to one decimal with exact arithmetic: 2.25 -> 2.3, 2.95 -> 3.0."""
    tenths = math.floor(value * 10 + Fraction(1, 2))
    return Decimal(tenths).scaleb(-1)


def mean(values: list[int]) -> Fraction | None:
    return Fraction(sum(values), len(values)) if values else None


@dataclass(frozen=True)
class VoteCount:
    """How many ballots carry a value (the votes the bars add up to), and the abstentions."""

    votes: int
    abstentions: int


def count_ballots(ballots: Iterable[Ballot]) -> VoteCount:
    """The one count of ballots every view shows: abstentions apart, never among the votes."""
    votes = abstentions = 0
    for ballot in ballots:
        if ballot.value is None:
            abstentions += 1
        else:
            votes += 1
    return VoteCount(votes, abstentions)


@dataclass(frozen=True)
class ProcessScore:
    """A process's ballots in its shown round, and what they add up to."""

    process: str
    round: int
    count: int
    abstentions: int
    mean: Fraction | None
    distribution: dict[int, int]
    variance: Fraction | None
    split: bool

    @property
    def shown(self) -> Decimal | None:
        return None if self.mean is None else display(self.mean)

    @property
    def spread(self) -> float | None:
        """The population standard deviation of the ballots' values."""
        return None if self.variance is None else math.sqrt(self.variance)


def score_ballots(process: str, round_: int, ballots: list[Ballot], scale: Scale) -> ProcessScore:
    counted = count_ballots(ballots)
    values = [b.value for b in ballots if b.value is not None]
    n, total = len(values), sum(values)
    avg = Fraction(total, n) if n else None
    # The population variance, exactly and in integers: (n·Σv² − (Σv)²) / n².
    variance = Fraction(n * sum(v * v for v in values) - total * total, n * n) if n else None
    # split: at least 4 ballots and spread >= range/4, compared exactly on squares
    split = n >= 4 and variance >= Fraction(scale.range, 4) ** 2
    return ProcessScore(
        process=process,
        round=round_,
        count=counted.votes,
        abstentions=counted.abstentions,
        mean=avg,
        distribution={v: n for v, n in sorted(Counter(values).items())},
        variance=variance,
        split=split,
    )


def process_score(session: Session, process: str, round_: int | None = None) -> ProcessScore:
    """The score of one process in its shown round (or the round given)."""
    round_ = session.shown_round(process) if round_ is None else round_
    return score_ballots(process, round_, session.ballots_for(process, round_), session.scale)


@dataclass(frozen=True)
class Summary:
    """Where the team sits between leadership and management."""

    scale: Scale
    processes: dict[str, ProcessScore]
    leadership: Fraction | None
    management: Fraction | None
    participants: int

    @property
    def shown_leadership(self) -> Decimal | None:
        return None if self.leadership is None else display(self.leadership)

    @property
    def shown_management(self) -> Decimal | None:
        return None if self.management is None else display(self.management)

    @property
    def has_position(self) -> bool:
        return self.leadership is not None and self.management is not None

    @property
    def balance(self) -> Decimal | None:
        """Displayed L minus displayed M, as on screen."""
        if not self.has_position:
            return None
        return self.shown_leadership - self.shown_management

    @property
    def label(self) -> Label | None:
        if self.balance is None:
            return None
        threshold = Fraction(self.scale.range, 8)
        balance = Fraction(self.balance)
        if balance < -threshold:
            return Label.LEANS_MANAGEMENT
        if balance > threshold:
            return Label.LEANS_LEADERSHIP
        return Label.BALANCED

    @property
    def quadrant(self) -> Quadrant | None:
        if not self.has_position:
            return None
        midpoint = Fraction(self.scale.min + self.scale.max, 2)
        return quadrant_of(
            Fraction(self.shown_leadership) >= midpoint,
            Fraction(self.shown_management) >= midpoint,
        )


def quadrant_of(strong_leadership: bool, strong_management: bool) -> Quadrant:
    """The cell of the 2×2 for a team strong or weak on each side."""
    if strong_leadership and strong_management:
        return Quadrant.LEADER_MANAGERS
    if strong_management:
        return Quadrant.OVER_MANAGED
    if strong_leadership:
        return Quadrant.OVER_LED
    return Quadrant.UNDER_BOTH


def summarise(session: Session) -> Summary:
    """Score every process on its shown round, then L, M and the participants."""
    scores = {p.id: process_score(session, p.id) for p in session.framework.processes}
    sides = {}
    for side in Side:
        means = [
            scores[p.id].mean for p in session.framework.side(side) if scores[p.id].mean is not None
        ]
        sides[side] = sum(means, Fraction(0)) / len(means) if means else None
    return Summary(
        scale=session.scale,
        processes=scores,
        leadership=sides[Side.LEADERSHIP],
        management=sides[Side.MANAGEMENT],
        participants=count_participants(session),
    )


def count_participants(session: Session) -> int:
    """Distinct voters on the shown rounds, plus the most tally ballots on one process."""
    voters: set[str] = set()
    most_tallies = 0
    for process in session.framework.processes:
        ballots = session.ballots_for(process.id, session.shown_round(process.id))
        voters.update(b.voter for b in ballots if b.voter is not None)
        most_tallies = max(most_tallies, sum(1 for b in ballots if b.voter is None))
    return len(voters) + most_tallies


def format_score(value: Decimal | None, scale: Scale, language: str | None) -> str:
    """'2.4 / 5' ('2,4 / 5' in German), or an en dash when there is no score."""
    return "–" if value is None else f"{number_text(value, language)} / {scale.max}"


def format_spread(spread: float, language: str | None) -> str:
    """A spread with one decimal, as the slides and the PDF show it: '1.2' ('1,2' in German)."""
    return number_text(f"{spread:.1f}", language)
