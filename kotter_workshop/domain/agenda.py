"""Slides and the default agenda that groups them.

A slide is named by a short key, stable across files and languages:
``title``, ``tasks``, ``process:<id>``, ``summary``, ``parking`` (the
parking lot: the first panel tied to no process) and ``actions``.
"""

from __future__ import annotations

from .framework import Framework
from .model import AgendaItem

TITLE = "title"
TASKS = "tasks"
SUMMARY = "summary"
ACTIONS = "actions"
PARKING = "parking"


def process_slide(process_id: str) -> str:
    return f"process:{process_id}"


def slide_process(slide: str) -> str | None:
    """The process id a slide key shows, or None for other slides."""
    return slide.removeprefix("process:") if slide.startswith("process:") else None


def default_agenda(framework: Framework) -> list[AgendaItem]:
    """Intro, the three tasks, each pair, the summary, the parking lot and the actions."""
    items = [
        AgendaItem("Welcome", (TITLE,), planned_seconds=5 * 60),
        AgendaItem("Three tasks, two ways", (TASKS,), planned_seconds=10 * 60),
    ]
    for pair in framework.pairs:
        items.append(
            AgendaItem(
                pair.task,
                (process_slide(pair.leadership), process_slide(pair.management)),
                planned_seconds=20 * 60,
            )
        )
    items.append(AgendaItem("Where we stand", (SUMMARY,), planned_seconds=15 * 60))
    items.append(AgendaItem("Parking lot", (PARKING,), planned_seconds=10 * 60))
    items.append(AgendaItem("Actions", (ACTIONS,), planned_seconds=15 * 60))
    return items


def slides_of(agenda: list[AgendaItem]) -> list[str]:
    """Every slide of the agenda in order."""
    return [slide for item in agenda for slide in item.slides]
