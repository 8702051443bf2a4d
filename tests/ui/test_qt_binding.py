"""The Qt binding itself must survive a long workshop.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call into
Qt that returns nothing; after a few thousand slide updates the interpreter
aborted ("deallocating None"). pyproject.toml keeps that version out; this
test fails if a binding with the leak comes back.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_into_qt_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(300):
        label.setText(str(n))
        label.update()
    assert before - sys.getrefcount(None) < 50
