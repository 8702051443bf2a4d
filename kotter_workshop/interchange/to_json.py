"""A session as JSON: everything in it, plus the summary the app shows."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ..domain.agenda import slides_of
from ..domain.framework import Framework, Process
from ..domain.model import AgendaItem, Ballot, Cluster, Note, Panel, Session
from ..domain.scoring import Label, ProcessScore, summarise
from .schema import FORMAT, FORMAT_VERSION

#: The spectrum label in PRODUCT.md's words, whatever the session's language.
LABEL_WORDS = {
    Label.LEANS_MANAGEMENT: "leans management",
    Label.LEANS_LEADERSHIP: "leans leadership",
    Label.BALANCED: "balanced",
}


def session_to_json(session: Session) -> dict[str, Any]:
    """The whole session as a JSON-ready dict, with ``"summary"``; keys in a fixed order."""
    info = session.info
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": info.title,
        "team": info.team,
        "facilitator": info.facilitator,
        "date": info.date.isoformat(),
        "language": info.language,
        "scale": {"min": info.scale.min, "max": info.scale.max},
        "template": info.is_template,
        "framework": framework_to_json(session.framework),
        "processes": [process_to_json(p) for p in session.framework.processes],
        "agenda": [agenda_item_to_json(item) for item in session.agenda],
        "speaker_notes": _speaker_notes(session),
        "roster": [{"id": p.id, "name": p.name} for p in session.roster],
        "ballots": [ballot_to_json(b) for b in session.ballots],
        "shown_rounds": {
            pid: rnd
            for pid in (p.id for p in session.framework.processes)
            if (rnd := session.shown_round_choices.get(pid)) is not None
        },
        "started_rounds": {
            pid: rnd
            for pid in (p.id for p in session.framework.processes)
            if (rnd := session.started_rounds.get(pid)) is not None
        },
        "panels": [panel_to_json(panel) for panel in session.panels],
        "actions": [
            {
                "id": a.id,
                "text": a.text,
                "owner": a.owner,
                "due": a.due.isoformat() if a.due else None,
            }
            for a in session.actions
        ],
        "summary": summary_to_json(session),
    }


def framework_to_json(framework: Framework) -> dict[str, Any]:
    """The framework's texts around the processes (the processes go in ``processes``)."""
    return {
        "id": framework.id,
        "language": framework.language,
        "title": framework.title,
        "author": framework.author,
        "thesis": framework.thesis,
        "question": framework.question,
        "prompts": list(framework.prompts),
        "pairs": [
            {
                "id": pair.id,
                "task": pair.task,
                "task_detail": pair.task_detail,
                "leadership": pair.leadership,
                "management": pair.management,
            }
            for pair in framework.pairs
        ],
        "diagnoses": {str(q): text for q, text in framework.diagnoses.items()},
        "quadrants": {str(q): text for q, text in framework.quadrant_titles.items()},
        "balance": dict(framework.balance_texts),
    }


def process_to_json(process: Process) -> dict[str, Any]:
    return {
        "id": process.id,
        "side": str(process.side),
        "pair": process.pair,
        "title": process.title,
        "tagline": process.tagline,
        "meaning": process.meaning,
        "involves": list(process.involves),
        "prompts": list(process.prompts),
    }


def agenda_item_to_json(item: AgendaItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "slides": list(item.slides),
        "planned_seconds": item.planned_seconds,
        "actual_seconds": item.actual_seconds,
    }


def ballot_to_json(ballot: Ballot) -> dict[str, Any]:
    return {
        "id": ballot.id,
        "process": ballot.process,
        "round": ballot.round,
        "value": ballot.value,
        "participant": ballot.voter,
    }


def panel_to_json(panel: Panel) -> dict[str, Any]:
    return {
        "id": panel.id,
        "title": panel.title,
        "process": panel.process,
        "clusters": [_cluster(c) for c in panel.clusters],
        "notes": [_note(n) for n in panel.notes],
    }


def _cluster(cluster: Cluster) -> dict[str, Any]:
    return {"id": cluster.id, "title": cluster.title, "x": cluster.x, "y": cluster.y}


def _note(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "text": note.text,
        "color": str(note.color),
        "x": note.x,
        "y": note.y,
        "votes": note.votes,
        "cluster": note.cluster,
    }


def _speaker_notes(session: Session) -> dict[str, str]:
    # Agenda order reads like the workshop; slides not on the agenda follow, sorted.
    order = {slide: i for i, slide in enumerate(slides_of(session.agenda))}
    keys = sorted(session.speaker_notes, key=lambda s: (order.get(s, len(order)), s))
    return {key: session.speaker_notes[key] for key in keys}


def summary_to_json(session: Session) -> dict[str, Any]:
    """PRODUCT.md's summary on the shown rounds; null where there are not enough votes.

    ``leadership``, ``management`` and every ``mean`` are the exact means as
    JSON numbers (the nearest float, never rounded to one decimal);
    ``balance`` is displayed L minus displayed M, as on screen; ``label`` is
    PRODUCT.md's words for it (:data:`LABEL_WORDS`), never translated.
    """
    summary = summarise(session)
    return {
        "leadership": _number(summary.leadership),
        "management": _number(summary.management),
        "balance": None if summary.balance is None else float(summary.balance),
        "label": None if summary.label is None else LABEL_WORDS[summary.label],
        "quadrant": None if summary.quadrant is None else str(summary.quadrant),
        "participants": summary.participants,
        "processes": {
            p.id: _process_summary(summary.processes[p.id], session)
            for p in session.framework.ordered()
        },
    }


def _process_summary(score: ProcessScore, session: Session) -> dict[str, Any]:
    # Every value of the scale, zeros included, so a chart needs no second source.
    distribution = {str(v): score.distribution.get(v, 0) for v in session.scale.values()}
    return {
        "round": score.round,
        "mean": _number(score.mean),
        "count": score.count,
        "abstentions": score.abstentions,
        "distribution": distribution,
        "spread": score.spread,
        "split": score.split,
    }


def _number(value: Fraction | None) -> float | None:
    return None if value is None else float(value)
