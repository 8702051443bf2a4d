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
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.resources import resource

THEMES = ("light",)

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

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))


@cache
def palette(name: str = "light") -> Palette:
    data = tomllib.loads(resource("styles", f"{name}.toml").read_text(encoding="utf-8"))
    return Palette(**data)


def stylesheet(name: str = "light") -> str:
    """The theme's QSS: the template with every ``@token`` replaced from the palette."""
    colours = palette(name).__dict__
    template = resource("styles", "theme.qss").read_text(encoding="utf-8")
    return re.sub(r"@([a-z_]+)", lambda m: colours.get(m.group(1), m.group(0)), template)


class Theme(QObject):
    """The current theme and room font scale; views listen to ``changed``."""

    changed = Signal()

    def __init__(self, name: str = "light", font_scale: float = 1.0) -> None:
        super().__init__()
        self.name = name
        self.font_scale = font_scale

    @property
    def palette(self) -> Palette:
        return palette(self.name)

    def apply(self, app: QApplication) -> None:
        app.setStyleSheet(stylesheet(self.name))
        self.changed.emit()

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = max(1.0, min(2.0, scale))
        self.changed.emit()


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
