"""The comparison PDF: names, numbers and the normalised note, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from pypdf import PdfReader

from kotter_workshop.domain.compare import compare
from kotter_workshop.domain.model import Ballot, Scale, Session
from kotter_workshop.domain.scoring import summarise
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.export import write_comparison_pdf

from .pdf import flat, fonts_of, outline_titles

LEAD = ("setting-direction", "aligning-people", "motivating-inspiring")


def team_session(title: str, day: str, scale=(1, 5), lead=(2, 3), manage=(4, 4)) -> Session:
    session = new_session()
    session.set_info(
        replace(session.info, title=title, team="Platform", date=dt.date.fromisoformat(day),
                scale=Scale(*scale))
    )  # fmt: skip
    for process in session.framework.processes:
        values = lead if process.id in LEAD else manage
        for i, value in enumerate(values):
            session.add_ballot(Ballot(process.id, value, voter=f"p{i}"))
    return session


def build(sessions) -> bytes:
    out = io.BytesIO()
    write_comparison_pdf(compare(sessions), out, paper="a4", invariant=True)
    return out.getvalue()


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_names_each_session_by_title_and_date_and_prints_the_scoring_numbers():
    after = team_session("After the programme", "2026-09-30", lead=(4, 4, 5), manage=(4, 3))
    before = team_session("Before", "2026-02-01", lead=(2, 3), manage=(4, 5))
    data = build([after, before])
    text = flat(text_of(data))
    assert flat("1. Before (2026-02-01)") in text
    assert flat("2. After the programme (2026-09-30)") in text
    assert text.index(flat("Before (2026-02-01)")) < text.index(flat("After the programme"))
    b, a = summarise(before), summarise(after)
    assert (str(b.shown_leadership), str(a.shown_leadership)) == ("2.5", "4.3")
    row = flat(f"Leadership (L) {b.shown_leadership} {a.shown_leadership} +1.8")
    assert row in text
    assert flat(f"Management (M) {b.shown_management} {a.shown_management} −1.0") in text
    assert flat("Balance (L − M) −2.0 +0.8 +2.8") in text
    assert flat("Over-managed, under-led") in text and flat("Leader-managers") in text
    assert "normalised" not in text
    assert flat("Every number is on the sessions' scale of 1 to 5.") in text
    assert "Page1of" in text


def test_mixed_scales_say_so_and_show_percentages():
    five = team_session("Five", "2026-01-01", lead=(3,), manage=(2, 3))
    seven = team_session("Seven", "2026-06-01", scale=(1, 7), lead=(7,), manage=(4,))
    text = flat(text_of(build([five, seven])))
    assert flat("These sessions used different scales (1–5, 1–7), so every number is shown "
                "normalised to 0–100%") in text  # fmt: skip
    # 3 on 1–5 is 50%, 7 on 1–7 is 100%; M: 2.5 on 1–5 is 37.5%, 4 on 1–7 is 50%
    assert flat("Leadership (L) 50.0% 100.0% +50.0 pts") in text
    assert flat("Management (M) 37.5% 50.0% +12.5 pts") in text


def test_every_font_is_embedded_and_there_is_an_outline_and_metadata():
    data = build([team_session("A", "2026-01-01"), team_session("B", "2026-02-01")])
    fonts = fonts_of(data)
    assert fonts
    for font in fonts:
        if font.get("/Subtype") == "/Type0":
            continue
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, font.get("/BaseFont")
        assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")
    assert outline_titles(data)[:2] == ["Comparing sessions", "The path across the 2×2"]
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.title == "Comparing sessions: Platform"
    assert "A (2026-01-01)" in meta.subject


def test_many_sessions_continue_in_a_second_table():
    sessions = [team_session(f"S{i}", f"2026-0{i}-01") for i in range(1, 6)]
    text = flat(text_of(build(sessions)))
    for i in range(1, 6):
        assert flat(f"{i}. S{i} (2026-0{i}-01)") in text


def test_a_german_comparison_speaks_german_like_the_summary():
    """The comparison follows the newest session's language, as the summary PDF follows its
    session's: headings, rows, sides, the sentences and the 2×2's axes."""
    from kotter_workshop.domain.model import SessionInfo

    def german(title: str, day: str, lead, scale=(1, 5)) -> Session:
        session = new_session(SessionInfo(language="de"))
        session.set_info(
            replace(session.info, title=title, team="Plattform",
                    date=dt.date.fromisoformat(day), scale=Scale(*scale))
        )  # fmt: skip
        for process in session.framework.processes:
            for i, value in enumerate(lead if process.id in LEAD else (4, 4)):
                session.add_ballot(Ballot(process.id, value, voter=f"p{i}"))
        return session

    comparison = compare(
        [german("Vorher", "2026-02-01", (2, 3)), german("Nachher", "2026-09-30", (4, 5))]
    )
    assert comparison.language == "de"
    out = io.BytesIO()
    write_comparison_pdf(comparison, out, paper="a4", invariant=True)
    text = flat(text_of(out.getvalue()))
    for words in (
        "Sitzungen im Vergleich: Plattform",
        "2 Sitzungen, 01.02.2026 bis 30.09.2026",
        "Der Weg durch die 2×2-Matrix",
        "Sitzung für Sitzung",
        "Führung (F)",
        "Veränderung",
        "Führung bewegte sich von",
        "Jede Zahl steht auf der Skala",
    ):
        assert flat(words) in text, words
    assert flat("Seite 1 von 2") in text
    for english in ("Comparing sessions", "Session by session", "Change", "moved from", "Page"):
        assert flat(english) not in text, english
    assert "Sitzungen im Vergleich" in outline_titles(out.getvalue())
    # the change column is as wide as its heading: "Veränderung" on one line, not "Veränder/ung"
    assert "Veränderung" in [line.strip() for line in text_of(out.getvalue()).splitlines()]
    # its numbers too: decimal commas, as a German room reads them
    assert flat("Führung (F) 2,5 4,5 +2,0") in text
    assert flat("Balance (F − M) −1,5 +0,5 +2,0") in text
    assert flat("Führung bewegte sich von 2,5 auf 4,5 (+2,0)") in text
    assert flat("2.5") not in text and flat("+2.0") not in text
    # on mixed scales, the percentages and their changes as well
    mixed = compare(
        [german("Fünf", "2026-02-01", (2, 3)), german("Sieben", "2026-09-30", (6,), (1, 7))]
    )
    out = io.BytesIO()
    write_comparison_pdf(mixed, out, paper="a4", invariant=True)
    text = flat(text_of(out.getvalue()))
    # L: 2.5 on 1–5 is 37.5%; 6 on 1–7 is 83.3%; M: 4 on 1–5 is 75%, on 1–7 50%
    assert flat("Führung (F) 37,5\u00a0% 83,3\u00a0% +45,8 Pkt.") in text
    assert flat("Management (M) 75,0\u00a0% 50,0\u00a0% −25,0 Pkt.") in text


def _with_facilitator(session: Session, name: str, language: str = "en") -> Session:
    session.set_info(replace(session.info, facilitator=name, language=language))
    return session


def test_sessions_of_one_day_say_so_and_keep_one_order_whatever_the_arguments():
    a = team_session("Offsite", "2026-10-14", lead=(2, 3))
    b = team_session("Offsite", "2026-10-14", lead=(4, 5))
    text = " ".join(text_of(build([a, b])).split())
    assert "2 sessions on 2026-10-14" in text and " to 2026-10-14" not in text
    assert build([a, b]) == build([b, a])  # not the order the files were named in


def test_the_caption_speaks_only_of_arrows_that_are_drawn():
    same = [team_session("One", "2026-01-10"), team_session("Two", "2026-03-10")]
    text = " ".join(text_of(build(same)).split())  # both at L 2.5, M 4.0: no arrow
    assert "the arrows follow time" not in text
    assert "their numbers give the order" in text
    apart = [team_session("One", "2026-01-10"), team_session("Two", "2026-03-10", lead=(4, 5))]
    assert "the arrows follow time" in " ".join(text_of(build(apart)).split())


def test_process_rows_name_their_side_in_brackets():
    text = " ".join(text_of(build([team_session("A", "2026-01-10"),
                                   team_session("B", "2026-03-10")])).split())  # fmt: skip
    assert "Planning & budgeting (management)" in text
    assert "Setting a direction (leadership)" in text
    assert "Planning & budgeting management" not in text


def test_the_comparison_names_its_facilitators_and_german_keywords():
    a = _with_facilitator(team_session("A", "2026-01-10"), "Rosa Lindqvist")
    b = _with_facilitator(team_session("B", "2026-03-10"), "Jonas Berg")
    meta = PdfReader(io.BytesIO(build([a, b]))).metadata
    assert meta.author == "Rosa Lindqvist, Jonas Berg"
    from kotter_workshop.domain.model import SessionInfo

    german = []
    for title, day in (("A", "2026-01-10"), ("B", "2026-03-10")):
        session = new_session(
            SessionInfo(title=title, language="de", date=dt.date.fromisoformat(day))
        )
        german.append(session)
    meta = PdfReader(io.BytesIO(build(german))).metadata
    assert "Führung" in meta["/Keywords"] and "Vergleich" in meta["/Keywords"]
