"""The kinds of slide a session shows, each described once.

A slide is named by a key, stable across files and languages: a kind's key
(``summary``), or for a kind with one slide per process, the kind's key and
the process (``process:setting-direction``). Each layer that draws slides
keeps one registry keyed by :attr:`SlideKind.key` (the window's slide
widgets in ``ui/slides/kinds.py``, the PDF's sections in
``export/sections.py``); a test checks each names every kind here.

To add a kind: describe it in :data:`KINDS` (its place there is its place in
a new session's agenda), give its name in ``resources/i18n/session.*.toml``,
and register a slide widget and a PDF section for it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SlideKind:
    """What a kind of slide shows and how it unfolds in front of the room."""

    key: str
    shows: str  # in a sentence, for the reader of the code
    name: str | None  # the text key of its name (agenda, PDF); None: its process's title
    minutes: int  # its time in a new session's agenda (a process pair's, per process)
    steps: int = 1  # steps within the slide, like the builds of a presentation
    reveals: bool = False  # whether it holds results that show only when revealed (R)
    reveal_step: int | None = None  # the step revealing moves to, if any
    per_process: bool = False  # one slide for each process of the framework

    def slide(self, process: str | None = None) -> str:
        """The key of this kind's slide (for ``process``, when it has one per process)."""
        if self.per_process != (process is not None):
            raise ValueError(
                f"the {self.key} slide takes {'a' if self.per_process else 'no'} process"
            )
        return f"{self.key}:{process}" if process is not None else self.key


KINDS: tuple[SlideKind, ...] = (
    SlideKind("title", "the session's title, team and date", "agenda.welcome", 5),
    SlideKind("tasks", "the three tasks both sides share", "agenda.tasks", 10),
    SlideKind(
        "process",
        "one process: what it means, the vote, then the room's results",
        None,
        10,
        steps=3,
        reveals=True,
        reveal_step=1,
        per_process=True,
    ),
    SlideKind(
        "summary",
        "where the group stands: the 2×2 and the pairs, then the balance",
        "agenda.summary",
        15,
        steps=2,
        reveals=True,
    ),
    SlideKind(
        "parking", "the parking lot: the first panel tied to no process", "panels.parking_lot", 10
    ),
    SlideKind(
        "actions", "the actions the room agreed, with owners and dates", "agenda.actions", 15
    ),
)

BY_KEY: dict[str, SlideKind] = {kind.key: kind for kind in KINDS}


def kind_of(slide: str) -> SlideKind:
    """The kind of the slide with this key; KeyError for a key no kind has."""
    kind = BY_KEY[slide.partition(":")[0]]
    if kind.per_process != (":" in slide):
        raise KeyError(slide)
    return kind
