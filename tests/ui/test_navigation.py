"""One navigation, many views: the projector and the console never disagree on the slide."""

import dataclasses

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.ui.slides.deck import SlideDeck, SlideStack
from kotter_workshop.ui.slides.navigation import DeckNavigation

PROCESS = "process:aligning-people"


def test_two_decks_on_one_navigation_show_the_same_slide_step_and_reveal(qtbot, theme):
    session = demo_session()
    navigation = DeckNavigation(session)
    room, console = (SlideDeck(session, theme, navigation=navigation) for _ in range(2))
    for deck in (room, console):
        qtbot.addWidget(deck)
    navigation.go(navigation.keys.index(PROCESS))
    navigation.next()
    navigation.toggle_reveal()
    for deck in (room, console):
        slide = deck.currentWidget()
        assert (slide.key, slide.phase, slide.revealed) == (PROCESS, 1, True)
    assert room.currentWidget() is not console.currentWidget()  # two views, one state
    room.previous()  # a key pressed in either window moves both
    assert console.currentWidget().phase == 0


def test_revealing_a_process_shows_its_vote_step(qtbot, theme):
    navigation = DeckNavigation(demo_session())
    navigation.go(navigation.keys.index(PROCESS))
    assert navigation.toggle_reveal()
    assert navigation.phase == 1 and navigation.is_revealed(PROCESS)
    navigation.go(0)
    assert not navigation.toggle_reveal()  # the title slide has nothing to reveal


def test_upcoming_is_the_next_step_then_the_next_slide(qtbot, theme):
    navigation = DeckNavigation(demo_session())
    navigation.go(navigation.keys.index(PROCESS))
    assert navigation.upcoming() == (PROCESS, 1)
    navigation.next()
    assert navigation.upcoming() == (PROCESS, 2)  # the process's panel of notes
    navigation.next()
    assert navigation.upcoming() == ("process:organizing-staffing", 0)
    navigation.go(len(navigation.keys) - 1)
    assert navigation.upcoming() is None
    preview = SlideStack(navigation.session, theme)
    qtbot.addWidget(preview)
    assert preview.show_slide(PROCESS, 1, False).phase == 1


def test_a_new_duration_keeps_the_room_where_it_is(qtbot, theme):
    session = demo_session()
    navigation = DeckNavigation(session)
    navigation.go(navigation.keys.index(PROCESS), phase=1)
    moves = []
    navigation.moved.connect(moves.append)
    item = session.agenda[3]
    session.put_agenda_item(dataclasses.replace(item, planned_seconds=99, actual_seconds=12))
    assert (navigation.current_key, navigation.phase) == (PROCESS, 1)
    assert moves == []


def test_a_changed_agenda_keeps_the_current_slide_when_it_stays(qtbot, theme):
    session = demo_session()
    navigation = DeckNavigation(session)
    navigation.go(navigation.keys.index(PROCESS))
    session.set_agenda([i for i in session.agenda if "process:setting-direction" not in i.slides])
    assert navigation.current_key == PROCESS
    here = navigation.index
    session.set_agenda([i for i in session.agenda if PROCESS not in i.slides])
    # its slide left the agenda: the room goes on with the slide now in its place
    assert PROCESS not in navigation.keys and navigation.index == here
    session.set_agenda(session.agenda[:1])  # and past the end, to the last slide there is
    assert navigation.current_key == "title"
