"""Everything in a session survives JSON out and back in."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
from hypothesis import HealthCheck, given, settings

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.framework import Framework, Pair, Process, builtin_framework
from kotter_workshop.domain.model import Ballot, Session, SessionInfo
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.interchange import session_from_json, session_schema, session_to_json

from .sessions import sessions


def through_text(session: Session) -> Session:
    """Out to JSON text and back in, as a file on disk would carry it."""
    text = json.dumps(session_to_json(session), ensure_ascii=False, indent=2, allow_nan=False)
    return session_from_json(json.loads(text.encode("utf-8").decode("utf-8")))


def assert_same(a: Session, b: Session) -> None:
    assert b.info == a.info
    assert b.framework == a.framework
    assert b.agenda == a.agenda
    assert b.speaker_notes == a.speaker_notes
    assert b.roster == a.roster
    assert b.ballots == a.ballots
    assert b.shown_round_choices == a.shown_round_choices
    assert b.started_rounds == a.started_rounds
    assert b.panels == a.panels
    assert b.actions == a.actions


def test_demo_round_trips():
    demo = demo_session()
    again = through_text(demo)
    assert_same(demo, again)
    assert session_to_json(again) == session_to_json(demo)


def test_export_is_valid_against_its_own_schema():
    jsonschema.Draft202012Validator(session_schema()).validate(session_to_json(demo_session()))


def test_export_key_order_is_fixed():
    keys = list(session_to_json(demo_session()))
    assert keys[:2] == ["format", "format_version"]
    assert keys[-1] == "summary"
    assert keys == list(session_to_json(through_text(demo_session())))


def test_started_rounds_round_trip():
    """A re-vote started before its first ballot stays started, and stays the shown round."""
    session = new_session()
    session.add_ballot(Ballot("setting-direction", 2, voter="p1"))
    assert session.start_round("setting-direction") == 2  # no ballot in round 2 yet
    session.start_round("aligning-people")
    session.start_round("aligning-people")  # round 3, with no ballot in 1 or 2
    data = session_to_json(session)
    assert data["started_rounds"] == {"setting-direction": 2, "aligning-people": 3}
    assert data["summary"]["processes"]["setting-direction"]["round"] == 2
    assert data["summary"]["processes"]["setting-direction"]["count"] == 0
    jsonschema.Draft202012Validator(session_schema()).validate(data)
    again = through_text(session)
    assert again.started_rounds == {"setting-direction": 2, "aligning-people": 3}
    assert again.latest_round("aligning-people") == 3
    assert session_to_json(again) == data


def test_started_rounds_default_to_none_and_round_one_means_none():
    assert session_to_json(new_session())["started_rounds"] == {}
    data = session_to_json(new_session())
    data["started_rounds"] = {"planning-budgeting": 1, "aligning-people": 2}
    assert session_from_json(data).started_rounds == {"aligning-people": 2}


def _customised(value: object, tag: str) -> object:
    if isinstance(value, str):
        return f"{tag} {value}"
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return (f"{tag} first", f"{tag} second")
    if isinstance(value, dict):
        return {k: f"{tag} {v}" for k, v in value.items()}
    raise AssertionError(f"interchange does not know how to carry {value!r}")


def test_every_text_of_a_customised_framework_round_trips():
    """Fails when Framework, Process or Pair grows a field the JSON does not carry."""
    base = builtin_framework("en")
    fixed = {"id", "side", "pair", "leadership", "management", "language"}
    processes = tuple(
        dataclasses.replace(
            p,
            **{
                f.name: _customised(getattr(p, f.name), "Our")
                for f in dataclasses.fields(Process)
                if f.name not in fixed
            },
        )
        for p in base.processes
    )
    pairs = tuple(
        dataclasses.replace(
            p,
            **{
                f.name: _customised(getattr(p, f.name), "Our")
                for f in dataclasses.fields(Pair)
                if f.name not in fixed
            },
        )
        for p in base.pairs
    )
    head = {
        f.name: _customised(getattr(base, f.name), "Our")
        for f in dataclasses.fields(Framework)
        if f.name not in fixed | {"pairs", "processes"}
    }
    framework = dataclasses.replace(base, processes=processes, pairs=pairs, **head)
    session = Session(framework, SessionInfo(title="Custom"), panels=new_session().panels)
    again = through_text(session)
    assert again.framework == framework
    assert again.framework.process("setting-direction").title == "Our Setting a direction"


def test_a_framework_may_customise_only_some_texts():
    data = session_to_json(new_session())
    data["processes"] = [{"id": "aligning-people", "title": "Getting everyone on board"}]
    data["framework"] = {"quadrants": {"leader-managers": "Both, well"}}
    session = session_from_json(data)
    base = builtin_framework("en")
    assert session.framework.process("aligning-people").title == "Getting everyone on board"
    assert (
        session.framework.process("aligning-people").meaning
        == base.process("aligning-people").meaning
    )
    assert session.framework.process("setting-direction") == base.process("setting-direction")
    assert session.framework.quadrant_titles["leader-managers"] == "Both, well"
    assert session.framework.diagnoses == base.diagnoses


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_generated_sessions_round_trip(session):
    again = through_text(session)
    assert_same(session, again)
    assert session_to_json(again) == session_to_json(session)
