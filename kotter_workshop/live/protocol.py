"""What the phones and the server say to each other, and the strict checks on it.

Plain data, no network and no Qt: the ui describes what is open for voting as a
:class:`VoteState`, phones send ballots that :func:`parse_ballot` turns into a
:class:`PhoneBallot` or refuses with a :class:`Refused` (a 4xx and a reason).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .board import OpenBoard

#: A phone's voter id: made by the page from 128 random bits, kept in its local storage.
VOTER_ID = re.compile(r"ph-[0-9a-f]{32}")
PHONE_PREFIX = "ph-"
PROCESS_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
MAX_NAME = 60
MAX_BODY = 1024  # bytes: a ballot is about 120


def is_phone_voter(voter: str | None) -> bool:
    """Whether a ballot's voter is a phone (rather than a roster id or a tally)."""
    return voter is not None and VOTER_ID.fullmatch(voter) is not None


@dataclass(frozen=True)
class OpenProcess:
    """A process open for voting, in the words the room sees."""

    id: str
    side: str
    title: str
    tagline: str
    round: int


@dataclass(frozen=True)
class VoteState:
    """What the phones show: the processes open for voting (none between votes)."""

    language: str = "en"
    title: str = ""
    question: str = ""
    scale_min: int = 1
    scale_max: int = 5
    processes: tuple[OpenProcess, ...] = ()
    names: bool = False  # the facilitator asks for names
    pdf: bool = False  # the PDF summary is shared
    board: OpenBoard | None = None  # a panel open for notes or dots from phones (live/board.py)

    @property
    def is_open(self) -> bool:
        return bool(self.processes)

    def open_process(self, process: str) -> OpenProcess | None:
        return next((p for p in self.processes if p.id == process), None)


@dataclass(frozen=True)
class PhoneBallot:
    """One phone's vote on one process in one round; ``value=None`` abstains."""

    voter: str
    process: str
    round: int
    value: int | None
    name: str = ""


@dataclass(frozen=True)
class Refused(Exception):
    """A request that changes nothing: the HTTP status and one sentence why."""

    status: int
    reason: str = field(default="")

    def __str__(self) -> str:
        return f"{self.status} {self.reason}"


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    # bool is an int in Python; a phone sending true is malformed, not a 1.
    if type(value) is not int:
        raise Refused(400, f"{key} must be a whole number")
    return value


def parse_ballot(body: bytes, state: VoteState) -> PhoneBallot:
    """Check a phone's ballot strictly against what is open; raise Refused otherwise."""
    if len(body) > MAX_BODY:
        raise Refused(413, "too large")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "not JSON") from None
    if not isinstance(data, dict):
        raise Refused(400, "not a JSON object")
    unknown = set(data) - {"voter", "process", "round", "value", "name"}
    if unknown:
        raise Refused(400, "unknown fields")
    voter, process = data.get("voter"), data.get("process")
    if not isinstance(voter, str) or not VOTER_ID.fullmatch(voter):
        raise Refused(400, "bad voter id")
    if not isinstance(process, str) or not PROCESS_ID.fullmatch(process):
        raise Refused(400, "bad process id")
    round_ = _int(data, "round")
    value = data.get("value")
    if value is not None:
        value = _int(data, "value")
        if not state.scale_min <= value <= state.scale_max:
            raise Refused(400, "value off the scale")
    name = data.get("name", "")
    if not isinstance(name, str) or len(name) > MAX_NAME:
        raise Refused(400, "bad name")
    name = " ".join(name.split())  # no control characters or line breaks in a roster name
    if any(not ch.isprintable() for ch in name):
        raise Refused(400, "bad name")
    opened = state.open_process(process)
    if opened is None:
        raise Refused(409, "not open for voting")
    if round_ != opened.round:
        raise Refused(409, "that round is over")
    return PhoneBallot(voter, process, round_, value, name if state.names else "")


def safe_json(data: Any) -> bytes:
    """JSON with <, > and & escaped, so no text from a session can ever read as markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(raw, escaped)
    return text.encode("utf-8")


def state_document(state: VoteState, version: int, strings: dict[str, str]) -> dict[str, Any]:
    """The state as the page reads it."""
    from .board import board_document

    return {
        "version": version,
        "language": state.language,
        "title": state.title,
        "question": state.question,
        "scale": {"min": state.scale_min, "max": state.scale_max},
        "processes": [
            {"id": p.id, "side": p.side, "title": p.title, "tagline": p.tagline, "round": p.round}
            for p in state.processes
        ],
        "names": state.names,
        "pdf": state.pdf,
        "board": board_document(state.board),
        "strings": strings,
    }
