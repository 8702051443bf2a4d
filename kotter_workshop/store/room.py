"""Where the room is (slide, step, revealed results, timer), kept so a crash returns there;
and what phones sent that is still face down, kept so neither a crash nor reopening shows it.

Not part of the session: not on the undo stack, not in the JSON or the PDF.
The window writes it as it changes; the slide, step, reveals and timer are read
only after an unclean close, what is face down on every open.

What is face down shares the ``revealed`` column's JSON list (no new column, so
the file's schema and the builds that read it stay as they are): beside the slide
keys, ``face-down:<note id>`` for each phone note not yet revealed and
``hidden-dots:<panel id>`` for each panel whose dot counts from phones are hidden.
No slide key starts so, and a build that does not know them passes over them.
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
    face_down: tuple[str, ...] = ()  # note ids: phone notes not yet revealed
    hidden_counts: tuple[str, ...] = ()  # panel ids: dot counts from phones not yet revealed


FACE_DOWN = "face-down:"
HIDDEN_DOTS = "hidden-dots:"


def write_room(db: Db, state: RoomState) -> None:
    row = {
        "id": 1,
        "slide": state.slide,
        "phase": state.phase,
        "revealed": json.dumps(
            [
                *state.revealed,
                *(FACE_DOWN + note for note in state.face_down),
                *(HIDDEN_DOTS + panel for panel in state.hidden_counts),
            ]
        ),
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
    shown = tuple(k for k in revealed if not k.startswith((FACE_DOWN, HIDDEN_DOTS)))
    face_down = tuple(k.removeprefix(FACE_DOWN) for k in revealed if k.startswith(FACE_DOWN))
    counts = tuple(k.removeprefix(HIDDEN_DOTS) for k in revealed if k.startswith(HIDDEN_DOTS))
    return RoomState(row.slide, row.phase, shown, bool(row.timer_running), face_down, counts)
