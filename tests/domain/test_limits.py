"""The session's limits hold for edits, undo and phones' ballots, as for files and imports."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kotter_workshop.domain import limits
from kotter_workshop.domain.commands import CastBallot, PutAction, PutCluster, PutNote, SetInfo
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.errors import DomainError
from kotter_workshop.domain.model import Action, Ballot, Cluster, Note, Session
from kotter_workshop.domain.session_factory import new_session


def notes_panel(session: Session):
    return next(p for p in session.panels if p.notes)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"text": "x" * 281}, "A note holds 1 to 280 characters, not 281."),
        ({"text": ""}, "A note holds 1 to 280 characters, not 0."),
        ({"x": float("inf")}, "A position on a whiteboard is a number within ±10,000,000"),
        ({"y": float("nan")}, "A position on a whiteboard is a number within ±10,000,000"),
        ({"votes": -1}, "A note has 0 to 100,000 dots, not -1."),
        ({"cluster": "nowhere"}, "A note belongs to a group that is not on its panel."),
        ({"text": "half a \udc80"}, "A text holds a lone surrogate"),
    ],
)
def test_an_edit_past_a_limit_is_refused_and_changes_nothing(change, words):
    session = demo_session()
    panel = notes_panel(session)
    note = panel.notes[0]
    with pytest.raises(DomainError) as caught:
        PutNote(panel.id, replace(note, **change)).apply(session)
    assert str(caught.value).startswith(words)
    assert session.panel(panel.id).notes[0] == note


def test_a_note_of_exactly_280_characters_is_kept():
    session = demo_session()
    panel = notes_panel(session)
    PutNote(panel.id, replace(panel.notes[0], text="x" * 280)).apply(session)
    assert session.panel(panel.id).notes[0].text == "x" * 280


def test_titles_actions_and_groups_have_limits_too():
    session = demo_session()
    panel = notes_panel(session)
    for command in (
        SetInfo(replace(session.info, title="t" * 201)),
        PutAction(Action("a" * 501)),
        PutAction(Action("Call Ben", owner="o" * 201)),
        PutCluster(panel.id, Cluster("g" * 201)),
    ):
        with pytest.raises(DomainError):
            command.apply(session)
    SetInfo(replace(session.info, title="t" * 200)).apply(session)
    assert session.title == "t" * 200


def test_a_second_ballot_of_a_voter_for_a_process_and_round_is_refused():
    session = new_session()
    session.add_ballot(Ballot("setting-direction", 4, voter="ph-1", round=1))
    with pytest.raises(DomainError) as caught:
        session.add_ballot(Ballot("setting-direction", 2, voter="ph-1", round=1))
    assert "one voter has one ballot per process and round" in str(caught.value)
    with pytest.raises(DomainError):
        session.add_ballots(
            [Ballot("aligning-people", 2, "ph-2"), Ballot("aligning-people", 3, "ph-2")]
        )
    assert [b.value for b in session.ballots] == [4]  # all or nothing
    session.add_ballot(Ballot("setting-direction", 2, voter="ph-1", round=2))  # a re-vote


def test_a_changed_vote_replaces_the_ballot_and_undo_brings_it_back():
    session = new_session()
    first = CastBallot(Ballot("setting-direction", 4, voter="ph-1"))
    first.apply(session)
    second = CastBallot(Ballot("setting-direction", 2, voter="ph-1"))
    second.apply(session)
    assert [b.value for b in session.ballots] == [2]
    second.revert(session)
    assert [b.value for b in session.ballots] == [4]


def test_removing_a_group_leaves_no_note_pointing_at_it():
    session = demo_session()
    panel = next(p for p in session.panels if p.clusters)
    cluster = panel.clusters[0]
    session.put_note(panel.id, Note("In the group", cluster=cluster.id))
    session.remove_cluster(panel.id, cluster.id)
    assert all(n.cluster != cluster.id for n in session.panel(panel.id).notes)
    limits.check_session(session)


def test_the_built_in_framework_and_the_demo_fit_every_limit():
    for language in ("en", "de"):
        from kotter_workshop.domain.model import SessionInfo

        limits.check_session(new_session(SessionInfo(language=language)))
    limits.check_session(demo_session())
