"""Starting the app: paint the window first, then load the session into it."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from . import settings as stored
from .i18n import install_language, system_language
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


def install_crash_guard(window) -> None:
    """No traceback reaches a user: an unexpected error becomes one sentence in a dialog.

    The full traceback goes to a log file in the user's log folder, for a bug
    report; the session itself is already saved, change by change.
    """
    import traceback  # seam: after paint

    def guard(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log = crash_log_path()
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as out:
                out.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
                out.writelines(traceback.format_exception(kind, error, trace))
        except OSError:
            pass
        document = getattr(getattr(window, "files", None), "document", None)
        saved = document is not None and getattr(document, "file", None) is not None
        sentence = (
            (
                QCoreApplication.translate(
                    "App",
                    "Something went wrong (%1). Your session is saved; the details are in %2.",
                )
                if saved  # only a session with a file is saved change by change
                else QCoreApplication.translate(
                    "App", "Something went wrong (%1). The details are in %2."
                )
            )
            .replace("%1", f"{kind.__name__}: {error}")
            .replace("%2", str(log))
        )
        print(f"kotter-workshop: {sentence}", file=sys.stderr)
        show_crash_dialog(window, sentence)

    sys.excepthook = guard
    return guard


def show_crash_dialog(window, sentence: str) -> None:
    """The "Something went wrong" dialog (the tests fail where it would show)."""
    QMessageBox.warning(window, QCoreApplication.translate("App", "Something went wrong"), sentence)


def crash_log_path() -> Path:
    import platformdirs  # seam: after paint

    return Path(platformdirs.user_log_dir("kotter-workshop", appauthor=False)) / "errors.log"


class FileOpenEvents(QObject):
    """Opens the files macOS hands the app: a double-click in Finder, Open With, the Dock.

    macOS sends these as a QFileOpenEvent rather than on the command line, also
    to start the app. One that arrives before the window has loaded waits, and
    opens once :meth:`ready` is called; later ones open at once, like File > Open.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.window: MainWindow | None = None
        self.waiting: list[Path] = []
        app.installEventFilter(self)

    def ready(self, window: MainWindow) -> None:
        self.window = window
        for path in self.waiting:
            window.files.open_path(path)
        self.waiting.clear()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = Path(event.file() or event.url().toLocalFile())
        if self.window is None:
            self.waiting.append(path)
        else:  # not inside the event filter: opening may show a dialog
            QTimer.singleShot(0, lambda window=self.window: window.files.open_path(path))
        return True


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
    settings = stored.load()
    install_language(settings.language or system_language())
    theme = Theme(settings.theme, settings.font_scale)
    theme.apply(app)
    window = MainWindow(theme, settings=settings)
    # Only macOS hands documents over as events; elsewhere an app-wide filter
    # would cost a Python call on every event for nothing.
    file_events = FileOpenEvents(app) if sys.platform == "darwin" else None
    quit_when_shown = os.environ.get(PROBE) == "quit"

    def load() -> None:
        from .keys import install_guard  # seam: after paint: it costs ~20 ms

        install_guard(app)
        install_crash_guard(window)
        if demo:
            window.files.open_demo()
        elif file is None or not window.files.open_path(file):
            window.show_start()
        if file_events is not None:
            file_events.ready(window)
        shown = window.deck.slide() if window.deck is not None else window.start
        _AfterFirstPaint(shown, "content", then=app.quit if quit_when_shown else None)

    # Paint the empty window first, so the user sees it at once; then load.
    _AfterFirstPaint(window, "window", then=load)
    window.setGeometry(window.screen().availableGeometry())
    window.showMaximized()
    code = app.exec()
    # The window has closed and the file with it: everything is on disk. Without this,
    # Python's last garbage collections walk every object the app made, which took
    # 0.3-0.7 s after the window had gone (benchmarks/bench_quit.py); frozen, they are
    # left to the process's end, and atexit handlers and flushing still run.
    gc.freeze()
    return code
