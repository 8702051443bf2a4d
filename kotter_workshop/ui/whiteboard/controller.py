"""What the facilitator's gestures on a panel mean: each one becomes one undoable command.

The controller keeps no notes of its own. It builds the panel's keys, places new
notes and changes the selection (votes, colours, moves, groups, tidy); typing a
note's or a group's text in place, with its draft, is ``editing.TextEditing``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor

from ...domain.commands import (
    Batch,
    Command,
    PutCluster,
    PutNotes,
    RemoveCluster,
    RemoveNotes,
    cluster_notes,
    move_notes,
)
from ...domain.model import Note, NoteColor
from ...domain.placement import place_note
from .. import keymap
from ..document import Document
from ..i18n import room_translate
from .editing import Edit, TextEditing
from .items import NOTE_WIDTH, ClusterItem, NoteItem, swatch_name
from .layout import GAP, Group, tidy
from .scene import PanelScene
from .view import PanelView

NUDGE = 20.0  # Alt+arrow step, in scene units
COLORS = list(NoteColor)


class PanelController(TextEditing, QObject):
    """Turns keys, clicks and drags on one panel's view into commands on the document."""

    spotlight_asked = Signal()  # Space on a selected note: the board shows it large

    def __init__(self, document: Document | None, scene: PanelScene, view: PanelView) -> None:
        super().__init__(view)
        self.document = document
        self.scene = scene
        self.view = view
        self._start_editing()
        self.actions: dict[str, QAction] = {}
        self._build_actions()
        view.drag_finished.connect(self.finish_drag)
        view.double_clicked.connect(self._double_clicked)

    @property
    def panel(self):
        return self.scene.panel

    def _do(self, command: Command, text: str | None = None) -> bool:
        if self.document is None:
            return False
        return self.document.do(command, text)

    # -- the panel's keys --------------------------------------------------------------
    def _build_actions(self) -> None:
        slots = {
            "new_note": (self.tr("New note"), self.new_note),
            "edit_note": (self.tr("Edit note"), self.edit_selected),
            "delete_notes": (self.tr("Delete"), self.delete_selected),
            "vote_up": (self.tr("Add a dot vote"), lambda: self.vote(+1)),
            "vote_down": (self.tr("Remove a dot vote"), lambda: self.vote(-1)),
            "move_left": (self.tr("Move left"), lambda: self.nudge(-NUDGE, 0)),
            "move_right": (self.tr("Move right"), lambda: self.nudge(NUDGE, 0)),
            "move_up": (self.tr("Move up"), lambda: self.nudge(0, -NUDGE)),
            "move_down": (self.tr("Move down"), lambda: self.nudge(0, NUDGE)),
            "zoom_fit": (self.tr("Zoom to fit"), self.view.fit),
            "zoom_in": (self.tr("Zoom in"), lambda: self.view.set_zoom(self.view.zoom * 1.25)),
            "zoom_out": (self.tr("Zoom out"), lambda: self.view.set_zoom(self.view.zoom / 1.25)),
            "group": (self.tr("Group the selection"), self.group_selected),
            "ungroup": (self.tr("Ungroup"), self.ungroup_selected),
            "tidy": (self.tr("Tidy into a grid"), self.tidy),
            "paste_notes": (self.tr("Paste as notes"), self.paste),
            "select_all": (self.tr("Select all notes"), self.select_all),
            "spotlight": (self.tr("Show the selected note large"), self.spotlight_asked.emit),
        }
        for n, color in enumerate(COLORS, 1):
            slots[f"color_{n}"] = (
                self.tr("Colour: %1").replace("%1", self._color_name(color)),
                lambda _=False, c=color: self.set_color(c),
            )
        for name, (text, slot) in slots.items():
            action = QAction(text, self.view)
            action.setShortcuts(keymap.panel_shortcuts(name))  # shared keys: see Board
            # Only while the panel has the focus, so N or Delete never reach another slide.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.view.addAction(action)
            self.actions[name] = action
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.panel_actions = self.actions if self.document is not None else {}  # `?`

    @staticmethod
    def _color_name(color: NoteColor) -> str:
        return swatch_name(color)

    # -- adding ------------------------------------------------------------------------
    def _taken(self, leave_out: str | None = None) -> list[tuple[float, float, float, float]]:
        """Every note and group frame on the board, in scene coordinates."""
        items = [i for k, i in self.scene.notes.items() if k != leave_out]
        rects = [i.sceneBoundingRect() for i in [*items, *self.scene.clusters.values()]]
        return [(r.x(), r.y(), r.width(), r.height()) for r in rects]

    def _free_spot(self, size: tuple[float, float], taken, leave_out: str | None = None) -> QPointF:
        """A free place in view (domain.placement): after the selection, else in reading order."""
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        selected = [self.scene.notes[i] for i in self.scene.selected_notes() if i != leave_out]
        after = (selected[-1].x(), selected[-1].y()) if selected else None
        view = (visible.x(), visible.y(), visible.width(), visible.height())
        x, y = place_note(size, taken, view, GAP, after)
        return QPointF(round(x), round(y))

    def _inside(self, at: QPointF, size: tuple[float, float]) -> QPointF:
        """A double-clicked place, moved just enough for the whole note to stay in view."""
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        x = max(visible.left() + GAP, min(at.x(), visible.right() - GAP - size[0]))
        y = max(visible.top() + GAP, min(at.y(), visible.bottom() - GAP - size[1]))
        return QPointF(round(x), round(y))

    def new_note(self, at: QPointF | None = None, text: str = "") -> None:
        """Start a new note in place; it joins the panel when its text is committed."""
        if self.document is None or self.document.read_only:
            self._do(Batch([]))  # says why nothing happens
            return
        self.commit_edit()
        note = Note("", self._last_color())
        item = NoteItem(note, self.scene.colours)
        item.text.setPlainText(text)
        item.fit_height()
        size = (item.rect().width(), item.rect().height())
        at = self._free_spot(size, self._taken()) if at is None else self._inside(at, size)
        note = replace(note, x=round(at.x()), y=round(at.y()))
        item.setPos(note.x, note.y)
        self.scene.addItem(item)
        self.scene.notes[note.id] = item
        self.scene.select_only([note.id])
        self._begin(Edit("note", note.id, item.text, new=note))
        self.view.show_item(item)

    def _last_color(self) -> NoteColor:
        chosen = self.scene.selected_notes()
        if chosen:
            return self.panel.note(chosen[-1]).color
        return NoteColor.YELLOW

    def paste(self) -> None:
        """One note per non-empty line of the clipboard, as one step."""
        lines = [line.strip() for line in QGuiApplication.clipboard().text().splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            return
        if len(lines) == 1:
            self._add_notes(lines, self.tr("Paste note"))
        else:
            self._add_notes(lines, self.tr("Paste %1 notes").replace("%1", str(len(lines))))

    def _add_notes(self, texts: list[str], label: str) -> None:
        color = self._last_color()
        taken = self._taken()
        notes = []
        for text in texts:
            probe = NoteItem(Note(text, color))  # measured, never shown: a long line is taller
            size = (probe.rect().width(), probe.rect().height())
            spot = self._free_spot(size, taken)
            notes.append(Note(text, color, x=round(spot.x()), y=round(spot.y())))
            taken.append((spot.x(), spot.y(), *size))
        if self._do(PutNotes(self.panel.id, notes), label):
            self.scene.select_only([n.id for n in notes])
            self.view.show_item(*(self.scene.notes[n.id] for n in notes))

    def _double_clicked(self, item, at: QPointF) -> None:
        if isinstance(item, NoteItem | ClusterItem):
            self.scene.select_only([getattr(item, "note_id", None) or item.cluster_id])
            self.edit_selected()
        else:
            self.new_note(at)

    # -- changing the selection ------------------------------------------------------------
    def _selected(self) -> list[Note]:
        panel = self.panel
        chosen = set(self.scene.selected_notes())
        return [n for n in panel.notes if n.id in chosen]

    def delete_selected(self) -> None:
        notes = self.scene.selected_notes()
        clusters = self.scene.selected_clusters()
        commands: list[Command] = [RemoveCluster(self.panel.id, c) for c in clusters]
        if notes:
            commands.append(RemoveNotes(self.panel.id, notes))
        if commands:
            self._do(Batch(commands), self.tr("Delete"))

    def vote(self, step: int) -> None:
        notes = self._selected()
        changed = [replace(n, votes=max(0, n.votes + step)) for n in notes]
        changed = [n for n, old in zip(changed, notes, strict=True) if n.votes != old.votes]
        if changed:
            label = self.tr("Add a dot vote") if step > 0 else self.tr("Remove a dot vote")
            self._do(PutNotes(self.panel.id, changed), label)

    def set_color(self, color: NoteColor) -> None:
        notes = [replace(n, color=color) for n in self._selected() if n.color != color]
        if notes:
            label = self.tr("Colour notes %1").replace("%1", self._color_name(color))
            self._do(PutNotes(self.panel.id, notes), label)

    def nudge(self, dx: float, dy: float) -> None:
        notes = self.scene.selected_notes()
        clusters = self.scene.selected_clusters()
        for cluster_id in clusters:
            notes += [i.note_id for i in self.scene.members(cluster_id) if i.note_id not in notes]
        if not notes and not clusters:
            return
        commands: list[Command] = [move_notes(self.panel, notes, dx, dy)]
        for cluster_id in clusters:
            c = self.panel.cluster(cluster_id)
            commands.append(PutCluster(self.panel.id, replace(c, x=c.x + dx, y=c.y + dy)))
        self._do(Batch(commands), self.tr("Move"))

    def finish_drag(self) -> None:
        """A whole drag is one step: compare every item with the model once, at the drop."""
        panel = self.panel
        moved = []
        for note in panel.notes:
            item = self.scene.notes.get(note.id)
            if item is not None and (item.x(), item.y()) != (note.x, note.y):
                moved.append(replace(note, x=round(item.x()), y=round(item.y())))
        commands: list[Command] = [PutNotes(panel.id, moved)] if moved else []
        for cluster in panel.clusters:
            item = self.scene.clusters.get(cluster.id)
            if item is not None and (item.x(), item.y()) != (cluster.x, cluster.y):
                commands.append(
                    PutCluster(panel.id, replace(cluster, x=round(item.x()), y=round(item.y())))
                )
        if commands and not self._do(Batch(commands), self.tr("Move")):
            self.scene.rebuild()  # refused (read-only): put everything back

    def select_all(self) -> None:
        self.scene.select_only(list(self.scene.notes))

    def group_selected(self) -> None:
        notes = self.scene.selected_notes()
        if not notes:
            return
        # the title is the room's, in the session's language, like the panel's own
        title = room_translate(
            self.scene.session.info.language,
            ["PanelController"],
            QT_TRANSLATE_NOOP("PanelController", "Group %1"),
        ).replace("%1", str(len(self.panel.clusters) + 1))
        batch = cluster_notes(self.panel, notes, title)
        if self._do(batch, self.tr("Group notes")):
            cluster_id = batch.commands[0].cluster.id
            self.scene.select_only([cluster_id])
            self._begin(Edit("cluster", cluster_id, self.scene.clusters[cluster_id].text))
            cursor = self.scene.clusters[cluster_id].text.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            self.scene.clusters[cluster_id].text.setTextCursor(cursor)

    def ungroup_selected(self) -> None:
        clusters = set(self.scene.selected_clusters())
        clusters |= {n.cluster for n in self._selected() if n.cluster}
        if clusters:
            self._do(
                Batch([RemoveCluster(self.panel.id, c) for c in sorted(clusters)]),
                self.tr("Ungroup"),
            )

    def tidy(self) -> None:
        """Everything into a grid, group by group, most dot votes first: one step."""
        panel = self.panel
        groups = []
        for cluster_id in [c.id for c in panel.clusters] + [None]:
            notes = sorted(
                (n for n in panel.notes if n.cluster == cluster_id), key=lambda n: -n.votes
            )
            title = self.scene.clusters[cluster_id].title_height() if cluster_id else 0.0
            groups.append(
                Group(
                    cluster_id,
                    title,
                    [(n.id, self.scene.notes[n.id].rect().height()) for n in notes],
                )
            )
        layout = tidy(groups, NOTE_WIDTH, board=self.view.room_size())
        notes = [
            replace(n, x=layout.notes[n.id][0], y=layout.notes[n.id][1])
            for n in panel.notes
            if (n.x, n.y) != layout.notes[n.id]
        ]
        commands: list[Command] = [PutNotes(panel.id, notes)] if notes else []
        for cluster in panel.clusters:
            x, y = layout.clusters[cluster.id]
            if (cluster.x, cluster.y) != (x, y):
                commands.append(PutCluster(panel.id, replace(cluster, x=x, y=y)))
        if commands and self._do(Batch(commands), self.tr("Tidy up")):
            self.view.fit()
