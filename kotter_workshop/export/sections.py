"""The summary's sections, each a list of flowables built from domain objects.

Every text that comes from the session (titles, names, notes, actions) goes
through :func:`fonts.markup`, so it prints as written and in a font that has
its characters.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from ..domain.framework import Side
from ..domain.model import Note, Panel, Session
from ..domain.scoring import Summary, format_score, format_spread, process_score
from ..domain.texts import Texts, number_text, texts
from . import fonts
from .drawings import Distribution, QuadrantChart, Spectrum
from .styles import (
    LEADERSHIP,
    LEADERSHIP_TINT,
    MANAGEMENT,
    MANAGEMENT_TINT,
    MUTED,
    RULE,
    styles,
)


class Mark(Flowable):
    """An invisible outline entry: the canvas learns the page and height it lands on."""

    def __init__(self, title: str, level: int = 0):
        super().__init__()
        self.title, self.level = title, level
        self.keepWithNext = 1  # stays on the page of the heading after it
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        _, top = self.canv.absolutePosition(0, 0)
        self.canv.mark(self.title, self.level, top)


def para(text: str, style, *, room: float = 0) -> Paragraph:
    """A paragraph of user or content text, escaped and font-switched."""
    base = fonts.BOLD if style.fontName == fonts.BOLD else fonts.SANS
    return Paragraph(fonts.markup(text, base=base, room=room, size=style.fontSize), style)


def heading(text: str, style, level: int = 0, outline: str | None = None) -> list[Flowable]:
    return [Mark(outline or text, level), para(text, style)]


def table(rows, widths, style_commands, repeat=0) -> Table:
    # splitInRow: a row taller than a page (a 10,000-character action) flows on
    table = Table(rows, colWidths=widths, repeatRows=repeat, hAlign="LEFT", splitInRow=1)
    # a table sets its cells' font even when they hold only paragraphs: keep it ours
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.SANS, 10.5), *style_commands]))
    return table


# -- cover -------------------------------------------------------------------
def cover(session: Session, summary: Summary) -> list[Flowable]:
    s = styles()
    t = texts(session.info.language)
    info = session.info
    lines = [
        (t("pdf.cover.team"), info.team or "–"),
        (t("pdf.cover.facilitator"), info.facilitator or "–"),
        (t("pdf.cover.date"), info.date.isoformat()),
        (t("pdf.cover.participants"), str(summary.participants)),
    ]
    story: list[Flowable] = [Spacer(1, 90), *heading(info.title, s.title, outline=info.title)]
    story.append(para(t("pdf.cover.subtitle", title=session.framework.title), s.subtitle))
    rows = [[para(label, s.cover_line), para(value, s.cover_line)] for label, value in lines]
    story.append(
        table(
            rows,
            [110, None],
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        )
    )
    story += [Spacer(1, 40), para(session.framework.thesis, s.body)]
    story.append(para(session.framework.author, s.small))
    return story


# -- where the team stands ------------------------------------------------------
def standing(session: Session, summary: Summary, room: float) -> list[Flowable]:
    s = styles()
    t = texts(session.info.language)
    framework, scale, language = session.framework, session.scale, session.info.language
    story: list[Flowable] = [PageBreak(), *heading(t("pdf.standing.heading"), s.h1)]
    story.append(para(framework.thesis, s.small))
    lead = format_score(summary.shown_leadership, scale, language)
    manage = format_score(summary.shown_management, scale, language)
    numbers = [
        [
            para(t("pdf.standing.leadership_score", score=lead), s.big_number),
            para(t("pdf.standing.management_score", score=manage), s.big_number),
        ]
    ]
    story.append(Spacer(1, 10))
    story.append(
        table(
            numbers,
            [room / 2, room / 2],
            [
                ("BACKGROUND", (0, 0), (0, 0), LEADERSHIP_TINT),
                ("BACKGROUND", (1, 0), (1, 0), MANAGEMENT_TINT),
                ("BOX", (0, 0), (0, 0), 1, LEADERSHIP),
                ("BOX", (1, 0), (1, 0), 1, MANAGEMENT),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ],
        )
    )
    story.append(para(t("pdf.standing.how", min=scale.min, max=scale.max), s.small))
    if not summary.has_position:
        missing = "_".join(
            side
            for side, value in (
                ("leadership", summary.leadership),
                ("management", summary.management),
            )
            if value is None
        )
        missing = "both" if "_" in missing else missing
        story.append(para(t("pdf.standing.not_enough") + ".", s.callout))
        story.append(para(t(f"pdf.standing.missing_{missing}"), s.body))
        return story
    label = framework.balance_texts.get(summary.label.value, summary.label.value)
    story += [*heading(t("pdf.standing.spectrum"), s.h2, level=1)]
    story.append(Spectrum(summary.balance, scale.range, label, room, words=t))
    story.append(Spacer(1, 6))
    balance = t(
        "pdf.standing.balance",
        leadership=number_text(summary.shown_leadership, language),
        management=number_text(summary.shown_management, language),
        band=number_text(f"{scale.range / 8:g}", language),
    )
    story.append(para(balance, s.small))
    story += [CondPageBreak(300), *heading(t("pdf.standing.quadrant"), s.h2, level=1)]
    quadrant = summary.quadrant
    diagnosis = [
        para(framework.quadrant_titles[quadrant], s.h2),
        para(framework.diagnoses[quadrant], s.body),
        para(t("pdf.standing.argument_heading"), s.h3),
        para(t("pdf.standing.argument"), s.body),
    ]
    chart = QuadrantChart(summary, framework.quadrant_titles, side=min(250, room * 0.5), words=t)
    story.append(
        table(
            [[chart, diagnosis]],
            [chart.width + 14, room - chart.width - 14],
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
        )
    )
    return story


# -- each pair -------------------------------------------------------------------
def _process_card(session: Session, summary: Summary, process, room: float) -> list[Flowable]:
    s = styles()
    t = texts(session.info.language)
    score = summary.processes[process.id]
    leadership = process.side is Side.LEADERSHIP
    ink, tint = (LEADERSHIP, LEADERSHIP_TINT) if leadership else (MANAGEMENT, MANAGEMENT_TINT)
    rounds = session.rounds_of(process.id)
    shown = session.shown_round(process.id)
    if shown not in rounds:
        rounds = sorted({*rounds, shown})
    series = [
        (
            r,
            score.distribution
            if r == shown
            else process_score(session, process.id, r).distribution,
            r == shown,
        )
        for r in rounds
    ]
    flow: list[Flowable] = [
        para(t(f"pdf.{process.side.value}_caps"), s.small),
        para(process.title, s.cell_bold),
        para(process.tagline, s.small),
        Spacer(1, 4),
        Distribution(session.scale.values(), series, ink, tint, width=room, height=140, words=t),
        Spacer(1, 4),
        para(
            t("pdf.process.mean", score=format_score(score.shown, session.scale, t.language)),
            s.cell_bold,
        ),
    ]
    if score.count:
        votes = t.count("pdf.process.votes", score.count)
        if score.abstentions:
            votes += ", " + t.count("pdf.process.abstentions", score.abstentions)
        flow.append(
            para(
                t(
                    "pdf.process.spread",
                    spread=format_spread(score.spread, t.language),
                    votes=votes,
                ),
                s.cell,
            )
        )
        flow.append(
            para(t("pdf.process.split"), s.cell_bold)
            if score.split
            else para(t("pdf.process.not_split"), s.cell)
        )
    else:
        flow.append(para(t("pdf.process.no_votes"), s.cell))
    if len(rounds) > 1:
        flow.append(para(t("pdf.process.scored_round", shown=shown, rounds=len(rounds)), s.cell))
    return flow


def _sorted_notes(notes: list[Note]) -> list[Note]:
    return sorted(notes, key=lambda n: -n.votes)  # stable: equal votes keep panel order


def panel_notes(panel: Panel, room: float, t: Texts | None = None) -> list[Flowable]:
    """The notes of one panel, under their cluster titles, most dot votes first."""
    s = styles()
    t = t or texts(None)
    if not panel.notes:
        return [para(t("pdf.notes.none"), s.small)]
    cluster_ids = {c.id for c in panel.clusters}
    groups: list[tuple[str | None, list[Note]]] = []
    for cluster in panel.clusters:
        members = [n for n in panel.notes if n.cluster == cluster.id]
        if members:
            groups.append((cluster.title, members))
    loose = [n for n in panel.notes if n.cluster not in cluster_ids]
    if loose:
        groups.append((t("pdf.notes.other") if groups else None, loose))
    story: list[Flowable] = []
    text_room = room - s.note.leftIndent
    for title, members in groups:
        if title is not None:
            count = t.count("pdf.notes.count", len(members))
            story.append(para(t("pdf.notes.cluster", title=title, count=count), s.h3))
        for note in _sorted_notes(members):
            story.append(
                Paragraph(
                    fonts.markup(note.text, room=text_room, size=s.note.fontSize),
                    s.note_rtl if fonts.reads_rtl(note.text) else s.note,
                    bulletText=str(note.votes),
                )
            )
    return story


def pair_pages(session: Session, summary: Summary, room: float) -> list[Flowable]:
    s = styles()
    t = texts(session.info.language)
    framework = session.framework
    story: list[Flowable] = []
    for number, pair in enumerate(framework.pairs, 1):
        lead, manage = framework.process(pair.leadership), framework.process(pair.management)
        story += [PageBreak(), *heading(pair.task, s.h1, outline=f"{number}. {pair.task}")]
        task = t(
            "pdf.pairs.task", number=number, total=len(framework.pairs), detail=pair.task_detail
        )
        story.append(para(task, s.small))
        story.append(Spacer(1, 8))
        half = room / 2
        cards = [[_process_card(session, summary, p, half - 16) for p in (lead, manage)]]
        story.append(
            table(
                cards,
                [half, half],
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (0, 0), 0.8, LEADERSHIP),
                    ("BOX", (1, 0), (1, 0), 0.8, MANAGEMENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ],
            )
        )
        story.append(para(t("pdf.notes.how"), s.small))
        for process in (lead, manage):
            panels = [p for p in session.panels if p.process == process.id]
            story += heading(t("pdf.notes.heading", title=process.title), s.h2, level=1)
            if not panels or not any(p.notes for p in panels):
                story.append(para(t("pdf.notes.none"), s.small))
            for panel in panels:
                if panel.notes:
                    story += panel_notes(panel, room, t)
    return story


def free_panels(session: Session, room: float) -> list[Flowable]:
    """Panels tied to no process of the framework (the parking lot), each its own section."""
    s = styles()
    known = {p.id for p in session.framework.processes}
    story: list[Flowable] = []
    for panel in session.panels:
        if panel.process in known or not panel.notes:
            continue
        story += [PageBreak(), *heading(panel.title, s.h1)]
        story += panel_notes(panel, room, texts(session.info.language))
    return story
