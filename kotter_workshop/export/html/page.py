"""The page's frame and small builders; every text that reaches the page is escaped here."""

from __future__ import annotations

import html
from functools import cache

from ...domain.resources import resource


def esc(text: object) -> str:
    """Text as HTML shows it literally: ``<script>`` and ``</svg>`` print as written."""
    return html.escape(str(text), quote=True)


def user(text: str, tag: str = "span", cls: str = "user") -> str:
    """Text a person typed: escaped, and its direction left to the browser (``dir="auto"``)."""
    return f'<{tag} class="{cls}" dir="auto">{esc(text)}</{tag}>'


TABLE = "<table-id>"  # numbered by document(); "<" never survives escaping in a text


@cache
def css() -> str:
    return resource("html", "summary.css").read_text(encoding="utf-8")


def table(caption: str, head: list[str], rows: list[list[str]], numbers: set[int] = frozenset()):
    """A data table: the first cell of each row is its header. Cells are HTML already."""
    # a narrow screen scrolls a wide table inside its own box, which the keyboard can reach
    out = [f'<div class="table" role="group" tabindex="0" aria-labelledby="{TABLE}">']
    out.append(f'<table><caption id="{TABLE}">{caption}</caption><thead><tr>')
    for i, cell in enumerate(head):
        cls = ' class="number"' if i in numbers else ""
        out.append(f'<th scope="col"{cls}>{cell}</th>')
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append(f'<tr><th scope="row">{row[0]}</th>')
        for i, cell in enumerate(row[1:], 1):
            cls = ' class="number"' if i in numbers else ""
            out.append(f"<td{cls}>{cell}</td>")
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _number_tables(main: str) -> str:
    """Give each table's caption an id of its own, for the scroll box it sits in."""
    parts = main.split(TABLE)
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out.append(f"table-{i // 2 + 1}{part}")
    return "".join(out)


def document(language: str, title: str, header: str, nav: str, main: str, footer: str) -> str:
    main = _number_tables(main)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>\n{css()}</style>\n</head>\n<body>\n"
        f"<header>{header}</header>\n{nav}\n<main>{main}</main>\n"
        f"<footer>{footer}</footer>\n</body>\n</html>\n"
    )
