"""Debian's headless chromium, driven through selenium, for the phone page.

Where no browser is installed the tests that need one are skipped with the
reason; with KOTTER_WORKSHOP_REQUIRE_BROWSER=1 (CI sets it) they fail instead.
"""

from __future__ import annotations

import os
import shutil

import pytest

REQUIRE = "KOTTER_WORKSHOP_REQUIRE_BROWSER"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--no-proxy-server",  # loopback only, straight to the laptop's server
    "--disable-dev-shm-usage",
)


def _missing(reason: str):
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{reason}, and {REQUIRE}=1 requires the browser test to run")
    pytest.skip(reason)


def headless_chromium(profile, width: int = 390, height: int = 844):
    """A fresh headless chromium with its own profile folder, at a phone's size."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        _missing("no browser: install Debian's chromium and chromium-driver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed (pip install -e '.[test]')")
    os.environ.setdefault("SE_OFFLINE", "true")  # never let selenium fetch a driver
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)
