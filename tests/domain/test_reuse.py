"""Reusing a session: what a new session from this one keeps and clears."""

from dataclasses import replace

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.model import Session, SessionInfo
from kotter_workshop.domain.reuse import anonymised, fresh_from, has_results, started_from
from kotter_workshop.domain.scoring import summarise
from kotter_workshop.domain.session_factory import new_session


def test_a_fresh_session_keeps_the_content_and_clears_the_results():
    used = demo_session()
    used.set_agenda(replace(item, actual_seconds=60) for item in used.agenda)
    fresh = fresh_from(used)
    assert fresh.framework is used.framework
    assert [i.title for i in fresh.agenda] == [i.title for i in used.agenda]
    assert [i.planned_seconds for i in fresh.agenda] == [i.planned_seconds for i in used.agenda]
    assert all(i.actual_seconds is None for i in fresh.agenda)
    assert fresh.speaker_notes == used.speaker_notes
    assert fresh.scale == used.scale and fresh.info.language == used.info.language
    assert [p.title for p in fresh.panels] == [p.title for p in used.panels]
    assert fresh.ballots == () and fresh.actions == () and fresh.roster == ()
    assert all(not p.notes and not p.clusters for p in fresh.panels)
    assert summarise(fresh).participants == 0
    assert not has_results(fresh) and has_results(used)
    assert used.ballots  # the source is untouched


def test_a_template_is_marked_as_one():
    assert fresh_from(demo_session(), template=True).info.is_template


def test_anonymising_keeps_ids_so_the_counts_do_not_change():
    session = demo_session()
    before = summarise(session).participants
    session.set_roster(anonymised(session.roster))
    assert all(p.name == "" for p in session.roster)
    assert [p.id for p in session.roster] == [f"p{i}" for i in range(1, 13)]
    assert summarise(session).participants == before == 12


def test_a_snapshot_does_not_follow_later_changes():
    from kotter_workshop.domain.model import Ballot, Note

    session = demo_session()
    heard = []
    session.subscribe(heard.append)
    copy = session.snapshot()
    session.add_ballot(Ballot("setting-direction", 1))
    session.put_note(session.panels[0].id, Note("after the snapshot"))
    assert len(copy.ballots) == len(session.ballots) - 1
    assert "after the snapshot" not in [n.text for n in copy.panels[0].notes]
    copy.add_ballot(Ballot("setting-direction", 5))
    assert len(heard) == 2  # the copy's changes reach no listener of the original
    assert summarise(copy).participants == summarise(demo_session()).participants


def test_a_session_started_from_one_in_another_language_speaks_the_new_language():
    used = demo_session()  # English, with results and speaker notes
    used.set_agenda(replace(item, actual_seconds=90) for item in used.agenda)
    info = replace(used.info, title="Klausur", language="de")
    started = started_from(used, info)
    german = new_session(info)
    assert started.info == info and started.framework == german.framework
    assert [(p.title, p.process) for p in started.panels] == [
        (p.title, p.process) for p in german.panels
    ]
    assert started.panel_for("setting-direction").title != used.panel_for("setting-direction").title
    # the facilitator's own plan stays: the agenda as arranged, untimed, and the notes
    assert [(i.title, i.slides, i.planned_seconds) for i in started.agenda] == [
        (i.title, i.slides, i.planned_seconds) for i in used.agenda
    ]
    assert all(i.actual_seconds is None for i in started.agenda)
    assert dict(started.speaker_notes) == dict(used.speaker_notes)
    assert not has_results(started) and started.roster == ()


def test_a_session_started_from_one_in_its_language_keeps_its_texts():
    used = demo_session()
    custom = replace(used.framework, thesis="Our own thesis.")
    used = Session(custom, used.info, panels=used.panels, agenda=used.agenda)
    info = replace(used.info, title="Next quarter")
    started = started_from(used, info)
    assert started.framework.thesis == "Our own thesis."
    assert [p.title for p in started.panels] == [p.title for p in used.panels]
    assert not has_results(started) and started.info == info


def test_a_session_started_from_nothing_is_a_new_session():
    info = SessionInfo(title="First", language="de")
    started, new = started_from(None, info), new_session(info)
    assert started.info == info and started.framework == new.framework
    assert [i.slides for i in started.agenda] == [i.slides for i in new.agenda]
    assert [p.title for p in started.panels] == [p.title for p in new.panels]
