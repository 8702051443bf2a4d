"""New sessions from the built-in framework, with their panels and agenda."""

from __future__ import annotations

from .agenda import default_agenda
from .framework import builtin_framework
from .model import Panel, Session, SessionInfo

PARKING_LOT = "Parking lot"


def new_session(info: SessionInfo | None = None) -> Session:
    """A fresh session: one panel per process, a parking lot, the default agenda."""
    info = info or SessionInfo()
    framework = builtin_framework(info.language)
    session = Session(framework, info)
    for process in framework.ordered():
        session.panels.append(Panel(process.title, process=process.id))
    session.panels.append(Panel(PARKING_LOT))
    session.agenda = default_agenda(framework)
    return session
