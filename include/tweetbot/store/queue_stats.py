"""Read-only figures about the queue for the review page's overview (no state changes here)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select

from tweetbot.store.db import Store
from tweetbot.store.schema import TweetStatus, candidates, model_runs, tweet_events, tweets


def accounts(store: Store) -> list[str]:
    """Every account with tweets in the queue or a model run."""
    with store.connect() as conn:
        names = set(conn.execute(select(tweets.c.account).distinct()).scalars())
        names |= set(conn.execute(select(model_runs.c.account).distinct()).scalars())
    return sorted(names)


def _zero() -> dict[str, int]:
    return {s.value: 0 for s in TweetStatus}


def counts_by(store: Store, column: str, account: str | None = None) -> dict[str, dict[str, int]]:
    """{account or model_run_id: {status: n}} for every status (zeros included)."""
    col = tweets.c[column]
    query = select(col, tweets.c.status, func.count()).group_by(col, tweets.c.status)
    if account:
        query = query.where(tweets.c.account == account)
    out: dict[str, dict[str, int]] = defaultdict(_zero)
    with store.connect() as conn:
        for key, status, n in conn.execute(query):
            out[key or "-"][status] = n
    return dict(out)


def filter_counts(store: Store, model_run_id: str) -> dict[str, int]:
    """What staging did with a run's candidates: {reason: n}, 'staged' for kept, 'unstaged' for new."""
    query = (select(candidates.c.filter_reason, candidates.c.staged_at.is_(None), func.count())
             .where(candidates.c.model_run_id == model_run_id)
             .group_by(candidates.c.filter_reason, candidates.c.staged_at.is_(None)))
    out: dict[str, int] = defaultdict(int)
    with store.connect() as conn:
        for filter_reason, unstaged, n in conn.execute(query):
            out[filter_reason or ("unstaged" if unstaged else "staged")] += n
    return dict(out)


def last_notes(store: Store, ids: Iterable[int]) -> dict[int, dict]:
    """The newest event of each tweet ({id: {"by", "at", "note", "to_status"}})."""
    ids = list(ids)
    if not ids:
        return {}
    newest = (select(func.max(tweet_events.c.id)).where(tweet_events.c.tweet_id.in_(ids))
              .group_by(tweet_events.c.tweet_id))
    with store.connect() as conn:
        rows = conn.execute(select(tweet_events).where(tweet_events.c.id.in_(newest))).all()
    return {r.tweet_id: dict(r._mapping) for r in rows}


def next_scheduled(store: Store, account: str | None = None) -> dict | None:
    """The approved tweet the post DAG takes next (queue order, its time come), or None."""
    from tweetbot.store.queue import next_to_post

    return next_to_post(store, account)
