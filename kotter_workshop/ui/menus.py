"""The main window's menus: every action has an entry, and its keys from the one keyboard map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar

from . import keymap as keys

if TYPE_CHECKING:
    from .main_window import MainWindow


def add_action(
    window: MainWindow, name: str, text: str, slot, *, checkable: bool = False
) -> QAction:
    """An action on the window (so its keys work with the menu bar hidden), named for lookup."""
    action = QAction(text, window)
    if name in keys.SLIDE_KEYS:
        action.setShortcuts(keys.sequences(name))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    window.addAction(action)
    window.actions_by_name[name] = action
    return action


def build_menus(window: MainWindow) -> None:
    """Build the menu bar afresh (a new app language rebuilds it).

    The texts are the window's (context "MainWindow"), spelt out in full so
    lupdate finds them."""
    bar = QMenuBar(window)
    window.setMenuBar(bar)  # replaces (and deletes) the menus of another language
    if window.isFullScreen():
        bar.hide()
    from .files.menu import build_file_menu

    window.document_actions = build_file_menu(
        window, bar.addMenu(QCoreApplication.translate("MainWindow", "&File")), lambda: window.files
    )
    window.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))

    def entries(menu: QMenu, *rows) -> None:
        for row in rows:
            if row is None:
                menu.addSeparator()
            else:
                name, text, slot, *checkable = row
                menu.addAction(add_action(window, name, text, slot, checkable=bool(checkable)))

    entries(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Slides")),
        (
            "next",
            QCoreApplication.translate("MainWindow", "&Next slide"),
            window.in_session("next_slide"),
        ),
        (
            "previous",
            QCoreApplication.translate("MainWindow", "&Previous slide"),
            window.in_session("previous_slide"),
        ),
        (
            "go_to",
            QCoreApplication.translate("MainWindow", "&Go to agenda item…"),
            window.in_session("go_to_item"),
        ),
        None,
        (
            "reveal",
            QCoreApplication.translate("MainWindow", "&Reveal or hide results"),
            window.in_session("reveal"),
        ),
    )
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    entries(
        view,
        (
            "present_start",
            QCoreApplication.translate("MainWindow", "Present from the &start"),
            window.present_from_start,
        ),
        (
            "present_here",
            QCoreApplication.translate("MainWindow", "Present from &here"),
            window.present_from_here,
        ),
        (
            "full_screen",
            QCoreApplication.translate("MainWindow", "&Full screen"),
            window.toggle_full_screen,
        ),
        (
            "leave_full_screen",
            QCoreApplication.translate("MainWindow", "&Leave full screen"),
            window.leave_full_screen,
        ),
        (
            "blank",
            QCoreApplication.translate("MainWindow", "&Blank the screen"),
            window.toggle_blank,
            True,
        ),
        None,
        (
            "console",
            QCoreApplication.translate("MainWindow", "Facilitator &console"),
            window.toggle_console,
            True,
        ),
        (
            "swap_screens",
            QCoreApplication.translate("MainWindow", "S&wap projector and console screens"),
            window.swap_screens,
        ),
        None,
    )
    add_action(
        window,
        "larger_text",
        QCoreApplication.translate("MainWindow", "&Larger text"),
        lambda: window.step_text_size(1),
    )
    add_action(
        window,
        "smaller_text",
        QCoreApplication.translate("MainWindow", "S&maller text"),
        lambda: window.step_text_size(-1),
    )
    window.preferences.fill(view, window.actions_by_name)
    window.projector_menu = view.addMenu(
        QCoreApplication.translate("MainWindow", "&Projector screen")
    )
    window.projector_menu.aboutToShow.connect(lambda: _fill_screens(window))

    entries(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Timer")),
        (
            "timer",
            QCoreApplication.translate("MainWindow", "&Start or pause the timer"),
            window.in_session("toggle_timer"),
        ),
        (
            "projector_timer",
            QCoreApplication.translate("MainWindow", "Show the timer on the &projector"),
            window.show_timer,
            True,
        ),
    )
    _build_votes_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "V&otes")))
    entries(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")),
        (
            "shortcuts",
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            window.show_shortcuts,
        ),
    )


def _build_votes_menu(window: MainWindow, menu: QMenu) -> None:
    tally = menu.addMenu(QCoreApplication.translate("MainWindow", "A&dd a vote"))
    for digit in (*range(1, 10), 0):
        action = add_action(
            window,
            f"tally_{digit}",
            QCoreApplication.translate("MainWindow", "Vote %1").replace(
                "%1", "10" if digit == 0 else str(digit)
            ),
            window.in_session("vote_key", digit),
        )
        tally.addAction(action)
    menu.addAction(
        add_action(
            window,
            "abstain",
            QCoreApplication.translate("MainWindow", "&Abstain"),
            window.in_session("abstain"),
        )
    )
    menu.addSeparator()
    window.by_name_action = add_action(
        window,
        "by_name",
        QCoreApplication.translate("MainWindow", "Record votes &by name"),
        window.toggle_by_name,
        checkable=True,
    )
    menu.addAction(window.by_name_action)
    menu.addAction(
        add_action(
            window,
            "participants",
            QCoreApplication.translate("MainWindow", "&Participants…"),
            window.in_session("edit_roster"),
        )
    )
    menu.addSeparator()
    menu.addAction(
        add_action(
            window,
            "revote",
            QCoreApplication.translate("MainWindow", "&Re-vote this process"),
            window.in_session("revote"),
        )
    )
    menu.addAction(
        add_action(
            window,
            "choose_round",
            QCoreApplication.translate("MainWindow", "&Scores use round…"),
            window.in_session("choose_round"),
        )
    )
    menu.addSeparator()
    from .live.menu import PhoneVoting

    phone_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "P&hone voting"))
    if getattr(window, "phone_voting", None) is None:
        window.phone_voting = PhoneVoting(window, phone_menu)
    else:  # a new language: new words, the same voting (its server may be open)
        window.phone_voting.fill(phone_menu)
    window.vote_actions = [
        window.actions_by_name[name]
        for name in (*(f"tally_{d}" for d in range(10)), "abstain", "revote", "choose_round")
    ]


def _fill_screens(window: MainWindow) -> None:
    """One entry per screen; the checked one is the projector."""
    menu = window.projector_menu
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
