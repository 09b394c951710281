"""Read an account's timeline through X API v2 (tweepy) into `RawTweet`s, incrementally.

GET /2/users/by/username/:u, then GET /2/users/:id/tweets newest first, 100 a page, until X has no
more (it serves about the 3,200 newest) or `limit` is reached. Reading timelines needs a paid API
tier: the free tier answers 403, which becomes a message pointing at the archive export.

Interruptible without losing or refetching pages. X pages newest → oldest, so a run that stops
part-way (a 429, a crash) holds the newest tweets but not the older ones since the last run. Each page
is stored as it arrives, its rows marked *pending* in `source_ref` with the since_id of their window.
The next run — or the operator after its rate-limit wait — reads that state back from the store: it
first fetches the hole between that since_id and the oldest pending tweet, then what is newer than
the newest pending one, clearing the marks as each window completes. A run that completes leaves no
marks, and the next one starts after the newest stored tweet of that X user (`since_id`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tweetbot.sources.base import RawTweet, SourceError, is_retweet_text, parse_datetime, read_counts

if TYPE_CHECKING:
    from tweetbot.store.db import Store
    from tweetbot.x.client import XClient, XError

KIND = "x-api"
PAGE_SIZE = 100
TIMELINE_CAP = 3200
#: Asked of every timeline page: dates, reply/retweet detection, t.co expansion, long posts' full text,
#: and the engagement counts (public_metrics: like, retweet, reply and quote counts).
TWEET_FIELDS = ("created_at", "entities", "referenced_tweets", "in_reply_to_user_id", "lang", "note_tweet",
                "public_metrics")
#: public_metrics key → RawTweet count.
PUBLIC_METRICS = {"likes": "like_count", "retweets": "retweet_count", "replies": "reply_count",
                  "quotes": "quote_count"}
TWITTER_EPOCH_MS = 1288834974657
ARCHIVE_HINT = ("Use the account's archive export instead: on x.com, Settings → Your account → "
                "Download an archive of your data, then `tweetbot import --source archive "
                "<archive>/data/tweets.js`")

_PENDING = re.compile(r" \[pending since (\d+)\]$")


class TimelineForbidden(SourceError):
    """X will not let these credentials read timelines (API tier, usage cap): waiting will not help."""


# ---------------------------------------------------------------- ids and dates


def snowflake_floor(when: datetime) -> int:
    """The smallest tweet id X could give a tweet made at `when` (ids embed their time)."""
    ms = int(when.astimezone(UTC).timestamp() * 1000) - TWITTER_EPOCH_MS
    return max(ms, 0) << 22


def parse_since(value: str | int | None) -> int | None:
    """`--since`: a tweet id (digits) or a date/time (`2024-05-01`, ISO 8601) → an exclusive since_id."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    try:
        when = parse_datetime(text)
    except ValueError:
        raise SourceError(f"--since {text!r}: expected a tweet id or a date like 2024-05-01") from None
    return max(snowflake_floor(when) - 1, 0)


# ---------------------------------------------------------------- API data → RawTweet


def tweet_from_api(data: dict[str, Any], username: str) -> RawTweet:
    """One `data[]` item of GET /2/users/:id/tweets as a RawTweet (origin set by the caller)."""
    tweet_id = str(data.get("id") or "")
    if not tweet_id.isdigit():
        raise SourceError(f"X API @{username}: a tweet without an id: {str(data)[:80]}")
    if not data.get("created_at"):
        raise SourceError(f"X API @{username}/status/{tweet_id}: no created_at (ask tweet.fields=created_at)")
    note = data.get("note_tweet") if isinstance(data.get("note_tweet"), dict) else None
    text = (note or data).get("text") or ""  # posts over 280 characters: full text in note_tweet
    refs = {r.get("type") for r in data.get("referenced_tweets") or [] if isinstance(r, dict)}
    metrics = data.get("public_metrics") if isinstance(data.get("public_metrics"), dict) else {}
    return RawTweet(
        tweet_id=tweet_id,
        created_at=parse_datetime(str(data["created_at"])),
        text=text,
        is_retweet="retweeted" in refs or is_retweet_text(text),
        is_reply="replied_to" in refs or bool(data.get("in_reply_to_user_id")),
        urls=_url_pairs((note or data).get("entities")),
        lang=data.get("lang") or None,
        origin=f"https://x.com/{username}/status/{tweet_id}",
        author=username,
        **read_counts({name: metrics.get(key) for name, key in PUBLIC_METRICS.items()}),
    )


def _url_pairs(entities: Any) -> tuple[tuple[str, str], ...]:
    """(t.co, expanded) for links; media t.co's stay as they are, as in archive exports."""
    urls = entities.get("urls") if isinstance(entities, dict) else None
    return tuple(
        (u["url"], u["expanded_url"]) for u in urls or []
        if isinstance(u, dict) and isinstance(u.get("url"), str) and isinstance(u.get("expanded_url"), str)
        and "media_key" not in u
    )


# ---------------------------------------------------------------- where the stored timeline stands


@dataclass(frozen=True)
class Window:
    """Tweet ids strictly between `since_id` and `until_id` (None: unbounded)."""

    since_id: int | None
    until_id: int | None


@dataclass(frozen=True)
class Cursor:
    """The stored state of one X user's timeline for one account."""

    newest_complete: int | None = None
    pending_since: int | None = None
    pending_oldest: int | None = None
    pending_newest: int | None = None

    def windows(self) -> list[Window]:
        """What to fetch: after the newest stored tweet, or first the hole an interrupted run left."""
        if self.pending_oldest is None:
            return [Window(self.newest_complete, None)]
        return [Window(self.pending_since, self.pending_oldest), Window(self.pending_newest, None)]


def ref_prefix(user_id: str) -> str:
    """`source_ref` of every row read from this X user (by id, so a renamed account keeps its place)."""
    return f"x-api user {user_id} "


def source_ref(user_id: str, username: str, tweet_id: str, pending_since: int | None) -> str:
    ref = f"{ref_prefix(user_id)}https://x.com/{username}/status/{tweet_id}"
    return ref if pending_since is None else f"{ref} [pending since {pending_since}]"


def read_cursor(store: Store, account: str, user_id: str) -> Cursor:
    """The newest completely fetched tweet id and any pending (interrupted) rows, from the store."""
    from sqlalchemy import func, select

    from tweetbot.store.schema import source_tweets as t

    mine = (t.c.account == account, t.c.source_kind == KIND,
            t.c.source_ref.startswith(ref_prefix(user_id), autoescape=True))
    pending = t.c.source_ref.contains(" [pending since ", autoescape=True)
    with store.connect() as conn:
        newest = conn.execute(
            select(t.c.tweet_id).where(*mine, ~pending)
            .order_by(func.length(t.c.tweet_id).desc(), t.c.tweet_id.desc()).limit(1)
        ).scalar_one_or_none()
        rows = conn.execute(select(t.c.tweet_id, t.c.source_ref).where(*mine, pending)).all()
    if not rows:
        return Cursor(newest_complete=int(newest) if newest else None)
    ids = [int(r.tweet_id) for r in rows]
    sinces = [int(m.group(1)) for r in rows if (m := _PENDING.search(r.source_ref))]
    since = min(sinces) if sinces else 0
    return Cursor(int(newest) if newest else None, since or None, min(ids), max(ids))


def mark_complete(store: Store, account: str, user_id: str) -> int:
    """Clear the pending marks of this user's rows: everything since their since_id is stored."""
    from sqlalchemy import select, update

    from tweetbot.store.schema import source_tweets as t

    with store.begin() as conn:
        rows = conn.execute(select(t.c.id, t.c.source_ref).where(
            t.c.account == account, t.c.source_kind == KIND,
            t.c.source_ref.startswith(ref_prefix(user_id), autoescape=True),
            t.c.source_ref.contains(" [pending since ", autoescape=True))).all()
        for row in rows:
            conn.execute(update(t).where(t.c.id == row.id)
                         .values(source_ref=_PENDING.sub("", row.source_ref)))
    return len(rows)


# ---------------------------------------------------------------- the import loop


@dataclass
class TimelineRun:
    """What one import fetched, for the report."""

    username: str
    user_id: str = ""
    requests: int = 0
    fetched: int = 0
    windows: list[dict[str, Any]] = field(default_factory=list)
    excluded: tuple[str, ...] = ()
    stopped_at_limit: bool = False

    def details(self) -> dict[str, Any]:
        return {"username": self.username, "user_id": self.user_id, "requests": self.requests,
                "windows": self.windows, "excluded_by_x": list(self.excluded),
                "stopped_at_limit": self.stopped_at_limit}


def import_timeline(
    client: XClient, store: Store, *, account: str, username: str,
    store_page: Callable[[list[RawTweet]], None], exclude: Iterable[str] = (),
    since: str | int | None = None, limit: int | None = None, log: Callable[[str], None] = print,
) -> TimelineRun:
    """Fetch what is new on @username's timeline and hand each page to `store_page` as it arrives.

    `store_page` must have stored the page when it returns (the next window's start depends on it).
    `since` (a tweet id or date) replaces the stored position; `limit` caps this run at that many of
    the newest tweets, and what it leaves older is not fetched later (a deliberate cut, not a hole).
    XRateLimited propagates after the pages before it were stored: run again after its reset_at.
    """
    from tweetbot.x.client import XError

    username = username.strip().lstrip("@")
    run = TimelineRun(username=username, excluded=tuple(sorted(set(exclude))))
    try:
        run.user_id, run.username = _resolve(client, username)
        run.requests += 1
        explicit = parse_since(since)
        cursor = Cursor(newest_complete=explicit) if explicit is not None else read_cursor(
            store, account, run.user_id)
        budget = min(limit, TIMELINE_CAP) if limit else TIMELINE_CAP
        for window in cursor.windows():
            got = _fetch_window(client, run, window, budget - run.fetched, store_page, log)
            run.windows.append({"since_id": _s(window.since_id), "until_id": _s(window.until_id),
                                "tweets": got})
            mark_complete(store, account, run.user_id)
            if run.fetched >= budget:
                run.stopped_at_limit = bool(limit) and run.fetched >= limit
                break
    except XError as exc:
        _raise_explained(exc, run.username)
    return run


def _resolve(client: XClient, username: str) -> tuple[str, str]:
    found = client.find_user(username)
    if found is None:
        raise SourceError(f"X API: there is no X account @{username} (or it is suspended)")
    return found


def _fetch_window(client: XClient, run: TimelineRun, window: Window, budget: int,
                  store_page: Callable[[list[RawTweet]], None], log: Callable[[str], None]) -> int:
    """Page through one window newest → oldest, storing each page marked pending."""
    got = 0
    pages = client.user_tweets(run.user_id, since_id=_s(window.since_id), until_id=_s(window.until_id),
                               exclude=run.excluded, max_results=PAGE_SIZE, tweet_fields=TWEET_FIELDS)
    for page in pages:
        run.requests += 1
        tweets = [tweet_from_api(item, run.username) for item in page][: max(budget - got, 0)]
        raw = [_pending(t, run, window.since_id) for t in tweets]
        if raw:
            store_page(raw)
        got += len(raw)
        run.fetched += len(raw)
        log(f"X API @{run.username}: page {run.requests - 1}, {len(raw)} tweets ({run.fetched:,} so far)")
        if got >= budget:
            pages.close()
            break
    return got


def _pending(tweet: RawTweet, run: TimelineRun, since_id: int | None) -> RawTweet:
    from dataclasses import replace

    return replace(tweet, origin=source_ref(run.user_id, run.username, tweet.tweet_id, since_id or 0))


def _s(value: int | None) -> str | None:
    return None if value is None else str(value)


def _raise_explained(exc: XError, username: str) -> None:
    """X's refusals in words a person can act on; 429 and 5xx pass through for the caller's wait/retry."""
    from tweetbot.x.client import XAuthError, XRateLimited, XRejected

    if isinstance(exc, XRateLimited) and "usage cap" in str(exc).lower():  # not the 15-minute window
        raise TimelineForbidden(
            f"X's usage cap for this app is used up ({exc}): waiting for the rate-limit reset will not "
            "help. What was fetched is stored and the next run continues after the cap resets (see "
            "the X developer console); or " + ARCHIVE_HINT[0].lower() + ARCHIVE_HINT[1:]) from None
    if (isinstance(exc, XAuthError) and exc.status == 403) or (isinstance(exc, XRejected)
                                                               and exc.status == 402):
        raise TimelineForbidden(
            f"X refused to read @{username}'s timeline ({exc}). Reading timelines through the API "
            "needs a paid X API tier (Basic or above); the free tier can only post. " + ARCHIVE_HINT
        ) from None
    if isinstance(exc, XAuthError):
        raise XAuthError(f"X rejected the API credentials ({exc}): check the x_default connection's "
                         "keys, or its bearer token", exc.status) from None
    raise exc
