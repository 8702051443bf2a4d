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
    items = [item_for(framework, TITLE, 5 * 60), item_for(framework, TASKS, 10 * 60)]
    for pair in framework.pairs:
        items.append(
            AgendaItem(
                pair.task,
                (process_slide(pair.leadership), process_slide(pair.management)),
                planned_seconds=20 * 60,
            )
        )
    items.append(item_for(framework, SUMMARY, 15 * 60))
    items.append(item_for(framework, PARKING, 10 * 60))
    items.append(item_for(framework, ACTIONS, 15 * 60))
    return items


def all_slides(framework: Framework) -> list[str]:
    """Every slide a session can show, in the default agenda's order."""
    processes = [
        process_slide(p) for pair in framework.pairs for p in (pair.leadership, pair.management)
    ]
    return [TITLE, TASKS, *processes, SUMMARY, PARKING, ACTIONS]


def slide_title(framework: Framework, slide: str) -> str:
    """A slide's name, in the framework's language: an agenda item's title for it alone."""
    process = slide_process(slide)
    if process is not None:
        return framework.process(process).title
    key = {
        TITLE: "agenda.welcome",
        TASKS: "agenda.tasks",
        SUMMARY: "agenda.summary",
        PARKING: "panels.parking_lot",
        ACTIONS: "agenda.actions",
    }[slide]
    return texts(framework.language)(key)


def left_out(framework: Framework, items: list[AgendaItem]) -> list[str]:
    """The slides no agenda item shows, which the facilitator can put back."""
    shown = set(slides_of(items))
    return [slide for slide in all_slides(framework) if slide not in shown]


def item_for(framework: Framework, slide: str, planned_seconds: int = 10 * 60) -> AgendaItem:
    """A new agenda item that shows one slide."""
    return AgendaItem(slide_title(framework, slide), (slide,), planned_seconds=planned_seconds)


def slides_of(agenda: list[AgendaItem]) -> list[str]:
    """Every slide of the agenda in order."""
    return [slide for item in agenda for slide in item.slides]
