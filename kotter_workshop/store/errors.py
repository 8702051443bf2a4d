"""Errors of the session file, each one sentence naming the file and the problem."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import KotterError, quoted


class StoreError(KotterError):
    """Something about a session file; the message is meant for the user.

    ``template`` is the English sentence with ``{path}`` and the names of
    ``params`` in braces; the message fills them in, the file's name in quotes
    and on one line (:func:`~kotter_workshop.domain.errors.quoted`). The app
    translates the template, then fills it in the same way (ui/error_texts.py).
    """

    def __init__(self, path: Path | str, template: str, **params: object) -> None:
        self.path = Path(path)
        super().__init__(template, path=quoted(self.path), **params)


class BadFileError(StoreError):
    """The file cannot be opened as a session: not SQLite, foreign, damaged, or odd."""


class NewerFileError(BadFileError):
    """The file comes from a newer version of the app."""


class UntrustedFileError(BadFileError):
    """The file holds triggers, views, tables or indexes we did not create."""


class MissingFileError(StoreError):
    """There is no file at the path."""


class DiskFullError(StoreError):
    """The disk is full: editing stopped, what was committed before is safe."""


class WriteError(StoreError):
    """The file could not be written (permissions, a vanished USB stick...)."""
