"""The main window's menus, as one table of entries, built once.

Each entry names its action, its words (context "MainWindow"), its keys (from
the one keyboard map, ``keymap``), what it does and when it can be used. The
menus are built once with the window; a new app language sets new words on the
same actions (``retext``): nothing is deleted, no shortcut is registered twice.
Adding an entry is adding a row below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from . import keymap as keys

if TYPE_CHECKING:
    from .main_window import MainWindow

# When an entry can be used (see ``enable``).
ALWAYS, SESSION, PROCESS = "always", "session", "process"


@dataclass(frozen=True)
class Entry:
    """One menu entry: ``run`` is the window's method, or ``session.<gesture>`` of its scope."""

    name: str
    text: str
    run: str
    args: tuple = ()
    keys: str | None = None  # the keyboard map's name for its keys; None: the entry's name
    when: str = ALWAYS
    checkable: bool = False
    in_menu: bool = True  # False: placed elsewhere (Text size), or keys only


@dataclass(frozen=True)
class Menu:
    title: str
    rows: tuple  # Entry, Menu, None (a separator) or the name of a part built elsewhere


# Notes and dots from phones, beside phone voting: the scope's gestures (live/board_gestures.py).
BOARD = tuple(
    Entry(name, text, "session." + name, when=SESSION, checkable=name == "phone_one_dot")
    for name, text in (
        ("phone_notes", QT_TRANSLATE_NOOP("MainWindow", "Open or close no&tes from phones")),
        ("phone_dots", QT_TRANSLATE_NOOP("MainWindow", "Open or close &dot voting from phones")),
        ("phone_dot_count", QT_TRANSLATE_NOOP("MainWindow", "Dots per p&hone…")),
        ("phone_one_dot", QT_TRANSLATE_NOOP("MainWindow", "At most &one dot per note")),
    )
)

MENUS = (
    Menu(QT_TRANSLATE_NOOP("MainWindow", "&File"), ("file",)),
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        (
            Entry(
                "edit_undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "session.undo", keys="undo"
            ),
            Entry(
                "edit_redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "session.redo", keys="redo"
            ),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&Slides"),
        (
            Entry(
                "next",
                QT_TRANSLATE_NOOP("MainWindow", "&Next slide"),
                "session.next_slide",
                when=SESSION,
            ),
            Entry(
                "previous",
                QT_TRANSLATE_NOOP("MainWindow", "&Previous slide"),
                "session.previous_slide",
                when=SESSION,
            ),
            Entry(
                "go_to",
                QT_TRANSLATE_NOOP("MainWindow", "&Go to agenda item…"),
                "session.go_to_item",
                when=SESSION,
            ),
            None,
            Entry(
                "reveal",
                QT_TRANSLATE_NOOP("MainWindow", "&Reveal or hide results"),
                "session.reveal",
                when=SESSION,
            ),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        (
            Entry(
                "present_start",
                QT_TRANSLATE_NOOP("MainWindow", "Present from the &start"),
                "present_from_start",
            ),
            Entry(
                "present_here",
                QT_TRANSLATE_NOOP("MainWindow", "Present from &here"),
                "present_from_here",
            ),
            Entry(
                "full_screen", QT_TRANSLATE_NOOP("MainWindow", "&Full screen"), "toggle_full_screen"
            ),
            Entry(
                "leave_full_screen",
                QT_TRANSLATE_NOOP("MainWindow", "&Leave full screen"),
                "leave_full_screen",
            ),
            Entry(
                "blank",
                QT_TRANSLATE_NOOP("MainWindow", "&Blank the screen"),
                "toggle_blank",
                checkable=True,
            ),
            None,
            Entry(
                "console",
                QT_TRANSLATE_NOOP("MainWindow", "Facilitator &console"),
                "toggle_console",
                when=SESSION,
                checkable=True,
            ),
            Entry(
                "swap_screens",
                QT_TRANSLATE_NOOP("MainWindow", "S&wap projector and console screens"),
                "swap_screens",
            ),
            None,
            Entry(
                "larger_text",
                QT_TRANSLATE_NOOP("MainWindow", "&Larger text"),
                "step_text_size",
                (1,),
                in_menu=False,
            ),
            Entry(
                "smaller_text",
                QT_TRANSLATE_NOOP("MainWindow", "S&maller text"),
                "step_text_size",
                (-1,),
                in_menu=False,
            ),
            "preferences",
            Menu(QT_TRANSLATE_NOOP("MainWindow", "&Projector screen"), ("screens",)),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&Timer"),
        (
            Entry(
                "timer",
                QT_TRANSLATE_NOOP("MainWindow", "&Start or pause the timer"),
                "session.toggle_timer",
                when=SESSION,
            ),
            Entry(
                "projector_timer",
                QT_TRANSLATE_NOOP("MainWindow", "Show the timer on the &projector"),
                "show_timer",
                checkable=True,
            ),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "V&otes"),
        (
            Menu(
                QT_TRANSLATE_NOOP("MainWindow", "A&dd a vote"),
                tuple(
                    Entry(
                        f"tally_{d}",
                        QT_TRANSLATE_NOOP("MainWindow", "Vote %1"),
                        "session.vote_key",
                        (d,),
                        when=PROCESS,
                    )
                    for d in (*range(1, 10), 0)
                ),
            ),
            Entry(
                "abstain",
                QT_TRANSLATE_NOOP("MainWindow", "&Abstain"),
                "session.abstain",
                when=PROCESS,
            ),
            None,
            Entry(
                "by_name",
                QT_TRANSLATE_NOOP("MainWindow", "Record votes &by name"),
                "toggle_by_name",
                when=SESSION,
                checkable=True,
            ),
            Entry(
                "participants",
                QT_TRANSLATE_NOOP("MainWindow", "&Participants…"),
                "session.edit_roster",
                when=SESSION,
            ),
            None,
            Entry(
                "revote",
                QT_TRANSLATE_NOOP("MainWindow", "&Re-vote this process"),
                "session.revote",
                when=PROCESS,
            ),
            Entry(
                "choose_round",
                QT_TRANSLATE_NOOP("MainWindow", "&Scores use round…"),
                "session.choose_round",
                when=PROCESS,
            ),
            None,
            Menu(QT_TRANSLATE_NOOP("MainWindow", "P&hone voting"), ("phone_voting", None, *BOARD)),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        (
            Entry(
                "shortcuts",
                QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
                "show_shortcuts",
            ),
        ),
    ),
)

ENTRIES = {}  # name -> Entry, every entry of the table


def _collect(rows) -> None:
    for row in rows:
        if isinstance(row, Entry):
            ENTRIES[row.name] = row
        elif isinstance(row, Menu):
            _collect(row.rows)


_collect(MENUS)


def translated(text: str) -> str:
    """A text of the table (marked with QT_TRANSLATE_NOOP) in the app language."""
    return QCoreApplication.translate("MainWindow", text)


def words(entry: Entry) -> str:
    """The entry's words in the app language."""
    text = translated(entry.text)
    if entry.name.startswith("tally_"):
        digit = entry.args[0]
        text = text.replace("%1", "10" if digit == 0 else str(digit))
    return text


def _handler(window: MainWindow, entry: Entry) -> Callable:
    if entry.run.startswith("session."):
        return window.in_session(entry.run.removeprefix("session."), *entry.args)
    method = getattr(window, entry.run)
    return lambda *_: method(*entry.args)


def build_window_menus(window: MainWindow) -> None:
    """The window's menus, once; the parts built elsewhere keep their words current too."""
    from .files.menu import build_file_menu
    from .live.menu import PhoneVoting

    window.menu_retexts = []  # each part sets its new words itself

    def file_menu(menu: QMenu) -> None:
        window.document_actions = build_file_menu(
            window, menu, lambda: window.files, window.menu_retexts
        )

    def phone_voting(menu: QMenu) -> None:
        window.phone_voting = PhoneVoting(window, menu)
        window.menu_retexts.append(window.phone_voting.retext)

    def preferences(menu: QMenu) -> None:
        window.preferences.fill(menu, window.actions_by_name)
        window.menu_retexts.append(window.preferences.retext)

    def screens(menu: QMenu) -> None:
        window.projector_menu = menu
        menu.aboutToShow.connect(lambda: fill_screens(window, menu))

    parts = {
        "file": file_menu,
        "preferences": preferences,
        "screens": screens,
        "phone_voting": phone_voting,
    }
    build_menus(window, parts)
    window.by_name_action = window.actions_by_name["by_name"]


def build_menus(window: MainWindow, parts: dict[str, Callable[[QMenu], None]]) -> None:
    """Build the menu bar once from ``MENUS``; ``parts`` fill the menus built elsewhere."""
    window.menu_titles: list[tuple[QMenu, str]] = []

    def fill(menu: QMenu, rows) -> None:
        for row in rows:
            if row is None:
                menu.addSeparator()
            elif isinstance(row, str):
                parts[row](menu)
            elif isinstance(row, Menu):
                submenu = menu.addMenu(translated(row.title))
                window.menu_titles.append((submenu, row.title))
                fill(submenu, row.rows)
            elif row.in_menu:
                menu.addAction(_action(window, row))
            else:
                _action(window, row)

    bar = window.menuBar()
    for top in MENUS:
        menu = bar.addMenu(translated(top.title))
        window.menu_titles.append((menu, top.title))
        fill(menu, top.rows)


def _action(window: MainWindow, entry: Entry) -> QAction:
    """An action on the window (so its keys work with the menu bar hidden), named for lookup."""
    action = QAction(words(entry), window)
    name = entry.keys or entry.name
    if name in keys.SLIDE_KEYS:
        action.setShortcuts(keys.sequences(name))
    action.setCheckable(entry.checkable)
    action.triggered.connect(_handler(window, entry))
    window.addAction(action)
    window.actions_by_name[entry.name] = action
    return action


def add_action(window: MainWindow, name: str, text: str, slot, *, checkable=False) -> QAction:
    """An action built outside the table (phone voting), named and on the window all the same."""
    action = QAction(text, window)
    if name in keys.SLIDE_KEYS:
        action.setShortcuts(keys.sequences(name))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    window.addAction(action)
    window.actions_by_name[name] = action
    return action


def retext(window: MainWindow) -> None:
    """The table's words in the new app language, on the same actions and menus."""
    for name, entry in ENTRIES.items():
        window.actions_by_name[name].setText(words(entry))
    for menu, title in window.menu_titles:
        menu.setTitle(translated(title))


def enable(window: MainWindow) -> None:
    """Each entry usable when it can do something: with a session, on a process slide."""
    session = window.scope is not None
    process = session and window.capture.process is not None
    for name, entry in ENTRIES.items():
        if entry.when != ALWAYS:
            window.actions_by_name[name].setEnabled(process if entry.when == PROCESS else session)
    for action in window.document_actions.values():
        action.setEnabled(session)


def fill_screens(window: MainWindow, menu: QMenu) -> None:
    """One entry per screen; the checked one is the projector."""
    menu.clear()
    presenter = window.presenter
    names = presenter.screen_names()
    if len(names) < 2:
        menu.addAction(
            QCoreApplication.translate("MainWindow", "Only one screen is connected")
        ).setEnabled(False)
        return
    group = QActionGroup(menu)
    for index, name in enumerate(names):
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(index == presenter.layout.projector)
        action.triggered.connect(lambda _=False, n=name: presenter.choose_projector(n))
        group.addAction(action)
