"""Where the room is, kept in the session file as it changes; after a crash, the room returns.

The slide, its step, the revealed results and whether the timer runs are written
(store/room.py) whenever one of them changes. The timer's time itself is already
in the session (each agenda item's actual time, saved every second). After an
unclean close (the lock the crashed process left behind), the window goes back
to that slide, step and reveal, and the timer runs again if it was running.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..document import Document

if TYPE_CHECKING:  # the store is imported only when a file is opened
    from ...store.room import RoomState
    from ..slides.navigation import DeckNavigation
    from .timer import Timer


class RoomKeeper(QObject):
    """Writes where the room is whenever it changes; lives as long as its document."""

    def __init__(self, document: Document, navigation: DeckNavigation, timer: Timer) -> None:
        super().__init__(document)
        self.file = document.file
        self.navigation = navigation
        self.timer = timer
        self._written: RoomState | None = None
        self.navigation.moved.connect(self.save)
        self.navigation.revealed_changed.connect(self.save)
        self.timer.changed.connect(self.save)  # every tick: written only when it differs

    def state(self) -> RoomState | None:
        from ...store.room import RoomState  # seam: library

        navigation = self.navigation
        if navigation.index < 0:
            return None
        revealed = tuple(k for k in navigation.keys if navigation.is_revealed(k))
        return RoomState(navigation.current_key, navigation.phase, revealed, self.timer.running)

    def save(self, *_args) -> None:
        state = self.state()
        if state is not None and state != self._written and not self.file.closed:
            self.file.set_room(state)
            self._written = state

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
