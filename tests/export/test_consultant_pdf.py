"""The summary read as a consultant's take-home (issue 20's eight findings), from the PDF itself.

Text, positions, rectangles and page counts are read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import Action, Ballot, Cluster, Note, Scale, SessionInfo
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.export.styles import MARGIN

from .pdf import (
    build,
    in_language,
    pages_text,
    parking_lot,
    positions,
    reader,
    rebuilt,
    rectangles,
    session_with_notes,
    text,
    unprintable,
    vote,
)


def one_line(page: str) -> str:
    return " ".join(page.split())


@pytest.fixture(scope="module")
def demo_pdf() -> bytes:
    return build(demo_session())


@pytest.fixture(scope="module")
def demo_pages(demo_pdf) -> list[str]:
    return [one_line(p) for p in pages_text(demo_pdf)]


def harbour() -> tuple:
    """Like the harbour team's session: 12 people, notes on 3 panels, 2 actions."""
    session = new_session(
        SessionInfo(
            title="Harbour ops retreat",
            team="Harbour operations",
            facilitator="Noor Haddad",
            date=dt.date(2026, 10, 14),
        )
    )
    values = {
        "setting-direction": [2, 3, 2, 1, 3, 2, 2, 3, 4, 2, 3, 2],
        "planning-budgeting": [4, 4, 5, 3, 4, 4, 5, 4, 3, 4, 4, 5],
        "aligning-people": [1, 5, 2, 4, 1, 5, 3, 2, 4, 5, 1, 3],
        "organizing-staffing": [3, 4, 3, 4, 4, 3, 4, 3, 4, 4, 3, 4],
        "motivating-inspiring": [3, 3, 2, 4, 3, 3, 2, 3, 4, 3, 3, 2],
        "controlling-problem-solving": [4, 5, 4, 4, 5, 4, 3, 4, 5, 4, 4, 4],
    }
    vote(session, values)
    words = ["cranes", "wait", "for", "berth", "slots", "while", "the", "night", "shift"]
    for p, process in enumerate(("setting-direction", "aligning-people", "planning-budgeting")):
        panel = session.panel_for(process)
        cluster = Cluster(f"Theme {p + 1}")
        session.put_cluster(panel.id, cluster)
        for n in range(6):
            text_ = f"Panel {p + 1} note {n + 1}: " + " ".join(words[: 3 + n])
            note = Note(text_, votes=n % 4, cluster=cluster.id if n < 3 else None)
            session.put_note(panel.id, note)
    session.put_note(parking_lot(session).id, Note("Ask IT about the gate scanners"))
    session.put_action(
        Action("Publish the berth plan a week ahead", "Jonas Berg", dt.date(2026, 11, 2))
    )
    session.put_action(
        Action("Pair each crane lead with a planner", "Amira Saleh", dt.date(2026, 11, 30))
    )
    return session


# 1 -- page 1 says where the team stands ----------------------------------------------
def test_page_one_is_an_executive_summary_that_fills_its_page(demo_pdf, demo_pages):
    first = demo_pages[0]
    for expected in (
        "Leadership 2.8 / 5",
        "Management 3.9 / 5",
        "the team is “Over-managed, under-led”",  # the diagnosis, in one sentence
        "The widest gap is in Deciding what needs to be done: Setting a direction 2.7 against "
        "Planning & budgeting 4.0, 1.3 apart.",  # a finding about this session
        "The room was split on Aligning people",
        "Re-voted: Setting a direction from 2.3 in round 1 to 2.7 in round 2.",
        "1 Draft a one-page vision and test it with two customers Amira 2026-12-15",
    ):
        assert expected in first, expected
    # the three pairs in one chart: every task with its two means
    for task, lead, manage in (
        ("Deciding what needs to be done", "2.7", "4.0"),
        ("Building the network of people to do it", "2.9", "3.8"),
        ("Making sure the work really gets done", "2.8", "4.1"),
    ):
        assert f"{task} {lead} {manage}" in first, task
    # and it is a full page, not a cover with 60% white: text reaches the lower fifth
    lowest = min(y for _, _, y in positions(demo_pdf, 0) if y > MARGIN)
    assert lowest < reader(demo_pdf).pages[0].mediabox.height * 0.2


# 2 -- the diagnosis is honest at the edges --------------------------------------------
def test_a_balanced_team_on_a_dividing_line_is_not_given_a_quadrant():
    session = new_session()
    # L = 2.9, M = 3.0: balance −0.1 ("balanced"), M on the midline of 1–5
    vote(
        session,
        {
            p: [3, 3, 3, 3, 2, 3, 3, 3, 3, 3]
            for p in ("setting-direction", "aligning-people", "motivating-inspiring")
        },
    )
    vote(
        session,
        {
            p: [3] * 10
            for p in ("planning-budgeting", "organizing-staffing", "controlling-problem-solving")
        },
    )
    pages = [one_line(p) for p in pages_text(build(session))]
    first, whole = pages[0], " ".join(pages)
    assert "Leadership 2.9 / 5" in first and "Management 3.0 / 5" in first
    assert "on the line between “Under-led, under-managed” and “Over-managed, under-led”" in first
    assert "The most common pattern Kotter saw" not in whole  # no quadrant's diagnosis
    assert "(you are here)" not in whole
    assert "Balance −0.1: balanced" in whole


def test_a_balanced_team_inside_a_one_sided_cell_reads_as_balanced():
    session = new_session()
    vote(
        session,
        {
            p: [3, 3, 3, 2, 3]
            for p in ("setting-direction", "aligning-people", "motivating-inspiring")
        },
    )
    vote(
        session,
        {
            p: [3, 3, 4, 3, 3]
            for p in ("planning-budgeting", "organizing-staffing", "controlling-problem-solving")
        },
    )
    first = one_line(pages_text(build(session))[0])  # L 2.8, M 3.2: −0.4 is within ±0.5
    assert "balanced near the middle of the scale rather than as “Over-managed, under-led”" in first
    assert "may miss the changes it needs" not in text(build(session))


def test_the_points_label_stays_in_the_cell_of_its_point(demo_pdf):
    """Page 2's 2×2 (side 220): the label "L 2.8 · M 3.9" sits in the upper left cell."""
    items = positions(demo_pdf, 1)
    label = next((x, y) for t, x, y in items if t.startswith("L 2.8 · M 3.9"))
    # the axis ends are labelled 1 and 5: find the chart's left and right edges from them
    lows = [(x, y) for t, x, y in items if t == "1"]
    highs = [(x, y) for t, x, y in items if t == "5"]
    left = min(x for x, _ in lows)
    right = max(x for x, _ in highs)
    middle = (left + right) / 2
    assert label[0] < middle - 2  # L 2.8 < 3: left of the vertical midline


# 3 -- charts a statistician would sign ------------------------------------------------
def _ticks(data: bytes, page: int) -> list[list[tuple[int, float]]]:
    """Each distribution chart's tick labels on a page: [(value, y)], left chart first."""
    items = positions(data, page)
    axes = sorted(x for t, x, _ in items if t == "votes")
    charts = []
    for axis in axes:
        ticks = [(int(t), y) for t, x, y in items if t.isdigit() and axis - 10 < x < axis + 24]
        charts.append(sorted(ticks))
    return charts


def test_both_charts_of_a_pair_share_one_scale_and_one_baseline(demo_pdf, demo_pages):
    page = next(i for i, p in enumerate(demo_pages) if "Aligning people" in p and "Mean" in p)
    left, right = _ticks(demo_pdf, page)[:2]  # Aligning people (at most 3) and Organizing (7)
    assert left and left == right  # same ticks at the same heights
    assert left[-1][0] >= 7  # the top tick is above the tallest bar of either
    assert "rating: 1 = weak … 5 = strong" in demo_pages[page]


def test_ten_thousand_ballots_get_round_tick_steps():
    session = new_session()
    for i in range(10_000):
        session.add_ballot(Ballot("setting-direction", 1 + (i * 7) % 5, f"p{i}"))
    data = build(session)
    page = next(
        i for i, p in enumerate(pages_text(data)) if "Setting a direction" in p and "Mean" in p
    )
    values = [v for v, _ in _ticks(data, page)[0]]
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    assert len(steps) == 1
    step = steps.pop()
    assert re.fullmatch(r"[125]0*", str(step)), values
    assert values[-1] >= 2_000  # 2,000 ballots on each value fit under the top tick


def test_split_is_shown_only_where_split_and_first_round_mean_beside(demo_pages):
    whole = " ".join(demo_pages)
    assert "Not split" not in whole
    assert whole.count("Split room") == 1  # Aligning people only
    assert "Mean 2.7 / 5 (round 1: 2.3 / 5)" in whole


# 4 -- no nearly empty pages -------------------------------------------------------------
def test_the_demo_and_a_harbour_like_session_fit_in_five_pages(demo_pages):
    assert len(demo_pages) <= 5
    assert len(pages_text(build(harbour()))) <= 5
    for language in ("en", "de"):
        session = in_language(demo_session(), language)
        for paper in ("a4", "letter"):
            assert len(pages_text(build(session, paper=paper))) <= 5, (language, paper)


def test_the_thesis_prints_once_and_a_one_note_parking_lot_takes_no_page_of_its_own(demo_pages):
    framework = demo_session().framework
    assert " ".join(demo_pages).count(one_line(framework.thesis)[:40]) == 1
    session = harbour()
    pages = [one_line(p) for p in pages_text(build(session))]
    lot = next(p for p in pages if "Ask IT about the gate scanners" in p)
    assert len(lot) > 600  # it shares its page with other sections
    assert "No actions were recorded." not in " ".join(pages)


# 5 -- notes read as notes --------------------------------------------------------------
def test_a_notes_count_reads_as_dots_and_a_blank_note_says_so():
    session = session_with_notes("setting-direction", [("   ", 7, None), ("Real note", 1, None)])
    page = next(one_line(p) for p in pages_text(build(session)) if "Real note" in p)
    assert "7 dots (a note without text)" in page
    assert "1 dot Real note" in page


def test_a_note_never_splits_from_its_count():
    notes = [(f"n{i:03d}a\nn{i:03d}b\nn{i:03d}c", i % 5, None) for i in range(120)]
    session = session_with_notes("setting-direction", notes)
    pages = pages_text(build(session))
    for i in range(120):
        holders = [p for p in pages[1:] if f"n{i:03d}a" in p]  # page 1 may quote it
        assert len(holders) == 1
        assert f"n{i:03d}c" in holders[0]  # its last line on the same page
        assert re.search(rf"{i % 5} dots?\s+n{i:03d}a", holders[0])


# 6 -- every character the room typed prints ----------------------------------------------
def test_emoji_and_combining_marks_print_as_glyphs_and_copy_out_as_typed():
    session = session_with_notes(
        "setting-direction",
        [("Great idea 😀 and q\u0303 and 1\u20e3", 2, "Wins 🎉")],
        clusters=("Wins 🎉",),
    )
    session.update_info(title="Party 🎉 in Zoe\u0308")
    session.put_action(Action("Order cake 🎂", owner="Ana\u0301 😀"))
    data = build(session)
    whole = text(data)
    assert "\x00" not in whole  # reportlab sets a character its font lacks as code 0: a box
    assert unprintable(data) == set()
    for expected in ("😀", "🎉", "🎂", "q\u0303", "1\u20e3", "Zoë"):
        assert expected in whole, expected
    embedded = [str(f.get("/BaseFont")) for f in fonts_of_pdf(data)]
    assert any("NotoEmoji" in name for name in embedded)


def fonts_of_pdf(data):
    from .pdf import fonts_of

    return fonts_of(data)


# 7 -- tables in the session's language, no broken words ---------------------------------
def test_german_tables_keep_nr_and_names_whole_and_write_german_dates():
    session = in_language(demo_session(), "de")
    session = rebuilt(
        session,
        actions=[
            Action(
                "Vision entwerfen", "Maximiliane Wolkenstein-Oberhausenbach", dt.date(2026, 10, 14)
            ),
            Action("Roadmap teilen", "Jo", dt.date(2026, 12, 1)),
        ],
    )
    data = build(session)
    lines = [line.strip() for line in pages_text(data)[0].splitlines()]
    assert "Nr." in lines  # not "N" and "r." on two lines
    for word in ("Maximiliane", "Wolkenstein-Oberhausenbach", "14.10.2026", "01.12.2026"):
        assert any(word in line for line in lines), word
    assert "2026-10-14" not in text(data)
    assert "19.11.2026" in lines  # the session's date too


# 8 -- the empty and the comparison cases ------------------------------------------------
def test_nothing_drawn_crosses_the_margins_when_votes_are_missing():
    session = new_session()
    vote(session, {"setting-direction": [3, 4, 2]})
    data = build(session)
    width = reader(data).pages[0].mediabox.width
    for page in range(len(reader(data).pages)):
        for x0, _, x1, _ in rectangles(data, page):
            assert x0 >= MARGIN - 0.5 and x1 <= width - MARGIN + 0.5, (page, x0, x1)


def test_a_spread_shown_as_one_point_zero_agrees_with_the_split_flag():
    session = new_session()
    vote(session, {"aligning-people": [2, 2, 2, 4, 4]})  # spread 0.98: not split on 1–5
    page = next(
        one_line(p) for p in pages_text(build(session)) if "Aligning people" in p and "Mean" in p
    )
    assert "Spread 0.98 · 5 votes" in page
    assert "Spread 1.0 " not in page and "Split room" not in page


def test_a_zero_balance_has_its_tenth_and_the_band_is_rounded_like_the_scores():
    session = new_session()
    vote(session, {p.id: [3, 3] for p in session.framework.processes})
    whole = " ".join(one_line(p) for p in pages_text(build(session)))
    assert "Balance 0.0: balanced" in whole
    ten = new_session(SessionInfo(scale=Scale(1, 10)))
    vote(ten, {p.id: [5, 6] for p in ten.framework.processes})
    whole = " ".join(one_line(p) for p in pages_text(build(ten)))
    assert "Within ±1.1 counts as balanced." in whole
    assert "1.125" not in whole


def test_german_metadata_has_german_keywords():
    meta = reader(build(in_language(demo_session(), "de"))).metadata
    assert "Führung" in meta["/Keywords"] and "leadership" not in meta["/Keywords"]
