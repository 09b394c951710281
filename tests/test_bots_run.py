"""Bots' DAGs run end to end with `dag.test()`: a bot's weekly chain touches only its own rows and
e-mails its reviewers (a real local SMTP server); two bots post to a local fake X serving two users,
each tweet on its own account exactly once; a bot without a connection runs dry even while
`x_default` exists."""
from __future__ import annotations

import json
import socket
import textwrap
import time

import pytest
from airflow_run import init_metadata_db, load_dag, run_dag

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def _metadata_db():
    init_metadata_db()


@pytest.fixture
def store_conn(tmp_path, monkeypatch):
    """A fresh SQLite store of this test behind the `tweetbot_db` connection."""
    from tweetbot.store import connect, upgrade

    path = tmp_path / "store.db"
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", json.dumps({"conn_type": "sqlite", "host": str(path)}))
    store = connect(f"sqlite:///{path}")
    upgrade(store)
    yield store
    store.dispose()


def _bots_file(tmp_path, monkeypatch, body: str):
    path = tmp_path / "bots.yaml"
    path.write_text(textwrap.dedent(body))
    monkeypatch.setenv("TWEETBOT_BOTS_FILE", str(path))
    return path


def _approve(store, account: str, texts: list[str]) -> list[int]:
    from tweetbot.store import queue, runs

    runs.start_run(store, run_id=f"run-{account}", account=account, base_model="tiny", params={}, by="test")
    queue.add_candidates(store, batch_id=f"b-{account}", model_run_id=f"run-{account}", account=account,
                         texts=texts, by="test")
    ids = queue.stage_batch(store, f"b-{account}", lambda _norms: (lambda t: (t, None)), by="test").tweet_ids
    queue.approve(store, ids, by="test")
    return ids


def _rows(store, account: str) -> dict:
    """Everything the store holds for `account`, to compare before and after another bot's run."""
    from sqlalchemy import select

    from tweetbot.store.schema import candidates, model_runs, source_tweets, tweets

    out = {}
    with store.connect() as conn:
        for table in (source_tweets, model_runs, candidates, tweets):
            out[table.name] = [dict(r._mapping) for r in conn.execute(
                select(table).where(table.c.account == account).order_by(*table.primary_key.columns))]
    return out


@pytest.fixture
def smtp_server():
    """A real SMTP server on localhost (aiosmtpd) that keeps what it receives."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    received = []

    class Keep(Message):
        def handle_message(self, message) -> None:
            received.append(message)

    with socket.socket() as probe:  # a free port (aiosmtpd's start-up check needs a real one)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller, received
    finally:
        controller.stop()


def test_one_bots_weekly_chain_touches_only_its_rows_and_mails_its_reviewers(
        tmp_path, monkeypatch, store_conn, shared_data, smtp_server):
    from tweetbot.pipeline import import_source
    from tweetbot.store import queue

    controller, received = smtp_server
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", json.dumps({
        "conn_type": "smtp", "host": "127.0.0.1", "port": controller.port,
        "extra": {"disable_tls": True, "disable_ssl": True, "from_email": "tweetbot@example.org"}}))
    monkeypatch.setenv("AIRFLOW__API__BASE_URL", "http://airflow.example.org:8080")
    _bots_file(tmp_path, monkeypatch, f"""\
        bots:
          - name: smithjd
            source: {{type: archive, path: {shared_data}/x_archive_smithjd/tweets_sample.js}}
            model: {{name: tiny, backend: torch, steps: 60}}
            generate: {{n_candidates: 48}}  # unseeded: enough that some pass the debris filter every time
            review: {{reviewers: [{{user: alice, email: alice@example.org}}, bob]}}
          - name: other
            source: {{type: csv, path: {shared_data}/elonmusk/elonmusk_tweets.csv}}
        """)
    # the other bot has rows of every kind already
    import_source(store_conn, account="other", kind="csv", path=shared_data / "elonmusk" / "elonmusk_tweets.csv",
                  by="test")
    _approve(store_conn, "other", ["an approved tweet of the other bot", "and another one, also approved"])
    before = _rows(store_conn, "other")

    result = run_dag(load_dag("tweetbot_weekly__smithjd"), {}, answer=lambda options: options[:2])
    assert result["state"] == "success", result["states"]
    assert _rows(store_conn, "other") == before  # not one row of the other bot changed
    mine = _rows(store_conn, "smithjd")
    assert len(mine["source_tweets"]) == result["xcom"]["scrape"]["new"] > 0
    assert [r["id"] for r in mine["model_runs"]] == [result["xcom"]["train"]]
    assert len(mine["candidates"]) == 48
    assert sorted(r["id"] for r in mine["tweets"]) == sorted(result["xcom"]["stage_for_review"]["tweet_ids"])
    assert len(queue.list_tweets(store_conn, account="smithjd", status="approved")) == 2

    # the reviewer with an address heard about it: how many wait, and the queue page filtered on the bot
    deadline = time.monotonic() + 10
    while not received and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(received) == 1, received
    mail = received[0]
    staged = result["xcom"]["stage_for_review"]["staged"]
    assert mail["To"] == "alice@example.org" and mail["From"] == "tweetbot@example.org"
    assert mail["Subject"] == f"[tweetbot] {staged} candidate tweets of smithjd wait for your review"
    body = next(part for part in mail.walk() if part.get_content_type() == "text/html").get_payload(decode=True)
    assert b"http://airflow.example.org:8080/tweetbot/?view=pending&amp;account=smithjd" in body


def test_two_bots_post_each_tweet_on_its_own_account_exactly_once(tmp_path, monkeypatch, store_conn, shared_data):
    from tweetbot.store import queue
    from tweetbot.testing.fake_x import FakeX

    _bots_file(tmp_path, monkeypatch, f"""\
        defaults:
          posting: {{max_posts: 5}}
          source: {{type: csv, path: {shared_data}/elonmusk/elonmusk_tweets.csv}}
        bots:
          - name: bot_a
          - name: bot_b
            x_conn_id: x_second
        """)
    texts = {"bot_a": ["first tweet of bot a", "second tweet of bot a"],
             "bot_b": ["first tweet of bot b", "second tweet of bot b", "third tweet of bot b"]}
    for account, lines in texts.items():
        _approve(store_conn, account, lines)
    with FakeX(username="account_a", access_token="at-a", access_token_secret="ats-a") as fake:
        user_b = fake.add_user("account_b", access_token="at-b", access_token_secret="ats-b")
        monkeypatch.setenv("AIRFLOW_CONN_X_BOT_A", json.dumps(fake.connection()))
        monkeypatch.setenv("AIRFLOW_CONN_X_SECOND", json.dumps(fake.connection(user_b)))
        monkeypatch.setenv("AIRFLOW_CONN_X_DEFAULT", json.dumps(fake.connection()))  # never used by a bot
        for _ in range(2):  # the second round finds nothing left to post
            for account in ("bot_a", "bot_b"):
                result = run_dag(load_dag(f"tweetbot_post__{account}"), {})
                assert result["state"] == "success", result["states"]
        assert [t["text"] for t in fake.users[0].posted] == texts["bot_a"]
        assert [t["text"] for t in user_b.posted] == texts["bot_b"]
        for account, user in (("bot_a", fake.users[0]), ("bot_b", user_b)):
            rows = queue.list_tweets(store_conn, account=account, status="posted")
            assert sorted(r["x_tweet_id"] for r in rows) == sorted(t["id"] for t in user.posted)
            assert not any(r["dry_run"] for r in rows)


def test_a_bot_without_a_connection_runs_dry_even_beside_x_default(tmp_path, monkeypatch, store_conn, shared_data):
    from tweetbot.store import queue
    from tweetbot.testing.fake_x import FakeX

    _bots_file(tmp_path, monkeypatch, f"""\
        bots:
          - name: lonely
            source: {{type: csv, path: {shared_data}/elonmusk/elonmusk_tweets.csv}}
        """)
    _approve(store_conn, "lonely", ["a tweet that must not reach x_default's account"])
    with FakeX(username="default_account") as fake:
        monkeypatch.setenv("AIRFLOW_CONN_X_DEFAULT", json.dumps(fake.connection()))
        monkeypatch.delenv("AIRFLOW_CONN_X_LONELY", raising=False)
        # the example post DAG (x_default) refuses the bot's account: no fallback that way either
        refused = run_dag(load_dag("tweetbot_post"), {"account": "lonely"})
        assert refused["states"]["post"] == "failed" and fake.requests_seen == []
        result = run_dag(load_dag("tweetbot_post__lonely"), {})
        assert result["state"] == "success", result["states"]
        assert fake.posted == [] and fake.requests_seen == []
    [row] = queue.list_tweets(store_conn, account="lonely", status="posted")
    assert row["dry_run"] and row["x_tweet_id"] is None
    assert result["xcom"]["post"]["dry_run"] is True
