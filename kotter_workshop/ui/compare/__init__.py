"""Comparing a team's sessions over time: the dialog, its path chart and its table."""
