"""Bad input gives one InterchangeError naming the place in the JSON and the problem."""

from __future__ import annotations

import copy
import json

import pytest

from kotter_workshop.domain.errors import KotterError
from kotter_workshop.interchange import InterchangeError, session_from_json, session_to_json
from kotter_workshop.interchange import from_json as from_json_module

from .conftest import MINIMAL


def with_(change) -> dict:
    data = copy.deepcopy(MINIMAL)
    change(data)
    return data


def error_for(data: object) -> InterchangeError:
    with pytest.raises(InterchangeError) as caught:
        session_from_json(data)
    return caught.value


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


def set_(key, value):
    return lambda d: d.__setitem__(key, value)


def ballot(**fields):
    return lambda d: d["ballots"].append({"process": "planning-budgeting", "value": 3, **fields})


CASES = [
    # (change, path, words in the problem)
    (set_("format", "kotter-workshop/template"), "format", "not a Kotter Workshop session"),
    (lambda d: d.pop("format"), "format", "missing"),
    (set_("format_version", 2), "format_version", "newer Kotter Workshop"),
    (set_("format_version", "1"), "format_version", "expected 1"),
    (set_("format_version", True), "format_version", "expected 1"),
    (ballot(value=9), "ballots[1].value", "9 is outside the scale 1–5"),
    (ballot(value=0), "ballots[1].value", "outside the scale"),
    (ballot(value=3.5), "ballots[1].value", "expected a whole number or null, not 3.5"),
    (ballot(value="4"), "ballots[1].value", 'not the text "4"'),
    (ballot(value=True), "ballots[1].value", "not true or false"),
    (ballot(process="vision"), "ballots[1].process", '"vision" is not a known process'),
    (ballot(round=0), "ballots[1].round", "0 is below the minimum 1"),
    (ballot(participant=7), "ballots[1].participant", "expected text or null"),
    (ballot(participant="p1", process="setting-direction"), "ballots[1]", "already has"),
    (ballot(id="b1"), None, None),  # fine on its own; see the duplicate below
    (
        lambda d: d["ballots"].extend(
            [
                {"process": "setting-direction", "value": 1, "id": "b"},
                {"process": "setting-direction", "value": 2, "id": "b"},
            ]
        ),
        "ballots[2].id",
        "used by two ballots",
    ),
    (lambda d: d["ballots"][0].pop("value"), "ballots[0]", 'the key "value" is missing'),
    (
        lambda d: d["ballots"][0].update(particpant="p1"),
        "ballots[0]",
        '"particpant" is not a known key',
    ),
    (set_("ballots", {"process": "x"}), "ballots", "expected a list, not an object"),
    (set_("scale", {"min": 1, "max": 6}), "scale", "1–6 is not supported"),
    (set_("scale", {"min": 0, "max": 5}), "scale", "0–5 is not supported"),
    (set_("scale", {"min": 1, "max": 7}), None, None),
    (set_("date", "22.11.2026"), "date", "is not a date like 2026-11-22"),
    (set_("date", "2026-02-30"), "date", "not a real date"),
    (set_("title", 42), "title", "expected text, not 42"),
    (set_("title", "x" * 2_000_000), "title", "2,000,000 characters long; the limit is 200"),
    (set_("template", "yes"), "template", "expected true or false"),
    (set_("template", True), "ballots", "a template holds no ballots"),
    (set_("language", "english!"), "language", "is not a language code"),
    (set_("unknown", 1), "top level", '"unknown" is not a known key'),
    (set_("title", nested(10_000)), "title", "nested more than 32 levels deep"),
    (set_("summary", nested(100_000)), None, None),  # never read, so never refused
    (
        lambda d: d["panels"][0]["notes"][0].update(color="red"),
        "panels[0].notes[0].color",
        '"red" is not one of yellow',
    ),
    (
        lambda d: d["panels"][0]["notes"][0].update(cluster="c9"),
        "panels[0].notes[0].cluster",
        "not a cluster on this panel",
    ),
    (
        lambda d: d["panels"][0]["notes"][0].update(votes=-1),
        "panels[0].notes[0].votes",
        "below the minimum 0",
    ),
    (
        lambda d: d["panels"][0]["notes"][0].update(x=float("nan")),
        "panels[0].notes[0].x",
        "not a finite number",
    ),
    (lambda d: d["panels"][0].update(process="vision"), "panels[0].process", "not a known"),
    (
        lambda d: (
            d["panels"].append({"title": "Again", "id": "p", "notes": []})
            or d["panels"].append({"title": "Twice", "id": "p"})
        ),
        "panels[2].id",
        "already used by",
    ),
    (lambda d: d["actions"][0].update(due="soon"), "actions[0].due", "not a date like"),
    (
        set_("agenda", [{"title": "Intro", "slides": ["process:vision"]}]),
        "agenda[0].slides[0]",
        "names no known process",
    ),
    (
        set_("agenda", [{"title": "Intro", "slides": ["title"], "planned_seconds": -5}]),
        "agenda[0].planned_seconds",
        "below the minimum 0",
    ),
    (
        set_("speaker_notes", {"process:vision": "hello"}),
        'speaker_notes["process:vision"]',
        "names no known process",
    ),
    (
        set_("shown_rounds", {"setting-direction": 0}),
        'shown_rounds["setting-direction"]',
        "below the minimum 1",
    ),
    (set_("shown_rounds", {"vision": 1}), "shown_rounds.vision", "not a known process"),
    (set_("started_rounds", {"vision": 2}), "started_rounds.vision", "not a known process"),
    (
        set_("started_rounds", {"aligning-people": 0}),
        'started_rounds["aligning-people"]',
        "below the minimum 1",
    ),
    (
        set_("started_rounds", {"aligning-people": 2.5}),
        'started_rounds["aligning-people"]',
        "expected a whole number",
    ),
    (
        set_("roster", [{"id": "p1"}, {"id": "p1", "name": "Ann"}]),
        "roster[1].id",
        "already used by roster[0]",
    ),
    (
        set_("processes", [{"id": "vision", "title": "Vision"}]),
        "processes[0].id",
        "not a built-in process",
    ),
    (
        set_("processes", [{"id": "setting-direction", "side": "management"}]),
        "processes[0].side",
        "belongs to leadership",
    ),
    (
        set_("processes", [{"id": "setting-direction", "title": "  "}]),
        "processes[0].title",
        "is not a non-empty text",
    ),
    (
        set_("framework", {"pairs": [{"id": "direction", "leadership": "aligning-people"}]}),
        "framework.pairs[0].leadership",
        "has setting-direction on the leadership side",
    ),
]


@pytest.mark.parametrize(("change", "path", "words"), CASES)
def test_bad_input_names_the_path_and_the_problem(change, path, words):
    data = with_(change)
    if path is None:
        session_from_json(data)
        return
    error = error_for(data)
    assert isinstance(error, KotterError)
    assert error.path == path
    assert words in error.problem
    assert str(error).startswith(f"{path}: ")
    assert len(str(error)) < 400  # one sentence, never the whole bad value
    assert str(error).endswith(".")


@pytest.mark.parametrize("data", [None, [], "session", 3, nested(50)])
def test_not_an_object_at_the_top(data):
    error = error_for(data)
    assert error.path == "top level"
    assert "JSON object" in error.problem


def test_the_message_matches_the_brief_example():
    data = with_(
        lambda d: d["ballots"].extend(
            [{"process": "setting-direction", "value": v} for v in (1, 2, 9)]
        )
    )
    assert str(error_for(data)) == "ballots[3].value: 9 is outside the scale 1–5."


def test_a_wrong_value_is_not_half_imported():
    # Errors surface before a session exists, so nothing partial can leak out.
    data = with_(ballot(value=9))
    with pytest.raises(InterchangeError):
        session_from_json(data)
    assert session_from_json(MINIMAL).ballots[0].value == 4


def test_an_exported_session_with_a_corrupted_value_is_caught():
    from kotter_workshop.domain.demo import demo_session

    data = json.loads(json.dumps(session_to_json(demo_session())))
    data["ballots"][40]["value"] = 6
    assert error_for(data).path == "ballots[40].value"


# -- files ---------------------------------------------------------------------


def test_read_json_file_reads_a_session(tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(MINIMAL), encoding="utf-8")
    assert from_json_module.read_json_file(path).ballots[0].value == 4


def test_a_bom_is_still_utf8(tmp_path):
    path = tmp_path / "bom.json"
    path.write_text(json.dumps(MINIMAL), encoding="utf-8-sig")
    assert from_json_module.read_json_file(path).title == "..."


def file_error(tmp_path, content: bytes) -> InterchangeError:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(InterchangeError) as caught:
        from_json_module.read_json_file(path)
    message = str(caught.value)
    assert message.startswith(f'"{path}": ')
    assert "\n" not in message
    return caught.value


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "not valid JSON"),
        (b"<html>hello</html>", "not valid JSON"),
        (b'{"format": "kotter-workshop/session",', "not valid JSON"),
        ('{"title": "Café"}'.encode("latin-1"), "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
        (b"SQLite format 3\x00" + bytes(100), "not valid JSON"),
        (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
        (
            b'{"format": "kotter-workshop/session", "format_version": 1, "title": NaN}',
            "not valid JSON",
        ),
        (b'{"format_version": 1' + b', "x": 1' * 3 + b"}", "format: the key is missing"),
        (
            b'{"format": "kotter-workshop/session", "format_version": 1, "team": '
            + b"9" * 10_000
            + b"}",
            "not valid JSON",
        ),
        (json.dumps(dict(MINIMAL, format="other/thing")).encode(), "not a Kotter Workshop"),
        (json.dumps(dict(MINIMAL, format_version=2)).encode(), "version 2"),
    ],
)
def test_bad_files_name_the_file(tmp_path, content, words):
    assert words in str(file_error(tmp_path, content))


def test_too_big_a_file(tmp_path, monkeypatch):
    monkeypatch.setattr(from_json_module, "MAX_FILE_BYTES", 1000)
    error = file_error(tmp_path, json.dumps(dict(MINIMAL, title="x" * 2000)).encode())
    assert "too big" in str(error)


def test_the_default_cap_is_generous_but_finite():
    assert 10 * 2**20 <= from_json_module.MAX_FILE_BYTES <= 100 * 2**20


def test_a_missing_file(tmp_path):
    with pytest.raises(InterchangeError) as caught:
        from_json_module.read_json_file(tmp_path / "nope.json")
    assert "nope.json" in str(caught.value) and "cannot be read" in str(caught.value)
