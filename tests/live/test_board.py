"""Notes and dots from phones, on the real server over real sockets: what phones can send,
and every bad request getting its 4xx and changing nothing."""

from __future__ import annotations

import json
import socket

import pytest

from kotter_workshop.domain.commands import PutNote
from kotter_workshop.domain.model import Note
from kotter_workshop.domain.phone_notes import MovePhoneDots, cluster_order
from kotter_workshop.live import Limits, Refused
from kotter_workshop.live.board import BoardGroup, BoardNote, OpenBoard, PhoneNote
from kotter_workshop.live.server import new_token

from .laptop import OTHER, VOTER, Laptop

JSON = {"Content-Type": "application/json"}


class BoardLaptop(Laptop):
    """The stand-in ui, with a board: notes and dots applied to the session as the ui does."""

    def __init__(self, limits: Limits | None = None) -> None:
        super().__init__(limits)
        self.server.submit_board = self.take
        self.dots: dict[str, tuple[str, ...]] = {}

    @property
    def panel(self):  # as it is now: a session replaces a panel on each change
        return self.session.panel_for(PROCESS_ID)

    def take(self, item, reply) -> None:
        with self.lock:
            if isinstance(item, PhoneNote):
                note = Note(item.text)
                PutNote(self.panel.id, note).apply(self.session)
                reply({"note": note.id})
                return
            MovePhoneDots(self.panel.id, item.voter, item.notes).apply(self.session)
        reply(None)

    def open_board(self, mode: str, dots: int = 3, one_per_note: bool = False, names=False):
        with self.lock:
            groups = tuple(
                BoardGroup(title, tuple(BoardNote(n.id, n.text) for n in notes))
                for _, title, notes in cluster_order(self.panel)
            )
        board = OpenBoard(self.panel.id, self.panel.title, "", mode, dots, one_per_note, groups)
        state = self.open(names=names)
        from dataclasses import replace

        self.server.publish(replace(state, board=board if mode else None))

    def texts(self) -> list[str]:
        with self.lock:
            return [n.text for n in self.panel.notes]

    def votes(self) -> list[int]:
        with self.lock:
            return [n.votes for n in self.panel.notes]

    def send(self, rest: str, body, headers=JSON) -> int:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return self.request("POST", self.path(rest), raw, headers)[0]

    def note(self, text, voter: str = VOTER, **extra) -> int:
        return self.send("note", {"voter": voter, "panel": self.panel.id, "text": text, **extra})

    def place(self, notes, voter: str = VOTER) -> int:
        return self.send("dots", {"voter": voter, "panel": self.panel.id, "notes": notes})


PROCESS_ID = "aligning-people"


@pytest.fixture
def board():
    laptop = BoardLaptop()
    yield laptop
    laptop.server.stop()


def test_notes_arrive_and_the_state_shows_the_board(board):
    board.open_board("notes")
    state = board.state()["board"]
    assert state["mode"] == "notes" and state["panel"] == board.panel.id
    status, body, _ = board.request(
        "POST",
        board.path("note"),
        json.dumps({"voter": VOTER, "panel": board.panel.id, "text": "  Too many\r\nmeetings "}),
        JSON,
    )
    answer = json.loads(body)
    assert status == 200 and answer["ok"] and answer["note"] == board.panel.notes[0].id
    assert board.note("A second one from the same phone") == 200
    assert board.note("and a " + "x" * 274) == 200  # 280 characters
    assert board.texts() == [
        "Too many\nmeetings",
        "A second one from the same phone",
        "and a " + "x" * 274,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "x" * 281,
        "é" * 281,
        "\n".join("line" for _ in range(7)),
        "bell\x07",
        "nul\x00",
        "escape \x1b[31m red",
        "right-to-left \u202e override",
        "<b>bold</b>",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "&lt;b&gt;",
        "<!-- comment -->",
        5,
        None,
        ["a list"],
    ],
)
def test_bad_notes_get_400_and_change_nothing(board, text):
    board.open_board("notes")
    assert board.note(text) == 400
    assert board.texts() == []


def test_plain_text_with_angle_brackets_and_ampersands_is_a_note(board):
    board.open_board("notes")
    assert board.note("costs < benefits & so on") == 200
    assert board.texts() == ["costs < benefits & so on"]


def test_malformed_note_requests_get_4xx_and_change_nothing(board):
    board.open_board("notes")
    good = {"voter": VOTER, "panel": board.panel.id, "text": "fine"}
    for body in (
        b"",
        b"not json",
        b"[1]",
        b"\xff\xfe",
        json.dumps({**good, "voter": "ph-nope"}).encode(),
        json.dumps({**good, "voter": None}).encode(),
        json.dumps({**good, "extra": 1}).encode(),
        json.dumps({**good, "panel": ""}).encode(),
        json.dumps({**good, "name": "x" * 61}).encode(),
        json.dumps({**good, "name": "tab\tand\x07bell"}).encode(),
    ):
        assert board.send("note", body) == 400, body
    assert board.send("note", good, {"Content-Type": "text/plain"}) == 415
    assert board.request("GET", board.path("note"))[0] == 405
    padded = json.dumps({**good, "pad": " " * 5000}).encode()
    assert board.send("note", padded) == 413
    assert board.texts() == []


def test_a_note_for_another_panel_or_a_closed_board_gets_409(board):
    assert board.note("nothing is open") == 409
    board.open_board("notes")
    other = board.session.panel_for("setting-direction").id
    body = {"voter": VOTER, "panel": other, "text": "wrong panel"}
    assert board.send("note", body) == 409
    board.open_board("dots")  # the board takes dots now, not notes
    assert board.note("too late") == 409
    board.open_board(None)
    assert board.note("closed") == 409
    assert board.texts() == []


def test_notes_need_the_token(board):
    board.open_board("notes")
    body = json.dumps({"voter": VOTER, "panel": board.panel.id, "text": "x"}).encode()
    for path in ("/note", f"/{new_token()}/note", f"/{board.server.token[:-1]}/note", "//note"):
        assert board.request("POST", path, body, JSON)[0] == 404, path
    assert board.texts() == []


def test_a_phone_sending_too_fast_gets_429_and_the_rest_are_kept():
    board = BoardLaptop(Limits(phone_burst=3, phone_rate=0.01))
    try:
        board.open_board("notes")
        answers = [board.note(f"note {n}") for n in range(5)]
        assert answers == [200, 200, 200, 429, 429]
        assert board.note("another phone", voter=OTHER) == 200
        assert board.texts() == ["note 0", "note 1", "note 2", "another phone"]
    finally:
        board.server.stop()


def test_one_address_cannot_invent_a_crowd_of_phones():
    board = BoardLaptop(Limits(voters_per_address=2, voter_refill_seconds=600))
    try:
        board.open_board("notes")
        voters = ["ph-" + f"{n:032x}" for n in range(4)]
        assert [board.note("hi", voter=v) for v in voters] == [200, 200, 429, 429]
        assert board.texts() == ["hi", "hi"]
    finally:
        board.server.stop()


def _with_notes(board, *texts):
    board.open_board("notes")
    for text in texts:
        assert board.note(text) == 200
    return [n.id for n in board.panel.notes]


def test_dots_replace_a_phones_earlier_dots(board):
    one, two, three = _with_notes(board, "one", "two", "three")
    board.open_board("dots")
    groups = board.state()["board"]["groups"]
    assert [n["id"] for g in groups for n in g["notes"]] == [one, two, three]
    assert board.place([one, one, two]) == 200
    assert board.place([one], voter=OTHER) == 200
    assert board.votes() == [3, 1, 0]
    assert board.place([three]) == 200  # moved: the earlier three go
    assert board.votes() == [1, 0, 1]
    assert board.place([]) == 200  # all taken back
    assert board.votes() == [1, 0, 0]


def test_bad_dots_get_4xx_and_change_nothing(board):
    one, two, _three = _with_notes(board, "one", "two", "three")
    assert board.place([one]) == 409  # dots are not open (notes are)
    board.open_board("dots", dots=3, one_per_note=True)
    assert board.place([one]) == 200
    for bad in (
        [one, two, one],  # two on one note, one per note being the rule
        [one, two, _three, one],  # more dots than a phone has
        ["nosuchnote"],
        [5],
        "one",
        [""],
        ["x" * 65],
    ):
        assert board.place(bad) == 400, bad
    other = board.session.panel_for("setting-direction").id
    body = {"voter": VOTER, "panel": other, "notes": [one]}
    assert board.send("dots", body) == 409
    board.open_board(None)
    assert board.place([two]) == 409
    assert board.votes() == [1, 0, 0]


def test_a_slow_note_body_gets_408(board):
    board.open_board("notes")
    with socket.create_connection(("127.0.0.1", board.server.port), timeout=15) as sock:
        head = (
            f"POST {board.path('note')} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n"
        )
        sock.sendall(head.encode() + b'{"voter": ')
        reply = sock.recv(4096).decode("latin-1")
    assert int(reply.split()[1]) == 408
    assert board.texts() == []


def test_note_text_is_escaped_in_the_state(board):
    board.open_board("notes")
    assert board.note("a < b && c > d") == 200
    board.open_board("dots")
    _, body, _ = board.request("GET", board.path("state"))
    assert b"<" not in body and b">" not in body and b"\\u003c" in body
    assert json.loads(body)["board"]["groups"][0]["notes"][0]["text"] == "a < b && c > d"


def test_refused_by_the_laptop_means_a_4xx(board):
    board.open_board("notes")

    def refuse(item, reply):
        reply(Refused(409, "closed meanwhile"))

    board.server.submit_board = refuse
    assert board.note("x") == 409
    board.server.submit_board = None  # no board taker at all (closed)
    assert board.note("x") == 409
    assert board.texts() == []


@pytest.mark.parametrize("key", ["", "x" * 41, "a b", "ключ", "a/b", "a.b", 7, None, ["k"]])
def test_a_bad_note_key_gets_400_and_changes_nothing(board, key):
    board.open_board("notes")
    assert board.note("x", key=key) == 400
    assert board.texts() == []
    assert board.note("x", key="A-z_09" + "k" * 34) == 200  # 40 URL-safe characters


def test_a_note_sent_again_with_its_key_is_kept_once_even_once_closed(board):
    board.open_board("notes")
    _, first, _ = board.request(
        "POST",
        board.path("note"),
        json.dumps({"voter": VOTER, "panel": board.panel.id, "text": "one", "key": "k1"}),
        JSON,
    )
    assert board.note("one", key="k1") == 200
    assert board.note("one", voter=OTHER, key="k1") == 200  # another phone's own key
    board.open_board("")  # closed: the resend still hears its note is on the board
    status, again, _ = board.request(
        "POST",
        board.path("note"),
        json.dumps({"voter": VOTER, "panel": board.panel.id, "text": "one", "key": "k1"}),
        JSON,
    )
    assert status == 200 and json.loads(again)["note"] == json.loads(first)["note"]
    assert board.texts() == ["one", "one"]
    assert board.note("two", key="k2") == 409  # a new note is refused once closed


def test_a_note_refused_by_the_laptop_can_be_sent_again_with_its_key(board):
    board.open_board("notes")
    take = board.server.submit_board

    def refuse(item, reply):
        reply(Refused(409, "closed meanwhile"))

    board.server.submit_board = refuse
    assert board.note("again", key="k9") == 409
    board.server.submit_board = take  # open again: the same note, the same key, is a new try
    assert board.note("again", key="k9") == 200
    assert board.note("again", key="k9") == 200
    assert board.texts() == ["again"]
