"""A refused command changes nothing, however it is composed (Batch in Batch, notes, ballots)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kotter_workshop.domain.commands import (
    AddBallot,
    Batch,
    CastBallot,
    Command,
    PutCluster,
    PutNote,
    PutNotes,
    RemoveBallot,
    RemoveCluster,
    RemoveNote,
    RemoveNotes,
    SetShownRound,
)
from kotter_workshop.domain.model import Ballot, Cluster, DomainError, Note, Panel, Session
from kotter_workshop.domain.session_factory import new_session

from .build import AP, SD


def state(session: Session) -> dict:
    """Everything a command could touch, as plain values to compare."""
    return {
        "ballots": sorted(session.ballots, key=lambda b: b.id),
        "shown_rounds": session.shown_round_choices,
        "panels": [(p.id, list(p.notes), list(p.clusters)) for p in session.panels],
        "actions": list(session.actions),
        "roster": list(session.roster),
    }


def test_a_batch_with_an_out_of_scale_ballot_adds_none_of_its_ballots():
    session = new_session()
    seen: list[list[Ballot]] = []  # what a listener (the file) finds when it is told
    session.subscribe(lambda change: seen.append(session.ballots))
    before = state(session)
    batch = Batch([AddBallot(Ballot(AP, 3)), AddBallot(Ballot(AP, 9))])
    with pytest.raises(DomainError):
        batch.apply(session)
    assert session.ballots == ()
    assert state(session) == before
    assert all(found == () for found in seen)  # the file never had the first ballot


def test_a_refused_note_removal_puts_back_the_notes_already_removed():
    session = new_session()
    panel = session.panel_for(AP)
    first, second = Note("Kept"), Note("Also kept")
    for note in (first, second):
        session.put_note(panel.id, note)
    before = state(session)
    with pytest.raises(KeyError):
        RemoveNotes(panel.id, [first.id, "no-such-note"]).apply(session)
    assert state(session) == before
    with pytest.raises(DomainError):
        Batch([RemoveNote(panel.id, second.id), AddBallot(Ballot(SD, 0))]).apply(session)
    assert [n.text for n in session.panel(panel.id).notes] == ["Kept", "Also kept"]


# -- any composition -------------------------------------------------------------------
PANEL = "board"  # a fixed id, so that hypothesis draws the same commands each run
PANEL_NOTES = ("n1", "n2", "n3")


def base() -> Session:
    """A session with two ballots, and a board with three notes (one in a group)."""
    session = new_session()
    session.add_ballot(Ballot(AP, 2, "p1", id="b1"))
    session.add_ballot(Ballot(SD, None, "p2", id="b2"))
    session.add_panel(Panel("Board", id=PANEL))
    session.put_cluster(PANEL, Cluster("Group", id="c1"))
    for i, note_id in enumerate(PANEL_NOTES):
        session.put_note(PANEL, Note(f"note {i}", cluster="c1" if i == 0 else None, id=note_id))
    return session


values = st.sampled_from([None, 1, 3, 5, 0, 6, 9])  # 0, 6 and 9 lie off the 1–5 scale
processes = st.sampled_from([AP, SD, "no-such-process"])
ballot_ids = st.sampled_from(["b1", "b2", "b3", "b4"])
note_ids = st.sampled_from([*PANEL_NOTES, "n4", "missing"])


@st.composite
def ballots(draw) -> Ballot:
    return Ballot(
        draw(processes),
        draw(values),
        draw(st.sampled_from([None, "p1", "p2", "p3"])),
        draw(st.sampled_from([1, 2, 0])),
        draw(ballot_ids),
    )


def leaf() -> st.SearchStrategy[Command]:
    notes = st.builds(Note, st.sampled_from(["a", "b"]), id=note_ids)
    panels = st.sampled_from([PANEL, PANEL, "no-such-panel"])
    return st.one_of(
        st.builds(AddBallot, ballots()),
        st.builds(CastBallot, ballots()),
        st.builds(RemoveBallot, ballots()),
        st.builds(SetShownRound, processes, st.sampled_from([None, 1, 2, 0])),
        st.builds(PutNote, panels, notes),
        st.builds(RemoveNote, panels, note_ids),
        st.builds(PutNotes, panels, st.lists(notes, max_size=3)),
        st.builds(RemoveNotes, panels, st.lists(note_ids, max_size=3)),
        st.builds(PutCluster, panels, st.builds(Cluster, st.just("G"), id=st.just("c2"))),
        st.builds(RemoveCluster, panels, st.sampled_from(["c1", "c2"])),
    )


commands: st.SearchStrategy[Command] = st.recursive(
    leaf(), lambda inner: st.builds(Batch, st.lists(inner, max_size=4)), max_leaves=8
)


@settings(max_examples=300, deadline=None)
@given(commands)
def test_any_command_applies_whole_or_not_at_all_and_reverts_whole(command):
    session = base()
    before = state(session)
    try:
        command.apply(session)
    except (DomainError, KeyError, ValueError):
        assert state(session) == before  # refused: nothing changed
        return
    command.revert(session)
    assert state(session) == before  # applied: undo leaves no trace either
