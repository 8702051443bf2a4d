"""axe-core finds nothing wrong with the phone page's board states: writing a note, a note
sent, a note refused, asked for a name, dot voting, and every dot placed (buttons off)."""

from __future__ import annotations

from axe import described, violations
from test_live_browser import browser, room  # noqa: F401 (fixtures)
from test_phone_board_browser import _Live, _page, _wait
from test_voting import press


def test_every_board_state_of_the_phone_page_passes_axe(room, qtbot, browser):  # noqa: F811
    find, text = _page(browser)
    session = room.document.session
    panel = _Live(session, session.panel_for("aligning-people").id)

    def clean():
        found = violations(browser)
        assert found == [], described(found)

    def write(note):
        box = find("#note-text")[0]
        box.clear()
        box.send_keys(note)
        find("#note-send")[0].click()

    press(qtbot, room, "w")
    browser.get(room.phone_voting.live.url)
    _wait(qtbot, lambda: find("#note-text") and find("#note-text")[0].is_displayed())
    clean()  # writing a note
    write("First thought")
    _wait(qtbot, lambda: "on the board" in text("board-status"))
    clean()  # a note sent
    write("<i>markup</i>")
    _wait(qtbot, lambda: "plain words" in text("board-status"))
    clean()  # a note refused, with its sentence
    room.phone_voting.live.set_names(True)
    _wait(qtbot, lambda: find("#name")[0].is_displayed())
    clean()  # asked for a name
    write("Second thought")
    _wait(qtbot, lambda: len(panel.notes) == 2)

    press(qtbot, room, "d")
    _wait(qtbot, lambda: len(find("article.dot-note")) == 2)
    clean()  # dot voting
    for _ in range(3):
        before = text("dots-left")
        find('article.dot-note button[data-dot="add"]')[0].click()
        _wait(
            qtbot,
            lambda b=before: text("dots-left") not in ("", b) and "move" in text("board-status"),
        )
    assert "0 of 3" in text("dots-left")
    clean()  # every dot placed: the add buttons are off
