"""A local stand-in for the web search route twint 2.1.20 scrapes (stdlib only).

twint reads `GET {twint.url.base}/search/timeline?…&q= from:<user>&max_position=<cursor>` and expects
X's pre-2020 web search JSON, `{"items_html": "<li …><div class="tweet" …>…", "min_position": …}`,
then parses the HTML with BeautifulSoup (twint/feed.py, twint/tweet.py). X closed that route years ago
(twint is archived), so tests cannot reach the real thing: this server answers the way X answered
when twint worked — markup with exactly the attributes and classes twint reads — or refuses the way
X answers today (404 page, 403, 429, or the JavaScript app shell), so both paths run offline.

    with FakeTwint(username="fieldnotes_bot") as fake:
        fake.seed("first field note of the year")
        twint.url.base = fake.base_url           # what TWEETBOT_TWINT_BASE_URL sets
        fake.refuse(404)                         # every search now gets X's "page not found"

twint 2.1.20 makes no other request for `Search="from:<user>"`: its user agent for searches is a fixed
string (no fake-useragent download), it fetches no guest token (that came in later versions), and the
profile page is only fetched for `Username=`, which tweetbot never sets.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tweetbot.testing.local_server import LocalServer

TWITTER_EPOCH_MS = 1288834974657
PAGE_SIZE = 20  # what X's web search returned per request

#: What X serves today for the old web routes (twint issues #915, #1228, #1433).
NOT_FOUND_PAGE = ("<!DOCTYPE html><html lang=\"en\"><head><title>Page not found / X</title></head>"
                  "<body><h1>Hmm...this page doesn’t exist. Try searching for something else.</h1>"
                  "</body></html>")
FORBIDDEN = {"errors": [{"code": 200, "message": "Forbidden."}]}
RATE_LIMITED = {"errors": [{"code": 88, "message": "Rate limit exceeded."}]}
APP_SHELL = ("<!DOCTYPE html><html dir=\"ltr\" lang=\"en\"><head><meta charset=\"utf-8\"><title>X</title>"
             "</head><body><noscript><h1>JavaScript is not available.</h1><p>We’ve detected that "
             "JavaScript is disabled in this browser.</p></noscript><div id=\"react-root\"></div>"
             "</body></html>")
REFUSALS = (403, 404, 429, "html")

_TOKEN = re.compile(r"(https?://\S+|@\w{1,15}|#\w+)")


@dataclass
class FakeTweet:
    id: str
    text: str
    created_at: datetime
    in_reply_to: str | None = None  # the replied-to tweet's id (same account, a thread)
    counts: dict[str, int] | None = None  # "reply", "retweet", "favorite": the page's stat counts


def snowflake(when: datetime, sequence: int = 0) -> int:
    """X's id for a tweet made at `when` (ms since X's epoch in the top bits)."""
    ms = int(when.timestamp() * 1000) - TWITTER_EPOCH_MS
    return (ms << 22) + sequence


class FakeTwint(LocalServer):
    """One account's tweets behind a fake `/i/search/timeline`."""

    name = "fake-twint"

    def __init__(self, *, username: str = "fieldnotes_bot", user_id: str = "1500000000000000001",
                 name: str = "Field Notes Bot", page_size: int = PAGE_SIZE, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.username, self.user_id, self.name = username, user_id, name
        self.page_size = page_size
        super().__init__(host=host, port=port)
        self._lock = threading.Lock()
        self._tweets: dict[int, FakeTweet] = {}
        self._refusal: int | str | None = None
        self._requests: list[dict[str, str]] = []

    # ------------------------------------------------------------ lifecycle


    # ------------------------------------------------------------ what tests read and set

    @property
    def base_url(self) -> str:
        """The value for `twint.url.base` (X's was `https://twitter.com/i`)."""
        return f"{self.url}/i"

    @property
    def requests_seen(self) -> list[dict[str, str]]:
        """The query parameters of each search request (plus `path`), in order."""
        with self._lock:
            return [dict(r) for r in self._requests]

    def seed(self, text: str, *, created_at: datetime | None = None, tweet_id: str | None = None,
             in_reply_to: str | None = None, likes: int = 0, retweets: int = 0, replies: int = 0) -> str:
        """Add a tweet by the account; returns its id (a snowflake of `created_at`, default now).
        The counts are what the page shows under it (twint's likes_count, retweets_count, replies_count)."""
        when = (created_at or datetime.now(UTC)).astimezone(UTC)
        with self._lock:
            new_id = int(tweet_id) if tweet_id else snowflake(when)
            while tweet_id is None and new_id in self._tweets:
                new_id += 1
            self._tweets[new_id] = FakeTweet(str(new_id), text, when, in_reply_to,
                                             {"favorite": likes, "retweet": retweets, "reply": replies})
        return str(new_id)

    def refuse(self, how: int | str | None) -> None:
        """Answer every search like today's X: 404 page, 403, 429, "html" app shell; None serves again."""
        if how is not None and how not in REFUSALS:
            raise ValueError(f"unknown refusal {how!r}; one of {REFUSALS}")
        with self._lock:
            self._refusal = how

    # ------------------------------------------------------------ answering

    def answer(self, path: str, query: str) -> tuple[int, str, str]:
        """(status, content type, body) for one GET; no I/O, so it can be tested without sockets."""
        params = dict(parse_qsl(query, keep_blank_values=True))
        with self._lock:
            self._requests.append({"path": path, **params})
            refusal = self._refusal
        if refusal is not None:
            return _refusal_reply(refusal)
        if path != "/i/search/timeline":
            return 404, "text/html; charset=utf-8", NOT_FOUND_PAGE
        page, cursor = self._search(params.get("q", ""), params.get("max_position", "-1"))
        body = {"min_position": cursor, "has_more_items": bool(page), "items_html": page,
                "new_latest_sort_index": cursor, "focused_refresh_interval": 30000}
        return 200, "application/json;charset=utf-8", json.dumps(body)

    def _search(self, q: str, position: str) -> tuple[str, str]:
        """One page of `q`'s results below the cursor, newest first, as X's `items_html`."""
        terms = _parse_query(q)
        if terms.get("from", "").lower() != self.username.lower():
            return "", position
        below = _cursor_bottom(position)
        with self._lock:
            ids = [i for i in sorted(self._tweets, reverse=True)
                   if i < below and _in_range(self._tweets[i].created_at, terms)]
            page = [self._tweets[i] for i in ids[: self.page_size]]
        if not page:
            return "", position
        cursor = f"TWEET-{page[-1].id}-{page[0].id}"
        return "\n".join(self._item_html(t) for t in page), cursor

    def _item_html(self, tweet: FakeTweet) -> str:
        """One stream item with the markup twint/tweet.py reads (see its `Tweet()`)."""
        parent = self._tweets.get(int(tweet.in_reply_to)) if tweet.in_reply_to else None
        conversation = _conversation(self._tweets, tweet)
        # X pre-filled the reply box from this list: the author always, plus whoever is replied to.
        reply_to = [{"id_str": self.user_id, "screen_name": self.username, "name": self.name}]
        ms = int(tweet.created_at.timestamp() * 1000)
        mentions = " ".join(m[1:] for m in re.findall(r"@\w{1,15}", tweet.text))
        attrs = {
            "class": "tweet js-stream-tweet js-actionable-tweet js-profile-popup-actionable "
                     "dismissible-content original-tweet js-original-tweet has-cards has-content",
            "data-tweet-id": tweet.id, "data-item-id": tweet.id,
            "data-permalink-path": f"/{self.username}/status/{tweet.id}",
            "data-conversation-id": conversation, "data-screen-name": self.username,
            "data-name": self.name, "data-user-id": self.user_id, "data-you-follow": "false",
            "data-follows-you": "false", "data-you-block": "false",
            "data-reply-to-users-json": json.dumps(reply_to), "data-disclosure-type": "",
        }
        if mentions:
            attrs["data-mentions"] = mentions
        context = (f'<div class="ReplyingToContextBelowAuthor" data-aria-label-part>Replying to '
                   f'<a class="pretty-link js-user-profile-link" href="/{self.username}">'
                   f'<span class="username u-dir u-textTruncate">@<b>{self.username}</b></span></a></div>'
                   if parent else "")
        counts = tweet.counts or {}
        stat = "".join(
            f'<span class="ProfileTweet-action--{kind} u-hiddenVisually"><span class="ProfileTweet-actionCount" '
            f'data-tweet-stat-count="{counts.get(kind, 0)}"><span class="ProfileTweet-actionCountForAria">'
            f'{counts.get(kind, 0)}</span></span></span>'
            for kind in ("reply", "retweet", "favorite"))
        return (
            f'<li class="js-stream-item stream-item stream-item" data-item-id="{tweet.id}" '
            f'id="stream-item-tweet-{tweet.id}" data-item-type="tweet">'
            f"<div {_attrs(attrs)}><div class=\"context\"></div><div class=\"content\">"
            f'<div class="stream-item-header"><small class="time">'
            f'<a href="/{self.username}/status/{tweet.id}" class="tweet-timestamp js-permalink js-nav '
            f'js-tooltip" data-conversation-id="{conversation}">'
            f'<span class="_timestamp js-short-timestamp" data-aria-label-part="last" '
            f'data-time="{ms // 1000}" data-time-ms="{ms}" data-long-form="true">'
            f"{tweet.created_at:%d %b %Y}</span></a></small></div>{context}"
            f'<div class="js-tweet-text-container"><p class="TweetTextSize js-tweet-text tweet-text" '
            f'lang="en" data-aria-label-part="0">{_text_html(tweet.text)}</p></div>'
            f'<div class="stream-item-footer"><div class="ProfileTweet-actionCountList u-hiddenVisually">'
            f"{stat}</div></div></div></div></li>"
        )


# ---------------------------------------------------------------- markup helpers


def _attrs(attrs: dict[str, str]) -> str:
    return " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())


def _tco(url: str) -> str:
    return "https://t.co/" + hashlib.sha1(url.encode()).hexdigest()[:10]


def _text_html(text: str) -> str:
    """Tweet text as X's web client marked it up: links, @mentions and #hashtags as anchors."""
    out = []
    for i, part in enumerate(_TOKEN.split(text)):
        if i % 2 == 0:
            out.append(html.escape(part, quote=False))
        elif part.startswith("http"):
            scheme, _, rest = part.partition("://")
            out.append(
                f'<a href="{_tco(part)}" rel="nofollow noopener" dir="ltr" '
                f'data-expanded-url="{html.escape(part, quote=True)}" class="twitter-timeline-link" '
                f'target="_blank" title="{html.escape(part, quote=True)}"><span class="tco-ellipsis">'
                f'</span><span class="invisible">{scheme}://</span><span class="js-display-url">'
                f'{html.escape(rest, quote=False)}</span><span class="invisible"></span></a>')
        elif part.startswith("@"):
            out.append(f'<a href="/{part[1:]}" class="twitter-atreply pretty-link js-nav" dir="ltr">'
                       f"<s>@</s><b>{part[1:]}</b></a>")
        else:
            out.append(f'<a href="/hashtag/{part[1:]}?src=hash" data-query-source="hashtag_click" '
                       f'class="twitter-hashtag pretty-link js-nav" dir="ltr"><s>#</s><b>{part[1:]}</b></a>')
    return "".join(out)


def _conversation(tweets: dict[int, FakeTweet], tweet: FakeTweet) -> str:
    """The id of the thread's first tweet."""
    seen = 0
    while tweet.in_reply_to and int(tweet.in_reply_to) in tweets and seen < 1000:
        tweet, seen = tweets[int(tweet.in_reply_to)], seen + 1
    return tweet.id if tweet.in_reply_to is None else tweet.in_reply_to


def _parse_query(q: str) -> dict[str, str]:
    """`from:alice since:1700000000 until:…` → {"from": "alice", …} (twint sends epoch seconds,
    or a quoted date on platforms whose name contains "win", macOS included)."""
    return {k.lower(): v.strip('"') for k, v in re.findall(r"(\w+):(\S+)", q)}


def _when(value: str) -> datetime | None:
    if value.isdigit():
        return datetime.fromtimestamp(int(value), UTC)
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None


def _in_range(created: datetime, terms: dict[str, str]) -> bool:
    since = _when(terms.get("since", ""))
    until = _when(terms.get("until", ""))
    return (since is None or created >= since) and (until is None or created < until)


def _cursor_bottom(position: str) -> int:
    """Ids strictly below this are still to come: "-1" (first page) or "TWEET-<oldest>-<newest>"."""
    match = re.fullmatch(r"TWEET-(\d+)-(\d+)", position)
    return int(match.group(1)) if match else 10 ** 20


def _refusal_reply(how: int | str) -> tuple[int, str, str]:
    if how == 404:
        return 404, "text/html; charset=utf-8", NOT_FOUND_PAGE
    if how == 403:
        return 403, "application/json; charset=utf-8", json.dumps(FORBIDDEN)
    if how == 429:
        return 429, "application/json; charset=utf-8", json.dumps(RATE_LIMITED)
    return 200, "text/html; charset=utf-8", APP_SHELL


# ---------------------------------------------------------------- HTTP


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "tsa_fake"
    sys_version = ""

    def do_GET(self) -> None:
        fake: FakeTwint = self.server.fake  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        status, content_type, body = fake.answer(parts.path, parts.query)
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Date", time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime()))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


FakeTwint.handler = _Handler
