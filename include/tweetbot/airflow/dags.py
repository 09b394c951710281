"""The DAG builders: `dags/tweetbot_weekly.py`, `dags/tweetbot_post.py` and the bots factory
`dags/tweetbot_bots.py` all build their DAGs here, so a bot's DAGs have the same tasks, operators and
params as the example ones, with the bot's values pre-filled.

Parse cost matters (one factory file builds two DAGs per bot), so two things are done differently
from the `@dag` decorator, with the same result:

* tasks are made outside the DAG and then added to it, with the DAG's `default_args` passed to each.
  Made inside, every task would deep-copy all 25-odd DAG params (~1 ms a task); at run time Airflow
  merges the DAG's params into every task's anyway (`process_params`).
* `schemas_checked_once()`: Airflow validates every param of a scheduled DAG at parse time, and
  `jsonschema.validate` checks the *schema* against the JSON Schema metaschema on every call (~0.35 ms,
  ~90% of the cost). The bots share their params' schemas, so each distinct schema is checked once,
  and a value already found valid against it (100 bots repeat a few values) is not validated again.
"""
from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from airflow.sdk import DAG, Param

from tweetbot.airflow.operators import (
    EvaluatePromoteOperator,
    FineTuneGPT2Operator,
    GenerateTweetsOperator,
    ImportTweetsOperator,
    MigrateStoreOperator,
    PostTweetsOperator,
    StageForReviewOperator,
)
from tweetbot.airflow.review import ReviewCandidatesOperator

if TYPE_CHECKING:
    from tweetbot.bots import Bot, InvalidBot

START = datetime(2026, 1, 1, tzinfo=UTC)

WEEKLY_DOC = """
### tweetbot_weekly — learn the voice, write candidates, queue them for review

`migrate → scrape → train → evaluate → generate → stage_for_review → review`

* **scrape** imports the account's tweets (X archive export, CSV, a book as plain text, the
  account's timeline through X API v2, or twint; empty path = the example archive the project
  ships) into the store, upserting by id. x-api fetches only what is newer than what is stored
  and, on X's rate limit, waits (deferred, no worker slot) and continues.
* **train** fine-tunes GPT-2 in a child process, on the `gpu` queue, with the `backend` param's
  engine: gpt-2-simple (TensorFlow, the default) or torch (PyTorch: bf16, flash attention, packed
  batches; much faster on a GPU). Both read and write the same checkpoints, so runs move freely
  between them. Every try is a fresh model run, so a retry never resumes a stale checkpoint. The newest ~10% of the
  tweets are held out; the run is uploaded to the artifact store (`TWEETBOT_ARTIFACTS_URL`).
* **evaluate** (also `gpu`) measures the new run and the model serving now on those held-out
  tweets; the new run serves only if it is better (or nothing serves yet). Its report and
  `loss_curve.png` go beside the run; `tweetbot model list|promote|rollback` to see or override.
* **engagement_report** (beside the chain, after evaluate) tells how the posted tweets did, by the
  model run that wrote them, predicted against actual, and the ranker's held-out Spearman over time
  (metrics from the daily `tweetbot_metrics`): a table in its log, `engagement.png` beside the run.
* **generate** samples candidates from the SERVING run (also on the `gpu` queue). In `mode = story` it
  writes the next chapter instead: `chapter_tweets` tweets, each continuing the one before, from
  `story_opening` the first time and from the story's last approved or posted tweet after that.
* **stage_for_review** drops empty, over-280, duplicate, copied (of the source tweets), blocked,
  @mention, link, debris and near-duplicate candidates and queues the rest as `pending`, each with
  its predicted engagement percentile when the account's engagement ranker beats its baseline on its
  newest tweets (else the reason); see them with `tweetbot queue list --status pending --sort predicted`.
* **review** asks a person (Browse → Required Actions, best predicted first) to tick the candidates worth posting:
  ticked → approved, the rest → rejected; no answer within `review_timeout_hours` → all stay
  pending for the CLI (`tweetbot queue approve|reject|edit`, or the review file).

The store is the `tweetbot_db` connection (Postgres) or, without it, SQLite under AIRFLOW_HOME.
Set `TWEETBOT_GPU_QUEUE` to route training elsewhere. Every task is safe to clear and rerun.
"""

POST_DOC = """
### tweetbot_post — post approved tweets to X, exactly once

Hourly: `migrate → post`. Each run reconciles tweets a dead run left in `posting`, then claims up
to `max_posts` approved tweets in queue order (position or schedule, then approval time), posts each
with tweepy, and records X's id, the tweet's URL and the time.

* **No `x_default` connection → dry run**: logs exactly what it would post; the row is marked
  posted with `dry_run = true` and nothing is sent.
* Quiet hours and a daily cap (default 17 in any 24 h: X's free tier) are params.
* Story bots: a story's tweets post in order, each replying to the previous posted tweet of its
  chapter (`thread = chapter`) or of the whole story (`continue`); `min_interval_hours = 6` spaces
  them out to four a day on this hourly schedule.
* X's 429 → the task defers until the rate-limit reset; 5xx/timeouts → retries with backoff;
  bad credentials → fails naming the connection; a 400 → that tweet goes to `failed`, the run goes on.

Connect a real account with a connection `x_default` (any type): login = consumer key,
password = consumer secret, extra `{"access_token": …, "access_token_secret": …}`.
"""

METRICS_DOC = """
### tweetbot_metrics — how the posted tweets are doing

Daily: `migrate → fetch_metrics`. Asks X (`GET /2/tweets?ids=`, 100 ids a call) for the likes,
retweets, replies, quotes and impressions of the tweets posted in the last `days` (default 30) and
appends one row per tweet to the store's metrics history (`tweetbot queue list --json`, the queue
page's Posted view and the weekly engagement report read it).

* Dry-run posts are skipped (nothing was sent); a tweet deleted on X is marked and not asked again.
* X's 429 → the task defers until the rate-limit reset (no worker slot held), then asks for the rest.
* Reading tweets needs a paid X API tier: the free tier's 403 (or a used-up monthly cap) is one warning
  and the task is skipped; posting is not affected. No X connection → skipped (posts were dry runs).
* Impressions come from `non_public_metrics` for the connection's own tweets (user context), else from
  what X shows publicly; X keeps non-public metrics for 30 days.
"""

#: The example DAGs' param values; a bot's are `tweetbot.bots.weekly_values(bot)` (same keys).
WEEKLY_DEFAULTS: dict[str, Any] = {
    "account": "fieldnotes_bot", "source_type": "archive", "source_path": "", "source_limit": None,
    "source_since": "", "drop_retweets": True, "drop_replies": True, "links": "expand", "model_name": "auto",
    "steps": 200, "backend": None, "batch_size": 1, "learning_rate": None, "n_candidates": 50,
    "temperature": 1.0, "top_k": 0, "top_p": 0.9, "length": None, "prefix": "", "mode": "persona",
    "story_opening": "", "chapter_tweets": 28, "mentions": "strip", "allow_links": False,
    "review_timeout_hours": 144,
}
POST_DEFAULTS: dict[str, Any] = {
    "account": "fieldnotes_bot", "max_posts": 1, "daily_cap": 17, "quiet_start": "", "quiet_end": "",
    "timezone": "UTC", "min_interval_hours": 0, "thread": "chapter",
}
METRICS_DEFAULTS: dict[str, Any] = {"account": "", "days": 30}
_HHMM = r"^(([01]\d|2[0-3]):[0-5]\d)?$"


def gpu_queue() -> str:
    return os.environ.get("TWEETBOT_GPU_QUEUE", "gpu")


def gpu_pool(default: str | None) -> str | None:
    """The pool that train, evaluate and generate share (slots = GPUs): TWEETBOT_GPU_POOL, else `default`
    (the bots' DAGs: `tweetbot_gpu`; the example DAGs: none, i.e. Airflow's default pool)."""
    return os.environ.get("TWEETBOT_GPU_POOL") or default


# ---------------------------------------------------------------- params


#: The weekly DAG's trigger form: param → (JSON schema, description). Each schema is one dict that
#: every DAG's Param shares (see `schemas_checked_once`).
WEEKLY_FORM: dict[str, tuple[dict[str, Any], str | None]] = {
    "account": ({"type": "string", "minLength": 1, "maxLength": 64}, "The bot/account whose voice to learn."),
    "source_type": ({"enum": ["archive", "csv", "text", "x-api", "twint"]},
                    "archive: X's 'Download your archive' export; csv: id,created_at,text "
                    "or twint's CSV; text: a UTF-8 text file or Project Gutenberg book; "
                    "x-api: the timeline of the X user in source_path (paid API tier, "
                    "connection x_default); twint: scrape that user (today's X refuses it)."),
    "source_path": ({"type": "string"}, "archive/csv/text: the file or folder (empty: the example archive "
                                        "shipped with tweetbot). x-api/twint: the X username."),
    "source_limit": ({"type": ["null", "integer"], "minimum": 1},
                     "x-api/twint: at most this many of the newest tweets. Empty: all X serves (~3,200)."),
    "source_since": ({"type": "string"}, "x-api/twint: only tweets after this date (2024-05-01) or tweet id. "
                                         "Empty: after the newest one already imported."),
    "drop_retweets": ({"type": "boolean"}, None),
    "drop_replies": ({"type": "boolean"}, None),
    "links": ({"enum": ["expand", "strip", "keep"]}, "What to do with t.co links."),
    "model_name": ({"enum": ["auto", "tiny", "124M", "355M", "774M", "1558M"]},
                   "auto: GPT-2 124M when present or downloadable, else tiny. tiny: offline "
                   "model built from your tweets (demo). 124M+: OpenAI GPT-2."),
    "steps": ({"type": "integer", "minimum": 1, "maximum": 100000}, "Training steps."),
    "backend": ({"enum": ["gpt2simple", "torch"]},
                "Model engine for train, evaluate and generate. gpt2simple: TensorFlow, as "
                "the design card has it. torch: PyTorch (needs requirements-torch.txt on the "
                "gpu worker); same checkpoints, several times faster on a GPU."),
    "batch_size": ({"type": "integer", "minimum": 1, "maximum": 512},
                   "Sequences per training step (each n_ctx tokens). 1 suits gpt2simple; 16-64 suit torch on a GPU."),
    "learning_rate": ({"type": ["null", "number"]}, "Empty: 1e-3 for tiny, 1e-4 otherwise."),
    "n_candidates": ({"type": "integer", "minimum": 1, "maximum": 5000}, None),
    "temperature": ({"type": "number", "minimum": 0.1, "maximum": 2.0}, None),
    "top_k": ({"type": "integer", "minimum": 0}, "0 = off."),
    "top_p": ({"type": "number", "minimum": 0.0, "maximum": 1.0}, None),
    "length": ({"type": ["null", "integer"]}, "Tokens per sample; empty = as long as the model allows."),
    "prefix": ({"type": "string"}, "Text every candidate starts with (optional)."),
    "mode": ({"enum": ["persona", "story"]},
             "persona: independent tweets in the account's voice. story: the next chapter of a story, as a thread."),
    "story_opening": ({"type": "string"}, "Story mode, first chapter only: the line the story starts from."),
    "chapter_tweets": ({"type": "integer", "minimum": 1, "maximum": 200},
                       "Story mode: tweets per chapter (28 = 4 a day for a week)."),
    "mentions": ({"enum": ["strip", "reject", "allow"]},
                 "@handles in candidates: strip them, reject the candidate, or allow."),
    "allow_links": ({"type": "boolean"}, "Keep candidates that contain a link."),
    "review_timeout_hours": ({"type": "number", "minimum": 0.01},
                             "Wait this long for a review; then candidates stay pending."),
}
#: The post DAG's trigger form, likewise.
POST_FORM: dict[str, tuple[dict[str, Any], str | None]] = {
    "account": ({"type": "string"}, "Bot whose approved tweets to post (empty: any)."),
    "max_posts": ({"type": "integer", "minimum": 0, "maximum": 50}, "Tweets per run."),
    "daily_cap": ({"type": "integer", "minimum": 0}, "Posts in any 24 hours (X free tier: 17)."),
    "quiet_start": ({"type": "string", "pattern": _HHMM}, "Quiet hours start, HH:MM local (empty: no quiet hours)."),
    "quiet_end": ({"type": "string", "pattern": _HHMM}, "Quiet hours end, HH:MM local."),
    "timezone": ({"type": "string"}, "Time zone of the quiet hours, e.g. Europe/London."),
    "min_interval_hours": ({"type": "number", "minimum": 0},
                           "At least this long between two posts (story bots: 6 = four a day)."),
    "thread": ({"enum": ["chapter", "continue"]},
               "Story bots: each chapter is a new thread, or one thread continues across chapters."),
}


#: The metrics DAG's trigger form, likewise.
METRICS_FORM: dict[str, tuple[dict[str, Any], str | None]] = {
    "account": ({"type": "string", "maxLength": 64}, "Whose posted tweets to measure (empty: every account)."),
    "days": ({"type": "number", "minimum": 0.01, "maximum": 3650},
             "Measure the tweets posted in the last this many days."),
}


def _form(form: Mapping[str, tuple[dict, str | None]], values: Mapping[str, Any], with_account: bool
          ) -> dict[str, Param]:
    return {name: Param(values[name], description=description, schema=schema)
            for name, (schema, description) in form.items() if with_account or name != "account"}


def weekly_params(values: Mapping[str, Any], *, with_account: bool = True) -> dict[str, Param]:
    """The weekly DAG's trigger form, pre-filled with `values` (keys as in WEEKLY_DEFAULTS); a bot's
    DAG has no `account` param (it touches only its own account's rows)."""
    v = {**WEEKLY_DEFAULTS, **values}
    v["backend"] = v["backend"] or os.environ.get("TWEETBOT_MODEL_BACKEND", "gpt2simple")
    return _form(WEEKLY_FORM, v, with_account)


def post_params(values: Mapping[str, Any], *, with_account: bool = True) -> dict[str, Param]:
    """The post DAG's trigger form, pre-filled with `values` (keys as in POST_DEFAULTS)."""
    return _form(POST_FORM, {**POST_DEFAULTS, **values}, with_account)


def metrics_params(values: Mapping[str, Any], *, with_account: bool = True) -> dict[str, Param]:
    """The metrics DAG's trigger form, pre-filled with `values` (keys as in METRICS_DEFAULTS)."""
    return _form(METRICS_FORM, {**METRICS_DEFAULTS, **values}, with_account)


# ---------------------------------------------------------------- the DAGs


WEEKLY_ARGS = {"retries": 2, "retry_delay": timedelta(minutes=2), "retry_exponential_backoff": True}
METRICS_ARGS = {"retries": 2, "retry_delay": timedelta(minutes=5), "retry_exponential_backoff": True}
POST_ARGS = {"retries": 3, "retry_delay": timedelta(minutes=2), "retry_exponential_backoff": True,
             "max_retry_delay": timedelta(minutes=30)}


@functools.cache
def _config_defaults() -> dict[str, Any]:
    """DAG settings whose defaults Airflow reads from its config for every DAG (~0.2 ms a read), read
    once per parse (`dags_for` clears this) and passed explicitly: the same values, fewer reads."""
    from airflow.sdk.configuration import conf

    return {"max_active_tasks": conf.getint("core", "max_active_tasks_per_dag"),
            "max_consecutive_failed_dag_runs": conf.getint("core", "max_consecutive_failed_dag_runs_per_dag"),
            "disable_bundle_versioning": conf.getboolean("dag_processor", "disable_bundle_versioning")}


def _dag(dag_id: str, *, schedule: str | None, doc_md: str, tags: Sequence[str], default_args: dict,
         params: dict[str, Param], description: str | None = None) -> DAG:
    return DAG(dag_id=dag_id, schedule=schedule, start_date=START, catchup=False, max_active_runs=1,
               doc_md=doc_md, description=description, tags=list(tags), render_template_as_native_obj=True,
               default_args=default_args, params=params, **_config_defaults())


def _wire(dag: DAG, *tasks) -> None:
    """Add tasks made outside the DAG (see the module doc) and chain them in order."""
    dag.add_tasks(tasks)
    for upstream, downstream in zip(tasks, tasks[1:], strict=False):
        upstream >> downstream


def build_weekly(
    dag_id: str = "tweetbot_weekly", *, schedule: str | None = "@weekly", values: Mapping[str, Any] | None = None,
    account: str | None = None, owner: str = "tweetbot", tags: Sequence[str] = ("tweetbot", "weekly", "gpt-2"),
    doc_md: str = WEEKLY_DOC, description: str | None = None, x_conn_id: str = "x_default",
    pool: str | None = None, blocklist: str | None = None, reviewers: Sequence[Mapping[str, str]] = (),
    review_notifiers: Sequence[Any] = (),
) -> DAG:
    """`migrate → scrape → train → evaluate → generate → stage_for_review → review`.

    :param values: the trigger form's defaults (WEEKLY_DEFAULTS's keys).
    :param account: a bot's account: fixed, not a param (None: the `account` param decides).
    :param x_conn_id: the X connection the x-api import reads with.
    :param pool: the pool train, evaluate and generate take a slot of (None: Airflow's default pool).
    :param reviewers: HITL ``assigned_users`` of the review (``{"id", "name"}``); empty: anyone allowed.
    :param review_notifiers: told when the review starts (e.g. `ReviewMailNotifier`).
    """
    args = {"owner": owner, **WEEKLY_ARGS}
    dag = _dag(dag_id, schedule=schedule, doc_md=doc_md, tags=tags, default_args=args, description=description,
               params=weekly_params(values or {}, with_account=account is None))
    acct = account or "{{ params.account }}"
    gpu = {"queue": gpu_queue(), **({"pool": pool} if pool else {})}
    _wire(
        dag,
        MigrateStoreOperator(task_id="migrate", default_args=args,
                             doc_md="Bring the tweet store's schema up to date."),
        ImportTweetsOperator(
            task_id="scrape", default_args=args, account=acct,
            source_type="{{ params.source_type }}", source_path="{{ params.source_path }}",
            drop_retweets="{{ params.drop_retweets }}", drop_replies="{{ params.drop_replies }}",
            links="{{ params.links }}", limit="{{ params.source_limit }}", since="{{ params.source_since }}",
            x_conn_id=x_conn_id, doc_md="Import the account's tweets into the store (upsert by id).",
        ),
        FineTuneGPT2Operator(
            task_id="train", default_args=args, **gpu, account=acct,
            model_name="{{ params.model_name }}", steps="{{ params.steps }}",
            learning_rate="{{ params.learning_rate }}", backend="{{ params.backend }}",
            batch_size="{{ params.batch_size }}", retries=1, execution_timeout=timedelta(hours=12),
            doc_md="Fine-tune GPT-2 on the account's tweets: a new model run each try.",
        ),
        EvaluatePromoteOperator(
            task_id="evaluate", default_args=args, **gpu, model_run_id="{{ ti.xcom_pull(task_ids='train') }}",
            backend="{{ params.backend }}", execution_timeout=timedelta(hours=2),
            doc_md="Held-out loss of the new run vs the serving model; promote the new run only if better.",
        ),
        GenerateTweetsOperator(
            task_id="generate", default_args=args, **gpu, account=acct,
            model_run_id="{{ ti.xcom_pull(task_ids='evaluate')['serving_run_id'] }}",
            count="{{ params.n_candidates }}", temperature="{{ params.temperature }}", top_k="{{ params.top_k }}",
            top_p="{{ params.top_p }}", length="{{ params.length }}", prefix="{{ params.prefix }}",
            mode="{{ params.mode }}", story_opening="{{ params.story_opening }}",
            chapter_tweets="{{ params.chapter_tweets }}", backend="{{ params.backend }}",
            execution_timeout=timedelta(hours=2),
            doc_md="Sample candidate tweets from the serving run (the new one only if it was promoted).",
        ),
        StageForReviewOperator(
            task_id="stage_for_review", default_args=args, generated="{{ ti.xcom_pull(task_ids='generate') }}",
            mentions="{{ params.mentions }}", allow_links="{{ params.allow_links }}", blocklist_path=blocklist,
            doc_md="Filter the batch and queue the rest as pending for review, with their predicted engagement "
                   "percentile when the account's ranker is usable (the evaluation is in the log).",
        ),
        ReviewCandidatesOperator(
            task_id="review", default_args=args, staged="{{ ti.xcom_pull(task_ids='stage_for_review') }}",
            response_timeout_hours="{{ params.review_timeout_hours }}",
            assigned_users=list(reviewers) or None, notifiers=list(review_notifiers) or None,
            doc_md="Tick the candidates to approve; the rest are rejected. Timeout: all stay pending.",
        ),
    )
    _add_engagement_report(dag, args, acct)
    return dag


def _add_engagement_report(dag: DAG, args: dict, account: str) -> None:
    """`evaluate → engagement_report`, beside the chain: a report never holds up generating or reviewing."""
    from tweetbot.airflow.operators.metrics import EngagementReportOperator

    report = EngagementReportOperator(
        task_id="engagement_report", default_args=args, account=account,
        model_run_id="{{ ti.xcom_pull(task_ids='train') }}",
        doc_md="How the posted tweets did, by model run; predicted vs actual; the ranker's Spearman over time. "
               "Table in this log, engagement.png beside the run, a panel on the queue page's overview.",
    )
    dag.add_task(report)
    dag.get_task("evaluate") >> report


def build_post(
    dag_id: str = "tweetbot_post", *, schedule: str | None = "@hourly", values: Mapping[str, Any] | None = None,
    account: str | None = None, owner: str = "tweetbot", tags: Sequence[str] = ("tweetbot", "hourly", "x"),
    doc_md: str = POST_DOC, description: str | None = None, x_conn_id: str = "x_default",
) -> DAG:
    """`migrate → post`, posting through the connection `x_conn_id` (absent: dry run); with `account`,
    only that account's tweets (None: the `account` param decides, empty = any)."""
    args = {"owner": owner, **POST_ARGS}
    dag = _dag(dag_id, schedule=schedule, doc_md=doc_md, tags=tags, default_args=args, description=description,
               params=post_params(values or {}, with_account=account is None))
    acct = account or "{{ params.account }}"
    _wire(
        dag,
        MigrateStoreOperator(task_id="migrate", default_args=args,
                             doc_md="Bring the tweet store's schema up to date."),
        PostTweetsOperator(
            task_id="post", default_args=args, account=acct, max_posts="{{ params.max_posts }}",
            daily_cap="{{ params.daily_cap }}", quiet_start="{{ params.quiet_start }}",
            quiet_end="{{ params.quiet_end }}", timezone="{{ params.timezone }}",
            min_interval_hours="{{ params.min_interval_hours }}", thread="{{ params.thread }}",
            x_conn_id=x_conn_id,
            doc_md=f"Reconcile, then post approved tweets (dry run without the {x_conn_id} connection).",
        ),
    )
    return dag


def build_metrics(
    dag_id: str = "tweetbot_metrics", *, schedule: str | None = "@daily", values: Mapping[str, Any] | None = None,
    account: str | None = None, owner: str = "tweetbot", tags: Sequence[str] = ("tweetbot", "daily", "metrics"),
    doc_md: str = METRICS_DOC, description: str | None = None, x_conn_id: str = "x_default",
) -> DAG:
    """`migrate → fetch_metrics` through the connection `x_conn_id`; with `account`, only that account's
    tweets (None: the `account` param decides, empty = every account with posted tweets)."""
    from tweetbot.airflow.operators.metrics import FetchMetricsOperator

    args = {"owner": owner, **METRICS_ARGS}
    dag = _dag(dag_id, schedule=schedule, doc_md=doc_md, tags=tags, default_args=args, description=description,
               params=metrics_params(values or {}, with_account=account is None))
    _wire(
        dag,
        MigrateStoreOperator(task_id="migrate", default_args=args,
                             doc_md="Bring the tweet store's schema up to date."),
        FetchMetricsOperator(
            task_id="fetch_metrics", default_args=args, account=account or "{{ params.account }}",
            days="{{ params.days }}", x_conn_id=x_conn_id,
            doc_md=f"Fetch the posted tweets' metrics from X through {x_conn_id} into the metrics history.",
        ),
    )
    return dag


# ---------------------------------------------------------------- a bot's DAGs


def _bot_doc(bot: Bot, what: str, source_file: str) -> str:
    lines = [f"### {bot.name}: {what}", ""]
    if bot.description:
        lines += [bot.description, ""]
    lines += [f"Configured in `{source_file}` (bot `{bot.name}`); the trigger form is pre-filled from it. "
              f"Posts and reads X only through the connection `{bot.x_conn_id}` (absent: dry run).", ""]
    return "\n".join(lines)


def bot_weekly(bot: Bot, source_file: str) -> DAG:
    """`tweetbot_weekly__<bot>`: the weekly chain with the bot's values, schedule, reviewers, pool."""
    from tweetbot.airflow.notify import ReviewMailNotifier
    from tweetbot.bots import train_schedule, weekly_values

    emails = [r.email for r in bot.review.reviewers if r.email]
    notifiers = [ReviewMailNotifier(to=emails, account=bot.name, smtp_conn_id=bot.review.smtp_conn_id,
                                    from_email=bot.review.from_email)] if emails else []
    return build_weekly(
        bot.weekly_dag_id, schedule=train_schedule(bot), values=weekly_values(bot), account=bot.name,
        owner=bot.owner, tags=("tweetbot", f"bot:{bot.name}", "weekly", *bot.tags), description=bot.description,
        doc_md=_bot_doc(bot, "weekly", source_file) + WEEKLY_DOC, x_conn_id=bot.x_conn_id,
        pool=gpu_pool("tweetbot_gpu"), blocklist=bot.filters.blocklist,
        reviewers=[{"id": r.user, "name": r.user} for r in bot.review.reviewers], review_notifiers=notifiers,
    )


def bot_post(bot: Bot, source_file: str) -> DAG:
    """`tweetbot_post__<bot>`: posting with the bot's policy, schedule and connection."""
    from tweetbot.bots import post_values

    return build_post(
        bot.post_dag_id, schedule=bot.schedule.post, values=post_values(bot), account=bot.name,
        owner=bot.owner, tags=("tweetbot", f"bot:{bot.name}", "post", *bot.tags), description=bot.description,
        doc_md=_bot_doc(bot, "posting", source_file) + POST_DOC, x_conn_id=bot.x_conn_id,
    )


def bot_metrics(bot: Bot, source_file: str) -> DAG:
    """`tweetbot_metrics__<bot>`: the bot's posted tweets' metrics, daily, through its connection."""
    return build_metrics(
        bot.metrics_dag_id, account=bot.name, owner=bot.owner,
        tags=("tweetbot", f"bot:{bot.name}", "metrics", *bot.tags), description=bot.description,
        doc_md=_bot_doc(bot, "metrics", source_file) + METRICS_DOC, x_conn_id=bot.x_conn_id,
    )


#: Every per-bot DAG: (dag id of a bot, builder). A new per-bot DAG is one more entry here.
PER_BOT_DAGS: list[tuple[Callable[[Bot], str], Callable[[Bot, str], DAG]]] = [
    (lambda bot: bot.weekly_dag_id, bot_weekly),
    (lambda bot: bot.post_dag_id, bot_post),
    (lambda bot: bot.metrics_dag_id, bot_metrics),
]


def invalid_bot_dag(invalid: InvalidBot) -> DAG:
    """`tweetbot_invalid__<bot>`: a broken bot, visible in the UI (never scheduled); its doc and its one
    task's failure say what is wrong."""
    from airflow.providers.standard.operators.python import PythonOperator

    problems = "\n".join(f"* `{p}`" for p in invalid.problems)
    dag = DAG(dag_id=f"tweetbot_invalid__{invalid.label}", schedule=None, start_date=START, catchup=False,
              is_paused_upon_creation=True, tags=["tweetbot", f"bot:{invalid.label}", "invalid"],
              description=f"bot {invalid.label} is not built: {invalid.problems[0].field} "
                          f"{invalid.problems[0].message}"[:500],
              doc_md=f"### Bot `{invalid.label}` has mistakes: its DAGs are not built\n\n{problems}\n\n"
                     "Fix the bots file (`tweetbot bots validate` lists the same); the other bots are not "
                     "affected.", default_args={"owner": "tweetbot", "retries": 0})
    dag.add_task(PythonOperator(task_id="explain", python_callable=_fail_with,
                                op_args=["\n".join(map(str, invalid.problems))], retries=0,
                                doc_md="Fails with the bots file's problems for this bot."))
    return dag


def _fail_with(message: str) -> None:
    raise ValueError(f"this bot is not built, fix the bots file:\n{message}")


def dags_for(config, *, only: str | None = None) -> Iterator[DAG]:
    """Every DAG of a `BotsConfig` (valid bots' and the invalid ones' stubs); with `only` (a worker
    that runs one task: `get_parsing_context().dag_id`) just that one, if it is one of these."""
    shown = str(config.path)
    _config_defaults.cache_clear()
    with schemas_checked_once():
        for bot in config.bots:
            for dag_id_of, build in PER_BOT_DAGS:
                if only is None or dag_id_of(bot) == only:
                    yield build(bot, shown)
        for invalid in config.invalid:
            if only is None or f"tweetbot_invalid__{invalid.label}" == only:
                yield invalid_bot_dag(invalid)


@contextmanager
def schemas_checked_once() -> Iterator[None]:
    """Within this block `jsonschema.validate` checks each distinct schema against its metaschema once
    (values are validated on every call, as before). See the module doc for why."""
    import jsonschema
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for

    original = jsonschema.validate
    checked: dict[tuple, tuple[Any, Any]] = {}  # (class, id(schema), format checker) → (schema, validator)
    valid: set[tuple] = set()  # (that key, the value as JSON) already found valid

    def validate(instance: Any, schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> None:
        cls = cls or validator_for(schema)
        key = (cls, id(schema), type(kwargs.get("format_checker")), args)
        kept = checked.get(key)
        if kept is None or kept[0] is not schema:
            cls.check_schema(schema)
            kept = checked[key] = (schema, cls(schema, *args, **kwargs))
        value_key = (key, json.dumps(instance, sort_keys=True, default=repr))
        if value_key in valid:  # 100 bots repeat the same few values: a value passes once
            return
        if kept[1].is_valid(instance):
            valid.add(value_key)
            return
        error = best_match(kept[1].iter_errors(instance))
        if error is not None:
            raise error

    jsonschema.validate = validate
    try:
        yield
    finally:
        jsonschema.validate = original
