"""Fetch posted tweets' engagement from X into the store's metrics history (`tweetbot_metrics`)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tweetbot.airflow.hooks import XHook
from tweetbot.airflow.operators.base import DefersOnRateLimit, StoreOperator


class FetchMetricsOperator(DefersOnRateLimit, StoreOperator):
    """Ask X for the likes, retweets, replies, quotes and impressions of the tweets posted in the last
    ``days``, and append one history row per tweet (`tweetbot.pipeline.metrics`).

    Dry-run posts are skipped (nothing was sent); a tweet deleted on X is marked and not asked again.
    On X's 429 the task defers until ``x-rate-limit-reset`` (no worker slot held) and then asks only for
    the tweets not measured yet. X refusing the tier (free tier's 403, the monthly cap) or no X
    connection: one warning saying so and the task is skipped; nothing else fails.

    :param account: whose tweets (empty: every account with posted tweets).
    :param days: how far back posts are measured (default 30; X keeps impressions 30 days).
    :param x_conn_id: the X connection (default ``x_default``).
    """

    template_fields: Sequence[str] = ("account", "days")
    ui_color = "#fff8e1"
    #: X's lookup limit is per 15 minutes: 16 waits cover 4 hours of a very long run.
    max_rate_limit_waits = 16

    def __init__(self, *, account: str = "", days: float | str = 30, x_conn_id: str = "x_default",
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.account = account
        self.days = days
        self.x_conn_id = x_conn_id

    def execute(self, context: Any, event: Any = None, earlier: dict | None = None, waits: int = 0) -> dict:
        from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

        from tweetbot.bots.guard import posting_problem
        from tweetbot.pipeline.metrics import MetricsForbidden, fetch_metrics
        from tweetbot.x.client import XAuthError, XRateLimited

        account = self.account or None
        problem = posting_problem(account, self.x_conn_id)
        if problem:  # a bot's tweets are read only through its own connection
            raise AirflowFailException(problem)
        try:
            days = float(self.days)
        except (TypeError, ValueError):
            raise AirflowFailException(f"days must be a number, not {self.days!r}") from None
        client = XHook(x_conn_id=self.x_conn_id).get_client()
        if client is None:
            raise AirflowSkipException(f"no {self.x_conn_id!r} connection: posts were dry runs, nothing to measure")
        try:  # after a rate-limit wait, what was measured before it is fresh: only the rest is asked
            report = fetch_metrics(self.hook.get_store(), client, account=account, days=days, log=self.log.info)
        except XRateLimited as exc:
            so_far = exc.report.add(earlier).as_dict() if getattr(exc, "report", None) else dict(earlier or {})
            self.wait_out_rate_limit(exc, waits=waits, earlier=so_far,
                                     progress=f"{so_far.get('measured', 0)} tweets measured so far")
        except MetricsForbidden as exc:
            self.log.warning("%s", exc)
            raise AirflowSkipException(str(exc)) from None
        except XAuthError as exc:  # 401: the keys are wrong, a retry will not fix them
            raise AirflowFailException(f"X refused the credentials of connection {self.x_conn_id!r}: {exc}. "
                                       "Check its consumer key/secret and access token/secret") from None
        return report.add(earlier).as_dict()


class EngagementReportOperator(StoreOperator):
    """The weekly engagement report of an account (`tweetbot.engagement.report`): its table in the task
    log, ``engagement.png`` beside the model run, and the numbers as the task's XCom. It only reads the
    store; with no metrics yet it says so.

    :param account: whose posted tweets.
    :param model_run_id: the run whose folder gets ``engagement.png`` (empty or unknown: the table only).
    """

    template_fields: Sequence[str] = ("account", "model_run_id")
    ui_color = "#f3e5f5"

    def __init__(self, *, account: str, model_run_id: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.account = account
        self.model_run_id = model_run_id

    def execute(self, context: Any) -> dict:
        from pathlib import Path

        from tweetbot.engagement.report import run_report
        from tweetbot.store import runs

        store = self.hook.get_store()
        run = runs.get_run(store, str(self.model_run_id)) if self.model_run_id else None
        run_dir = Path(run["path"]) if run and run.get("path") else None
        return run_report(store, self.account, run_dir=run_dir, log=self.log.info).as_dict()
