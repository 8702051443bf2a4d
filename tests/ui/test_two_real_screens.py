"""A real check of two screens: Xvfb with two screens, and the app on real xcb Qt.

Offscreen Qt has one screen, so the other presenting tests go through a seam.
This one starts Xvfb with ``-screen 0 1920x1080x24 -screen 1 1920x1080x24``,
runs the app's window in a child process, and asks where its windows are.
Skipped where Xvfb is not installed.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")

CHILD = """
from PySide6.QtCore import QTimer
from kotter_workshop.ui.app import make_application
from kotter_workshop.ui.keys import install_guard
from kotter_workshop.ui.main_window import MainWindow
from kotter_workshop.ui.theme import Theme

app = make_application()
theme = Theme()
theme.apply(app)
install_guard(app)
window = MainWindow(theme)
window.setGeometry(window.screen().availableGeometry())
window.showMaximized()
window.files.open_demo()

def report():
    projector = window.presenter.projector_window
    screens = app.screens()
    print("screens", len(screens))
    print("console", screens.index(window.screen()), window.stack.currentWidget().objectName())
    if projector is not None and projector.isVisible():
        print("projector", screens.index(projector.screen()), projector.isFullScreen(),
              projector.geometry() == projector.screen().geometry())
    window.presenter.swap()
    print("swapped", screens.index(window.screen()), screens.index(projector.screen()))
    app.quit()

QTimer.singleShot(2500, report)
app.exec()
"""


@pytest.fixture
def two_screen_display():
    number = next(n for n in range(150, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-screen", "1", "1920x1080x24"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket.exists():
            break
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(10)


def test_the_app_puts_the_console_and_the_projector_on_two_real_screens(two_screen_display):
    env = dict(os.environ, DISPLAY=two_screen_display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60
    )
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines.get("screens") == "2", result.stdout + result.stderr
    console_screen, page = lines["console"].split()
    projector_screen, full, filled = lines["projector"].split()
    assert page == "console"
    assert console_screen != projector_screen  # one window on each screen
    assert (full, filled) == ("True", "True")
    assert lines["swapped"] == f"{projector_screen} {console_screen}"  # Swap exchanges them
