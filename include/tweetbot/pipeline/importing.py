"""Scrape: read a whole source (file, X API, twint, book), clean it, upsert it into `source_tweets`.

A file is streamed through an on-disk spool (`spool.py`) before one transaction writes it, so memory
stays flat whatever its size, one bad row still imports nothing, and a repeated tweet id is caught:
the first occurrence in the file wins, and a repeat with another text is counted and named.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable
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
    normalised: Counter = field(default_factory=Counter)  # tweets kept with a change, by what changed
    seconds: float = 0.0
    details: dict = field(default_factory=dict)  # per source: chapters of a book, X requests, …

    def summary(self) -> str:
        skipped = ", ".join(f"{n:,} {r}" for r, n in sorted(self.skipped.items())) or "none"
        extra = "; ".join(f"{k} {v}" for k, v in self.details.items() if not isinstance(v, (list, dict)))
        normalised = ", ".join(f"{n:,} {r}" for r, n in sorted(self.normalised.items()))
        duplicates = self.details.get("duplicate_ids")
        bad_counts = self.details.get("bad_counts")
        return (f"{self.account}: read {self.read:,} tweets from {self.kind} {self.path} in "
                f"{self.seconds:.1f}s — {self.new:,} new, {self.updated:,} updated, "
                f"{self.unchanged:,} unchanged, {sum(self.skipped.values()):,} skipped ({skipped})"
                + (f"; normalised: {normalised}" if normalised else "")
                + (f"; duplicate ids (the first occurrence in the file wins): {', '.join(duplicates)}"
                   + (", …" if self.skipped[DUPLICATE] > len(duplicates) else "") if duplicates else "")
                + (f"; counts dropped (the tweets are kept): {'; '.join(bad_counts)}"
                   + (", …" if self.normalised[BAD_COUNT] > len(bad_counts) else "") if bad_counts else "")
                + (f" [{extra}]" if extra else ""))

    def as_dict(self) -> dict:
        return {**asdict(self), "skipped": dict(self.skipped), "normalised": dict(self.normalised)}


#: The skip reason of a repeated tweet id whose text differs from the first occurrence's.
DUPLICATE = "duplicate id with different text"
#: How many of those ids the report names.
DUPLICATE_IDS_SHOWN = 10
#: The `normalised` reason of a count the import dropped (negative, "1.2K", …): the tweet is kept.
BAD_COUNT = "bad engagement count dropped"
#: How many of those the report names, with the record and the value.
BAD_COUNTS_SHOWN = 10
_LANG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


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
    from tweetbot import textgate
    from tweetbot.sources import ImportOptions

    log = _log(log)
    account = textgate.check_name(account, "account")
    options = options or ImportOptions()
    started = time.monotonic()
    report = ImportReport(account=account, kind=kind, path=str(path))
    if kind == "x-api":
        _import_x_api(store, report, x_client, username=str(path), by=by, options=options, log=log,
                      limit=limit, since=since, started=started)
    else:
        from tweetbot.sources import ByteBudget

        budget = ByteBudget()
        raw = _read_whole(store, report, kind, path, limit=limit, since=since,
                          twint_base_url=twint_base_url, log=log, budget=budget)
        _store_raw(store, report, raw, kind=kind, by=by, options=options, log=log, budget=budget)
    report.seconds = time.monotonic() - started
    log(report.summary())
    return report


def _read_whole(store: Store, report: ImportReport, kind: str, path: str | Path, *, limit: int | None,
                since: str | None, twint_base_url: str | None, log: LogFn, budget) -> Iterable:
    """A file's (or a twint scrape's) RawTweets, streamed: `_store_raw` spools all before writing."""
    from tweetbot.sources import FILE_KINDS, source_records

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

        book = read_text(path, budget)
        report.details.update(book.details())
        report.skipped.update(book.skipped)
        log(f"{path}: {book.chapters} chapters, {len(book.tweets):,} passages")
        return book.tweets
    return source_records(kind, Path(path), budget)  # a malformed row raises while spooling, before any write


def _store_raw(store: Store, report: ImportReport, raw: Iterable, *, kind: str, by: str, options,
               log: LogFn, budget=None) -> None:
    """Read `raw` into a spool (each id once, cleaned, gated, counted), then upsert what is kept in one
    transaction and add the counts to `report`. Nothing is written if reading fails."""
    from tweetbot.pipeline.spool import ImportSpool

    with ImportSpool() as spool:
        _spool(spool, report, raw, options, log, budget)
        counts = sources.upsert_source_tweets(store, report.account, kind, spool.rows(), by)
    report.new += counts.new
    report.updated += counts.updated
    report.unchanged += counts.unchanged


def _spool(spool, report: ImportReport, raw: Iterable, options, log: LogFn, budget=None) -> None:
    """Every tweet of `raw` into `spool`: repeats dropped (a different text counted as DUPLICATE),
    control characters removed and counted, the options' skips counted; progress every 10 s (with
    MiB read and an ETA when `budget` knows the files' sizes)."""
    from tweetbot.pipeline.spool import CONFLICT, SAME

    started = last_log = time.monotonic()
    read = repeats = 0
    duplicates = report.details.setdefault("duplicate_ids", [])
    for tweet in raw:
        row, reason, removed = _row(tweet, options)
        outcome = spool.add(tweet.tweet_id, tweet.text, row)
        if outcome == SAME:
            repeats += 1
            continue
        read += 1
        if outcome == CONFLICT:
            report.skipped[DUPLICATE] += 1
            if len(duplicates) < DUPLICATE_IDS_SHOWN and tweet.tweet_id not in duplicates:
                duplicates.append(tweet.tweet_id)
        elif reason:
            report.skipped[reason] += 1
        else:
            if removed:
                report.normalised["control characters removed"] += removed
            if tweet.bad_counts:
                _bad_counts(report, tweet)
        if time.monotonic() - last_log >= 10:
            last_log = time.monotonic()
            log(f"reading {report.path}: {read:,} tweets so far ({read / (last_log - started):,.0f}/s)"
                + _progress(budget, last_log - started))
    if not duplicates:
        report.details.pop("duplicate_ids")
    if repeats:
        report.details["identical_repeats"] = repeats
    report.read += read
    elapsed = max(time.monotonic() - started, 1e-6)
    log(f"read {read:,} tweets from {report.path} ({read / elapsed:,.0f}/s)"
        + (f", {repeats:,} repeated rows dropped" if repeats else ""))


def _bad_counts(report: ImportReport, tweet) -> None:
    """Count the dropped counts of a kept tweet, and name the first few (record, field, value, why)."""
    from tweetbot import textgate

    report.normalised[BAD_COUNT] += len(tweet.bad_counts)
    shown = report.details.setdefault("bad_counts", [])
    for problem in tweet.bad_counts:
        if len(shown) < BAD_COUNTS_SHOWN:
            shown.append(textgate.printable(f"{tweet.origin}: {problem}"))


def _progress(budget, elapsed: float) -> str:
    """", 312 of 1,024 MiB, ETA 41 s" while a file of known size is read; "" otherwise."""
    if budget is None or not budget.expected or not budget.used:
        return ""
    left = max(budget.expected - budget.used, 0) * elapsed / budget.used
    return f", {budget.used / 2**20:,.0f} of {budget.expected / 2**20:,.0f} MiB, ETA {left:,.0f} s"


def _row(tweet, options) -> tuple[sources.SourceRow | None, str | None, int]:
    """(the row to store or None, why it is skipped, control characters removed) for one tweet.

    Every string that reaches the store passes the text gate: control characters are removed (and
    counted), a lone surrogate refuses the import with the record's name.
    """
    from tweetbot import textgate
    from tweetbot.sources import SourceError, clean_text, skip_reason

    try:
        textgate.check_surrogates(tweet.text, "its text")
        cleaned = textgate.check_surrogates(clean_text(tweet, options), "its text after expanding links")
    except textgate.TextRefused as exc:
        raise SourceError(f"{tweet.origin}: {exc}") from None
    cleaned, removed = textgate.scrub(cleaned)
    if removed:
        from tweetbot.sources.base import normalize_whitespace

        cleaned = normalize_whitespace(cleaned)
    reason = skip_reason(tweet, cleaned, options)
    if reason:
        return None, reason, 0
    raw_text, _ = textgate.scrub(tweet.text)
    lang = tweet.lang if tweet.lang and _LANG.fullmatch(tweet.lang) and len(tweet.lang) <= 16 else None
    return sources.SourceRow(
        tweet_id=tweet.tweet_id, created_at=tweet.created_at, text=cleaned, raw_text=raw_text,
        is_retweet=tweet.is_retweet, is_reply=tweet.is_reply, lang=lang,
        source_ref=textgate.printable(tweet.origin),
        likes=tweet.likes, retweets=tweet.retweets, replies=tweet.replies, quotes=tweet.quotes,
    ), None, removed


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
        _store_raw(store, report, raw, kind=x_api.KIND, by=by, options=options, log=lambda _message: None)

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
