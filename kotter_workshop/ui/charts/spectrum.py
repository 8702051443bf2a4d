"""The spectrum: where the balance (L − M) sits between management and leadership."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from .base import Chart, blend, paint_hatch

CENTER = int(Qt.AlignmentFlag.AlignCenter)


def signed(number: int) -> str:
    """'+4', '0', '−4' with a true minus sign, as the summary shows balances."""
    return f"{number:+}".replace("-", "−") if number else "0"


class SpectrumBar(Chart):
    """A scale from −range (management, left) to +range (leadership, right).

    The "balanced" band spans ±range/8; a triangle and a line mark the
    balance, with the label text beside them. No balance: no marker, and the
    label (e.g. "not enough votes yet") sits in the middle.
    """

    def __init__(self, palette=None, parent=None) -> None:
        super().__init__(palette, parent)
        self.balance: Decimal | None = None
        self.scale_range = 4
        self.label_text = ""
        self.left_text = ""
        self.right_text = ""

    def set_data(
        self,
        balance: Decimal | None,
        scale_range: int,
        label_text: str,
        left_text: str,
        right_text: str,
    ) -> None:
        self.balance = balance
        self.scale_range = max(1, scale_range)
        self.label_text = label_text
        self.left_text = left_text
        self.right_text = right_text
        self.redraw()

    # -- geometry --------------------------------------------------------------
    def _rows(self) -> tuple[float, float, float, float]:
        """The top of the triangle, the bar, the numbers and the side texts."""
        triangle = self.line_height("heading") + self.room(8)
        bar = triangle + self.room(36)
        numbers = bar + self.room(60) + self.room(6)
        return triangle, bar, numbers, numbers + self.line_height("body")

    def bar_rect(self) -> QRectF:
        font = self.text_font("body")
        widest = max(self.text_width(signed(n), font) for n in (-self.scale_range, 0))
        pad = max(self.room(26), widest / 2 + self.room(2))
        _, top, _, _ = self._rows()
        return QRectF(pad, top, self.width() - 2 * pad, self.room(60))

    def x_of(self, balance: Decimal | float) -> float:
        """The x of a balance, clamped to the scale."""
        bar = self.bar_rect()
        share = (float(balance) + self.scale_range) / (2 * self.scale_range)
        return bar.left() + min(1.0, max(0.0, share)) * bar.width()

    def marker_x(self) -> float | None:
        return None if self.balance is None else self.x_of(self.balance)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(round(self.room(1400)), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        *_, sides = self._rows()
        return QSize(round(self.room(600)), round(sides + self.line_height("body")))

    # -- painting --------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        colours = self.colours
        bar = self.bar_rect()
        surface = colours.color("surface")
        middle = bar.center().x()
        left = QRectF(bar.left(), bar.top(), middle - bar.left(), bar.height())
        right = QRectF(middle, bar.top(), bar.right() - middle, bar.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillRect(left, blend(colours.color("management"), surface, 0.82))
        painter.fillRect(right, blend(colours.color("leadership"), surface, 0.82))
        eighth = self.scale_range / 8
        band = QRectF(
            QPointF(self.x_of(-eighth), bar.top()), QPointF(self.x_of(eighth), bar.bottom())
        )
        painter.fillRect(band, surface)
        paint_hatch(painter, band, blend(colours.color("muted"), surface, 0.35), self.unit)
        painter.setPen(QPen(colours.color("muted"), self.room(3)))
        painter.drawLine(band.topLeft(), band.bottomLeft())
        painter.drawLine(band.topRight(), band.bottomRight())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours.color("border"), self.room(3)))
        painter.drawRect(bar)
        self._paint_scale(painter, bar)
        if self.balance is None:
            where = QRectF(0, 0, self.width(), self._rows()[0])
            self.draw_text(
                painter,
                where,
                CENTER,
                self.label_text,
                self.text_font("heading"),
                colours.color("muted"),
            )
        else:
            self._paint_marker(painter, bar)

    def _paint_scale(self, painter: QPainter, bar: QRectF) -> None:
        font = self.text_font("body")
        _, _, numbers, sides = self._rows()
        height = self.line_height("body")
        painter.setPen(QPen(self.colours.color("muted"), self.room(3)))
        for number in (-self.scale_range, 0, self.scale_range):
            x = self.x_of(number)
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + self.room(10)))
            width = self.text_width(signed(number), font) + self.room(4)
            where = QRectF(x - width / 2, numbers, width, height)
            self.draw_text(painter, where, CENTER, signed(number), font, self.colours.color("text"))
        half = self.width() / 2
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        bold = self.text_font("body", bold=True)
        self.draw_text(
            painter,
            QRectF(0, sides, half, height),
            left,
            self.left_text,
            bold,
            self.colours.color("management"),
        )
        self.draw_text(
            painter,
            QRectF(half, sides, half, height),
            right,
            self.right_text,
            bold,
            self.colours.color("leadership"),
        )

    def _paint_marker(self, painter: QPainter, bar: QRectF) -> None:
        colours = self.colours
        x = self.marker_x()
        top, _, _, _ = self._rows()
        half = self.room(24)
        triangle = QPolygonF(
            [QPointF(x - half, top), QPointF(x + half, top), QPointF(x, bar.top() - self.room(2))]
        )
        ink = colours.color("text")
        # A halo keeps the line visible where it crosses the bar's tints and hatching.
        painter.setPen(QPen(colours.color("surface"), self.room(10)))
        painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
        painter.setPen(QPen(ink, self.room(5)))
        painter.drawLine(
            QPointF(x, bar.top() - self.room(4)), QPointF(x, bar.bottom() + self.room(12))
        )
        painter.setBrush(ink)
        painter.setPen(QPen(ink, self.room(2)))
        painter.drawPolygon(triangle)
        font = self.text_font("heading")
        width = min(self.width(), self.text_width(self.label_text, font) + self.room(4))
        left = min(max(0.0, x - width / 2), self.width() - width)
        where = QRectF(left, 0, width, top - self.room(4))
        self.draw_text(painter, where, CENTER, self.label_text, font, QColor(colours.text))
