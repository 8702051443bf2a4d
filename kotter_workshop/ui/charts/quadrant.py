"""The quadrant map: leadership across, management up, and where the team sits."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from .base import Chart, blend, paint_hatch

# Each quadrant's cell as (column, row): column 1 is strong leadership, row 0 strong management.
CELLS = {
    "over-managed-under-led": (0, 0),
    "leader-managers": (1, 0),
    "under-led-under-managed": (0, 1),
    "over-led-under-managed": (1, 1),
}
WRAP = int(Qt.TextFlag.TextWordWrap)
SMALLEST_SHARE = 0.8  # a title may shrink to fit its cell, but no further
ROOM_FLOOR = 32  # ... and never below the room's floor for body text
NO_BREAK_HYPHEN = "\u2011"
AXIS_SMALLEST_SHARE = 0.6  # axis words shrink this far before they would overlap
LAST_RESORT_SHARE = 0.6  # a title too long for its cell shrinks this far before it clips
RING, HALO = 26, 14  # the team's point: its ring's radius and the light halo's width


class QuadrantMap(Chart):
    """A square 2×2 map split at the scale's midpoint, the team's cell and point marked.

    The team's cell has a thick outline, a hatch fill and a bold title, so it
    stands out without colour; the point is a filled circle in a ring.
    """

    def __init__(self, palette=None, parent=None) -> None:
        super().__init__(palette, parent)
        self.leadership: Decimal | None = None
        self.management: Decimal | None = None
        self.scale_min, self.scale_max = 1, 5
        self.quadrant: str | None = None
        self.titles: dict[str, str] = {}
        self.axis_leadership = ""
        self.axis_management = ""

    def set_data(
        self,
        leadership: Decimal | None,
        management: Decimal | None,
        scale_min: int,
        scale_max: int,
        quadrant: str | None,
        titles: dict[str, str],
        axis_leadership: str,
        axis_management: str,
    ) -> None:
        self.leadership, self.management = leadership, management
        self.scale_min, self.scale_max = scale_min, max(scale_max, scale_min + 1)
        self.quadrant = None if quadrant is None else str(quadrant)
        self.titles = {str(k): v for k, v in titles.items()}
        self.axis_leadership, self.axis_management = axis_leadership, axis_management
        self.redraw()

    # -- geometry --------------------------------------------------------------
    def _axis_space(self) -> float:
        return self.line_height("body") + self.room(14)

    def square(self) -> QRectF:
        axis = self._axis_space()
        edge = self.room(6)  # the axis texts' ends must not touch the widget's edges
        side = max(0.0, min(self.width() - axis, self.height() - axis) - edge)
        left = axis + (self.width() - axis - side) / 2
        return QRectF(left, (self.height() - axis - side) / 2, side, side)

    def cell_rect(self, quadrant: str) -> QRectF:
        column, row = CELLS[str(quadrant)]
        square = self.square()
        half = square.width() / 2
        return QRectF(square.left() + column * half, square.top() + row * half, half, half)

    def point(self) -> QPointF | None:
        """Where (L, M) sits on the map, or None without a position."""
        if self.leadership is None or self.management is None:
            return None
        square = self.square()
        span = self.scale_max - self.scale_min

        def share(value: Decimal) -> float:
            return min(1.0, max(0.0, (float(value) - self.scale_min) / span))

        return QPointF(
            square.left() + share(self.leadership) * square.width(),
            square.bottom() - share(self.management) * square.height(),
        )

    def title_rect(self, quadrant: str) -> QRectF:
        pad = self.room(18)
        return self.cell_rect(quadrant).adjusted(pad, pad, -pad, -pad)

    def title_flags(self, quadrant: str) -> int:
        """A title sits in its cell's outer corner, away from the typical point near the middle;
        in the team's cell it moves to the half of the cell the point is not in."""
        column, row = CELLS[str(quadrant)]
        top = row == 0
        point = self.point()
        if str(quadrant) == self.quadrant and point is not None:
            top = point.y() > self.cell_rect(quadrant).center().y()
        across = Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
        up = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignBottom
        return int(across | up) | WRAP

    def point_rect(self) -> QRectF | None:
        """The ink of the team's point, its light halo included."""
        point = self.point()
        if point is None:
            return None
        radius = self.room(RING + HALO / 2)
        return QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)

    def title_lines(self, quadrant: str) -> tuple[QFont, list[tuple[str, QRectF, int]]]:
        """The title as drawn: its font, and each line with the box it is drawn in and its
        alignment. Body size (bold in the team's cell), in the cell's outer corner; a line
        beside the team's point is shortened to pass it, so the point never covers a word.
        The text shrinks to fit if it must, but never below 80% nor the room's floor."""
        font = self.text_font("body", bold=str(quadrant) == self.quadrant)
        rect, flags = self.title_rect(quadrant), self.title_flags(quadrant)
        title = self.titles.get(str(quadrant), "")
        largest = font.pixelSize()
        smallest = max(math.ceil(largest * SMALLEST_SHARE), round(ROOM_FLOOR * self.unit))
        # Lines break at spaces first ("Over-led," / "under-managed", never "under-" /
        # "managed"); only a title that cannot fit that way may break at its hyphens.
        tries = [(title.replace("-", NO_BREAK_HYPHEN), smallest), (title, smallest)]
        tries.append((title, math.ceil(largest * LAST_RESORT_SHARE)))  # better small than cut
        for text, least in tries:
            for px in range(largest, least - 1, -1):
                font.setPixelSize(px)
                lines = self._flow(text, font, rect, flags)
                if lines is not None:
                    return font, lines
        return font, self._flow(title, font, rect, flags, forced=True) or []

    def _flow(
        self, text: str, font: QFont, rect: QRectF, flags: int, forced: bool = False
    ) -> list[tuple[str, QRectF, int]] | None:
        """``text`` in lines inside ``rect``, top or bottom aligned as ``flags`` say, each line
        as wide as the room beside the point allows; None when it does not fit."""
        height = QFontMetricsF(font).lineSpacing()
        most = max(1, int((rect.height() + 0.5) // height))
        if flags & int(Qt.AlignmentFlag.AlignTop):
            starts = [rect.top()]
        else:  # bottom aligned: the fewest lines that hold the text, counted from the bottom
            starts = [rect.bottom() - count * height for count in range(1, most + 1)]
        for top in starts:
            lines = self._lay(text, font, rect, top, height, flags, forced)
            if lines is not None:
                return lines
        return None

    def _lay(self, text, font, rect, top, height, flags, forced):
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        lines, y, done = [], top, not text
        while not done and (y + height <= rect.bottom() + 0.5 or forced):
            left, right = self._span(rect, y, height)
            if right - left < height:  # the point fills this line: pass below it
                y += height
                if y > rect.bottom() and forced:
                    break
                continue
            line = layout.createLine()
            if not line.isValid():
                done = True
                break
            line.setLineWidth(right - left)
            if line.naturalTextWidth() > right - left + 0.5 and not forced:
                break
            start = line.textStart()
            segment = text[start : start + line.textLength()].strip()
            align = flags & int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
            box = QRectF(left, y, right - left, height)
            lines.append((segment, box, align | int(Qt.AlignmentFlag.AlignVCenter)))
            done = start + line.textLength() >= len(text)
            y += height
        layout.endLayout()
        return lines if done or forced else None

    def _span(self, rect: QRectF, y: float, height: float) -> tuple[float, float]:
        """The widest stretch of a line at ``y`` in ``rect`` that the team's point leaves free."""
        ring = self.point_rect()
        gap = self.room(8)
        if ring is None or y + height <= ring.top() - gap or y >= ring.bottom() + gap:
            return rect.left(), rect.right()
        if ring.right() + gap <= rect.left() or ring.left() - gap >= rect.right():
            return rect.left(), rect.right()
        before = (rect.left(), min(rect.right(), ring.left() - gap))
        after = (max(rect.left(), ring.right() + gap), rect.right())
        return max(before, after, key=lambda span: span[1] - span[0])

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        side = round(self.room(700) + self._axis_space())
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        side = round(self.room(480) + self._axis_space())
        return QSize(side, side)

    # -- painting --------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        colours = self.colours
        for quadrant in CELLS:
            cell = self.cell_rect(quadrant)
            team = quadrant == self.quadrant
            painter.fillRect(cell, colours.color("surface"))
            if team:
                tint = blend(colours.color("muted"), colours.color("surface"), 0.45)
                paint_hatch(painter, cell, tint, self.unit)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colours.color("border"), self.room(3)))
            painter.drawRect(cell)
            font, lines = self.title_lines(quadrant)
            metrics = QFontMetricsF(font)
            if team:  # the hatching stops short of the title, which stays easy to read
                pad = self.room(8)
                for text, box, align in lines:
                    ink = metrics.boundingRect(box, align, text)
                    painter.fillRect(ink.adjusted(-pad, -pad, pad, pad), colours.color("surface"))
            colour = colours.color("text" if team else "muted")
            for text, box, align in lines:
                self.draw_text(painter, box, align, text, font, colour)
        if self.quadrant in CELLS:
            width = self.room(10)
            cell = self.cell_rect(self.quadrant)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colours.color("text"), width, Qt.PenStyle.SolidLine))
            painter.drawRect(cell.adjusted(width / 2, width / 2, -width / 2, -width / 2))
        self._paint_axes(painter)
        self._paint_point(painter)

    def axis_font(self) -> QFont:
        """Body text, unless "weak", the axis name and "strong" would then overlap on the
        square's side (a long name, a small window): then as much smaller as they need."""
        font = self.text_font("body")
        length = self.square().width()
        weak, strong = self.tr("weak"), self.tr("strong")
        smallest = math.ceil(font.pixelSize() * AXIS_SMALLEST_SHARE)
        for px in range(font.pixelSize(), smallest - 1, -1):
            font.setPixelSize(px)
            gap = self.room(16)
            words = [weak, strong, self.axis_leadership, self.axis_management]
            # the name is centred, "weak" and "strong" sit at the ends
            end = max(self.text_width(weak, font), self.text_width(strong, font))
            name = max(
                self.text_width(self.axis_leadership, font),
                self.text_width(self.axis_management, font),
            )
            if end + gap + name / 2 <= length / 2 or not all(words):
                break
        return font

    def _paint_axes(self, painter: QPainter) -> None:
        square = self.square()
        font = self.axis_font()
        height = self.line_height("body")
        muted, ink = self.colours.color("muted"), self.colours.color("text")
        align = Qt.AlignmentFlag
        weak, strong = self.tr("weak"), self.tr("strong")
        below = QRectF(square.left(), square.bottom() + self.room(8), square.width(), height)
        self.draw_text(painter, below, int(align.AlignLeft), weak, font, muted)
        self.draw_text(painter, below, int(align.AlignHCenter), self.axis_leadership, font, ink)
        self.draw_text(painter, below, int(align.AlignRight), strong, font, muted)
        # The management axis reads upwards along the left edge.
        painter.save()
        painter.translate(square.left() - self.room(8), square.bottom())
        painter.rotate(-90)
        along = QRectF(0, -height, square.height(), height)
        self.draw_text(painter, along, int(align.AlignLeft), weak, font, muted)
        self.draw_text(painter, along, int(align.AlignHCenter), self.axis_management, font, ink)
        self.draw_text(painter, along, int(align.AlignRight), strong, font, muted)
        painter.restore()

    def _paint_point(self, painter: QPainter) -> None:
        point = self.point()
        if point is None:
            return
        colours = self.colours
        ring, dot = self.room(RING), self.room(14)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours.color("surface"), self.room(HALO)))
        painter.drawEllipse(point, ring, ring)
        painter.setPen(QPen(colours.color("text"), self.room(6)))
        painter.drawEllipse(point, ring, ring)
        painter.setPen(QPen(colours.color("surface"), self.room(3)))
        painter.setBrush(colours.color("accent"))
        painter.drawEllipse(point, dot, dot)
