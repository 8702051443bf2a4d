"""One kind of background job for every build the window starts: the PDF and the
other exports, the summary shared with phones, the comparison.

The caller takes a snapshot on the window's thread (``Session.snapshot()``, a
``Comparison``) and hands over a function of it; the job runs that function on a
worker thread, so the slides keep moving while reportlab lays out thousands of
notes. The result, or one sentence saying why there is none, comes back through
a signal on the window's thread. A job is a child of its owner (the session's
objects): when the session closes meanwhile, the result is dropped quietly.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from ..domain.errors import KotterError
from .error_texts import sentence


class Job(QObject):
    """``work()`` on a worker thread; ``done(result)`` or ``failed(sentence)`` on the owner's."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        owner: QObject,
        work: Callable[[], object],
        *,
        name: str = "kotter-job",
        unexpected: Callable[[Exception], str] | None = None,
    ) -> None:
        super().__init__(owner)
        self._work = work
        self._unexpected = unexpected or (lambda exc: f"{type(exc).__name__}: {exc}")
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> Job:
        # Queued, and after the caller's slots: they run on the owner's thread, then it goes.
        self.done.connect(self.deleteLater, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self.deleteLater, Qt.ConnectionType.QueuedConnection)
        self.thread.start()
        return self

    @property
    def running(self) -> bool:
        return self.thread.is_alive()

    def wait(self, timeout: float = 60.0) -> None:
        """For tests and for closing: wait until the worker has finished."""
        if self.thread.ident is not None:
            self.thread.join(timeout)

    def _run(self) -> None:
        try:
            result = self._work()
        except KotterError as exc:
            self._emit(self.failed, sentence(exc))
        except Exception as exc:  # noqa: BLE001 - any failure becomes one sentence, not a crash
            self._emit(self.failed, self._unexpected(exc))
        else:
            self._emit(self.done, result)

    def _emit(self, signal, value) -> None:
        # The owner may have closed while the job ran: then no one is there to take it.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def start_job(
    owner: QObject,
    work: Callable[[], object],
    done: Callable[[object], None],
    failed: Callable[[str], None],
    **options,
) -> Job:
    """Run ``work`` (a function of a snapshot already taken) as a :class:`Job` of ``owner``."""
    job = Job(owner, work, **options)
    job.done.connect(done, Qt.ConnectionType.QueuedConnection)
    job.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    return job.start()
