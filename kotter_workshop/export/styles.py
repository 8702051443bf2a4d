"""Paper, type and ink of the PDF summary.

Sizes are chosen for a participant reading on a phone or on paper: body
text 10.5 pt, nothing below 8 pt, headings clearly larger. Ink is dark
grey on white; the two sides get a blue and an amber tint, but never as the
only signal (labels and hatching say the same).
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle

from .fonts import BOLD, SANS

PAPERS = {"a4": A4, "letter": LETTER}
# Where Letter is the usual paper (CLDR's list of territories using US Letter).
LETTER_TERRITORIES = frozenset(
    ["US", "CA", "MX", "PH", "PR", "CL", "CO", "CR", "GT", "SV", "NI", "PA", "VE", "DO", "BZ"]
)

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#59636e")
RULE = colors.HexColor("#d0d7de")
PANEL = colors.HexColor("#f3f5f7")
LEADERSHIP = colors.HexColor("#1f5fa8")
LEADERSHIP_TINT = colors.HexColor("#dbe7f5")
MANAGEMENT = colors.HexColor("#9a5b00")
MANAGEMENT_TINT = colors.HexColor("#f6e6cc")
ALERT = colors.HexColor("#a4262c")

MARGIN = 50  # points: 17.6 mm, enough for printers and phone screens alike


def territory() -> str:
    """The user's territory from the locale (LC_ALL, LC_PAPER, LANG), e.g. 'US'."""
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(var, "")
        if value:
            break
    else:
        value = locale.getlocale()[0] or ""
    value = value.split(".")[0].split("@")[0]
    return value.split("_")[1].upper() if "_" in value else ""


def paper_size(paper: str | None = None) -> tuple[float, float]:
    """The page size for 'a4' or 'letter'; by default the locale's usual paper."""
    if paper is None:
        paper = "letter" if territory() in LETTER_TERRITORIES else "a4"
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"Unknown paper {paper!r}; use 'a4' or 'letter'.") from None


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_line: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    note_rtl: ParagraphStyle
    note_plain: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    big_number: ParagraphStyle
    callout: ParagraphStyle
    centre: ParagraphStyle


@cache
def styles() -> Styles:
    def style(name: str, **kw) -> ParagraphStyle:
        base = {"fontName": SANS, "fontSize": 10.5, "leading": 14.5, "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style("title", fontName=BOLD, fontSize=24, leading=29, spaceAfter=2),
        subtitle=style("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=8),
        cover_line=style("cover", fontSize=13, leading=19, spaceAfter=4),
        h1=style("h1", fontName=BOLD, fontSize=18, leading=22, spaceAfter=4, keepWithNext=1),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h3=style(
            "h3",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
            textColor=MUTED,
        ),
        body=style("body", spaceAfter=6),
        small=style("small", fontSize=9, leading=12, textColor=MUTED, spaceBefore=4, spaceAfter=4),
        note=style(
            "note",
            leftIndent=16,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=9,
            spaceAfter=4,
            splitLongWords=1,
        ),
        note_rtl=style("note-rtl", spaceAfter=3, splitLongWords=1, alignment=TA_RIGHT),
        note_plain=style("note-plain", spaceAfter=3, splitLongWords=1),
        cell=style("cell", fontSize=9.5, leading=12.5, alignment=TA_LEFT),
        cell_bold=style("cell-bold", fontName=BOLD, fontSize=9.5, leading=12.5),
        big_number=style("big", fontName=BOLD, fontSize=15, leading=19),
        callout=style(
            "callout",
            fontName=BOLD,
            fontSize=14,
            leading=19,
            alignment=TA_CENTER,
            borderColor=RULE,
            borderWidth=1,
            borderPadding=14,
            leftIndent=14,  # the border sits on the margins, not 14 pt beyond them
            rightIndent=14,
            backColor=PANEL,
            spaceBefore=24,
            spaceAfter=24,
        ),
        centre=style("centre", alignment=TA_CENTER, textColor=MUTED),
    )
