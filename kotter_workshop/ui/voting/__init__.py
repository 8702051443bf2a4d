"""Capturing ballots and showing them: tally, by name, re-votes."""
