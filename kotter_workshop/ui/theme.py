"""One loader for themes and the room font scale.

A theme is a palette (``resources/styles/<name>.toml``) poured into one QSS
template (``theme.qss``, with ``@name`` tokens). Font sizes are not in the
QSS: slides size their text from their own height and the room font scale,
through :func:`room_px`, so a slide reads the same at 1024×768 and at 4K.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.resources import resource

THEMES = ("light", "dark", "high-contrast")
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)  # the room font scale's steps, 100% to 200%

# The sticky notes' colours (domain NoteColor), each a palette entry ``note_<colour>``.
NOTE_COLOURS = ("yellow", "orange", "blue", "sky", "green", "pink", "grey")

# Every text colour the app draws on every background it draws it on: labels and
# badges (theme.qss), chart labels (ui/charts), the split flag, and the whiteboard's
# note text on each note colour, its dot-vote badge and a group's title. The contrast
# test computes each pair's WCAG ratio from every palette.
TEXT_PAIRS = (
    ("text", "background"),
    ("text", "surface"),
    ("muted", "background"),
    ("muted", "surface"),
    ("leadership", "background"),
    ("leadership", "surface"),
    ("management", "background"),
    ("management", "surface"),
    ("on_accent", "accent"),
    ("on_accent", "leadership"),
    ("on_accent", "management"),
    ("warning", "surface"),
    ("warning", "background"),
    *(("note_text", f"note_{colour}") for colour in NOTE_COLOURS),
    ("on_badge", "badge"),
    ("text", "group"),
)

# Text sizes in pixels on a 1080-pixel-high slide at 100% room scale. Body
# text must reach 32 px and titles 60 px there (PRODUCT.md, Facilitation).
ROLE_PX = {
    "title": 72,
    "subtitle": 48,
    "heading": 38,
    "score": 64,
    "body": 36,
    "badge": 34,
    "tagline": 38,
    "muted": 34,
    "hidden": 36,
    "button": 40,
    "chip": 34,
    "flag": 36,
}
ROLE_WEIGHT = {
    "title": QFont.Weight.Bold,
    "score": QFont.Weight.Bold,
    "badge": QFont.Weight.Bold,
    "heading": QFont.Weight.DemiBold,
    "button": QFont.Weight.Bold,
    "flag": QFont.Weight.Bold,
}
ITALIC_ROLES = {"hidden"}
REFERENCE_HEIGHT = 1080
REFERENCE_WIDTH = 1920


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    text: str
    muted: str
    border: str
    leadership: str
    management: str
    accent: str
    on_accent: str
    warning: str
    note_text: str
    note_yellow: str
    note_orange: str
    note_blue: str
    note_sky: str
    note_green: str
    note_pink: str
    note_grey: str
    badge: str
    on_badge: str
    group: str

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))


@cache
def palette(name: str = "light") -> Palette:
    data = tomllib.loads(resource("styles", f"{name}.toml").read_text(encoding="utf-8"))
    return Palette(**data)


def stylesheet(name: str = "light", font_scale: float = 1.0) -> str:
    """The theme's QSS: the template with every ``@token`` replaced from the palette,
    and every ``@size(N)`` by N pixels grown with the room font scale (the start screen)."""
    colours = palette(name).__dict__
    template = resource("styles", "theme.qss").read_text(encoding="utf-8")
    # The start screen is read at arm's length before the room looks: it grows half as
    # fast as the slides (150% at 200%), so its two columns still fit 1024×768.
    start_scale = 1 + (font_scale - 1) / 2
    template = re.sub(
        r"@size\((\d+)\)", lambda m: f"{round(int(m.group(1)) * start_scale)}px", template
    )
    return re.sub(r"@([a-z_]+)", lambda m: colours.get(m.group(1), m.group(0)), template)


def qt_palette(colours: Palette) -> QPalette:
    """The theme as a QPalette, so menus, dialogs and lists follow it too."""
    qp = QPalette()
    role = QPalette.ColorRole
    for roles, name in (
        ((role.Window, role.Button, role.Base, role.ToolTipBase), "surface"),
        ((role.AlternateBase,), "background"),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText), "text"),
        ((role.PlaceholderText,), "muted"),
        ((role.Highlight,), "accent"),
        ((role.HighlightedText,), "on_accent"),
        ((role.Link,), "leadership"),
        ((role.Mid, role.Dark, role.Midlight, role.Shadow, role.Light), "border"),
    ):
        for r in roles:
            qp.setColor(r, colours.color(name))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        qp.setColor(disabled, r, colours.color("muted"))
    return qp


def valid_theme(name: str) -> str:
    return name if name in THEMES else THEMES[0]


def valid_scale(scale: float) -> float:
    return max(SCALES[0], min(SCALES[-1], float(scale)))


class Theme(QObject):
    """The current theme and room font scale; views listen to ``changed``.

    Both apply live: a new theme restyles the application and every chart
    repaints in its palette; a new scale re-fits every slide's text.
    """

    changed = Signal()

    def __init__(self, name: str = "light", font_scale: float = 1.0) -> None:
        super().__init__()
        self.name = valid_theme(name)
        self.font_scale = valid_scale(font_scale)
        self._app: QApplication | None = None

    @property
    def palette(self) -> Palette:
        return palette(self.name)

    def apply(self, app: QApplication) -> None:
        self._app = app
        app.setPalette(qt_palette(self.palette))
        app.setStyleSheet(stylesheet(self.name, self.font_scale))
        self.changed.emit()

    def set_name(self, name: str) -> None:
        """Switch to another theme, live."""
        self.name = valid_theme(name)
        if self._app is not None:
            self.apply(self._app)
        else:
            self.changed.emit()

    def set_font_scale(self, scale: float) -> None:
        """Set the room font scale (1.0 to 2.0), live."""
        self.font_scale = valid_scale(scale)
        if self._app is not None:
            self.apply(self._app)
        else:
            self.changed.emit()

    def step_font_scale(self, steps: int) -> None:
        """One step up or down the scale's steps (Ctrl++ / Ctrl+-)."""
        here = min(range(len(SCALES)), key=lambda i: abs(SCALES[i] - self.font_scale))
        self.set_font_scale(SCALES[max(0, min(len(SCALES) - 1, here + steps))])


def room_unit(width: int, height: int, font_scale: float = 1.0) -> float:
    """How much a 1080p pixel is worth on a slide of this size."""
    fit = min(width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT)
    return fit * font_scale


def room_px(role: str, unit: float) -> int:
    return max(11, round(ROLE_PX.get(role, ROLE_PX["body"]) * unit))


def size_texts(root: QWidget, unit: float) -> None:
    """Give every widget under ``root`` with a ``role`` property its room-sized font."""
    for widget in [root, *root.findChildren(QWidget)]:
        role = widget.property("role")
        if role and role != "card":
            widget.setFont(role_font(widget.font(), role, unit))


def role_font(base: QFont, role: str, unit: float) -> QFont:
    """The font of a text role: its room size, weight and slant."""
    font = QFont(base)
    font.setPixelSize(room_px(role, unit))
    font.setWeight(ROLE_WEIGHT.get(role, QFont.Weight.Normal))
    font.setItalic(role in ITALIC_ROLES)
    return font


def restyle(widget: QWidget, role: str, unit: float) -> None:
    """Give a widget a new role: its theme colours and its room font."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.setFont(role_font(widget.font(), role, unit))
