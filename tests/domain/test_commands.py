"""Undoable commands: apply, revert and re-apply leave exactly the states a user expects."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kotter_workshop.domain.commands import (
    AddBallot,
    Batch,
    CastBallot,
    Command,
    PutAction,
    PutCluster,
    PutNote,
    RemoveAction,
    RemoveBallot,
    RemoveNote,
    SetInfo,
    SetRoster,
    SetShownRound,
    SetSpeakerNotes,
    StartRound,
    roster_from_names,
)
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.errors import DomainError
from kotter_workshop.domain.model import (
    Action,
    Ballot,
    Cluster,
    Note,
    NoteColor,
    Participant,
    Scale,
    Session,
)
from kotter_workshop.domain.scoring import process_score, summarise

from .build import AP, PB, SD


def snapshot(session: Session) -> dict:
    """Everything a command may touch, in a form that compares by value and order."""
    return {
        "info": session.info,
        "ballots": sorted(session.ballots, key=lambda b: b.id),
        "panels": [
            (p.id, p.title, p.process, list(p.notes), list(p.clusters)) for p in session.panels
        ],
        "actions": list(session.actions),
        "speaker_notes": dict(session.speaker_notes),
        "shown_rounds": session.shown_round_choices,
        "started_rounds": session.started_rounds,
        "roster": list(session.roster),
        "summary": summarise(session),
    }


def sd_panel(session: Session):
    return session.panel_for(SD)


def middle_note(session: Session) -> Note:
    return sd_panel(session).notes[1]


# Each case builds a command against the demo session.
CASES = {
    "add ballot": lambda s: AddBallot(Ballot(SD, 5, voter="p99")),
    "add tally ballot": lambda s: AddBallot(Ballot(PB, 1)),
    "remove ballot": lambda s: RemoveBallot(s.ballot_of("p3", AP, 1)),
    "cast new voter": lambda s: CastBallot(Ballot(SD, 5, voter="p99", round=2)),
    "cast changed vote": lambda s: CastBallot(Ballot(SD, 5, voter="p1", round=2)),
    "cast tally": lambda s: CastBallot(Ballot(SD, 1, round=2)),
    "cast new round": lambda s: CastBallot(Ballot(AP, 5, voter="p1", round=2)),
    "set info": lambda s: SetInfo(replace(s.info, title="Renamed", team="Platform")),
    "set scale": lambda s: SetInfo(replace(s.info, scale=Scale(1, 7))),
    "pin round": lambda s: SetShownRound(SD, 1),
    "pin a new round": lambda s: SetShownRound(PB, 2),
    "start a re-vote": lambda s: StartRound(SD),
    "start a first re-vote": lambda s: StartRound(PB),
    "rename in roster": lambda s: SetRoster(
        [replace(p, name="Amy") if p.id == "p1" else p for p in s.roster]
    ),
    "new roster": lambda s: SetRoster([Participant("p1", "Zoe"), Participant("p13", "Yann")]),
    "add note": lambda s: PutNote(sd_panel(s).id, Note("A new idea", NoteColor.GREEN)),
    "edit note": lambda s: PutNote(
        sd_panel(s).id, replace(middle_note(s), text="Edited", x=900.0, votes=7)
    ),
    "unclustered note": lambda s: PutNote(sd_panel(s).id, replace(middle_note(s), cluster=None)),
    "remove note": lambda s: RemoveNote(sd_panel(s).id, middle_note(s).id),
    "add cluster": lambda s: PutCluster(sd_panel(s).id, Cluster("Risks", x=1200.0)),
    "rename cluster": lambda s: PutCluster(
        sd_panel(s).id, replace(sd_panel(s).clusters[0], title="Renamed")
    ),
    "add action": lambda s: PutAction(Action("Book a follow-up", "Ben", dt.date(2027, 2, 1))),
    "edit action": lambda s: PutAction(replace(s.actions[1], owner="Greta", due=None)),
    "remove action": lambda s: RemoveAction(s.actions[0].id),
    "edit speaker notes": lambda s: SetSpeakerNotes("title", "Start with a story."),
    "new speaker notes": lambda s: SetSpeakerNotes("actions", "Owners and dates, please."),
    "clear speaker notes": lambda s: SetSpeakerNotes("summary", ""),
    "batch": lambda s: Batch(
        [
            PutNote(sd_panel(s).id, Note("Pasted 1")),
            PutNote(sd_panel(s).id, Note("Pasted 2")),
            RemoveAction(s.actions[0].id),
            SetShownRound(SD, 1),
        ]
    ),
}


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_apply_revert_reapply(make):
    session = demo_session()
    command: Command = make(session)
    before = snapshot(session)

    command.apply(session)
    after = snapshot(session)
    assert after != before, "the command changed nothing"

    command.revert(session)
    assert snapshot(session) == before

    command.apply(session)
    assert snapshot(session) == after

    command.revert(session)
    assert snapshot(session) == before


def test_commands_have_edit_menu_words():
    session = demo_session()
    texts = {name: make(session).text for name, make in CASES.items()}
    assert texts["cast changed vote"] == "Vote"
    assert texts["remove note"] == "Delete note"
    assert all(texts.values())


# -- casting a ballot ------------------------------------------------------------


def test_changing_a_vote_replaces_it_and_is_not_a_revote():
    session = demo_session()
    old = session.ballot_of("p1", SD, 2)
    assert old.value == 3
    before = process_score(session, SD)
    assert (before.count, str(before.shown)) == (12, "2.7")

    command = CastBallot(Ballot(SD, 5, voter="p1", round=2))
    command.apply(session)

    assert session.ballot_of("p1", SD, 2).value == 5
    assert len(session.ballots_for(SD, 2)) == 12
    assert session.rounds_of(SD) == [1, 2]
    after = process_score(session, SD)
    assert (after.count, str(after.shown)) == (12, "2.8")  # 34 / 12
    assert session.ballot_of("p1", SD, 1).value == 2  # round 1 untouched

    command.revert(session)
    assert session.ballot_of("p1", SD, 2) == old  # same id, same value
    assert str(process_score(session, SD).shown) == "2.7"


def test_changing_a_vote_twice_keeps_one_ballot():
    session = demo_session()
    first = CastBallot(Ballot(PB, 1, voter="p2"))
    second = CastBallot(Ballot(PB, 2, voter="p2"))
    first.apply(session)
    second.apply(session)
    assert [b.value for b in session.ballots_for(PB) if b.voter == "p2"] == [2]
    second.revert(session)
    assert session.ballot_of("p2", PB, 1).value == 1
    first.revert(session)
    assert session.ballot_of("p2", PB, 1).value == 4


def test_an_abstention_replaces_a_vote():
    session = demo_session()
    CastBallot(Ballot(PB, None, voter="p3")).apply(session)
    score = process_score(session, PB)
    assert (score.count, score.abstentions) == (11, 1)


def test_tally_ballots_never_replace_each_other():
    session = demo_session()
    CastBallot(Ballot(PB, 1)).apply(session)
    CastBallot(Ballot(PB, 1)).apply(session)
    assert len(session.ballots_for(PB, 1)) == 14


def test_a_refused_cast_changes_nothing():
    session = demo_session()
    before = snapshot(session)
    with pytest.raises(DomainError, match="outside the scale"):
        CastBallot(Ballot(PB, 6, voter="p1")).apply(session)
    # The old ballot must not be lost when the new one is refused.
    assert session.ballot_of("p1", PB, 1).value == 4
    assert snapshot(session) == before


# -- batches ------------------------------------------------------------------------


class Recording(Command):
    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    def apply(self, session: Session) -> None:
        self.log.append(f"apply {self.name}")

    def revert(self, session: Session) -> None:
        self.log.append(f"revert {self.name}")


def test_batch_applies_in_order_and_reverts_in_reverse_order():
    log: list[str] = []
    batch = Batch([Recording("a", log), Recording("b", log), Recording("c", log)])
    session = demo_session()
    batch.apply(session)
    batch.revert(session)
    assert log == [
        "apply a",
        "apply b",
        "apply c",
        "revert c",
        "revert b",
        "revert a",
    ]


def test_batch_of_dependent_edits_reverts_cleanly():
    # Adding a note and then editing it only undoes cleanly in reverse order.
    session = demo_session()
    panel = sd_panel(session).id
    note = Note("Draft")
    before = snapshot(session)
    batch = Batch(
        [
            PutNote(panel, note),
            PutNote(panel, replace(note, text="Final", votes=2)),
            AddBallot(Ballot(SD, 4, voter="p50")),
        ]
    )
    batch.apply(session)
    assert session.panel(panel).note(note.id).text == "Final"
    batch.revert(session)
    assert snapshot(session) == before
    with pytest.raises(KeyError):
        session.panel(panel).note(note.id)


# -- single commands in detail ------------------------------------------------------


def test_remove_note_undo_puts_it_back_in_its_place():
    session = demo_session()
    panel = sd_panel(session)
    order = [n.id for n in panel.notes]
    command = RemoveNote(panel.id, order[1])
    command.apply(session)
    assert [n.id for n in session.panel(panel.id).notes] == order[:1] + order[2:]
    command.revert(session)
    assert [n.id for n in session.panel(panel.id).notes] == order


def test_remove_action_undo_puts_it_back_in_its_place():
    session = demo_session()
    texts = [a.text for a in session.actions]
    command = RemoveAction(session.actions[0].id)
    command.apply(session)
    assert [a.text for a in session.actions] == texts[1:]
    command.revert(session)
    assert [a.text for a in session.actions] == texts


def test_set_scale_cannot_strand_ballots_and_changes_nothing():
    session = demo_session()
    SetInfo(replace(session.info, scale=Scale(1, 10))).apply(session)
    session.add_ballot(Ballot(PB, 9, voter="p77"))
    before = snapshot(session)
    with pytest.raises(DomainError, match="scale"):
        SetInfo(replace(session.info, scale=Scale(1, 5))).apply(session)
    assert snapshot(session) == before


def test_pinned_round_undo_goes_back_to_the_previous_pin():
    session = demo_session()
    SetShownRound(SD, 1).apply(session)
    unpin = SetShownRound(SD, None)
    unpin.apply(session)
    assert session.shown_round(SD) == 2
    unpin.revert(session)
    assert session.shown_round_choices == {SD: 1}
    assert str(process_score(session, SD).shown) == "2.3"  # round 1: 25 / 11


def test_a_revote_starts_an_empty_round_that_new_ballots_go_into():
    session = demo_session()
    command = StartRound(SD)
    command.apply(session)
    assert session.latest_round(SD) == 3
    assert process_score(session, SD).round == 3
    assert process_score(session, SD).mean is None  # nobody has re-voted yet
    CastBallot(Ballot(SD, 4, voter="p1", round=session.latest_round(SD))).apply(session)
    assert str(process_score(session, SD).shown) == "4.0"
    assert session.rounds_of(SD) == [1, 2, 3]


def test_undoing_a_revote_before_anyone_voted_goes_back_to_the_last_round():
    session = demo_session()
    command = StartRound(PB)
    command.apply(session)
    assert session.latest_round(PB) == 2
    command.revert(session)
    assert session.latest_round(PB) == 1
    assert session.started_rounds == {}
    assert str(process_score(session, PB).shown) == "4.0"


def test_set_roster_refuses_a_shared_id_and_changes_nothing():
    session = demo_session()
    before = snapshot(session)
    with pytest.raises(DomainError, match="share one id"):
        SetRoster([Participant("p1", "Amira"), Participant("p1", "Ben")]).apply(session)
    assert snapshot(session) == before


def test_roster_from_names_keeps_ids_and_never_reuses_a_voters_id():
    current = [Participant("p1", "Amira"), Participant("p2", "Ben")]
    roster = roster_from_names(
        current, ["Ben", "  ", "Chiara", "Amira", "Dmitri"], used=frozenset({"p3"})
    )
    assert roster == [
        Participant("p2", "Ben"),
        Participant("p4", "Chiara"),
        Participant("p1", "Amira"),
        Participant("p5", "Dmitri"),
    ]


def test_roster_from_names_keeps_both_people_of_the_same_name():
    current = [Participant("p1", "Sam"), Participant("p2", "Sam")]
    roster = roster_from_names(current, ["Sam", "Sam", "Sam"])
    assert [p.id for p in roster] == ["p1", "p2", "p3"]
