"""
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
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from airflow.sdk import Param, dag

from tweetbot.airflow.operators import MigrateStoreOperator, PostTweetsOperator


@dag(
    dag_id="tweetbot_post",
    schedule="@hourly",
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["tweetbot", "hourly", "x"],
    render_template_as_native_obj=True,
    default_args={"owner": "tweetbot", "retries": 3, "retry_delay": timedelta(minutes=2),
                  "retry_exponential_backoff": True, "max_retry_delay": timedelta(minutes=30)},
    params={
        "account": Param("fieldnotes_bot", type="string",
                         description="Bot whose approved tweets to post (empty: any)."),
        "max_posts": Param(1, type="integer", minimum=0, maximum=50, description="Tweets per run."),
        "daily_cap": Param(17, type="integer", minimum=0, description="Posts in any 24 hours (X free tier: 17)."),
        "quiet_start": Param("", type="string", pattern=r"^(([01]\d|2[0-3]):[0-5]\d)?$",
                             description="Quiet hours start, HH:MM local (empty: no quiet hours)."),
        "quiet_end": Param("", type="string", pattern=r"^(([01]\d|2[0-3]):[0-5]\d)?$",
                           description="Quiet hours end, HH:MM local."),
        "timezone": Param("UTC", type="string", description="Time zone of the quiet hours, e.g. Europe/London."),
        "min_interval_hours": Param(0, type="number", minimum=0,
                                    description="At least this long between two posts (story bots: 6 = four a day)."),
        "thread": Param("chapter", enum=["chapter", "continue"],
                        description="Story bots: each chapter is a new thread, or one thread continues "
                                    "across chapters."),
    },
)
def tweetbot_post():
    migrate = MigrateStoreOperator(task_id="migrate", doc_md="Bring the tweet store's schema up to date.")
    post = PostTweetsOperator(
        task_id="post", account="{{ params.account }}", max_posts="{{ params.max_posts }}",
        daily_cap="{{ params.daily_cap }}", quiet_start="{{ params.quiet_start }}",
        quiet_end="{{ params.quiet_end }}", timezone="{{ params.timezone }}",
        min_interval_hours="{{ params.min_interval_hours }}", thread="{{ params.thread }}",
        doc_md="Reconcile, then post approved tweets (dry run without an x_default connection).",
    )
    migrate >> post


tweetbot_post()
