"""The PDF document: page template, "Page X of Y", the outline and the metadata.

The canvas keeps each finished page until the whole story is laid out, so
that the footer can say "Page X of Y" in one pass; the outline entries wait
with their pages and are bound to them as the pages are written.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .. import __version__
from ..domain.model import Session
from ..domain.texts import texts
from . import fonts, sections
from .report import build_report
from .styles import MARGIN, MUTED, RULE, paper_size

FOOTER = 22  # points between the bottom of the frame and the footer's baseline


class _Canvas(Canvas):
    """Holds pages back until the end, then writes each with its footer and bookmarks."""

    footer_left = ""
    page_text = "Page {number} of {total}"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []
        self._marks: list[list[tuple[str, str, int, float]]] = [[]]

    def mark(self, title: str, level: int, top: float) -> None:
        """Remember an outline entry at this height of the current page."""
        key = f"s{sum(map(len, self._marks))}"
        self._marks[-1].append((key, title, level, top))

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._held.append(dict(self.__dict__))
        self._marks.append([])
        self._startPage()

    def save(self):
        total = len(self._held)
        outline = []
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            for key, title, level, top in self._marks[number - 1]:
                self.bookmarkPage(key, fit="XYZ", top=top + 24, left=0, zoom=0)
                outline.append((title, key, level))
            self._footer(number, total)
            Canvas.showPage(self)
        level_now = -1
        for title, key, level in outline:
            level = min(level, level_now + 1)  # an outline cannot skip a level
            self.addOutlineEntry(fonts.clean(title).replace("\n", " ") or "–", key, level)
            level_now = level
        if outline:
            self.showOutline()
        Canvas.save(self)

    def _footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        y = MARGIN - FOOTER
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 12, width - MARGIN, y + 12)
        self.setFillColor(MUTED)
        size = 9
        page = self.page_text.format(number=number, total=total)
        room = width - 2 * MARGIN - fonts.width(page, size) - 20
        fonts.draw(self, MARGIN, y, fonts.fit(self.footer_left, size, room), size)
        fonts.draw(self, width - MARGIN, y, page, size, anchor="end")
        self.restoreState()


def write_pdf(
    session: Session, stream: BinaryIO, *, paper: str | None = None, invariant: bool = False
) -> None:
    """Write the session's PDF summary to a binary stream.

    ``paper`` is ``"a4"`` or ``"letter"``; by default the locale's usual paper.
    ``invariant`` makes the bytes depend on the session only (no dates or ids
    from the clock), for tests and reproducible files.
    """
    fonts.register_base_fonts()
    pagesize = paper_size(paper)
    report = build_report(session)
    info = session.info
    t = texts(info.language)
    room = pagesize[0] - 2 * MARGIN

    doc = BaseDocTemplate(
        stream,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=fonts.clean(info.title),
        author=fonts.clean(info.facilitator),
        subject=fonts.clean(report.subject),
        creator=f"Kotter Workshop {__version__}",
        keywords=report.keywords,
        lang=info.language or "en",
        invariant=1 if invariant else 0,
        initialFontName=fonts.SANS,
        initialFontSize=10.5,
        pageCompression=1,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        room,
        pagesize[1] - 2 * MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("page", frames=[frame])])

    story = sections.story(report, room)

    footer = " · ".join(t for t in (info.title, info.team) if t)

    def canvasmaker(*args, **kwargs):
        canvas = _Canvas(*args, **kwargs)
        canvas.footer_left = footer
        canvas.page_text = t("pdf.page", number="{number}", total="{total}")
        return canvas

    doc.build(story, canvasmaker=canvasmaker)
