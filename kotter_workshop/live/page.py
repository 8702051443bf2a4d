"""The phone page's files, from resources/live/, and its words in each language."""

from __future__ import annotations

import html
import json
from functools import cache

from ..domain.resources import resource

#: The page's own files: name -> content type. Nothing else is ever served from disk.
ASSETS = {
    "page.css": "text/css; charset=utf-8",
    "page.js": "text/javascript; charset=utf-8",
    "icon.svg": "image/svg+xml",
}


@cache
def asset(name: str) -> bytes:
    if name not in ASSETS:
        raise KeyError(name)
    return resource("live", name).read_bytes()


@cache
def _all_strings() -> dict[str, dict[str, str]]:
    return json.loads(resource("live", "strings.json").read_text(encoding="utf-8"))


def strings(language: str) -> dict[str, str]:
    """The page's words in ``language`` (its first part, so de-AT is German), else English."""
    table = _all_strings()
    base = dict(table["en"])
    base.update(table.get(language.split("-")[0].lower(), {}))
    return base


def index_html(language: str, title: str) -> bytes:
    """The page, with its language and title filled in, HTML-escaped."""
    words = strings(language)
    text = resource("live", "index.html").read_text(encoding="utf-8")
    filled = (
        text.replace("{{lang}}", html.escape(language.split("-")[0].lower() or "en", quote=True))
        .replace("{{title}}", html.escape(title or words["page_title"]))
        .replace("{{waiting}}", html.escape(words["waiting"]))
        .replace("{{loading}}", html.escape(words["loading"]))
    )
    return filled.encode("utf-8")
