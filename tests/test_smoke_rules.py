"""The rules of the real-window smoke run (tools/smoke_run.py), checked without a display.

The run itself needs Xvfb, xdotool and tesseract and takes minutes, so .ci/run
starts it after pytest; here are the parts a wrong edit would quietly weaken:
which stderr lines fail it, and how it finds a phrase on the screen.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from smoke_kit import Display, Word, unexpected_lines  # noqa: E402


def test_only_the_phone_address_may_reach_stderr():
    address = "kotter-workshop: phone voting at http://192.0.2.2:8765/k7qm2x/"
    warnings = [
        "QPainter::begin: Paint device returned engine == 0, type: 2",
        "qt.qpa.xcb: QXcbConnection: XCB error: 3 (BadWindow)",
        "kotter-workshop: Something went wrong (ValueError: boom). Your session is saved.",
        "Traceback (most recent call last):",
        "",
        address + " and more",
    ]
    assert unexpected_lines([address, *warnings]) == warnings
    assert (
        unexpected_lines(["kotter-workshop: phone voting server at http://10.0.0.5:8766/a/"]) == []
    )


def words(*placed):
    return [Word(text, left, top, 20 * len(text), 40) for text, left, top in placed]


def test_a_wrapped_phrase_is_found_where_its_words_follow_each_other():
    # Two notes side by side, each wrapped to two lines; tesseract lists them interleaved.
    shown = words(
        ("Share", 800, 580), ("the", 930, 580), ("vision", 1010, 580),
        ("Ask", 1260, 580), ("the", 1350, 580), ("team", 1430, 580),
        ("weekly", 802, 627), ("monthly", 1263, 627),
    )  # fmt: skip
    assert Display.find(shown, "Share the vision weekly").left == 800
    assert Display.find(shown, "Ask the team monthly").left == 1260
    assert Display.find(shown, "Share the vision monthly") is None  # not each other's lines
    assert Display.find(shown, "Hiring freeze") is None


def test_one_misread_letter_is_forgiven_a_missing_word_is_not():
    # An edit frame beside "too" reads as "to"; text that does not show reads as nothing.
    shown = words(("Budget", 158, 293), ("cycle", 313, 293), ("to", 427, 295), ("slow", 156, 340))
    assert Display.find(shown, "Budget cycle too slow").left == 158
    typed_but_hidden = words(("Share", 800, 580), ("the", 930, 580), ("vision", 1010, 580))
    assert Display.find(typed_but_hidden, "Share the vision weekly") is None
    assert Display.find(words(("w", 802, 627)), "weekly") is None


def test_a_button_is_the_lowest_place_a_word_shows():
    # A dialog's question starts with "Continue"; its button says it again, below.
    shown = words(("Continue", 380, 770), ("this", 560, 770), ("Continue", 385, 812))
    assert Display.find(shown, "Continue").top == 770
    assert Display.find(shown, "Continue", last=True).top == 812
