"""A refused edit in the window: told in one sentence, no undo step, nothing in the file."""

from __future__ import annotations

from kotter_workshop.domain.commands import AddBallot, Batch, RemoveNotes
from kotter_workshop.domain.model import Ballot, Note
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.store import open_session_file, write_new_file
from kotter_workshop.ui.document import Document
from kotter_workshop.ui.main_window import MainWindow

PROCESS = "aligning-people"


def test_a_refused_batch_leaves_the_session_the_file_and_the_undo_stack_as_they_were(
    qtbot, theme, guard, tmp_path
):
    path = tmp_path / "refused.kotter"
    session = new_session()
    panel = session.panel_for(PROCESS)
    session.put_note(panel.id, Note("Kept on the board"))
    write_new_file(session, path)
    opened = open_session_file(path)
    window = MainWindow(theme)
    qtbot.addWidget(window)
    document = Document(opened.session, opened)
    window.set_document(document)
    window.show()
    note = opened.session.panel_for(PROCESS).notes[0]

    refused = Batch([AddBallot(Ballot(PROCESS, 4)), AddBallot(Ballot(PROCESS, 9))])
    assert not document.do(refused)
    assert "9 is outside the scale 1–5" in window.statusBar().currentMessage()
    inner = Batch([Batch([RemoveNotes(panel.id, [note.id])]), AddBallot(Ballot(PROCESS, 0))])
    assert not document.do(inner)

    assert opened.session.ballots == ()
    assert [n.text for n in opened.session.panel_for(PROCESS).notes] == ["Kept on the board"]
    assert document.undo_stack.count() == 0
    window.close()
    document.close()
    with open_session_file(path, read_only=True) as reread:
        assert reread.session.ballots == ()
        assert [n.text for n in reread.session.panel_for(PROCESS).notes] == ["Kept on the board"]
