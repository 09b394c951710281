"""
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
* **generate** samples candidates from the SERVING run (also on the `gpu` queue). In `mode = story` it
  writes the next chapter instead: `chapter_tweets` tweets, each continuing the one before, from
  `story_opening` the first time and from the story's last approved or posted tweet after that.
* **stage_for_review** drops empty, over-280, duplicate, copied (of the source tweets), blocked,
  @mention, link, debris and near-duplicate candidates and queues the rest as `pending`; see them
  with `tweetbot queue list --status pending`.
* **review** asks a person (Browse → Required Actions) to tick the candidates worth posting:
  ticked → approved, the rest → rejected; no answer within `review_timeout_hours` → all stay
  pending for the CLI (`tweetbot queue approve|reject|edit`, or the review file).

The store is the `tweetbot_db` connection (Postgres) or, without it, SQLite under AIRFLOW_HOME.
Set `TWEETBOT_GPU_QUEUE` to route training elsewhere. Every task is safe to clear and rerun.
"""
from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from airflow.sdk import Param, dag

from tweetbot.airflow.operators import (
    EvaluatePromoteOperator,
    FineTuneGPT2Operator,
    GenerateTweetsOperator,
    ImportTweetsOperator,
    MigrateStoreOperator,
    StageForReviewOperator,
)
from tweetbot.airflow.review import ReviewCandidatesOperator

GPU_QUEUE = os.environ.get("TWEETBOT_GPU_QUEUE", "gpu")


@dag(
    dag_id="tweetbot_weekly",
    schedule="@weekly",
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["tweetbot", "weekly", "gpt-2"],
    render_template_as_native_obj=True,
    default_args={"owner": "tweetbot", "retries": 2, "retry_delay": timedelta(minutes=2),
                  "retry_exponential_backoff": True},
    params={
        "account": Param("fieldnotes_bot", type="string", minLength=1, maxLength=64,
                         description="The bot/account whose voice to learn."),
        "source_type": Param("archive", enum=["archive", "csv", "text", "x-api", "twint"],
                             description="archive: X's 'Download your archive' export; csv: id,created_at,text "
                                         "or twint's CSV; text: a UTF-8 text file or Project Gutenberg book; "
                                         "x-api: the timeline of the X user in source_path (paid API tier, "
                                         "connection x_default); twint: scrape that user (today's X refuses it)."),
        "source_path": Param("", type="string",
                             description="archive/csv/text: the file or folder (empty: the example archive "
                                         "shipped with tweetbot). x-api/twint: the X username."),
        "source_limit": Param(None, type=["null", "integer"], minimum=1,
                              description="x-api/twint: at most this many of the newest tweets. "
                                          "Empty: all X serves (~3,200)."),
        "source_since": Param("", type="string",
                              description="x-api/twint: only tweets after this date (2024-05-01) or tweet id. "
                                          "Empty: after the newest one already imported."),
        "drop_retweets": Param(True, type="boolean"),
        "drop_replies": Param(True, type="boolean"),
        "links": Param("expand", enum=["expand", "strip", "keep"], description="What to do with t.co links."),
        "model_name": Param("auto", enum=["auto", "tiny", "124M", "355M", "774M", "1558M"],
                            description="auto: GPT-2 124M when present or downloadable, else tiny. tiny: offline "
                                        "model built from your tweets (demo). 124M+: OpenAI GPT-2."),
        "steps": Param(200, type="integer", minimum=1, maximum=100000, description="Training steps."),
        "backend": Param(os.environ.get("TWEETBOT_MODEL_BACKEND", "gpt2simple"), enum=["gpt2simple", "torch"],
                         description="Model engine for train, evaluate and generate. gpt2simple: TensorFlow, as "
                                     "the design card has it. torch: PyTorch (needs requirements-torch.txt on the "
                                     "gpu worker); same checkpoints, several times faster on a GPU."),
        "batch_size": Param(1, type="integer", minimum=1, maximum=512,
                            description="Sequences per training step (each n_ctx tokens). 1 suits gpt2simple; "
                                        "16-64 suit torch on a GPU."),
        "learning_rate": Param(None, type=["null", "number"], description="Empty: 1e-3 for tiny, 1e-4 otherwise."),
        "n_candidates": Param(50, type="integer", minimum=1, maximum=5000),
        "temperature": Param(1.0, type="number", minimum=0.1, maximum=2.0),
        "top_k": Param(0, type="integer", minimum=0, description="0 = off."),
        "top_p": Param(0.9, type="number", minimum=0.0, maximum=1.0),
        "length": Param(None, type=["null", "integer"],
                        description="Tokens per sample; empty = as long as the model allows."),
        "prefix": Param("", type="string", description="Text every candidate starts with (optional)."),
        "mode": Param("persona", enum=["persona", "story"],
                      description="persona: independent tweets in the account's voice. "
                                  "story: the next chapter of a story, as a thread."),
        "story_opening": Param("", type="string",
                               description="Story mode, first chapter only: the line the story starts from."),
        "chapter_tweets": Param(28, type="integer", minimum=1, maximum=200,
                                description="Story mode: tweets per chapter (28 = 4 a day for a week)."),
        "mentions": Param("strip", enum=["strip", "reject", "allow"],
                          description="@handles in candidates: strip them, reject the candidate, or allow."),
        "allow_links": Param(False, type="boolean", description="Keep candidates that contain a link."),
        "review_timeout_hours": Param(144, type="number", minimum=0.01,
                                      description="Wait this long for a review; then candidates stay pending."),
    },
)
def tweetbot_weekly():
    migrate = MigrateStoreOperator(task_id="migrate", doc_md="Bring the tweet store's schema up to date.")
    scrape = ImportTweetsOperator(
        task_id="scrape", account="{{ params.account }}", source_type="{{ params.source_type }}",
        source_path="{{ params.source_path }}", drop_retweets="{{ params.drop_retweets }}",
        drop_replies="{{ params.drop_replies }}", links="{{ params.links }}",
        limit="{{ params.source_limit }}", since="{{ params.source_since }}",
        doc_md="Import the account's tweets into the store (upsert by id).",
    )
    train = FineTuneGPT2Operator(
        task_id="train", queue=GPU_QUEUE, account="{{ params.account }}",
        model_name="{{ params.model_name }}", steps="{{ params.steps }}",
        learning_rate="{{ params.learning_rate }}", backend="{{ params.backend }}",
        batch_size="{{ params.batch_size }}", retries=1, execution_timeout=timedelta(hours=12),
        doc_md="Fine-tune GPT-2 on the account's tweets: a new model run each try.",
    )
    evaluate = EvaluatePromoteOperator(
        task_id="evaluate", queue=GPU_QUEUE, model_run_id="{{ ti.xcom_pull(task_ids='train') }}",
        backend="{{ params.backend }}",
        execution_timeout=timedelta(hours=2),
        doc_md="Held-out loss of the new run vs the serving model; promote the new run only if better.",
    )
    generate = GenerateTweetsOperator(
        task_id="generate", queue=GPU_QUEUE, account="{{ params.account }}",
        model_run_id="{{ ti.xcom_pull(task_ids='evaluate')['serving_run_id'] }}",
        count="{{ params.n_candidates }}",
        temperature="{{ params.temperature }}", top_k="{{ params.top_k }}", top_p="{{ params.top_p }}",
        length="{{ params.length }}", prefix="{{ params.prefix }}", mode="{{ params.mode }}",
        story_opening="{{ params.story_opening }}", chapter_tweets="{{ params.chapter_tweets }}",
        backend="{{ params.backend }}",
        execution_timeout=timedelta(hours=2),
        doc_md="Sample candidate tweets from the serving run (the new one only if it was promoted).",
    )
    stage = StageForReviewOperator(
        task_id="stage_for_review", generated="{{ ti.xcom_pull(task_ids='generate') }}",
        mentions="{{ params.mentions }}", allow_links="{{ params.allow_links }}",
        doc_md="Filter the batch and queue the rest as pending for review.",
    )
    review = ReviewCandidatesOperator(
        task_id="review", staged="{{ ti.xcom_pull(task_ids='stage_for_review') }}",
        response_timeout_hours="{{ params.review_timeout_hours }}",
        doc_md="Tick the candidates to approve; the rest are rejected. Timeout: all stay pending.",
    )
    migrate >> scrape >> train >> evaluate >> generate >> stage >> review


tweetbot_weekly()
