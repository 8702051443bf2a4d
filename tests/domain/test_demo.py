"""The demo session a newcomer opens with --demo."""

from __future__ import annotations

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.framework import Quadrant
from kotter_workshop.domain.scoring import Label, process_score, summarise

from .build import AP, LEADERSHIP, MANAGEMENT, SD


def test_demo_has_a_named_team_and_facilitator():
    session = demo_session()
    assert session.info.team == "Customer Platform team"
    assert session.title == "Leadership offsite, autumn"
    assert session.info.facilitator == "Rosa Lindqvist"
    assert not session.info.is_template


def test_demo_has_twelve_participants_with_names():
    session = demo_session()
    assert summarise(session).participants == 12
    assert len(session.roster) == 12
    assert session.name_of("p1") == "Amira"
    assert session.name_of("p12") == "Lars"


def test_demo_has_twelve_ballots_on_every_process():
    session = demo_session()
    for process in LEADERSHIP + MANAGEMENT:
        ballots = session.ballots_for(process, session.shown_round(process))
        assert len(ballots) == 12, process
        assert {b.voter for b in ballots} == {f"p{i}" for i in range(1, 13)}
        assert process_score(session, process).mean is not None


def test_demo_shows_a_revote_and_a_split_room():
    session = demo_session()
    assert session.rounds_of(SD) == [1, 2]
    assert process_score(session, SD).round == 2
    assert str(process_score(session, SD).shown) == "2.7"
    assert process_score(session, AP).split


def test_demo_summary():
    summary = summarise(demo_session())
    assert str(summary.shown_leadership) == "2.8"
    assert str(summary.shown_management) == "3.9"
    assert summary.quadrant is Quadrant.OVER_MANAGED
    assert summary.label is Label.LEANS_MANAGEMENT


def test_demo_notes_sit_in_clusters_of_their_panel():
    session = demo_session()
    panels_with_notes = [p for p in session.panels if p.notes]
    assert len(panels_with_notes) == 3
    assert len(session.panel_for(SD).clusters) == 2
    for panel in panels_with_notes:
        cluster_ids = {c.id for c in panel.clusters}
        assert cluster_ids
        for note in panel.notes:
            assert note.cluster in cluster_ids, note.text
    assert any(note.votes > 0 for note in session.panel_for(SD).notes)


def test_demo_has_two_actions_with_owners_and_dates():
    actions = demo_session().actions
    assert len(actions) == 2
    assert [a.owner for a in actions] == ["Amira", "Jonas"]
    assert all(a.text and a.due is not None for a in actions)


def test_demo_has_speaker_notes_for_the_title_and_summary():
    notes = demo_session().speaker_notes
    assert "title" in notes and "summary" in notes


def test_each_demo_session_is_its_own():
    first, second = demo_session(), demo_session()
    first.remove_action(first.actions[0].id)
    sd = first.panel_for(SD)
    first.remove_notes(sd.id, [n.id for n in sd.notes])
    assert len(second.actions) == 2
    assert second.panel_for(SD).notes
