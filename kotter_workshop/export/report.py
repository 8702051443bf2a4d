"""The summary as plain data: what the PDF says, before any renderer draws it.

:func:`build_report` turns a session into a :class:`Report` of words and
numbers, all in the session's language and already formatted; the PDF
renderer (``document``, ``sections``, ``closing``) only lays it out. Neither
Qt nor reportlab is imported here, so another renderer (HTML) can draw the
same report and never disagree with the PDF.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..domain.framework import Quadrant, Side
from ..domain.model import Note, Panel, Session
from ..domain.scoring import (
    ProcessScore,
    Summary,
    display,
    format_score,
    format_spread,
    process_score,
    summarise,
)
from ..domain.texts import Texts, number_text, texts
from . import findings

NOTE_CHARACTERS = 400  # a longer note is cut with "…"; the JSON keeps it whole
NOTE_LINES = 8


def date_text(day: dt.date, language: str | None) -> str:
    """A date as a reader of the language writes it: 2026-10-14, 14.10.2026."""
    return texts(language)(
        "number.date", year=f"{day.year:04d}", month=f"{day.month:02d}", day=f"{day.day:02d}"
    )


def signed_tenths(value: Decimal, language: str | None) -> str:
    """A displayed difference with its tenth: '+1.1', '0.0', '−0.4' ('−0,4' in German)."""
    if value == 0:
        return number_text("0.0", language)
    return number_text(f"{value:+.1f}".replace("-", "−"), language)


def spread_text(score: ProcessScore, split_from: Fraction, language: str | None) -> str:
    """The spread with one decimal, or more when one decimal would cross the split line.

    The split test compares the exact spread with range/4; a spread of 0.98
    on 1–5 is not split, yet reads '1.0', the line itself. Then it is shown
    with as many decimals as keep it on its own side ('0.98').
    """
    spread = score.spread or 0.0
    for decimals in range(1, 6):
        text = f"{spread:.{decimals}f}"
        if (Fraction(text) >= split_from) == score.split:
            break
    else:
        text = f"{math.floor(spread * 10**5) / 10**5:.5f}"
    return number_text(text, language) if decimals > 1 else format_spread(spread, language)


def nice_step(most: int, ticks: int = 3) -> int:
    """A tick step of 1, 2 or 5 × 10^k giving at most about ``ticks`` steps up to ``most``."""
    raw = max(1.0, most / ticks)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover


@dataclass(frozen=True)
class Bars:
    """One round of a process: its number, ballots per value, and whether it is scored."""

    round: int
    counts: dict[int, int]
    scored: bool


@dataclass(frozen=True)
class ProcessPart:
    id: str
    side: Side
    title: str
    tagline: str
    mean: Decimal | None
    mean_text: str  # "Mean 3.4 / 5"
    first_mean_text: str  # "" or "round 1: 2.8 / 5" when re-voted
    first_mean: Decimal | None  # the first round's mean when re-voted
    first_round: int
    stats: str  # "Spread 1.2 · 9 votes" or "No votes yet"
    split: bool
    rounds: tuple[Bars, ...]
    rounds_text: str  # "" or "Scored on round 2 of 2"
    count: int = 0  # the votes the mean is of (abstentions apart)


@dataclass(frozen=True)
class NoteLine:
    text: str  # cut to NOTE_CHARACTERS with "…"
    votes: int
    votes_text: str  # "7 dots"
    rtl: bool = False


@dataclass(frozen=True)
class NoteGroup:
    title: str | None
    notes: tuple[NoteLine, ...]


@dataclass(frozen=True)
class NotesPart:
    heading: str
    groups: tuple[NoteGroup, ...]  # empty: no notes


@dataclass(frozen=True)
class PairPart:
    number: int
    task: str
    detail: str
    leadership: ProcessPart
    management: ProcessPart
    values: tuple[int, ...]
    top: int  # one vertical scale for both charts: 0..top votes
    step: int
    notes: tuple[NotesPart, ...]


@dataclass(frozen=True)
class Position:
    has_position: bool
    leadership: Decimal | None
    management: Decimal | None
    leadership_text: str
    management_text: str
    balance: Decimal | None
    balance_text: str  # "−1.1"
    label_text: str  # "leans management"
    quadrant: Quadrant | None  # None also when the point sits on a dividing line
    quadrant_title: str
    diagnosis: str  # the one sentence
    detail: str  # the framework's diagnosis of the quadrant, or "" on an edge
    band_text: str  # "1.1" on 1–10: ±band counts as balanced


@dataclass(frozen=True)
class ActionRow:
    number: str
    text: str
    owner: str
    due: str


@dataclass(frozen=True)
class TimeRow:
    item: str
    planned: str
    actual: str
    difference: str


@dataclass(frozen=True)
class FrameworkBrief:
    """The framework in brief: its thesis (printed once), the pairs side by side, the prompts."""

    title: str
    author: str
    thesis: str
    rows: tuple[tuple[str, str, str, str, str], ...]  # task, M title, M meaning, L title, L meaning
    prompts: tuple[str, ...]


def framework_brief(session: Session) -> FrameworkBrief:
    framework = session.framework
    rows = []
    for pair in framework.pairs:
        manage, lead = framework.process(pair.management), framework.process(pair.leadership)
        rows.append((pair.task, manage.title, manage.meaning, lead.title, lead.meaning))
    return FrameworkBrief(
        framework.title, framework.author, framework.thesis, tuple(rows), tuple(framework.prompts)
    )


@dataclass
class Report:
    language: str
    title: str
    team: str
    facilitator: str
    date: str
    participants: int
    scale_min: int
    scale_max: int
    position: Position
    pair_overview: list[tuple[str, Decimal | None, Decimal | None]]  # task, L mean, M mean
    findings: list[str]
    pairs: list[PairPart]
    free_panels: list[NotesPart]
    actions: list[ActionRow]
    framework: FrameworkBrief
    quadrant_titles: dict[Quadrant, str]
    times: list[TimeRow] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    subject: str = ""


def cut(text: str) -> str:
    """A note as the summary prints it: at most NOTE_CHARACTERS and NOTE_LINES, then "…"."""
    text = text.strip()
    lines = text.split("\n")
    if len(lines) > NOTE_LINES:
        text = "\n".join(lines[:NOTE_LINES]).rstrip() + "…"
    if len(text) <= NOTE_CHARACTERS:
        return text
    head = text[:NOTE_CHARACTERS]
    space = head.rfind(" ")
    if space > NOTE_CHARACTERS * 0.7:
        head = head[:space]
    return head.rstrip() + "…"


def reads_rtl(text: str) -> bool:
    """Whether the text's first strong letter is right-to-left (Arabic, Hebrew...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL", "L"):
            return direction != "L"
    return False


def _note(note: Note, t: Texts) -> NoteLine:
    text = cut(note.text) or t("pdf.notes.blank")
    return NoteLine(text, note.votes, t.count("pdf.notes.dots", note.votes), reads_rtl(text))


def notes_groups(panel: Panel, t: Texts) -> list[NoteGroup]:
    """The notes of a panel under their cluster titles, most dot votes first."""
    ids = {c.id for c in panel.clusters}
    groups: list[NoteGroup] = []
    order = lambda notes: sorted(notes, key=lambda n: -n.votes)  # noqa: E731 (stable)
    for cluster in panel.clusters:
        members = [n for n in panel.notes if n.cluster == cluster.id]
        if members:
            title = t(
                "pdf.notes.cluster",
                title=cluster.title,
                count=t.count("pdf.notes.count", len(members)),
            )
            groups.append(NoteGroup(title, tuple(_note(n, t) for n in order(members))))
    loose = [n for n in panel.notes if n.cluster not in ids]
    if loose:
        title = None
        if groups:
            count = t.count("pdf.notes.count", len(loose))
            title = t("pdf.notes.cluster", title=t("pdf.notes.other"), count=count)
        groups.append(NoteGroup(title, tuple(_note(n, t) for n in order(loose))))
    return groups


def _process(session: Session, summary: Summary, pid: str, t: Texts) -> ProcessPart:
    process = session.framework.process(pid)
    score = summary.processes[pid]
    scale, language = session.scale, t.language
    shown = session.shown_round(pid)
    numbers = sorted({*session.rounds_of(pid), shown})
    scores = {r: score if r == shown else process_score(session, pid, r) for r in numbers}
    rounds = tuple(Bars(r, scores[r].distribution, r == shown) for r in numbers)
    first = scores[numbers[0]]
    first_mean = ""
    if len(numbers) > 1 and first.count and numbers[0] != shown:
        first_mean = t(
            "pdf.process.first_mean",
            round=numbers[0],
            score=format_score(first.shown, scale, language),
        )
    if score.count:
        votes = t.count("pdf.process.votes", score.count)
        if score.abstentions:
            votes += ", " + t.count("pdf.process.abstentions", score.abstentions)
        split_from = Fraction(scale.range, 4)
        stats = t(
            "pdf.process.spread", spread=spread_text(score, split_from, language), votes=votes
        )
    else:
        stats = t("pdf.process.no_votes")
    return ProcessPart(
        id=pid,
        side=process.side,
        title=process.title,
        tagline=process.tagline,
        mean=score.shown,
        mean_text=t("pdf.process.mean", score=format_score(score.shown, scale, language)),
        first_mean_text=first_mean,
        first_mean=first.shown if first_mean else None,
        first_round=numbers[0],
        stats=stats,
        split=score.split,
        rounds=rounds,
        rounds_text=(
            t("pdf.process.scored_round", shown=shown, rounds=len(numbers))
            if len(numbers) > 1
            else ""
        ),
        count=score.count,
    )


def _notes_of(session: Session, pid: str, t: Texts) -> NotesPart:
    title = session.framework.process(pid).title
    groups: list[NoteGroup] = []
    for panel in session.panels:
        if panel.process == pid and panel.notes:
            groups += notes_groups(panel, t)
    return NotesPart(t("pdf.notes.heading", title=title), tuple(groups))


def _pairs(session: Session, summary: Summary, t: Texts) -> list[PairPart]:
    framework = session.framework
    parts = []
    for number, pair in enumerate(framework.pairs, 1):
        lead = _process(session, summary, pair.leadership, t)
        manage = _process(session, summary, pair.management, t)
        most = max(
            (n for p in (lead, manage) for bars in p.rounds for n in bars.counts.values()),
            default=0,
        )
        step = nice_step(most)
        top = step * max(1, -(-most // step))
        if top == most and most:  # room above the tallest bar for its count
            top += step
        notes = tuple(_notes_of(session, p.id, t) for p in (lead, manage))
        parts.append(
            PairPart(
                number,
                pair.task,
                pair.task_detail,
                lead,
                manage,
                tuple(session.scale.values()),
                top,
                step,
                notes,
            )
        )
    return parts


def _clock(seconds: int) -> str:
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


def _times(session: Session, t: Texts) -> list[TimeRow]:
    if not any(item.actual_seconds is not None for item in session.agenda):
        return []
    rows, planned_total, actual_total = [], 0, 0
    for item in session.agenda:
        planned_total += item.planned_seconds
        actual = item.actual_seconds
        if actual is not None:
            actual_total += actual
        rows.append(
            TimeRow(
                item.title,
                _clock(item.planned_seconds),
                "–" if actual is None else _clock(actual),
                "–" if actual is None else _clock(actual - item.planned_seconds),
            )
        )
    total = TimeRow(
        t("pdf.times.total"),
        _clock(planned_total),
        _clock(actual_total),
        _clock(actual_total - planned_total),
    )
    return [*rows, total]


def build_report(session: Session) -> Report:
    """Everything the summary says about ``session``, in its language."""
    info = session.info
    t = texts(info.language)
    summary = summarise(session)
    pairs = _pairs(session, summary, t)
    known = {p.id for p in session.framework.processes}
    free = [
        NotesPart(panel.title, tuple(notes_groups(panel, t)))
        for panel in session.panels
        if panel.process not in known and panel.notes
    ]
    actions = [
        ActionRow(
            str(i),
            action.text,
            action.owner or "–",
            date_text(action.due, info.language) if action.due else "–",
        )
        for i, action in enumerate(session.actions, 1)
    ]
    subject = t("pdf.subject", title=session.framework.title)
    return Report(
        language=t.language,
        title=info.title,
        team=info.team,
        facilitator=info.facilitator,
        date=date_text(info.date, info.language),
        participants=summary.participants,
        scale_min=session.scale.min,
        scale_max=session.scale.max,
        position=findings.position(session, summary, t),
        pair_overview=[(p.task, p.leadership.mean, p.management.mean) for p in pairs],
        findings=findings.findings(session, summary, pairs, t),
        pairs=pairs,
        free_panels=free,
        actions=actions,
        framework=framework_brief(session),
        quadrant_titles=dict(session.framework.quadrant_titles),
        times=_times(session, t),
        keywords=[k.strip() for k in t("pdf.keywords").split(",")],
        subject=subject + (f" — {info.team}" if info.team else ""),
    )


__all__ = ["Report", "build_report", "date_text", "display", "signed_tenths"]
