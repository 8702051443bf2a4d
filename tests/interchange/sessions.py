"""Hypothesis strategies for whole sessions, built through the domain as the app would."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from kotter_workshop.domain.agenda import ACTIONS, SUMMARY, TASKS, TITLE, process_slide
from kotter_workshop.domain.framework import builtin_framework
from kotter_workshop.domain.model import (
    Action,
    Ballot,
    Cluster,
    Note,
    NoteColor,
    Panel,
    Participant,
    Scale,
    SessionInfo,
)
from kotter_workshop.domain.session_factory import new_session

PROCESSES = [p.id for p in builtin_framework("en").processes]
SLIDES = [TITLE, TASKS, SUMMARY, ACTIONS, *(process_slide(p) for p in PROCESSES)]

# Any Unicode a person can type; lone surrogates cannot be written as UTF-8 at all.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=12)
positions = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))


@st.composite
def sessions(draw):
    scale = draw(st.sampled_from([Scale(1, 5), Scale(1, 7), Scale(1, 10)]))
    template = draw(st.booleans())
    info = SessionInfo(
        title=draw(texts),
        team=draw(texts),
        facilitator=draw(texts),
        date=draw(dates),
        language=draw(st.sampled_from(["en", "de", "fr"])),
        scale=scale,
        is_template=template,
    )
    session = new_session(info)
    voters = draw(st.lists(ids, max_size=6, unique=True))
    session.set_roster(Participant(v, draw(texts)) for v in voters if draw(st.booleans()))
    if not template:
        for _ in range(draw(st.integers(0, 25))):
            process = draw(st.sampled_from(PROCESSES))
            round_ = draw(st.integers(1, 3))
            value = draw(st.none() | st.integers(scale.min, scale.max))
            voter = draw(st.none() | st.sampled_from(voters)) if voters else None
            if voter is not None and session.ballot_of(voter, process, round_):
                continue  # a changed vote replaces the ballot; the app never keeps two
            session.add_ballot(Ballot(process, value, voter=voter, round=round_))
        for process in draw(st.lists(st.sampled_from(PROCESSES), max_size=3, unique=True)):
            session.start_round(process)  # a re-vote started before its first ballot
        for process in draw(st.lists(st.sampled_from(PROCESSES), max_size=3, unique=True)):
            session.set_shown_round(process, draw(st.integers(1, 3)))
        for panel in session.panels:
            clusters = [
                Cluster(draw(texts), draw(positions), draw(positions))
                for _ in range(draw(st.integers(0, 2)))
            ]
            for cluster in clusters:
                session.put_cluster(panel.id, cluster)
            for _ in range(draw(st.integers(0, 3))):
                cluster = draw(st.none() | st.sampled_from(clusters)) if clusters else None
                session.put_note(
                    panel.id,
                    Note(
                        draw(texts.filter(bool)),  # a note holds 1 to 280 characters
                        draw(st.sampled_from(list(NoteColor))),
                        draw(positions),
                        draw(positions),
                        draw(st.integers(0, 50)),
                        cluster.id if cluster else None,
                    ),
                )
        for _ in range(draw(st.integers(0, 3))):
            session.put_action(Action(draw(texts), draw(texts), draw(st.none() | dates)))
    if draw(st.booleans()):
        session.add_panel(Panel(draw(texts)))  # a second free panel
    if draw(st.booleans()):
        session.remove_panel(session.panels[-2 if len(session.panels) > 7 else -1].id)
    for item in session.agenda:
        actual = draw(st.none() | st.integers(0, 7200))
        session.put_agenda_item(
            type(item)(item.title, item.slides, draw(st.integers(0, 7200)), actual, item.id)
        )
    for slide in draw(st.lists(st.sampled_from(SLIDES), max_size=4, unique=True)):
        text = draw(texts)
        if text:
            session.set_speaker_notes(slide, text)
    return session
