"""Reusing a session: a new session from this one, templates, and anonymising."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .model import AgendaItem, Panel, Participant, Session, SessionInfo


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


def _untimed(agenda: Iterable[AgendaItem]) -> list[AgendaItem]:
    return [replace(item, actual_seconds=None) for item in agenda]


def has_results(session: Session) -> bool:
    """Whether the session holds anything a room produced: ballots, notes or actions."""
    return bool(session.ballots or session.actions or any(p.notes for p in session.panels))


def anonymised(roster: list[Participant]) -> list[Participant]:
    """The roster with every name removed; the voter ids, and so every count, stay."""
    return [Participant(p.id, "") for p in roster]
