"""Notes and dots from phones: what the page is shown, and the strict checks on what it sends.

The endpoints (all under the session's token, like the vote):

``POST /<token>/note`` with ``{"voter": "ph-<32 hex>", "panel": "<panel id>",
"text": "…", "name": "…"}`` (``name`` optional, kept only when names are asked
for). Answers ``200 {"ok": true, "note": "<note id>"}`` once the note is on
disk, or ``{"error": "<reason>"}`` with 400 (malformed, empty, over 280
characters or 6 lines, control characters, markup, bad voter), 409 (that board
is not open for notes: closed, or another panel), 413 (body over 4 KB), 415
(not JSON), 429 (the phone or address limits), 503 (not saved).

``POST /<token>/dots`` with ``{"voter": …, "panel": …, "notes": ["<note id>", …],
"name": …}``: the phone's whole choice, a note once per dot (an empty list takes
its dots back). It replaces the phone's earlier dots on that panel. Answers
``200 {"ok": true, "notes": [...]}`` once on disk, or 400 (more dots than the
phone has, two on one note when one per note is the rule, an unknown note),
409 (not open for dot voting), and the same 413/415/429/503 as a note.

``GET /<token>/state`` carries, beside the vote, ``"board"``: null, or
``{"panel", "title", "question", "mode": "notes"|"dots", "dots", "one_per_note",
"groups": [{"title": "…", "notes": [{"id", "text"}…]}…]}`` (groups only while
dots are open). Phones show every text with textContent, never as markup.
"""

from __future__ import annotations

import json
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


def parse_note(body: bytes, board: OpenBoard | None, names: bool) -> PhoneNote:
    """Check a phone's note strictly against the board open for notes; raise Refused."""
    data = _object(body, {"voter", "panel", "text", "name"})
    raw = data.get("text")
    if not isinstance(raw, str):
        raise Refused(400, "text must be a string")
    try:
        text = note_text(raw)
    except PhoneRefusal as refusal:
        raise Refused(400, str(refusal)) from None
    _open(board, data["panel"], "notes", WRONG_PANEL)
    return PhoneNote(data["voter"], data["panel"], text, data["name"] if names else "")


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
