"""A German session's PDF is German throughout: headings, cards, charts, framework, footer."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.framework import builtin_framework
from kotter_workshop.domain.model import Action, Ballot, SessionInfo
from kotter_workshop.domain.session_factory import new_session

from .pdf import build, flat, outline_titles, pages_text, reader


def german_session():
    session = new_session(
        SessionInfo(
            title="Klausur Herbst", team="Plattform", language="de", date=dt.date(2026, 11, 2)
        )
    )
    for i, value in enumerate((1, 5, 1, 5, 2), 1):
        session.add_ballot(Ballot("aligning-people", value, voter=f"p{i}"))
    for value in (4, 4, 3):
        session.add_ballot(Ballot("planning-budgeting", value))
    session.put_action(Action("Vision entwerfen", "Amira", dt.date(2026, 12, 1)))
    return session


def test_a_german_session_prints_a_german_summary():
    data = build(german_session())
    pages = pages_text(data)
    everything = flat("\n".join(pages))
    framework = builtin_framework("de")
    for expected in (
        "Workshop-Zusammenfassung",
        "Moderation",
        "Teilnehmende",
        "Wo das Team steht",
        "Noch keine Stimmen",
        "Das Spektrum",
        "Kotters Argument",
        "Geteilter Raum",
        "Mittelwert",
        "5 Stimmen",
        "Maßnahmen",
        "Verantwortlich",
        "Das Modell im Überblick",
        "Fragen zur Diskussion",
        framework.process("aligning-people").title,
        framework.pairs[0].task,
        "Seite 1 von",
    ):
        assert flat(expected) in everything, expected
    for english in ("Where the team stands", "Facilitator", "No votes yet", "Page 1 of"):
        assert flat(english) not in everything, english
    assert "Wo das Team steht" in outline_titles(data)
    assert reader(data).metadata.subject.startswith("Workshop-Zusammenfassung")


def german_demo():
    """The demo's votes in a German session: L 2.8, M 3.9, balance −1.1."""
    demo = demo_session()
    session = new_session(replace(demo.info, language="de"))
    for ballot in demo.ballots:
        session.add_ballot(ballot)
    return session


@pytest.fixture(scope="module")
def german_pages() -> list[str]:
    return [" ".join(page.split()) for page in pages_text(build(german_demo()))]


def test_a_german_summary_writes_every_decimal_with_a_comma(german_pages):
    standing = german_pages[1]
    for expected in (
        "Führung 2,8 / 5",
        "Management 3,9 / 5",
        "Balance −1,1: neigt zum Management",
        "Balance = F − M = 2,8 − 3,9. Innerhalb von ±0,5",
        "F 2,8 · M 3,9",
        "Viel Management, wenig Führung (hier stehen wir)",
    ):
        assert expected in standing, expected
    direction = next(p for p in german_pages if "Richtung vorgeben" in p and "Mittelwert" in p)
    assert "Mittelwert 2,7 / 5" in direction
    assert re.search(r"Streuung \d,\d · 12 Stimmen", direction)
    assert "you are here" not in standing
    undated = [re.sub(r"\b\d\d\.\d\d\.\d{4}\b", "", p) for p in german_pages]  # 19.11.2026
    points = [m.group() for p in undated for m in re.finditer(r"\d\.\d", p)]
    assert points == []  # not one decimal point anywhere


def test_an_english_summary_keeps_its_decimal_points():
    pages = [" ".join(page.split()) for page in pages_text(build(demo_session()))]
    standing = pages[1]
    for expected in ("Leadership 2.8 / 5", "Balance −1.1", "= 2.8 − 3.9", "±0.5", "L 2.8 · M 3.9"):
        assert expected in standing, expected
    assert [m.group() for p in pages for m in re.finditer(r"\d,\d", p)] == []
