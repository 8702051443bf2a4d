"""Start-up time of the app against a bare PySide6 window, measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--runs N] [--platform offscreen|xcb]

Each round spawns ``benchmarks/bare_window.py`` and then
``python -m kotter_workshop --demo`` with ``KOTTER_WORKSHOP_STARTUP_PROBE=quit``.
Both print ``window <epoch>`` on the first paint of their window; the app also
prints ``content <epoch>`` when the first slide of the session first paints,
then quits. Times run from just before ``Popen`` (``time.time()`` in this
process) to each printed timestamp. One warm-up round is not counted.

Goals (PRODUCT.md): app window ≤ 1.5× the bare window, app content ≤ 2.5×.

A last run under ``-X importtime`` lists what is imported before the first
paint and before the content, to show what could be made lazy.

Measured, not asserted (DESIGN.md): this prints a markdown report and exits 0
unless a process fails to report.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BARE = HERE / "bare_window.py"
PROBE = "KOTTER_WORKSHOP_STARTUP_PROBE"
GOALS = {"window": 1.5, "content": 2.5}
TIMEOUT_S = 60
STAMP = re.compile(r"^(window|content) (\d+(?:\.\d+)?)\s*$")
IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")


class ProbeError(RuntimeError):
    """A process exited, or timed out, without printing the timestamps we wait for."""


@dataclass
class Run:
    marks: dict[str, float]  # "window"/"content" -> seconds since just before Popen
    exited: float  # seconds until the process had exited
    stderr: str


def child_env(platform_name: str, home: Path, probe: bool) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform_name
    # An installed app starts from bytecode: pip compiles every module it
    # installs. Some machines (this one) set PYTHONDONTWRITEBYTECODE, which would
    # make a checkout compile its modules from source on every start, ~40 ms that
    # no user pays. The warm-up round writes the .pyc files instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The app must not read or write the real user's settings and data.
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / sub)
    if probe:
        env[PROBE] = "quit"
    else:
        env.pop(PROBE, None)
    return env


def spawn(argv: list[str], env: dict[str, str], expect: tuple[str, ...]) -> Run:
    start = time.time()
    proc = subprocess.Popen(
        argv,
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, stderr = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
        raise ProbeError(f"{' '.join(argv)} did not quit within {TIMEOUT_S} s:\n{stderr}") from None
    exited = time.time() - start
    marks = {}
    for line in stderr.splitlines():
        match = STAMP.match(line.strip())
        if match and match[1] not in marks:
            marks[match[1]] = float(match[2]) - start
    missing = [tag for tag in expect if tag not in marks]
    if missing or proc.returncode != 0:
        raise ProbeError(
            f"{' '.join(argv)} exited with {proc.returncode}, "
            f"missing {missing or 'nothing'}:\n{stderr[-2000:]}"
        )
    return Run(marks, exited, stderr)


@dataclass
class Series:
    label: str
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def row(self, bare_median: float | None = None, goal: float | None = None) -> str:
        ms = [v * 1000 for v in self.values]
        stdev = statistics.stdev(ms) if len(ms) > 1 else 0.0
        ratio = verdict = ""
        if bare_median:
            r = self.median / bare_median
            ratio = f"{r:.2f}×"
            if goal:
                verdict = f"≤ {goal}×: {'met' if r <= goal else 'MISSED'}"
        return (
            f"| {self.label} | {statistics.median(ms):.0f} | {min(ms):.0f} | {max(ms):.0f} "
            f"| {stdev:.0f} | {ratio} | {verdict} |"
        )


def pyside_version() -> str:
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "?"


def measure(python: str, platform_name: str, runs: int) -> dict[str, Series]:
    series = {
        key: Series(label)
        for key, label in (
            ("bare.window", "bare window: first paint"),
            ("app.window", "app: window first paint"),
            ("app.content", "app: first slide painted"),
            ("bare.exit", "bare window: process exited"),
            ("app.exit", "app: process exited"),
        )
    }
    bare_argv = [python, str(BARE)]
    app_argv = [python, "-m", "kotter_workshop", "--demo"]
    with tempfile.TemporaryDirectory(prefix="kotter-bench-") as tmp:
        bare_env = child_env(platform_name, Path(tmp), probe=False)
        app_env = child_env(platform_name, Path(tmp), probe=True)
        for round_no in range(runs + 1):  # round 0 warms the disk cache and .pyc files
            bare = spawn(bare_argv, bare_env, ("window",))
            app = spawn(app_argv, app_env, ("window", "content"))
            if round_no == 0:
                continue
            series["bare.window"].values.append(bare.marks["window"])
            series["bare.exit"].values.append(bare.exited)
            series["app.window"].values.append(app.marks["window"])
            series["app.content"].values.append(app.marks["content"])
            series["app.exit"].values.append(app.exited)
            print(
                f"  round {round_no}/{runs}: bare {bare.marks['window'] * 1000:.0f} ms, "
                f"app window {app.marks['window'] * 1000:.0f} ms, "
                f"content {app.marks['content'] * 1000:.0f} ms",
                file=sys.stderr,
            )
    return series


@dataclass
class ImportPhase:
    modules: int = 0
    self_us: int = 0
    by_package: dict[str, int] = field(default_factory=dict)
    top_level: list[tuple[int, str]] = field(default_factory=list)  # (cumulative µs, name)
    own: list[tuple[int, str]] = field(default_factory=list)  # (self µs, name)


def import_profile(argv: list[str], env: dict[str, str], expect: tuple[str, ...]) -> list:
    """Imports under ``-X importtime``, split into phases at each probe line."""
    run = spawn([argv[0], "-X", "importtime", *argv[1:]], env, expect)
    phases = [ImportPhase()]
    names = ["before the window paints"]
    for line in run.stderr.splitlines():
        stamp = STAMP.match(line.strip())
        if stamp:
            phases.append(ImportPhase())
            names.append(f"after `{stamp[1]}`")
            continue
        match = IMPORT_LINE.match(line)
        if not match:
            continue
        self_us, cumulative_us, indent, name = int(match[1]), int(match[2]), match[3], match[4]
        phase = phases[-1]
        phase.modules += 1
        phase.self_us += self_us
        package = name.split(".")[0]
        phase.by_package[package] = phase.by_package.get(package, 0) + self_us
        phase.own.append((self_us, name))
        if len(indent) <= 1:  # imported by the running code itself, not by another import
            phase.top_level.append((cumulative_us, name))
    return list(zip(names, phases, strict=True))


def print_imports(title: str, profile: list, top: int) -> None:
    print(f"\n#### Imports: {title} (`-X importtime`, one run; it slows imports a little)\n")
    print("| phase | modules | import time (ms) | heaviest packages (self time, ms) |")
    print("|---|---:|---:|---|")
    for name, phase in profile:
        if not phase.modules:
            continue
        heavy = sorted(phase.by_package.items(), key=lambda kv: -kv[1])[:6]
        packages = ", ".join(f"{pkg} {us / 1000:.0f}" for pkg, us in heavy)
        print(f"| {name} | {phase.modules} | {phase.self_us / 1000:.0f} | {packages} |")
    for name, phase in profile:
        if not phase.top_level:
            continue
        print(f"\nTop-level imports {name}, by cumulative time:\n")
        for cumulative, module in sorted(phase.top_level, reverse=True)[:top]:
            print(f"- `{module}`: {cumulative / 1000:.1f} ms")
        # A module's own time includes the Qt types its body is first to touch
        # (PySide6 creates them lazily), e.g. `Qt`, the big enum namespace.
        heaviest = ", ".join(
            f"`{module}` {us / 1000:.1f}" for us, module in sorted(phase.own, reverse=True)[:top]
        )
        print(f"\nHeaviest modules {name}, by own time (ms): {heaviest}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="counted rounds (default 10)")
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="Qt platform plugin; xcb needs DISPLAY, e.g. under xvfb-run (default offscreen)",
    )
    parser.add_argument("--python", default=sys.executable, help="the interpreter to run")
    parser.add_argument("--no-imports", action="store_true", help="skip the import profile")
    parser.add_argument("--top", type=int, default=8, help="top-level imports to list")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs DISPLAY (run under xvfb-run or start Xvfb)")

    print(f"Measuring {args.runs} rounds (+1 warm-up) on {args.platform}...", file=sys.stderr)
    try:
        series = measure(args.python, args.platform, args.runs)
    except ProbeError as exc:
        print(f"bench_startup: {exc}", file=sys.stderr)
        return 1

    bare = series["bare.window"].median
    today = datetime.date.today().isoformat()
    print(f"### Start-up, `{args.platform}`, {today}\n")
    print(
        f"{os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version()}; median of {args.runs} runs after 1 warm-up; "
        "times from just before spawning the process.\n"
    )
    print("| measure | median ms | min ms | max ms | stdev ms | ÷ bare window | goal |")
    print("|---|---:|---:|---:|---:|---:|---|")
    print(series["bare.window"].row())
    print(series["app.window"].row(bare, GOALS["window"]))
    print(series["app.content"].row(bare, GOALS["content"]))
    print(series["bare.exit"].row())
    print(series["app.exit"].row(bare))

    if not args.no_imports:
        with tempfile.TemporaryDirectory(prefix="kotter-bench-") as tmp:
            try:
                bare_profile = import_profile(
                    [args.python, str(BARE)],
                    child_env(args.platform, Path(tmp), probe=False),
                    ("window",),
                )
                app_profile = import_profile(
                    [args.python, "-m", "kotter_workshop", "--demo"],
                    child_env(args.platform, Path(tmp), probe=True),
                    ("window", "content"),
                )
            except ProbeError as exc:
                print(f"bench_startup: {exc}", file=sys.stderr)
                return 1
        print_imports("bare window", bare_profile, args.top)
        print_imports("app", app_profile, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
