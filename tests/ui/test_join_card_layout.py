"""The phones' join card shares the slide with what the room reads: it sits in a column the
slides keep free at their right, on every slide kind and step, at 1920×1080 and 1024×768,
clear of the projector's timer; the slide takes the width back when voting closes.

Each check reads where the widgets are in the room's view as it is on screen.
"""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from test_live_voting import LOOPBACK
from test_room_layout import check_titles

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.ui.charts.base import Chart
from kotter_workshop.ui.charts.quadrant import QuadrantMap
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.main_window import MainWindow
from kotter_workshop.ui.slides.base import MIN_FIT
from kotter_workshop.ui.theme import room_unit

SIZES = [(1920, 1080), (1024, 768)]
LEAVES = (QLabel, Chart, QAbstractButton, QLineEdit, QPlainTextEdit, QGraphicsView)


def projector(qtbot, theme, size):
    """The single window as the room sees it presenting: no menu or status bar, ``size``."""
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.phone_voting.options = LOOPBACK  # never any address but loopback in tests
    window.set_document(Document(demo_session()))
    window.menuBar().hide()
    window.statusBar().hide()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def in_room(widget, room) -> QRect:
    return QRect(widget.mapTo(room, QPoint(0, 0)), widget.size())


def shown_parts(slide):
    """What the slide shows: its labels with text, charts, buttons, fields and boards."""
    parts = []
    for widget in slide.findChildren(QWidget):
        if (
            not isinstance(widget, LEAVES)
            or not widget.isVisibleTo(slide)
            or widget.width() <= 0
            or widget.height() <= 0
        ):
            continue
        if isinstance(widget, QLabel) and not widget.text().strip():
            continue
        if any(isinstance(p, LEAVES) for p in _parents(widget, slide)):
            continue  # a part of a part (a board's own buttons): its parent is checked
        parts.append(widget)
    return parts


def _parents(widget, top):
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()


def assert_whole(label: QLabel, key: str) -> None:
    """No word of the label is cut: each fits its width, and every line its height."""
    width = label.contentsRect().width()
    metrics = label.fontMetrics()
    if label.wordWrap():
        widest = max(metrics.horizontalAdvance(word) for word in label.text().split())
        assert widest <= width + 1, (key, label.text(), widest, width)
        assert label.heightForWidth(label.width()) <= label.height() + 1, (key, label.text())
    else:
        assert label.sizeHint().width() <= label.width() + 1, (key, label.text())


def every_step(window):
    """Each slide of the agenda at each of its steps, results revealed where it has any."""
    navigation = window.scope.navigation
    for index, key in enumerate(list(navigation.keys)):
        for phase in range(navigation.phase_count(key)):
            navigation.go(index, phase)
            slide = window.deck.slide()
            revealable = slide.can_reveal and slide.reveal_phase in (None, phase)
            if revealable and not navigation.is_revealed(key):
                navigation.toggle_reveal()
            yield key, window.deck.slide()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_join_card_sits_beside_every_slide_never_over_it(qtbot, theme, guard, size):
    window = projector(qtbot, theme, size)
    try:
        window.phone_voting.open_all()  # the card stays up on every slide
        room, overlay = window.room, window.phone_voting.overlay
        results_seen = 0
        floor = 32 if size == (1920, 1080) else 32 * room_unit(*size) * MIN_FIT
        for key, slide in every_step(window):
            if slide.phase == 0:  # voting opened on a slide already shown, as V does it
                window.phone_voting.live.close()
                QApplication.processEvents()
                window.phone_voting.open_all()
            qtbot.wait(30)  # as the room sees it: the layouts have settled
            assert overlay.isVisible(), key
            card = overlay.panel_rect().toAlignedRect()
            assert room.rect().contains(card), (key, card)
            slide_rect = in_room(slide, room)
            for part in shown_parts(slide):
                where = in_room(part, room)
                text = part.text() if isinstance(part, QLabel) else type(part).__name__
                assert slide_rect.contains(where), (key, text, where)
                assert not where.intersects(card), (key, text, where, card)
                if isinstance(part, QLabel):
                    assert_whole(part, key)
                    # room-sized: 32 px at 1080p (PRODUCT.md), its share at 768
                    assert part.font().pixelSize() >= floor, (key, text, part.font().pixelSize())
            for chart in slide.findChildren(QuadrantMap):
                if chart.isVisibleTo(slide):  # the quadrant's words: whole, clear, room-sized
                    chart.grab()
                    check_titles(chart, floor=32 if size == (1920, 1080) else 0)
            if key.startswith("process:") and slide.phase == 1 and slide.revealed:
                for result in (slide.score, slide.detail, slide.status):
                    assert result.isVisibleTo(slide), (key, result.text())
                    if size == (1920, 1080):
                        assert result.font().pixelSize() >= 32, (key, result.text())
                results_seen += 1
        assert results_seen == 6  # every process's revealed results were looked at
    finally:
        window.phone_voting.detach()


def test_the_join_card_keeps_clear_of_the_timer_on_the_projector(qtbot, theme, guard):
    window = projector(qtbot, theme, (1920, 1080))
    try:
        window.room.show_timer(True)
        window.phone_voting.open_all()
        badge = window.room.badge
        card = window.phone_voting.overlay.panel_rect().toAlignedRect()
        assert badge.isVisible()
        assert not badge.geometry().intersects(card), (badge.geometry(), card)
    finally:
        window.phone_voting.detach()


def test_closing_voting_gives_the_slide_its_width_back(qtbot, theme, guard):
    window = projector(qtbot, theme, (1920, 1080))
    try:
        window.scope.navigation.go(0)
        thesis = window.deck.slide().thesis
        wide = thesis.width()
        window.phone_voting.open_all()
        assert thesis.width() < wide  # it made room for the card
        window.phone_voting.toggle()  # V closes voting
        assert not window.phone_voting.overlay.isVisible()
        assert thesis.width() == wide
    finally:
        window.phone_voting.detach()
