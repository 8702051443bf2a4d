"""The PDF summary of the demo and of hand-made sessions, read back as text."""

from __future__ import annotations

import datetime as dt

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.framework import builtin_framework
from kotter_workshop.domain.model import Action, Note, Session, SessionInfo
from kotter_workshop.domain.session_factory import new_session

from .pdf import (
    build,
    outline_titles,
    pages_text,
    parking_lot,
    reader,
    session_with_notes,
    text,
    vote,
)


@pytest.fixture(scope="module")
def demo_pdf() -> bytes:
    return build(demo_session())


@pytest.fixture(scope="module")
def demo_pages(demo_pdf) -> list[str]:
    return pages_text(demo_pdf)


def test_cover_names_the_session_and_counts_participants(demo_pages):
    cover = demo_pages[0]
    for expected in (
        "Leadership offsite, autumn",
        "Customer Platform team",
        "Rosa Lindqvist",
        "2026-11-19",
    ):
        assert expected in cover
    line = " ".join(cover.split())
    assert "Team Facilitator Date Participants" in line
    assert "Customer Platform team Rosa Lindqvist 2026-11-19 12" in line


def test_where_the_team_stands_gives_l_and_m_with_one_decimal(demo_pages):
    summary = " ".join(demo_pages[0].split())
    assert "Leadership 2.8 / 5 Management 3.9 / 5" in summary
    standing = " ".join(demo_pages[1].split())
    assert "Leadership 2.8 / 5 · Management 3.9 / 5" in standing
    assert "Balance −1.1: leans management" in standing
    assert "Over-managed, under-led (you are here)" in standing
    assert "The most common pattern Kotter saw" in standing
    assert "Not enough votes yet" not in standing


def test_each_pair_has_its_heading_once_with_both_processes_on_its_page(demo_pages):
    framework = builtin_framework()
    for pair in framework.pairs:
        starts = [p for p in demo_pages if f"\n{pair.task}\nTask " in "\n" + p]
        assert len(starts) == 1, pair.task
        page = starts[0]
        assert framework.process(pair.leadership).title in page
        assert framework.process(pair.management).title in page


def test_process_cards_show_means_spread_rounds_and_split(demo_pages):
    direction = " ".join(
        next(p for p in demo_pages if "Setting a direction" in p and "Mean" in p).split()
    )
    assert "Mean 2.7 / 5" in direction  # round 2, the shown one
    assert "Round 1" in direction and "Round 2 (scored)" in direction
    assert "Scored on round 2 of 2" in direction
    people = " ".join(next(p for p in demo_pages if "Aligning people" in p and "Mean" in p).split())
    assert "Split room" in people  # 1,5,2,4,... spreads over 1.0


def test_notes_sit_under_their_clusters_most_dot_votes_first(demo_pages):
    page = " ".join(next(p for p in demo_pages if "Notes: Setting a direction" in p).split())
    order = [
        "Where we are going (3 notes)",
        "3 dots Nobody could name our three-year goal",
        "2 dots Roadmap is a feature list",
        "1 dot Customers ask where the product is heading",
        "What helps (1 note)",
        "2 dots Quarterly strategy day",
    ]
    positions = [page.index(item) for item in order]
    assert positions == sorted(positions)


def test_notes_are_sorted_by_dot_votes_not_by_panel_order():
    session = session_with_notes(
        "planning-budgeting",
        [
            ("least voted", 0, "Costs"),
            ("most voted", 7, "Costs"),
            ("middle", 2, "Costs"),
            ("loose low", 1, None),
            ("loose high", 4, None),
        ],
        clusters=("Costs",),
    )
    session.put_note(parking_lot(session).id, Note("Ask finance about Q3"))
    pages = [" ".join(p.split()) for p in pages_text(build(session))]
    page = next(p for p in pages if "Notes: Planning & budgeting" in p)
    order = [
        "Costs (3 notes)",
        "7 dots most voted",
        "2 dots middle",
        "0 dots least voted",
        "Other notes (2 notes)",
        "4 dots loose high",
        "1 dot loose low",
    ]
    positions = [page.index(item) for item in order]
    assert positions == sorted(positions)
    lot = next(p for p in pages if "Parking lot 0 dots" in p)
    assert "Ask finance about Q3" in lot


def test_actions_are_a_table_of_text_owner_and_due_date(demo_pages):
    page = " ".join(demo_pages[0].split())  # on the executive page
    assert "1 Draft a one-page vision and test it with two customers Amira 2026-12-15" in page
    assert "2 Joint sales-engineering briefing on the roadmap Jonas 2027-01-20" in page
    assert "Planned and actual times" not in page  # the demo has no actual times


def test_planned_against_actual_times_when_the_session_has_them():
    session = demo_session()
    for item in session.agenda[:3]:
        session.put_agenda_item(
            type(item)(
                item.title,
                item.slides,
                item.planned_seconds,
                item.planned_seconds + 190,
                id=item.id,
            )
        )
    page = " ".join(
        next(p for p in pages_text(build(session)) if "Planned and actual times" in p).split()
    )
    assert "Welcome 5:00 8:10 3:10" in page
    assert "Actions 15:00 – –" in page


def test_the_framework_in_brief_and_the_prompts(demo_pages):
    framework = builtin_framework()
    page = " ".join(demo_pages[-1].split())
    assert "The framework in brief" in page
    for process in framework.processes:
        assert process.title in page
    for pair in framework.pairs:
        assert " ".join(pair.task.split()[:2]) in page
    for i, prompt in enumerate(framework.prompts, 1):
        assert f"{i}. {prompt}" in page


def test_every_page_says_page_x_of_y(demo_pages):
    total = len(demo_pages)
    assert 3 <= total <= 5
    for number, page in enumerate(demo_pages, 1):
        assert f"Page {number} of {total}" in page


def test_outline_has_one_entry_per_section(demo_pdf):
    framework = builtin_framework()
    titles = outline_titles(demo_pdf)
    assert titles[:9] == [
        "Leadership offsite, autumn",
        "The team's position",
        "The three pairs",
        "Findings",
        "Actions",
        "Where the team stands",
        "The spectrum",
        "The quadrant",
        "1. Deciding what needs to be done",
    ]
    for number, pair in enumerate(framework.pairs, 1):
        assert f"{number}. {pair.task}" in titles
    with_notes = {p.process for p in demo_session().panels if p.notes}
    for process in framework.processes:
        assert (f"Notes: {process.title}" in titles) == (process.id in with_notes)
    assert titles[-2:] == ["The framework in brief", "Discussion prompts"]


def test_outline_entries_point_at_their_pages(demo_pdf, demo_pages):
    pdf = reader(demo_pdf)
    for item in pdf.outline:
        if isinstance(item, list):
            continue
        page = pdf.get_destination_page_number(item)
        assert item.title.split(". ", 1)[-1][:20] in demo_pages[page], item.title


def test_metadata(demo_pdf):
    pdf = reader(demo_pdf)
    meta = pdf.metadata
    assert meta.title == "Leadership offsite, autumn"
    assert meta.author == "Rosa Lindqvist"
    assert meta.subject == "Workshop summary: What Leaders Really Do — Customer Platform team"
    assert pdf.trailer["/Root"]["/Lang"] == "en"


def test_paper_is_a4_or_letter():
    session = demo_session()
    a4 = reader(build(session, paper="a4")).pages[0].mediabox
    letter = reader(build(session, paper="letter")).pages[0].mediabox
    assert (round(a4.width), round(a4.height)) == (595, 842)
    assert (round(letter.width), round(letter.height)) == (612, 792)


def test_invariant_builds_are_byte_for_byte_the_same():
    assert build(demo_session()) == build(demo_session())


def test_too_few_votes_says_so_instead_of_charts():
    session = new_session()
    vote(session, {"setting-direction": [3, 4, 2]})
    pages = pages_text(build(session))
    whole = " ".join(" ".join(pages).split())
    assert whole.count("management side has votes yet") == 1  # said once, on page 1
    for standing in (" ".join(pages[0].split()),):
        assert "Not enough votes yet" in standing
        assert "Leadership 3.0 / 5" in standing and "Management – / 5" not in standing
        assert "Management –" in standing
        assert "management side has votes yet" in standing
        assert "Balance" not in standing and "you are here" not in standing
    # processes without votes say so rather than drawing empty charts
    assert "No votes yet" in " ".join(" ".join(pages).split())


def test_an_empty_session_builds():
    session = Session(builtin_framework(), SessionInfo(title="", date=dt.date(2026, 1, 2)))
    pages = pages_text(build(session))
    whole = " ".join(" ".join(pages).split())
    assert "Not enough votes yet" in whole
    assert "No actions were recorded." in whole
    assert "Team Facilitator Date Participants – – 2026-01-02 0" in whole
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_empty_title_still_gives_an_outline_entry():
    session = new_session(SessionInfo(title=""))
    assert outline_titles(build(session))[0] == "–"


def test_action_and_cover_texts_print_as_written():
    session = new_session(
        SessionInfo(title="R&D <b>offsite</b>", team="A & B", facilitator="<i>Jo</i>")
    )
    session.put_action(Action("Fix <br/> & </para>", owner="<font>Ann</font>"))
    whole = text(build(session))
    for expected in (
        "R&D <b>offsite</b>",
        "A & B",
        "<i>Jo</i>",
        "Fix <br/> & </para>",
        "<font>Ann</font>",
    ):
        assert expected in whole
