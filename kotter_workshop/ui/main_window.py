"""The main window: the start screen, the session's slides, menus, and presenting.

With one screen it is also the projector: what it shows, the room sees. With
two, it is the facilitator's console and the room's view moves to a
projector window (see ``presenting.presenter``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from ..domain.model import Aspect
from . import menus
from .preferences import Preferences
from .presenting.window_modes import PresentingWindow
from .settings import Settings
from .theme import Theme

if TYPE_CHECKING:  # loaded with the first session, after the window has painted
    from .document import Document
    from .presenting.console import Console
    from .presenting.overlay import ShortcutsOverlay
    from .presenting.presenter import Presenter, ScreenSource
    from .presenting.projector import ProjectorView
    from .session_scope import SessionScope
    from .slides.deck import SlideDeck


class MainWindow(PresentingWindow, QMainWindow):
    """The facilitator's window; with one screen, also the room's."""

    document_changed = Signal()

    def __init__(
        self, theme: Theme, screens: ScreenSource | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__()
        self.theme = theme
        settings = settings or Settings(theme.name, theme.font_scale)
        self.preferences = Preferences(theme, settings, self)
        self._retranslating = False
        self.scope: SessionScope | None = None  # the open session and all it owns
        self.console: Console | None = None
        self.overlay: ShortcutsOverlay | None = None
        self.setWindowTitle("Kotter Workshop")
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._screens = screens
        self._presenter: Presenter | None = None  # built after the first paint (Qt's enums cost)
        self.position = QLabel()
        self.timer_status: QLabel | None = None
        self.statusBar().addPermanentWidget(self.position)
        self.actions_by_name: dict[str, QAction] = {}
        self._files = None
        self.start = None
        self._normal_geometry = None
        menus.build_window_menus(self)
        menus.enable(self)
        self._show_undo()

    def in_session(self, gesture: str, *args):
        """A menu's handler: the open session's ``gesture``; nothing without a session."""

        def run(*_) -> None:
            if self.scope is not None:
                getattr(self.scope, gesture)(*args)

        return run

    @property
    def files(self):
        """The file workflows, loaded on first use: the store is heavy, the first paint is not."""
        if self._files is None:
            from .files.workflows import FileWorkflows  # seam: after paint

            self._files = FileWorkflows(self)
            self._files.opened.connect(self.set_document)
            self._files.closed.connect(self.show_start)
        return self._files

    @property
    def presenter(self) -> Presenter:
        """Places the room's view and the console; built on first use, after the first paint."""
        if self._presenter is None:
            from .presenting.presenter import Presenter, qt_screens  # seam: after paint

            self._presenter = Presenter(self, self._screens or qt_screens)
            self.stack.insertWidget(0, self._presenter.room)
        return self._presenter

    @property
    def room(self) -> ProjectorView:
        """What the room sees: the slides or black (on the projector with two screens)."""
        return self.presenter.room

    @property
    def deck(self) -> SlideDeck | None:
        """The room's slides (on the projector with two screens, here with one)."""
        return None if self._presenter is None else self._presenter.room.deck

    # -- the document ------------------------------------------------------------
    def show_start(self) -> None:
        """The start screen, with no session open."""
        self._drop_document()
        if self.start is None:
            from .files.start_screen import StartScreen  # seam: after paint

            self.start = StartScreen()
            self.start.new_requested.connect(self.files.new_session)
            self.start.open_requested.connect(self.files.open_dialog)
            self.start.path_chosen.connect(self.files.open_path)
            self.start.demo_requested.connect(self.files.open_demo)
            self.stack.addWidget(self.start)
        else:
            self.start.refresh()
        self.presenter.relayout()
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle("Kotter Workshop")
        self.position.setText("")
        menus.enable(self)
        self._show_undo()

    def _drop_document(self) -> None:
        """The session closes: its views go, and its scope with all it owns."""
        self.phone_voting.detach()
        if self.console is not None:
            self.stack.removeWidget(self.console)
            self.console.deleteLater()
            self.console = None
        self.room.set_deck(None, None)
        if self.timer_status is not None:
            self.timer_status.deleteLater()
            self.timer_status = None
        scope, self.scope = self.scope, None
        if scope is not None:
            scope.dispose()

    def set_document(self, document: Document) -> None:
        from .session_scope import SessionScope  # seam: after paint

        self._drop_document()
        self.scope = scope = SessionScope(document, self, self.say)
        scope.connect_while_open(document.file_changed, self._update_title)
        scope.connect_while_open(document.title_changed, self._update_title)
        scope.connect_while_open(document.changed, self._agenda_changed)
        scope.connect_while_open(scope.navigation.slide_changed, self._follow_slide)
        scope.connect_while_open(scope.navigation.moved, self._show_position)
        scope.connect_while_open(scope.timer.changed, self._show_timer_state)
        scope.connect_while_open(document.undo_stack.indexChanged, self._show_undo)
        self.by_name_action.setChecked(False)
        self._place_session_views()
        menus.enable(self)
        self._show_undo()
        self._show_timer_state()
        self._update_title()
        if scope.navigation.index >= 0:
            self._follow_slide(scope.navigation.current_key)
        self.actions_by_name["console"].setChecked(False)
        self.presenter.relayout()
        self.document_changed.emit()

    def _show_undo(self, *_) -> None:
        """Edit → Undo and Redo name what they would undo or redo, and only then work."""
        stack = self.scope.document.undo_stack if self.scope is not None else None
        for name, can, what in (
            ("edit_undo", stack is not None and stack.canUndo(), stack and stack.undoText()),
            ("edit_redo", stack is not None and stack.canRedo(), stack and stack.redoText()),
        ):
            action = self.actions_by_name[name]
            words = menus.words(menus.ENTRIES[name])
            action.setText(f"{words} {what}" if what else words)
            action.setEnabled(can)

    # -- a new app language, live ---------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # Later, not now: the language may have been chosen from the very menu
            # that is about to be rebuilt.
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)  # dropped if the window goes first
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Rebuild every text of the window in the app language: menus, start screen,
        slides and console. Where the room is (slide, step, reveals) lives in the
        navigation, which stays, so nothing moves."""
        self._retranslating = False
        parts = [*self.actions_by_name.values(), *(menu for menu, _ in self.menu_titles)]
        if not all(isValid(part) for part in parts):
            return  # the window is being torn down
        menus.retext(self)
        for retext in self.menu_retexts:
            retext()
        start_shown = self.start is not None and self.stack.currentWidget() is self.start
        if self.start is not None:
            old, self.start = self.start, None
            self.stack.removeWidget(old)
            old.deleteLater()
        if self.overlay is not None:
            self.overlay.deleteLater()
            self.overlay = None
        self._show_undo()
        if self.scope is None:
            if start_shown:
                self.show_start()
            return
        self._rebuild_document_views()

    def _place_session_views(self) -> None:
        """The open session's slides in the room's view and its timer in the status bar:
        one way for opening and for a new language, so both decks take notes."""
        from .presenting.timer_view import TimerStatus  # seam: after paint
        from .slides.deck import SlideDeck  # seam: after paint

        scope = self.scope
        deck = SlideDeck(
            scope.document.session,
            self.theme,
            scope.capture,
            navigation=scope.navigation,
            document=scope.document,
        )
        self.room.set_deck(deck, scope.timer)
        if self.timer_status is not None:
            self.statusBar().removeWidget(self.timer_status)
            self.timer_status.deleteLater()
        self.timer_status = TimerStatus(scope.timer)
        self.statusBar().insertPermanentWidget(0, self.timer_status)

    def _rebuild_document_views(self) -> None:
        from .voting.capture import Mode  # seam: after paint

        scope = self.scope
        blanked = self.room.blanked
        self._place_session_views()
        self.room.set_blanked(blanked)
        self.actions_by_name["blank"].setChecked(blanked)
        console_shown = self.console is not None and self.stack.currentWidget() is self.console
        if self.console is not None:
            self.stack.removeWidget(self.console)
            self.console.deleteLater()
            self.console = None
        self.by_name_action.setChecked(scope.capture.mode is Mode.BY_NAME)
        self._show_timer_state()
        self.actions_by_name["console"].setChecked(console_shown)
        if console_shown:
            self._show_page(self._ensure_console())
        self._show_position(scope.navigation.index)

    def _follow_slide(self, _key: str) -> None:  # after the scope's own: capture and timer follow
        self._show_position(self.scope.navigation.index)

    def _agenda_changed(self, change) -> None:
        if change.aspect is Aspect.AGENDA and self.scope is not None:
            self._show_position(self.scope.navigation.index)  # a renamed item shows its new name

    def _update_title(self) -> None:
        if self.scope is not None:
            self.setWindowTitle(self.scope.document.window_title())

    def say(self, message: str) -> None:
        """One sentence for the facilitator, in the status bar."""
        self.statusBar().showMessage(message, 6000)

    def _show_position(self, index: int) -> None:
        if self.scope is None or index < 0:
            return
        menus.enable(self)  # the vote entries work on a process slide only
        from .slides.navigation import position_text  # seam: after paint

        self.position.setText(position_text(self.scope.navigation))

    def _show_timer_state(self) -> None:  # what T does now, in the menu and the `?` list
        self.actions_by_name["timer"].setText(self.scope.timer.key_words())

    def show_timer(self) -> None:
        self.room.show_timer(self.actions_by_name["projector_timer"].isChecked())

    def toggle_by_name(self) -> None:
        if self.scope is not None and not self.scope.set_by_name(self.by_name_action.isChecked()):
            self.by_name_action.setChecked(False)

    # -- where the room's view and the console live ----------------------------------------
    def take_room_back(self, room: QWidget | None) -> None:
        """With one screen the room's view is here; with two (``None``) it is not."""
        if room is None:
            self.stack.removeWidget(self.room)
            return
        if self.stack.indexOf(room) < 0:  # back from a projector: the window shows the slides
            self.stack.insertWidget(0, room)
            self.actions_by_name["console"].setChecked(False)
        room.show()
        if self.scope is not None:
            self._show_page(self.console if self._console_wanted() else room)
        self.actions_by_name["swap_screens"].setEnabled(False)

    def show_console(self) -> None:
        """Two screens: this window is the console."""
        console = self._ensure_console()
        self._show_page(console)
        focus = QApplication.focusWidget()
        if console is None or focus is None or not console.isAncestorOf(focus):
            self.setFocus()  # slide keys work at once, not only after a click
        self.actions_by_name["console"].setChecked(True)
        self.actions_by_name["swap_screens"].setEnabled(True)

    def _console_wanted(self) -> bool:
        return self.actions_by_name["console"].isChecked() and self._ensure_console() is not None

    def _ensure_console(self) -> Console | None:
        scope = self.scope
        if self.console is None and scope is not None:
            from .presenting.console import Console  # seam: after paint

            self.console = Console(
                scope.document,
                scope.navigation,
                scope.timer,
                self.theme,
                scope.capture,
                self.actions_by_name,
            )
            self.console.notes.edit_ended.connect(self.setFocus)
            self.stack.addWidget(self.console)
        return self.console

    def _show_page(self, page: QWidget | None) -> None:
        if page is not None:
            self.stack.setCurrentWidget(page)

    def toggle_console(self) -> None:
        """With one screen, switch between the slides and the console (to prepare)."""
        if self.presenter.two_screens:
            self.actions_by_name["console"].setChecked(True)
            return
        wanted = self.actions_by_name["console"].isChecked()
        self._show_page(self._ensure_console() if wanted else self.room)

    def swap_screens(self) -> None:
        self.presenter.swap()

    def step_text_size(self, steps: int) -> None:
        """Ctrl++ / Ctrl+-: the room font scale, one step, live."""
        self.preferences.step_font_scale(steps)
        self.say(self.tr("Text size %1%").replace("%1", str(round(self.theme.font_scale * 100))))

    def show_shortcuts(self) -> None:
        """`?`: the keys, large, over this window."""
        if self.overlay is None:
            from .presenting.overlay import ShortcutsOverlay  # seam: after paint

            self.overlay = ShortcutsOverlay(self.stack, self.actions_by_name)
        self.overlay.toggle()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.phone_voting.detach()
        if self._files is not None:
            self._files.close_document()
        if self.scope is not None:
            self._drop_document()
        if self._presenter is not None:
            self._presenter.close()
        super().closeEvent(event)
