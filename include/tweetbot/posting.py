"""Posting approved tweets exactly once, from tasks that may run twice or die at any line.

Order of every post: claim (approved → posting, intent recorded) → call X → record the outcome.
A tweet found in `posting` at the start of a run was left by a dead run: reconcile it with the
account's timeline (or X's duplicate answer) before it can be posted again.
"""
from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tweetbot.curation.text import normalise
from tweetbot.store import queue
from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.x.client import XClient, XDuplicate, XError, XRejected, XUnknownOutcome

LogFn = Callable[[str], None]
logger = logging.getLogger("tweetbot.posting")

#: X's free API tier allows 17 posts per user per 24 hours; a cap above it only earns 429s.
FREE_TIER_DAILY_CAP = 17
#: A tweet in `posting` younger than this may belong to a live poster (the CLI beside the hourly
#: task): leave it alone. Longer than the client's 30 s timeout, so a live post has finished.
RECONCILE_AFTER = timedelta(seconds=90)
_URL = re.compile(r"https?://\S+")


def comparable(text: str) -> str:
    """What our text and X's copy of it share: X returns HTML-escaped text with links as t.co."""
    return normalise(_URL.sub(" ", html.unescape(text)))


@dataclass(frozen=True)
class PostingPolicy:
    """When and how much to post. Quiet hours are local times in `timezone`; none by default."""

    max_posts: int = 1
    daily_cap: int = FREE_TIER_DAILY_CAP
    quiet_start: str | None = None  # "23:00"
    quiet_end: str | None = None  # "07:00"
    timezone: str = "UTC"
    min_interval_hours: float = 0.0  # story bots: e.g. 6, so an hourly DAG posts every 6 hours
    thread: str = "chapter"  # story tweets reply to the previous one: per "chapter", or "continue"

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)  # fail early on a misspelt zone
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.timezone!r} (e.g. UTC, Europe/London)") from None
        if bool(self.quiet_start) != bool(self.quiet_end):
            raise ValueError("quiet hours need both a start and an end (HH:MM), or neither")
        for value in (self.quiet_start, self.quiet_end):
            if value:
                time.fromisoformat(value)
        if self.thread not in ("chapter", "continue"):
            raise ValueError(f"thread must be 'chapter' or 'continue', not {self.thread!r}")

    def is_quiet(self, now: datetime) -> bool:
        if not self.quiet_start:
            return False
        local = now.astimezone(ZoneInfo(self.timezone)).time()
        start, end = time.fromisoformat(self.quiet_start), time.fromisoformat(self.quiet_end)
        return start <= local < end if start <= end else (local >= start or local < end)


@dataclass
class PostReport:
    dry_run: bool
    posted: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    reconciled: list[dict] = field(default_factory=list)
    held_back: str | None = None  # why nothing (more) was posted: quiet hours, daily cap

    def as_dict(self) -> dict:
        def brief(rows: list[dict]) -> list[dict]:
            return [{"id": r["id"], "x_tweet_id": r.get("x_tweet_id"), "x_url": r.get("x_url")} for r in rows]

        return {"dry_run": self.dry_run, "posted": brief(self.posted), "failed": brief(self.failed),
                "reconciled": brief(self.reconciled), "held_back": self.held_back}


def reconcile_stuck(store: Store, client: XClient | None, *, account: str | None, by: str,
                    log: LogFn, older_than: timedelta = RECONCILE_AFTER) -> list[dict]:
    """Settle tweets left in `posting` by a run that died: posted if X has them, else approved again.

    Looks through the account's recent tweets for the same text. Where the API tier cannot read the
    timeline, the tweet goes back to approved and X's duplicate answer settles it on the next post.
    """
    cutoff = utcnow() - older_than
    stuck = [t for t in queue.list_tweets(store, account=account, status="posting")
             if t["posting_started_at"] is None or t["posting_started_at"] <= cutoff]
    if not stuck:
        return []
    timeline: dict[str, str] | None = None
    if client is not None:
        try:
            timeline = {comparable(t["text"]): t["id"] for t in client.recent_tweets()}
        except XError as exc:
            log(f"reconcile: cannot read the account's timeline ({exc}); relying on X's duplicate check")
    settled = []
    for tweet in stuck:
        x_id = (timeline or {}).get(comparable(tweet["text"]))
        if x_id:
            log(f"reconcile: tweet #{tweet['id']} is already on X as {x_id}: marking posted")
            settled.append(queue.mark_posted(store, tweet["id"], x_tweet_id=x_id, x_url=client.tweet_url(x_id),
                                             dry_run=False, by=by))
        else:
            log(f"reconcile: tweet #{tweet['id']} was claimed by a run that died before X had it: approved again")
            settled.append(queue.mark_failed(store, tweet["id"], error="interrupted before X answered",
                                             by=by, retry=True))
    return settled


def post_approved(store: Store, client: XClient | None, *, account: str | None, policy: PostingPolicy,
                  by: str, log: LogFn | None = None, now: datetime | None = None,
                  reconcile: bool = True, reconcile_after: timedelta = RECONCILE_AFTER) -> PostReport:
    """Post up to `policy.max_posts` approved tweets in queue order; `client=None` is a dry run.

    Raises XRateLimited / XUnavailable / XAuthError with the tweet back in `approved`; a 400 sends
    the tweet to `failed` with X's message and the run goes on.
    """
    log = log or logger.info
    now = now or utcnow()
    report = PostReport(dry_run=client is None)
    if reconcile:
        report.reconciled = reconcile_stuck(store, client, account=account, by=by, log=log,
                                            older_than=reconcile_after)
    if policy.is_quiet(now):
        report.held_back = f"quiet hours ({policy.quiet_start}–{policy.quiet_end} {policy.timezone})"
        log(f"not posting: {report.held_back}")
        return report
    if policy.min_interval_hours:
        last = queue.last_posted_at(store, account)
        if last and now - last < timedelta(hours=policy.min_interval_hours):
            report.held_back = (f"last post {last:%Y-%m-%d %H:%M} UTC is less than "
                                f"{policy.min_interval_hours:g} h ago")
            log(f"not posting: {report.held_back}")
            return report
    for _ in range(policy.max_posts):
        used = queue.count_posted_since(store, now - timedelta(hours=24), account=account)
        if used >= policy.daily_cap:
            report.held_back = f"daily cap reached ({used}/{policy.daily_cap} in the last 24 h)"
            log(f"not posting: {report.held_back}")
            break
        tweet = queue.claim_next_approved(store, account=account, by=by)
        if tweet is None:
            log("no approved tweets to post")
            break
        outcome = _post_one(store, client, tweet, by=by, log=log, thread=policy.thread)
        (report.posted if outcome["status"] == "posted" else report.failed).append(outcome)
    return report


def reply_target(store: Store, tweet: dict, thread: str) -> str | None:
    """For a story tweet: the X id of the story's previous posted tweet (same chapter, or any)."""
    if not tweet.get("story_id"):
        return None
    previous = queue.last_posted_of_story(
        store, tweet["story_id"], chapter=tweet["chapter"] if thread == "chapter" else None)
    return previous["x_tweet_id"] if previous else None


def _post_one(store: Store, client: XClient | None, tweet: dict, *, by: str, log: LogFn,
              thread: str = "chapter") -> dict:
    if client is None:
        log(f"DRY RUN (no x_default connection): would post tweet #{tweet['id']}: {tweet['text']!r}")
        return queue.mark_posted(store, tweet["id"], x_tweet_id=None, x_url=None, dry_run=True, by=by)
    in_reply_to = reply_target(store, tweet, thread)
    try:
        posted = client.post(tweet["text"], in_reply_to=in_reply_to)
    except XDuplicate as exc:
        log(f"tweet #{tweet['id']}: X says it is already on the account ({exc}): marking posted")
        return queue.mark_posted(store, tweet["id"], x_tweet_id=None, x_url=None, dry_run=False, by=by)
    except XRejected as exc:
        log(f"tweet #{tweet['id']}: X refused it ({exc}): marking failed")
        return queue.mark_failed(store, tweet["id"], error=str(exc), by=by, retry=False)
    except XUnknownOutcome as exc:
        log(f"tweet #{tweet['id']}: {exc}; left in posting for the next run to reconcile")
        raise
    except XError as exc:
        queue.mark_failed(store, tweet["id"], error=str(exc), by=by, retry=True)
        raise
    except BaseException as exc:
        # Unknown failure mid-call: X may or may not have it. Leave it `posting` for reconciliation.
        log(f"tweet #{tweet['id']}: unexpected {type(exc).__name__}; left for reconciliation")
        raise
    log(f"posted tweet #{tweet['id']} as {posted.id}: {posted.url}"
        + (f" (in reply to {in_reply_to})" if in_reply_to else ""))
    return queue.mark_posted(store, tweet["id"], x_tweet_id=posted.id, x_url=posted.url, dry_run=False,
                             by=by, in_reply_to_x_id=in_reply_to)
