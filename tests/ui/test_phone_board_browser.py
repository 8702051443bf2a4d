"""Notes and dots from phones end to end, in a real headless chromium and the real window:
phones send notes, the board shows them, a phone places and moves its dots, R shows
the counts, and the PDF summary has the notes and their dots."""

from __future__ import annotations

import io
import json

from live_phone import Phone
from test_live_browser import browser, room  # noqa: F401 (fixtures)
from test_voting import press

OTHER = "ph-" + "c" * 32


class _Live:
    """The panel as it is now (a session replaces a panel on each change)."""

    def __init__(self, session, panel_id):
        self.session, self.id = session, panel_id

    def __getattr__(self, name):
        return getattr(self.session.panel(self.id), name)


def _page(browser):  # noqa: F811
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    def find(css):
        return browser.find_elements(By.CSS_SELECTOR, css)

    def text(element_id):
        try:
            return browser.find_element(By.ID, element_id).text
        except StaleElementReferenceException:
            return ""

    return find, text


def _wait(qtbot, check, timeout=15_000):
    from selenium.common.exceptions import StaleElementReferenceException

    def probe():
        try:
            return check()
        except StaleElementReferenceException:  # the page re-rendered under the check
            return False

    qtbot.waitUntil(probe, timeout=timeout)


def test_phones_write_notes_and_dot_vote_and_the_pdf_has_them(room, qtbot, browser):  # noqa: F811
    session = room.scope.document.session
    panel = _Live(session, session.panel_for("aligning-people").id)
    find, text = _page(browser)
    press(qtbot, room, "w")  # notes from phones, on the board on screen
    url = room.phone_voting.live.url
    browser.get(url)
    _wait(qtbot, lambda: find("#note-text") and find("#note-text")[0].is_displayed())
    assert text("board-title") == panel.title

    def write(note):
        box = find("#note-text")[0]
        box.clear()
        box.send_keys(note)
        find("#note-send")[0].click()

    write("Nobody owns the roadmap")
    _wait(qtbot, lambda: [n.text for n in panel.notes] == ["Nobody owns the roadmap"])
    _wait(qtbot, lambda: "on the board" in text("board-status"))
    write("<b>loud</b>")  # markup: refused, with a sentence, and nothing changes
    _wait(qtbot, lambda: "plain words" in text("board-status"))
    assert len(panel.notes) == 1
    write("Costs < benefits & more")  # angle brackets and ampersands are text
    _wait(qtbot, lambda: len(panel.notes) == 2)
    other = Phone(qtbot, url, OTHER)
    body = {"voter": OTHER, "panel": panel.id, "text": "Too many meetings"}
    assert other.call("POST", "note", json.dumps(body).encode())[0] == 200
    texts = ["Nobody owns the roadmap", "Costs < benefits & more", "Too many meetings"]
    assert [n.text for n in panel.notes] == texts

    board = room.deck.slide().board
    items = board.scene.notes
    _wait(qtbot, lambda: all(n.id in items for n in panel.notes))
    assert not any(items[n.id].text.isVisible() for n in panel.notes)  # face down
    press(qtbot, room, "r")
    shown = [items[n.id].text.toPlainText() for n in panel.notes if items[n.id].text.isVisible()]
    assert shown == texts  # on the board, as plain text

    press(qtbot, room, "d")  # dot voting on the same board
    _wait(qtbot, lambda: len(find("article.dot-note")) == 3)
    assert "3 of 3 dots left" in text("dots-left")
    assert [a.find_element("css selector", "p").text for a in find("article.dot-note")] == texts

    def add(note_id):
        find(f'article[data-note="{note_id}"] button[data-dot="add"]')[0].click()

    def remove(note_id):
        find(f'article[data-note="{note_id}"] button[data-dot="remove"]')[0].click()

    first, second, third = (n.id for n in panel.notes)
    votes = lambda: [n.votes for n in panel.notes]  # noqa: E731
    add(first)
    _wait(qtbot, lambda: votes() == [1, 0, 0] and "2 of 3" in text("dots-left"))
    add(first)
    _wait(qtbot, lambda: votes() == [2, 0, 0] and "1 of 3" in text("dots-left"))
    add(third)
    _wait(qtbot, lambda: votes() == [2, 0, 1] and "0 of 3" in text("dots-left"))
    assert not find(f'article[data-note="{second}"] button[data-dot="add"]')[0].is_enabled()
    remove(first)  # a dot moved: taken back from one note ...
    _wait(qtbot, lambda: votes() == [1, 0, 1] and "1 of 3" in text("dots-left"))
    add(second)  # ... and put on another
    _wait(qtbot, lambda: votes() == [1, 1, 1] and "0 of 3" in text("dots-left"))
    _wait(qtbot, lambda: "move them" in text("board-status"))
    forget = "Object.keys(localStorage).filter((k) => k.startsWith('kotter-workshop-dots-'))"
    browser.execute_script(forget + ".forEach((k) => localStorage.removeItem(k))")
    browser.refresh()  # the page forgot its dots (as on a new address after a crash) ...
    _wait(qtbot, lambda: "0 of 3 dots left" in text("dots-left"))  # ... and asks the laptop
    mine = [a.find_element("css selector", "p.mine").text for a in find("article.dot-note")]
    assert mine == ["Your dots here: 1"] * 3
    assert votes() == [1, 1, 1]
    dots = {"voter": OTHER, "panel": panel.id, "notes": [first, first]}
    assert other.call("POST", "dots", json.dumps(dots).encode())[0] == 200
    assert votes() == [3, 1, 1]

    assert not any(items[n.id].badge.isVisible() for n in panel.notes)  # hidden until R
    press(qtbot, room, "r")  # the counts show, and follow live
    assert [items[n.id].count.text() for n in panel.notes] == ["3", "1", "1"]
    assert all(items[n.id].badge.isVisible() for n in panel.notes)
    press(qtbot, room, "r")  # R again hides the phones' notes and counts
    assert not any(items[n.id].badge.isVisible() for n in panel.notes)
    assert not any(items[n.id].text.isVisible() for n in panel.notes)
    press(qtbot, room, "r")

    press(qtbot, room, "d")  # closed: the page goes back to waiting
    _wait(qtbot, lambda: find("#waiting")[0].is_displayed())
    assert votes() == [3, 1, 1]

    live = room.phone_voting.live
    assert live.share_pdf(True)  # the summary, as the room gets it
    qtbot.waitUntil(lambda: live.server.pdf_shared, timeout=60_000)
    status, pdf = other.call("GET", "summary.pdf")
    assert status == 200
    from pypdf import PdfReader

    words = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    for note in texts:
        assert note in words
    assert "Nobody owns the roadmap 3 dots" in words or "3 dots Nobody owns the roadmap" in words
    assert "<b>" not in words and OTHER not in words  # anonymous, and no markup


def test_a_note_the_laptop_answers_late_is_resent_and_kept_once(room, qtbot, browser):  # noqa: F811
    """The laptop answers 503 (it took too long); the page sends the note again with its
    key, hears it is on the board, and the board has it once."""
    import threading

    session = room.scope.document.session
    panel = _Live(session, session.panel_for("aligning-people").id)
    find, text = _page(browser)
    press(qtbot, room, "w")
    server = room.phone_voting.live.server
    server.reply_seconds = 0.3
    handed, take = [], server.submit_board

    def late_first(item, reply):  # the first note reaches the board after its phone heard 503
        handed.append(item.key)
        if len(handed) == 1:
            threading.Timer(1.0, take, (item, reply)).start()
        else:
            take(item, reply)

    server.submit_board = late_first
    browser.get(room.phone_voting.live.url)
    _wait(qtbot, lambda: find("#note-text") and find("#note-text")[0].is_displayed())
    find("#note-text")[0].send_keys("Decisions take weeks")
    find("#note-send")[0].click()
    _wait(qtbot, lambda: "on the board" in text("board-status"))
    assert [n.text for n in panel.notes] == ["Decisions take weeks"]
    assert len(handed) == 1 and 1 <= len(handed[0]) <= 40  # the resend added nothing
    find("#note-text")[0].send_keys("Decisions take weeks")  # the same words, a new note
    find("#note-send")[0].click()
    _wait(qtbot, lambda: len(panel.notes) == 2)
    assert len(handed) == 2 and handed[1] != handed[0]
