"""The fast paths a file's open takes: trusted constructors, and many ballots at once."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from kotter_workshop.domain.errors import DomainError
from kotter_workshop.domain.model import Ballot, Note, NoteColor
from kotter_workshop.domain.session_factory import new_session

from .build import AP, SD

BALLOT_FIELDS = (SD, 4, "p1", 2, "b1")
NOTE_FIELDS = ("Say why", NoteColor.SKY, 10.5, 20.0, 3, "c1", "n1")


@pytest.mark.parametrize(
    ("cls", "values"), [(Ballot, BALLOT_FIELDS), (Note, NOTE_FIELDS)], ids=["ballot", "note"]
)
def test_a_trusted_object_is_the_dataclass_built_one(cls, values):
    built, trusted = cls(*values), cls.trusted(*values)
    assert type(trusted) is cls
    assert trusted == built and built == trusted
    assert hash(trusted) == hash(built) and repr(trusted) == repr(built)
    assert dataclasses.astuple(trusted) == values == dataclasses.astuple(built)
    assert vars(trusted) == vars(built)  # the same fields, in the same order
    assert {trusted, built} == {built}
    assert copy.copy(trusted) == built and pickle.loads(pickle.dumps(trusted)) == built
    assert dataclasses.replace(trusted, id="other") == dataclasses.replace(built, id="other")
    with pytest.raises(dataclasses.FrozenInstanceError):
        trusted.id = "changed"


@pytest.mark.parametrize(
    ("cls", "values"), [(Ballot, BALLOT_FIELDS), (Note, NOTE_FIELDS)], ids=["ballot", "note"]
)
def test_trusted_objects_differ_where_their_fields_differ(cls, values):
    for i in range(len(values)):
        other = list(values)
        other[i] = None
        assert cls.trusted(*other) != cls(*values)
        assert cls.trusted(*other) == cls(*other)


# -- many ballots at once: the same checks and errors as one at a time ------------


def _one_by_one(ballots: list[Ballot]) -> str | None:
    """The error adding these ballots one at a time gives first, if any."""
    session = new_session()
    try:
        for ballot in ballots:
            session.add_ballot(ballot)
    except DomainError as exc:
        return str(exc)
    return None


def _at_once(ballots: list[Ballot]) -> tuple[str | None, int]:
    session = new_session()
    try:
        session.add_ballots(ballots)
    except DomainError as exc:
        return str(exc), len(session.ballots)
    return None, len(session.ballots)


BATCHES = {
    "all good": [Ballot(SD, v, id=f"b{v}") for v in (None, 1, 2, 3, 4, 5)],
    "off the scale": [Ballot(SD, 3, id="a"), Ballot(SD, 6, id="b"), Ballot(SD, 0, id="c")],
    "zero": [Ballot(SD, 0, id="a")],
    "a float inside the scale": [Ballot(SD, 2.5, id="a"), Ballot(SD, 3.0, id="b")],
    "a float outside it": [Ballot(SD, 5.5, id="a")],
    "True is 1": [Ballot(SD, True, id="a")],
    "round zero": [Ballot(SD, 3, round=0, id="a")],
    "a later round": [Ballot(SD, 3, round=7, id="a")],
    "no such process": [Ballot(SD, 3, id="a"), Ballot("nope", 3, id="b")],
    "an id twice": [Ballot(SD, 3, id="a"), Ballot(AP, 2, id="a")],
    "the same ballot twice": [Ballot(SD, 3, id="a")] * 2,
    "the first error wins (id)": [Ballot(SD, 3, id="a"), Ballot(SD, 3, id="a"), Ballot(SD, 9)],
    "the first error wins (scale)": [Ballot(SD, 9, id="a"), Ballot(SD, 3, round=0, id="a")],
    "the first error wins (round)": [Ballot(SD, 3, round=0), Ballot("nope", 9)],
}


@pytest.mark.parametrize("name", BATCHES)
def test_many_ballots_get_the_checks_and_errors_of_one_at_a_time(name):
    ballots = BATCHES[name]
    expected = _one_by_one(ballots)
    error, added = _at_once(ballots)
    assert error == expected
    assert added == (0 if expected else len(ballots))  # all or nothing


def test_many_ballots_refuse_an_id_already_in_the_session():
    session = new_session()
    session.add_ballot(Ballot(SD, 3, id="a"))
    with pytest.raises(DomainError, match="Ballot a is already in the session"):
        session.add_ballots(Ballot(AP, v, id=id_) for v, id_ in ((1, "b"), (2, "a")))
    assert [b.id for b in session.ballots] == ["a"]
