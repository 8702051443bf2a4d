"""Whiteboard gestures on several notes at once: each is one undoable step."""

from __future__ import annotations

from kotter_workshop.domain.commands import (
    PutNotes,
    RemoveCluster,
    RemoveNotes,
    cluster_notes,
    move_notes,
)
from kotter_workshop.domain.model import Note, NoteColor, Panel

from .build import session


def board():
    s = session()
    panel = Panel("Board")
    s.add_panel(panel)
    for i, text in enumerate(("one", "two", "three")):
        s.put_note(panel.id, Note(text, x=100 * i, y=0, id=f"n{i}"))
    return s, s.panel(panel.id)


def state(panel):
    return [(n.id, n.text, n.x, n.y, n.color, n.votes, n.cluster) for n in panel.notes], [
        (c.id, c.title, c.x, c.y) for c in panel.clusters
    ]


def check_undo_redo(s, command, before):
    command.apply(s)
    after = state(s.panel(command_panel(command)))
    command.revert(s)
    assert state(s.panel(command_panel(command))) == before
    command.apply(s)
    assert state(s.panel(command_panel(command))) == after
    return after


def command_panel(command):
    return command.panel if hasattr(command, "panel") else command.commands[0].panel


def test_moving_two_notes_is_one_step_that_undoes_exactly():
    s, panel = board()
    before = state(panel)
    notes, _ = check_undo_redo(s, move_notes(panel, ["n0", "n2"], 15, -5), before)
    assert [(n[2], n[3]) for n in notes] == [(15, -5), (100, 0), (215, -5)]


def test_putting_notes_adds_new_ones_and_undo_removes_them():
    s, panel = board()
    before = state(panel)
    command = PutNotes(panel.id, [Note("four", id="n3"), Note("ONE", NoteColor.SKY, id="n0")])
    notes, _ = check_undo_redo(s, command, before)
    assert [n[1] for n in notes] == ["ONE", "two", "three", "four"]


def test_removing_notes_puts_them_back_in_their_places():
    s, panel = board()
    before = state(panel)
    notes, _ = check_undo_redo(s, RemoveNotes(panel.id, ["n2", "n0"]), before)
    assert [n[0] for n in notes] == ["n1"]


def test_clustering_titles_a_group_and_ungrouping_keeps_the_notes():
    s, panel = board()
    before = state(panel)
    notes, clusters = check_undo_redo(s, cluster_notes(panel, ["n1", "n2"], "Theme"), before)
    ((cluster_id, title, x, _y),) = clusters
    assert title == "Theme" and x == 100
    assert [n[6] for n in notes] == [None, cluster_id, cluster_id]
    grouped = state(s.panel(panel.id))
    notes, clusters = check_undo_redo(s, RemoveCluster(panel.id, cluster_id), grouped)
    assert clusters == [] and [n[6] for n in notes] == [None, None, None]
