"""Starting the app: paint the window first, then load the session into it."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .. import __version__
from .main_window import MainWindow
from .theme import Theme

# Benchmarks set this to learn when the window and the content first paint.
PROBE = "KOTTER_WORKSHOP_STARTUP_PROBE"


class _AfterFirstPaint(QObject):
    """Runs ``then`` once ``target`` has painted; with the probe on, says when."""

    def __init__(self, target, tag: str, then=None) -> None:
        super().__init__(target)
        self.tag, self.then = tag, then
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if os.environ.get(PROBE):
                print(f"{self.tag} {time.time():.6f}", file=sys.stderr, flush=True)
            if self.then:
                QTimer.singleShot(0, self.then)
        return False


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kotter Workshop")
    app.setOrganizationName("Kotter Workshop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("kotter-workshop")
    return app


def run_app(file: Path | None = None, demo: bool = False) -> int:
    """Show the window at once, then load the session on the first turn of the event loop."""
    app = make_application()
    theme = Theme()
    theme.apply(app)
    window = MainWindow(theme)
    quit_when_shown = os.environ.get(PROBE) == "quit"

    def load() -> None:
        from .keys import install_guard  # after the first paint: it costs ~20 ms

        install_guard(app)
        if demo:
            window.files.open_demo()
        elif file is None or not window.files.open_path(file):
            window.show_start()
        shown = window.deck.slide() if window.deck is not None else window.start
        _AfterFirstPaint(shown, "content", then=app.quit if quit_when_shown else None)

    # Paint the empty window first, so the user sees it at once; then load.
    _AfterFirstPaint(window, "window", then=load)
    window.setGeometry(window.screen().availableGeometry())
    window.showMaximized()
    return app.exec()
