"""axe-core finds nothing wrong with the phone page in any of its states.

Voting, voted, asked for a name, waiting, the summary shared, and the laptop
a vote that could not be sent (the phone offline): each is reached by the real app and
a real headless chromium, and axe-core 4.x runs the WCAG 2.0–2.2 A/AA rules
and its best practices on it.
"""

from __future__ import annotations

from axe import described, violations
from test_live_browser import browser, buttons, room  # noqa: F401 (fixtures)
from test_voting import press


def test_every_state_of_the_phone_page_passes_axe(room, qtbot, browser):  # noqa: F811
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    def wait(check, timeout=15_000):
        def probe():
            try:
                return check()
            except StaleElementReferenceException:  # the page re-rendered under the check
                return False

        qtbot.waitUntil(probe, timeout=timeout)

    def shown(element_id):
        return browser.find_element(By.ID, element_id).is_displayed()

    def clean():
        found = violations(browser)
        assert found == [], described(found)

    press(qtbot, room, "v")  # voting open
    browser.get(room.phone_voting.live.url)
    wait(lambda: len(buttons(browser, 4)) == 1)
    clean()  # voting

    browser.execute_script("window.before = document.getElementById('announce')")
    buttons(browser, 4)[0].click()
    wait(lambda: "Your vote: 4" in browser.find_element(By.TAG_NAME, "article").text)
    clean()  # voted
    # a screen reader hears it from a live region that was there before the vote
    said = (
        "return [announce.textContent, announce === window.before, announce.getAttribute('role')]"
    )
    assert browser.execute_script(
        said.replace("announce", "document.getElementById('announce')", 3)
    ) == [
        "Aligning people: Your vote: 4. Tap another to change it.",
        True,
        "status",
    ]

    room.phone_voting.live.set_names(True)
    wait(lambda: shown("name"))
    clean()  # asked for a name

    press(qtbot, room, "v")  # closed: waiting for the next vote
    wait(lambda: shown("waiting"))
    clean()  # waiting

    assert room.phone_voting.live.share_pdf(True)
    wait(lambda: shown("pdf-box"), timeout=30_000)
    clean()  # the summary shared
    link = browser.find_element(By.ID, "summary-link")
    assert link.text == "Read the summary on this phone"
    link.click()  # the summary as a page, its style allowed by its hash alone
    wait(lambda: browser.execute_script("return location.pathname").endswith("/summary.html"))
    assert browser.execute_script(
        "return getComputedStyle(document.querySelector('main')).maxWidth"
    ) not in ("none", "")
    assert (
        browser.find_element(By.CSS_SELECTOR, "header a[download]")
        .get_attribute("href")
        .endswith("/summary.pdf")
    )
    clean()  # the shared summary page
    browser.back()
    wait(lambda: shown("pdf-box"))

    press(qtbot, room, "v")
    wait(lambda: len(buttons(browser, 4)) == 1)
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd(  # the phone loses the room's wifi
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    buttons(browser, 2)[0].click()
    wait(lambda: "error" in browser.find_element(By.CSS_SELECTOR, ".status").get_attribute("class"))
    clean()  # a vote that could not be sent
    announced = browser.find_element(By.ID, "announce").get_attribute("textContent")
    assert announced == "Aligning people: Not sent: check the Wi-Fi and tap again."
    browser.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
