"""Posted tweets' engagement over time: one `tweet_metrics` row per tweet per fetch, never updated.

The newest row of a tweet is what it has now; the rows before it are how it got there. A tweet X no
longer has is stamped `tweets.x_deleted_at` (its history stays) and is not asked for again.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import and_, func, or_, select, update

from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.store.schema import TweetStatus, ranker_evaluations, tweet_metrics, tweets

COUNTS = ("likes", "retweets", "replies", "quotes", "impressions")
CHUNK = 500


class Counts(Protocol):
    likes: int
    retweets: int
    replies: int
    quotes: int
    impressions: int | None


def to_measure(store: Store, *, account: str | None, days: float, now: datetime | None = None,
               fetched_before: datetime | None = None) -> list[dict]:
    """Posted tweets of `account` (None: every account) posted in the last `days` that X can be asked
    about: sent for real (not a dry run), with X's id, not found deleted. With `fetched_before`, those
    already fetched since then are left out (a run resuming after a rate-limit wait). Oldest first."""
    now = now or utcnow()
    query = select(tweets.c.id, tweets.c.account, tweets.c.x_tweet_id, tweets.c.posted_at).where(
        tweets.c.status == TweetStatus.POSTED.value, tweets.c.x_tweet_id.is_not(None),
        or_(tweets.c.dry_run.is_(None), tweets.c.dry_run.is_(False)), tweets.c.x_deleted_at.is_(None),
        tweets.c.posted_at >= now - timedelta(days=days))
    if account:
        query = query.where(tweets.c.account == account)
    if fetched_before is not None:
        fresh = select(tweet_metrics.c.tweet_id).where(tweet_metrics.c.fetched_at >= fetched_before)
        query = query.where(tweets.c.id.not_in(fresh))
    with store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query.order_by(tweets.c.posted_at, tweets.c.id))]


def count_fresh(store: Store, *, account: str | None, days: float, since: datetime,
                now: datetime | None = None) -> int:
    """Tweets `to_measure` would ask for but that were measured since `since`."""
    every = to_measure(store, account=account, days=days, now=now)
    rest = to_measure(store, account=account, days=days, now=now, fetched_before=since)
    return len(every) - len(rest)


def skipped_dry_runs(store: Store, *, account: str | None, days: float, now: datetime | None = None) -> int:
    """Dry-run posts in the window: nothing was sent, so there is nothing to measure."""
    now = now or utcnow()
    query = select(func.count()).select_from(tweets).where(
        tweets.c.status == TweetStatus.POSTED.value, tweets.c.dry_run.is_(True),
        tweets.c.posted_at >= now - timedelta(days=days))
    if account:
        query = query.where(tweets.c.account == account)
    with store.connect() as conn:
        return conn.execute(query).scalar_one()


def accounts_with_posted(store: Store) -> list[str]:
    """Every account with a tweet posted for real: what the bots-less `tweetbot_metrics` DAG measures."""
    query = select(tweets.c.account).where(
        tweets.c.status == TweetStatus.POSTED.value, tweets.c.x_tweet_id.is_not(None)).distinct()
    with store.connect() as conn:
        return sorted(r.account for r in conn.execute(query))


def record_fetch(store: Store, counts: Mapping[int, Counts], *, fetched_at: datetime | None = None) -> int:
    """One history row per tweet (store id → counts), all stamped `fetched_at`, in one transaction."""
    at = fetched_at or utcnow()
    rows = [{"tweet_id": tweet_id, "fetched_at": at, **{k: getattr(c, k) for k in COUNTS}}
            for tweet_id, c in counts.items()]
    if rows:
        with store.begin() as conn:
            conn.execute(tweet_metrics.insert(), rows)
    return len(rows)


def mark_deleted(store: Store, tweet_ids: Iterable[int], *, at: datetime | None = None) -> int:
    """Stamp tweets X answered "not found" for: their history stays, they are not asked again."""
    ids = list(tweet_ids)
    if not ids:
        return 0
    with store.begin() as conn:
        return conn.execute(update(tweets).where(tweets.c.id.in_(ids), tweets.c.x_deleted_at.is_(None))
                            .values(x_deleted_at=at or utcnow())).rowcount


def latest(store: Store, tweet_ids: Sequence[int]) -> dict[int, dict]:
    """The newest metrics row of each tweet that has one: {store id: {likes, …, impressions, metrics_at}}."""
    out: dict[int, dict] = {}
    ids = list(dict.fromkeys(tweet_ids))
    with store.connect() as conn:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            newest = (select(tweet_metrics.c.tweet_id, func.max(tweet_metrics.c.id).label("id"))
                      .where(tweet_metrics.c.tweet_id.in_(chunk)).group_by(tweet_metrics.c.tweet_id).subquery())
            query = select(tweet_metrics).join(newest, and_(tweet_metrics.c.id == newest.c.id))
            for r in conn.execute(query):
                out[r.tweet_id] = {**{k: getattr(r, k) for k in COUNTS}, "metrics_at": r.fetched_at}
    return out


def with_latest(store: Store, rows: list[dict]) -> list[dict]:
    """Queue rows, each posted one given `engagement`: its latest likes, retweets, replies, quotes,
    impressions and metrics_at (all None when never fetched), plus x_deleted_at when X lost it."""
    posted = [r["id"] for r in rows if r["status"] == TweetStatus.POSTED.value]
    newest = latest(store, posted) if posted else {}
    empty = {**dict.fromkeys(COUNTS), "metrics_at": None}
    for row in rows:
        if row["status"] == TweetStatus.POSTED.value:
            row["engagement"] = {**newest.get(row["id"], empty), "x_deleted_at": row.get("x_deleted_at")}
    return rows


def history(store: Store, tweet_id: int) -> list[dict]:
    """Every fetch of one tweet, oldest first: how it grew."""
    query = (select(tweet_metrics).where(tweet_metrics.c.tweet_id == tweet_id)
             .order_by(tweet_metrics.c.fetched_at, tweet_metrics.c.id))
    with store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def posted_with_latest(store: Store, account: str) -> list[dict]:
    """The account's posted tweets (real posts), each with its latest metrics (None: never fetched),
    model run, predicted percentile, posted and deleted times, oldest first: what the report reads."""
    query = (select(tweets.c.id, tweets.c.account, tweets.c.text, tweets.c.model_run_id, tweets.c.posted_at,
                    tweets.c.x_tweet_id, tweets.c.x_url, tweets.c.predicted_percentile, tweets.c.x_deleted_at)
             .where(tweets.c.account == account, tweets.c.status == TweetStatus.POSTED.value,
                    tweets.c.x_tweet_id.is_not(None))
             .order_by(tweets.c.posted_at, tweets.c.id))
    with store.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    newest = latest(store, [r["id"] for r in rows])
    for row in rows:
        row["metrics"] = newest.get(row["id"])
    return rows


def ranker_history(store: Store, account: str) -> list[dict]:
    """The account's engagement-ranker evaluations, oldest first: its held-out Spearman over time."""
    query = (select(ranker_evaluations).where(ranker_evaluations.c.account == account)
             .order_by(ranker_evaluations.c.evaluated_at, ranker_evaluations.c.id))
    with store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
