"""The app's languages: Qt translators for the app's own words, and the room's words.

Two languages are in play (PRODUCT.md, Facilitation; issue 9):

- the **app language** (a setting): menus, dialogs, the status bar, the start
  screen. It is a QTranslator installed on the application; installing a new
  one sends every widget a LanguageChange, and the window rebuilds its menus.
- the **session's language**: what the room sees on the slides. Slides and
  charts mix in :class:`RoomText`, whose ``tr`` asks the session language's
  translator directly, so a German session shows German slides in an English
  app and the other way round.

Catalogues: ``resources/i18n/kotter_workshop_<lang>.ts`` (edited, in git) and
the compiled ``.qm`` beside it (built by ``python tools/translations.py build``,
committed, and shipped in the wheel with the rest of resources/).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain.resources import resource

SOURCE_LANGUAGE = "en"
# Each language the app ships, named in itself, as a language menu lists them.
LANGUAGES = {"en": "English", "de": "Deutsch"}

_installed: list[QTranslator] = []


def supported(code: str | None) -> str:
    """``code`` when the app ships it, else English."""
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    return supported(QLocale.system().name().split("_")[0])


@cache
def translator(language: str) -> QTranslator | None:
    """The app's catalogue for ``language``; None for English, the source language."""
    if supported(language) == SOURCE_LANGUAGE:
        return None
    catalogue = QTranslator()
    path = resource("i18n", f"kotter_workshop_{language}.qm")
    return catalogue if catalogue.load(str(path)) else None


@cache
def _qt_translator(language: str) -> QTranslator | None:
    """Qt's own words (standard buttons such as Cancel), when Qt ships them here."""
    if supported(language) == SOURCE_LANGUAGE:
        return None
    catalogue = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return catalogue if catalogue.load(f"qtbase_{language}", folder) else None


def install_language(language: str) -> str:
    """Make ``language`` the app language, live; returns the language in effect."""
    app = QCoreApplication.instance()
    language = supported(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for catalogue in (_qt_translator(language), translator(language)):
        if catalogue is not None:
            app.installTranslator(catalogue)
            _installed.append(catalogue)
    QLocale.setDefault(QLocale(language))
    app_language.current = language  # installing or removing sent the LanguageChange
    return language


class _AppLanguage:
    current = SOURCE_LANGUAGE


app_language = _AppLanguage()


def room_translate(language: str, contexts: list[str], text: str) -> str:
    """``text`` in the room's ``language``, looked up in each context in turn."""
    catalogue = translator(supported(language))
    if catalogue is None:
        return text
    for context in contexts:
        found = catalogue.translate(context, text)
        if found:
            return found
    return text


class RoomText:
    """Mixed into slides and charts: ``self.tr`` speaks the session's language.

    lupdate files ``self.tr("…")`` under the class the call is written in, so
    the lookup tries the object's classes from the most derived one up.
    """

    room_language: str = SOURCE_LANGUAGE

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        contexts = [cls.__name__ for cls in type(self).__mro__]
        return room_translate(self.room_language, contexts, text)

    def room_locale(self) -> QLocale:
        return QLocale(self.room_language)
