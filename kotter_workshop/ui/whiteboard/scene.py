"""The scene of one panel: it follows the session's change events and keeps no state of its own.

Every item shows a note or a group of the panel as the model has it. Items
move under a drag until the controller turns the drag into one command;
then the change event puts every item where the model says.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene

from ...domain.model import Aspect, Change, Note, Panel, Session
from ..theme import Palette
from .items import ClusterItem, NoteItem, default_colours
from .veil import veil_for


class PanelScene(QGraphicsScene):
    """The notes and groups of ``session.panel(panel_id)``, kept in line with the model."""

    panel_changed = Signal()

    def __init__(self, session: Session, panel_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.panel_id = panel_id
        self.notes: dict[str, NoteItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self._looked_selected: set = set()
        self.detailed = True
        # What the last change put on the board covers (None after a rebuild: everything),
        # for the views' room to pan, read while ``panel_changed`` is emitted.
        self.last_put: QRectF | None = None
        self.colours: Palette = default_colours()
        # A fixed index suits a board: items move only when the model says so.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.veil = veil_for(session)
        self.rebuild()
        self._unsubscribe = session.subscribe(self._on_change)
        self.veil.changed.connect(self._follow_veil)
        self.selectionChanged.connect(self._show_selection)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    @property
    def panel(self) -> Panel:
        return self.session.panel(self.panel_id)

    def close(self) -> None:
        """Stop following the session (the scene is going away)."""
        self._unsubscribe()
        self._unsubscribe = lambda: None

    # -- following the model ---------------------------------------------------------
    def rebuild(self) -> None:
        for item in [*self.notes.values(), *self.clusters.values()]:
            self.removeItem(item)
        self._looked_selected = set()
        self.notes.clear()
        self.clusters.clear()
        panel = self.panel
        for cluster in panel.clusters:
            self._put_cluster_item(cluster)
        for note in panel.notes:
            self._put_note_item(note)
        for cluster_id in self.clusters:
            self._frame(cluster_id)
        self.last_put = None
        self.panel_changed.emit()

    def _on_change(self, change: Change) -> None:
        if change.aspect is Aspect.PANELS and self.panel_id in change.ids:
            if any(p.id == self.panel_id for p in self.session.panels):
                self.rebuild()
            return
        if change.aspect not in (Aspect.NOTES, Aspect.CLUSTERS):
            return
        panel = self._panel_or_none()
        if panel is None:
            return
        self.last_put = QRectF()
        touched: set[str | None] = set()
        if change.aspect is Aspect.NOTES:
            by_id = {n.id: n for n in panel.notes} if len(change.ids) > 1 else None
            for note_id in change.ids:
                note = by_id.get(note_id) if by_id is not None else _find(panel.notes, note_id)
                item = self.notes.get(note_id)
                if note is None and item is None:
                    continue  # another panel's note
                if item is not None and item.shown is not None:
                    touched.add(item.shown.cluster)
                if note is None:
                    self.removeItem(self.notes.pop(note_id))
                else:
                    self._put_note_item(note)
                    touched.add(note.cluster)
        else:
            for cluster_id in change.ids:
                cluster = _find(panel.clusters, cluster_id)
                if cluster is None:
                    if cluster_id in self.clusters:
                        self.removeItem(self.clusters.pop(cluster_id))
                else:
                    self._put_cluster_item(cluster)
                    touched.add(cluster_id)
        for cluster_id in touched:
            if cluster_id is not None and cluster_id in self.clusters:
                self._frame(cluster_id)
        if touched or change.aspect is Aspect.CLUSTERS:
            self.panel_changed.emit()

    def _panel_or_none(self) -> Panel | None:
        return next((p for p in self.session.panels if p.id == self.panel_id), None)

    def _put_note_item(self, note: Note) -> NoteItem:
        item = self.notes.get(note.id)
        if item is None:
            item = NoteItem(note, self.colours)
            if not self.detailed:
                item.set_detail(False)
            self.notes[note.id] = item
            self.addItem(item)
        else:
            item.show_note(note)
        item.set_veiled(note.id in self.veil.notes, self.panel_id in self.veil.badges)
        self._put(item)
        return item

    def _put(self, item) -> None:
        if self.last_put is not None:
            self.last_put |= item.sceneBoundingRect() | item.mapRectToScene(
                item.childrenBoundingRect()
            )

    def _follow_veil(self) -> None:
        """Phone notes and dot counts shown or hidden (R): every item follows."""
        veil = self.veil
        badges = self.panel_id in veil.badges
        if self.panel_id in veil.touched_badges or len(veil.touched_notes) > len(self.notes):
            touched = list(self.notes.items())
        else:
            touched = [(i, self.notes[i]) for i in veil.touched_notes if i in self.notes]
        for note_id, item in touched:
            item.set_veiled(note_id in veil.notes, badges)

    def _put_cluster_item(self, cluster) -> None:
        item = self.clusters.get(cluster.id)
        if item is None:
            item = ClusterItem(cluster, self.colours)
            self.clusters[cluster.id] = item
            self.addItem(item)
        else:
            item.show_cluster(cluster)
        self._put(item)

    def members(self, cluster_id: str) -> list[NoteItem]:
        return [
            item
            for item in self.notes.values()
            if item.shown is not None and item.shown.cluster == cluster_id
        ]

    def _frame(self, cluster_id: str) -> None:
        self.clusters[cluster_id].fit_to(self.members(cluster_id))
        self._put(self.clusters[cluster_id])

    def refit_frames(self) -> None:
        """Reframe every group (while a drag moves notes, before the model has them)."""
        for cluster_id in self.clusters:
            self._frame(cluster_id)

    # -- selection -------------------------------------------------------------------
    def _show_selection(self) -> None:
        try:
            selected = set(self.selectedItems())
        except RuntimeError:  # the scene is being torn down
            return
        # Only what changed: a rubber band over thousands of notes stays smooth.
        for item in self._looked_selected ^ selected:
            item.set_selected_look(item in selected, self.colours.color("accent"))
        self._looked_selected = selected

    def set_colours(self, colours: Palette) -> None:
        """Repaint every note and group in a theme's colours (the theme changed)."""
        if colours is self.colours:
            return
        self.colours = colours
        for item in [*self.notes.values(), *self.clusters.values()]:
            item.set_colours(colours)
        accent = colours.color("accent")
        for item in self._looked_selected:
            item.set_selected_look(True, accent)

    def selected_notes(self) -> list[str]:
        """The selected notes, in the panel's order."""
        chosen = {i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)}
        return [n.id for n in self.panel.notes if n.id in chosen]

    def selected_clusters(self) -> list[str]:
        return [i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def select_only(self, ids: list[str]) -> None:
        self.clearSelection()
        for note_id in ids:
            if note_id in self.notes:
                self.notes[note_id].setSelected(True)
            elif note_id in self.clusters:
                self.clusters[note_id].setSelected(True)

    def set_detail(self, detailed: bool) -> None:
        """Show or hide what no one can read at this zoom (text a few pixels high).

        Drawing thousands of unreadable texts is what makes a fitted board slow.
        """
        if detailed == self.detailed:
            return
        self.detailed = detailed
        for item in self.notes.values():
            item.set_detail(detailed)

    def content_rect(self) -> QRectF:
        return self.itemsBoundingRect()

    def put_rect(self) -> QRectF:
        """What the change being told put on the board covers: every note after a rebuild.

        A burst of phone notes asks this once per batch; walking every item of a
        900-note board each time blocked the window for milliseconds.
        """
        return self.content_rect() if self.last_put is None else self.last_put


def _find(items, item_id):
    for item in items:
        if item.id == item_id:
            return item
    return None
