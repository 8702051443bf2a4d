"""The app's lazy imports: three named seams, and nowhere else.

Every import is at the top of its module (so import-linter sees the real
graph), except at these seams, where the start-up benchmark
(``benchmarks/bench_startup.py``: the window ≤ 1.5×, the first slide ≤ 2.5× a
bare window) shows a cost worth deferring. Each such import carries its seam's
name in a comment, ``# seam: <name>``, and ``tests/test_architecture.py``
fails on a function-local import without one:

- ``seam: command`` (``cli.py``): a command loads only what it uses. The
  window's Qt loads only for the window; ``export`` and ``import`` load the
  store, the interchange and the writers they need, never Qt.
- ``seam: after paint``: what the window's first paint does not need loads
  after it. The frame (menus, status bar) paints first; the session's parts
  (file workflows, the scope, slides, presenter, console, start screen) and
  the key and crash guards load on the first turn of the event loop after
  that paint; a board (``whiteboard``, ~100 ms) with the first slide that has
  one; the join card and a dialog (templates, compare, participants) when
  they first open.
- ``seam: library``: a heavy library loads when its feature is first used.
  SQLAlchemy (``store``, ~250 ms) with the first file opened, saved or listed
  (``LazyModule`` below, in ``files/workflows.py``; ``RoomState`` in
  ``presenting/room_keeper.py``); aiohttp (the phone server) on the first V;
  the QR code (segno) with the first join card; reportlab with the first PDF
  (``export/__init__.py``); the PDF and HTML writers with the first export;
  jsonschema with the first JSON import; the right-to-left shaping with the
  first right-to-left text.

Not seams, and marked so: ``# platform`` (an operating system's own module,
such as ``fcntl``) and ``# cycle`` (two modules of ``export/`` that import
each other; the import in a function breaks the cycle).
"""

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
