"""The checks every UI test runs under, tested themselves: each fault fails its test.

An inner pytest runs with this project's own settings (pyproject.toml) and
conftest files, on a handful of tests that each commit one fault: a Qt warning
from a paint, an error in a slot or in a Qt virtual method, an error that
reaches the crash guard. A clean test beside them must still pass, and all of
it holds when pytest runs with -s too.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FAULTS = """
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, qWarning
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from kotter_workshop.ui.app import install_crash_guard
from kotter_workshop.ui.main_window import MainWindow


def test_clean(qtbot):
    label = QLabel("fine")
    qtbot.addWidget(label)
    label.show()
    label.grab()


def test_a_warning_from_a_paint_path(qtbot):
    class Noisy(QWidget):
        def paintEvent(self, event):
            qWarning("a warning from a paint path")

    widget = Noisy()
    qtbot.addWidget(widget)
    widget.show()
    widget.grab()


def test_qt_warns_of_a_painter_on_nothing(qtbot):
    class Blank(QWidget):
        def paintEvent(self, event):
            QPainter(QPixmap())  # Qt: "Paint device returned engine == 0"

    widget = Blank()
    qtbot.addWidget(widget)
    widget.show()
    widget.grab()


def test_an_error_in_a_slot(qtbot):
    def slot():
        raise ValueError("an error in a slot")

    QTimer.singleShot(0, slot)
    qtbot.wait(50)


def test_an_error_in_a_virtual_method(qtbot):
    class Broken(QWidget):
        def customEvent(self, event):  # called by Qt's event loop, not by this test
            raise LookupError("an error in a virtual method")

    widget = Broken()
    qtbot.addWidget(widget)
    QCoreApplication.postEvent(widget, QEvent(QEvent.Type.User))
    qtbot.wait(50)


def test_an_error_that_reaches_the_crash_guard(qtbot, theme):
    window = MainWindow(theme)
    qtbot.addWidget(window)
    install_crash_guard(window)

    def slot():
        raise KeyError("an error the crash dialog would show")

    QTimer.singleShot(0, slot)
    qtbot.wait(50)
"""


@pytest.mark.slow
@pytest.mark.parametrize("options", [[], ["-s"]], ids=["captured", "with -s"])
def test_warnings_errors_in_slots_and_the_crash_dialog_each_fail_their_test(pytester, options):
    pytester.makepyprojecttoml((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    conftest = (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
    ui_conftest = (ROOT / "tests" / "ui" / "conftest.py").read_text(encoding="utf-8")
    pytester.makeconftest(conftest + "\n\n" + ui_conftest)
    pytester.makepyfile(test_faults=FAULTS)
    result = pytester.runpytest_subprocess(
        "test_faults.py", "-p", "no:cacheprovider", "-rA", *options
    )
    text = result.stdout.str()
    outcomes: dict[str, set[str]] = {}
    for name, outcome in _all(result.outlines):
        outcomes.setdefault(name, set()).add(outcome)
    assert outcomes.get("test_clean") == {"PASSED"}, text
    for faulty in (
        "test_a_warning_from_a_paint_path",
        "test_qt_warns_of_a_painter_on_nothing",
        "test_an_error_in_a_slot",
        "test_an_error_in_a_virtual_method",
        "test_an_error_that_reaches_the_crash_guard",
    ):
        assert outcomes.get(faulty, set()) & {"FAILED", "ERROR"}, (faulty, text)
    assert "a warning from a paint path" in text
    assert "Paint device returned engine == 0" in text
    assert "ValueError: an error in a slot" in text
    assert "LookupError: an error in a virtual method" in text
    assert "the crash dialog would have shown: Something went wrong (KeyError" in text
    assert result.ret != 0


def _all(lines):
    """(test name, outcome) from the short summary (-rA)."""
    for line in lines:
        outcome, _, rest = line.partition(" ")
        if outcome in ("PASSED", "FAILED", "ERROR") and "::" in rest:
            yield rest.split("::", 1)[1].split(" ", 1)[0], outcome
