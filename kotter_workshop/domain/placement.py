"""Where a new note goes on a board: a free place in view, never on another note.

Pure Python on rectangles (x, y, width, height), so it is tested without Qt and
serves every way a note arrives: N on the board, a draft restored after a crash,
pasted lines, and (later) a note sent from a phone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

Rect = tuple[float, float, float, float]  # x, y, width, height
GROWTH_STEPS = 12  # a full view grows up to 1.25**12 (about 15) times before a note goes below


def _overlaps(a: Rect, b: Rect, gap: float) -> bool:
    return (
        a[0] < b[0] + b[2] + gap
        and b[0] < a[0] + a[2] + gap
        and a[1] < b[1] + b[3] + gap
        and b[1] < a[1] + a[3] + gap
    )


def free_place(
    size: tuple[float, float],
    taken: Iterable[Rect],
    view: Rect,
    gap: float = 40.0,
    after: tuple[float, float] | None = None,
) -> tuple[float, float] | None:
    """The first place, in reading order, where a note of ``size`` fits inside ``view``
    at least ``gap`` away from every rectangle in ``taken``; None when the view is full.

    With ``after`` (a note's top left, say the selected one), places at or after it
    in reading order come first, so a new note lands beside the one it follows.
    """
    if not _room_for(size, view, gap):
        return None
    near = [r for r in taken if _overlaps(r, view, gap)]
    if after is None:
        return _topmost(_column_firsts(size, near, view, gap), size, view, gap)
    width, height = size
    left, top = view[0] + gap, view[1] + gap
    right, bottom = view[0] + view[2] - gap, view[1] + view[3] - gap
    xs = sorted({left, *(r[0] + r[2] + gap for r in near)})
    ys = sorted({top, *(r[1] + r[3] + gap for r in near)})
    candidates = [
        (x, y)
        for y in ys
        if top <= y and y + height <= bottom
        for x in xs
        if left <= x and x + width <= right
    ]
    ax, ay = after
    candidates.sort(key=lambda p: (not (p[1] > ay or (p[1] == ay and p[0] >= ax)), p[1], p[0]))
    index = _Index(near, width + gap, height + gap, gap)
    for x, y in candidates:
        spot = (x, y, width, height)
        if not any(_overlaps(spot, r, gap - 1e-6) for r in index.around(spot)):
            return x, y
    return None


def _room_for(size: tuple[float, float], view: Rect, gap: float) -> bool:
    return size[0] + 2 * gap <= view[2] and size[1] + 2 * gap <= view[3]


def _column_firsts(size, near: list[Rect], view: Rect, gap: float) -> list[tuple[float, float]]:
    """Each candidate column's first free place below the view's top, whatever its bottom.

    The candidates are the places trying every note's right and bottom edge (plus the
    gap) would try. The rectangles beside a column block open ranges of y, so its first
    free y is found by walking those ranges in order (one search each), not by trying
    every y. The topmost of these places (leftmost on a tie) is the first free place in
    reading order; a view grown from the same top left corner reuses them.
    """
    width, height = size
    left, top = view[0] + gap, view[1] + gap
    xs = sorted(x for x in {left, *(r[0] + r[2] + gap for r in near)} if x >= left)
    ys = sorted(y for y in {top, *(r[1] + r[3] + gap for r in near)} if y >= top)
    rects = sorted(near)  # by left edge: a column's neighbours are one slice
    lefts = [r[0] for r in rects]
    widest = max((r[2] for r in rects), default=0.0)
    gap -= 1e-6  # at exactly the gap is far enough
    firsts = []
    for x in xs:
        beside = rects[bisect_right(lefts, x - widest - gap) : bisect_left(lefts, x + width + gap)]
        blocked = sorted(
            (r[1] - height - gap, r[1] + r[3] + gap) for r in beside if x < r[0] + r[2] + gap
        )
        i = 0
        for start, end in blocked:
            if i == len(ys) or ys[i] <= start:
                break  # the ranges further on start lower still: ys[i] is free
            if ys[i] < end:
                i = bisect_left(ys, end)
        if i < len(ys):
            firsts.append((x, ys[i]))
    return firsts


def _topmost(firsts, size, view: Rect, gap: float) -> tuple[float, float] | None:
    """The topmost (then leftmost) of the columns' first places that fits in ``view``."""
    right, bottom = view[0] + view[2] - gap - size[0], view[1] + view[3] - gap - size[1]
    best: tuple[float, float] | None = None
    for x, y in firsts:
        if x <= right and y <= bottom and (best is None or y < best[1]):
            best = (x, y)
    return best


class _Index:
    """The rectangles by grid cell, so a board of thousands of notes is searched quickly."""

    def __init__(self, rects: list[Rect], cell_w: float, cell_h: float, gap: float) -> None:
        self.cell = (cell_w, cell_h)
        self.gap = gap
        self.cells: dict[tuple[int, int], list[Rect]] = {}
        for rect in rects:
            for key in self._keys(rect):
                self.cells.setdefault(key, []).append(rect)

    def _keys(self, rect: Rect):
        (cw, ch), g = self.cell, self.gap
        for i in range(int((rect[0] - g) // cw), int((rect[0] + rect[2] + g) // cw) + 1):
            for j in range(int((rect[1] - g) // ch), int((rect[1] + rect[3] + g) // ch) + 1):
                yield i, j

    def around(self, rect: Rect) -> set[Rect]:
        found: set[Rect] = set()
        for key in self._keys(rect):
            found.update(self.cells.get(key, ()))
        return found


def place_beyond(
    size: tuple[float, float], taken: Iterable[Rect], view: Rect, gap: float = 40.0
) -> tuple[float, float]:
    """Where a note goes when the view is full: in a row below everything, from the view's
    left edge, so fitting the board to its notes brings it into view."""
    rects = list(taken)
    bottom = max((r[1] + r[3] for r in rects), default=view[1])
    band = (view[0], max(bottom, view[1]), max(view[2], size[0] + 2 * gap), size[1] + 2 * gap)
    spot = free_place(size, rects, band, gap)
    return spot if spot is not None else (view[0] + gap, band[1] + gap)


def place_note(
    size: tuple[float, float],
    taken: Iterable[Rect],
    view: Rect,
    gap: float = 40.0,
    after: tuple[float, float] | None = None,
) -> tuple[float, float]:
    """A free place in view if there is one; else one in the view grown from its top left
    corner, a quarter at a time, in the board's shape, so the board zoomed out to show
    every note keeps its notes as large as it can."""
    rects = list(taken)
    views = [view]
    for _ in range(GROWTH_STEPS):
        grown = views[-1]
        views.append((view[0], view[1], max(grown[2], 1.0) * 1.25, max(grown[3], 1.0) * 1.25))
    if after is None:  # one search for every view: they share their top left corner
        near = [r for r in rects if _overlaps(r, views[-1], gap)]
        firsts = _column_firsts(size, near, view, gap)
        for grown in views:
            spot = _topmost(firsts, size, grown, gap) if _room_for(size, grown, gap) else None
            if spot is not None:
                return spot
        return place_beyond(size, rects, view, gap)
    for grown in views:
        spot = free_place(size, rects, grown, gap, after)
        if spot is not None:
            return spot
    return place_beyond(size, rects, view, gap)
