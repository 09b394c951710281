"""Train: write the time-split training and held-out files, fine-tune in a child process, record the run."""
from __future__ import annotations

import math
import shutil
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from tweetbot import config
from tweetbot.pipeline.common import LogFn, _log
from tweetbot.store import runs, sources
from tweetbot.store.db import Store

#: The newest share of an account's examples held out of training, to evaluate and compare runs on.
HELDOUT_FRACTION = 0.1
MIN_HELDOUT, MAX_HELDOUT = 5, 1000
#: The held-out examples travel inside the run folder (and its artifacts), in the training file's format.
HELDOUT_FILE = "heldout.txt"


@dataclass
class Split:
    """How an account's examples were split by time: the oldest to train on, the newest held out."""

    train_examples: int
    heldout_examples: int
    train_through: str | None  # created_at of the newest training example (ISO)
    heldout_from: str | None  # created_at of the oldest held-out example (ISO)


def heldout_count(n: int) -> int:
    """~10% of the examples, at least a few, never more than half (and none of a single example)."""
    if n < 2:
        return 0
    return min(max(MIN_HELDOUT, math.ceil(n * HELDOUT_FRACTION)), MAX_HELDOUT, n // 2)


def write_split_files(store: Store, account: str, train_dest: Path, heldout_dest: Path) -> Split:
    """The training file of the older examples and a held-out file of the newest ones (by time, so a
    later run's held-out tweets are ones no earlier run trained on), same line format."""
    rows = sources.list_source_tweets(store, account)  # oldest first
    if not rows:
        raise ValueError(f"account {account!r} has no source tweets: import some first")
    n_heldout = heldout_count(len(rows))
    cut = len(rows) - n_heldout
    for dest, part in ((train_dest, rows[:cut]), (heldout_dest, rows[cut:])):
        dest.parent.mkdir(parents=True, exist_ok=True)
        with dest.open("w", encoding="utf-8") as fh:
            for row in part:
                fh.write(f"<|startoftext|>{' '.join(row['text'].split())}<|endoftext|>\n")
    return Split(train_examples=cut, heldout_examples=n_heldout,
                 train_through=rows[cut - 1]["created_at"].isoformat(),
                 heldout_from=rows[cut]["created_at"].isoformat() if n_heldout else None)


def new_run_id(account: str) -> str:
    """A fresh id per training attempt, so an Airflow retry never resumes an old checkpoint."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return f"{account}-{stamp}-{uuid.uuid4().hex[:6]}"


def train(
    store: Store, *, account: str, base_model: str = "auto", steps: int = 200,
    learning_rate: float | None = None, batch_size: int = 1, by: str, log: LogFn | None = None,
    backend: str | None = None, options: dict | None = None, accumulate: int = 1,
) -> dict:
    """Fine-tune `base_model` on the account's older tweets in a child process (the newest are held
    out), upload the run to the artifact store and record it; returns the run row.

    A finished run does not serve yet: `evaluate_and_promote` decides. A failed run never serves.
    `backend`: gpt2simple or torch (default TWEETBOT_MODEL_BACKEND); `options`: torch-only knobs.
    """
    from tweetbot import artifacts
    from tweetbot.model import runner

    log = _log(log)
    backend = runner.resolve_backend(backend)
    run_id = new_run_id(account)
    run_path = config.runs_dir() / run_id
    chosen, why = choose_base_model(base_model, log=log, backend=backend)
    lr = learning_rate if learning_rate is not None else (1e-3 if chosen.startswith("tiny") else 1e-4)
    params = {"steps": steps, "learning_rate": lr, "batch_size": batch_size, "requested_model": base_model,
              "backend": backend, "accumulate_gradients": accumulate, **(options or {})}
    runs.start_run(store, run_id=run_id, account=account, base_model=chosen, params=params, by=by)
    try:
        data = config.data_dir() / "datasets" / f"{run_id}.txt"
        heldout = data.with_name(f"{run_id}.{HELDOUT_FILE}")
        split = write_split_files(store, account, data, heldout)
        log(f"run {run_id}: {split.train_examples:,} tweets → {data}; "
            f"{split.heldout_examples:,} newest held out (from {split.heldout_from}) → {heldout}")
        model_name = _base_model_name(chosen, account)
        runner.ensure_base_model(model_name, models_dir=config.models_dir(), training_text=data, log=log,
                                 backend=backend)
        result = runner.train(
            base_model=model_name, models_dir=config.models_dir(), training_text=data,
            runs_dir=config.runs_dir(), run_name=run_id, steps=steps, learning_rate=lr,
            batch_size=batch_size, log=log, backend=backend, options=options, accumulate_gradients=accumulate,
        )
        shutil.copyfile(heldout, run_path / HELDOUT_FILE)
        report = {**_train_report(run_id, account, chosen, why, result, split, lr), "backend": backend}
        url = artifacts.upload(run_id, run_path, log=log)
    except BaseException as exc:
        runs.fail_run(store, run_id, f"{type(exc).__name__}: {exc}")
        raise
    runs.finish_run(
        store, run_id, path=str(run_path), steps=result.steps, final_loss=result.final_loss,
        tokens_seen=result.tokens_seen, tokens_per_s=result.tokens_per_s, wall_s=result.wall_s,
        artifact_url=url, report=report,
    )
    log(f"run {run_id}: {result.steps} steps, final loss {result.final_loss:.3f}, "
        f"{result.tokens_seen:,} tokens at {result.tokens_per_s:,.0f} tok/s in {result.wall_s:.1f}s")
    return runs.get_run(store, run_id)


def _train_report(run_id: str, account: str, base_model: str, why: str, result, split: Split,
                  lr: float) -> dict:
    """The training half of model_runs.report (evaluate_and_promote adds the held-out half)."""
    return {
        "run_id": run_id, "account": account, "base_model": base_model, "base_model_reason": why,
        "steps": result.steps, "tokens_seen": result.tokens_seen, "tokens_per_s": result.tokens_per_s,
        "wall_s": result.wall_s, "final_train_loss": result.final_loss, "avg_train_loss": result.avg_loss,
        "n_ctx": result.n_ctx, "batch_size": result.batch_size, "learning_rate": lr, **asdict(split),
    }


def choose_base_model(requested: str, *, log: LogFn, backend: str | None = None) -> tuple[str, str]:
    """`auto`: OpenAI's GPT-2 124M when it is in the models folder or can be downloaded, else the
    offline tiny model. Returns (base model, why) and logs the why."""
    from tweetbot.model import runner

    if requested != "auto":
        return requested, ""
    if runner.has_model(config.models_dir() / "124M"):
        chosen, why = "124M", "auto: GPT-2 124M is in the models folder"
    else:
        try:
            runner.ensure_base_model("124M", models_dir=config.models_dir(), training_text=None, log=log,
                                     backend=backend)
            chosen, why = "124M", "auto: downloaded GPT-2 124M"
        except runner.ModelError as exc:
            reason = str(exc).splitlines()[0].split(". ")[0][:160]  # the full error is logged above
            chosen, why = "tiny", f"auto: GPT-2 124M unavailable ({reason}), using the offline tiny model"
    log(why)
    return chosen, why


def _base_model_name(base_model: str, account: str) -> str:
    """The offline tiny model's BPE is learnt from the account's text, so each account has its own."""
    return f"tiny-{account}" if base_model == "tiny" else base_model
