"""Phone voting in the window: the menu, the V key, the join card, and the session's lifetime.

V opens voting on the process on screen (elsewhere: all six, as a
questionnaire) and closes it again. The voting and its server belong to the
session's scope (``ui.session_scope``): they live as long as the session, and
a new session gets a new server, port and token. This binds them to the menu
and the room's view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox

from ..i18n import room_translate

if TYPE_CHECKING:  # the server (aiohttp) loads on the first gesture, not with the window
    from ..main_window import MainWindow
    from .controller import LiveVoting
    from .overlay import JoinOverlay


OVERLAY_MS = 250


class PhoneVoting(QObject):
    """Binds phone voting to a window: its actions follow the window's document."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        #: Tests and the benchmark set these before a document opens (127.0.0.1, port 0).
        self.options: dict = {}
        self._overlay: JoinOverlay | None = None  # built with the room's view, after the paint
        # The card's count follows the ballots a few times a second, not on every batch.
        self._overlay_timer = QTimer(self, singleShot=True, interval=OVERLAY_MS)
        self._overlay_timer.timeout.connect(self._refresh_overlay)
        window.document_changed.connect(self._follow_document)
        self.fill(menu)

    def fill(self, menu: QMenu) -> None:
        """The menu's entries, once; ``retext`` gives them the words of a new language."""
        from ..menus import add_action

        window = self.window
        self.toggle_action = add_action(window, "voting", "", self.toggle)
        self.all_action = add_action(window, "voting_all", "", self.open_all)
        self.names_action = add_action(
            window, "voting_names", "", self.toggle_names, checkable=True
        )
        self.clear_action = add_action(window, "voting_clear", "", self.clear_round)
        self.pdf_action = add_action(window, "voting_pdf", "", self.toggle_pdf, checkable=True)
        for action in (self.toggle_action, self.all_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.names_action, self.clear_action, self.pdf_action):
            menu.addAction(action)
        self.actions = [
            self.toggle_action,
            self.all_action,
            self.names_action,
            self.clear_action,
            self.pdf_action,
        ]
        self.retext()
        self._enable(window.document is not None)

    def retext(self) -> None:
        """The entries' words in the app language; the voting itself stays as it is."""
        self.toggle_action.setText(self.tr("Open or close phone &voting"))
        self.all_action.setText(self.tr("Open phone voting on &all six (questionnaire)"))
        self.names_action.setText(self.tr("Ask phones for &names"))
        self.clear_action.setText(self.tr("&Clear this round's phone votes…"))
        self.pdf_action.setText(self.tr("Share the PDF summary with &phones"))

    # -- the session's lifetime ------------------------------------------------------------
    @property
    def live(self) -> LiveVoting | None:
        """The open session's phone voting, if a gesture has started it."""
        scope = self.window.scope
        return None if scope is None else scope.live

    def _follow_document(self) -> None:
        self.detach()
        self._enable(self.window.document is not None)

    def _ensure_live(self) -> LiveVoting | None:
        """The session's phone voting, made on the first gesture."""
        scope = self.window.scope
        if scope is None:
            return None
        if scope.live is None:
            live = scope.ensure_live(self.options)
            live.changed.connect(self._refresh)
            live.ballots_applied.connect(self._overlay_timer.start)
            live.message.connect(self.window.say)
        return scope.live

    def detach(self) -> None:
        """Phone voting ends (the session closes): the server stops and its token dies."""
        if self.window.scope is not None:
            self.window.scope.end_live()
        self._overlay_timer.stop()
        self._enable(False)
        self.names_action.setChecked(False)
        self.pdf_action.setChecked(False)
        self.overlay.hide()
        self.window.room.reserve_right(0)

    def _enable(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    # -- gestures -------------------------------------------------------------------------------
    def _process_on_screen(self) -> str | None:
        capture = self.window.capture
        return capture.process if capture is not None else None

    def toggle(self) -> None:
        """V: close voting if open; else open it on this process, or on all six elsewhere."""
        live = self._ensure_live()
        if live is None:
            return
        if live.is_open:
            live.close()
            self.window.say(self.tr("Phone voting is closed. Phones wait for the next vote."))
            return
        process = self._process_on_screen()
        if process is None:
            self.open_all()
            return
        if live.open([process]):
            self._show_vote_step()
            title = live.session.framework.process(process).title
            self.window.say(
                self.tr("Phone voting is open on “%1”: %2")
                .replace("%1", title)
                .replace("%2", live.url or "")
            )

    def _show_vote_step(self) -> None:
        """The vote step of this slide, where the count shows (on the projector and console)."""
        self.window.scope.show_vote_step()

    def open_all(self) -> None:
        live = self._ensure_live()
        if live is None:
            return
        if live.open([p.id for p in live.session.framework.processes]):
            self.window.say(
                self.tr("Phone voting is open on all six processes: %1").replace(
                    "%1", live.url or ""
                )
            )

    def toggle_names(self) -> None:
        live = self._ensure_live()
        if live is not None:
            live.set_names(self.names_action.isChecked())

    def toggle_pdf(self) -> None:
        live = self._ensure_live()
        if live is not None and not live.share_pdf(self.pdf_action.isChecked()):
            self.pdf_action.setChecked(False)

    def clear_round(self) -> None:
        live = self._ensure_live()
        if live is None:
            return
        process = self._process_on_screen()
        processes = [process] if process is not None else list(live.open_processes)
        if not processes:
            self.window.say(self.tr("Go to a process slide to clear its phone votes."))
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Clear phone votes"),
            self.tr(
                "Clear this round's phone votes? This cannot be undone. "
                "Tally and by-name votes stay."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        cleared = live.clear_round(processes)
        self.window.say(self.tr("Cleared %1 phone votes.").replace("%1", str(cleared)))

    # -- what the room sees -----------------------------------------------------------------------
    def _refresh(self) -> None:
        live = self.live
        if live is not None:
            self.names_action.setChecked(live.names)
            self.pdf_action.setChecked(live.sharing_pdf)
        self._refresh_overlay()

    @property
    def overlay(self) -> JoinOverlay:
        """The join card on the room's view: on the projector with two screens, here with one."""
        if self._overlay is None:
            from .overlay import JoinOverlay  # Qt's enums: loaded after the first paint

            room = self.window.room
            self._overlay = JoinOverlay(room)
            room.pages.currentChanged.connect(lambda *_: self._refresh_overlay())
        return self._overlay

    def _refresh_overlay(self) -> None:
        live = self.live
        blank = self.window.room.blanked
        board = live.board if live is not None and live.board is not None else None
        collecting = board is not None and board.is_open
        if (
            live is None
            or live.url is None
            or blank
            or not (live.is_open or live.sharing_pdf or collecting)
        ):
            self.overlay.hide()
            self.window.room.reserve_right(0)
            return
        if live.is_open:
            caption = self._room(QT_TRANSLATE_NOOP("PhoneVoting", "Vote on your phone"))
            count = live.phones_voted()
            detail = (
                self._room(QT_TRANSLATE_NOOP("PhoneVoting", "1 phone has voted"))
                if count == 1
                else self._room(QT_TRANSLATE_NOOP("PhoneVoting", "%1 phones have voted")).replace(
                    "%1", str(count)
                )
            )
        elif collecting:
            caption = self._room(
                QT_TRANSLATE_NOOP("PhoneVoting", "Dot-vote on your phone")
                if board.mode == "dots"
                else QT_TRANSLATE_NOOP("PhoneVoting", "Notes from your phone")
            )
            detail = ""
        else:
            caption = self._room(QT_TRANSLATE_NOOP("PhoneVoting", "The summary, on your phone"))
            detail = ""
        self.overlay.show_join(live.url, caption, detail)
        self.window.room.reserve_right(self.overlay.column_width())  # the slides make room

    def _room(self, text: str) -> str:
        """The join card is on the room's view: in the session's language, as the slides."""
        document = self.window.document
        language = document.session.info.language if document is not None else "en"
        return room_translate(language, ["PhoneVoting"], text)
