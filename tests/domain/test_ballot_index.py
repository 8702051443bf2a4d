"""The session's ballot index answers exactly what a scan of all its ballots would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kotter_workshop.domain.commands import CastBallot
from kotter_workshop.domain.model import Ballot
from kotter_workshop.domain.session_factory import new_session

PROCESSES = [p.id for p in new_session().framework.processes][:3]

# One step: cast (voter, process, round, value), or remove the n-th ballot there is.
steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("cast"),
            st.sampled_from(["ph-a", "ph-b", "p1", None]),
            st.sampled_from(PROCESSES),
            st.integers(1, 3),
            st.one_of(st.none(), st.integers(1, 5)),
        ),
        st.tuples(st.just("remove"), st.integers(0, 40)),
        st.tuples(st.just("bulk"), st.sampled_from(PROCESSES), st.integers(1, 4)),
    ),
    max_size=40,
)


def scanned_rounds(session, process):
    return sorted({b.round for b in session.ballots if b.process == process})


@settings(max_examples=150, deadline=None)
@given(steps)
def test_rounds_and_ballots_per_process_match_a_full_scan(plan):
    session = new_session()
    for step in plan:
        if step[0] == "cast":
            _, voter, process, round_, value = step
            CastBallot(Ballot(process, value, voter, round_)).apply(session)
        elif step[0] == "remove" and session.ballots:
            session.remove_ballot(session.ballots[step[1] % len(session.ballots)].id)
        elif step[0] == "bulk":
            _, process, round_ = step
            session.add_ballots([Ballot(process, 3, None, round_), Ballot(process, None)])
    copy = session.snapshot()
    for view in (session, copy):
        for process in PROCESSES:
            rounds = scanned_rounds(session, process)
            assert view.rounds_of(process) == rounds
            assert view.latest_round(process) == max(rounds, default=1)
            assert view.ballots_for(process) == [b for b in session.ballots if b.process == process]
            for round_ in (1, 2, 3):
                assert view.ballots_for(process, round_) == [
                    b for b in session.ballots if b.process == process and b.round == round_
                ]
                for voter in ("ph-a", "ph-b", "p1"):
                    mine = [
                        b
                        for b in session.ballots
                        if (b.voter, b.process, b.round) == (voter, process, round_)
                    ]
                    assert view.ballot_of(voter, process, round_) == (mine[0] if mine else None)


def test_a_snapshot_keeps_its_rounds_when_the_session_votes_on():
    session = new_session()
    process = PROCESSES[0]
    session.add_ballot(Ballot(process, 4, "p1", 1))
    copy = session.snapshot()
    session.add_ballot(Ballot(process, 2, "p1", 2))
    assert session.latest_round(process) == 2
    assert copy.latest_round(process) == 1
    assert copy.ballots_for(process, 2) == []


def test_the_index_built_late_sees_what_was_added_and_removed_before():
    """Opening a file adds every ballot before anything asks: the index is built then."""
    session = new_session()
    process = PROCESSES[1]
    session.add_ballots([Ballot(process, 3, f"p{i}", 1 + i % 2) for i in range(6)])
    session.add_ballot(Ballot(process, 5, "p9", 4))
    session.remove_ballot(session.ballots[-1].id)
    assert session.rounds_of(process) == [1, 2]  # the first question builds it
    session.add_ballot(Ballot(process, 5, "p9", 3))  # and from then on it follows
    assert session.latest_round(process) == 3
    assert len(session.ballots_for(process, 1)) == 3


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=12), st.integers(0, 5))
def test_ballots_among_gives_the_asked_ballots_in_the_order_cast(picks, removed):
    session = new_session()
    session.add_ballots([Ballot(PROCESSES[i % 3], 1 + i % 5, f"p{i}") for i in range(25)])
    for ballot in session.ballots[:removed]:
        session.remove_ballot(ballot.id)
        session.add_ballot(ballot)  # an undo puts it back, at the end
    ids = [session.ballots[i].id if i < 25 else f"gone-{i}" for i in picks]
    assert session.ballots_among(ids) == [b for b in session.ballots if b.id in set(ids)]
