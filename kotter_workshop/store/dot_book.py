"""The session's dot book (``domain/dot_book.py``) in the file: where each phone's dots are.

It shares the ``draft`` table, one row per phone and panel, keyed
``phone-dots:<panel id>:<voter id>`` with the note ids as a JSON list: no new table,
so the file's schema and the builds that read it stay as they are (as the room's
face-down notes share the room row, ``store/room.py``). Drafts never start so, and
the drafts' reader passes over these rows. Ids are checked as they are read: a
row this build cannot read is left out, never trusted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.orm import Session as Db

from ..domain.limits import MAX_ID
from ..domain.phone_notes import MAX_DOTS_PER_PHONE
from .tables import DraftRow

DRAFT = DraftRow.__table__
PREFIX = "phone-dots:"

Placement = tuple[str, str, tuple[str, ...]]  # panel id, voter id, note ids


def key(panel: str, voter: str) -> str:
    return f"{PREFIX}{panel}:{voter}"


def write_placements(db: Db, placements: Iterable[Placement]) -> None:
    """Each phone's dots as they are now; a phone with none loses its row."""
    put, gone = [], []
    for panel, voter, notes in placements:
        if notes:
            put.append({"key": key(panel, voter), "text": json.dumps(list(notes))})
        else:
            gone.append(key(panel, voter))
    if gone:
        db.execute(delete(DRAFT).where(DRAFT.c["key"].in_(gone)))
    if put:
        statement = upsert(DRAFT)
        db.execute(
            statement.on_conflict_do_update(
                index_elements=[DRAFT.c["key"]], set_={"text": statement.excluded.text}
            ),
            put,
        )


def read_placements(db: Db) -> list[Placement]:
    found = []
    rows = db.execute(select(DRAFT.c["key"], DRAFT.c.text).where(DRAFT.c["key"].startswith(PREFIX)))
    for row_key, text in rows:
        panel, _, voter = row_key.removeprefix(PREFIX).rpartition(":")  # a voter has no ":"
        try:
            notes = json.loads(text)
        except ValueError:
            continue
        if (
            _an_id(panel)
            and _an_id(voter)
            and isinstance(notes, list)
            and len(notes) <= MAX_DOTS_PER_PHONE  # no phone has more: an odd file's row
            and all(_an_id(n) for n in notes)
        ):
            found.append((panel, voter, tuple(notes)))
    return found


def _an_id(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_ID
