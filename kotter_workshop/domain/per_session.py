"""One object per open session, made on first use and gone with the session: for state
that lives beside a session without being its content (the phones' dot book, the
board's veil)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

from .model import Session

T = TypeVar("T")


class PerSession(Generic[T]):
    """``per(session)`` is the session's one ``T``, made by ``make()`` the first time."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._made: weakref.WeakKeyDictionary[Session, T] = weakref.WeakKeyDictionary()

    def __call__(self, session: Session) -> T:
        found = self._made.get(session)
        if found is None:
            found = self._made[session] = self._make()
        return found
