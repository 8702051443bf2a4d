"""What a board hides until the facilitator reveals it: notes and dots from phones.

Phone notes land face down (their tint, no text) and phone dot counts stay off
the notes until R, as votes do (PRODUCT.md "Notes and dots from phones"). The
phones' board controller (``ui/live/board.py``) says what is hidden; every board
of the session (projector and console) follows, through the session's one veil.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from ...domain.model import Session


class Veil(QObject):
    """The session's hidden phone notes (by id) and the panels whose dot counts are hidden."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.notes: frozenset[str] = frozenset()
        self.badges: frozenset[str] = frozenset()  # panel ids

    def set(self, notes: set[str] | frozenset[str], badges: set[str] | frozenset[str]) -> None:
        notes, badges = frozenset(notes), frozenset(badges)
        if (notes, badges) != (self.notes, self.badges):
            self.notes, self.badges = notes, badges
            self.changed.emit()


_VEILS: weakref.WeakKeyDictionary[Session, Veil] = weakref.WeakKeyDictionary()


def veil_for(session: Session) -> Veil:
    """The session's veil, made on first use; it lives as long as the session."""
    veil = _VEILS.get(session)
    if veil is None:
        veil = _VEILS[session] = Veil()
    return veil
