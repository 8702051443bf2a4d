"""Editing the agenda, and recording what the timer measured."""

import pytest

from kotter_workshop.domain.commands import EditAgendaItem, RecordActualTime
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import DomainError


def test_editing_a_plan_changes_only_the_plan_and_undo_puts_back_only_it():
    session = demo_session()
    item = session.agenda[3]
    command = EditAgendaItem(item.id, planned_seconds=25 * 60)
    command.apply(session)
    RecordActualTime(item.id, 300).apply(session)  # the timer ran meanwhile
    assert session.agenda[3].planned_seconds == 1500
    command.revert(session)
    assert session.agenda[3].planned_seconds == item.planned_seconds
    assert session.agenda[3].actual_seconds == 300
    assert session.agenda[3].title == item.title


def test_renaming_an_item_keeps_its_slides_and_times():
    session = demo_session()
    item = session.agenda[0]
    EditAgendaItem(item.id, title="Hello").apply(session)
    renamed = session.agenda[0]
    assert (renamed.title, renamed.slides, renamed.planned_seconds) == (
        "Hello",
        item.slides,
        item.planned_seconds,
    )


def test_a_negative_plan_is_refused_and_changes_nothing():
    session = demo_session()
    item = session.agenda[0]
    with pytest.raises(DomainError):
        EditAgendaItem(item.id, planned_seconds=-1).apply(session)
    assert session.agenda[0] == item


def test_record_actual_time_reverts_to_what_was_there():
    session = demo_session()
    command = RecordActualTime(session.agenda[1].id, 75)
    command.apply(session)
    assert session.agenda[1].actual_seconds == 75
    command.revert(session)
    assert session.agenda[1].actual_seconds is None
