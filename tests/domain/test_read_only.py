"""What a session holds changes only through its own methods, which tell the views and the
file: code outside the domain cannot edit its lists behind their backs."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from kotter_workshop.domain.commands import PutNotes, RemoveNotes
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import (
    Action,
    AgendaItem,
    Ballot,
    Change,
    Cluster,
    Note,
    Panel,
    Participant,
)

from .build import SD


def picture(session):
    return (
        session.ballots,
        session.panels,
        session.actions,
        session.agenda,
        dict(session.speaker_notes),
        session.roster,
    )


def attempts(session):
    """Every way a caller might try to change a session's lists in place."""
    panel = session.panel_for(SD)
    return {
        "ballots.append": lambda: session.ballots.append(Ballot(SD, 3)),
        "panels.append": lambda: session.panels.append(Panel("Sneaked in")),
        "panels.pop": lambda: session.panels.pop(),
        "actions.append": lambda: session.actions.append(Action("Sneaked in")),
        "agenda.append": lambda: session.agenda.append(AgendaItem("Sneaked", ("title",))),
        "agenda[0] =": lambda: session.agenda.__setitem__(0, session.agenda[1]),
        "roster.append": lambda: session.roster.append(Participant("p99", "Sneaked")),
        "speaker_notes[...] =": lambda: session.speaker_notes.__setitem__("title", "Sneaked"),
        "notes.append": lambda: panel.notes.append(Note("Sneaked in")),
        "notes.clear": lambda: panel.notes.clear(),
        "clusters.append": lambda: panel.clusters.append(Cluster("Sneaked in")),
        "panel.notes =": lambda: setattr(panel, "notes", ()),
        "session.agenda =": lambda: setattr(session, "agenda", ()),
        "session.roster =": lambda: setattr(session, "roster", ()),
    }


@pytest.mark.parametrize("attempt", sorted(attempts(demo_session())))
def test_a_list_of_the_session_cannot_be_changed_from_outside(attempt):
    session = demo_session()
    heard: list[Change] = []
    session.subscribe(heard.append)
    before = copy.deepcopy(picture(session))
    with pytest.raises((AttributeError, TypeError)):
        attempts(session)[attempt]()
    assert picture(session) == before and heard == []


def test_a_snapshot_keeps_what_the_session_held_when_it_was_taken():
    session = demo_session()
    snapshot = session.snapshot()
    panel = session.panel_for(SD)
    session.put_note(panel.id, Note("Said after the snapshot"))
    session.put_action(Action("Decided after the snapshot"))
    assert "Said after the snapshot" not in [n.text for n in snapshot.panel(panel.id).notes]
    assert len(snapshot.actions) == len(session.actions) - 1


def test_a_change_of_many_notes_undoes_to_the_very_same_panel():
    session = demo_session()
    panel = session.panel_for(SD)
    before = session.panel(panel.id)
    moved = [dataclasses.replace(n, x=n.x + 5) for n in panel.notes]
    command = PutNotes(panel.id, [*moved, Note("New"), moved[0]])
    command.apply(session)
    assert [n.x for n in session.panel(panel.id).notes[:2]] == [n.x for n in moved[:2]]
    command.revert(session)
    assert session.panel(panel.id) == before
    remove = RemoveNotes(panel.id, [panel.notes[-1].id, panel.notes[0].id])
    remove.apply(session)
    assert len(session.panel(panel.id).notes) == len(before.notes) - 2
    remove.revert(session)
    assert session.panel(panel.id) == before
