"""Every way a session leaves the app as a file, in one table: ``EXPORTERS``.

The command line (``kotter-workshop export FILE --<name> OUT``) and the
window's File menu (one "Export …" entry each, built on a worker thread) both
read this table; neither switches on a format's name. To add an exporter, add
a row below: its name, its file suffix, its save dialog's filters, the window's
words, and the function that writes a session (a snapshot) to a path, whole or
not at all (:func:`kotter_workshop.atomic.write_output`).

The window's words are marked for its catalogue with ``QT_TRANSLATE_NOOP``
(context "Exporters"; ``tools/translations.py`` reads this file too) and kept
here in English: this module does not import Qt, so the command line stays fast.
Heavy modules (reportlab, the JSON Schema) are imported only when a row writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_output

if TYPE_CHECKING:  # the window reads the table before it first paints: no session model yet
    from .domain.model import Session

CONTEXT = "Exporters"  # written out in each QT_TRANSLATE_NOOP below: lupdate reads literals only


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the window's catalogue (lupdate reads the name); returns it."""
    return text


#: (filter text, paper) pairs: the PDF's filter picks its paper, "" is the locale's usual one
Filters = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Exporter:
    """One way out: ``write(session, path, paper)`` replaces ``path`` whole or not at all."""

    name: str  # the command line's --name and the window's action export_<name>
    suffix: str  # added to a chosen file name that lacks it
    filters: Filters  # the save dialog's filters, the first one the default
    write: Callable[[Session, Path, str], None]
    help: str  # the command line's help for --name
    menu: str  # the File menu's words
    ask: str  # the save dialog's title
    title: str  # the progress's and a failure's title
    saved_title: str  # the title of the message that it is written
    saved: str  # told when the file is written; %1 is its name
    keys: str = ""  # the File menu entry's shortcut, if any
    other_suffixes: tuple[str, ...] = ()  # also accepted as they are (.htm)


def _write_pdf(session: Session, path: Path, paper: str) -> None:
    from .export import write_pdf  # seam: library

    with write_output(path, mode="wb") as out:
        write_pdf(session, out, paper=paper or None)


def _write_html(session: Session, path: Path, paper: str) -> None:
    from .export.html import write_html  # seam: library

    with write_output(path, encoding="utf-8", newline="\n") as out:
        write_html(session, out)


def _write_json(session: Session, path: Path, paper: str) -> None:
    import json  # seam: library

    from .interchange import session_to_json  # seam: library

    data = session_to_json(session)
    with write_output(path, encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")


def _write_csv(session: Session, path: Path, paper: str) -> None:
    from .interchange import write_csv  # seam: library

    with write_output(path, encoding="utf-8-sig", newline="") as out:
        write_csv(session, out)


EXPORTERS: tuple[Exporter, ...] = (
    Exporter(
        name="pdf",
        suffix=".pdf",
        filters=(
            (QT_TRANSLATE_NOOP("Exporters", "PDF, A4 (*.pdf)"), "a4"),
            (QT_TRANSLATE_NOOP("Exporters", "PDF, US Letter (*.pdf)"), "letter"),
        ),
        write=_write_pdf,
        help="the PDF summary",
        menu=QT_TRANSLATE_NOOP("Exporters", "&Export PDF Summary…"),
        ask=QT_TRANSLATE_NOOP("Exporters", "Export the PDF summary"),
        title=QT_TRANSLATE_NOOP("Exporters", "Export PDF"),
        saved_title=QT_TRANSLATE_NOOP("Exporters", "PDF summary saved"),
        saved=QT_TRANSLATE_NOOP("Exporters", "The PDF summary is saved as %1."),
        keys="Ctrl+E",
    ),
    Exporter(
        name="html",
        suffix=".html",
        filters=((QT_TRANSLATE_NOOP("Exporters", "Web page (*.html)"), ""),),
        write=_write_html,
        help="the summary as one accessible web page",
        menu=QT_TRANSLATE_NOOP("Exporters", "Export Summary as &Web Page…"),
        ask=QT_TRANSLATE_NOOP("Exporters", "Export the summary as a web page"),
        title=QT_TRANSLATE_NOOP("Exporters", "Export Web Page"),
        saved_title=QT_TRANSLATE_NOOP("Exporters", "Web page summary saved"),
        saved=QT_TRANSLATE_NOOP("Exporters", "The web page summary is saved as %1."),
        other_suffixes=(".htm",),
    ),
    Exporter(
        name="json",
        suffix=".json",
        filters=((QT_TRANSLATE_NOOP("Exporters", "JSON (*.json)"), ""),),
        write=_write_json,
        help="the whole session as JSON",
        menu=QT_TRANSLATE_NOOP("Exporters", "Export as &JSON…"),
        ask=QT_TRANSLATE_NOOP("Exporters", "Export the whole session as JSON"),
        title=QT_TRANSLATE_NOOP("Exporters", "Export JSON"),
        saved_title=QT_TRANSLATE_NOOP("Exporters", "Session saved as JSON"),
        saved=QT_TRANSLATE_NOOP("Exporters", "The whole session is saved as %1."),
    ),
    Exporter(
        name="csv",
        suffix=".csv",
        filters=((QT_TRANSLATE_NOOP("Exporters", "CSV, one row per vote (*.csv)"), ""),),
        write=_write_csv,
        help="one row per ballot",
        menu=QT_TRANSLATE_NOOP("Exporters", "E&xport Votes as CSV…"),
        ask=QT_TRANSLATE_NOOP("Exporters", "Export the votes as CSV"),
        title=QT_TRANSLATE_NOOP("Exporters", "Export CSV"),
        saved_title=QT_TRANSLATE_NOOP("Exporters", "Votes saved as CSV"),
        saved=QT_TRANSLATE_NOOP("Exporters", "The votes are saved as %1."),
    ),
)


def exporter(name: str) -> Exporter:
    """The row named ``name`` (KeyError for an unknown one)."""
    for row in EXPORTERS:
        if row.name == name:
            return row
    raise KeyError(name)
