"""The limits a session keeps, whichever way it comes in: open, import, phones, undo.

One set of rules, here: the session's own methods check each part as it is
put in (so commands, their undo and the phones' ballots are held to them), and
:func:`check_session` checks a whole session built without those methods (a
file's rows, an import). Each broken limit is one DomainError naming it.

The limits (README "Limits" lists them for users):

- a note holds 1 to 280 characters, the length of a phone-sized thought;
- titles and names (session, team, facilitator, panel, group, agenda item,
  participant, action owner) hold at most 200 characters: the longest
  built-in one has 60;
- framework and process texts and actions hold at most 500: the longest
  built-in text (a diagnosis, in German) has 205;
- speaker notes hold at most 5,000 characters per slide;
- ids hold at most 64 characters (a phone's voter id has 35);
- no text holds a lone surrogate, which is not Unicode and cannot be written;
- positions are finite numbers within ±10,000,000; a note has 0 to 100,000
  dots; rounds run from 1 to 1,000; a duration is 0 to 604,800 seconds (a
  week); a note's group is on its panel; a voter has one ballot per process
  and round.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .errors import DomainError

if TYPE_CHECKING:  # model imports this module; only the type checker needs the classes
    from .framework import Framework
    from .model import Session
    from .parts import Action, AgendaItem, Ballot, Cluster, Note, Participant, SessionInfo

MAX_NOTE = 280
MAX_NAME = 200
MAX_TEXT = 500
MAX_SPEAKER_NOTES = 5000
MAX_ID = 64
MAX_POSITION = 10_000_000  # whiteboard units from the origin; a panel is a few thousand wide
MAX_DOTS = 100_000
MAX_ROUND = 1000
MAX_SECONDS = 604_800  # a week


def _text(text: str, limit: int, template: str, *, least: int = 0) -> None:
    if not least <= len(text) <= limit:
        raise DomainError(template, limit=limit, count=f"{len(text):,}")
    _unicode(text)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _unicode(text: str) -> None:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise DomainError(
                "A text holds a lone surrogate, which is not Unicode, so it cannot be kept."
            ) from None


def note_text(text: str) -> None:
    _text(text, MAX_NOTE, "A note holds 1 to {limit} characters, not {count}.", least=1)


def name(text: str) -> None:
    _text(text, MAX_NAME, "A title or name holds at most {limit} characters, not {count}.")


def long_text(text: str) -> None:
    _text(
        text,
        MAX_TEXT,
        "A framework text or an action holds at most {limit} characters, not {count}.",
    )


def speaker_notes(text: str) -> None:
    _text(
        text,
        MAX_SPEAKER_NOTES,
        "Speaker notes hold at most {limit} characters a slide, not {count}.",
    )


def ident(text: str) -> None:
    _text(text, MAX_ID, "An id holds at most {limit} characters, not {count}.")


def position(x: float, y: float) -> None:
    for value in (x, y):
        if not (math.isfinite(value) and -MAX_POSITION <= value <= MAX_POSITION):
            raise DomainError(
                "A position on a whiteboard is a number within ±{limit}, not {value}.",
                limit=f"{MAX_POSITION:,}",
                value=value,
            )


def round_number(value: int) -> None:
    if value < 1:
        raise DomainError("Rounds start at 1.")
    if value > MAX_ROUND:
        raise DomainError(
            "A session has at most {limit} rounds, not {value}.",
            limit=f"{MAX_ROUND:,}",
            value=value,
        )


def seconds(value: int | None) -> None:
    if value is not None and not 0 <= value <= MAX_SECONDS:
        raise DomainError(
            "A duration is 0 to {limit} seconds (a week), not {value}.",
            limit=f"{MAX_SECONDS:,}",
            value=value,
        )


# -- the parts -------------------------------------------------------------------
def check_info(info: SessionInfo) -> None:
    for text in (info.title, info.team, info.facilitator):
        name(text)


def check_note(note: Note, clusters: Iterable[str]) -> None:
    """A note as it is put on a panel whose groups have the ids ``clusters``."""
    note_text(note.text)
    ident(note.id)
    position(note.x, note.y)
    if not 0 <= note.votes <= MAX_DOTS:
        raise DomainError(
            "A note has 0 to {limit} dots, not {value}.", limit=f"{MAX_DOTS:,}", value=note.votes
        )
    if note.cluster is not None and note.cluster not in clusters:
        raise DomainError("A note belongs to a group that is not on its panel.")


def check_cluster(cluster: Cluster) -> None:
    name(cluster.title)
    ident(cluster.id)
    position(cluster.x, cluster.y)


def check_action(action: Action) -> None:
    long_text(action.text)
    name(action.owner)
    ident(action.id)


def check_agenda_item(item: AgendaItem) -> None:
    name(item.title)
    ident(item.id)
    for slide in item.slides:
        ident(slide)
    seconds(item.planned_seconds)
    seconds(item.actual_seconds)


def check_participant(participant: Participant) -> None:
    ident(participant.id)
    name(participant.name)


def check_ballot_texts(ballot: Ballot) -> None:
    """What add_ballot does not check itself: the ids' lengths and the round's end."""
    round_number(ballot.round)
    ident(ballot.id)
    if ballot.voter is not None:
        ident(ballot.voter)


def two_ballots(ballot: Ballot) -> DomainError:
    return DomainError(
        "A voter has two ballots for {process} in round {round}; "
        "one voter has one ballot per process and round.",
        process=ballot.process,
        round=ballot.round,
    )


def check_framework(framework: Framework) -> None:
    for text in (framework.id, framework.language):
        ident(text)
    for text in (framework.title, framework.author, framework.thesis, framework.question):
        long_text(text)
    for text in framework.prompts:
        long_text(text)
    for pair in framework.pairs:
        ident(pair.id)
        long_text(pair.task)
        long_text(pair.task_detail)
    for process in framework.processes:
        ident(process.id)
        for text in (process.title, process.tagline, process.meaning):
            long_text(text)
        for text in (*process.involves, *process.prompts):
            long_text(text)
    for texts in (framework.diagnoses, framework.quadrant_titles, framework.balance_texts):
        for text in texts.values():
            long_text(text)


# -- a whole session ---------------------------------------------------------------
def check_session(session: Session) -> None:
    """Every limit, for a session built from a file's rows or an import.

    Ballots are not looked at again: the only way in is ``add_ballot(s)``,
    which holds each to its limits (and one per voter, process and round).
    """
    check_info(session.info)
    check_framework(session.framework)
    for rounds in (session.started_rounds, session.shown_round_choices):
        for process, value in rounds.items():
            ident(process)
            round_number(value)
    for panel in session.panels:
        name(panel.title)
        ident(panel.id)
        for cluster in panel.clusters:
            check_cluster(cluster)
        clusters = {c.id for c in panel.clusters}
        for note in panel.notes:  # thousands in a big session: one test, then the named one
            text = note.text
            if not (
                0 < len(text) <= MAX_NOTE
                and len(note.id) <= MAX_ID
                and -MAX_POSITION <= note.x <= MAX_POSITION  # False for NaN too
                and -MAX_POSITION <= note.y <= MAX_POSITION
                and 0 <= note.votes <= MAX_DOTS
                and (note.cluster is None or note.cluster in clusters)
                and (text.isascii() or _encodes(text))
            ):
                check_note(note, clusters)
    for action in session.actions:
        check_action(action)
    for item in session.agenda:
        check_agenda_item(item)
    for slide, text in session.speaker_notes.items():
        ident(slide)
        speaker_notes(text)
    for participant in session.roster:
        check_participant(participant)
