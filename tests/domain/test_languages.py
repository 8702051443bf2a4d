"""English and German ship complete: the framework content and the session texts."""

import re
import string
import tomllib

import pytest

from kotter_workshop.domain.agenda import default_agenda
from kotter_workshop.domain.framework import builtin_framework
from kotter_workshop.domain.model import SessionInfo
from kotter_workshop.domain.resources import resource
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.domain.texts import catalogue, texts


def _shape(value):
    """The keys of a TOML document, with list lengths and [[tables]] by id, not the texts."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items() if k != "language"}
    if isinstance(value, list):
        if all(isinstance(v, dict) for v in value):
            return {v.get("id"): _shape(v) for v in value}
        return len(value)
    return type(value).__name__


def _toml(*parts):
    return tomllib.loads(resource(*parts).read_text(encoding="utf-8"))


def test_the_german_framework_has_every_key_the_english_one_has():
    english, german = _toml("framework", "en.toml"), _toml("framework", "de.toml")
    assert _shape(german) == _shape(english)
    # ids, sides and pairs are data, not words: they must not be translated
    for en, de in zip(english["processes"], german["processes"], strict=True):
        assert (en["id"], en["side"], en["pair"]) == (de["id"], de["side"], de["pair"])


def test_the_german_framework_is_german():
    en, de = builtin_framework("en"), builtin_framework("de")
    assert de.language == "de"
    for a, b in zip(en.ordered(), de.ordered(), strict=True):
        assert a.id == b.id
        assert a.title != b.title and a.meaning != b.meaning
    assert de.process("setting-direction").title == "Richtung vorgeben"
    assert de.process("planning-budgeting").title == "Planen und Budgetieren"
    assert de.question == "Wie stark sind wir darin?"


def _fields(text):
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


@pytest.mark.parametrize("language", ["de"])
def test_every_session_text_has_a_translation_with_the_same_fields(language):
    english, other = catalogue("en"), catalogue(language)
    assert english, "the English session texts are missing"
    assert sorted(other) == sorted(english)
    for key, text in english.items():
        assert other[key].strip(), key
        assert _fields(other[key]) == _fields(text), key


def test_texts_fill_fields_and_count():
    de = texts("de")
    assert de("pdf.page", number=2, total=9) == "Seite 2 von 9"
    assert de.count("pdf.process.votes", 1) == "1 Stimme"
    assert de.count("pdf.process.votes", 3) == "3 Stimmen"
    assert texts("xx")("agenda.welcome") == "Welcome"  # an unknown language falls back


def test_a_german_session_names_its_agenda_and_parking_lot_in_german():
    session = new_session(SessionInfo(language="de"))
    titles = [item.title for item in session.agenda]
    assert titles[0] == "Willkommen"
    assert titles[-3:] == ["Wo wir stehen", "Themenspeicher", "Maßnahmen"]
    assert titles[2] == builtin_framework("de").pairs[0].task
    assert session.panels[-1].title == "Themenspeicher"
    assert [i.title for i in default_agenda(builtin_framework("en"))][0] == "Welcome"


def test_no_session_text_is_left_in_english_by_mistake():
    english, german = catalogue("en"), catalogue("de")
    # Words that are the same in both languages, on purpose.
    same = {
        "pdf.management",
        "pdf.standing.management_score",
        "pdf.management_caps",
        "pdf.cover.team",
        "pdf.notes.cluster",
        "pdf.charts.management_axis",
        "pdf.charts.balance",
        "compare.management_row",
        "compare.quadrant_row",
        "compare.process_row",
    }
    copied = [k for k in english if english[k] == german[k] and k not in same]
    assert copied == []
    assert not [k for k, v in german.items() if re.search(r"\b(the|and|of)\b", v)]
