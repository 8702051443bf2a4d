"""Presenting: which window shows what, on which screen, as screens come and go.

The Presenter holds the room's view (:class:`ProjectorView`) and decides
where it lives: in the main window with one screen, or in a frameless
:class:`ProjectorWindow` on the projector with two, while the main window
becomes the facilitator's console. It follows Qt's screen-added and
screen-removed signals, so a projector plugged in or pulled out mid-session
moves the views and loses nothing: the views are the same widgets, and the
navigation, timer and document they follow never move.

Screens come through ``screens``, a seam: offscreen Qt (the tests) cannot
fake a second screen, so tests pass their own list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from .projector import ProjectorView, ProjectorWindow
from .screens import Layout, Screen, choose, swapped

ScreenSource = Callable[[], list[tuple[Screen, QScreen]]]
SETTING = "presenting/projector_screen"


def qt_screens() -> list[tuple[Screen, QScreen]]:
    """The screens Qt sees, described for the rules in ``screens``.

    Names tell screens apart (and are remembered), but two X screens may both
    be called "screen": repeats get a number, "screen (2)".
    """
    primary = QGuiApplication.primaryScreen()
    found, seen = [], {}
    for screen in QGuiApplication.screens():
        name = screen.name() or "screen"
        seen[name] = seen.get(name, 0) + 1
        unique = name if seen[name] == 1 else f"{name} ({seen[name]})"
        found.append((Screen(unique, screen is primary), screen))
    return found


class Presenter(QObject):
    """Places the room's view and the console on the screens there are."""

    layout_changed = Signal(object)  # the new Layout

    def __init__(self, window: QMainWindow, screens: ScreenSource = qt_screens) -> None:
        super().__init__(window)
        self.window = window
        self.screens = screens
        self.room = ProjectorView()
        self.projector_window: ProjectorWindow | None = None
        self.layout = Layout(console=0)
        self.projector_choice: str | None = QSettings().value(SETTING, None)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(300)  # let the windowing system settle after a change
        self._pending.timeout.connect(self.relayout)
        app = QGuiApplication.instance()
        for signal in (app.screenAdded, app.screenRemoved, app.primaryScreenChanged):
            signal.connect(self.screens_changed)

    @property
    def two_screens(self) -> bool:
        return self.layout.two_screens

    def screens_changed(self, *_) -> None:
        """A screen came or went: lay out again once the system has settled."""
        self._pending.start()

    # -- laying out ---------------------------------------------------------------------
    def relayout(self) -> Layout:
        """Put the room's view and the console where the screens and the facilitator say."""
        self._pending.stop()
        found = self.screens()
        layout = choose([s for s, _ in found], self.projector_choice)
        if layout.two_screens and self.window.scope is not None:
            self._two_screens(found[layout.console][1], found[layout.projector][1])
        else:
            self._one_screen()
            layout = Layout(console=layout.console)
        self.layout = layout
        self.layout_changed.emit(layout)
        return layout

    def _two_screens(self, console: QScreen, projector: QScreen) -> None:
        if self.projector_window is None:
            self.projector_window = ProjectorWindow(self.window)
            self.projector_window.hidden.connect(self._projector_closed)
        self.window.take_room_back(None)  # out of the main window, if it was there
        self.room.set_clean(True)  # the buttons stay with the facilitator, on the console
        self.projector_window.hold(self.room)
        self.projector_window.addActions(self.window.actions())  # clicker keys work there too
        self.projector_window.place_on(projector)
        if self.window.screen() is not console:
            self._move_window(console)
        self.window.show_console()

    def _one_screen(self) -> None:
        self.room.set_clean(False)  # the window is the projector and the controls too
        if self.projector_window is not None:
            self.projector_window.release()
            self.projector_window.hide()
        self.window.take_room_back(self.room)

    def _move_window(self, screen: QScreen) -> None:
        full = self.window.isFullScreen()
        self.window.showNormal()
        self.window.setScreen(screen)
        self.window.setGeometry(screen.availableGeometry())
        if full:
            self.window.showFullScreen()
        else:
            self.window.showMaximized()

    def _projector_closed(self) -> None:
        """Someone closed the projector window: it comes back with F5."""

    # -- the facilitator's choices ------------------------------------------------------------
    def choose_projector(self, name: str) -> None:
        """Make the screen called ``name`` the projector, and remember it."""
        self.projector_choice = name
        QSettings().setValue(SETTING, name)
        self.relayout()

    def swap(self) -> None:
        """Exchange the console and projector screens."""
        names = [s for s, _ in self.screens()]
        choice = swapped(names, self.layout)
        if choice is not None:
            self.choose_projector(choice)

    def screen_names(self) -> list[str]:
        return [s.name for s, _ in self.screens()]

    # -- presenting -------------------------------------------------------------------------------
    def show_projector(self) -> None:
        """F5 and Shift+F5 with two screens: the projector shows the slides, full screen."""
        if self.two_screens and self.projector_window is not None:
            found = self.screens()
            self.projector_window.place_on(found[self.layout.projector][1])

    def close(self) -> None:
        if self.projector_window is not None:
            self.projector_window.close()
