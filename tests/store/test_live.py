"""Every change to an open session is in the file the moment it is made."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kotter_workshop.domain import commands
from kotter_workshop.domain.model import (
    Action,
    Ballot,
    Cluster,
    Note,
    NoteColor,
    Panel,
    Participant,
)
from kotter_workshop.store import open_session_file

from .conftest import picture


def _notes_panel(s):
    return next(p for p in s.panels if p.notes)


def _move_note(s):
    panel = _notes_panel(s)
    s.put_note(
        panel.id,
        dataclasses.replace(
            panel.notes[0], x=999.5, y=-3.0, votes=7, color=NoteColor.SKY, text="Moved"
        ),
    )


def _reinsert_note_in_the_middle(s):
    panel = _notes_panel(s)
    index, note = s.remove_note(panel.id, panel.notes[1].id)
    s.put_note(panel.id, note, index)  # what undo does


def _remove_and_restore_panel(s):
    index, panel = s.remove_panel(_notes_panel(s).id)
    s.add_panel(panel, index)


def _burst_of_phone_votes(s):
    """One batch, as phone voting applies it: new votes, changed votes, a ballot cleared."""
    with s.batch():
        for i in range(5):
            commands.CastBallot(Ballot("setting-direction", 1 + i % 5, f"ph-{i}", 1)).apply(s)
        commands.CastBallot(Ballot("setting-direction", 5, "ph-2", 1)).apply(s)
        commands.CastBallot(Ballot("planning-budgeting", 2, "p1", 1)).apply(s)
        s.remove_ballot(s.ballots[0].id)


def _customise_framework(s):
    first = s.framework.processes[0]
    s.framework = dataclasses.replace(
        s.framework,
        processes=(dataclasses.replace(first, meaning="Our words"), *s.framework.processes[1:]),
    )
    s.update_info(title="After customising")


CHANGES = {
    "info": lambda s: s.update_info(
        title="Renamed", team="Team B", date=dt.date(2027, 1, 2), language="de", is_template=True
    ),
    "add ballot": lambda s: s.add_ballot(Ballot("setting-direction", 5, "p99", 3)),
    "abstain": lambda s: s.add_ballot(Ballot("aligning-people", None, None)),
    "remove ballot": lambda s: s.remove_ballot(s.ballots[5].id),
    "change a vote": lambda s: commands.CastBallot(Ballot("planning-budgeting", 1, "p1", 1)).apply(
        s
    ),
    "a burst of phone votes": _burst_of_phone_votes,
    "start a re-vote": lambda s: s.start_round("aligning-people"),
    "pin round": lambda s: s.set_shown_round("setting-direction", 1),
    "unpin round": lambda s: (
        s.set_shown_round("setting-direction", 1),
        s.set_shown_round("setting-direction", None),
    ),
    "add panel": lambda s: s.add_panel(Panel("Ideas", notes=[Note("one")]), 0),
    "remove panel": lambda s: s.remove_panel(_notes_panel(s).id),
    "restore panel": _remove_and_restore_panel,
    "add note": lambda s: s.put_note(s.panels[-1].id, Note("New idea", NoteColor.GREEN)),
    "edit note": _move_note,
    "remove note": lambda s: s.remove_note(_notes_panel(s).id, _notes_panel(s).notes[0].id),
    "undo a note removal": _reinsert_note_in_the_middle,
    "add cluster": lambda s: s.put_cluster(s.panels[-1].id, Cluster("Theme", 5, 6)),
    "rename cluster": lambda s: s.put_cluster(
        _notes_panel(s).id, dataclasses.replace(_notes_panel(s).clusters[0], title="Renamed")
    ),
    "remove cluster": lambda s: s.remove_cluster(
        _notes_panel(s).id, _notes_panel(s).clusters[0].id
    ),
    "add action": lambda s: s.put_action(Action("Call Ben", "Amira", dt.date(2027, 3, 1))),
    "insert action first": lambda s: s.put_action(Action("First"), 0),
    "edit action": lambda s: s.put_action(dataclasses.replace(s.actions[0], due=None)),
    "remove action": lambda s: s.remove_action(s.actions[0].id),
    "time an agenda item": lambda s: s.put_agenda_item(
        dataclasses.replace(s.agenda[2], actual_seconds=1234)
    ),
    "replace the agenda": lambda s: s.set_agenda(list(reversed(s.agenda))[:3]),
    "write speaker notes": lambda s: s.set_speaker_notes("actions", "Ask for owners."),
    "clear speaker notes": lambda s: s.set_speaker_notes("title", ""),
    "name a participant": lambda s: s.put_participant(Participant("p1", "Amy")),
    "add a participant": lambda s: s.put_participant(Participant("p13", "Zoe")),
    "remove a participant": lambda s: s.remove_participant("p3"),
    "replace the roster": lambda s: s.set_roster([Participant("p2", "Bea"), Participant("x")]),
    "customise the framework": _customise_framework,
}


# Changes that end where they began (what undo does); the file must follow both steps.
ROUND_TRIPS = {"unpin round", "restore panel", "undo a note removal"}


@pytest.mark.parametrize("name", CHANGES)
def test_each_change_is_in_the_file_at_once(demo_file, name):
    with open_session_file(demo_file) as live:
        before = picture(live.session)
        CHANGES[name](live.session)
        assert (picture(live.session) == before) == (name in ROUND_TRIPS)
        # A second reader sees the change while the first file is still open.
        with open_session_file(demo_file, read_only=True) as reader:
            assert picture(reader.session) == picture(live.session)


def test_a_long_run_of_changes_ends_in_the_same_state(demo_file):
    with open_session_file(demo_file) as live:
        for change in CHANGES.values():
            change(live.session)
        expected = picture(live.session)
    with open_session_file(demo_file) as reopened:
        assert picture(reopened.session) == expected


def test_drafts_are_kept_apart_and_survive_reopening(demo_file):
    with open_session_file(demo_file) as live:
        live.set_draft("note:abc", "half a thou")
        live.set_draft("title", "New ti")
        live.clear_draft("title")
        title = live.session.title
    with open_session_file(demo_file) as reopened:
        assert reopened.drafts() == {"note:abc": "half a thou"}
        assert reopened.session.title == title  # the draft did not touch the session


def test_a_closed_file_stops_following_the_session(demo_file):
    live = open_session_file(demo_file)
    session = live.session
    live.close()
    session.update_info(title="Changed after close")
    with open_session_file(demo_file) as reopened:
        assert reopened.session.title != "Changed after close"
