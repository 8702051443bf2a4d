"""The session: its rules, and the one Change every mutation tells its subscribers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kotter_workshop.domain.errors import DomainError
from kotter_workshop.domain.model import (
    Action,
    AgendaItem,
    Aspect,
    Ballot,
    Change,
    Cluster,
    Note,
    Panel,
    Participant,
    Scale,
    SessionInfo,
)
from kotter_workshop.domain.session_factory import new_session

from .build import AP, PB, SD


@pytest.fixture
def session():
    s = new_session(SessionInfo(title="Offsite", team="Team A"))
    panel = s.panel_for(SD)
    s.put_note(panel.id, Note("First", id="n1"))
    s.put_note(panel.id, Note("Second", id="n2"))
    s.put_cluster(panel.id, Cluster("Group", id="c1"))
    s.put_action(Action("Do it", "Ben", id="a1"))
    s.add_ballot(Ballot(SD, 3, voter="p1", id="b1"))
    s.put_participant(Participant("p1", "Amira"))
    s.set_speaker_notes("title", "Hello")
    return s


def sd_panel_id(s) -> str:
    return s.panel_for(SD).id


# Each case: a mutation, and the Change it must emit (ids as a set).
MUTATIONS = {
    "set_info": (lambda s: s.set_info(replace(s.info, title="New")), Aspect.META, set()),
    "update_info": (lambda s: s.update_info(team="Team B"), Aspect.META, set()),
    "add_ballot": (lambda s: s.add_ballot(Ballot(SD, 4, id="b2")), Aspect.BALLOTS, {"b2"}),
    "remove_ballot": (lambda s: s.remove_ballot("b1"), Aspect.BALLOTS, {"b1"}),
    "pin round": (lambda s: s.set_shown_round(SD, 2), Aspect.ROUNDS, {SD}),
    "unpin round": (lambda s: s.set_shown_round(SD, None), Aspect.ROUNDS, {SD}),
    "start a round": (lambda s: s.start_round(SD), Aspect.ROUNDS, {SD}),
    "set_started_round": (lambda s: s.set_started_round(PB, 4), Aspect.ROUNDS, {PB}),
    "add_panel": (lambda s: s.add_panel(Panel("Extra", id="x1")), Aspect.PANELS, {"x1"}),
    "remove_panel": (lambda s: s.remove_panel(sd_panel_id(s)), Aspect.PANELS, None),
    "add note": (lambda s: s.put_note(sd_panel_id(s), Note("New", id="n3")), Aspect.NOTES, {"n3"}),
    "edit note": (
        lambda s: s.put_note(sd_panel_id(s), Note("Changed", id="n1")),
        Aspect.NOTES,
        {"n1"},
    ),
    "remove_note": (lambda s: s.remove_note(sd_panel_id(s), "n2"), Aspect.NOTES, {"n2"}),
    "add cluster": (
        lambda s: s.put_cluster(sd_panel_id(s), Cluster("More", id="c2")),
        Aspect.CLUSTERS,
        {"c2"},
    ),
    "remove_cluster": (
        lambda s: s.remove_cluster(sd_panel_id(s), "c1"),
        Aspect.CLUSTERS,
        {"c1"},
    ),
    "add action": (lambda s: s.put_action(Action("More", id="a2")), Aspect.ACTIONS, {"a2"}),
    "edit action": (lambda s: s.put_action(Action("Done", id="a1")), Aspect.ACTIONS, {"a1"}),
    "remove_action": (lambda s: s.remove_action("a1"), Aspect.ACTIONS, {"a1"}),
    "set_agenda": (lambda s: s.set_agenda(s.agenda[:2]), Aspect.AGENDA, set()),
    "put_agenda_item": (
        lambda s: s.put_agenda_item(replace(s.agenda[0], actual_seconds=310)),
        Aspect.AGENDA,
        None,
    ),
    "speaker notes": (
        lambda s: s.set_speaker_notes("summary", "Reveal last"),
        Aspect.SPEAKER_NOTES,
        {"summary"},
    ),
    "clear speaker notes": (
        lambda s: s.set_speaker_notes("title", ""),
        Aspect.SPEAKER_NOTES,
        {"title"},
    ),
    "add participant": (
        lambda s: s.put_participant(Participant("p2", "Ben")),
        Aspect.ROSTER,
        {"p2"},
    ),
    "rename participant": (
        lambda s: s.put_participant(Participant("p1", "Amy")),
        Aspect.ROSTER,
        {"p1"},
    ),
    "set_roster": (
        lambda s: s.set_roster([Participant("p1", "Amira"), Participant("p7", "Ben")]),
        Aspect.ROSTER,
        {"p1", "p7"},
    ),
    "remove_participant": (lambda s: s.remove_participant("p1"), Aspect.ROSTER, {"p1"}),
}


@pytest.mark.parametrize(("mutate", "aspect", "ids"), MUTATIONS.values(), ids=MUTATIONS.keys())
def test_every_mutation_emits_exactly_one_change(session, mutate, aspect, ids):
    if ids is None:  # ids only known from the session itself
        ids = {sd_panel_id(session)} if aspect is Aspect.PANELS else {session.agenda[0].id}
    seen: list[Change] = []
    session.subscribe(seen.append)
    mutate(session)
    assert seen == [Change(aspect, frozenset(ids))]


def test_unsubscribe_stops_only_that_listener(session):
    first: list[Change] = []
    second: list[Change] = []
    unsubscribe = session.subscribe(first.append)
    session.subscribe(second.append)
    session.update_info(title="One")
    unsubscribe()
    session.update_info(title="Two")
    assert first == [Change.of(Aspect.META)]
    assert second == [Change.of(Aspect.META), Change.of(Aspect.META)]


def test_a_listener_may_unsubscribe_while_being_told(session):
    seen: list[Change] = []

    def once(change: Change) -> None:
        seen.append(change)
        unsubscribe()

    unsubscribe = session.subscribe(once)
    other: list[Change] = []
    session.subscribe(other.append)
    session.update_info(title="One")
    session.update_info(title="Two")
    assert len(seen) == 1
    assert len(other) == 2


def test_listeners_see_the_state_after_the_change(session):
    titles: list[str] = []
    session.subscribe(lambda change: titles.append(session.title))
    session.update_info(title="Renamed")
    assert titles == ["Renamed"]


def test_mutation_effects(session):
    panel = session.panel_for(SD)
    session.put_note(panel.id, Note("Changed", id="n1"))
    notes = session.panel(panel.id).notes
    assert [(n.id, n.text) for n in notes] == [("n1", "Changed"), ("n2", "Second")]
    session.put_note(panel.id, Note("Top", id="n0"), index=0)
    assert [n.id for n in session.panel(panel.id).notes] == ["n0", "n1", "n2"]
    session.set_speaker_notes("title", "")
    assert "title" not in session.speaker_notes
    session.put_participant(Participant("p1", "Amy"))
    assert session.name_of("p1") == "Amy"
    assert session.name_of("p9") == ""
    assert session.name_of(None) == ""


# -- ballots -----------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 6, -1, 10])
def test_add_ballot_rejects_values_off_the_scale(session, value):
    seen: list[Change] = []
    session.subscribe(seen.append)
    with pytest.raises(DomainError, match=f"{value} is outside the scale 1–5"):
        session.add_ballot(Ballot(PB, value))
    assert session.ballots_for(PB) == []
    assert seen == []


@pytest.mark.parametrize("value", [1, 5, None])
def test_add_ballot_takes_the_ends_of_the_scale_and_abstentions(session, value):
    session.add_ballot(Ballot(PB, value))
    assert [b.value for b in session.ballots_for(PB)] == [value]


def test_a_wider_scale_takes_wider_values():
    s = new_session(SessionInfo(scale=Scale(1, 10)))
    s.add_ballot(Ballot(PB, 10))
    with pytest.raises(DomainError):
        s.add_ballot(Ballot(PB, 11))


def test_add_ballot_rejects_an_unknown_process(session):
    seen: list[Change] = []
    session.subscribe(seen.append)
    with pytest.raises(DomainError, match="vision-casting"):
        session.add_ballot(Ballot("vision-casting", 3))
    assert seen == []
    assert len(session.ballots) == 1


@pytest.mark.parametrize("round_", [0, -1])
def test_add_ballot_rejects_rounds_below_one(session, round_):
    with pytest.raises(DomainError, match="Rounds start at 1"):
        session.add_ballot(Ballot(PB, 3, round=round_))
    assert session.ballots_for(PB) == []


def test_add_ballot_rejects_the_same_ballot_twice(session):
    with pytest.raises(DomainError, match="already"):
        session.add_ballot(Ballot(PB, 3, id="b1"))
    assert session.ballot("b1").process == SD


def test_ballot_of_finds_the_voters_ballot_in_that_round(session):
    session.add_ballot(Ballot(SD, 5, voter="p1", round=2, id="b9"))
    assert session.ballot_of("p1", SD, 1).id == "b1"
    assert session.ballot_of("p1", SD, 2).id == "b9"
    assert session.ballot_of("p1", AP, 1) is None
    assert session.ballot_of("p2", SD, 1) is None


def test_rounds_and_the_shown_round(session):
    assert session.rounds_of(PB) == []
    assert session.shown_round(PB) == 1
    session.add_ballot(Ballot(SD, 4, voter="p1", round=3))
    assert session.rounds_of(SD) == [1, 3]
    assert session.latest_round(SD) == 3
    assert session.shown_round(SD) == 3
    session.set_shown_round(SD, 1)
    assert session.shown_round(SD) == 1
    assert session.shown_round_choices == {SD: 1}
    session.set_shown_round(SD, None)
    assert session.shown_round(SD) == 3
    assert session.shown_round_choices == {}


def test_set_shown_round_rejects_round_zero_and_unknown_processes(session):
    with pytest.raises(DomainError, match="Rounds start at 1"):
        session.set_shown_round(SD, 0)
    with pytest.raises(DomainError, match="vision-casting"):
        session.set_shown_round("vision-casting", 1)
    assert session.shown_round_choices == {}


def test_started_rounds(session):
    assert session.start_round(SD) == 2
    assert session.latest_round(SD) == 2
    assert session.started_rounds == {SD: 2}
    session.add_ballot(Ballot(SD, 4, voter="p1", round=2))
    assert session.start_round(SD) == 3
    session.set_started_round(SD, None)
    assert session.latest_round(SD) == 2  # the round with ballots stays
    assert session.started_rounds == {}
    with pytest.raises(DomainError, match="vision-casting"):
        session.start_round("vision-casting")


# -- session info and the scale ---------------------------------------------------


def test_set_info_refuses_a_scale_that_would_strand_ballots():
    s = new_session(SessionInfo(scale=Scale(1, 7)))
    s.add_ballot(Ballot(PB, 6))
    seen: list[Change] = []
    s.subscribe(seen.append)
    with pytest.raises(DomainError, match="scale"):
        s.update_info(scale=Scale(1, 5))
    assert s.scale == Scale(1, 7)
    assert seen == []


def test_set_info_allows_a_scale_all_ballots_fit():
    s = new_session(SessionInfo(scale=Scale(1, 7)))
    s.add_ballot(Ballot(PB, 5))
    s.add_ballot(Ballot(SD, None))  # an abstention fits any scale
    s.update_info(scale=Scale(1, 5))
    assert s.scale == Scale(1, 5)
    s.update_info(scale=Scale(1, 10))
    assert s.scale.max == 10


def test_set_info_keeps_other_details(session):
    day = dt.date(2026, 5, 4)
    session.update_info(facilitator="Rosa", date=day)
    assert session.info == SessionInfo(title="Offsite", team="Team A", facilitator="Rosa", date=day)


@pytest.mark.parametrize("bounds", [(0, 5), (1, 4), (1, 6), (2, 10), (1, 100)])
def test_only_the_three_scales_exist(bounds):
    with pytest.raises(DomainError, match="not supported"):
        Scale(*bounds)


def test_scale_facts():
    assert Scale().range == 4
    assert list(Scale(1, 7).values()) == [1, 2, 3, 4, 5, 6, 7]
    assert str(Scale(1, 10)) == "1–10"
    assert Scale().contains(1) and Scale().contains(5)
    assert not Scale().contains(0) and not Scale().contains(6)


def test_a_ballot_with_no_value_is_an_abstention():
    assert Ballot(SD, None).is_abstention
    assert not Ballot(SD, 1).is_abstention
    assert Ballot(SD, 1).id != Ballot(SD, 1).id


# -- new sessions ----------------------------------------------------------------


def test_new_session_has_a_panel_per_process_and_a_parking_lot():
    s = new_session()
    assert [p.process for p in s.panels] == [
        "setting-direction",
        "planning-budgeting",
        "aligning-people",
        "organizing-staffing",
        "motivating-inspiring",
        "controlling-problem-solving",
        None,
    ]
    assert s.panels[-1].title == "Parking lot"
    assert s.panel_for(AP).title == "Aligning people"
    assert s.ballots == () and s.actions == ()


def test_new_session_has_the_default_agenda():
    from kotter_workshop.domain.agenda import slide_process, slides_of

    s = new_session()
    assert slides_of(s.agenda) == [
        "title",
        "tasks",
        "process:setting-direction",
        "process:planning-budgeting",
        "process:aligning-people",
        "process:organizing-staffing",
        "process:motivating-inspiring",
        "process:controlling-problem-solving",
        "summary",
        "parking",
        "actions",
    ]
    assert sum(item.planned_seconds for item in s.agenda) == (5 + 10 + 3 * 20 + 15 + 10 + 15) * 60
    assert s.agenda[2].title == "Deciding what needs to be done"
    assert all(item.actual_seconds is None for item in s.agenda)
    assert slide_process("process:aligning-people") == AP
    assert slide_process("summary") is None


def test_agenda_item_update_keeps_its_place(session):
    item = replace(session.agenda[3], actual_seconds=1234)
    session.put_agenda_item(item)
    assert session.agenda[3].actual_seconds == 1234
    assert isinstance(session.agenda[3], AgendaItem)


def test_many_ballots_at_once_are_one_change_and_all_or_nothing():
    from kotter_workshop.domain import new_session
    from kotter_workshop.domain.errors import DomainError
    from kotter_workshop.domain.model import Aspect, Ballot

    session = new_session()
    heard = []
    session.subscribe(heard.append)
    good = [Ballot("setting-direction", v) for v in (1, 2, 3)]
    session.add_ballots(good)
    assert len(heard) == 1 and heard[0].aspect is Aspect.BALLOTS
    assert heard[0].ids == {b.id for b in good}
    with pytest.raises(DomainError, match="outside the scale"):
        session.add_ballots([Ballot("aligning-people", 4), Ballot("aligning-people", 9)])
    assert len(session.ballots) == 3 and len(heard) == 1
