"""Embedded TrueType fonts, and text split into runs that each font can print.

DejaVu Sans prints Latin, Greek, Cyrillic, Hebrew and Arabic; Droid Sans
Fallback prints Chinese and Japanese; NanumGothic prints Korean (Droid Sans
Fallback holds only a handful of Hangul syllables); Noto Emoji (monochrome)
prints emoji. The large fonts are read only when a text needs them, so a
Latin-only summary never pays for them. A combining mark stays in the font
of the letter it sits on when that font has it, so it is drawn on that
letter. Right-to-left text is shaped (Arabic joining forms, when
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

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..domain.resources import resource

SANS = "KW-Sans"
BOLD = "KW-Sans-Bold"
CJK = "KW-CJK"
HANGUL = "KW-Hangul"
EMOJI = "KW-Emoji"

_FILES = {
    SANS: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
    EMOJI: "NotoEmoji.ttf",
}

_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))
# Bidi classes that make a text right-to-left, and the letters that need shaping.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# C0/C1 controls other than tab and newline cannot be printed.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile("  +")


def _utf16(code: int) -> str:
    """A code point as UTF-16BE hex: 'D83DDE00' for U+1F600, '00E9' for U+00E9."""
    return code.to_bytes(4, "big").decode("utf-32-be").encode("utf-16-be").hex().upper()


_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap


def to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode CMap, with each character written as UTF-16BE.

    Works around reportlab 5.1.0 (the version this was written against), whose
    ``makeToUnicodeCMap`` writes a character beyond the BMP as one code unit (``<01> <1F389>``),
    which PDF readers take for another character: an emoji copied from the PDF
    came out as something else. The PDF reference wants UTF-16BE (``<01> <D83CDF89>``).
    """
    text = _REPORTLAB_TO_UNICODE(fontname, subset)
    if all(code <= 0xFFFF for code in subset):
        return text
    wide = {
        f"<{i:02X}> <{code:04X}>": f"<{i:02X}> <{_utf16(code)}>" for i, code in enumerate(subset)
    }
    return "\n".join(wide.get(line, line) for line in text.split("\n"))


ttfonts.makeToUnicodeCMap = to_unicode_cmap  # the name ttfonts calls when it writes a font


@cache
def font(name: str) -> TTFont:
    """Register one of the bundled fonts (once per process) and return it."""
    ttf = TTFont(name, str(resource("fonts", _FILES[name])))
    pdfmetrics.registerFont(ttf)
    if name in (CJK, HANGUL, EMOJI):  # no bold face: <b> inside such a run keeps the regular one
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
    if code < 0x250 or char.isspace():
        return base
    if code >= 0x1F000 and code in _cmap(EMOJI):  # pictographs: the emoji glyph, not DejaVu's
        return EMOJI
    if code in _cmap(SANS):
        return base
    if _is_hangul(code):
        font(HANGUL)
        return HANGUL
    for name in (CJK, HANGUL, EMOJI):
        if code in _cmap(name):
            return name
    return base  # nothing has it: the base font's empty box marks the gap


def _has(name: str, code: int) -> bool:
    return code in _cmap(SANS if name in (SANS, BOLD) else name)


def runs(text: str, base: str = SANS) -> Iterator[tuple[str, str]]:
    """(font name, text) pieces of ``text``, switching font where the script needs it."""
    if text.isascii():
        if text:
            yield base, text
        return
    start, current = 0, None
    for i, char in enumerate(text):
        if current is not None and unicodedata.combining(char) and _has(current, ord(char)):
            continue  # a mark stays with its letter's font, so it is drawn on that letter
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
        import arabic_reshaper  # seam: library
    except ImportError:  # reorder only; the letters then print unjoined
        return None
    return arabic_reshaper.ArabicReshaper({"delete_harakat": False})


def visual(line: str) -> str:
    """One line of text in display order: Arabic shaped, right-to-left runs reversed."""
    if not is_rtl(line):
        return line
    from bidi import get_display  # seam: library

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
    text = clean(text).replace("\n", " ")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = visual(text)
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
