"""The templates library: the built-in template and the trainer's own files.

A template is a ``.kotter`` file marked as one, holding no ballots, notes or
actions. Every operation reads and writes through the store, so a bad file
gets the same one sentence as a bad session file and is left as it was; every
write is atomic, so a template is always the old file or the whole new one.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..domain.model import Session, SessionInfo
from ..domain.reuse import fresh_from
from ..domain.session_factory import new_session
from . import library
from .file import write_new_file
from .opening import open_session_file


def builtin_template(language: str = "en") -> Session:
    """The built-in "What Leaders Really Do" template, in the given language."""
    session = new_session(SessionInfo(language=language, is_template=True))
    session.set_info(replace(session.info, title=session.framework.title))
    return session


def load_template(path: Path) -> Session:
    """The template in ``path``, read-only; a bad file raises a one-sentence KotterError."""
    with open_session_file(path, read_only=True) as opened:
        return opened.session


def as_template(session: Session, title: str | None = None) -> Session:
    """The session's content as a template: no results, marked as a template."""
    info = session.info if title is None else replace(session.info, title=title)
    return fresh_from(session, info, template=True)


def save_template(session: Session, path: Path) -> None:
    """Write ``session`` as the template file ``path``, replacing it atomically."""
    write_new_file(as_template(session), path)


def add_template(session: Session, title: str | None = None) -> Path:
    """Save ``session`` as a new template in the library; returns its file."""
    template = as_template(session, title)
    path = library.template_path(template.title)
    write_new_file(template, path)
    return path


def import_template(source: Path) -> Path:
    """Copy a template (or a session's content) from a file into the library."""
    return add_template(load_template(source))


def duplicate_template(source: Path | None, title: str) -> Path:
    """A copy of a template (None: the built-in one) under a new title."""
    session = builtin_template() if source is None else load_template(source)
    return add_template(session, title)


def export_template(source: Path | None, target: Path) -> None:
    """Write a template (None: the built-in one) to ``target``, to share it."""
    session = builtin_template() if source is None else load_template(source)
    write_new_file(as_template(session), target)


def rename_template(path: Path, title: str) -> Path:
    """Give a template a new title; its file is renamed to match. Returns the new file.

    The renamed file is written in full before the old one goes, so a failure
    leaves the old template as it was.
    """
    session = load_template(path)
    if title == session.title:
        return path
    target = library.template_path(title)
    write_new_file(as_template(session, title), target)
    library.remove_quietly(path)
    return target


def delete_template(path: Path) -> None:
    Path(path).unlink(missing_ok=True)
