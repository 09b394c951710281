"""Issue 16: every input an independent probe found breaking tweetbot, as a test (each failed before the fix).

Hostile or careless input — a NUL byte, a zip bomb, 100,000 nested brackets, an id beyond 64 bits, a lone
surrogate, a Latin-1 file — must end in a clear refusal that names where the bad byte came from (exit 2 on
the CLI, a 4xx on the page), in bounded memory, the same on SQLite and Postgres, and change nothing.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from cli_run import run_cli
from test_web_api import PREFIX, api, auth, csrf, seeded, seen, write_headers  # noqa: F401 - fixtures

from tweetbot.pipeline import import_source
from tweetbot.sources import SourceError, read_archive, read_csv
from tweetbot.store import queue, sources

ARCHIVE_PREFIX = "window.YTD.tweets.part0 = "
MiB = 1024 * 1024


def _record(tweet_id: str, text: str) -> dict:
    return {"tweet": {"id_str": tweet_id, "full_text": text, "created_at": "Wed Oct 10 20:19:24 +0000 2018"}}


def _archive(path: Path, records: list[dict]) -> Path:
    path.write_text(ARCHIVE_PREFIX + json.dumps(records, indent=2), encoding="utf-8")
    return path


def _stored(store, account: str) -> dict[str, str]:
    return {r["tweet_id"]: r["text"] for r in sources.list_source_tweets(store, account)}


def _run_cli(args: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    out = run_cli(args, input=stdin)
    return out.returncode, out.stdout, out.stderr


def _pending(store, texts: list[str]) -> list[int]:
    from tweetbot.store import runs

    runs.start_run(store, run_id="run-h", account="h", base_model="tiny", params={}, by="test")
    queue.add_candidates(store, batch_id="b-h", model_run_id="run-h", account="h", texts=texts, by="test")
    return queue.stage_batch(store, "b-h", lambda _norms: (lambda t: (t, None)), by="test").tweet_ids


def _snapshot(store) -> list[tuple]:
    return [(r["id"], r["status"], r["text"], r["version"], r["scheduled_for"]) for r in queue.list_tweets(store)]


# ---------------------------------------------------------------- NUL and control characters


@pytest.mark.parametrize("bad, what", [(b"a \x00 b", "NUL"), (b"ring \x07 bell", "U+0007"),
                                       (b"esc \x1b[31m red", "U+001B")])
def test_cli_edit_refuses_control_characters_on_both_stores(store, bad, what):
    (tweet_id,) = _pending(store, ["a clean tweet about herons"])
    before = _snapshot(store)
    code, _, err = _run_cli(["--db-url", store.url, "queue", "edit", str(tweet_id), "--text", "-"],
                            stdin=bad)
    assert code == 2, err
    assert err.startswith("tweetbot: error: ") and err.count("\n") == 1, err  # one line, no traceback
    assert "stdin" in err and what in err, err
    assert _snapshot(store) == before


def test_cli_edit_refuses_invalid_utf8_on_stdin(store):
    (tweet_id,) = _pending(store, ["a clean tweet about herons"])
    code, _, err = _run_cli(["--db-url", store.url, "queue", "edit", str(tweet_id), "--text", "-"],
                            stdin=b"caf\xe9 au lait")
    assert code == 2 and "stdin" in err and "not UTF-8" in err, err
    assert queue.list_tweets(store, ids=[tweet_id])[0]["text"] == "a clean tweet about herons"


def test_imported_control_characters_are_removed_and_counted_the_same_on_both_stores(store, tmp_path):
    csv_path = tmp_path / "t.csv"
    csv_path.write_bytes(b"id,created_at,text\n1,2020-01-01,a \x00 b\n2,2020-01-02,ring\x07 \x1bbell\n"
                         b"3,2020-01-03,fine\ttab\n")
    report = import_source(store, account="c", kind="csv", path=csv_path, by="test")
    assert report.new == 3 and sum(report.skipped.values()) == 0
    assert report.normalised == {"control characters removed": 3}
    assert "normalised: 3 control characters removed" in report.summary()
    texts = _stored(store, "c")
    assert texts == {"1": "a b", "2": "ring bell", "3": "fine tab"}
    raw = {r["tweet_id"]: r["raw_text"] for r in sources.list_source_tweets(store, "c")}
    assert "\x00" not in raw["1"] and "\x07" not in raw["2"]

    archive = _archive(tmp_path / "tweets.js", [_record("7", "x \u0000 y"), _record("8", "plain")])
    report = import_source(store, account="a", kind="archive", path=archive, by="test")
    assert report.new == 2 and report.normalised == {"control characters removed": 1}
    assert _stored(store, "a") == {"7": "x y", "8": "plain"}


def test_page_edit_refuses_nul_with_a_4xx_on_both_stores(api, seeded):  # noqa: F811 - fixtures
    client, tokens = api
    store, ids = seeded
    before = _snapshot(store)
    for text in ("x \u0000 y", "bell \u0007", "esc \u001b[0m", "del \u007f", "c1 \u0085"):
        response = client.post(f"{PREFIX}/api/tweets/{ids[0]}/edit", headers=write_headers(client, tokens),
                               json={"text": text, "version": 1})
        assert response.status_code == 422, (text, response.status_code, response.text)
        assert "text" in response.text and "control character" in response.text.lower()
    assert _snapshot(store) == before


def test_candidates_from_the_model_pass_the_gate(store):
    """Model output is text entering the store too: control characters never reach the queue."""
    from tweetbot.store import runs

    runs.start_run(store, run_id="run-m", account="m", base_model="tiny", params={}, by="test")
    queue.add_candidates(store, batch_id="b-m", model_run_id="run-m", account="m",
                         texts=["model \x00 wrote \x1b this"], by="test")
    from sqlalchemy import select

    from tweetbot.store.schema import candidates

    with store.connect() as conn:
        text = conn.execute(select(candidates.c.text)).scalar_one()
    assert text.split() == ["model", "wrote", "this"] and "\x00" not in text and "\x1b" not in text


# ---------------------------------------------------------------- bounded memory, named parser errors

_RSS_CHILD = r"""
import json, sys, time
from pathlib import Path
from tweetbot.pipeline import import_source
from tweetbot.sources import SourceError
from tweetbot.store import connect, upgrade


def status(key):  # kB, from the kernel's own accounting of this process
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith(key + ":"))
    return int(line.split()[1])


store = connect(sys.argv[1]); upgrade(store)
base = status("VmRSS")
Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from here
started = time.monotonic()
try:
    outcome = import_source(store, account="bomb", kind=sys.argv[3], path=sys.argv[2], by="test",
                            log=lambda m: None).summary()
except SourceError as exc:
    outcome = "refused: " + str(exc)
print(json.dumps({"base_mb": base / 1024, "peak_mb": status("VmHWM") / 1024, "outcome": outcome,
                  "seconds": time.monotonic() - started}))
"""


def _bomb(path: Path, head: str, filler: bytes, size: int, tail: str) -> Path:
    """A zip whose data/tweets.js is `head`, `size` bytes of `filler`, `tail` (deflate: ~1000:1)."""
    chunk = filler * (MiB // len(filler))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        with zf.open("data/tweets.js", "w", force_zip64=True) as member:
            member.write(head.encode())
            for _ in range(size // MiB):
                member.write(chunk)
            member.write(tail.encode())
    return path


def _many(path: Path, n: int, unique: int) -> Path:
    """A zip of `n` small real-looking records whose ids repeat every `unique` (with another text)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("data/tweets.js", "w") as member:
        member.write(b"window.YTD.tweets.part0 = [\n")
        for i in range(n):
            record = _record(str(10**15 + i % unique), f"tweet {i} about herons, bread and the weir")
            member.write(json.dumps(record, indent=2).encode() + (b",\n" if i < n - 1 else b"\n]\n"))
    return path


@pytest.fixture(scope="module")
def bombs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {
        "many": _many(folder / "many.zip", 100_000, 60_000),
        "spaces": _bomb(folder / "spaces.zip", ARCHIVE_PREFIX + "[", b" ", 1024 * MiB, "]"),
        "string": _bomb(folder / "string.zip", ARCHIVE_PREFIX + '[{"tweet": {"full_text": "', b"a", 1024 * MiB,
                        '"}}]'),
        "nested": _bomb(folder / "nested.zip", ARCHIVE_PREFIX, b"[", 2 * MiB, ""),
    }


@pytest.mark.parametrize("kind", ["spaces", "string", "nested", "many"])
def test_importing_a_zip_bomb_stays_within_300_mb(bombs, kind, sqlite_url):
    assert bombs[kind].stat().st_size < 3 * MiB  # a small download that unpacks to 1 GiB (or 100,000 tweets)
    out = subprocess.run([sys.executable, "-c", _RSS_CHILD, sqlite_url, str(bombs[kind]), "archive"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.splitlines()[-1])
    grew = result["peak_mb"] - result["base_mb"]
    print(f"{kind}: peak RSS {result['peak_mb']:.0f} MB, +{grew:.0f} MB over the interpreter's "
          f"{result['base_mb']:.0f} MB, {result['seconds']:.1f}s: {result['outcome'][:200]}")
    assert grew <= 300, result
    if kind == "spaces":
        assert "read 0 tweets" in result["outcome"], result
    elif kind == "many":  # 60,000 ids, then 40,000 repeats with another text: counted, 10 of them named
        assert "60,000 new" in result["outcome"] and "40,000 duplicate id with different text" in result["outcome"]
        assert result["outcome"].count("10000000000") == 10, result
    else:
        assert result["outcome"].startswith("refused: ") and "data/tweets.js" in result["outcome"], result


def test_the_unpack_cap_refuses_with_a_clear_message(bombs, sqlite_url, monkeypatch, tmp_path):
    from tweetbot.store import connect, upgrade

    store = connect(sqlite_url)
    upgrade(store)
    monkeypatch.setenv("TWEETBOT_IMPORT_MAX_BYTES", str(64 * MiB))
    with pytest.raises(SourceError) as info:
        import_source(store, account="bomb", kind="archive", path=bombs["spaces"], by="test")
    message = str(info.value)
    assert "spaces.zip" in message and "TWEETBOT_IMPORT_MAX_BYTES" in message and "64 MiB" in message
    big = tmp_path / "big.csv"
    big.write_bytes(b"id,created_at,text\n" + b"1,2020-01-01,hello\n" * (4 * MiB // 19 + 1))
    monkeypatch.setenv("TWEETBOT_IMPORT_MAX_BYTES", str(2 * MiB))
    with pytest.raises(SourceError, match=r"big\.csv.*more than 2 MiB"):
        import_source(store, account="big", kind="csv", path=big, by="test")
    assert _stored(store, "bomb") == {} and _stored(store, "big") == {}


def test_deep_nesting_is_a_named_error_not_a_traceback(tmp_path, sqlite_url):
    nested = tmp_path / "tweets.js"
    nested.write_text(ARCHIVE_PREFIX + "[" * 100_000, encoding="utf-8")
    with pytest.raises(SourceError, match=r"tweets\.js.*record 1.*nested"):
        list(read_archive(nested))
    inner = tmp_path / "inner.js"
    inner.write_text(ARCHIVE_PREFIX + "[" + '{"tweet": ' * 50_000, encoding="utf-8")
    with pytest.raises(SourceError, match=r"inner\.js.*record 1"):
        list(read_archive(inner))
    code, _, err = _run_cli(["--db-url", sqlite_url, "import", "--source", "archive", str(nested),
                             "--account", "n"])
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1, err


def test_csv_line_without_end_is_bounded(tmp_path):
    path = tmp_path / "one-line.csv"
    path.write_bytes(b"id,created_at,text\n1,2020-01-01," + b"x" * (3 * MiB))
    with pytest.raises(SourceError, match=r"one-line\.csv:line 2: .*over 1 MiB"):
        list(read_csv(path))


# ---------------------------------------------------------------- the page never answers 5xx


def test_ids_beyond_the_columns_range_are_404_or_422(api, seeded):  # noqa: F811
    client, tokens = api
    store, ids = seeded
    before = _snapshot(store)
    h = write_headers(client, tokens)
    for tweet_id, expected in ((2**31, 404), (2**63 - 1, 404), (2**63, 422), (10**30, 422), (0, 422), (-1, 422)):
        for path, body in ((f"/api/tweets/{tweet_id}/edit", {"text": "x", "version": 1}),
                           (f"/api/tweets/{tweet_id}/schedule", {"scheduled_for": None, "version": 1})):
            response = client.post(PREFIX + path, headers=h, json=body)
            assert response.status_code == expected, (path, response.status_code, response.text)
        response = client.post(f"{PREFIX}/api/approve", headers=h,
                               json={"tweets": [{"id": tweet_id, "version": 1}]})
        assert response.status_code == expected, (tweet_id, response.status_code, response.text)
        response = client.post(f"{PREFIX}/api/tweets/{ids[0]}/edit", headers=h,
                               json={"text": "x", "version": tweet_id})
        assert response.status_code in (409, 422), (tweet_id, response.status_code, response.text)
    assert _snapshot(store) == before


def test_schedule_out_of_any_sane_range_is_422(api, seeded):  # noqa: F811
    client, tokens = api
    store, ids = seeded
    queue.approve(store, ids[:1], by="test")
    before = _snapshot(store)
    h = write_headers(client, tokens)
    for when in ("0001-01-01T00:30:00+14:00", "9999-12-31T23:59:59-14:00", "1900-01-01T00:00:00Z",
                 "2500-01-01T00:00:00Z"):
        response = client.post(f"{PREFIX}/api/tweets/{ids[0]}/schedule", headers=h,
                               json={"scheduled_for": when, "version": seen(store, ids[:1])[0]["version"]})
        assert response.status_code == 422, (when, response.status_code, response.text)
    assert _snapshot(store) == before


def test_lone_surrogate_and_bad_bytes_in_the_body_are_4xx(api, seeded):  # noqa: F811
    client, tokens = api
    store, ids = seeded
    before = _snapshot(store)
    h = {**write_headers(client, tokens), "Content-Type": "application/json"}
    for body in (b'{"text": "x \\ud800 y", "version": 1}', b'{"text": "\\udfff", "version": 1}',
                 b'{"text": "caf\xe9", "version": 1}', b'{"text": "x", "version": 1, "\\ud800": 1}',
                 b'{"text": "x"', b"\xff\xfe"):
        response = client.post(f"{PREFIX}/api/tweets/{ids[0]}/edit", headers=h, content=body)
        assert 400 <= response.status_code < 500, (body, response.status_code, response.text)
        json.loads(response.text)  # a JSON answer a script can read
    assert _snapshot(store) == before


@pytest.mark.parametrize("path", ["/api/tweets?account=%00", "/?account=%00", "/?view=approved&account=%00",
                                  "/runs/run%00x/loss_curve.png", "/api/tweets?status=%00",
                                  "/api/tweets?account=" + "a" * 5000, "/runs/" + "r" * 5000 + "/loss_curve.png",
                                  "/static/%00", "/api/tweets?account=%ED%A0%80"])
def test_a_reader_never_gets_a_5xx(api, seeded, path):  # noqa: F811
    client, tokens = api
    response = client.get(PREFIX + path, headers=auth(tokens, "reader"))
    assert response.status_code < 500, (path, response.status_code, response.text[:300])


def test_a_422_does_not_echo_the_input(api, seeded):  # noqa: F811
    client, tokens = api
    store, ids = seeded
    payload = "x" * 40_000
    response = client.post(f"{PREFIX}/api/tweets/{ids[0]}/edit", headers=write_headers(client, tokens),
                           json={"text": payload, "version": 1})
    assert response.status_code == 422
    assert len(response.content) < 2000 and "xxxxxxxxxx" not in response.text, response.text[:300]
    assert "text" in response.text and "4000" in response.text


def _asgi_post(app, path: str, chunks: int, headers: list[tuple[bytes, bytes]]) -> tuple[int, int]:
    """POST `chunks` MiB to a raw ASGI app, chunked; (status, chunks the app read)."""
    import anyio

    consumed, status = 0, []

    async def receive() -> dict:
        nonlocal consumed
        if consumed < chunks:
            consumed += 1
            return {"type": "http.request", "body": b" " * MiB, "more_body": consumed < chunks}
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "headers": [(b"host", b"testserver"), *headers], "client": ("127.0.0.1", 5000),
             "server": ("testserver", 80)}
    anyio.run(app, scope, receive, send)
    return status[0], consumed


def test_big_bodies_are_refused_before_they_are_read_even_anonymously(api, seeded):  # noqa: F811
    client, tokens = api
    response = client.post(f"{PREFIX}/api/approve", content=b"{" + b" " * (48 * MiB) + b"}",
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 413, response.status_code
    json_type = [(b"content-type", b"application/json")]
    status, read = _asgi_post(client.app, f"{PREFIX}/api/approve", 48, [*json_type, (b"content-length", b"50331648")])
    assert (status, read) == (413, 0)
    status, read = _asgi_post(client.app, f"{PREFIX}/api/approve", 48, [*json_type, (b"transfer-encoding", b"chunked")])
    assert status == 413 and read <= 1, (status, read)
    # an editor's normal write is far below the limit
    store, ids = seeded
    response = client.post(f"{PREFIX}/api/approve", headers=write_headers(client, tokens),
                           json={"tweets": seen(store, ids[:1])})
    assert response.status_code == 200, response.text


def test_origin_check_ignores_forwarded_host_and_compares_the_scheme(api, seeded):  # noqa: F811
    client, tokens = api
    store, ids = seeded
    h = write_headers(client, tokens)
    body = {"tweets": seen(store, ids[:1])}
    for extra in ({"Origin": "http://evil.example", "X-Forwarded-Host": "evil.example"},
                  {"Origin": "https://testserver"}, {"Origin": "http://testserver:8443"},
                  # without `airflow api-server --proxy-headers` nobody turns this into the request's scheme
                  {"Origin": "https://testserver", "X-Forwarded-Proto": "https"}):
        response = client.post(f"{PREFIX}/api/approve", headers={**h, **extra}, json=body)
        assert response.status_code == 403, (extra, response.status_code, response.text)
    assert queue.count_by_status(store)["approved"] == 0
    response = client.post(f"{PREFIX}/api/approve", headers={**h, "Origin": "http://testserver"}, json=body)
    assert response.status_code == 200, response.text


def test_the_public_address_in_airflows_base_url_is_our_origin_too(api, seeded, monkeypatch):  # noqa: F811
    client, tokens = api
    store, ids = seeded
    h = write_headers(client, tokens)
    origin = {"Origin": "https://airflow.example.org"}  # what a browser sends behind a TLS proxy
    response = client.post(f"{PREFIX}/api/approve", headers={**h, **origin}, json={"tweets": seen(store, ids[:1])})
    assert response.status_code == 403
    monkeypatch.setenv("AIRFLOW__API__BASE_URL", "https://airflow.example.org/")
    response = client.post(f"{PREFIX}/api/approve", headers={**h, **origin}, json={"tweets": seen(store, ids[:1])})
    assert response.status_code == 200, response.text


def test_csrf_tokens_expire_with_the_login_session(api, seeded, monkeypatch):  # noqa: F811
    from tweetbot.web import security

    client, tokens = api
    store, ids = seeded
    h = write_headers(client, tokens)
    now = time.time()
    monkeypatch.setattr(security, "_now", lambda: now + 10 * 24 * 3600)  # long after the JWT's expiry
    response = client.post(f"{PREFIX}/api/approve", headers=h, json={"tweets": seen(store, ids[:1])})
    assert response.status_code == 403 and "expired" in response.json()["detail"], response.text
    assert queue.count_by_status(store)["approved"] == 0


# ---------------------------------------------------------------- duplicates are counted


def test_same_id_with_another_text_is_counted_in_csv_and_archive(store, tmp_path):
    csv_path = tmp_path / "dup.csv"
    csv_path.write_text("id,created_at,text\n1,2020-01-01,first text\n2,2020-01-02,other\n"
                        "1,2020-01-01,second text\n2,2020-01-02,other\n", encoding="utf-8")
    report = import_source(store, account="d", kind="csv", path=csv_path, by="test")
    assert report.skipped["duplicate id with different text"] == 1
    assert report.details["duplicate_ids"] == ["1"]
    assert "1 duplicate id with different text" in report.summary()
    assert _stored(store, "d") == {"1": "first text", "2": "other"}  # the first occurrence wins

    archive = _archive(tmp_path / "tweets.js", [_record("5", "one"), _record("5", "two"), _record("6", "x")])
    report = import_source(store, account="e", kind="archive", path=archive, by="test")
    assert report.skipped["duplicate id with different text"] == 1 and report.details["duplicate_ids"] == ["5"]
    assert _stored(store, "e") == {"5": "one", "6": "x"}


# ---------------------------------------------------------------- messages that name the file


def test_latin1_review_file_names_the_file_and_line(tmp_path, sqlite_url):
    path = tmp_path / "review.txt"
    path.write_bytes("#! exported: 1@1\n====================\n#1\ncaf\xe9\n".encode("latin-1"))
    code, _, err = _run_cli(["--db-url", sqlite_url, "queue", "import", str(path)])
    assert code == 2 and "review.txt line 4" in err and "not UTF-8" in err, err


def test_review_file_with_control_characters_is_refused(store, tmp_path):
    (tweet_id,) = _pending(store, ["a clean tweet about herons"])
    path = tmp_path / "review.txt"
    code, _, err = _run_cli(["--db-url", store.url, "queue", "export", str(path)])
    assert code == 0, err
    path.write_text(path.read_text(encoding="utf-8").replace("herons", "her\x00ons"), encoding="utf-8")
    before = _snapshot(store)
    code, _, err = _run_cli(["--db-url", store.url, "queue", "import", str(path)])
    assert code == 2 and "review.txt line" in err and "NUL" in err, err
    assert _snapshot(store) == before


def test_lone_surrogate_in_an_archive_names_file_and_record(store, tmp_path):
    archive = tmp_path / "tweets.js"
    archive.write_text(ARCHIVE_PREFIX + '[{"tweet": {"id_str": "1", "full_text": "ok", "created_at": '
                       '"Wed Oct 10 20:19:24 +0000 2018"}},\n {"tweet": {"id_str": "2", "full_text": '
                       '"broken \\ud83d emoji", "created_at": "Wed Oct 10 20:19:24 +0000 2018"}}]',
                       encoding="utf-8")
    with pytest.raises(SourceError) as info:
        import_source(store, account="s", kind="archive", path=archive, by="test")
    assert "tweets.js#record 2" in str(info.value) and "U+D83D" in str(info.value), str(info.value)
    assert _stored(store, "s") == {}


def test_truncated_zip_says_so(tmp_path, shared_data):
    good = tmp_path / "archive.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(shared_data / "x_archive_smithjd" / "tweets_sample.js", "data/tweets.js")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(SourceError) as info:
        list(read_archive(cut))
    message = str(info.value)
    assert "cut.zip" in message and "zip" in message.split(":", 1)[1] and "not UTF-8" not in message, message
