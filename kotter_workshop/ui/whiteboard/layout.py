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


def tidy(groups: list[Group], width: float, origin: tuple[float, float] = (0, 0)) -> Tidy:
    """Place each group's title, then its notes in rows; each row is as tall as its tallest note."""
    heights = [h for group in groups for _id, h in group.notes]
    mean = sum(heights) / len(heights) if heights else width
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
