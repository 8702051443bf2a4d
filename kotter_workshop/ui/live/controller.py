"""Phone voting for the open document: the server, what is open, and the ballots it hands over.

The server runs on its own thread and never touches the session or the file.
It puts each checked ballot on a thread-safe queue and signals; this object,
on the Qt thread, takes the queue in small batches, applies them as domain
commands outside the undo stack (one file transaction a batch) and answers
each phone. PRODUCT.md: the server starts when voting first opens and keeps
its port and token until the session is closed.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...domain.commands import CastBallot, RemoveBallot, SetRoster
from ...domain.model import Aspect, Change
from ...domain.phone_notes import as_the_room_saw_it
from ...domain.phone_votes import judge, roster_with_names
from ...export import write_pdf
from ...export.html import write_html
from ...live import Limits, OpenProcess, Refused, VoteState, VotingServer
from ...live.protocol import is_phone_voter
from ..document import Document
from ..jobs import Job, start_job
from ..whiteboard.veil import veil_for
from .garbage import CollectionPacer
from .hand_over import HandOver
from .network import room_address

#: Ports tried in turn, so the address stays the same from one workshop to the next.
PORTS = (8765, 8766, 8767, 8768, 0)
BATCH = 24  # ballots applied per turn of the event loop: a burst never blocks the window
PDF_DELAY_MS = 3000  # a shared PDF follows the session this long after its last change


class LiveVoting(QObject):
    """Opens and closes phone voting on a document and applies the ballots phones send."""

    changed = Signal()  # opened, closed, names asked, PDF shared, a round cleared
    ballots_applied = Signal()  # a batch of phone ballots is in the session
    message = Signal(str)  # one sentence for the status bar
    _write_failed = Signal()  # emitted on the file's writer thread; reported on the Qt thread

    def __init__(
        self,
        document: Document,
        parent: QObject | None = None,
        *,
        bind: str = "0.0.0.0",
        ports: tuple[int, ...] = PORTS,
        address: str | None = None,
        limits: Limits | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bind, self.ports = bind, ports
        self._address = address
        self._hand_over = HandOver(self._apply_ballots, BATCH, self)
        # Full garbage collections wait for a lull in the room's requests.
        self.collections = CollectionPacer(lambda: self.server.last_request, self)
        self.server = VotingServer(self._hand_over.put, limits=limits or Limits.from_environment())
        self.open_processes: tuple[str, ...] = ()
        self.names = False
        self.sharing_pdf = False
        self._applying = False
        self._published: VoteState | None = None
        self._write_failed.connect(self._settle_file, Qt.ConnectionType.QueuedConnection)
        self._pdf_timer = QTimer(self, singleShot=True, interval=PDF_DELAY_MS)
        self._pdf_timer.timeout.connect(self._send_pdf)
        veil_for(self.session).changed.connect(self._follow_veil)  # R shows the room more
        self._pdf_generation = (
            0  # bumped by every share, unshare and change: stale PDFs are dropped
        )
        self._pdf_building: Job | None = None
        self._pdf_again = False
        self.board = None  # notes and dots from phones (board.PhoneBoard), made on the first W or D
        self._unsubscribe = document.session.subscribe(self._on_change)

    # -- what the facilitator sees ----------------------------------------------------
    @property
    def session(self):
        return self.document.session

    @property
    def is_open(self) -> bool:
        return bool(self.open_processes)

    @property
    def address(self) -> str:
        if self._address is None:
            self._address = room_address()
        return self._address

    @property
    def url(self) -> str | None:
        """The address phones open, once the server runs."""
        return self.server.url(self.address) if self.server.running else None

    def phones_voted(self) -> int:
        """How many phones have a ballot on what is open, in its current round."""
        voters = set()
        for process in self.open_processes:
            round_ = self.session.latest_round(process)
            voters.update(
                b.voter
                for b in self.session.ballots_for(process, round_)
                if is_phone_voter(b.voter)
            )
        return len(voters)

    # -- the facilitator's gestures -----------------------------------------------------
    def open(self, processes: Iterable[str]) -> bool:
        """Open phone voting on these processes (one, or all six as a questionnaire)."""
        processes = tuple(processes)
        if self.document.read_only:
            self.document.refused.emit(
                self.tr("This session is read-only, so phones cannot vote in it.")
            )
            return False
        if not self._ensure_server():
            return False
        self.open_processes = processes
        self._publish()
        print(f"kotter-workshop: phone voting at {self.url}", file=sys.stderr, flush=True)
        self.changed.emit()
        return True

    def close(self) -> None:
        """Close voting: phones wait for the next vote; the server keeps its port and token."""
        if not self.open_processes:
            return
        self.open_processes = ()
        self._publish()
        self.changed.emit()

    def set_names(self, names: bool) -> None:
        """Ask phones for names (kept in the roster, never shown next to a value)."""
        self.names = names
        self._publish()
        self.changed.emit()

    def share_pdf(self, share: bool) -> bool:
        """Offer the PDF summary for download on the phones' page, or stop offering it."""
        if share and not self._ensure_server():
            return False
        self.sharing_pdf = share
        if share:
            self._send_pdf()
            print(f"kotter-workshop: the PDF summary is shared at {self.url}", file=sys.stderr)
        else:
            self._pdf_timer.stop()
            self._pdf_generation += 1
            self.server.share_pdf(None)
        self.changed.emit()
        return True

    def clear_round(self, processes: Iterable[str]) -> int:
        """Remove the phone ballots of these processes' current rounds; not undoable."""
        doomed = [
            b
            for process in processes
            for b in self.session.ballots_for(process, self.session.latest_round(process))
            if is_phone_voter(b.voter)
        ]
        if doomed and self._apply([RemoveBallot(b) for b in doomed]) is None:
            return 0
        self.changed.emit()
        return len(doomed)

    def shutdown(self) -> None:
        """The session closes: stop the server; its token is never valid again.

        No ballot is lost and no phone is kept waiting: the server takes no more,
        every ballot it handed over is applied and written, each phone hears
        "recorded", and only then are the connections closed (at quit, in well
        under a tenth of a second; benchmarks/bench_quit.py).
        """
        self._unsubscribe()
        self._pdf_timer.stop()
        self.server.close_doors()
        if self.board is not None:
            self.board.shutdown()
        self._hand_over.flush()
        if self.document.file is not None:
            self.document.file.settle()  # on disk, and the phones' answers are on their way
        self.open_processes = ()
        self.server.stop()
        self.collections.stop()

    # -- the server -----------------------------------------------------------------------
    def _ensure_server(self) -> bool:
        if self.server.running:
            return True
        self._publish()
        try:
            self.server.start(self.bind, self.ports)
        except OSError as exc:
            self.message.emit(
                self.tr("Phone voting could not start: %1").replace("%1", exc.strerror or str(exc))
            )
            return False
        print(f"kotter-workshop: phone voting server at {self.url}", file=sys.stderr, flush=True)
        self.collections.start()
        return True

    def state(self) -> VoteState:
        session = self.session
        framework = session.framework
        processes = []
        for pid in self.open_processes:
            process = framework.process(pid)
            processes.append(
                OpenProcess(
                    pid,
                    process.side.value,
                    process.title,
                    process.tagline,
                    session.latest_round(pid),
                )
            )
        return VoteState(
            language=session.info.language,
            title=session.title,
            question=framework.question,
            scale_min=session.scale.min,
            scale_max=session.scale.max,
            processes=tuple(processes),
            names=self.names,
            pdf=self.sharing_pdf,
            board=self.board.state() if self.board is not None else None,
        )

    def _publish(self) -> None:
        state = self.state()
        if state != self._published:
            self._published = state
            self.server.publish(state)

    def _send_pdf(self) -> None:
        """Build the shared PDF from a snapshot, as a :class:`~kotter_workshop.ui.jobs.Job`.

        Hundreds of long notes take seconds to lay out: neither the window nor
        the network thread waits (ballots keep arriving and being answered); the
        phones keep the last PDF until the new one is ready.
        """
        if not self.sharing_pdf:
            return
        if self._pdf_building is not None:
            self._pdf_again = True  # one more build once this one is done, from a new snapshot
            return
        self._pdf_again = False
        self._pdf_generation += 1
        generation, snapshot = self._pdf_generation, self.session.snapshot()
        veil = veil_for(self.session)  # what R has not shown the room stays off its copy
        as_the_room_saw_it(snapshot, veil.notes, veil.badges)

        def build() -> tuple[int, bytes, bytes]:
            stream, page = io.BytesIO(), io.StringIO()
            write_pdf(snapshot, stream)
            write_html(snapshot, page, pdf_link="summary.pdf")
            return generation, stream.getvalue(), page.getvalue().encode("utf-8")

        self._pdf_building = start_job(
            self, build, self._pdf_ready, self._pdf_failed, name="kotter-shared-pdf"
        )

    def _pdf_ready(self, built: tuple[int, bytes, bytes]) -> None:
        self._pdf_building = None
        generation, data, html = built
        if self.sharing_pdf and generation == self._pdf_generation:
            self.server.share_pdf(data, html)
        if self._pdf_again:
            self._send_pdf()

    def _pdf_failed(self, error: str) -> None:
        self._pdf_building = None  # one line; the phones keep the last PDF
        print(f"kotter-workshop: the shared PDF could not be built ({error})", file=sys.stderr)
        if self._pdf_again:
            self._send_pdf()

    def _follow_veil(self) -> None:
        if self.sharing_pdf:
            self._pdf_timer.start()

    def _on_change(self, change: Change) -> None:
        if self.sharing_pdf:
            self._pdf_timer.start()
        if self._applying:
            return
        # A re-vote (a new round), a new title, language or scale: the phones follow.
        if change.aspect in (Aspect.ROUNDS, Aspect.META) or (
            change.aspect is Aspect.BALLOTS and self.open_processes
        ):
            self._publish()

    # -- ballots: the network thread hands over (HandOver), the Qt thread applies -------------
    def _apply_ballots(self, items) -> None:
        accepted, commands = [], []
        names: dict[str, str] = {}
        verdicts = judge(self.session, self.open_processes, (ballot for ballot, _ in items))
        for (ballot, reply), verdict in zip(items, verdicts, strict=True):
            if verdict.ballot is None:
                reply(Refused(409, verdict.refused))
                continue
            commands.append(CastBallot(verdict.ballot))
            accepted.append(reply)
            if self.names and ballot.name:
                names[ballot.voter] = ballot.name
        roster = roster_with_names(self.session.roster, names)

        def written(results, error) -> None:  # on the file's writer thread, once on disk
            for reply, refused in zip(accepted, results, strict=False):
                if error is not None:
                    reply(Refused(503, "the vote could not be saved"))
                else:
                    reply(None if refused is None else Refused(409, str(refused)))
            if error is not None:
                self._write_failed.emit()

        commands += [SetRoster(roster)] if roster is not None else []
        results = self._apply(commands, written)
        if results is None:
            for reply in accepted:
                reply(Refused(409, "the session is read-only"))
            return
        # A phone hears "recorded" from ``written``, once its ballot is on disk
        # (PRODUCT.md). A slow disk does not hold the window: the file's writer
        # thread commits every batch that waited together, so the room waits an
        # fsync or two, however many phones vote.
        self.ballots_applied.emit()

    def _settle_file(self) -> None:
        """A batch of phone ballots could not be written: stop editing and say so."""
        if self.document.file is not None:
            self.document.file.settle()

    def _apply(self, commands, written=None):
        self._applying = True
        try:
            return self.document.apply_unrecorded(commands, written)
        finally:
            self._applying = False
            self._publish()
