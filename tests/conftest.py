"""Test-wide setup: Qt offscreen, and user folders in a temporary directory.

QT_QPA_PLATFORM is set before anything imports Qt, and every test gets fresh
settings and data folders, so no test touches a real user's files.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    yield home


# After every test has run, the test process leaves without Python's final clean-up.
# Once, in CI, after all tests had passed, that clean-up crashed (SIGSEGV) while
# tearing down the Python wrappers of hundreds of Qt objects that the tests' windows
# had made; the app's own quit is checked in a real process instead (tools/smoke_run.py:
# exit code 0 on Ctrl+Q, and benchmarks/bench_quit.py). Only the outermost session
# leaves this way: tests/ui/test_the_checks.py runs pytest inside pytest.
_outer: dict = {}


def pytest_configure(config):
    _outer.setdefault("config", config)


def pytest_sessionfinish(session, exitstatus):
    if session.config is _outer.get("config"):
        _outer["status"] = int(exitstatus)


def pytest_unconfigure(config):
    if config is _outer.get("config") and "status" in _outer:
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_outer["status"])
