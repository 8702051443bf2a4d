"""New sessions from the built-in framework, with their panels and agenda."""

from __future__ import annotations

from .agenda import default_agenda
from .framework import builtin_framework
from .model import Panel, Session, SessionInfo
from .texts import texts

PARKING_LOT = "Parking lot"  # in English; parking_lot() names it in a session's language


def parking_lot(language: str) -> str:
    return texts(language)("panels.parking_lot")


def new_session(info: SessionInfo | None = None) -> Session:
    """A fresh session: one panel per process, a parking lot, the default agenda."""
    info = info or SessionInfo()
    framework = builtin_framework(info.language)
    panels = [Panel(process.title, process=process.id) for process in framework.ordered()]
    panels.append(Panel(parking_lot(info.language)))
    return Session(framework, info, panels=panels, agenda=default_agenda(framework))
