"""Import an account's tweets (a file, X's API, twint, a book) into the store's source table."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tweetbot.airflow.hooks import XHook
from tweetbot.airflow.operators.base import DefersOnRateLimit, StoreOperator, actor, flag, optional_int


class ImportTweetsOperator(DefersOnRateLimit, StoreOperator):
    """Import an account's tweets into the source table (upsert: reruns add only new).

    Files and twint scrapes are read whole first (a bad row or a refused scrape writes nothing).
    ``x-api`` stores page by page; on X's 429 the task defers until ``x-rate-limit-reset`` (no
    worker slot held) and then continues where it stopped: pages already stored are neither lost nor
    fetched again (the store marks them, see ``tweetbot.sources.x_api``). X refusing the API tier
    (403), bad credentials and twint being refused fail at once: retrying will not change X's mind.

    :param account: the bot/account the tweets train.
    :param source_type: ``archive`` (X archive export), ``csv``, ``text`` (a book), ``x-api``
        (the account's timeline through X API v2) or ``twint`` (twint runs in its own process).
    :param source_path: file or folder for archive/csv/text (empty: the example archive the project
        ships), or the X username for x-api/twint.
    :param drop_retweets: skip retweets (also detected by an ``RT @`` prefix).
    :param drop_replies: skip replies.
    :param links: ``expand`` t.co links, ``strip`` all links, or ``keep`` them.
    :param limit: x-api/twint: at most this many of the newest tweets.
    :param since: x-api/twint: only tweets after this date or tweet id (default: after what is stored).
    :param x_conn_id: x-api: the X connection (default ``x_default``).
    :param twint_base_url: twint: the route it scrapes (default ``TWEETBOT_TWINT_BASE_URL``, else X's).
    """

    template_fields: Sequence[str] = ("account", "source_type", "source_path", "drop_retweets",
                                      "drop_replies", "links", "limit", "since")
    ui_color = "#e3f2fd"
    #: X's timeline limits are per 15 minutes: 24 waits give a long import about 6 hours.
    max_rate_limit_waits = 24

    def __init__(self, *, account: str, source_type: str = "archive", source_path: str = "",
                 drop_retweets: bool | str = True, drop_replies: bool | str = True,
                 links: str = "expand", limit: int | str | None = None, since: str | None = None,
                 x_conn_id: str = "x_default", twint_base_url: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.account = account
        self.source_type = source_type
        self.source_path = source_path
        self.drop_retweets = drop_retweets
        self.drop_replies = drop_replies
        self.links = links
        self.limit = limit
        self.since = since
        self.x_conn_id = x_conn_id
        self.twint_base_url = twint_base_url

    def execute(self, context: Any, event: Any = None, earlier: dict | None = None, waits: int = 0) -> dict:
        from airflow.sdk.exceptions import AirflowFailException

        from tweetbot.pipeline import import_source
        from tweetbot.sources import ImportOptions
        from tweetbot.sources.twint_source import TwintRefused
        from tweetbot.sources.x_api import TimelineForbidden
        from tweetbot.x.client import XAuthError, XRateLimited

        options = ImportOptions(drop_retweets=flag(self.drop_retweets),
                                drop_replies=flag(self.drop_replies), links=self.links)
        try:
            report = import_source(self.hook.get_store(), account=self.account, kind=self.source_type,
                                   path=self._path(), options=options, by=actor(context), log=self.log.info,
                                   limit=optional_int(self.limit), since=self.since or None,
                                   x_client=self._x_client(), twint_base_url=self.twint_base_url or None)
        except XRateLimited as exc:
            so_far = add_reports(earlier, getattr(exc, "report", None))
            self.wait_out_rate_limit(exc, waits=waits, earlier=so_far,
                                     progress=f"{so_far.get('new', 0)} new tweets stored so far")
        except (TimelineForbidden, XAuthError, TwintRefused) as exc:
            raise AirflowFailException(str(exc)) from None
        return add_reports(earlier, report)

    def _path(self) -> str:
        from tweetbot import config

        if self.source_path:
            return self.source_path
        if self.source_type == "archive":
            return str(config.example_archive())
        what = "the X username" if self.source_type in ("x-api", "twint") else "a file or folder"
        raise ValueError(f"source_type {self.source_type!r} needs source_path: {what}")

    def _x_client(self):
        if self.source_type != "x-api":
            return None
        from airflow.sdk.exceptions import AirflowFailException

        from tweetbot.bots.guard import posting_problem

        problem = posting_problem(self.account, self.x_conn_id)
        if problem:  # a bot reads X only through its own connection
            raise AirflowFailException(problem)
        return XHook(x_conn_id=self.x_conn_id).get_client()


def add_reports(earlier: dict | None, later: Any) -> dict:
    """Two import reports (dicts or ImportReports) of one task across its rate-limit waits, summed."""
    later = later.as_dict() if hasattr(later, "as_dict") else dict(later or {})
    if not earlier:
        return later
    total = {**later}
    for key in ("read", "new", "updated", "unchanged", "seconds"):
        total[key] = earlier.get(key, 0) + later.get(key, 0)
    skipped = dict(earlier.get("skipped", {}))
    for reason, n in later.get("skipped", {}).items():
        skipped[reason] = skipped.get(reason, 0) + n
    total["skipped"] = skipped
    total["rate_limit_waits"] = earlier.get("rate_limit_waits", 0) + 1
    return total
