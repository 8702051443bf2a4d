"""The one keyboard map: PRODUCT.md's "Keys", action by action.

Plain data, so the window can build its menus without loading the guard.
"""

from PySide6.QtGui import QKeySequence

# action name -> its keys, as in PRODUCT.md "Keys" (anywhere, unless editing text)
SLIDE_KEYS: dict[str, tuple[str, ...]] = {
    "next": ("Right", "PgDown", "Space"),
    "previous": ("Left", "PgUp"),
    "present_start": ("F5",),
    "present_here": ("Shift+F5",),
    "full_screen": ("F",),
    "blank": ("B", "."),
    "reveal": ("R",),
    "timer": ("T",),
    "go_to": ("Ctrl+G",),
    "shortcuts": ("?",),
    "leave_full_screen": ("Esc",),
    "undo": ("Ctrl+Z",),
    "redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    # on a process slide, for tally votes: a digit adds a ballot of that value
    **{f"tally_{digit}": (str(digit),) for digit in range(10)},
    "abstain": ("A",),
}


def sequences(action: str) -> list[QKeySequence]:
    """The key sequences of one action."""
    return [QKeySequence(key) for key in SLIDE_KEYS[action]]
