"""Writing one change: what a domain change touched, in one short transaction.

The file follows the session edit by edit (PRODUCT.md: the open file is the
live document). Each :class:`Change` names an aspect and the ids it touched;
only those rows are written, so an edit costs a few small row writes whatever
the size of the session. A change that names no ids rewrites its whole part.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.orm import Session as Db

from ..domain.dot_book import dot_book as book_of
from ..domain.model import Aspect, Ballot, Change, Session
from .dot_book import write_placements
from .mapping import (
    ACTION,
    AGENDA,
    BALLOT,
    CLUSTER,
    INFO,
    NOTE,
    PANEL,
    SPEAKER_NOTE,
    action_row,
    agenda_row,
    ballot_row,
    cluster_row,
    info_row,
    insert_rows,
    note_row,
    panel_row,
    write_panel_contents,
    write_roster,
    write_rounds,
)


def write_change(db: Db, session: Session, change: Change) -> None:
    """Write what one domain change touched; with no ids, rewrite that whole part."""
    if change.aspect is Aspect.NOTES:  # a phone's dots go with the counts they moved
        write_placements(db, book_of(session).take_unsaved())
    if not change.ids:
        _rewrite(db, session, change.aspect)
    elif change.aspect is Aspect.BALLOTS:
        _write_ballots(db, session, change.ids)
    else:
        writer = _WRITERS[change.aspect]
        for item_id in sorted(change.ids):
            writer(db, session, item_id)


def _write_info(db: Db, session: Session, _id: str | None = None) -> None:
    db.execute(update(INFO).where(INFO.c.id == 1).values(**info_row(session.info)))


_NEW_BALLOT = upsert(BALLOT)
_PUT_BALLOT = _NEW_BALLOT.on_conflict_do_update(  # built once: SQLAlchemy compiles it once
    index_elements=[BALLOT.c.id],
    set_={c: _NEW_BALLOT.excluded[c] for c in ballot_row(Ballot("", 0))},
)


def _write_ballots(db: Db, session: Session, ids: frozenset[str]) -> None:
    """A burst of phone votes in two statements at most: the ballots gone, the ballots cast.

    New ballots go in in the order they were cast, so the reopened file lists
    them (and the CSV export) in that order too.
    """
    _put_ballots(db, *_ballot_rows(session, ids))


def _ballot_rows(session: Session, ids: frozenset[str]) -> tuple[list[dict], list[str]]:
    cast = [ballot_row(b) for b in session.ballots_among(ids)]
    return cast, sorted(ids.difference(row["id"] for row in cast))


def _put_ballots(db: Db, cast: list[dict], gone: list[str]) -> None:
    if gone:
        db.execute(delete(BALLOT).where(BALLOT.c.id.in_(gone)))
    if cast:
        db.execute(_PUT_BALLOT, cast)


def plan_change(session: Session, change: Change) -> Callable[[Db], None] | None:
    """Writing ``change`` later, on another thread: all it needs is read from the session now.

    For what phones change (ballots, notes and their dots, the roster when names are
    asked); None for any other change, which is written at once.
    """
    if change.aspect is Aspect.BALLOTS and change.ids:
        cast, gone = _ballot_rows(session, change.ids)
        return lambda db: _put_ballots(db, cast, gone)
    if change.aspect is Aspect.ROSTER:
        roster = list(session.roster)
        return lambda db: write_roster(db, roster)
    if change.aspect is Aspect.NOTES and change.ids:  # notes and dots from phones
        notes = _note_rows(session, change.ids)
        placed = book_of(session).take_unsaved()  # in the same transaction as the counts

        def write(db: Db) -> None:
            _put_notes(db, notes)
            write_placements(db, placed)

        return write
    return None


def _note_rows(session: Session, ids: frozenset[str]) -> list[tuple[str, tuple | None]]:
    """Each note's row with its panel's list as they are now; None for a note gone."""
    found: dict[str, tuple] = {}
    for panel in session.panels:
        hits = [note for note in panel.notes if note.id in ids]
        if hits:
            listed = list(panel.notes)  # notes are frozen: the list's copy is the snapshot
            found.update((note.id, (note_row(note), listed, panel.id)) for note in hits)
    return [(note_id, found.get(note_id)) for note_id in sorted(ids)]


_UPDATE_NOTE = update(NOTE).where(
    NOTE.c.id == bindparam("_id"), NOTE.c.panel_id == bindparam("_panel")
)


def _put_notes(db: Db, notes: list[tuple[str, tuple | None]]) -> None:
    """Write these notes from the rows taken when they changed, in their panels' order.

    A note changed in place (dots, a move) keeps its position. New notes (a burst
    from phones) that end their panel's list are appended in one statement; any
    other new note renumbers its panel once, not once per note.
    """
    new: dict[str, list[str]] = {}  # panel id -> its new notes
    panels: dict[str, list] = {}
    rows: dict[str, dict] = {}
    gone = [note_id for note_id, where in notes if where is None]
    if gone:
        db.execute(delete(NOTE).where(NOTE.c.id.in_(gone)))
    wanted = {note_id: where for note_id, where in notes if where is not None}
    if not wanted:
        return
    stored = db.execute(select(NOTE.c.id, NOTE.c.panel_id).where(NOTE.c.id.in_(list(wanted)))).all()
    kept = {(note_id, panel_id) for note_id, panel_id in stored}
    elsewhere = {note_id for note_id, _ in stored}  # on another panel, if not kept
    in_place = []  # one statement for all: a batch of dots touches hundreds of notes
    for note_id, (row, listed, panel_id) in wanted.items():
        if (note_id, panel_id) in kept:
            in_place.append({**row, "_id": note_id, "_panel": panel_id})
            continue
        if note_id in elsewhere:
            db.execute(delete(NOTE).where(NOTE.c.id == note_id))  # moved from another panel
        new.setdefault(panel_id, []).append(note_id)
        panels[panel_id], rows[note_id] = listed, row
    if in_place:
        db.execute(_UPDATE_NOTE, in_place)
    for panel_id, added in new.items():
        listed = panels[panel_id]
        order = {note.id: i for i, note in enumerate(listed)}
        added.sort(key=order.__getitem__)
        if [note.id for note in listed[len(listed) - len(added) :]] == added:
            where = NOTE.c.panel_id == panel_id
            last = db.scalar(select(func.coalesce(func.max(NOTE.c.position), -1)).where(where))
            db.execute(
                insert(NOTE),
                [
                    {**rows[note_id], "panel_id": panel_id, "position": last + 1 + i}
                    for i, note_id in enumerate(added)
                ],
            )
        else:
            db.execute(
                insert(NOTE),
                [
                    {**rows[note_id], "panel_id": panel_id, "position": order[note_id]}
                    for note_id in added
                ],
            )
            _renumber(db, NOTE, listed)


def _write_panel(db: Db, session: Session, panel_id: str) -> None:
    # A panel comes back with all its notes (undo of a removal), so its
    # contents are rewritten with it.
    db.execute(delete(NOTE).where(NOTE.c.panel_id == panel_id))
    db.execute(delete(CLUSTER).where(CLUSTER.c.panel_id == panel_id))
    db.execute(delete(PANEL).where(PANEL.c.id == panel_id))
    panel = next((p for p in session.panels if p.id == panel_id), None)
    if panel is not None:
        insert_rows(db, PANEL, [{**panel_row(panel), "position": session.panels.index(panel)}])
        write_panel_contents(db, panel)
        _renumber(db, PANEL, session.panels)


def _write_note(db: Db, session: Session, note_id: str) -> None:
    for panel in session.panels:
        for note in panel.notes:
            if note.id == note_id:
                _write_listed(db, NOTE, panel.notes, note_id, note_row(note), panel.id)
                return
    db.execute(delete(NOTE).where(NOTE.c.id == note_id))


def _write_cluster(db: Db, session: Session, cluster_id: str) -> None:
    for panel in session.panels:
        for cluster in panel.clusters:
            if cluster.id == cluster_id:
                _write_listed(
                    db, CLUSTER, panel.clusters, cluster_id, cluster_row(cluster), panel.id
                )
                return
    db.execute(delete(CLUSTER).where(CLUSTER.c.id == cluster_id))


def _list_writer(table: Table, items: Callable[[Session], list], to_row: Callable[[object], dict]):
    def write(db: Db, session: Session, item_id: str) -> None:
        listed = items(session)
        item = next((i for i in listed if i.id == item_id), None)
        if item is None:
            db.execute(delete(table).where(table.c.id == item_id))
        else:
            _write_listed(db, table, listed, item_id, to_row(item))

    return write


def _write_listed(
    db: Db, table: Table, items: list, item_id: str, row: dict, panel_id: str | None = None
) -> None:
    """Write one item of an ordered list, keeping the rows' order equal to the list's."""
    scope = {"panel_id": panel_id} if panel_id is not None else {}
    where = [table.c[k] == v for k, v in scope.items()]
    found = db.execute(update(table).where(table.c.id == item_id, *where).values(**row)).rowcount
    if found:  # changed in place: the position stays
        return
    db.execute(delete(table).where(table.c.id == item_id))  # moved from another panel
    index = next(i for i, item in enumerate(items) if item.id == item_id)
    if index == len(items) - 1:
        position = db.scalar(select(func.coalesce(func.max(table.c.position) + 1, 0)).where(*where))
        db.execute(insert(table).values(**row, **scope, position=position))
    else:  # inserted in the middle (an undone removal): renumber the list
        db.execute(insert(table).values(**row, **scope, position=index))
        _renumber(db, table, items)


def _renumber(db: Db, table: Table, items: list) -> None:
    db.execute(
        update(table)
        .where(table.c.id == bindparam("item_id"))
        .values(position=bindparam("item_position")),
        [{"item_id": item.id, "item_position": i} for i, item in enumerate(items)],
    )


def _write_speaker_notes(db: Db, session: Session, slide: str) -> None:
    text = session.speaker_notes.get(slide)
    if text is None:
        db.execute(delete(SPEAKER_NOTE).where(SPEAKER_NOTE.c.slide == slide))
    else:
        db.execute(
            upsert(SPEAKER_NOTE)
            .values(slide=slide, text=text)
            .on_conflict_do_update(index_elements=[SPEAKER_NOTE.c.slide], set_={"text": text})
        )


_WRITERS = {
    Aspect.META: _write_info,
    Aspect.ROUNDS: write_rounds,
    Aspect.PANELS: _write_panel,
    Aspect.NOTES: _write_note,
    Aspect.CLUSTERS: _write_cluster,
    Aspect.ACTIONS: _list_writer(ACTION, lambda s: s.actions, action_row),
    Aspect.AGENDA: _list_writer(AGENDA, lambda s: s.agenda, agenda_row),
    Aspect.SPEAKER_NOTES: _write_speaker_notes,
    Aspect.ROSTER: lambda db, session, _id=None: write_roster(db, session.roster),
}

_PARTS = {
    Aspect.BALLOTS: (BALLOT,),
    Aspect.PANELS: (PANEL, NOTE, CLUSTER),
    Aspect.NOTES: (NOTE, CLUSTER),
    Aspect.CLUSTERS: (NOTE, CLUSTER),
    Aspect.ACTIONS: (ACTION,),
    Aspect.AGENDA: (AGENDA,),
    Aspect.SPEAKER_NOTES: (SPEAKER_NOTE,),
}


def _rewrite(db: Db, session: Session, aspect: Aspect) -> None:
    """Rewrite one whole part of the session (a change that names no ids)."""
    if aspect in (Aspect.META, Aspect.ROUNDS, Aspect.ROSTER):
        _WRITERS[aspect](db, session, None)
        return
    for table in _PARTS[aspect]:
        db.execute(delete(table))
    if aspect is Aspect.BALLOTS:
        insert_rows(db, BALLOT, [ballot_row(b) for b in session.ballots])
    elif aspect in (Aspect.NOTES, Aspect.CLUSTERS, Aspect.PANELS):
        if aspect is Aspect.PANELS:
            insert_rows(
                db, PANEL, [{**panel_row(p), "position": i} for i, p in enumerate(session.panels)]
            )
        for panel in session.panels:
            write_panel_contents(db, panel)
    elif aspect is Aspect.ACTIONS:
        insert_rows(
            db, ACTION, [{**action_row(a), "position": i} for i, a in enumerate(session.actions)]
        )
    elif aspect is Aspect.AGENDA:
        insert_rows(
            db, AGENDA, [{**agenda_row(a), "position": i} for i, a in enumerate(session.agenda)]
        )
    elif aspect is Aspect.SPEAKER_NOTES:
        insert_rows(
            db, SPEAKER_NOTE, [{"slide": s, "text": t} for s, t in session.speaker_notes.items()]
        )
