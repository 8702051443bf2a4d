"""Themes, the room font scale and the app language all apply live, and are remembered."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from kotter_workshop.domain.agenda import slides_of
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import SessionInfo
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.ui import settings as stored
from kotter_workshop.ui.charts.base import Chart
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.i18n import install_language
from kotter_workshop.ui.theme import THEMES, palette


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    install_language("en")
    QApplication.processEvents()


def menu_action(window, *path):
    """The action at a menu path, by the texts as shown (without the & of mnemonics)."""
    actions = window.menuBar().actions()
    for step in path:
        action = next(a for a in actions if a.text().replace("&", "") == step)
        actions = action.menu().actions() if action.menu() else []
    return action


def menu_titles(window):
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def visible_texts(widget):
    return {w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()}


def background(widget):
    image = widget.grab().toImage()
    return image.pixelColor(3, image.height() // 2)


@pytest.mark.parametrize("name", THEMES)
def test_each_theme_applies_live_from_the_view_menu(window, qtbot, name):
    titles = {"light": "Light", "dark": "Dark", "high-contrast": "High contrast"}
    window.deck.go(window.deck.keys.index("process:aligning-people"), phase=1)
    menu_action(window, "View", "Theme", titles[name]).trigger()
    slide = window.deck.slide()
    assert background(slide) == QColor(palette(name).background)
    assert window.theme.name == name
    charts = window.deck.findChildren(Chart)
    assert charts and all(c.colours == palette(name) for c in charts)
    assert stored.load().theme == name  # remembered for the next start


def test_a_chart_on_screen_repaints_in_the_new_theme(window, qtbot):
    window.deck.go(window.deck.keys.index("summary"))
    window.deck.toggle_reveal()
    quadrant = window.deck.slide().quadrant
    before = quadrant.grab().toImage()
    menu_action(window, "View", "Theme", "High contrast").trigger()
    after = quadrant.grab().toImage()
    assert before != after
    corner = after.pixelColor(after.width() // 2, after.height() // 2)
    assert corner.lightness() < 128 or corner == QColor(palette("high-contrast").accent)


def _title_px(slide):
    return max(w.font().pixelSize() for w in slide.findChildren(QLabel) if w.property("role"))


def test_the_room_font_scale_applies_live_and_is_remembered(window, qtbot):
    slide = window.deck.slide()
    before = _title_px(slide)
    menu_action(window, "View", "Text size", "150%").trigger()
    assert _title_px(slide) >= before * 1.4
    assert stored.load().font_scale == 1.5
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.theme.font_scale == 1.25
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.theme.font_scale == 2.0  # and no further
    assert "200" in window.statusBar().currentMessage()


def test_at_200_percent_every_slide_fits_a_1024_by_768_window(window, qtbot):
    window.showNormal()
    window.resize(1024, 768)
    window.preferences.set_font_scale(2.0)
    deck = window.deck
    for index in range(len(deck.keys)):
        deck.go(index)
        for phase in range(deck.slide().phase_count):
            slide = deck.slide()
            slide.set_phase(phase)
            if slide.can_reveal and not slide.revealed:
                deck.toggle_reveal()
            QApplication.processEvents()
            where = f"{deck.current_key} step {phase}"
            assert slide._content_height() <= slide.height(), where
            small = [
                w.text()
                for w in slide.findChildren(QLabel)
                if w.isVisibleTo(slide) and w.property("role") and w.font().pixelSize() < 16
            ]
            assert small == [], where


def test_the_app_language_switches_live(window, qtbot):
    assert "File" in menu_titles(window)
    menu_action(window, "View", "Language", "Deutsch").trigger()
    qtbot.waitUntil(lambda: "Datei" in menu_titles(window))
    assert menu_titles(window) == [
        "Datei",
        "Bearbeiten",
        "Folien",
        "Ansicht",
        "Timer",
        "Stimmen",
        "Hilfe",
    ]
    assert "Punkt 1 von" in window.position.text()
    assert stored.load().language == "de"
    # the room reads the session's language: this session is English
    assert "Three tasks, two ways" not in visible_texts(window.deck.slide())
    window.deck.go(1)
    assert "Three tasks, two ways" in visible_texts(window.deck.slide())
    # keys still work after the menus were rebuilt
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.deck.current_key == "process:setting-direction"
    menu_action(window, "Ansicht", "Sprache", "English").trigger()
    qtbot.waitUntil(lambda: "File" in menu_titles(window))
    assert window.deck.current_key == "process:setting-direction"  # the place is kept


def test_the_start_screen_follows_the_app_language(window, qtbot):
    window.show_start()
    assert window.start.new_button.text() == "New session"
    install_language("de")
    qtbot.waitUntil(lambda: window.start.new_button.text() == "Neue Sitzung")
    assert window.stack.currentWidget() is window.start


def test_a_german_session_shows_german_slides_in_an_english_app(window, qtbot):
    session = new_session(SessionInfo(title="Klausur", language="de"))
    window.set_document(Document(session))
    deck = window.deck
    deck.go(deck.keys.index("tasks"))
    texts = visible_texts(deck.slide())
    assert {"Drei Aufgaben, zwei Wege", "Führung", "Richtung vorgeben"} <= texts
    deck.go(deck.keys.index("process:aligning-people"))
    texts = visible_texts(deck.slide())
    assert {"FÜHRUNG", "Menschen ausrichten", "Was dazugehört", "Zur Diskussion"} <= texts
    deck.next()
    assert "Wie stark sind wir darin?" in visible_texts(deck.slide())
    deck.go(deck.keys.index("summary"))
    deck.toggle_reveal()
    assert "Noch nicht genug Stimmen." in visible_texts(deck.slide())
    assert "File" in menu_titles(window)  # the app stays English
    assert slides_of(session.agenda)[0] == "title"
    assert session.agenda[0].title == "Willkommen"


def german_demo():
    """The demo's votes in a German session: L 2.8, M 3.9, balance −1.1."""
    demo = demo_session()
    session = new_session(replace(demo.info, language="de"))
    for ballot in demo.ballots:
        session.add_ballot(ballot)
    return session


def room_text(slide):
    return " ".join(
        w.text() for w in slide.findChildren(QLabel) if w.isVisibleTo(slide) and w.text()
    )


@pytest.mark.parametrize(
    ("language", "expected", "wrong"),
    [
        ("de", ["2,8 / 5", "3,9 / 5"], ["2.8", "3.9"]),
        ("en", ["2.8 / 5", "3.9 / 5"], ["2,8", "3,9"]),
    ],
)
def test_a_german_room_reads_decimal_commas_on_the_summary(window, language, expected, wrong):
    session = german_demo() if language == "de" else demo_session()
    window.set_document(Document(session))
    deck = window.deck
    deck.go(deck.keys.index("summary"))
    deck.toggle_reveal()
    whole = room_text(deck.slide())
    deck.slide().set_phase(1)  # pair by pair: each process's mean
    pairs = room_text(deck.slide())
    for text in expected:
        assert text in whole
    for text in wrong:
        assert text not in whole and text not in pairs
    mean = "2,7 / 5" if language == "de" else "2.7 / 5"  # setting a direction, round 2
    assert mean in pairs
    assert "File" in menu_titles(window)  # the numbers follow the room, not the app


def test_a_german_process_slide_shows_its_average_and_spread_with_commas(window, qtbot):
    window.set_document(Document(german_demo()))
    deck = window.deck
    deck.go(deck.keys.index("process:aligning-people"), phase=1)
    deck.toggle_reveal()
    shown = room_text(deck.slide())
    assert "Durchschnitt 2,9 / 5" in shown
    assert "Streuung 1,6" in shown
    assert "2.9" not in shown and "1.6" not in shown


def test_a_german_app_leaves_an_english_room_its_decimal_points(window, qtbot):
    install_language("de")
    qtbot.waitUntil(lambda: "Datei" in menu_titles(window))
    deck = window.deck
    deck.go(deck.keys.index("summary"))
    deck.toggle_reveal()
    shown = room_text(deck.slide())
    assert "2.8 / 5" in shown and "2,8" not in shown


def test_an_english_session_stays_english_in_a_german_app(window, qtbot):
    install_language("de")
    qtbot.waitUntil(lambda: "Datei" in menu_titles(window))
    deck = window.deck
    deck.go(deck.keys.index("process:setting-direction"))
    assert {"LEADERSHIP", "Setting a direction"} <= visible_texts(deck.slide())
    # the tally buttons are the facilitator's: they speak the app language
    names = {b.accessibleName() for b in deck.slide().tally.buttons.values()}
    assert "Eine Stimme für 3 hinzufügen" in names


def test_settings_survive_a_broken_file(tmp_path):
    path = stored.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert stored.load() == stored.Settings()
    path.write_text('{"theme": "dark", "font_scale": "big", "language": 3}', encoding="utf-8")
    assert stored.load() == stored.Settings(theme="dark")
