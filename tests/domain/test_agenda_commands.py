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


def ids(session):
    return [item.id for item in session.agenda]


def test_moving_an_item_and_undo_keeps_the_times_recorded_meanwhile():
    from kotter_workshop.domain.commands import ArrangeAgenda

    session = demo_session()
    before = ids(session)
    order = [before[1], before[0], *before[2:]]
    command = ArrangeAgenda(order)
    command.apply(session)
    assert ids(session) == order
    RecordActualTime(before[0], 240).apply(session)  # the timer ran on the moved item
    command.revert(session)
    assert ids(session) == before
    assert session.agenda[0].actual_seconds == 240
    command.apply(session)  # redo
    assert ids(session) == order and session.agenda[1].actual_seconds == 240


def test_leaving_out_an_item_and_putting_its_slide_back():
    from kotter_workshop.domain import agenda
    from kotter_workshop.domain.commands import ArrangeAgenda

    session = demo_session()
    parking = next(item for item in session.agenda if item.slides == (agenda.PARKING,))
    assert agenda.left_out(session.framework, session.agenda) == []
    ArrangeAgenda([i for i in ids(session) if i != parking.id]).apply(session)
    assert agenda.PARKING not in agenda.slides_of(session.agenda)
    assert agenda.left_out(session.framework, session.agenda) == [agenda.PARKING]
    back = agenda.item_for(session.framework, agenda.PARKING)
    assert back.title == "Parking lot" and back.slides == (agenda.PARKING,)
    add = ArrangeAgenda([back.id, *ids(session)], added=[back])
    add.apply(session)
    assert session.agenda[0] == back
    assert agenda.left_out(session.framework, session.agenda) == []
    add.revert(session)
    assert back.id not in ids(session)


def test_an_empty_or_unknown_agenda_is_refused_and_changes_nothing():
    from kotter_workshop.domain.commands import ArrangeAgenda

    session = demo_session()
    before = session.agenda
    for order in ([], ["nope", *ids(session)], [ids(session)[0], ids(session)[0]]):
        with pytest.raises(DomainError):
            ArrangeAgenda(order).apply(session)
        assert session.agenda == before


def test_a_left_out_process_slide_is_named_in_the_session_language():
    from kotter_workshop.domain import agenda
    from kotter_workshop.domain.framework import builtin_framework

    german = builtin_framework("de")
    slide = agenda.process_slide("aligning-people")
    assert agenda.slide_title(german, slide) == german.process("aligning-people").title
    assert agenda.slide_title(german, agenda.ACTIONS) != agenda.slide_title(
        builtin_framework("en"), agenda.ACTIONS
    )
