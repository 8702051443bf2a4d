"""Where the room is (slide, step, revealed results, timer), kept so a crash returns there.

Not part of the session: not on the undo stack, not in the JSON or the PDF.
The window writes it as it changes; it is read only after an unclean close.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.orm import Session as Db

from .tables import RoomRow

ROOM = RoomRow.__table__


@dataclass(frozen=True)
class RoomState:
    slide: str
    phase: int
    revealed: tuple[str, ...]
    timer_running: bool


def write_room(db: Db, state: RoomState) -> None:
    row = {
        "id": 1,
        "slide": state.slide,
        "phase": state.phase,
        "revealed": json.dumps(list(state.revealed)),
        "timer_running": int(state.timer_running),
    }
    statement = upsert(ROOM).values(**row)
    db.execute(statement.on_conflict_do_update(index_elements=[ROOM.c.id], set_=row))


def read_room(db: Db) -> RoomState | None:
    """The room as last written; None when never written or unreadable (then: the start)."""
    row = db.execute(select(ROOM)).first()
    if row is None:
        return None
    try:
        revealed = json.loads(row.revealed)
    except ValueError:
        return None
    if not isinstance(revealed, list) or not all(isinstance(k, str) for k in revealed):
        return None
    return RoomState(row.slide, row.phase, tuple(revealed), bool(row.timer_running))
