"""The main window: the deck of slides, the menus, and presenting in one window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from . import keymap as keys
from .theme import Theme

if TYPE_CHECKING:  # loaded with the first session, after the window has painted
    from .document import Document
    from .slides.deck import SlideDeck
    from .voting.capture import VoteCapture


class MainWindow(QMainWindow):
    """One window that is also the projector: with one screen, what it shows the room sees."""

    document_changed = Signal()

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.document: Document | None = None
        self.deck: SlideDeck | None = None
        self.capture: VoteCapture | None = None
        self.setWindowTitle("Kotter Workshop")
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.placeholder = QWidget()
        self.placeholder.setObjectName("deck")
        self.blank = QWidget()
        self.blank.setStyleSheet("background: black;")
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.blank)
        self.setCentralWidget(self.stack)
        self.position = QLabel()
        self.statusBar().addPermanentWidget(self.position)
        self.actions_by_name: dict[str, QAction] = {}
        self._files = None
        self.start = None
        self._normal_geometry = None
        self._build_menus()

    @property
    def files(self):
        """The file workflows, loaded on first use: the store is heavy, the first paint is not."""
        if self._files is None:
            from .files.workflows import FileWorkflows

            self._files = FileWorkflows(self)
            self._files.opened.connect(self.set_document)
            self._files.closed.connect(self.show_start)
        return self._files

    # -- menus and keys --------------------------------------------------------
    def _action(self, name: str, text: str, slot, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if name in keys.SLIDE_KEYS:
            action.setShortcuts(keys.sequences(name))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # keys work even when the menu bar is hidden
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        from .files.menu import build_file_menu

        self.document_actions = build_file_menu(
            self, bar.addMenu(self.tr("&File")), lambda: self.files
        )

        self.edit_menu = bar.addMenu(self.tr("&Edit"))

        slides = bar.addMenu(self.tr("&Slides"))
        slides.addAction(self._action("next", self.tr("&Next slide"), self.next_slide))
        slides.addAction(self._action("previous", self.tr("&Previous slide"), self.previous_slide))
        slides.addAction(self._action("go_to", self.tr("&Go to agenda item…"), self.go_to_item))
        slides.addSeparator()
        slides.addAction(self._action("reveal", self.tr("&Reveal or hide results"), self.reveal))

        view = bar.addMenu(self.tr("&View"))
        view.addAction(
            self._action(
                "present_start", self.tr("Present from the &start"), self.present_from_start
            )
        )
        view.addAction(
            self._action("present_here", self.tr("Present from &here"), self.present_from_here)
        )
        view.addAction(
            self._action("full_screen", self.tr("&Full screen"), self.toggle_full_screen)
        )
        view.addAction(
            self._action("leave_full_screen", self.tr("&Leave full screen"), self.leave_full_screen)
        )
        view.addAction(
            self._action("blank", self.tr("&Blank the screen"), self.toggle_blank, checkable=True)
        )

        self._build_votes_menu(bar.addMenu(self.tr("V&otes")))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        )

    def _build_votes_menu(self, menu) -> None:
        tally = menu.addMenu(self.tr("&Add a vote"))
        for digit in (*range(1, 10), 0):
            action = self._action(
                f"tally_{digit}",
                self.tr("Vote %1").replace("%1", "10" if digit == 0 else str(digit)),
                lambda _=False, d=digit: self._vote(lambda: self.capture.digit(d)),
            )
            tally.addAction(action)
        menu.addAction(
            self._action(
                "abstain", self.tr("&Abstain"), lambda: self.capture and self.capture.abstain()
            )
        )
        menu.addSeparator()
        self.by_name_action = self._action(
            "by_name", self.tr("Record votes &by name"), self.toggle_by_name, checkable=True
        )
        menu.addAction(self.by_name_action)
        menu.addAction(self._action("participants", self.tr("&Participants…"), self.edit_roster))
        menu.addSeparator()
        menu.addAction(self._action("revote", self.tr("&Re-vote this process"), self.revote))
        menu.addAction(
            self._action("choose_round", self.tr("&Scores use round…"), self.choose_round)
        )
        self.vote_actions = [
            self.actions_by_name[name]
            for name in (*(f"tally_{d}" for d in range(10)), "abstain", "revote", "choose_round")
        ]

    # -- the document ------------------------------------------------------------
    def show_start(self) -> None:
        """The start screen, with no session open."""
        self._drop_deck()
        self.document = None
        self.capture = None
        if self.start is None:
            from .files.start_screen import StartScreen

            self.start = StartScreen()
            self.start.new_requested.connect(self.files.new_session)
            self.start.open_requested.connect(self.files.open_dialog)
            self.start.path_chosen.connect(self.files.open_path)
            self.start.demo_requested.connect(self.files.open_demo)
            self.stack.addWidget(self.start)
        else:
            self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self.edit_menu.clear()
        self.setWindowTitle("Kotter Workshop")
        self.position.setText("")
        self._enable_document_actions(False)

    def _drop_deck(self) -> None:
        if self.deck is not None:
            self.stack.removeWidget(self.deck)
            self.deck.deleteLater()
            self.deck = None

    def _enable_document_actions(self, enabled: bool) -> None:
        for action in self.document_actions.values():
            action.setEnabled(enabled)
        for name in ("next", "previous", "go_to", "reveal", "by_name", "participants"):
            self.actions_by_name[name].setEnabled(enabled)
        for action in self.vote_actions:
            action.setEnabled(
                enabled and self.capture is not None and self.capture.process is not None
            )

    def set_document(self, document: Document) -> None:
        from .slides.deck import SlideDeck
        from .voting.capture import VoteCapture

        self._drop_deck()
        self.document = document
        document.refused.connect(self.say)
        document.file_changed.connect(self._update_title)
        self.capture = VoteCapture(document, self)
        self.capture.message.connect(self.say)
        self.by_name_action.setChecked(False)
        self.deck = SlideDeck(document.session, self.theme, self.capture)
        self.deck.navigation.slide_changed.connect(self._follow_process)
        self._follow_process(self.deck.current_key if self.deck.keys else "")
        self.stack.insertWidget(0, self.deck)
        self.stack.setCurrentWidget(self.deck)
        self.deck.current_changed.connect(self._show_position)
        document.title_changed.connect(self._update_title)
        self.edit_menu.clear()
        undo = document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        redo = document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        undo.setShortcuts(keys.sequences("undo"))
        redo.setShortcuts(keys.sequences("redo"))
        for action in (undo, redo):
            self.edit_menu.addAction(action)
            self.addAction(action)
        self._enable_document_actions(True)
        self._update_title()
        self._show_position(self.deck.index)
        self.document_changed.emit()

    def _follow_process(self, key: str) -> None:
        from ..domain.agenda import slide_process

        self.capture.set_process(slide_process(key))

    def _update_title(self) -> None:
        if self.document is not None:
            self.setWindowTitle(self.document.window_title())

    def say(self, message: str) -> None:
        """One sentence for the facilitator, in the status bar."""
        self.statusBar().showMessage(message, 6000)

    def _show_position(self, index: int) -> None:
        if self.deck is None or index < 0:
            return
        on_process = self.capture is not None and self.capture.process is not None
        for action in self.vote_actions:
            action.setEnabled(on_process)
        item = next(
            (i.title for i in self.document.session.agenda if self.deck.current_key in i.slides), ""
        )
        self.position.setText(
            self.tr("Slide %1 of %2 · %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.deck.keys)))
            .replace("%3", item)
        )

    # -- navigation ----------------------------------------------------------------
    def next_slide(self) -> None:
        if self.deck is not None:
            self.deck.next()

    def previous_slide(self) -> None:
        if self.deck is not None:
            self.deck.previous()

    def reveal(self) -> None:
        if self.deck is not None:
            self.deck.toggle_reveal()

    def go_to_item(self) -> None:
        if self.deck is None:
            return
        items = self.document.session.agenda
        titles = [f"{n}. {item.title}" for n, item in enumerate(items, 1)]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Go to agenda item"), self.tr("Agenda item:"), titles, 0, False
        )
        if ok and choice in titles:
            item = items[titles.index(choice)]
            self.deck.go(self.deck.keys.index(item.slides[0]))

    # -- votes -----------------------------------------------------------------------
    def _vote(self, record) -> None:
        """Record a vote from a key, showing the vote step so the room sees the count."""
        if self.capture is None or self.capture.process is None:
            return
        self.deck.navigation.set_phase(-1)
        record()

    def toggle_by_name(self) -> None:
        from .voting.capture import Mode

        if self.capture is None:
            return
        by_name = self.by_name_action.isChecked()
        if by_name and not self.document.session.roster:
            self.by_name_action.setChecked(False)
            self.say(self.tr("Add participants first (Votes → Participants…)."))
            return
        self.capture.set_mode(Mode.BY_NAME if by_name else Mode.TALLY)

    def edit_roster(self) -> None:
        from .voting.roster_dialog import RosterDialog

        if self.document is not None:
            RosterDialog(self.document, self).exec()

    def revote(self) -> None:
        if self.capture is not None:
            self.capture.revote()

    def choose_round(self) -> None:
        capture = self.capture
        if capture is None or capture.process is None:
            return
        session = self.document.session
        latest = session.latest_round(capture.process)
        choices = [self.tr("The latest round")] + [
            self.tr("Round %1").replace("%1", str(r)) for r in range(1, latest + 1)
        ]
        pinned = session.shown_round_choices.get(capture.process)
        choice, ok = QInputDialog.getItem(
            self, self.tr("Scores use round"), self.tr("Round:"), choices, pinned or 0, False
        )
        if ok:
            index = choices.index(choice)
            capture.show_round(None if index == 0 else index)

    # -- presenting in one window ------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self.isFullScreen()

    def present_from_start(self) -> None:
        if self.deck is not None:
            self.deck.go(0)
        self._enter_full_screen()

    def present_from_here(self) -> None:
        self._enter_full_screen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self._enter_full_screen()

    def _enter_full_screen(self) -> None:
        self.menuBar().hide()
        self.statusBar().hide()
        self._normal_geometry = self.geometry()
        # Without a window manager (a bare X server, a kiosk) showFullScreen alone keeps the size.
        self.setGeometry(self.screen().geometry())
        self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.stack.currentWidget() is self.blank:
            self.toggle_blank()
        if not self.isFullScreen():
            return
        self.menuBar().show()
        self.statusBar().show()
        self.showNormal()
        if self._normal_geometry is not None:
            self.setGeometry(self._normal_geometry)

    def toggle_blank(self) -> None:
        blanked = self.stack.currentWidget() is self.blank
        page = (self.deck or self.placeholder) if blanked else self.blank
        self.stack.setCurrentWidget(page)
        self.actions_by_name["blank"].setChecked(not blanked)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._files is not None:
            self._files.close_document()
        self.document = None
        super().closeEvent(event)


class ShortcutsDialog(QDialog):
    """The `?` overlay: every key the facilitator can press, from the one keyboard map."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        grid = QGridLayout(self)
        row = 0
        for name, action in window.actions_by_name.items():
            if name not in keys.SLIDE_KEYS:
                continue
            shown = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            grid.addWidget(QLabel(action.text().replace("&", "")), row, 0)
            grid.addWidget(QLabel(shown), row, 1)
            row += 1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, row, 0, 1, 2)
