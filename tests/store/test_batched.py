"""A burst of changes (phone ballots) goes into the file as one transaction."""

from __future__ import annotations

from kotter_workshop.domain import commands
from kotter_workshop.domain.model import Ballot
from kotter_workshop.store import open_session_file

from .conftest import picture

VOTERS = [f"ph-{n:032x}" for n in range(40)]


def _ballots_on_disk(path) -> list:
    with open_session_file(path, read_only=True) as copy:
        return sorted((b.voter or "", b.value or 0) for b in copy.session.ballots)


def test_changes_in_a_batch_are_written_together_when_it_ends(demo_file):
    with open_session_file(demo_file) as opened:
        session = opened.session
        before = _ballots_on_disk(demo_file)
        with opened.batched():
            for voter in VOTERS:
                commands.CastBallot(Ballot("aligning-people", 3, voter)).apply(session)
            commands.CastBallot(Ballot("aligning-people", 5, VOTERS[0])).apply(session)
            assert _ballots_on_disk(demo_file) == before  # nothing yet, mid-burst
        after = _ballots_on_disk(demo_file)
        assert len(after) == len(before) + len(VOTERS)
        assert (VOTERS[0], 5) in after and (VOTERS[0], 3) not in after
        with open_session_file(demo_file, read_only=True) as copy:
            assert picture(copy.session) == picture(session)


def test_a_batch_that_raises_still_writes_what_changed(demo_file):
    with open_session_file(demo_file) as opened:
        try:
            with opened.batched():
                opened.session.add_ballot(Ballot("aligning-people", 2, VOTERS[1]))
                raise RuntimeError("a bug halfway")
        except RuntimeError:
            pass
        assert (VOTERS[1], 2) in _ballots_on_disk(demo_file)
