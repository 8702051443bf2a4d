"""A German session's PDF is German throughout: headings, cards, charts, framework, footer."""

from __future__ import annotations

import datetime as dt

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
    session.actions = [Action("Vision entwerfen", "Amira", dt.date(2026, 12, 1))]
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
