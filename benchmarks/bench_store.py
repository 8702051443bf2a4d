"""Store benchmarks: open a big session, commit one edit.

Run: ``.venv/bin/python benchmarks/bench_store.py``. Measured, not asserted.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kotter_workshop.domain.commands import RemoveNotes, move_notes  # noqa: E402
from kotter_workshop.domain.model import Ballot, Note, NoteColor  # noqa: E402
from kotter_workshop.domain.session_factory import new_session  # noqa: E402
from kotter_workshop.store import open_session_file, write_new_file  # noqa: E402

NOTES, BALLOTS, REPEATS, EDITS = 5_000, 10_000, 7, 300


def big_session():
    session = new_session()
    processes = [p.id for p in session.framework.processes]
    for i in range(BALLOTS):
        # 400 voters, each with one ballot per process and round (the domain's limit)
        voter = f"p{i // 6 % 400}"
        session.add_ballot(Ballot(processes[i % 6], 1 + i % 5, voter, 1 + i // 2400))
    colours = list(NoteColor)
    notes: dict[str, list[Note]] = {p.id: [] for p in session.panels}
    for i in range(NOTES):
        panel = session.panels[i % len(session.panels)]
        notes[panel.id].append(
            Note(
                f"Note {i}: " + "words " * (i % 12),
                colours[i % 7],
                x=i % 900,
                y=i // 900 * 10.5,
                votes=i % 4,
            )
        )
    for panel_id, some in notes.items():
        session.put_notes(panel_id, some)
    return session


def plain_sqlite_read(path: Path) -> int:
    """The same rows, read with nothing but sqlite3."""
    conn = sqlite3.connect(path)
    rows = 0
    for table in (
        "info",
        "framework",
        "pair",
        "process",
        "framework_text",
        "ballot",
        "shown_round",
        "panel",
        "note",
        "cluster",
        "action",
        "agenda_item",
        "speaker_note",
        "participant",
    ):
        rows += len(conn.execute(f"SELECT * FROM {table}").fetchall())
    conn.close()
    return rows


def plain_sqlite_domain(path: Path) -> None:
    """Plain sqlite3 plus the domain objects, no checks: what the store adds on top."""
    conn = sqlite3.connect(path)
    session = new_session()
    for _, id, process, value, voter, round_ in conn.execute("SELECT * FROM ballot ORDER BY seq"):
        session.add_ballot(Ballot(process, value, voter, round_, id))
    notes: dict[str, list[Note]] = {p.id: [] for p in session.panels}
    first = session.panels[0].id
    for id, panel_id, _, text, color, x, y, votes, cluster in conn.execute(
        "SELECT * FROM note ORDER BY panel_id, position"
    ):
        notes.get(panel_id, notes[first]).append(
            Note(text, NoteColor(color), x, y, votes, cluster, id)
        )
    conn.close()


def best_of(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def open_and_close(path: Path) -> None:
    open_session_file(path, read_only=True).close()


def one_step_on_many_notes(count: int = 3_000) -> dict[str, float]:
    """A gesture on every note of one panel of ``count`` (a drag, a delete) and its undo,
    in memory: the session replaces its tuples once per step, not once per note."""
    session = new_session()
    panel = session.panels[0]
    session.put_notes(panel.id, [Note(f"Note {i}", x=i, y=i) for i in range(count)])
    ids = [n.id for n in session.panel(panel.id).notes]
    steps = {
        "move": move_notes(session.panel(panel.id), ids, 5, 5),
        "delete": RemoveNotes(panel.id, ids),
    }
    times = {}
    for name, command in steps.items():
        start = time.perf_counter()
        command.apply(session)
        times[name] = time.perf_counter() - start
        start = time.perf_counter()
        command.revert(session)
        times[f"undo {name}"] = time.perf_counter() - start
    return times


def main() -> None:
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder:
        path = Path(folder) / "big.kotter"
        start = time.perf_counter()
        write_new_file(big_session(), path)
        written = time.perf_counter() - start
        plain = best_of(lambda: plain_sqlite_read(path))
        plain_domain = best_of(lambda: plain_sqlite_domain(path))
        opened = best_of(lambda: open_and_close(path))
        edits = []
        with open_session_file(path) as live:
            panel = live.session.panels[0]
            for i in range(EDITS):
                note = dataclasses.replace(panel.notes[i % 50], x=float(i))
                start = time.perf_counter()
                live.session.put_note(panel.id, note)
                edits.append(time.perf_counter() - start)
        p95 = statistics.quantiles(edits, n=20)[-1]
        many = one_step_on_many_notes()
        rows = [
            ("write a new file (5,000 notes, 10,000 ballots)", f"{written * 1000:8.1f} ms", ""),
            ("read the same rows with plain sqlite3", f"{plain * 1000:8.1f} ms", ""),
            ("plain sqlite3 + building the domain objects", f"{plain_domain * 1000:8.1f} ms", ""),
            (
                "open the session (checks + domain objects)",
                f"{opened * 1000:8.1f} ms",
                f"{opened / plain:.1f}x plain sqlite3 (goal < 3x), "
                f"{opened / plain_domain:.1f}x plain + domain",
            ),
            ("commit one edit, median", f"{statistics.median(edits) * 1000:8.2f} ms", ""),
            ("commit one edit, 95th percentile", f"{p95 * 1000:8.2f} ms", "goal < 20 ms"),
            *(
                (f"{name} 3,000 notes of a panel, one step", f"{seconds * 1000:8.2f} ms", "")
                for name, seconds in many.items()
            ),
        ]
        print(
            f"SQLite {sqlite3.sqlite_version}, {path.stat().st_size / 1e6:.1f} MB file, "
            f"best of {REPEATS} opens, {EDITS} edits"
        )
        for name, value, note in rows:
            print(f"{name:50} {value}  {note}")


if __name__ == "__main__":
    main()
