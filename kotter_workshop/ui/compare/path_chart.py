"""The team's path across the 2×2: each session a numbered point, arrows oldest to newest.

Numbers and arrows carry the order, so nothing depends on colour; the quadrant
titles sit in their cells' outer corners, away from the points.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from ...domain.compare import Comparison
from ...domain.framework import Quadrant
from ..charts.base import Chart

# Each quadrant's cell as (column, row): column 1 is strong leadership, row 0 strong management.
CELLS = {
    "over-managed-under-led": (0, 0),
    "leader-managers": (1, 0),
    "under-led-under-managed": (0, 1),
    "over-led-under-managed": (1, 1),
}


class PathChart(Chart):
    """Where each compared session sits, and the path the team took between them."""

    def __init__(self, palette=None, parent=None) -> None:
        super().__init__(palette, parent)
        self.comparison: Comparison | None = None
        self.unit = 0.5  # dialog-sized text: half a projector slide's

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.redraw()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 520)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 320)

    def square(self) -> QRectF:
        axis = self.line_height("body") * 2 + 8
        side = max(0.0, min(self.width() - axis, self.height() - axis) - 8)
        return QRectF(axis, 4, side, side)

    def points(self) -> list[tuple[int, QPointF]]:
        """(session number, where it sits) for each session with a position."""
        if self.comparison is None:
            return []
        square, found = self.square(), []
        for number, session in enumerate(self.comparison.sessions, 1):
            position = session.position()
            if position is not None:
                lx, my = (min(1.0, max(0.0, v)) for v in position)
                found.append(
                    (
                        number,
                        QPointF(
                            square.left() + lx * square.width(),
                            square.bottom() - my * square.height(),
                        ),
                    )
                )
        return found

    def paint(self, painter: QPainter) -> None:
        colours, square = self.colours, self.square()
        half = square.width() / 2
        font = self.text_font("body")
        small = self.text_font("body", px=max(12, round(font.pixelSize() * 0.8)))
        pad = 8
        for quadrant, (column, row) in CELLS.items():
            cell = QRectF(square.left() + column * half, square.top() + row * half, half, half)
            painter.fillRect(cell, colours.color("surface"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colours.color("border"), 2))
            painter.drawRect(cell)
            if self.comparison is not None:
                title = self.comparison.quadrant_title(Quadrant(quadrant))
                across = Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
                up = Qt.AlignmentFlag.AlignTop if row == 0 else Qt.AlignmentFlag.AlignBottom
                flags = int(across | up) | int(Qt.TextFlag.TextWordWrap)
                inner = cell.adjusted(pad, pad, -pad, -pad)
                self.draw_text(painter, inner, flags, title, small, colours.color("muted"))
        self._paint_axes(painter, square, font)
        self._paint_path(painter)

    def _paint_axes(self, painter: QPainter, square: QRectF, font) -> None:
        muted, ink = self.colours.color("muted"), self.colours.color("text")
        scale = self.comparison.scale if self.comparison is not None else None
        low, high = (str(scale.min), str(scale.max)) if scale else ("0%", "100%")
        height = self.line_height("body")
        align = Qt.AlignmentFlag
        below = QRectF(square.left(), square.bottom() + 4, square.width(), height)
        self.draw_text(painter, below, int(align.AlignLeft), low, font, muted)
        self.draw_text(painter, below, int(align.AlignHCenter), self.tr("Leadership →"), font, ink)
        self.draw_text(painter, below, int(align.AlignRight), high, font, muted)
        painter.save()
        painter.translate(square.left() - 4, square.bottom())
        painter.rotate(-90)
        along = QRectF(0, -height, square.height(), height)
        self.draw_text(painter, along, int(align.AlignLeft), low, font, muted)
        self.draw_text(painter, along, int(align.AlignHCenter), self.tr("Management →"), font, ink)
        self.draw_text(painter, along, int(align.AlignRight), high, font, muted)
        painter.restore()

    def _paint_path(self, painter: QPainter) -> None:
        colours, points = self.colours, self.points()
        ink, surface = colours.color("text"), colours.color("surface")
        radius = 15.0
        painter.setPen(QPen(ink, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for (_, start), (_, end) in zip(points, points[1:], strict=False):
            dx, dy = end.x() - start.x(), end.y() - start.y()
            length = math.hypot(dx, dy)
            if length < 2 * radius + 6:  # touching points: the numbers give the order
                continue
            ux, uy = dx / length, dy / length
            tip = QPointF(end.x() - ux * (radius + 2), end.y() - uy * (radius + 2))
            tail = QPointF(start.x() + ux * radius, start.y() + uy * radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawLine(tail, QPointF(tip.x() - ux * 10, tip.y() - uy * 10))
            head = QPainterPath(tip)
            head.lineTo(tip.x() - ux * 14 - uy * 7, tip.y() - uy * 14 + ux * 7)
            head.lineTo(tip.x() - ux * 14 + uy * 7, tip.y() - uy * 14 - ux * 7)
            head.closeSubpath()
            painter.fillPath(head, ink)
        bold = self.text_font("body", bold=True)
        for number, point in points:
            painter.setPen(QPen(ink, 3))
            painter.setBrush(surface)
            painter.drawEllipse(point, radius, radius)
            box = QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
            self.draw_text(painter, box, int(Qt.AlignmentFlag.AlignCenter), str(number), bold, ink)
