"""The comparison PDF: a team's sessions over time, as a path across the 2×2 and a table.

Same paper, fonts and rules as the summary: every font embedded, "Page X of
Y", an outline and metadata. When the sessions use different scales, every
number is on the normalised 0–100% scale and the PDF says so in words.
"""

from __future__ import annotations

import math
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from .. import __version__
from ..domain.compare import Comparison
from ..domain.framework import Quadrant
from ..domain.texts import texts
from . import fonts
from .compare_report import movement, scales_note, session_name, span
from .compare_report import rows as compare_rows
from .compare_report import title as compare_title
from .document import _Canvas
from .drawings import quadrant_frame
from .flowables import heading, para, table
from .styles import INK, LEADERSHIP_TINT, MANAGEMENT_TINT, MARGIN, MUTED, PANEL, RULE, paper_size
from .styles import styles as base_styles

COLUMNS = 3  # sessions per table, so a quadrant title fits its cell; more continue below


ARROW_MIN = 22  # points closer than this touch: their numbers say the order, no arrow


class PathChart(Flowable):
    """The 2×2 with each session as a numbered point, joined by arrows oldest to newest."""

    def __init__(self, comparison: Comparison, side: float = 280):
        super().__init__()
        self.comparison, self.side, self.axis = comparison, side, 34
        self.width = self.height = side + self.axis

    def points(self) -> list[tuple[int, float, float]]:
        """(number, x, y) of every session with a position, oldest first."""
        axis, side = self.axis, self.side
        points = []
        for number, session in enumerate(self.comparison.sessions, 1):
            position = session.position()
            if position is not None:
                lx, my = (max(0.0, min(1.0, v)) for v in position)
                points.append((number, axis + lx * side, axis + my * side))
        return points

    def arrows(self) -> tuple[int, int]:
        """How many steps between points get an arrow, and how many are too short for one."""
        points = self.points()
        steps = list(zip(points, points[1:], strict=False))
        drawn = sum(1 for a, b in steps if math.hypot(b[1] - a[1], b[2] - a[2]) >= ARROW_MIN)
        return drawn, len(steps) - drawn

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canv, side, axis, half = self.canv, self.side, self.axis, self.side / 2
        cells = {
            Quadrant.OVER_MANAGED: (axis, axis + half),
            Quadrant.LEADER_MANAGERS: (axis + half, axis + half),
            Quadrant.UNDER_BOTH: (axis, axis),
            Quadrant.OVER_LED: (axis + half, axis),
        }
        s = base_styles()
        t = texts(self.comparison.language)
        for quadrant, (x, y) in cells.items():
            canv.setFillColor(PANEL)
            canv.rect(x, y, half, half, stroke=0, fill=1)
            title = para(self.comparison.quadrant_title(quadrant), s.small)
            _, h = title.wrap(half - 12, half)
            title.drawOn(canv, x + 6, y + half - 2 - h)
        quadrant_frame(canv, axis, side)
        scale = self.comparison.scale
        low, high = (str(scale.min), str(scale.max)) if scale else ("0%", "100%")
        canv.setFillColor(MUTED)
        fonts.draw(canv, axis, axis - 12, low, 8.5, anchor="middle")
        fonts.draw(canv, axis + side, axis - 12, high, 8.5, anchor="middle")
        fonts.draw(
            canv, axis + half, axis - 26, t("pdf.charts.leadership_axis"), 9.5, anchor="middle"
        )
        fonts.draw(canv, axis - 5, axis + side - 4, high, 8.5, anchor="end")
        fonts.draw(canv, axis - 5, axis - 1, low, 8.5, anchor="end")
        canv.saveState()
        canv.translate(axis - 14, axis + half)
        canv.rotate(90)
        fonts.draw(canv, 0, 0, t("pdf.charts.management_axis"), 9.5, anchor="middle")
        canv.restoreState()
        points = self.points()
        self._arrows(points)
        for number, x, y in points:
            canv.setFillColor(colors.white)
            canv.setStrokeColor(INK)
            canv.setLineWidth(1.5)
            canv.circle(x, y, 9, stroke=1, fill=1)
            canv.setFillColor(INK)
            fonts.draw(canv, x, y - 3.5, str(number), 10, base=fonts.BOLD, anchor="middle")

    def _arrows(self, points):
        canv = self.canv
        canv.setStrokeColor(INK)
        canv.setFillColor(INK)
        canv.setLineWidth(1.6)
        for (_, x1, y1), (_, x2, y2) in zip(points, points[1:], strict=False):
            length = math.hypot(x2 - x1, y2 - y1)
            if length < ARROW_MIN:  # the points touch: the numbers say the order
                continue
            ux, uy = (x2 - x1) / length, (y2 - y1) / length
            sx, sy = x1 + ux * 10, y1 + uy * 10
            ex, ey = x2 - ux * 11, y2 - uy * 11
            canv.line(sx, sy, ex - ux * 6, ey - uy * 6)
            head = canv.beginPath()
            head.moveTo(ex, ey)
            head.lineTo(ex - ux * 8 - uy * 4.5, ey - uy * 8 + ux * 4.5)
            head.lineTo(ex - ux * 8 + uy * 4.5, ey - uy * 8 - ux * 4.5)
            head.close()
            canv.drawPath(head, stroke=0, fill=1)


def _legend(comparison: Comparison, room: float) -> list[Flowable]:
    s = base_styles()
    t = texts(comparison.language)
    rows = []
    for number, session in enumerate(comparison.sessions, 1):
        where = (
            comparison.quadrant_title(session.quadrant)
            if session.quadrant is not None
            else t("compare.no_position")
        )
        rows.append(
            [
                para(str(number), s.cell_bold),
                [
                    para(session_name(session, comparison.language), s.cell_bold, room=room - 30),
                    para(where, s.cell),
                ],
            ]
        )
    return [
        table(
            rows,
            [22, room - 22],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ],
        )
    ]


def comparison_tables(comparison: Comparison, room: float) -> list[Flowable]:
    s = base_styles()
    c_language = comparison.language
    t = texts(comparison.language)
    rows = compare_rows(comparison)
    sessions = list(enumerate(comparison.sessions, 1))
    story: list[Flowable] = []
    tables = -(-len(sessions) // COLUMNS)
    size = -(-len(sessions) // tables)  # 4 sessions: two tables of two, not three and one
    for start in range(0, len(sessions), size):
        chunk = sessions[start : start + size]
        last = start + size >= len(sessions)
        name_w = 120
        # As wide as its heading ("Veränderung" must not break mid-word), at least 66 pt.
        heading_w = stringWidth(t("compare.change"), s.cell_bold.fontName, s.cell_bold.fontSize)
        change_w = max(66, math.ceil(heading_w) + 14) if last else 0
        col = (room - name_w - change_w) / len(chunk)
        head = [para("", s.cell_bold)]
        head += [
            para(f"{n}. {session_name(session, c_language)}", s.cell_bold, room=col - 8)
            for n, session in chunk
        ]
        if last:
            head.append(para(t("compare.change"), s.cell_bold))
        data = [head]
        grid = [
            ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        for r, (name, values, change, tint) in enumerate(rows, 1):
            line = [para(name, s.cell_bold, room=name_w - 8)]
            line += [para(v, s.cell, room=col - 8) for v in values[start : start + len(chunk)]]
            if last:
                line.append(para(change, s.cell))
            data.append(line)
            if tint == "L":
                grid.append(("BACKGROUND", (0, r), (0, r), LEADERSHIP_TINT))
            elif tint == "M":
                grid.append(("BACKGROUND", (0, r), (0, r), MANAGEMENT_TINT))
        widths = [name_w] + [col] * len(chunk) + ([change_w] if last else [])
        story += [table(data, widths, grid, repeat=1), Spacer(1, 10)]
    story.append(para(t("compare.table_note"), s.small))
    return story


def write_comparison_pdf(
    comparison: Comparison,
    stream: BinaryIO,
    *,
    paper: str | None = None,
    invariant: bool = False,
) -> None:
    """Write the comparison to a binary stream as a PDF."""
    fonts.register_base_fonts()
    pagesize = paper_size(paper)
    room = pagesize[0] - 2 * MARGIN
    s = base_styles()
    t = texts(comparison.language)
    title = compare_title(comparison)
    doc = BaseDocTemplate(
        stream,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=fonts.clean(title),
        author=fonts.clean(
            ", ".join(dict.fromkeys(x.facilitator for x in comparison.sessions if x.facilitator))
        ),
        subject=fonts.clean(
            "; ".join(session_name(x, comparison.language) for x in comparison.sessions)
        ),
        creator=f"Kotter Workshop {__version__}",
        keywords=[k.strip() for k in t("compare.keywords").split(",")],
        lang=comparison.language,
        invariant=1 if invariant else 0,
        initialFontName=fonts.SANS,
        pageCompression=1,
    )
    frame = Frame(MARGIN, MARGIN, room, pagesize[1] - 2 * MARGIN, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates([PageTemplate("page", frames=[frame])])

    story: list[Flowable] = [*heading(title, s.title, outline=t("compare.title"))]
    story.append(para(span(comparison), s.subtitle))
    story.append(para(scales_note(comparison), s.callout if comparison.normalised else s.body))
    story.append(para(movement(comparison), s.body))
    story += heading(t("compare.path_heading"), s.h2, level=1)
    chart = PathChart(comparison, side=min(280, room * 0.55))
    legend_room = room - chart.width - 16
    story.append(
        table(
            [[chart, _legend(comparison, legend_room)]],
            [chart.width + 16, legend_room],
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
        )
    )
    drawn, short = chart.arrows()
    note = "compare.path_note" if not short else "compare.path_note_some"
    if short and not drawn:
        note = "compare.path_note_close"
    story.append(para(t(note), s.small))
    story += heading(t("compare.by_session"), s.h2, level=1)
    story += comparison_tables(comparison, room)

    def canvasmaker(*args, **kwargs):
        canvas = _Canvas(*args, **kwargs)
        canvas.footer_left = title
        canvas.page_text = t("pdf.page", number="{number}", total="{total}")
        return canvas

    doc.build(story, canvasmaker=canvasmaker)
