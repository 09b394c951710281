"""The engagement ranker: honest on real data, deterministic, and only ever shows a number it earned.

Real data: the smithjd X archive and the liztruss twint CSV from ../shared/data, imported with the
real importer into a SQLite store (counts included) and read back as the ranker reads them.
"""
from __future__ import annotations

import io
import json
import math
import re
import sys
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from tweetbot.engagement.evaluate import NOT_ENOUGH, Evaluation, evaluate
from tweetbot.engagement.history import Example, account_history, engagement
from tweetbot.store import connect, queue, runs, upgrade
from tweetbot.store.schema import ranker_evaluations, source_tweets, tweet_metrics, tweets

T0 = datetime(2022, 1, 1, tzinfo=UTC)


# ---------------------------------------------------------------- real data, imported once


@pytest.fixture(scope="module")
def real(shared_data, tmp_path_factory):
    """A SQLite store holding `jd` (the X archive) and `truss` (the twint CSV, replies kept: two thirds of
    that search's tweets are replies), both with the counts their files carry."""
    from tweetbot.pipeline import import_source
    from tweetbot.sources import ImportOptions

    url = f"sqlite:///{tmp_path_factory.mktemp('engagement') / 'store.db'}"
    store = connect(url)
    upgrade(store)
    import_source(store, account="jd", kind="archive", path=shared_data / "x_archive_smithjd" / "tweets.js",
                  by="test", log=lambda _line: None)
    import_source(store, account="truss", kind="csv",
                  path=shared_data / "twint_liztruss" / "twint_scraping_tweets.csv", by="test",
                  options=ImportOptions(drop_replies=False), log=lambda _line: None)
    yield SimpleNamespace(store=store, url=url)
    store.dispose()


@pytest.mark.parametrize("account, at_least", [("jd", 1300), ("truss", 1100)])
def test_ranker_beats_its_baseline_on_real_data_and_is_deterministic(real, account, at_least):
    history = account_history(real.store, account)
    assert len(history) >= at_least and any(e.engagement > 0 for e in history)
    first = evaluate(history, seed=3)
    assert first.n_test == round(len(history) * 0.2) and first.n_train == len(history) - first.n_test
    assert first.spearman > first.baseline_spearman, first.summary()
    again = evaluate(history, seed=3)
    assert (again.spearman, again.baseline_spearman, again.difference_low, again.usable, again.note) == (
        first.spearman, first.baseline_spearman, first.difference_low, first.usable, first.note)
    assert list(again.reference) == list(first.reference)
    # usable exactly when the margin and the bootstrap bound both hold
    assert first.usable == (first.spearman - first.baseline_spearman >= 0.05 and first.difference_low > 0)


def test_the_twint_search_earns_a_percentile_and_the_archive_does_not(real):
    """On the archive the words add little to length and links (within the margin): no number."""
    truss = evaluate(account_history(real.store, "truss"), seed=0)
    assert truss.usable and truss.note is None, truss.summary()
    jd = evaluate(account_history(real.store, "jd"), seed=0)
    assert not jd.usable and "baseline" in jd.note and jd.percentiles([1.0]) == [None]


# ---------------------------------------------------------------- the rules, on small made-up histories


def test_engagement_target_weighs_reposts_and_needs_a_count():
    assert engagement(None, None, 5, 5) is None
    assert engagement(3, None) == pytest.approx(math.log(4))
    assert engagement(1, 2, 3, 4) == pytest.approx(math.log(1 + 1 + 2 * 2 + 3 + 2 * 4))  # reposts, quotes ×2


def test_too_little_history_gives_no_number_and_says_why():
    examples = [Example(f"tweet number {i} about {'bread' if i % 2 else 'birds'}", T0 + timedelta(days=i),
                        float(i % 3)) for i in range(60)]
    result = evaluate(examples, seed=0)
    assert not result.usable and result.note.startswith(NOT_ENOUGH)
    assert result.ranker is not None  # scores exist (`tweetbot rank` shows them), percentiles do not
    assert result.percentiles(result.scores(["a tweet about bread"])) == [None]
    assert evaluate(examples[:5]).ranker is None


def test_percentiles_are_whole_numbers_among_the_held_out_scores():
    import numpy as np

    result = Evaluation(n_train=800, n_test=4, usable=True, reference=np.array([1.0, 2.0, 3.0, 4.0]))
    assert result.percentiles([0.0, 1.0, 2.5, 4.0, 9.0]) == [0, 12, 50, 88, 100]
    assert all(isinstance(p, int) for p in result.percentiles([2.2, 3.7]))


def test_history_reads_counts_and_latest_metrics_and_leaves_out_what_it_must(store):
    def source(tweet_id, text, day, likes, retweets, is_retweet=False):
        return {"account": "acct", "tweet_id": tweet_id, "created_at": T0 + timedelta(days=day), "text": text,
                "raw_text": text, "is_retweet": is_retweet, "is_reply": False, "source_kind": "archive",
                "source_ref": "t", "imported_at": T0, "updated_at": T0, "imported_by": "t", "likes": likes,
                "retweets": retweets}

    def posted(text, day, x_id, dry_run=False, deleted=False):
        return {"account": "acct", "text": text, "original_text": text, "status": "posted", "norm_text": text,
                "created_at": T0, "created_by": "t", "updated_at": T0, "posted_at": T0 + timedelta(days=day),
                "x_tweet_id": x_id, "dry_run": dry_run, "attempts": 1, "version": 3,
                "x_deleted_at": T0 if deleted else None}

    with store.begin() as conn:
        conn.execute(source_tweets.insert(), [
            source("1", "counted", 1, 4, 1), source("2", "no counts", 2, None, None),
            source("3", "RT someone else", 3, 9, 9, is_retweet=True), source("900", "posted, imported back", 4, 0, 0),
            source("4", "other account's", 5, 1, 1) | {"account": "other"}])
        ids = [conn.execute(tweets.insert().values(**row).returning(tweets.c.id)).scalar_one() for row in (
            posted("posted tweet", 6, "900"), posted("dry run", 7, None, dry_run=True),
            posted("deleted on X", 8, "901", deleted=True), posted("never fetched", 9, "902"))]
        conn.execute(tweet_metrics.insert(), [
            {"tweet_id": ids[0], "fetched_at": T0 + timedelta(days=7), "likes": 1, "retweets": 0, "replies": 0,
             "quotes": 0},
            {"tweet_id": ids[0], "fetched_at": T0 + timedelta(days=8), "likes": 10, "retweets": 1, "replies": 2,
             "quotes": 0},
            *({"tweet_id": i, "fetched_at": T0, "likes": 5, "retweets": 5, "replies": 5, "quotes": 5}
              for i in ids[1:3])])
    history = account_history(store, "acct")
    assert [(e.text, e.engagement) for e in history] == [
        ("counted", engagement(4, 1)), ("posted tweet", engagement(10, 1, 2, 0))]
    assert history[1].created_at == T0 + timedelta(days=6)


# ---------------------------------------------------------------- staging


def _stage(store, account, texts, batch="b1"):
    from tweetbot.pipeline import stage

    runs.start_run(store, run_id=f"run-{batch}", account=account, base_model="tiny", params={}, by="t")
    queue.add_candidates(store, batch_id=batch, model_run_id=f"run-{batch}", account=account, texts=texts,
                         by="t")
    lines = []
    report = stage(store, batch_id=batch, by="t", log=lines.append)
    return queue.list_tweets(store, ids=report.tweet_ids), lines


CANDIDATES = ["Liz Truss has resigned, what a week for the country",
              "@trussliz you should call a general election now #GeneralElectionNow",
              "Another U-turn from the government today, nobody is surprised any more",
              "The pound fell again after the budget announcement this morning"]


def test_staging_stores_whole_percentiles_when_the_ranker_is_usable(real):
    rows, lines = _stage(real.store, "truss", CANDIDATES)
    assert len(rows) == len(CANDIDATES)
    assert all(r["predicted_percentile"] == int(r["predicted_percentile"]) and 0 <= r["predicted_percentile"] <= 100
               and r["predicted_note"] is None for r in rows)
    with real.store.connect() as conn:
        from sqlalchemy import select

        from tweetbot.store.schema import candidates

        stored = dict(conn.execute(select(candidates.c.text, candidates.c.predicted_percentile)
                                   .where(candidates.c.batch_id == "b1")).all())
        evaluation = conn.execute(select(ranker_evaluations).where(ranker_evaluations.c.account == "truss")).one()
    assert [stored[r["original_text"]] for r in rows if r["original_text"] in stored] == [
        r["predicted_percentile"] for r in rows if r["original_text"] in stored]
    assert evaluation.usable and evaluation.spearman > evaluation.baseline_spearman
    assert any("engagement ranker held-out Spearman" in line and "usable" in line for line in lines)


def test_staging_without_enough_history_stores_no_number_but_the_reason(store):
    rows, lines = _stage(store, "newbot", CANDIDATES[:2])
    assert [r["predicted_percentile"] for r in rows] == [None, None]
    assert all(r["predicted_note"].startswith(NOT_ENOUGH) for r in rows)
    with store.connect() as conn:
        row = conn.execute(ranker_evaluations.select()).one()
    assert (row.account, row.usable, row.n_train, row.spearman) == ("newbot", False, 0, None)


def test_a_failing_ranker_never_stops_staging_and_story_chapters_are_not_ranked(sqlite_url, monkeypatch):
    from tweetbot.engagement import predict
    from tweetbot.pipeline import stage
    from tweetbot.pipeline.staging import STORY_NOTE

    store = connect(sqlite_url)
    upgrade(store)

    def broken(*_args, **_kwargs):
        raise MemoryError("no room")

    monkeypatch.setattr(predict, "account_ranker", broken)
    rows, lines = _stage(store, "acct", CANDIDATES[:2])
    assert len(rows) == 2 and {r["predicted_note"] for r in rows} == {
        "the engagement ranker failed: MemoryError: no room"}
    assert any("engagement ranker failed" in line for line in lines)
    runs.start_run(store, run_id="run-s", account="acct", base_model="tiny", params={}, by="t")
    queue.add_candidates(store, batch_id="s1", model_run_id="run-s", account="acct", texts=CANDIDATES[2:], by="t")
    report = stage(store, batch_id="s1", by="t", story=("story-1", 1), log=lambda _line: None)
    assert {(r["predicted_percentile"], r["predicted_note"]) for r in queue.list_tweets(store, ids=report.tweet_ids)} \
        == {(None, STORY_NOTE)}


# ---------------------------------------------------------------- the CLI


def _cli(args, capsys, stdin: str | None = None, monkeypatch=None):
    from tweetbot.cli import main

    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"))
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_rank_keeps_the_input_order_and_changes_nothing(real, capsys, monkeypatch, tmp_path):
    texts = ["The pound fell again after the budget", "@trussliz resign now #ToriesOut", "lovely weather"]
    path = tmp_path / "candidates.txt"
    path.write_bytes(("\r\n".join([texts[0], "", texts[1], texts[2]]) + "\r\n").encode())  # CRLF too
    with real.store.connect() as conn:
        before = conn.execute(ranker_evaluations.select()).all()
    code, out, _ = _cli(["--db-url", real.url, "rank", str(path), "--account", "truss", "--json"], capsys)
    assert code == 0
    ranked = json.loads(out)
    assert [r["text"] for r in ranked] == texts and all(set(r) == {"text", "score", "percentile"} for r in ranked)
    assert all(isinstance(r["percentile"], int) and isinstance(r["score"], float) for r in ranked)
    code, out, _ = _cli(["--db-url", real.url, "rank", "-", "--account", "truss", "--json"], capsys,
                        stdin="\n".join(reversed(texts)), monkeypatch=monkeypatch)
    assert [r["text"] for r in json.loads(out)] == texts[::-1]
    assert {r["text"]: r["percentile"] for r in json.loads(out)} == {r["text"]: r["percentile"] for r in ranked}
    with real.store.connect() as conn:
        assert conn.execute(ranker_evaluations.select()).all() == before


def test_rank_without_a_usable_ranker_prints_scores_and_why_not_a_percentile(real, capsys, tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("a tweet about R and quarto\n", encoding="utf-8")
    code, out, err = _cli(["--db-url", real.url, "rank", str(path), "--account", "jd", "--json"], capsys)
    assert code == 0 and json.loads(out)[0]["percentile"] is None and json.loads(out)[0]["score"] is not None
    assert "no percentiles for jd: the ranker does not beat its baseline" in err


def test_rank_refuses_a_control_character_naming_the_line(real, capsys, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("fine\nbell \x07 here\n", encoding="utf-8")
    code, _, err = _cli(["--db-url", real.url, "rank", str(path), "--account", "truss"], capsys)
    assert code == 2 and f"{path} line 2: control character U+0007" in err


def test_engagement_evaluate_prints_both_spearmans_and_records_them(real, capsys):
    code, out, _ = _cli(["--db-url", real.url, "engagement", "evaluate", "--account", "truss", "--json"], capsys)
    result = json.loads(out)
    assert code == 0 and result["usable"] and result["spearman"] > result["baseline_spearman"]
    code, out, _ = _cli(["--db-url", real.url, "engagement", "evaluate", "--account", "jd"], capsys)
    assert code == 0 and out.startswith("jd: held-out Spearman ") and "vs baseline" in out and "recorded" in out
    with real.store.connect() as conn:
        rows = conn.execute(ranker_evaluations.select().where(ranker_evaluations.c.account.in_(["jd", "truss"]))
                            .order_by(ranker_evaluations.c.id)).all()
    assert [(r.account, r.usable) for r in rows][-2:] == [("truss", True), ("jd", False)]


# ---------------------------------------------------------------- review order: queue list, review file, HITL


@pytest.fixture
def ranked_queue(tmp_path, monkeypatch):
    """Five pending tweets staged with made-up percentiles (two without one), in this queue order."""
    path = tmp_path / "q.db"
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", json.dumps({"conn_type": "sqlite", "host": str(path)}))
    store = connect(f"sqlite:///{path}")
    upgrade(store)
    runs.start_run(store, run_id="r1", account="acct", base_model="tiny", params={}, by="t")
    texts = ["low one", "top one", "no number one", "middle one", "no number two"]
    percentiles = {"low one": 12.0, "top one": 91.0, "middle one": 55.0}
    queue.add_candidates(store, batch_id="b1", model_run_id="r1", account="acct", texts=texts, by="t")
    report = queue.stage_batch(
        store, "b1", lambda _norms: (lambda t: (t, None)), "t",
        predict=lambda kept: [(percentiles.get(t), None if t in percentiles else "not enough engagement history")
                              for t in kept])
    yield SimpleNamespace(store=store, url=f"sqlite:///{path}", ids=report.tweet_ids, staged=report)
    store.dispose()


BEST_FIRST = ["top one", "middle one", "low one", "no number one", "no number two"]


def test_queue_list_sort_predicted_is_best_first_and_says_why_not(ranked_queue, capsys):
    code, out, _ = _cli(["--db-url", ranked_queue.url, "queue", "list", "--sort", "predicted", "--json"], capsys)
    rows = json.loads(out)
    assert code == 0 and [r["text"] for r in rows] == BEST_FIRST
    assert [r["predicted_percentile"] for r in rows[:3]] == [91, 55, 12]
    code, out, _ = _cli(["--db-url", ranked_queue.url, "queue", "list", "--sort", "predicted"], capsys)
    assert out.index("top one") < out.index("middle one") < out.index("low one")
    assert "no predicted percentile for 2 tweets: not enough engagement history" in out
    code, out, _ = _cli(["--db-url", ranked_queue.url, "queue", "list", "--json"], capsys)
    assert [r["text"] for r in json.loads(out)] == ["low one", "top one", "no number one", "middle one",
                                                    "no number two"]


def test_review_file_exports_best_first(ranked_queue, capsys, tmp_path):
    from tweetbot import review_file

    path = tmp_path / "review.txt"
    code, _, _ = _cli(["--db-url", ranked_queue.url, "queue", "export", str(path)], capsys)
    parsed = review_file.parse(path.read_text(encoding="utf-8"), str(path))
    assert code == 0 and [b.text for b in parsed.blocks] == BEST_FIRST
    assert "best predicted engagement first" in path.read_text(encoding="utf-8").splitlines()[0]


def test_hitl_options_list_best_first_with_their_percentile(ranked_queue, monkeypatch):
    from airflow.providers.standard.operators.hitl import HITLOperator

    from tweetbot.airflow.review import ReviewCandidatesOperator

    monkeypatch.setattr(HITLOperator, "execute", lambda self, context: None)  # no Airflow to ask here
    staged = {"batch_id": "b1", "generated": 5, "staged": 5, "dropped": {}, "tweet_ids": ranked_queue.ids}
    operator = ReviewCandidatesOperator(task_id="review", staged=staged)
    operator.execute({})
    assert [re.sub(r"^#\d+ (\[[^]]+\] )?", "", o) for o in operator.options] == BEST_FIRST
    assert operator.options[0].endswith("[91st percentile] top one")
    assert "best predicted engagement first" in operator.body
