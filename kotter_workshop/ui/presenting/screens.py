"""Which screen is the projector and which the console: pure logic, no Qt.

The window layer describes each screen by name and whether it is the
primary one; this module decides. Kept apart from Qt so the rules are
tested directly, since offscreen Qt cannot fake a second screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Screen:
    """What the rules need to know about a screen."""

    name: str
    primary: bool = False


@dataclass(frozen=True)
class Layout:
    """Where each window goes, by index into the screens; no projector with one screen."""

    console: int
    projector: int | None = None

    @property
    def two_screens(self) -> bool:
        return self.projector is not None


def choose(screens: Sequence[Screen], projector: str | None = None) -> Layout:
    """Place the console and the projector on ``screens``.

    ``projector`` is the name of the screen the facilitator chose for the
    room; it wins while it is connected. Otherwise the console goes on the
    primary screen (the laptop, as a rule) and the projector on the first
    other screen.
    """
    if len(screens) < 2:
        return Layout(console=0)
    names = [s.name for s in screens]
    primary = next((i for i, s in enumerate(screens) if s.primary), 0)
    if projector in names:
        room = names.index(projector)
        console = primary if primary != room else next(i for i in range(len(names)) if i != room)
        return Layout(console=console, projector=room)
    room = next(i for i in range(len(screens)) if i != primary)
    return Layout(console=primary, projector=room)


def swapped(screens: Sequence[Screen], layout: Layout) -> str | None:
    """The projector choice that swaps the two windows of ``layout``; None with one screen."""
    if layout.projector is None:
        return None
    return screens[layout.console].name
