"""The app in a process of its own, with phone voting open, for attacks and kill -9.

Run: ``python tests/live/live_app.py FILE [--edit-ms N] [--seconds S] [--notes]
[--reply-seconds S] [--file-open] [--dots]``. It opens
FILE in a real (offscreen) window, opens phone voting on all six processes on
127.0.0.1 and prints one JSON line: ``{"url": ...}``; with ``--notes`` it also
opens notes from phones (W) on the first process's board and adds ``"panel"``;
with ``--dots``, dot voting from phones (D) there instead.
With ``--edit-ms`` the facilitator edits a speaker note every N ms (``edit 1``,
``edit 2``, ...). It quits when a line ``quit`` arrives on stdin, or after
``--seconds`` (a bound, so it never outlives a test), printing
``{"edits": n, "failed": ...}`` last.
Used by tests/live/test_hostile.py and benchmarks/bench_hostile.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from pathlib import Path

SLIDE = "process:aligning-people"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--edit-ms", type=int, default=0)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--notes", action="store_true", help="open notes from phones (W)")
    parser.add_argument("--dots", action="store_true", help="open dot voting from phones (D)")
    parser.add_argument("--reply-seconds", type=float, default=0.0, help="the server's wait")
    parser.add_argument("--file-open", action="store_true", help="open FILE as File > Open does")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject, QTimer, Signal

    class Quit(QObject):
        asked = Signal()  # emitted on the stdin thread, run on the Qt thread

    from kotter_workshop.domain.commands import SetSpeakerNotes
    from kotter_workshop.store import open_session_file
    from kotter_workshop.ui.app import make_application
    from kotter_workshop.ui.document import Document
    from kotter_workshop.ui.keys import install_guard
    from kotter_workshop.ui.main_window import MainWindow
    from kotter_workshop.ui.theme import Theme

    app = make_application()
    theme = Theme()
    theme.apply(app)
    install_guard(app)
    window = MainWindow(theme)
    window.phone_voting.options = {"bind": "127.0.0.1", "ports": (0,), "address": "127.0.0.1"}
    if args.file_open:  # as File > Open does: the room (and what is face down) is kept
        window.resize(1280, 720)
        window.show()
        assert window.files.open_path(Path(args.file), ask=False)
        document = window.scope.document
        opened = document.file
    else:
        opened = open_session_file(Path(args.file))
        document = Document(opened.session, opened)
        window.set_document(document)
        window.resize(1280, 720)
        window.show()
    window.deck.go(window.deck.keys.index(SLIDE), phase=1)
    window.phone_voting.open_all()
    said = {"url": window.phone_voting.live.url}
    if args.reply_seconds:  # how long a phone waits for the disk before it hears 503
        window.phone_voting.live.server.reply_seconds = args.reply_seconds
    if args.notes:  # W on the process's board: notes from phones land on its panel
        window.scope.phone_notes()
        said["panel"] = window.phone_voting.live.board.panel
    elif args.dots:  # D on the process's board: phones dot-vote on its notes
        window.scope.phone_dots()
        said["panel"] = window.phone_voting.live.board.panel
    print(json.dumps(said), flush=True)

    edits = [0]

    def edit() -> None:
        if document.do(SetSpeakerNotes(SLIDE, f"edit {edits[0] + 1}")):
            edits[0] += 1

    editor = QTimer(interval=max(1, args.edit_ms))
    editor.timeout.connect(edit)
    if args.edit_ms:
        editor.start()

    quit_ = Quit()
    quit_.asked.connect(app.quit)

    def wait_for_quit() -> None:
        for line in sys.stdin:
            if line.strip() == "quit":
                break
        quit_.asked.emit()

    threading.Thread(target=wait_for_quit, daemon=True).start()
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    app.exec()
    editor.stop()
    failed = opened.failed
    window.phone_voting.detach()
    window.close()
    opened.close()
    print(json.dumps({"edits": edits[0], "failed": failed}), flush=True)


if __name__ == "__main__":
    main()
