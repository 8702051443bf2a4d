"""Scoring as PRODUCT.md "Scoring" states it: every number the room sees."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from kotter_workshop.domain.framework import Quadrant
from kotter_workshop.domain.model import Ballot, Scale
from kotter_workshop.domain.scoring import (
    Label,
    display,
    format_score,
    format_spread,
    process_score,
    summarise,
)
from kotter_workshop.domain.texts import number_text

from .build import AP, CP, MI, OS, PB, SD, repeat, scored, session, vote


def shown(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# -- rounding -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("exact", "text"),
    [
        (Fraction(59, 20), "3.0"),  # 2.95
        (Fraction(9, 4), "2.3"),  # 2.25
        (Fraction(41, 20), "2.1"),  # 2.05: float rounding would give 2.0
        (Fraction(43, 20), "2.2"),  # 2.15: float rounding would give 2.1
        (Fraction(249, 100), "2.5"),
        (Fraction(2449, 1000), "2.4"),
        (Fraction(4, 3), "1.3"),
        (Fraction(5, 3), "1.7"),
        (Fraction(1), "1.0"),
        (Fraction(10), "10.0"),
        (Fraction(199, 20), "10.0"),  # 9.95
    ],
)
def test_display_rounds_half_up_exactly(exact, text):
    assert str(display(exact)) == text


@pytest.mark.parametrize(
    ("values", "text"),
    [
        (repeat((3, 19), (2, 1)), "3.0"),  # 59/20 = 2.95
        ([2, 2, 2, 3], "2.3"),  # 9/4 = 2.25
        (repeat((2, 19), (3, 1)), "2.1"),  # 41/20 = 2.05
        ([1, 1, 2], "1.3"),
    ],
)
def test_process_mean_is_shown_rounded_half_up(values, text):
    s = scored(setting_direction=values)
    score = process_score(s, SD)
    assert score.mean == Fraction(sum(values), len(values))
    assert shown(score.shown) == text
    assert format_score(score.shown, s.scale, "en") == f"{text} / 5"


def test_leadership_and_management_are_shown_rounded_half_up():
    s = scored(setting_direction=repeat((3, 19), (2, 1)), planning_budgeting=[2, 2, 2, 3])
    summary = summarise(s)
    assert summary.leadership == Fraction(59, 20)
    assert summary.management == Fraction(9, 4)
    assert format_score(summary.shown_leadership, s.scale, "en") == "3.0 / 5"
    assert format_score(summary.shown_management, s.scale, "en") == "2.3 / 5"


def test_a_process_without_a_score_is_shown_as_a_dash():
    s = scored(setting_direction=[4])
    assert format_score(process_score(s, AP).shown, s.scale, "en") == "–"
    assert format_score(process_score(s, AP).shown, s.scale, "de") == "–"


# -- the session language's decimal separator ---------------------------------


@pytest.mark.parametrize(
    ("values", "english", "german"),
    [
        ([2, 3, 3, 3], "2.8 / 5", "2,8 / 5"),  # 2.75, half up
        ([2, 3, 2, 2], "2.3 / 5", "2,3 / 5"),  # 2.25, half up
        ([4, 4], "4.0 / 5", "4,0 / 5"),
    ],
)
def test_a_german_session_writes_a_decimal_comma_with_the_same_rounding(values, english, german):
    s = scored(setting_direction=values)
    score = process_score(s, SD).shown
    assert format_score(score, s.scale, "en") == english
    assert format_score(score, s.scale, "de") == german
    assert format_score(score, s.scale, None) == english  # no language: the source language
    assert format_score(score, s.scale, "xx") == english  # one the app does not ship: too
    assert score == Decimal(english.split()[0])  # the number itself is unchanged


def test_balances_spreads_and_bands_follow_the_language_too():
    assert number_text(Decimal("-1.1"), "de", signed=True) == "−1,1"
    assert number_text(Decimal("-1.1"), "en", signed=True) == "−1.1"
    assert number_text(Decimal("0.4"), "de", signed=True) == "+0,4"
    assert number_text(Decimal("0.0"), "de", signed=True) == "0"
    assert number_text(3, "de", signed=True) == "+3"
    assert number_text("0.75", "de") == "0,75"
    assert number_text(Decimal("61.7"), "de") == "61,7"
    assert format_spread(1.2345, "de") == "1,2"
    assert format_spread(1.2345, "en") == "1.2"


# -- the four quadrants and the label --------------------------------------------


@pytest.mark.parametrize(
    ("lead", "manage", "l_text", "m_text", "quadrant", "label"),
    [
        ([4, 4], [4, 4], "4.0", "4.0", Quadrant.LEADER_MANAGERS, Label.BALANCED),
        ([2, 2], [4, 4], "2.0", "4.0", Quadrant.OVER_MANAGED, Label.LEANS_MANAGEMENT),
        ([4, 5], [2, 2], "4.5", "2.0", Quadrant.OVER_LED, Label.LEANS_LEADERSHIP),
        ([2, 1], [2, 2], "1.5", "2.0", Quadrant.UNDER_BOTH, Label.BALANCED),
    ],
)
def test_each_quadrant(lead, manage, l_text, m_text, quadrant, label):
    summary = summarise(scored(setting_direction=lead, planning_budgeting=manage))
    assert shown(summary.shown_leadership) == l_text
    assert shown(summary.shown_management) == m_text
    assert summary.has_position
    assert summary.quadrant is quadrant
    assert summary.label is label


def test_a_value_exactly_at_the_midpoint_is_strong():
    # L shown 3.0 on 1–5 is strong; M shown 2.9 is weak.
    summary = summarise(scored(setting_direction=[3], planning_budgeting=repeat((3, 9), (2, 1))))
    assert shown(summary.shown_leadership) == "3.0"
    assert shown(summary.shown_management) == "2.9"
    assert summary.quadrant is Quadrant.OVER_LED


def test_both_exactly_at_the_midpoint_are_leader_managers():
    summary = summarise(scored(setting_direction=[2, 4], planning_budgeting=[3]))
    assert summary.quadrant is Quadrant.LEADER_MANAGERS
    assert str(summary.balance) == "0.0"
    assert summary.label is Label.BALANCED


@pytest.mark.parametrize(
    ("lead", "manage", "balance", "label"),
    [
        ([3, 4], [3], "0.5", Label.BALANCED),  # exactly +range/8
        ([3, 4, 4, 4, 3], [3], "0.6", Label.LEANS_LEADERSHIP),  # 3.6 - 3.0
        ([3], [3, 4], "-0.5", Label.BALANCED),  # exactly -range/8
        ([3], [3, 4, 4, 4, 3], "-0.6", Label.LEANS_MANAGEMENT),
    ],
)
def test_balance_threshold_is_an_eighth_of_the_range(lead, manage, balance, label):
    summary = summarise(scored(setting_direction=lead, planning_budgeting=manage))
    assert str(summary.balance) == balance
    assert summary.label is label


def test_quadrant_is_decided_on_displayed_values_not_exact_ones():
    # L is exactly 2.95, below the midpoint 3, but the room sees 3.0: strong.
    summary = summarise(scored(setting_direction=repeat((3, 19), (2, 1)), planning_budgeting=[2]))
    assert summary.leadership < 3
    assert shown(summary.shown_leadership) == "3.0"
    assert summary.quadrant is Quadrant.OVER_LED


def test_label_is_decided_on_displayed_values_not_exact_ones():
    # L = 53/15 = 3.533.. shows 3.5; M = 59/20 = 2.95 shows 3.0.
    # Exactly, L - M = 0.583.. would lean leadership; the room sees 3.5 - 3.0 = 0.5.
    summary = summarise(
        scored(
            setting_direction=repeat((4, 8), (3, 7)),
            planning_budgeting=repeat((3, 19), (2, 1)),
        )
    )
    assert summary.leadership - summary.management > Fraction(1, 2)
    assert shown(summary.shown_leadership) == "3.5"
    assert shown(summary.shown_management) == "3.0"
    assert str(summary.balance) == "0.5"
    assert summary.label is Label.BALANCED
    assert summary.quadrant is Quadrant.LEADER_MANAGERS


# -- which scores go into L and M ---------------------------------------------


def test_leadership_is_the_mean_of_process_scores_not_of_all_ballots():
    # Process means 1 and 5 give L = 3.0; pooling the four ballots would give 2.0.
    summary = summarise(scored(setting_direction=[1, 1, 1], aligning_people=[5]))
    assert summary.leadership == 3
    assert shown(summary.shown_leadership) == "3.0"


def test_leadership_averages_all_three_processes():
    summary = summarise(
        scored(setting_direction=[2], aligning_people=[3], motivating_inspiring=[5])
    )
    assert summary.leadership == Fraction(10, 3)
    assert shown(summary.shown_leadership) == "3.3"


def test_management_averages_all_three_processes():
    summary = summarise(
        scored(planning_budgeting=[1], organizing_staffing=[2], controlling_problem_solving=[2])
    )
    assert shown(summary.shown_management) == "1.7"


def test_processes_without_ballots_have_no_score_and_are_left_out():
    s = scored(setting_direction=[2], planning_budgeting=[4])
    summary = summarise(s)
    for process in (AP, MI, OS, CP):
        assert summary.processes[process].mean is None
        assert summary.processes[process].shown is None
        assert summary.processes[process].count == 0
    assert shown(summary.shown_leadership) == "2.0"  # not (2 + 0 + 0) / 3
    assert shown(summary.shown_management) == "4.0"


def test_abstentions_are_left_out_of_means_but_counted():
    s = scored(setting_direction=[4, None, None, 2], planning_budgeting=[3])
    score = process_score(s, SD)
    assert score.count == 2
    assert score.abstentions == 2
    assert shown(score.shown) == "3.0"  # not 6 / 4
    assert score.distribution == {2: 1, 4: 1}
    assert summarise(s).participants == 4


def test_a_process_with_only_abstentions_has_no_score():
    s = scored(setting_direction=[None, None], aligning_people=[2], planning_budgeting=[4])
    summary = summarise(s)
    assert summary.processes[SD].mean is None
    assert summary.processes[SD].abstentions == 2
    assert shown(summary.shown_leadership) == "2.0"


def test_distribution_counts_each_value():
    score = process_score(scored(setting_direction=[2, 4, 4, None, 5]), SD)
    assert score.distribution == {2: 1, 4: 2, 5: 1}
    assert list(score.distribution) == [2, 4, 5]


# -- not enough votes, a single ballot --------------------------------------------


def test_an_empty_session_has_no_position():
    summary = summarise(session())
    assert summary.leadership is None and summary.management is None
    assert summary.shown_leadership is None and summary.shown_management is None
    assert not summary.has_position
    assert summary.balance is None
    assert summary.quadrant is None
    assert summary.label is None
    assert summary.participants == 0


def test_only_leadership_scored_is_not_enough_votes():
    summary = summarise(scored(setting_direction=[4, 5], aligning_people=[4]))
    assert shown(summary.shown_leadership) == "4.3"
    assert summary.management is None
    assert not summary.has_position
    assert summary.balance is None
    assert summary.quadrant is None
    assert summary.label is None


def test_management_only_abstentions_is_not_enough_votes():
    summary = summarise(scored(setting_direction=[2], planning_budgeting=[None, None]))
    assert summary.management is None
    assert summary.quadrant is None
    assert summary.label is None
    assert summary.balance is None
    assert summary.participants == 2


def test_a_single_ballot_on_each_side():
    s = scored(setting_direction=[4], planning_budgeting=[2])
    summary = summarise(s)
    sd = summary.processes[SD]
    assert (sd.count, sd.abstentions, sd.split, sd.spread) == (1, 0, False, 0.0)
    assert shown(summary.shown_leadership) == "4.0"
    assert shown(summary.shown_management) == "2.0"
    assert summary.quadrant is Quadrant.OVER_LED
    assert summary.label is Label.LEANS_LEADERSHIP
    assert summary.participants == 1  # p1 voted on both processes


# -- spread and split -------------------------------------------------------------


def test_spread_is_the_population_standard_deviation():
    # Sample standard deviation would be 2.14; the population one is exactly 2.
    score = process_score(scored((1, 10), setting_direction=[2, 4, 4, 4, 5, 5, 7, 9]), SD)
    assert score.spread == 2.0
    assert score.variance == 4
    assert not score.split  # 2.0 < 10 - 1 / 4 = 2.25


def test_spread_of_two_values_is_half_their_distance():
    assert process_score(scored(setting_direction=[1, 3]), SD).spread == 1.0


def test_spread_exactly_a_quarter_of_the_range_is_split():
    score = process_score(scored(setting_direction=[1, 1, 3, 3]), SD)
    assert score.spread == 1.0
    assert score.split


def test_spread_just_below_a_quarter_of_the_range_is_not_split():
    score = process_score(scored(setting_direction=[1, 1, 3, 3, 3]), SD)
    assert score.variance == Fraction(24, 25)  # spread 0.98
    assert not score.split


def test_three_ballots_are_never_split():
    score = process_score(scored(setting_direction=[1, 1, 5]), SD)
    assert score.spread > 1.8
    assert not score.split


def test_abstentions_do_not_count_towards_the_four_ballots_of_a_split():
    score = process_score(scored(setting_direction=[1, 1, 5, None, None]), SD)
    assert not score.split
    score = process_score(scored(setting_direction=[1, 1, 5, 5, None]), SD)
    assert score.split


def test_no_values_no_spread():
    score = process_score(scored(setting_direction=[None]), SD)
    assert score.spread is None
    assert score.variance is None
    assert not score.split


# -- the 1–7 and 1–10 scales ----------------------------------------------------------


def test_scale_1_to_7_midpoint_is_4():
    summary = summarise(
        scored((1, 7), setting_direction=[4], planning_budgeting=repeat((4, 9), (3, 1)))
    )
    assert shown(summary.shown_leadership) == "4.0"
    assert shown(summary.shown_management) == "3.9"
    assert summary.quadrant is Quadrant.OVER_LED
    assert format_score(summary.shown_leadership, Scale(1, 7), "en") == "4.0 / 7"


@pytest.mark.parametrize(
    ("lead", "balance", "label"),
    [
        (repeat((5, 7), (4, 3)), "0.7", Label.BALANCED),  # 4.7 - 4.0, threshold 0.75
        (repeat((5, 8), (4, 2)), "0.8", Label.LEANS_LEADERSHIP),
    ],
)
def test_scale_1_to_7_label_threshold_is_0_75(lead, balance, label):
    summary = summarise(scored((1, 7), setting_direction=lead, planning_budgeting=[4]))
    assert str(summary.balance) == balance
    assert summary.label is label


def test_scale_1_to_7_leans_management_beyond_minus_0_75():
    summary = summarise(
        scored((1, 7), setting_direction=[4], planning_budgeting=repeat((5, 8), (4, 2)))
    )
    assert str(summary.balance) == "-0.8"
    assert summary.label is Label.LEANS_MANAGEMENT


def test_scale_1_to_7_split_at_spread_1_5():
    split = process_score(scored((1, 7), setting_direction=[1, 1, 4, 4]), SD)
    assert split.spread == 1.5
    assert split.split
    close = process_score(scored((1, 7), setting_direction=[1, 2, 4, 4]), SD)
    assert close.spread < 1.5
    assert not close.split


def test_scale_1_to_10_midpoint_is_5_5():
    summary = summarise(
        scored((1, 10), setting_direction=[5, 6], planning_budgeting=[5, 5, 5, 6, 6])
    )
    assert shown(summary.shown_leadership) == "5.5"
    assert shown(summary.shown_management) == "5.4"
    assert summary.quadrant is Quadrant.OVER_LED
    assert summary.label is Label.BALANCED


@pytest.mark.parametrize(
    ("lead", "balance", "label"),
    [
        (repeat((7, 1), (6, 9)), "1.1", Label.BALANCED),  # 6.1 - 5.0, threshold 1.125
        (repeat((7, 2), (6, 8)), "1.2", Label.LEANS_LEADERSHIP),
    ],
)
def test_scale_1_to_10_label_threshold_is_1_125(lead, balance, label):
    summary = summarise(scored((1, 10), setting_direction=lead, planning_budgeting=[5]))
    assert str(summary.balance) == balance
    assert summary.label is label


def test_scale_1_to_10_split_at_spread_2_25():
    # Fourteen 1s, a 4 and a 10: mean 1.75, population spread exactly 2.25.
    split = process_score(scored((1, 10), setting_direction=repeat((1, 14), (4, 1), (10, 1))), SD)
    assert split.variance == Fraction(81, 16)
    assert split.spread == 2.25
    assert split.split
    close = process_score(scored((1, 10), setting_direction=repeat((1, 14), (3, 1), (10, 1))), SD)
    assert close.spread < 2.25
    assert not close.split


def test_scale_1_to_10_shows_ten():
    s = scored((1, 10), setting_direction=[10, 10])
    assert format_score(process_score(s, SD).shown, s.scale, "en") == "10.0 / 10"


# -- the shown round ------------------------------------------------------------


def revoted():
    """Round 1: p1–p3 rate 1; after discussion, round 2: p1–p2 rate 4 and 5."""
    s = scored(planning_budgeting=[3])
    vote(s, SD, [1, 1, 1], round_=1)
    vote(s, SD, [4, 5], round_=2)
    return s


def test_the_latest_round_is_shown_by_default():
    s = revoted()
    score = process_score(s, SD)
    assert score.round == 2
    assert score.count == 2  # round 1's ballots are ignored
    assert shown(score.shown) == "4.5"
    summary = summarise(s)
    assert shown(summary.shown_leadership) == "4.5"
    assert summary.participants == 2  # p3 voted only in round 1


def test_a_pinned_round_is_used_everywhere():
    s = revoted()
    s.set_shown_round(SD, 1)
    score = process_score(s, SD)
    assert score.round == 1
    assert score.count == 3
    assert shown(score.shown) == "1.0"
    summary = summarise(s)
    assert shown(summary.shown_leadership) == "1.0"
    assert summary.quadrant is Quadrant.OVER_MANAGED
    assert summary.participants == 3


def test_unpinning_goes_back_to_the_latest_round():
    s = revoted()
    s.set_shown_round(SD, 1)
    s.set_shown_round(SD, None)
    assert shown(process_score(s, SD).shown) == "4.5"


def test_a_pinned_round_without_ballots_has_no_score():
    s = revoted()
    s.set_shown_round(SD, 3)
    assert process_score(s, SD).mean is None
    assert summarise(s).leadership is None


def test_process_score_can_be_asked_for_any_round():
    s = revoted()
    assert shown(process_score(s, SD, 1).shown) == "1.0"
    assert shown(process_score(s, SD, 2).shown) == "4.5"


def test_each_process_has_its_own_latest_round():
    s = revoted()
    vote(s, AP, [2, 2], round_=1)
    summary = summarise(s)
    assert summary.processes[SD].round == 2
    assert summary.processes[AP].round == 1
    assert summary.leadership == Fraction(13, 4)  # (4.5 + 2) / 2
    assert shown(summary.shown_leadership) == "3.3"


# -- participants ---------------------------------------------------------------


def test_participants_are_distinct_voters_across_processes():
    s = session()
    vote(s, SD, [3, 4], voters=["p1", "p2"])
    vote(s, PB, [3, 4], voters=["p2", "p3"])
    assert summarise(s).participants == 3


def test_abstainers_are_participants():
    s = session()
    vote(s, SD, [3, None], voters=["p1", "p4"])
    assert summarise(s).participants == 2


def test_tally_ballots_add_the_most_on_any_one_process():
    s = session()
    vote(s, SD, [3, 4], voters=["p1", "p2"])
    vote(s, SD, [3, 3, 2, 4, 5], voters=[None] * 5)
    vote(s, PB, [4, 4, 4], voters=[None] * 3)
    vote(s, AP, [3, None, None, None, None, None], voters=[None] * 6)
    # Two named voters, plus six tally ballots (abstentions included) on aligning-people.
    assert summarise(s).participants == 2 + 6


def test_tally_ballots_of_other_rounds_do_not_count():
    s = session()
    vote(s, SD, [3] * 7, round_=1, voters=[None] * 7)
    vote(s, SD, [4] * 3, round_=2, voters=[None] * 3)
    assert summarise(s).participants == 3
    s.set_shown_round(SD, 1)
    assert summarise(s).participants == 7


def test_ballots_in_the_session_are_ignored_outside_the_shown_round():
    s = session()
    s.add_ballot(Ballot(SD, 5, voter="p1", round=1))
    s.add_ballot(Ballot(SD, 1, voter="p2", round=2))
    s.add_ballot(Ballot(PB, 3, voter="p3", round=1))
    summary = summarise(s)
    assert shown(summary.shown_leadership) == "1.0"
    assert summary.participants == 2
