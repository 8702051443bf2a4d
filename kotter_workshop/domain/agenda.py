"""Slides and the default agenda that groups them.

A slide is named by a short key, stable across files and languages:
``title``, ``tasks``, ``process:<id>``, ``summary``, ``parking`` (the
parking lot: the first panel tied to no process) and ``actions``. What each
kind of slide is, and their order here, comes from :mod:`.slide_kinds`.
"""

from __future__ import annotations

from .framework import Framework
from .model import AgendaItem
from .slide_kinds import BY_KEY, KINDS, kind_of
from .texts import texts

TITLE = "title"
TASKS = "tasks"
SUMMARY = "summary"
ACTIONS = "actions"
PARKING = "parking"
PROCESS = BY_KEY["process"]


def process_slide(process_id: str) -> str:
    return PROCESS.slide(process_id)


def slide_process(slide: str) -> str | None:
    """The process id a slide key shows, or None for other slides."""
    key, colon, process = slide.partition(":")
    kind = BY_KEY.get(key)
    return process if colon and kind is not None and kind.per_process else None


def default_agenda(framework: Framework) -> list[AgendaItem]:
    """Each kind of slide in its order, with its timebox, named in the framework's language:
    a kind with a slide per process has an item per pair, its two slides side by side."""
    items = []
    for kind in KINDS:
        if not kind.per_process:
            items.append(item_for(framework, kind.key, kind.minutes * 60))
            continue
        for pair in framework.pairs:
            slides = (kind.slide(pair.leadership), kind.slide(pair.management))
            items.append(AgendaItem(pair.task, slides, planned_seconds=2 * kind.minutes * 60))
    return items


def all_slides(framework: Framework) -> list[str]:
    """Every slide a session can show, in the default agenda's order."""
    slides = []
    for kind in KINDS:
        if not kind.per_process:
            slides.append(kind.key)
            continue
        for pair in framework.pairs:
            slides += [kind.slide(pair.leadership), kind.slide(pair.management)]
    return slides


def slide_title(framework: Framework, slide: str) -> str:
    """A slide's name, in the framework's language: an agenda item's title for it alone."""
    kind = kind_of(slide)
    if kind.name is None:
        return framework.process(slide_process(slide) or "").title
    return texts(framework.language)(kind.name)


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
