"""Posted tweets' metrics from X (issue 13, part 2): the client against the local fake X (real tweepy,
real OAuth signatures), the metrics history on both stores, and the `tweetbot_metrics` task under
`dag.test()` — paging by 100 ids, the owner-only fields, deleted tweets, the 429 deferral, the free
tier's 403 and dry-run posts."""
from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl

import pytest
from sqlalchemy import select

from tweetbot import cli
from tweetbot.pipeline.metrics import TIER_HINT, MetricsForbidden, fetch_metrics
from tweetbot.store import metrics as store_metrics
from tweetbot.store.db import Store
from tweetbot.store.schema import tweet_metrics, tweets
from tweetbot.testing import fake_x
from tweetbot.testing.fake_x import FakeX, Reply
from tweetbot.x.client import XClient, XCredentials, XRateLimited

ACCOUNT = "fieldnotes_bot"
QUIET = lambda message: None  # noqa: E731 - a log sink
NOW = datetime.now(UTC)


class LookupFakeX(FakeX):
    """FakeX that also records each GET /2/tweets query (ids and fields)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lookups: list[dict[str, str]] = []

    def _lookup_tweets(self, query: str, who) -> Reply:
        self.lookups.append(dict(parse_qsl(query, keep_blank_values=True)))
        return super()._lookup_tweets(query, who)


@pytest.fixture
def fake() -> Iterator[LookupFakeX]:
    with LookupFakeX(username=ACCOUNT) as server:
        yield server


def client_for(fake: FakeX, user=None) -> XClient:
    creds = (user or fake.users[0]).credentials
    return XClient(XCredentials(**creds), timeout=10)


def add_posted(store: Store, x_ids: Sequence[str | None], *, account: str = ACCOUNT, days_ago: float = 1,
               dry_run: bool = False, model_run_id: str | None = None, predicted: float | None = None) -> list[int]:
    """Posted queue rows (as the poster leaves them) for these X ids; returns their store ids."""
    at = NOW - timedelta(days=days_ago)
    ids = []
    with store.begin() as conn:
        for n, x_id in enumerate(x_ids):
            text = f"posted note {x_id or n} {time.monotonic_ns()}"
            ids.append(conn.execute(tweets.insert().values(
                account=account, text=text, original_text=text, status="posted", norm_text=text, created_at=at,
                created_by="test", updated_at=at, posted_at=at + timedelta(seconds=n), x_tweet_id=x_id,
                x_url=f"https://x.com/{account}/status/{x_id}" if x_id else None, dry_run=dry_run, attempts=1,
                version=1, model_run_id=model_run_id, predicted_percentile=predicted)).inserted_primary_key[0])
    return ids


def seed(fake: FakeX, n: int, user=None) -> list[str]:
    return [fake.seed(f"tweet {i}", user=user) for i in range(n)]


# ---------------------------------------------------------------- the client


def test_lookup_pages_by_100_ids_and_reads_private_metrics_of_own_tweets(fake: LookupFakeX) -> None:
    ids = seed(fake, 250)
    for i, x_id in enumerate(ids):
        fake.set_metrics(x_id, likes=i, retweets=i // 2, replies=i % 7, quotes=i % 3, impressions=10 * i)
    batches = list(client_for(fake).tweet_metrics(ids))
    assert [len(q["ids"].split(",")) for q in fake.lookups] == [100, 100, 50]
    assert [len(b.asked) for b in batches] == [100, 100, 50] and all(b.requests == 1 for b in batches)
    assert all(set(q["tweet.fields"].split(",")) == {"public_metrics", "non_public_metrics"} for q in fake.lookups)
    found = {k: v for b in batches for k, v in b.found.items()}
    assert len(found) == 250 and all(b.private for b in batches)
    m = found[ids[123]]
    assert (m.likes, m.retweets, m.replies, m.quotes, m.impressions) == (123, 61, 4, 0, 1230)


def test_the_fake_refuses_more_than_100_ids_like_x(fake: LookupFakeX) -> None:
    reply = fake._lookup_tweets("ids=" + ",".join(str(10**18 + i) for i in range(101)), fake.users[0])
    assert reply.status == 400
    assert "[101] is not between 1 and 100" in reply.body["errors"][0]["message"]


def test_someone_elses_tweets_fall_back_to_public_metrics(fake: LookupFakeX) -> None:
    other = fake.add_user("someone_else")
    theirs = seed(fake, 3, user=other)
    mine = seed(fake, 2)
    fake.set_metrics(theirs[0], likes=5, impressions=900)
    [batch] = client_for(fake).tweet_metrics([*mine, *theirs])
    assert [q["tweet.fields"] for q in fake.lookups] == ["public_metrics,non_public_metrics", "public_metrics"]
    assert fake.lookups[1]["ids"].split(",") == theirs  # only the refused ones are asked again
    assert set(batch.found) == {*mine, *theirs} and not batch.missing
    assert (batch.found[theirs[0]].likes, batch.found[theirs[0]].impressions) == (5, 900)  # X shows views publicly
    # once X refused every tweet of a batch, the next batches ask for public metrics only
    fake.lookups.clear()
    many = seed(fake, 121, user=other)
    batches = list(client_for(fake).tweet_metrics(many + many[:5]))  # a repeated id is asked once
    assert [len(b.found) for b in batches] == [100, 21]
    assert [q["tweet.fields"] for q in fake.lookups] == [
        "public_metrics,non_public_metrics", "public_metrics", "public_metrics"]


def test_deleted_tweets_come_back_as_missing_with_the_rest_found(fake: LookupFakeX) -> None:
    ids = seed(fake, 4)
    fake.delete(ids[1])
    [batch] = client_for(fake).tweet_metrics(ids)
    assert batch.missing == [ids[1]] and set(batch.found) == {ids[0], ids[2], ids[3]}


def test_free_tier_403_raises_auth_error(fake: LookupFakeX) -> None:
    from tweetbot.x.client import XAuthError

    fake.reads_forbidden = True
    with pytest.raises(XAuthError) as caught:
        list(client_for(fake).tweet_metrics(seed(fake, 2)))
    assert caught.value.status == 403 and "attached to a Project" in str(caught.value)


# ---------------------------------------------------------------- the pipeline on both stores


def test_history_grows_one_row_per_tweet_per_fetch(store, fake: LookupFakeX, capsys) -> None:
    x_ids = seed(fake, 3)
    pks = add_posted(store, x_ids)
    fake.set_metrics(x_ids[0], likes=1, impressions=10)
    first_at = NOW - timedelta(hours=5)
    first = fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET, now=first_at)
    assert (first.asked, first.measured, first.requests, first.deleted) == (3, 3, 1, 0)
    fake.set_metrics(x_ids[0], likes=7, retweets=2, replies=1, quotes=1, impressions=80)
    second = fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET)
    assert second.measured == 3 and second.fresh == 0
    again = fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET)  # minutes later: nothing asked
    assert (again.asked, again.fresh, again.requests) == (0, 3, 0)
    grown = store_metrics.history(store, pks[0])
    assert [(r["likes"], r["impressions"]) for r in grown] == [(1, 10), (7, 80)]
    assert grown[0]["fetched_at"] == first_at and grown[1]["fetched_at"] > first_at
    with store.connect() as conn:
        assert len(conn.execute(select(tweet_metrics)).all()) == 6

    assert cli.main(["--db-url", store.url, "queue", "list", "--status", "posted", "--json"]) == 0
    listed = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    top = listed[pks[0]]
    assert (top["likes"], top["retweets"], top["replies"], top["quotes"], top["impressions"]) == (7, 2, 1, 1, 80)
    assert datetime.fromisoformat(top["metrics_at"]) == grown[1]["fetched_at"]
    assert listed[pks[1]]["likes"] == 0 and listed[pks[1]]["x_deleted_at"] is None


def test_queue_list_json_without_metrics_says_none(store, capsys) -> None:
    [pk] = add_posted(store, ["1800000000000000001"])
    assert cli.main(["--db-url", store.url, "queue", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == pk and row["likes"] is None and row["metrics_at"] is None


def test_deleted_tweets_are_marked_and_not_asked_again(store, fake: LookupFakeX) -> None:
    x_ids = seed(fake, 3)
    pks = add_posted(store, x_ids)
    fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET, now=NOW - timedelta(days=1))
    fake.delete(x_ids[2])
    report = fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET)
    assert (report.measured, report.deleted, report.deleted_ids) == (2, 1, [x_ids[2]])
    assert "1 deleted on X" in report.summary()
    with store.connect() as conn:
        deleted = dict(conn.execute(select(tweets.c.id, tweets.c.x_deleted_at)).all())
    assert deleted[pks[2]] is not None and deleted[pks[0]] is None
    assert len(store_metrics.history(store, pks[2])) == 1  # its history stays
    fake.lookups.clear()
    again = fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET, fresh_for=timedelta(0))
    assert again.asked == 2 and x_ids[2] not in fake.lookups[0]["ids"]


def test_dry_runs_old_posts_and_other_accounts_are_left_out(store, fake: LookupFakeX) -> None:
    x_ids = seed(fake, 4)
    add_posted(store, x_ids[:1])
    add_posted(store, [None, None], dry_run=True)
    add_posted(store, x_ids[1:2], days_ago=45)
    add_posted(store, x_ids[2:3], account="another_bot")
    report = fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET)
    assert (report.asked, report.measured, report.dry_runs_skipped) == (1, 1, 2)
    assert fake.lookups[0]["ids"] == x_ids[0]
    assert "2 dry-run posts skipped" in report.summary()
    everyone = fetch_metrics(store, client_for(fake), account=None, days=60, log=QUIET, fresh_for=timedelta(0))
    assert everyone.asked == 3
    assert store_metrics.accounts_with_posted(store) == ["another_bot", ACCOUNT]


def test_nothing_to_measure_makes_no_request(store, fake: LookupFakeX) -> None:
    add_posted(store, [None], dry_run=True)
    report = fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET)
    assert (report.asked, report.requests) == (0, 0) and fake.lookups == []


def test_429_part_way_keeps_what_was_stored_and_the_rest_follows(store, fake: LookupFakeX) -> None:
    x_ids = seed(fake, 250)
    add_posted(store, x_ids)
    fake._windows["tweets_lookup"] = fake_x._Window(2, 900)  # X's lookup window, used up after 2 calls
    started = NOW
    with pytest.raises(XRateLimited) as caught:
        fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET, now=started)
    assert caught.value.report.measured == 200
    assert caught.value.reset_at > datetime.now(UTC) + timedelta(minutes=10)
    fake._windows["tweets_lookup"] = fake_x._Window(900, 900)  # the window has reset
    fake.lookups.clear()
    rest = fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET)  # what was stored is fresh
    assert (rest.asked, rest.measured, rest.fresh) == (50, 50, 200) and len(fake.lookups) == 1
    total = rest.add(caught.value.report.as_dict())
    assert (total.asked, total.measured, total.requests) == (250, 250, 3)  # requests X answered
    with store.connect() as conn:
        assert len(conn.execute(select(tweet_metrics)).all()) == 250


def test_free_tier_403_is_one_clear_message_and_stores_nothing(store, fake: LookupFakeX) -> None:
    add_posted(store, seed(fake, 2))
    fake.reads_forbidden = True
    with pytest.raises(MetricsForbidden) as caught:
        fetch_metrics(store, client_for(fake), account=ACCOUNT, log=QUIET)
    assert TIER_HINT in str(caught.value) and "403" in str(caught.value)
    with store.connect() as conn:
        assert conn.execute(select(tweet_metrics)).all() == []


def test_cli_fetch_and_its_refusals(store, fake: LookupFakeX, monkeypatch, capsys) -> None:
    x_ids = seed(fake, 3)
    add_posted(store, x_ids)
    fake.set_metrics(x_ids[1], likes=4)
    monkeypatch.setenv("AIRFLOW_CONN_X_DEFAULT", json.dumps(fake.connection()))
    assert cli.main(["--db-url", store.url, "metrics", "fetch", "--account", ACCOUNT, "--json"]) == 0
    out = capsys.readouterr().out
    assert f"{ACCOUNT}: metrics of 3 tweets posted in the last 30 days — 3 measured" in out
    assert json.loads(out[out.index("{"):])["measured"] == 3
    fake.reads_forbidden = True
    monkeypatch.setattr("tweetbot.pipeline.metrics.FRESH_FOR", timedelta(0))
    assert cli.main(["--db-url", store.url, "metrics", "fetch", "--account", ACCOUNT]) == 3
    assert TIER_HINT in capsys.readouterr().err
    monkeypatch.delenv("AIRFLOW_CONN_X_DEFAULT")
    assert cli.main(["--db-url", store.url, "metrics", "fetch"]) == 2
    assert "no 'x_default' connection" in capsys.readouterr().err


# ---------------------------------------------------------------- the Airflow task


@pytest.fixture(scope="module")
def metrics_dag():
    from airflow_run import init_metadata_db, load_dag

    init_metadata_db()
    return load_dag("tweetbot_metrics")


@pytest.fixture
def airflow_env(pg_url, fake, monkeypatch):
    from sqlalchemy.engine import make_url

    from tweetbot.store import connect, upgrade

    url = make_url(pg_url)
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", json.dumps({
        "conn_type": "postgres", "host": url.host, "port": url.port, "login": url.username,
        "schema": url.database}))
    monkeypatch.setenv("AIRFLOW_CONN_X_DEFAULT", json.dumps(fake.connection()))
    store = connect(pg_url)
    upgrade(store)
    yield store
    store.dispose()


def test_the_dag_file_builds_the_metrics_dag(metrics_dag) -> None:
    assert metrics_dag.schedule == "@daily" and not metrics_dag.catchup
    assert [t.task_id for t in metrics_dag.topological_sort()] == ["migrate", "fetch_metrics"]
    assert (metrics_dag.params["days"], metrics_dag.params["account"]) == (30, "")
    assert {"tweetbot", "metrics"} <= set(metrics_dag.tags) and metrics_dag.doc_md
    assert all(t.retries >= 1 for t in metrics_dag.tasks)


@pytest.mark.slow
def test_metrics_task_defers_on_429_then_fetches_the_rest(metrics_dag, airflow_env, fake: LookupFakeX) -> None:
    from airflow_run import run_dag

    x_ids = seed(fake, 150)
    add_posted(airflow_env, x_ids)
    fake._windows["tweets_lookup"] = fake_x._Window(1, 2)  # one call per 2 s: the second waits for the reset
    started = time.monotonic()
    result = run_dag(metrics_dag, {"account": "", "days": 30})
    assert result["state"] == "success", result["states"]
    assert time.monotonic() - started >= 1.0  # it waited for X's reset (deferred, run inline by dag.test)
    statuses = [s for m, p, s in fake.requests_seen if (m, p) == ("GET", "/2/tweets")]
    assert statuses == [200, 429, 200]
    # dag.test() resumes with the trigger's event only (the scheduler also passes the deferral's kwargs,
    # see the test below): the XCom holds the part after the wait
    report = result["xcom"]["fetch_metrics"]
    assert (report["asked"], report["measured"], report["fresh"]) == (50, 50, 100)
    with airflow_env.connect() as conn:
        assert len(conn.execute(select(tweet_metrics)).all()) == 150  # each tweet once: no batch asked twice


def test_the_operator_defers_until_the_reset_and_adds_up_across_the_wait(airflow_env, fake: LookupFakeX) -> None:
    from airflow.sdk.exceptions import TaskDeferred

    from tweetbot.airflow.operators.metrics import FetchMetricsOperator

    add_posted(airflow_env, seed(fake, 150))
    fake._windows["tweets_lookup"] = fake_x._Window(1, 900)
    operator = FetchMetricsOperator(task_id="fetch_metrics", account=ACCOUNT, days=30)
    with pytest.raises(TaskDeferred) as deferred:
        operator.execute({})
    reset = int(fake._windows["tweets_lookup"].start + 900)
    assert deferred.value.trigger.moment == datetime.fromtimestamp(reset, UTC) + timedelta(seconds=1)
    assert deferred.value.method_name == "execute"
    kwargs = deferred.value.kwargs
    assert (kwargs["waits"], kwargs["earlier"]["measured"]) == (1, 100)
    fake._windows["tweets_lookup"] = fake_x._Window(900, 900)  # X's window reset
    report = operator.execute({}, event=None, **kwargs)
    assert (report["asked"], report["measured"], report["requests"]) == (150, 150, 2)


def test_the_operator_gives_up_after_its_waits_and_says_what_it_measured(airflow_env, fake: LookupFakeX) -> None:
    from airflow.sdk.exceptions import AirflowFailException

    from tweetbot.airflow.operators.metrics import FetchMetricsOperator

    add_posted(airflow_env, seed(fake, 150))
    fake._windows["tweets_lookup"] = fake_x._Window(1, 900)
    operator = FetchMetricsOperator(task_id="fetch_metrics", account=ACCOUNT, days=30)
    waits = operator.max_rate_limit_waits
    with pytest.raises(AirflowFailException, match=f"still rate-limits after {waits} waits .*; 105 tweets measured"):
        operator.execute({}, event=None, earlier={"measured": 5, "asked": 5}, waits=waits)


def test_the_operator_fails_at_once_on_bad_credentials(airflow_env, fake: LookupFakeX, monkeypatch) -> None:
    from airflow.sdk.exceptions import AirflowFailException

    from tweetbot.airflow.operators.metrics import FetchMetricsOperator

    add_posted(airflow_env, seed(fake, 2))
    connection = fake.connection()
    monkeypatch.setenv("AIRFLOW_CONN_X_DEFAULT", json.dumps({**connection, "password": "cs-WRONG"}))
    with pytest.raises(AirflowFailException, match="refused the credentials of connection 'x_default'"):
        FetchMetricsOperator(task_id="fetch_metrics", account=ACCOUNT).execute({})


@pytest.mark.slow
def test_metrics_task_on_the_free_tier_skips_with_the_message(metrics_dag, airflow_env, fake: LookupFakeX) -> None:
    from airflow_run import run_dag

    add_posted(airflow_env, seed(fake, 2))
    fake.reads_forbidden = True
    result = run_dag(metrics_dag, {"account": ACCOUNT, "days": 30})
    assert result["states"] == {"migrate": "success", "fetch_metrics": "skipped"}, result["states"]
    assert result["state"] == "success"
    # asked once with non_public_metrics, once without (the tier, not the fields): then skipped, not retried
    assert [s for m, p, s in fake.requests_seen if (m, p) == ("GET", "/2/tweets")] == [403, 403]
