"""The file's writer thread, which commits waiting work together (group commit).

Phone ballots are written off the window's thread (see ``SessionFile.deferred``).
A slow disk makes each commit wait for its fsync, half a second on a USB stick.
Committing the batches one by one would let the queue grow with the room; here
everything handed over while a commit runs goes into the next commit, in the
order it came, so a ballot waits for an fsync or two whatever the room's size.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

Job = TypeVar("Job")


class GroupWriter(Generic[Job]):
    """One thread; ``commit(jobs)`` gets every job that waited since the last commit."""

    def __init__(self, commit: Callable[[list[Job]], None], name: str = "kotter-writer") -> None:
        self._commit = commit
        self._name = name
        self._ready = threading.Condition()
        self._waiting: list[Job] = []
        self._busy = False
        self._closing = False
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> None:
        with self._ready:
            self._waiting.append(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            self._ready.notify_all()

    def settle(self) -> None:
        """Wait until everything handed over so far is committed (or has failed)."""
        with self._ready:
            while self._waiting or self._busy:
                self._ready.wait()

    def close(self) -> None:
        """Commit what waits, then end the thread."""
        with self._ready:
            self._closing = True
            self._ready.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._waiting and not self._closing:
                    self._ready.wait()
                if not self._waiting:
                    return
                jobs, self._waiting = self._waiting, []
                self._busy = True
            try:
                self._commit(jobs)
            finally:
                with self._ready:
                    self._busy = False
                    self._ready.notify_all()
