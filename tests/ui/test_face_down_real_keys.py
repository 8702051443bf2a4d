"""A note from a phone, face down, under a real keyboard: F2 and Enter open nothing and
the status bar says to press R; after R, F2 edits it. Keys come from outside the
process (xdotool) into the installed app on Qt's xcb platform in a private Xvfb."""

from __future__ import annotations

import datetime as dt
import json
import urllib.request

from test_language_real_keys import (  # smoke_kit's, and the x fixture
    APP,
    App,
    Facilitator,
    unexpected_lines,
    wait_until,
    x,  # noqa: F401
)

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.store import write_new_file
from kotter_workshop.ui.slides.process import NOTES

SECRET = "Secret until revealed"


class FreshFacilitator(Facilitator):
    """The app on a new session's file (no results, so no question at the start)."""

    def __init__(self, x, home) -> None:  # noqa: F811
        self.x, self.home = x, home
        self.file = home / "work" / "workshop.kotter"
        self.file.parent.mkdir(parents=True)
        info = SessionInfo(title="Team day", date=dt.date(2026, 11, 1))
        write_new_file(new_session(info), self.file)
        self.app = App([str(APP), str(self.file)], self.env(), home / "stderr.txt")

    def status_bar(self) -> str:
        self.x.settle()
        shot = self.x.shot(self.home / "window.png")
        return " ".join(w.text for w in self.x.words(shot))


def test_f2_on_a_face_down_phone_note_says_press_r_and_edits_after_it(x, tmp_path):  # noqa: F811
    me = FreshFacilitator(x, tmp_path / "home")
    try:
        me.window()
        while me.room() is None or not (
            me.room()[0].startswith("process:") and me.room()[1] == NOTES
        ):
            before = me.room()
            me.keys("Right")
            wait_until(lambda before=before: me.room() != before, "the next slide")
        me.keys("w")  # notes from phones on this board
        url = me.phones_url()
        with urllib.request.urlopen(url + "state", timeout=10) as answer:
            panel = json.load(answer)["board"]["panel"]
        body = json.dumps({"voter": "ph-" + "a" * 32, "panel": panel, "text": SECRET}).encode()
        request = urllib.request.Request(url + "note", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert answer.status == 200
        wait_until(lambda: SECRET in me.notes(), "the phone's note in the file")

        me.keys("ctrl+a", "F2")  # the only note, face down
        wait_until(lambda: "press R" in me.status_bar(), "the sentence in the status bar")
        assert SECRET not in me.status_bar()  # its text stays hidden
        me.keys("Return", "ctrl+Return")
        assert me.notes() == [SECRET]

        me.keys("r", "ctrl+a", "F2", "End")  # shown: F2 opens it
        me.x.type(" now")
        me.keys("ctrl+Return")
        wait_until(lambda: me.notes() == [SECRET + " now"], "the edit in the file")

        me.keys("ctrl+q")
        assert me.app.wait() == 0
        assert unexpected_lines(me.app.lines()) == []
    finally:
        me.app.stop()
