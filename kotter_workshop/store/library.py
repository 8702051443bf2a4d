"""Where sessions live on this computer: untitled sessions, templates, recent files.

Folders come from platformdirs, so each system puts them where its users
expect; tests point them at temporary folders through the XDG variables.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from ..atomic import write_text
from ..domain.errors import KotterError
from ..domain.model import SessionInfo
from .opening import open_session_file

APP = "kotter-workshop"
RECENT_LIMIT = 12
SUFFIX = ".kotter"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def untitled_dir() -> Path:
    return data_dir() / "untitled"


def templates_dir() -> Path:
    return data_dir() / "templates"


def new_untitled_path() -> Path:
    """A fresh path for an untitled session, in the data folder until it is named."""
    folder = untitled_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"untitled-{uuid.uuid4().hex[:8]}{SUFFIX}"


def is_untitled(path: Path | None) -> bool:
    return path is not None and Path(path).resolve().parent == untitled_dir().resolve()


@dataclass(frozen=True)
class Entry:
    """A session file as a list shows it: where it is and what it holds."""

    path: Path
    title: str
    team: str = ""
    date: str = ""
    problem: str | None = None  # why it cannot be opened, if it cannot

    @property
    def exists(self) -> bool:
        return self.path.exists()


def read_entry(path: Path) -> Entry:
    """Title, team and date of a session file, or the one-sentence reason it can't be read."""
    try:
        with open_session_file(path, read_only=True) as opened:
            info: SessionInfo = opened.session.info
            return Entry(path, info.title, info.team, info.date.isoformat())
    except KotterError as exc:
        return Entry(path, path.stem, problem=str(exc))


def _sessions_in(folder: Path) -> list[Entry]:
    if not folder.is_dir():
        return []
    files = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [read_entry(path) for path in files]


def untitled_sessions() -> list[Entry]:
    """Untitled sessions left in the data folder, newest first, to offer at start."""
    return _sessions_in(untitled_dir())


def user_templates() -> list[Entry]:
    return _sessions_in(templates_dir())


def template_path(title: str) -> Path:
    """A new file in the templates folder named after ``title``."""
    folder = templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    # parentheses and commas are safe on every system and keep "Basics (copy)" readable
    stem = "".join(c if c.isalnum() or c in " -_()," else "_" for c in title).strip() or "template"
    path, n = folder / f"{stem}{SUFFIX}", 2
    while path.exists():
        path, n = folder / f"{stem} {n}{SUFFIX}", n + 1
    return path


class RecentFiles:
    """The recently opened session files, newest first, kept in the config folder."""

    def __init__(self, store: Path | None = None) -> None:
        self.store = store or config_dir() / "recent.json"

    def entries(self) -> list[Entry]:
        try:
            raw = json.loads(self.store.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        entries = []
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, dict) and isinstance(item.get("path"), str):
                entries.append(
                    Entry(
                        Path(item["path"]),
                        str(item.get("title", "")),
                        str(item.get("team", "")),
                        str(item.get("date", "")),
                    )
                )
        return entries

    def add(self, path: Path, info: SessionInfo) -> None:
        path = Path(path).resolve()
        if is_untitled(path):
            return
        entry = Entry(path, info.title, info.team, info.date.isoformat())
        kept = [e for e in self.entries() if e.path != path]
        self._save([entry, *kept][:RECENT_LIMIT])

    def forget(self, path: Path) -> None:
        self._save([e for e in self.entries() if e.path != Path(path).resolve()])

    def _save(self, entries: list[Entry]) -> None:
        self.store.parent.mkdir(parents=True, exist_ok=True)
        data = [
            {"path": str(e.path), "title": e.title, "team": e.team, "date": e.date} for e in entries
        ]
        write_text(self.store, json.dumps(data, ensure_ascii=False, indent=1))


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        Path(path).unlink()
