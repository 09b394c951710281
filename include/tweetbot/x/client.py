"""X API v2 through tweepy, with the base URL configurable and X's answers turned into outcomes.

tweepy hard-codes `https://api.twitter.com` in `BaseClient.request`; its `session` is a plain
`requests.Session`, so a session that rewrites the URL prefix *before* OAuth signs the request lets
the same code talk to X, a proxy, or the local fake in tests. Secrets never enter messages.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests

X_API = "https://api.twitter.com"
DEFAULT_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class XCredentials:
    """OAuth 1.0a user-context keys (and an optional app bearer token). repr shows no secret."""

    consumer_key: str = field(repr=False)
    consumer_secret: str = field(repr=False)
    access_token: str = field(repr=False)
    access_token_secret: str = field(repr=False)
    bearer_token: str | None = field(default=None, repr=False)
    base_url: str = X_API

    @property
    def secrets(self) -> list[str]:
        """Every secret value, for masking in logs."""
        return [s for s in (self.consumer_key, self.consumer_secret, self.access_token,
                            self.access_token_secret, self.bearer_token) if s]


@dataclass(frozen=True)
class PostedTweet:
    id: str
    text: str
    url: str


class XError(Exception):
    """Base of X's answers that are not a posted tweet. `status` is the HTTP status (0: no answer)."""

    status: int = 0

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class XRateLimited(XError):
    """429: wait until `reset_at` (from x-rate-limit-reset) and try again."""

    def __init__(self, message: str, reset_at: datetime) -> None:
        super().__init__(message, 429)
        self.reset_at = reset_at


class XUnavailable(XError):
    """5xx or no answer in time: try again later with backoff."""


class XUnknownOutcome(XUnavailable):
    """The request went out but no answer came back: X may or may not have the tweet."""


class XAuthError(XError):
    """401/403 (not duplicate): the credentials or the app's access level are wrong."""


class XDuplicate(XError):
    """403 'duplicate content': X already has this exact tweet on the account — an outcome."""


class XRejected(XError):
    """400 and other 4xx: X refuses this text; trying again will not help."""


class _BaseURLSession(requests.Session):
    """Rewrites tweepy's hard-coded host to `base_url` and applies a default timeout."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        if url.startswith(X_API) and self.base_url != X_API:
            url = self.base_url + url[len(X_API):]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


def _message(response: requests.Response | None, fallback: str) -> str:
    """X's own words from an error body (`detail`, `errors[].message`, `title`)."""
    if response is None:
        return fallback
    try:
        body = response.json()
    except ValueError:
        return f"{response.status_code} {response.reason}".strip()
    parts = [e.get("message") or e.get("detail") for e in body.get("errors", []) if isinstance(e, dict)]
    parts = [p for p in parts if p] or [body.get("detail") or body.get("title") or fallback]
    return f"{response.status_code} {'; '.join(parts)}"


class XClient:
    """The few X API v2 calls tweetbot needs, with errors mapped to the classes above."""

    def __init__(self, credentials: XCredentials, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        import tweepy

        self.credentials = credentials
        self._client = tweepy.Client(
            bearer_token=credentials.bearer_token,
            consumer_key=credentials.consumer_key, consumer_secret=credentials.consumer_secret,
            access_token=credentials.access_token, access_token_secret=credentials.access_token_secret,
            wait_on_rate_limit=False,  # never sleep inside a worker slot: the caller defers instead
        )
        self._client.session = _BaseURLSession(credentials.base_url, timeout)
        # oauthlib logs the signed parameters (access token included) at DEBUG: keep that out.
        for name in ("oauthlib", "requests_oauthlib"):
            logging.getLogger(name).setLevel(max(logging.INFO, logging.getLogger(name).level))
        self._me: tuple[str, str] | None = None

    def _call(self, fn, *args: Any, **kwargs: Any):
        import tweepy

        try:
            return fn(*args, **kwargs)
        except tweepy.TooManyRequests as exc:
            reset = exc.response.headers.get("x-rate-limit-reset")
            reset_at = (datetime.fromtimestamp(int(reset), UTC) if reset
                        else datetime.now(UTC))
            raise XRateLimited(_message(exc.response, "429 Too Many Requests"), reset_at) from None
        except tweepy.TwitterServerError as exc:
            raise XUnavailable(_message(exc.response, "X server error"), exc.response.status_code) from None
        except tweepy.Forbidden as exc:
            message = _message(exc.response, "403 Forbidden")
            if "duplicate content" in message:
                raise XDuplicate(message, 403) from None
            if "deleted or not visible" in message:  # replying to a tweet that is gone
                raise XRejected(message, 403) from None
            raise XAuthError(message, 403) from None
        except tweepy.Unauthorized as exc:
            raise XAuthError(_message(exc.response, "401 Unauthorized"), 401) from None
        except tweepy.HTTPException as exc:
            raise XRejected(_message(exc.response, "X refused the request"), exc.response.status_code) from None
        except requests.ConnectTimeout as exc:  # never reached X
            raise XUnavailable(f"could not reach X: {type(exc).__name__}") from None
        except (requests.Timeout, requests.ConnectionError) as exc:
            raise XUnknownOutcome(f"no answer from X: {type(exc).__name__}") from None

    def me(self) -> tuple[str, str]:
        """(user id, username) of the account the access token belongs to."""
        if self._me is None:
            data = self._call(self._client.get_me, user_auth=True).data
            self._me = (str(data.id), data.username)
        return self._me

    def tweet_url(self, tweet_id: str) -> str:
        try:
            username = self.me()[1]
        except XError:
            username = "i/web"
        return f"https://x.com/{username}/status/{tweet_id}"

    def post(self, text: str, *, in_reply_to: str | None = None) -> PostedTweet:
        """POST /2/tweets (OAuth 1.0a user context)."""
        response = self._call(self._client.create_tweet, text=text, in_reply_to_tweet_id=in_reply_to,
                              user_auth=True)
        tweet_id = str(response.data["id"])
        return PostedTweet(id=tweet_id, text=response.data.get("text", text), url=self.tweet_url(tweet_id))

    def recent_tweets(self, *, max_results: int = 100) -> list[dict]:
        """The account's newest tweets (one page): what reconciliation looks through."""
        user_id = self.me()[0]
        response = self._call(self._client.get_users_tweets, user_id, max_results=max_results,
                              user_auth=True)
        return [{"id": str(t.id), "text": t.text} for t in (response.data or [])]

    # ------------------------------------------------------------ reading timelines (sources/x_api.py)

    def _read_as_user(self) -> bool:
        """Reads use the app's bearer token when there is one (app-wide limits), else OAuth 1.0a."""
        return not self.credentials.bearer_token

    def find_user(self, username: str) -> tuple[str, str] | None:
        """GET /2/users/by/username/:username → (id, username as X spells it); None: no such user."""
        response = self._call(self._client.get_user, username=username, user_auth=self._read_as_user())
        return (str(response.data.id), response.data.username) if response.data else None

    def user_tweets(self, user_id: str, *, since_id: str | None = None, until_id: str | None = None,
                    exclude: Sequence[str] = (), max_results: int = 100,
                    tweet_fields: Sequence[str] = ("created_at",)) -> Iterator[list[dict]]:
        """Pages (raw `data[]` dicts) of GET /2/users/:id/tweets, newest first, until `next_token` ends.

        X serves about the 3,200 newest. A 429 part-way raises XRateLimited after the pages already
        yielded, so the caller keeps those.
        """
        token = None
        while True:
            response = self._call(
                self._client.get_users_tweets, user_id, since_id=since_id, until_id=until_id,
                exclude=list(exclude) or None, max_results=max_results, pagination_token=token,
                tweet_fields=list(tweet_fields), user_auth=self._read_as_user())
            yield [tweet.data for tweet in response.data or []]
            token = (response.meta or {}).get("next_token")
            if not token:
                return

    # ------------------------------------------------------------ engagement (pipeline/metrics.py)

    def tweet_metrics(self, ids: Sequence[str], *, private: bool = True) -> Iterator[MetricsBatch]:
        """GET /2/tweets?ids=…, `METRICS_BATCH` ids a call, as user context: one MetricsBatch per call.

        With `private`, non_public_metrics are asked too; X answers them only for the token's own
        tweets (for others: a Field Authorization Error per field and the tweet left out, or a 403),
        so those ids are asked again for public_metrics alone, and after a batch where X refused them
        all, later batches ask public_metrics only. A 429 raises XRateLimited after the batches already
        yielded (the caller keeps those); a 403 for public metrics too raises XAuthError (the tier).
        """
        ids = list(dict.fromkeys(str(i) for i in ids))  # X refuses a repeated id in one call
        for start in range(0, len(ids), METRICS_BATCH):
            batch = MetricsBatch(asked=ids[start:start + METRICS_BATCH])
            refused = self._lookup_metrics(batch, batch.asked, private)
            if refused:
                self._lookup_metrics(batch, refused, False)
                if len(refused) == len(batch.asked):
                    private = False
            yield batch

    def _lookup_metrics(self, batch: MetricsBatch, ids: list[str], private: bool) -> list[str]:
        """One call into `batch`; returns the ids X refused owner-only fields for (to ask again)."""
        fields = ["public_metrics", *(["non_public_metrics"] if private else [])]
        batch.requests += 1
        try:
            response = self._call(self._client.get_tweets, ids, tweet_fields=fields, user_auth=True)
        except XAuthError as exc:
            if private and exc.status == 403:  # some tiers refuse the whole call for owner-only fields
                return list(ids)
            raise
        refused: list[str] = []
        for error in response.errors or []:
            kind = str(error.get("type") or "")
            tweet_id = str(error.get("resource_id") or error.get("value") or "")
            if kind.endswith("/not-authorized-for-field"):
                if tweet_id not in refused:
                    refused.append(tweet_id)
            elif kind.endswith("/resource-not-found"):
                batch.missing.append(tweet_id)
            elif tweet_id:
                batch.unavailable[tweet_id] = str(error.get("detail") or error.get("title") or kind)
        for tweet in response.data or []:
            batch.found[str(tweet.id)] = TweetMetrics.from_api(tweet.data)
        batch.private = batch.private or (private and bool(response.data))
        return [i for i in refused if i not in batch.found]


#: X's limit of ids in one GET /2/tweets.
METRICS_BATCH = 100


@dataclass(frozen=True)
class TweetMetrics:
    """One tweet's counts as X gives them now; `impressions` None when X did not say."""

    likes: int
    retweets: int
    replies: int
    quotes: int
    impressions: int | None = None

    @classmethod
    def from_api(cls, data: dict) -> TweetMetrics:
        """From a tweet object: public_metrics' counts; impressions from non_public_metrics (owner only),
        else public_metrics' impression_count (X made views public in 2023)."""
        public = data.get("public_metrics") or {}
        private = data.get("non_public_metrics") or {}
        impressions = private.get("impression_count", public.get("impression_count"))
        return cls(likes=_count(public.get("like_count")), retweets=_count(public.get("retweet_count")),
                   replies=_count(public.get("reply_count")), quotes=_count(public.get("quote_count")),
                   impressions=None if impressions is None else _count(impressions))


def _count(value: Any) -> int:
    """X's count as an int ≥ 0 (0 for a missing or nonsensical one: X omits zero counts at times)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


@dataclass
class MetricsBatch:
    """What one GET /2/tweets?ids= (and its public-only retry) told: counts per X id, ids X could not
    find (deleted), ids it would not show (protected, suspended: X's words), and the calls made."""

    asked: list[str]
    found: dict[str, TweetMetrics] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)
    requests: int = 0
    private: bool = False  # non_public_metrics were read for some of these
