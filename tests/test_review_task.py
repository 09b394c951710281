"""The HITL review task's two endings: a reviewer's choice, and no answer before the timeout."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from tweetbot.curation.staging import make_basic_filter
from tweetbot.store import connect, queue, runs, upgrade


@pytest.fixture
def staged(tmp_path, monkeypatch):
    path = tmp_path / "review.db"
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", json.dumps({"conn_type": "sqlite", "host": str(path)}))
    store = connect(f"sqlite:///{path}")
    upgrade(store)
    runs.start_run(store, run_id="r1", account="acct", base_model="tiny", params={}, by="t")
    queue.add_candidates(store, batch_id="b1", model_run_id="r1", account="acct",
                         texts=["first   candidate", "second one", "third one"], by="t")
    report = queue.stage_batch(store, "b1", make_basic_filter, "t")
    return store, {"batch_id": "b1", "generated": 3, "staged": 3, "dropped": {},
                   "tweet_ids": report.tweet_ids}


def _operator(staged_result):
    from tweetbot.airflow.review import ReviewCandidatesOperator

    return ReviewCandidatesOperator(task_id="review", staged=staged_result)


def test_choice_approves_chosen_and_rejects_the_rest(staged):
    from tweetbot.airflow.review import option_label

    store, result = staged
    rows = queue.list_tweets(store, ids=result["tweet_ids"])
    assert option_label(rows[0]) == f"#{rows[0]['id']} first candidate"
    queue.reject(store, [rows[2]["id"]], by="cli:someone")  # decided elsewhere meanwhile: kept
    context = {"ti": SimpleNamespace(dag_id="tweetbot_weekly", run_id="r", task_id="review", try_number=1)}
    event = {"chosen_options": [option_label(rows[1])], "params_input": {},
             "responded_by_user": {"id": "7", "name": "alice"}, "responded_at": None}
    out = _operator(result).execute_complete(context, event)
    assert out == {"timed_out": False, "approved": [rows[1]["id"]], "rejected": [rows[0]["id"]],
                   "skipped": [rows[2]["id"]]}
    after = {t["id"]: t for t in queue.list_tweets(store, ids=result["tweet_ids"])}
    assert after[rows[1]["id"]]["decided_by"].startswith("airflow-ui:alice via airflow:tweetbot_weekly/")
    assert after[rows[2]["id"]]["decided_by"] == "cli:someone"


def test_timeout_leaves_everything_pending(staged):
    store, result = staged
    event = {"error": "The Human-in-the-loop response timeout has passed without a response.",
             "error_type": "timeout"}
    out = _operator(result).execute_complete({}, event)
    assert out["timed_out"] is True
    assert {t["status"] for t in queue.list_tweets(store, ids=result["tweet_ids"])} == {"pending"}


def test_body_names_counts_reasons_and_the_model_run():
    from datetime import timedelta

    from tweetbot.airflow.review import review_body

    body = review_body({"generated": 50, "staged": 40, "dropped": {"empty": 4, "duplicate": 6}},
                       "run-42", 40, timedelta(days=6))
    assert "`run-42`" in body and "**50**" in body and "**10** (6 duplicate, 4 empty)" in body
    assert "**40**" in body and "6 days" in body
