"""The built-in framework content, and the one-sentence errors for a broken content file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kotter_workshop.domain.errors import FrameworkError
from kotter_workshop.domain.framework import (
    Quadrant,
    Side,
    builtin_framework,
    load_framework,
)
from kotter_workshop.domain.resources import resource

from .build import AP, CP, LEADERSHIP, MANAGEMENT, MI, OS, PB, SD


def test_builtin_framework_has_the_six_processes_on_their_sides():
    framework = builtin_framework()
    assert framework.id == "what-leaders-really-do"
    assert framework.language == "en"
    assert [p.id for p in framework.side(Side.LEADERSHIP)] == list(LEADERSHIP)
    assert [p.id for p in framework.side(Side.MANAGEMENT)] == list(MANAGEMENT)
    assert len(framework.processes) == 6


@pytest.mark.parametrize(
    ("pair", "leadership", "management"),
    [("direction", SD, PB), ("people", AP, OS), ("execution", MI, CP)],
)
def test_builtin_pairs(pair, leadership, management):
    framework = builtin_framework()
    found = framework.pair(pair)
    assert (found.leadership, found.management) == (leadership, management)
    assert framework.process(leadership).pair == pair
    assert framework.process(management).pair == pair
    assert framework.counterpart(leadership).id == management
    assert framework.counterpart(management).id == leadership


def test_builtin_order_is_pair_by_pair_leadership_first():
    assert [p.id for p in builtin_framework().ordered()] == [SD, PB, AP, OS, MI, CP]
    assert [p.id for p in builtin_framework().pairs] != []


def test_builtin_texts_for_every_quadrant_and_balance():
    framework = builtin_framework()
    assert set(framework.diagnoses) == set(Quadrant)
    assert framework.quadrant_titles[Quadrant.OVER_MANAGED] == "Over-managed, under-led"
    assert framework.balance_texts["not-enough"] == "not enough votes yet"
    assert framework.balance_texts["leans-management"] == "leans management"
    assert framework.process(SD).title == "Setting a direction"
    assert all(p.prompts and p.involves for p in framework.processes)


def test_unknown_process_or_pair_is_a_framework_error():
    with pytest.raises(FrameworkError, match="vision"):
        builtin_framework().process("vision")
    with pytest.raises(FrameworkError, match="speed"):
        builtin_framework().pair("speed")


def test_side_other():
    assert Side.LEADERSHIP.other is Side.MANAGEMENT
    assert Side.MANAGEMENT.other is Side.LEADERSHIP


def test_an_unknown_language_falls_back_to_english():
    framework = builtin_framework("xx")
    assert framework.language == "en"
    assert framework.title == "What Leaders Really Do"
    assert [p.id for p in framework.processes] == [p.id for p in builtin_framework().processes]


# -- broken content files -------------------------------------------------------

ENGLISH = resource("framework", "en.toml").read_text(encoding="utf-8")


def once(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def without_diagnosis(text: str, quadrant: str) -> str:
    head, tail = text.split("[diagnoses]", 1)
    lines = tail.splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(f"{quadrant} =")]
    assert len(kept) == len(lines) - 1
    return head + "[diagnoses]" + "".join(kept)


BROKEN = {
    "invalid toml": (
        lambda t: once(t, 'title = "What Leaders Really Do"', 'title = "What Leaders'),
        "not valid TOML",
    ),
    "missing framework": (
        lambda t: once(t, "[framework]", "[frame]"),
        "the [framework] table is missing",
    ),
    "bad side": (
        lambda t: once(t, 'side = "leadership"', 'side = "visionary"'),
        "process 1 (setting-direction) needs a side of 'leadership' or 'management', "
        "not 'visionary'",
    ),
    "pair names unknown process": (
        lambda t: once(t, 'leadership = "setting-direction"', 'leadership = "setting-vision"'),
        "pair 1 (direction) names an unknown process 'setting-vision'",
    ),
    "missing diagnosis": (
        lambda t: without_diagnosis(t, "over-led-under-managed"),
        "[diagnoses] needs a non-empty text for 'over-led-under-managed'",
    ),
    "missing diagnoses table": (
        lambda t: once(t, "[diagnoses]", "[diagnosis]"),
        "the [diagnoses] table is missing",
    ),
    "duplicate process": (
        lambda t: once(t, 'id = "aligning-people"', 'id = "setting-direction"'),
        "two processes share the same id",
    ),
    "empty title": (
        lambda t: once(t, 'title = "Aligning people"', 'title = "  "'),
        "process 3 (aligning-people) needs a non-empty text for 'title'",
    ),
    "pair disagrees with process": (
        lambda t: once(t, 'pair = "people"', 'pair = "direction"'),
        "pair 2 (people) does not agree with process 'aligning-people' on its side or pair",
    ),
}


@pytest.mark.parametrize(("breaks", "problem"), BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_framework_file_names_the_file_and_the_problem(tmp_path, breaks, problem):
    path = tmp_path / "broken.toml"
    path.write_text(breaks(ENGLISH), encoding="utf-8")
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message.strip()


def test_the_unbroken_copy_loads(tmp_path):
    path = tmp_path / "copy.toml"
    path.write_text(ENGLISH, encoding="utf-8")
    assert load_framework(path) == builtin_framework()


def test_a_missing_file_names_the_file(tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(FrameworkError, match="cannot be read") as caught:
        load_framework(path)
    assert str(path) in str(caught.value)


def test_a_file_that_is_not_utf8_names_the_file(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(once(ENGLISH, "Neither is better", "Neither is bétter").encode("latin-1"))
    with pytest.raises(FrameworkError, match="not UTF-8") as caught:
        load_framework(Path(path))
    assert str(path) in str(caught.value)
