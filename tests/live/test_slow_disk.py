"""A slow disk cannot make a phone believe a ballot is saved: "recorded" means in the file.

The disk is slowed through the store's test seam (every commit waits half a
second before it goes to disk, as an fsync does on a USB stick); the app runs in
a process of its own and is killed with SIGKILL as soon as the last phone has
its answer.
"""

from __future__ import annotations

import random
import threading
import time

from kotter_workshop.domain import SessionInfo, new_session
from kotter_workshop.live.protocol import is_phone_voter
from kotter_workshop.store import open_session_file, write_new_file

from .app_process import AppProcess

PHONES = 40
FSYNC = 0.5


def test_every_ballot_a_phone_was_told_is_recorded_survives_a_kill_9(tmp_path):
    path = tmp_path / "slow.kotter"
    write_new_file(new_session(SessionInfo(title="Slow disk")), path)
    app = AppProcess(
        path,
        env={
            "KOTTER_WORKSHOP_TEST_COMMIT_DELAY": str(FSYNC),
            "KOTTER_WORKSHOP_LIVE_ADDRESS_RATE": "1000",  # every phone here is 127.0.0.1
        },
    )
    answers: dict[str, tuple] = {}
    try:

        def phone(voter: str, moment: float) -> None:
            time.sleep(moment)  # the room votes over two seconds
            answers[voter] = app.vote(voter, "aligning-people", random.randint(1, 5))

        threads = [
            threading.Thread(target=phone, args=(f"ph-{i:032x}", random.uniform(0, 2)))
            for i in range(PHONES)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        app.kill()  # the moment the last phone heard back
    finally:
        app.stop()
    recorded = {voter for voter, (status, _) in answers.items() if status == 200}
    assert len(recorded) == PHONES, answers
    with open_session_file(path, read_only=True) as after:
        in_file = {b.voter for b in after.session.ballots if is_phone_voter(b.voter)}
    assert recorded - in_file == set()  # nothing a phone was told is recorded is lost
    # Ballots that wait for a commit go together into the next one: however many phones
    # vote, a ballot waits for the commit under way and its own, never for a queue.
    slowest = max(seconds for _, seconds in answers.values())
    assert slowest < 4 * FSYNC + 0.5, sorted(s for _, s in answers.values())
