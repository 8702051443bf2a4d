"""axe-core finds nothing wrong with the HTML summary and the comparison page.

Each page is opened from a file in Debian's headless chromium, at a phone's
360 px and at a desktop's 1280 px, in light and in dark, and axe-core 4.x
runs the WCAG 2.0–2.2 A and AA rules and its best practices on it.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from axe import described, violations
from browser import headless_chromium
from export.html import build, hostile_session

from kotter_workshop.domain.compare import compare
from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.reuse import fresh_from
from kotter_workshop.export.html import write_comparison_html


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = headless_chromium(tmp_path_factory.mktemp("chromium-profile"), 1280, 800)
    yield driver
    driver.quit()


def _comparison() -> str:
    demo = demo_session()
    later = fresh_from(demo, replace(demo.info, title="Half a year on", date=dt.date(2027, 5, 1)))
    out = io.StringIO()
    write_comparison_html(compare([demo, later]), out)
    return out.getvalue()


PAGES = {
    "demo": lambda: build(demo_session()),
    "hostile": lambda: build(hostile_session()),
    "comparison": _comparison,
}


def _open(browser, tmp_path, page: str, width: int):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 500},
    )
    browser.get(path.as_uri())


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_axe_finds_no_violation(browser, tmp_path, name, scheme, width):
    _open(browser, tmp_path, PAGES[name](), width)
    found = violations(browser, scheme)
    assert found == [], described(found)
    # and nothing is wider than the screen: the page reflows instead
    scroll, inner = browser.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll <= inner


def test_axe_catches_a_missing_language_and_a_faint_colour(browser, tmp_path):
    """The check is real: the summary with its lang removed and its muted grey made faint."""
    page = build(demo_session())
    page = page.replace('<html lang="en">', "<html>", 1)
    page = page.replace("--muted: #4f5560;", "--muted: #b4b8bf;", 1)
    _open(browser, tmp_path, page, 1280)
    found = {v["id"] for v in violations(browser, "light")}
    assert {"html-has-lang", "color-contrast"} <= found, found
