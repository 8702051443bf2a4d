"""The view of a panel: zoom with Ctrl+wheel, fit with Ctrl+0, rubber-band selection.

The view scales the scene by the room unit, so a note's text is as large as
the slide's body text at 100% zoom, and never zooms in past that when
fitting: a few notes stay room-sized, many notes shrink to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGraphicsView

from .items import TEXT_PX, ClusterItem, NoteItem
from .scene import PanelScene

MIN_ZOOM = 0.02
LEGIBLE_PX = 6.0  # below this text height on screen, notes show as coloured cards
MAX_ZOOM = 4.0
FIT_MARGIN = 24.0


class PanelView(QGraphicsView):
    """Shows a PanelScene; the controller handles what the gestures mean."""

    drag_finished = Signal()
    double_clicked = Signal(object, object)  # the item (or None), the scene position

    def __init__(self, scene: PanelScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("panel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A projected board has no scroll bars; the wheel still pans, Ctrl+wheel zooms.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unit = 1.0
        self.zoom = 1.0
        self._fitted = True  # follow the content until the facilitator zooms by hand
        self._dragging = False
        self._roomy = False  # the scene rect holds every note with room to pan around it
        scene.panel_changed.connect(self._content_changed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Modest: the board takes the room the slide leaves it and zooms its notes to fit,
        so its notes must not make the slide ask for more (QGraphicsView's own hint is
        the scene's size)."""
        return QSize(480, 270)

    @property
    def panel_scene(self) -> PanelScene:
        return self.scene()

    # -- zoom ------------------------------------------------------------------------
    def set_unit(self, unit: float) -> None:
        """The room unit of the slide: text at zoom 1 is as large as the slide's body."""
        if unit > 0 and abs(unit - self.unit) > 1e-6:
            self.unit = unit
            self.fit() if self._fitted else self._apply()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._fitted = False
        self._apply()

    def _apply(self) -> None:
        scale = self.unit * self.zoom
        detailed = TEXT_PX * scale >= LEGIBLE_PX
        self.panel_scene.set_detail(detailed)
        # Smoothing thousands of card edges a pixel or two wide shows nothing and costs a lot.
        self.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
        self.setTransform(self.transform().fromScale(scale, scale))

    def fit(self) -> None:
        """Show every note, never larger than room size (Ctrl+0)."""
        self._fitted = True
        self._roomy = False
        bounds = self.panel_scene.content_rect()
        viewport = self.viewport().rect()
        if bounds.isEmpty() or viewport.width() <= 0 or viewport.height() <= 0:
            self.zoom = 1.0
            self._apply()
            # An empty board starts at the origin, and its scene rect is the view's own:
            # Qt's, which grows with every item, would move the view under a new note.
            shown = self._visible_rect(QRectF(0, 0, 0, 0))
            self.setSceneRect(shown.adjusted(-2000, -2000, 2000, 2000))
            self.centerOn(shown.center())
            return
        bounds = bounds.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        fits = min(viewport.width() / bounds.width(), viewport.height() / bounds.height())
        self.zoom = max(MIN_ZOOM, min(1.0, fits / self.unit))
        self._apply()
        self.setSceneRect(bounds.united(self._visible_rect(bounds)))
        self.centerOn(bounds.center() if self.zoom < 1.0 else self._top_left_view(bounds))

    def room_size(self) -> tuple[float, float]:
        """The board's width and height in scene units at room size, inside the fit margins."""
        size = self.viewport().rect()
        return (
            max(1.0, size.width() / self.unit - 2 * FIT_MARGIN),
            max(1.0, size.height() / self.unit - 2 * FIT_MARGIN),
        )

    def _visible_rect(self, bounds: QRectF) -> QRectF:
        scale = self.unit * self.zoom
        size = self.viewport().rect()
        return QRectF(bounds.topLeft(), bounds.topLeft()).adjusted(
            0, 0, size.width() / scale, size.height() / scale
        )

    def _top_left_view(self, bounds: QRectF):
        """At room size, a small board sits top left, like writing on a wall."""
        return self._visible_rect(bounds).center()

    @property
    def following(self) -> bool:
        """Fitted to its notes, not zoomed by hand since (Ctrl+0 fits again)."""
        return self._fitted

    def show_item(self, *items) -> None:
        """Bring new notes into view: fit the board when one lies outside what is shown."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if any(not visible.contains(item.sceneBoundingRect()) for item in items):
            self.fit()

    def _content_changed(self) -> None:
        """Room to pan around the notes; what is on the screen stays where it is."""
        # Once the room is around every note, what a change put is all that can need more.
        put = self.panel_scene.put_rect() if self._roomy else self.panel_scene.content_rect()
        self._roomy = True
        if put.isNull():
            return
        bounds = put.adjusted(-2000, -2000, 2000, 2000)
        grown = self.sceneRect().united(bounds)
        if grown != self.sceneRect():
            center = self.mapToScene(self.viewport().rect().center())
            self.setSceneRect(grown)
            self.centerOn(center)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom * (1.15**steps))
            event.accept()
            return
        super().wheelEvent(event)

    # -- gestures ----------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        super().mousePressEvent(event)
        item = self._board_item(self.itemAt(event.position().toPoint()))
        if isinstance(item, ClusterItem) and item.isSelected():
            for note in self.panel_scene.members(item.cluster_id):
                note.setSelected(True)  # a group moves as one
        self._dragging = event.button() == Qt.MouseButton.LeftButton and item is not None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        if self._dragging:
            self.panel_scene.refit_frames()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self._dragging:
            self._dragging = False
            self.drag_finished.emit()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        item = self._board_item(self.itemAt(event.position().toPoint()))
        self.double_clicked.emit(item, self.mapToScene(event.position().toPoint()))
        event.accept()

    @staticmethod
    def _board_item(item):
        while item is not None and not isinstance(item, NoteItem | ClusterItem):
            item = item.parentItem()
        return item
