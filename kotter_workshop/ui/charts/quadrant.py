"""The quadrant map: leadership across, management up, and where the team sits."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

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

    def title_places(self, quadrant: str) -> list[tuple[QRectF, int]]:
        """Where a title may go, best first: its cell's corner, or where the cell has room
        above, below or beside the team's point when the point is in the way (a large text
        size fills the cell, and the point must never cover a word)."""
        rect, flags = self.title_rect(quadrant), self.title_flags(quadrant)
        ring = self.point_rect()
        if ring is None or not ring.intersects(rect):
            return [(rect, flags)]
        gap = self.room(8)
        align = Qt.AlignmentFlag
        across = flags & int(align.AlignLeft | align.AlignRight)
        vertical = flags & int(align.AlignTop | align.AlignBottom)
        above = (
            QRectF(rect.left(), rect.top(), rect.width(), ring.top() - gap - rect.top()),
            across | int(align.AlignTop),
        )
        below = (
            QRectF(
                rect.left(), ring.bottom() + gap, rect.width(), rect.bottom() - ring.bottom() - gap
            ),
            across | int(align.AlignBottom),
        )
        left = (
            QRectF(rect.left(), rect.top(), ring.left() - gap - rect.left(), rect.height()),
            int(align.AlignLeft) | vertical,
        )
        right = (
            QRectF(
                ring.right() + gap, rect.top(), rect.right() - ring.right() - gap, rect.height()
            ),
            int(align.AlignRight) | vertical,
        )
        vertical_first = [above, below] if vertical & int(align.AlignTop) else [below, above]
        beside_first = [left, right] if across & int(align.AlignLeft) else [right, left]
        places = vertical_first + beside_first
        return [(r, f | WRAP) for r, f in places if r.width() > 0 and r.height() > 0]

    def title_layout(self, quadrant: str) -> tuple[str, QFont]:
        text, font, _rect, _flags = self.title_placed(quadrant)
        return text, font

    def title_placed(self, quadrant: str) -> tuple[str, QFont, QRectF, int]:
        """The title as drawn, its font and where: body size (bold in the team's cell), shrunk
        to fit its place if it must, but never below 80% nor the room's floor."""
        font = self.text_font("body", bold=str(quadrant) == self.quadrant)
        places = self.title_places(quadrant)
        title = self.titles.get(str(quadrant), "")
        largest = font.pixelSize()
        smallest = max(math.ceil(largest * SMALLEST_SHARE), round(ROOM_FLOOR * self.unit))
        # Lines break at spaces first ("Over-led," / "under-managed", never "under-" /
        # "managed"); only a title that cannot fit that way may break at its hyphens.
        tries = [(title.replace("-", NO_BREAK_HYPHEN), smallest), (title, smallest)]
        tries.append((title, math.ceil(largest * LAST_RESORT_SHARE)))  # better small than cut
        for text, least in tries:
            best: tuple[int, QRectF, int] | None = None
            for rect, flags in places:  # the largest text wins; a tie keeps the earlier place
                for px in range(largest, least - 1, -1):
                    if best is not None and px <= best[0]:
                        break
                    font.setPixelSize(px)
                    ink = QFontMetricsF(font).boundingRect(rect, flags, text)
                    if ink.width() <= rect.width() + 0.5 and ink.height() <= rect.height() + 0.5:
                        best = (px, rect, flags)
                        break
            if best is not None:
                font.setPixelSize(best[0])
                return text, font, best[1], best[2]
        # Nothing fits at any size: the roomiest place, so the least of it runs over.
        rect, flags = max(places, key=lambda place: place[0].width() * place[0].height())
        return title, font, rect, flags

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
            text, font, rect, flags = self.title_placed(quadrant)
            if team:  # the hatching stops short of the title, which stays easy to read
                ink = QFontMetricsF(font).boundingRect(rect, flags, text)
                pad = self.room(8)
                painter.fillRect(ink.adjusted(-pad, -pad, pad, pad), colours.color("surface"))
            colour = colours.color("text" if team else "muted")
            self.draw_text(painter, rect, flags, text, font, colour)
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
