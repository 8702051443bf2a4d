"""Build summaries in memory and read them back with pypdf."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from kotter_workshop.domain.model import Ballot, Cluster, Note, Panel, Session
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.export import write_pdf


def build(session: Session, **options) -> bytes:
    options.setdefault("paper", "a4")
    out = io.BytesIO()
    write_pdf(session, out, invariant=True, **options)
    return out.getvalue()


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def text(data: bytes) -> str:
    return "\n".join(pages_text(data))


def flat(value: str) -> str:
    """Text without whitespace, NFKC-normalised (Arabic presentation forms to letters)."""
    return "".join(unicodedata.normalize("NFKC", value).split())


def outline_titles(data: bytes) -> list[str]:
    titles: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader(data).outline)
    return titles


def fonts_of(data: bytes) -> list[dict]:
    """Every font dictionary the pages (and their forms) use."""
    found, seen = [], set()

    def visit(resources):
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                found.append(font)
                for descendant in font.get("/DescendantFonts") or []:
                    found.append(descendant.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in reader(data).pages:
        visit(page.get("/Resources"))
    return found


def session_with_notes(
    process: str, notes: list[tuple[str, int, str | None]], clusters: tuple[str, ...] = ()
) -> Session:
    """A new session whose panel for ``process`` holds the given (text, votes, cluster) notes."""
    session = new_session()
    panel = session.panel_for(process)
    by_title = {}
    for title in clusters:
        cluster = Cluster(title)
        panel.clusters.append(cluster)
        by_title[title] = cluster.id
    for text_, votes, cluster in notes:
        panel.notes.append(Note(text_, votes=votes, cluster=by_title.get(cluster)))
    return session


def vote(session: Session, values: dict[str, list[int | None]], round_: int = 1) -> None:
    for process, row in values.items():
        for i, value in enumerate(row):
            session.add_ballot(Ballot(process, value, voter=f"p{i}", round=round_))


def parking_lot(session: Session) -> Panel:
    return next(p for p in session.panels if p.process is None)


def body(data: bytes) -> str:
    """The text of every page without its footer (title line and "Page X of Y")."""
    kept = []
    for page in pages_text(data):
        lines = page.rstrip("\n").split("\n")
        if len(lines) >= 2 and lines[-1].startswith("Page "):
            lines = lines[:-2]
        kept.append("\n".join(lines))
    return "\n".join(kept)


def in_language(session: Session, language: str) -> Session:
    """The same session (ballots, notes, clusters, actions) with the framework of ``language``."""
    from dataclasses import replace

    other = new_session(replace(session.info, language=language))
    other.add_ballots(session.ballots)
    for panel in session.panels:
        if panel.process is None:
            continue
        target = other.panel_for(panel.process)
        target.clusters = list(panel.clusters)
        target.notes = list(panel.notes)
    for process, round_ in session.shown_round_choices.items():
        other.set_shown_round(process, round_)
    other.actions = list(session.actions)
    return other
