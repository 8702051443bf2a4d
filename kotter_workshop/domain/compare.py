"""Comparing a team's sessions over time: how L, M, the balance and each process moved.

Every number comes from :mod:`.scoring`: each session is summarised on its
own shown rounds, and its displayed values (one decimal, half up) are what
the comparison shows. When the sessions use different scales the numbers
are also put on a common 0–100% scale, ``(value − min) / (max − min) × 100``,
computed from the displayed value (so a 3.0 on 1–5 is exactly 50%, on the
midpoint, as the quadrant says) and then rounded half up to one decimal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from .errors import DomainError
from .framework import Quadrant, Side
from .model import Scale, Session
from .scoring import Label, Summary, display, summarise
from .texts import number_text, texts


def percent(value: Decimal | None, scale: Scale) -> Decimal | None:
    """A displayed value on the 0–100% scale: (value − min) / (max − min) × 100, one decimal."""
    if value is None:
        return None
    return display((Fraction(value) - scale.min) / scale.range * 100)


@dataclass(frozen=True)
class ComparedSession:
    """One session as the comparison shows it: its name and its numbers."""

    title: str
    date: dt.date
    team: str
    scale: Scale
    summary: Summary
    facilitator: str = ""

    @property
    def order_key(self) -> tuple:
        """Date, then what the comparison shows of it: never the order the files were given in."""
        shown = lambda v: "" if v is None else str(v)  # noqa: E731
        processes = sorted((pid, shown(p.shown)) for pid, p in self.summary.processes.items())
        return (self.date, self.title, self.team, self.facilitator, shown(self.leadership),
                shown(self.management), tuple(processes), self.summary.participants)  # fmt: skip

    @property
    def name(self) -> str:
        """How the comparison names a session: 'title (date)'."""
        return f"{self.title} ({self.date.isoformat()})"

    @property
    def leadership(self) -> Decimal | None:
        return self.summary.shown_leadership

    @property
    def management(self) -> Decimal | None:
        return self.summary.shown_management

    @property
    def balance(self) -> Decimal | None:
        return self.summary.balance

    @property
    def label(self) -> Label | None:
        return self.summary.label

    @property
    def quadrant(self) -> Quadrant | None:
        return self.summary.quadrant

    def process(self, process_id: str) -> Decimal | None:
        """The displayed mean of a process, or None (no votes, or not in this session)."""
        score = self.summary.processes.get(process_id)
        return None if score is None else score.shown

    # -- the same numbers on the 0–100% scale ----------------------------------
    @property
    def leadership_percent(self) -> Decimal | None:
        return percent(self.leadership, self.scale)

    @property
    def management_percent(self) -> Decimal | None:
        return percent(self.management, self.scale)

    @property
    def balance_percent(self) -> Decimal | None:
        """Percent L − percent M, in percentage points."""
        if self.leadership_percent is None or self.management_percent is None:
            return None
        return self.leadership_percent - self.management_percent

    def process_percent(self, process_id: str) -> Decimal | None:
        return percent(self.process(process_id), self.scale)

    def position(self) -> tuple[float, float] | None:
        """Where the session sits on the 2×2, each axis from 0 (scale min) to 1 (max)."""
        if self.leadership is None or self.management is None:
            return None
        share = lambda v: float((Fraction(v) - self.scale.min) / self.scale.range)  # noqa: E731
        return share(self.leadership), share(self.management)


@dataclass(frozen=True)
class Comparison:
    """Two or more sessions, oldest first, and how their numbers moved."""

    sessions: tuple[ComparedSession, ...]
    processes: tuple[tuple[str, str, Side], ...]  # (id, title, side), in slide order
    quadrant_titles: dict[Quadrant, str] = field(default_factory=dict)
    label_texts: dict[str, str] = field(default_factory=dict)
    language: str = "en"  # the newest session's, like the wording of the processes

    @property
    def normalised(self) -> bool:
        """Whether the scales differ, so the numbers are shown on 0–100%."""
        return len({s.scale for s in self.sessions}) > 1

    @property
    def scale(self) -> Scale | None:
        """The scale every session shares, or None when they differ."""
        return None if self.normalised else self.sessions[0].scale

    def leadership(self, s: ComparedSession) -> Decimal | None:
        return s.leadership_percent if self.normalised else s.leadership

    def management(self, s: ComparedSession) -> Decimal | None:
        return s.management_percent if self.normalised else s.management

    def balance(self, s: ComparedSession) -> Decimal | None:
        return s.balance_percent if self.normalised else s.balance

    def process(self, s: ComparedSession, process_id: str) -> Decimal | None:
        return s.process_percent(process_id) if self.normalised else s.process(process_id)

    def change(self, values: list[Decimal | None]) -> Decimal | None:
        """Last minus first of the values that exist, or None with fewer than two."""
        known = [v for v in values if v is not None]
        return known[-1] - known[0] if len(known) >= 2 else None

    def quadrant_title(self, quadrant: Quadrant | None) -> str:
        if quadrant is None:
            return self.label_texts.get("not-enough", "not enough votes yet")
        return self.quadrant_titles.get(quadrant, quadrant.value)

    def label_text(self, label: Label | None) -> str:
        if label is None:
            return self.label_texts.get("not-enough", "not enough votes yet")
        return self.label_texts.get(label.value, label.value.replace("-", " "))

    def show(self, value: Decimal | None) -> str:
        """A value as the table prints it: '3.4', '61.7%', or an en dash.

        In the comparison's language, as its words are: '3,4' and '61,7 %' in German.
        """
        if value is None:
            return "–"
        text = number_text(value, self.language)
        return texts(self.language)("number.percent", value=text) if self.normalised else text

    def show_signed(self, value: Decimal | None) -> str:
        """A balance or a change: '+0.4', '0', '−1.1', or an en dash; in the same language."""
        return "–" if value is None else number_text(value, self.language, signed=True)


def compare(sessions: Iterable[Session]) -> Comparison:
    """Summarise each session and order them by date, then title, then their numbers."""
    sessions = list(sessions)
    if len(sessions) < 2:
        raise DomainError("A comparison needs at least two sessions.")
    compared = [
        ComparedSession(
            title=s.info.title,
            date=s.info.date,
            team=s.info.team,
            scale=s.scale,
            summary=summarise(s),
            facilitator=s.info.facilitator,
        )
        for s in sessions
    ]
    # by date, then by what each shows, so that equal dates do not follow the argument order
    order = sorted(range(len(compared)), key=lambda i: compared[i].order_key)
    processes: list[tuple[str, str, Side]] = []
    seen: set[str] = set()
    # the newest session's wording names each process; older ones add what it lacks
    for index in reversed(order):
        for p in sessions[index].framework.ordered():
            if p.id not in seen:
                seen.add(p.id)
                processes.append((p.id, p.title, p.side))
    newest = sessions[order[-1]].framework
    return Comparison(
        tuple(compared[i] for i in order),
        tuple(processes),
        dict(newest.quadrant_titles),
        dict(newest.balance_texts),
        sessions[order[-1]].info.language or "en",
    )
