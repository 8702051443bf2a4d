"""The one error the interchange raises, and how it names a place in the JSON."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..domain.errors import KotterError, quoted

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def json_path(parts: Iterable[str | int]) -> str:
    """``("ballots", 3, "value")`` -> ``ballots[3].value``; the root is ``top level``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            text += f".{part}" if text else part
        else:
            text += f"[{_quote(part)}]"
    return text or "top level"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def show(value: object, limit: int = 40) -> str:
    """A short, safe rendering of a JSON value for a message (never the whole of it)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= limit else text[:limit] + "…"
    if isinstance(value, str):
        clipped = value if len(value) <= limit else value[:limit] + "…"
        return _quote(clipped.replace("\n", "\\n"))
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a " + type(value).__name__


class InterchangeError(KotterError):
    """A JSON session that cannot be read; the message names the place and the problem.

    ``path`` is the JSON path in words (``ballots[3].value``) and ``problem``
    the sentence about it, so tests and callers can check either.
    """

    def __init__(self, path: str, problem: str, file: str | None = None) -> None:
        self.path = path
        self.problem = problem
        self.file = file
        where = f"{quoted(file)}: " if file else ""
        super().__init__(f"{where}{path}: {problem}" if path else f"{where}{problem}")

    def in_file(self, file: str) -> InterchangeError:
        """The same error, now naming the file it came from."""
        return InterchangeError(self.path, self.problem, file)


def fail(parts: Iterable[str | int], problem: str) -> InterchangeError:
    return InterchangeError(json_path(parts), problem)
