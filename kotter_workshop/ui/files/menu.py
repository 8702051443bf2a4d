"""The File menu, with the usual shortcuts (Qt reads Ctrl as Cmd on a Mac).

Key strings, not QKeySequence.StandardKey: building that enum costs ~30 ms
before the window first paints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ...exporters import CONTEXT, EXPORTERS

if TYPE_CHECKING:
    from .workflows import FileWorkflows


def build_file_menu(
    window: QMainWindow,
    menu: QMenu,
    workflows: Callable[[], FileWorkflows],
    retexts: list[Callable[[], None]],
) -> dict[str, QAction]:
    """Fill ``menu`` once; returns the actions that need a document, by name.

    ``workflows`` gives the FileWorkflows when a menu entry is used, so the
    store is not loaded before the window first paints. ``retexts`` gets a
    function that sets the entries' words in a new app language.
    """
    sources: list[tuple[QAction, str, str]] = []

    def words(source: str, context: str = "FileMenu") -> str:
        return QCoreApplication.translate(context, source)

    def add(source: str, slot, shortcut=None, context: str = "FileMenu") -> QAction:
        action = QAction(words(source, context), window)
        sources.append((action, source, context))
        if shortcut is not None:
            action.setShortcuts([shortcut])  # setShortcut builds the StandardKey enum (~30 ms)
        action.triggered.connect(slot)
        menu.addAction(action)
        window.addAction(action)
        return action

    def call(name: str):
        return lambda *_: getattr(workflows(), name)()

    add(
        QT_TRANSLATE_NOOP("FileMenu", "&New Session…"),
        lambda: workflows().new_session(None),
        QKeySequence("Ctrl+N"),
    )
    add(
        QT_TRANSLATE_NOOP("FileMenu", "&Open…"),
        call("open_dialog"),
        QKeySequence("Ctrl+O"),
    )
    recent = menu.addMenu(words(QT_TRANSLATE_NOOP("FileMenu", "Open &Recent")))
    sources.append((recent.menuAction(), QT_TRANSLATE_NOOP("FileMenu", "Open &Recent"), "FileMenu"))
    recent.aboutToShow.connect(lambda: _fill_recent(recent, workflows()))
    menu.addSeparator()
    add(
        QT_TRANSLATE_NOOP("FileMenu", "Tem&plates…"),
        lambda: open_templates(window, workflows()),
    )
    add(QT_TRANSLATE_NOOP("FileMenu", "Compare &Sessions…"), lambda: open_compare(window))
    menu.addSeparator()
    needs_document = {
        # Every edit is in the file already; Ctrl+S says so, as a live document should.
        "save": add(
            QT_TRANSLATE_NOOP("FileMenu", "Sa&ve"),
            call("save_now"),
            QKeySequence("Ctrl+S"),
        ),
        "save_as": add(
            QT_TRANSLATE_NOOP("FileMenu", "Save &As…"),
            call("save_as"),
            QKeySequence("Ctrl+Shift+S"),
        ),
        "save_copy": add(QT_TRANSLATE_NOOP("FileMenu", "Save a &Copy…"), call("save_copy")),
        "save_template": add(
            QT_TRANSLATE_NOOP("FileMenu", "Save as &Template…"), call("save_as_template")
        ),
    }
    menu.addSeparator()
    for row in EXPORTERS:  # one entry per exporter, in the table's order
        needs_document[f"export_{row.name}"] = add(
            row.menu,
            lambda *_, name=row.name: workflows().export(name),
            QKeySequence(row.keys) if row.keys else None,
            context=CONTEXT,
        )
    menu.addSeparator()
    needs_document["new_from_this"] = add(
        QT_TRANSLATE_NOOP("FileMenu", "New Session from T&his One…"), call("new_from_this")
    )
    needs_document["anonymise"] = add(
        QT_TRANSLATE_NOOP("FileMenu", "Anony&mise…"), call("anonymise")
    )
    menu.addSeparator()
    needs_document["close"] = add(
        QT_TRANSLATE_NOOP("FileMenu", "C&lose"),
        call("close_document"),
        QKeySequence("Ctrl+W"),
    )
    add(QT_TRANSLATE_NOOP("FileMenu", "&Quit"), window.close, QKeySequence("Ctrl+Q"))

    def retext() -> None:
        for action, source, context in sources:
            action.setText(words(source, context))

    retexts.append(retext)
    return needs_document


def open_templates(window: QMainWindow, files: FileWorkflows) -> None:
    """The Templates dialog; choosing a template starts a new session from it."""
    from .templates_dialog import TemplatesDialog  # seam: after paint

    dialog = TemplatesDialog(window)
    chosen = []
    dialog.use_requested.connect(chosen.append)
    dialog.exec()
    dialog.deleteLater()
    start = getattr(window, "start", None)
    if start is not None:
        start.refresh()  # the start screen lists the trainer's templates too
    if chosen:
        files.new_session(chosen[0])


def open_compare(window: QMainWindow) -> None:
    """The Compare Sessions dialog."""
    from ..compare.dialog import CompareDialog  # seam: after paint

    dialog = CompareDialog(window)
    dialog.exec()
    dialog.deleteLater()


def _fill_recent(menu: QMenu, files: FileWorkflows) -> None:
    menu.clear()
    entries = files.recent.entries()
    if not entries:
        menu.addAction(QCoreApplication.translate("FileMenu", "Nothing opened yet")).setEnabled(
            False
        )
    for entry in entries:
        label = f"{entry.title} — {entry.team} · {entry.date}" if entry.team else entry.title
        action = menu.addAction(label)
        action.setToolTip(str(entry.path))
        action.setEnabled(entry.exists)
        action.triggered.connect(lambda _=False, p=entry.path: files.open_path(p))
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("FileMenu", "Forget missing files"))
    clear.triggered.connect(
        lambda: [files.recent.forget(e.path) for e in files.recent.entries() if not e.exists]
    )
