"""A session written to a file comes back exactly as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import (
    Action,
    AgendaItem,
    Ballot,
    Note,
    NoteColor,
    Participant,
    Scale,
    Session,
    SessionInfo,
)
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.store import APPLICATION_ID, SCHEMA_VERSION, open_session_file, write_new_file

from .conftest import picture


def test_demo_session_round_trips_every_field(tmp_path):
    original = demo_session()
    original.set_shown_round("setting-direction", 1)
    original.start_round("aligning-people")
    write_new_file(original, tmp_path / "demo.kotter")
    with open_session_file(tmp_path / "demo.kotter") as opened:
        assert picture(opened.session) == picture(original)
        assert opened.session.shown_round("setting-direction") == 1
        assert not opened.read_only and opened.read_only_reason is None


def test_the_file_says_what_it_is(demo_file):
    conn = sqlite3.connect(demo_file)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert demo_file.read_bytes()[68:72] == b"KOTW"


def test_optional_parts_and_odd_values_round_trip(tmp_path):
    session = new_session(
        SessionInfo(
            title="Ünïcödé ✓ — \"quotes\" 'and' \n newlines",
            team="",
            facilitator="",
            date=dt.date(1999, 12, 31),
            language="de",
            scale=Scale(1, 10),
            is_template=True,
        )
    )
    session.add_ballot(Ballot("aligning-people", None, None, 3))  # a tally abstention
    session.add_ballot(Ballot("aligning-people", 10, "phone-9f2c", 1))
    session.put_action(Action("No owner, no date"))
    session.set_roster([Participant("p1")])
    session.put_agenda_item(dataclasses.replace(session.agenda[0], actual_seconds=0))
    panel = session.panels[-1]
    session.put_note(panel.id, Note("?", NoteColor.GREY, x=-1.5, y=1e7, votes=0))  # at the limits
    write_new_file(session, tmp_path / "odd.kotter")
    with open_session_file(tmp_path / "odd.kotter") as opened:
        assert picture(opened.session) == picture(session)


def test_a_customised_framework_is_kept_in_the_file(tmp_path):
    session = new_session()
    process = session.framework.processes[0]
    custom = dataclasses.replace(process, title="Our own title", prompts=("Why?", "How?"))
    session.framework = dataclasses.replace(
        session.framework,
        thesis="Our thesis.",
        processes=(custom, *session.framework.processes[1:]),
    )
    write_new_file(session, tmp_path / "custom.kotter")
    with open_session_file(tmp_path / "custom.kotter") as opened:
        assert opened.session.framework == session.framework
        assert opened.session.framework.process(process.id).title == "Our own title"


def test_write_new_file_replaces_a_file_and_leaves_no_temporary_files(tmp_path, demo_file):
    write_new_file(new_session(SessionInfo(title="Second")), demo_file)
    with open_session_file(demo_file) as opened:
        assert opened.session.title == "Second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.kotter"]


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    notes=st.lists(
        st.tuples(
            texts, st.sampled_from(list(NoteColor)), st.floats(-1e6, 1e6), st.integers(0, 99)
        ),
        max_size=8,
    ),
    agenda=st.lists(
        st.tuples(texts, st.integers(0, 10_000), st.none() | st.integers(0, 10_000)), max_size=5
    ),
    speaker=st.dictionaries(texts, texts.filter(bool), max_size=4),
)
def test_any_texts_and_numbers_round_trip(tmp_path, notes, agenda, speaker):
    session = new_session()
    panel = session.panels[0]
    for text, color, x, votes in notes:
        text = text or "."  # a note holds 1 to 280 characters
        session.put_note(panel.id, Note(text, color, x=x, y=-x, votes=votes))
    session = Session(
        session.framework,
        session.info,
        panels=session.panels,
        agenda=[AgendaItem(t, ("title", t), p, a) for t, p, a in agenda],
        speaker_notes=speaker,
    )
    path = tmp_path / "any.kotter"
    write_new_file(session, path)
    with open_session_file(path) as opened:
        assert picture(opened.session) == picture(session)
