"""The presenting timer, on a fake clock: plan against actual, warnings, and what is saved."""

from kotter_workshop.domain.commands import EditAgendaItem
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.presenting.timer import (
    Timer,
    TimerState,
    clock_text,
    countdown_seconds,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def timer_on(document, item_index=0):
    clock = FakeClock()
    timer = Timer(document, clock)
    timer.set_item(document.session.agenda[item_index].id)
    return timer, clock


def run(timer, clock, seconds, step=1.0):
    """Let the clock run, ticking as the real one would."""
    while seconds > 0:
        clock.advance(min(step, seconds))
        seconds -= step
        timer.tick()


def test_t_counts_only_while_running(qtbot):
    document = Document(demo_session())
    timer, clock = timer_on(document)  # Welcome, 5 minutes planned
    clock.advance(30)
    assert timer.elapsed() == 0  # not started
    timer.toggle()
    run(timer, clock, 90)
    timer.toggle()
    clock.advance(600)
    assert timer.elapsed() == 90
    assert timer.remaining() == 210
    assert countdown_seconds(timer.remaining()) == 210 and clock_text(210) == "3:30"


def test_it_warns_once_at_one_minute_left_and_once_at_zero(qtbot):
    document = Document(demo_session())
    timer, clock = timer_on(document)
    warnings = []
    timer.warned.connect(warnings.append)
    timer.start()
    run(timer, clock, 239)
    assert timer.state() is TimerState.ON_TIME and warnings == []
    run(timer, clock, 1)
    assert timer.state() is TimerState.LAST_MINUTE
    assert warnings == ["last-minute"]
    run(timer, clock, 59)
    assert warnings == ["last-minute"]
    run(timer, clock, 1)
    assert timer.state() is TimerState.OVER
    run(timer, clock, 30)
    assert warnings == ["last-minute", "over"]
    assert countdown_seconds(timer.remaining()) == 30  # shown as 0:30 over


def test_actual_times_are_recorded_per_item_as_the_room_moves(qtbot):
    document = Document(demo_session())
    session = document.session
    timer, clock = timer_on(document, 0)
    timer.start()
    run(timer, clock, 100)
    timer.set_item(session.agenda[1].id)  # the room moves on; the timer keeps running
    run(timer, clock, 40)
    timer.set_item(session.agenda[0].id)  # and comes back: the time adds up
    run(timer, clock, 20)
    timer.pause()
    assert [i.actual_seconds for i in session.agenda[:3]] == [120, 40, None]


def test_an_item_without_a_plan_counts_up_and_never_warns(qtbot):
    document = Document(demo_session())
    document.do(EditAgendaItem(document.session.agenda[0].id, planned_seconds=0))
    timer, clock = timer_on(document)
    warnings = []
    timer.warned.connect(warnings.append)
    timer.start()
    run(timer, clock, 400)
    assert timer.state() is TimerState.UNPLANNED and timer.remaining() is None
    assert warnings == [] and clock_text(timer.elapsed()) == "6:40"


def test_recording_time_is_not_undoable_and_undo_keeps_it(qtbot):
    document = Document(demo_session())
    item = document.session.agenda[0]
    timer, clock = timer_on(document)
    document.do(EditAgendaItem(item.id, planned_seconds=600))
    timer.start()
    run(timer, clock, 10)
    timer.pause()
    assert document.undo_stack.count() == 1  # only the edit of the plan
    document.undo_stack.undo()
    undone = document.session.agenda[0]
    assert (undone.planned_seconds, undone.actual_seconds) == (item.planned_seconds, 10)


def test_times_are_saved_in_the_file_while_running_and_on_close(qtbot, tmp_path):
    path = tmp_path / "timed.kotter"
    write_new_file(demo_session(), path)
    opened = open_session_file(path)
    document = Document(opened.session, opened)
    timer, clock = timer_on(document, 2)
    timer.start()
    run(timer, clock, 12, step=0.25)  # ticks as the real timer's, 4 a second
    with open_session_file(path, read_only=True) as peek:  # what a crash now would keep
        assert peek.session.agenda[2].actual_seconds in (11, 12)  # within a second
    run(timer, clock, 3)
    document.close()  # closing records the last seconds
    with open_session_file(path, read_only=True) as stored:
        assert stored.session.agenda[2].actual_seconds == 15


def test_a_read_only_session_keeps_time_on_screen_but_records_nothing(qtbot, tmp_path):
    path = tmp_path / "ro.kotter"
    write_new_file(demo_session(), path)
    opened = open_session_file(path, read_only=True)
    document = Document(opened.session, opened)
    refusals = []
    document.refused.connect(refusals.append)
    timer, clock = timer_on(document)
    timer.start()
    run(timer, clock, 30)
    timer.pause()
    assert timer.elapsed() == 30
    assert document.session.agenda[0].actual_seconds is None
    assert refusals == []  # no nagging every tick
    document.close()
