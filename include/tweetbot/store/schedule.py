"""Reviewer operations the queue module lacks: decisions on what the reviewer saw, order, schedule.

Each call is one transaction and records one `tweet_events` row per tweet it changes (a reorder or
schedule keeps the state: from = to, the note says what changed). Every write checks the version
the reviewer saw, so a concurrent change is refused (`ConflictError`), never silently overwritten.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import and_, select, update

from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.store.queue import (
    DECIDABLE,
    ConflictError,
    NotFoundError,
    QueueError,
    _event,
    _move,
    checked_note,
    list_tweets,
    storable_ids,
)
from tweetbot.store.schema import TweetStatus, tweets

S = TweetStatus


def _rows_seen(conn, seen: Mapping[int, int]) -> dict:
    rows = {r.id: r for r in conn.execute(select(tweets).where(tweets.c.id.in_(storable_ids(seen))))}
    missing = [i for i in seen if i not in rows]
    if missing:
        raise NotFoundError(f"no tweet with id {', '.join(map(str, missing))}")
    changed = [i for i, v in seen.items() if v is not None and rows[i].version != v]
    if changed:
        raise ConflictError(
            f"tweet {', '.join(f'#{i}' for i in changed)} was changed by someone else since you "
            "loaded the page; reload and look again")
    return rows


def decide_seen(store: Store, seen: Mapping[int, int], to: S | str, *, by: str,
                note: str | None = None) -> list[dict]:
    """Move tweets to `to` (approved, rejected or pending) only if each still has the version the
    reviewer saw (`seen = {id: version}`); all or nothing. Tweets being posted stay out of reach."""
    to = S(to)
    if to not in (S.APPROVED, S.REJECTED, S.PENDING):
        raise QueueError(f"a reviewer cannot move a tweet to {to.value}")
    note = checked_note(note)
    now = utcnow()
    with store.begin() as conn:
        rows = _rows_seen(conn, seen)
        for tweet_id in seen:
            row = rows[tweet_id]
            if S(row.status) not in DECIDABLE:
                raise QueueError(f"tweet {tweet_id} is {row.status}: it is out of review's hands")
            _move(conn, row, to, by=by, now=now, note=note)
    return list_tweets(store, ids=list(seen))


def reorder(store: Store, ordered: Sequence[tuple[int, int]], *, by: str) -> list[dict]:
    """Give approved tweets the positions 1..n in the order given (`[(id, version seen), …]`).

    Only tweets whose position changes get a new version and an event.
    """
    seen = dict(ordered)
    if len(seen) != len(ordered):
        raise QueueError("a tweet appears twice in the new order")
    now = utcnow()
    with store.begin() as conn:
        rows = _rows_seen(conn, seen)
        for position, (tweet_id, _) in enumerate(ordered, start=1):
            row = rows[tweet_id]
            if row.status != S.APPROVED.value:
                raise QueueError(f"tweet {tweet_id} is {row.status}: only approved tweets have an order")
            if row.position == position:
                continue
            _write(conn, row, now, position=position)
            _event(conn, tweet_id, S.APPROVED, S.APPROVED, by, now,
                   note=f"position {row.position or '-'} → {position}")
    return list_tweets(store, ids=list(seen))


def set_schedule(store: Store, tweet_id: int, when: datetime | None, *, by: str,
                 expected_version: int) -> dict:
    """Set (or clear, with None) an approved tweet's `scheduled_for`, a timezone-aware time."""
    if when is not None and when.tzinfo is None:
        raise QueueError("a schedule needs a timezone")
    try:
        when = when.astimezone(UTC) if when is not None else None
    except OverflowError:
        raise QueueError(f"{when.isoformat()} is not a time X can post at") from None
    now = utcnow()
    with store.begin() as conn:
        row = _rows_seen(conn, {tweet_id: expected_version})[tweet_id]
        if row.status != S.APPROVED.value:
            raise QueueError(f"tweet {tweet_id} is {row.status}: only approved tweets are scheduled")
        _write(conn, row, now, scheduled_for=when)
        _event(conn, tweet_id, S.APPROVED, S.APPROVED, by, now,
               note=f"scheduled for {when.isoformat()}" if when else "schedule cleared")
    return list_tweets(store, ids=[tweet_id])[0]


def _write(conn, row, now: datetime, **values) -> None:
    result = conn.execute(
        update(tweets).where(and_(tweets.c.id == row.id, tweets.c.version == row.version))
        .values(updated_at=now, version=row.version + 1, **values)
    )
    if result.rowcount != 1:
        raise ConflictError(f"tweet {row.id} changed while you were saving; reload and try again")
