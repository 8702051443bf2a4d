"""A file's problem is told in the app's language: the store's sentences are translated."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import kotter_workshop.store as store
from kotter_workshop.store import file as store_file
from kotter_workshop.store import open_session_file
from kotter_workshop.ui.error_texts import TEMPLATES, reason, sentence
from kotter_workshop.ui.i18n import install_language

STORE = Path(store.__file__).parent
DOMAIN = STORE.parent / "domain"


def store_templates() -> set[str]:
    """Every sentence template in the store's code: the string constants that start '{path}'."""
    found = set()
    for module in STORE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and text.startswith("{path}"):
                found.add(text)
    return found


def domain_templates() -> set[str]:
    """The first argument of every DomainError(...) raised in the domain's code."""
    found = set()
    for module in DOMAIN.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "DomainError"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def test_every_domain_refusal_is_listed_for_translation():
    assert len(domain_templates()) >= 10
    assert domain_templates() - set(TEMPLATES) == set()


@pytest.fixture
def german(qapp):
    install_language("de")
    yield
    install_language("en")


def test_every_store_sentence_is_listed_for_translation():
    reasons = {
        store_file.READ_ONLY_FILE,
        store_file.READ_ONLY_FOLDER,
        store_file.OPEN_ELSEWHERE,
        store_file.ASKED_READ_ONLY,
    }
    assert len(store_templates()) > 25
    assert (store_templates() | reasons) - set(TEMPLATES) == set()


def test_german_sentences_keep_every_value_of_the_english_one(german):
    for template in TEMPLATES:
        german_text = reason(template)
        assert german_text != template, template  # translated
        names = sorted(re.findall(r"\{(\w+)\}", template))
        assert sorted(re.findall(r"\{(\w+)\}", german_text)) == names, template


def test_a_bad_file_is_told_in_german_with_its_name(german, tmp_path):
    bad = tmp_path / "notizen.kotter"
    bad.write_text("meine Notizen, keine Sitzung")
    with pytest.raises(store.BadFileError) as caught:
        open_session_file(bad)
    assert str(caught.value) == f'"{bad}" is not a Kotter Workshop session file.'  # the log's
    assert sentence(caught.value) == f'"{bad}" ist keine Sitzungsdatei von Kotter Workshop.'


def test_values_with_braces_are_shown_as_they_are(german, tmp_path):
    odd = tmp_path / "{name} }{.kotter"
    with pytest.raises(store.MissingFileError) as caught:
        open_session_file(odd)
    assert sentence(caught.value) == f'"{odd}": Diese Datei gibt es nicht.'


def test_an_error_without_a_template_is_shown_as_it_is():
    assert sentence(ValueError("plain words")) == "plain words"


def test_a_refused_edit_is_told_in_german_and_leaves_no_undo_step(german, qapp):
    from kotter_workshop.domain.commands import ArrangeAgenda
    from kotter_workshop.domain.demo import demo_session
    from kotter_workshop.ui.document import Document

    document = Document(demo_session())
    said = []
    document.refused.connect(said.append)
    before = document.session.agenda
    assert not document.do(ArrangeAgenda([]))
    assert said == ["Die Agenda braucht mindestens einen Punkt."]
    assert document.undo_stack.count() == 0 and document.session.agenda == before


def test_a_refusal_with_values_keeps_them(german):
    from kotter_workshop.domain.errors import DomainError

    error = DomainError("{value} is outside the scale {scale}.", value=7, scale="1–5")
    assert str(error) == "7 is outside the scale 1–5."
    assert sentence(error) == "7 liegt außerhalb der Skala 1–5."
