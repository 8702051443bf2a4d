"""Every theme is readable: WCAG AA (4.5:1) for every text colour on every background it is
drawn on, computed from the palettes themselves (WCAG 2.x relative luminance)."""

from __future__ import annotations

import pytest

from kotter_workshop.ui.theme import TEXT_PAIRS, THEMES, palette

AA = 4.5


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of an sRGB colour such as '#1A1A1F'."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_known_ratios():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", THEMES)
def test_every_text_meets_wcag_aa(name):
    colours = palette(name)
    low = {
        f"{fg} on {bg}": round(contrast(getattr(colours, fg), getattr(colours, bg)), 2)
        for fg, bg in TEXT_PAIRS
        if contrast(getattr(colours, fg), getattr(colours, bg)) < AA
    }
    assert low == {}


def test_high_contrast_goes_well_beyond_aa():
    colours = palette("high-contrast")
    assert min(contrast(getattr(colours, f), getattr(colours, b)) for f, b in TEXT_PAIRS) >= 7


def test_the_pairs_name_every_colour_the_charts_draw_text_in():
    """Chart labels are drawn in text, muted, leadership or management on the slide
    background or a surface; each such pair is in TEXT_PAIRS."""
    import ast
    from pathlib import Path

    charts = Path(__file__).resolve().parents[2] / "kotter_workshop" / "ui" / "charts"
    used = set()
    for path in charts.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "color":
                used |= {a.value for a in node.args if isinstance(a, ast.Constant)}
    text_colours = {fg for fg, _ in TEXT_PAIRS}
    fills_only = {"surface", "border", "accent"}  # backgrounds, lines and the point
    assert used - fills_only <= text_colours
    for fg in used - fills_only:
        assert {(fg, "background"), (fg, "surface")} <= set(TEXT_PAIRS)


def test_every_note_colour_has_its_text_pair_in_every_theme():
    """Note text on each of the seven note colours, the dot-vote badge and a group's title."""
    from kotter_workshop.domain.model import NoteColor
    from kotter_workshop.ui.theme import NOTE_COLOURS

    assert set(NOTE_COLOURS) == {c.value for c in NoteColor}
    for colour in NOTE_COLOURS:
        assert ("note_text", f"note_{colour}") in TEXT_PAIRS
    assert {("on_badge", "badge"), ("text", "group")} <= set(TEXT_PAIRS)


@pytest.mark.parametrize("name", THEMES)
def test_the_whiteboard_paints_in_the_theme(qapp, name):
    """A note, its badge and a group's title take the theme's colours, live."""
    from kotter_workshop.domain.model import Cluster, Note, NoteColor
    from kotter_workshop.ui.whiteboard.items import ClusterItem, NoteItem

    colours = palette(name)
    note = NoteItem(Note("Speed", NoteColor.BLUE, votes=2))
    group = ClusterItem(Cluster("Themes"))
    for item in (note, group):
        item.set_colours(colours)
    assert note.brush().color().name().upper() == colours.note_blue.upper()
    assert note.text.defaultTextColor().name().upper() == colours.note_text.upper()
    assert note.count.brush().color().name().upper() == colours.on_badge.upper()
    assert note.badge.brush().color().name().upper() == colours.badge.upper()
    assert group.brush().color().name().upper() == colours.group.upper()
    assert group.text.defaultTextColor().name().upper() == colours.text.upper()
