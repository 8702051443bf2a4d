"""Where a new note goes on a board: a free place in view, never on another note.

Pure Python on rectangles (x, y, width, height), so it is tested without Qt and
serves every way a note arrives: N on the board, a draft restored after a crash,
pasted lines, and (later) a note sent from a phone.
"""

from __future__ import annotations

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
    width, height = size
    left, top = view[0] + gap, view[1] + gap
    right, bottom = view[0] + view[2] - gap, view[1] + view[3] - gap
    if left + width > right or top + height > bottom:
        return None
    near = [r for r in taken if _overlaps(r, view, gap)]
    xs = sorted({left, *(r[0] + r[2] + gap for r in near)})
    ys = sorted({top, *(r[1] + r[3] + gap for r in near)})
    candidates = [
        (x, y)
        for y in ys
        if top <= y and y + height <= bottom
        for x in xs
        if left <= x and x + width <= right
    ]
    if after is not None:
        ax, ay = after
        candidates.sort(key=lambda p: (not (p[1] > ay or (p[1] == ay and p[0] >= ax)), p[1], p[0]))
    index = _Index(near, width + gap, height + gap, gap)
    for x, y in candidates:
        spot = (x, y, width, height)
        if not any(_overlaps(spot, r, gap - 1e-6) for r in index.around(spot)):
            return x, y
    return None


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
    grown = view
    for _ in range(GROWTH_STEPS + 1):
        spot = free_place(size, rects, grown, gap, after)
        if spot is not None:
            return spot
        grown = (view[0], view[1], max(grown[2], 1.0) * 1.25, max(grown[3], 1.0) * 1.25)
    return place_beyond(size, rects, view, gap)
