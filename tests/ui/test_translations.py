"""Every UI string is translatable, and German ships complete.

- No string the user reads bypasses tr(): an AST scan of ui/ looks at every
  call that puts text on screen and fails on a literal with a letter in it.
- Every string extracted from the code has a finished German translation:
  ``tools/translations.py check`` extracts afresh with lupdate and reads the .ts.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import re
from pathlib import Path

import pytest

from kotter_workshop.domain import commands
from kotter_workshop.ui.document import COMMAND_TEXTS

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "kotter_workshop" / "ui"

# Calls that put text in front of the user, and which of their arguments are that text.
FIRST, SECOND, BOTH = (0,), (1,), (0, 1)
SHOWS_TEXT = {
    # Qt setters and constructors
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setAccessibleName",
            "setAccessibleDescription",
            "setPlaceholderText",
            "setInformativeText",
            "setDetailedText",
            "setTitle",
            "setLabelText",
            "showMessage",
            "addMenu",
            "addAction",
            "addButton",
            "addItem",
            "addRow",
            "QLabel",
            "QAction",
            "QPushButton",
            "QToolButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QMenu",
            "QListWidgetItem",
        ),
        FIRST,
    ),
    "setTabText": SECOND,
    "addTab": SECOND,
    **dict.fromkeys(
        ("getItem", "getText", "getInt", "question", "warning", "information", "critical"),
        (1, 2),
    ),
    **dict.fromkeys(("getOpenFileName", "getSaveFileName"), (1, 3)),
    # the app's own helpers that show text: slide labels, status bar, dialogs, buttons
    **dict.fromkeys(("label", "say", "_heading", "_list", "message.emit"), FIRST),
    **dict.fromkeys(("warn", "inform", "confirm", "text", "session_details"), BOTH),
    "_button": (0, 2),
    "_action": SECOND,
    "draw_text": (3,),
}
# Literals the user sees that are not words of any language. Keep this tiny.
EXEMPT = {
    "Kotter Workshop",  # the product's name, the same in every language
}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Attribute) and func.attr == "emit":
            return f"{func.value.attr}.emit"
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literals(node: ast.expr):
    """String literals in an argument, skipping what already goes through tr()."""
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.Call):  # "…".replace(…), "…".upper(): the text is the receiver
        if isinstance(node.func, ast.Attribute):
            yield from _literals(node.func.value)
    elif isinstance(node, ast.BinOp | ast.IfExp | ast.BoolOp):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                yield from _literals(child)


def untranslated(source: str) -> list[tuple[int, str, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node.func) not in SHOWS_TEXT:
            continue
        texts = [a for i, a in enumerate(node.args) if i in SHOWS_TEXT[_name(node.func)]]
        texts += [k.value for k in node.keywords if k.arg in ("text", "title", "label")]
        for arg in texts:
            for text in _literals(arg):
                words = re.sub(r"<[^>]*>|&\w+;", "", text).strip()  # markup is not words
                if re.search(r"[A-Za-z]{2,}", words) and words not in EXEMPT:
                    found.append((node.lineno, _name(node.func), text))
    return found


def test_the_scan_catches_a_string_that_bypasses_tr():
    code = 'label("Where we stand", "title")\nself.say(self.tr("Saved"))\nQLabel(f"{n} votes")'
    assert [(line, text) for line, _, text in untranslated(code)] == [
        (1, "Where we stand"),
        (3, " votes"),
    ]


def test_no_ui_string_bypasses_tr():
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {call}({text!r})"
        for path in sorted(UI.rglob("*.py"))
        for line, call, text in untranslated(path.read_text(encoding="utf-8"))
    ]
    assert problems == [], "wrap these in self.tr() or QCoreApplication.translate()"


def foreign_tr(source: str) -> list[int]:
    """Lines calling ``something.tr(...)`` on another object: lupdate would file the string
    under the variable's name ("parent", "window"), where no translation is looked up.
    A bare ``tr(...)`` (``tr = self.tr`` first) is filed under no context at all."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and (
            (
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (
                    isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")
                )
            )
            or (isinstance(node.func, ast.Name) and node.func.id == "tr")
        )
    ]


def tr_in_fstrings(source: str) -> list[int]:
    """Lines with a tr() or translate() call inside an f-string: lupdate does not look there,
    so the string never reaches the catalogue."""
    return sorted(
        {
            call.lineno
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.JoinedStr)
            for call in ast.walk(node)
            if isinstance(call, ast.Call) and _name(call.func) in TRANSLATING
        }
    )


def test_no_tr_hides_inside_an_f_string():
    assert tr_in_fstrings("f'<h3>{self.tr(\"Agenda\")}</h3>'\nf'{x}'") == [1]
    problems = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in tr_in_fstrings(path.read_text(encoding="utf-8"))
    ]
    assert problems == [], "call tr() before the f-string and put the result in it"


def test_the_scan_catches_tr_on_another_object_or_an_alias():
    code = "self.tr('a')\nparent.tr('b')\ntr = self.tr\ntr('c')\ntranslate('X', 'd')"
    assert foreign_tr(code) == [2, 4]


def test_tr_is_called_on_self_or_with_an_explicit_context():
    problems = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in foreign_tr(path.read_text(encoding="utf-8"))
    ]
    assert problems == [], 'use QCoreApplication.translate("Context", …) there'


def hidden_from_lupdate(source: str) -> list[int]:
    """Lines calling translate() with a text that is not a literal: lupdate cannot see it.
    A helper such as ``def _tr(text): return QCoreApplication.translate("X", text)`` hides
    every string passed to it."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and _name(node.func) == "translate"
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "QCoreApplication"
        and not (
            len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[0], ast.Constant)
        )
    ]


# The domain's command names reach translate() as data; they are listed in COMMAND_TEXTS.
# The note colours' names are marked with QT_TRANSLATE_NOOP in SWATCHES.
# The store's sentences are listed in error_texts.TEMPLATES (test_error_texts.py checks it).
# The menus' words are marked with QT_TRANSLATE_NOOP in their tables (menus.MENUS, the File menu,
# the exporters' table in kotter_workshop/exporters.py, which lupdate reads too).
HIDDEN_ON_PURPOSE = {
    ("menus.py", '"MainWindow", text'),
    ("menu.py", "context, source"),
    ("exports.py", '"Exporters", text'),
    ("document.py", "command.text"),
    ("items.py", '"Swatch", name'),
    ("error_texts.py", '"errors", template'),
    ("error_texts.py", '"errors", text'),
}


def test_every_translated_text_is_a_literal_lupdate_can_extract():
    problems = []
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for line in hidden_from_lupdate(source):
            if not any(path.name == f and text in lines[line - 1] for f, text in HIDDEN_ON_PURPOSE):
                problems.append(f"{path.relative_to(ROOT)}:{line}: {lines[line - 1].strip()}")
    assert problems == []


def test_every_domain_command_name_is_listed_for_translation():
    names = {
        cls.text
        for _, cls in inspect.getmembers(commands, inspect.isclass)
        if issubclass(cls, commands.Command) and isinstance(getattr(cls, "text", None), str)
    }
    assert names - set(COMMAND_TEXTS) == set()


def _tool():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools/translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


@pytest.mark.slow
def test_the_german_catalogue_has_every_string_of_the_code(capsys):
    """lupdate extracts every tr() string afresh; each must be translated, and the .qm built."""
    assert _tool().check() == 0, capsys.readouterr().out


def test_german_translations_keep_their_placeholders_and_accelerators():
    tool = _tool()
    for context, source, translation in tool.messages(tool.catalogue("de")):
        if translation is None:
            continue
        where = f"{context}: {source!r} -> {translation!r}"
        assert sorted(re.findall(r"%\d", translation)) == sorted(re.findall(r"%\d", source)), where
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), where
