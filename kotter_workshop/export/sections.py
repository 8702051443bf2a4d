"""The summary's sections as platypus flowables, drawn from the report model.

Every text that comes from the session (titles, names, notes, actions) goes
through :func:`fonts.markup`, so it prints as written and in a font that has
its characters. Sections break a page only when they would not fit on the
one they would start; empty ones are one line.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from ..domain.texts import Texts, texts
from . import fonts
from .charts import Distribution, PairsChart
from .drawings import QuadrantChart, Spectrum
from .report import NoteGroup, PairPart, Report
from .styles import (
    LEADERSHIP,
    MANAGEMENT,
    MUTED,
    RULE,
    styles,
)

SUMMARY_ACTIONS = 6  # actions listed on page 1; more go to their own section


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


# -- page 1: the executive summary ------------------------------------------------
def executive(report: Report, titles: dict, room: float) -> list[Flowable]:
    from .closing import actions_table  # cycle: closing imports this module

    s = styles()
    t = texts(report.language)
    story: list[Flowable] = [*heading(report.title, s.title, outline=report.title)]
    story.append(para(report.subject, s.subtitle))
    facts = [
        (t("pdf.cover.team"), report.team or "–"),
        (t("pdf.cover.facilitator"), report.facilitator or "–"),
        (t("pdf.cover.date"), report.date),
        (t("pdf.cover.participants"), str(report.participants)),
    ]
    head = [para(label, s.small) for label, _ in facts]
    values = [para(value, s.cell_bold) for _, value in facts]
    story.append(
        table(
            [head, values],
            [room * 0.34, room * 0.3, room * 0.18, room * 0.18],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 1), (-1, 1), 0.5, RULE),
            ],
        )
    )
    position = report.position
    story += heading(t("pdf.summary.position"), s.h2, level=1)
    chart = QuadrantChart(
        position, titles, report.scale_min, report.scale_max, side=120, words=t, small=True
    )
    words: list[Flowable] = [
        para(t("pdf.standing.leadership_score", score=position.leadership_text), s.big_number),
        para(t("pdf.standing.management_score", score=position.management_text), s.big_number),
    ]
    if not position.has_position:
        words.append(para(t("pdf.standing.not_enough") + ".", s.cell_bold))
    words.append(para(position.diagnosis, s.body))
    story.append(
        table(
            [[chart, words]],
            [chart.width + 12, room - chart.width - 12],
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
        )
    )
    story += heading(t("pdf.summary.pairs"), s.h2, level=1)
    story.append(PairsChart(report.pair_overview, report.scale_min, report.scale_max, t, room))
    story += heading(t("pdf.summary.findings"), s.h2, level=1)
    for finding in report.findings:
        story.append(Paragraph(fonts.markup(finding), s.note, bulletText="•"))
    story += heading(t("pdf.actions.heading"), s.h2, level=1)
    if not report.actions:
        story.append(para(t("pdf.actions.none"), s.body))
    else:
        story.append(actions_table(report.actions[:SUMMARY_ACTIONS], t, room))
        extra = len(report.actions) - SUMMARY_ACTIONS
        if extra > 0:
            story.append(para(t("pdf.summary.more_actions", n=extra), s.small))
    return story


# -- where the team stands ------------------------------------------------------
def standing(report: Report, titles: dict, room: float) -> list[Flowable]:
    """The detail behind page 1's position: the spectrum, the 2×2, the diagnosis."""
    s = styles()
    t = texts(report.language)
    position = report.position
    if not position.has_position:  # page 1 has said all there is: L, M and what is missing
        return []
    story: list[Flowable] = [CondPageBreak(440), *heading(t("pdf.standing.heading"), s.h1)]
    story.append(para(t("pdf.standing.how", min=report.scale_min, max=report.scale_max), s.small))
    scores = (
        t("pdf.standing.leadership_score", score=position.leadership_text)
        + " · "
        + t("pdf.standing.management_score", score=position.management_text)
    )
    story.append(para(scores, s.cell_bold))
    story += heading(t("pdf.standing.spectrum"), s.h2, level=1)
    scale_range = report.scale_max - report.scale_min
    story.append(Spectrum(position.balance, scale_range, position.label_text, room, words=t))
    story.append(Spacer(1, 6))
    balance = t(
        "pdf.standing.balance",
        leadership=position.leadership_text.split(" /")[0],
        management=position.management_text.split(" /")[0],
        band=position.band_text,
    )
    story.append(para(balance, s.small))
    story += heading(t("pdf.standing.quadrant"), s.h2, level=1)
    diagnosis = [para(position.diagnosis, s.body)]
    if position.detail:
        diagnosis.append(para(position.detail, s.body))
    diagnosis += [
        para(t("pdf.standing.argument_heading"), s.h3),
        para(t("pdf.standing.argument"), s.body),
    ]
    chart = QuadrantChart(
        position, titles, report.scale_min, report.scale_max, side=min(190, room * 0.4), words=t
    )
    story.append(
        table(
            [[chart, diagnosis]],
            [chart.width + 14, room - chart.width - 14],
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
        )
    )
    return story


# -- each pair -------------------------------------------------------------------
def _pair_table(pair: PairPart, t: Texts, room: float) -> Table:
    """The two processes side by side, row by row, so their charts share a baseline."""
    s = styles()
    half = room / 2
    inner = half - 16
    legend = max(len(p.rounds) for p in (pair.leadership, pair.management))
    legend = legend if legend > 1 else 0
    columns = []
    for part, ink in ((pair.leadership, LEADERSHIP), (pair.management, MANAGEMENT)):
        chart = Distribution(
            pair.values,
            part.rounds,
            ink,
            top=pair.top,
            step=pair.step,
            words=t,
            width=inner,
            height=100,
            legend_rows=legend,
        )
        mean = part.mean_text
        if part.first_mean_text:
            mean += f" ({part.first_mean_text})"
        facts = [para(mean, s.cell_bold), para(part.stats, s.cell)]
        if part.split:
            facts.append(para(t("pdf.process.split"), s.cell_bold))
        if part.rounds_text:
            facts.append(para(part.rounds_text, s.cell))
        columns.append(
            [
                [para(t(f"pdf.{part.side.value}_caps"), s.small), para(part.title, s.cell_bold)],
                para(part.tagline, s.small),
                chart,
                facts,
            ]
        )
    rows = [list(row) for row in zip(*columns, strict=True)]
    return table(
        rows,
        [half, half],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 2), (-1, 2), "BOTTOM"),
            ("BOX", (0, 0), (0, -1), 0.8, LEADERSHIP),
            ("BOX", (1, 0), (1, -1), 0.8, MANAGEMENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ],
    )


class CountedNote(Flowable):
    """One note with its dot count in the left margin; never split from its count."""

    def __init__(self, text: str, count: str, style, indent: float):
        super().__init__()
        self.count, self.indent = count, indent
        self.para = Paragraph(fonts.markup(text, room=0, size=style.fontSize), style)
        self.spaceAfter = 2

    def wrap(self, avail_width, avail_height):
        _, h = self.para.wrap(avail_width - self.indent, avail_height)
        self.width, self.height = avail_width, h
        return avail_width, h

    def draw(self):
        canv = self.canv
        canv.setFillColor(MUTED)
        fonts.draw(canv, 0, self.height - 10.5, self.count, 8.5, base=fonts.BOLD)
        self.para.drawOn(canv, self.indent, 0)


def note_flowables(groups: tuple[NoteGroup, ...], t: Texts, room: float) -> list[Flowable]:
    s = styles()
    widest = max(
        (fonts.width(n.votes_text, 8.5, fonts.BOLD) for g in groups for n in g.notes), default=0
    )
    indent = widest + 10
    story: list[Flowable] = []
    for group in groups:
        if group.title is not None:
            story.append(para(group.title, s.h3))
        for note in group.notes:
            style = s.note_rtl if note.rtl else s.note_plain
            if note.rtl:  # right-to-left lines are broken before they are reordered
                flow = CountedNote("", note.votes_text, style, indent)
                flow.para = Paragraph(
                    fonts.markup(note.text, room=room - indent, size=style.fontSize), style
                )
            else:
                flow = CountedNote(note.text, note.votes_text, style, indent)
            story.append(flow)
    return story


def pair_pages(report: Report, room: float) -> list[Flowable]:
    s = styles()
    t = texts(report.language)
    story: list[Flowable] = []
    total = len(report.pairs)
    told = False
    for pair in report.pairs:
        block = _pair_table(pair, t, room)
        _, block_h = block.wrap(room, 10_000)
        story += [
            CondPageBreak(block_h + 50),
            *heading(pair.task, s.h1, outline=f"{pair.number}. {pair.task}"),
        ]
        story.append(
            para(t("pdf.pairs.task", number=pair.number, total=total, detail=pair.detail), s.small)
        )
        story.append(block)
        with_notes = [part for part in pair.notes if part.groups]
        if with_notes and not told:
            story.append(para(t("pdf.notes.how_dots"), s.small))
            told = True
        for part in pair.notes:
            if part.groups:
                story += heading(part.heading, s.h2, level=1)
                story += note_flowables(part.groups, t, room)
            else:
                story.append(para(f"{part.heading}: {t('pdf.notes.none')}", s.small))
    return story


def free_panels(report: Report, room: float) -> list[Flowable]:
    """Panels tied to no process of the framework (the parking lot), each a section."""
    s = styles()
    t = texts(report.language)
    story: list[Flowable] = []
    for part in report.free_panels:
        story += [CondPageBreak(90), *heading(part.heading, s.h1)]
        story += note_flowables(part.groups, t, room)
    return story
