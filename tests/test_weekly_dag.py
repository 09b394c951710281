"""`dag.test()` end to end: the weekly chain (tiny model) with its review answered through Airflow's
REST API, on the SQLite default and on Postgres — then the post DAG against the local fake X."""
from __future__ import annotations

import json

import pytest
from airflow_run import init_metadata_db, load_dag, run_dag

pytestmark = pytest.mark.slow

FAST = {"steps": 40, "n_candidates": 24, "model_name": "tiny"}  # the default 'auto' may download 124M


@pytest.fixture(scope="module")
def weekly_dag():
    init_metadata_db()  # dag.test() needs a migrated metadata DB (this session's private SQLite)
    return load_dag("tweetbot_weekly")


def _check_chain(result: dict, store_url: str, account: str, n_chosen: int) -> None:
    from tweetbot.store import connect, queue, runs

    assert result["state"] == "success" and set(result["states"].values()) == {"success"}, result["states"]
    staged = result["xcom"]["stage_for_review"]
    store = connect(store_url)
    run = runs.get_run(store, result["xcom"]["train"])
    assert run["status"] == "succeeded" and run["steps"] == FAST["steps"] and run["account"] == account
    assert run["created_by"].startswith("airflow:tweetbot_weekly/")
    # evaluate decided on the new run; generate used whichever run serves now (the new one only if better)
    decision = result["xcom"]["evaluate"]
    assert decision["model_run_id"] == run["id"] and isinstance(decision["promoted"], bool)
    assert decision["serving_run_id"] == runs.serving_run_id(store, account)
    assert (decision["serving_run_id"] == run["id"]) == decision["promoted"]
    assert result["xcom"]["generate"]["model_run_id"] == decision["serving_run_id"]
    assert runs.get_run(store, run["id"])["val_loss"] > 0
    assert staged["generated"] == FAST["n_candidates"]
    assert staged["staged"] + sum(staged["dropped"].values()) == FAST["n_candidates"]
    assert staged["staged"] >= n_chosen + 1
    review = result["xcom"]["review"]
    assert len(review["approved"]) == n_chosen
    assert sorted(review["approved"] + review["rejected"]) == sorted(staged["tweet_ids"])
    rows = {t["id"]: t for t in queue.list_tweets(store, ids=staged["tweet_ids"])}
    for tweet_id in review["approved"]:
        assert rows[tweet_id]["status"] == "approved"
        assert rows[tweet_id]["model_run_id"] == decision["serving_run_id"]
        assert rows[tweet_id]["decided_by"].startswith("airflow-ui:")
        assert f"#{tweet_id} " + " ".join(rows[tweet_id]["text"].split()) in result["answered"]
    assert all(rows[i]["status"] == "rejected" for i in review["rejected"])
    store.dispose()


def test_weekly_on_sqlite_default_twice(weekly_dag):
    from tweetbot import config

    url = config.default_store_url()
    first = run_dag(weekly_dag, FAST, answer=lambda options: options[:3])
    _check_chain(first, url, "fieldnotes_bot", 3)
    assert first["xcom"]["scrape"]["new"] >= 150
    # a second weekly run imports nothing new, trains a fresh run, stages only new candidates; it runs
    # the torch backend, as a user switching backends would: the same store, models and run folders
    second = run_dag(weekly_dag, {**FAST, "backend": "torch"}, answer=lambda options: options[:1])
    _check_chain(second, url, "fieldnotes_bot", 1)
    assert second["xcom"]["scrape"]["new"] == 0
    assert second["xcom"]["scrape"]["unchanged"] == first["xcom"]["scrape"]["new"]
    assert second["xcom"]["train"] != first["xcom"]["train"]
    from tweetbot.store import connect, runs

    store = connect(url)
    assert [runs.get_run(store, r["xcom"]["train"])["params"]["backend"] for r in (first, second)] == [
        "gpt2simple", "torch"]
    store.dispose()


def test_weekly_then_post_on_postgres_against_fake_x(weekly_dag, pg_url, shared_data, monkeypatch):
    from sqlalchemy.engine import make_url

    from tweetbot.store import connect, queue, runs
    from tweetbot.testing.fake_x import FakeX

    url = make_url(pg_url)
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", json.dumps({
        "conn_type": "postgres", "host": url.host, "port": url.port, "login": url.username,
        "schema": url.database}))
    # the torch backend here (the SQLite test runs gpt-2-simple): same chain, same store
    conf = {**FAST, "account": "smithjd", "backend": "torch", "batch_size": 2,
            "source_path": str(shared_data / "x_archive_smithjd" / "tweets.js")}
    result = run_dag(weekly_dag, conf, answer=lambda options: options[:2])
    assert result["xcom"]["scrape"]["read"] == 1758
    _check_chain(result, pg_url, "smithjd", 2)
    trained = runs.get_run(connect(pg_url), result["xcom"]["train"])
    assert trained["params"]["backend"] == "torch" and trained["report"]["backend"] == "torch"
    assert trained["tokens_seen"] == FAST["steps"] * 2 * 128

    with FakeX(username="smithjd") as fake:
        creds = fake.credentials
        monkeypatch.setenv("AIRFLOW_CONN_X_DEFAULT", json.dumps({
            "conn_type": "http", "host": creds["base_url"], "login": creds["consumer_key"],
            "password": creds["consumer_secret"],
            "extra": {"access_token": creds["access_token"],
                      "access_token_secret": creds["access_token_secret"]}}))
        post_dag = load_dag("tweetbot_post")
        posted = run_dag(post_dag, {"account": "smithjd", "max_posts": 5})
        assert posted["state"] == "success", posted["states"]
        assert [p["text"] for p in fake.posted] == [
            t["text"] for t in queue.list_tweets(connect(pg_url), account="smithjd", status="posted")]
        assert len(fake.posted) == 2  # both approved, once each
        again = run_dag(post_dag, {"account": "smithjd", "max_posts": 5})
        assert again["state"] == "success" and len(fake.posted) == 2
    rows = queue.list_tweets(connect(pg_url), account="smithjd", status="posted")
    assert all(r["x_tweet_id"] and r["x_url"].endswith(r["x_tweet_id"]) and not r["dry_run"] for r in rows)
