"""A local X API v2 that answers like X does, for tests and benchmarks (stdlib and oauthlib).

Why a fake and not mocks: the poster's correctness depends on how X *answers* (bodies, status codes,
rate-limit headers, a tweet accepted just before the connection dies), and on real tweepy signing real
OAuth 1.0a requests through `tweetbot.x.client`. This server checks those signatures the way X does
(RFC 5849 HMAC-SHA1, replayed nonces, stale timestamps: oauthlib's resource endpoint does the checking)
and returns X's own bodies, copied from answers X gave to users in public bug reports (see the
constants below).

    with FakeX() as fake:
        client = XClient(XCredentials(**fake.credentials))
        fake.inject(503)                      # the next POST /2/tweets gets X's 503
        ...

Also a process: `python -m tweetbot.testing.fake_x --port 0` prints one JSON line
(`{"url": ..., "credentials": {...}}`) and serves until SIGTERM.
"""
from __future__ import annotations

import argparse
import hmac
import json
import re
import signal
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, RequestValidator, ResourceEndpoint

from tweetbot.testing.local_server import LocalServer

# ---------------------------------------------------------------- X's own bodies

#: 401, `content-type: application/problem+json` (node-twitter-api-v2#425, iembot#154).
UNAUTHORIZED = {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
#: 403 on POST /2/tweets when the account already has this exact text (iembot#163, x-ruby#24).
DUPLICATE = {"detail": "You are not allowed to create a Tweet with duplicate content.",
             "type": "about:blank", "title": "Forbidden", "status": 403}
#: 403 on POST /2/tweets replying to a tweet that does not exist (any more) or is hidden.
REPLY_NOT_VISIBLE = {"detail": "You attempted to reply to a Tweet that is deleted or not visible to you.",
                     "type": "about:blank", "title": "Forbidden", "status": 403}
#: 403 when an app-only bearer token calls a user-context endpoint (POST /2/tweets, /2/users/me).
UNSUPPORTED_AUTH = {
    "title": "Unsupported Authentication",
    "detail": "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported "
              "authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
    "type": "https://api.twitter.com/2/problems/unsupported-authentication", "status": 403}
#: 429 (TwitterAPI#180).
TOO_MANY_REQUESTS = {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank",
                     "status": 429}
#: 5xx: X's 503 body is logged in iembot#171; 500/502 follow the same problem shape.
SERVER_ERRORS = {
    500: {"title": "Internal Server Error", "detail": "Internal Server Error", "type": "about:blank",
          "status": 500},
    502: {"title": "Bad Gateway", "detail": "Bad Gateway", "type": "about:blank", "status": 502},
    503: {"title": "Service Unavailable", "detail": "Service Unavailable", "type": "about:blank",
          "status": 503},
}
#: 404 for a route X does not have.
PAGE_NOT_FOUND = {"errors": [{"message": "Sorry, that page does not exist", "code": 34}]}
TOO_LONG = ("Your Tweet text is too long. For more information on how Twitter determines text length "
            "see https://github.com/twitter/twitter-text.")
NOT_JSON = "Requests with bodies must have content-type of application/json."
INVALID_REQUEST_TYPE = "https://api.twitter.com/2/problems/invalid-request"
NOT_FOUND_TYPE = "https://api.twitter.com/2/problems/resource-not-found"
NOT_AUTHORIZED_FOR_FIELD_TYPE = "https://api.twitter.com/2/problems/not-authorized-for-field"
#: X's 403 for an app whose access level cannot read this endpoint, as the free tier gets for reads
#: (xdevplatform/samples#153, #150).
CLIENT_FORBIDDEN = {
    "client_id": "28572299",
    "detail": "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens "
              "from a Twitter developer App that is attached to a Project. You can create a project via "
              "the developer portal.",
    "registration_url": "https://developer.twitter.com/en/docs/projects/overview",
    "title": "Client Forbidden", "required_enrollment": "Appropriate Level of API Access",
    "reason": "client-not-enrolled", "type": "https://api.twitter.com/2/problems/client-forbidden"}
#: Owner-only metric fields: X refuses them field by field for anyone else's tweets.
PRIVATE_METRICS = {"non_public_metrics": ("impression_count", "url_link_clicks", "user_profile_clicks"),
                   "organic_metrics": ("impression_count", "like_count", "reply_count", "retweet_count",
                                       "url_link_clicks", "user_profile_clicks")}


def invalid_request(*errors: dict) -> dict:
    """X's 400 body: `errors[]` with the specifics, then a fixed title/detail/type."""
    return {"errors": list(errors), "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.", "type": INVALID_REQUEST_TYPE}


def param_error(name: str, value: str, message: str) -> dict:
    return {"parameters": {name: [value]}, "message": message}


def tweets_not_found(value: str) -> dict:
    """One `errors[]` item of GET /2/tweets?ids= for an id X does not have (deleted, or never was)."""
    return {"value": value, "detail": f"Could not find tweet with ids: [{value}].", "title": "Not Found Error",
            "resource_type": "tweet", "parameter": "ids", "resource_id": value, "type": NOT_FOUND_TYPE}


def field_not_authorized(tweet_id: str, field_name: str) -> dict:
    """X's `errors[]` item for an owner-only metric asked of someone else's tweet (the tweet is left out
    of `data`; seen in the wild as 200 answers listing one such error per field)."""
    return {"resource_type": "tweet", "field": field_name, "parameter": "id", "resource_id": tweet_id,
            "title": "Field Authorization Error", "section": "data",
            "detail": f"Sorry, you are not authorized to access '{field_name}' on the Tweet with id : "
                      f"[{tweet_id}].", "value": tweet_id, "type": NOT_AUTHORIZED_FOR_FIELD_TYPE}


def user_not_found(parameter: str, value: str) -> dict:
    """X answers an unknown user with HTTP 200 and only an `errors` array."""
    noun = "username" if parameter == "username" else "id"
    return {"errors": [{"value": value, "detail": f"Could not find user with {noun}: [{value}].",
                        "title": "Not Found Error", "resource_type": "user", "parameter": parameter,
                        "resource_id": value, "type": NOT_FOUND_TYPE}]}


# ---------------------------------------------------------------- OAuth 1.0a (RFC 5849), checked by oauthlib


class _XValidator(RequestValidator):
    """What oauthlib's resource endpoint asks a provider about a user-context request: the fake's app
    and its users' keys, X's clock skew, the nonces already seen. Keys of any shape are accepted as
    keys (X's own and the tests' short ones); whether they are the right ones is the check."""

    enforce_ssl = False  # the fake serves plain http on 127.0.0.1
    allowed_signature_methods = (SIGNATURE_HMAC_SHA1,)  # what X accepts
    dummy_client = "unknown-client"  # unknown keys are still signed against: no timing difference
    dummy_access_token = "unknown-token"

    def __init__(self, fake: FakeX) -> None:
        super().__init__()
        self.fake = fake

    @property
    def timestamp_lifetime(self) -> float:
        return self.fake.timestamp_skew_s

    def check_client_key(self, client_key: str) -> bool:
        return bool(client_key)

    def check_access_token(self, request_token: str) -> bool:
        return bool(request_token)

    def check_nonce(self, nonce: str) -> bool:
        return bool(nonce)

    def validate_client_key(self, client_key: str, request: Any) -> bool:
        return _same(client_key, self.fake.consumer_key)

    def get_client_secret(self, client_key: str, request: Any) -> str:
        return self.fake.consumer_secret if _same(client_key, self.fake.consumer_key) else "unknown"

    def validate_access_token(self, client_key: str, token: str, request: Any) -> bool:
        return self.fake._user_of(token) is not None

    def get_access_token_secret(self, client_key: str, token: str, request: Any) -> str:
        user = self.fake._user_of(token)
        return user.access_token_secret if user else "unknown"

    def validate_realms(self, client_key: str, token: str, request: Any, uri: str | None = None,
                        realms: Any = None) -> bool:
        return True

    def validate_timestamp_and_nonce(self, client_key: str, timestamp: str, nonce: str, request: Any,
                                     request_token: str | None = None, access_token: str | None = None) -> bool:
        key = (client_key, timestamp, nonce)
        with self.fake._lock:
            if key in self.fake._nonces:
                return False  # a replayed request
            self.fake._nonces.add(key)
        return True


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


# ---------------------------------------------------------------- state


@dataclass
class Reply:
    """What the handler writes: a JSON body, or (drop) nothing at all after `delay_s`."""

    status: int
    body: dict | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    drop: bool = False


@dataclass
class _Fault:
    kind: int | str
    path: str
    reset_in_s: int
    hang_s: float


class _Window:
    """A fixed rate-limit window, reported the way X's x-rate-limit-* headers do."""

    def __init__(self, limit: int, window_s: float) -> None:
        self.limit, self.window_s = limit, window_s
        self.start = time.time()
        self.used = 0

    def _roll(self, now: float) -> None:
        if now >= self.start + self.window_s:
            self.start, self.used = now, 0

    def take(self) -> bool:
        now = time.time()
        self._roll(now)
        if self.used >= self.limit:
            return False
        self.used += 1
        return True

    def headers(self) -> dict[str, str]:
        return {"x-rate-limit-limit": str(self.limit),
                "x-rate-limit-remaining": str(max(self.limit - self.used, 0)),
                "x-rate-limit-reset": str(int(self.start + self.window_s))}


FAULT_KINDS = (400, 401, 429, 500, 502, 503, "timeout", "accept_then_hang")
TWEETS_QUERY = ("end_time", "exclude", "expansions", "max_results", "media.fields", "pagination_token",
                "place.fields", "poll.fields", "since_id", "start_time", "tweet.fields", "until_id",
                "user.fields")
USER_QUERY = ("expansions", "tweet.fields", "user.fields")
LOOKUP_QUERY = ("expansions", "ids", "media.fields", "place.fields", "poll.fields", "tweet.fields", "user.fields")
MAX_LOOKUP_IDS = 100
TWEET_FIELDS = ("attachments", "author_id", "context_annotations", "conversation_id", "created_at",
                "edit_controls", "edit_history_tweet_ids", "entities", "geo", "id", "in_reply_to_user_id",
                "lang", "non_public_metrics", "note_tweet", "organic_metrics", "possibly_sensitive", "promoted_metrics",
                "public_metrics", "referenced_tweets", "reply_settings", "source", "text", "withheld")
CREATE_FIELDS = {"text", "reply", "quote_tweet_id", "media", "poll", "reply_settings", "geo", "nullcast",
                 "for_super_followers_only", "direct_message_deep_link", "community_id", "card_uri",
                 "made_with_ai", "paid_partnership", "share_with_followers", "edit_options"}
ID_PATTERN = re.compile(r"^[0-9]{1,19}$")
USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9_]{1,15}$")
TWITTER_EPOCH_MS = 1288834974657


def _iso(ts: float) -> str:
    """X's created_at: 2024-05-01T12:00:00.000Z."""
    stamp = datetime.fromtimestamp(ts, UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


@dataclass(eq=False)
class FakeUser:
    """One X account on the fake: its user object, the access token it posts with, its timeline."""

    fake: FakeX = field(repr=False)
    user: dict[str, str]
    access_token: str
    access_token_secret: str
    tweets: dict[int, dict] = field(default_factory=dict)  # id → tweet, seeded and posted
    posted_tweets: list[dict] = field(default_factory=list)

    @property
    def credentials(self) -> dict[str, Any]:
        """Keyword arguments for `XCredentials(**user.credentials)`: the app's keys, this user's token."""
        return {**self.fake.credentials, "access_token": self.access_token,
                "access_token_secret": self.access_token_secret}

    @property
    def posted(self) -> list[dict]:
        """Tweets this account created through POST /2/tweets, in post order (a snapshot)."""
        with self.fake._lock:
            return [dict(t) for t in self.posted_tweets]

    @property
    def timeline(self) -> list[dict]:
        """Every tweet on this account (seeded and posted), newest first (a snapshot)."""
        with self.fake._lock:
            return [dict(self.tweets[i]) for i in sorted(self.tweets, reverse=True)]

    def seed(self, text: str, tweet_id: str | None = None, *, in_reply_to: str | None = None) -> str:
        """Put an existing tweet on this account's timeline; returns its id."""
        return self.fake.seed(text, tweet_id, in_reply_to=in_reply_to, user=self)


class FakeX(LocalServer):
    """A local X API v2: POST /2/tweets, users/me, users/by/username, users/:id/tweets.

    One app (consumer key/secret, bearer token) and one account to start with; `add_user` adds more
    accounts, each with its own access token: a request signed with a user's token reads and posts as
    that user. `posted`, `timeline`, `seed`, `credentials` and `user` are the first account's."""

    def __init__(self, *, consumer_key: str = "ck-test", consumer_secret: str = "cs-test",
                 access_token: str = "at-test", access_token_secret: str = "ats-test",
                 bearer_token: str | None = "bearer-test", user_id: str = "1500000000000000001",
                 username: str = "fieldnotes_bot", name: str = "Field Notes Bot", host: str = "127.0.0.1",
                 port: int = 0, timestamp_skew_s: float = 300,
                 rate_limit: tuple[int, float] = (300, 15 * 60), hang_s: float = 5.0) -> None:
        self.consumer_key, self.consumer_secret = consumer_key, consumer_secret
        self.bearer_token = bearer_token
        self.users: list[FakeUser] = [FakeUser(self, {"id": user_id, "name": name, "username": username},
                                               access_token, access_token_secret)]
        super().__init__(host=host, port=port)
        self.timestamp_skew_s = timestamp_skew_s
        self.hang_s = hang_s
        self.post_delay_s = 0.0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._nonces: set[tuple[str, str, str]] = set()
        self._oauth = ResourceEndpoint(_XValidator(self))
        self._faults: deque[_Fault] = deque()
        self._last_id = 0
        self._requests: list[tuple[str, str, int]] = []
        self._serve_s = 0.0
        self._windows = {"post_tweet": _Window(*rate_limit), "me": _Window(75, 15 * 60),
                         "by_username": _Window(900, 15 * 60), "user_tweets": _Window(900, 15 * 60),
                         "tweets_lookup": _Window(900, 15 * 60)}
        self._metrics: dict[int, dict[str, int]] = {}  # tweet id → counts (set_metrics); zeros otherwise
        self.reads_forbidden = False  # True: reads answer the free tier's 403 (CLIENT_FORBIDDEN)

    # ------------------------------------------------------------ lifecycle

    name = "fake-x"

    def start(self) -> FakeX:
        self._stopping.clear()
        return super().start()

    def stop(self) -> None:
        """Stop serving; handlers still hanging on a fault wake up and drop their connection."""
        self._stopping.set()
        super().stop()

    # ------------------------------------------------------------ what tests read and set

    @property
    def user(self) -> dict[str, str]:
        return self.users[0].user

    @property
    def access_token(self) -> str:
        return self.users[0].access_token

    @property
    def access_token_secret(self) -> str:
        return self.users[0].access_token_secret

    @property
    def credentials(self) -> dict[str, Any]:
        """Keyword arguments for `XCredentials(**fake.credentials)` (the first account's token)."""
        return {"consumer_key": self.consumer_key, "consumer_secret": self.consumer_secret,
                "access_token": self.access_token, "access_token_secret": self.access_token_secret,
                "bearer_token": self.bearer_token, "base_url": self.url}

    def connection(self, user: FakeUser | None = None) -> dict[str, Any]:
        """An Airflow connection (JSON form, for AIRFLOW_CONN_<ID>) that posts as `user` (default: the
        first account) through this fake."""
        creds = (user or self.users[0]).credentials
        return {"conn_type": "http", "host": creds["base_url"], "login": creds["consumer_key"],
                "password": creds["consumer_secret"],
                "extra": {"access_token": creds["access_token"], "access_token_secret": creds["access_token_secret"]}}

    def add_user(self, username: str, *, user_id: str | None = None, name: str | None = None,
                 access_token: str | None = None, access_token_secret: str | None = None) -> FakeUser:
        """Another account on the same app, with an access token of its own."""
        with self._lock:
            n = len(self.users) + 1
            user = FakeUser(self, {"id": user_id or str(1500000000000000000 + n), "name": name or username,
                                   "username": username},
                            access_token or f"at-{username}", access_token_secret or f"ats-{username}")
            if any(u.access_token == user.access_token or u.user["id"] == user.user["id"] for u in self.users):
                raise ValueError(f"{username}: access token and user id must be new")
            self.users.append(user)
        return user

    @property
    def posted(self) -> list[dict]:
        """Tweets the first account created through POST /2/tweets, in post order (a snapshot)."""
        return self.users[0].posted

    @property
    def timeline(self) -> list[dict]:
        """Every tweet on the first account (seeded and posted), newest first (a snapshot)."""
        return self.users[0].timeline

    @property
    def requests_seen(self) -> list[tuple[str, str, int]]:
        """(method, path, status) per request; status 0 when the connection was dropped unanswered."""
        with self._lock:
            return list(self._requests)

    @property
    def serve_seconds(self) -> float:
        """Wall time spent inside request handlers, injected delays included."""
        with self._lock:
            return self._serve_s

    def seed(self, text: str, tweet_id: str | None = None, *, in_reply_to: str | None = None,
             user: FakeUser | None = None) -> str:
        """Put an existing tweet on an account's timeline (default: the first; reconciliation tests);
        returns its id."""
        account = user or self.users[0]
        with self._lock:
            if tweet_id is None:
                new_id = self._next_id()
            else:
                if not ID_PATTERN.match(tweet_id):
                    raise ValueError(f"tweet id must be 1-19 digits, not {tweet_id!r}")
                new_id = int(tweet_id)
                self._last_id = max(self._last_id, new_id)
            account.tweets[new_id] = self._tweet(new_id, text, in_reply_to)
            return str(new_id)

    def inject(self, fault: int | str, *, times: int = 1, path: str = "/2/tweets", reset_in_s: int = 60,
               hang_s: float | None = None) -> None:
        """Queue a fault for the next `times` authenticated requests to `path` ("*": any path).

        429/500/502/503/400/401 answer with X's body for that status (429 with reset = now+reset_in_s);
        "timeout" holds the connection `hang_s` and closes it unanswered, the tweet NOT created;
        "accept_then_hang" creates the tweet as usual, then holds the answer `hang_s` (a poster that
        times out, or dies, never learns X took it).
        """
        if fault not in FAULT_KINDS:
            raise ValueError(f"unknown fault {fault!r}; one of {FAULT_KINDS}")
        item = _Fault(fault, path, reset_in_s, self.hang_s if hang_s is None else hang_s)
        with self._lock:
            self._faults.extend(item for _ in range(times))

    def set_metrics(self, tweet_id: str, *, likes: int = 0, retweets: int = 0, replies: int = 0, quotes: int = 0,
                    bookmarks: int = 0, impressions: int = 0) -> None:
        """What X counts for a tweet from now on (GET /2/tweets?ids= and timelines' public_metrics)."""
        with self._lock:
            self._metrics[int(tweet_id)] = {"like_count": likes, "retweet_count": retweets, "reply_count": replies,
                                            "quote_count": quotes, "bookmark_count": bookmarks,
                                            "impression_count": impressions}

    def delete(self, tweet_id: str) -> None:
        """The account deletes a tweet on X: lookups answer "Could not find tweet" from now on."""
        with self._lock:
            for user in self.users:
                user.tweets.pop(int(tweet_id), None)

    # ------------------------------------------------------------ internals

    def _next_id(self) -> int:
        """Snowflake-like: 19 digits today, strictly increasing (caller holds the lock)."""
        snowflake = (int(time.time() * 1000) - TWITTER_EPOCH_MS) << 22
        self._last_id = max(self._last_id + 1, snowflake)
        return self._last_id

    def _tweet(self, tweet_id: int, text: str, in_reply_to: str | None) -> dict:
        return {"id": str(tweet_id), "text": text, "created_at": _iso(time.time()),
                "in_reply_to_tweet_id": in_reply_to}

    def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)

    def _record(self, method: str, path: str, status: int, elapsed: float) -> None:
        with self._lock:
            self._requests.append((method, path, status))
            self._serve_s += elapsed

    def _take_fault(self, path: str) -> _Fault | None:
        with self._lock:
            for i, fault in enumerate(self._faults):
                if fault.path in (path, "*"):
                    del self._faults[i]
                    return fault
        return None

    # ------------------------------------------------------------ auth

    def _authenticate(self, method: str, host: str, target: str, headers: Any, body: bytes
                      ) -> FakeUser | str | Reply:
        """The user whose token signed the request (valid OAuth 1.0a), "app" (valid bearer) or the 401 Reply."""
        header = headers.get("Authorization") or ""
        if header[:7].lower() == "bearer ":
            ok = self.bearer_token is not None and _same(header[7:].strip(), self.bearer_token)
            return "app" if ok else _unauthorized()
        if header[:6].lower() != "oauth ":
            return _unauthorized()
        uri = f"http://{host}{target}"  # the base string URI: oauthlib drops the default port
        try:
            valid, request = self._oauth.validate_protected_resource_request(
                uri, http_method=method, body=body.decode("utf-8", "replace"), headers=dict(headers.items()))
        except ValueError:  # oauthlib's word for a header it cannot parse
            valid = False
        user = self._user_of(request.resource_owner_key) if valid else None
        return user or _unauthorized()

    def _user_of(self, access_token: str | None) -> FakeUser | None:
        """The account whose access token this is (compared in constant time)."""
        return next((u for u in self.users if access_token and _same(access_token, u.access_token)), None)

    # ------------------------------------------------------------ routing

    def handle(self, method: str, host: str, target: str, headers: Any, body: bytes) -> Reply:
        """One request → one Reply (no I/O here, so it can be tested without sockets)."""
        path, _, query = target.partition("?")
        route = _route(method, path)
        if route is None:
            return Reply(404, PAGE_NOT_FOUND)
        name, arg = route
        who = self._authenticate(method, host, target, headers, body)
        if isinstance(who, Reply):
            return who
        if who == "app" and name in ("post_tweet", "me"):
            return Reply(403, UNSUPPORTED_AUTH)
        window = self._windows[name]
        fault = self._take_fault(path)
        if fault is not None and fault.kind != "accept_then_hang":
            return self._fault_reply(fault, window)
        with self._lock:
            allowed = window.take()
            rate_headers = window.headers()
        if not allowed:
            reply = Reply(429, TOO_MANY_REQUESTS)
        else:
            reply = self._dispatch(name, arg, query, headers, body, who if isinstance(who, FakeUser) else None)
        reply.headers.update(rate_headers)
        if isinstance(who, FakeUser):
            reply.headers["x-access-level"] = "read-write"
        if name == "post_tweet":
            reply.delay_s += self.post_delay_s
        if fault is not None:  # accept_then_hang: done the work, now sit on the answer
            reply.delay_s += fault.hang_s
        return reply

    def _fault_reply(self, fault: _Fault, window: _Window) -> Reply:
        if fault.kind == "timeout":
            return Reply(0, None, delay_s=fault.hang_s, drop=True)
        with self._lock:
            headers = window.headers()
        if fault.kind == 429:
            headers.update({"x-rate-limit-remaining": "0",
                            "x-rate-limit-reset": str(int(time.time()) + fault.reset_in_s)})
            return Reply(429, TOO_MANY_REQUESTS, headers)
        if fault.kind == 401:
            return _unauthorized()
        if fault.kind == 400:
            return Reply(400, invalid_request({"parameters": {}, "message": "Injected invalid request."}),
                         headers)
        return Reply(int(fault.kind), SERVER_ERRORS[int(fault.kind)], headers)

    def _dispatch(self, name: str, arg: str, query: str, headers: Any, body: bytes, who: FakeUser | None) -> Reply:
        if name == "post_tweet":
            return self._post_tweet(headers, body, who)
        if name == "me":
            return self._user_lookup(query, who.user, "id", who.user["id"])
        if name == "by_username":
            if not USERNAME_PATTERN.match(arg):
                return Reply(400, invalid_request(param_error(
                    "username", arg, f"The `username` query parameter value [{arg}] does not match "
                                     "^[A-Za-z0-9_]{1,15}$")))
            found = next((u.user for u in self.users if u.user["username"].lower() == arg.lower()), None)
            return self._user_lookup(query, found, "username", arg)
        if name == "tweets_lookup":
            return self._lookup_tweets(query, who)
        return self._user_tweets(arg, query)

    def _user_lookup(self, query: str, user: dict | None, parameter: str, value: str) -> Reply:
        bad = _unknown_params(dict(parse_qsl(query, keep_blank_values=True)), USER_QUERY)
        if bad:
            return bad
        if user is None:
            return Reply(200, user_not_found(parameter, value))
        return Reply(200, {"data": dict(user)})

    # ------------------------------------------------------------ POST /2/tweets

    def _post_tweet(self, headers: Any, body: bytes, who: FakeUser) -> Reply:
        if not (headers.get("Content-Type") or "").startswith("application/json"):
            return Reply(400, invalid_request({"parameters": {}, "message": NOT_JSON}))
        try:
            payload = json.loads(body or b"null")
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            return Reply(400, invalid_request({"parameters": {},
                                               "message": "Request body is not valid JSON."}))
        problem = _check_create_body(payload)
        if problem:
            return Reply(400, invalid_request(problem))
        text = payload.get("text", "")
        if not text.strip():
            return Reply(400, invalid_request(param_error("text", text, "Post text must not be empty.")))
        if _weighted_length(text) > 280:
            return Reply(400, invalid_request({"message": TOO_LONG}))
        reply_to = (payload.get("reply") or {}).get("in_reply_to_tweet_id")
        with self._lock:
            if reply_to is not None and (not ID_PATTERN.match(reply_to)
                                         or not any(int(reply_to) in u.tweets for u in self.users)):
                return Reply(403, REPLY_NOT_VISIBLE)
            if any(t["text"] == text for t in who.tweets.values()):  # X's duplicate check is per account
                return Reply(403, DUPLICATE)
            tweet = self._tweet(self._next_id(), text, reply_to)
            who.tweets[int(tweet["id"])] = tweet
            who.posted_tweets.append(tweet)
        data = {"id": tweet["id"], "text": text, "edit_history_tweet_ids": [tweet["id"]]}
        return Reply(201, {"data": data})

    # ------------------------------------------------------------ GET /2/users/:id/tweets

    def _user_tweets(self, user_id: str, query: str) -> Reply:
        params = dict(parse_qsl(query, keep_blank_values=True))
        bad = _unknown_params(params, TWEETS_QUERY) or _check_timeline_params(user_id, params)
        if bad:
            return bad
        owner = next((u for u in self.users if u.user["id"] == user_id), None)
        if owner is None:
            return Reply(200, user_not_found("id", user_id))
        page_size = int(params.get("max_results", "10"))
        excluded = set(filter(None, params.get("exclude", "").split(",")))
        fields = set(filter(None, params.get("tweet.fields", "").split(",")))
        since = int(params.get("since_id", "0"))
        until = int(params.get("until_id", str(10 ** 19)))
        boundary = int(params["pagination_token"], 36) if "pagination_token" in params else 10 ** 19
        with self._lock:
            ids = [i for i in sorted(owner.tweets, reverse=True)
                   if since < i < until and i <= boundary
                   and not ("replies" in excluded and owner.tweets[i]["in_reply_to_tweet_id"])]
            tweets = [dict(owner.tweets[i]) for i in ids[: page_size + 1]]
        page, rest = tweets[:page_size], tweets[page_size:]
        if not page:
            return Reply(200, {"meta": {"result_count": 0}})
        meta: dict[str, Any] = {"next_token": _b36(int(rest[0]["id"]))} if rest else {}
        meta = {"result_count": len(page), "newest_id": page[0]["id"], "oldest_id": page[-1]["id"], **meta}
        return Reply(200, {"data": [self._render(t, fields, owner) for t in page], "meta": meta})

    def _render(self, tweet: dict, fields: set[str], owner: FakeUser) -> dict:
        out = {"id": tweet["id"], "text": tweet["text"], "edit_history_tweet_ids": [tweet["id"]]}
        if "created_at" in fields:
            out["created_at"] = tweet["created_at"]
        if "author_id" in fields:
            out["author_id"] = owner.user["id"]
        if "conversation_id" in fields:
            out["conversation_id"] = tweet["in_reply_to_tweet_id"] or tweet["id"]
        if "referenced_tweets" in fields and tweet["in_reply_to_tweet_id"]:
            out["referenced_tweets"] = [{"type": "replied_to", "id": tweet["in_reply_to_tweet_id"]}]
        if "public_metrics" in fields:
            out["public_metrics"] = self._public_metrics(int(tweet["id"]))
        return out

    # ------------------------------------------------------------ GET /2/tweets?ids=

    def _public_metrics(self, tweet_id: int) -> dict[str, int]:
        """Today's X counts impressions and bookmarks publicly too."""
        with self._lock:
            return dict(self._metrics.get(tweet_id) or dict.fromkeys(
                ("retweet_count", "reply_count", "like_count", "quote_count", "bookmark_count",
                 "impression_count"), 0))

    def _lookup_tweets(self, query: str, who: FakeUser | None) -> Reply:
        """Up to 100 tweets by id: found ones in `data`, the rest in `errors` (HTTP 200 either way).
        Owner-only metrics of another account's tweet (or asked with the app's bearer token) leave that
        tweet out with one Field Authorization Error per field, as X does."""
        if self.reads_forbidden:
            return Reply(403, CLIENT_FORBIDDEN)
        params = dict(parse_qsl(query, keep_blank_values=True))
        bad = _unknown_params(params, LOOKUP_QUERY) or _check_lookup_params(params)
        if bad:
            return bad
        fields = set(filter(None, params.get("tweet.fields", "").split(",")))
        private = [f"{group}.{name}" for group in PRIVATE_METRICS if group in fields
                   for name in PRIVATE_METRICS[group]]
        data: list[dict] = []
        errors: list[dict] = []
        for value in dict.fromkeys(params["ids"].split(",")):
            with self._lock:
                owner = next((u for u in self.users if int(value) in u.tweets), None)
                tweet = dict(owner.tweets[int(value)]) if owner else None
            if tweet is None:
                errors.append(tweets_not_found(value))
            elif private and owner is not who:
                errors.extend(field_not_authorized(value, name) for name in private)
            else:
                out = self._render(tweet, fields, owner)
                metrics = out.get("public_metrics") or self._public_metrics(int(value))
                for group in PRIVATE_METRICS:
                    if group in fields:
                        out[group] = {name: metrics.get(name, 0) for name in PRIVATE_METRICS[group]}
                data.append(out)
        body: dict[str, Any] = {"data": data} if data else {}
        if errors:
            body["errors"] = errors
        return Reply(200, body)


# ---------------------------------------------------------------- validation helpers


def _route(method: str, path: str) -> tuple[str, str] | None:
    if method == "POST" and path == "/2/tweets":
        return "post_tweet", ""
    if method != "GET":
        return None
    if path == "/2/users/me":
        return "me", ""
    match = re.fullmatch(r"/2/users/by/username/([^/]+)", path)
    if match:
        return "by_username", unquote(match.group(1))
    match = re.fullmatch(r"/2/users/([^/]+)/tweets", path)
    if match:
        return "user_tweets", unquote(match.group(1))
    if path == "/2/tweets":
        return "tweets_lookup", ""
    return None


def _unauthorized() -> Reply:
    return Reply(401, UNAUTHORIZED, {"Content-Type": "application/problem+json"})


def _unknown_params(params: dict[str, str], allowed: tuple[str, ...]) -> Reply | None:
    for name in params:
        if name not in allowed:
            return Reply(400, invalid_request(param_error(
                name, params[name], f"The query parameter [{name}] is not one of [{','.join(allowed)}]")))
    return None


def _check_timeline_params(user_id: str, params: dict[str, str]) -> Reply | None:
    checks: list[tuple[str, str]] = [("id", user_id)] + [
        (k, params[k]) for k in ("since_id", "until_id") if k in params]
    for name, value in checks:
        if not ID_PATTERN.match(value):
            return Reply(400, invalid_request(param_error(
                name, value, f"The `{name}` query parameter value [{value}] does not match ^[0-9]{{1,19}}$")))
    value = params.get("max_results", "10")
    if not value.isdigit() or not 5 <= int(value) <= 100:
        return Reply(400, invalid_request(param_error(
            "max_results", value,
            f"The `max_results` query parameter value [{value}] is not between 5 and 100")))
    for name, allowed in (("exclude", ("replies", "retweets")), ("tweet.fields", TWEET_FIELDS)):
        for item in filter(None, params.get(name, "").split(",")):
            if item not in allowed:
                return Reply(400, invalid_request(param_error(
                    name, item, f"The `{name}` query parameter value [{item}] is not one of "
                                f"[{','.join(allowed)}]")))
    token = params.get("pagination_token")
    if token is not None and not re.fullmatch(r"[0-9a-z]{1,20}", token):
        return Reply(400, invalid_request(param_error(
            "pagination_token", token,
            f"The `pagination_token` query parameter value [{token}] is not valid")))
    return None


def _check_lookup_params(params: dict[str, str]) -> Reply | None:
    """X's 400s for GET /2/tweets: ids required, 1-100 of them, each an id; known tweet.fields."""
    value = params.get("ids", "")
    ids = value.split(",") if value else []
    if not ids:
        return Reply(400, invalid_request(param_error("ids", value, "The `ids` query parameter can not be empty")))
    if len(ids) > MAX_LOOKUP_IDS:
        return Reply(400, invalid_request(param_error(
            "ids", value, f"The number of values in the `ids` query parameter list [{len(ids)}] is not between 1 "
                          f"and {MAX_LOOKUP_IDS}")))
    for item in ids:
        if not ID_PATTERN.match(item):
            return Reply(400, invalid_request(param_error(
                "ids", item, f"The `ids` query parameter value [{item}] does not match ^[0-9]{{1,19}}$")))
    for item in filter(None, params.get("tweet.fields", "").split(",")):
        if item not in TWEET_FIELDS:
            return Reply(400, invalid_request(param_error(
                "tweet.fields", item, f"The `tweet.fields` query parameter value [{item}] is not one of "
                                      f"[{','.join(TWEET_FIELDS)}]")))
    return None


def _check_create_body(payload: dict) -> dict | None:
    """The JSON-schema checks X applies to POST /2/tweets, for the fields tweetbot can send."""
    for key in payload:
        if key not in CREATE_FIELDS:
            return {"parameters": {f"$.{key}": [json.dumps(payload[key])]},
                    "message": f"$.{key}: is not defined in the schema and the schema does not allow "
                               "additional properties"}
    if "text" in payload and not isinstance(payload["text"], str):
        return {"parameters": {"$.text": [json.dumps(payload["text"])]},
                "message": "$.text: expected type: String"}
    if "reply" in payload:
        reply = payload["reply"]
        if not isinstance(reply, dict) or not isinstance(reply.get("in_reply_to_tweet_id"), str):
            return {"parameters": {"$.reply": [json.dumps(reply)]},
                    "message": "$.reply.in_reply_to_tweet_id: is missing but it is required"}
    return None


def _weighted_length(text: str) -> int:
    """X's count: URLs as 23, CJK and emoji as 2 (twitter-text rules)."""
    from tweetbot.curation.text import weighted_length

    return weighted_length(text)


# ---------------------------------------------------------------- HTTP


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "tsa_fake"
    sys_version = ""
    wbufsize = -1  # headers and body leave in one segment: no Nagle/delayed-ACK 40 ms stall per request

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except OSError:  # the client hung up (timed out) while we held the answer
            self.close_connection = True

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _serve(self) -> None:
        fake: FakeX = self.server.fake  # type: ignore[attr-defined]
        started = time.perf_counter()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        target = self.path
        if "://" in target:  # absolute-form request target
            parts = urlsplit(target)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        host = self.headers.get("Host") or f"{fake.host}:{fake.port}"
        reply = fake.handle(self.command, host, target, self.headers, body)
        fake._sleep(reply.delay_s)
        # Recorded before writing, so a client that has its answer also finds it in requests_seen.
        fake._record(self.command, target.partition("?")[0], 0 if reply.drop else reply.status,
                     time.perf_counter() - started)
        self._write(reply)

    def _write(self, reply: Reply) -> None:
        if reply.drop:
            self.close_connection = True
            return
        data = json.dumps(reply.body, separators=(",", ":")).encode() if reply.body is not None else b""
        try:
            self.send_response(reply.status)
            headers = {"Content-Type": "application/json; charset=utf-8", **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:  # the client gave up (timed out) while we held the answer
            self.close_connection = True


# ---------------------------------------------------------------- process mode


def main(argv: list[str] | None = None) -> int:
    """Serve one fake account until SIGTERM/SIGINT; print its URL and credentials as one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m tweetbot.testing.fake_x",
                                     description="A local X API v2 for tests and benchmarks.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099, help="0 picks a free port")
    for flag, default in (("consumer-key", "ck-test"), ("consumer-secret", "cs-test"),
                          ("access-token", "at-test"), ("access-token-secret", "ats-test"),
                          ("bearer-token", "bearer-test"), ("user-id", "1500000000000000001"),
                          ("username", "fieldnotes_bot")):
        parser.add_argument(f"--{flag}", default=default)
    parser.add_argument("--rate-limit", type=int, default=300, help="POST /2/tweets per window")
    parser.add_argument("--rate-window-s", type=float, default=15 * 60)
    parser.add_argument("--post-delay-s", type=float, default=0.0)
    args = parser.parse_args(argv)
    fake = FakeX(consumer_key=args.consumer_key, consumer_secret=args.consumer_secret,
                 access_token=args.access_token, access_token_secret=args.access_token_secret,
                 bearer_token=args.bearer_token or None, user_id=args.user_id, username=args.username,
                 host=args.host, port=args.port, rate_limit=(args.rate_limit, args.rate_window_s))
    fake.post_delay_s = args.post_delay_s
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    fake.start()
    print(json.dumps({"url": fake.url, "credentials": fake.credentials}), flush=True)
    try:
        while not stop.wait(0.2):
            pass
    finally:
        fake.stop()
    return 0


FakeX.handler = _Handler

if __name__ == "__main__":
    sys.exit(main())
