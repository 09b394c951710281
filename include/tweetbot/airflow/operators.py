"""Operators for the weekly chain. `execute` stays short: the work is in `tweetbot.pipeline`.

Each operator opens the store through `TweetStoreHook` (connection `tweetbot_db`), so the same DAG
runs on the embedded SQLite default and on Postgres. Heavy imports happen inside `execute` only.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any

from airflow.sdk import BaseOperator

from tweetbot.airflow.hooks import TweetStoreHook


def flag(value: bool | str) -> bool:
    """A boolean from a param: native rendering gives a bool, string rendering gives 'True'/'False'."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def actor(context: Any) -> str:
    """Who/what made a change: the DAG, run, task and try, so every row traces back to a log."""
    ti = context["ti"]
    return f"airflow:{ti.dag_id}/{ti.run_id}/{ti.task_id}#{ti.try_number}"


class _StoreOperator(BaseOperator):
    """Base: a lazily built store hook from `tweetbot_conn_id`."""

    def __init__(self, *, tweetbot_conn_id: str = TweetStoreHook.default_conn_name, **kwargs) -> None:
        super().__init__(**kwargs)
        self.tweetbot_conn_id = tweetbot_conn_id

    @cached_property
    def hook(self) -> TweetStoreHook:
        return TweetStoreHook(tweetbot_conn_id=self.tweetbot_conn_id)


class MigrateStoreOperator(_StoreOperator):
    """Bring the tweet store's schema up to date (first task of every DAG; a no-op when current)."""

    ui_color = "#e8eaf6"

    def execute(self, context: Any) -> str:
        from tweetbot.store import upgrade

        revision = upgrade(self.hook.get_store())
        self.log.info("tweet store at revision %s", revision)
        return revision


class ImportTweetsOperator(_StoreOperator):
    """Import an account's tweets into the source table (upsert: reruns add only new).

    Files and twint scrapes are read whole first (a bad row or a refused scrape writes nothing).
    ``x-api`` stores page by page; on X's 429 the task defers until ``x-rate-limit-reset`` (no
    worker slot held) and then continues where it stopped: pages already stored are neither lost nor
    fetched again (the store marks them, see ``tweetbot.sources.x_api``). X refusing the API tier
    (403), bad credentials and twint being refused fail at once: retrying will not change X's mind.

    :param account: the bot/account the tweets train.
    :param source_type: ``archive`` (X archive export), ``csv``, ``text`` (a book), ``x-api``
        (the account's timeline through X API v2) or ``twint``.
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
        from datetime import timedelta

        from airflow.providers.standard.triggers.temporal import DateTimeTrigger
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
                                   limit=_optional_int(self.limit), since=self.since or None,
                                   x_client=self._x_client(), twint_base_url=self.twint_base_url or None)
        except XRateLimited as exc:
            so_far = add_reports(earlier, getattr(exc, "report", None))
            if waits >= self.max_rate_limit_waits:
                raise AirflowFailException(f"X still rate-limits after {waits} waits ({exc}); "
                                           f"stored so far: {so_far.get('new', 0)} new") from None
            self.log.warning("X rate limit (%s): %s new stored so far; waiting until %s, then continuing",
                             exc, so_far.get("new", 0), exc.reset_at)
            self.defer(trigger=DateTimeTrigger(moment=exc.reset_at + timedelta(seconds=1)),
                       method_name="execute", kwargs={"earlier": so_far, "waits": waits + 1})
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
        from tweetbot.airflow.hooks import XHook

        return XHook(x_conn_id=self.x_conn_id).get_client()


def _optional_int(value: Any) -> int | None:
    """A number param that may render as None, "" or "None"."""
    return None if value in (None, "", "None") else int(value)


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


class FineTuneGPT2Operator(_StoreOperator):
    """Fine-tune GPT-2 (gpt-2-simple or PyTorch, in a child process) on the account's tweets: a new model run.

    A retry or a cleared task always starts a fresh run folder; a failed run is recorded as failed
    and never used for generation. A finished run does not serve until `EvaluatePromoteOperator`
    finds it better than the serving one.

    :param account: whose tweets to learn.
    :param model_name: ``auto`` (GPT-2 124M when present or downloadable, else tiny), ``tiny``
        (offline, built from the account's text) or ``124M`` … ``1558M``.
    :param steps: training steps.
    :param learning_rate: optional; defaults suit the model size.
    :param backend: ``gpt2simple`` or ``torch`` (empty: TWEETBOT_MODEL_BACKEND, else gpt2simple).
    :param batch_size: sequences per optimizer step.
    :param accumulate: batches per optimizer step (gradient accumulation).
    """

    template_fields: Sequence[str] = ("account", "model_name", "steps", "learning_rate", "backend",
                                      "batch_size", "accumulate")
    ui_color = "#fff3e0"

    def __init__(self, *, account: str, model_name: str = "auto", steps: int | str = 200,
                 learning_rate: float | str | None = None, backend: str = "", batch_size: int | str = 1,
                 accumulate: int | str = 1, **kwargs) -> None:
        super().__init__(**kwargs)
        self.account = account
        self.model_name = model_name
        self.steps = steps
        self.learning_rate = learning_rate
        self.backend = backend
        self.batch_size = batch_size
        self.accumulate = accumulate

    def execute(self, context: Any) -> str:
        from tweetbot.pipeline import train

        run = train(self.hook.get_store(), account=self.account, base_model=self.model_name,
                    steps=int(self.steps),
                    learning_rate=float(self.learning_rate) if self.learning_rate not in (None, "", "None") else None,
                    batch_size=int(self.batch_size or 1), accumulate=int(self.accumulate or 1),
                    backend=self.backend or None, by=actor(context), log=self.log.info)
        return run["id"]


class EvaluatePromoteOperator(_StoreOperator):
    """Held-out loss of a new run and of the serving model (child process); the new run serves only
    if it is better. Returns the decision; its ``serving_run_id`` is what generation should use.

    A rerun keeps a decision already made (a cleared task does not re-decide).

    :param model_run_id: the run the train task made.
    :param backend: which model backend measures (both give the same losses, to float precision).
    """

    template_fields: Sequence[str] = ("model_run_id", "backend")
    ui_color = "#fff8e1"

    def __init__(self, *, model_run_id: str, backend: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.model_run_id = model_run_id
        self.backend = backend

    def execute(self, context: Any) -> dict:
        from tweetbot.pipeline import evaluate_and_promote

        return evaluate_and_promote(self.hook.get_store(), run_id=self.model_run_id, by=actor(context),
                                    log=self.log.info, backend=self.backend or None)


class GenerateTweetsOperator(_StoreOperator):
    """Sample candidate tweets from a model run into the store (child process).

    :param account: the bot/account.
    :param model_run_id: the run to sample from (default: the run serving the account).
    :param count: number of candidates.
    :param temperature: sampling temperature.
    :param top_k: top-k sampling (0 = off).
    :param top_p: nucleus sampling.
    :param length: tokens per sample (empty = as long as the model allows).
    :param prefix: text each candidate starts with.
    :param mode: ``persona`` (independent candidates) or ``story`` (the next chapter of the story).
    :param story_opening: story mode, first chapter only: the line the story starts from.
    :param chapter_tweets: story mode: tweets per chapter.
    :param backend: ``gpt2simple`` or ``torch``; either samples from any run.
    """

    template_fields: Sequence[str] = ("account", "model_run_id", "count", "temperature", "top_k",
                                      "top_p", "length", "prefix", "mode", "story_opening",
                                      "chapter_tweets", "backend")
    ui_color = "#fff3e0"

    def __init__(self, *, account: str, model_run_id: str | None = None, count: int | str = 50,
                 temperature: float | str = 1.0, top_k: int | str = 0, top_p: float | str = 0.9,
                 length: int | str | None = None, prefix: str | None = None, mode: str = "persona",
                 story_opening: str | None = None, chapter_tweets: int | str = 28, backend: str = "",
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.backend = backend
        self.mode = mode
        self.story_opening = story_opening
        self.chapter_tweets = chapter_tweets
        self.account = account
        self.model_run_id = model_run_id
        self.count = count
        self.temperature = temperature
        self.top_k = top_k
        self.top_p = top_p
        self.length = length
        self.prefix = prefix

    def execute(self, context: Any) -> dict:
        from tweetbot.pipeline import generate, generate_chapter

        if self.mode == "story":
            return generate_chapter(
                self.hook.get_store(), account=self.account, run_id=self.model_run_id or None,
                n_tweets=int(self.chapter_tweets), opening=self.story_opening or None,
                temperature=float(self.temperature), top_k=int(self.top_k), top_p=float(self.top_p),
                by=actor(context), log=self.log.info, backend=self.backend or None,
            )
        return generate(
            self.hook.get_store(), account=self.account, run_id=self.model_run_id or None,
            n=int(self.count), temperature=float(self.temperature), top_k=int(self.top_k),
            top_p=float(self.top_p), length=int(self.length) if self.length else None,
            prefix=self.prefix or None, by=actor(context), log=self.log.info, backend=self.backend or None,
        )


class StageForReviewOperator(_StoreOperator):
    """Filter a generated batch and queue what is left as `pending` (never stages a candidate twice).

    :param generated: the generate task's result (templated XCom): batch id, and for story bots
        the story and chapter the batch continues.
    :param mentions: ``strip`` @handles, ``reject`` candidates with one, or ``allow`` them.
    :param allow_links: keep candidates that contain a link.
    :param blocklist_path: a file of extra blocked words (``!word`` un-blocks one).
    """

    template_fields: Sequence[str] = ("generated", "mentions", "allow_links", "blocklist_path")
    ui_color = "#e8f5e9"

    def __init__(self, *, generated: Any, mentions: str = "strip", allow_links: bool | str = False,
                 blocklist_path: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.generated = generated
        self.mentions = mentions
        self.allow_links = allow_links
        self.blocklist_path = blocklist_path

    def execute(self, context: Any) -> dict:
        from tweetbot.curation.quality import FilterOptions
        from tweetbot.pipeline import stage

        generated = self.generated or {}
        story = (generated["story_id"], int(generated["chapter"])) if generated.get("story_id") else None
        options = FilterOptions(mentions=self.mentions or "strip", links_allowed=flag(self.allow_links),
                                blocklist_path=self.blocklist_path or None)
        report = stage(self.hook.get_store(), batch_id=generated["batch_id"], by=actor(context),
                       log=self.log.info, options=options, story=story)
        return {"batch_id": report.batch_id, "generated": report.generated, "staged": report.staged,
                "dropped": dict(report.dropped), "already_staged": report.already_staged,
                "tweet_ids": report.tweet_ids}


class PostTweetsOperator(_StoreOperator):
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
        from datetime import timedelta

        from airflow.providers.standard.triggers.temporal import DateTimeTrigger
        from airflow.sdk.exceptions import AirflowFailException

        from tweetbot.airflow.hooks import XHook
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
        client = XHook(x_conn_id=self.x_conn_id).get_client()
        if client is None:
            self.log.info("no %r connection: DRY RUN, nothing will be sent to X", self.x_conn_id)
        try:
            report = post_approved(self.hook.get_store(), client, account=self.account or None,
                                   policy=policy, by=actor(context), log=self.log.info)
        except XRateLimited as exc:
            self.log.warning("X rate limit (%s): tweet stays approved; waiting until %s", exc, exc.reset_at)
            self.defer(trigger=DateTimeTrigger(moment=exc.reset_at + timedelta(seconds=1)),
                       method_name="execute")
        except XAuthError as exc:
            raise AirflowFailException(
                f"X refused the credentials of connection {self.x_conn_id!r}: {exc}. "
                "Check its consumer key/secret and access token/secret (and the app's write access); "
                "the tweet stays approved."
            ) from None
        return report.as_dict()
