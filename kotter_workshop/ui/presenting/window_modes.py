"""How the main window presents: full screen with one screen, the projector with two.

A part of ``MainWindow`` (a mixin: these are the window's own geometry and
pages), kept apart so the window's module stays a readable size.
"""

from __future__ import annotations


class PresentingWindow:
    """F5, Shift+F5, F, Esc and B on the main window."""

    @property
    def presenting(self) -> bool:
        if self.presenter.two_screens:
            window = self.presenter.projector_window
            return window is not None and window.isVisible()
        return self.isFullScreen()

    def present_from_start(self) -> None:
        if self.scope is not None:
            self.scope.navigation.go(0)
        self.present_from_here()

    def present_from_here(self) -> None:
        self.room.set_blanked(False)
        self.actions_by_name["blank"].setChecked(False)
        if self.presenter.two_screens:
            self.presenter.show_projector()
            return
        self.actions_by_name["console"].setChecked(False)
        self._show_page(self.room if self.scope is not None else None)
        self._enter_full_screen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self._enter_full_screen()

    def _enter_full_screen(self) -> None:
        if self.isFullScreen():
            return
        self.menuBar().hide()
        self.statusBar().hide()
        self._normal_geometry = self.geometry()
        # Without a window manager (a bare X server, a kiosk) showFullScreen alone keeps the size.
        self.setGeometry(self.screen().geometry())
        self.showFullScreen()

    def leave_full_screen(self) -> None:
        """Esc: close the key overlay if it is up; else un-blank and leave full screen."""
        if self.overlay is not None and self.overlay.isVisible():
            self.overlay.hide()
            return
        if self.room.blanked:
            self.toggle_blank()
        if not self.isFullScreen():
            return
        self.menuBar().show()
        self.statusBar().show()
        self.showNormal()
        if self._normal_geometry is not None:
            self.setGeometry(self._normal_geometry)

    def toggle_blank(self) -> None:
        blanked = not self.room.blanked
        self.room.set_blanked(blanked)
        self.actions_by_name["blank"].setChecked(blanked)
