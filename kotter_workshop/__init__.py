"""Kotter Workshop: run a live workshop on Kotter's "What Leaders Really Do"."""

__version__ = "0.1.0"
