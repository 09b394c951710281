"""Post approved tweets to X, exactly once each."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tweetbot.airflow.hooks import XHook
from tweetbot.airflow.operators.base import DefersOnRateLimit, StoreOperator, actor


class PostTweetsOperator(DefersOnRateLimit, StoreOperator):
    """Post up to `max_posts` approved tweets with tweepy, exactly once each.

    Without the X connection it is a dry run: it logs what it would post and records that nothing
    was sent. On X's 429 it defers until `x-rate-limit-reset` (no worker slot held) and tries again;
    5xx/timeouts raise for Airflow's retry with backoff; a credentials error fails without retrying.

    :param account: the bot whose approved tweets to post (empty: any).
    :param max_posts: at most this many tweets per run.
    :param daily_cap: at most this many posts in any 24 hours (X's free tier allows 17).
    :param quiet_start: start of quiet hours, HH:MM local time (empty: none).
    :param quiet_end: end of quiet hours, HH:MM.
    :param timezone: the zone quiet hours are in, e.g. ``Europe/London``.
    :param min_interval_hours: at least this long between two posts (story bots: e.g. 6).
    :param thread: story tweets reply to the previous one of their ``chapter``, or ``continue`` one
        thread across chapters.
    :param x_conn_id: the X connection (default ``x_default``).
    """

    template_fields: Sequence[str] = ("account", "max_posts", "daily_cap", "quiet_start", "quiet_end",
                                      "timezone", "min_interval_hours", "thread")
    ui_color = "#e0f7fa"

    def __init__(self, *, account: str = "", max_posts: int | str = 1, daily_cap: int | str = 17,
                 quiet_start: str | None = None, quiet_end: str | None = None, timezone: str = "UTC",
                 min_interval_hours: float | str = 0, thread: str = "chapter",
                 x_conn_id: str = "x_default", **kwargs) -> None:
        super().__init__(**kwargs)
        self.min_interval_hours = min_interval_hours
        self.thread = thread
        self.account = account
        self.max_posts = max_posts
        self.daily_cap = daily_cap
        self.quiet_start = quiet_start
        self.quiet_end = quiet_end
        self.timezone = timezone
        self.x_conn_id = x_conn_id

    def execute(self, context: Any, event: Any = None) -> dict:
        from airflow.sdk.exceptions import AirflowFailException

        from tweetbot.bots.guard import posting_problem
        from tweetbot.posting import PostingPolicy, post_approved
        from tweetbot.x.client import XAuthError, XRateLimited

        try:
            policy = PostingPolicy(
                max_posts=int(self.max_posts), daily_cap=int(self.daily_cap),
                quiet_start=self.quiet_start or None, quiet_end=self.quiet_end or None,
                timezone=self.timezone or "UTC", min_interval_hours=float(self.min_interval_hours or 0),
                thread=self.thread or "chapter",
            )
        except ValueError as exc:  # a settings mistake: retrying will not fix it
            raise AirflowFailException(f"bad posting params: {exc}") from None
        problem = posting_problem(self.account or None, self.x_conn_id)
        if problem:  # a bot's tweets never go out through x_default or another bot's connection
            raise AirflowFailException(problem)
        client = XHook(x_conn_id=self.x_conn_id).get_client()
        if client is None:
            self.log.info("no %r connection: DRY RUN, nothing will be sent to X", self.x_conn_id)
        try:
            report = post_approved(self.hook.get_store(), client, account=self.account or None,
                                   policy=policy, by=actor(context), log=self.log.info)
        except XRateLimited as exc:
            self.log.warning("X rate limit (%s): tweet stays approved; waiting until %s", exc, exc.reset_at)
            self.defer_until_reset(exc)
        except XAuthError as exc:
            raise AirflowFailException(
                f"X refused the credentials of connection {self.x_conn_id!r}: {exc}. "
                "Check its consumer key/secret and access token/secret (and the app's write access); "
                "the tweet stays approved."
            ) from None
        return report.as_dict()
