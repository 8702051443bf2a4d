"""The phone-voting server: aiohttp on its own thread and event loop.

Why aiohttp: it is an asyncio server made for many open connections (every
phone holds a long poll open between votes), with body limits built in, and it
runs on a plain background thread, so the Qt side needs nothing but a callback.

The network thread never touches the session or the file. It checks each
request against the :class:`VoteState` the ui last published and hands ballots
to ``submit(ballot, reply)``; the ui applies them on its own thread and calls
``reply(None)`` (recorded) or ``reply(Refused(...))``, from any thread.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import os
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

from aiohttp import web

from . import page
from .board import (
    NoteKeys,
    PhoneDots,
    PhoneNote,
    check_note_open,
    parse_dots,
    placed_dots,
    read_note,
)
from .connections import (
    BACKLOG,
    LISTEN_QUEUE,
    Guard,
    connection_cap,
    open_descriptors,
    raise_open_file_limit,
)
from .errors import LoopErrors, request_logger, say
from .limits import Buckets, Limits, NewVoters
from .protocol import PhoneBallot, Refused, VoteState, parse_ballot, safe_json, state_document

#: What the ui answers: recorded (None, or a dict of what the phone hears) or Refused.
Reply = Callable[[Refused | dict | None], None]
Submit = Callable[[PhoneBallot, Reply], None]
#: Notes and dots from phones go to their own taker (ui/live/board.py), set while it exists.
SubmitBoard = Callable[[PhoneNote | PhoneDots, Reply], None]

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the address
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


#: Lower case without look-alikes (no l, o, 0, 1): easy to type on a phone from the projector.
TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
TOKEN_LENGTH = 26  # 26 × 5 bits = 130 bits


#: At quit, how long a request still in progress may take before its connection is
#: closed (aiohttp waits this long twice: for the handler, then for its cancellation).
#: Every vote is answered before (LiveVoting.shutdown), so this is only a cap.
SHUTDOWN_SECONDS = 0.1
STOP_SECONDS = 2.0  # how long the ui waits for the network thread to close its doors


def new_token() -> str:
    """A fresh voting token of 130 random bits."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


class VotingServer:
    """Serves the voting page, its files, the vote endpoint and (when shared) the PDF."""

    def __init__(
        self,
        submit: Submit,
        *,
        limits: Limits | None = None,
        token: str | None = None,
        poll_seconds: float = 25.0,
        reply_seconds: float = 5.0,
    ) -> None:
        self.submit = submit
        self.submit_board: SubmitBoard | None = None
        #: Each phone's dots, (panel, voter) -> note ids: a copy the ui replaces, never edits.
        self.placed_dots: Mapping[tuple[str, str], tuple[str, ...]] = {}
        self.limits = limits or Limits.from_environment()
        self.token = token or new_token()
        self.poll_seconds = poll_seconds
        self.reply_seconds = reply_seconds
        self.port: int | None = None
        self._state = VoteState()
        self._version = 1
        self._document: tuple[int, bytes] = (0, b"")  # the state's JSON, made once a version
        self._pdf: bytes | None = None
        self._html: bytes | None = None  # the same summary as one page, beside the PDF
        self._changed: asyncio.Event | None = None
        self._closing = False
        self._note_keys = NoteKeys()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._phones = Buckets(
            self.limits.phone_burst, self.limits.phone_rate, self.limits.max_tracked
        )
        self._addresses = Buckets(
            self.limits.address_burst, self.limits.address_rate, self.limits.max_tracked
        )
        self._new_voters = NewVoters(
            self.limits.voters_per_address,
            self.limits.voter_refill_seconds,
            self.limits.max_tracked,
        )
        self._guard: Guard | None = None
        #: ``time.monotonic()`` of the last request other than a long poll (a page, a join,
        #: a vote, a note, dots): the ui thread reads it to find the room's lulls.
        self.last_request = time.monotonic()

    # -- lifetime (called from the ui thread) -------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, host: str = "0.0.0.0", ports: tuple[int, ...] = (0,)) -> int:
        """Listen on the first free port of ``ports`` (0: any); returns the port."""
        if self.running:
            assert self.port is not None
            return self.port
        self._closing = False
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            try:
                loop.run_until_complete(self._listen(host, ports))
            except BaseException as exc:  # noqa: BLE001 - handed to the starting thread
                failure.append(exc)
                started.set()
                loop.close()
                return
            started.set()
            loop.run_forever()
            # stop() has closed every connection; end what is left without a word on stderr.
            leftover = asyncio.all_tasks(loop)
            for task in leftover:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=run, name="kotter-live", daemon=True)
        self._thread.start()
        started.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        assert self.port is not None
        return self.port

    def close_doors(self) -> None:
        """Take no more ballots: stop listening, refuse new votes, answer the long polls.

        When this returns, ``submit`` is not called again, so the ui can apply and
        answer every ballot it was handed before :meth:`stop` closes the connections.
        """
        if not self.running or self._loop is None:
            return
        with contextlib.suppress(TimeoutError, RuntimeError):  # a wedged loop: stop() copes
            asyncio.run_coroutine_threadsafe(self._close_doors(), self._loop).result(STOP_SECONDS)

    async def _close_doors(self) -> None:
        self._closing = True
        if self._changed is not None:
            self._changed.set()  # the long polls answer now, with the state as it is
        if self._runner is not None:
            for site in list(self._runner.sites):
                await site.stop()

    def stop(self) -> None:
        """Close every connection and stop the thread; the token dies with it.

        Answers already given (a vote's "recorded") are sent first; a request still
        waiting gets at most ``SHUTDOWN_SECONDS`` before its connection is closed.
        """
        if not self.running or self._loop is None:
            return
        loop = self._loop

        async def halt() -> None:
            try:
                await self._close_doors()
                if self._runner is not None:
                    await self._runner.cleanup()  # answers already given are sent first
                if self._guard is not None:
                    self._guard.stop()  # then what is left, with those aiohttp never saw
            finally:
                loop.stop()

        asyncio.run_coroutine_threadsafe(halt(), loop)
        assert self._thread is not None
        self._thread.join(timeout=10)
        self._thread = None

    @property
    def pdf_shared(self) -> bool:
        """Whether a PDF is offered now (a shared one is built off the ui thread first)."""
        return self._pdf is not None

    def url(self, host: str) -> str:
        """The address a phone opens: host, port and token."""
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}/{self.token}/"

    # -- what the phones see (called from the ui thread) ----------------------------
    def publish(self, state: VoteState) -> None:
        """Show ``state`` to every phone: the long polls return at once."""
        self._call(self._set_state, state)

    def share_pdf(self, data: bytes | None, html: bytes | None = None) -> None:
        """Offer these PDF bytes for download, and the HTML summary to read, or stop (None)."""
        self._call(self._set_pdf, data, html if data is not None else None)

    def _call(self, function, *args) -> None:
        if self.running and self._loop is not None:
            self._loop.call_soon_threadsafe(function, *args)
        else:
            function(*args)

    def _set_state(self, state: VoteState) -> None:
        self._state = replace(state, pdf=self._pdf is not None)
        self._bump()

    def _set_pdf(self, data: bytes | None, html: bytes | None = None) -> None:
        self._pdf, self._html = data, html
        self._state = replace(self._state, pdf=data is not None)
        self._bump()

    def _bump(self) -> None:
        self._version += 1
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    # -- the network thread ----------------------------------------------------------
    async def _listen(self, host: str, ports: tuple[int, ...]) -> None:
        self._changed = asyncio.Event()
        cap = self.limits.max_connections or connection_cap(
            raise_open_file_limit(), open_descriptors()
        )
        self._guard = guard = Guard(cap, self.limits.idle_seconds, say)
        asyncio.get_running_loop().set_exception_handler(LoopErrors(guard))
        app = web.Application(client_max_size=self.limits.max_body)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(
            app,
            access_log=None,
            handle_signals=False,
            shutdown_timeout=SHUTDOWN_SECONDS,
            keepalive_timeout=self.limits.idle_seconds,
            logger=request_logger(guard),
        )
        await self._runner.setup()
        last: OSError | None = None
        for port in ports:
            site = _GuardedSite(self._runner, host, port, guard)
            try:
                await site.start()
            except OSError as exc:
                last = exc
                continue
            self.port = site._server.sockets[0].getsockname()[1]  # the port 0 became
            return
        await self._runner.cleanup()
        raise last or OSError("no port to listen on")

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        guard, key = self._guard, request.protocol
        if guard is not None:
            guard.request_started(key)  # not idle, not slow: never shed while answered
        try:
            response = await self._route(request)
        finally:
            if guard is not None:
                guard.request_ended(key)
        own = response.headers.get("Content-Security-Policy")  # the summary page's, by hash
        response.headers.update(SECURITY_HEADERS)
        if own:
            response.headers["Content-Security-Policy"] = own
        return response

    async def _route(self, request: web.Request) -> web.StreamResponse:
        if not self._addresses.take(request.remote or "?"):
            return _error(429, "too many requests")
        parts = request.path.split("/")  # "", token, rest...
        if len(parts) < 2 or not hmac.compare_digest(parts[1].encode(), self.token.encode()):
            return _error(404, "not found")  # no token, or a stale one: nothing is here
        if len(parts) == 2:  # /<token> without the slash: the page's files are relative
            return web.Response(status=302, headers={"Location": f"/{self.token}/"})
        rest = "/".join(parts[2:])
        if rest != "state" or "since" not in request.query:  # a waiting poll is no activity
            self.last_request = time.monotonic()
        if rest == "dots" and request.method == "GET":  # where a phone's dots are
            status, answer = placed_dots(request.query, self._state.board, self.placed_dots)
            return _json(status, answer)
        if rest in ("vote", "note", "dots"):
            if request.method != "POST":
                return _error(405, "POST only")
            return await self._receive(request, rest)
        if request.method != "GET":
            return _error(405, "GET only")
        if request.query_string and rest != "state":
            return _error(400, "no query expected")
        if rest == "":
            state = self._state
            return web.Response(
                body=page.index_html(state.language, state.title),
                content_type="text/html",
                charset="utf-8",
            )
        if rest == "state":
            return await self._poll(request)
        if rest == "summary.pdf":
            return self._summary()
        if rest == "summary.html":
            return self._summary_page()
        if rest in page.ASSETS:
            return web.Response(body=page.asset(rest), headers={"Content-Type": page.ASSETS[rest]})
        return _error(404, "not found")

    async def _poll(self, request: web.Request) -> web.Response:
        """The state now, or, with ?since=<version> matching it, when it next changes."""
        unknown = set(request.query) - {"since"}
        if unknown:
            return _error(400, "unknown query")
        since = request.query.get("since")
        if since is not None:
            if not since.isdigit() or len(since) > 12:
                return _error(400, "bad version")
            if int(since) == self._version and self._changed is not None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), self.poll_seconds)
        version, body = self._document
        if version != self._version:  # the room's long polls all answer at once on a change:
            state = self._state  # one encoding for all (a board of 900 notes is 60 KB)
            words = page.strings(state.language)
            body = safe_json(state_document(state, self._version, words))
            self._document = (self._version, body)
        return web.Response(status=200, body=body, headers={"Content-Type": "application/json"})

    async def _receive(self, request: web.Request, kind: str) -> web.Response:
        """A vote, a note or dots: checked here, handed to the ui, answered once on disk."""
        if request.content_type != "application/json":
            return _error(415, "JSON only")
        if request.content_length is not None and request.content_length > self.limits.max_body:
            return _error(413, "too large")
        try:  # a body of a few kilobytes at most: a slow one is a client holding a connection
            body = await asyncio.wait_for(request.read(), self.limits.idle_seconds)
        except web.HTTPRequestEntityTooLarge:
            return _error(413, "too large")
        except TimeoutError:
            return _error(408, "the request came too slowly")
        state = self._state
        earlier: asyncio.Future | None = None
        try:
            if kind == "vote":
                item = parse_ballot(body, state)
            elif kind == "note":
                item = read_note(body, state.names)
                earlier = self._note_keys.get(item)  # a resend: the first one's answer
                if earlier is None:
                    check_note_open(state.board, item)
            else:
                item = parse_dots(body, state.board, state.names)
        except Refused as refused:
            return _error(refused.status, refused.reason)
        if earlier is not None:
            answer = earlier
        else:
            if not self._new_voters.admit(request.remote or "?", item.voter):
                return _json(429, {"error": "too many voters from one device", "limit": "voters"})
            if not self._phones.take(item.voter):
                return _error(429, "too many votes" if kind == "vote" else "too many requests")
            submit = self.submit if kind == "vote" else self.submit_board
            if self._closing or submit is None:  # no await before submit: close_doors() = none
                return _error(409, "the session closed")
            loop = asyncio.get_running_loop()
            answer = loop.create_future()

            def reply(result: Refused | dict | None) -> None:  # from the ui or the writer thread
                with contextlib.suppress(RuntimeError):  # the server stopped: no one waits
                    loop.call_soon_threadsafe(_settle, answer, result)

            submit(item, reply)
            if isinstance(item, PhoneNote):
                self._note_keys.put(item, answer)
        try:  # shielded: a note answered late is still the answer its resend gets
            result = await asyncio.wait_for(asyncio.shield(answer), self.reply_seconds)
        except TimeoutError:
            return _error(503, "the laptop did not answer")
        if isinstance(result, Refused):
            return _error(result.status, result.reason)
        if isinstance(item, PhoneBallot):
            done = {"process": item.process, "round": item.round, "value": item.value}
        elif isinstance(item, PhoneNote):
            done = {"panel": item.panel, **(result or {})}
        else:
            done = {"panel": item.panel, "notes": list(item.notes)}
        return _json(200, {"ok": True, **done})

    def _summary_page(self) -> web.Response:
        if self._html is None:
            return _error(404, "the summary is not shared")
        response = web.Response(
            body=self._html, headers={"Content-Type": "text/html; charset=utf-8"}
        )
        response.headers["Content-Security-Policy"] = summary_policy(self._html)
        return response

    def _summary(self) -> web.Response:
        if self._pdf is None:
            return _error(404, "the summary is not shared")
        return web.Response(
            body=self._pdf,
            headers={
                "Content-Type": "application/pdf",
                "Content-Disposition": 'attachment; filename="workshop-summary.pdf"',
            },
        )


def summary_policy(html: bytes) -> str:
    """The summary page's own CSP: nothing but its one inline style, by its hash."""
    found = re.search(rb"<style>(.*?)</style>", html, re.DOTALL)
    style = found.group(1) if found else b""
    digest = base64.b64encode(hashlib.sha256(style).digest()).decode()
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'"
    )


def _settle(future: asyncio.Future, result: Refused | dict | None) -> None:
    if not future.done():
        future.set_result(result)


def _json(status: int, data: object) -> web.Response:
    return web.Response(
        status=status, body=safe_json(data), headers={"Content-Type": "application/json"}
    )


def _error(status: int, reason: str) -> web.Response:
    return _json(status, {"error": reason})


class _GuardedSite(web.TCPSite):
    """aiohttp's TCP site, with every connection going through the guard."""

    def __init__(self, runner: web.AppRunner, host: str, port: int, guard: Guard) -> None:
        super().__init__(runner, host, port, backlog=BACKLOG)
        self._guard = guard

    async def start(self) -> None:
        await web.BaseSite.start(self)
        assert self._runner.server is not None
        self._server = await asyncio.get_running_loop().create_server(
            self._guard.wrap(self._runner.server),
            self._host,
            self._port,
            backlog=self._backlog,
            reuse_address=self._reuse_address,
        )
        # asyncio accepts a backlog at a time (each a descriptor of ours); the
        # kernel may queue many more connections meanwhile, at no cost to us.
        for listening in self._server.sockets:
            same = socket.socket(fileno=os.dup(listening.fileno()))
            try:
                same.listen(LISTEN_QUEUE)
            finally:
                same.close()
