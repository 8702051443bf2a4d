"""The screen rules: which screen the room sees, with one, two or three screens."""

from kotter_workshop.ui.presenting.screens import Layout, Screen, choose, swapped

LAPTOP = Screen("eDP-1", primary=True)
BEAMER = Screen("HDMI-1")
TV = Screen("DP-2")


def test_one_screen_is_one_window():
    assert choose([LAPTOP]) == Layout(console=0)
    assert not choose([LAPTOP]).two_screens
    assert choose([]) == Layout(console=0)


def test_the_projector_goes_on_the_screen_that_is_not_primary():
    assert choose([LAPTOP, BEAMER]) == Layout(console=0, projector=1)
    assert choose([BEAMER, LAPTOP]) == Layout(console=1, projector=0)


def test_without_a_primary_the_first_screen_is_the_console():
    assert choose([Screen("a"), Screen("b")]) == Layout(console=0, projector=1)


def test_the_facilitators_choice_wins_while_that_screen_is_connected():
    screens = [LAPTOP, BEAMER, TV]
    assert choose(screens, projector="DP-2") == Layout(console=0, projector=2)
    assert choose([LAPTOP, BEAMER], projector="DP-2") == Layout(console=0, projector=1)


def test_choosing_the_primary_as_projector_puts_the_console_elsewhere():
    assert choose([LAPTOP, BEAMER], projector="eDP-1") == Layout(console=1, projector=0)


def test_swap_exchanges_the_two_windows_and_swapping_twice_restores():
    screens = [LAPTOP, BEAMER]
    layout = choose(screens)
    once = choose(screens, swapped(screens, layout))
    assert once == Layout(console=1, projector=0)
    assert choose(screens, swapped(screens, once)) == layout
    assert swapped([LAPTOP], choose([LAPTOP])) is None
