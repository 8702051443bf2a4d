"""Where the room is, kept in the session file as it changes; after a crash, the room returns.

The slide, its step, the revealed results and whether the timer runs are written
(store/room.py) whenever one of them changes. The timer's time itself is already
in the session (each agenda item's actual time, saved every second). After an
unclean close (the lock the crashed process left behind), the window goes back
to that slide, step and reveal, and the timer runs again if it was running.

What phones sent that is still face down (the session's veil, whiteboard/veil.py)
is written too, and comes back on every open, after a crash or not: a note the
room has not seen stays face down until R (PRODUCT.md "Notes and dots from phones").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..document import Document
from ..whiteboard.veil import veil_for

if TYPE_CHECKING:  # the store is imported only when a file is opened
    from ...store.room import RoomState
    from ..slides.navigation import DeckNavigation
    from .timer import Timer


class RoomKeeper(QObject):
    """Writes where the room is whenever it changes; lives as long as its document."""

    def __init__(self, document: Document, navigation: DeckNavigation, timer: Timer) -> None:
        super().__init__(document)
        self.file = document.file
        self.veil_session = document.session
        self.navigation = navigation
        self.timer = timer
        self._written: RoomState | None = None
        self.veil = veil_for(document.session)
        self.veil.changed.connect(self.save)
        self.navigation.moved.connect(self.save)
        self.navigation.revealed_changed.connect(self.save)
        self.timer.changed.connect(self.save)  # every tick: written only when it differs

    def state(self) -> RoomState | None:
        from ...store.room import RoomState  # seam: library

        navigation = self.navigation
        if navigation.index < 0:
            return None
        revealed = tuple(k for k in navigation.keys if navigation.is_revealed(k))
        return RoomState(
            navigation.current_key,
            navigation.phase,
            revealed,
            self.timer.running,
            tuple(sorted(self.veil.notes)),
            tuple(sorted(self.veil.badges)),
        )

    def save(self, *_args) -> None:
        state = self.state()
        if state is not None and state != self._written and not self.file.closed:
            self.file.set_room(state)
            self._written = state

    def turn_face_down(self, state: RoomState | None) -> None:
        """On open: what phones sent and the room has not seen is face down again."""
        if state is None or (not state.face_down and not state.hidden_counts):
            return
        session = self.veil_session
        notes = {n.id for p in session.panels for n in p.notes} & set(state.face_down)
        panels = {p.id for p in session.panels} & set(state.hidden_counts)
        self.veil.set(self.veil.notes | notes, self.veil.badges | panels)

    def restore(self, state: RoomState) -> None:
        """Go back to where the room was: its reveals, slide and step, and the timer."""
        self.navigation.restore(state.slide, state.phase, state.revealed)
        if state.timer_running:
            self.timer.start()
        self.save()


def keep_room(window, document: Document) -> RoomKeeper | None:
    """Follow the room of a window's open session in a writable file; None for anything else."""
    file = document.file
    scope = getattr(window, "scope", None)
    if file is None or file.read_only or scope is None or scope.document is not document:
        return None
    return RoomKeeper(document, scope.navigation, scope.timer)
