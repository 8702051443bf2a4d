"""One kind of background job for every build the window starts: the PDF and the
other exports, the summary shared with phones, the comparison.

The caller takes a snapshot on the window's thread (``Session.snapshot()``, a
``Comparison``) and hands over a function of it; the job runs that function on a
worker thread, so the slides keep moving while reportlab lays out thousands of
notes. The result, or one sentence saying why there is none, comes back through
a signal on the window's thread. A job is a child of its owner (the session's
objects): when the session closes meanwhile, the result is dropped quietly.

While any job runs, Python hands its lock (the GIL) between threads every
millisecond instead of every five: the window's thread then waits at most about
that long each time it needs the lock, so its frames keep coming every few
milliseconds while the worker lays out a long PDF (tests/ui/test_pdf_jobs.py).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from ..domain.errors import KotterError
from .error_texts import sentence

#: How often the GIL changes hands while a job runs (Python's default is 5 ms).
SWITCH_INTERVAL = 0.001
_running = 0
_usual_interval = sys.getswitchinterval()
_running_guard = threading.Lock()


def _job_begins() -> None:
    global _running, _usual_interval
    with _running_guard:
        if _running == 0:
            _usual_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_INTERVAL, _usual_interval))
        _running += 1


def _job_ends() -> None:
    global _running
    with _running_guard:
        _running -= 1
        if _running == 0:
            sys.setswitchinterval(_usual_interval)


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
        _job_begins()
        try:
            self.thread.start()
        except BaseException:
            _job_ends()
            raise
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
        finally:
            _job_ends()

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
