"""Notes and dots from phones: what is open, and the notes and dots the server hands over.

It sits beside phone voting (``controller.LiveVoting``) and shares its server,
port and token: the server hands each checked note or set of dots to its
``HandOver`` (``hand_over.py``) on the network thread; this object, on the Qt
thread, takes them in small batches and applies them outside the undo stack, as ballots are, in one
file transaction a batch on the file's writer thread. A phone hears "sent" once
its note is on disk.

Why outside the undo stack: a note arriving from the room is not the
facilitator's edit, so Ctrl+Z never takes a phone's note away (nor, worse,
the facilitator's own last edit mixed with the room's). Once a note is on the
board it is an ordinary note: editing, moving, grouping and deleting it are
undoable edits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ...domain.commands import PutNotes, SetRoster
from ...domain.dot_book import dot_book
from ...domain.model import Aspect, Change, Note
from ...domain.phone_notes import (
    DEFAULT_DOTS,
    NOT_OPEN_DOTS,
    WRONG_PANEL,
    MovePhoneDots,
    cluster_order,
    phone_spots,
)
from ...domain.phone_votes import roster_with_names
from ...domain.placement import Rect
from ...live import Refused
from ...live.board import BoardGroup, BoardNote, OpenBoard, PhoneNote
from ..whiteboard.veil import veil_for
from .controller import LiveVoting
from .hand_over import HandOver

NOTES, DOTS = "notes", "dots"
# What the board on screen shows of a panel: (panel id, new notes' texts) -> the view,
# every note's and group's rectangle, and each new note's size; None when not on screen.
Measure = Callable[[str, list[str]], tuple[Rect, list[Rect], list[tuple[float, float]]] | None]
# Notes or dot sets applied per turn of the event loop: a note on the board costs far more
# than a ballot (its item, its text laid out), so far fewer than ballots' 24, and the window
# paints and takes keys between turns.
BATCH = 4
NOTE_SIZE = (420.0, 200.0)  # a short note's size on the board (whiteboard/items.py)
FULL_HD: Rect = (0.0, 0.0, 1920.0, 1080.0)


class PhoneBoard(QObject):
    """Opens and closes notes or dots from phones on one panel, and applies what phones send."""

    changed = Signal()  # opened, closed, revealed
    arrived = Signal()  # a batch of notes or dots is in the session

    def __init__(self, live: LiveVoting, measure: Measure | None = None) -> None:
        super().__init__(live)
        self.live = live
        self.document = live.document
        self.measure = measure
        self._cursors: dict[str, tuple] = {}  # panel -> where the next note goes, once full
        self.panel: str | None = None
        self.mode: str | None = None
        self.dots = DEFAULT_DOTS
        self.one_per_note = False
        self.phone_notes: dict[str, set[str]] = {}  # panel -> notes from phones, face down or not
        self.notes_revealed: set[str] = set()
        self.dotted: set[str] = set()  # panels phones have dot-voted on
        self.dots_revealed: set[str] = set()
        self.veil = veil_for(self.document.session)
        for panel in self.session.panels:  # face down before this run (a crash, a reopen)
            hidden = {n.id for n in panel.notes} & self.veil.notes
            if hidden:
                self.phone_notes[panel.id] = hidden
        self.dotted |= self.veil.badges
        self._applying = False
        self._hand_over = HandOver(self._apply, BATCH, self)
        live.board = self
        self._book = dot_book(self.session)  # loaded with the file: where phones' dots are
        live.server.placed_dots = self._book.snapshot()
        live.server.submit_board = self._hand_over.put
        self._unsubscribe = self.document.session.subscribe(self._on_change)

    @property
    def session(self):
        return self.document.session

    @property
    def is_open(self) -> bool:
        return self.mode is not None

    # -- the facilitator's gestures ----------------------------------------------------
    def open(self, panel_id: str, mode: str, dots: int = DEFAULT_DOTS, one_per_note=False) -> bool:
        """Open ``panel_id`` for notes or for dots from phones (the server starts if need be)."""
        if self.document.read_only:
            self.document.refused.emit(
                self.tr("This session is read-only, so phones cannot add to it.")
            )
            return False
        if not self.live._ensure_server():
            return False
        self.panel, self.mode = panel_id, mode
        self.dots, self.one_per_note = dots, one_per_note
        if mode == DOTS:
            self.notes_revealed.add(panel_id)  # the room votes on notes it can read
            self.dotted.add(panel_id)
            self.dots_revealed.discard(panel_id)  # a new dot vote: counts hidden until R
        self._show_veil()
        self.live._publish()
        self.changed.emit()
        return True

    def close(self) -> None:
        """Take no more: phones go back to waiting; what arrived stays on the board."""
        if self.mode is None:
            return
        self.mode = None
        self.live._publish()
        self.changed.emit()

    def hides(self, panel_id: str) -> bool:
        """Whether phone notes or dot counts on this panel are hidden now."""
        notes = bool(self.phone_notes.get(panel_id)) and panel_id not in self.notes_revealed
        counts = panel_id in self.dotted and panel_id not in self.dots_revealed
        return notes or counts

    def has_phone_work(self, panel_id: str) -> bool:
        """Whether R on this panel is about phones: open for them, or holding their work."""
        open_here = self.mode is not None and self.panel == panel_id
        return open_here or bool(self.phone_notes.get(panel_id)) or panel_id in self.dotted

    def toggle_reveal(self, panel_id: str) -> bool:
        """R on a panel with notes or dots from phones: show them, or hide them again."""
        reveal = self.hides(panel_id) or (
            panel_id not in self.notes_revealed and not self.phone_notes.get(panel_id)
        )  # open, nothing arrived yet: R shows the notes that come
        for revealed in (self.notes_revealed, self.dots_revealed):
            (revealed.add if reveal else revealed.discard)(panel_id)
        self._show_veil()
        self.changed.emit()
        return reveal

    def _show_veil(self) -> None:
        hidden = set()
        for panel_id, notes in self.phone_notes.items():
            if panel_id not in self.notes_revealed:
                hidden |= notes
        self.veil.set(hidden, self.dotted - self.dots_revealed)

    def shutdown(self) -> None:
        """The session closes (the server's doors are closed): apply what was handed over."""
        self._unsubscribe()
        self.live.server.submit_board = None
        self._hand_over.flush()
        self.mode = None  # what is face down stays so (the veil is the session's) until R

    # -- what phones see ------------------------------------------------------------------
    def state(self) -> OpenBoard | None:
        if self.mode is None or self.panel is None:
            return None
        panel = next((p for p in self.session.panels if p.id == self.panel), None)
        if panel is None:
            return None
        question = ""
        if panel.process is not None:
            prompts = self.session.framework.process(panel.process).prompts
            question = prompts[0] if prompts else ""
        groups: tuple[BoardGroup, ...] = ()
        if self.mode == DOTS:
            groups = tuple(
                BoardGroup(title, tuple(BoardNote(n.id, n.text) for n in notes))
                for _, title, notes in cluster_order(panel)
            )
        return OpenBoard(
            panel.id, panel.title, question, self.mode, self.dots, self.one_per_note, groups
        )

    def _on_change(self, change: Change) -> None:
        if self._applying or self.mode != DOTS:
            return
        if change.aspect in (Aspect.NOTES, Aspect.CLUSTERS, Aspect.PANELS):
            self.live._publish()  # the phones' list follows the board's notes and groups

    # -- notes and dots: the network thread hands over (HandOver), the Qt thread applies --
    def _spots(self, panel, texts: list[str]) -> list[tuple[float, float]]:
        """Free places in view on the board on screen; without one, in a 1080p view."""
        measured = self.measure(panel.id, texts) if self.measure is not None else None
        if measured is None:
            taken = [(n.x, n.y, *NOTE_SIZE) for n in panel.notes]
            measured = (FULL_HD, taken, [NOTE_SIZE] * len(texts))
        view, taken, sizes = measured
        spots, self._cursors[panel.id] = phone_spots(
            sizes, taken, view, cursor=self._cursors.get(panel.id)
        )
        return [(round(x), round(y)) for x, y in spots]

    def _apply(self, items) -> None:
        panel = next((p for p in self.session.panels if p.id == self.panel), None)
        commands: list = []
        waiting: list[tuple[int, Callable, dict | None]] = []  # command index, reply, answer
        names: dict[str, str] = {}
        notes: list[Note] = []
        note_replies = []
        for item, reply in items:
            if isinstance(item, PhoneNote):
                if panel is None or self.mode != NOTES or item.panel != panel.id:
                    reply(Refused(409, WRONG_PANEL))
                    continue
                notes.append(Note(item.text))
                note_replies.append(reply)
            else:
                if panel is None or self.mode != DOTS or item.panel != panel.id:
                    reply(Refused(409, NOT_OPEN_DOTS))
                    continue
                # replaces this phone's dots in the session's dot book (kept in the file)
                commands.append(MovePhoneDots(item.panel, item.voter, item.notes))
                waiting.append((len(commands) - 1, reply, None))
            if item.name:
                names[item.voter] = item.name
        if notes:
            assert panel is not None
            spots = self._spots(panel, [n.text for n in notes])
            notes = [
                Note(n.text, n.color, x, y, id=n.id) for n, (x, y) in zip(notes, spots, strict=True)
            ]
            commands.append(PutNotes(panel.id, notes, text="Notes from phones"))
            index = len(commands) - 1
            waiting += [
                (index, r, {"note": n.id}) for n, r in zip(notes, note_replies, strict=True)
            ]
            self.phone_notes.setdefault(panel.id, set()).update(n.id for n in notes)
            self._show_veil()
        roster = roster_with_names(self.session.roster, names) if self.live.names else None
        if roster is not None:
            commands.append(SetRoster(roster))
        if not commands:
            return

        def written(results, error) -> None:  # on the file's writer thread, once on disk
            for index, reply, answer in waiting:
                if error is not None:
                    reply(Refused(503, "not saved"))
                elif index < len(results) and results[index] is not None:
                    reply(Refused(409, str(results[index])))
                else:
                    reply(answer)
            if error is not None:
                self.live._write_failed.emit()

        self._applying = True
        try:
            results = self.document.apply_unrecorded(commands, written)
        finally:
            self._applying = False
        if results is None:
            for _, reply, _ in waiting:
                reply(Refused(409, "the session is read-only"))
            return
        if self.document.file is not None:
            self.document.file.save_dot_book()  # what moved no count
        if waiting:  # dots: a page asking where its dots are reads a copy, off this thread
            self.live.server.placed_dots = self._book.snapshot()
        if notes:  # dots alone change no phone's list (it carries no counts): not rebuilt
            self.live._publish()
        self.arrived.emit()
