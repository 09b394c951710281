"""Scrape: read a whole source (file, X API, twint, book), clean it, upsert it into `source_tweets`."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tweetbot.pipeline.common import LogFn, _log
from tweetbot.store import sources
from tweetbot.store.db import Store


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
