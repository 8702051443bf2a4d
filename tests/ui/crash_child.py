"""A facilitator's app to kill: opens FILE, shows a process slide's results, starts the timer.

Run by test_crash_recovery.py as its own process: ``python crash_child.py FILE``. It
prints ``ready SLIDE PHASE SECONDS`` once the room's place and a second of the
timer are in the file, then waits to be killed (kill -9).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402

from kotter_workshop.ui.app import make_application  # noqa: E402
from kotter_workshop.ui.main_window import MainWindow  # noqa: E402
from kotter_workshop.ui.theme import Theme  # noqa: E402

SLIDE = "process:aligning-people"


def main() -> int:
    app = make_application()
    theme = Theme()
    theme.apply(app)
    window = MainWindow(theme)
    window.resize(1920, 1080)
    window.show()
    assert window.files.open_path(Path(sys.argv[1]), ask=False)
    navigation = window.scope.navigation
    navigation.go(navigation.keys.index(SLIDE))
    navigation.toggle_reveal()  # the results show, on the vote step
    window.scope.timer.start()

    def ready() -> None:
        seconds = window.scope.document.session.agenda_item(
            window.scope.timer.item_id
        ).actual_seconds
        print(f"ready {navigation.current_key} {navigation.phase} {seconds}", flush=True)

    QTimer.singleShot(1600, ready)  # the timer saves every second
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
