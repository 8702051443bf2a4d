"""The parking lot: a free panel for what the room raises that belongs to no process."""

from __future__ import annotations

from ...domain.model import Aspect
from ...domain.slide_kinds import BY_KEY
from .base import Slide, label


class ParkingSlide(Slide):
    """The session's first panel tied to no process, as a whiteboard."""

    kind = BY_KEY["parking"]
    watches = frozenset({Aspect.PANELS})

    def __init__(self, key, session, theme, parent=None, document=None) -> None:
        self.document = document
        self.board = None
        super().__init__(key, session, theme, parent)

    def build(self) -> None:
        panel = next((p for p in self.session.panels if p.process is None), None)
        self.body.addWidget(label(panel.title if panel else self.tr("Parking lot"), "title"))
        if panel is None:
            self.body.addWidget(label(self.tr("This session has no parking lot."), "muted"), 1)
            return
        from ..whiteboard.board import Board  # seam: after paint: the first board

        self.board = Board(self.session, panel.id, self.document, theme=self.theme)
        self.body.addWidget(self.board, 1)

    def on_unit(self, unit: float) -> None:
        if self.board is not None:
            self.board.set_unit(unit)

    def refresh(self) -> None:
        if self.board is not None:
            self.board.show_tools(self.controls_shown)
