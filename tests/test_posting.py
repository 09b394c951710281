"""Posting exactly once: concurrent posters, SIGKILLed children, X's error answers, the window and the
cap, secrets kept out of every log, and the `tweetbot_post` task under `dag.test()`.

Everything talks to the local fake X (`tweetbot.testing.fake_x`) through real tweepy and OAuth 1.0a;
the store is the real PostgreSQL (`pg_url`) and SQLite. Logs are captured with a root handler of our
own (not caplog), so the file also runs under `-p no:logging`.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cli_run import Result, run_cli
from sqlalchemy import update

from tweetbot.curation.staging import make_basic_filter
from tweetbot.posting import PostingPolicy, PostReport, post_approved
from tweetbot.store import connect, queue, runs, upgrade
from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.store.schema import tweets
from tweetbot.testing.fake_x import TOO_LONG, FakeX
from tweetbot.x.client import XAuthError, XClient, XCredentials, XError, XRateLimited, XUnavailable, XUnknownOutcome

ACCOUNT = "fieldnotes_bot"
BIG = PostingPolicy(max_posts=1000, daily_cap=10_000)
# Distinctive secrets, so a leak cannot hide behind a short common string.
SECRETS = {"consumer_key": "ck-3f9a1c", "consumer_secret": "cs-SECRET-8d27e4b1",
           "access_token": "at-TOKEN-5c0b9e77", "access_token_secret": "ats-SECRET-a61f03d2",
           "bearer_token": "bearer-SECRET-44e1d9"}
SECRET_FIELDS = ("consumer_secret", "access_token_secret", "access_token", "bearer_token")


# ---------------------------------------------------------------- helpers


@pytest.fixture
def fake() -> Iterator[FakeX]:
    with FakeX(**SECRETS, username=ACCOUNT, rate_limit=(10_000, 900)) as server:
        yield server


def xclient(fake: FakeX, *, timeout: float = 10, **overrides: str) -> XClient:
    return XClient(XCredentials(**{**fake.credentials, **overrides}), timeout=timeout)


def seed_approved(store: Store, texts: Sequence[str], *, batch: str = "b1", chunks: int = 1) -> list[int]:
    """Stage `texts` as one batch and approve them; `chunks` > 1 approves in reverse chunks, so the
    queue order (approval time, then id) differs from id order."""
    if runs.get_run(store, "run1") is None:
        runs.start_run(store, run_id="run1", account=ACCOUNT, base_model="tiny", params={}, by="test")
    queue.add_candidates(store, batch_id=batch, model_run_id="run1", account=ACCOUNT, texts=texts, by="test")
    report = queue.stage_batch(store, batch, make_basic_filter, "test")
    assert report.staged == len(texts), report.summary()
    ids = report.tweet_ids
    size = -(-len(ids) // chunks)
    for start in reversed(range(0, len(ids), size)):
        queue.approve(store, ids[start:start + size], by="test")
    return ids


def texts(n: int, tag: str = "note") -> list[str]:
    return [f"field {tag} {i}: the heron came back at {i % 24:02d}:{i % 60:02d}" for i in range(n)]


def row(store: Store, tweet_id: int) -> dict:
    return queue.list_tweets(store, ids=[tweet_id])[0]


def post(store: Store, client: XClient | None, policy: PostingPolicy = BIG, **kwargs: Any) -> PostReport:
    lines: list[str] = kwargs.pop("lines", [])
    kwargs.setdefault("reconcile_after", timedelta(0))  # no other poster runs in these tests
    return post_approved(store, client, account=ACCOUNT, policy=policy, by=kwargs.pop("by", "test-poster"),
                         log=lines.append, **kwargs)


def fake_ids(fake: FakeX) -> dict[str, str]:
    """text → X id of everything the fake received through POST /2/tweets (asserting no text twice)."""
    counts = Counter(t["text"] for t in fake.posted)
    assert max(counts.values(), default=1) == 1, [t for t, n in counts.items() if n > 1]
    return {t["text"]: t["id"] for t in fake.posted}


def wait_for(condition: Callable[[], bool], what: str, *, timeout: float = 20,
             proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc is not None and proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"child exited ({proc.returncode}) before {what}\n{out}\n{err}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


@contextmanager
def captured_logs() -> Iterator[list[str]]:
    """Every record any logger emits at DEBUG and up, formatted with its arguments (caplog's job)."""
    records: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(f"{record.name} {record.levelname} {record.getMessage()}")

    root = logging.getLogger()
    handler, old_level = _Keep(logging.DEBUG), root.level
    disabled = {name: lg.disabled for name, lg in logging.Logger.manager.loggerDict.items()
                if isinstance(lg, logging.Logger)}
    for lg in logging.Logger.manager.loggerDict.values():
        if isinstance(lg, logging.Logger):
            lg.disabled = False
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield records
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        for name, was in disabled.items():
            logging.getLogger(name).disabled = was


def x_conn(fake: FakeX, **overrides: str) -> str:
    """AIRFLOW_CONN_X_DEFAULT for the fake (JSON form)."""
    creds = {**fake.credentials, **overrides}
    return json.dumps({"conn_type": "http", "host": creds["base_url"], "login": creds["consumer_key"],
                       "password": creds["consumer_secret"],
                       "extra": {"access_token": creds["access_token"],
                                 "access_token_secret": creds["access_token_secret"],
                                 "bearer_token": creds["bearer_token"]}})


def post_args(db_url: str, *extra: str) -> list[str]:
    return ["--db-url", db_url, *extra, "post", "--account", ACCOUNT, "--max-posts", "1", "--reconcile-after", "0"]


def cli_post(db_url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "tweetbot.cli", *post_args(db_url, *extra)]


def cli_env(fake: FakeX, **overrides: str) -> dict[str, str]:
    return {**os.environ, "AIRFLOW_CONN_X_DEFAULT": x_conn(fake, **overrides)}


def post_in_process(db_url: str, fake: FakeX, *extra: str, **overrides: str) -> Result:
    """`tweetbot post` once, in this process (`cli_run`): the run after a kill."""
    return run_cli(post_args(db_url, *extra), env={"AIRFLOW_CONN_X_DEFAULT": x_conn(fake, **overrides)})


def post_process(db_url: str, fake: FakeX, *extra: str, **overrides: str) -> subprocess.CompletedProcess:
    """`tweetbot post` once as a real process: what a terminal shows, with the process's own logging."""
    return subprocess.run(cli_post(db_url, *extra), env=cli_env(fake, **overrides), capture_output=True,
                          text=True, timeout=120)


# ---------------------------------------------------------------- 1. concurrency


@pytest.mark.parametrize("backend, n_posters, n_tweets", [("postgres", 8, 200), ("sqlite", 4, 40)])
def test_concurrent_posters_post_each_tweet_exactly_once(backend, n_posters, n_tweets, request, fake):
    url = request.getfixturevalue("pg_url" if backend == "postgres" else "sqlite_url")
    admin = connect(url)
    upgrade(admin)
    all_texts = texts(n_tweets)
    ids = seed_approved(admin, all_texts, chunks=4)
    rank = {t["id"]: i for i, t in enumerate(queue.list_tweets(admin, status="approved"))}
    assert sorted(rank) == sorted(ids) and list(rank) != sorted(ids)  # queue order is not id order

    reports: list[PostReport | None] = [None] * n_posters
    errors: list[BaseException] = []
    start = threading.Barrier(n_posters)

    def poster(i: int) -> None:
        store, client = connect(url), xclient(fake)  # its own engine and its own X client, like a task
        try:
            start.wait()
            reports[i] = post_approved(store, client, account=ACCOUNT, policy=BIG, by=f"poster-{i}",
                                       log=lambda _: None, reconcile=False)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            store.dispose()

    threads = [threading.Thread(target=poster, args=(i,)) for i in range(n_posters)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert all(r is not None and not r.failed for r in reports)

    # X got every text exactly once, and nothing else
    on_x = fake_ids(fake)
    assert sorted(on_x) == sorted(all_texts) and len(fake.posted) == n_tweets
    # every row posted once, with the id X gave that text
    rows = queue.list_tweets(admin, ids=ids)
    assert {r["status"] for r in rows} == {"posted"}
    for r in rows:
        assert r["x_tweet_id"] == on_x[r["text"]] and r["x_url"].endswith(f"/{r['x_tweet_id']}")
        assert r["attempts"] == 1 and not r["dry_run"]
    # the reports partition the queue: nobody posted a tweet another poster posted
    claimed = [[p["id"] for p in rep.posted] for rep in reports]
    assert sorted(i for seq in claimed for i in seq) == sorted(ids)
    assert sum(1 for seq in claimed if seq) >= 2, "the posters did not actually run side by side"
    # each poster took its tweets in queue order
    for i, seq in enumerate(claimed):
        assert [rank[t] for t in seq] == sorted(rank[t] for t in seq), f"poster-{i} went out of order"
    # the event log agrees: one claim per tweet, by the poster whose report has it
    owner = {t: f"poster-{i}" for i, seq in enumerate(claimed) for t in seq}
    for tweet_id in ids[:: max(1, n_tweets // 20)]:
        claims = [e for e in queue.events_for(admin, tweet_id) if e["to_status"] == "posting"]
        assert [e["by"] for e in claims] == [owner[tweet_id]]
    admin.dispose()


# ---------------------------------------------------------------- 2. a real SIGKILL mid-post


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    store = connect(pg_url)
    upgrade(store)
    yield store
    store.dispose()


def _start_and_kill(pg_url: str, fake: FakeX, arrived: Callable[[], bool], what: str) -> None:
    """Start `tweetbot post` in a child, wait until `arrived()`, then SIGKILL it."""
    proc = subprocess.Popen(cli_post(pg_url), env=cli_env(fake), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_for(arrived, what, proc=proc)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def test_sigkill_after_x_accepted_is_reconciled_from_the_timeline(pg_store, pg_url, fake):
    first, second = texts(2, "kill-after")
    a, b = seed_approved(pg_store, [first, second])
    fake.inject("accept_then_hang", hang_s=30)
    _start_and_kill(pg_url, fake, lambda: len(fake.posted) == 1, "X to accept the tweet")
    assert row(pg_store, a)["status"] == "posting" and row(pg_store, b)["status"] == "approved"

    again = post_in_process(pg_url, fake)
    assert again.returncode == 0, again.stderr
    on_x = fake_ids(fake)
    assert f"reconcile: tweet #{a} is already on X as {on_x[first]}" in again.stdout
    assert row(pg_store, a)["status"] == "posted"
    assert row(pg_store, a)["x_tweet_id"] == on_x[first] and row(pg_store, a)["attempts"] == 1
    # the reconciled tweet is not re-posted and does not use up --max-posts: the next one goes out
    assert row(pg_store, b)["status"] == "posted" and row(pg_store, b)["x_tweet_id"] == on_x[second]
    assert [t["text"] for t in fake.posted] == [first, second]


def test_sigkill_before_x_had_it_posts_once_on_the_next_run(pg_store, pg_url, fake):
    [text] = texts(1, "kill-before")
    [a] = seed_approved(pg_store, [text])
    fake.inject("timeout", hang_s=30)
    # The fake records a request in requests_seen only after its hold ends, so "the fake has the
    # request" is seen as the injected fault having been taken (see the report on fake_x).
    _start_and_kill(pg_url, fake, lambda: not fake._faults and row(pg_store, a)["status"] == "posting",
                    "the request to reach X")
    assert fake.posted == [] and row(pg_store, a)["status"] == "posting"

    again = post_in_process(pg_url, fake)
    assert again.returncode == 0, again.stderr
    assert f"reconcile: tweet #{a} was claimed by a run that died before X had it" in again.stdout
    on_x = fake_ids(fake)
    assert list(on_x) == [text]
    r = row(pg_store, a)
    assert r["status"] == "posted" and r["x_tweet_id"] == on_x[text] and r["attempts"] == 2


def test_sigkill_with_an_unreadable_timeline_settles_by_xs_duplicate_answer(pg_store, pg_url, fake):
    [text] = texts(1, "kill-blind")
    [a] = seed_approved(pg_store, [text])
    fake.inject("accept_then_hang", hang_s=30)
    _start_and_kill(pg_url, fake, lambda: len(fake.posted) == 1, "X to accept the tweet")
    x_id = fake.posted[0]["id"]
    fake.inject(401, path=f"/2/users/{fake.user['id']}/tweets")  # the timeline cannot be read

    again = post_in_process(pg_url, fake)
    assert again.returncode == 0, again.stderr
    out = again.stdout
    assert "cannot read the account's timeline (401 Unauthorized)" in out
    assert f"tweet #{a} was claimed by a run that died before X had it: approved again" in out
    assert f"tweet #{a}: X says it is already on the account" in out
    assert [t["id"] for t in fake.posted] == [x_id]  # no second copy
    assert ("GET", f"/2/users/{fake.user['id']}/tweets", 401) in fake.requests_seen
    assert ("POST", "/2/tweets", 403) in fake.requests_seen
    r = row(pg_store, a)
    assert r["status"] == "posted" and r["x_tweet_id"] is None and not r["dry_run"] and r["attempts"] == 2
    moves = [(e["from_status"], e["to_status"]) for e in queue.events_for(pg_store, a)]
    assert moves[-4:] == [("approved", "posting"), ("posting", "approved"), ("approved", "posting"),
                          ("posting", "posted")]


# ---------------------------------------------------------------- 3. X's error answers


def test_429_raises_with_reset_and_the_tweet_waits_in_approved(store, fake):
    a, b = seed_approved(store, texts(2, "rate"))
    fake.inject(429, reset_in_s=120)
    with pytest.raises(XRateLimited) as caught:
        post(store, xclient(fake), PostingPolicy(max_posts=2))
    assert caught.value.status == 429
    assert abs((caught.value.reset_at - utcnow()).total_seconds() - 120) < 5
    first = row(store, a)
    assert first["status"] == "approved" and first["attempts"] == 1 and "429" in first["error"]
    assert row(store, b)["status"] == "approved" and row(store, b)["attempts"] == 0  # the run stopped
    assert fake.posted == []
    report = post(store, xclient(fake), PostingPolicy(max_posts=1))
    assert [p["id"] for p in report.posted] == [a] and row(store, a)["attempts"] == 2
    assert row(store, a)["error"] is None


def test_503_raises_xunavailable_and_the_tweet_stays_approved(store, fake):
    [a] = seed_approved(store, texts(1, "down"))
    fake.inject(503)
    with pytest.raises(XUnavailable) as caught:
        post(store, xclient(fake))
    assert type(caught.value) is XUnavailable and caught.value.status == 503  # not an unknown outcome
    r = row(store, a)
    assert r["status"] == "approved" and r["attempts"] == 1 and r["error"] == "503 Service Unavailable"
    assert fake.posted == []


def test_read_timeout_leaves_posting_then_the_next_run_reconciles_and_posts(store, fake):
    [a] = seed_approved(store, texts(1, "lost"))
    fake.inject("timeout", hang_s=3)
    lines: list[str] = []
    with pytest.raises(XUnknownOutcome):
        post(store, xclient(fake, timeout=0.5), lines=lines)
    assert row(store, a)["status"] == "posting" and fake.posted == []
    assert any("left in posting for the next run to reconcile" in line for line in lines)

    report = post(store, xclient(fake))
    assert [r["id"] for r in report.reconciled] == [a] and report.reconciled[0]["status"] == "approved"
    assert [p["id"] for p in report.posted] == [a]
    on_x = fake_ids(fake)
    assert row(store, a)["x_tweet_id"] == on_x[row(store, a)["text"]] and len(fake.posted) == 1


def test_accepted_then_timed_out_is_found_on_the_timeline(store, fake):
    [a] = seed_approved(store, texts(1, "landed"))
    fake.inject("accept_then_hang", hang_s=3)
    with pytest.raises(XUnknownOutcome):
        post(store, xclient(fake, timeout=0.5))
    assert row(store, a)["status"] == "posting" and len(fake.posted) == 1

    report = post(store, xclient(fake))
    assert [r["id"] for r in report.reconciled] == [a] and report.posted == []
    r = row(store, a)
    assert r["status"] == "posted" and r["x_tweet_id"] == fake.posted[0]["id"] and len(fake.posted) == 1
    assert r["x_url"] == f"https://x.com/{ACCOUNT}/status/{r['x_tweet_id']}"


@pytest.mark.parametrize("timeline_fault", [None, 401, 429, 503])
def test_reconcile_with_and_without_a_readable_timeline(store, fake, timeline_fault):
    """A tweet a dead run left in `posting` that X does have: by the timeline, else by X's 403."""
    [a] = seed_approved(store, texts(1, "stuck"))
    stuck = queue.claim_next_approved(store, account=ACCOUNT, by="dead-run")
    x_id = fake.seed(stuck["text"])
    if timeline_fault:
        fake.inject(timeline_fault, path=f"/2/users/{fake.user['id']}/tweets")
    lines: list[str] = []
    report = post(store, xclient(fake), lines=lines)
    r = row(store, a)
    assert r["status"] == "posted" and fake.posted == []
    if timeline_fault is None:
        assert r["x_tweet_id"] == x_id and report.reconciled[0]["status"] == "posted"
    else:
        assert any(f"cannot read the account's timeline ({timeline_fault}" in line for line in lines)
        assert r["x_tweet_id"] is None and report.reconciled[0]["status"] == "approved"
        assert ("POST", "/2/tweets", 403) in fake.requests_seen


def test_wrong_consumer_secret_is_xautherror_and_the_tweet_stays_approved(store, fake):
    [a] = seed_approved(store, texts(1, "auth"))
    with pytest.raises(XAuthError) as caught:
        post(store, xclient(fake, consumer_secret="not-the-secret"))
    assert caught.value.status == 401 and str(caught.value) == "401 Unauthorized"
    r = row(store, a)
    assert r["status"] == "approved" and r["attempts"] == 1 and fake.posted == []


def test_400_fails_that_tweet_with_xs_message_and_the_run_goes_on(store, fake):
    a, b, c, d = seed_approved(store, texts(4, "bad"))
    fake.inject(400)  # the first POST
    long_text = "a" * 281  # fine for nobody; edit_text refuses it, so edit the row underneath
    with store.begin() as conn:
        conn.execute(update(tweets).where(tweets.c.id == b).values(text=long_text))
    report = post(store, xclient(fake), PostingPolicy(max_posts=3))
    assert [f["id"] for f in report.failed] == [a, b] and [p["id"] for p in report.posted] == [c]
    assert row(store, a)["status"] == "failed" and row(store, a)["error"] == "400 Injected invalid request."
    assert row(store, b)["status"] == "failed" and row(store, b)["error"] == f"400 {TOO_LONG}"
    assert row(store, c)["status"] == "posted" and row(store, d)["status"] == "approved"
    assert [t["text"] for t in fake.posted] == [row(store, c)["text"]]


def test_403_duplicate_marks_posted_without_an_id(store, fake):
    [a] = seed_approved(store, texts(1, "dup"))
    fake.seed(row(store, a)["text"])
    lines: list[str] = []
    report = post(store, xclient(fake), reconcile=False, lines=lines)
    assert [p["id"] for p in report.posted] == [a]
    r = row(store, a)
    assert r["status"] == "posted" and r["x_tweet_id"] is None and r["x_url"] is None and not r["dry_run"]
    assert fake.posted == [] and ("POST", "/2/tweets", 403) in fake.requests_seen
    assert any("X says it is already on the account" in line for line in lines)


# ---------------------------------------------------------------- 4. dry run


def test_dry_run_logs_and_records_without_sending(store, fake):
    a, b = seed_approved(store, ["the heron's back", "second thought"])
    lines: list[str] = []
    report = post(store, None, PostingPolicy(max_posts=1), lines=lines)
    assert report.dry_run and [p["id"] for p in report.posted] == [a]
    assert f"DRY RUN (no x_default connection): would post tweet #{a}: \"the heron's back\"" in lines
    r = row(store, a)
    assert r["status"] == "posted" and r["dry_run"] is True and r["x_tweet_id"] is None and r["x_url"] is None
    assert row(store, b)["status"] == "approved"
    assert fake.posted == [] and fake.requests_seen == []
    assert report.as_dict()["posted"] == [{"id": a, "x_tweet_id": None, "x_url": None}]


# ---------------------------------------------------------------- 5. window and cap

LONDON = PostingPolicy(quiet_start="22:00", quiet_end="07:00", timezone="Europe/London")
UTC = UTC


@pytest.mark.parametrize("now, quiet", [
    (datetime(2024, 6, 1, 20, 59, tzinfo=UTC), False),  # 21:59 BST
    (datetime(2024, 6, 1, 21, 0, tzinfo=UTC), True),    # 22:00 BST: quiet starts
    (datetime(2024, 6, 1, 23, 0, tzinfo=UTC), True),    # 00:00 BST: past midnight
    (datetime(2024, 6, 2, 5, 59, tzinfo=UTC), True),    # 06:59 BST
    (datetime(2024, 6, 2, 6, 0, tzinfo=UTC), False),    # 07:00 BST: quiet ends
    (datetime(2024, 1, 15, 6, 30, tzinfo=UTC), True),   # 06:30 GMT in winter
    (datetime(2024, 1, 15, 7, 0, tzinfo=UTC), False),   # 07:00 GMT
    # 31 March 2024, clocks go forward at 01:00 UTC: the same UTC time is quiet on the eve, not after
    (datetime(2024, 3, 30, 6, 30, tzinfo=UTC), True),   # 06:30 GMT
    (datetime(2024, 3, 31, 6, 30, tzinfo=UTC), False),  # 07:30 BST
    (datetime(2024, 3, 31, 0, 59, tzinfo=UTC), True),   # 00:59 GMT, a minute before the change
    # 27 October 2024, clocks go back at 01:00 UTC
    (datetime(2024, 10, 26, 21, 30, tzinfo=UTC), True),  # 22:30 BST
    (datetime(2024, 10, 27, 21, 30, tzinfo=UTC), False),  # 21:30 GMT
])
def test_quiet_hours_wrap_midnight_and_follow_dst(now, quiet):
    assert LONDON.is_quiet(now) is quiet


@pytest.mark.parametrize("now, n_posted", [(datetime(2024, 6, 1, 23, 30, tzinfo=UTC), 0),
                                           (datetime(2024, 3, 31, 6, 30, tzinfo=UTC), 1)])
def test_posting_window_holds_back_or_posts(sqlite_url, fake, now, n_posted):
    store = connect(sqlite_url)
    upgrade(store)
    seed_approved(store, texts(2, "window"))
    report = post(store, xclient(fake), PostingPolicy(max_posts=1, quiet_start="22:00", quiet_end="07:00",
                                                      timezone="Europe/London"), now=now)
    assert len(report.posted) == n_posted == len(fake.posted)
    assert (report.held_back == "quiet hours (22:00–07:00 Europe/London)") is (n_posted == 0)
    assert queue.count_by_status(store)["posting"] == 0
    store.dispose()


def test_daily_cap_counts_the_last_24_hours_only(store, fake):
    ids = seed_approved(store, texts(5, "cap"))
    capped = PostingPolicy(max_posts=5, daily_cap=2)
    first = post(store, xclient(fake), capped)
    assert [p["id"] for p in first.posted] == ids[:2]
    assert first.held_back == "daily cap reached (2/2 in the last 24 h)"
    events_before = sum(len(queue.events_for(store, i)) for i in ids)

    def age_posts(hours: float) -> None:
        with store.begin() as conn:
            conn.execute(update(tweets).where(tweets.c.status == "posted")
                         .values(posted_at=utcnow() - timedelta(hours=hours)))

    age_posts(23.9)
    again = post(store, xclient(fake), capped)
    assert again.posted == [] and again.held_back == "daily cap reached (2/2 in the last 24 h)"
    assert sum(len(queue.events_for(store, i)) for i in ids) == events_before  # nothing claimed
    assert queue.count_by_status(store)["approved"] == 3

    age_posts(24.1)
    later = post(store, xclient(fake), capped)
    assert [p["id"] for p in later.posted] == ids[2:4] and later.held_back.startswith("daily cap reached")
    assert len(fake.posted) == 4


@pytest.mark.parametrize("kwargs", [dict(quiet_start="22:00"), dict(quiet_end="07:00"),
                                    dict(quiet_start="7:00", quiet_end="22:00"),
                                    dict(quiet_start="22:00", quiet_end="25:00"), dict(timezone="")])
def test_invalid_policy_is_a_valueerror(kwargs):
    with pytest.raises(ValueError):
        PostingPolicy(**kwargs)


def test_misspelt_time_zone_is_a_valueerror():
    with pytest.raises(ValueError):
        PostingPolicy(timezone="Europe/Londn")


# ---------------------------------------------------------------- 6. secrets


def _leaks(text: str, fields: Sequence[str] = SECRET_FIELDS) -> list[str]:
    return [f for f in fields if SECRETS[f] in text]


def test_secrets_never_appear_in_logs_errors_or_reprs(store, fake):
    """Success, 401, 429 and an unknown outcome, with every logger at DEBUG: no secret anywhere."""
    ids = seed_approved(store, texts(3, "secret"))
    lines: list[str] = []
    errors: list[XError] = []
    with captured_logs() as records:
        post(store, xclient(fake), PostingPolicy(max_posts=1), lines=lines)
        fake.inject(429, reset_in_s=30)
        with pytest.raises(XRateLimited) as e1:
            post(store, xclient(fake), lines=lines)
        with pytest.raises(XAuthError) as e2:
            post(store, xclient(fake, consumer_secret="cs-WRONG-0b5e"), lines=lines)
        fake.inject("timeout", hang_s=2)
        with pytest.raises(XUnknownOutcome) as e3:
            post(store, xclient(fake, timeout=0.3), lines=lines)
        post(store, xclient(fake), PostingPolicy(max_posts=2), lines=lines)  # reconciles, then posts
        errors = [e1.value, e2.value, e3.value]
    assert queue.count_by_status(store)["posted"] == len(ids)
    assert records, "nothing was captured: the log handler is not wired"
    assert any(" DEBUG " in r for r in records)  # DEBUG chatter (tweepy, urllib3) is captured
    creds = XCredentials(**fake.credentials)
    texts_to_check = {
        "log callable": "\n".join(lines),
        "records at INFO and up": "\n".join(r for r in records if " DEBUG " not in r),
        "records at DEBUG (true secrets)": "\n".join(records),
        "XError texts": "\n".join(f"{e} {e!r} {e.args!r}" for e in errors),
        "repr(XCredentials)": repr(creds) + str(creds),
        "repr(XClient)": repr(xclient(fake)),
    }
    for where, text in texts_to_check.items():
        fields = (("consumer_secret", "access_token_secret", "bearer_token")
                  if where.startswith("records at DEBUG") else SECRET_FIELDS)
        assert not _leaks(text, fields), f"{_leaks(text, fields)} leaked in {where}"
    assert "cs-WRONG-0b5e" not in "\n".join(records + lines)


def test_access_token_not_in_debug_logs(fake):
    with captured_logs() as records:
        xclient(fake).post("a tweet that must not leak the token")
    assert SECRETS["access_token"] not in "\n".join(records)


def test_cli_output_has_no_secrets(pg_store, pg_url, fake):
    seed_approved(pg_store, texts(2, "cli-secret"))
    ok = post_process(pg_url, fake, "-v")
    assert ok.returncode == 0, ok.stderr
    fake.inject(429, reset_in_s=30)
    limited = post_process(pg_url, fake, "-v")
    assert limited.returncode == 3 and "XRateLimited" in limited.stderr
    denied = post_process(pg_url, fake, "-v", consumer_secret="cs-WRONG-77aa")
    assert denied.returncode == 3 and "401 Unauthorized (XAuthError)" in denied.stderr
    outputs = [ok.stdout, ok.stderr, limited.stdout, limited.stderr, denied.stdout, denied.stderr]
    everything = "\n".join(outputs)
    assert not _leaks(everything), _leaks(everything)
    assert "cs-WRONG-77aa" not in everything
    assert len(fake.posted) == 1


# ---------------------------------------------------------------- 7. the Airflow task


@pytest.fixture(scope="module")
def post_dag():
    from airflow_run import init_metadata_db, load_dag

    init_metadata_db()
    return load_dag("tweetbot_post")


@pytest.fixture
def airflow_env(pg_url, fake, monkeypatch) -> Callable[..., None]:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", json.dumps({
        "conn_type": "postgres", "host": url.host, "port": url.port, "login": url.username,
        "schema": url.database}))

    def use_x(**overrides: str) -> None:
        monkeypatch.setenv("AIRFLOW_CONN_X_DEFAULT", x_conn(fake, **overrides))

    return use_x


@pytest.mark.slow
def test_post_task_defers_on_429_and_posts_after_the_reset(post_dag, airflow_env, pg_store, fake):
    from airflow_run import run_dag

    airflow_env()
    [a] = seed_approved(pg_store, texts(1, "dag-429"))
    fake.inject(429, reset_in_s=2)
    started = time.monotonic()
    result = run_dag(post_dag, {"account": ACCOUNT, "max_posts": 1})
    elapsed = time.monotonic() - started
    assert result["state"] == "success", result["states"]
    assert [s for m, p, s in fake.requests_seen if p == "/2/tweets"] == [429, 201]
    r = row(pg_store, a)
    assert r["status"] == "posted" and r["x_tweet_id"] == fake.posted[0]["id"] and r["attempts"] == 2
    assert result["xcom"]["post"]["posted"] == [{"id": a, "x_tweet_id": r["x_tweet_id"], "x_url": r["x_url"]}]
    # the same try both times: it deferred (DateTimeTrigger, run inline by dag.test), it did not retry
    # (a retry would wait retry_delay = 2 minutes and carry try #2)
    events = queue.events_for(pg_store, a)
    actors = {e["by"] for e in events if e["by"].startswith("airflow:")}
    assert len(actors) == 1 and actors.pop().endswith("/post#1"), events
    # and it waited for the reset (x-rate-limit-reset = now + 2 s, rounded down; the trigger adds 1 s)
    [backed_off] = [e["at"] for e in events if (e["from_status"], e["to_status"]) == ("posting", "approved")]
    [posted_at] = [e["at"] for e in events if e["to_status"] == "posted"]
    assert (posted_at - backed_off).total_seconds() >= 1.5 and elapsed >= 1.5


@pytest.mark.slow
def test_post_task_fails_without_retry_on_bad_credentials(post_dag, airflow_env, pg_store, fake):
    from airflow_run import run_dag

    airflow_env(consumer_secret="cs-WRONG-3c1d")
    [a] = seed_approved(pg_store, texts(1, "dag-401"))
    started = time.monotonic()
    result = run_dag(post_dag, {"account": ACCOUNT, "max_posts": 1})
    assert result["state"] == "failed" and result["states"]["post"] == "failed", result["states"]
    assert time.monotonic() - started < 60  # no retry_delay wait
    r = row(pg_store, a)
    assert r["status"] == "approved" and r["attempts"] == 1 and fake.posted == []
    assert [s for m, p, s in fake.requests_seen if p == "/2/tweets"] == [401]


def test_a_young_posting_row_belongs_to_a_live_poster_and_is_left_alone(store, fake):
    """The CLI beside the hourly task: a tweet claimed seconds ago is not reconciled (nor re-posted)."""
    [tweet_id] = seed_approved(store, texts(1, "live"))
    claimed = queue.claim_next_approved(store, account=ACCOUNT, by="other live poster")
    report = post_approved(store, xclient(fake), account=ACCOUNT, policy=BIG, by="second poster",
                           log=lambda _: None)  # default reconcile_after: 90 s
    assert report.reconciled == [] and report.posted == []
    assert queue.list_tweets(store, ids=[claimed["id"]])[0]["status"] == "posting"
    assert fake.posted == []
