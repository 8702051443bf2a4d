"""What the room sees stays whole at 200% text on a 4:3 projector: the vote's question on at
most two lines, the team's point clear of the quadrant's words; and the vote says what the
ends of its scale mean.

Each check reads geometry and text as they are on screen: how many lines a label takes,
where the chart drew its words.
"""

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
)

from kotter_workshop.domain import Scale, SessionInfo, new_session
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.ui.charts.quadrant import QuadrantMap
from kotter_workshop.ui.slides.deck import make_slide


# -- 200% text on a 4:3 projector -----------------------------------------------------------
def vote_step(qtbot, theme, session, size, revealed=True):
    slide = make_slide("process:setting-direction", session, theme)
    qtbot.addWidget(slide)
    slide.resize(*size)
    slide.show()
    qtbot.waitExposed(slide)
    slide.set_phase(1)
    slide.set_revealed(revealed)
    return slide


def lines(label: QLabel) -> int:
    return round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing())


@pytest.mark.parametrize(
    ("size", "scale"), [((1024, 768), 2.0), ((1920, 1080), 1.0), ((1024, 768), 1.0)]
)
def test_the_vote_question_takes_at_most_two_lines(window, qtbot, theme, size, scale):
    """In the single window, with its menu, status bar and the tally buttons under the chart."""
    theme.set_font_scale(scale)
    try:
        window.resize(*size)
        QApplication.processEvents()
        window.deck.go(window.deck.keys.index("process:setting-direction"), 1)
        window.scope.navigation.toggle_reveal()
        QApplication.processEvents()
        slide = window.deck.slide()
        assert slide.tally.isVisible()
        assert slide.question.text() == "How strong are we at this?"
        assert lines(slide.question) <= 2
        where = QRect(slide.question.mapTo(slide, QPoint(0, 0)), slide.question.size())
        assert slide.rect().contains(where)
    finally:
        theme.set_font_scale(1.0)


def test_the_vote_question_keeps_to_two_lines_beside_the_join_card(qtbot, theme):
    theme.set_font_scale(2.0)
    try:
        slide = vote_step(qtbot, theme, demo_session(), (1024, 768))
        slide.reserve_right(600)  # the card's column, as the projector keeps it
        assert lines(slide.question) <= 2
    finally:
        theme.set_font_scale(1.0)


def ring(chart: QuadrantMap) -> QRectF:
    """The team's point as painted: its ring (radius 26) and the light halo around it (14 wide)."""
    point = chart.point()
    radius = chart.room(26 + 14 / 2)
    return QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)


def title_words(chart: QuadrantMap) -> dict[str, list]:
    """The words each cell's title was drawn with, line by line, by cell."""
    cells = {}
    for drawn in chart.drawn:
        for quadrant in chart.titles:
            if chart.cell_rect(quadrant).contains(drawn.rect.center()):
                cells.setdefault(quadrant, []).append(drawn)
    return cells


def check_titles(chart: QuadrantMap, floor: float) -> None:
    """Each title whole, in its cell, clear of the point, and at ``floor`` px or more."""
    point = ring(chart)
    for quadrant, drawn in title_words(chart).items():
        words = " ".join(d.text for d in drawn).replace("\u2011", "-").replace("- ", "-")
        assert words == chart.titles[quadrant]
        for line in drawn:
            assert not line.rect.intersects(point), (line.text, line.rect, point)
            assert chart.cell_rect(quadrant).contains(line.rect), line.text
            assert line.px >= floor, (line.text, line.px)
    assert len(title_words(chart)) == 4


def test_the_teams_point_covers_no_quadrant_word_at_200_percent_on_4_3(qtbot, theme):
    theme.set_font_scale(2.0)
    try:
        slide = make_slide("summary", demo_session(), theme)
        qtbot.addWidget(slide)
        slide.resize(1024, 768)
        slide.show()
        qtbot.waitExposed(slide)
        slide.set_revealed(True)
        chart = slide.findChild(QuadrantMap)
        chart.grab()  # paint, so the chart records where its words went
        assert chart.point() is not None
        check_titles(chart, floor=0.8 * chart.text_font("body").pixelSize())
    finally:
        theme.set_font_scale(1.0)


TITLES = {
    "leader-managers": "Leader-managers",
    "over-managed-under-led": "Over-managed, under-led",
    "over-led-under-managed": "Over-led, under-managed",
    "under-led-under-managed": "Under-led, under-managed",
}


def quadrant_of(leadership: float, management: float) -> str:
    strong_l, strong_m = leadership >= 3, management >= 3
    return {
        (True, True): "leader-managers",
        (False, True): "over-managed-under-led",
        (True, False): "over-led-under-managed",
        (False, False): "under-led-under-managed",
    }[(strong_l, strong_m)]


@pytest.mark.parametrize("unit", [1.0, 1.07], ids=["100%", "200% on 4:3"])
@pytest.mark.parametrize(
    ("leadership", "management"),
    [(2.8, 3.9), (2.2, 4.4), (1.6, 4.6), (3.9, 2.8), (2.4, 2.2), (4.6, 4.4), (2.9, 3.0)],
)
def test_the_point_and_the_quadrant_words_never_overlap(qtbot, unit, leadership, management):
    chart = QuadrantMap()
    qtbot.addWidget(chart)
    chart.set_unit(unit)
    chart.resize(chart.minimumSizeHint())  # the smallest the summary slide gives it
    chart.set_data(
        Decimal(str(leadership)),
        Decimal(str(management)),
        1,
        5,
        quadrant_of(leadership, management),
        TITLES,
        "Leadership",
        "Management",
    )
    chart.grab()
    # At its smallest a title may give up size rather than be cut (the summary slide at
    # 1080p keeps 32 px: test_join_card_layout.py); it never gives up its words.
    check_titles(chart, floor=0.6 * chart.text_font("body").pixelSize())


# -- the scale's anchors ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("low", "high", "language", "expected"),
    [
        (1, 5, "en", "1 = weak … 5 = strong"),
        (1, 7, "en", "1 = weak … 7 = strong"),
        (1, 10, "en", "1 = weak … 10 = strong"),
        (1, 5, "de", "1 = schwach … 5 = stark"),
        (1, 10, "de", "1 = schwach … 10 = stark"),
    ],
)
def test_the_vote_shows_what_the_ends_of_the_scale_mean(
    qtbot, theme, low, high, language, expected
):
    session = new_session(SessionInfo(title="Anchors", scale=Scale(low, high), language=language))
    slide = vote_step(qtbot, theme, session, (1920, 1080), revealed=False)
    shown = [lb.text() for lb in slide.findChildren(QLabel) if lb.isVisibleTo(slide)]
    assert expected in shown
    anchors = next(lb for lb in slide.findChildren(QLabel) if lb.text() == expected)
    assert anchors.font().pixelSize() >= 32
