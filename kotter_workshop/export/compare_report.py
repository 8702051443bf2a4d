"""The comparison as plain data: its words and numbers, before any renderer draws them.

Like :mod:`.report` for the summary, this imports neither Qt nor reportlab,
so the comparison PDF and the comparison HTML page say the same things.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from ..domain.compare import Comparison
from ..domain.framework import Quadrant, Side
from ..domain.texts import Texts, number_text, texts
from .report import date_text

ARROW_SHARE = 22 / 280  # steps shorter than this share of the 2×2's side get no arrow


def scales_note(comparison: Comparison) -> str:
    """The sentence saying which scale the numbers are on, in the comparison's language."""
    t = texts(comparison.language)
    scales = sorted({s.scale for s in comparison.sessions}, key=lambda s: (s.min, s.max))
    if comparison.normalised:
        return t("compare.normalised", scales=", ".join(str(s) for s in scales))
    scale = scales[0]
    return t("compare.same_scale", min=scale.min, max=scale.max)


def signed_text(value: Decimal | None, normalised: bool, t: Texts) -> str:
    if value is None:
        return "–"
    text = number_text(value, t.language, signed=True)
    return text + (t("compare.points") if normalised and value != 0 else "")


def session_name(session, language: str) -> str:
    """'title (date)', the date as the comparison's language writes it."""
    return f"{session.title} ({date_text(session.date, language)})"


def rows(comparison: Comparison) -> list[tuple[str, list[str], str, str | None]]:
    """(row name, one text per session, change, tint) for every line of the table."""
    c, sessions = comparison, comparison.sessions
    t = texts(c.language)

    def numbers(name: str, values: list[Decimal | None], tint: str | None):
        change = signed_text(c.change(values), c.normalised, t)
        return (name, [c.show(v) for v in values], change, tint)

    balances = [c.balance(s) for s in sessions]
    found = [
        numbers(t("compare.leadership_row"), [c.leadership(s) for s in sessions], "L"),
        numbers(t("compare.management_row"), [c.management(s) for s in sessions], "M"),
        (
            t("compare.balance_row"),
            [signed_text(v, c.normalised, t) for v in balances],
            signed_text(c.change(balances), c.normalised, t),
            None,
        ),
        (t("compare.spectrum_row"), [c.label_text(s.label) for s in sessions], "", None),
        (t("compare.quadrant_row"), [c.quadrant_title(s.quadrant) for s in sessions], "", None),
    ]
    for pid, title, side in c.processes:
        tint = "L" if side is Side.LEADERSHIP else "M"
        side_name = t(f"compare.side_{side.value}")
        name = t("compare.process_row", title=title, side=side_name)
        found.append(numbers(name, [c.process(s, pid) for s in sessions], tint))
    return found


def movement(comparison: Comparison) -> str:
    c = comparison
    t = texts(c.language)
    first, last = c.sessions[0], c.sessions[-1]
    parts = []
    for name, get in ((t("pdf.leadership"), c.leadership), (t("pdf.management"), c.management)):
        a, b = get(first), get(last)
        if a is not None and b is not None:
            change = signed_text(b - a, c.normalised, t)
            parts.append(
                t("compare.moved", side=name, first=c.show(a), last=c.show(b), change=change)
            )
    if first.quadrant is not None and last.quadrant is not None:
        if first.quadrant is last.quadrant:
            parts.append(t("compare.stayed", quadrant=c.quadrant_title(last.quadrant)))
        else:
            parts.append(
                t(
                    "compare.moved_quadrant",
                    first=c.quadrant_title(first.quadrant),
                    last=c.quadrant_title(last.quadrant),
                )
            )
    return " ".join(parts) or t("compare.not_enough")


def title(comparison: Comparison) -> str:
    t = texts(comparison.language)
    team = ", ".join(sorted({x.team for x in comparison.sessions if x.team}))
    return t("compare.title_team", team=team) if team else t("compare.title")


def span(comparison: Comparison) -> str:
    t = texts(comparison.language)
    first, last = comparison.sessions[0].date, comparison.sessions[-1].date
    count, language = len(comparison.sessions), comparison.language
    if first == last:
        return t("compare.sessions_one_day", count=count, date=date_text(first, language))
    return t(
        "compare.sessions",
        count=count,
        first=date_text(first, language),
        last=date_text(last, language),
    )


def path_note_key(points: list[tuple[int, float, float]], too_short: float) -> str:
    """Which sentence explains the path: arrows, some too short for one, or none."""
    steps = list(zip(points, points[1:], strict=False))
    short = sum(1 for a, b in steps if math.hypot(b[1] - a[1], b[2] - a[2]) < too_short)
    if not short:
        return "compare.path_note"
    return "compare.path_note_close" if short == len(steps) else "compare.path_note_some"


@dataclass(frozen=True)
class SessionLine:
    number: int
    name: str
    where: str  # its quadrant's title, or "no position"


@dataclass
class ComparisonReport:
    language: str
    title: str
    span: str
    scales_note: str
    normalised: bool
    movement: str
    sessions: list[SessionLine]
    points: list[tuple[int, float, float]]  # number, L and M as shares 0..1 of the 2×2
    low: str
    high: str
    quadrant_titles: dict
    rows: list[tuple[str, list[str], str, str | None]]
    path_note: str


def build_comparison_report(comparison: Comparison) -> ComparisonReport:
    t = texts(comparison.language)
    lines, points = [], []
    for number, session in enumerate(comparison.sessions, 1):
        where = (
            comparison.quadrant_title(session.quadrant)
            if session.quadrant is not None
            else t("compare.no_position")
        )
        lines.append(SessionLine(number, session_name(session, comparison.language), where))
        position = session.position()
        if position is not None:
            lx, my = (max(0.0, min(1.0, v)) for v in position)
            points.append((number, lx, my))
    scale = comparison.scale
    low, high = (str(scale.min), str(scale.max)) if scale else ("0%", "100%")
    return ComparisonReport(
        language=comparison.language,
        title=title(comparison),
        span=span(comparison),
        scales_note=scales_note(comparison),
        normalised=comparison.normalised,
        movement=movement(comparison),
        sessions=lines,
        points=points,
        low=low,
        high=high,
        quadrant_titles={q: comparison.quadrant_title(q) for q in Quadrant},
        rows=rows(comparison),
        path_note=t(path_note_key(points, ARROW_SHARE)),
    )
