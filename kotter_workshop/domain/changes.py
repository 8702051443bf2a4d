"""What a change of a session says, and how listeners hear of it.

Every mutation of a :class:`~kotter_workshop.domain.model.Session` tells its
listeners a :class:`Change`: the aspect it touched and the ids, so each view
refreshes only what it shows (and the file writes only that).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum


class Aspect(StrEnum):
    """What part of a session a change touched, so each view refreshes only that."""

    META = "meta"
    BALLOTS = "ballots"
    ROUNDS = "rounds"
    PANELS = "panels"
    NOTES = "notes"
    CLUSTERS = "clusters"
    ACTIONS = "actions"
    AGENDA = "agenda"
    SPEAKER_NOTES = "speaker_notes"
    ROSTER = "roster"


@dataclass(frozen=True)
class Change:
    """What one mutation changed: the aspect and the ids it touched."""

    aspect: Aspect
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, aspect: Aspect, *ids: str) -> Change:
        return cls(aspect, frozenset(ids))


Listener = Callable[[Change], None]


class Observed:
    """The listeners of a session, and holding their news back during a burst."""

    _listeners: list[Listener]
    _held: dict[Aspect, set[str] | None] | None = None

    # -- observing ---------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, aspect: Aspect, *ids: str) -> None:
        if self._held is not None:
            # No ids means "all of it" (None here), and stays so whatever else comes.
            if not ids:
                self._held[aspect] = None
            elif aspect not in self._held or self._held[aspect] is not None:
                self._held.setdefault(aspect, set()).update(ids)
            return
        if not self._listeners:
            return
        self._tell(Change.of(aspect, *ids))

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Tell listeners once per aspect when the block ends, not once per change.

        For bursts (a batch of phone ballots): the views refresh once and the
        file writes once. Nested blocks tell at the end of the outermost.
        """
        if self._held is not None:
            yield
            return
        self._held = {}
        try:
            yield
        finally:
            held, self._held = self._held, None
            for aspect, ids in held.items():
                self._tell(Change(aspect, frozenset(ids or ())))
