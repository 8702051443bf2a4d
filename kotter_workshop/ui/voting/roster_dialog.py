"""The participants of a session: names typed or pasted once, one per line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ...domain.commands import SetRoster, roster_from_names
from ..document import Document


class RosterDialog(QDialog):
    """Edit the roster as plain lines; saving is one undoable step."""

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Participants"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "One name per line; paste a list to add many at once. On the projector, "
                "names are never shown next to votes."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.names = QPlainTextEdit()
        self.names.setAccessibleName(self.tr("Participant names, one per line"))
        self.names.setPlainText("\n".join(p.name for p in document.session.roster))
        layout.addWidget(self.names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def accept(self) -> None:
        session = self.document.session
        used = frozenset(b.voter for b in session.ballots if b.voter)
        roster = roster_from_names(session.roster, self.names.toPlainText().splitlines(), used)
        if roster != session.roster:
            self.document.do(SetRoster(roster))
        super().accept()
