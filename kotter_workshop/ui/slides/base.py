"""What every slide shares: room-sized text, fitting, and following the session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from ...domain.model import Change, Session
from ...domain.slide_kinds import SlideKind
from ..charts.base import Chart
from ..i18n import RoomText
from ..theme import Theme, room_unit, size_texts

# Text may shrink to fit a crowded slide, but never below this share of its size.
MIN_FIT = 0.85
MARGIN = 64  # at 1080p; scaled like the text


def label(text: str, role: str = "body", *, side: str | None = None, wrap: bool = True) -> QLabel:
    """A slide label whose look comes from its role (and side) in the theme."""
    widget = QLabel(text)
    widget.setProperty("role", role)
    if side:
        widget.setProperty("side", side)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # room text is text, never markup
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def card(side: str | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    if side:
        frame.setProperty("side", side)
    layout = QVBoxLayout(frame)
    return frame, layout


class _OfKind:
    """A slide class's attribute read from its kind, which the domain describes."""

    def __init__(self, field: str) -> None:
        self.field = field

    def __get__(self, slide, owner):
        return getattr(owner.kind, self.field)


class Slide(RoomText, QWidget):
    """A slide: built once from the session, refreshed on the changes it shows.

    Its words are in the session's language (``self.tr``, see :class:`RoomText`),
    whatever the app's language is: the room reads the session.

    Subclasses build their widgets in ``build`` and update them in
    ``refresh``; ``watches`` names the aspects of a change they care about;
    ``kind`` is the kind of slide it draws (``domain.slide_kinds``), which says
    how many steps it has and whether and how it reveals.
    """

    kind: SlideKind
    watches: frozenset[str] = frozenset()
    phase_count = _OfKind("steps")  # steps within the slide, like builds in presentations

    def __init__(self, key: str, session: Session, theme: Theme, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("slide")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.key = key
        self.session = session
        self.room_language = session.info.language
        self.theme = theme
        self.revealed = False
        self.phase = 0
        self._unit = 0.0
        self._reserve = 0.0  # 1080p pixels kept free at the right (the phones' join card)
        self.body = QVBoxLayout(self)
        # A slide takes whatever size the window has and fits its text to it;
        # it must never force the window larger than the screen.
        self.body.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.build()
        self._follow_theme()
        self.refresh()
        self._unsubscribe = session.subscribe(self._on_change)
        theme.changed.connect(self._on_theme)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    # -- for subclasses --------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Bring the widgets in line with the session."""

    def set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        self.refresh()
        self._fit()

    can_reveal = _OfKind("reveals")  # whether the slide has results to reveal (R)
    reveal_phase = _OfKind("reveal_step")  # the step revealing shows, if it moves to one

    # -- the facilitator's controls on the slide -------------------------------------
    controls_shown = True

    def show_controls(self, shown: bool) -> None:
        """Show or hide the facilitator's buttons (tally − +, board tools).

        With two screens the projector shows the room a clean slide; the
        controls stay on the console and the keys.
        """
        if shown != self.controls_shown:
            self.controls_shown = shown
            self.refresh()

    def reserve_right(self, width: float) -> None:
        """Keep ``width`` pixels (at 1080p, scaled with the slide) free at the right edge,
        for a card drawn beside the slide (the phones' join card): the slide's content
        lays itself out in the rest, with its text at the same size."""
        if abs(width - self._reserve) > 1e-6:
            self._reserve = width
            self._unit = 0.0
            self._fit()

    def reserved_right(self) -> int:
        """The pixels kept free at the right edge, at this slide's size."""
        return round(self._reserve * room_unit(max(1, self.width()), max(1, self.height())))

    # -- steps within the slide ----------------------------------------------------
    def set_phase(self, phase: int) -> None:
        phase = max(0, min(self.phase_count - 1, phase))
        if phase != self.phase:
            self.phase = phase
            self.on_phase(phase)
            self._unit = 0.0
            self._fit()

    def on_phase(self, phase: int) -> None:
        """Show step ``phase`` of the slide."""

    def advance(self) -> bool:
        """Go to the slide's next step; False when it is on its last."""
        if self.phase + 1 < self.phase_count:
            self.set_phase(self.phase + 1)
            return True
        return False

    def retreat(self) -> bool:
        if self.phase > 0:
            self.set_phase(self.phase - 1)
            return True
        return False

    # -- following the session -------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.aspect not in self.watches:
            return
        if not self.isVisible():  # a slide off screen catches up when it is shown
            self._stale = True
            return
        self.refresh()
        self._fit()

    _stale = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self._stale = False
            self.refresh()
            self._fit()
        super().showEvent(event)

    # -- the theme ---------------------------------------------------------------
    def _follow_theme(self) -> None:
        """Charts paint themselves, so they take the palette from here; QSS does the rest."""
        for chart in self.findChildren(Chart):
            chart.room_language = self.room_language
            chart.set_palette(self.theme.palette)

    def _on_theme(self) -> None:
        self._follow_theme()
        self._unit = 0.0  # the theme's stylesheet may have reset fonts: size them again
        self._fit()

    # -- sizing ----------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Size the text for this slide's size and the room scale, shrinking a crowded slide."""
        if self.width() <= 0 or self.height() <= 0:
            return
        unit = room_unit(self.width(), self.height(), self.theme.font_scale)
        # A larger room scale gives up its extra size before anything is clipped:
        # the floor is the 100% size's, so 200% on a small screen stays usable.
        floor = room_unit(self.width(), self.height()) * MIN_FIT
        while True:
            self._apply_unit(unit)
            if self._content_height() <= self.height() or unit <= floor:
                break
            unit = max(floor, unit * 0.96)

    def _apply_unit(self, unit: float) -> None:
        if abs(unit - self._unit) < 1e-4:
            return
        self._unit = unit
        margin = round(MARGIN * unit)
        self.body.setContentsMargins(margin, margin, margin + self.reserved_right(), margin)
        self.body.setSpacing(round(24 * unit))
        size_texts(self, unit)
        pad = round(20 * unit)
        for frame in self.findChildren(QFrame):
            if frame.property("role") == "card" and frame.layout() is not None:
                frame.layout().setContentsMargins(pad, round(pad * 0.6), pad, round(pad * 0.6))
        self.on_unit(unit)

    def on_unit(self, unit: float) -> None:
        """Scale anything besides text (spacings, chart sizes) to the room unit."""

    def _content_height(self) -> int:
        self.body.activate()
        return (
            self.body.totalHeightForWidth(self.width())
            if self.body.hasHeightForWidth()
            else (self.body.totalMinimumSize().height())
        )

    @property
    def unit(self) -> float:
        return self._unit
