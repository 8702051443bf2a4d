"""Errors that carry one clear sentence for the user."""


class KotterError(Exception):
    """Base of every error whose message is meant for a person, not a traceback."""


class DomainError(KotterError):
    """A request the session cannot take (a value off the scale, an unknown process)."""


class FrameworkError(KotterError):
    """The framework content file is missing or malformed."""
