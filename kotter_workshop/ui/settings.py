"""The app's own preferences: theme, room font scale, language.

Kept as a small JSON file in the user's config folder (platformdirs), so a
facilitator's choices survive a restart; tests point the folder at a
temporary directory through the XDG variables. A missing or broken file
gives the defaults, never an error.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import platformdirs

from ..atomic import write_text

APP = "kotter-workshop"  # the same folder as the recent-files list (store/library.py)


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "settings.json"


@dataclass(frozen=True)
class Settings:
    theme: str = "light"
    font_scale: float = 1.0
    language: str = ""  # "" follows the system's language, when the app has it

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)


def load() -> Settings:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    kept: dict = {}
    for key in ("theme", "language"):
        if isinstance(data.get(key), str):
            kept[key] = data[key]
    scale = data.get("font_scale")
    if isinstance(scale, int | float) and not isinstance(scale, bool):
        kept["font_scale"] = float(scale)
    return Settings(**kept)


def save(settings: Settings) -> None:
    """Write the settings atomically; a read-only config folder just keeps them in memory."""
    path = settings_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(asdict(settings), indent=2))
