"""The phone-vote rules without Qt or a network: which ballots count, and phones' names."""

import datetime as dt

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.commands import StartRound
from kotter_workshop.domain.parts import Participant
from kotter_workshop.domain.phone_votes import (
    NOT_OPEN,
    ROUND_OVER,
    PhoneVote,
    judge,
    roster_with_names,
)

ANA = "ph-" + "a" * 32
BEN = "ph-" + "b" * 32


def session():
    return new_session(SessionInfo(title="Team day", date=dt.date(2026, 11, 1)))


def test_a_vote_counts_on_an_open_process_in_its_latest_round():
    verdicts = judge(
        session(),
        ["aligning-people"],
        [PhoneVote("aligning-people", 4, ANA, 1), PhoneVote("aligning-people", None, BEN, 1)],
    )
    assert [(b.process, b.value, b.voter, b.round) for b in (v.ballot for v in verdicts)] == [
        ("aligning-people", 4, ANA, 1),
        ("aligning-people", None, BEN, 1),
    ]
    assert [v.refused for v in verdicts] == [None, None]


def test_a_vote_on_a_closed_process_or_an_old_round_is_refused_with_its_reason():
    room = session()
    StartRound("aligning-people").apply(room)  # a re-vote: round 2 now
    verdicts = judge(
        room,
        ["aligning-people"],
        [PhoneVote("setting-direction", 3, ANA, 1), PhoneVote("aligning-people", 3, BEN, 1)],
    )
    assert [(v.ballot, v.refused) for v in verdicts] == [(None, NOT_OPEN), (None, ROUND_OVER)]
    assert judge(room, ["aligning-people"], [PhoneVote("aligning-people", 3, BEN, 2)])[0].ballot


def test_phones_names_join_the_roster_or_rename_their_own_entry():
    roster = [Participant("p1", "Dana"), Participant(ANA, "Ana")]
    merged = roster_with_names(roster, {ANA: "Ana M.", BEN: "Ben"})
    assert merged == [
        Participant("p1", "Dana"),
        Participant(ANA, "Ana M."),
        Participant(BEN, "Ben"),
    ]
    assert roster == [Participant("p1", "Dana"), Participant(ANA, "Ana")]  # not changed in place
    assert roster_with_names(roster, {ANA: "Ana"}) is None  # the same name: nothing to record
    assert roster_with_names(roster, {}) is None
