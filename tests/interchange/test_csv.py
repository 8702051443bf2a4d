"""CSV out: one row per ballot under a header, safe to open in Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import Ballot, Participant, SessionInfo
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.interchange import write_csv
from kotter_workshop.interchange.csv_out import HEADER, safe_cell


def rows_of(session) -> list[list[str]]:
    stream = io.StringIO(newline="")
    write_csv(session, stream)
    return list(csv.reader(io.StringIO(stream.getvalue(), newline="")))


def as_dicts(session) -> list[dict[str, str]]:
    header, *rows = rows_of(session)
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_header_and_one_row_per_ballot():
    session = demo_session()
    header, *rows = rows_of(session)
    assert header == list(HEADER)
    assert header[:7] == ["process", "process_title", "side", "round", "value", "voter", "name"]
    assert len(rows) == len(session.ballots)
    assert all(len(row) == len(header) for row in rows)


def test_rows_carry_the_ballot_and_the_roster_name():
    session = demo_session()
    first = as_dicts(session)[0]
    assert first["process"] == "setting-direction"
    assert first["process_title"] == "Setting a direction"
    assert first["side"] == "leadership"
    assert (first["round"], first["value"], first["voter"], first["name"]) == (
        "1",
        "2",
        "p1",
        "Amira",
    )
    assert first["shown_round"] == "no"  # setting-direction was re-voted; round 2 counts
    assert first["session"] == "Leadership offsite, autumn"
    assert first["date"] == "2026-11-19"


def test_rows_follow_the_slides_then_the_rounds():
    rows = as_dicts(demo_session())
    processes = [r["process"] for r in rows]
    order = [p.id for p in demo_session().framework.ordered()]
    assert processes == sorted(processes, key=order.index)
    sd_rounds = [r["round"] for r in rows if r["process"] == "setting-direction"]
    assert sd_rounds == sorted(sd_rounds) and set(sd_rounds) == {"1", "2"}


def test_abstentions_and_tallies_have_empty_cells():
    session = new_session()
    session.add_ballot(Ballot("aligning-people", None, voter="p1"))
    session.add_ballot(Ballot("aligning-people", 3))
    abstain, tally = as_dicts(session)
    assert abstain["value"] == "" and abstain["voter"] == "p1" and abstain["name"] == ""
    assert tally["value"] == "3" and tally["voter"] == "" and tally["name"] == ""


def test_an_empty_session_is_just_the_header():
    assert rows_of(new_session()) == [list(HEADER)]


def test_the_bom_is_written_for_excel(tmp_path):
    path = tmp_path / "out.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        write_csv(demo_session(), stream)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfprocess,")
    assert b"\r\n" in raw and b"\r\r\n" not in raw
    with open(path, encoding="utf-8-sig", newline="") as stream:
        assert next(csv.reader(stream)) == list(HEADER)


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
)
def test_formulas_are_neutralised(text):
    session = new_session(SessionInfo(title=text))
    session.set_roster([Participant("p1", text)])
    session.add_ballot(Ballot("setting-direction", 2, voter="p1"))
    [row] = as_dicts(session)
    assert row["name"] == "'" + text
    assert row["session"] == "'" + text
    assert row["value"] == "2"  # numbers stay numbers


@pytest.mark.parametrize("text", ["plain", "", "1+1", "a=b", "'quoted"])
def test_harmless_text_is_left_alone(text):
    assert safe_cell(text) == text


ODD = [
    'Comma, "quotes" and a;semicolon',
    "two\nlines\r\nand a CR",
    "emoji 🎉👩🏽‍💻 and ZWJ",
    "עברית مرحبا mixed RTL",
    "  leading and trailing spaces  ",
    "back\\slash",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_survives_csv_reader(tmp_path, text):
    session = new_session(SessionInfo(title=text, date=dt.date(2026, 1, 2)))
    session.set_roster([Participant("p1", text)])
    session.add_ballot(Ballot("setting-direction", 5, voter="p1"))
    path = tmp_path / "odd.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        write_csv(session, stream)
    with open(path, encoding="utf-8-sig", newline="") as stream:
        header, row = list(csv.reader(stream))
    record = dict(zip(header, row, strict=True))
    assert record["name"] == text
    assert record["session"] == text
    assert record["value"] == "5"
