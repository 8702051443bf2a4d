"""The vote distribution: one column per scale value, one bar per round."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from .base import Chart, blend, paint_hatch

MAX_ROUNDS = 3
# Patterns of the earlier rounds, the one just before the shown round first.
EARLIER_PATTERNS = (Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.DiagCrossPattern)
CENTER = int(Qt.AlignmentFlag.AlignHCenter)


class DistributionChart(Chart):
    """How many ballots each scale value got, in the shown round and up to two before it.

    Columns have equal widths and no side margins, so a row of buttons laid
    out with equal stretch under the chart lines up with ``column_rect``.
    """

    def __init__(self, palette=None, colour: str = "accent", parent=None) -> None:
        super().__init__(palette, parent)
        self.colour = colour  # a Palette field: "leadership", "management" or "accent"
        self.values: list[int] = []
        self.rounds: dict[int, dict[int, int]] = {}
        self.shown_round = 1
        self.revealed = False

    def set_data(
        self,
        values: list[int],
        rounds: dict[int, dict[int, int]],
        shown_round: int,
        revealed: bool,
    ) -> None:
        """The scale's values, each round's {value: count}, the shown round, and whether
        the results are revealed (hidden results draw only the value axis)."""
        self.values = list(values)
        self.rounds = {r: dict(counts) for r, counts in rounds.items()}
        self.shown_round = shown_round
        self.revealed = revealed
        self.updateGeometry()
        self.redraw()

    # -- geometry --------------------------------------------------------------
    def drawn_rounds(self) -> list[int]:
        """The shown round last, after up to two earlier rounds (later ones stay out)."""
        earlier = sorted(r for r in self.rounds if r < self.shown_round)
        return [*earlier[-(MAX_ROUNDS - 1) :], self.shown_round]

    def has_legend(self) -> bool:
        return len(self.drawn_rounds()) > 1

    def _legend_height(self) -> float:
        return self.line_height("heading") + self.room(16) if self.has_legend() else 0.0

    def _baseline(self) -> float:
        return self.height() - self.line_height("body") - self.room(12)

    def column_rect(self, index: int) -> QRectF:
        width = self.width() / max(1, len(self.values))
        return QRectF(index * width, 0, width, self.height())

    def bar_rect(self, index: int, round_: int) -> QRectF:
        """Where the bar of ``round_`` sits in column ``index`` (zero height for no votes)."""
        rounds = self.drawn_rounds()
        column = self.column_rect(index)
        bar = min(column.width() * 0.8 / len(rounds), self.room(130))
        gap = self.room(6) if len(rounds) > 1 else 0.0
        left = column.center().x() - (bar * len(rounds)) / 2 + rounds.index(round_) * bar
        top_space = self._legend_height() + self.line_height("body") + self.room(6)
        full = max(0.0, self._baseline() - top_space)
        count = self.rounds.get(round_, {}).get(self.values[index], 0)
        height = full * count / self._most()
        return QRectF(left + gap / 2, self._baseline() - height, bar - gap, height)

    def _most(self) -> int:
        counts = [n for r in self.drawn_rounds() for n in self.rounds.get(r, {}).values()]
        return max([1, *counts])

    def bar_pattern(self, round_: int) -> Qt.BrushStyle:
        """Solid for the shown round; a hatch for earlier ones ("/" then crossed)."""
        if round_ == self.shown_round:
            return Qt.BrushStyle.SolidPattern
        age = self.drawn_rounds()[::-1].index(round_)  # 1 = just before the shown round
        return EARLIER_PATTERNS[(age - 1) % len(EARLIER_PATTERNS)]

    def _fill(self, painter: QPainter, rect: QRectF, round_: int) -> None:
        """A bar or a legend swatch in its round's look, outlined in the chart colour."""
        colour = self.colours.color(self.colour)
        pattern = self.bar_pattern(round_)
        if pattern == Qt.BrushStyle.SolidPattern:
            painter.fillRect(rect, colour)
        else:
            # Earlier rounds are lighter: a pale tint under the hatch lines.
            painter.fillRect(rect, blend(colour, QColor(self.colours.surface), 0.85))
            paint_hatch(
                painter, rect, blend(colour, QColor(self.colours.surface), 0.2), self.unit, pattern
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, self.room(3)))
        painter.drawRect(rect)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        columns = max(1, len(self.values))
        return QSize(round(columns * self.room(200)), round(self.room(480)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        columns = max(1, len(self.values))
        height = self._legend_height() + 2 * self.line_height("body") + self.room(140)
        return QSize(round(columns * self.room(70)), round(height))

    # -- painting --------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        colours = self.colours
        baseline = self._baseline()
        body = self.text_font("body")
        painter.setPen(QPen(colours.color("muted"), self.room(3)))
        painter.drawLine(QPointF(0, baseline), QPointF(self.width(), baseline))
        for index, value in enumerate(self.values):
            column = self.column_rect(index)
            below = QRectF(column.x(), baseline + self.room(8), column.width(), self.height())
            top = CENTER | int(Qt.AlignmentFlag.AlignTop)
            self.draw_text(painter, below, top, str(value), body, colours.color("text"))
            if self.revealed:
                for round_ in self.drawn_rounds():
                    self._paint_bar(painter, index, round_)
        if self.has_legend():
            self._paint_legend(painter)

    def _paint_bar(self, painter: QPainter, index: int, round_: int) -> None:
        count = self.rounds.get(round_, {}).get(self.values[index], 0)
        if not count:
            return
        rect = self.bar_rect(index, round_)
        shown = round_ == self.shown_round
        self._fill(painter, rect.adjusted(self.room(1.5), self.room(1.5), 0, 0), round_)
        label_height = self.line_height("body")
        width = max(rect.width(), self.text_width(str(count), self.text_font("body")))
        where = QRectF(
            rect.center().x() - width / 2, rect.top() - label_height, width, label_height
        )
        colour = self.colours.color("text" if shown else "muted")
        flags = CENTER | int(Qt.AlignmentFlag.AlignBottom)
        self.draw_text(painter, where, flags, str(count), self.text_font("body"), colour)

    def _paint_legend(self, painter: QPainter) -> None:
        font = self.text_font("heading")
        swatch = self.room(34)
        gap = self.room(14)
        height = self.line_height("heading")
        entries = [(r, self.tr("Round %1").replace("%1", str(r))) for r in self.drawn_rounds()]
        widths = [swatch + gap + self.text_width(text, font) for _, text in entries]
        x = self.width() - self.room(8) - sum(widths) - self.room(40) * (len(entries) - 1)
        for (round_, text), width in zip(entries, widths, strict=True):
            box = QRectF(x, (height - swatch) / 2, swatch, swatch)
            self._fill(painter, box, round_)
            where = QRectF(box.right() + gap, 0, width - swatch - gap + 1, height)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.draw_text(painter, where, flags, text, font, self.colours.color("text"))
            x += width + self.room(40)
