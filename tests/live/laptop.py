"""A stand-in for the ui in server tests: applies phone ballots to a domain session.

The real ui applies them on the Qt thread; here a lock keeps the test's reads
and the network thread's writes apart.
"""

from __future__ import annotations

import http.client
import json
import threading

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.domain.commands import CastBallot
from kotter_workshop.domain.model import Ballot
from kotter_workshop.live import Limits, OpenProcess, Refused, VoteState, VotingServer

VOTER = "ph-" + "0123456789abcdef" * 2
OTHER = "ph-" + "fedcba9876543210" * 2


class Laptop:
    def __init__(self, limits: Limits | None = None, title: str = "Team day") -> None:
        self.session = new_session(SessionInfo(title=title))
        self.lock = threading.Lock()
        self.server = VotingServer(self.submit, limits=limits or Limits(), poll_seconds=1.0)
        self.server.start("127.0.0.1")
        self.refuse_all = False

    def submit(self, ballot, reply) -> None:
        with self.lock:
            if self.refuse_all:
                reply(Refused(409, "closed meanwhile"))
                return
            CastBallot(Ballot(ballot.process, ballot.value, ballot.voter, ballot.round)).apply(
                self.session
            )
        reply(None)

    def open(self, *process_ids: str, names: bool = False) -> VoteState:
        framework = self.session.framework
        state = VoteState(
            language="en",
            title=self.session.title,
            question=framework.question,
            processes=tuple(
                OpenProcess(
                    p,
                    framework.process(p).side.value,
                    framework.process(p).title,
                    framework.process(p).tagline,
                    self.session.latest_round(p),
                )
                for p in process_ids
            ),
            names=names,
        )
        self.server.publish(state)
        return state

    def ballots(self) -> list[tuple]:
        with self.lock:
            ballots = [(b.process, b.value, b.voter, b.round) for b in self.session.ballots]
        return sorted(ballots, key=repr)

    # -- a phone --------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes, dict[str, str]]:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.read(), dict(response.getheaders())
        finally:
            conn.close()

    def path(self, rest: str = "") -> str:
        return f"/{self.server.token}/{rest}"

    def vote(self, process: str, value, voter: str = VOTER, round_: int = 1, **extra) -> int:
        body = json.dumps(
            {"voter": voter, "process": process, "round": round_, "value": value, **extra}
        ).encode()
        status, _, _ = self.request(
            "POST", self.path("vote"), body, {"Content-Type": "application/json"}
        )
        return status

    def state(self) -> dict:
        status, body, _ = self.request("GET", self.path("state"))
        assert status == 200
        return json.loads(body)
