"""Modules imported on first use, so the window paints before heavy imports run."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType


class LazyModule:
    """Stands for a module and imports it when one of its names is first used."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str):
        if self._module is None:
            self._module = import_module(self._name)
        return getattr(self._module, attribute)
