"""Where each phone's dots are, panel by panel: what makes a phone's new dots replace
its earlier ones (PRODUCT.md "Notes and dots from phones"), also after a crash or a
reopen, when the laptop has a new token and the page has forgotten its dots.

Not the session's content: not in the JSON, the PDF or the undo stack, and anonymous
like the counts (a voter id is a random number a phone made up). The file keeps
each change in the same transaction as the dot counts it goes with
(``store/changes.py``), so after a kill -9 the book and the counts still agree.
"""

from __future__ import annotations

from collections.abc import Iterable

from .per_session import PerSession

Key = tuple[str, str]  # panel id, voter id


class DotBook:
    """Each phone's dots per panel (note ids, once per dot), and what is not saved yet."""

    def __init__(self) -> None:
        self._placed: dict[Key, tuple[str, ...]] = {}
        self._unsaved: set[Key] = set()

    def of(self, panel: str, voter: str) -> tuple[str, ...]:
        return self._placed.get((panel, voter), ())

    def place(self, panel: str, voter: str, notes: Iterable[str]) -> None:
        key = (panel, voter)
        notes = tuple(notes)
        if notes:
            self._placed[key] = notes
        else:
            self._placed.pop(key, None)
        self._unsaved.add(key)

    def load(self, placed: Iterable[tuple[str, str, tuple[str, ...]]]) -> None:
        """What the file kept: the book as it was, nothing left to save."""
        self._placed = {(panel, voter): tuple(notes) for panel, voter, notes in placed if notes}
        self._unsaved.clear()

    def snapshot(self) -> dict[Key, tuple[str, ...]]:
        """A copy, for a reader on another thread."""
        return dict(self._placed)

    def all(self) -> list[tuple[str, str, tuple[str, ...]]]:
        return [(panel, voter, notes) for (panel, voter), notes in sorted(self._placed.items())]

    def take_unsaved(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """Each placement changed since the last call (empty: taken back), once."""
        keys, self._unsaved = sorted(self._unsaved), set()
        return [(panel, voter, self._placed.get((panel, voter), ())) for panel, voter in keys]


#: The session's book, made on first use; it lives as long as the session.
dot_book: PerSession[DotBook] = PerSession(DotBook)
