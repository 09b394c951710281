"""The weekly chain's steps as plain functions: the CLI and the Airflow tasks both call these.

scrape (import) → train → generate → stage. Each step takes an open Store and returns a small
result; nothing here imports Airflow, TensorFlow or gpt-2-simple (the model runs in a child process).
"""
from __future__ import annotations

import logging
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


def new_run_id(account: str) -> str:
    """A fresh id per training attempt, so an Airflow retry never resumes an old checkpoint."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{account}-{stamp}-{uuid.uuid4().hex[:6]}"


def train(
    store: Store, *, account: str, base_model: str = "tiny", steps: int = 200,
    learning_rate: float | None = None, batch_size: int = 1, by: str, log: LogFn | None = None,
) -> dict:
    """Fine-tune `base_model` on the account's tweets in a child process; returns the run row."""
    from tweetbot.model import runner

    log = _log(log)
    run_id = new_run_id(account)
    run_path = config.runs_dir() / run_id
    lr = learning_rate if learning_rate is not None else (1e-3 if base_model.startswith("tiny") else 1e-4)
    params = {"steps": steps, "learning_rate": lr, "batch_size": batch_size}
    runs.start_run(store, run_id=run_id, account=account, base_model=base_model, params=params, by=by)
    try:
        data = config.data_dir() / "datasets" / f"{run_id}.txt"
        n = write_training_file(store, account, data)
        log(f"run {run_id}: {n:,} tweets → {data}")
        model_name = _base_model_name(base_model, account)
        runner.ensure_base_model(model_name, models_dir=config.models_dir(), training_text=data, log=log)
        result = runner.train(
            base_model=model_name, models_dir=config.models_dir(), training_text=data,
            runs_dir=config.runs_dir(), run_name=run_id, steps=steps, learning_rate=lr,
            batch_size=batch_size, log=log,
        )
    except BaseException as exc:  # noqa: BLE001 - record any failure, then let it propagate
        runs.fail_run(store, run_id, f"{type(exc).__name__}: {exc}")
        raise
    runs.finish_run(
        store, run_id, path=str(run_path), steps=result.steps, final_loss=result.final_loss,
        tokens_seen=result.tokens_seen, tokens_per_s=result.tokens_per_s, wall_s=result.wall_s,
    )
    log(f"run {run_id}: {result.steps} steps, final loss {result.final_loss:.3f}, "
        f"{result.tokens_seen:,} tokens at {result.tokens_per_s:,.0f} tok/s in {result.wall_s:.1f}s")
    return runs.get_run(store, run_id)


def _base_model_name(base_model: str, account: str) -> str:
    """The offline tiny model's BPE is learnt from the account's text, so each account has its own."""
    return f"tiny-{account}" if base_model == "tiny" else base_model


# ---------------------------------------------------------------- generate


def generate(
    store: Store, *, account: str, run_id: str | None = None, n: int = 50,
    temperature: float = 1.0, top_k: int = 0, top_p: float = 0.9, length: int | None = None,
    prefix: str | None = None, by: str, log: LogFn | None = None,
) -> dict:
    """Sample `n` candidates from a run (default: the account's newest trained run) into the store."""
    from tweetbot.model import runner

    log = _log(log)
    run = generation_run(store, account, run_id)
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


def generation_run(store: Store, account: str, run_id: str | None = None) -> dict:
    """The run to sample from: the one asked for, else the account's newest trained run."""
    run = runs.get_run(store, run_id) if run_id else runs.latest_succeeded_run(store, account)
    if run is None or run["status"] != runs.SUCCEEDED:
        raise ValueError(f"no trained model run for {account!r}" + (f" (asked for {run_id})" if run_id else ""))
    return run


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
    run = generation_run(store, account, run_id)
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
