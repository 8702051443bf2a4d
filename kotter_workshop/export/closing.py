"""The closing sections: the actions, planned against actual times, the framework in brief."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ..domain.model import Session
from ..domain.texts import texts
from . import fonts
from .sections import heading, para, table
from .styles import INK, LEADERSHIP_TINT, MANAGEMENT_TINT, PANEL, RULE, styles


# -- actions and times ------------------------------------------------------------
def _clock(seconds: int) -> str:
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


_GRID = [
    ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
]


def actions(session: Session, room: float) -> list[Flowable]:
    s = styles()
    t = texts(session.info.language)
    story: list[Flowable] = [PageBreak(), *heading(t("pdf.actions.heading"), s.h1)]
    if not session.actions:
        story.append(para(t("pdf.actions.none"), s.body))
    else:
        names = ("number", "action", "owner", "due")
        head = [para(t(f"pdf.actions.{name}"), s.cell_bold) for name in names]
        rows = [head]
        for i, action in enumerate(session.actions, 1):
            due = action.due.isoformat() if action.due else "–"
            rows.append(
                [
                    para(str(i), s.cell),
                    para(action.text, s.cell, room=room - 200),
                    para(action.owner or "–", s.cell, room=100),
                    para(due, s.cell),
                ]
            )
        story.append(table(rows, [24, room - 204, 110, 70], _GRID, repeat=1))
    if any(item.actual_seconds is not None for item in session.agenda):
        story += [Spacer(1, 12), *heading(t("pdf.times.heading"), s.h2, level=1)]
        names = ("item", "planned", "actual", "difference")
        head = [para(t(f"pdf.times.{name}"), s.cell_bold) for name in names]
        rows = [head]
        planned_total = actual_total = 0
        for item in session.agenda:
            planned_total += item.planned_seconds
            actual = item.actual_seconds
            if actual is not None:
                actual_total += actual
            rows.append(
                [
                    para(item.title, s.cell, room=room - 210),
                    para(_clock(item.planned_seconds), s.cell),
                    para("–" if actual is None else _clock(actual), s.cell),
                    para("–" if actual is None else _clock(actual - item.planned_seconds), s.cell),
                ]
            )
        rows.append(
            [
                para(text, s.cell_bold)
                for text in (
                    t("pdf.times.total"),
                    _clock(planned_total),
                    _clock(actual_total),
                    _clock(actual_total - planned_total),
                )
            ]
        )
        story.append(table(rows, [room - 210, 70, 70, 70], _GRID, repeat=1))
        story.append(para(t("pdf.times.how"), s.small))
    return story


# -- the framework and the prompts --------------------------------------------------
def framework_pages(session: Session, room: float) -> list[Flowable]:
    s = styles()
    t = texts(session.info.language)
    framework = session.framework
    story: list[Flowable] = [PageBreak(), *heading(t("pdf.framework.heading"), s.h1)]
    story.append(para(f"{framework.title} ({framework.author})", s.small))
    story.append(para(framework.thesis, s.body))
    col = (room - 110) / 2
    head = (t("pdf.framework.task"), t("pdf.management"), t("pdf.leadership"))
    rows = [[para(text, s.cell_bold) for text in head]]
    for pair in framework.pairs:
        manage, lead = framework.process(pair.management), framework.process(pair.leadership)
        rows.append(
            [
                [para(pair.task, s.cell_bold)],
                [para(manage.title, s.cell_bold), para(manage.meaning, s.cell, room=col - 10)],
                [para(lead.title, s.cell_bold), para(lead.meaning, s.cell, room=col - 10)],
            ]
        )
    grid = _GRID + [
        ("BACKGROUND", (1, 1), (1, -1), MANAGEMENT_TINT),
        ("BACKGROUND", (2, 1), (2, -1), LEADERSHIP_TINT),
        ("BACKGROUND", (0, 1), (0, -1), PANEL),
    ]
    story.append(table(rows, [110, col, col], grid, repeat=1))
    story += [Spacer(1, 10), *heading(t("pdf.framework.prompts"), s.h2)]
    for i, prompt in enumerate(framework.prompts, 1):
        story.append(Paragraph(fonts.markup(prompt), s.note, bulletText=f"{i}."))
    return story
