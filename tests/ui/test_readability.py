"""Readable from the back of the room: text size, and nothing clipped or overlapping.

PRODUCT.md: at 1920×1080 body text is at least 32 px high and titles at
least 60 px; layouts work from 1024×768 to 4K.
"""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from kotter_workshop.domain.agenda import slides_of
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.ui.slides.deck import make_slide

SIZES = [(1920, 1080), (1024, 768), (1280, 800), (3840, 2160)]
# every step of every slide: a process slide's first step, then its revealed vote
KEYS = [
    (key, phase)
    for key in slides_of(demo_session().agenda)
    for phase in ((0, 1) if key.startswith("process:") else (0,))
]


def shown_slide(qtbot, theme, key, size, phase=0):
    slide = make_slide(key, demo_session(), theme)
    qtbot.addWidget(slide)
    slide.resize(*size)
    slide.show()
    qtbot.waitExposed(slide)
    slide.set_phase(phase)
    if slide.can_reveal and phase == slide.phase_count - 1:
        slide.set_revealed(True)
    return slide


def visible_labels(slide):
    return [
        label
        for label in slide.findChildren(QLabel)
        if label.isVisibleTo(slide) and label.text().strip()
    ]


def rect_in_slide(label, slide) -> QRect:
    return QRect(label.mapTo(slide, label.rect().topLeft()), label.size())


@pytest.mark.parametrize(("key", "phase"), KEYS)
def test_text_meets_the_room_floor_at_1080p(qtbot, theme, key, phase):
    slide = shown_slide(qtbot, theme, key, (1920, 1080), phase)
    for label in visible_labels(slide):
        px = label.font().pixelSize()
        assert px >= 32, (label.text(), px)
        if label.property("role") == "title":
            assert px >= 60, (label.text(), px)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(("key", "phase"), KEYS)
def test_nothing_is_clipped_or_overlapping(qtbot, theme, key, phase, size):
    slide = shown_slide(qtbot, theme, key, size, phase)
    labels = visible_labels(slide)
    assert labels
    for label in labels:
        rect = rect_in_slide(label, slide)
        assert slide.rect().contains(rect), (label.text(), rect, slide.rect())
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
        else:
            needed = label.sizeHint().height()
            assert label.sizeHint().width() <= label.width() + 1, label.text()
        assert needed <= label.height() + 1, (label.text(), needed, label.height())
    for i, first in enumerate(labels):
        for second in labels[i + 1 :]:
            overlap = rect_in_slide(first, slide).intersected(rect_in_slide(second, slide))
            assert overlap.isEmpty(), (first.text(), second.text())


def test_text_grows_with_the_room_font_scale(qtbot, theme):
    slide = shown_slide(qtbot, theme, "title", (1920, 1080))
    title = next(label for label in visible_labels(slide) if label.property("role") == "title")
    before = title.font().pixelSize()
    theme.set_font_scale(1.5)
    assert title.font().pixelSize() > before
    theme.set_font_scale(1.0)
    assert title.font().pixelSize() == before
