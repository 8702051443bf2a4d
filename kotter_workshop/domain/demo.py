"""A realistic sample session, so a newcomer sees every part of the app at work."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .agenda import SUMMARY, TASKS, TITLE, process_slide
from .model import (
    Action,
    Ballot,
    Cluster,
    Note,
    NoteColor,
    Panel,
    Participant,
    Session,
    SessionInfo,
)
from .session_factory import new_session

NAMES = (
    "Amira",
    "Ben",
    "Chiara",
    "Dmitri",
    "Elif",
    "Femi",
    "Greta",
    "Hiroshi",
    "Ines",
    "Jonas",
    "Kavya",
    "Lars",
)

# One row per process: each participant's rating, in roster order (None abstains).
VOTES = {
    "setting-direction": (2, 3, 2, 1, 3, 2, 2, 3, None, 2, 3, 2),
    "planning-budgeting": (4, 4, 5, 4, 3, 4, 4, 5, 4, 4, 3, 4),
    "aligning-people": (1, 5, 2, 4, 1, 5, 2, 4, 3, 1, 5, 2),
    "organizing-staffing": (4, 3, 4, 4, 3, 4, 5, 3, 4, 4, 4, 3),
    "motivating-inspiring": (3, 2, 3, 3, 2, 4, 3, 2, 3, 3, 2, 3),
    "controlling-problem-solving": (4, 5, 4, 4, 4, 3, 4, 5, 4, None, 4, 4),
}
# After discussing it, the room re-voted on setting a direction.
REVOTE = {"setting-direction": (3, 3, 2, 2, 3, 3, 2, 3, 3, 2, 3, 3)}

NOTES = {
    "setting-direction": (
        (
            "Where we are going",
            (
                ("Nobody could name our three-year goal", NoteColor.PINK, 3),
                ("Roadmap is a feature list, not a destination", NoteColor.PINK, 2),
                ("Customers ask where the product is heading", NoteColor.YELLOW, 1),
            ),
        ),
        ("What helps", (("Quarterly strategy day worked well in spring", NoteColor.GREEN, 2),)),
    ),
    "aligning-people": (
        (
            "Split views",
            (
                ("Sales and engineering hear different stories", NoteColor.ORANGE, 4),
                ("All-hands slides are read, not believed", NoteColor.ORANGE, 1),
            ),
        ),
    ),
    "planning-budgeting": (
        (
            "Strengths",
            (
                ("Budget cycle is predictable and on time", NoteColor.BLUE, 2),
                ("Sprint plans are detailed, maybe too detailed", NoteColor.YELLOW, 1),
            ),
        ),
    ),
}

SPEAKER_NOTES = {
    TITLE: "Welcome everyone. Today: where are we strong, where do we need to grow?",
    TASKS: "Both sides do the same three jobs, in different ways. Neither is better.",
    process_slide("setting-direction"): "Ask for a show of hands, then reveal. Re-vote if split.",
    SUMMARY: "Reveal last. Let the room react before explaining the quadrant.",
}


def demo_session():
    """The sample session opened by ``--demo``."""
    info = SessionInfo(
        title="Leadership offsite, autumn",
        team="Customer Platform team",
        facilitator="Rosa Lindqvist",
        date=dt.date(2026, 11, 19),
    )
    base = new_session(info)
    ballots = [
        Ballot(process, value, voter=f"p{i}", round=round_)
        for votes, round_ in ((VOTES, 1), (REVOTE, 2))
        for process, values in votes.items()
        for i, value in enumerate(values, 1)
    ]
    return Session(
        base.framework,
        info,
        ballots=ballots,
        panels=[_with_notes(panel) for panel in base.panels],
        agenda=base.agenda,
        actions=[
            Action(
                "Draft a one-page vision and test it with two customers",
                "Amira",
                dt.date(2026, 12, 15),
            ),
            Action(
                "Joint sales-engineering briefing on the roadmap", "Jonas", dt.date(2027, 1, 20)
            ),
        ],
        speaker_notes=SPEAKER_NOTES,
        roster=[Participant(f"p{i}", name) for i, name in enumerate(NAMES, 1)],
    )


def _with_notes(panel: Panel) -> Panel:
    """A process's panel with the demo's groups of notes on it."""
    clusters, notes = [], []
    for c, (title, texts) in enumerate(NOTES.get(panel.process or "", ())):
        cluster = Cluster(title, x=40 + c * 1000, y=40)  # notes two to a row
        clusters.append(cluster)
        for n, (text, color, votes) in enumerate(texts):
            notes.append(
                Note(
                    text,
                    color,
                    x=cluster.x + (n % 2) * 460,
                    y=cluster.y + 90 + (n // 2) * 270,
                    votes=votes,
                    cluster=cluster.id,
                )
            )
    return replace(panel, notes=notes, clusters=clusters)
