"""Properties of scoring over any ballots, checked against an independent computation."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from kotter_workshop.domain.framework import Quadrant, Side, builtin_framework
from kotter_workshop.domain.model import SCALES, Ballot, Scale, Session, SessionInfo
from kotter_workshop.domain.scoring import Label, display, summarise

FRAMEWORK = builtin_framework()
PROCESSES = [p.id for p in FRAMEWORK.processes]
SIDES = {side: [p.id for p in FRAMEWORK.side(side)] for side in Side}

# No deadline: a slow machine must not fail a test (timings live in benchmarks/).
PROPERTY = settings(deadline=None, max_examples=150)


@st.composite
def workshops(draw):
    """A scale, ballots on it (some abstaining, some tally, up to 3 rounds) and pinned rounds."""
    scale = Scale(*draw(st.sampled_from(SCALES)))
    ballot = st.builds(
        Ballot,
        process=st.sampled_from(PROCESSES),
        value=st.none() | st.integers(scale.min, scale.max),
        voter=st.none() | st.sampled_from([f"p{i}" for i in range(1, 9)]),
        round=st.integers(1, 3),
    )
    # One ballot per voter, process and round (a changed vote replaces the ballot).
    one_each = lambda b: (b.voter, b.process, b.round) if b.voter else b.id  # noqa: E731
    ballots = draw(st.lists(ballot, max_size=40, unique_by=one_each))
    pinned = draw(st.dictionaries(st.sampled_from(PROCESSES), st.integers(1, 3), max_size=3))
    return scale, ballots, pinned


def build(scale: Scale, ballots: list[Ballot], pinned: dict[str, int]) -> Session:
    session = Session(FRAMEWORK, SessionInfo(scale=scale))
    for ballot in ballots:
        session.add_ballot(ballot)
    for process, round_ in pinned.items():
        session.set_shown_round(process, round_)
    return session


def shown_round(ballots: list[Ballot], pinned: dict[str, int], process: str) -> int:
    if process in pinned:
        return pinned[process]
    return max((b.round for b in ballots if b.process == process), default=1)


def expected_means(ballots, pinned) -> dict[str, Fraction | None]:
    means = {}
    for process in PROCESSES:
        r = shown_round(ballots, pinned, process)
        values = [b.value for b in ballots if b.process == process and b.round == r]
        values = [v for v in values if v is not None]
        means[process] = Fraction(sum(values), len(values)) if values else None
    return means


def expected_side(means, side: Side) -> Fraction | None:
    scores = [means[p] for p in SIDES[side] if means[p] is not None]
    return sum(scores, Fraction(0)) / len(scores) if scores else None


def half_up(value: Fraction) -> Decimal:
    """One decimal, half up, via Decimal: an independent route to the displayed value."""
    with localcontext() as ctx:
        ctx.prec = 60
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@PROPERTY
@given(workshops())
def test_scores_stay_on_the_scale(workshop):
    scale, ballots, pinned = workshop
    summary = summarise(build(scale, ballots, pinned))
    lo, hi = Decimal(scale.min), Decimal(scale.max)
    for score in summary.processes.values():
        if score.mean is not None:
            assert scale.min <= score.mean <= scale.max
            assert lo <= score.shown <= hi
            assert score.spread <= scale.range / 2 + 1e-9
    for value, text in (
        (summary.leadership, summary.shown_leadership),
        (summary.management, summary.shown_management),
    ):
        if value is not None:
            assert scale.min <= value <= scale.max
            assert lo <= text <= hi


@PROPERTY
@given(workshops(), st.randoms(use_true_random=False))
def test_the_order_of_ballots_never_changes_the_summary(workshop, random):
    scale, ballots, pinned = workshop
    shuffled = list(ballots)
    random.shuffle(shuffled)
    assert summarise(build(scale, shuffled, pinned)) == summarise(build(scale, ballots, pinned))


@PROPERTY
@given(workshops())
def test_means_and_displayed_values_match_an_independent_computation(workshop):
    scale, ballots, pinned = workshop
    summary = summarise(build(scale, ballots, pinned))
    means = expected_means(ballots, pinned)
    for process, mean in means.items():
        score = summary.processes[process]
        assert score.mean == mean
        assert score.shown == (None if mean is None else half_up(mean))
        if mean is not None:
            assert str(score.shown) == str(half_up(mean))
    for side, exact, text in (
        (Side.LEADERSHIP, summary.leadership, summary.shown_leadership),
        (Side.MANAGEMENT, summary.management, summary.shown_management),
    ):
        expected = expected_side(means, side)
        assert exact == expected
        assert text == (None if expected is None else half_up(expected))


@PROPERTY
@given(workshops())
def test_participants_match_an_independent_count(workshop):
    scale, ballots, pinned = workshop
    summary = summarise(build(scale, ballots, pinned))
    shown = [b for b in ballots if b.round == shown_round(ballots, pinned, b.process)]
    voters = {b.voter for b in shown if b.voter is not None}
    tallies = max(sum(1 for b in shown if b.voter is None and b.process == p) for p in PROCESSES)
    assert summary.participants == len(voters) + tallies


@PROPERTY
@given(workshops())
def test_label_and_quadrant_agree_with_the_displayed_values(workshop):
    scale, ballots, pinned = workshop
    summary = summarise(build(scale, ballots, pinned))
    lead, manage = summary.shown_leadership, summary.shown_management
    if lead is None or manage is None:
        assert (summary.quadrant, summary.label, summary.balance) == (None, None, None)
        return
    midpoint = Decimal(scale.min + scale.max) / 2
    threshold = Decimal(scale.range) / 8
    balance = lead - manage
    assert summary.balance == balance
    if balance > threshold:
        assert summary.label is Label.LEANS_LEADERSHIP
    elif balance < -threshold:
        assert summary.label is Label.LEANS_MANAGEMENT
    else:
        assert summary.label is Label.BALANCED
    expected = {
        (True, True): Quadrant.LEADER_MANAGERS,
        (False, True): Quadrant.OVER_MANAGED,
        (True, False): Quadrant.OVER_LED,
        (False, False): Quadrant.UNDER_BOTH,
    }[(lead >= midpoint, manage >= midpoint)]
    assert summary.quadrant is expected


# Values on any scale, including every exact tie x.x5 between 1.05 and 9.95.
values = st.fractions(min_value=1, max_value=10, max_denominator=240) | st.integers(10, 99).map(
    lambda n: Fraction(2 * n + 1, 20)
)


@PROPERTY
@given(values)
def test_display_agrees_with_decimal_half_up(value):
    assert display(value) == half_up(value)
    assert str(display(value)) == str(half_up(value))
