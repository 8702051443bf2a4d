"""Slides and the default agenda that groups them.

A slide is named by a short key, stable across files and languages:
``title``, ``tasks``, ``process:<id>``, ``summary``, ``parking`` (the
parking lot: the first panel tied to no process) and ``actions``.
"""

from __future__ import annotations

from .framework import Framework
from .model import AgendaItem
from .texts import texts

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
    """Intro, the three tasks, each pair, the summary, the parking lot and the actions,
    with timeboxes, named in the framework's language."""
    t = texts(framework.language)
    items = [
        AgendaItem(t("agenda.welcome"), (TITLE,), planned_seconds=5 * 60),
        AgendaItem(t("agenda.tasks"), (TASKS,), planned_seconds=10 * 60),
    ]
    for pair in framework.pairs:
        items.append(
            AgendaItem(
                pair.task,
                (process_slide(pair.leadership), process_slide(pair.management)),
                planned_seconds=20 * 60,
            )
        )
    items.append(AgendaItem(t("agenda.summary"), (SUMMARY,), planned_seconds=15 * 60))
    items.append(AgendaItem(t("panels.parking_lot"), (PARKING,), planned_seconds=10 * 60))
    items.append(AgendaItem(t("agenda.actions"), (ACTIONS,), planned_seconds=15 * 60))
    return items


def slides_of(agenda: list[AgendaItem]) -> list[str]:
    """Every slide of the agenda in order."""
    return [slide for item in agenda for slide in item.slides]
