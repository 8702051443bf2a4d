"""What the charts share: palette, room unit, hatching, and text recorded as it is drawn."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme
from ..i18n import RoomText
from ..theme import Palette, role_font


@dataclass(frozen=True)
class DrawnText:
    """One text of the last paint: what it said, where its ink sits, its size and weight."""

    text: str
    rect: QRectF
    px: int
    bold: bool


def blend(colour: QColor, toward: QColor, share: float) -> QColor:
    """``colour`` moved ``share`` of the way to ``toward`` (0 keeps it, 1 replaces it)."""
    return QColor.fromRgbF(
        colour.redF() + (toward.redF() - colour.redF()) * share,
        colour.greenF() + (toward.greenF() - colour.greenF()) * share,
        colour.blueF() + (toward.blueF() - colour.blueF()) * share,
    )


def paint_hatch(
    painter: QPainter,
    rect: QRectF,
    colour: QColor,
    unit: float,
    style: Qt.BrushStyle = Qt.BrushStyle.BDiagPattern,
) -> None:
    """Fill ``rect`` with diagonal lines ("/", or "/" and "\\" for DiagCrossPattern).

    Qt's own pattern brushes draw 1-pixel lines on an 8-pixel grid whatever the
    brush transform, too faint to see from the back of the room, so the lines
    are drawn here, as thick and as far apart as the room unit says.
    """
    step, width = 18 * unit, max(1.0, 4 * unit)
    height = rect.height()
    first = math.floor((rect.left() - height) / step) * step
    lines = []
    x = first
    while x <= rect.right():
        lines.append(QLineF(x, rect.bottom(), x + height, rect.top()))
        if style == Qt.BrushStyle.DiagCrossPattern:
            lines.append(QLineF(x, rect.top(), x + height, rect.bottom()))
        x += step
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLines(lines)
    painter.restore()


class Chart(RoomText, QWidget):
    """A chart widget: call ``set_unit`` from the slide's ``on_unit``, then paint.

    Its slide sets ``room_language``, so its own words follow the session's language."""

    def __init__(self, palette: Palette | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = palette or theme.palette()
        self.unit = 1.0
        self.drawn: list[DrawnText] = []
        self._image: QPixmap | None = None
        self._image_key: tuple[int, int, float] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_unit(self, unit: float) -> None:
        """Size text, lines and gaps for a slide whose room unit is ``unit``."""
        if abs(unit - self.unit) > 1e-6:
            self.unit = unit
            self.updateGeometry()
            self.redraw()

    def set_palette(self, palette: Palette) -> None:
        self.colours = palette
        self.redraw()

    # -- for subclasses --------------------------------------------------------
    def room(self, px: float) -> float:
        """A length given in 1080p pixels, at this chart's room unit."""
        return px * self.unit

    def text_font(self, role: str = "body", *, bold: bool = False, px: int | None = None) -> QFont:
        font = role_font(self.font(), role, self.unit)
        if bold:
            font.setWeight(QFont.Weight.Bold)
        if px is not None:
            font.setPixelSize(px)
        return font

    def line_height(self, role: str = "body") -> float:
        return QFontMetricsF(self.text_font(role)).height()

    def text_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font).horizontalAdvance(text)

    def draw_text(
        self,
        painter: QPainter,
        rect: QRectF,
        flags: int | Qt.AlignmentFlag,
        text: str,
        font: QFont,
        colour: QColor,
    ) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, flags, text)
        ink = QFontMetricsF(font).boundingRect(rect, int(flags), text)
        ink = painter.transform().mapRect(ink)  # in widget coordinates, even when rotated
        self.drawn.append(
            DrawnText(text, ink, font.pixelSize(), font.weight() >= QFont.Weight.Bold)
        )

    def redraw(self) -> None:
        """Draw the chart afresh at the next paint (after a change of data, unit or palette)."""
        self._image = None
        self.update()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._image = None
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The chart is drawn once into a pixmap and replayed on every expose: a repaint
        # then costs one call into Qt instead of a hundred from Python.
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio)
        if self._image is None or self._image_key != key:
            self._image, self._image_key = self._draw(ratio), key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._image)
        painter.end()

    def _draw(self, ratio: float) -> QPixmap:
        image = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        self.drawn = []
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter)
        painter.end()
        return image

    def paint(self, painter: QPainter) -> None:
        raise NotImplementedError
