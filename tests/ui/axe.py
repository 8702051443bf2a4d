"""axe-core 4.x, run inside Debian's headless chromium on a page, for the accessibility tests.

The test suite never downloads it: CI's .ci/run installs a pinned axe-core from
npm into a cache folder and names its ``axe.min.js`` in KOTTER_WORKSHOP_AXE.
Without it the tests skip, and in CI (KOTTER_WORKSHOP_REQUIRE_BROWSER=1) fail.
"""

from __future__ import annotations

import os
from pathlib import Path

from browser import _missing

AXE = "KOTTER_WORKSHOP_AXE"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(result => done(result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
  .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
"""


def axe_source() -> str:
    path = os.environ.get(AXE, "")
    if not path or not Path(path).is_file():
        _missing(f"no axe-core: set {AXE} to axe-core 4.x's axe.min.js (npm install axe-core)")
    source = Path(path).read_text(encoding="utf-8")
    if "axe v4." not in source[:200]:
        _missing(f"{path} is not axe-core 4.x")
    return source


def violations(driver, scheme: str = "light") -> list[dict]:
    """axe's violations on the page the driver shows, in the light or dark scheme."""
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
    )
    driver.execute_script(axe_source())
    driver.set_script_timeout(60)
    return driver.execute_async_script(_RUN, TAGS)


def described(found: list[dict]) -> str:
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']} {v['nodes']}" for v in found)
