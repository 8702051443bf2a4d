"""Notes and dots from phones in the window: W, D, R on a panel, and where phone notes land.

W opens "Notes from phones" on the panel on screen (a process's notes, the
parking lot) and closes it again; D does the same for dot voting. They share
phone voting's server, port and token (``ui/live/menu.py`` builds it on the
first gesture), so the room's open page simply shows the new state. The menu
entries are rows of ``ui/menus.py``; their gestures are the session scope's,
which hand over to this object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QInputDialog

from ...domain.model import Note
from ...domain.phone_notes import MAX_DOTS_PER_PHONE, panel_of_slide
from ..whiteboard.veil import veil_for

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .board import PhoneBoard

NOTES_PHASE = 2  # a process slide's step with its board (slides/process.py)
FOLLOW_MS = 250  # the board follows notes from phones once the room pauses this long


class PhoneBoardGestures(QObject):
    """The facilitator's gestures for notes and dots from phones, on one open session."""

    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.dots = 3
        self.one_per_note = False
        self._ruler = None  # a note item, never shown, to measure new notes' text
        self._follow_timer = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._follow_timer.timeout.connect(self._follow)

    @property
    def scope(self):
        return self.window.scope

    def board(self) -> PhoneBoard | None:
        """The session's phone board, made (with the server) on the first W or D."""
        voting = self.window.phone_voting
        live = voting._ensure_live()
        if live is None:
            return None
        if live.board is None:
            from .board import PhoneBoard  # seam: library (the phone server)

            board = PhoneBoard(live, self.measure)
            board.changed.connect(voting._refresh)
            board.arrived.connect(voting._overlay_timer.start)
            board.arrived.connect(self._follow_timer.start)  # restarts: waits for a pause
        return live.board

    def _panel_on_screen(self):
        navigation = self.scope.navigation
        if navigation.index < 0:
            return None
        return panel_of_slide(self.document.session, navigation.current_key)

    @property
    def document(self):
        return self.scope.document

    def toggle(self, mode: str) -> None:
        """W (notes) or D (dots): close it if open, else open it on the panel on screen."""
        from .board import DOTS  # seam: library (the phone server)

        board = self.board()
        if board is None:
            return
        if board.mode == mode:
            board.close()
            self.window.say(
                self.tr("Notes from phones are closed. Phones wait for what comes next.")
                if mode != DOTS
                else self.tr("Dot voting from phones is closed. Phones wait for what comes next.")
            )
            return
        panel = self._panel_on_screen()
        if panel is None:
            self.window.say(
                self.tr("Go to a slide with notes (a process or the parking lot) first.")
            )
            return
        if panel.process is not None:
            self.scope.navigation.set_phase(NOTES_PHASE)  # the board, where the notes land
        if not board.open(panel.id, mode, self.dots, self.one_per_note):
            return
        url = board.live.url or ""
        if mode == DOTS:
            text = self.tr("Dot voting from phones is open on “%1”, %2 dots each: %3").replace(
                "%2", str(self.dots)
            )
        else:
            text = self.tr("Notes from phones are open on “%1”: %3")
        self.window.say(text.replace("%1", panel.title).replace("%3", url))

    def choose_dots(self) -> None:
        """How many dots each phone has (the next dot vote opens with it)."""
        count, ok = QInputDialog.getInt(
            self.window,
            self.tr("Dots per phone"),
            self.tr("Dots each phone may place:"),
            self.dots,
            1,
            MAX_DOTS_PER_PHONE,
        )
        if ok:
            self.dots = count
            self._reopen()

    def set_one_per_note(self, one: bool) -> None:
        self.one_per_note = one
        self._reopen()

    def _reopen(self) -> None:
        """An open dot vote takes the new rule at once; a phone's dots stay as they are."""
        live = self.scope.live
        board = live.board if live is not None else None
        if board is not None and board.mode == "dots" and board.panel is not None:
            board.open(board.panel, "dots", self.dots, self.one_per_note)

    def reveal(self) -> bool:
        """R on a panel with notes or dots from phones shows them (or hides them again)."""
        live = self.scope.live
        board = live.board if live is not None else None
        panel = self._panel_on_screen()
        if panel is None:
            return False
        veil = veil_for(self.document.session)  # face down before this run: a crash, a reopen
        hidden = {n.id for n in panel.notes} & veil.notes
        if board is None and not hidden and panel.id not in veil.badges:
            return False
        if board is not None and not board.has_phone_work(panel.id):
            return False
        if panel.process is not None and self.scope.navigation.phase != NOTES_PHASE:
            return False  # elsewhere on a process slide, R reveals its votes
        if board is None:  # no phones now: R shows what the room has not seen yet
            veil.set(veil.notes - hidden, veil.badges - {panel.id})
            shown = True
        else:
            shown = board.toggle_reveal(panel.id)
        self.window.say(
            self.tr("Notes and dots from phones are shown.")
            if shown
            else self.tr("Notes and dots from phones are hidden.")
        )
        return True

    # -- where phone notes land -------------------------------------------------------------
    def _boards(self, panel_id: str) -> list:
        """The boards of this panel on screen (the projector's; the console's too)."""
        from ..whiteboard.board import Board  # seam: after paint

        return [
            b
            for b in self.window.room.findChildren(Board)
            if b.scene.panel_id == panel_id and b.isVisible()
        ]

    def _follow(self) -> None:
        """Notes from phones landed beyond the view: a board still fitted to its notes
        zooms out to show them, as after N, unless the facilitator zoomed by hand or is
        typing on it. It waits for a pause in the notes: a board fitted to hundreds of
        notes makes every free place a long search, and a hall sends notes without end."""
        live = self.window.phone_voting.live
        board = live.board if live is not None else None
        if board is None or board.panel is None:
            return
        for shown in self._boards(board.panel):
            if shown.view.following and shown.controller.edit is None:
                shown.view.show_item(*shown.scene.notes.values())

    def measure(self, panel_id: str, texts: list[str]):
        """The panel's board on screen: its view, what is on it, and each new note's size."""
        from ..whiteboard.items import NoteItem  # seam: after paint

        boards = self._boards(panel_id)
        if not boards or boards[0].view.viewport().width() < 100:
            return None
        board = boards[0]
        view = board.view
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        if self._ruler is None:  # one note item measures every text: making one is slow
            self._ruler = NoteItem(Note(" "))
        sizes = []
        for text in texts:  # as tall as its text wraps on the board
            self._ruler.text.setPlainText(text)
            self._ruler.fit_height()
            edges = self._ruler.boundingRect()  # as the board reports placed notes: with edges
            sizes.append((edges.width(), edges.height()))
        rect = (visible.x(), visible.y(), visible.width(), visible.height())
        return rect, board.controller._taken(), sizes
