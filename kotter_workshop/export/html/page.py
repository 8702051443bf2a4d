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


@cache
def css() -> str:
    return resource("html", "summary.css").read_text(encoding="utf-8")


def table(caption: str, head: list[str], rows: list[list[str]], numbers: set[int] = frozenset()):
    """A data table: the first cell of each row is its header. Cells are HTML already."""
    # a narrow screen scrolls a wide table inside its own box, which the keyboard can reach
    out = [f'<div class="table" role="region" tabindex="0" aria-label="{caption}">']
    out.append(f"<table><caption>{caption}</caption><thead><tr>")
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


def document(language: str, title: str, header: str, nav: str, main: str, footer: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>\n{css()}</style>\n</head>\n<body>\n"
        f"<header>{header}</header>\n{nav}\n<main>{main}</main>\n"
        f"<footer>{footer}</footer>\n</body>\n</html>\n"
    )
