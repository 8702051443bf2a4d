"""Theme, text size and language: chosen in the View menu, applied live, remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from . import settings as stored
from .i18n import LANGUAGES, app_language, install_language
from .theme import SCALES, Theme


def theme_names() -> dict[str, str]:
    return {
        "light": QCoreApplication.translate("Preferences", "&Light"),
        "dark": QCoreApplication.translate("Preferences", "&Dark"),
        "high-contrast": QCoreApplication.translate("Preferences", "&High contrast"),
    }


class Preferences(QObject):
    """Applies the facilitator's choices at once and keeps them in the settings file."""

    def __init__(self, theme: Theme, settings: stored.Settings, parent: QObject) -> None:
        super().__init__(parent)
        self.theme = theme
        self.settings = settings
        self._scale_actions: list[tuple[float, QAction]] = []  # the Text size menu's choices

    # -- choosing ----------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        self.theme.set_name(name)
        self._remember(theme=self.theme.name)

    def set_font_scale(self, scale: float) -> None:
        self.theme.set_font_scale(scale)
        self._remember(font_scale=self.theme.font_scale)

    def step_font_scale(self, steps: int) -> None:
        self.theme.step_font_scale(steps)
        self._remember(font_scale=self.theme.font_scale)

    def set_language(self, language: str) -> None:
        self._remember(language=install_language(language))

    def _remember(self, **changes) -> None:
        self.settings = self.settings.with_(**changes)
        stored.save(self.settings)

    # -- the menus ------------------------------------------------------------------
    def fill(self, view: QMenu, actions: dict[str, QAction]) -> None:
        """Add the Theme, Text size and Language submenus to the View menu.

        ``actions`` holds the window's named actions; the text size keys come from it.
        """
        themes = view.addMenu(QCoreApplication.translate("Preferences", "&Theme"))
        self._theme_actions: list[tuple[str, QAction]] = []
        theme_group = QActionGroup(themes)
        for name, text in theme_names().items():
            action = theme_group.addAction(text)
            action.setCheckable(True)
            action.setChecked(name == self.theme.name)
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            themes.addAction(action)
            self._theme_actions.append((name, action))

        sizes = view.addMenu(QCoreApplication.translate("Preferences", "Te&xt size"))
        sizes.addAction(actions["larger_text"])
        sizes.addAction(actions["smaller_text"])
        sizes.addSeparator()
        size_group = QActionGroup(sizes)
        self._scale_actions = []
        for scale in SCALES:
            text = QCoreApplication.translate("Preferences", "%1%").replace(
                "%1", str(round(scale * 100))
            )
            action = size_group.addAction(text)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, s=scale: self.set_font_scale(s))
            sizes.addAction(action)
            self._scale_actions.append((scale, action))
        self._check_scale()
        # Ctrl++ and Ctrl+- change the size without this menu: it looks again when shown.
        sizes.aboutToShow.connect(self._check_scale)

        languages = view.addMenu(QCoreApplication.translate("Preferences", "Lan&guage"))
        self._menus = (themes, sizes, languages)
        language_group = QActionGroup(languages)
        for code, name in LANGUAGES.items():
            action = language_group.addAction(
                name
            )  # each language in its own words: not translated
            action.setCheckable(True)
            action.setChecked(code == app_language.current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            languages.addAction(action)

    def retext(self) -> None:
        """The submenus' words in a new app language (the languages keep their own)."""
        themes, sizes, languages = self._menus
        themes.setTitle(QCoreApplication.translate("Preferences", "&Theme"))
        sizes.setTitle(QCoreApplication.translate("Preferences", "Te&xt size"))
        languages.setTitle(QCoreApplication.translate("Preferences", "Lan&guage"))
        names = theme_names()
        for name, action in self._theme_actions:
            action.setText(names[name])
        for scale, action in self._scale_actions:
            action.setText(
                QCoreApplication.translate("Preferences", "%1%").replace(
                    "%1", str(round(scale * 100))
                )
            )

    def _check_scale(self) -> None:
        """Tick the text size in effect."""
        for scale, action in self._scale_actions:
            action.setChecked(abs(scale - self.theme.font_scale) < 1e-6)
