"""Embedded TrueType fonts, and text split into runs that each font can print.

DejaVu Sans prints Latin, Greek, Cyrillic, Hebrew and Arabic; Droid Sans
Fallback prints Chinese and Japanese; NanumGothic prints Korean (Droid Sans
Fallback holds only a handful of Hangul syllables). The two large CJK fonts
are read only when a text needs them, so a Latin-only summary never pays for
them. Right-to-left text is shaped (Arabic joining forms, when
arabic-reshaper is installed) and reordered with python-bidi line by line.

Every text a user typed goes through :func:`markup`, which escapes it, so
``<b>x</b>``, ``&`` or ``</para>`` print exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..domain.resources import resource

SANS = "KW-Sans"
BOLD = "KW-Sans-Bold"
CJK = "KW-CJK"
HANGUL = "KW-Hangul"

_FILES = {
    SANS: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
}

_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))
# Bidi classes that make a text right-to-left, and the letters that need shaping.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# C0/C1 controls other than tab and newline cannot be printed.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile("  +")


@cache
def font(name: str) -> TTFont:
    """Register one of the bundled fonts (once per process) and return it."""
    ttf = TTFont(name, str(resource("fonts", _FILES[name])))
    pdfmetrics.registerFont(ttf)
    if name in (CJK, HANGUL):  # no bold face: <b> inside such a run keeps the regular one
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return ttf


@cache
def register_base_fonts() -> None:
    """The fonts every summary uses; the CJK ones load on first need."""
    font(SANS)
    font(BOLD)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=BOLD, italic=SANS, boldItalic=BOLD)


@cache
def _cmap(name: str) -> frozenset[int]:
    return frozenset(font(name).face.charToGlyph)


def _is_hangul(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in _HANGUL_RANGES)


def font_for(char: str, base: str = SANS) -> str:
    """The font that prints this character: the base font when it can."""
    code = ord(char)
    if code < 0x250 or code in _cmap(SANS) or char.isspace():
        return base
    if _is_hangul(code):
        font(HANGUL)
        return HANGUL
    if code in _cmap(CJK):
        return CJK
    if code in _cmap(HANGUL):
        return HANGUL
    return base  # nothing has it: the base font's empty box marks the gap


def runs(text: str, base: str = SANS) -> Iterator[tuple[str, str]]:
    """(font name, text) pieces of ``text``, switching font where the script needs it."""
    if text.isascii():
        if text:
            yield base, text
        return
    start, current = 0, None
    for i, char in enumerate(text):
        name = font_for(char, base)
        if name != current:
            if current is not None and i > start:
                yield current, text[start:i]
            start, current = i, name
    if current is not None:
        yield current, text[start:]


def clean(text: str) -> str:
    """Printable text: no control characters, no lone surrogates, tabs as spaces."""
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def is_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def reads_rtl(text: str) -> bool:
    """Whether the text's first strong letter is right-to-left (Arabic, Hebrew...)."""
    if text.isascii():
        return False
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


@cache
def _reshaper():
    try:
        import arabic_reshaper
    except ImportError:  # reorder only; the letters then print unjoined
        return None
    return arabic_reshaper.ArabicReshaper({"delete_harakat": False})


def visual(line: str) -> str:
    """One line of text in display order: Arabic shaped, right-to-left runs reversed."""
    if not is_rtl(line):
        return line
    from bidi import get_display

    reshaper = _reshaper()
    if reshaper is not None and _ARABIC.search(line):
        line = reshaper.reshape(line)
    return get_display(line)


def width(text: str, size: float, base: str = SANS) -> float:
    """The printed width of ``text`` in points, across its font runs."""
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, base))


def _wrap_logical(line: str, room: float, size: float, base: str) -> list[str]:
    """Break one right-to-left line into lines that fit, still in logical order."""
    if room <= 0 or width(visual(line), size, base) <= room:
        return [line]
    lines, current = [], ""
    for word in line.split(" "):
        trial = f"{current} {word}" if current else word
        if current and width(visual(trial), size, base) > room:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    return lines


def _runs_markup(text: str, base: str) -> str:
    parts = []
    for name, piece in runs(text, base):
        piece = escape(piece)
        parts.append(piece if name == base else f'<font name="{name}">{piece}</font>')
    return "".join(parts)


def markup(text: str, *, base: str = SANS, room: float = 0, size: float = 10) -> str:
    """Paragraph markup that prints ``text`` as written, never read as markup.

    Line breaks are kept, runs of spaces too, and each run of characters gets
    a font that has them. Right-to-left lines are broken to ``room`` points
    at ``size`` (when given) before they are reordered, so that a long
    Arabic or Hebrew note still reads from its first line down.
    """
    text = clean(text)
    out = []
    for logical in text.split("\n"):
        if is_rtl(logical):
            pieces = [visual(p) for p in _wrap_logical(logical, room, size, base)]
        else:
            pieces = [logical]
        for piece in pieces:
            piece = unicodedata.normalize("NFC", piece) if not piece.isascii() else piece
            piece = _SPACES.sub(lambda m: " " + "\u00a0" * (len(m.group()) - 1), piece)
            out.append(_runs_markup(piece, base))
    return "<br/>".join(out)


def draw(canvas, x: float, y: float, text: str, size: float, *, base=SANS, anchor="start") -> float:
    """Draw one line of text on a canvas with font switching; returns its width."""
    text = visual(clean(text).replace("\n", " "))
    pieces = list(runs(text, base))
    total = sum(pdfmetrics.stringWidth(p, n, size) for n, p in pieces)
    if anchor == "middle":
        x -= total / 2
    elif anchor == "end":
        x -= total
    for name, piece in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
    return total


def fit(text: str, size: float, room: float, base: str = SANS) -> str:
    """``text`` shortened with an ellipsis so that it fits ``room`` points on one line."""
    text = clean(text).replace("\n", " ")
    if width(visual(text), size, base) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(visual(text[:mid] + "…"), size, base) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
