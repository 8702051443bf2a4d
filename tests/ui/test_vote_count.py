"""One count of votes everywhere: the slide, the PDF and the JSON say what the bars add up to.

Abstentions are counted on their own (PRODUCT.md, "ballot"), never among the votes.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kotter_workshop.domain.model import Ballot, SessionInfo
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.export import write_pdf
from kotter_workshop.interchange.to_json import summary_to_json
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.main_window import MainWindow


def pdf_text(session) -> str:
    """The PDF summary's text as pypdf reads it, without whitespace (lines break anywhere)."""
    out = io.BytesIO()
    write_pdf(session, out, invariant=True, paper="a4")
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(out).pages))


def flat(value: str) -> str:
    return "".join(value.split())


PROCESS = "aligning-people"
# Twenty-one values and two abstentions, as in the room that found the mismatch.
VALUES = [1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 2, 3, 4, 1, 5, 3, None, None]
WORDS = {"en": ("votes", "abstentions"), "de": ("Stimmen", "Enthaltungen")}


def session_with_abstentions(language: str):
    session = new_session(SessionInfo(title="Count", language=language))
    for i, value in enumerate(VALUES):
        session.add_ballot(Ballot(PROCESS, value, voter=f"p{i}"))
    return session


def slide_text(slide) -> str:
    return " ".join(w.text() for w in slide.findChildren(QLabel) if w.isVisibleTo(slide))


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_slide_the_pdf_and_the_json_give_the_count_the_bars_add_up_to(
    qtbot, theme, guard, language
):
    votes, abstentions = WORDS[language]
    session = session_with_abstentions(language)
    window = MainWindow(theme)
    qtbot.addWidget(window)
    window.set_document(Document(session))
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.deck.go(window.deck.keys.index(f"process:{PROCESS}"), phase=1)
    qtbot.keyClick(window, Qt.Key.Key_R)  # reveal
    slide = window.deck.slide()
    assert slide.revealed
    bars = sum(slide.chart.rounds[1].values())  # what the chart draws, bar by bar
    assert bars == 21

    on_slide = slide_text(slide)
    counted = re.search(rf"(\d+) {votes} · (\d+) {abstentions}", on_slide)
    assert counted, on_slide
    assert (int(counted[1]), int(counted[2])) == (bars, 2)

    in_pdf = pdf_text(session)
    assert flat(f"{bars} {votes}, 2 {abstentions}") in in_pdf

    in_json = summary_to_json(session)["processes"][PROCESS]
    assert (in_json["count"], in_json["abstentions"]) == (bars, 2)
