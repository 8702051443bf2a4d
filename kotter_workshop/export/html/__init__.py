"""The HTML summary: the same report model as the PDF, drawn as one accessible page.

``write_html(session, stream)`` writes text to a text stream. Nothing here
computes a number: every figure comes from :func:`..report.build_report`,
so the page and the PDF cannot disagree.
"""

from __future__ import annotations

from typing import TextIO

from ...domain.model import Session
from ..compare_report import build_comparison_report
from ..report import build_report
from .compare import render as render_comparison
from .summary import render

__all__ = ["render", "write_comparison_html", "write_html"]


def write_html(session: Session, stream: TextIO, *, pdf_link: str | None = None) -> None:
    """Write the session's HTML summary; ``pdf_link``: a relative link to the PDF beside it."""
    stream.write(render(build_report(session), pdf_link=pdf_link))


def write_comparison_html(comparison, stream: TextIO) -> None:
    """Write a comparison of sessions as one HTML page (the comparison PDF's twin)."""
    stream.write(render_comparison(build_comparison_report(comparison)))
