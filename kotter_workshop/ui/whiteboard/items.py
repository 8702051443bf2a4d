"""Notes and groups as Qt's C++-painted items: a rect with child text, no paint() override.

Sizes are in scene units: pixels on a 1080-pixel-high slide at 100% room
scale. The view scales the whole scene by the room unit, so note text is
``TEXT_PX`` on such a slide and grows with the room font scale, while the
layout (and so what overlaps what) does not depend on the screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen, QTextOption
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

from ...domain.model import Cluster, Note, NoteColor
from ..i18n import room_translate
from ..theme import Palette, palette

NOTE_WIDTH = 420.0
PAD = 20.0
STRIP = 30.0  # the patterned edge: colour is never the only cue
TEXT_PX = 40  # its letters measure at least 32 px on a projected 1080p slide
BADGE = 60.0
MIN_HEIGHT = 200.0
TITLE_PX = 44
FRAME_MARGIN = 24.0
EDGE = QColor("#6E6E6E")  # a note's and a group's outline (not text)


@dataclass(frozen=True)
class Swatch:
    """A note colour: a light tint to write on, its strong Okabe–Ito colour, a pattern, a name.

    ``fill`` is the light theme's tint; each theme has its own (:func:`note_fill`, the
    palette's ``note_<colour>``), checked against the note text for contrast.
    """

    fill: str
    strong: str
    pattern: Qt.BrushStyle
    name: str


# Okabe & Ito's palette, safe for the common colour-vision deficiencies; each
# colour also has its own edge pattern and name.
SWATCHES: dict[NoteColor, Swatch] = {
    NoteColor.YELLOW: Swatch(
        "#F8F1A0", "#B8A800", Qt.BrushStyle.SolidPattern, QT_TRANSLATE_NOOP("Swatch", "Yellow")
    ),
    NoteColor.ORANGE: Swatch(
        "#F7D27F", "#E69F00", Qt.BrushStyle.BDiagPattern, QT_TRANSLATE_NOOP("Swatch", "Orange")
    ),
    NoteColor.BLUE: Swatch(
        "#A9CDEB", "#0072B2", Qt.BrushStyle.CrossPattern, QT_TRANSLATE_NOOP("Swatch", "Blue")
    ),
    NoteColor.SKY: Swatch(
        "#CDE9F9", "#56B4E9", Qt.BrushStyle.HorPattern, QT_TRANSLATE_NOOP("Swatch", "Sky")
    ),
    NoteColor.GREEN: Swatch(
        "#A6E3CF", "#009E73", Qt.BrushStyle.VerPattern, QT_TRANSLATE_NOOP("Swatch", "Green")
    ),
    NoteColor.PINK: Swatch(
        "#F0C8DE", "#CC79A7", Qt.BrushStyle.FDiagPattern, QT_TRANSLATE_NOOP("Swatch", "Pink")
    ),
    NoteColor.GREY: Swatch(
        "#DEDEDE", "#6E6E6E", Qt.BrushStyle.DiagCrossPattern, QT_TRANSLATE_NOOP("Swatch", "Grey")
    ),
}


def swatch_name(color: NoteColor, language: str | None = None) -> str:
    """The colour's name: in the app's language, or in ``language`` (the room's)."""
    name = SWATCHES[color].name
    if language is not None:
        return room_translate(language, ["Swatch"], name)
    return QCoreApplication.translate("Swatch", name)  # marked for lupdate above


def note_fill(colours: Palette, color: NoteColor) -> str:
    """The note's tint in a theme."""
    return getattr(colours, f"note_{color.value}")


def default_colours() -> Palette:
    return palette("light")


def text_font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font


class EditableText(QGraphicsTextItem):
    """Plain text that becomes editable in place; keys go to the board's controller.

    Only the key and focus handlers are Python: painting stays in C++.
    """

    def __init__(self, parent: QGraphicsItem, px: int, bold: bool = False) -> None:
        super().__init__(parent)
        self.setFont(text_font(px, bold))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.editor = None  # the controller, while this text is being edited

    @property
    def editing(self) -> bool:
        return bool(self.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable)

    def set_editing(self, editing: bool) -> None:
        """Make the text editable in place, or plain again.

        While it is edited the text paints straight to the view, uncached: at
        every key Qt's text layout asks for a repaint of an INT_MAX-sized
        rectangle, and the device cache would try to paint that into a pixmap
        of that size, fail ("Paint device returned engine == 0") and keep
        showing the text as it was before the key.
        """
        if editing:
            self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        else:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.editor is not None:
            if event.key() == Qt.Key.Key_Escape:
                self.editor.cancel_edit()  # and nothing else: full screen stays
                event.accept()
                return
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.editor.commit_edit()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        # A click elsewhere commits; a window losing focus (a dialog, alt-tab) does not.
        if self.editor is not None and event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            self.editor.commit_edit()


class NoteItem(QGraphicsRectItem):
    """One sticky note: its tint, a patterned edge, wrapped text and a dot-vote badge."""

    def __init__(self, note: Note, colours: Palette | None = None) -> None:
        super().__init__()
        self.note_id = note.id
        self.colours = colours or default_colours()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.strip = QGraphicsRectItem(0, 0, STRIP, MIN_HEIGHT, self)
        self.strip.setPen(QPen(Qt.PenStyle.NoPen))
        self.text = EditableText(self, TEXT_PX)
        self.text.setPos(STRIP + PAD, PAD)
        self.text.setTextWidth(NOTE_WIDTH - STRIP - 2 * PAD)
        self.badge = QGraphicsEllipseItem(0, 0, BADGE, BADGE, self)
        self.badge.setPen(QPen(Qt.PenStyle.NoPen))
        self.count = QGraphicsSimpleTextItem(self.badge)
        self.count.setFont(text_font(40, bold=True))
        self.setPen(QPen(EDGE, 2))
        self.shown: Note | None = None
        self.detailed = True
        self.veiled = (False, False)  # (text, count) hidden until revealed (veil.py)
        self._ink()
        self.show_note(note)

    def _ink(self) -> None:
        """The theme's note text and badge colours."""
        colours = self.colours
        self.text.setDefaultTextColor(colours.color("note_text"))
        self.badge.setBrush(QBrush(colours.color("badge")))
        self.count.setBrush(QBrush(colours.color("on_badge")))

    def set_colours(self, colours: Palette) -> None:
        """Repaint in another theme's colours."""
        if colours is self.colours:
            return
        self.colours = colours
        self._ink()
        if self.shown is not None:
            self.setBrush(QBrush(QColor(note_fill(colours, self.shown.color))))

    def show_note(self, note: Note) -> None:
        """Bring the item in line with the model's note."""
        old = self.shown
        self.shown = note
        if old is None or old.color != note.color:
            swatch = SWATCHES[note.color]
            self.setBrush(QBrush(QColor(note_fill(self.colours, note.color))))
            self.strip.setBrush(QBrush(QColor(swatch.strong), swatch.pattern))
            self.setToolTip(swatch_name(note.color))
        if (old is None or old.text != note.text) and not self.text.editing:
            self.text.setPlainText(note.text)  # text, never markup
        if old is None or old.votes != note.votes:
            self.count.setText(str(note.votes))
            box = self.count.boundingRect()
            self.count.setPos((BADGE - box.width()) / 2, (BADGE - box.height()) / 2)
            self._show_parts()
        self.fit_height()
        self.setPos(note.x, note.y)

    def fit_height(self) -> None:
        """Grow with the text, so a long note wraps instead of spilling onto its neighbour."""
        height = max(MIN_HEIGHT, PAD + self.text.boundingRect().height() + BADGE + PAD / 2)
        if self.rect().height() != height:
            self.prepareGeometryChange()
            self.setRect(QRectF(0, 0, NOTE_WIDTH, height))
            self.strip.setRect(0, 0, STRIP, height)
            self.badge.setPos(NOTE_WIDTH - BADGE - PAD / 2, height - BADGE - PAD / 2)

    def set_detail(self, detailed: bool) -> None:
        """Text, badge and edge pattern only when they can be seen; the tint always shows."""
        self.detailed = detailed
        self.strip.setVisible(detailed)
        self._show_parts()

    def set_veiled(self, text: bool, count: bool) -> None:
        """Face down (a phone note not yet revealed: its tint only) and/or its count hidden."""
        if (text, count) != self.veiled:
            self.veiled = (text, count)
            self._show_parts()

    def _show_parts(self) -> None:
        text, count = self.veiled
        self.text.setVisible(self.detailed and not text)
        votes = self.shown.votes if self.shown is not None else 0
        self.badge.setVisible(self.detailed and not text and not count and votes > 0)

    def text_rect(self) -> QRectF:
        """Where the note's text lies, in scene coordinates."""
        return self.text.mapRectToScene(self.text.boundingRect())

    def set_selected_look(self, selected: bool, accent: QColor) -> None:
        self.setPen(QPen(accent, 8) if selected else QPen(EDGE, 2))


class ClusterItem(QGraphicsRectItem):
    """A titled group: a frame behind its notes, its title on top; dragging it moves them all."""

    def __init__(self, cluster: Cluster, colours: Palette | None = None) -> None:
        super().__init__()
        self.cluster_id = cluster.id
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setZValue(-1)
        self.setPen(QPen(EDGE, 3, Qt.PenStyle.DashLine))
        self.text = EditableText(self, TITLE_PX, bold=True)  # one line, as wide as it needs
        self.colours: Palette | None = None
        self.set_colours(colours or default_colours())
        self.shown: Cluster | None = None
        self.show_cluster(cluster)

    def set_colours(self, colours: Palette) -> None:
        """The group's frame in the theme's group colour, its title in the theme's text."""
        if colours is self.colours:
            return
        self.colours = colours
        self.setBrush(QBrush(colours.color("group")))
        self.text.setDefaultTextColor(colours.color("text"))

    def show_cluster(self, cluster: Cluster) -> None:
        self.shown = cluster
        if not self.text.editing and self.text.toPlainText() != cluster.title:
            self.text.setPlainText(cluster.title)
        self.setPos(cluster.x, cluster.y)

    def fit_to(self, notes: list[NoteItem]) -> None:
        """Frame the title and these notes (in this item's coordinates)."""
        bounds = self.text.mapRectToParent(self.text.boundingRect())
        for note in notes:
            bounds = bounds.united(self.mapRectFromScene(note.sceneBoundingRect()))
        framed = bounds.adjusted(-FRAME_MARGIN, -FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)
        if framed != self.rect():
            self.prepareGeometryChange()
            self.setRect(framed)

    def title_height(self) -> float:
        return self.text.boundingRect().height()

    def set_selected_look(self, selected: bool, accent: QColor) -> None:
        style = Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine
        self.setPen(QPen(accent if selected else EDGE, 6 if selected else 3, style))
