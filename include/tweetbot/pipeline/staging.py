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
    counts by reason are logged and go to the review step in the report.
    """
    log = _log(log)
    started = time.monotonic()
    make_filter = filter_for(store, queue.batch_account(store, batch_id), options)
    built = time.monotonic() - started
    report = queue.stage_batch(store, batch_id, make_filter, by, story=story)
    seconds = time.monotonic() - started - built
    rate = report.decided / max(seconds, 1e-6)
    log(f"filtered {report.decided} candidates in {seconds:.2f}s ({rate:,.0f} candidates/s) "
        f"against {len(make_filter.index):,} indexed source tweets (index built in {built:.2f}s)")
    log(report.summary())
    return report


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
