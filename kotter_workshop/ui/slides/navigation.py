"""Where the room is in the deck: one model that every view of the slides follows.

The projector, the single window and the facilitator's console all show the
same slide, step and reveal, because they all follow one DeckNavigation and
keep no position of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...domain import agenda
from ...domain.model import AgendaItem, Aspect, Change, Session
from .base import Slide
from .kinds import slide_kind


class DeckNavigation(QObject):
    """The current slide of the agenda, its step (like a build), and which results are revealed."""

    moved = Signal(int)  # the slide index, after any move: a new slide or a new step
    slide_changed = Signal(str)  # the slide key, when the slide (not only the step) changed
    revealed_changed = Signal(str, bool)  # a slide key, and whether its results now show
    keys_changed = Signal()  # the agenda's slides changed

    def __init__(
        self,
        session: Session,
        kind: Callable[[str], type[Slide]] = slide_kind,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._kind = kind
        self.keys: list[str] = agenda.slides_of(session.agenda)
        self._index = -1
        self._phase = 0
        self._revealed: set[str] = set()
        self._unsubscribe = session.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        if self.keys:
            self.go(0)

    # -- where the room is ---------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def phase(self) -> int:
        return self._phase

    @property
    def current_key(self) -> str:
        return self.keys[self._index]

    def phase_count(self, key: str) -> int:
        return self._kind(key).phase_count

    def is_revealed(self, key: str) -> bool:
        return key in self._revealed

    def current_item(self) -> AgendaItem | None:
        """The agenda item the current slide belongs to."""
        if self._index < 0:
            return None
        return next((i for i in self.session.agenda if self.current_key in i.slides), None)

    def item_position(self) -> tuple[int, int, AgendaItem, int, int] | None:
        """Where the room is, in the agenda's numbering: the item's number (from 1), the
        number of items, the item, and the step within the item with the item's steps
        (each slide's steps, as Right moves through them). None off the agenda."""
        item = self.current_item()
        if item is None:
            return None
        items = self.session.agenda
        slides = [key for key in item.slides if key in self.keys]
        before = slides[: slides.index(self.current_key)] if self.current_key in slides else []
        step = sum(self.phase_count(key) for key in before) + self._phase + 1
        steps = sum(self.phase_count(key) for key in slides)
        return items.index(item) + 1, len(items), item, step, steps

    def upcoming(self) -> tuple[str, int] | None:
        """What Next shows: this slide's next step, or the next slide's first; None at the end."""
        if self._index < 0:
            return None
        if self._phase + 1 < self.phase_count(self.current_key):
            return self.current_key, self._phase + 1
        if self._index + 1 < len(self.keys):
            return self.keys[self._index + 1], 0
        return None

    # -- moving ----------------------------------------------------------------------
    def go(self, index: int, phase: int = 0) -> bool:
        """Show slide ``index`` at step ``phase`` (-1: its last); False when nothing moved."""
        if not 0 <= index < len(self.keys):
            return False
        count = self.phase_count(self.keys[index])
        phase = count - 1 if phase < 0 else min(phase, count - 1)
        if (index, phase) == (self._index, self._phase):
            return False
        new_slide = index != self._index
        self._index, self._phase = index, phase
        if new_slide:
            self.slide_changed.emit(self.current_key)
        self.moved.emit(index)
        return True

    def go_to_item(self, item_id: str) -> bool:
        """Show the first slide of an agenda item."""
        item = next((i for i in self.session.agenda if i.id == item_id), None)
        if item is None or not item.slides or item.slides[0] not in self.keys:
            return False
        return self.go(self.keys.index(item.slides[0]))

    def set_phase(self, phase: int) -> bool:
        """Show step ``phase`` (-1: the last) of the current slide."""
        return self.go(self._index, phase)

    def next(self) -> bool:
        """The next step of this slide, or the next slide."""
        if self._index >= 0 and self._phase + 1 < self.phase_count(self.current_key):
            return self.go(self._index, self._phase + 1)
        return self.go(self._index + 1)

    def previous(self) -> bool:
        """The previous step, or the previous slide fully built, as presentation software does."""
        if self._index >= 0 and self._phase > 0:
            return self.go(self._index, self._phase - 1)
        return self.go(self._index - 1, phase=-1)

    def toggle_reveal(self) -> bool:
        """Reveal or hide the results of this slide; False where it has none."""
        if self._index < 0:
            return False
        key = self.current_key
        kind = self._kind(key)
        if not kind.can_reveal:
            return False
        revealed = key not in self._revealed
        (self._revealed.add if revealed else self._revealed.discard)(key)
        if revealed and kind.reveal_phase is not None:
            self.set_phase(kind.reveal_phase)
        self.revealed_changed.emit(key, revealed)
        return True

    def restore(self, key: str, phase: int, revealed: Iterable[str]) -> bool:
        """Return to where the room was (after a crash): these results revealed, at this step."""
        for shown in revealed:
            if shown in self.keys and self._kind(shown).can_reveal and shown not in self._revealed:
                self._revealed.add(shown)
                self.revealed_changed.emit(shown, True)
        return key in self.keys and self.go(self.keys.index(key), phase)

    # -- following the agenda ------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.aspect is not Aspect.AGENDA:
            return
        keys = agenda.slides_of(self.session.agenda)
        if keys == self.keys:  # a new title or duration: the room stays where it is
            return
        current = self.current_key if self._index >= 0 else None
        index, phase = self._index, self._phase
        self.keys = keys
        self._index = -1
        self.keys_changed.emit()
        if current in keys:
            self.go(keys.index(current), phase)
        elif keys:  # the room's slide left the agenda: the one now in its place
            self.go(min(max(index, 0), len(keys) - 1))


def position_text(navigation: DeckNavigation) -> str:
    """Where the room is, for the facilitator: "Item 3 of 8 · <title> · step 2 of 6".

    One numbering everywhere: the agenda's. Its items are what the facilitator plans,
    times (the timer runs per item) and jumps to (Ctrl+G, the console's agenda, both
    numbered the same way); the slides and their steps are how an item unfolds, so
    they are counted within the item, as the presses of Right it takes.
    """
    where = navigation.item_position()
    if where is None:
        return ""
    number, count, item, step, steps = where
    text = (
        QCoreApplication.translate("DeckNavigation", "Item %1 of %2 · %3")
        .replace("%1", str(number))
        .replace("%2", str(count))
        .replace("%3", item.title)
    )
    if steps > 1:
        text += " · " + QCoreApplication.translate("DeckNavigation", "step %1 of %2").replace(
            "%1", str(step)
        ).replace("%2", str(steps))
    return text
