"""What the summary concludes: the team's position, one honest sentence, and findings.

Every number comes from :mod:`..domain.scoring` (displayed values, one
decimal); this module only decides what to say about them. It imports
neither Qt nor reportlab.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ..domain.framework import Quadrant
from ..domain.model import Session
from ..domain.scoring import Label, Summary, format_score, quadrant_of
from ..domain.texts import Texts, number_text

if TYPE_CHECKING:  # pragma: no cover
    from .report import PairPart, Position

STEP = Fraction(1, 10)  # one displayed step: the rounding of every score
QUOTE = 70  # characters of a note quoted among the findings


def band(scale_range: int) -> Decimal:
    """The balanced band as displayed balances meet it: range/8 down to a tenth (±1.1 on 1–10).

    Balances are differences of one-decimal values, so |balance| ≤ range/8
    holds exactly when |balance| ≤ this.
    """
    return Decimal(math.floor(Fraction(scale_range, 8) * 10)).scaleb(-1)


def _near(value: Decimal, midpoint: Fraction) -> bool:
    """Within rounding of the dividing line: the exact mean may lie on either side."""
    return abs(Fraction(value) - midpoint) < STEP


def position(session: Session, summary: Summary, t: Texts) -> Position:
    from .report import Position, signed_tenths  # cycle: report imports this module

    framework, scale, language = session.framework, session.scale, t.language
    lead, manage = summary.shown_leadership, summary.shown_management
    l_text = format_score(lead, scale, language)
    m_text = format_score(manage, scale, language)
    band_text = number_text(band(scale.range), language)
    if not summary.has_position:
        missing = "both"
        if lead is not None:
            missing = "management"
        elif manage is not None:
            missing = "leadership"
        return Position(
            False,
            lead,
            manage,
            l_text,
            m_text,
            None,
            "",
            "",
            None,
            "",
            t(f"pdf.standing.missing_{missing}"),
            "",
            band_text,
        )
    balance = summary.balance
    balance_text = signed_tenths(balance, language)
    label_text = framework.balance_texts.get(summary.label.value, summary.label.value)
    midpoint = Fraction(scale.min + scale.max, 2)
    mid_text = number_text(f"{float(midpoint):.1f}", language)
    near_l, near_m = _near(lead, midpoint), _near(manage, midpoint)
    quadrant = summary.quadrant
    titles = framework.quadrant_titles
    fields = dict(
        leadership=number_text(lead, language),
        management=number_text(manage, language),
        balance=balance_text,
        label=label_text,
        band=band_text,
        middle=mid_text,
    )

    def placed(quadrant: Quadrant | None, sentence: str, detail: str = "") -> Position:
        """The team's position, told by ``sentence``; no quadrant when it sits on a line."""
        title = titles[quadrant] if quadrant is not None else ""
        return Position(
            True,
            lead,
            manage,
            l_text,
            m_text,
            balance,
            balance_text,
            label_text,
            quadrant,
            title,
            sentence,
            detail,
            band_text,
        )

    if near_l and near_m:
        return placed(None, t("pdf.diagnosis.centre", **fields))
    if near_l or near_m:
        strong_l = Fraction(lead) >= midpoint
        strong_m = Fraction(manage) >= midpoint
        if near_l:  # the vertical line: the cells left and right of the point
            cells = (quadrant_of(False, strong_m), quadrant_of(True, strong_m))
        else:
            cells = (quadrant_of(strong_l, False), quadrant_of(strong_l, True))
        sentence = t(
            "pdf.diagnosis.edge", first=titles[cells[0]], second=titles[cells[1]], **fields
        )
        return placed(None, sentence)
    title = titles[quadrant]
    if summary.label is Label.BALANCED and quadrant in (Quadrant.OVER_MANAGED, Quadrant.OVER_LED):
        return placed(quadrant, t("pdf.diagnosis.balanced_cell", quadrant=title, **fields))
    sentence = t("pdf.diagnosis.quadrant", quadrant=title, **fields)
    return placed(quadrant, sentence, framework.diagnoses[quadrant])


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE else text[: QUOTE - 1].rstrip() + "…"


def findings(session: Session, summary: Summary, pairs: list[PairPart], t: Texts) -> list[str]:
    """Two or three sentences about this session, most telling first."""
    language = t.language
    said: list[str] = []
    gaps = [
        (abs(p.leadership.mean - p.management.mean), p)
        for p in pairs
        if p.leadership.mean is not None and p.management.mean is not None
    ]
    if gaps:
        gap, pair = max(gaps, key=lambda g: g[0])  # the first pair wins a tie
        if gap > 0:
            said.append(
                t(
                    "pdf.findings.gap",
                    task=pair.task,
                    leadership=pair.leadership.title,
                    lead=number_text(pair.leadership.mean, language),
                    management=pair.management.title,
                    manage=number_text(pair.management.mean, language),
                    gap=number_text(gap, language),
                )
            )
        elif len(gaps) == len(pairs):
            said.append(t("pdf.findings.no_gap"))
    split = [p.title for pair in pairs for p in (pair.leadership, pair.management) if p.split]
    if split:
        key = "pdf.findings.split." + ("one" if len(split) == 1 else "other")
        said.append(t(key, titles=", ".join(split)))
    moved = []
    for pair in pairs:
        for p in (pair.leadership, pair.management):
            scored = [b for b in p.rounds if b.scored]
            if p.first_mean is not None and p.mean is not None and scored:
                moved.append(
                    t(
                        "pdf.findings.moved_one",
                        title=p.title,
                        first=number_text(p.first_mean, language),
                        first_round=p.first_round,
                        shown=number_text(p.mean, language),
                        round=scored[0].round,
                    )
                )
    if moved:
        said.append(t("pdf.findings.moved", changes="; ".join(moved[:2])))
    notes = []
    for pair in pairs:
        for part in pair.notes:
            for group in part.groups:
                notes += [(n.votes, n.text, part.heading) for n in group.notes if n.votes > 0]
    notes.sort(key=lambda n: -n[0])
    if notes:
        votes, text, _ = notes[0]
        said.append(
            t("pdf.findings.top_note", note=_quote(text), dots=t.count("pdf.notes.dots", votes))
        )
    if not said:
        said.append(t("pdf.findings.none"))
    return said[:3]
