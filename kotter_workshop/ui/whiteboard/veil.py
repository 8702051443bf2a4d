"""What a board hides until the facilitator reveals it: notes and dots from phones.

Phone notes land face down (their tint, no text) and phone dot counts stay off
the notes until R, as votes do (PRODUCT.md "Notes and dots from phones"). The
phones' board controller (``ui/live/board.py``) says what is hidden; every board
of the session (projector and console) follows, through the session's one veil.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...domain.per_session import PerSession


class Veil(QObject):
    """The session's hidden phone notes (by id) and the panels whose dot counts are hidden."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.notes: frozenset[str] = frozenset()
        self.badges: frozenset[str] = frozenset()  # panel ids
        # What the last change touched: boards follow only those notes (a burst from
        # phones hides a few notes at a time on a board of hundreds).
        self.touched_notes: frozenset[str] = frozenset()
        self.touched_badges: frozenset[str] = frozenset()

    def set(self, notes: set[str] | frozenset[str], badges: set[str] | frozenset[str]) -> None:
        notes, badges = frozenset(notes), frozenset(badges)
        if (notes, badges) != (self.notes, self.badges):
            self.touched_notes = notes ^ self.notes
            self.touched_badges = badges ^ self.badges
            self.notes, self.badges = notes, badges
            self.changed.emit()


#: The session's veil, made on first use; it lives as long as the session.
veil_for: PerSession[Veil] = PerSession(Veil)
