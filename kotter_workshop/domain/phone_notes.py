"""The rules for notes and dots sent from phones: which a session takes, and what they change.

Plain Python, no Qt, no network. The phone server (``live``) checks each request
with :func:`note_text` and :func:`dots_refusal` before it reaches the window, and
the window (``ui/live``) asks :func:`dots_after` what a phone's new dots change on
the board. PRODUCT.md "Notes and dots from phones": a note holds 1 to 280
characters; a phone's dots replace, never add to, its earlier ones.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .commands import Command
from .dot_book import dot_book
from .limits import MAX_DOTS, MAX_NOTE
from .model import Session
from .parts import Note, Panel
from .placement import Rect, free_place

MAX_LINES = 6  # "one line or a few": a sticky note, not a letter
DEFAULT_DOTS = 3
MAX_DOTS_PER_PHONE = 20

# What a phone hears when its request is turned away (the page shows its own words).
EMPTY = "the note is empty"
TOO_LONG = "a note holds at most 280 characters"
TOO_MANY_LINES = "a note holds at most 6 lines"
CONTROL = "the note holds control characters"
MARKUP = "the note looks like markup; send plain text"
WRONG_PANEL = "that board is not open for notes"
NOT_OPEN_DOTS = "that board is not open for dot voting"
TOO_MANY_DOTS = "more dots than a phone has"
ONE_PER_NOTE = "one dot per note"
UNKNOWN_NOTE = "a dot on a note that is not on the board"

#: A tag, a comment, a declaration or an entity: markup, which a plain note never needs.
#: "a < b" and "fish & chips" stay text; "<b>", "</p>", "<!--", "&lt;" are refused.
_MARKUP = re.compile(r"<[/!?A-Za-z]|&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


class PhoneRefusal(ValueError):
    """A note or dots a session does not take; ``str()`` is the reason the phone hears."""


def note_text(raw: str) -> str:
    """The note a phone's text makes, trimmed, with its line breaks; raises PhoneRefusal.

    Line breaks (CR LF, CR or LF) become LF, blank lines go and a tab is a space; any other control
    or format character, or markup, refuses the whole note rather than changing it.
    """
    if len(raw) > 4 * MAX_NOTE:  # no need to look further
        raise PhoneRefusal(TOO_LONG)
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    for ch in text:
        if ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            raise PhoneRefusal(CONTROL)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    text = "\n".join(lines)
    if not text:
        raise PhoneRefusal(EMPTY)
    if len(text) > MAX_NOTE:
        raise PhoneRefusal(TOO_LONG)
    if len(lines) > MAX_LINES:
        raise PhoneRefusal(TOO_MANY_LINES)
    if _MARKUP.search(text):
        raise PhoneRefusal(MARKUP)
    return text


def dots_refusal(
    chosen: Sequence[str], note_ids: Iterable[str], dots: int, one_per_note: bool
) -> str | None:
    """Why a phone's dots (note ids, a note once per dot) are refused, or None.

    At most ``dots`` of them, each on a note of the board, and with
    ``one_per_note`` at most one on a note. No dots at all is allowed: it takes
    the phone's earlier dots back.
    """
    if len(chosen) > dots:
        return TOO_MANY_DOTS
    known = set(note_ids)
    if any(note not in known for note in chosen):
        return UNKNOWN_NOTE
    if one_per_note and len(set(chosen)) != len(chosen):
        return ONE_PER_NOTE
    return None


def dots_after(panel: Panel, before: Sequence[str], after: Sequence[str]) -> list[Note]:
    """The panel's notes whose dot count changes when a phone's dots go from ``before``
    to ``after``: its earlier dots are taken off (never below 0), the new ones put on.

    A note deleted meanwhile is left out; a count stays within the session's limit.
    """
    delta: Counter[str] = Counter(after)
    delta.subtract(Counter(before))
    changed = []
    for note in panel.notes:
        step = delta.get(note.id, 0)
        if step:
            votes = min(MAX_DOTS, max(0, note.votes + step))
            if votes != note.votes:
                changed.append(replace(note, votes=votes))
    return changed


def cluster_order(panel: Panel) -> list[tuple[str | None, str, list[Note]]]:
    """The panel's notes as phones see them: each group (id, title, notes) in the board's
    order, then the notes in no group (None, "", notes); empty groups are left out."""
    groups: dict[str | None, list[Note]] = {c.id: [] for c in panel.clusters}
    loose: list[Note] = []
    for note in panel.notes:
        groups.get(note.cluster, loose).append(note)
    shown = [(c.id, c.title, groups[c.id]) for c in panel.clusters if groups[c.id]]
    if loose:
        shown.append((None, "", loose))
    return shown


@dataclass
class MovePhoneDots(Command):
    """A phone's dots on a panel become ``after`` (note ids, once per dot), replacing
    the ones the session's dot book has for it.

    Worked out against the panel as it is when applied, so dots from many phones in
    one batch add up; applied outside the undo stack, as ballots are.
    """

    panel: str
    voter: str
    after: tuple[str, ...]
    text: str = "Dots from a phone"
    _old: list[Note] = field(default_factory=list, init=False)
    _before: tuple[str, ...] = field(default=(), init=False)

    def apply(self, session: Session) -> None:
        book = dot_book(session)
        self._before = book.of(self.panel, self.voter)
        changed = dots_after(session.panel(self.panel), self._before, self.after)
        book.place(self.panel, self.voter, self.after)  # first: the file saves it with these
        self._old = [old for old in session.put_notes(self.panel, changed) if old is not None]

    def revert(self, session: Session) -> None:
        dot_book(session).place(self.panel, self.voter, self._before)
        session.put_notes(self.panel, self._old)


def panel_of_slide(session: Session, slide: str) -> Panel | None:
    """The panel a slide shows: a process slide's notes, or the parking lot."""
    if slide.startswith("process:"):
        return session.panel_for(slide.removeprefix("process:"))
    if slide == "parking":
        return next((p for p in session.panels if p.process is None), None)
    return None


#: Where the next note goes once the view is full: (x, y, the row's height so far, its end).
Cursor = tuple[float, float, float, float]


def phone_spots(
    sizes: Sequence[tuple[float, float]],
    taken: Iterable[Rect],
    view: Rect,
    gap: float = 40.0,
    cursor: Cursor | None = None,
) -> tuple[list[tuple[float, float]], Cursor | None]:
    """Top-left corners for a burst of notes from phones, and the cursor for the next burst.

    Each goes to a free place in view (domain.placement) while there is one; once the
    view is full, the rest fill rows below every note, left to right. A new row is as
    wide as the view, or wider as the board grows, so the board keeps about the view's
    shape and Ctrl+0 shows every note as large as it can. A room's hundreds of notes
    cost a few checks each, never a search of the whole board.
    """
    rects = list(taken)
    area = sum((r[2] + gap) * (r[3] + gap) for r in rects)
    spots = []
    left = view[0] + gap

    def row_end() -> float:  # the view's width, or the board's in the view's shape
        return view[0] + max(view[2], math.sqrt(area * view[2] / max(view[3], 1.0))) - gap

    full = False  # once the view is full, it stays full for the rest of the burst
    trusted = False  # the cursor is this burst's own: nothing else was put there since
    for width, height in sizes:
        spot = None if full else free_place((width, height), rects, view, gap)
        if spot is None:
            full = True
            if cursor is not None:
                x, y, row, end = cursor
                wrap = x + width > end and x > left
                if wrap:  # this row is full: the next one
                    x, y, row, end = left, y + row + gap, 0.0, row_end()
                # Half the gap of slack: a board reports its notes with their edges (a
                # selected note's is wider), a pixel or a few larger than they were placed.
                if (wrap or not trusted) and not all(
                    _apart((x, y, width, height), r, gap / 2) for r in rects
                ):
                    cursor = None  # something was put there meanwhile: below everything
            if cursor is None:
                bottom = max((r[1] + r[3] for r in rects), default=view[1])
                x, y, row, end = left, bottom + gap, 0.0, row_end()
            spot = (x, y)
            cursor = (x + width + gap, y, max(row, height), end)
            trusted = True
        rects.append((spot[0], spot[1], width, height))
        area += (width + gap) * (height + gap)
        spots.append(spot)
    return spots, cursor


def _apart(a: Rect, b: Rect, gap: float) -> bool:
    return not (
        a[0] < b[0] + b[2] + gap - 1e-6
        and b[0] < a[0] + a[2] + gap - 1e-6
        and a[1] < b[1] + b[3] + gap - 1e-6
        and b[1] < a[1] + a[3] + gap - 1e-6
    )


def as_the_room_saw_it(session: Session, face_down: Iterable[str], hidden: Iterable[str]) -> None:
    """Leave out of ``session`` (a snapshot) what the room has not been shown yet: the
    notes from phones still face down, and the dot counts of panels still hidden.

    For the summary shared on the phones' page while the workshop runs; the facilitator's
    own export carries everything.
    """
    face_down, hidden = set(face_down), set(hidden)
    for panel in session.panels:
        gone = [n.id for n in panel.notes if n.id in face_down]
        if gone:
            session.remove_notes(panel.id, gone)
        if panel.id in hidden:
            counted = [replace(n, votes=0) for n in session.panel(panel.id).notes if n.votes]
            if counted:
                session.put_notes(panel.id, counted)
