"""Build summaries in memory and read them back with pypdf."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

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
    by_title = {title: Cluster(title) for title in clusters}
    return with_notes(
        session,
        session.panel_for(process).id,
        [Note(t, votes=votes, cluster=c and by_title[c].id) for t, votes, c in notes],
        by_title.values(),
    )


def rebuilt(session: Session, **parts) -> Session:
    """The session through its one constructor, with some of its parts replaced.

    No limit is checked on the way in (as for a file's rows): a test can hand the
    PDF texts past the session's limits, which it must still lay out.
    """
    current = {
        "ballots": session.ballots,
        "started_rounds": session.started_rounds,
        "shown_rounds": session.shown_round_choices,
        "panels": session.panels,
        "actions": session.actions,
        "agenda": session.agenda,
        "speaker_notes": session.speaker_notes,
        "roster": session.roster,
    }
    return Session(session.framework, session.info, **{**current, **parts})


def with_notes(session: Session, panel_id: str, notes, clusters=()) -> Session:
    """The session with these notes (and groups) added to one of its panels."""
    panels = [
        replace(p, notes=(*p.notes, *notes), clusters=(*p.clusters, *clusters))
        if p.id == panel_id
        else p
        for p in session.panels
    ]
    return rebuilt(session, panels=panels)


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
    other = new_session(replace(session.info, language=language))
    kept = {p.process: p for p in session.panels if p.process is not None}
    panels = [
        replace(p, notes=kept[p.process].notes, clusters=kept[p.process].clusters)
        if p.process in kept
        else p
        for p in other.panels
    ]
    return rebuilt(
        other,
        ballots=session.ballots,
        shown_rounds=session.shown_round_choices,
        panels=panels,
        actions=session.actions,
    )


def positions(data: bytes, page: int) -> list[tuple[str, float, float]]:
    """(text, x, y) of every piece of text on a page, in points from its bottom left."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    reader(data).pages[page].extract_text(visitor_text=visit)
    return found


def rectangles(data: bytes, page: int) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) of every rectangle drawn on a page, through the transformations."""
    from pypdf.generic import ContentStream

    pdf = reader(data)
    content = ContentStream(pdf.pages[page].get_contents(), pdf)
    ctm, stack, found = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [], []

    def apply(m, x, y):
        return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]

    for operands, operator in content.operations:
        if operator == b"q":
            stack.append(list(ctm))
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            m = ctm
            ctm = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            ]
        elif operator == b"re":
            x, y, w, h = (float(v) for v in operands)
            (x0, y0), (x1, y1) = apply(ctm, x, y), apply(ctm, x + w, y + h)
            found.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return found


def unprintable(data: bytes) -> set[str]:
    """Characters the PDF sets in an embedded font that has no glyph for them (empty boxes)."""
    import re

    from reportlab.pdfbase.ttfonts import TTFontFile

    from kotter_workshop.domain.resources import resource

    faces = {}
    for path in resource("fonts").iterdir():
        if path.suffix == ".ttf":
            face = TTFontFile(str(path))
            faces[face.name.decode() if isinstance(face.name, bytes) else face.name] = face
    missing: set[str] = set()
    for font in fonts_of(data):
        name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
        if name not in faces or "/ToUnicode" not in font:
            continue
        cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        chars = cmap.split("beginbfchar", 1)[-1]
        for index, code in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", chars):
            if int(index, 16) == int(code, 16) < 128:
                continue  # reportlab keeps ASCII at its own codes in every first subset
            if len(code) % 4:  # one code unit beyond the BMP, as reportlab writes it
                text = chr(int(code, 16))
            else:
                text = bytes.fromhex(code).decode("utf-16-be", "surrogatepass")
            missing.update(c for c in text if c >= " " and ord(c) not in faces[name].charToGlyph)
    return missing
