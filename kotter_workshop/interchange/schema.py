"""The JSON Schema of a session file, and validation that speaks in words.

Errors read ``<json path>: <problem>``, e.g. ``ballots[3].round: 0 is below
the minimum 1.`` Only the first problem is reported: one sentence a person
can act on beats a wall of them.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ..domain.resources import resource
from .errors import fail, show

FORMAT = "kotter-workshop/session"
FORMAT_VERSION = 1
# Far deeper than any real session (about 6 levels); stops junk before anything recurses on it.
MAX_DEPTH = 32

_TYPE_WORDS = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


@cache
def session_schema() -> dict[str, Any]:
    """The schema at resources/schema/session.schema.json, parsed once."""
    path = resource("schema", "session.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


def check_session_data(data: object) -> dict[str, Any]:
    """Check the header, the nesting and the schema; return the data as a dict."""
    check_header(data)
    check_depth(data)
    check_schema(data)
    assert isinstance(data, dict)
    return data


def check_header(data: object) -> None:
    """Say plainly when this is not our format or a newer version of it."""
    if not isinstance(data, dict):
        raise fail((), f"a session is a JSON object, not {_kind(data)}.")
    if "format" not in data:
        raise fail(("format",), f'the key is missing; a session file has "format": "{FORMAT}".')
    if data["format"] != FORMAT:
        raise fail(
            ("format",),
            f'{show(data["format"])} is not a Kotter Workshop session; expected "{FORMAT}".',
        )
    version = data.get("format_version")
    if "format_version" not in data:
        raise fail(
            ("format_version",), f"the key is missing; this app reads version {FORMAT_VERSION}."
        )
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise fail(
            ("format_version",),
            f"version {version} comes from a newer Kotter Workshop; "
            f"this one reads version {FORMAT_VERSION}.",
        )
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise fail(
            ("format_version",),
            f"{show(version)} is not a version this app reads; expected {FORMAT_VERSION}.",
        )


def check_depth(data: object) -> None:
    """Refuse data nested deeper than MAX_DEPTH, without recursing (no RecursionError),
    and any text that is not valid Unicode (a lone surrogate)."""
    # "summary" is never read (import recomputes it), so whatever it holds cannot hurt.
    top = data.items() if isinstance(data, dict) else ()
    for key, _ in top:
        _no_lone_surrogate(key, ())
    stack: list[tuple[object, tuple[str | int, ...]]] = [
        (v, (str(k),)) for k, v in reversed(list(top)) if k != "summary"
    ]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            # Name the top-level key only: the full path would be MAX_DEPTH steps of noise.
            raise fail(
                path[:1],
                f"the data is nested more than {MAX_DEPTH} levels deep, "
                "too deeply to be a session.",
            )
        if isinstance(value, str):
            _no_lone_surrogate(value, path)
        elif isinstance(value, dict):
            for key in value:
                _no_lone_surrogate(key, path)
            stack.extend((v, (*path, str(k))) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in reversed(list(enumerate(value))))


def _no_lone_surrogate(text: str, path: tuple[str | int, ...]) -> None:
    """JSON's \\ud800 escapes can name half a character, which no text can hold."""
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise fail(
            path,
            f"the text holds a lone surrogate (\\u{ord(text[exc.start]):04x}), "
            "half of a character, which is not valid Unicode.",
        ) from None


def check_schema(data: object) -> None:
    from jsonschema import Draft202012Validator  # seam: library: heavy; only imports need it

    validator = _validator(Draft202012Validator)
    error = next(iter(validator.iter_errors(data)), None)
    if error is not None:
        raise fail(error.absolute_path, describe(error))


@cache
def _validator(cls: type) -> Any:
    # Local $refs inlined once: resolving them per value took half the time of a big import.
    return cls(_inline_refs(session_schema(), session_schema()["$defs"]))


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_inline_refs(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/"):
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return _inline_refs({**defs[ref.removeprefix("#/$defs/")], **rest}, defs)
    return {k: _inline_refs(v, defs) if k != "$defs" else v for k, v in node.items()}


def describe(error: Any) -> str:
    """One sentence in words for a jsonschema ValidationError."""
    kind = error.validator
    value = error.instance
    limit = error.validator_value
    schema = error.schema if isinstance(error.schema, dict) else {}
    if kind in ("anyOf", "oneOf"):
        return _describe_alternatives(error)
    if kind == "type":
        types = limit if isinstance(limit, list) else [limit]
        return f"expected {_or(_TYPE_WORDS.get(t, t) for t in types)}, not {_kind(value)}."
    if kind == "required":
        missing = [k for k in limit if k not in value]
        return f'the key "{missing[0]}" is missing.'
    if kind == "additionalProperties":
        known = schema.get("properties", {})
        extra = sorted(k for k in value if k not in known)
        return f'"{extra[0]}" is not a known key here.' if extra else "unknown keys."
    if kind == "propertyNames":
        return f"{show(value)} has a key that is not allowed."
    if kind == "const":
        return f"{show(value)} should be {show(limit)}."
    if kind == "enum":
        return f"{show(value)} is not one of {', '.join(str(v) for v in limit)}."
    if kind == "minimum":
        return f"{show(value)} is below the minimum {limit}."
    if kind == "maximum":
        return f"{show(value)} is above the maximum {limit}."
    if kind == "minLength":
        if limit == 1:
            return "the text is empty."
        return f"the text is shorter than {limit} characters."
    if kind == "maxLength":
        return f"the text is {len(value):,} characters long; the limit is {limit:,}."
    if kind == "minItems":
        return f"the list needs at least {limit} item{'s' if limit != 1 else ''}."
    if kind == "maxItems":
        return f"the list has {len(value):,} items; the limit is {limit:,}."
    if kind == "pattern":
        wanted = schema.get("description", "in the expected form")
        return f"{show(value)} is not {wanted}."
    return f"{show(value)} is not valid here ({kind})."


def _describe_alternatives(error: Any) -> str:
    # A value that has the right type for one alternative failed inside it: say that.
    inner = [e for e in error.context if e.validator != "type"]
    if inner:
        return describe(inner[0])
    types = []
    for e in error.context:
        for t in e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]:
            if t not in types:
                types.append(t)
    return f"expected {_or(_TYPE_WORDS.get(t, t) for t in types)}, not {_kind(error.instance)}."


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return show(value)
    if isinstance(value, str):
        return f"the text {show(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a " + type(value).__name__


def _or(words) -> str:
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
