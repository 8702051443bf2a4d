"""The summary's bar charts: a process's distribution, and the three pairs at a glance.

Both charts of a pair share one vertical scale (0 to ``top`` votes, ticks
every ``step``, a step of 1, 2 or 5 × 10^k) and one height, so their
baselines line up and a bar of 3 is as tall in either. Axes carry titles;
patterns say what colour says.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from ..domain.texts import Texts, number_text
from . import fonts
from .drawings import _hatch
from .report import Bars
from .styles import INK, LEADERSHIP, MANAGEMENT, MUTED, PANEL, RULE, styles

PATTERNS = ("solid", "diagonal", "dots", "outline")


def draw_bar(canv, x, y, w, h, pattern: str, ink) -> None:
    if h <= 0:
        return
    if pattern == "solid":
        canv.setFillColor(ink)
        canv.rect(x, y, w, h, stroke=0, fill=1)
        return
    canv.setFillColor(colors.white)
    canv.rect(x, y, w, h, stroke=0, fill=1)
    if pattern != "outline":
        _hatch(canv, x, y, w, h, ink, step=4, kind=pattern)
    canv.setStrokeColor(ink)
    canv.setLineWidth(1)
    canv.rect(x, y, w, h, stroke=1, fill=0)


class Distribution(Flowable):
    """How many ballots each value got, per round, as grouped bars with their counts."""

    LEFT, BOTTOM = 34, 32  # room for the tick labels and the axis titles

    def __init__(
        self,
        values,
        rounds: tuple[Bars, ...],
        ink,
        *,
        top: int,
        step: int,
        words: Texts,
        width: float,
        height: float = 150,
        legend_rows: int = 0,
    ):
        super().__init__()
        self.values, self.rounds, self.ink = list(values), rounds, ink
        self.top, self.step, self.words = top, step, words
        rows = max(legend_rows, len(rounds) if len(rounds) > 1 else 0)
        self.legend_h = 14 * rows + 4 if rows else 0
        self.width, self.height = width, height + self.legend_h

    def wrap(self, avail_width, avail_height):
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def _pattern(self, index: int) -> str:
        if self.rounds[index].scored:
            return "solid"
        others = [i for i, bars in enumerate(self.rounds) if not bars.scored]
        return PATTERNS[1 + others.index(index) % 3]

    def plot(self) -> tuple[float, float, float, float]:
        """The plot area's left, bottom, right and top on this flowable."""
        return self.LEFT, self.BOTTOM + self.legend_h, self.width - 4, self.height - 4

    def y_of(self, count: float) -> float:
        _, bottom, _, top = self.plot()
        return bottom + (top - bottom) * count / max(1, self.top)

    def draw(self):
        canv, t = self.canv, self.words
        left, bottom, right, top = self.plot()
        values = self.values
        canv.setFillColor(MUTED)
        first, last = values[0], values[-1]
        axis = t("pdf.charts.rating_axis", min=first, max=last)
        fonts.draw(canv, (left + right) / 2, bottom - 27, axis, 8, anchor="middle")
        canv.saveState()
        canv.translate(9, (bottom + top) / 2)
        canv.rotate(90)
        fonts.draw(canv, 0, 0, t("pdf.charts.votes_axis"), 8, anchor="middle")
        canv.restoreState()
        group = (right - left) / len(values)
        canv.setFillColor(INK)
        for i, value in enumerate(values):
            fonts.draw(
                canv, left + (i + 0.5) * group, bottom - 12, str(value), 8.5, anchor="middle"
            )
        if not any(bars.counts for bars in self.rounds):
            canv.setFillColor(PANEL)
            canv.rect(left, bottom, right - left, top - bottom, stroke=0, fill=1)
            canv.setFillColor(MUTED)
            mid = (bottom + top) / 2
            fonts.draw(canv, (left + right) / 2, mid, t("pdf.charts.no_votes"), 10, anchor="middle")
        else:
            canv.setLineWidth(0.6)
            for tick in range(0, self.top + 1, self.step):
                y = self.y_of(tick)
                canv.setStrokeColor(RULE)
                canv.line(left, y, right, y)
                canv.setFillColor(MUTED)
                fonts.draw(canv, left - 4, y - 3, str(tick), 8, anchor="end")
            bar_w = min(22, (group - 4) / len(self.rounds))
            for i, value in enumerate(values):
                gx = left + i * group + (group - bar_w * len(self.rounds)) / 2
                for r, bars in enumerate(self.rounds):
                    count = bars.counts.get(value, 0)
                    x, h = gx + r * bar_w, self.y_of(count) - bottom
                    draw_bar(canv, x + 0.5, bottom, bar_w - 1, h, self._pattern(r), self.ink)
                    if count:
                        canv.setFillColor(INK)
                        label = str(count)
                        fonts.draw(canv, x + bar_w / 2, bottom + h + 2, label, 8, anchor="middle")
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.8)
        canv.line(left, bottom, right, bottom)
        if self.legend_h and len(self.rounds) > 1:
            y = 3
            for r, bars in reversed(list(enumerate(self.rounds))):
                draw_bar(canv, left, y, 16, 9, self._pattern(r), self.ink)
                canv.setFillColor(INK)
                key = "pdf.charts.scored" if bars.scored else "pdf.charts.round"
                fonts.draw(canv, left + 22, y + 1, t(key, number=bars.round), 8.5)
                y += 14


class PairsChart(Flowable):
    """The three pairs at a glance: per task, leadership's mean beside management's."""

    BAR, GAP = 10, 9

    def __init__(
        self,
        rows: list[tuple[str, Decimal | None, Decimal | None]],
        low: int,
        high: int,
        words: Texts,
        width: float,
    ):
        super().__init__()
        self.rows, self.low, self.high, self.words = rows, low, high, words
        self.label_w = min(170, width * 0.36)
        self.labels = [
            Paragraph(fonts.markup(task, room=self.label_w - 8, size=9), styles().cell)
            for task, _, _ in rows
        ]
        self.row_h = [
            max(2 * self.BAR + 2, label.wrap(self.label_w - 8, 500)[1]) + self.GAP
            for label in self.labels
        ]
        self.width = width
        self.height = sum(self.row_h) + 44

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def _x(self, value: float) -> float:
        left, right = self.label_w, self.width - 30
        return left + (value - self.low) / max(1, self.high - self.low) * (right - left)

    def draw(self):
        canv, t = self.canv, self.words
        language = t.language
        axis_y = 32
        left, right = self._x(self.low), self._x(self.high)
        canv.setLineWidth(0.6)
        for value in range(self.low, self.high + 1):
            x = self._x(value)
            canv.setStrokeColor(RULE)
            canv.line(x, axis_y, x, self.height - 14)
            canv.setFillColor(MUTED)
            fonts.draw(canv, x, axis_y - 11, str(value), 8, anchor="middle")
        canv.setStrokeColor(MUTED)
        canv.line(left, axis_y, right, axis_y)
        axis = t("pdf.charts.mean_axis", min=self.low, max=self.high)
        fonts.draw(canv, (left + right) / 2, axis_y - 24, axis, 8, anchor="middle")
        # the legend, at the top right: pattern and word, never colour alone
        y = self.height - 10
        x = right
        for key, ink, pattern in (
            ("pdf.management", MANAGEMENT, "diagonal"),
            ("pdf.leadership", LEADERSHIP, "solid"),
        ):
            word = t(key)
            x -= fonts.width(word, 8.5) + 4
            canv.setFillColor(INK)
            fonts.draw(canv, x, y, word, 8.5)
            x -= 18
            draw_bar(canv, x, y - 1, 14, 8, pattern, ink)
            x -= 14
        top = self.height - 18
        for label, row_h, (_, lead, manage) in zip(self.labels, self.row_h, self.rows, strict=True):
            _, h = label.wrap(self.label_w - 8, 500)
            label.drawOn(canv, 0, top - h)
            for n, (value, ink, pattern) in enumerate(
                ((lead, LEADERSHIP, "solid"), (manage, MANAGEMENT, "diagonal"))
            ):
                y = top - (n + 1) * (self.BAR + 1)
                if value is None:
                    canv.setFillColor(MUTED)
                    fonts.draw(canv, left + 4, y + 2, "–", 8.5)
                    continue
                end = self._x(float(value))
                draw_bar(canv, left, y, end - left, self.BAR, pattern, ink)
                canv.setFillColor(INK)
                fonts.draw(canv, end + 3, y + 2, number_text(value, language), 8.5, base=fonts.BOLD)
            top -= row_h
