"""Imported source tweets: upsert by (account, tweet id) so weekly re-imports add only what is new."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from sqlalchemy import func, select, update

from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.store.schema import source_tweets

CHUNK = 500


@dataclass(frozen=True)
class SourceRow:
    """One cleaned tweet ready to store."""

    tweet_id: str
    created_at: datetime
    text: str
    raw_text: str
    is_retweet: bool
    is_reply: bool
    lang: str | None
    source_ref: str
    likes: int | None = None
    retweets: int | None = None
    replies: int | None = None
    quotes: int | None = None

    def counts(self) -> dict[str, int]:
        """The counts this row knows (a source without one does not know it is zero)."""
        return {name: value for name in COUNTS if (value := getattr(self, name)) is not None}


#: Engagement counts a source may carry (columns of `source_tweets`).
COUNTS = ("likes", "retweets", "replies", "quotes")


@dataclass(frozen=True)
class UpsertCounts:
    new: int
    updated: int
    unchanged: int


def _chunks(rows: Iterable[SourceRow]) -> Iterator[list[SourceRow]]:
    rows = iter(rows)
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


def upsert_source_tweets(
    store: Store, account: str, kind: str, rows: Iterable[SourceRow], by: str
) -> UpsertCounts:
    """Insert new tweets and update changed ones, all in one transaction (nothing half-imported).

    `rows` (each tweet id once) is consumed `CHUNK` at a time, so it may stream from disk. A changed
    engagement count is a change ("updated"); a count the new source lacks keeps the stored one.
    """
    now = utcnow()
    new = updated = unchanged = 0
    with store.begin() as conn:
        for chunk in _chunks(rows):
            existing = {
                r.tweet_id: r
                for r in conn.execute(
                    select(source_tweets.c.id, source_tweets.c.tweet_id, source_tweets.c.text,
                           source_tweets.c.raw_text, *(source_tweets.c[name] for name in COUNTS)).where(
                        source_tweets.c.account == account,
                        source_tweets.c.tweet_id.in_([row.tweet_id for row in chunk]),
                    )
                )
            }
            inserts = []
            for row in chunk:
                old = existing.get(row.tweet_id)
                if old is None:
                    inserts.append(_values(row, account, kind, now, by))
                elif (old.text, old.raw_text) != (row.text, row.raw_text) or _counts_changed(old, row):
                    conn.execute(
                        update(source_tweets)
                        .where(source_tweets.c.id == old.id)
                        .values(text=row.text, raw_text=row.raw_text, updated_at=now,
                                source_ref=row.source_ref, **row.counts())
                    )
                    updated += 1
                else:
                    unchanged += 1
            if inserts:
                conn.execute(source_tweets.insert(), inserts)
                new += len(inserts)
    return UpsertCounts(new=new, updated=updated, unchanged=unchanged)


def _counts_changed(old, row: SourceRow) -> bool:
    return any(getattr(old, name) != value for name, value in row.counts().items())


def _values(row: SourceRow, account: str, kind: str, now: datetime, by: str) -> dict:
    return {
        "account": account,
        "tweet_id": row.tweet_id,
        "created_at": row.created_at,
        "text": row.text,
        "raw_text": row.raw_text,
        "is_retweet": row.is_retweet,
        "is_reply": row.is_reply,
        "lang": row.lang,
        "source_kind": kind,
        "source_ref": row.source_ref,
        "imported_at": now,
        "updated_at": now,
        "imported_by": by,
        **{name: getattr(row, name) for name in COUNTS},
    }


def list_source_tweets(store: Store, account: str, limit: int | None = None) -> list[dict]:
    """The account's tweets, oldest first (training order)."""
    query = (
        select(source_tweets)
        .where(source_tweets.c.account == account)
        .order_by(source_tweets.c.created_at, source_tweets.c.tweet_id)
    )
    if limit:
        query = query.limit(limit)
    with store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def count_source_tweets(store: Store, account: str) -> int:
    with store.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(source_tweets).where(source_tweets.c.account == account)
        ).scalar_one()


def source_texts(store: Store, account: str) -> list[tuple[str, str]]:
    """(tweet_id, text) of every source tweet of the account: what staging checks originality
    against, with the id a reviewer can look up."""
    query = select(source_tweets.c.tweet_id, source_tweets.c.text).where(source_tweets.c.account == account)
    with store.connect() as conn:
        return [(r.tweet_id, r.text) for r in conn.execute(query)]
