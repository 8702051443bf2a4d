"""Ballots as CSV, one row per ballot, for a spreadsheet.

The caller opens the stream with ``encoding="utf-8-sig"`` and ``newline=""``:
the BOM makes Excel read UTF-8, and the csv module writes its own line ends.

Text cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) get a leading ``'``, the
OWASP advice against CSV injection: a note or a name typed by a participant
must never execute on a trainer's machine. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
from typing import TextIO

from ..domain.model import Session

HEADER = (
    "process",
    "process_title",
    "side",
    "round",
    "value",
    "voter",
    "name",
    "shown_round",
    "session",
    "date",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Neutralise a text cell a spreadsheet would read as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_rows(session: Session) -> list[list[str | int]]:
    """The header and one row per ballot: process by process in slide order, then by round.

    ``value`` is empty for an abstention; ``voter`` is empty for a tally
    ballot; ``shown_round`` is ``yes`` for the ballots the summary counts.
    """
    names = {p.id: p.name for p in session.roster}
    title, date = safe_cell(session.info.title), session.info.date.isoformat()
    rows: list[list[str | int]] = [list(HEADER)]
    for process in session.framework.ordered():
        shown = session.shown_round(process.id)
        ballots = sorted(session.ballots_for(process.id), key=lambda b: b.round)  # stable
        for ballot in ballots:
            voter = ballot.voter or ""
            rows.append(
                [
                    safe_cell(process.id),
                    safe_cell(process.title),
                    str(process.side),
                    ballot.round,
                    "" if ballot.value is None else ballot.value,
                    safe_cell(voter),
                    safe_cell(names.get(voter, "")) if voter else "",
                    "yes" if ballot.round == shown else "no",
                    title,
                    date,
                ]
            )
    return rows


def write_csv(session: Session, stream: TextIO) -> None:
    """Write the ballots of ``session`` as CSV with a header row to ``stream``."""
    csv.writer(stream, lineterminator="\r\n").writerows(csv_rows(session))
