"""The comparison as one accessible page, drawn from :mod:`..compare_report`."""

from __future__ import annotations

import math

from ...domain.texts import texts
from ..compare_report import ARROW_SHARE, ComparisonReport
from . import svg
from .page import document, esc, table, user


def path_chart(report: ComparisonReport) -> str:
    """The 2×2 with each session as a numbered point, arrows oldest to newest."""
    t = texts(report.language)
    side, axis = svg.SIDE, svg.AXIS
    half = side / 2
    cells = svg.CELLS
    body = ['<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            'markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" class="marker"/></marker>'
            "</defs>"]  # fmt: skip
    for q, (x, y) in cells.items():
        body.append(f'<rect x="{x}" y="{y}" width="{half}" height="{half}" class="cell"/>')
        for n, line in enumerate(svg.lines(report.quadrant_titles[q], 18)):
            body.append(svg.text(x + 6, y + 18 + n * 15, line, "muted", size=12))
    body.append(f'<rect x="{axis}" y="10" width="{side}" height="{side}" class="frame"/>')
    body.append(
        f'<path d="M{axis + half} 10V{10 + side}M{axis} {10 + half}H{axis + side}" '
        'class="frame" stroke-dasharray="4 3"/>'
    )
    bottom = 10 + side
    body += [
        svg.text(axis, bottom + 16, report.low, "muted", "middle", 12),
        svg.text(axis + side, bottom + 16, report.high, "muted", "middle", 12),
        svg.text(axis + half, bottom + 32, t("pdf.charts.leadership_axis"), "muted", "middle", 12),
        svg.text(axis - 6, bottom, report.low, "muted", "end", 12),
        svg.text(axis - 6, 22, report.high, "muted", "end", 12),
    ]
    spots = [(n, axis + lx * side, bottom - my * side) for n, lx, my in report.points]
    for (_, x1, y1), (_, x2, y2) in zip(spots, spots[1:], strict=False):
        length = math.hypot(x2 - x1, y2 - y1)
        if length < ARROW_SHARE * side:
            continue
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        body.append(
            f'<path d="M{x1 + ux * 12:.1f} {y1 + uy * 12:.1f}L{x2 - ux * 13:.1f} '
            f'{y2 - uy * 13:.1f}" class="frame" stroke-width="2" marker-end="url(#arrow)"/>'
        )
    for number, x, y in spots:
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="10" class="marker"/>')
        body.append(svg.text(x, y + 4, str(number), "paper", "middle", 12))
    alt = t("compare.path_heading") + ". " + report.path_note
    return svg.wrap("chart-path", alt, axis + side + 10, bottom + 40, body)


def render(report: ComparisonReport) -> str:
    t = texts(report.language)
    header = f'<h1>{user(report.title)}</h1><p class="subtitle">{esc(report.span)}</p>'
    intro = f"<p>{esc(report.scales_note)}</p><p>{esc(report.movement)}</p>"
    legend = "".join(f"<li>{user(s.name)}: {esc(s.where)}</li>" for s in report.sessions)
    path = (
        f"<figure>{path_chart(report)}<figcaption>{esc(report.path_note)}</figcaption></figure>"
        f"<ol>{legend}</ol>"
    )
    head = [esc(t("html.measure"))] + [f"{s.number}. {user(s.name)}" for s in report.sessions]
    head.append(esc(t("compare.change")))
    tints = {"L": "tint lead-row", "M": "tint manage-row"}
    rows = [
        [
            user(name, cls=f"user {tints[tint]}") if tint in tints else user(name),
            *(esc(v) for v in values),
            esc(change),
        ]
        for name, values, change, tint in report.rows
    ]
    numbers = set(range(1, len(head)))
    by_session = table(esc(t("compare.by_session")), head, rows, numbers)
    by_session += f'<p class="muted">{esc(t("compare.table_note"))}</p>'
    sections = [
        ("path", esc(t("compare.path_heading")), path),
        ("by-session", esc(t("compare.by_session")), by_session),
    ]
    main = intro + "".join(
        f'<section aria-labelledby="{i}"><h2 id="{i}">{h}</h2>{b}</section>' for i, h, b in sections
    )
    links = "".join(f'<li><a href="#{i}">{h}</a></li>' for i, h, _ in sections)
    nav = f'<nav aria-label="{esc(t("html.contents"))}"><ul>{links}</ul></nav>'
    footer = f"<p>{esc(t('html.generated'))}</p>"
    return document(report.language, report.title, header, nav, main, footer)
