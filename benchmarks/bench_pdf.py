"""PDF summary benchmarks: the demo, and 3,000 notes with 10,000 ballots.

Run: ``.venv/bin/python benchmarks/bench_pdf.py``. Measured, not asserted.
Each summary is timed against a bare reportlab build of the same page count:
plain paragraphs in the same embedded fonts, no charts, tables, outline or
"Page X of Y".
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

from kotter_workshop.domain.demo import demo_session  # noqa: E402
from kotter_workshop.domain.model import Ballot, Note, NoteColor  # noqa: E402
from kotter_workshop.domain.session_factory import new_session  # noqa: E402
from kotter_workshop.export import fonts, write_pdf  # noqa: E402

NOTES, BALLOTS, REPEATS = 3_000, 10_000, 5
WORDS = ["the", "team", "agreed", "that", "the", "roadmap", "needs", "a", "clearer"]
WORDS += ["destination", "and", "owner"]


def big_session():
    session = new_session()
    processes = [p.id for p in session.framework.processes]
    for i in range(BALLOTS):
        session.add_ballot(
            Ballot(processes[i % 6], 1 + (i * 7) % 5, f"p{(i // 6) % 1000}", 1 + i // 6000)
        )
    colours = list(NoteColor)
    notes: dict[str, list[Note]] = {p.id: [] for p in session.panels}
    for i in range(NOTES):
        panel = session.panels[i % len(session.panels)]
        text = f"Note {i}: " + " ".join(WORDS[: 3 + i % 10])
        notes[panel.id].append(Note(text, colours[i % 7], votes=i % 6))
    for panel_id, some in notes.items():
        session.put_notes(panel_id, some)
    return session


def summary(session) -> tuple[bytes, int]:
    out = io.BytesIO()
    write_pdf(session, out, paper="a4")
    data = out.getvalue()
    return data, data.count(b"/Type /Page\n")


def bare(pages: int) -> bytes:
    """Plain paragraphs in the same fonts, filling the same number of pages."""
    fonts.register_base_fonts()
    style = ParagraphStyle("p", fontName=fonts.SANS, fontSize=10.5, leading=14.5)
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page} line {n}: " + " ".join(WORDS), style) for n in range(48)]
        story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, topMargin=50, bottomMargin=50, leftMargin=50, rightMargin=50).build(
        story
    )
    return out.getvalue()


def best_of(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    start = time.perf_counter()
    demo = demo_session()
    _, demo_pages = summary(demo)
    cold = time.perf_counter() - start
    print(f"first summary in this process (fonts, imports): {cold * 1000:.0f} ms")
    big = big_session()
    for name, session, repeats in (("demo", demo, REPEATS), ("3,000 notes", big, 3)):
        data, pages = summary(session)
        bare_pages = bare(pages).count(b"/Type /Page\n")
        ours = best_of(lambda s=session: summary(s), repeats)
        theirs = best_of(lambda p=pages: bare(p), repeats)
        print(
            f"{name}: {pages} pages ({len(data) // 1024} KiB), summary {ours * 1000:.0f} ms, "
            f"bare {bare_pages} pages {theirs * 1000:.0f} ms, ratio {ours / theirs:.2f}×"
        )


if __name__ == "__main__":
    main()
