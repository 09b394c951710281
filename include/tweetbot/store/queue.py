"""The tweet queue: candidates in, reviewed tweets out, each state change one transaction + one event.

States: pending → approved/rejected → posting → posted/failed (a failed post can go back to approved).
Claiming uses `FOR UPDATE SKIP LOCKED` on PostgreSQL and a compare-and-set update on SQLite (whose
single writer lock makes the same guarantee), so two posters never take the same tweet.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.engine import Connection

from tweetbot import textgate
from tweetbot.curation.text import normalise
from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.store.schema import TweetStatus, candidates, tweet_events, tweets

S = TweetStatus

# Which moves a person or a task may make; anything else is refused.
ALLOWED: dict[S, set[S]] = {
    S.PENDING: {S.APPROVED, S.REJECTED},
    S.APPROVED: {S.PENDING, S.REJECTED, S.POSTING},
    S.REJECTED: {S.PENDING, S.APPROVED},
    S.POSTING: {S.POSTED, S.FAILED, S.APPROVED},
    S.FAILED: {S.APPROVED, S.PENDING},
    S.POSTED: set(),
}


#: What a reviewer may decide on. A tweet being posted (`posting`) or posted is out of their hands.
DECIDABLE = {S.PENDING, S.APPROVED, S.REJECTED, S.FAILED}


class QueueError(ValueError):
    """A queue operation that cannot be done as asked (unknown id, forbidden move)."""


class ConflictError(QueueError):
    """Somebody else changed the tweet between our read and our write (optimistic version check)."""


class NotFoundError(QueueError):
    """No tweet has that id."""


#: The largest id the `tweets.id` column can hold on every backend (Postgres `integer` is 32-bit): a
#: larger id names no tweet, and is answered as such before any database is asked to compare with it.
MAX_ROW_ID = 2**31 - 1


def storable_ids(ids: Iterable[int]) -> list[int]:
    """The ids a row could have; the others are simply not found (same answer on SQLite and Postgres)."""
    return [i for i in ids if 1 <= i <= MAX_ROW_ID]


def checked_note(note: str | None) -> str | None:
    """A reviewer's note as the store keeps it: the text gate's rules, on one or more lines."""
    return None if note is None else textgate.check_text(note, "note")


# ---------------------------------------------------------------- candidates and staging


def add_candidates(
    store: Store, *, batch_id: str, model_run_id: str, account: str, texts: Sequence[str], by: str
) -> int:
    """Record a generation batch. Idempotent: a rerun with the same batch id adds nothing twice.

    Model output passes the text gate as it enters: control characters are removed and a lone
    surrogate becomes U+FFFD, which staging then drops as debris.
    """
    now = utcnow()
    with store.begin() as conn:
        have = set(
            conn.execute(select(candidates.c.seq).where(candidates.c.batch_id == batch_id)).scalars()
        )
        rows = [
            {"batch_id": batch_id, "model_run_id": model_run_id, "account": account, "seq": i,
             "text": textgate.printable(textgate.scrub(text)[0]), "created_at": now, "created_by": by}
            for i, text in enumerate(texts)
            if i not in have
        ]
        if rows:
            conn.execute(candidates.insert(), rows)
    return len(rows)


@dataclass
class StageReport:
    batch_id: str
    generated: int = 0
    staged: int = 0
    already_staged: int = 0
    decided: int = 0  # candidates filtered by this call (0 on a rerun of a finished batch)
    dropped: Counter = field(default_factory=Counter)
    tweet_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(self.dropped.items())) or "none"
        return (f"batch {self.batch_id}: {self.generated} generated, {self.staged} staged as pending, "
                f"{sum(self.dropped.values())} dropped ({reasons}), {self.already_staged} staged earlier")


def queued_norms(conn: Connection, account: str) -> set[str]:
    """Normal forms of every tweet the account already has in the queue, whatever its state."""
    return set(conn.execute(select(tweets.c.norm_text).where(tweets.c.account == account)).scalars())


# decide(text) -> (clean_text, reason | None) or (clean_text, reason | None, detail | None)
StageDecide = Callable[[str], tuple[str, str | None] | tuple[str, str | None, str | None]]
# predict(kept texts) -> one (predicted percentile 0-100 | None, why there is none | None) per text
Predict = Callable[[list[str]], Sequence[tuple[float | None, str | None]]]


def stage_batch(
    store: Store,
    batch_id: str,
    make_filter: Callable[[set[str]], StageDecide],
    by: str,
    story: tuple[str, int] | None = None,
    predict: Predict | None = None,
) -> StageReport:
    """Move a batch's unprocessed candidates into the queue as `pending`, in one transaction.

    `make_filter(already_queued_norms)` returns `decide(text) -> (clean_text, reason|None)` or
    `(clean_text, reason|None, detail|None)`; the reason and detail are kept on the candidate row.
    Candidates already decided (a rerun) are counted, never staged again. `story=(story_id,
    chapter)` queues them as that chapter of a story, in the batch's order. `predict(texts)` gives
    each kept text's (predicted percentile, or None and why): kept on the candidate and its tweet.
    """
    story_values = ({"mode": "story", "story_id": story[0], "chapter": story[1]} if story
                    else {"mode": "persona"})
    report = StageReport(batch_id=batch_id)
    now = utcnow()
    with store.begin() as conn:
        rows = conn.execute(
            select(candidates).where(candidates.c.batch_id == batch_id).order_by(candidates.c.seq)
        ).all()
        if not rows:
            raise QueueError(f"no candidates for batch {batch_id!r}")
        report.generated = len(rows)
        decide = make_filter(queued_norms(conn, rows[0].account))
        kept = []
        for row in rows:
            if row.staged_at is not None:
                if row.filter_reason:
                    report.dropped[row.filter_reason] += 1
                else:
                    report.already_staged += 1
                continue
            text, reason, *rest = decide(row.text)
            conn.execute(
                update(candidates).where(candidates.c.id == row.id)
                .values(staged_at=now, filter_reason=reason, filter_detail=rest[0] if rest else None)
            )
            report.decided += 1
            if reason:
                report.dropped[reason] += 1
            else:
                kept.append((row, text))
        predicted = predict([text for _, text in kept]) if predict and kept else [(None, None)] * len(kept)
        for (row, text), (percentile, note) in zip(kept, predicted, strict=True):
            if percentile is not None or note is not None:
                conn.execute(update(candidates).where(candidates.c.id == row.id)
                             .values(predicted_percentile=percentile, predicted_note=note))
            tweet_id = conn.execute(
                tweets.insert().values(
                    account=row.account, text=text, original_text=text, status=S.PENDING.value,
                    candidate_id=row.id, model_run_id=row.model_run_id, norm_text=normalise(text),
                    created_at=now, created_by=by, updated_at=now, attempts=0, version=1,
                    story_seq=row.seq if story else None, predicted_percentile=percentile,
                    predicted_note=note, **story_values,
                ).returning(tweets.c.id)
            ).scalar_one()
            _event(conn, tweet_id, None, S.PENDING, by, now, note=f"staged from batch {batch_id}")
            report.staged += 1
            report.tweet_ids.append(tweet_id)
    return report


def batch_account(store: Store, batch_id: str) -> str:
    """The account a generation batch belongs to (staging needs its source tweets first)."""
    with store.connect() as conn:
        account = conn.execute(
            select(candidates.c.account).where(candidates.c.batch_id == batch_id).limit(1)
        ).scalar()
    if account is None:
        raise QueueError(f"no candidates for batch {batch_id!r}")
    return account


# ---------------------------------------------------------------- reading


#: How `list_tweets` may order: the queue's own order, or the best predicted engagement first.
SORTS = ("queue", "predicted")


def list_tweets(
    store: Store, *, account: str | None = None, status: str | None = None,
    ids: Iterable[int] | None = None, limit: int | None = None, sort: str = "queue",
) -> list[dict]:
    """Queue rows in queue order (position, schedule, approval time, then id), or with
    `sort="predicted"` best predicted percentile first (tweets without one last, in queue order)."""
    if sort not in SORTS:
        raise QueueError(f"unknown sort {sort!r}: use {' or '.join(SORTS)}")
    order = _queue_order()
    if sort == "predicted":
        order = (tweets.c.predicted_percentile.is_(None), tweets.c.predicted_percentile.desc(), *order)
    query = select(tweets).order_by(*order)
    if account:
        query = query.where(tweets.c.account == account)
    if status:
        query = query.where(tweets.c.status == S(status).value)
    if ids is not None:
        query = query.where(tweets.c.id.in_(storable_ids(ids)))
    if limit:
        query = query.limit(limit)
    with store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def count_by_status(store: Store, account: str | None = None) -> dict[str, int]:
    query = select(tweets.c.status, func.count()).group_by(tweets.c.status)
    if account:
        query = query.where(tweets.c.account == account)
    with store.connect() as conn:
        counts = dict(conn.execute(query).all())
    return {s.value: counts.get(s.value, 0) for s in S}


def count_posted_since(store: Store, since: datetime, account: str | None = None) -> int:
    """Tweets posted (or dry-run posted) since `since`: what a daily cap counts."""
    query = select(func.count()).select_from(tweets).where(
        tweets.c.status == S.POSTED.value, tweets.c.posted_at >= since)
    if account:
        query = query.where(tweets.c.account == account)
    with store.connect() as conn:
        return conn.execute(query).scalar_one()


def events_for(store: Store, tweet_id: int) -> list[dict]:
    with store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            select(tweet_events).where(tweet_events.c.tweet_id == tweet_id).order_by(tweet_events.c.id)
        )]


def _queue_order():
    """Explicit position, then schedule, then story order (chapter, place), then approval time."""
    return (
        tweets.c.position.is_(None), tweets.c.position,
        tweets.c.scheduled_for.is_(None), tweets.c.scheduled_for,
        tweets.c.chapter.is_(None), tweets.c.chapter, tweets.c.story_seq,
        tweets.c.approved_at.is_(None), tweets.c.approved_at,
        tweets.c.id,
    )


# ---------------------------------------------------------------- decisions


def transition(
    store: Store, ids: Iterable[int], to: S | str, *, by: str, note: str | None = None,
    extra: dict | None = None, allowed_from: set[S] | None = None,
) -> list[dict]:
    """Move tweets to state `to` (checked against ALLOWED) in one transaction; all or nothing.

    `allowed_from` narrows the states a tweet may leave (reviewers: DECIDABLE only).
    """
    to = S(to)
    ids = list(dict.fromkeys(ids))
    note = checked_note(note)
    now = utcnow()
    with store.begin() as conn:
        rows = {r.id: r for r in conn.execute(select(tweets).where(tweets.c.id.in_(storable_ids(ids))))}
        missing = [i for i in ids if i not in rows]
        if missing:
            raise NotFoundError(f"no tweet with id {', '.join(map(str, missing))}")
        for tweet_id in ids:
            current = S(rows[tweet_id].status)
            if allowed_from is not None and current not in allowed_from and current != to:
                raise QueueError(f"tweet {tweet_id} is {current.value}: it is out of review's hands")
            _move(conn, rows[tweet_id], to, by=by, now=now, note=note, extra=extra)
    return list_tweets(store, ids=ids)


def _move(conn: Connection, row, to: S, *, by: str, now: datetime, note: str | None,
          extra: dict | None = None) -> None:
    current = S(row.status)
    if to == current:
        return
    if to not in ALLOWED[current]:
        raise QueueError(f"tweet {row.id} is {current.value}: cannot move to {to.value}")
    values = {"status": to.value, "updated_at": now, "version": row.version + 1, **(extra or {})}
    if to in (S.APPROVED, S.REJECTED) and current in (S.PENDING, S.REJECTED, S.APPROVED):
        values.update(decided_at=now, decided_by=by)
    if to == S.APPROVED and current != S.POSTING:
        values["approved_at"] = now
    result = conn.execute(
        update(tweets).where(and_(tweets.c.id == row.id, tweets.c.version == row.version))
        .values(**values)
    )
    if result.rowcount != 1:
        raise ConflictError(f"tweet {row.id} changed while you were deciding; reload and try again")
    _event(conn, row.id, current, to, by, now, note)


def edit_text(store: Store, tweet_id: int, text: str, *, by: str,
              expected_version: int | None = None, where: str = "the new text") -> dict:
    """Change a tweet's text; `original_text` keeps what the model wrote, the event log the old text.

    With `expected_version` (what the editor last saw) a concurrent change is refused, not overwritten.
    The text passes the text gate first (`textgate.TextRefused` names `where` it came from).
    """
    from tweetbot.curation.text import fits_in_a_tweet, weighted_length

    text = textgate.check_text(text, where).strip()
    if not text:
        raise QueueError("a tweet cannot be empty")
    if not fits_in_a_tweet(text):
        raise QueueError(f"tweet is {weighted_length(text)} weighted characters; X allows 280")
    now = utcnow()
    with store.begin() as conn:
        row = conn.execute(select(tweets).where(tweets.c.id == tweet_id)).first() if storable_ids(
            [tweet_id]) else None
        if row is None:
            raise NotFoundError(f"no tweet with id {tweet_id}")
        if S(row.status) not in DECIDABLE:
            raise QueueError(f"tweet {tweet_id} is {row.status}: it can no longer be edited")
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(f"tweet {tweet_id} was changed by someone else (version {row.version}, "
                                f"you edited version {expected_version}); reload and try again")
        if text == row.text:
            return dict(row._mapping)
        result = conn.execute(
            update(tweets).where(and_(tweets.c.id == tweet_id, tweets.c.version == row.version))
            .values(text=text, norm_text=normalise(text), updated_at=now, version=row.version + 1)
        )
        if result.rowcount != 1:
            raise ConflictError(f"tweet {tweet_id} changed while you were editing; reload and try again")
        _event(conn, tweet_id, S(row.status), S(row.status), by, now, note=f"edited; was: {row.text}")
    return list_tweets(store, ids=[tweet_id])[0]


def approve(store: Store, ids: Iterable[int], *, by: str) -> list[dict]:
    """A reviewer's yes (pending/rejected/failed → approved); never touches a tweet being posted."""
    return transition(store, ids, S.APPROVED, by=by, allowed_from=DECIDABLE)


def reject(store: Store, ids: Iterable[int], *, by: str, note: str | None = None) -> list[dict]:
    """A reviewer's no; never touches a tweet being posted."""
    return transition(store, ids, S.REJECTED, by=by, note=note, allowed_from=DECIDABLE)


@dataclass
class ReviewOutcome:
    approved: list[int] = field(default_factory=list)
    rejected: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # no longer pending: decided elsewhere meanwhile


def apply_review(store: Store, *, reviewed: Iterable[int], chosen: Iterable[int], by: str,
                 note: str | None = None) -> ReviewOutcome:
    """A reviewer saw `reviewed` and chose `chosen`: approve those, reject the rest — in one go.

    Tweets no longer pending (approved or rejected elsewhere in the meantime) keep that decision.
    """
    chosen = set(chosen)
    outcome = ReviewOutcome()
    now = utcnow()
    reviewed = list(reviewed)
    note = checked_note(note)
    if unknown := chosen - set(reviewed):
        raise QueueError(f"chosen tweets {sorted(unknown)} were not among those reviewed")
    with store.begin() as conn:
        rows = {r.id: r for r in conn.execute(select(tweets).where(tweets.c.id.in_(storable_ids(reviewed))))}
        for tweet_id in reviewed:
            row = rows.get(tweet_id)
            if row is None or row.status != S.PENDING.value:
                outcome.skipped.append(tweet_id)
                continue
            to = S.APPROVED if tweet_id in chosen else S.REJECTED
            _move(conn, row, to, by=by, now=now, note=note)
            (outcome.approved if to == S.APPROVED else outcome.rejected).append(tweet_id)
    return outcome


def _event(conn: Connection, tweet_id: int, frm: S | None, to: S, by: str, at: datetime,
           note: str | None = None) -> None:
    conn.execute(tweet_events.insert().values(
        tweet_id=tweet_id, from_status=frm.value if frm else None, to_status=to.value, at=at, by=by,
        note=note,
    ))


# ---------------------------------------------------------------- posting


def _postable(account: str | None):
    """Approved tweets whose time has come (no schedule, or a schedule now past), in queue order."""
    query = select(tweets).where(
        tweets.c.status == S.APPROVED.value,
        or_(tweets.c.scheduled_for.is_(None), tweets.c.scheduled_for <= utcnow()),
    ).order_by(*_queue_order())
    return query.where(tweets.c.account == account) if account else query


def next_to_post(store: Store, account: str | None = None) -> dict | None:
    """The tweet the next post run would claim (read only), or None."""
    with store.connect() as conn:
        row = conn.execute(_postable(account).limit(1)).first()
    return dict(row._mapping) if row else None


def claim_next_approved(store: Store, *, account: str | None, by: str) -> dict | None:
    """Take the next approved tweet for posting (approved → posting), or None when there is none.

    Records the intent (posting_started_at, attempts+1) before anyone calls X, so an interrupted
    post is visible as a `posting` row to reconcile rather than a silent double post.
    """
    query = _postable(account)
    if store.dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    for _ in range(20):  # a lost compare-and-set race (SQLite) just means: take the next one
        now = utcnow()
        try:
            with store.begin() as conn:
                row = conn.execute(query.limit(1)).first()
                if row is None:
                    return None
                _move(conn, row, S.POSTING, by=by, now=now, note="claimed for posting",
                      extra={"posting_started_at": now, "attempts": row.attempts + 1})
        except ConflictError:
            continue
        return list_tweets(store, ids=[row.id])[0]
    raise QueueError("could not claim a tweet: the queue kept changing under us")


def mark_posted(store: Store, tweet_id: int, *, x_tweet_id: str | None, x_url: str | None,
                dry_run: bool, by: str, in_reply_to_x_id: str | None = None) -> dict:
    """posting → posted, with X's id and URL (or dry_run=True when nothing was sent)."""
    return transition(store, [tweet_id], S.POSTED, by=by,
                      note="dry run: nothing sent to X" if dry_run else f"posted as {x_tweet_id}",
                      extra={"x_tweet_id": x_tweet_id, "x_url": x_url, "dry_run": dry_run,
                             "posted_at": utcnow(), "error": None,
                             "in_reply_to_x_id": in_reply_to_x_id})[0]


def last_posted_of_story(store: Store, story_id: str, chapter: int | None = None) -> dict | None:
    """The story's newest posted tweet that X has (an id to reply to), optionally in one chapter."""
    query = (select(tweets).where(tweets.c.story_id == story_id, tweets.c.status == S.POSTED.value,
                                  tweets.c.x_tweet_id.is_not(None))
             .order_by(tweets.c.chapter.desc(), tweets.c.story_seq.desc(), tweets.c.posted_at.desc())
             .limit(1))
    if chapter is not None:
        query = query.where(tweets.c.chapter == chapter)
    with store.connect() as conn:
        row = conn.execute(query).first()
    return dict(row._mapping) if row else None


def last_posted_at(store: Store, account: str | None = None) -> datetime | None:
    query = select(func.max(tweets.c.posted_at)).where(tweets.c.status == S.POSTED.value)
    if account:
        query = query.where(tweets.c.account == account)
    with store.connect() as conn:
        return conn.execute(query).scalar()


def mark_failed(store: Store, tweet_id: int, *, error: str, by: str, retry: bool) -> dict:
    """A post that did not happen: back to `approved` for the next run (retry) or `failed` for good."""
    to = S.APPROVED if retry else S.FAILED
    return transition(store, [tweet_id], to, by=by, note=error[:500], extra={"error": error[:4000]})[0]
