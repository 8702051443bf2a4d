"""The summary page: the report model's sections as headings, lists, tables and charts."""

from __future__ import annotations

from ...domain.texts import Texts, number_text, texts
from ..report import NoteGroup, PairPart, ProcessPart, Report
from . import svg
from .page import document, esc, table, user


def _facts(report: Report, t: Texts) -> str:
    facts = [
        (t("pdf.cover.team"), user(report.team or "–")),
        (t("pdf.cover.facilitator"), user(report.facilitator or "–")),
        (t("pdf.cover.date"), esc(report.date)),
        (t("pdf.cover.participants"), esc(report.participants)),
    ]
    items = "".join(f"<div><dt>{esc(k)}</dt><dd>{v}</dd></div>" for k, v in facts)
    return f'<dl class="facts">{items}</dl>'


def _position_table(report: Report, t: Texts) -> str:
    p = report.position
    rows = [
        [esc(t("compare.leadership_row")), esc(p.leadership_text)],
        [esc(t("compare.management_row")), esc(p.management_text)],
        [esc(t("compare.balance_row")), esc(p.balance_text or "–")],
        [esc(t("compare.spectrum_row")), esc(p.label_text or "–")],
        [esc(t("compare.quadrant_row")), esc(p.quadrant_title or "–")],
    ]
    return table(esc(t("html.chart_numbers")), [esc(t("html.measure")), esc(t("html.value"))], rows)


def _section(ident: str, title: str, body: str) -> str:
    return f'<section aria-labelledby="{ident}"><h2 id="{ident}">{title}</h2>{body}</section>'


def _summary(report: Report, t: Texts) -> list[tuple[str, str, str]]:
    p = report.position
    scores = (
        f'<p class="big">{esc(t("pdf.standing.leadership_score", score=p.leadership_text))}</p>'
        f'<p class="big">{esc(t("pdf.standing.management_score", score=p.management_text))}</p>'
    )
    if not p.has_position:
        scores += f"<p><strong>{esc(t('pdf.standing.not_enough'))}.</strong></p>"
    chart = svg.quadrant(
        "chart-quadrant", p, report.quadrant_titles, report.scale_min, report.scale_max, t
    )
    position = (
        scores + f"<p>{esc(p.diagnosis)}</p><figure>{chart}</figure>" + _position_table(report, t)
    )
    pair_rows = [
        [user(task), esc(_num(lead, t)), esc(_num(manage, t))]
        for task, lead, manage in report.pair_overview
    ]
    pairs = (
        "<figure>"
        + svg.pairs("chart-pairs", report.pair_overview, report.scale_min, report.scale_max, t)
        + "</figure>"
        + table(
            esc(t("html.chart_numbers")),
            [esc(t("pdf.framework.task")), esc(t("pdf.leadership")), esc(t("pdf.management"))],
            pair_rows,
            {1, 2},
        )
    )
    found = "<ul>" + "".join(f"<li>{user(f, 'span')}</li>" for f in report.findings) + "</ul>"
    return [
        ("position", esc(t("pdf.summary.position")), position),
        ("pairs", esc(t("pdf.summary.pairs")), pairs),
        ("findings", esc(t("pdf.summary.findings")), found),
        ("actions", esc(t("pdf.actions.heading")), _actions(report, t)),
    ]


def _num(value, t: Texts) -> str:
    return "–" if value is None else number_text(value, t.language)


def _actions(report: Report, t: Texts) -> str:
    if not report.actions:
        return f"<p>{esc(t('pdf.actions.none'))}</p>"
    head = [esc(t(f"pdf.actions.{n}")) for n in ("number", "action", "owner", "due")]
    rows = [[esc(a.number), user(a.text), user(a.owner), esc(a.due)] for a in report.actions]
    return table(esc(t("pdf.actions.heading")), head, rows)


def _standing(report: Report, t: Texts) -> str:
    p = report.position
    how = t("pdf.standing.how", min=report.scale_min, max=report.scale_max)
    out = f'<p class="muted">{esc(how)}</p>'
    out += f'<h3 id="spectrum">{esc(t("pdf.standing.spectrum"))}</h3>'
    chart = svg.spectrum("chart-spectrum", p, report.scale_max - report.scale_min, t)
    out += f"<figure>{chart}</figure>"
    balance = t(
        "pdf.standing.balance",
        leadership=p.leadership_text.split(" /")[0],
        management=p.management_text.split(" /")[0],
        band=p.band_text,
    )
    out += f"<p>{esc(balance)}</p>"
    out += f'<h3 id="quadrant">{esc(t("pdf.standing.quadrant"))}</h3><p>{esc(p.diagnosis)}</p>'
    if p.detail:
        out += f"<p>{esc(p.detail)}</p>"
    out += f"<h4>{esc(t('pdf.standing.argument_heading'))}</h4>"
    out += f"<p>{esc(t('pdf.standing.argument'))}</p>"
    return out


def _notes(groups: tuple[NoteGroup, ...], level: int) -> str:
    out = ""
    for group in groups:
        if group.title is not None:
            out += user(group.title, f"h{level}", "user")
        out += '<ul class="notes">'
        for note in group.notes:
            out += (
                f'<li><span class="dots">{esc(note.votes_text)}</span>'
                f"{user(note.text, 'span', 'text')}</li>"
            )
        out += "</ul>"
    return out


def _process(pair: PairPart, part: ProcessPart, t: Texts) -> str:
    side = part.side.value
    ident = f"p-{esc(part.id)}"
    mean = part.mean_text + (f" ({part.first_mean_text})" if part.first_mean_text else "")
    out = f'<div class="process {side}"><p class="side">{esc(t(f"pdf.{side}_caps"))}</p>'
    out += f'<h3>{user(part.title)}</h3><p class="muted">{user(part.tagline)}</p>'
    out += f"<p><strong>{esc(mean)}</strong></p><p>{esc(part.stats)}</p>"
    if part.split:
        out += f'<p class="split">{esc(t("pdf.process.split"))}</p>'
    if part.rounds_text:
        out += f"<p>{esc(part.rounds_text)}</p>"
    cls = "lead" if side == "leadership" else "manage"
    chart = svg.distribution(
        f"chart-{ident}", part.title, pair.values, part.rounds, pair.top, pair.step, cls, t
    )
    out += f"<figure>{chart}</figure>"
    head = [esc(t("html.rating"))] + [
        esc(t("pdf.charts.scored" if b.scored else "pdf.charts.round", number=b.round))
        for b in part.rounds
    ]
    rows = [[esc(v)] + [esc(b.counts.get(v, 0)) for b in part.rounds] for v in pair.values]
    numbers = set(range(1, len(head)))
    out += table(
        esc(t("html.chart_numbers")) + " — " + esc(t("pdf.charts.votes_axis")), head, rows, numbers
    )
    return out + "</div>"


def _pair(pair: PairPart, total: int, t: Texts) -> str:
    task = t("pdf.pairs.task", number=pair.number, total=total, detail=pair.detail)
    out = f'<p class="muted">{esc(task)}</p>'
    out += '<div class="pair">'
    out += _process(pair, pair.leadership, t) + _process(pair, pair.management, t)
    out += "</div>"
    for part in pair.notes:
        if part.groups:
            out += user(part.heading, "h3", "user") + _notes(part.groups, 4)
        else:
            out += f'<p class="muted">{esc(part.heading)}: {esc(t("pdf.notes.none"))}</p>'
    return out


def _processes_table(report: Report, t: Texts) -> str:
    """Every process's mean and count in one table: the numbers a reader compares."""
    head = [esc(t(k)) for k in ("html.process", "html.side", "html.mean", "html.votes")]
    rows = []
    for pair in report.pairs:
        for part in (pair.leadership, pair.management):
            side = t(f"pdf.{part.side.value}")
            rows.append([user(part.title), esc(side), esc(_num(part.mean, t)), esc(part.count)])
    return table(esc(t("pdf.summary.pairs")), head, rows, {2, 3})


def _closing(report: Report, t: Texts) -> list[tuple[str, str, str]]:
    out = []
    if report.times:
        head = [esc(t(f"pdf.times.{n}")) for n in ("item", "planned", "actual", "difference")]
        rows = [
            [user(r.item), esc(r.planned), esc(r.actual), esc(r.difference)] for r in report.times
        ]
        body = (
            table(head[0], head, rows, {1, 2, 3})
            + f'<p class="muted">{esc(t("pdf.times.how"))}</p>'
        )
        out.append(("times", esc(t("pdf.times.heading")), body))
    brief = report.framework
    body = (
        f'<p class="muted">{esc(brief.title)} ({esc(brief.author)})</p><p>{esc(brief.thesis)}</p>'
    )
    head = [esc(t("pdf.framework.task")), esc(t("pdf.management")), esc(t("pdf.leadership"))]
    rows = [
        [
            esc(task),
            f"<strong>{esc(mt)}</strong><br>{esc(mm)}",
            f"<strong>{esc(lt)}</strong><br>{esc(lm)}",
        ]
        for task, mt, mm, lt, lm in brief.rows
    ]
    body += table(esc(t("pdf.framework.heading")), head, rows)
    body += f"<h3>{esc(t('pdf.framework.prompts'))}</h3><ol>"
    body += "".join(f"<li>{esc(p)}</li>" for p in brief.prompts) + "</ol>"
    out.append(("framework", esc(t("pdf.framework.heading")), body))
    return out


def render(report: Report, *, pdf_link: str | None = None) -> str:
    """The whole page as a string: self-contained, no scripts, no external resources."""
    t = texts(report.language)
    header = user(report.title, "h1", "user") + f'<p class="subtitle">{user(report.subject)}</p>'
    header += _facts(report, t)
    if pdf_link:
        header += f'<p><a href="{esc(pdf_link)}" download>{esc(t("html.pdf_link"))}</a></p>'
    parts = _summary(report, t)
    if report.position.has_position:
        parts.append(("standing", esc(t("pdf.standing.heading")), _standing(report, t)))
    total = len(report.pairs)
    for pair in report.pairs:
        parts.append((f"pair-{pair.number}", user(pair.task), _pair(pair, total, t)))
    parts.append(("processes", esc(t("html.votes")), _processes_table(report, t)))
    for n, panel in enumerate(report.free_panels, 1):
        parts.append((f"panel-{n}", user(panel.heading), _notes(panel.groups, 3)))
    parts += _closing(report, t)
    links = "".join(f'<li><a href="#{ident}">{title}</a></li>' for ident, title, _ in parts)
    nav = f'<nav aria-label="{esc(t("html.contents"))}"><ul>{links}</ul></nav>'
    main = "".join(_section(ident, title, body) for ident, title, body in parts)
    footer = f"<p>{esc(t('html.generated'))}</p>"
    return document(report.language, report.title, header, nav, main, footer)
