"""The rules for notes and dots from phones, without Qt or a network."""

from dataclasses import replace

import pytest

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.commands import PutCluster, PutNote
from kotter_workshop.domain.dot_book import dot_book
from kotter_workshop.domain.model import Cluster, Note
from kotter_workshop.domain.phone_notes import (
    CONTROL,
    EMPTY,
    MARKUP,
    ONE_PER_NOTE,
    TOO_LONG,
    TOO_MANY_DOTS,
    TOO_MANY_LINES,
    UNKNOWN_NOTE,
    MovePhoneDots,
    PhoneRefusal,
    cluster_order,
    dots_after,
    dots_refusal,
    note_text,
    panel_of_slide,
    phone_spots,
)

ANA = "ph-" + "a" * 32
BEN = "ph-" + "b" * 32


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Too many meetings", "Too many meetings"),
        ("  spaces   inside  and out ", "spaces inside and out"),
        ("two\r\nlines", "two\nlines"),
        ("old\rmac", "old\nmac"),
        ("blank\n\n\nlines go", "blank\nlines go"),
        ("x" * 280, "x" * 280),
        ("😀" * 280, "😀" * 280),  # characters, not bytes
        ("a < b & c > d", "a < b & c > d"),
        ("Größe zählt", "Größe zählt"),
        ("a tab\tis a space", "a tab is a space"),
    ],
)
def test_a_phone_note_is_kept_as_plain_text(raw, kept):
    assert note_text(raw) == kept


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("", EMPTY),
        (" \n \t\n", EMPTY),
        ("x" * 281, TOO_LONG),
        ("x" * 5000, TOO_LONG),
        ("\n".join("l" * 3 for _ in range(7)), TOO_MANY_LINES),
        ("bell\x07", CONTROL),
        ("nul\x00", CONTROL),
        ("zero\u200bwidth", CONTROL),
        ("bidi \u202e override", CONTROL),
        ("line\u2028separator", CONTROL),
        ("<b>bold</b>", MARKUP),
        ("</p>", MARKUP),
        ("<!-- hidden -->", MARKUP),
        ("<?xml?>", MARKUP),
        ("&lt;", MARKUP),
        ("&#60;", MARKUP),
        ("&#x3c;", MARKUP),
    ],
)
def test_anything_else_is_refused_with_a_reason(raw, why):
    with pytest.raises(PhoneRefusal) as refused:
        note_text(raw)
    assert str(refused.value) == why


def test_dots_are_checked_against_the_board_and_the_phones_dots():
    notes = ["a", "b", "c"]
    assert dots_refusal(["a", "a", "b"], notes, 3, False) is None
    assert dots_refusal([], notes, 3, True) is None  # taking every dot back
    assert dots_refusal(["a", "b", "c", "a"], notes, 3, False) == TOO_MANY_DOTS
    assert dots_refusal(["a", "a"], notes, 3, True) == ONE_PER_NOTE
    assert dots_refusal(["z"], notes, 3, False) == UNKNOWN_NOTE


class _Live:
    """The panel as it is now (a session replaces a panel on each change)."""

    def __init__(self, session, panel_id):
        self.session, self.id = session, panel_id

    def __getattr__(self, name):
        return getattr(self.session.panel(self.id), name)


def _panel_with(*texts):
    session = new_session(SessionInfo(title="t"))
    panel = session.panel_for("aligning-people")
    for text in texts:
        PutNote(panel.id, Note(text)).apply(session)
    return session, _Live(session, panel.id)


def test_a_phones_new_dots_replace_its_earlier_ones():
    session, panel = _panel_with("one", "two", "three")
    one, two, three = (n.id for n in panel.notes)
    MovePhoneDots(panel.id, ANA, (one, one, two)).apply(session)
    MovePhoneDots(panel.id, BEN, (one,)).apply(session)  # another phone
    assert [n.votes for n in panel.notes] == [3, 1, 0]
    MovePhoneDots(panel.id, ANA, (three,)).apply(session)
    assert [n.votes for n in panel.notes] == [1, 0, 1]
    assert dot_book(session).of(panel.id, ANA) == (three,)


def test_dots_never_go_below_zero_and_skip_deleted_notes():
    session, panel = _panel_with("one", "two")
    one, two = (n.id for n in panel.notes)
    assert dots_after(session.panel(panel.id), (one, "gone"), (two,)) == [
        Note("two", votes=1, id=two, x=panel.notes[1].x, y=panel.notes[1].y)
    ]
    MovePhoneDots(panel.id, ANA, (one,)).apply(session)
    PutNote(panel.id, replace(panel.note(one), votes=0)).apply(session)  # taken off by hand
    MovePhoneDots(panel.id, ANA, ()).apply(session)  # the phone takes its dot back
    assert [n.votes for n in panel.notes] == [0, 0]


def test_phones_see_the_notes_by_group_then_the_loose_ones():
    session, panel = _panel_with("loose", "grouped")
    group = Cluster("Meetings")
    PutCluster(panel.id, group).apply(session)
    PutCluster(panel.id, Cluster("Empty")).apply(session)
    loose, grouped = panel.notes
    PutNote(panel.id, replace(grouped, cluster=group.id)).apply(session)
    shown = [
        (cid, title, [n.text for n in notes])
        for cid, title, notes in cluster_order(session.panel(panel.id))
    ]
    assert shown == [(group.id, "Meetings", ["grouped"]), (None, "", ["loose"])]


def test_the_panel_of_a_slide():
    session = new_session(SessionInfo(title="t"))
    assert panel_of_slide(session, "process:aligning-people").process == "aligning-people"
    assert panel_of_slide(session, "parking").process is None
    assert panel_of_slide(session, "summary") is None


def _overlap(a, b, gap=0.0):
    return (
        a[0] < b[0] + b[2] + gap
        and b[0] < a[0] + a[2] + gap
        and a[1] < b[1] + b[3] + gap
        and b[1] < a[1] + a[3] + gap
    )


def test_a_burst_of_phone_notes_fills_the_view_then_rows_below_never_overlapping():
    view = (0.0, 0.0, 1800.0, 900.0)
    facilitators = [(40.0, 40.0, 420.0, 200.0)]
    placed = list(facilitators)
    cursor = None
    for _burst in range(40):  # 960 notes in bursts of 24, some taller than others
        sizes = [(420.0, 200.0 + 60 * (n % 3)) for n in range(24)]
        spots, cursor = phone_spots(sizes, placed, view, 40.0, cursor)
        placed += [(x, y, w, h) for (x, y), (w, h) in zip(spots, sizes, strict=True)]
    notes = placed[1:]
    in_view = [r for r in notes if r[1] + r[3] <= view[3]]
    assert 3 <= len(in_view) < 24 and all(r in in_view for r in notes[:3])  # the view first
    for i, a in enumerate(placed):
        assert not any(_overlap(a, b, 40.0 - 1e-6) for b in placed[i + 1 :]), a
    right = max(r[0] + r[2] for r in placed)
    bottom = max(r[1] + r[3] for r in placed)
    assert 0.5 < right / bottom < 4  # about the view's shape, not one long column


def test_the_next_burst_goes_below_a_note_put_where_it_would_have_gone():
    view = (0.0, 0.0, 1000.0, 300.0)
    spots, cursor = phone_spots([(420.0, 200.0)] * 3, [], view, 40.0)
    placed = [(x, y, 420.0, 200.0) for x, y in spots]
    in_the_way = (cursor[0], cursor[1], 420.0, 200.0)  # the facilitator moved one there
    (spot,), _ = phone_spots([(420.0, 200.0)], [*placed, in_the_way], view, 40.0, cursor)
    assert not _overlap((*spot, 420.0, 200.0), in_the_way, 40.0 - 1e-6)
    assert spot[1] >= in_the_way[1] + 200.0


def test_notes_sent_one_by_one_share_a_row_on_a_board_that_reports_their_edges():
    """A board reports each placed note a little larger (its edge, 1 px; 4 px selected)."""
    view = (0.0, 0.0, 1500.0, 700.0)
    placed = [(40.0, 40.0, 1400.0, 380.0)]  # a group fills the view's top
    cursor = None
    spots = []
    for n in range(5):  # five phones, five requests: five bursts of one
        (spot,), cursor = phone_spots([(420.0, 278.0)], placed, view, 40.0, cursor)
        spots.append(spot)
        edge = 4.0 if n == 1 else 1.0  # the facilitator clicked on one meanwhile
        placed.append((spot[0] - edge, spot[1] - edge, 420.0 + 2 * edge, 278.0 + 2 * edge))
    assert [y for _, y in spots] == [460.0] * 3 + [778.0] * 2  # rows, not a column of five
    for i, a in enumerate(placed):
        assert not any(_overlap(a, b, 40.0 - 8) for b in placed[i + 1 :]), a


def test_undo_of_a_facilitators_edit_keeps_the_dots_phones_gave_meanwhile():
    """Phones dot-vote outside the undo stack: undoing a move or a + takes back only that."""
    from kotter_workshop.domain.commands import move_notes

    session, panel = _panel_with("one", "two")
    one, two = (n.id for n in panel.notes)
    moved = move_notes(session.panel(panel.id), [one, two], 100.0, 0.0)
    moved.apply(session)
    plus = PutNote(panel.id, replace(panel.note(one), votes=1))  # the facilitator's + on one
    plus.apply(session)
    MovePhoneDots(panel.id, ANA, (one, two, two)).apply(session)  # a phone, meanwhile
    assert [n.votes for n in panel.notes] == [2, 2]
    plus.revert(session)  # Ctrl+Z: the facilitator's dot goes, the phone's stays
    assert [n.votes for n in panel.notes] == [1, 2]
    moved.revert(session)
    assert [(n.x, n.votes) for n in panel.notes] == [(0.0, 1), (0.0, 2)]
    MovePhoneDots(panel.id, ANA, (one,)).apply(session)  # the phone moves its dots
    moved.apply(session)  # redo the move
    plus.apply(session)  # redo the +
    assert [(n.x, n.votes) for n in panel.notes] == [(100.0, 2), (100.0, 0)]
    MovePhoneDots(panel.id, ANA, ()).apply(session)  # and takes them back: only the +
    assert [n.votes for n in panel.notes] == [1, 0]


def test_the_rooms_copy_leaves_out_face_down_notes_and_hidden_counts():
    from kotter_workshop.domain.phone_notes import as_the_room_saw_it

    session, panel = _panel_with("seen", "face down", "counted")
    seen, hidden, counted = (n.id for n in panel.notes)
    MovePhoneDots(panel.id, ANA, (seen, counted, counted)).apply(session)
    copy = session.snapshot()
    as_the_room_saw_it(copy, {hidden}, set())
    assert [(n.text, n.votes) for n in copy.panel(panel.id).notes] == [("seen", 1), ("counted", 2)]
    as_the_room_saw_it(copy, set(), {panel.id})
    assert [n.votes for n in copy.panel(panel.id).notes] == [0, 0]
    assert [n.votes for n in panel.notes] == [1, 0, 2]  # the session itself is untouched
