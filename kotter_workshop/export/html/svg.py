"""The summary's charts as inline SVG, each with a text alternative.

The charts draw the model's numbers as they are; colours come from the
page's CSS classes, so they follow light, dark and print. Every chart is
followed on the page by a table of the same numbers.
"""

from __future__ import annotations

from decimal import Decimal

from ...domain.framework import Quadrant
from ...domain.texts import Texts, number_text
from ..report import Bars, Position, signed_tenths
from .page import esc


def _svg(ident: str, alt: str, width: int, height: int, body: list[str]) -> str:
    return (
        f'<svg role="img" aria-labelledby="{ident}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="{ident}">{esc(alt)}</title>'
        + "".join(body)
        + "</svg>"
    )


def _text(x: float, y: float, text: str, cls: str = "ink", anchor: str = "start", size=13):
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" class="{cls}" font-size="{size}" '
        f'text-anchor="{anchor}">{esc(text)}</text>'
    )


def _lines(text: str, width: int) -> list[str]:
    """Words broken into lines of about ``width`` characters (a cell title in the 2×2)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


#: The 2×2's side and left margin, and each cell's top-left corner in it.
SIDE, AXIS = 300, 40
CELLS = {
    Quadrant.OVER_MANAGED: (AXIS, 10),
    Quadrant.LEADER_MANAGERS: (AXIS + SIDE / 2, 10),
    Quadrant.UNDER_BOTH: (AXIS, 10 + SIDE / 2),
    Quadrant.OVER_LED: (AXIS + SIDE / 2, 10 + SIDE / 2),
}


def quadrant(ident: str, position: Position, titles: dict, low: int, high: int, t: Texts) -> str:
    side, axis = SIDE, AXIS
    half = side / 2
    cells = CELLS
    ours = position.quadrant
    body = []
    for q, (x, y) in cells.items():
        cls = "ours" if q is ours else "cell"
        body.append(f'<rect x="{x}" y="{y}" width="{half}" height="{half}" class="{cls}"/>')
        text = titles.get(q, str(q)) + (" " + t("pdf.charts.you_are_here") if q is ours else "")
        for n, line in enumerate(_lines(text, 18)):
            weight = ' font-weight="700"' if q is ours else ""
            body.append(
                _text(x + 6, y + 18 + n * 15, line, size=12).replace("<text", f"<text{weight}", 1)
            )
    body.append(f'<rect x="{axis}" y="10" width="{side}" height="{side}" class="frame"/>')
    body.append(
        f'<path d="M{axis + half} 10V{10 + side}M{axis} {10 + half}H{axis + side}" '
        'class="frame" stroke-dasharray="4 3"/>'
    )
    bottom = 10 + side
    body += [
        _text(axis, bottom + 16, str(low), "muted", "middle", 12),
        _text(axis + side, bottom + 16, str(high), "muted", "middle", 12),
        _text(axis + half, bottom + 32, t("pdf.charts.leadership_axis"), "muted", "middle", 12),
        _text(axis - 6, bottom, str(low), "muted", "end", 12),
        _text(axis - 6, 22, str(high), "muted", "end", 12),
        f'<text transform="translate({axis - 14} {10 + half}) rotate(-90)" class="muted" '
        f'font-size="12" text-anchor="middle">{esc(t("pdf.charts.management_axis"))}</text>',
    ]
    if position.has_position:
        span = max(1, high - low)

        def at(value: Decimal) -> float:
            return max(0.0, min(1.0, (float(value) - low) / span)) * side

        px, py = axis + at(position.leadership), bottom - at(position.management)
        body.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="9" class="halo"/>')
        body.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="6" class="marker"/>')
        label = _point(position, t)
        # the label stays in the cell the point is drawn in, on its roomier side
        cell = axis if px < axis + half else axis + half
        anchor = "start" if px - cell < cell + half - px else "end"
        lx = px + 12 if anchor == "start" else px - 12
        ly = py - 10 if py > 40 else py + 20
        body.append(
            _text(lx, ly, label, anchor=anchor, size=12).replace(
                "<text", '<text font-weight="700"', 1
            )
        )
    return _svg(ident, quadrant_alt(position, t), axis + side + 10, bottom + 40, body)


def _point(position: Position, t: Texts) -> str:
    return t(
        "pdf.charts.point",
        leadership=number_text(position.leadership, t.language),
        management=number_text(position.management, t.language),
    )


def quadrant_alt(position: Position, t: Texts) -> str:
    if not position.has_position:
        return t("html.quadrant_none")
    where = position.quadrant_title or t("html.no_quadrant")
    return t("html.quadrant_alt", point=_point(position, t), where=where)


def spectrum(ident: str, position: Position, scale_range: int, t: Texts) -> str:
    width, pad, span = 420, 24, max(1, scale_range)

    def x(value: float) -> float:
        share = max(0.0, min(1.0, (value + span) / (2 * span)))
        return pad + share * (width - 2 * pad)

    bar_y, bar_h = 44, 24
    left, mid, right = x(-span), x(0), x(span)
    band_l, band_r = x(-span / 8), x(span / 8)
    body = [
        f'<rect x="{left}" y="{bar_y}" width="{mid - left}" height="{bar_h}" class="manage-tint"/>',
        f'<rect x="{mid}" y="{bar_y}" width="{right - mid}" height="{bar_h}" class="lead-tint"/>',
        f'<rect x="{band_l:.1f}" y="{bar_y}" width="{band_r - band_l:.1f}" '
        f'height="{bar_h}" class="band"/>',
        f'<rect x="{left}" y="{bar_y}" width="{right - left}" height="{bar_h}" class="frame"/>',
    ]
    for n in range(-span, span + 1):
        body.append(
            _text(
                x(n),
                bar_y + bar_h + 16,
                number_text(n, t.language, signed=True),
                "muted",
                "middle",
                12,
            )
        )
    body += [
        _text(left, bar_y + bar_h + 38, t("pdf.charts.leans_management"), "muted", size=13),
        _text(
            (band_l + band_r) / 2,
            bar_y + bar_h + 58,
            t("pdf.charts.balanced"),
            "muted",
            "middle",
            13,
        ),
        _text(right, bar_y + bar_h + 38, t("pdf.charts.leans_leadership"), "muted", "end", 13),
    ]
    if position.balance is not None:
        px = x(float(position.balance))
        body.append(
            f'<path d="M{px:.1f} {bar_y - 2}V{bar_y + bar_h + 2}" stroke-width="3" class="marker"/>'
        )
        body.append(f'<path d="M{px:.1f} {bar_y - 3}l-7 -11h14z" class="marker"/>')
        text = t(
            "pdf.charts.balance",
            balance=signed_tenths(position.balance, t.language),
            label=position.label_text,
        )
        cx = max(pad + 90, min(width - pad - 90, px))
        body.append(
            _text(cx, 18, text, anchor="middle", size=14).replace(
                "<text", '<text font-weight="700"', 1
            )
        )
        alt = t("html.spectrum_alt", balance=position.balance_text, label=position.label_text)
    else:
        alt = t("html.spectrum_none")
    return _svg(ident, alt, width, bar_y + bar_h + 66, body)


def pairs(ident: str, rows: list, low: int, high: int, t: Texts) -> str:
    width, row_h = 400, 62
    left, right = 30, width - 50
    span = max(1, high - low)

    def x(value: float) -> float:
        return left + (value - low) / span * (right - left)

    height = 30 + len(rows) * row_h + 40
    body = []
    for value in range(low, high + 1):
        body.append(f'<path d="M{x(value):.1f} 24V{height - 40}" class="line"/>')
        body.append(_text(x(value), height - 24, str(value), "muted", "middle", 12))
    body.append(
        _text(
            (left + right) / 2,
            height - 6,
            t("pdf.charts.mean_axis", min=low, max=high),
            "muted",
            "middle",
            12,
        )
    )
    y = 30
    for task, lead, manage in rows:
        body.append(_text(left, y + 4, task, size=13))
        for n, (value, cls, word) in enumerate(
            ((lead, "lead", "pdf.leadership"), (manage, "manage", "pdf.management"))
        ):
            top = y + 10 + n * 20
            if value is None:
                body.append(_text(left + 4, top + 13, f"{t(word)}: –", "muted", size=12))
                continue
            end = x(float(value))
            body.append(
                f'<rect x="{left}" y="{top}" width="{end - left:.1f}" height="16" class="{cls}"/>'
            )
            body.append(
                _text(end + 4, top + 13, number_text(value, t.language), size=12).replace(
                    "<text", '<text font-weight="700"', 1
                )
            )
        y += row_h
    return _svg(ident, t("html.pairs_alt", min=low, max=high), width, height, body)


def distribution(
    ident: str,
    title: str,
    values: tuple[int, ...],
    rounds: tuple[Bars, ...],
    top: int,
    step: int,
    cls: str,
    t: Texts,
) -> str:
    width, height, left, base = 300, 170, 34, 140
    slot = (width - left - 6) / max(1, len(values))
    body = []
    for tick in range(0, top + 1, max(1, step)):
        y = base - tick / max(1, top) * (base - 12)
        body.append(f'<path d="M{left} {y:.1f}H{width - 6}" class="line"/>')
        body.append(_text(left - 5, y + 4, str(tick), "muted", "end", 11))
    shown = len(rounds)
    for i, value in enumerate(values):
        x0 = left + i * slot
        body.append(_text(x0 + slot / 2, base + 16, str(value), "muted", "middle", 12))
        for r, bars in enumerate(rounds):
            count = bars.counts.get(value, 0)
            w = (slot - 6) / shown
            h = count / max(1, top) * (base - 12)
            bx = x0 + 3 + r * w
            kind = cls if bars.scored else f"{cls}-old"
            body.append(
                f'<rect x="{bx:.1f}" y="{base - h:.1f}" width="{w:.1f}" '
                f'height="{h:.1f}" class="{kind}"/>'
            )
            if count:
                body.append(_text(bx + w / 2, base - h - 3, str(count), anchor="middle", size=11))
    body.append(f'<path d="M{left} {base}H{width - 6}" class="frame"/>')
    return _svg(ident, t("html.distribution_alt", title=title), width, height, body)


# for the comparison's path chart
wrap, text, lines = _svg, _text, _lines
