"""What the room sees: the agenda's slides, their numbers, and the keys that drive them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QPlainTextEdit

from kotter_workshop.domain.agenda import slides_of
from kotter_workshop.domain.commands import CastBallot
from kotter_workshop.domain.model import Ballot
from kotter_workshop.domain.scoring import summarise


def texts(slide):
    return [label.text() for label in slide.findChildren(QLabel) if label.isVisibleTo(slide)]


def test_window_title_names_the_session(window):
    assert window.windowTitle() == "Kotter Workshop — Leadership offsite, autumn"


def test_the_agenda_runs_title_tasks_each_pair_summary_actions(window):
    keys = slides_of(window.scope.document.session.agenda)
    assert keys == [
        "title",
        "tasks",
        "process:setting-direction",
        "process:planning-budgeting",
        "process:aligning-people",
        "process:organizing-staffing",
        "process:motivating-inspiring",
        "process:controlling-problem-solving",
        "summary",
        "parking",
        "actions",
    ]


def test_next_and_previous_keys_step_through_the_agenda(window, qtbot):
    deck = window.deck

    def where():
        return deck.current_key, deck.slide().phase

    steps = []
    keys = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right)
    for key in (*keys, Qt.Key.Key_Right):
        qtbot.keyClick(window, key)
        steps.append(where())
    # a process slide has three steps, like a build: what it means, the vote, the notes
    assert steps == [
        ("tasks", 0),
        ("process:setting-direction", 0),
        ("process:setting-direction", 1),
        ("process:setting-direction", 2),
        ("process:planning-budgeting", 0),
    ]
    assert "Planning & budgeting" in texts(deck.slide())
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Left):
        qtbot.keyClick(window, key)
    assert where() == ("process:setting-direction", 0)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert where() == ("tasks", 0)


def test_stepping_stops_at_both_ends(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.deck.index == 0
    for _ in range(35):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.deck.current_key == "actions"
    slide = window.deck.slide()
    fields = [f.text() for f in slide.findChildren(QLineEdit)] + [
        f.toPlainText() for f in slide.findChildren(QPlainTextEdit)
    ]
    assert "Draft a one-page vision and test it with two customers" in fields


def test_a_process_slide_shows_meaning_involves_counterpart_and_prompts(window):
    window.deck.go(window.deck.keys.index("process:aligning-people"))
    shown = " ".join(texts(window.deck.slide()))
    framework = window.scope.document.session.framework
    process = framework.process("aligning-people")
    assert process.title in shown
    assert process.meaning in shown
    assert all(item in shown for item in process.involves)
    assert "Organizing & staffing" in shown  # its counterpart
    assert all(prompt in shown for prompt in process.prompts)
    assert "How strong are we at this?" not in shown  # the vote is the slide's second step
    window.deck.next()
    assert "How strong are we at this?" in " ".join(texts(window.deck.slide()))


def test_process_results_stay_hidden_until_revealed(window, qtbot):
    window.deck.go(window.deck.keys.index("process:aligning-people"), phase=1)
    shown = " ".join(texts(window.deck.slide()))
    assert "12 votes · results hidden until revealed" in shown
    assert "Average" not in shown
    qtbot.keyClick(window, Qt.Key.Key_R)
    shown = " ".join(texts(window.deck.slide()))
    assert "Average 2.9 / 5" in shown
    assert "Split room" in shown
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert "Average" not in " ".join(texts(window.deck.slide()))


def test_summary_shows_what_scoring_computes_once_revealed(window, qtbot):
    session = window.scope.document.session
    window.deck.go(window.deck.keys.index("summary"))
    assert "?" in texts(window.deck.slide())
    qtbot.keyClick(window, Qt.Key.Key_R)
    summary = summarise(session)
    shown = texts(window.deck.slide())
    assert f"{summary.shown_leadership} / 5" == "2.8 / 5"
    assert "2.8 / 5" in shown and "3.9 / 5" in shown
    position = " ".join(shown)
    assert "Over-managed, under-led" in position
    assert "leans management" in position
    slide = window.deck.slide()
    assert str(slide.spectrum.balance) == "-1.1"
    assert slide.quadrant.quadrant == "over-managed-under-led"


def test_revealed_summary_follows_new_ballots_live(window, qtbot):
    session = window.scope.document.session
    window.deck.go(window.deck.keys.index("summary"))
    qtbot.keyClick(window, Qt.Key.Key_R)
    for process in ("setting-direction", "aligning-people", "motivating-inspiring"):
        for voter in range(20):
            window.scope.document.do(CastBallot(Ballot(process, 5, voter=f"x{voter}", round=1)))
    shown = texts(window.deck.slide())
    expected = f"{summarise(session).shown_leadership} / 5"
    assert expected in shown
    assert expected != "2.8 / 5"


def test_undo_and_redo_keys_reach_the_session(window, qtbot):
    session = window.scope.document.session
    before = len(session.ballots)
    window.scope.document.do(CastBallot(Ballot("setting-direction", 4)))
    assert len(session.ballots) == before + 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(session.ballots) == before
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(session.ballots) == before + 1


def test_slide_keys_wait_while_text_is_being_edited(window, qtbot):
    editor = QLineEdit(window)
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_R):
        qtbot.keyClick(editor, key)
    assert window.deck.index == 0
    assert editor.text() == " r"
    assert not window.deck.slide().revealed
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    editor.clearFocus()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.deck.index == 1


def test_f5_presents_full_screen_from_the_start_and_esc_leaves(window, qtbot):
    window.deck.go(4)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.isFullScreen()
    assert window.deck.index == 0
    assert not window.menuBar().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.menuBar().isVisible()


def test_shift_f5_presents_from_here(window, qtbot):
    window.deck.go(4)
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.isFullScreen()
    assert window.deck.index == 4


def test_b_blanks_the_screen_and_brings_it_back(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.room.blanked
    assert window.room.pages.currentWidget() is window.room.blank
    qtbot.keyClick(window, Qt.Key.Key_Period)
    assert window.room.pages.currentWidget() is window.deck


def test_every_slide_key_has_a_menu_entry(window):
    in_menus = {
        action.text() for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()
    }
    for name, action in window.actions_by_name.items():
        assert action.text() in in_menus, name


def test_a_slide_off_screen_catches_up_when_shown_again(window, qtbot):
    session = window.scope.document.session
    summary_index = window.deck.keys.index("summary")
    window.deck.go(summary_index)
    qtbot.keyClick(window, Qt.Key.Key_R)
    window.deck.go(window.deck.keys.index("process:motivating-inspiring"))
    for voter in range(30):
        window.scope.document.do(
            CastBallot(Ballot("motivating-inspiring", 5, voter=f"late{voter}"))
        )
    window.deck.go(summary_index)
    expected = f"{summarise(session).shown_leadership} / 5"
    assert expected != "2.8 / 5"
    assert expected in texts(window.deck.slide())
