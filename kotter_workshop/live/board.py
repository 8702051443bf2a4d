"""Notes and dots from phones: what the page is shown, and the strict checks on what it sends.

The endpoints (all under the session's token, like the vote):

``POST /<token>/note`` with ``{"voter": "ph-<32 hex>", "panel": "<panel id>",
"text": "…", "key": "…", "name": "…"}`` (``name`` optional, kept only when names
are asked for; ``key`` optional, 1 to 40 of ``A-Z a-z 0-9 _ -``, the page's own
id for this note, the same on each resend). Answers ``200 {"ok": true, "note":
"<note id>"}`` once the note is on disk, or ``{"error": "<reason>"}`` with 400
(malformed, empty, over 280 characters or 6 lines, control characters, markup,
bad voter or key), 409 (that board is not open for notes: closed, or another
panel), 413 (body over 4 KB), 415 (not JSON), 429 (the phone or address limits),
503 (not saved, or not yet: the laptop did not answer in time, and the note may
still come). A note sent again with the same voter and key adds nothing: it
answers as the first did (200 with the first note's id, also once the board is
closed), waiting for it if it is not on disk yet; a key whose note was refused
is forgotten, so a resend after a refusal is a new try.

``POST /<token>/dots`` with ``{"voter": …, "panel": …, "notes": ["<note id>", …],
"name": …}``: the phone's whole choice, a note once per dot (an empty list takes
its dots back). It replaces the phone's earlier dots on that panel. Answers
``200 {"ok": true, "notes": [...]}`` once on disk, or 400 (more dots than the
phone has, two on one note when one per note is the rule, an unknown note),
409 (not open for dot voting), and the same 413/415/429/503 as a note.

``GET /<token>/dots?voter=<voter id>&panel=<panel id>``: where that phone's dots are
on the board open for dot voting, ``200 {"notes": [...]}`` (the laptop keeps them in
the session file, so a page on a new address after a crash or a reopen finds its
dots again), or 400 (a bad or missing voter or panel, another query) and 409 (not
open for dot voting). A voter id is the phone's own random secret.

``GET /<token>/state`` carries, beside the vote, ``"board"``: null, or
``{"panel", "title", "question", "mode": "notes"|"dots", "dots", "one_per_note",
"groups": [{"title": "…", "notes": [{"id", "text"}…]}…]}`` (groups only while
dots are open). Phones show every text with textContent, never as markup.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from ..domain.phone_notes import (
    MAX_DOTS_PER_PHONE,
    NOT_OPEN_DOTS,
    WRONG_PANEL,
    PhoneRefusal,
    dots_refusal,
    note_text,
)
from .protocol import MAX_NAME, VOTER_ID, Refused

MAX_NOTE_BODY = 4096  # bytes: 280 characters of four bytes each, a name and the ids
NOTE_ID_LENGTH = 64
NOTE_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}")
MAX_NOTE_KEYS = 20_000  # a hall's notes and more; the oldest are forgotten first


@dataclass(frozen=True)
class BoardNote:
    id: str
    text: str


@dataclass(frozen=True)
class BoardGroup:
    title: str  # "" for the notes in no group
    notes: tuple[BoardNote, ...]


@dataclass(frozen=True)
class OpenBoard:
    """A panel open for notes or dots from phones, in the words the room sees."""

    panel: str
    title: str
    question: str
    mode: str  # "notes" or "dots"
    dots: int = 3
    one_per_note: bool = False
    groups: tuple[BoardGroup, ...] = ()

    def note_ids(self) -> set[str]:
        return {note.id for group in self.groups for note in group.notes}


@dataclass(frozen=True)
class PhoneNote:
    voter: str
    panel: str
    text: str
    name: str = ""
    key: str = ""  # the page's id for this note ("" without one): a resend adds nothing


@dataclass(frozen=True)
class PhoneDots:
    voter: str
    panel: str
    notes: tuple[str, ...]
    name: str = ""


def _object(body: bytes, fields: set[str]) -> dict[str, Any]:
    if len(body) > MAX_NOTE_BODY:
        raise Refused(413, "too large")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "not JSON") from None
    if not isinstance(data, dict):
        raise Refused(400, "not a JSON object")
    if set(data) - fields:
        raise Refused(400, "unknown fields")
    voter = data.get("voter")
    if not isinstance(voter, str) or not VOTER_ID.fullmatch(voter):
        raise Refused(400, "bad voter id")
    panel = data.get("panel")
    if not isinstance(panel, str) or not 0 < len(panel) <= NOTE_ID_LENGTH:
        raise Refused(400, "bad panel id")
    name = data.get("name", "")
    if not isinstance(name, str) or len(name) > MAX_NAME:
        raise Refused(400, "bad name")
    name = " ".join(name.split())
    if any(not ch.isprintable() for ch in name):
        raise Refused(400, "bad name")
    data["name"] = name
    return data


def _open(board: OpenBoard | None, panel: str, mode: str, refusal: str) -> OpenBoard:
    if board is None or board.mode != mode or board.panel != panel:
        raise Refused(409, refusal)
    return board


def read_note(body: bytes, names: bool) -> PhoneNote:
    """Check a phone's note strictly, whatever is open; raise Refused."""
    data = _object(body, {"voter", "panel", "text", "name", "key"})
    raw = data.get("text")
    if not isinstance(raw, str):
        raise Refused(400, "text must be a string")
    key = data.get("key", "")
    if "key" in data and (not isinstance(key, str) or not NOTE_KEY.fullmatch(key)):
        raise Refused(400, "bad key")
    try:
        text = note_text(raw)
    except PhoneRefusal as refusal:
        raise Refused(400, str(refusal)) from None
    return PhoneNote(data["voter"], data["panel"], text, data["name"] if names else "", key)


def check_note_open(board: OpenBoard | None, note: PhoneNote) -> None:
    """Refuse (409) a note for a board that is not open for notes."""
    _open(board, note.panel, "notes", WRONG_PANEL)


def parse_note(body: bytes, board: OpenBoard | None, names: bool) -> PhoneNote:
    """Check a phone's note strictly against the board open for notes; raise Refused."""
    note = read_note(body, names)
    check_note_open(board, note)
    return note


class NoteKeys:
    """The answers to notes sent with a key, by (voter, key): a resend gets the first's.

    Used on the server's event loop only. An answer is a future the ui settles with
    the note's id once it is on disk, or with a refusal, which forgets the key.
    """

    def __init__(self, limit: int = MAX_NOTE_KEYS) -> None:
        self._answers: OrderedDict[tuple[str, str], asyncio.Future] = OrderedDict()
        self._limit = limit

    def get(self, note: PhoneNote) -> asyncio.Future | None:
        return self._answers.get((note.voter, note.key)) if note.key else None

    def put(self, note: PhoneNote, answer: asyncio.Future) -> None:
        if not note.key:
            return
        where = (note.voter, note.key)
        self._answers[where] = answer
        if len(self._answers) > self._limit:
            self._answers.popitem(last=False)

        def settled(done: asyncio.Future) -> None:
            refused = done.cancelled() or isinstance(done.result(), Refused)
            if refused and self._answers.get(where) is done:
                del self._answers[where]

        answer.add_done_callback(settled)


def parse_dots(body: bytes, board: OpenBoard | None, names: bool) -> PhoneDots:
    """Check a phone's dots against the board open for dot voting; raise Refused."""
    data = _object(body, {"voter", "panel", "notes", "name"})
    chosen = data.get("notes")
    if not isinstance(chosen, list) or len(chosen) > MAX_DOTS_PER_PHONE:
        raise Refused(400, "notes must be a short list")
    if any(not isinstance(n, str) or not 0 < len(n) <= NOTE_ID_LENGTH for n in chosen):
        raise Refused(400, "bad note id")
    opened = _open(board, data["panel"], "dots", NOT_OPEN_DOTS)
    why = dots_refusal(chosen, opened.note_ids(), opened.dots, opened.one_per_note)
    if why is not None:
        raise Refused(400, why)
    return PhoneDots(data["voter"], data["panel"], tuple(chosen), data["name"] if names else "")


def placed_dots(query, board: OpenBoard | None, placed) -> tuple[int, dict[str, Any]]:
    """The answer to a page asking where its dots are: (status, JSON object)."""
    voter, panel = query.get("voter", ""), query.get("panel", "")
    if len(query) != 2 or set(query) != {"voter", "panel"} or not VOTER_ID.fullmatch(voter):
        return 400, {"error": "bad voter or panel"}
    if board is None or board.mode != "dots" or board.panel != panel:
        return 409, {"error": NOT_OPEN_DOTS}
    known = board.note_ids()
    return 200, {"notes": [n for n in placed.get((panel, voter), ()) if n in known]}


def board_document(board: OpenBoard | None) -> dict[str, Any] | None:
    """The open board as the page reads it."""
    if board is None:
        return None
    return {
        "panel": board.panel,
        "title": board.title,
        "question": board.question,
        "mode": board.mode,
        "dots": board.dots,
        "one_per_note": board.one_per_note,
        "groups": [
            {"title": g.title, "notes": [{"id": n.id, "text": n.text} for n in g.notes]}
            for g in board.groups
        ],
    }
