"""Voting on a process slide: tally keys, − and +, by name, reveal, re-vote, undo."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kotter_workshop.domain import Scale, SessionInfo, new_session
from kotter_workshop.domain.commands import SetRoster, roster_from_names
from kotter_workshop.domain.model import Ballot
from kotter_workshop.domain.scoring import format_score, summarise
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.main_window import MainWindow
from kotter_workshop.ui.slides.deck import make_slide

PROCESS = "process:aligning-people"


def open_window(qtbot, theme, session):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.set_document(Document(session))
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.deck.go(window.deck.keys.index(PROCESS))
    return window


@pytest.fixture
def fresh(qtbot, theme, guard):
    """A new session with no ballots, on the aligning-people slide."""
    return open_window(
        qtbot, theme, new_session(SessionInfo(title="Fresh", date=dt.date(2026, 11, 1)))
    )


def press(qtbot, window, *keys):
    for key in keys:
        qtbot.keyClick(window, key)


def shown(window):
    slide = window.deck.slide()
    return " ".join(lb.text() for lb in slide.findChildren(QLabel) if lb.isVisibleTo(slide))


def test_digits_and_a_add_tally_ballots(fresh, qtbot):
    press(qtbot, fresh, "4", "4", "4", "2", "a")
    ballots = fresh.scope.document.session.ballots_for("aligning-people")
    assert sorted((b.value or 0) for b in ballots) == [0, 2, 4, 4, 4]
    assert all(b.voter is None and b.round == 1 for b in ballots)


def test_results_stay_hidden_until_revealed(fresh, qtbot):
    press(qtbot, fresh, "4", "4", "4", "2", "a")
    text = shown(fresh)
    assert "4 votes · 1 abstention" in text and "hidden" in text  # the bars add up to 4
    assert "Average" not in text
    press(qtbot, fresh, "r")
    text = shown(fresh)
    assert "Average 3.5 / 5" in text
    assert "1 abstention" in text
    press(qtbot, fresh, "4")  # once revealed, results update live
    assert "Average 3.6 / 5" in shown(fresh)


def test_a_digit_off_the_scale_adds_nothing_and_says_why(fresh, qtbot):
    press(qtbot, fresh, "7")
    assert fresh.scope.document.session.ballots == ()
    assert "7 is not on this session's 1–5 scale" in fresh.statusBar().currentMessage()


def test_zero_means_ten_on_a_one_to_ten_scale(qtbot, theme, guard):
    session = new_session(SessionInfo(scale=Scale(1, 10)))
    window = open_window(qtbot, theme, session)
    press(qtbot, window, "0", "9")
    assert sorted(b.value for b in session.ballots) == [9, 10]


def test_minus_and_plus_buttons_change_the_count_of_a_value(fresh, qtbot):
    slide = fresh.deck.slide()
    press(qtbot, fresh, Qt.Key.Key_Right)  # the vote step of the slide
    plus, minus = slide.tally.buttons[("+", 3)], slide.tally.buttons[("-", 3)]
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    press(qtbot, fresh, "5")
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    values = [b.value for b in fresh.scope.document.session.ballots]
    assert sorted(values) == [3, 5]
    assert plus.accessibleName() == "Add a vote of 3"


def test_right_shows_the_vote_step_before_the_next_slide(fresh, qtbot):
    slide = fresh.deck.slide()
    assert slide.phase == 0
    press(qtbot, fresh, Qt.Key.Key_Right)
    assert fresh.deck.current_key == PROCESS and slide.phase == 1
    press(qtbot, fresh, Qt.Key.Key_Right)
    assert fresh.deck.current_key == PROCESS and slide.phase == 2  # the panel of notes
    press(qtbot, fresh, Qt.Key.Key_Right)
    assert fresh.deck.current_key == "process:organizing-staffing"
    press(qtbot, fresh, Qt.Key.Key_Left)
    assert fresh.deck.current_key == PROCESS and slide.phase == 2  # back to the built slide


def test_every_ballot_key_is_undoable(fresh, qtbot):
    session = fresh.scope.document.session
    press(qtbot, fresh, "3", "5")
    qtbot.keyClick(fresh, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.value for b in session.ballots] == [3]
    qtbot.keyClick(fresh, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.ballots == ()
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(fresh, Qt.Key.Key_Z, redo)
    assert [b.value for b in session.ballots] == [3]


def test_by_name_sets_each_persons_vote_and_shows_only_who_voted(fresh, qtbot):
    session = fresh.scope.document.session
    fresh.scope.document.do(SetRoster(roster_from_names([], ["Ann", "Bo", "Cy"])))
    fresh.by_name_action.trigger()
    press(qtbot, fresh, Qt.Key.Key_Right, "3", "5")
    assert {b.voter: b.value for b in session.ballots} == {"p1": 3, "p2": 5}
    slide = fresh.deck.slide()
    chips = {pid: chip.text() for pid, chip in slide.roster.chips.items()}
    assert chips == {"p1": "Ann ✓", "p2": "Bo ✓", "p3": "Cy"}
    assert fresh.scope.capture.selected == "p3"
    # a click on a name, then a key, changes that person's vote: not a second ballot
    qtbot.mouseClick(slide.roster.chips["p1"], Qt.MouseButton.LeftButton)
    press(qtbot, fresh, "1", "r")
    assert {b.voter: b.value for b in session.ballots} == {"p1": 1, "p2": 5}
    text = shown(fresh)
    for name in ("Ann", "Bo"):
        assert not any(name in lb and any(c.isdigit() for c in lb) for lb in text.split(" · "))


def test_a_revote_starts_round_two_and_the_facilitator_picks_the_round(fresh, qtbot):
    session = fresh.scope.document.session
    press(qtbot, fresh, "2", "2", "2", "2")
    fresh.actions_by_name["revote"].trigger()
    press(qtbot, fresh, "4", "4", "5", "5", "r")
    assert sorted(b.round for b in session.ballots) == [1] * 4 + [2] * 4
    assert "Average 4.5 / 5" in shown(fresh)
    assert "Scores use round 2 of 2" in shown(fresh)
    fresh.scope.capture.show_round(1)
    assert "Average 2.0 / 5" in shown(fresh)
    assert summarise(session).processes["aligning-people"].round == 1
    chart = fresh.deck.slide().chart
    assert set(chart.rounds) == {1, 2}


def test_a_split_room_is_flagged_once_revealed(fresh, qtbot):
    press(qtbot, fresh, "1", "1", "5", "5", "r")
    assert "Split room" in shown(fresh)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    votes=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "setting-direction",
                    "planning-budgeting",
                    "aligning-people",
                    "motivating-inspiring",
                ]
            ),
            st.one_of(st.none(), st.integers(1, 5)),
        ),
        max_size=30,
    )
)
def test_the_summary_slide_always_shows_what_scoring_computes(qtbot, theme, votes):
    session = new_session()
    slide = make_slide("summary", session, theme)
    qtbot.addWidget(slide)
    slide.resize(1920, 1080)
    slide.show()
    slide.set_revealed(True)
    for process, value in votes:
        session.add_ballot(Ballot(process, value))
    summary = summarise(session)
    texts = [lb.text() for lb in slide.findChildren(QLabel)]
    assert format_score(summary.shown_leadership, session.scale, "en").replace("–", "?") in [
        t.replace("–", "?") for t in texts
    ]
    assert format_score(summary.shown_management, session.scale, "en").replace("–", "?") in [
        t.replace("–", "?") for t in texts
    ]
    joined = " ".join(texts)
    if summary.quadrant is None:
        assert "Not enough votes yet" in joined
    else:
        assert session.framework.quadrant_titles[summary.quadrant] in joined
