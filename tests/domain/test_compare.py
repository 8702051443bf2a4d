"""Comparing sessions: every number agrees with the scoring module, in date order."""

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest

from kotter_workshop.domain.compare import compare, percent
from kotter_workshop.domain.errors import DomainError
from kotter_workshop.domain.framework import Quadrant
from kotter_workshop.domain.model import Scale
from kotter_workshop.domain.scoring import display, summarise

from .build import AP, CP, LEADERSHIP, MANAGEMENT, MI, OS, PB, SD, scored, session


def dated(s, title, day, team="Platform"):
    s.set_info(replace(s.info, title=title, date=dt.date.fromisoformat(day), team=team))
    return s


def before_and_after():
    before = scored(
        setting_direction=[2, 2, 3],
        aligning_people=[1, 2],
        motivating_inspiring=[2, 3],
        planning_budgeting=[4, 5],
        organizing_staffing=[4, 4],
        controlling_problem_solving=[5],
    )
    after = scored(
        setting_direction=[4, 4, 5],
        aligning_people=[4, 3],
        motivating_inspiring=[4],
        planning_budgeting=[4, 4],
        organizing_staffing=[3, 4],
        controlling_problem_solving=[4, 3],
    )
    before = dated(before, "Kick-off", "2026-03-01")
    after = dated(after, "Programme end", "2026-09-01")
    return before, after


def test_every_number_is_the_scoring_modules_and_sessions_are_ordered_by_date():
    before, after = before_and_after()
    comparison = compare([after, before])  # given newest first
    assert [s.name for s in comparison.sessions] == [
        "Kick-off (2026-03-01)",
        "Programme end (2026-09-01)",
    ]
    assert not comparison.normalised and comparison.scale == Scale(1, 5)
    for compared, source in zip(comparison.sessions, (before, after), strict=True):
        summary = summarise(source)
        assert comparison.leadership(compared) == summary.shown_leadership
        assert comparison.management(compared) == summary.shown_management
        assert comparison.balance(compared) == summary.balance
        assert compared.label == summary.label and compared.quadrant == summary.quadrant
        for pid in LEADERSHIP + MANAGEMENT:
            assert comparison.process(compared, pid) == summary.processes[pid].shown
    first, last = comparison.sessions
    assert first.quadrant is Quadrant.OVER_MANAGED and last.quadrant is Quadrant.LEADER_MANAGERS
    # hand-checked: L went from mean(7/3, 3/2, 5/2) = 2.1 to mean(13/3, 7/2, 4) = 3.9
    assert (first.leadership, last.leadership) == (Decimal("2.1"), Decimal("3.9"))
    assert comparison.change([comparison.leadership(s) for s in comparison.sessions]) == Decimal(
        "1.8"
    )


def test_equal_dates_are_ordered_by_title_and_a_single_session_is_refused():
    b, a = dated(session(), "B", "2026-01-01"), dated(session(), "A", "2026-01-01")
    assert [s.title for s in compare([b, a]).sessions] == ["A", "B"]
    with pytest.raises(DomainError):
        compare([a])


def test_mixed_scales_are_normalised_from_the_displayed_values():
    five = dated(
        scored((1, 5), setting_direction=[3], planning_budgeting=[2, 3]), "Five", "2026-01-01"
    )
    seven = dated(
        scored((1, 7), setting_direction=[5, 6, 6], planning_budgeting=[4], aligning_people=[7]),
        "Seven", "2026-06-01",
    )  # fmt: skip
    comparison = compare([five, seven])
    assert comparison.normalised and comparison.scale is None
    one, two = comparison.sessions
    for compared, source in ((one, five), (two, seven)):
        summary = summarise(source)
        lo, span = source.scale.min, source.scale.range
        expected_l = display((Fraction(summary.shown_leadership) - lo) / span * 100)
        expected_m = display((Fraction(summary.shown_management) - lo) / span * 100)
        assert comparison.leadership(compared) == expected_l
        assert comparison.management(compared) == expected_m
        assert comparison.balance(compared) == expected_l - expected_m
        assert comparison.process(compared, SD) == display(
            (Fraction(summary.processes[SD].shown) - lo) / span * 100
        )
    assert comparison.leadership(one) == Decimal("50.0")  # 3 on 1–5 is the midpoint
    assert comparison.management(one) == Decimal("37.5")  # 2.5 on 1–5
    # 1–7: SD 17/3 shows 5.7 -> 4.7/6 = 78.3%; AP 7 -> 100%; L = mean shows 6.3 -> 88.3%
    assert comparison.process(two, SD) == Decimal("78.3")
    assert comparison.process(two, AP) == Decimal("100.0")
    assert comparison.leadership(two) == Decimal("88.3")
    assert comparison.show(comparison.leadership(two)) == "88.3%"
    assert comparison.process(two, MI) is None and comparison.show(None) == "–"
    german = replace(comparison, language="de")  # the newest session's language
    assert german.show(german.leadership(two)) == "88,3\u00a0%"  # German: a space before %
    assert german.show_signed(Decimal("-12.5")) == "−12,5"
    assert comparison.show_signed(Decimal("-12.5")) == "−12.5"
    assert german.show_signed(None) == "–" and german.show_signed(Decimal("0.0")) == "0"


def test_percent_puts_each_scales_midpoint_at_fifty():
    for lo, hi in ((1, 5), (1, 7), (1, 10)):
        assert percent(Decimal(lo + hi) / 2, Scale(lo, hi)) == Decimal("50.0")
        assert percent(Decimal(hi), Scale(lo, hi)) == Decimal("100.0")


def test_a_session_without_enough_votes_has_no_position():
    empty = dated(session(), "Empty", "2026-01-01")
    some = dated(scored(setting_direction=[4], planning_budgeting=[2]), "Some", "2026-02-01")
    comparison = compare([empty, some])
    assert comparison.sessions[0].position() is None
    assert comparison.sessions[1].position() == (0.75, 0.25)
    assert comparison.quadrant_title(None) == "not enough votes yet"
    assert [pid for pid, _, _ in comparison.processes] == [SD, PB, AP, OS, MI, CP]
