"""Stage: filter a generated batch and queue the rest as `pending` for review."""
from __future__ import annotations

import time
from collections.abc import Sequence

from tweetbot.curation.staging import FilterOptions, StagingFilter
from tweetbot.pipeline.common import LogFn, _log
from tweetbot.store import queue, sources
from tweetbot.store.db import Store


def stage(
    store: Store, *, batch_id: str, by: str, log: LogFn | None = None, options: FilterOptions | None = None,
    story: tuple[str, int] | None = None,
) -> queue.StageReport:
    """Filter a batch and queue the rest as `pending` for review (a rerun stages nothing twice).

    The filters (`tweetbot.curation.staging`) drop empty, too long, duplicate, copied (of the
    account's source tweets), blocked, @mention, link, debris and near-duplicate candidates; the
    counts by reason are logged and go to the review step in the report. Each staged candidate gets
    its predicted engagement percentile when the account's ranker is usable (`ranking_for`).
    """
    log = _log(log)
    account = queue.batch_account(store, batch_id)
    predict = ranking_for(store, account, log=log, story=story is not None)
    started = time.monotonic()
    make_filter = filter_for(store, account, options)
    built = time.monotonic() - started
    report = queue.stage_batch(store, batch_id, make_filter, by, story=story, predict=predict)
    seconds = time.monotonic() - started - built
    rate = report.decided / max(seconds, 1e-6)
    log(f"filtered {report.decided} candidates in {seconds:.2f}s ({rate:,.0f} candidates/s) "
        f"against {len(make_filter.index):,} indexed source tweets (index built in {built:.2f}s)")
    log(report.summary())
    return report


#: The note of a story bot's tweets: chapters are told in order, not ranked.
STORY_NOTE = "story chapters are posted in order: not ranked"


def ranking_for(store: Store, account: str, *, log: LogFn | None = None, story: bool = False,
                seed: int = 0) -> queue.Predict:
    """`predict(texts)` for staging: each text's percentile when the account's engagement ranker beats
    its baseline on its own held-out split, else None and the reason (kept on the tweet for the queue).

    The evaluation is recorded (`ranker_evaluations`) and logged. The ranker only advises: when it
    fails, staging goes on with the failure as every candidate's note.
    """
    from tweetbot.engagement import predict as ranking

    log = _log(log)
    if story:
        return lambda texts: [(None, STORY_NOTE)] * len(texts)
    started = time.monotonic()
    try:
        evaluation = ranking.account_ranker(store, account, seed=seed)
        ranking.record(store, account, evaluation)
    except Exception as exc:  # noqa: BLE001 - the ranker advises; staging must not stop for it
        note = f"the engagement ranker failed: {type(exc).__name__}: {exc}"
        log(f"{account}: {note}")
        return lambda texts: [(None, note)] * len(texts)
    log(f"{account}: engagement ranker {evaluation.summary()} ({time.monotonic() - started:.1f}s)")

    def predict(texts: list[str]) -> list[tuple[float | None, str | None]]:
        return [(p.percentile, p.note) for p in ranking.predict(evaluation, texts)]

    return predict


def filter_for(store: Store, account: str, options: FilterOptions | None = None) -> StagingFilter:
    """The staging filters of one account: its source tweets indexed, the blocklist loaded."""
    return StagingFilter(sources.source_texts(store, account), options)


def check_candidates(
    store: Store, *, account: str, texts: Sequence[str], options: FilterOptions | None = None,
) -> list[dict]:
    """What staging would decide for each text, against the account's sources and queue; writes
    nothing (`tweetbot filter`)."""
    make_filter = filter_for(store, account, options)
    with store.connect() as conn:
        decide = make_filter(queue.queued_norms(conn, account))
    verdicts = []
    for text in texts:
        clean, reason, detail = decide(text)
        verdicts.append({"text": text, "kept": reason is None, "reason": reason, "detail": detail,
                         "clean_text": clean})
    return verdicts
