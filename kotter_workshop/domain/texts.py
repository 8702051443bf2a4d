"""The session's own words outside Qt: agenda items, the parking lot, the PDF summary.

What the room and the participants read follows the *session's* language,
not the app's. Qt's catalogues serve the widgets; the PDF is written without
Qt (``kotter-workshop export`` runs with no display, and export/ may not
import Qt), so these texts live in a small TOML catalogue per language:
``resources/i18n/session.<language>.toml``. Placeholders are ``{name}``;
a missing German entry falls back to the English one (a test keeps the
German file complete).

Numbers a person reads follow the same language: :func:`number_text` writes
"2.8" in English and "2,8" in German (the catalogue's ``number.decimal``).
Machine formats (JSON, CSV) never go through it.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from functools import cache

from .resources import resource

SOURCE_LANGUAGE = "en"


def _flatten(table: dict, prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = str(value)
    return flat


@cache
def catalogue(language: str) -> dict[str, str]:
    """Every text of ``language``'s catalogue by dotted key; {} when there is none."""
    path = resource("i18n", f"session.{language}.toml")
    if not path.is_file():
        return {}
    return _flatten(tomllib.loads(path.read_text(encoding="utf-8")))


class Texts:
    """The session texts of one language: ``texts("pdf.cover.team")``, with fields."""

    def __init__(self, language: str | None) -> None:
        self.language = language if catalogue(language or "") else SOURCE_LANGUAGE
        self._own = catalogue(self.language)
        self._source = catalogue(SOURCE_LANGUAGE)

    def __call__(self, key: str, **fields: object) -> str:
        text = self._own.get(key) or self._source[key]
        return text.format(**fields) if fields else text

    def count(self, key: str, n: int) -> str:
        """A counted phrase: ``key.one`` for 1, ``key.other`` otherwise, with ``{n}``."""
        return self(f"{key}.{'one' if n == 1 else 'other'}", n=n)


@cache
def texts(language: str | None) -> Texts:
    return Texts(language)


def number_text(value: Decimal | int | str, language: str | None, *, signed: bool = False) -> str:
    """A number as a reader of ``language`` writes it: '2.8' in English, '2,8' in German.

    Only the decimal separator changes; the digits, and so the rounding, are
    the caller's (a Decimal as it is, or a string already formatted).
    ``signed``: '+1.1', '0', '−1.1', with a true minus sign.
    """
    text = str(value)
    if signed:
        text = "0" if value == 0 else f"{value:+}".replace("-", "−")
    return text.replace(".", texts(language)("number.decimal"))
