"""The PDF summary participants take home, built with reportlab from domain objects.

``write_pdf(session, stream, *, paper=None, invariant=False)`` is the one
entry point; reportlab is imported on first use, so importing this package
stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["write_comparison_pdf", "write_pdf"]


def write_pdf(session: Any, stream: Any, *, paper: str | None = None, invariant: bool = False):
    """Write the session's PDF summary to a binary stream (see ``document.write_pdf``)."""
    from .document import write_pdf as _write_pdf  # seam: library

    return _write_pdf(session, stream, paper=paper, invariant=invariant)


def write_comparison_pdf(
    comparison: Any, stream: Any, *, paper: str | None = None, invariant: bool = False
):
    """Write a comparison of sessions to a binary stream (see ``compare_pdf``)."""
    from .compare_pdf import write_comparison_pdf as _write  # seam: library

    return _write(comparison, stream, paper=paper, invariant=invariant)
