"""Usable by anyone: every control has an accessible name, focus moves in reading order,
and every menu entry can be reached from the keyboard, in English and in German."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kotter_workshop.domain.model import SessionInfo
from kotter_workshop.ui.files.new_session_dialog import NewSessionDialog
from kotter_workshop.ui.i18n import install_language
from kotter_workshop.ui.keymap import SLIDE_KEYS
from kotter_workshop.ui.voting.capture import Mode
from kotter_workshop.ui.voting.roster_dialog import RosterDialog

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
)


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    install_language("en")
    QApplication.processEvents()


def nameless(root: QWidget) -> list[str]:
    """Controls under ``root`` that a screen reader would announce without a name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView):
            continue  # a table's headers are read out as its column names
        if widget.parent() is not None and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue  # the line edit inside a date or combo box speaks for its owner
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the first one."""
    chain, widget = [], root.nextInFocusChain()
    while widget is not root and len(chain) < 200:
        if widget.isVisibleTo(root) and widget.focusPolicy() & 0x1 and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_every_control_of_every_slide_has_a_name(window):
    deck = window.deck
    window.scope.capture.set_mode(Mode.BY_NAME)  # the roster chips show, too
    for index in range(len(deck.keys)):
        deck.go(index)
        for phase in range(deck.slide().phase_count):
            deck.slide().set_phase(phase)
            assert nameless(deck.slide()) == [], deck.current_key


def test_the_start_screen_names_its_controls_and_tabs_in_reading_order(window, qtbot):
    window.show_start()
    start = window.start
    assert nameless(start) == []
    chain = [w for w in focus_chain(window) if start.isAncestorOf(w)]
    assert chain[:4] == [start.new_button, start.open_button, start.demo_button, start.templates]
    assert chain.index(start.templates) < chain.index(start.recent)


@pytest.mark.parametrize("language", ["en", "de"])
def test_dialogs_name_their_controls_and_tab_down_the_form(qapp, qtbot, language):
    install_language(language)
    dialog = NewSessionDialog(SessionInfo())
    qtbot.addWidget(dialog)
    assert nameless(dialog) == []
    chain = focus_chain(dialog)
    fields = [
        dialog.title,
        dialog.team,
        dialog.facilitator,
        dialog.date,
        dialog.language,
        dialog.scale,
    ]
    assert [w for w in chain if w in fields] == fields
    if language == "de":
        assert dialog.facilitator.accessibleName() == "Moderation"


def test_the_participants_dialog_and_the_console_name_their_controls(window, qtbot):
    roster = RosterDialog(window.scope.document, window)
    qtbot.addWidget(roster)
    assert nameless(roster) == []
    window.actions_by_name["console"].trigger()
    assert window.console is not None and window.console.isVisible()
    assert nameless(window.console) == []


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_menu_entry_is_reachable_by_keyboard(window, qtbot, language):
    """Alt + a letter opens each menu; the arrows walk it, and no two entries of one
    menu share a letter, so a letter always picks one entry (and the slide keys stay)."""
    install_language(language)
    qtbot.waitUntil(lambda: bool(window.menuBar().actions()) and not window._retranslating)

    def check(actions, where):
        letters = []
        for action in actions:
            if action.isSeparator():
                continue
            letter = _mnemonic(action.text())
            if letter:
                letters.append(letter)
            if action.menu() is not None:
                assert letter, f"{where} → {action.text()} opens a menu without a letter"
                check(action.menu().actions(), f"{where} → {action.text()}")
        duplicates = {x for x in letters if letters.count(x) > 1}
        assert not duplicates, f"{where}: two entries share the letter(s) {duplicates}"

    bar = window.menuBar().actions()
    check(bar, "menu bar")
    for name, action in window.actions_by_name.items():
        if name in SLIDE_KEYS:
            assert action.shortcuts(), name
