"""Every menu opened and every entry used, in every state the window can be in.

Each menu reachable from the menu bar is really shown (popup, so whatever is
connected to ``aboutToShow`` runs, as when a facilitator hovers it), submenus
included, and closed again. Then every enabled entry is triggered; a dialog it
opens is closed with Cancel, as a facilitator who changed their mind would. A
Qt warning, an error in a slot or the crash dialog fails the test (see
conftest.py and pyproject.toml): that is what this walk looks for.

Entries that change the state the walk is in are put back afterwards: a
toggle is toggled again, a choice among several (theme, text size, language)
goes back to the one that was chosen, full screen is left. Close and Quit end
the walk, in that order.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from test_presenting import FakeScreens

from kotter_workshop.ui.i18n import app_language, install_language
from kotter_workshop.ui.main_window import MainWindow
from kotter_workshop.ui.presenting.presenter import SETTING

LOOPBACK = {"bind": "127.0.0.1", "ports": (0,), "address": "127.0.0.1"}
PROCESS = "process:setting-direction"

# File > Close and File > Quit end the state the walk is in: they run last, Close first.
LAST = ("close", "quit")

# Entries left out, by name, with the reason. None so far: entries that open a
# file dialog or ask a question are triggered too, and the dialog is cancelled.
SKIPPED: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    install_language("en")
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _projector_screen_afterwards(qapp):
    """Swap and Projector screen are remembered (QSettings, for the whole process)."""
    before = QSettings().value(SETTING, None)
    yield
    if before is None:
        QSettings().remove(SETTING)
    else:
        QSettings().setValue(SETTING, before)


class DialogCloser(QObject):
    """Cancels whatever modal dialog comes up, and remembers which ones it met."""

    def __init__(self) -> None:
        super().__init__()
        self.met: list[str] = []
        self.timer = QTimer(self, interval=20)
        self.timer.timeout.connect(self._cancel)

    def _cancel(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        self.met.append(type(widget).__name__)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


def settle(qtbot) -> None:
    """Let queued work run: a new language rebuilds the menus on the next turn."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def show_menu(qtbot, menu: QMenu) -> None:
    """Really pop the menu up, as hovering does: its aboutToShow runs."""
    with qtbot.waitSignal(menu.aboutToShow, timeout=2000):
        menu.popup(QPoint(40, 40))
    if menu.actions():  # an empty menu (Edit, with no session) does not show
        qtbot.waitUntil(menu.isVisible, timeout=2000)


def walk(qtbot, window) -> list[tuple[int, ...]]:
    """Open every menu and submenu; the index path of every entry that is not a menu."""
    found: list[tuple[int, ...]] = []

    def visit(menu: QMenu, path: tuple[int, ...]) -> None:
        show_menu(qtbot, menu)
        for index, action in enumerate(menu.actions()):
            if action.isSeparator():
                continue
            if action.menu() is not None:
                visit(action.menu(), (*path, index))
            else:
                found.append((*path, index))
        menu.hide()

    for index, top in enumerate(window.menuBar().actions()):
        visit(top.menu(), (index,))
    return found


def entries(qtbot, window, path: tuple[int, ...]) -> list[QAction]:
    """The entries of the menu at ``path`` as they are now, its menus opened on the way."""
    opened = []
    actions = window.menuBar().actions()
    for step in path:
        menu = actions[step].menu()
        show_menu(qtbot, menu)
        opened.append(menu)
        actions = menu.actions()
    for menu in reversed(opened):
        menu.hide()
    return actions


def resolve(qtbot, window, path: tuple[int, ...]) -> QAction:
    """The entry at ``path`` as it is now."""
    return entries(qtbot, window, path[:-1])[path[-1]]


def name_of(window, action: QAction) -> str | None:
    named = {**window.actions_by_name, **window.document_actions}
    for name, candidate in named.items():
        if candidate is action:
            return name
    if action.shortcut().toString() == "Ctrl+Q":
        return "quit"
    return None


def use(qtbot, window, closer: DialogCloser, path: tuple[int, ...]) -> str:
    """Trigger the entry at ``path`` (if enabled), then put the state back; what was done."""
    siblings = entries(qtbot, window, path[:-1])
    action = siblings[path[-1]]
    label = action.text().replace("&", "")
    if not action.isEnabled():
        return f"{label}: disabled"
    group = action.actionGroup()
    chosen = None
    if group is not None and group.isExclusive() and group.checkedAction() in siblings:
        chosen = (*path[:-1], siblings.index(group.checkedAction()))
    toggle = action.isCheckable() and chosen is None
    was_full = window.isFullScreen()
    navigation = window.scope.navigation if window.scope is not None else None
    where = (navigation.index, navigation.phase) if navigation is not None else None
    met = len(closer.met)
    action.trigger()
    settle(qtbot)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    if toggle and window.isVisible():
        again = resolve(qtbot, window, path)
        if again.isEnabled():
            again.trigger()
    elif chosen is not None:
        resolve(qtbot, window, chosen).trigger()
    settle(qtbot)
    if window.isFullScreen() and not was_full:
        window.leave_full_screen()
    if where is not None and window.scope is not None and window.scope.navigation is navigation:
        navigation.go(*where)  # back to the vote step, where the vote entries work
    settle(qtbot)
    dialogs = closer.met[met:]
    return f"{label}: {'cancelled ' + ', '.join(dialogs) if dialogs else 'done'}"


def use_every_entry(qtbot, window) -> list[str]:
    """Open every menu, then use every entry; returns what happened, entry by entry."""
    window.phone_voting.options = LOOPBACK  # never any address but loopback in tests
    paths = walk(qtbot, window)
    last = {}
    for path in list(paths):
        name = name_of(window, resolve(qtbot, window, path))
        if name in LAST:
            last[name] = path
        if name in LAST or name in SKIPPED:
            paths.remove(path)
    closer = DialogCloser()
    closer.timer.start()
    try:
        done = [use(qtbot, window, closer, path) for path in paths]
        walk(qtbot, window)  # and every menu once more, after all that
        for name in LAST:
            if name in last and window.isVisible():
                done.append(use(qtbot, window, closer, last[name]))
    finally:
        closer.timer.stop()
        if shiboken6.isValid(window):
            window.phone_voting.detach()
    return done


def make_window(qtbot, theme, guard, screens=None, session=True) -> MainWindow:
    window = MainWindow(theme, screens)
    qtbot.addWidget(window)
    window.phone_voting.options = LOOPBACK
    window.resize(1280, 800)
    window.show()
    if session:
        window.files.open_demo()  # as --demo does: the file entries have a document to use
        window.deck.go(window.deck.keys.index(PROCESS), phase=-1)  # the vote keys are live here
    else:
        window.show_start()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def switch_language_and_back(qtbot, window) -> None:
    """Deutsch from the View menu, then English again: the menus are built twice more."""
    for language, name in (("de", "Deutsch"), ("en", "English")):
        path = next(p for p in walk(qtbot, window) if resolve(qtbot, window, p).text() == name)
        resolve(qtbot, window, path).trigger()
        settle(qtbot)
        assert app_language.current == language


def check(done: list[str]) -> None:
    used = [line for line in done if not line.endswith(": disabled")]
    assert len(used) >= 20, done  # the walk reached the menus' entries
    assert any("cancelled" in line for line in done), done  # and dialogs were met and closed


def test_the_start_screen(qtbot, theme, guard):
    window = make_window(qtbot, theme, guard, session=False)
    done = use_every_entry(qtbot, window)
    assert any(line.startswith("New Session") and "cancelled" in line for line in done), done
    assert not window.isVisible()  # Quit ran last


def test_a_session(qtbot, theme, guard):
    window = make_window(qtbot, theme, guard)
    check(use_every_entry(qtbot, window))
    assert not window.isVisible()


def test_two_screens(qtbot, theme, guard):
    window = make_window(qtbot, theme, guard, screens=FakeScreens())
    assert window.presenter.two_screens
    check(use_every_entry(qtbot, window))


@pytest.mark.parametrize("name", ["dark", "high-contrast"])  # light: test_a_session
def test_each_theme(qtbot, theme, guard, name):
    theme.set_name(name)
    window = make_window(qtbot, theme, guard)
    check(use_every_entry(qtbot, window))


def test_german(qtbot, theme, guard):
    install_language("de")
    window = make_window(qtbot, theme, guard)
    assert window.menuBar().actions()[0].text() == "&Datei"
    check(use_every_entry(qtbot, window))


def test_after_a_language_switch(qtbot, theme, guard):
    window = make_window(qtbot, theme, guard)
    switch_language_and_back(qtbot, window)
    check(use_every_entry(qtbot, window))


def test_the_start_screen_after_a_language_switch(qtbot, theme, guard):
    window = make_window(qtbot, theme, guard, session=False)
    switch_language_and_back(qtbot, window)
    use_every_entry(qtbot, window)


def test_a_language_switch_keeps_phone_voting_as_it_was(qtbot, theme, guard):
    """A new language rebuilds the menus: the phone voting entries still work, on the
    same open vote (the phones keep their address)."""
    window = make_window(qtbot, theme, guard)
    window.actions_by_name["voting"].trigger()
    live = window.phone_voting.live
    assert live.is_open
    url = live.url
    try:
        switch_language_and_back(qtbot, window)
        entry = window.actions_by_name["voting"]
        assert entry.isEnabled()
        assert window.phone_voting.live is live and live.is_open and live.url == url
        entry.trigger()
        assert not live.is_open
    finally:
        window.phone_voting.detach()
