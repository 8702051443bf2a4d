"""Session.batch: a burst of changes is told once per aspect, when the burst ends."""

from __future__ import annotations

import pytest

from kotter_workshop.domain.commands import CastBallot
from kotter_workshop.domain.model import Aspect, Ballot, Change, Participant
from kotter_workshop.domain.session_factory import new_session

from .build import AP, SD


def test_changes_in_a_batch_are_told_once_per_aspect_at_the_end():
    session = new_session()
    told: list[Change] = []
    session.subscribe(told.append)
    with session.batch():
        first = Ballot(AP, 3, "ph-a")
        CastBallot(first).apply(session)
        second = Ballot(AP, 5, "ph-a")  # a changed vote: the first is removed
        CastBallot(second).apply(session)
        CastBallot(Ballot(SD, 2, "ph-b")).apply(session)
        session.put_participant(Participant("ph-a", "Ana"))
        assert told == []  # nothing yet, mid-burst
    assert told == [
        Change(Aspect.BALLOTS, frozenset({first.id, second.id} | {session.ballots[1].id})),
        Change(Aspect.ROSTER, frozenset({"ph-a"})),
    ]
    assert [(b.voter, b.value) for b in session.ballots] == [("ph-a", 5), ("ph-b", 2)]


def test_a_change_to_all_of_an_aspect_stays_all_of_it():
    session = new_session()
    told: list[Change] = []
    session.subscribe(told.append)
    with session.batch():
        session.set_roster([Participant("p1", "Ana")])
        session.put_participant(Participant("p2", "Ben"))
        session.set_agenda(session.agenda)  # no ids: the whole agenda
        session.set_speaker_notes("title", "Hello")
    aspects = {change.aspect: change.ids for change in told}
    assert aspects[Aspect.AGENDA] == frozenset()
    assert aspects[Aspect.ROSTER] == frozenset({"p1", "p2"})


def test_a_batch_that_raises_still_tells_what_changed_and_nests():
    session = new_session()
    told: list[Change] = []
    session.subscribe(told.append)
    with pytest.raises(RuntimeError), session.batch():
        with session.batch():
            session.add_ballot(Ballot(AP, 2, "ph-a"))
        assert told == []  # the inner block does not tell
        raise RuntimeError("a bug halfway")
    assert [c.aspect for c in told] == [Aspect.BALLOTS]
