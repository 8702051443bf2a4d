"""After View → Language → Deutsch and back, the keys still work: real keys, real window.

The installed app runs in a private Xvfb on Qt's xcb platform; xdotool types
from outside the process, as a facilitator's keyboard does. The menus are
opened with their Alt keys, the language is read off the menu bar (tesseract),
and what each key did is read where a facilitator would notice it: the slide
in the session file, the note in the file, the dialog on the screen, the
phones' page on its port, the exit code. Nothing may be printed on stderr but
the phones' address (``tools/smoke_kit.ALLOWED_STDERR``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.ui.slides.process import NOTES

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from smoke_kit import App, Display, unexpected_lines, wait_until  # noqa: E402

APP = Path(sys.executable).parent / "kotter-workshop"
NOTE = "Typed before undo"


@pytest.fixture
def x():
    display = Display()
    yield display
    display.close()


class Facilitator:
    """The app on ``x`` with a session file, and what a person at it sees."""

    def __init__(self, x: Display, home: Path) -> None:
        self.x, self.home = x, home
        self.file = home / "work" / "workshop.kotter"
        self.file.parent.mkdir(parents=True)
        write_new_file(demo_session(), self.file)
        self.app = App([str(APP), str(self.file)], self.env(), home / "stderr.txt")
        # the demo holds a group's results: the app asks, the facilitator continues it
        self.x.wait_window("^This session already has votes$")
        self.x.click_text("Continue this session", home / "asked.png", last=True)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in self.x.env.items() if not k.startswith(("QT_", "XDG_"))}
        runtime = self.home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_DATA_HOME=str(self.home / "data"),
            XDG_STATE_HOME=str(self.home / "state"),
            XDG_CACHE_HOME=str(self.home / "cache"),
            XDG_RUNTIME_DIR=str(runtime),
            QT_QPA_PLATFORM="xcb",
            LANG="C.UTF-8",
        )
        return env

    def window(self) -> str:
        assert self.app.alive(), self.app.lines()
        return self.x.wait_window(re.escape(f"({self.file.name})"))

    def keys(self, *keys: str) -> None:
        """Keys to the main window, which first gets the keyboard (no window manager)."""
        self.x.focus(self.window())
        self.x.key(*keys, pause=0.3)

    def phones_url(self) -> str:
        """The phones' address the app names on stderr, reached on loopback."""
        said = wait_until(
            lambda: next(
                (
                    m
                    for line in self.app.lines()
                    if (m := re.search(r"at http://[^/:]+:(\d+)/(\S+)", line))
                ),
                None,
            ),
            "the phones' address on stderr",
        )
        return f"http://127.0.0.1:{said.group(1)}/{said.group(2)}"

    def menu_bar(self) -> list[str]:
        """The words of the menu bar, read off the screen."""
        self.x.settle()
        shot = self.home / "menu-bar.png"
        subprocess.run(
            ["import", "-window", "root", "-crop", "1280x60+0+0", str(shot)],
            env=self.x.env,
            check=True,
            timeout=20,
        )
        return [re.sub(r"\W", "", w.text) for w in self.x.words(shot)]

    def room(self) -> tuple[str, int] | None:
        """The slide and step the room sees, as the app keeps them in the file."""
        with open_session_file(self.file, read_only=True) as opened:
            state = opened.room()
        return None if state is None else (state.slide, state.phase)

    def notes(self) -> list[str]:
        out = self.home / "export.json"
        command = [str(APP), "export", str(self.file), "--json", str(out)]
        subprocess.run(command, env=self.env(), check=True, timeout=60, capture_output=True)
        panels = json.loads(out.read_text(encoding="utf-8"))["panels"]
        return [note["text"] for panel in panels for note in panel["notes"]]


def test_after_german_and_back_every_key_works_from_a_real_keyboard(x, tmp_path):
    me = Facilitator(x, tmp_path / "home")
    try:
        me.window()
        wait_until(lambda: "File" in me.menu_bar(), "the English menu bar")
        me.keys("alt+v", "g", "Down", "Return")  # View → Language → Deutsch
        wait_until(lambda: "Datei" in me.menu_bar(), "the German menu bar")
        me.keys("alt+a", "p", "Return")  # Ansicht → Sprache → English
        wait_until(lambda: "File" in me.menu_bar(), "the English menu bar again")

        # Right and Left move the room's slide (the file keeps where the room is)
        me.keys("Right")
        first = wait_until(me.room, "the slide in the file")
        me.keys("Right")
        wait_until(lambda: me.room() not in (None, first), "Right to move on")
        me.keys("Left")
        wait_until(lambda: me.room() == first, "Left to come back")

        # a note typed on the first process's panel (N, its text, Ctrl+Return): the boards
        # rebuilt in the new language take notes; then Ctrl+Z takes it away
        while not (me.room()[0].startswith("process:") and me.room()[1] == NOTES):
            before = me.room()
            me.keys("Right")
            wait_until(lambda before=before: me.room() != before, "the next slide")
        me.keys("n")
        me.x.type(NOTE)
        me.keys("ctrl+Return")
        wait_until(lambda: NOTE in me.notes(), "the typed note in the file")
        me.keys("ctrl+z")
        wait_until(lambda: NOTE not in me.notes(), "Ctrl+Z to undo the note")

        # Ctrl+N and Ctrl+O open their dialogs (Esc closes them)
        for keys, dialog in (("ctrl+n", "^New session$"), ("ctrl+o", "^Open a session$")):
            me.keys(keys)
            me.x.focus(me.x.wait_window(dialog))
            me.x.key("Escape")
            me.x.wait_no_window(dialog)

        # V opens phone voting, and its server answers on the port it names
        me.keys("v")
        url = me.phones_url()
        with urllib.request.urlopen(url, timeout=10) as page:  # loopback only
            assert page.status == 200
        me.keys("v")

        me.keys("ctrl+q")
        assert me.app.wait() == 0
        assert unexpected_lines(me.app.lines()) == []
    finally:
        me.app.stop()
