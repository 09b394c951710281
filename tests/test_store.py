"""The store on SQLite and on the real PostgreSQL: migrations, upserts, staging, queue moves, claims."""
from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from tweetbot.curation.staging import make_basic_filter
from tweetbot.store import queue, runs, sources
from tweetbot.store.db import current_revision, upgrade
from tweetbot.store.queue import ConflictError, QueueError

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _row(tweet_id: str, text: str, minutes: int = 0) -> sources.SourceRow:
    return sources.SourceRow(
        tweet_id=tweet_id, created_at=T0 + timedelta(minutes=minutes), text=text, raw_text=text,
        is_retweet=False, is_reply=False, lang="en", source_ref=f"test#record {tweet_id}",
    )


def _staged(store, texts, batch="b1", run_id="run1") -> queue.StageReport:
    if runs.get_run(store, run_id) is None:
        runs.start_run(store, run_id=run_id, account="acct", base_model="tiny", params={}, by="test")
    queue.add_candidates(store, batch_id=batch, model_run_id=run_id, account="acct", texts=texts, by="test")
    return queue.stage_batch(store, batch, make_basic_filter, "test")


def test_migrations_create_every_table_and_are_idempotent(store):
    tables = set(inspect(store.engine).get_table_names())
    assert {"source_tweets", "model_runs", "candidates", "tweets", "tweet_events",
            "tweetbot_alembic_version"} <= tables
    assert current_revision(store) == upgrade(store) == "0003"


def test_upsert_adds_only_new_and_updates_changed(store):
    first = sources.upsert_source_tweets(store, "acct", "archive", [_row("1", "a"), _row("2", "b")], "t")
    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
    again = sources.upsert_source_tweets(
        store, "acct", "archive", [_row("1", "a"), _row("2", "b edited"), _row("3", "c", 5)], "t")
    assert (again.new, again.updated, again.unchanged) == (1, 1, 1)
    assert [r["text"] for r in sources.list_source_tweets(store, "acct")] == ["a", "b edited", "c"]
    # another account's tweet with the same id is a different row
    assert sources.upsert_source_tweets(store, "other", "csv", [_row("1", "z")], "t").new == 1
    assert sources.count_source_tweets(store, "acct") == 3
    assert sources.list_source_tweets(store, "acct")[0]["created_at"] == T0  # tz-aware UTC back


def test_upsert_is_all_or_nothing(store):
    bad = [_row("1", "fine"), sources.SourceRow("2", T0, None, "x", False, False, None, "r")]  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):  # created_at is NOT NULL
        sources.upsert_source_tweets(store, "acct", "csv", bad, "t")
    assert sources.count_source_tweets(store, "acct") == 0


def test_staging_filters_and_never_stages_twice(store):
    report = _staged(store, ["Hello world", "hello, WORLD!", "", "<|endoftext|>", "x" * 281,
                              "a" * 140 + " https://example.com/" + "p" * 200, "fresh idea"])
    assert report.staged == 3  # the link counts 23, so the long-URL tweet fits
    assert dict(report.dropped) == {"duplicate": 1, "empty": 2, "too_long": 1}
    rerun = queue.stage_batch(store, "b1", make_basic_filter, "test")
    assert (rerun.staged, rerun.already_staged) == (0, 3)
    # a later batch repeating a queued tweet is a duplicate, whatever its state
    queue.reject(store, [report.tweet_ids[0]], by="alice")
    later = _staged(store, ["Hello world!!", "brand new"], batch="b2")
    assert later.staged == 1 and later.dropped["duplicate"] == 1
    pending = queue.list_tweets(store, status="pending")
    assert [t["text"] for t in pending] == ["a" * 140 + " https://example.com/" + "p" * 200,
                                            "fresh idea", "brand new"]
    assert all(t["model_run_id"] == "run1" and t["created_by"] == "test" for t in pending)


def test_decisions_record_who_and_when_and_refuse_bad_moves(store):
    ids = _staged(store, ["one", "two", "three"]).tweet_ids
    queue.approve(store, ids[:2], by="alice")
    queue.reject(store, ids[2:], by="bob", note="off voice")
    rows = {t["id"]: t for t in queue.list_tweets(store)}
    assert rows[ids[0]]["status"] == "approved" and rows[ids[0]]["decided_by"] == "alice"
    assert rows[ids[0]]["approved_at"] is not None and rows[ids[2]]["decided_by"] == "bob"
    events = queue.events_for(store, ids[2])
    assert [(e["from_status"], e["to_status"], e["by"]) for e in events] == [
        (None, "pending", "test"), ("pending", "rejected", "bob")]
    with pytest.raises(QueueError, match="cannot move to posted"):
        queue.transition(store, [ids[2]], "posted", by="x")
    with pytest.raises(QueueError, match="no tweet with id 999"):
        queue.approve(store, [ids[0], 999], by="x")
    assert queue.count_by_status(store) == {"pending": 0, "approved": 2, "rejected": 1, "posting": 0,
                                            "posted": 0, "failed": 0}


def test_claim_post_fail_cycle_keeps_the_tweet(store):
    ids = _staged(store, ["first", "second"]).tweet_ids
    queue.approve(store, [ids[1]], by="a")
    queue.approve(store, [ids[0]], by="a")  # approved later, so claimed later
    claimed = queue.claim_next_approved(store, account="acct", by="poster")
    assert claimed["id"] == ids[1] and claimed["status"] == "posting" and claimed["attempts"] == 1
    assert claimed["posting_started_at"] is not None
    failed = queue.mark_failed(store, claimed["id"], error="503 from X", by="poster", retry=True)
    assert failed["status"] == "approved" and failed["error"] == "503 from X"
    again = queue.claim_next_approved(store, account="acct", by="poster")
    assert again["id"] == ids[1] and again["attempts"] == 2
    posted = queue.mark_posted(store, again["id"], x_tweet_id="1799", x_url="https://x.com/i/web/status/1799",
                               dry_run=False, by="poster")
    assert posted["status"] == "posted" and posted["x_tweet_id"] == "1799"
    assert queue.claim_next_approved(store, account="acct", by="poster")["id"] == ids[0]
    assert queue.claim_next_approved(store, account="acct", by="poster") is None


def test_stale_version_is_refused(store):
    [tweet_id] = _staged(store, ["only"]).tweet_ids
    from sqlalchemy import select

    from tweetbot.store.clock import utcnow
    from tweetbot.store.schema import tweets

    with store.connect() as conn:
        stale = conn.execute(select(tweets).where(tweets.c.id == tweet_id)).first()
    queue.approve(store, [tweet_id], by="first reviewer")
    with pytest.raises(ConflictError, match="changed while you were deciding"):
        with store.begin() as conn:
            queue._move(conn, stale, queue.S.REJECTED, by="second reviewer", now=utcnow(), note=None)
    assert queue.list_tweets(store, ids=[tweet_id])[0]["status"] == "approved"


def test_concurrent_claims_never_share_a_tweet(store):
    ids = _staged(store, [f"tweet number {i}" for i in range(12)]).tweet_ids
    queue.approve(store, ids, by="a")
    claimed: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def poster() -> None:
        try:
            while (row := queue.claim_next_approved(store, account="acct", by="poster")) is not None:
                with lock:
                    claimed.append(row["id"])
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=poster) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert sorted(claimed) == sorted(ids)  # each exactly once


def test_model_runs_record_success_and_failure(store):
    runs.start_run(store, run_id="r-ok", account="acct", base_model="tiny", params={"steps": 5}, by="t")
    runs.finish_run(store, "r-ok", path="/runs/r-ok", steps=5, final_loss=2.5, tokens_seen=640,
                    tokens_per_s=1000.0, wall_s=0.6)
    runs.start_run(store, run_id="r-bad", account="acct", base_model="tiny", params={}, by="t")
    runs.fail_run(store, "r-bad", "ModelError: out of memory")
    assert runs.latest_succeeded_run(store, "acct")["id"] == "r-ok"
    assert runs.get_run(store, "r-bad")["status"] == "failed"
    assert runs.get_run(store, "r-ok")["params"] == {"steps": 5}


def test_edit_keeps_the_original_and_checks_versions(store):
    [tweet_id] = _staged(store, ["the model wrote this"]).tweet_ids
    edited = queue.edit_text(store, tweet_id, "a person wrote this", by="carol", expected_version=1)
    assert edited["text"] == "a person wrote this" and edited["original_text"] == "the model wrote this"
    assert edited["version"] == 2
    assert queue.events_for(store, tweet_id)[-1]["note"] == "edited; was: the model wrote this"
    with pytest.raises(ConflictError, match="changed by someone else"):
        queue.edit_text(store, tweet_id, "late edit", by="dave", expected_version=1)
    with pytest.raises(QueueError, match="280"):
        queue.edit_text(store, tweet_id, "x" * 281, by="carol")
    queue.approve(store, [tweet_id], by="carol")
    claimed = queue.claim_next_approved(store, account="acct", by="poster")
    with pytest.raises(QueueError, match="can no longer be edited"):
        queue.edit_text(store, claimed["id"], "too late", by="carol")


def test_migrations_build_exactly_the_declared_schema(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from tweetbot.store.schema import metadata

    with store.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    # SQLite reflects no timezone flag and server defaults differ in spelling: ignore type noise
    diffs = [d for d in diffs if not (isinstance(d, list) and d and d[0][0] in ("modify_type", "modify_default"))]
    assert [d for d in diffs if d[0] != "remove_table" or d[1].name != "tweetbot_alembic_version"] == []


def test_a_scheduled_tweet_waits_for_its_time(store):
    from sqlalchemy import update as sa_update

    from tweetbot.store.schema import tweets

    later, now_one = _staged(store, ["scheduled for tomorrow", "post me now"]).tweet_ids
    queue.approve(store, [later, now_one], by="a")
    with store.begin() as conn:
        conn.execute(sa_update(tweets).where(tweets.c.id == later)
                     .values(scheduled_for=datetime.now(UTC) + timedelta(days=1)))
    assert queue.next_to_post(store, "acct")["id"] == now_one
    assert queue.claim_next_approved(store, account="acct", by="p")["id"] == now_one
    assert queue.next_to_post(store, "acct") is None
    assert queue.claim_next_approved(store, account="acct", by="p") is None
