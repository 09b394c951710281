"""Bring back posted tweets' engagement from X: the `tweetbot_metrics` DAG's one step.

The tweets posted in the last `days` (real posts only: a dry run sent nothing) are asked for in
batches of 100 ids (`XClient.tweet_metrics`); each batch is stored as it arrives — one history row per
tweet — so a rate limit part-way loses nothing and the resumed run asks only for the rest. A tweet X
cannot find any more is marked deleted and never asked for again. X refusing the API tier (403, or the
monthly usage cap) is `MetricsForbidden`: one message saying what tier is needed, nothing stored.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from tweetbot.pipeline.common import LogFn, _log
from tweetbot.store import metrics as store_metrics
from tweetbot.store.clock import utcnow

if TYPE_CHECKING:
    from tweetbot.store.db import Store
    from tweetbot.x.client import XClient

DEFAULT_DAYS = 30
#: A tweet measured this recently is not asked again: the rest of a run after a rate-limit wait, or a
#: rerun soon after, asks only for what is not measured yet (the history is daily, not by the minute).
FRESH_FOR = timedelta(hours=1)
#: How many ids the report names for deleted and unavailable tweets.
SHOWN = 10
TIER_HINT = ("Reading tweets' metrics (GET /2/tweets) needs a paid X API tier (Basic or above); the free "
             "tier can only post. Posting is not affected; the queue and the report show no metrics until then.")


class MetricsForbidden(Exception):
    """X will not let these credentials read tweets (the API tier, or its monthly cap): waiting will not help."""


@dataclass
class MetricsReport:
    account: str | None
    days: float
    asked: int = 0
    measured: int = 0
    deleted: int = 0
    unavailable: int = 0
    dry_runs_skipped: int = 0
    fresh: int = 0  # measured within FRESH_FOR: not asked again
    requests: int = 0  # answered by X (a 429 is not counted)
    private: bool = False  # impressions read from non_public_metrics for some tweets
    seconds: float = 0.0
    deleted_ids: list[str] = field(default_factory=list)  # X ids, the first SHOWN
    unavailable_ids: dict[str, str] = field(default_factory=dict)  # X id → X's words, the first SHOWN

    def summary(self) -> str:
        who = self.account or "every account"
        text = (f"{who}: metrics of {self.asked:,} tweets posted in the last {self.days:g} days — "
                f"{self.measured:,} measured, {self.deleted:,} deleted on X, {self.unavailable:,} not shown "
                f"by X, in {self.requests:,} requests, {self.seconds:.1f}s")
        if self.fresh:
            text += f"; {self.fresh:,} measured in the last hour, not asked again"
        if self.dry_runs_skipped:
            text += f"; {self.dry_runs_skipped:,} dry-run posts skipped (nothing was sent)"
        if self.deleted_ids:
            text += f"; deleted: {', '.join(self.deleted_ids)}" + (", …" if self.deleted > SHOWN else "")
        if self.unavailable_ids:
            text += "; not shown: " + "; ".join(f"{k} ({v})" for k, v in self.unavailable_ids.items())
        return text

    def as_dict(self) -> dict:
        return asdict(self)

    def add(self, earlier: dict | None) -> MetricsReport:
        """This run's counts plus those of the same task's tries before a rate-limit wait."""
        if not earlier:
            return self
        self.asked = max(self.asked, earlier.get("asked", 0))  # a resumed run asks for a subset
        for key in ("measured", "deleted", "unavailable", "requests", "seconds"):
            setattr(self, key, getattr(self, key) + earlier.get(key, 0))
        self.private = self.private or bool(earlier.get("private"))
        self.deleted_ids = [*earlier.get("deleted_ids", []), *self.deleted_ids][:SHOWN]
        return self


def fetch_metrics(store: Store, client: XClient, *, account: str | None, days: float = DEFAULT_DAYS,
                  log: LogFn | None = None, fresh_for: timedelta | None = None,
                  now: datetime | None = None) -> MetricsReport:
    """Fetch and store the metrics of `account`'s (None: every account's) tweets posted in the last `days`.

    Tweets measured within `fresh_for` are left out (`FRESH_FOR`), so the same task resuming after a
    rate-limit wait asks only for the rest. XRateLimited propagates with `.report` (what is stored so
    far) for the caller to wait; MetricsForbidden when the tier cannot read tweets.
    """
    from tweetbot.x.client import XAuthError, XRateLimited

    log = _log(log)
    fresh_for = FRESH_FOR if fresh_for is None else fresh_for
    started = time.monotonic()
    now = now or utcnow()
    report = MetricsReport(account=account, days=days)
    report.dry_runs_skipped = store_metrics.skipped_dry_runs(store, account=account, days=days, now=now)
    rows = store_metrics.to_measure(store, account=account, days=days, now=now,
                                    fetched_before=now - fresh_for if fresh_for else None)
    by_x: dict[str, list[int]] = {}
    for row in rows:
        by_x.setdefault(row["x_tweet_id"], []).append(row["id"])
    report.asked = len(by_x)
    report.fresh = store_metrics.count_fresh(store, account=account, days=days, now=now, since=now - fresh_for
                                             ) if fresh_for else 0
    if not by_x:
        log(f"{report.account or 'every account'}: no posted tweets in the last {days:g} days to measure"
            + (f" ({report.dry_runs_skipped:,} dry-run posts skipped)" if report.dry_runs_skipped else "")
            + (f" ({report.fresh:,} measured in the last hour)" if report.fresh else ""))
        return report
    try:
        for batch in client.tweet_metrics(list(by_x)):
            _store_batch(store, report, batch, by_x, now)
            _progress(report, started, log)
    except XRateLimited as exc:
        report.seconds = time.monotonic() - started
        if "usage cap" in str(exc).lower():
            raise MetricsForbidden(f"X's usage cap for this app is used up ({exc}): waiting for the 15-minute "
                                   f"reset will not help. {TIER_HINT}") from None
        exc.report = report  # type: ignore[attr-defined] - the operator adds these up across its waits
        raise
    except XAuthError as exc:
        if exc.status == 403:
            raise MetricsForbidden(f"X refused to read tweets ({exc}). {TIER_HINT}") from None
        raise
    report.seconds = time.monotonic() - started
    log(report.summary())
    return report


def _store_batch(store: Store, report: MetricsReport, batch, by_x: dict[str, list[int]], now: datetime) -> None:
    counts = {tweet_id: metrics for x_id, metrics in batch.found.items() for tweet_id in by_x.get(x_id, [])}
    store_metrics.record_fetch(store, counts, fetched_at=now)
    store_metrics.mark_deleted(store, [i for x_id in batch.missing for i in by_x.get(x_id, [])], at=now)
    report.measured += len([x for x in batch.found if x in by_x])
    report.deleted += len(batch.missing)
    report.unavailable += len(batch.unavailable)
    report.requests += batch.requests
    report.private = report.private or batch.private
    report.deleted_ids.extend(batch.missing[: max(SHOWN - len(report.deleted_ids), 0)])
    for x_id, why in batch.unavailable.items():
        if len(report.unavailable_ids) < SHOWN:
            report.unavailable_ids[x_id] = why


def _progress(report: MetricsReport, started: float, log: LogFn) -> None:
    done = report.measured + report.deleted + report.unavailable
    elapsed = max(time.monotonic() - started, 1e-6)
    left = max(report.asked - done, 0) * elapsed / max(done, 1)
    log(f"metrics: {done:,} of {report.asked:,} tweets ({done / elapsed:,.0f}/s, ETA {left:,.0f} s)")
