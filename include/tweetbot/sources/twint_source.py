"""Scrape an account's tweets with twint 2.1.20 (`Search="from:<user>"`) into `RawTweet`s.

twint is archived and today's X has closed the web route it reads (`/i/search/timeline`; twint
issues #915, #1228, #1433), so against X this fails — with a message naming the sources that work
(the archive export, or the API on a paid tier), not an aiohttp traceback. The route is configurable
(`TWEETBOT_TWINT_BASE_URL`, or `base_url=`, twint's module global `twint.url.base`, read at call time),
which is how the tests run it against `tweetbot.testing.fake_twint`, and how someone with a
compatible mirror could still use it.

twint runs in a child process (`python -m tweetbot.sources.twint_source`), not in the caller's thread:
* its asyncio code calls `get_event_loop()`, which fails in a worker thread (#655, "no current event
  loop in thread"); the child's main thread gets its own loop, and the Airflow worker's is untouched;
* it blocks on `time.sleep` between retries, can `sys.exit()` on a bad proxy setting, prints to
  stdout, and keeps results and `url.base` in module globals — a child keeps all of that out of the
  worker, two scrapes never share state, and a hung scrape is killed at `timeout_s`.
The child writes twint's CSV into a temporary folder; the parent reads it with the CSV reader.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tweetbot.sources.base import RawTweet, SourceError

if TYPE_CHECKING:
    from tweetbot.store.db import Store

KIND = "twint"
DEFAULT_BASE_URL = "https://twitter.com/i"
BASE_URL_ENV = "TWEETBOT_TWINT_BASE_URL"
DEFAULT_TIMEOUT_S = 600
WORKING_SOURCES = (
    "Use a source that works with today's X: the account's archive export (x.com → Settings → Your "
    "account → Download an archive of your data; then `tweetbot import --source archive "
    "<archive>/data/tweets.js`), or `--source x-api USERNAME` with a paid X API tier")
# The CSV columns twint writes for us. Not `reply_to`: twint 2.1.20 fills it from X's
# data-reply-to-users-json, which always lists the author (it pre-filled the reply box), so every
# tweet would look like a reply; `conversation_id` tells replies apart instead.
CSV_FIELDS = ("id", "conversation_id", "created_at", "date", "time", "timezone", "user_id", "username",
              "name", "tweet", "mentions", "urls", "photos", "replies_count", "retweets_count", "likes_count",
              "hashtags", "link", "retweet", "user_rt_id",
              "user_rt", "retweet_id", "retweet_date")


class TwintRefused(SourceError):
    """X (or whatever serves the base URL) did not answer like the search route twint knows."""


@dataclass
class TwintScrape:
    """The tweets one scrape found, newest first, and how it went."""

    username: str
    base_url: str
    since: datetime | None
    tweets: list[RawTweet] = field(default_factory=list)
    requests: int = 0

    def details(self) -> dict[str, Any]:
        return {"username": self.username, "base_url": self.base_url, "requests": self.requests,
                "since": self.since.isoformat() if self.since else None}


def base_url(explicit: str | None = None) -> str:
    """The twint.url.base to use: the argument, else TWEETBOT_TWINT_BASE_URL, else X's old route."""
    return (explicit or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")


def scrape(username: str, *, since: datetime | None = None, limit: int | None = None,
           base: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S) -> TwintScrape:
    """Run twint in a child process and read its CSV; TwintRefused/SourceError say what to do instead."""
    username = username.strip().lstrip("@")
    if not username:
        raise SourceError("twint: give the X username to scrape")
    result = TwintScrape(username=username, base_url=base_url(base), since=since)
    with tempfile.TemporaryDirectory(prefix="tweetbot-twint-") as tmp:
        out, status = Path(tmp) / "tweets.csv", Path(tmp) / "status.json"
        job = {"username": username, "base_url": result.base_url, "limit": limit, "output": str(out),
               "status": str(status), "since": _twint_date(since)}
        _run_child(job, status, timeout_s)
        report = json.loads(status.read_text(encoding="utf-8"))
        result.requests = len(report.get("responses", []))
        _raise_for(report, result)
        tweets = _read(out, username)  # newest first; twint stops at a page boundary past Limit
        result.tweets = tweets[:limit] if limit else tweets
    return result


def parse_since(value: str) -> datetime:
    """`--since` as twint's Since: a date/time, or a tweet id (its time, which X ids embed)."""
    from tweetbot.sources.base import parse_datetime
    from tweetbot.sources.x_api import TWITTER_EPOCH_MS

    text = str(value).strip()
    if text.isdigit() and len(text) > 12:
        return datetime.fromtimestamp(((int(text) >> 22) + TWITTER_EPOCH_MS) / 1000, UTC)
    try:
        return parse_datetime(text)
    except ValueError:
        raise SourceError(f"--since {text!r}: expected a date like 2024-05-01 or a tweet id") from None


def newest_stored(store: Store, account: str, username: str) -> datetime | None:
    """created_at of the newest tweet of @username this account got from twint (the next Since)."""
    from sqlalchemy import func, select

    from tweetbot.store.schema import source_tweets as t

    with store.connect() as conn:
        return conn.execute(select(func.max(t.c.created_at)).where(
            t.c.account == account, t.c.source_kind == KIND,
            t.c.source_ref.startswith(_ref_prefix(username), autoescape=True))).scalar_one_or_none()


def _ref_prefix(username: str) -> str:
    return f"twint @{username.lower()}: "


def _twint_date(since: datetime | None) -> str | None:
    """twint's Since layout; the child runs with TZ=UTC, so twint's local time is UTC."""
    return since.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if since else None


def _run_child(job: dict, status: Path, timeout_s: float) -> None:
    env = {**os.environ, "TZ": "UTC", "PYTHONIOENCODING": "utf-8"}
    try:
        done = subprocess.run([sys.executable, "-m", "tweetbot.sources.twint_source", json.dumps(job)],
                              capture_output=True, text=True, timeout=timeout_s, env=env)
    except subprocess.TimeoutExpired:
        raise SourceError(f"twint: no result from {job['base_url']} within {timeout_s:.0f} s. "
                          + WORKING_SOURCES) from None
    if not status.exists():
        tail = (done.stderr or done.stdout or "").strip().splitlines()[-3:]
        raise SourceError(f"twint stopped (exit {done.returncode}) without a result: {' | '.join(tail)}")


def _raise_for(report: dict, result: TwintScrape) -> None:
    """The child's account of X's answers → a message a person can act on."""
    where = f"{result.base_url}/search/timeline"
    if report.get("error"):
        raise TwintRefused(f"twint could not scrape @{result.username} from {where}: {report['error']}. "
                           + WORKING_SOURCES)
    for answer in report.get("responses", []):
        if answer["status"] != 200 or not answer["json"]:
            what = (f"HTTP {answer['status']}" if answer["status"] != 200
                    else f"a {answer['content_type'] or 'non-JSON'} page instead of search results")
            raise TwintRefused(
                f"X refused twint's search for @{result.username} ({what} from {where}): X closed the "
                "web routes twint reads and twint is no longer maintained. " + WORKING_SOURCES)


def _read(path: Path, username: str) -> list[RawTweet]:
    """twint's CSV through the CSV reader, with origins that outlive the temporary file."""
    from tweetbot.sources.csv_file import read_csv

    if not path.exists():  # twint writes nothing when the search finds nothing
        return []
    return [replace(t, origin=f"{_ref_prefix(username)}https://x.com/{t.author or username}/status/"
                              f"{t.tweet_id}")
            for t in read_csv(path)]


# ---------------------------------------------------------------- the child process


def _child(job: dict) -> dict:
    """Run one twint search; record every HTTP answer so the parent can tell "refused" from "empty"."""
    import asyncio

    asyncio.set_event_loop(asyncio.new_event_loop())  # this thread's own loop, whatever the parent had
    import twint
    from twint import get

    responses: list[dict] = []
    get.Response = _recording_response(responses)  # twint's Request() looks it up at call time
    twint.url.base = job["base_url"]
    config = twint.Config()
    config.Search = f"from:{job['username']}"
    config.Limit = job["limit"]
    config.Since = job["since"]
    config.Store_csv = True
    config.Output = job["output"]
    config.Custom = {"tweet": list(CSV_FIELDS), "user": None, "username": None}
    config.Hide_output = True
    config.Retries_count = 1  # its retries sleep 1, 8, 27… s on an answer that will not change
    try:
        twint.run.Search(config)
    except Exception as exc:  # noqa: BLE001 - reported to the parent in words, not a traceback
        return {"responses": responses, "error": _describe(exc)}
    return {"responses": responses}


def _recording_response(responses: list[dict]):
    """twint.get.Response, also noting status, content type and whether the body is twint's JSON."""
    from async_timeout import timeout
    from twint import get

    async def response(session, url, params=()):
        with timeout(120):
            async with session.get(url, ssl=True, params=list(params), proxy=get.httpproxy) as answer:
                body = await answer.text()
                responses.append({"status": answer.status, "content_type": answer.content_type,
                                  "json": _is_search_json(body)})
                return body

    return response


def _is_search_json(body: str) -> bool:
    try:
        data = json.loads(body)
    except ValueError:
        return False
    return isinstance(data, dict) and "items_html" in data


def _describe(exc: BaseException) -> str:
    """aiohttp's and asyncio's errors in one line (no stack trace for the user)."""
    name = type(exc).__name__
    if name == "TimeoutError" or isinstance(exc, TimeoutError):
        return "no answer within 120 s"
    text = str(exc).strip() or name
    return f"{name}: {text}" if "Error" in name or "Exception" in name else text


def main(argv: list[str] | None = None) -> int:
    job = json.loads((argv or sys.argv[1:])[0])
    report = _child(job)
    Path(job["status"]).write_text(json.dumps(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
