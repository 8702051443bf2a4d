"""The closing sections: the actions, planned against actual times, the framework in brief.

Table columns are as wide as their content needs: a date or "Nr." is never
broken, and a name breaks only between words unless a single word is wider
than its share of the page.
"""

from __future__ import annotations

import math

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from ..domain.texts import Texts, texts
from . import fonts
from .flowables import SUMMARY_ACTIONS, heading, para, table
from .report import ActionRow, Report
from .styles import INK, LEADERSHIP_TINT, MANAGEMENT_TINT, PANEL, RULE, styles

PAD = 12  # a cell's left plus right padding

_GRID = [
    ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def _longest(texts_: list[str], bold_first: bool = True) -> float:
    """The width a column needs so that none of its texts breaks: the widest whole text."""
    s = styles()
    widest = 0.0
    for i, text in enumerate(texts_):
        base = fonts.BOLD if (i == 0 and bold_first) else fonts.SANS
        widest = max(widest, fonts.width(text, s.cell.fontSize, base))
    return math.ceil(widest) + PAD + 1


def _words(texts_: list[str]) -> float:
    """The widest single word of the texts: the narrowest a column can be without a broken word."""
    s = styles()
    widest = max(
        (fonts.width(w, s.cell.fontSize, fonts.BOLD) for x in texts_ for w in x.split()), default=0
    )
    return math.ceil(widest) + PAD + 1


def actions_table(actions: list[ActionRow], t: Texts, room: float) -> Table:
    s = styles()
    names = ("number", "action", "owner", "due")
    head = [t(f"pdf.actions.{name}") for name in names]
    number_w = _longest([head[0], *(a.number for a in actions)])
    due_w = _longest([head[3], *(a.due for a in actions)])
    owners = [head[2], *(a.owner for a in actions)]
    owner_w = min(_longest(owners), max(_words(owners), room * 0.28))
    action_w = room - number_w - due_w - owner_w
    if action_w < room * 0.35:  # long names: owners wrap between words, the action keeps room
        owner_w = max(_words(owners), room * 0.2)
        action_w = room - number_w - due_w - owner_w
    rows = [[para(text, s.cell_bold) for text in head]]
    for action in actions:
        rows.append(
            [
                para(action.number, s.cell),
                para(action.text, s.cell, room=action_w - PAD),
                para(action.owner, s.cell, room=owner_w - PAD),
                para(action.due, s.cell),
            ]
        )
    return table(rows, [number_w, action_w, owner_w, due_w], _GRID, repeat=1)


def actions(report: Report, room: float) -> list[Flowable]:
    """The actions page 1 could not hold, and the planned against actual times."""
    s = styles()
    t = texts(report.language)
    story: list[Flowable] = []
    if len(report.actions) > SUMMARY_ACTIONS:
        story += [CondPageBreak(120), *heading(t("pdf.actions.heading"), s.h1)]
        story.append(actions_table(report.actions, t, room))
    if report.times:
        story += [CondPageBreak(120), Spacer(1, 8), *heading(t("pdf.times.heading"), s.h2)]
        head = [t(f"pdf.times.{name}") for name in ("item", "planned", "actual", "difference")]
        columns = list(
            zip(*((r.item, r.planned, r.actual, r.difference) for r in report.times), strict=True)
        )
        widths = [_longest([head[i], *columns[i]]) for i in (1, 2, 3)]
        item_w = room - sum(widths)
        rows = [[para(text, s.cell_bold) for text in head]]
        last = len(report.times) - 1
        for i, row in enumerate(report.times):
            style = s.cell_bold if i == last else s.cell
            rows.append(
                [para(row.item, style, room=item_w - PAD)]
                + [para(v, style) for v in (row.planned, row.actual, row.difference)]
            )
        story.append(table(rows, [item_w, *widths], _GRID, repeat=1))
        story.append(para(t("pdf.times.how"), s.small))
    return story


# -- the framework and the prompts --------------------------------------------------
def framework_pages(report: Report, room: float) -> list[Flowable]:
    """Kotter's thesis (printed here only), the pairs in a table, and the prompts."""
    s = styles()
    t = texts(report.language)
    brief = report.framework
    story: list[Flowable] = [CondPageBreak(260), *heading(t("pdf.framework.heading"), s.h1)]
    story.append(para(f"{brief.title} ({brief.author})", s.small))
    story.append(para(brief.thesis, s.body))
    head = (t("pdf.framework.task"), t("pdf.management"), t("pdf.leadership"))
    first = max(96, _words([head[0], *(row[0] for row in brief.rows)]))
    col = (room - first) / 2
    rows = [[para(text, s.cell_bold) for text in head]]
    for task, m_title, m_meaning, l_title, l_meaning in brief.rows:
        rows.append(
            [
                [para(task, s.cell_bold)],
                [para(m_title, s.cell_bold), para(m_meaning, s.cell, room=col - 10)],
                [para(l_title, s.cell_bold), para(l_meaning, s.cell, room=col - 10)],
            ]
        )
    grid = _GRID + [
        ("BACKGROUND", (1, 1), (1, -1), MANAGEMENT_TINT),
        ("BACKGROUND", (2, 1), (2, -1), LEADERSHIP_TINT),
        ("BACKGROUND", (0, 1), (0, -1), PANEL),
    ]
    story.append(table(rows, [first, col, col], grid, repeat=1))
    story += [Spacer(1, 6), *heading(t("pdf.framework.prompts"), s.h2)]
    for i, prompt in enumerate(brief.prompts, 1):
        story.append(Paragraph(fonts.markup(prompt), s.note, bulletText=f"{i}."))
    return story
