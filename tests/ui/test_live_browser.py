"""End to end in a real headless chromium: the phone page loads, votes, re-votes, and
the ballot is in the session; it follows the room when voting closes and opens again."""

import datetime as dt

import pytest
from browser import headless_chromium
from test_live_voting import open_window
from test_voting import PROCESS, press, shown

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.ui.document import Document


@pytest.fixture
def browser(tmp_path):
    driver = headless_chromium(tmp_path / "chromium-profile")
    yield driver
    driver.quit()


@pytest.fixture
def room(qtbot, theme, guard):
    session = new_session(SessionInfo(title="Team day", date=dt.date(2026, 11, 1)))
    window = open_window(qtbot, theme, Document(session))
    yield window
    window.phone_voting.detach()


def buttons(browser, value):
    from selenium.webdriver.common.by import By

    return browser.find_elements(By.CSS_SELECTOR, f'button[data-value="{value}"]')


def text_of(browser, element_id):
    from selenium.webdriver.common.by import By

    return browser.find_element(By.ID, element_id).text


def test_a_phone_votes_re_votes_and_follows_the_room(room, qtbot, browser):
    session = room.scope.document.session
    press(qtbot, room, "v")
    browser.get(room.phone_voting.live.url)
    qtbot.waitUntil(lambda: len(buttons(browser, 4)) == 1, timeout=15_000)
    assert "Aligning people" in browser.page_source or buttons(browser, 4)

    buttons(browser, 4)[0].click()
    qtbot.waitUntil(lambda: [b.value for b in session.ballots] == [4], timeout=10_000)
    voter = browser.execute_script("return localStorage.getItem('kotter-workshop-voter')")
    assert session.ballots[0].voter == voter and voter.startswith("ph-")
    qtbot.waitUntil(lambda: buttons(browser, 4)[0].get_attribute("aria-pressed") == "true")
    assert "Your vote: 4" in browser.find_element("css selector", "article").text

    buttons(browser, 2)[0].click()  # a changed mind replaces the ballot
    qtbot.waitUntil(lambda: [b.value for b in session.ballots] == [2], timeout=10_000)
    assert [b.voter for b in session.ballots] == [voter]
    assert "1 vote" in shown(room) and "hidden" in shown(room)

    press(qtbot, room, "v")  # closed: the page waits for the next vote
    qtbot.waitUntil(
        lambda: "Waiting for the next vote" in text_of(browser, "waiting"), timeout=10_000
    )
    room.deck.go(room.deck.keys.index(PROCESS) + 1)
    press(qtbot, room, "v")  # the next process: the same page follows, no new scan
    next_process = room.phone_voting.live.open_processes[0]
    assert next_process != "aligning-people"
    qtbot.waitUntil(lambda: len(buttons(browser, 5)) == 1, timeout=10_000)
    buttons(browser, "abstain")[0].click()
    qtbot.waitUntil(
        lambda: (
            [(b.process, b.value) for b in session.ballots_for(next_process)]
            == [(next_process, None)]
        ),
        timeout=10_000,
    )
    assert len(session.ballots) == 2


def test_a_device_that_invents_voters_is_refused_and_the_page_says_why(room, qtbot, browser):
    """One address introduces only a few voter ids: a script inventing them gets 429s, and
    a phone on that address is told in words why its vote was not taken."""
    from live_phone import Phone

    session = room.scope.document.session
    press(qtbot, room, "v")
    url = room.phone_voting.live.url
    statuses = [Phone(qtbot, url, f"ph-{i:032x}").vote("aligning-people", 3) for i in range(1, 41)]
    allowed = statuses.count(200)  # a few, for a tablet passed round (README: six)
    assert 1 <= allowed <= 10 and statuses == [200] * allowed + [429] * (40 - allowed)
    assert len(session.ballots) == allowed  # the invented crowd changed nothing more
    assert Phone(qtbot, url, "ph-" + "0" * 31 + "1").vote("aligning-people", 5) == 200  # known

    browser.get(url)  # the same address: its own new voter id is one too many
    qtbot.waitUntil(lambda: len(buttons(browser, 4)) == 1, timeout=15_000)
    buttons(browser, 4)[0].click()
    from selenium.common.exceptions import StaleElementReferenceException

    def told() -> bool:
        try:  # the page rebuilds its card as it answers: read whichever card is there now
            return (
                "Please vote on your own phone"
                in browser.find_element("css selector", "article").text
            )
        except StaleElementReferenceException:
            return False

    qtbot.waitUntil(told, timeout=10_000)
    assert len(session.ballots) == allowed
