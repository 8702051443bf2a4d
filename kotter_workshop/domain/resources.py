"""Finds the resources/ folder, in a checkout and in an installed wheel alike."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    """The folder holding the content pack, styles, icons and fonts.

    A wheel carries it inside the package (``kotter_workshop/resources``); a
    checkout keeps it beside the package (``resources/``). The PyInstaller
    bundle lays it out as the wheel does, under ``sys._MEIPASS``, where the
    frozen package's ``__file__`` points (packaging/kotter-workshop.spec).
    """
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "framework").is_dir():
            return candidate
    raise FileNotFoundError(f"The resources folder is missing beside {_PACKAGE}.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
