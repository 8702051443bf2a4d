"""One open session and everything that lives exactly as long as it.

Opening a session makes a ``SessionScope``; closing it (to the start screen,
another file, quit) calls ``dispose``, and nothing of it outlives that: the
timer stops, the phone-voting server closes with its token, every signal it
connected is disconnected, and its objects are deleted. The window only places
the views; the session's gestures (slides, timer, votes) are here. Their texts
keep the window's context ("MainWindow"), where the catalogues have them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from ..domain.agenda import slide_process
from .live.board_gestures import PhoneBoardGestures
from .presenting.timer import Timer
from .slides.kinds import slide_kind
from .slides.navigation import DeckNavigation
from .voting.capture import Mode, VoteCapture

if TYPE_CHECKING:
    from .document import Document
    from .live.controller import LiveVoting


class SessionScope(QObject):
    """The document, its vote capture, navigation, timer and phone voting."""

    def __init__(self, document: Document, host: QWidget, say: Callable[[str], None]) -> None:
        super().__init__()
        self.document = document
        self.host = host  # dialogs open over it
        self.say = say
        self.disposed = False
        self._connections: list[tuple[object, Callable]] = []
        self.capture = VoteCapture(document, self)
        self.navigation = DeckNavigation(document.session, parent=self)
        self.timer = Timer(document, parent=self)
        self.live: LiveVoting | None = None
        self._phone_board = None  # W and D (live/board_gestures.py), made on the first
        self.connect_while_open(document.refused, say)
        self.connect_while_open(self.capture.message, say)
        self.connect_while_open(self.navigation.slide_changed, self._follow_slide)
        if self.navigation.index >= 0:
            self._follow_slide(self.navigation.current_key)

    def connect_while_open(self, signal, slot: Callable) -> None:
        """Connect ``slot`` for as long as the session is open; ``dispose`` undoes it."""
        signal.connect(slot)
        self._connections.append((signal, slot))

    def ensure_live(self, options: dict) -> LiveVoting:
        """The session's phone voting, made on the first gesture (aiohttp loads then)."""
        if self.live is None:
            from .live.controller import LiveVoting  # seam: library

            self.live = LiveVoting(self.document, self, **options)
        return self.live

    def end_live(self) -> None:
        """Phone voting ends: the server stops and its token dies."""
        live, self.live = self.live, None
        if live is not None:
            live.shutdown()
            live.deleteLater()

    def dispose(self) -> None:
        """The session closes: nothing of it stays running or connected."""
        if self.disposed:
            return
        self.disposed = True
        for signal, slot in self._connections:  # first: the window hears no more of it
            signal.disconnect(slot)
        self._connections.clear()
        self.end_live()
        self.timer.pause()
        self.deleteLater()  # and with it the capture, navigation and timer

    # -- edits -----------------------------------------------------------------------------
    def undo(self) -> None:
        self.document.undo_stack.undo()

    def redo(self) -> None:
        self.document.undo_stack.redo()

    # -- slides and timer -----------------------------------------------------------------
    def _follow_slide(self, key: str) -> None:
        self.capture.set_process(slide_process(key))
        item = self.navigation.current_item()
        self.timer.set_item(item.id if item is not None else None)

    def next_slide(self) -> None:
        self.navigation.next()

    def previous_slide(self) -> None:
        self.navigation.previous()

    def reveal(self) -> None:
        if self.phone_board().reveal():
            return  # on a panel with notes or dots from phones, R shows or hides them
        self.navigation.toggle_reveal()

    # -- notes and dots from phones ---------------------------------------------------------
    def phone_board(self):
        if self._phone_board is None:
            self._phone_board = PhoneBoardGestures(self.host, self)
        return self._phone_board

    def phone_notes(self) -> None:
        self.phone_board().toggle("notes")

    def phone_dots(self) -> None:
        self.phone_board().toggle("dots")

    def phone_dot_count(self) -> None:
        self.phone_board().choose_dots()

    def phone_one_dot(self) -> None:
        action = self.host.actions_by_name.get("phone_one_dot")
        self.phone_board().set_one_per_note(bool(action is not None and action.isChecked()))

    def toggle_timer(self) -> None:
        self.timer.toggle()

    def go_to_item(self) -> None:
        items = self.document.session.agenda
        titles = [f"{n}. {item.title}" for n, item in enumerate(items, 1)]
        current = self.navigation.current_item()
        at = items.index(current) if current in items else 0
        choice, ok = QInputDialog.getItem(
            self.host,
            QCoreApplication.translate("MainWindow", "Go to agenda item"),
            QCoreApplication.translate("MainWindow", "Agenda item:"),
            titles,
            at,
            False,
        )
        if ok and choice in titles:
            self.navigation.go_to_item(items[titles.index(choice)].id)

    # -- votes -----------------------------------------------------------------------------
    def show_vote_step(self) -> None:
        """The vote step of this slide, where the count shows (projector and console)."""
        step = slide_kind(self.navigation.current_key).reveal_phase
        self.navigation.set_phase(-1 if step is None else step)

    def vote_key(self, digit: int) -> None:
        if self.capture.process is not None:
            self.show_vote_step()
            self.capture.digit(digit)

    def abstain(self) -> None:
        if self.capture.process is not None:
            self.show_vote_step()
            self.capture.abstain()

    def revote(self) -> None:
        self.capture.revote()

    def set_by_name(self, by_name: bool) -> bool:
        """Record votes by name or as a tally; False (and a sentence) without a roster."""
        if by_name and not self.document.session.roster:
            self.say(
                QCoreApplication.translate(
                    "MainWindow", "Add participants first (Votes → Participants…)."
                )
            )
            return False
        self.capture.set_mode(Mode.BY_NAME if by_name else Mode.TALLY)
        return True

    def edit_roster(self) -> None:
        from .voting.roster_dialog import RosterDialog  # seam: after paint

        RosterDialog(self.document, self.host).exec()

    def choose_round(self) -> None:
        capture = self.capture
        if capture.process is None:
            return
        session = self.document.session
        latest = session.latest_round(capture.process)
        choices = [QCoreApplication.translate("MainWindow", "The latest round")] + [
            QCoreApplication.translate("MainWindow", "Round %1").replace("%1", str(r))
            for r in range(1, latest + 1)
        ]
        pinned = session.shown_round_choices.get(capture.process)
        choice, ok = QInputDialog.getItem(
            self.host,
            QCoreApplication.translate("MainWindow", "Scores use round"),
            QCoreApplication.translate("MainWindow", "Round:"),
            choices,
            pinned or 0,
            False,
        )
        if ok:
            index = choices.index(choice)
            capture.show_round(None if index == 0 else index)
