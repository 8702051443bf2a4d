"""Helpers for the store tests: a full picture of a session, and sample files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import Session
from kotter_workshop.store import write_new_file


def picture(session: Session) -> dict:
    """Everything a session holds, in order, as plain values to compare."""
    return {
        "info": session.info,
        "framework": session.framework,
        "ballots": session.ballots,
        "shown_rounds": session.shown_round_choices,
        "started_rounds": session.started_rounds,
        "panels": [
            (p.id, p.title, p.process, list(p.notes), list(p.clusters)) for p in session.panels
        ],
        "actions": list(session.actions),
        "agenda": list(session.agenda),
        "speaker_notes": list(session.speaker_notes.items()),
        "roster": list(session.roster),
    }


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def demo_file(tmp_path) -> Path:
    path = tmp_path / "demo.kotter"
    write_new_file(demo_session(), path)
    return path
