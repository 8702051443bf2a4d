"""Presenting with two screens, through the screen seam (offscreen Qt has only one screen).

The fake screen list hands the one real offscreen screen out under two names,
so the windows really are built, filled and shown; what cannot be checked
here is that they land on two different monitors: see the Xvfb check in
test_two_real_screens.py.
"""

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from test_timer import FakeClock

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.main_window import MainWindow
from kotter_workshop.ui.presenting.presenter import SETTING
from kotter_workshop.ui.presenting.screens import Layout, Screen


class FakeScreens:
    """A laptop and, while plugged in, a projector; both are the real offscreen screen."""

    def __init__(self) -> None:
        self.plugged = True

    def __call__(self):
        real = QGuiApplication.primaryScreen()
        screens = [(Screen("laptop", primary=True), real)]
        if self.plugged:
            screens.append((Screen("beamer"), real))
        return screens


@pytest.fixture
def screens():
    return FakeScreens()


@pytest.fixture
def two(qtbot, theme, guard, screens):
    """The demo session with a projector plugged in: a console and a projector window."""
    window = MainWindow(theme, screens)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.set_document(Document(demo_session()))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.setFocus()
    return window


def press(qtbot, widget, *keys):
    for key in keys:
        qtbot.keyClick(widget, key)


def test_two_screens_open_a_console_and_a_clean_projector(two):
    projector = two.presenter.projector_window
    assert two.presenter.layout == Layout(console=0, projector=1)
    assert projector is not None and projector.isVisible() and projector.isFullScreen()
    assert projector.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert projector.view is two.room and two.room.deck is two.deck
    assert two.stack.currentWidget() is two.console  # the window with menus is the console
    assert two.menuBar().isVisible()
    # the projector shows the slide and nothing of the facilitator's
    assert not two.room.findChildren(type(two.console.notes))
    assert two.console.notes.toPlainText() == demo_session().speaker_notes["title"]


def test_keys_on_the_console_drive_the_projector(two, qtbot):
    press(qtbot, two, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown)
    assert two.deck.current_key == "process:setting-direction"
    assert two.console.now.current_key == "process:setting-direction"
    assert two.console.next.shown_key == "process:setting-direction"  # its vote step comes next
    press(qtbot, two, Qt.Key.Key_PageUp)
    assert two.deck.current_key == "tasks"
    press(qtbot, two, Qt.Key.Key_Period)
    assert two.room.blanked
    press(qtbot, two, Qt.Key.Key_Escape)  # a clicker's Esc brings the room back
    assert not two.room.blanked
    two.scope.navigation.go(4)
    press(qtbot, two, Qt.Key.Key_F5)
    assert two.deck.index == 0 and two.presenting


def test_clicker_keys_also_work_when_the_projector_window_has_the_focus(two, qtbot):
    projector = two.presenter.projector_window
    projector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)
    press(qtbot, projector, Qt.Key.Key_PageDown)
    assert two.deck.current_key == "tasks"
    press(qtbot, projector, Qt.Key.Key_B)
    assert two.room.blanked


def test_unplugging_the_projector_brings_the_slides_back_and_loses_nothing(two, qtbot, screens):
    clock = FakeClock()
    two.scope.timer.clock = clock
    two.scope.navigation.go(3, phase=1)
    two.scope.navigation.toggle_reveal()
    press(qtbot, two, Qt.Key.Key_T)
    clock.advance(42)
    screens.plugged = False
    two.presenter.screens_changed()  # as Qt's screenRemoved would
    qtbot.waitUntil(lambda: not two.presenter.two_screens)
    assert not two.presenter.projector_window.isVisible()
    assert two.stack.currentWidget() is two.room  # one window: it is the projector again
    slide = two.deck.currentWidget()
    assert (two.deck.index, slide.phase, slide.revealed) == (3, 1, True)
    assert two.scope.timer.running and two.scope.timer.elapsed() == 42
    screens.plugged = True  # and plugged in again
    two.presenter.screens_changed()
    qtbot.waitUntil(lambda: two.presenter.two_screens)
    assert two.presenter.projector_window.view is two.room
    assert two.stack.currentWidget() is two.console
    assert two.deck.index == 3


def test_qt_screen_signals_lay_the_windows_out_again(two, qtbot, screens):
    screens.plugged = False
    app = QGuiApplication.instance()
    app.screenRemoved.emit(app.primaryScreen())
    qtbot.waitUntil(lambda: not two.presenter.two_screens)


def test_swap_exchanges_the_screens_and_is_remembered(two):
    two.swap_screens()
    assert two.presenter.layout == Layout(console=1, projector=0)
    assert QSettings().value(SETTING) == "laptop"
    two.presenter.choose_projector("beamer")
    assert two.presenter.layout == Layout(console=0, projector=1)


def test_one_screen_has_no_projector_window_and_f5_presents_in_the_window(window, qtbot):
    assert window.presenter.projector_window is None
    assert not window.presenter.two_screens
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.isFullScreen() and window.stack.currentWidget() is window.room


def test_the_console_can_be_shown_on_one_screen_to_prepare(window, qtbot):
    window.actions_by_name["console"].trigger()
    assert window.stack.currentWidget() is window.console
    press(qtbot, window, Qt.Key.Key_F5)  # presenting shows the room's view again
    assert window.stack.currentWidget() is window.room


def test_question_mark_shows_room_sized_keys_and_esc_only_closes_them(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Question)  # in a 1920×1080 window
    overlay = window.overlay
    assert overlay is not None and overlay.isVisible()
    assert overlay.geometry() == window.stack.rect()  # over the window, not a dialog
    shown = " ".join(overlay.texts())
    for words in ("Next slide", "Blank the screen", "Start the timer", "Go to agenda item"):
        assert words in shown
    sizes = [label.font().pixelSize() for label in overlay.findChildren(QLabel)]
    assert min(sizes) >= 32  # read from the back of the room, like the slides
    press(qtbot, window, Qt.Key.Key_Question)
    assert not overlay.isVisible()
    window._enter_full_screen()
    press(qtbot, window, Qt.Key.Key_Question)
    assert overlay.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    assert window.isFullScreen()  # Esc closed the overlay and did nothing else


def test_ctrl_g_goes_to_an_agenda_item(window, qtbot):
    def choose():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, choose)
            return
        dialog.setTextValue("6. Where we stand")
        dialog.accept()

    QTimer.singleShot(0, choose)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.deck.current_key == "summary"


def test_t_starts_and_pauses_the_timer_and_the_menu_says_which(window, qtbot):
    action = window.actions_by_name["timer"]
    assert action.text() == "&Start the timer"
    press(qtbot, window, Qt.Key.Key_T)
    assert window.scope.timer.running and action.text() == "&Pause the timer"
    press(qtbot, window, Qt.Key.Key_T)
    assert not window.scope.timer.running


def test_the_timer_follows_the_agenda_item_on_screen(window, qtbot):
    clock = FakeClock()
    window.scope.timer.clock = clock
    press(qtbot, window, Qt.Key.Key_T)
    clock.advance(65)
    press(qtbot, window, Qt.Key.Key_Right)  # to the tasks: another agenda item
    assert window.scope.document.session.agenda[0].actual_seconds == 65
    assert window.scope.timer.item.title == "Three tasks, two ways"


def test_with_two_screens_the_projector_shows_no_facilitator_buttons(two, qtbot, screens):
    """The console keeps the controls; the room sees a clean slide. One screen keeps them."""
    deck = two.deck
    deck.go(deck.keys.index("process:aligning-people"), phase=1)
    slide = deck.slide()
    assert not slide.tally.isVisibleTo(slide)  # no − and + on the projector
    deck.go(deck.keys.index("process:setting-direction"), phase=2)
    notes = deck.slide()
    assert notes.board is not None
    assert not any(button.isVisibleTo(notes) for button in notes.board.buttons)
    screens.plugged = False  # the projector is unplugged: the window is the room again
    two.presenter.relayout()
    shown = [b for b in notes.board.buttons if b.isVisibleTo(notes)]
    # every tool, the colours each on its own button (the Colour menu is for narrow boards)
    assert shown == [b for b in notes.board.buttons if b is not notes.board.colour_button]
    assert slide.tally.isVisibleTo(slide)


def test_the_console_turns_phone_notes_over_when_r_shows_them(two, qtbot):
    import json

    from live_phone import Phone
    from test_live_voting import LOOPBACK

    two.phone_voting.options = LOOPBACK
    two.scope.navigation.go(two.scope.navigation.keys.index("process:aligning-people"))
    press(qtbot, two, Qt.Key.Key_W)  # notes from phones, on this board
    board = two.phone_voting.live.board
    phone = Phone(qtbot, two.phone_voting.live.url, "ph-" + "d" * 32)
    body = {"voter": phone.voter, "panel": board.panel, "text": "Nobody owns the roadmap"}
    assert phone.call("POST", "note", json.dumps(body).encode())[0] == 200
    picture = two.console.now_picture
    qtbot.wait(300)  # the console's picture of the slide, with the note face down
    face_down = picture.pixmap().toImage()
    press(qtbot, two, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: picture.pixmap().toImage() != face_down, timeout=3000)
