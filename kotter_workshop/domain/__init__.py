"""The session, its processes, ballots, notes and scoring: pure Python, no Qt, no SQL.

The names below are imported on first use, so that ``kotter-workshop --version``
and the first window do not pay for the whole domain.
"""

from importlib import import_module

_EXPORTS = {
    "DomainError": "errors",
    "FrameworkError": "errors",
    "KotterError": "errors",
    "Framework": "framework",
    "Quadrant": "framework",
    "Side": "framework",
    "builtin_framework": "framework",
    "Action": "model",
    "AgendaItem": "model",
    "Ballot": "model",
    "Change": "model",
    "Cluster": "model",
    "Note": "model",
    "NoteColor": "model",
    "Panel": "model",
    "Participant": "model",
    "Scale": "model",
    "Session": "model",
    "SessionInfo": "model",
    "new_session": "session_factory",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
