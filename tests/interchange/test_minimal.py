"""PRODUCT.md's smallest valid import works exactly as written there."""

import datetime as dt
import json
from pathlib import Path

import pytest

from kotter_workshop.domain.agenda import default_agenda
from kotter_workshop.domain.framework import builtin_framework
from kotter_workshop.domain.session_factory import PARKING_LOT
from kotter_workshop.interchange import session_from_json, session_to_json

PRODUCT = Path("/work/shared/PRODUCT.md")


def test_the_example_in_product_md_is_the_one_tested(minimal):
    if not PRODUCT.is_file():  # the spec lives beside the repo on the team's machines
        pytest.skip("PRODUCT.md is not beside the repo")
    text = PRODUCT.read_text(encoding="utf-8")
    block = text.split('{"format": "kotter-workshop/session"', 1)[1].split("```", 1)[0]
    assert json.loads('{"format": "kotter-workshop/session"' + block) == minimal


def test_minimal_import_gives_the_facts_it_names(minimal):
    session = session_from_json(minimal)
    assert session.info.date == dt.date(2026, 11, 22)
    assert (session.scale.min, session.scale.max) == (1, 5)
    [ballot] = session.ballots
    assert (ballot.process, ballot.value, ballot.voter, ballot.round) == (
        "setting-direction",
        4,
        "p1",
        1,
    )
    assert session.actions[0].due == dt.date(2026, 12, 31)
    note = session.panel_for("aligning-people").notes[0]
    assert (note.text, note.color, note.votes) == ("...", "yellow", 2)


def test_minimal_import_takes_every_default(minimal):
    session = session_from_json(minimal)
    assert session.framework == builtin_framework("en")
    assert session.info.language == "en"
    assert not session.info.is_template
    assert [(a.title, a.slides) for a in session.agenda] == [
        (a.title, a.slides) for a in default_agenda(builtin_framework("en"))
    ]
    # every process gets its panel, in slide order, and there is a parking lot
    processes = [p.id for p in session.framework.ordered()]
    assert [p.process for p in session.panels] == [*processes, None]
    assert session.panels[-1].title == PARKING_LOT
    assert session.panel_for("aligning-people").title == "..."
    assert session.roster == () and session.speaker_notes == {}


def test_minimal_summary(minimal):
    summary = session_to_json(session_from_json(minimal))["summary"]
    assert summary["leadership"] == 4
    assert summary["management"] is None
    assert summary["balance"] is None and summary["label"] is None
    assert summary["quadrant"] is None
    assert summary["participants"] == 1
    sd = summary["processes"]["setting-direction"]
    assert sd == {
        "round": 1,
        "mean": 4,
        "count": 1,
        "abstentions": 0,
        "distribution": {"1": 0, "2": 0, "3": 0, "4": 1, "5": 0},
        "spread": 0,
        "split": False,
    }
    pb = summary["processes"]["planning-budgeting"]
    assert pb["mean"] is None and pb["spread"] is None and pb["count"] == 0


def test_import_ignores_a_summary(minimal):
    minimal["summary"] = {"leadership": 1, "junk": [1, {"a": None}]}
    assert session_to_json(session_from_json(minimal))["summary"]["leadership"] == 4


DOCS = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"


def test_the_docs_show_the_same_smallest_import(minimal):
    text = DOCS.read_text(encoding="utf-8")
    block = text.split("```json\n", 1)[1].split("```", 1)[0]
    assert json.loads(block) == minimal


def test_the_docs_name_every_key_of_the_schema():
    from kotter_workshop.interchange import session_schema

    text = DOCS.read_text(encoding="utf-8")
    schema = session_schema()
    keys = set(schema["properties"])
    for name in (
        "ballot",
        "panel",
        "note",
        "cluster",
        "action",
        "agenda_item",
        "framework",
        "process",
    ):
        keys |= set(schema["$defs"][name]["properties"])
    missing = sorted(k for k in keys if f"`{k}`" not in text and f'"{k}"' not in text)
    assert missing == []
