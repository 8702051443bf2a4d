"""The domain's and the store's sentences, for translation: a refused edit or a
file's problem, told in the app's language.

Their errors carry the English template and its values (``KotterError.template``,
``.params``); :func:`sentence` translates the template and fills it in. Every
template is listed here so that ``tools/translations.py update`` finds it; a
test checks none is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEMPLATES = (
    # the domain: an edit the session refuses (DomainError)
    QT_TRANSLATE_NOOP("errors", "A planned duration cannot be negative."),
    QT_TRANSLATE_NOOP("errors", "The agenda needs at least one item."),
    QT_TRANSLATE_NOOP("errors", "The new agenda names an item twice, or one that does not exist."),
    QT_TRANSLATE_NOOP("errors", "A comparison needs at least two sessions."),
    QT_TRANSLATE_NOOP("errors", "The scale cannot change while ballots lie outside the new scale."),
    QT_TRANSLATE_NOOP("errors", "{value} is outside the scale {scale}."),
    QT_TRANSLATE_NOOP("errors", "Rounds start at 1."),
    QT_TRANSLATE_NOOP("errors", "Ballot {id} is already in the session."),
    QT_TRANSLATE_NOOP("errors", "Two people on the roster share one id."),
    QT_TRANSLATE_NOOP("errors", "A scale of {min}–{max} is not supported; use 1–5, 1–7 or 1–10."),
    # the domain's limits (domain/limits.py), for every way into a session
    QT_TRANSLATE_NOOP("errors", "A note holds 1 to {limit} characters, not {count}."),
    QT_TRANSLATE_NOOP("errors", "A title or name holds at most {limit} characters, not {count}."),
    QT_TRANSLATE_NOOP(
        "errors", "A framework text or an action holds at most {limit} characters, not {count}."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Speaker notes hold at most {limit} characters a slide, not {count}."
    ),
    QT_TRANSLATE_NOOP("errors", "An id holds at most {limit} characters, not {count}."),
    QT_TRANSLATE_NOOP(
        "errors", "A text holds a lone surrogate, which is not Unicode, so it cannot be kept."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "A position on a whiteboard is a number within ±{limit}, not {value}."
    ),
    QT_TRANSLATE_NOOP("errors", "A session has at most {limit} rounds, not {value}."),
    QT_TRANSLATE_NOOP("errors", "A duration is 0 to {limit} seconds (a week), not {value}."),
    QT_TRANSLATE_NOOP("errors", "A note has 0 to {limit} dots, not {value}."),
    QT_TRANSLATE_NOOP("errors", "A note belongs to a group that is not on its panel."),
    QT_TRANSLATE_NOOP(
        "errors",
        "A voter has two ballots for {process} in round {round}; "
        "one voter has one ballot per process and round.",
    ),
    # the store: a session file's problem (StoreError)
    QT_TRANSLATE_NOOP("errors", "{path} could not be written ({reason})."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path}: the disk is full, so editing has stopped; everything up to the last change is saved.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "errors", "{path} is open in another Kotter Workshop window, so it cannot be replaced."
    ),
    QT_TRANSLATE_NOOP("errors", "{path} cannot be opened ({reason})."),
    QT_TRANSLATE_NOOP("errors", "{path} is damaged: the file is truncated or corrupt."),
    QT_TRANSLATE_NOOP(
        "errors", "{path} could not be brought up to date, so it was left as it was."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "{path} could not be written: two parts of the session share the same id."
    ),
    QT_TRANSLATE_NOOP("errors", "{path} is closed."),
    QT_TRANSLATE_NOOP(
        "errors", "{path} holds data Kotter Workshop cannot use, so it was not opened."
    ),
    QT_TRANSLATE_NOOP("errors", "{path} is damaged: it is truncated or corrupt."),
    QT_TRANSLATE_NOOP(
        "errors", "{path} needs an update, but no backup of it could be made first ({reason})."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "{path} holds triggers that Kotter Workshop did not create, so it was not opened."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "{path} holds views that Kotter Workshop did not create, so it was not opened."
    ),
    QT_TRANSLATE_NOOP("errors", "{path} is damaged: some of its pages are corrupt."),
    QT_TRANSLATE_NOOP("errors", "{path} is damaged: {reason}."),
    QT_TRANSLATE_NOOP("errors", "{path} is not a Kotter Workshop session file."),
    QT_TRANSLATE_NOOP(
        "errors", "{path} is another application's database, not a Kotter Workshop session."
    ),
    QT_TRANSLATE_NOOP("errors", "{path} is damaged: the file is cut short or corrupt."),
    QT_TRANSLATE_NOOP("errors", "{path} uses a journal mode Kotter Workshop does not write."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path} was saved by a newer version of Kotter Workshop; update the app to open it.",
    ),
    QT_TRANSLATE_NOOP("errors", "{path} is not a complete Kotter Workshop session file."),
    QT_TRANSLATE_NOOP("errors", "{path} is incomplete: the table '{table}' is missing."),
    QT_TRANSLATE_NOOP("errors", "{path}: there is no such file."),
    QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a session file."),
    QT_TRANSLATE_NOOP("errors", "{path} cannot be read ({reason})."),
    QT_TRANSLATE_NOOP("errors", "{path} is damaged: the file is cut short."),
    QT_TRANSLATE_NOOP(
        "errors", "{path} is damaged: its table '{table}' holds a wrong kind of value."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path} has a table '{name}' that Kotter Workshop did not create this way, so it was not opened.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path} holds an index '{name}' that Kotter Workshop did not create, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path} holds a table '{name}' that Kotter Workshop did not create, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP("errors", "{path} was not opened: {problem}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path} holds a list nested too deeply to be a session's, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "{path} is not a regular file (a device or a pipe), so it was not opened."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{path} needs an update, but the updated copy could not be written ({reason}).",
    ),
    QT_TRANSLATE_NOOP("errors", "The file is read-only, so changes will not be saved."),
    QT_TRANSLATE_NOOP("errors", "The file's folder is read-only, so changes will not be saved."),
    QT_TRANSLATE_NOOP(
        "errors", "The file is open in another Kotter Workshop window, so it opened read-only."
    ),
    QT_TRANSLATE_NOOP("errors", "The file was opened read-only, so changes will not be saved."),
)


def sentence(error: BaseException) -> str:
    """``error``'s sentence in the app's language, or as it is when it has no template."""
    template = getattr(error, "template", None)
    if not isinstance(template, str):
        return str(error)
    # A value that is itself a refusal (the limit a file breaks) is told in the same language.
    params = {
        name: sentence(value) if isinstance(value, BaseException) else value
        for name, value in getattr(error, "params", {}).items()
    }
    try:
        return QCoreApplication.translate("errors", template).format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):  # a broken translation
        return str(error)


def reason(text: str) -> str:
    """A read-only reason (``SessionFile.read_only_reason``) in the app's language."""
    return QCoreApplication.translate("errors", text)
