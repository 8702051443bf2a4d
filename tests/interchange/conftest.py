"""Shared inputs for the interchange tests."""

import copy

import pytest

# PRODUCT.md's "smallest valid import", exactly as written there.
MINIMAL = {
    "format": "kotter-workshop/session",
    "format_version": 1,
    "title": "...",
    "team": "...",
    "facilitator": "...",
    "date": "2026-11-22",
    "scale": {"min": 1, "max": 5},
    "ballots": [{"process": "setting-direction", "value": 4, "participant": "p1"}],
    "panels": [
        {
            "title": "...",
            "process": "aligning-people",
            "notes": [{"text": "...", "color": "yellow", "votes": 2}],
        }
    ],
    "actions": [{"text": "...", "owner": "...", "due": "2026-12-31"}],
}


@pytest.fixture
def minimal() -> dict:
    return copy.deepcopy(MINIMAL)
