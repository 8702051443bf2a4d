"""The exported summary says what PRODUCT.md's "Scoring" says, on hand-made rooms."""

from __future__ import annotations

from pathlib import Path

import pytest

from kotter_workshop.domain.model import Ballot, Scale, SessionInfo
from kotter_workshop.domain.scoring import Label, summarise
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.interchange import session_to_json

FIVE = Scale(1, 5)
# PRODUCT.md, "Scoring": the spectrum label's words, exactly.
PRODUCT_WORDS = {
    Label.LEANS_MANAGEMENT: "leans management",
    Label.LEANS_LEADERSHIP: "leans leadership",
    Label.BALANCED: "balanced",
}


def room(votes: dict[str, list[int | None]], scale: Scale = FIVE, round_: int = 1):
    """A session where each process got these tally ballots."""
    session = new_session(SessionInfo(scale=scale))
    for process, values in votes.items():
        for value in values:
            session.add_ballot(Ballot(process, value, round=round_))
    return session


def summary_of(session) -> dict:
    return session_to_json(session)["summary"]


def test_means_are_exact_and_decisions_use_the_displayed_values():
    session = room(
        {
            "setting-direction": [2, 3],  # 2.5
            "aligning-people": [3, 3, 3, 4],  # 3.25
            "planning-budgeting": [4, 4],  # 4
            "organizing-staffing": [5, None],  # 5, one abstention
        }
    )
    s = summary_of(session)
    assert s["leadership"] == 2.875  # shown as 2.9, exported unrounded
    assert s["management"] == 4.5
    assert s["balance"] == -1.6  # 2.9 - 4.5, as on screen
    assert s["label"] == "leans management"
    assert s["quadrant"] == "over-managed-under-led"
    assert s["processes"]["organizing-staffing"]["count"] == 1
    assert s["processes"]["organizing-staffing"]["abstentions"] == 1
    assert s["processes"]["motivating-inspiring"]["mean"] is None


def test_the_midpoint_is_judged_on_the_rounded_value():
    # 59/20 = 2.95 shows as 3.0, which is the midpoint of 1–5: strong.
    session = room({"setting-direction": [3] * 19 + [2], "planning-budgeting": [1]})
    s = summary_of(session)
    assert s["leadership"] == 2.95
    assert s["balance"] == 2.0
    assert s["label"] == "leans leadership"
    assert s["quadrant"] == "over-led-under-managed"


def test_a_balance_exactly_at_the_threshold_is_balanced():
    session = room({"aligning-people": [3, 4], "organizing-staffing": [3]})  # 3.5 vs 3.0
    s = summary_of(session)
    assert s["balance"] == 0.5
    assert s["label"] == "balanced"
    assert s["quadrant"] == "leader-managers"


def test_both_weak():
    s = summary_of(room({"motivating-inspiring": [1, 2], "controlling-problem-solving": [2]}))
    assert s["quadrant"] == "under-led-under-managed"


def test_not_enough_votes_gives_nulls():
    s = summary_of(room({"setting-direction": [None, None]}))
    assert s["leadership"] is None and s["management"] is None
    assert s["balance"] is None and s["label"] is None and s["quadrant"] is None
    sd = s["processes"]["setting-direction"]
    assert (sd["mean"], sd["spread"], sd["count"], sd["abstentions"]) == (None, None, 0, 2)
    assert sd["split"] is False
    assert s["participants"] == 2  # abstaining people were there


def test_split_needs_four_ballots_with_a_value():
    split = summary_of(room({"aligning-people": [1, 1, 5, 5]}))["processes"]["aligning-people"]
    assert split["spread"] == 2.0 and split["split"] is True
    three = summary_of(room({"aligning-people": [1, 5, 5, None]}))["processes"]["aligning-people"]
    assert three["count"] == 3 and three["split"] is False
    narrow = summary_of(room({"aligning-people": [2, 3, 3, 3]}))["processes"]["aligning-people"]
    assert narrow["split"] is False


def test_distribution_lists_every_value_of_the_scale_with_string_keys():
    s = summary_of(room({"setting-direction": [1, 10, 10, None]}, Scale(1, 10)))
    dist = s["processes"]["setting-direction"]["distribution"]
    assert list(dist) == [str(v) for v in range(1, 11)]
    assert dist["1"] == 1 and dist["10"] == 2 and sum(dist.values()) == 3


def test_summary_uses_the_shown_round():
    session = room({"setting-direction": [1, 1]})
    for value in (5, 5):
        session.add_ballot(Ballot("setting-direction", value, round=2))
    assert summary_of(session)["processes"]["setting-direction"]["mean"] == 5
    assert summary_of(session)["processes"]["setting-direction"]["round"] == 2
    session.set_shown_round("setting-direction", 1)
    assert summary_of(session)["processes"]["setting-direction"]["mean"] == 1
    assert summary_of(session)["leadership"] == 1


def test_participants_count_distinct_voters_and_the_largest_tally():
    session = new_session()
    for voter in ("p1", "p2", "p3"):
        session.add_ballot(Ballot("setting-direction", 3, voter=voter))
    session.add_ballot(Ballot("planning-budgeting", None, voter="p1"))
    session.add_ballot(Ballot("planning-budgeting", 2, voter="p4"))
    for value in (1, 2, 3, 4):
        session.add_ballot(Ballot("aligning-people", value))  # four hands counted
    session.add_ballot(Ballot("organizing-staffing", 2))
    assert summary_of(session)["participants"] == 4 + 4


def test_the_export_agrees_with_scoring_on_the_demo():
    from kotter_workshop.domain.demo import demo_session

    session = demo_session()
    expected = summarise(session)
    s = summary_of(session)
    assert s["leadership"] == float(expected.leadership)
    assert s["management"] == float(expected.management)
    assert s["balance"] == float(expected.balance)
    assert s["label"] == PRODUCT_WORDS[expected.label]
    assert list(s["processes"]) == [p.id for p in session.framework.ordered()]
    for pid, score in expected.processes.items():
        assert s["processes"][pid]["mean"] == float(score.mean)
        assert s["processes"][pid]["split"] == score.split


def test_every_label_is_written_in_product_md_words():
    rooms = {
        Label.LEANS_MANAGEMENT: {"setting-direction": [1], "planning-budgeting": [5]},
        Label.LEANS_LEADERSHIP: {"setting-direction": [5], "planning-budgeting": [1]},
        Label.BALANCED: {"setting-direction": [3], "planning-budgeting": [3]},
    }
    assert set(rooms) == set(Label)  # a new label needs its words here and in the export
    for label, votes in rooms.items():
        assert summarise(room(votes)).label is label
        assert summary_of(room(votes))["label"] == PRODUCT_WORDS[label]


def test_the_label_is_the_same_words_in_every_language():
    session = new_session(SessionInfo(language="de"))
    session.add_ballot(Ballot("setting-direction", 1))
    session.add_ballot(Ballot("planning-budgeting", 5))
    assert summary_of(session)["label"] == "leans management"


def test_the_label_words_are_the_ones_product_md_uses():
    product = Path("/work/shared/PRODUCT.md")
    if not product.is_file():  # the spec lives beside the repo on the team's machines
        pytest.skip("PRODUCT.md is not beside the repo")
    text = " ".join(product.read_text(encoding="utf-8").split())
    for words in PRODUCT_WORDS.values():
        assert f'"{words}"' in text
