"""The real-window smoke run's tools: a private Xvfb, the app in it, real keys and clicks.

Everything here acts from outside the app's process, as a person at the
keyboard would: xdotool sends real X key and mouse events (XTEST), ImageMagick's
``import`` takes screenshots of the X screen, and tesseract reads them to find
the button a person would click. The app is the installed ``kotter-workshop``
on Qt's xcb platform, with its own HOME and XDG folders.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

WIDTH, HEIGHT = 1920, 1080
TIMEOUT = 20.0  # seconds any single wait may take: a hang fails in seconds, not in CI's 90 min

# What the app may write to stderr. Anything else is a failure: a Qt warning is a bug.
# Each entry is a regular expression matched against the whole line, with its reason.
ALLOWED_STDERR = (
    # README "Voting from phones": the app writes the phones' address to its log on
    # purpose, so a facilitator can read it without the QR code.
    r"kotter-workshop: phone voting (server )?at http://\S+/",
)
CRASH = "Something went wrong"  # the crash guard's dialog title and its stderr sentence


def grey_copy(png: Path, folder: Path, smooth: bool = False) -> Path:
    """A greyscale copy of ``png`` in ``folder``: in colour, tesseract skips dark text on the
    coloured notes, in grey it reads it; the letters keep their size.

    ``smooth`` also takes a median of each 3x3 pixels: it wipes out the dotted frame of
    a note being edited, which touches the text and hides it from tesseract, and keeps
    letters of slide size (not the small ones of a dialog).
    """
    grey = folder / png.name
    median = ["-statistic", "median", "3x3"] if smooth else []
    command = ["convert", str(png), "-colorspace", "Gray", *median, str(grey)]
    subprocess.run(command, check=True, timeout=60)
    return grey


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class SmokeFailure(Exception):
    """A check failed; the run stops at a failure that leaves nothing sensible to do."""


def unexpected_lines(lines: list[str]) -> list[str]:
    """The stderr lines no entry of ALLOWED_STDERR accounts for (blank lines included)."""
    return [line for line in lines if not any(re.fullmatch(p, line) for p in ALLOWED_STDERR)]


def wait_until(check, what: str, timeout: float = TIMEOUT, every: float = 0.1):
    """``check()``'s first true value, polled until ``timeout``; SmokeFailure names ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise SmokeFailure(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


def _free_display() -> int:
    for number in range(120, 400):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise SmokeFailure("no free X display number between :120 and :399")


@dataclass
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[int, int]:
        return self.left + self.width // 2, self.top + self.height // 2


class Display:
    """A private Xvfb screen of 1920x1080 and the X tools that act on it."""

    def __init__(self) -> None:
        self.number = _free_display()
        self.server = subprocess.Popen(
            # -noreset: by default the server resets when its last client leaves, and the
            # app started again at once after a quit or a kill may find no display.
            ["Xvfb", f":{self.number}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"]
            + ["-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.env = dict(os.environ, DISPLAY=f":{self.number}")
        socket = Path(f"/tmp/.X11-unix/X{self.number}")
        wait_until(lambda: socket.exists() or self.server.poll() is not None, "Xvfb to start")
        if self.server.poll() is not None:
            raise SmokeFailure(f"Xvfb :{self.number} exited at once")

    def close(self) -> None:
        self.server.terminate()
        try:
            self.server.wait(10)
        except subprocess.TimeoutExpired:
            self.server.kill()

    # -- X tools -------------------------------------------------------------------
    def run(self, *args: str, timeout: float = TIMEOUT, check: bool = True) -> str:
        result = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=timeout)
        if check and result.returncode != 0:
            raise SmokeFailure(f"{' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def windows(self) -> list[tuple[str, str]]:
        """The visible top-level windows with a name, as (id, name)."""
        ids = self.run("xdotool", "search", "--onlyvisible", "--name", ".", check=False).split()
        found = []
        for wid in ids:
            name = self.run("xdotool", "getwindowname", wid, check=False).strip()
            if name:
                found.append((wid, name))
        return found

    def window(self, pattern: str) -> str | None:
        """The id of a visible window whose name matches the regular expression ``pattern``."""
        return next((wid for wid, name in self.windows() if re.search(pattern, name)), None)

    def wait_window(self, pattern: str, timeout: float = TIMEOUT) -> str:
        return wait_until(lambda: self.window(pattern), f"a window named /{pattern}/", timeout)

    def wait_no_window(self, pattern: str, timeout: float = TIMEOUT) -> None:
        wait_until(lambda: self.window(pattern) is None, f"/{pattern}/ to close", timeout)

    def focus(self, wid: str) -> None:
        """Give ``wid`` the keyboard, as a click on it would (there is no window manager)."""
        self.run("xdotool", "windowfocus", "--sync", wid)

    def key(self, *keys: str, pause: float = 0.15) -> None:
        for key in keys:
            self.run("xdotool", "key", "--clearmodifiers", key)
            time.sleep(pause)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "40", text, timeout=TIMEOUT + len(text) * 0.1)

    def click(self, x: int, y: int) -> None:
        self.run("xdotool", "mousemove", str(x), str(y), "click", "1")

    def frame(self) -> bytes:
        """A hash of the screen's pixels, to tell when it has stopped changing."""
        raw = subprocess.run(
            ["import", "-window", "root", "-depth", "8", "rgb:-"],
            env=self.env,
            capture_output=True,
            timeout=TIMEOUT,
            check=True,
        ).stdout
        return hashlib.sha1(raw).digest()

    def settle(self, timeout: float = 4.0) -> None:
        """Wait until two looks at the screen, a quarter second apart, are the same."""
        last = self.frame()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(0.25)
            now = self.frame()
            if now == last:
                return
            last = now

    def shot(self, path: Path) -> Path:
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env, timeout=TIMEOUT, check=True
        )
        return path

    # -- reading the screen ------------------------------------------------------------
    @staticmethod
    def words(png: Path, smooth: bool = False) -> list[Word]:
        """The words tesseract reads in a grey copy of a screenshot, with their boxes."""
        with tempfile.TemporaryDirectory() as folder:
            grey = grey_copy(png, Path(folder), smooth)
            result = subprocess.run(
                ["tesseract", str(grey), "stdout", "--psm", "11", "tsv"],
                capture_output=True,
                text=True,
                timeout=120,
                env=dict(os.environ, OMP_THREAD_LIMIT="1"),
                check=True,
            )
        rows = csv.DictReader(result.stdout.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Word(r["text"], int(r["left"]), int(r["top"]), int(r["width"]), int(r["height"]))
            for r in rows
            # Low confidence too: a text cursor or an edit frame beside a word lowers it,
            # and a phrase is only found where its words' letters match (Display.find).
            if r["level"] == "5" and r["text"].strip() and float(r["conf"]) >= 10
        ]

    @staticmethod
    def find(words: list[Word], phrase: str, last: bool = False) -> Word | None:
        """The first word of ``phrase`` where its words follow each other on the screen.

        The next word of a phrase is the nearest one with its text to the right on the
        same line, or else at the start of one of the next lines, below where this line
        started (text wraps; tesseract may list two notes' lines interleaved). With
        ``last``, the lowest place: a dialog's buttons sit below its text.
        """

        def norm(text: str) -> str:
            return re.sub(r"\W", "", text.lower())

        wanted = [norm(w) for w in phrase.split()]

        def reads(word: Word, text: str) -> bool:
            """OCR's word is ``text``, or one letter off for three letters or more."""
            seen = norm(word.text)
            return seen == text or (len(text) >= 3 and _one_edit_apart(seen, text))

        def same_line(prev: Word, word: Word) -> bool:
            gap = word.left - prev.left - prev.width
            return abs(word.top - prev.top) < prev.height * 0.6 and 0 < gap < prev.height * 2

        def next_line(start: Word, prev: Word, word: Word) -> bool:
            """Below, within three lines, and starting where this line started (left-aligned)."""
            below = 0 < word.top - prev.top < prev.height * 3
            return below and abs(word.left - start.left) < prev.height * 1.5

        found = []
        for first in (w for w in words if reads(w, wanted[0])):
            prev = start = first
            for text in wanted[1:]:
                candidates = [w for w in words if reads(w, text)]
                after = [w for w in candidates if same_line(prev, w)]
                if not after:
                    after = [w for w in candidates if next_line(start, prev, w)]
                    start = min(after, key=lambda w: w.top) if after else start
                if not after:
                    break
                prev = min(after, key=lambda w: (w.top - prev.top, w.left))
            else:
                found.append(first)
        if not found:
            return None
        return max(found, key=lambda w: w.top) if last else found[0]

    def click_text(
        self, phrase: str, shot: Path, timeout: float = TIMEOUT, last: bool = False
    ) -> None:
        """Click the middle of ``phrase``'s first word where it shows, as a person would."""

        def look():
            return self.find(self.words(self.shot(shot)), phrase, last)

        word = wait_until(look, f"“{phrase}” on the screen", timeout, every=0.5)
        self.click(*word.centre)


class App:
    """One run of the installed app, its stderr kept in a file and read line by line."""

    def __init__(self, command: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        self._err = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=self._err, cwd=env["HOME"]
        )
        self._seen = 0

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def lines(self) -> list[str]:
        return self.log.read_text(encoding="utf-8", errors="replace").splitlines()

    def new_lines(self) -> list[str]:
        """The stderr lines written since the last call."""
        lines = self.lines()
        fresh, self._seen = lines[self._seen :], len(lines)
        return fresh

    def wait(self, timeout: float = TIMEOUT) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            raise SmokeFailure(f"the app did not exit within {timeout:.0f} s") from None
        finally:
            self._err.close()

    def kill9(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        self.process.wait(TIMEOUT)
        self._err.close()

    def stop(self) -> None:
        """End a run that is still going (after a failure), never leaving it behind."""
        if self.alive():
            self.process.kill()
            self.process.wait(10)
        self._err.close()


def phone(profile: Path):
    """Debian's headless chromium at a phone's size, with the project's flags."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "ui"))
    from browser import FLAGS
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let selenium fetch a driver
    options = webdriver.ChromeOptions()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        raise SmokeFailure("no browser: install Debian's chromium and chromium-driver")
    options.binary_location = chromium
    for flag in (*FLAGS, f"--user-data-dir={profile}", "--window-size=390,844"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    browser.set_page_load_timeout(TIMEOUT)  # selenium would wait 300 s for a hung page
    browser.set_script_timeout(TIMEOUT)
    return browser
