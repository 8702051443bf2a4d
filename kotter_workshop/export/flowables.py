"""The small building blocks every PDF section is made of: outline marks, paragraphs of
the room's text, headings and tables."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.tables import TableStyle

from . import fonts

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
