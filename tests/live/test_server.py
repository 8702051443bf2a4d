"""The phone-voting server on 127.0.0.1: what phones can do, and what they cannot."""

import json
import socket
import threading
import time

from kotter_workshop.live import Limits, VotingServer
from kotter_workshop.live.server import TOKEN_ALPHABET, new_token

from .laptop import OTHER, VOTER, Laptop

PROCESS = "aligning-people"


def test_the_page_its_files_and_the_state_are_served_with_the_token(laptop):
    status, body, headers = laptop.request("GET", laptop.path())
    assert status == 200 and b'<html lang="en">' in body
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"
    for name, kind in (("page.js", "javascript"), ("page.css", "css"), ("icon.svg", "svg")):
        status, body, headers = laptop.request("GET", laptop.path(name))
        assert status == 200 and kind in headers["Content-Type"] and body
    state = laptop.state()
    assert state["processes"] == [] and state["strings"]["waiting"].startswith("Waiting")


def test_the_page_loads_nothing_from_the_internet(laptop):
    for name in ("", "page.js", "page.css"):
        _, body, _ = laptop.request("GET", laptop.path(name))
        text = body.decode()
        assert "http://" not in text and "https://" not in text and "//" + "cdn" not in text


def test_a_phone_votes_and_a_changed_vote_replaces_its_ballot(laptop):
    laptop.open(PROCESS)
    assert laptop.vote(PROCESS, 4) == 200
    assert laptop.ballots() == [(PROCESS, 4, VOTER, 1)]
    assert laptop.vote(PROCESS, 2) == 200
    assert laptop.vote(PROCESS, None, voter=OTHER) == 200  # an abstention
    assert laptop.ballots() == sorted([(PROCESS, 2, VOTER, 1), (PROCESS, None, OTHER, 1)], key=repr)


def test_the_questionnaire_takes_one_ballot_per_process(laptop):
    ids = [p.id for p in laptop.session.framework.processes]
    laptop.open(*ids)
    assert [p["id"] for p in laptop.state()["processes"]] == ids
    for value, process in enumerate(ids, 0):
        assert laptop.vote(process, value % 5 + 1) == 200
    assert len(laptop.ballots()) == 6


def test_a_vote_on_what_is_not_open_gets_409_and_changes_nothing(laptop):
    assert laptop.vote(PROCESS, 3) == 409  # nothing open
    laptop.open("setting-direction")
    assert laptop.vote(PROCESS, 3) == 409  # another process is open
    assert laptop.vote("setting-direction", 3, round_=2) == 409  # not this round
    laptop.open()  # closed again
    assert laptop.vote("setting-direction", 3) == 409
    assert laptop.ballots() == []


def test_a_ballot_the_laptop_refuses_gets_its_4xx(laptop):
    laptop.open(PROCESS)
    laptop.refuse_all = True
    assert laptop.vote(PROCESS, 3) == 409
    assert laptop.ballots() == []


def test_malformed_ballots_get_400_and_change_nothing(laptop):
    laptop.open(PROCESS)
    good = {"voter": VOTER, "process": PROCESS, "round": 1, "value": 3}
    bad_bodies = [
        b"",
        b"not json",
        b"[1,2]",
        b"\xff\xfe",
        b'"text"',
        b"null",
        json.dumps({**good, "value": 6}).encode(),  # off the 1-5 scale
        json.dumps({**good, "value": 0}).encode(),
        json.dumps({**good, "value": 3.0}).encode(),
        json.dumps({**good, "value": "3"}).encode(),
        json.dumps({**good, "value": True}).encode(),
        json.dumps({**good, "round": "1"}).encode(),
        json.dumps({**good, "voter": "p1"}).encode(),  # a roster id is not a phone
        json.dumps({**good, "voter": VOTER + "0"}).encode(),
        json.dumps({**good, "voter": None}).encode(),
        json.dumps({**good, "process": "../../etc"}).encode(),
        json.dumps({**good, "process": "<script>"}).encode(),
        json.dumps({**good, "extra": 1}).encode(),
        json.dumps({**good, "name": "x" * 61}).encode(),
        json.dumps({k: v for k, v in good.items() if k != "round"}).encode(),
    ]
    for body in bad_bodies:
        status, _, _ = laptop.request(
            "POST", laptop.path("vote"), body, {"Content-Type": "application/json"}
        )
        assert status == 400, body
    assert laptop.ballots() == []


def test_wrong_kinds_of_request_get_4xx(laptop):
    laptop.open(PROCESS)
    body = json.dumps({"voter": VOTER, "process": PROCESS, "round": 1, "value": 3}).encode()
    assert (
        laptop.request("POST", laptop.path("vote"), body, {"Content-Type": "text/plain"})[0] == 415
    )
    assert laptop.request("GET", laptop.path("vote"))[0] == 405
    assert laptop.request("PUT", laptop.path("vote"), body)[0] == 405
    assert laptop.request("DELETE", laptop.path())[0] == 405
    assert laptop.request("GET", laptop.path("state?since=abc"))[0] == 400
    assert laptop.request("GET", laptop.path("state?x=1"))[0] == 400
    assert laptop.ballots() == []


def test_an_oversized_body_gets_413_and_changes_nothing(laptop):
    laptop.open(PROCESS)
    good = {"voter": VOTER, "process": PROCESS, "round": 1, "value": 3}
    padded = json.dumps({**good, "name": "", "pad": " " * 5000}).encode()
    status, _, _ = laptop.request(
        "POST", laptop.path("vote"), padded, {"Content-Type": "application/json"}
    )
    assert status == 413
    # the same without a Content-Length: chunked, and read only up to the limit
    conn_status = _chunked_post(laptop, b" " * 4000 + json.dumps(good).encode())
    assert conn_status == 413
    assert laptop.ballots() == []


def _chunked_post(laptop, body: bytes) -> int:
    with socket.create_connection(("127.0.0.1", laptop.server.port), timeout=10) as sock:
        head = (
            f"POST {laptop.path('vote')} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        sock.sendall(head.encode())
        for start in range(0, len(body), 512):
            chunk = body[start : start + 512]
            sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        sock.sendall(b"0\r\n\r\n")
        reply = sock.recv(4096).decode("latin-1")
    return int(reply.split()[1])


def test_token_less_and_stale_token_requests_get_404_and_change_nothing(laptop):
    laptop.open(PROCESS)
    body = json.dumps({"voter": VOTER, "process": PROCESS, "round": 1, "value": 3}).encode()
    json_type = {"Content-Type": "application/json"}
    stale = new_token()  # a token from another time the app opened the session
    for path in (
        "/",
        "/vote",
        "/state",
        "/page.js",
        f"/{stale}/",
        f"/{stale}/state",
        f"/{laptop.server.token[:-1]}/state",
        f"/{laptop.server.token}x/state",
        "/summary.pdf",
        f"/{stale}/summary.pdf",
    ):
        assert laptop.request("GET", path)[0] == 404, path
    for path in ("/vote", f"/{stale}/vote", "//vote"):
        assert laptop.request("POST", path, body, json_type)[0] == 404, path
    assert laptop.ballots() == []


def test_only_the_pages_files_are_served(laptop):
    for rest in (
        "index.html",
        "strings.json",
        "../framework/en.toml",
        "..%2Fstrings.json",
        "page.js/..",
        "static/page.js",
        ".git/config",
    ):
        assert laptop.request("GET", laptop.path(rest))[0] in (400, 404), rest


def test_a_bare_token_redirects_to_the_page(laptop):
    status, _, headers = laptop.request("GET", f"/{laptop.server.token}")
    assert status == 302 and headers["Location"] == laptop.path()


def test_the_token_has_at_least_128_bits_and_is_new_each_time():
    tokens = {VotingServer(lambda *_: None).token for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(t) == 26 and set(t) <= set(TOKEN_ALPHABET) for t in tokens)
    assert len(TOKEN_ALPHABET) == 32  # 5 bits a character: 130 bits


def test_the_page_and_the_state_escape_session_text():
    laptop = Laptop(title='<script>alert("x")</script> & Co')
    try:
        laptop.open(PROCESS)
        _, body, _ = laptop.request("GET", laptop.path())
        assert b"<script>alert" not in body
        assert b"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in body
        _, body, headers = laptop.request("GET", laptop.path("state"))
        assert b"<" not in body and b">" not in body
        assert json.loads(body)["title"] == '<script>alert("x")</script> & Co'
        assert headers["Content-Type"].startswith("application/json")
    finally:
        laptop.server.stop()


def test_the_page_speaks_the_sessions_language(laptop):
    laptop.server.publish(laptop.open(PROCESS).__class__(language="de"))
    _, body, _ = laptop.request("GET", laptop.path())
    assert b'<html lang="de">' in body
    assert laptop.state()["strings"]["waiting"] == "Warten auf die nächste Abstimmung…"


def test_a_long_poll_returns_as_soon_as_voting_opens(laptop):
    version = laptop.state()["version"]
    threading.Timer(0.2, lambda: laptop.open(PROCESS)).start()
    started = time.monotonic()
    status, body, _ = laptop.request("GET", laptop.path(f"state?since={version}"))
    assert status == 200 and json.loads(body)["processes"][0]["id"] == PROCESS
    assert time.monotonic() - started < 0.9  # before the 1 s poll ran out


def test_names_are_kept_only_when_the_facilitator_asks_for_them(laptop):
    seen = []
    laptop.server.submit = lambda ballot, reply: (seen.append(ballot), reply(None))
    laptop.open(PROCESS)
    assert laptop.vote(PROCESS, 3, name="Ana") == 200
    laptop.open(PROCESS, names=True)
    assert laptop.vote(PROCESS, 3, name="  Ana \n Lee ") == 200
    assert [b.name for b in seen] == ["", "Ana Lee"]


def test_the_pdf_is_served_only_while_shared(laptop):
    assert laptop.request("GET", laptop.path("summary.pdf"))[0] == 404
    laptop.server.share_pdf(b"%PDF-1.4 fake")
    status, body, headers = laptop.request("GET", laptop.path("summary.pdf"))
    assert status == 200 and body == b"%PDF-1.4 fake"
    assert (
        headers["Content-Type"] == "application/pdf"
        and "attachment" in headers["Content-Disposition"]
    )
    assert laptop.state()["pdf"] is True
    laptop.server.share_pdf(None)
    assert laptop.request("GET", laptop.path("summary.pdf"))[0] == 404
    assert laptop.state()["pdf"] is False


def test_the_summary_page_is_served_beside_the_pdf_with_only_its_own_style(laptop):
    import base64
    import hashlib

    page = b"<!DOCTYPE html><html><head><style>\nbody{color:red}</style></head></html>"
    assert laptop.request("GET", laptop.path("summary.html"))[0] == 404
    laptop.server.share_pdf(b"%PDF-1.4 fake", page)
    status, body, headers = laptop.request("GET", laptop.path("summary.html"))
    assert status == 200 and body == page
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    digest = base64.b64encode(hashlib.sha256(b"\nbody{color:red}").digest()).decode()
    policy = headers["Content-Security-Policy"]
    assert f"style-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy
    assert "script-src" not in policy  # no script may run on it
    assert headers["X-Content-Type-Options"] == "nosniff"
    # the voting page keeps the strict policy of its own
    _, _, index_headers = laptop.request("GET", laptop.path(""))
    assert "style-src 'self'" in index_headers["Content-Security-Policy"]
    laptop.server.share_pdf(None)
    assert laptop.request("GET", laptop.path("summary.html"))[0] == 404


def test_one_phone_is_limited_and_others_still_vote():
    laptop = Laptop(limits=Limits(phone_burst=3, phone_rate=0.01))
    try:
        laptop.open(PROCESS)
        assert [laptop.vote(PROCESS, v) for v in (1, 2, 3, 4, 5)] == [200, 200, 200, 429, 429]
        assert laptop.ballots() == [(PROCESS, 3, VOTER, 1)]  # the refused votes changed nothing
        assert laptop.vote(PROCESS, 5, voter=OTHER) == 200
    finally:
        laptop.server.stop()


def test_one_address_is_capped():
    laptop = Laptop(limits=Limits(address_burst=5, address_rate=0.01))
    try:
        statuses = [laptop.request("GET", laptop.path("state"))[0] for _ in range(7)]
        assert statuses == [200] * 5 + [429] * 2
    finally:
        laptop.server.stop()


def test_the_benchmark_setting_raises_the_address_cap(monkeypatch):
    monkeypatch.setenv("KOTTER_WORKSHOP_LIVE_ADDRESS_RATE", "1000")
    limits = Limits.from_environment()
    assert limits.address_rate == 1000 and limits.address_burst >= 10_000
    monkeypatch.setenv("KOTTER_WORKSHOP_LIVE_ADDRESS_RATE", "lots")
    assert Limits.from_environment() == Limits()


def test_the_server_keeps_its_port_and_token_and_stops(laptop):
    port, token = laptop.server.port, laptop.server.token
    laptop.open(PROCESS)
    laptop.open()
    laptop.open(PROCESS)
    assert (laptop.server.port, laptop.server.token) == (port, token)
    assert laptop.state()["processes"]
    laptop.server.stop()
    assert not laptop.server.running
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        connected = True
    except OSError:
        connected = False
    assert not connected


def test_a_laptop_that_does_not_answer_gives_503(laptop):
    laptop.server.submit = lambda ballot, reply: None
    laptop.server.reply_seconds = 0.2
    laptop.open(PROCESS)
    assert laptop.vote(PROCESS, 3) == 503
