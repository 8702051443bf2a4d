"""Tidying a panel into a grid, group by group, most dot votes first.

Pure Python on sizes, so it is tested without Qt: the scene measures each
note (a long note is taller) and applies the positions as one undo step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

GAP = 40.0  # between notes: wider than a selection outline, so nothing touches
GROUP_GAP = 110.0  # between groups, room for each group's frame


@dataclass(frozen=True)
class Group:
    """A cluster (or the ungrouped notes, ``cluster=None``) with its notes' heights in order."""

    cluster: str | None
    title_height: float
    notes: list[tuple[str, float]]  # note id, height


@dataclass(frozen=True)
class Tidy:
    notes: dict[str, tuple[float, float]]
    clusters: dict[str, tuple[float, float]]


def columns_for(count: int, width: float, height: float, aspect: float = 16 / 9) -> int:
    """How many notes a row holds so that the whole board is about as wide as a screen."""
    if count <= 0:
        return 1
    return max(1, min(count, round(math.sqrt(count * aspect * height / width))))


def columns_to_fill(count: int, width: float, height: float, board: tuple[float, float]) -> int:
    """The columns that show ``count`` notes (``width`` by ``height``, gaps included) largest
    on a board of ``board`` (its width and height at room size), never above room size.

    Where several show the notes at room size, the most columns win: the rows run
    across the whole board, as a facilitator would stick them on a wall.
    """
    if count <= 0:
        return 1

    def scale(columns: int) -> float:
        rows = math.ceil(count / columns)
        across = (board[0] + GAP) / (columns * width)
        down = (board[1] + GAP) / (rows * height)
        return round(min(1.0, across, down), 9)

    return max(range(1, count + 1), key=lambda c: (scale(c), c))


def tidy(
    groups: list[Group],
    width: float,
    origin: tuple[float, float] = (0, 0),
    board: tuple[float, float] | None = None,
) -> Tidy:
    """Place each group's title, then its notes in rows; each row is as tall as its tallest note.

    With ``board`` (the board's width and height at room size) the rows fill its width;
    without, the grid is about as wide as a screen.
    """
    heights = [h for group in groups for _id, h in group.notes]
    mean = sum(heights) / len(heights) if heights else width
    if board is not None:
        columns = columns_to_fill(len(heights), width + GAP, mean + GAP, board)
    else:
        columns = columns_for(len(heights), width + GAP, mean + GAP)
    x0, y = origin
    notes: dict[str, tuple[float, float]] = {}
    clusters: dict[str, tuple[float, float]] = {}
    for group in groups:
        if not group.notes and group.cluster is None:
            continue
        if group.cluster is not None:
            clusters[group.cluster] = (x0, y)
            y += group.title_height + GAP / 2
        for start in range(0, len(group.notes), columns):
            row = group.notes[start : start + columns]
            for column, (note_id, _height) in enumerate(row):
                notes[note_id] = (x0 + column * (width + GAP), y)
            y += max(h for _id, h in row) + GAP
        y += GROUP_GAP - GAP
    return Tidy(notes, clusters)
