"""Rows <-> domain objects: load a whole session, write a whole one, write one change.

Everything here runs inside a short-lived SQLAlchemy session that the caller
opens and commits; no row object leaves this module.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from itertools import starmap

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.orm import Session as Db

from ..domain.dot_book import dot_book as book_of
from ..domain.framework import Framework, Pair, Process, Quadrant, Side
from ..domain.model import (
    Action,
    AgendaItem,
    Ballot,
    Cluster,
    Note,
    NoteColor,
    Panel,
    Participant,
    Scale,
    Session,
    SessionInfo,
)
from . import dot_book
from .connection import plain_rows
from .tables import (
    ActionRow,
    AgendaRow,
    BallotRow,
    ClusterRow,
    DraftRow,
    FrameworkRow,
    FrameworkTextRow,
    InfoRow,
    NoteRow,
    PairRow,
    PanelRow,
    ParticipantRow,
    ProcessRow,
    ShownRoundRow,
    SpeakerNoteRow,
    StartedRoundRow,
)

INFO = InfoRow.__table__
FRAMEWORK = FrameworkRow.__table__
PAIR = PairRow.__table__
PROCESS = ProcessRow.__table__
FRAMEWORK_TEXT = FrameworkTextRow.__table__
BALLOT = BallotRow.__table__
SHOWN_ROUND = ShownRoundRow.__table__
STARTED_ROUND = StartedRoundRow.__table__
PANEL = PanelRow.__table__
CLUSTER = ClusterRow.__table__
NOTE = NoteRow.__table__
ACTION = ActionRow.__table__
AGENDA = AgendaRow.__table__
SPEAKER_NOTE = SpeakerNoteRow.__table__
PARTICIPANT = ParticipantRow.__table__
DRAFT = DraftRow.__table__


class InvalidContent(ValueError):
    """The rows do not make a valid session (the caller names the file)."""


# -- domain -> row dicts -------------------------------------------------------
def info_row(info: SessionInfo) -> dict:
    return {
        "id": 1,
        "title": info.title,
        "team": info.team,
        "facilitator": info.facilitator,
        "date": info.date.isoformat(),
        "language": info.language,
        "scale_min": info.scale.min,
        "scale_max": info.scale.max,
        "is_template": int(info.is_template),
    }


def ballot_row(b: Ballot) -> dict:
    return {"id": b.id, "process": b.process, "value": b.value, "voter": b.voter, "round": b.round}


def panel_row(p: Panel) -> dict:
    return {"id": p.id, "title": p.title, "process": p.process}


def note_row(n: Note) -> dict:
    return {
        "id": n.id,
        "text": n.text,
        "color": n.color.value,
        "x": float(n.x),
        "y": float(n.y),
        "votes": n.votes,
        "cluster_id": n.cluster,
    }


def cluster_row(c: Cluster) -> dict:
    return {"id": c.id, "title": c.title, "x": float(c.x), "y": float(c.y)}


def action_row(a: Action) -> dict:
    return {
        "id": a.id,
        "text": a.text,
        "owner": a.owner,
        "due": a.due.isoformat() if a.due else None,
    }


def agenda_row(a: AgendaItem) -> dict:
    return {
        "id": a.id,
        "title": a.title,
        "slides": json.dumps(list(a.slides)),
        "planned_seconds": a.planned_seconds,
        "actual_seconds": a.actual_seconds,
    }


def participant_row(p: Participant) -> dict:
    return {"id": p.id, "name": p.name}


def insert_rows(db: Db, table: Table, rows: Sequence[dict]) -> None:
    if rows:
        db.execute(insert(table), list(rows))


# -- writing a whole session ---------------------------------------------------
def write_framework(db: Db, fw: Framework) -> None:
    """Replace the session's copy of the framework texts."""
    for table in (FRAMEWORK, PAIR, PROCESS, FRAMEWORK_TEXT):
        db.execute(delete(table))
    insert_rows(
        db,
        FRAMEWORK,
        [
            {
                "id": 1,
                "framework_id": fw.id,
                "language": fw.language,
                "title": fw.title,
                "author": fw.author,
                "thesis": fw.thesis,
                "question": fw.question,
                "prompts": json.dumps(list(fw.prompts)),
            }
        ],
    )
    insert_rows(
        db,
        PAIR,
        [
            {
                "id": p.id,
                "position": i,
                "task": p.task,
                "task_detail": p.task_detail,
                "leadership": p.leadership,
                "management": p.management,
            }
            for i, p in enumerate(fw.pairs)
        ],
    )
    insert_rows(
        db,
        PROCESS,
        [
            {
                "id": p.id,
                "position": i,
                "side": p.side.value,
                "pair": p.pair,
                "title": p.title,
                "tagline": p.tagline,
                "meaning": p.meaning,
                "involves": json.dumps(list(p.involves)),
                "prompts": json.dumps(list(p.prompts)),
            }
            for i, p in enumerate(fw.processes)
        ],
    )
    insert_rows(
        db,
        FRAMEWORK_TEXT,
        [{"kind": "diagnosis", "key": q.value, "text": t} for q, t in fw.diagnoses.items()]
        + [{"kind": "quadrant", "key": q.value, "text": t} for q, t in fw.quadrant_titles.items()]
        + [{"kind": "balance", "key": k, "text": t} for k, t in fw.balance_texts.items()],
    )


def write_session(db: Db, session: Session, drafts: dict[str, str] | None = None) -> None:
    """Insert every part of a session into empty tables."""
    insert_rows(db, INFO, [info_row(session.info)])
    write_framework(db, session.framework)
    insert_rows(db, BALLOT, [ballot_row(b) for b in session.ballots])
    write_rounds(db, session)
    for position, panel in enumerate(session.panels):
        insert_rows(db, PANEL, [{**panel_row(panel), "position": position}])
        write_panel_contents(db, panel)
    insert_rows(
        db, ACTION, [{**action_row(a), "position": i} for i, a in enumerate(session.actions)]
    )
    insert_rows(
        db, AGENDA, [{**agenda_row(a), "position": i} for i, a in enumerate(session.agenda)]
    )
    insert_rows(
        db, SPEAKER_NOTE, [{"slide": s, "text": t} for s, t in session.speaker_notes.items()]
    )
    write_roster(db, session.roster)
    insert_rows(db, DRAFT, [{"key": k, "text": t} for k, t in (drafts or {}).items()])
    dot_book.write_placements(db, book_of(session).all())


def write_panel_contents(db: Db, panel: Panel) -> None:
    insert_rows(
        db,
        NOTE,
        [{**note_row(n), "panel_id": panel.id, "position": i} for i, n in enumerate(panel.notes)],
    )
    insert_rows(
        db,
        CLUSTER,
        [
            {**cluster_row(c), "panel_id": panel.id, "position": i}
            for i, c in enumerate(panel.clusters)
        ],
    )


def write_rounds(db: Db, session: Session, _process: str | None = None) -> None:
    # A handful of rows at most: rewriting both keeps shown and started rounds exact.
    for table, chosen in (
        (SHOWN_ROUND, session.shown_round_choices),
        (STARTED_ROUND, session.started_rounds),
    ):
        db.execute(delete(table))
        insert_rows(db, table, [{"process": p, "round": r} for p, r in chosen.items()])


def write_roster(db: Db, roster: list[Participant]) -> None:
    """The whole (short) roster, rewritten: set_roster names only the new ids."""
    db.execute(delete(PARTICIPANT))
    insert_rows(
        db, PARTICIPANT, [{**participant_row(p), "position": i} for i, p in enumerate(roster)]
    )


# -- reading a whole session ---------------------------------------------------
def _texts(value: str) -> tuple[str, ...]:
    items = json.loads(value)
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise InvalidContent("a list of texts is malformed")
    return tuple(items)


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def load_framework(db: Db) -> Framework:
    head = db.execute(select(FRAMEWORK)).one()
    pairs = tuple(
        Pair(id, task, detail, lead, manage)
        for id, _, task, detail, lead, manage in db.execute(select(PAIR).order_by(PAIR.c.position))
    )
    processes = tuple(
        Process(id, Side(side), pair, title, tagline, meaning, _texts(inv), _texts(prompts))
        for id, _, side, pair, title, tagline, meaning, inv, prompts in db.execute(
            select(PROCESS).order_by(PROCESS.c.position)
        )
    )
    texts: dict[str, dict[str, str]] = {"diagnosis": {}, "quadrant": {}, "balance": {}}
    for kind, key, text in db.execute(select(FRAMEWORK_TEXT)):
        texts.setdefault(kind, {})[key] = text
    framework = Framework(
        id=head.framework_id,
        language=head.language,
        title=head.title,
        author=head.author,
        thesis=head.thesis,
        question=head.question,
        pairs=pairs,
        processes=processes,
        prompts=_texts(head.prompts),
        diagnoses={q: texts["diagnosis"][q.value] for q in Quadrant},
        quadrant_titles={q: texts["quadrant"][q.value] for q in Quadrant},
        balance_texts=texts["balance"],
    )
    _check_framework(framework)
    return framework


def _check_framework(fw: Framework) -> None:
    ids = {p.id: p for p in fw.processes}
    for pair in fw.pairs:
        for side, pid in ((Side.LEADERSHIP, pair.leadership), (Side.MANAGEMENT, pair.management)):
            process = ids.get(pid)
            if process is None or process.side is not side or process.pair != pair.id:
                raise InvalidContent(f"the pair {pair.id!r} does not match its processes")
    if {p for pair in fw.pairs for p in (pair.leadership, pair.management)} != set(ids):
        raise InvalidContent("a process belongs to no pair")


def load_session(db: Db) -> Session:
    """Build the domain session from the file's rows; raise InvalidContent and friends."""
    row = db.execute(select(INFO)).one()
    info = SessionInfo(
        title=row.title,
        team=row.team,
        facilitator=row.facilitator,
        date=_date(row.date),
        language=row.language,
        scale=Scale(row.scale_min, row.scale_max),
        is_template=bool(row.is_template),
    )
    # The trusted constructors: the STRICT tables have checked each value's kind.
    ballots = select(BALLOT.c.process, BALLOT.c.value, BALLOT.c.voter, BALLOT.c.round, BALLOT.c.id)
    panels: dict[str, tuple[str, str | None]] = {
        id: (title, process)
        for id, _, title, process in db.execute(select(PANEL).order_by(PANEL.c.position))
    }
    notes: dict[str, list[Note]] = {id: [] for id in panels}
    colors = {c.value: c for c in NoteColor}  # KeyError for an unknown one, faster than NoteColor()
    for id, panel_id, _, text, color, x, y, votes, cluster in plain_rows(
        db, select(NOTE).order_by(NOTE.c.panel_id, NOTE.c.position)
    ):
        notes[panel_id].append(Note.trusted(text, colors[color], x, y, votes, cluster, id))
    clusters: dict[str, list[Cluster]] = {id: [] for id in panels}
    for id, panel_id, _, title, x, y in db.execute(
        select(CLUSTER).order_by(CLUSTER.c.panel_id, CLUSTER.c.position)
    ):
        clusters[panel_id].append(Cluster(title, x, y, id))
    session = Session(
        load_framework(db),
        info,
        ballots=starmap(Ballot.trusted, plain_rows(db, ballots.order_by(BALLOT.c.seq))),
        started_rounds={p: r for p, r in db.execute(select(STARTED_ROUND))},
        shown_rounds={p: r for p, r in db.execute(select(SHOWN_ROUND))},
        panels=[
            Panel(title, process, tuple(notes[id]), tuple(clusters[id]), id)
            for id, (title, process) in panels.items()
        ],
        actions=[
            Action(text, owner, _date(due) if due else None, id)
            for id, _, text, owner, due in db.execute(select(ACTION).order_by(ACTION.c.position))
        ],
        agenda=[
            AgendaItem(title, _texts(slides), planned, actual, id)
            for id, _, title, slides, planned, actual in db.execute(
                select(AGENDA).order_by(AGENDA.c.position)
            )
        ],
        speaker_notes={
            slide: text
            for _, slide, text in db.execute(select(SPEAKER_NOTE).order_by(SPEAKER_NOTE.c.seq))
        },
        roster=[
            Participant(id, name)
            for id, _, name in db.execute(select(PARTICIPANT).order_by(PARTICIPANT.c.position))
        ],
    )
    book_of(session).load(dot_book.read_placements(db))
    return session


# -- drafts --------------------------------------------------------------------
def write_draft(db: Db, key: str, text: str) -> None:
    db.execute(
        upsert(DRAFT)
        .values(key=key, text=text)
        .on_conflict_do_update(index_elements=[DRAFT.c["key"]], set_={"text": text})
    )


def read_drafts(db: Db) -> dict[str, str]:
    """Text being typed; the phones' dots share the table (store/dot_book.py)."""
    rows = select(DRAFT.c["key"], DRAFT.c.text).where(~DRAFT.c["key"].startswith(dot_book.PREFIX))
    return {key: text for key, text in db.execute(rows)}


def delete_draft(db: Db, key: str) -> None:
    db.execute(delete(DRAFT).where(DRAFT.c["key"] == key))
