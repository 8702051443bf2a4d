"""Reusing a session: a new session from this one, templates, and anonymising."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .model import AgendaItem, Panel, Participant, Session, SessionInfo
from .session_factory import new_session


def fresh_from(session: Session, info: SessionInfo | None = None, *, template: bool = False):
    """A new session with this one's content and none of its results.

    It keeps the framework texts, the agenda and its timeboxes, the speaker
    notes, the panels (empty), the scale and the language; it clears the
    ballots, notes, clusters, actions, roster, chosen rounds and actual times.
    """
    base = info or session.info
    return Session(
        session.framework,
        replace(base, is_template=template),
        panels=[Panel(p.title, process=p.process) for p in session.panels],
        agenda=_untimed(session.agenda),
        speaker_notes=session.speaker_notes,
    )


def started_from(source: Session | None, info: SessionInfo) -> Session:
    """The session a facilitator starts with these details, from ``source`` or from nothing.

    In the source's language it is :func:`fresh_from`. In another language the
    framework and its panels come new in that language (the source's own wording
    of the processes is in the old one), and the source's agenda (without its
    times) and speaker notes stay. With no source, it is a new session.
    """
    if source is not None and source.info.language == info.language:
        return fresh_from(source, info)
    new = new_session(info)
    if source is None:
        return new
    return Session(
        new.framework,
        new.info,
        panels=new.panels,
        agenda=_untimed(source.agenda),
        speaker_notes=source.speaker_notes,
    )


def _untimed(agenda: Iterable[AgendaItem]) -> list[AgendaItem]:
    return [replace(item, actual_seconds=None) for item in agenda]


def has_results(session: Session) -> bool:
    """Whether the session holds anything a room produced: ballots, notes or actions."""
    return bool(session.ballots or session.actions or any(p.notes for p in session.panels))


def anonymised(roster: list[Participant]) -> list[Participant]:
    """The roster with every name removed; the voter ids, and so every count, stay."""
    return [Participant(p.id, "") for p in roster]
