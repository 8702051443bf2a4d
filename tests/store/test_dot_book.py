"""The phones' dot placements in the file: kept with the counts, read back on opening,
carried by Save As, never shown as drafts, and a row this build cannot read left out."""

from __future__ import annotations

import json

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.commands import PutNote
from kotter_workshop.domain.dot_book import dot_book
from kotter_workshop.domain.model import Note
from kotter_workshop.domain.phone_notes import MovePhoneDots
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.store.dot_book import key
from kotter_workshop.store.mapping import write_draft

ANA = "ph-" + "a" * 32
BEN = "ph-" + "b" * 32


def _file(tmp_path):
    session = new_session(SessionInfo(title="Dots"))
    panel = session.panel_for("aligning-people")
    for text in ("one", "two", "three"):
        PutNote(panel.id, Note(text)).apply(session)
    path = tmp_path / "dots.kotter"
    write_new_file(session, path)
    return path, panel.id


def _votes(path, panel_id):
    with open_session_file(path, read_only=True) as opened:
        notes = opened.session.panel(panel_id).notes
        return [n.votes for n in notes], dot_book(opened.session).all(), [n.id for n in notes]


def test_placements_are_read_back_and_a_phone_replaces_its_dots_after_reopening(tmp_path):
    path, panel_id = _file(tmp_path)
    with open_session_file(path) as opened:
        one, two, three = (n.id for n in opened.session.panel(panel_id).notes)
        document = opened.session
        with opened.deferred(lambda error: None), document.batch():
            MovePhoneDots(panel_id, ANA, (one, one, two)).apply(document)
            MovePhoneDots(panel_id, BEN, (three,)).apply(document)
        opened.settle()
        assert opened.drafts() == {}  # placements are not text being typed
    votes, placed, _ = _votes(path, panel_id)
    assert votes == [2, 1, 1]
    assert placed == sorted([(panel_id, ANA, (one, one, two)), (panel_id, BEN, (three,))])

    with open_session_file(path) as opened:  # a new run: Ana moves all her dots to three
        MovePhoneDots(panel_id, ANA, (three, three, three)).apply(opened.session)
        MovePhoneDots(panel_id, BEN, ()).apply(opened.session)  # Ben takes his back
    votes, placed, _ = _votes(path, panel_id)
    assert votes == [0, 0, 3]
    assert placed == [(panel_id, ANA, (three, three, three))]


def test_save_as_carries_the_placements(tmp_path):
    path, panel_id = _file(tmp_path)
    with open_session_file(path) as opened:
        one = opened.session.panel(panel_id).notes[0].id
        MovePhoneDots(panel_id, ANA, (one,)).apply(opened.session)
        opened.save_as(tmp_path / "copy.kotter")
    _, placed, _ = _votes(tmp_path / "copy.kotter", panel_id)
    assert placed == [(panel_id, ANA, (one,))]


def test_a_row_this_build_cannot_read_is_left_out(tmp_path):
    path, panel_id = _file(tmp_path)
    with open_session_file(path) as opened:
        opened._write(lambda db: write_draft(db, key(panel_id, ANA), "not json"))
        opened._write(lambda db: write_draft(db, key(panel_id, BEN), '[1, {"x": 2}]'))
        opened._write(lambda db: write_draft(db, "phone-dots:" + "p" * 80 + ":v", '["a"]'))
        many = json.dumps(["n1"] * 1_000_000)  # 7 MB: more dots than any phone has
        opened._write(lambda db: write_draft(db, key(panel_id, "ph-" + "c" * 32), many))
    _, placed, _ = _votes(path, panel_id)
    assert placed == []
