"""The summary's charts as platypus flowables: the spectrum and the quadrant.

Each chart says everything in words and patterns as well as in colour: the
team's cell is hatched and titled in bold, rounds differ by fill pattern
and are named in a legend, every bar carries its count.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from ..domain.framework import Quadrant
from ..domain.texts import Texts, number_text, texts
from . import fonts
from .report import Position, signed_tenths
from .styles import INK, LEADERSHIP_TINT, MANAGEMENT_TINT, MUTED, PANEL, RULE, styles


def signed(number: Decimal | int, language: str | None) -> str:
    """'+1.1', '0', '−1.1' with a true minus sign ('−1,1' in German)."""
    return number_text(number, language, signed=True)


def _hatch(canv, x: float, y: float, w: float, h: float, ink, step: float = 5, kind="diagonal"):
    """Fill a rectangle with a line pattern, clipped to it."""
    canv.saveState()
    path = canv.beginPath()
    path.rect(x, y, w, h)
    canv.clipPath(path, stroke=0, fill=0)
    canv.setStrokeColor(ink)
    canv.setLineWidth(0.8)
    if kind == "dots":
        canv.setFillColor(ink)
        row = 0
        yy = y + step / 2
        while yy < y + h:
            xx = x + (step / 2 if row % 2 else 0) + step / 4
            while xx < x + w:
                canv.circle(xx, yy, 0.9, stroke=0, fill=1)
                xx += step
            yy += step / 1.4
            row += 1
    else:
        offset = -h
        while offset < w:
            canv.line(x + offset, y, x + offset + h, y + h)
            offset += step
    canv.restoreState()


def quadrant_frame(canv, axis: float, side: float) -> None:
    """The 2×2's square and its dashed midlines, from ``axis`` to ``axis + side``."""
    half = side / 2
    canv.setStrokeColor(MUTED)
    canv.setLineWidth(1)
    canv.rect(axis, axis, side, side, stroke=1, fill=0)
    canv.setDash(3, 2)
    canv.line(axis + half, axis, axis + half, axis + side)
    canv.line(axis, axis + half, axis + side, axis + half)
    canv.setDash()


class Spectrum(Flowable):
    """The balance (displayed L − displayed M) on a bar from −range to +range."""

    def __init__(
        self,
        balance: Decimal | None,
        scale_range: int,
        label: str,
        width: float,
        words: Texts | None = None,
    ):
        super().__init__()
        self.words = words or texts(None)
        self.balance, self.range, self.label = balance, max(1, scale_range), label
        self.width, self.height = width, 100

    def wrap(self, avail_width, avail_height):
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def _x(self, value: float) -> float:
        pad = 18
        share = (value + self.range) / (2 * self.range)
        return pad + max(0.0, min(1.0, share)) * (self.width - 2 * pad)

    def draw(self):
        canv = self.canv
        bar_y, bar_h = 38, 22
        left, mid, right = self._x(-self.range), self._x(0), self._x(self.range)
        canv.setFillColor(MANAGEMENT_TINT)
        canv.rect(left, bar_y, mid - left, bar_h, stroke=0, fill=1)
        canv.setFillColor(LEADERSHIP_TINT)
        canv.rect(mid, bar_y, right - mid, bar_h, stroke=0, fill=1)
        band_l, band_r = self._x(-self.range / 8), self._x(self.range / 8)
        canv.setFillColor(colors.white)
        canv.rect(band_l, bar_y, band_r - band_l, bar_h, stroke=0, fill=1)
        _hatch(canv, band_l, bar_y, band_r - band_l, bar_h, RULE)
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(1)
        canv.rect(left, bar_y, right - left, bar_h, stroke=1, fill=0)
        canv.line(band_l, bar_y, band_l, bar_y + bar_h)
        canv.line(band_r, bar_y, band_r, bar_y + bar_h)
        canv.setFillColor(MUTED)
        for n in range(-self.range, self.range + 1):
            x = self._x(n)
            canv.line(x, bar_y, x, bar_y - 4)
            fonts.draw(canv, x, bar_y - 14, signed(n, self.words.language), 8.5, anchor="middle")
        t = self.words
        fonts.draw(canv, left, 4, t("pdf.charts.leans_management"), 9.5)
        middle = (band_l + band_r) / 2
        fonts.draw(canv, middle, 4, t("pdf.charts.balanced"), 9.5, anchor="middle")
        fonts.draw(canv, right, 4, t("pdf.charts.leans_leadership"), 9.5, anchor="end")
        canv.setFillColor(INK)
        if self.balance is None:
            fonts.draw(canv, self.width / 2, bar_y + bar_h + 14, self.label, 11, anchor="middle")
            return
        x = self._x(float(self.balance))
        canv.setStrokeColor(INK)
        canv.setLineWidth(2.5)
        canv.line(x, bar_y - 2, x, bar_y + bar_h + 2)
        tip = bar_y + bar_h + 3
        path = canv.beginPath()
        path.moveTo(x, tip)
        path.lineTo(x - 7, tip + 11)
        path.lineTo(x + 7, tip + 11)
        path.close()
        canv.drawPath(path, stroke=0, fill=1)
        text = t(
            "pdf.charts.balance", balance=signed_tenths(self.balance, t.language), label=self.label
        )
        size = 11
        room = fonts.width(text, size, fonts.BOLD) / 2 + 2
        centre = max(room, min(self.width - room, x))
        fonts.draw(canv, centre, tip + 17, text, size, base=fonts.BOLD, anchor="middle")


class QuadrantChart(Flowable):
    """The 2×2 of leadership (across) and management (up), with the team's point.

    The team's cell is hatched and titled "(you are here)" only when the
    position asserts a quadrant; on a dividing line no cell is. The point's
    label stays inside the cell the point is drawn in. ``small``: the
    executive page's version, its cell titles only where they fit whole.
    """

    def __init__(
        self,
        position: Position,
        titles: dict,
        low: int,
        high: int,
        side: float = 240,
        words: Texts | None = None,
        small: bool = False,
    ):
        super().__init__()
        self.words = words or texts(None)
        self.position, self.titles, self.side = position, titles, side
        self.low, self.high, self.small = low, high, small
        self.axis = 30
        self.width, self.height = side + self.axis, side + self.axis

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def _titles_fit(self, room: float, size: float) -> bool:
        return all(
            fonts.width(word, size, fonts.BOLD) <= room
            for text in self.titles.values()
            for word in f"{text} {self.words('pdf.charts.you_are_here')}".split()
        )

    def _title(self, text, base, ours, size, x, y, point):
        """A cell's title, and the height it is drawn at: at the top, or for the team's cell
        wherever (and as small as, down to 8 pt) it keeps clear of the point."""
        half = self.side / 2
        options = [z for z in (size, 9, 8.5, 8) if z <= size] if ours and point else [size]
        best = None
        for z in dict.fromkeys(options):
            style = styles().cell_bold if ours else styles().cell
            if z != style.fontSize:
                style = style.clone(f"{style.name}-{z}", fontSize=z, leading=z + 2.5)
            para = Paragraph(fonts.markup(text, base=base, room=half - 12, size=z), style)
            _, h = para.wrap(half - 12, half)
            top = y + half - 6 - h
            if not (ours and point):
                return para, h, top
            for at in (top, y + 6):  # clear when the point (radius 8) misses the title's band
                if point[1] + 8 < at - 1 or point[1] - 8 > at + h + 1:
                    return para, h, at
            best = best or (para, h, top)
        return best

    def _point(self) -> tuple[float, float] | None:
        """Where the team's point is drawn, or None without a position."""
        if not self.position.has_position:
            return None

        def at(value: Decimal) -> float:
            share = (float(value) - self.low) / max(1, self.high - self.low)
            return self.axis + max(0.0, min(1.0, share)) * self.side

        return at(self.position.leadership), at(self.position.management)

    def draw(self):
        canv, side, axis = self.canv, self.side, self.axis
        half = side / 2
        cells = {
            Quadrant.OVER_MANAGED: (axis, axis + half),
            Quadrant.LEADER_MANAGERS: (axis + half, axis + half),
            Quadrant.UNDER_BOTH: (axis, axis),
            Quadrant.OVER_LED: (axis + half, axis),
        }
        ours = self.position.quadrant
        point = self._point()
        title_low = (
            False  # the team's cell moves its title to its foot when the point is at its top
        )
        sizes = (8,) if self.small else (9.5, 9, 8.5, 8)
        size = next((z for z in sizes if self._titles_fit(half - 12, z)), None)
        show_titles = size is not None
        for quadrant, (x, y) in cells.items():
            canv.setFillColor(PANEL if quadrant is not ours else colors.white)
            canv.rect(x, y, half, half, stroke=0, fill=1)
            if quadrant is ours:
                _hatch(canv, x, y, half, half, RULE, step=7)
            if not show_titles:
                continue
            base = fonts.BOLD if quadrant is ours else fonts.SANS
            text = self.titles.get(quadrant, str(quadrant))
            if quadrant is ours:
                text += " " + self.words("pdf.charts.you_are_here")
            para, h, at = self._title(text, base, quadrant is ours, size, x, y, point)
            title_low = title_low or (quadrant is ours and at < y + half / 2)
            para.drawOn(canv, x + 6, at)
        quadrant_frame(canv, axis, side)
        if ours is not None:
            canv.setStrokeColor(INK)
            canv.setLineWidth(2)
            x, y = cells[ours]
            canv.rect(x, y, half, half, stroke=1, fill=0)
        canv.setFillColor(MUTED)
        fonts.draw(canv, axis, axis - 12, str(self.low), 8.5, anchor="middle")
        fonts.draw(canv, axis + side, axis - 12, str(self.high), 8.5, anchor="middle")
        words = self.words
        fonts.draw(
            canv, axis + half, axis - 24, words("pdf.charts.leadership_axis"), 9, anchor="middle"
        )
        fonts.draw(canv, axis - 5, axis + side - 4, str(self.high), 8.5, anchor="end")
        fonts.draw(canv, axis - 5, axis - 1, str(self.low), 8.5, anchor="end")
        canv.saveState()
        canv.translate(axis - 10, axis + half)
        canv.rotate(90)
        fonts.draw(canv, 0, 0, words("pdf.charts.management_axis"), 9, anchor="middle")
        canv.restoreState()
        position = self.position
        if point is None:
            return
        lead, manage = position.leadership, position.management
        px, py = point
        canv.setFillColor(colors.white)
        canv.circle(px, py, 8, stroke=0, fill=1)
        canv.setFillColor(INK)
        canv.setStrokeColor(INK)
        canv.circle(px, py, 5.5 if not self.small else 4.5, stroke=1, fill=1)
        label = words(
            "pdf.charts.point",
            leadership=number_text(lead, words.language),
            management=number_text(manage, words.language),
        )
        size = 8.5 if self.small else 9
        w = fonts.width(label, size, fonts.BOLD)
        # the cell the point is drawn in (on a line: the upper or right one)
        cx = axis if px < axis + half else axis + half
        cy = axis if py < axis + half else axis + half
        lx = px + 10 if px + 10 + w <= cx + half - 2 else px - 10 - w
        lx = max(cx + 2, min(lx, cx + half - 2 - w))
        # beside the point, on the side away from the cell's title
        ly = py + 9 if title_low else py - 9 - size
        ly = max(cy + 3, min(ly, cy + half - 2 - size))
        canv.setFillColor(colors.white)
        canv.rect(lx - 2, ly - 3, w + 4, size + 4, stroke=0, fill=1)
        canv.setFillColor(INK)
        fonts.draw(canv, lx, ly, label, size, base=fonts.BOLD)
