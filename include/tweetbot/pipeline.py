"""The weekly chain's steps as plain functions: the CLI and the Airflow tasks both call these.

scrape (import) → train → generate → stage. Each step takes an open Store and returns a small
result; nothing here imports Airflow, TensorFlow or gpt-2-simple (the model runs in a child process).
"""
from __future__ import annotations

import logging
import math
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tweetbot import config
from tweetbot.curation.staging import FilterOptions, StagingFilter
from tweetbot.store import queue, runs, sources
from tweetbot.store.db import Store

LogFn = Callable[[str], None]
logger = logging.getLogger("tweetbot")


def _log(log: LogFn | None) -> LogFn:
    return log or logger.info


# ---------------------------------------------------------------- scrape / import


@dataclass
class ImportReport:
    account: str
    kind: str
    path: str
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    details: dict = field(default_factory=dict)  # per source: chapters of a book, X requests, …

    def summary(self) -> str:
        skipped = ", ".join(f"{n} {r}" for r, n in sorted(self.skipped.items())) or "none"
        extra = "; ".join(f"{k} {v}" for k, v in self.details.items() if not isinstance(v, (list, dict)))
        return (f"{self.account}: read {self.read:,} tweets from {self.kind} {self.path} in "
                f"{self.seconds:.1f}s — {self.new:,} new, {self.updated:,} updated, "
                f"{self.unchanged:,} unchanged, {sum(self.skipped.values()):,} skipped ({skipped})"
                + (f" [{extra}]" if extra else ""))

    def as_dict(self) -> dict:
        return {**asdict(self), "skipped": dict(self.skipped)}


def import_source(
    store: Store, *, account: str, kind: str, path: str | Path, by: str,
    options=None, log: LogFn | None = None, limit: int | None = None, since: str | None = None,
    x_client=None, twint_base_url: str | None = None,
) -> ImportReport:
    """Read a source, clean it, and upsert it into `source_tweets`.

    Files (archive, csv, text) and twint scrapes are read whole first: a malformed row or a refused
    scrape writes nothing. x-api (`path` is the X username, `x_client` an XClient) stores page by
    page and the next run resumes where one stopped (sources/x_api.py). `limit` and `since` (a date
    or tweet id; default: after what is stored) apply to x-api and twint.
    """
    from tweetbot.sources import ImportOptions

    log = _log(log)
    options = options or ImportOptions()
    started = time.monotonic()
    report = ImportReport(account=account, kind=kind, path=str(path))
    if kind == "x-api":
        _import_x_api(store, report, x_client, username=str(path), by=by, options=options, log=log,
                      limit=limit, since=since, started=started)
    else:
        raw = _read_whole(store, report, kind, path, limit=limit, since=since,
                          twint_base_url=twint_base_url, log=log)
        report.read = len(raw)
        log(f"read {len(raw):,} tweets from {path} ({len(raw) / max(time.monotonic() - started, 1e-6):,.0f}/s)")
        _store_raw(store, report, raw, kind=kind, by=by, options=options)
    report.seconds = time.monotonic() - started
    log(report.summary())
    return report


def _read_whole(store: Store, report: ImportReport, kind: str, path: str | Path, *, limit: int | None,
                since: str | None, twint_base_url: str | None, log: LogFn) -> list:
    """All of a file's (or a twint scrape's) RawTweets, before anything is written."""
    from tweetbot.sources import FILE_KINDS, read_source

    if kind == "twint":
        from tweetbot.sources import twint_source

        since_at = (twint_source.parse_since(since) if since
                    else twint_source.newest_stored(store, report.account, str(path)))
        scrape = twint_source.scrape(str(path), since=since_at, limit=limit, base=twint_base_url)
        report.details.update(scrape.details())
        return scrape.tweets
    if kind in FILE_KINDS and (limit or since):
        log(f"--limit/--since apply to x-api and twint; reading all of {path}")
    if kind == "text":
        from tweetbot.sources.text import read_text

        book = read_text(path)
        report.details.update(book.details())
        report.skipped.update(book.skipped)
        log(f"{path}: {book.chapters} chapters, {len(book.tweets):,} passages")
        return book.tweets
    return list(read_source(kind, Path(path)))  # a malformed row raises here, before any write


def _store_raw(store: Store, report: ImportReport, raw: Sequence, *, kind: str, by: str, options) -> None:
    """Clean `raw`, count what the options skip, upsert the rest (one transaction), add to `report`."""
    from tweetbot.sources import clean_text, skip_reason

    rows = []
    for tweet in raw:
        text = clean_text(tweet, options)
        reason = skip_reason(tweet, text, options)
        if reason:
            report.skipped[reason] += 1
            continue
        rows.append(sources.SourceRow(
            tweet_id=tweet.tweet_id, created_at=tweet.created_at, text=text, raw_text=tweet.text,
            is_retweet=tweet.is_retweet, is_reply=tweet.is_reply, lang=tweet.lang,
            source_ref=tweet.origin,
        ))
    counts = sources.upsert_source_tweets(store, report.account, kind, rows, by)
    report.new += counts.new
    report.updated += counts.updated
    report.unchanged += counts.unchanged


def _import_x_api(store: Store, report: ImportReport, client, *, username: str, by: str, options,
                  log: LogFn, limit: int | None, since: str | None, started: float) -> None:
    """Page by page into the store; on a 429 the exception carries `report` (what is stored so far)."""
    from tweetbot.sources import x_api
    from tweetbot.x.client import XRateLimited

    if client is None:
        raise ValueError("--source x-api needs X API credentials: create the Airflow connection "
                         "x_default (consumer key/secret, access token/secret, optional bearer token)")
    exclude = [what for what, drop in (("retweets", options.drop_retweets), ("replies", options.drop_replies))
               if drop]

    def store_page(raw: list) -> None:
        report.read += len(raw)
        _store_raw(store, report, raw, kind=x_api.KIND, by=by, options=options)

    try:
        run = x_api.import_timeline(client, store, account=report.account, username=username,
                                    store_page=store_page, exclude=exclude, since=since, limit=limit, log=log)
    except XRateLimited as exc:
        report.seconds = time.monotonic() - started
        exc.report = report  # type: ignore[attr-defined] - the operator adds these up across its waits
        log(f"X rate limit: {report.summary()}; the rest after {exc.reset_at:%Y-%m-%d %H:%M:%S} UTC "
            "(stored pages are kept, and the next run resumes after them)")
        raise
    report.details.update(run.details())


# ---------------------------------------------------------------- train


def write_training_file(store: Store, account: str, dest: Path) -> int:
    """One `<|startoftext|>tweet<|endoftext|>` line per source tweet, oldest first."""
    texts = sources.training_texts(store, account)
    if not texts:
        raise ValueError(f"account {account!r} has no source tweets: import some first")
    dest.parent.mkdir(parents=True, exist_ok=True)
    with dest.open("w", encoding="utf-8") as fh:
        for text in texts:
            fh.write(f"<|startoftext|>{' '.join(text.split())}<|endoftext|>\n")
    return len(texts)


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
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{account}-{stamp}-{uuid.uuid4().hex[:6]}"


def train(
    store: Store, *, account: str, base_model: str = "auto", steps: int = 200,
    learning_rate: float | None = None, batch_size: int = 1, by: str, log: LogFn | None = None,
) -> dict:
    """Fine-tune `base_model` on the account's older tweets in a child process (the newest are held
    out), upload the run to the artifact store and record it; returns the run row.

    A finished run does not serve yet: `evaluate_and_promote` decides. A failed run never serves.
    """
    from tweetbot import artifacts
    from tweetbot.model import runner

    log = _log(log)
    run_id = new_run_id(account)
    run_path = config.runs_dir() / run_id
    chosen, why = choose_base_model(base_model, log=log)
    lr = learning_rate if learning_rate is not None else (1e-3 if chosen.startswith("tiny") else 1e-4)
    params = {"steps": steps, "learning_rate": lr, "batch_size": batch_size, "requested_model": base_model}
    runs.start_run(store, run_id=run_id, account=account, base_model=chosen, params=params, by=by)
    try:
        data = config.data_dir() / "datasets" / f"{run_id}.txt"
        heldout = data.with_name(f"{run_id}.{HELDOUT_FILE}")
        split = write_split_files(store, account, data, heldout)
        log(f"run {run_id}: {split.train_examples:,} tweets → {data}; "
            f"{split.heldout_examples:,} newest held out (from {split.heldout_from}) → {heldout}")
        model_name = _base_model_name(chosen, account)
        runner.ensure_base_model(model_name, models_dir=config.models_dir(), training_text=data, log=log)
        result = runner.train(
            base_model=model_name, models_dir=config.models_dir(), training_text=data,
            runs_dir=config.runs_dir(), run_name=run_id, steps=steps, learning_rate=lr,
            batch_size=batch_size, log=log,
        )
        shutil.copyfile(heldout, run_path / HELDOUT_FILE)
        report = _train_report(run_id, account, chosen, why, result, split, lr)
        url = artifacts.upload(run_id, run_path, log=log)
    except BaseException as exc:  # noqa: BLE001 - record any failure, then let it propagate
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


def choose_base_model(requested: str, *, log: LogFn) -> tuple[str, str]:
    """`auto`: OpenAI's GPT-2 124M when it is in the models folder or can be downloaded, else the
    offline tiny model. Returns (base model, why) and logs the why."""
    from tweetbot.model import runner

    if requested != "auto":
        return requested, ""
    if runner.has_model(config.models_dir() / "124M"):
        chosen, why = "124M", "auto: GPT-2 124M is in the models folder"
    else:
        try:
            runner.ensure_base_model("124M", models_dir=config.models_dir(), training_text=None, log=log)
            chosen, why = "124M", "auto: downloaded GPT-2 124M"
        except runner.ModelError as exc:
            reason = str(exc).splitlines()[0].split(". ")[0][:160]  # the full error is logged above
            chosen, why = "tiny", f"auto: GPT-2 124M unavailable ({reason}), using the offline tiny model"
    log(why)
    return chosen, why


def _base_model_name(base_model: str, account: str) -> str:
    """The offline tiny model's BPE is learnt from the account's text, so each account has its own."""
    return f"tiny-{account}" if base_model == "tiny" else base_model


# ---------------------------------------------------------------- evaluate and promote


def evaluate_and_promote(store: Store, *, run_id: str, by: str, log: LogFn | None = None) -> dict:
    """Held-out loss of a trained run and of the model serving now, on the run's held-out tweets;
    the run serves only if it is better, or if nothing serves yet. Writes loss_curve.png and the
    report beside the run (and to its artifacts). Safe to rerun: a decided run keeps its decision.

    Returns {"model_run_id", "promoted", "note", "val_loss", "compared_with", "serving_run_id"},
    serving_run_id being what generation should use now.
    """
    from tweetbot.model.report import summary_table

    log = _log(log)
    run = runs.get_run(store, run_id)
    if run is None or run["status"] != runs.SUCCEEDED:
        state = run["status"] if run else "unknown"
        raise ValueError(f"run {run_id} is {state}: only a trained run can be evaluated")
    if run["promoted"] is None:
        for attempt in range(3):
            try:
                report = _evaluate(store, run, runs.serving_run(store, run["account"]), by=by, log=log)
                break
            except runs.ServingChanged as exc:
                if attempt == 2:
                    raise
                log(f"{exc}: evaluating again")
        log("model run report:\n" + summary_table(report))
        run = runs.get_run(store, run_id)
    else:
        log(f"run {run_id} was evaluated before: {'promoted' if run['promoted'] else 'not promoted'} "
            f"({run['promotion_note']})")
    return {"model_run_id": run_id, "promoted": run["promoted"], "note": run["promotion_note"],
            "val_loss": run["val_loss"], "compared_with": run["serving_run_id"],
            "serving_run_id": runs.serving_run_id(store, run["account"])}


def _evaluate(store: Store, run: dict, serving: dict | None, *, by: str, log: LogFn) -> dict:
    """Evaluate both models in one child, decide, write the report files, record it all at once."""
    import json

    from tweetbot import artifacts
    from tweetbot.model import runner
    from tweetbot.model.report import LOSS_CURVE, write_loss_curve

    run_dir = artifacts.local_run_dir(run["path"], run["artifact_url"], log=log)
    other = serving if serving and serving["id"] != run["id"] else None
    heldout = run_dir / HELDOUT_FILE
    results = []
    if heldout.is_file() and heldout.read_text(encoding="utf-8").strip():
        paths = [run_dir]
        if other:
            paths.append(artifacts.local_run_dir(other["path"], other["artifact_url"], log=log))
        results = runner.evaluate(run_paths=paths, text=heldout, log=log)
    new = results[0] if results else None
    old = results[1] if len(results) > 1 else None
    promoted, note = _decide(run, serving, new, old)
    report = {**(run["report"] or {}), **_eval_report(new, old, other), "promoted": promoted,
              "promotion_note": note, "loss_curve": LOSS_CURVE}
    summary_path = run_dir / "train_summary.json"
    history = json.loads(summary_path.read_text())["loss_history"] if summary_path.is_file() else []
    same = report.get("same_tokenizer")
    write_loss_curve(run_dir / LOSS_CURVE, history=history, val_loss=new.loss if new else None,
                     serving_val_loss=old.loss if old and same else None,
                     serving_label=f"serving {other['id']}" if other else "serving model",
                     title=f"{run['id']} ({run['base_model']}): {'promoted' if promoted else 'not promoted'}")
    (run_dir / "report.json").write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    if run["artifact_url"]:
        base, _ = artifacts.split_run_url(run["artifact_url"])
        artifacts.ArtifactStore(base).add_files(run["id"], run_dir, [LOSS_CURVE, "report.json"])
    runs.record_evaluation(
        store, run["id"], val_loss=new.loss if new else None, val_perplexity=new.perplexity if new else None,
        serving_run_id=serving["id"] if serving else None, serving_val_loss=old.loss if old else None,
        promoted=promoted, note=note, report=report, by=by,
    )
    log(f"run {run['id']}: {'PROMOTED' if promoted else 'not promoted'}: {note}")
    return report


def _eval_report(new, old, other: dict | None) -> dict:
    """The held-out half of the report; per-token losses of different tokenizers are kept but
    flagged (`same_tokenizer`): bits per byte is the comparable number."""
    out: dict = {"val_loss": None, "val_perplexity": None, "val_bits_per_byte": None, "val_tokens": None,
                 "heldout_bytes": None, "serving_run_id": other["id"] if other else None}
    if new:
        out.update(val_loss=new.loss, val_perplexity=new.perplexity, val_bits_per_byte=new.bits_per_byte,
                   val_tokens=new.tokens, heldout_bytes=new.bytes, eval_s=new.seconds)
    if old:
        out.update(serving_val_loss=old.loss, serving_val_perplexity=old.perplexity,
                   serving_val_bits_per_byte=old.bits_per_byte, same_tokenizer=old.tokenizer == new.tokenizer)
    return out


def _decide(run: dict, serving: dict | None, new, old) -> tuple[bool, str]:
    """Promote only a better model. Compared in bits per byte of the held-out text: each model reads
    it with its own tokenizer (the tiny model's BPE is learnt per account, OpenAI's is fixed), so
    nats per token differ in unit; total nats / bytes does not. With one tokenizer the two orders agree.
    """
    if serving is None:
        return True, "nothing served yet" + (f"; held-out {new.bits_per_byte:.4f} bits/byte" if new else "")
    if serving["id"] == run["id"]:
        return True, "already serving (promoted by hand before evaluation)"
    if new is None or old is None:
        return False, f"no held-out tweets to compare with; {serving['id']} keeps serving (promote by hand)"
    numbers = (f"held-out {new.bits_per_byte:.4f} vs {old.bits_per_byte:.4f} bits/byte of {serving['id']}"
               + (f" (loss {new.loss:.3f} vs {old.loss:.3f})" if new.tokenizer == old.tokenizer else ""))
    seen = (serving.get("report") or {}).get("train_through")
    if seen and (run.get("report") or {}).get("heldout_from") and run["report"]["heldout_from"] <= seen:
        numbers += "; the serving run trained on some of these tweets, so its number is optimistic"
    if new.bits_per_byte < old.bits_per_byte:
        return True, f"better: {numbers}"
    return False, f"not better: {numbers}; {serving['id']} keeps serving"


# ---------------------------------------------------------------- generate


def generate(
    store: Store, *, account: str, run_id: str | None = None, n: int = 50,
    temperature: float = 1.0, top_k: int = 0, top_p: float = 0.9, length: int | None = None,
    prefix: str | None = None, by: str, log: LogFn | None = None,
) -> dict:
    """Sample `n` candidates from a run (default: the account's newest trained run) into the store."""
    from tweetbot.model import runner

    log = _log(log)
    run = generation_run(store, account, run_id, log=log)
    texts = runner.generate(
        run_path=Path(run["path"]), n=n, temperature=temperature, top_k=top_k, top_p=top_p,
        length=length, prefix=prefix or None, log=log,
    )
    batch_id = f"{run['id']}-g{uuid.uuid4().hex[:6]}"
    added = queue.add_candidates(
        store, batch_id=batch_id, model_run_id=run["id"], account=account, texts=texts, by=by
    )
    log(f"batch {batch_id}: {added} candidates from run {run['id']}")
    return {"batch_id": batch_id, "model_run_id": run["id"], "count": added}


def generation_run(store: Store, account: str, run_id: str | None = None, *, log: LogFn | None = None) -> dict:
    """The run to sample from: the one asked for, else the one serving the account. Its `path` is a
    local folder with its files (fetched from the artifact store when this machine lacks them)."""
    from tweetbot import artifacts

    run = runs.get_run(store, run_id) if run_id else runs.serving_run(store, account)
    if run is None and not run_id and not runs.serving_history_rows(store, account):
        run = runs.latest_succeeded_run(store, account)  # runs from before promotion existed
        if run:
            _log(log)(f"{account}: no run was ever promoted; using the newest trained run {run['id']}")
    if run is None or run["status"] != runs.SUCCEEDED:
        raise ValueError(f"no trained model run for {account!r}" + (f" (asked for {run_id})" if run_id else ""))
    return {**run, "path": str(artifacts.local_run_dir(run["path"], run.get("artifact_url"), log=log))}


def generate_chapter(
    store: Store, *, account: str, run_id: str | None = None, n_tweets: int = 28,
    opening: str | None = None, temperature: float = 1.0, top_k: int = 0, top_p: float = 0.9,
    by: str, log: LogFn | None = None,
) -> dict:
    """Story bots: write the next chapter, continuing from the story's last approved/posted tweet
    (or `opening` the first time), as one ordered batch of candidates."""
    from tweetbot import story
    from tweetbot.model import runner

    log = _log(log)
    run = generation_run(store, account, run_id, log=log)
    state = story.story_state(store, account, opening)
    log(f"story {state.story_id}: chapter {state.chapter}, continuing from …{state.context[-120:]!r}")
    tweets = runner.write_chapter(run_path=Path(run["path"]), context=state.context, n_tweets=n_tweets,
                                  temperature=temperature, top_k=top_k, top_p=top_p,
                                  include_context=state.fresh, log=log)
    batch_id = f"{run['id']}-c{state.chapter}-{uuid.uuid4().hex[:6]}"
    added = queue.add_candidates(store, batch_id=batch_id, model_run_id=run["id"], account=account,
                                 texts=tweets, by=by)
    log(f"batch {batch_id}: chapter {state.chapter} of {state.story_id}, {added} tweets from run {run['id']}")
    return {"batch_id": batch_id, "model_run_id": run["id"], "count": added,
            "story_id": state.story_id, "chapter": state.chapter, "continues_from": state.context[-280:]}


# ---------------------------------------------------------------- stage


def stage(
    store: Store, *, batch_id: str, by: str, log: LogFn | None = None, options: FilterOptions | None = None,
    story: tuple[str, int] | None = None,
) -> queue.StageReport:
    """Filter a batch and queue the rest as `pending` for review (a rerun stages nothing twice).

    The filters (`tweetbot.curation.staging`) drop empty, too long, duplicate, copied (of the
    account's source tweets), blocked, @mention, link, debris and near-duplicate candidates; the
    counts by reason are logged and go to the review step in the report.
    """
    log = _log(log)
    started = time.monotonic()
    make_filter = filter_for(store, queue.batch_account(store, batch_id), options)
    built = time.monotonic() - started
    report = queue.stage_batch(store, batch_id, make_filter, by, story=story)
    seconds = time.monotonic() - started - built
    rate = report.decided / max(seconds, 1e-6)
    log(f"filtered {report.decided} candidates in {seconds:.2f}s ({rate:,.0f} candidates/s) "
        f"against {len(make_filter.index):,} indexed source tweets (index built in {built:.2f}s)")
    log(report.summary())
    return report


def filter_for(store: Store, account: str, options: FilterOptions | None = None) -> StagingFilter:
    """The staging filters of one account: its source tweets indexed, the blocklist loaded."""
    return StagingFilter(sources.source_texts(store, account), options)


def check_candidates(
    store: Store, *, account: str, texts: Sequence[str], options: FilterOptions | None = None,
) -> list[dict]:
    """What staging would decide for each text, against the account's sources and queue; writes
    nothing (`tweetbot filter`)."""
    make_filter = filter_for(store, account, options)
    with store.connect() as conn:
        decide = make_filter(queue.queued_norms(conn, account))
    verdicts = []
    for text in texts:
        clean, reason, detail = decide(text)
        verdicts.append({"text": text, "kept": reason is None, "reason": reason, "detail": detail,
                         "clean_text": clean})
    return verdicts
