"""Errors that carry one clear sentence for the user."""


class KotterError(Exception):
    """Base of every error whose message is meant for a person, not a traceback.

    ``template`` is the English sentence with the names of ``params`` in
    braces, and the message is it filled in. The app shows the template in its
    own language, filled in the same way (ui/error_texts.py).
    """

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class DomainError(KotterError):
    """A request the session cannot take (a value off the scale, an unknown process)."""


class FrameworkError(KotterError):
    """The framework content file is missing or malformed."""


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quoted(name: object) -> str:
    """A file name for a sentence: in quotes, on one line, whatever characters it holds.

    Control characters and line separators are written as escapes (``\\n``),
    so a name with a newline cannot split a message in two.
    """
    text = "".join(
        _ESCAPES.get(c, f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
        if c.isspace() and c != " " or not c.isprintable() and c != " "
        else c
        for c in str(name)
    )
    return f'"{text}"'
