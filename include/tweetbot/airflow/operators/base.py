"""What every tweetbot operator shares: the store hook, param and context helpers, X's rate-limit wait."""
from __future__ import annotations

from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, NoReturn

from airflow.sdk import BaseOperator

from tweetbot.airflow.hooks import TweetStoreHook

if TYPE_CHECKING:
    from tweetbot.x.client import XRateLimited


def flag(value: bool | str) -> bool:
    """A boolean from a param: native rendering gives a bool, string rendering gives 'True'/'False'."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def optional_int(value: Any) -> int | None:
    """A number param that may render as None, "" or "None"."""
    return None if value in (None, "", "None") else int(value)


def actor(context: Any) -> str:
    """Who/what made a change: the DAG, run, task and try, so every row traces back to a log."""
    ti = context["ti"]
    return f"airflow:{ti.dag_id}/{ti.run_id}/{ti.task_id}#{ti.try_number}"


class StoreOperator(BaseOperator):
    """Base: a lazily built store hook from `tweetbot_conn_id`.

    :param tweetbot_conn_id: the store's connection (default ``tweetbot_db``).
    """

    def __init__(self, *, tweetbot_conn_id: str = TweetStoreHook.default_conn_name, **kwargs) -> None:
        super().__init__(**kwargs)
        self.tweetbot_conn_id = tweetbot_conn_id

    @cached_property
    def hook(self) -> TweetStoreHook:
        return TweetStoreHook(tweetbot_conn_id=self.tweetbot_conn_id)


class DefersOnRateLimit(BaseOperator):
    """Mixin for operators that call X: on its 429 the task waits in the triggerer until X's
    ``x-rate-limit-reset`` (holding no worker slot), then Airflow runs ``execute`` again."""

    #: How many 429 waits one task may sit out before it fails (a subclass sets its own).
    max_rate_limit_waits = 16

    def wait_out_rate_limit(self, exc: XRateLimited, *, waits: int, progress: str, earlier: dict) -> NoReturn:
        """Defer until the reset with `earlier` (what was done so far) and `waits + 1`; fail once
        `max_rate_limit_waits` waits did not get past the limit. `progress` says what was done, for people."""
        if waits >= self.max_rate_limit_waits:
            from airflow.sdk.exceptions import AirflowFailException

            raise AirflowFailException(f"X still rate-limits after {waits} waits ({exc}); {progress}") from None
        self.log.warning("X rate limit (%s): %s; waiting until %s, then the rest", exc, progress, exc.reset_at)
        self.defer_until_reset(exc, earlier=earlier, waits=waits + 1)

    def defer_until_reset(self, exc: XRateLimited, **resume_kwargs: Any) -> NoReturn:
        """Defer until a second after ``exc.reset_at``; ``execute`` resumes with ``resume_kwargs``
        (stored by Airflow between the tries: plain JSON values only)."""
        from airflow.providers.standard.triggers.temporal import DateTimeTrigger

        self.defer(trigger=DateTimeTrigger(moment=exc.reset_at + timedelta(seconds=1)),
                   method_name="execute", kwargs=resume_kwargs or None)
