"""The floor for start-up: a bare PySide6 window, sized like the app's, painted once.

Prints ``window <epoch seconds>`` to stderr on the window's first Paint event
and quits, just as the app does under ``KOTTER_WORKSHOP_STARTUP_PROBE=quit``
(see ``kotter_workshop/ui/app.py``). ``bench_startup.py`` runs it.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _QuitAfterFirstPaint(QObject):
    def __init__(self, target, app: QApplication) -> None:
        super().__init__(target)
        self.app = app
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"window {time.time():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1280, 800)
    _QuitAfterFirstPaint(window, app)
    # The same geometry and state as the app's window (ui/app.py: run_app).
    window.setGeometry(window.screen().availableGeometry())
    window.showMaximized()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
