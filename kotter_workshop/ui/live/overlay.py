"""The join card on the projector: a QR code and the short address, big enough for the back row.

The card sits in a column at the right that the slides keep free while it shows
(:meth:`column_width`, ``ProjectorView.reserve_right``): it never covers a result.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ..theme import room_unit

# Sizes at 1080p, scaled like the slides' text (PRODUCT.md: body text at least 32 px).
QR_SIDE = 360
PAD = 28
CAPTION_PX = 40
TEXT_PX = 32
MARGIN = 32
INK, PAPER = QColor("#000000"), QColor("#FFFFFF")


class JoinOverlay(QWidget):
    """Drawn over whatever its parent shows; clicks pass through to the slide below."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setObjectName("join-overlay")
        self.caption = ""
        self.lines: tuple[str, ...] = ()
        self.detail = ""
        self._code: QImage | None = None  # one pixel a module, scaled up when painted
        self._url = ""
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()

    def show_join(self, url: str, caption: str, detail: str = "") -> None:
        """Show the QR code for ``url``, the address in two lines, a caption and a detail."""
        if url != self._url:
            import segno  # seam: library: on first use: the window opens without it

            self._url = url
            code = segno.make(url, error="m", micro=False)
            self._code = qr_image([[bool(m) for m in row] for row in code.matrix_iter(border=4)])
        host, _, token = url.removeprefix("http://").partition("/")
        self.lines = (f"http://{host}/", token.rstrip("/"))
        self.caption, self.detail = caption, detail
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.update()

    def panel_rect(self) -> QRectF:
        """Where the card sits: at the right edge, halfway down, in the column the slides
        keep free (a timer badge in the bottom corner stays clear of it)."""
        unit = self._unit()
        width = self._card_width(unit)
        mono = QFontMetricsF(self._mono(unit))
        height = (PAD + CAPTION_PX * 1.4 + 12 + QR_SIDE + 12 + PAD) * unit
        height += len(self.lines) * mono.lineSpacing() + (
            TEXT_PX * 1.35 * unit if self.detail else 0
        )
        margin = MARGIN * unit
        top = max(margin, (self.height() - height) / 2)
        return QRectF(self.width() - width - margin, top, width, height)

    def _card_width(self, unit: float) -> float:
        mono = QFontMetricsF(self._mono(unit))
        widest = max((mono.horizontalAdvance(t) for t in self.lines), default=0.0)
        return max(QR_SIDE * unit, widest) + 2 * PAD * unit

    def column_width(self) -> float:
        """The card and its margin to the edge, in 1080p pixels: what the slides keep free."""
        unit = self._unit()
        return self._card_width(unit) / unit + MARGIN

    def _unit(self) -> float:
        return room_unit(max(1, self.width()), max(1, self.height()))

    @staticmethod
    def _mono(unit: float) -> QFont:
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(max(12, round(TEXT_PX * unit)))
        return font

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        if self._code is None:
            return
        unit = self._unit()
        panel = self.panel_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(INK, max(2.0, 3 * unit)))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(panel, 16 * unit, 16 * unit)
        pad = PAD * unit
        y = panel.top() + pad
        caption = QFont()
        caption.setPixelSize(max(12, round(CAPTION_PX * unit)))
        caption.setBold(True)
        painter.setFont(caption)
        painter.setPen(INK)
        line = CAPTION_PX * 1.4 * unit
        painter.drawText(
            QRectF(panel.left(), y, panel.width(), line), Qt.AlignmentFlag.AlignCenter, self.caption
        )
        y += line + 12 * unit
        side = QR_SIDE * unit
        # Scaled without smoothing, each module stays a sharp square. One image
        # rather than a rectangle a module: the card repaints with every phone vote.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QRectF(panel.center().x() - side / 2, y, side, side), self._code)
        y += side + 12 * unit
        mono = self._mono(unit)
        painter.setFont(mono)
        painter.setPen(INK)
        spacing = QFontMetricsF(mono).lineSpacing()
        for text in self.lines:
            painter.drawText(
                QRectF(panel.left(), y, panel.width(), spacing), Qt.AlignmentFlag.AlignCenter, text
            )
            y += spacing
        if self.detail:
            body = QFont()
            body.setPixelSize(max(12, round(TEXT_PX * unit)))
            painter.setFont(body)
            painter.drawText(
                QRectF(panel.left(), y, panel.width(), TEXT_PX * 1.35 * unit),
                Qt.AlignmentFlag.AlignCenter,
                self.detail,
            )
        painter.end()

    def qr_rect(self) -> QRectF:
        """Where the QR code is drawn (for tests that read it back)."""
        unit = self._unit()
        panel = self.panel_rect()
        side = QR_SIDE * unit
        top = panel.top() + (PAD + CAPTION_PX * 1.4 + 12) * unit
        return QRectF(panel.center().x() - side / 2, top, side, side)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


def qr_image(modules: list[list[bool]]) -> QImage:
    """The QR code as a black-on-white image with one pixel a module."""
    image = QImage(len(modules[0]), len(modules), QImage.Format.Format_Grayscale8)
    image.fill(PAPER)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                image.setPixelColor(c, r, INK)
    return image
