#!/usr/bin/env python3
"""A facilitator's whole workshop in a real X window, driven from outside the app.

    .venv/bin/python tools/smoke_run.py [--out DIR] [--textsize PATH] [--app PATH]

The installed ``kotter-workshop`` runs under a private Xvfb (1920x1080) on Qt's
xcb platform, with its own HOME and XDG folders, and is driven by real key
and mouse events (xdotool): a new session from the start screen, every slide
presented full screen, tally votes, notes typed and edited, a phone vote from
headless chromium, the PDF exported through File > Export, quit, reopen, kill
-9 mid-session, reopen; then the command line's JSON export must hold every
vote and note. A screenshot of each step is kept in the folder the run prints.

It fails (exit 1) on any stderr line ALLOWED_STDERR does not name, a crash
dialog, an exit code other than 0 on quit, typed note text that does not show
while it is typed, lost work, and any text that ../shared/tools/textsize reads
below 32 px on a projected slide. Each wait is bounded (smoke_kit.TIMEOUT).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from smoke_kit import (
    CRASH,
    App,
    Display,
    SmokeFailure,
    grey_copy,
    phone,
    unexpected_lines,
    wait_until,
)

ROOT = Path(__file__).resolve().parent.parent
MAIN = r"^Kotter Workshop"  # the main window's title; dialogs have their own
TITLE, TEAM = "Smoke team day", "Platform team"
FIRST_NOTES = ("Share the vision weekly", "Ask the team monthly")  # the first process's panel
EDIT = " and listen"  # added to the second note with F2
PARKING_NOTES = ("Budget cycle too slow", "Hiring freeze")
WINDOW_NOTE = "Typed in the window"  # on the parking lot, not full screen
LATE_NOTE, DRAFT = "Added after reopening", "Draft before the crash"
FIRST_TALLY = ("4", "4", "3", "5", "2", "a")  # a abstains
PHONE_VALUE = 4
LATE_VOTE = "1"  # on the second process, after the first reopen, before kill -9


def _crisp(shot: Path, x: int, y: int, size: int) -> bool:
    """Whether the line textsize read at ``x, y`` is drawn in pure black and white only.

    The join card's QR code is: its modules have no antialiased edges. Text always has
    them (about one grey pixel for every two or five of ink, measured on the slides), so
    a reading there (tesseract once read "all" in the QR's random modules) is not text.
    """
    from PIL import Image  # reportlab's dependency, in the app's environment

    with Image.open(shot) as image:
        box = image.convert("L").crop((x, y, x + 3 * size, y + size)).tobytes()
    ink = sum(1 for p in box if p < 128)
    grey = sum(1 for p in box if 40 < p < 215)
    return ink > 0 and grey < 0.02 * ink


class Run:
    """The steps, their screenshots, and every failure they found."""

    def __init__(self, out: Path, textsize: Path, app: Path) -> None:
        self.out, self.textsize, self.app_path = out, textsize, app
        self.shots = out / "screenshots"
        self.work = out / "work"
        self.home = out / "home"
        for folder in (self.shots, self.work, self.home):
            folder.mkdir(parents=True, exist_ok=True)
        self.file = self.work / "workshop.kotter"
        self.failures: list[str] = []
        self.stderr: dict[str, list[str]] = {}  # each unexpected line, and the steps it came in
        self.sizes: list[tuple[str, Future]] = []
        self.pool = ThreadPoolExecutor(max_workers=2)
        self.count = 0
        self.x = Display()
        self.app: App | None = None
        self.launches = 0

    # -- the app -------------------------------------------------------------------------
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

    def launch(self, *args: str) -> App:
        self.launches += 1
        log = self.out / f"app-{self.launches}.stderr.txt"
        self.app = App([str(self.app_path), *args], self.env(), log)
        return self.app

    def main_window(self) -> str:
        return wait_until(lambda: self.running() and self.x.window(MAIN), "the main window")

    def running(self) -> bool:
        """True while the app runs; its end, with the last thing it said, stops the run."""
        if self.app is not None and not self.app.alive():
            said = (self.app.lines() or ["nothing"])[-1]
            code = self.app.process.returncode
            raise SmokeFailure(f"the app exited (exit code {code}); its last line: {said}")
        return True

    def keys(self, *keys: str) -> None:
        """Keys to the main window, which first gets the keyboard (no window manager here)."""
        self.x.focus(self.main_window())
        self.x.key(*keys)

    # -- steps and checks ----------------------------------------------------------------
    def step(self, name: str, slide: bool = False) -> Path:
        """After an action: screenshot, the crash checks, stderr; textsize on a slide."""
        self.count += 1
        self.x.settle()
        shot = self.x.shot(self.shots / f"{self.count:02d}-{name}.png")
        print(f"smoke: {self.count:02d} {name}", flush=True)
        self.check_app(name)
        if slide:
            self.sizes.append((shot.name, self.pool.submit(self.measure, shot)))
        return shot

    def check_app(self, name: str, quitting: bool = False) -> None:
        app = self.app
        if app is None:
            return
        bad = unexpected_lines(app.new_lines())
        for line in bad:
            self.stderr.setdefault(line, []).append(name)
        if self.x.window(CRASH) or any(CRASH in line for line in bad):
            raise SmokeFailure(f"{name}: the crash dialog showed (“{CRASH}”)")
        if not quitting and not app.alive():
            raise SmokeFailure(f"{name}: the app died (exit code {app.process.returncode})")

    def measure(self, shot: Path) -> tuple[float | None, list[str]]:
        """textsize's smallest line on a projected slide, and the lines it found too small."""
        with tempfile.TemporaryDirectory() as folder:
            result = subprocess.run(
                [sys.executable, str(self.textsize), str(grey_copy(shot, Path(folder)))],
                capture_output=True,
                text=True,
                timeout=180,
                env=dict(os.environ, OMP_THREAD_LIMIT="1"),
            )
        lines, crisp = [], []
        for line in result.stdout.splitlines():
            if m := re.match(r"\s*(\d+) px\s+at (\d+),(\d+)", line):
                size, x, y = (int(g) for g in m.groups())
                (crisp if _crisp(shot, x, y, size) else lines).append((size, line.strip()))
        note = "".join(f"not text (crisp pixels, the QR code): {line}\n" for _, line in crisp)
        (shot.with_suffix(".textsize.txt")).write_text(result.stdout + result.stderr + note)
        small = [line for size, line in lines if size < 31]
        if result.returncode not in (0, 1):
            small.append(f"textsize failed: {result.stderr.strip()[-300:]}")
        return (float(min(size for size, _ in lines)) if lines else None), small

    def shows(self, shot: Path, phrase: str) -> bool:
        """Whether tesseract reads ``phrase`` in the screenshot, plain or smoothed."""
        return any(self.x.find(self.x.words(shot, smooth), phrase) for smooth in (False, True))

    def expect_shown(self, name: str, phrase: str) -> None:
        """The typed text must show on the slide (tesseract reads it from the screenshot)."""
        shot = self.shots / f"{self.count:02d}-{name}.png"
        if not self.shows(shot, phrase):
            self.failures.append(f"{name}: “{phrase}” does not show on the screen")

    # -- the workshop --------------------------------------------------------------------
    def new_session(self) -> None:
        self.launch()
        self.main_window()
        self.x.click_text("New session", self.shots / "00-start-screen.png")
        dialog = self.x.wait_window("^New session$")
        self.step("new-session-dialog")
        self.x.focus(dialog)
        self.x.type(TITLE)
        self.x.key("Tab")
        self.x.type(TEAM)
        self.step("new-session-typed")
        self.x.key("Return")
        self.x.wait_window(re.escape(TITLE))
        self.step("new-session")
        self.keys("ctrl+shift+s")
        self.type_path("^Save session as$", self.file)
        self.x.wait_window(re.escape(f"({self.file.name})"))
        self.step("saved-as")

    def type_path(self, dialog: str, path: Path) -> None:
        """A file dialog: its name field gets the whole path, typed, then Return."""
        self.x.focus(self.x.wait_window(dialog))
        self.step("file-dialog")
        self.x.key("ctrl+a")
        self.x.type(str(path))
        self.x.key("Return")
        self.x.wait_no_window(dialog)

    def steps(self) -> list[tuple[str, int]]:
        """Every (slide, step) the deck shows, from the file's agenda and each slide's steps."""
        from kotter_workshop.domain.agenda import slides_of
        from kotter_workshop.domain.model import AgendaItem
        from kotter_workshop.ui.slides.kinds import slide_kind

        items = [
            AgendaItem(i["title"], tuple(i["slides"]), i["planned_seconds"])
            for i in self.export_json()["agenda"]
        ]
        return [(key, p) for key in slides_of(items) for p in range(slide_kind(key).phase_count)]

    def export_json(self) -> dict:
        out = self.work / "export.json"
        command = [str(self.app_path), "export", str(self.file), "--json", str(out)]
        subprocess.run(command, env=self.env(), check=True, timeout=60, capture_output=True)
        return json.loads(out.read_text(encoding="utf-8"))

    def present_every_slide(self) -> None:
        from kotter_workshop.ui.slides.process import NOTES, VOTE

        steps = self.steps()
        self.keys("F5")
        processes = [key for key, phase in steps if phase == VOTE and key.startswith("process:")]
        for n, (key, phase) in enumerate(steps):
            name = f"slide-{key.replace('process:', '')}-{phase}"
            self.step(name, slide=True)
            if key.startswith("process:") and phase == VOTE:
                self.vote(key, processes.index(key), name)
            if key == "summary" and phase == 0:
                self.keys("r")  # the room's results, revealed
                self.step(f"{name}-revealed", slide=True)
            if (key == processes[0] and phase == NOTES) or key == "parking":
                self.notes(name, FIRST_NOTES if key != "parking" else PARKING_NOTES)
            if n + 1 < len(steps):
                self.keys("Right")
        self.keys("Escape", "Left")
        self.step("parking-in-the-window")
        self.keys("n")  # the same on the window a facilitator prepares in
        self.x.type(WINDOW_NOTE)
        self.step("parking-in-the-window-typing")
        self.expect_shown("parking-in-the-window-typing", WINDOW_NOTE)
        self.keys("ctrl+Return", "F2", "End")
        self.x.type(EDIT)
        self.step("parking-in-the-window-editing")
        self.expect_shown("parking-in-the-window-editing", WINDOW_NOTE.split()[-1] + EDIT)
        self.keys("ctrl+Return")
        self.step("parking-in-the-window-edited")

    def vote(self, key: str, index: int, name: str) -> None:
        tally = FIRST_TALLY if index == 0 else (str(2 + index % 4), str(1 + index % 5))
        self.keys(*tally)
        self.step(f"{name}-tally", slide=True)
        if index == 0:
            self.phone_vote(name)
        self.keys("r")
        self.step(f"{name}-revealed", slide=True)

    def phone_vote(self, name: str) -> None:
        """V opens voting; a phone (headless chromium) votes on the address the app logs."""
        self.keys("v")
        pattern = re.compile(r"phone voting at http://[^/:]+:(\d+)/(\S+)")
        match = wait_until(
            lambda: next(filter(None, map(pattern.search, self.app.lines())), None),
            "the phone address on stderr",
        )
        self.step(f"{name}-phone-voting-open", slide=True)
        # Loopback only: the same server, reached on 127.0.0.1 rather than the Wi-Fi address.
        url = f"http://127.0.0.1:{match.group(1)}/{match.group(2)}"
        browser = phone(self.out / "chromium-profile")
        from selenium.common.exceptions import WebDriverException

        def page(script: str):
            """What the page says now; None while it redraws (its elements then go stale)."""
            try:
                return browser.execute_script(script)
            except WebDriverException:
                return None

        button = f"document.querySelector('button[data-value=\"{PHONE_VALUE}\"]')"
        try:
            browser.get(url)
            wait_until(lambda: page(f"return {button} !== null"), "the phone's buttons")
            wait_until(lambda: page(f"{button}.click(); return true"), "a tap on the phone")
            wait_until(
                lambda: f"Your vote: {PHONE_VALUE}" in (page(ARTICLE) or ""),
                "the phone to hear its vote was received",
            )
            browser.save_screenshot(str(self.shots / f"{self.count + 1:02d}-phone.png"))
            self.step(f"{name}-phone-voted", slide=True)
            self.keys("v")
            wait_until(
                lambda: "Waiting" in (page(WAITING) or ""), "the phone to wait for the next vote"
            )
        finally:
            browser.quit()
        self.step(f"{name}-phone-voting-closed", slide=True)

    def notes(self, name: str, texts: tuple[str, str]) -> None:
        """N, type, Ctrl+Return, twice; then F2 edits the second note. Typed text must show."""
        for i, text in enumerate(texts):
            self.keys("n")
            self.x.type(text)
            self.step(f"{name}-typing-{i + 1}", slide=True)
            self.expect_shown(f"{name}-typing-{i + 1}", text)
            self.keys("ctrl+Return")
            self.step(f"{name}-note-{i + 1}", slide=True)
            self.expect_shown(f"{name}-note-{i + 1}", text)
        if texts is FIRST_NOTES:
            self.keys("F2", "End")
            self.x.type(EDIT)
            self.step(f"{name}-editing", slide=True)
            self.expect_shown(f"{name}-editing", texts[1].split()[-1] + EDIT)
            self.keys("ctrl+Return")
            self.step(f"{name}-edited", slide=True)

    def export_pdf(self) -> None:
        self.keys("alt+f")
        self.step("file-menu")
        self.x.key("e")
        pdf = self.work / "summary.pdf"
        self.type_path("^Export the PDF summary$", pdf)
        self.x.focus(self.x.wait_window("^PDF summary saved$", timeout=60))
        self.step("pdf-saved")
        self.x.key("Escape")
        self.x.wait_no_window("^PDF summary saved$")
        from pypdf import PdfReader

        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        text = " ".join(text.split())
        for wanted in (TITLE, FIRST_NOTES[0]):
            if wanted not in text:
                self.failures.append(f"the PDF summary lacks “{wanted}”")

    def quit(self, name: str) -> None:
        self.x.focus(self.main_window())
        started = time.monotonic()
        self.x.key("ctrl+q")
        code = self.app.wait(TIMEOUT_QUIT)
        print(f"smoke: {name} in {time.monotonic() - started:.1f} s, exit code {code}")
        self.check_app(name, quitting=True)
        if code != 0:
            self.failures.append(f"{name}: exit code {code} on Ctrl+Q, not 0")

    def reopen(self, name: str, after_a_crash: bool = False) -> None:
        """Open the file as a double-click would; a question about it is answered Continue.

        After a crash Continue is the default button, so Enter answers, as a facilitator
        who reads "recovered" would press it; otherwise the button is clicked.
        """
        self.launch(str(self.file))
        titled = re.escape(f"({self.file.name})")

        def ready():
            self.running()
            others = [n for _, n in self.x.windows() if not re.search(MAIN, n)]
            return "asked" if others else self.x.window(titled)

        if wait_until(ready, "the reopened session or a question about it") == "asked":
            shot = self.step(f"{name}-asked")
            if after_a_crash:
                dialog = next(w for w, n in self.x.windows() if not re.search(MAIN, n))
                self.x.focus(dialog)
                self.x.key("Return")
            else:
                self.x.click_text("Continue", shot, last=True)
            self.x.wait_window(titled)
        self.step(name)

    def go_to(self, key: str, phase: int) -> None:
        """Present from the start and step to ``key`` at ``phase``."""
        index = self.steps().index((key, phase))
        self.keys("F5", *["Right"] * index)

    def after_reopening(self) -> None:
        """More work, then kill -9 with a note half typed."""
        from kotter_workshop.ui.slides.process import VOTE

        second = [k for k, p in self.steps() if k.startswith("process:") and p == VOTE][1]
        self.go_to(second, VOTE)
        self.keys(LATE_VOTE)
        self.step("reopened-late-vote", slide=True)
        self.go_to("parking", 0)
        self.keys("n")
        self.x.type(LATE_NOTE)
        self.keys("ctrl+Return")
        self.step("reopened-late-note", slide=True)
        self.keys("n")
        self.x.type(DRAFT)
        time.sleep(2.5)  # README: text being typed is kept as a draft within a second
        self.step("draft-typed", slide=True)
        self.app.kill9()
        print(f"smoke: killed the app (pid {self.app.pid}) with SIGKILL")

    def check_work(self) -> None:
        """The command line's JSON export holds every vote and note of the run."""
        data = self.export_json()
        (self.out / "final.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
        first, second = [p["id"] for p in data["processes"]][:2]
        ballots = data["ballots"]
        values = sorted(
            str(b["value"]) for b in ballots if b["process"] == first and not b.get("participant")
        )
        want = sorted("None" if v == "a" else v for v in FIRST_TALLY)
        if values != want:
            self.failures.append(f"tally votes on {first}: {values}, not {want}")
        phones = [b for b in ballots if b["process"] == first and b.get("participant")]
        if [b["value"] for b in phones] != [PHONE_VALUE]:
            self.failures.append(f"the phone's ballot on {first} is missing: {phones}")
        if not any(b["process"] == second and str(b["value"]) == LATE_VOTE for b in ballots):
            self.failures.append(f"the vote after reopening ({LATE_VOTE} on {second}) is lost")
        notes = {n["text"] for panel in data["panels"] for n in panel["notes"]}
        wanted = {FIRST_NOTES[0], FIRST_NOTES[1] + EDIT, *PARKING_NOTES, WINDOW_NOTE + EDIT}
        wanted.add(LATE_NOTE)
        if missing := sorted(wanted - notes):
            self.failures.append(f"notes lost: {missing} (the file has {sorted(notes)})")

    def workshop(self) -> None:
        self.new_session()
        self.present_every_slide()
        self.export_pdf()
        self.quit("quit")
        self.reopen("reopened")
        self.after_reopening()
        self.reopen("reopened-after-kill", after_a_crash=True)
        self.go_to("parking", 0)
        # Not measured: were a reopened board to open the restored draft for editing, the
        # keys above would type into it and leave the window as it is, menus and all.
        shot = self.step("parking-after-kill")
        if not self.shows(shot, LATE_NOTE):
            self.failures.append(f"after kill -9 the parking lot does not show “{LATE_NOTE}”")
        if not self.shows(shot, DRAFT):
            self.failures.append(f"after kill -9 the draft “{DRAFT}” does not show")
        self.keys("Escape")
        self.quit("quit-after-kill")
        self.check_work()

    def finish(self) -> int:
        smallest: tuple[float, str] | None = None
        for name, future in self.sizes:
            size, small = future.result()
            for line in small:
                self.failures.append(f"{name}: textsize below 32 px: {line}")
            if size is not None and (smallest is None or size < smallest[0]):
                smallest = (size, name)
        self.pool.shutdown()
        for line, steps in self.stderr.items():
            where = ", ".join(dict.fromkeys(steps))
            self.failures.append(f"stderr ({len(steps)}x, in {where}): {line}")
        if smallest:
            print(
                f"smoke: smallest text on a projected slide: {smallest[0]:.0f} px ({smallest[1]})"
            )
        for failure in self.failures:
            print(f"smoke: FAIL {failure}", file=sys.stderr)
        print(f"smoke: screenshots in {self.shots}")
        return 1 if self.failures else 0


TIMEOUT_QUIT = 10.0
ARTICLE = "return [...document.querySelectorAll('article')].map(a => a.innerText).join(' ')"
WAITING = "return document.getElementById('waiting').innerText"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, help="where screenshots go (default: a new temp folder)"
    )
    parser.add_argument(
        "--textsize", type=Path, default=ROOT.parent / "shared" / "tools" / "textsize"
    )
    parser.add_argument("--app", type=Path, default=Path(sys.executable).parent / "kotter-workshop")
    args = parser.parse_args()
    if not args.textsize.exists():
        print(f"smoke: no textsize at {args.textsize} (give --textsize)", file=sys.stderr)
        return 1
    out = args.out or Path(tempfile.mkdtemp(prefix="kotter-smoke-"))
    started = time.monotonic()
    run = Run(out, args.textsize, args.app)
    print(f"smoke: screenshots in {run.shots}", flush=True)
    try:
        run.workshop()
    except Exception as exc:  # noqa: BLE001 - whatever stops the run is reported, then it fails
        run.failures.append(f"stopped after step {run.count}: {type(exc).__name__}: {exc}")
        try:
            run.x.shot(run.shots / f"{run.count + 1:02d}-stopped.png")
        except (subprocess.SubprocessError, OSError) as shot_error:
            print(f"smoke: no screenshot of the stop: {shot_error}", file=sys.stderr)
    finally:
        if run.app is not None:
            run.app.stop()
        run.x.close()
    status = run.finish()
    print(f"smoke: {'FAILED' if status else 'passed'} in {time.monotonic() - started:.0f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
