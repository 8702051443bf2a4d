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
    "voting": ("V",),
    "phone_notes": ("W",),
    "phone_dots": ("D",),
    "go_to": ("Ctrl+G",),
    "shortcuts": ("?",),
    "leave_full_screen": ("Esc",),
    "undo": ("Ctrl+Z",),
    "redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    # on a process slide, for tally votes: a digit adds a ballot of that value
    **{f"tally_{digit}": (str(digit),) for digit in range(10)},
    "abstain": ("A",),
    # the room font scale, one step (25%) at a time
    "larger_text": ("Ctrl++", "Ctrl+="),
    "smaller_text": ("Ctrl+-",),
}


# On a panel, when it has the focus (PRODUCT.md "Keys": On a panel); while a
# note is being edited these keys type, like every other key.
PANEL_KEYS: dict[str, tuple[str, ...]] = {
    "new_note": ("N",),
    "edit_note": ("Return", "Enter", "F2"),
    "delete_notes": ("Delete", "Backspace"),
    "vote_up": ("+", "="),
    "vote_down": ("-",),
    "move_left": ("Alt+Left",),
    "move_right": ("Alt+Right",),
    "move_up": ("Alt+Up",),
    "move_down": ("Alt+Down",),
    "zoom_fit": ("Ctrl+0",),
    "zoom_in": ("Ctrl++", "Ctrl+="),
    "zoom_out": ("Ctrl+-",),
    "group": ("G",),
    "ungroup": ("U",),
    "tidy": ("Ctrl+T",),
    "paste_notes": ("Ctrl+V",),
    "select_all": ("Ctrl+A",),
    **{f"color_{n}": (f"Ctrl+{n}",) for n in range(1, 8)},
    "spotlight": ("Space",),  # the selected note, large; Space or Esc closes it
}

# Keys that mean one thing on a panel and another on a slide: the panel with the focus
# claims them (ui/whiteboard/board.py), so Qt never sees two shortcuts for one key.
SHARED_KEYS = {k for keys in PANEL_KEYS.values() for k in keys} & {
    k for keys in SLIDE_KEYS.values() for k in keys
}


def sequences(action: str) -> list[QKeySequence]:
    """The key sequences of one action."""
    return [QKeySequence(key) for key in {**SLIDE_KEYS, **PANEL_KEYS}[action]]


def panel_shortcuts(action: str) -> list[QKeySequence]:
    """A panel action's own shortcuts: its keys but those it shares with a slide key."""
    return [QKeySequence(key) for key in PANEL_KEYS[action] if key not in SHARED_KEYS]
