"""A stranger's flood on the phone server while a room votes and the facilitator edits.

Run: ``.venv/bin/python benchmarks/bench_hostile.py [--idle 1100] [--slow 1000]
[--phones 300] [--seconds 10]``. Measured, not asserted. Everything stays on 127.0.0.1
and every loop ends by itself.

It runs the room twice, first without the flood, then with it, and prints both.
The app runs in a process of its own (tests/live/live_app.py: a real offscreen
window, a ``.kotter`` file, phone voting open) with its open-file limit set to
1,024 and no way to raise it; the facilitator edits a speaker note every 100 ms.
A second process opens the idle connections (never a byte) and the slow ones
(a header byte every half second), both coming back when dropped; this one
runs the phones (tests/live/attack.py): each holds the page's long poll and casts one
ballot at a random moment, tapping again up to three times when it hears
nothing. Latency runs from the first tap to "recorded" (on disk).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import resource
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "live"))

SLIDE = "process:aligning-people"


def run(idle: int, slow: int, phones: int, seconds: float) -> dict:
    from app_process import AppProcess
    from attack import attack, new_phone_after

    from kotter_workshop.domain import SessionInfo, new_session
    from kotter_workshop.live.protocol import is_phone_voter
    from kotter_workshop.store import open_session_file, write_new_file

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # the attacker's side needs more
    folder = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    try:
        path = folder / "room.kotter"
        write_new_file(new_session(SessionInfo(title="Hostile room")), path)
        app = AppProcess(
            path,
            env={"KOTTER_WORKSHOP_LIVE_ADDRESS_RATE": "100000"},  # every phone is 127.0.0.1
            args=("--edit-ms", "100", "--seconds", str(seconds + 120)),
            limit=1024,
        )
        try:
            tally = asyncio.run(
                attack(app.port, app.base, idle=idle, slow=slow, phones=phones, seconds=seconds)
            )
            after = asyncio.run(new_phone_after(app.port, app.base, "aligning-people", 10.0))
            finished = app.quit()
        finally:
            app.stop()
        err = app.stderr()
        with open_session_file(path, read_only=True) as saved:
            in_file = {b.voter for b in saved.session.ballots if is_phone_voter(b.voter)}
            note = saved.session.speaker_notes.get(SLIDE, "")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    recorded = [b for b in tally.ballots if b[1] == 200 and b[0] in in_file]
    latencies = sorted(b[2] * 1000 for b in recorded)
    held = [int(m) for m in re.findall(r"most open at once: (\d+)", err)]
    return {
        "attack connections opened (accepted, incl. reconnects)": tally.opened,
        "connections held by the app at most": max(held) if held else "not reported",
        "real phones' ballots recorded / sent": f"{len(recorded)} / {len(tally.ballots)}",
        "ballots that needed a second tap": sum(b[3] > 1 for b in tally.ballots),
        "vote latency median ms": round(latencies[len(latencies) // 2], 1) if latencies else "-",
        "vote latency p99 ms": round(latencies[int(len(latencies) * 0.99) - 1], 1)
        if latencies
        else "-",
        "edits made / saved (last one in the file)": f"{finished['edits']} / "
        + ("all" if note == f"edit {finished['edits']}" else f"file has {note!r}"),
        "editing stopped": finished["failed"] or "no",
        "new phone served after the attack, s": None if after is None else round(after, 2),
        "stderr MB": round(len(err.encode()) / 1e6, 4),
        "tracebacks on stderr": err.count("Traceback"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=int, default=1100)
    parser.add_argument("--slow", type=int, default=1000)
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    # The same room without the flood first: on a shared machine, the difference
    # between the two columns is what the flood costs.
    quiet = run(0, 0, args.phones, args.seconds)
    flood = run(args.idle, args.slow, args.phones, args.seconds)
    width = max(map(len, flood))
    print(f"{'':<{width}}  {'no flood':>14}  {'flood':>14}")
    for name, value in flood.items():
        print(f"{name:<{width}}  {quiet[name]!s:>14}  {value!s:>14}")


if __name__ == "__main__":
    main()
