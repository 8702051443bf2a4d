"""Where a new note goes: a free place in view, never on another note, never past the edge."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kotter_workshop.domain.placement import GROWTH_STEPS, free_place, place_beyond, place_note

NOTE = (420.0, 200.0)
VIEW = (0.0, 0.0, 1900.0, 800.0)
GAP = 40.0


def apart(a, b, gap=GAP):
    """Whether two rectangles are at least ``gap`` apart (no overlap, no touching)."""
    return (
        a[0] + a[2] + gap <= b[0]
        or b[0] + b[2] + gap <= a[0]
        or a[1] + a[3] + gap <= b[1]
        or b[1] + b[3] + gap <= a[1]
    )


def inside(rect, view):
    return (
        view[0] <= rect[0]
        and view[1] <= rect[1]
        and rect[0] + rect[2] <= view[0] + view[2]
        and rect[1] + rect[3] <= view[1] + view[3]
    )


def test_notes_added_one_by_one_fill_the_view_in_reading_order_without_touching():
    taken = []
    while (spot := free_place(NOTE, taken, VIEW, GAP)) is not None:
        rect = (*spot, *NOTE)
        assert inside(rect, VIEW)
        assert all(apart(rect, other) for other in taken)
        taken.append(rect)
    # 1900 wide holds four 420-wide notes with 40 between and at the edges; 800 high, three rows
    assert len(taken) == 12
    assert [r[1] for r in taken[:4]] == [GAP] * 4  # the first row is filled first
    assert taken[4][0] == GAP  # then the next row starts at the left again


def test_a_note_never_lands_on_a_note_that_is_already_there():
    committed = (GAP, GAP, *NOTE)  # what a restored draft used to cover
    x, y = place_note(NOTE, [committed], VIEW, GAP)
    assert apart((x, y, *NOTE), committed)
    assert inside((x, y, *NOTE), VIEW)


def test_after_the_selected_note_the_new_one_comes_next_to_it():
    taken = [(GAP, GAP, *NOTE), (GAP + 460, GAP, *NOTE)]
    spot = free_place(NOTE, taken, VIEW, GAP, after=(GAP, GAP))
    assert spot == (GAP + 920, GAP)
    last = (1900 - GAP - 420, GAP, *NOTE)  # the last in its row: the next goes to the next row
    spot = free_place(NOTE, [*taken, last], VIEW, GAP, after=last[:2])
    assert spot[1] > GAP and inside((*spot, *NOTE), VIEW)


def test_scattered_and_tall_notes_are_avoided_too():
    rng = random.Random(7)
    view = (-300.0, 150.0, 2400.0, 1300.0)
    for _ in range(30):
        taken = [
            (rng.uniform(-600, 2200), rng.uniform(0, 1500), 420.0, rng.choice([200.0, 320.0]))
            for _ in range(rng.randint(0, 12))
        ]
        spot = free_place((420.0, 260.0), taken, view, GAP)
        if spot is not None:
            rect = (*spot, 420.0, 260.0)
            assert inside(rect, view)
            assert all(apart(rect, other) for other in taken)


def test_a_full_view_grows_in_the_boards_shape_never_onto_a_note():
    taken = [(GAP + c * 460, GAP + r * 240, *NOTE) for r in range(3) for c in range(4)]
    assert free_place(NOTE, taken, VIEW, GAP) is None
    x, y = place_note(NOTE, taken, VIEW, GAP)
    assert all(apart((x, y, *NOTE), other) for other in taken)
    # in the view grown by a quarter from its top left corner: fitting keeps the shape
    assert inside((x, y, *NOTE), (0.0, 0.0, 1900 * 1.25, 800 * 1.25))


def test_notes_on_a_board_smaller_than_a_note_still_keep_the_boards_shape():
    view = (0.0, 0.0, 880.0, 260.0)  # a wide strip that holds no note at room size
    taken = []
    for _ in range(6):
        x, y = place_note(NOTE, taken, view, GAP)
        assert all(apart((x, y, *NOTE), other) for other in taken)
        taken.append((x, y, *NOTE))
    width = max(r[0] + r[2] for r in taken) - min(r[0] for r in taken)
    height = max(r[1] + r[3] for r in taken) - min(r[1] for r in taken)
    assert width > height  # a wide board gets a wide group of notes, not a column


def test_a_view_smaller_than_a_note_has_no_free_place():
    assert free_place(NOTE, [], (0.0, 0.0, 300.0, 300.0), GAP) is None


def test_thousands_of_notes_are_searched_quickly():
    import time

    taken = [(c * 460.0, r * 240.0, *NOTE) for r in range(50) for c in range(40)]
    view = (0.0, 0.0, 40 * 460.0, 50 * 240.0)
    start = time.perf_counter()
    assert free_place(NOTE, taken, view, GAP) is None
    assert time.perf_counter() - start < 5.0


def first_in_reading_order(size, taken, view, gap=GAP):
    """The definition: every candidate place tried in reading order (row, then column)."""
    width, height = size
    left, top = view[0] + gap, view[1] + gap
    right, bottom = view[0] + view[2] - gap, view[1] + view[3] - gap
    near = [r for r in taken if not apart(r, view, gap - 1e-9) or inside(r, view)]
    xs = sorted({left, *(r[0] + r[2] + gap for r in near)})
    ys = sorted({top, *(r[1] + r[3] + gap for r in near)})
    for y in ys:
        for x in xs:
            spot = (x, y, width, height)
            if (
                left <= x <= right - width
                and top <= y <= bottom - height
                and all(apart(spot, r, gap - 1e-6) for r in near)
            ):
                return x, y
    return None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(-100, 1500),
            st.integers(-100, 900),
            st.integers(1, 500),
            st.integers(1, 400),
        ),
        max_size=40,
    ),
    st.tuples(st.integers(50, 400), st.integers(50, 300)),
    st.sampled_from([0.0, 20.0, 40.0]),
)
def test_the_place_found_is_the_first_free_one_in_reading_order(rects, size, gap):
    """However the notes lie, the search finds the very place trying them all would."""
    taken = [tuple(map(float, r)) for r in rects]
    view = (0.0, 0.0, 1500.0, 800.0)
    assert free_place(size, taken, view, gap) == first_in_reading_order(size, taken, view, gap)
    # A small view fills at once and grows: the same place as searching each grown view.
    small = (100.0, 50.0, 500.0, 300.0)
    expected = None
    grown = small
    for _ in range(GROWTH_STEPS + 1):
        expected = first_in_reading_order(size, taken, grown, gap)
        if expected is not None:
            break
        grown = (small[0], small[1], grown[2] * 1.25, grown[3] * 1.25)
    if expected is None:
        expected = place_beyond(size, taken, small, gap)
    assert place_note(size, taken, small, gap) == expected
