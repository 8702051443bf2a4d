"""A stranger on the Wi-Fi cannot stop the saving: a flood of idle and slow connections.

The app runs in its own process with the usual limit of 1,024 open files (and
no way to raise it); 1,100 connections that never speak and 1,000 that send
their headers a byte every half second come back as fast as they are dropped,
while 300 real phones vote through it and the facilitator edits every 100 ms.
"""

from __future__ import annotations

import asyncio
import resource

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.live.protocol import is_phone_voter
from kotter_workshop.store import open_session_file, write_new_file

from .app_process import AppProcess
from .attack import attack, new_phone_after

SLIDE = "process:aligning-people"


def test_a_flood_of_idle_and_slow_connections_stops_no_ballot_and_no_edit(tmp_path):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)  # the attacker needs 2,400 here
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    path = tmp_path / "room.kotter"
    write_new_file(new_session(SessionInfo(title="Under attack")), path)
    app = AppProcess(
        path,
        env={"KOTTER_WORKSHOP_LIVE_ADDRESS_RATE": "100000"},  # every phone here is 127.0.0.1
        args=("--edit-ms", "100"),
        limit=1024,
    )
    try:
        tally = asyncio.run(attack(app.port, app.base, seconds=10))
        after = asyncio.run(new_phone_after(app.port, app.base, "aligning-people", 5.0))
        finished = app.quit()
    finally:
        app.stop()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    recorded = {voter for voter, status, *_ in tally.ballots if status == 200}
    assert len(tally.ballots) == 300
    assert len(recorded) == 300, [b for b in tally.ballots if b[1] != 200][:10]
    assert after is not None and after < 5.0  # the attack over, a new phone votes at once
    with open_session_file(path, read_only=True) as saved:
        in_file = {b.voter for b in saved.session.ballots if is_phone_voter(b.voter)}
        note = saved.session.speaker_notes.get(SLIDE)
    assert recorded <= in_file
    assert finished["failed"] is None
    assert finished["edits"] > 50 and note == f"edit {finished['edits']}"  # every edit saved
    err = app.stderr()
    assert len(err.encode()) < 1_000_000
    assert "Traceback" not in err
    summaries = [line for line in err.splitlines() if "connections" in line]
    assert 1 <= len(summaries) <= 2, summaries  # one line a minute at most, not one a connection
