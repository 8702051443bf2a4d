"""The rules for votes from phones: which ballots a session takes, and the names phones give.

Plain Python, no Qt, no network: the window's phone voting (``ui/live``) asks
these and applies the answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import Ballot, Session
from .parts import Participant

# What a phone hears when its ballot is turned away (the phone page shows its own words).
NOT_OPEN = "not open for voting"
ROUND_OVER = "that round is over"


@dataclass(frozen=True)
class PhoneVote:
    """One ballot as a phone sent it: a 1–5 value (None: abstain) and perhaps a name."""

    process: str
    value: int | None
    voter: str
    round: int
    name: str = ""


@dataclass(frozen=True)
class Verdict:
    """What becomes of one phone vote: a ballot to record, or the reason it is refused."""

    ballot: Ballot | None
    refused: str | None = None


def judge(session: Session, open_processes: Iterable[str], votes: Iterable) -> list[Verdict]:
    """Each vote (anything with ``process``, ``value``, ``voter``, ``round``) in turn.

    A vote counts only for a process open for voting and only in its latest
    round: a phone that still shows an earlier round is told that round is over.
    """
    rounds = {p: session.latest_round(p) for p in open_processes}
    verdicts = []
    for vote in votes:
        if vote.process not in rounds:
            verdicts.append(Verdict(None, NOT_OPEN))
        elif vote.round != rounds[vote.process]:
            verdicts.append(Verdict(None, ROUND_OVER))
        else:
            verdicts.append(Verdict(Ballot(vote.process, vote.value, vote.voter, vote.round)))
    return verdicts


def roster_with_names(
    roster: Sequence[Participant], names: Mapping[str, str]
) -> list[Participant] | None:
    """The roster with the names phones gave (voter id → name); None if nothing changes.

    A known voter gets the new name in place; a new voter joins at the end.
    """
    merged = list(roster)
    known = {p.id: i for i, p in enumerate(merged)}
    changed = False
    for voter, name in names.items():
        if voter in known:
            if merged[known[voter]].name != name:
                merged[known[voter]] = Participant(voter, name)
                changed = True
        else:
            known[voter] = len(merged)
            merged.append(Participant(voter, name))
            changed = True
    return merged if changed else None
