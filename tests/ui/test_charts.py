"""The result charts as the room sees them: rendered to images and read back pixel by pixel.

PRODUCT.md: results stay hidden until revealed; text on a projected slide is
at least 32 px at 1920×1080; colour is never the only signal.
"""

import sys
from decimal import Decimal

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kotter_workshop.domain.framework import Quadrant
from kotter_workshop.ui.charts import DistributionChart, QuadrantMap, SpectrumBar
from kotter_workshop.ui.theme import palette

PALETTE = palette()
BAR = QColor(PALETTE.leadership)
INK = QColor(PALETTE.text)
VALUES = [1, 2, 3, 4, 5]
TITLES = {
    "leader-managers": "Leader-managers",
    "over-managed-under-led": "Over-managed, under-led",
    "over-led-under-managed": "Over-led, under-managed",
    "under-led-under-managed": "Under-led, under-managed",
}


# -- reading images ----------------------------------------------------------------
def render(widget: QWidget, width: int, height: int) -> QImage:
    widget.resize(width, height)
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def near(image: QImage, x: int, y: int, colour: QColor, tolerance: int = 24) -> bool:
    pixel = QColor(image.pixel(x, y))
    return (
        abs(pixel.red() - colour.red())
        + abs(pixel.green() - colour.green())
        + abs(pixel.blue() - colour.blue())
        <= tolerance
    )


def pixels(image: QImage, rect: QRectF | QRect, step: int = 1):
    rect = QRectF(rect).toAlignedRect().intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1, step):
        for x in range(rect.left(), rect.right() + 1, step):
            yield x, y


def share_of(image: QImage, rect: QRectF, colour: QColor, step: int = 1) -> float:
    points = list(pixels(image, rect, step))
    return sum(near(image, x, y, colour) for x, y in points) / max(1, len(points))


def count_of(image: QImage, rect: QRectF, colour: QColor, step: int = 2) -> int:
    return sum(near(image, x, y, colour) for x, y in pixels(image, rect, step))


def luminance(image: QImage, rect: QRectF) -> float:
    points = list(pixels(image, rect, 2))
    return sum(QColor(image.pixel(x, y)).lightnessF() for x, y in points) / len(points)


def assert_readable(widget, *, floor: int = 32) -> None:
    """Every text at least ``floor`` px, and inside the widget."""
    assert widget.drawn, "nothing was drawn"
    bounds = QRectF(widget.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
    for text in widget.drawn:
        assert text.px >= floor, (text.text, text.px)
        assert bounds.contains(text.rect), (text.text, text.rect, widget.rect())


# -- the distribution --------------------------------------------------------------
@pytest.fixture
def distribution(qtbot):
    chart = DistributionChart(PALETTE, colour="leadership")
    qtbot.addWidget(chart)
    chart.set_unit(1.0)
    return chart


def test_hidden_results_draw_no_bars_until_revealed(distribution):
    rounds = {1: {1: 2, 2: 7, 3: 4, 4: 1}}
    distribution.set_data(VALUES, rounds, 1, revealed=False)
    hidden = render(distribution, 1700, 500)
    assert count_of(hidden, hidden.rect(), BAR) == 0
    assert [t.text for t in distribution.drawn] == ["1", "2", "3", "4", "5"]  # the axis only

    distribution.set_data(VALUES, rounds, 1, revealed=True)
    shown = render(distribution, 1700, 500)
    assert count_of(shown, shown.rect(), BAR) > 1000
    assert {"7", "4"} <= {t.text for t in distribution.drawn}  # counts over the bars


def test_the_tallest_bar_is_over_the_value_with_most_votes(distribution):
    distribution.set_data(VALUES, {1: {1: 2, 2: 7, 3: 4, 4: 1}}, 1, revealed=True)
    image = render(distribution, 1700, 500)
    heights = []
    for index in range(len(VALUES)):
        column = distribution.column_rect(index)
        rows = {y for x, y in pixels(image, column, 2) if near(image, x, y, BAR)}
        heights.append(max(rows) - min(rows) if rows else 0)
    assert heights.index(max(heights)) == 1  # the value 2 got 7 votes
    assert heights[4] == 0  # nobody voted 5
    assert heights[1] > heights[2] > heights[0] > heights[3] > 0


def test_earlier_rounds_are_hatched_and_lighter_beside_the_solid_shown_round(distribution):
    distribution.set_data(VALUES, {1: {3: 6}, 2: {3: 6}}, 2, revealed=True)
    image = render(distribution, 1700, 500)
    inset = 6  # away from the outline
    earlier = distribution.bar_rect(2, 1).adjusted(inset, inset, -inset, -inset)
    shown = distribution.bar_rect(2, 2).adjusted(inset, inset, -inset, -inset)
    assert earlier.height() > 100 and shown.height() > 100
    assert share_of(image, shown, BAR) > 0.95  # solid
    tint = QColor(image.pixel(earlier.toAlignedRect().center()))
    assert 0.1 < share_of(image, earlier, tint, 2) < 0.9  # stripes: two looks, not one
    assert luminance(image, earlier) > luminance(image, shown) + 0.2
    assert distribution.bar_pattern(1) == Qt.BrushStyle.BDiagPattern
    assert distribution.bar_pattern(2) == Qt.BrushStyle.SolidPattern


def test_a_legend_names_the_rounds_only_when_there_are_several(distribution):
    distribution.set_data(VALUES, {1: {3: 2}}, 1, revealed=True)
    render(distribution, 1700, 500)
    assert not [t for t in distribution.drawn if t.text.startswith("Round")]

    rounds = {1: {3: 2}, 2: {3: 1}, 3: {4: 2}, 4: {5: 1}}
    distribution.set_data(VALUES, rounds, 3, revealed=True)
    render(distribution, 1700, 500)
    legend = [t.text for t in distribution.drawn if t.text.startswith("Round")]
    assert legend == ["Round 1", "Round 2", "Round 3"]  # the shown round and two before
    assert distribution.bar_pattern(1) != distribution.bar_pattern(2)  # told apart by pattern


def test_columns_line_up_with_a_row_of_equally_stretched_buttons(qtbot):
    slide = QWidget()
    qtbot.addWidget(slide)  # owns the chart and the buttons
    distribution = DistributionChart(PALETTE, colour="leadership")
    distribution.set_data(VALUES, {1: {3: 2}}, 1, revealed=True)
    layout = QVBoxLayout(slide)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(distribution, 1)
    row = QHBoxLayout()
    buttons = [QPushButton(str(v)) for v in VALUES]
    for button in buttons:
        row.addWidget(button, 1)
    layout.addLayout(row)
    slide.resize(1700, 600)
    slide.show()
    qtbot.waitExposed(slide)
    for index, button in enumerate(buttons):
        column = distribution.column_rect(index)
        assert abs(button.geometry().center().x() - column.center().x()) <= row.spacing()


@pytest.mark.parametrize("values", [VALUES, list(range(1, 11))], ids=["1-5", "1-10"])
def test_distribution_text_is_room_sized_and_inside(distribution, values):
    rounds = {1: {v: v for v in values}, 2: {v: 12 - v for v in values}}
    distribution.set_data(values, rounds, 2, revealed=True)
    render(distribution, 1700, 480)
    assert_readable(distribution)
    assert min(t.px for t in distribution.drawn) >= 36  # body, not merely the floor


def test_distribution_asks_for_room_sized_space(distribution):
    distribution.set_data(VALUES, {1: {3: 2}, 2: {3: 1}}, 2, revealed=True)
    small = distribution.minimumSizeHint()
    distribution.set_unit(2.0)
    assert distribution.minimumSizeHint().height() > 1.8 * small.height()
    assert distribution.sizeHint().width() >= distribution.minimumSizeHint().width()


def test_repaints_replay_the_chart_and_changes_redraw_it(distribution, monkeypatch):
    draws = []
    paint = DistributionChart.paint
    monkeypatch.setattr(
        DistributionChart, "paint", lambda self, p: draws.append(1) or paint(self, p)
    )
    distribution.set_data(VALUES, {1: {3: 2}}, 1, revealed=False)
    for _ in range(3):
        render(distribution, 1700, 500)
    assert len(draws) == 1
    before = sys.getrefcount(None)
    for _ in range(20):
        distribution.grab()
    assert before - sys.getrefcount(None) <= 5  # repaints replay the cache, no leak
    distribution.set_data(VALUES, {1: {3: 2}}, 1, revealed=True)
    shown = render(distribution, 1700, 500)
    assert len(draws) == 2 and count_of(shown, shown.rect(), BAR) > 0
    distribution.set_unit(0.5)
    render(distribution, 1700, 500)
    render(distribution, 1000, 500)
    assert len(draws) == 4


# -- the spectrum ------------------------------------------------------------------
@pytest.fixture
def spectrum(qtbot):
    bar = SpectrumBar(PALETTE)
    qtbot.addWidget(bar)
    bar.set_unit(1.0)
    return bar


def marker_x(spectrum: SpectrumBar, balance) -> float | None:
    """Where the dark marker line crosses the middle of the bar, read from the image."""
    spectrum.set_data(balance, 4, "label", "Management", "Leadership")
    image = render(spectrum, 1700, 300)
    y = round(spectrum.bar_rect().center().y())
    xs = [x for x in range(image.width()) if near(image, x, y, INK, 60)]
    return sum(xs) / len(xs) if xs else None


def test_the_marker_moves_right_as_the_balance_grows_and_is_centred_at_zero(spectrum):
    positions = [marker_x(spectrum, Decimal(b)) for b in ("-3.5", "-1", "0", "0.4", "2.2")]
    assert None not in positions
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    centre = spectrum.bar_rect().center().x()
    assert abs(positions[2] - centre) <= 3
    assert positions[1] < centre < positions[3]
    # the scale's ends are the scale's ends: −4 on the left edge, +4 on the right
    bar = spectrum.bar_rect()
    assert abs(marker_x(spectrum, Decimal(-4)) - bar.left()) <= 4
    assert abs(marker_x(spectrum, Decimal(4)) - bar.right()) <= 4


def test_no_balance_means_no_marker_and_a_centred_message(spectrum):
    assert marker_x(spectrum, None) is None
    spectrum.set_data(None, 4, "not enough votes yet", "Management", "Leadership")
    render(spectrum, 1700, 300)
    message = next(t for t in spectrum.drawn if t.text == "not enough votes yet")
    assert abs(message.rect.center().x() - spectrum.width() / 2) <= 2


@pytest.mark.parametrize("balance", ["-4", "0", "4", "-9"])
def test_the_label_stays_in_the_widget_wherever_the_marker_is(spectrum, balance):
    spectrum.set_data(Decimal(balance), 4, "leans management (−4.0)", "Management", "Leadership")
    render(spectrum, 1100, 300)
    assert_readable(spectrum)
    assert {"Management", "Leadership", "−4", "0", "+4"} <= {t.text for t in spectrum.drawn}


def test_the_balanced_band_is_hatched_and_spans_an_eighth_of_the_range(spectrum):
    spectrum.set_data(None, 8, "", "Management", "Leadership")
    image = render(spectrum, 1700, 300)
    band = QRectF(spectrum.x_of(-0.9), spectrum.bar_rect().top() + 6, 0, 0)
    band.setRight(spectrum.x_of(0.9))
    band.setBottom(spectrum.bar_rect().bottom() - 6)
    outside = QRectF(band).translated(band.width() * 2, 0)
    tint = QColor(image.pixel(band.toAlignedRect().center()))
    assert 0.1 < share_of(image, band, tint, 2) < 0.9  # stripes
    plain = QColor(image.pixel(outside.toAlignedRect().center()))
    assert share_of(image, outside, plain, 2) > 0.95  # plain beyond ±range/8


# -- the quadrant map --------------------------------------------------------------
@pytest.fixture
def quadrant_map(qtbot):
    chart = QuadrantMap(PALETTE)
    qtbot.addWidget(chart)
    chart.set_unit(1.0)
    return chart


POSITIONS = {
    Quadrant.LEADER_MANAGERS: ("4.2", "3.6"),
    Quadrant.OVER_MANAGED: ("2.1", "4.4"),
    Quadrant.OVER_LED: ("3.5", "1.8"),
    Quadrant.UNDER_BOTH: ("1.4", "2.9"),
}


def show_team(chart, quadrant, leadership, management, titles=TITLES, size=760):
    chart.set_data(
        Decimal(leadership),
        Decimal(management),
        1,
        5,
        quadrant,
        titles,
        "Leadership",
        "Management",
    )
    return render(chart, size, size)


def title_lines(chart, quadrant) -> list:
    """The lines a cell's title was drawn in (each line is drawn on its own, so that a
    line beside the team's point can be shorter than the others)."""
    cell = chart.cell_rect(quadrant)
    return [t for t in chart.drawn if cell.contains(t.rect.center())]


def joined(lines) -> str:
    """The title the lines spell, as written (a line may end after a hyphen)."""
    text = " ".join(t.text for t in lines).replace("\u2011", "-")
    return text.replace("- ", "-")


def border_share(image: QImage, cell: QRectF) -> float:
    """How much of a cell's edge (just inside it) is drawn in the dark ink."""
    inset = 4
    points = []
    for t in range(10, 91, 5):
        x = cell.left() + cell.width() * t / 100
        y = cell.top() + cell.height() * t / 100
        points += [
            (x, cell.top() + inset),
            (x, cell.bottom() - inset),
            (cell.left() + inset, y),
            (cell.right() - inset, y),
        ]
    return sum(near(image, round(x), round(y), INK, 60) for x, y in points) / len(points)


@pytest.mark.parametrize("quadrant", list(Quadrant), ids=str)
def test_the_point_lands_in_the_teams_cell_and_that_cell_stands_out(quadrant_map, quadrant):
    image = show_team(quadrant_map, quadrant, *POSITIONS[quadrant])
    dot = QColor(PALETTE.accent)
    hits = [(x, y) for x, y in pixels(image, image.rect(), 2) if near(image, x, y, dot, 12)]
    assert hits, "no point drawn"
    centre_x = sum(x for x, _ in hits) / len(hits)
    centre_y = sum(y for _, y in hits) / len(hits)
    square = quadrant_map.square()
    strong_l = centre_x > square.center().x()
    strong_m = centre_y < square.center().y()
    assert (strong_l, strong_m) == {
        Quadrant.LEADER_MANAGERS: (True, True),
        Quadrant.OVER_MANAGED: (False, True),
        Quadrant.OVER_LED: (True, False),
        Quadrant.UNDER_BOTH: (False, False),
    }[quadrant]
    assert quadrant_map.cell_rect(quadrant).contains(centre_x, centre_y)
    # Not by colour alone: a thick outline, a hatch, bold words.
    for other in Quadrant:
        share = border_share(image, quadrant_map.cell_rect(other))
        assert (share > 0.9) if other is quadrant else (share < 0.1), (other, share)
    bold = [t for t in quadrant_map.drawn if t.bold]
    assert bold == title_lines(quadrant_map, quadrant)  # the team's title alone is bold
    assert joined(bold) == TITLES[quadrant]


def test_only_the_teams_cell_is_hatched(quadrant_map):
    image = show_team(quadrant_map, Quadrant.OVER_LED, "4.8", "1.2")
    for quadrant in Quadrant:
        cell = quadrant_map.cell_rect(quadrant)
        # the half of the cell away from its title and from the point
        middle = QRectF(cell.left() + 40, cell.center().y() - 60, cell.width() / 2 - 40, 120)
        surface = QColor(PALETTE.surface)
        plain = share_of(image, middle, surface, 2)
        assert (plain < 0.9) if quadrant is Quadrant.OVER_LED else (plain > 0.98), quadrant


def test_without_a_position_there_is_no_point_and_no_team_cell(quadrant_map):
    quadrant_map.set_data(None, Decimal("3.0"), 1, 5, None, TITLES, "Leadership", "Management")
    image = render(quadrant_map, 760, 760)
    assert count_of(image, image.rect(), QColor(PALETTE.accent), 2) == 0
    for quadrant in Quadrant:
        assert border_share(image, quadrant_map.cell_rect(quadrant)) < 0.1
    assert not [t for t in quadrant_map.drawn if t.bold]


LONG_TITLES = {
    "leader-managers": "Führungskräfte, die auch managen",
    "over-managed-under-led": "Übermanagt und zu wenig geführt",
    "over-led-under-managed": "Übergeführt und zu wenig gemanagt",
    "under-led-under-managed": "Zu wenig geführt und zu wenig gemanagt",
}


@pytest.mark.parametrize("titles", [TITLES, LONG_TITLES], ids=["english", "long"])
@pytest.mark.parametrize("quadrant", list(Quadrant), ids=str)
def test_titles_wrap_inside_their_cells_at_room_size(quadrant_map, titles, quadrant):
    show_team(quadrant_map, quadrant, *POSITIONS[quadrant], titles=titles, size=760)
    assert 690 <= quadrant_map.square().width() <= 710  # a ~700 px map at 1080p
    assert_readable(quadrant_map)
    for cell in Quadrant:
        lines = title_lines(quadrant_map, cell)
        assert joined(lines) == titles[cell]
        for line in lines:
            assert quadrant_map.cell_rect(cell).contains(line.rect), (line.text, line.rect)


def test_english_titles_break_between_words_not_at_hyphens(quadrant_map):
    show_team(quadrant_map, Quadrant.LEADER_MANAGERS, "4.2", "3.6")
    for quadrant in (Quadrant.OVER_MANAGED, Quadrant.OVER_LED, Quadrant.UNDER_BOTH):
        lines = title_lines(quadrant_map, quadrant)
        # "Over-led," / "under-managed": two lines, never "Over-led, under-" / "managed"
        assert len(lines) == 2
        for line in lines:
            assert "\u2011" in line.text and "-" not in line.text
            assert line.px == 36


def test_a_smaller_room_scales_everything_down_together(quadrant_map):
    show_team(quadrant_map, Quadrant.LEADER_MANAGERS, "4", "4", size=420)
    small = {t.text: t.px for t in quadrant_map.drawn}
    quadrant_map.set_unit(0.55)  # a 1024×768 projector
    show_team(quadrant_map, Quadrant.LEADER_MANAGERS, "4", "4", size=420)
    assert_readable(quadrant_map, floor=round(32 * 0.55))
    assert max(t.px for t in quadrant_map.drawn) < max(small.values())


def test_german_axis_words_never_overlap_in_a_small_map(quadrant_map):
    """ "schwach", "Management" and "stark" share one side of the square; on a small
    window (200% text on 1024×768) they shrink rather than run into each other."""
    from kotter_workshop.domain.framework import builtin_framework

    chart = quadrant_map
    chart.room_language = "de"
    chart.set_unit(0.75)
    titles = {q.value: t for q, t in builtin_framework("de").quadrant_titles.items()}
    chart.set_data(
        Decimal("2.8"),
        Decimal("3.9"),
        1,
        5,
        "over-managed-under-led",
        titles,
        "Führung",
        "Management",
    )
    render(chart, 380, 380)
    drawn = {d.text: d for d in chart.drawn}
    assert {"schwach", "stark", "Management", "Führung"} <= set(drawn)
    axis = [d for d in chart.drawn if d.text in ("schwach", "stark", "Management", "Führung")]
    for i, a in enumerate(axis):
        for b in axis[i + 1 :]:
            assert not a.rect.intersects(b.rect), (a.text, b.text)
    for quadrant in titles:  # every title stays whole inside its cell
        lines = title_lines(chart, quadrant)
        assert joined(lines) == titles[quadrant]
        for line in lines:
            assert chart.cell_rect(quadrant).contains(line.rect), (quadrant, line.text)
