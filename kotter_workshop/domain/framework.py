"""Kotter's framework as data: the processes, the pairs, the texts the room sees.

The built-in content lives in ``resources/framework/<language>.toml`` and is
validated here, so a broken content file gives one sentence naming the file
and the problem instead of a traceback somewhere in a view.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from .errors import FrameworkError
from .resources import resource


class Side(StrEnum):
    LEADERSHIP = "leadership"
    MANAGEMENT = "management"

    @property
    def other(self) -> Side:
        return Side.MANAGEMENT if self is Side.LEADERSHIP else Side.LEADERSHIP


class Quadrant(StrEnum):
    LEADER_MANAGERS = "leader-managers"
    OVER_MANAGED = "over-managed-under-led"
    OVER_LED = "over-led-under-managed"
    UNDER_BOTH = "under-led-under-managed"


@dataclass(frozen=True)
class Process:
    id: str
    side: Side
    pair: str
    title: str
    tagline: str
    meaning: str
    involves: tuple[str, ...]
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class Pair:
    """A leadership process with its management counterpart, and the task they share."""

    id: str
    task: str
    task_detail: str
    leadership: str
    management: str


@dataclass(frozen=True)
class Framework:
    id: str
    language: str
    title: str
    author: str
    thesis: str
    question: str
    pairs: tuple[Pair, ...]
    processes: tuple[Process, ...]
    prompts: tuple[str, ...]
    diagnoses: dict[Quadrant, str]
    quadrant_titles: dict[Quadrant, str]
    balance_texts: dict[str, str]

    def process(self, process_id: str) -> Process:
        for process in self.processes:
            if process.id == process_id:
                return process
        raise FrameworkError(f"There is no process called {process_id!r}.")

    def pair(self, pair_id: str) -> Pair:
        for pair in self.pairs:
            if pair.id == pair_id:
                return pair
        raise FrameworkError(f"There is no pair called {pair_id!r}.")

    def counterpart(self, process_id: str) -> Process:
        process = self.process(process_id)
        pair = self.pair(process.pair)
        other = pair.management if process.side is Side.LEADERSHIP else pair.leadership
        return self.process(other)

    def side(self, side: Side) -> list[Process]:
        return [p for p in self.processes if p.side is side]

    def ordered(self) -> list[Process]:
        """Processes pair by pair, leadership first: the order of the slides."""
        return [
            self.process(pid) for pair in self.pairs for pid in (pair.leadership, pair.management)
        ]


LANGUAGES = ("en", "de")


@cache
def builtin_framework(language: str = "en") -> Framework:
    """The built-in "What Leaders Really Do" framework in the given language."""
    if language not in LANGUAGES:
        language = "en"
    path = resource("framework", f"{language}.toml")
    if not path.is_file():
        path = resource("framework", "en.toml")
    return load_framework(path)


def load_framework(path: Path) -> Framework:
    """Read and validate a framework file; raise FrameworkError with one sentence."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FrameworkError(
            f"{path}: the framework file cannot be read ({exc.strerror})."
        ) from exc
    except UnicodeDecodeError as exc:
        raise FrameworkError(f"{path}: the framework file is not UTF-8 text.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise FrameworkError(f"{path}: the framework file is not valid TOML ({exc}).") from exc
    try:
        return _parse(data)
    except _Invalid as exc:
        raise FrameworkError(f"{path}: {exc}") from exc


class _Invalid(Exception):
    pass


def _text(table: dict, key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"{where} needs a non-empty text for {key!r}.")
    return value.strip()


def _texts(table: dict, key: str, where: str) -> tuple[str, ...]:
    value = table.get(key)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise _Invalid(f"{where} needs a non-empty list of texts for {key!r}.")
    return tuple(v.strip() for v in value)


def _tables(data: dict, key: str) -> list[dict]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _Invalid(f"the file needs a list of [[{key}]] tables.")
    return value


def _parse(data: dict) -> Framework:
    head = data.get("framework")
    if not isinstance(head, dict):
        raise _Invalid("the [framework] table is missing.")
    processes = []
    for i, table in enumerate(_tables(data, "processes"), 1):
        where = f"process {i} ({table.get('id', 'no id')})"
        side = table.get("side")
        if side not in {s.value for s in Side}:
            raise _Invalid(f"{where} needs a side of 'leadership' or 'management', not {side!r}.")
        processes.append(
            Process(
                id=_text(table, "id", where),
                side=Side(side),
                pair=_text(table, "pair", where),
                title=_text(table, "title", where),
                tagline=_text(table, "tagline", where),
                meaning=_text(table, "meaning", where),
                involves=_texts(table, "involves", where),
                prompts=_texts(table, "prompts", where),
            )
        )
    ids = [p.id for p in processes]
    if len(set(ids)) != len(ids):
        raise _Invalid("two processes share the same id.")
    pairs = []
    for i, table in enumerate(_tables(data, "pairs"), 1):
        where = f"pair {i} ({table.get('id', 'no id')})"
        pair = Pair(
            id=_text(table, "id", where),
            task=_text(table, "task", where),
            task_detail=_text(table, "task_detail", where),
            leadership=_text(table, "leadership", where),
            management=_text(table, "management", where),
        )
        for side, pid in ((Side.LEADERSHIP, pair.leadership), (Side.MANAGEMENT, pair.management)):
            match = next((p for p in processes if p.id == pid), None)
            if match is None:
                raise _Invalid(f"{where} names an unknown process {pid!r}.")
            if match.side is not side or match.pair != pair.id:
                raise _Invalid(f"{where} does not agree with process {pid!r} on its side or pair.")
        pairs.append(pair)
    paired = {pid for pair in pairs for pid in (pair.leadership, pair.management)}
    if paired != set(ids):
        raise _Invalid("every process must belong to exactly one pair.")
    diagnoses_table = data.get("diagnoses")
    if not isinstance(diagnoses_table, dict):
        raise _Invalid("the [diagnoses] table is missing.")
    diagnoses = {q: _text(diagnoses_table, q.value, "[diagnoses]") for q in Quadrant}
    titles_table = data.get("quadrants")
    if not isinstance(titles_table, dict):
        raise _Invalid("the [quadrants] table is missing.")
    quadrant_titles = {q: _text(titles_table, q.value, "[quadrants]") for q in Quadrant}
    balance_table = data.get("balance")
    if not isinstance(balance_table, dict):
        raise _Invalid("the [balance] table is missing.")
    balance = {
        key: _text(balance_table, key, "[balance]")
        for key in ("leans-leadership", "leans-management", "balanced", "not-enough")
    }
    return Framework(
        id=_text(head, "id", "[framework]"),
        language=_text(head, "language", "[framework]"),
        title=_text(head, "title", "[framework]"),
        author=_text(head, "author", "[framework]"),
        thesis=_text(head, "thesis", "[framework]"),
        question=_text(head, "question", "[framework]"),
        pairs=tuple(pairs),
        processes=tuple(processes),
        prompts=_texts(head, "prompts", "[framework]"),
        diagnoses=diagnoses,
        quadrant_titles=quadrant_titles,
        balance_texts=balance,
    )
