"""More ways in, all into `source_tweets`: X API v2 (against the local fake X), twint (against the local
fake of its web route) and books (the real Pride and Prejudice from ../shared/data).

The API and twint run for real — tweepy signing requests, twint's aiohttp and BeautifulSoup in its
child process — against local servers; only X's answers are imitated.
"""
from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qsl

import pytest
from cli_run import Result, run_cli

from tweetbot.pipeline import import_source
from tweetbot.sources import ImportOptions, SourceError
from tweetbot.sources.text import clean_prose, read_text, split_passage
from tweetbot.sources.twint_source import TwintRefused
from tweetbot.sources.x_api import TimelineForbidden, parse_since, snowflake_floor
from tweetbot.store import connect, upgrade
from tweetbot.store.sources import list_source_tweets
from tweetbot.testing import fake_x
from tweetbot.testing.fake_twint import FakeTwint
from tweetbot.testing.fake_x import FakeX, Reply
from tweetbot.x.client import XClient, XCredentials, XRateLimited

UTC = UTC
USER = "fieldnotes_bot"
KEEP_ALL = ImportOptions(drop_retweets=False, drop_replies=False)
QUIET = lambda message: None  # noqa: E731 - a log sink

CLIENT_FORBIDDEN = fake_x.CLIENT_FORBIDDEN  # X's 403 for an app whose tier cannot read this endpoint
#: X's 429 when the plan's monthly read cap is used up (xdevplatform/xdk#25): no reset will help.
USAGE_CAPPED = {"account_id": "1", "product_name": "standard-basic", "title": "UsageCapExceeded",
                "period": "Monthly", "scope": "Product", "detail": "Usage cap exceeded: Monthly product cap",
                "type": "https://api.twitter.com/2/problems/usage-capped"}


# ---------------------------------------------------------------- a fuller timeline on the fake X


class TimelineFakeX(FakeX):
    """FakeX plus what X's timeline also has: retweets (and `exclude=retweets`), link entities,
    `lang`, `in_reply_to_user_id`, long posts' `note_tweet`; a 429 after N pages; the tier's 403.
    It records each timeline query and the ids it served, so tests can see what was fetched twice."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.queries: list[dict[str, str]] = []
        self.served: list[str] = []
        self.extra: dict[str, dict] = {}
        self.fail_at: int | None = None
        self.forbidden = False
        self.capped = False

    def post_like(self, text: str, *, retweet_of: str | None = None, urls: dict[str, str] | None = None,
                  note: str | None = None, in_reply_to: str | None = None, lang: str = "en") -> str:
        tweet_id = self.seed(text, in_reply_to=in_reply_to)
        self.extra[tweet_id] = {"retweet_of": retweet_of, "urls": urls or {}, "note": note, "lang": lang}
        return tweet_id

    def rate_limit_after(self, pages: int) -> None:
        """Answer the timeline request after the next `pages` ones with a 429, once."""
        self.fail_at = len(self.queries) + pages + 1

    def _user_tweets(self, user_id: str, query: str) -> Reply:
        params = dict(parse_qsl(query, keep_blank_values=True))
        self.queries.append(params)
        if self.forbidden:
            return Reply(403, CLIENT_FORBIDDEN)
        if self.capped:
            return Reply(429, USAGE_CAPPED)
        if self.fail_at == len(self.queries):
            self.fail_at = None
            return Reply(429, fake_x.TOO_MANY_REQUESTS)
        hidden = {}
        owner = next((u for u in self.users if u.user["id"] == user_id), self.users[0])
        if "retweets" in params.get("exclude", ""):
            with self._lock:
                hidden = {i: owner.tweets.pop(i) for i in list(owner.tweets)
                          if (self.extra.get(str(i)) or {}).get("retweet_of")}
        try:
            reply = super()._user_tweets(user_id, query)
        finally:
            with self._lock:
                owner.tweets.update(hidden)
        fields = set(params.get("tweet.fields", "").split(","))
        for item in (reply.body or {}).get("data", []):
            self.served.append(item["id"])
            self._enrich(item, fields)
        return reply

    def _enrich(self, item: dict, fields: set[str]) -> None:
        extra = self.extra.get(item["id"], {})
        with self._lock:
            tweet = next(u.tweets[int(item["id"])] for u in self.users if int(item["id"]) in u.tweets)
        if "lang" in fields:
            item["lang"] = extra.get("lang", "en")
        if "in_reply_to_user_id" in fields and tweet["in_reply_to_tweet_id"]:
            item["in_reply_to_user_id"] = self.user["id"]
        if "referenced_tweets" in fields and extra.get("retweet_of"):
            item["referenced_tweets"] = [{"type": "retweeted", "id": extra["retweet_of"]}]
        if "entities" in fields and extra.get("urls"):
            item["entities"] = {"urls": [
                {"start": item["text"].find(short), "end": item["text"].find(short) + len(short),
                 "url": short, "expanded_url": long, "display_url": long.split("://")[-1][:25]}
                for short, long in extra["urls"].items()]}
        if "note_tweet" in fields and extra.get("note"):
            item["note_tweet"] = {"text": extra["note"]}


@pytest.fixture(autouse=True)
def _x_knows_note_tweet(monkeypatch):
    """X accepts tweet.fields=note_tweet (posts over 280 characters); fake_x's list predates it."""
    if "note_tweet" not in fake_x.TWEET_FIELDS:
        monkeypatch.setattr(fake_x, "TWEET_FIELDS", (*fake_x.TWEET_FIELDS, "note_tweet"))


@pytest.fixture
def xfake():
    with TimelineFakeX(username=USER) as server:
        yield server


@pytest.fixture
def client(xfake: TimelineFakeX) -> XClient:
    return XClient(XCredentials(**xfake.credentials), timeout=5)


@pytest.fixture
def sqlite_store(sqlite_url: str):
    s = connect(sqlite_url)
    upgrade(s)
    yield s
    s.dispose()


def x_import(store, client, **kwargs):
    kwargs.setdefault("log", QUIET)
    return import_source(store, account="bot", kind="x-api", path=USER, by="test", x_client=client, **kwargs)


def seed_originals(fake: FakeX, n: int, prefix: str = "field note") -> list[str]:
    return [fake.seed(f"{prefix} {i}") for i in range(n)]


def pending_rows(store) -> list[dict]:
    return [r for r in list_source_tweets(store, "bot") if "[pending since" in r["source_ref"]]


def x_conn(fake: FakeX) -> str:
    """AIRFLOW_CONN_X_DEFAULT for the fake (JSON form, as in test_posting.py)."""
    creds = fake.credentials
    return json.dumps({"conn_type": "http", "host": creds["base_url"], "login": creds["consumer_key"],
                       "password": creds["consumer_secret"],
                       "extra": {"access_token": creds["access_token"],
                                 "access_token_secret": creds["access_token_secret"],
                                 "bearer_token": creds["bearer_token"]}})


def tweetbot(*args: str, db: str, env: dict | None = None) -> Result:
    return run_cli(args, db_url=db, env=env)


def cli_report(out: Result) -> dict:
    """The --json report after the log lines."""
    return json.loads(out.stdout[out.stdout.index("{\n"):])


# ---------------------------------------------------------------- X API v2


def test_x_api_pages_then_fetches_only_what_is_new(store, xfake: TimelineFakeX, client: XClient) -> None:
    seed_originals(xfake, 250)
    first = x_import(store, client)
    assert (first.read, first.new, first.skipped) == (250, 250, {})
    assert [q.get("max_results") for q in xfake.queries] == ["100", "100", "100"]  # 100 + 100 + 50
    assert "pagination_token" not in xfake.queries[0] and "pagination_token" in xfake.queries[1]
    assert "since_id" not in xfake.queries[0]
    assert set(xfake.queries[0]["exclude"].split(",")) == {"retweets", "replies"}
    assert {"created_at", "entities", "referenced_tweets", "in_reply_to_user_id", "lang"} <= set(
        xfake.queries[0]["tweet.fields"].split(","))
    assert xfake.queries[0]["max_results"] == "100" and len(set(xfake.served)) == 250

    newest = max(int(i) for i in xfake.served)
    fresh = seed_originals(xfake, 30, "this week")
    second = x_import(store, client)
    assert (second.read, second.new, second.unchanged) == (30, 30, 0)
    assert xfake.queries[-1]["since_id"] == str(newest)
    assert sorted(xfake.served[250:]) == sorted(fresh)  # nothing fetched twice

    third = x_import(store, client)
    assert (third.read, third.new) == (0, 0) and xfake.queries[-1]["since_id"] == str(max(map(int, fresh)))

    rows = list_source_tweets(store, "bot")
    assert len(rows) == 280 and {r["source_kind"] for r in rows} == {"x-api"}
    assert rows[0]["source_ref"] == f"x-api user {xfake.user['id']} https://x.com/{USER}/status/{rows[0]['tweet_id']}"
    assert [r["tweet_id"] for r in rows] == sorted((r["tweet_id"] for r in rows), key=int)  # oldest first


def test_x_api_exclusions_retweets_replies_links_long_posts(sqlite_store, xfake: TimelineFakeX,
                                                           client: XClient) -> None:
    root = xfake.seed("a thread starts")
    xfake.seed("and goes on", in_reply_to=root)
    xfake.post_like("RT @kew: the orchids are out", retweet_of="1400000000000000000")
    xfake.post_like("new post https://t.co/abc123 about moss", urls={"https://t.co/abc123": "https://moss.example/p?a=1&b=2"})
    long = "A long field note. " * 30
    xfake.post_like(long[:270] + "… https://t.co/long1", note=long.strip(), lang="cy")

    excluded = x_import(sqlite_store, client)  # defaults: X is asked not to send retweets and replies
    assert (excluded.read, excluded.new, excluded.skipped) == (3, 3, {})
    texts = {r["text"] for r in list_source_tweets(sqlite_store, "bot")}
    assert "new post https://moss.example/p?a=1&b=2 about moss" in texts  # t.co expanded
    assert long.strip() in texts  # the whole long post, not the 280-character cut
    assert not any(t.startswith("RT @") or t == "and goes on" for t in texts)

    kept = x_import(sqlite_store, client, options=KEEP_ALL, since="1")  # everything again, nothing excluded
    assert "exclude" not in xfake.queries[-1]
    assert (kept.read, kept.new, kept.unchanged) == (5, 2, 3)
    rows = {r["text"]: r for r in list_source_tweets(sqlite_store, "bot")}
    assert rows["RT @kew: the orchids are out"]["is_retweet"] and rows["and goes on"]["is_reply"]
    assert rows[long.strip()]["lang"] == "cy"
    # the options decide what is skipped when X does send them
    skipping = x_import(sqlite_store, client, options=ImportOptions(drop_retweets=True, drop_replies=False),
                        since="1")
    assert "replies" not in xfake.queries[-1]["exclude"] and skipping.read == 4


def test_x_api_429_keeps_the_pages_and_the_next_run_fetches_only_the_rest(
        store, xfake: TimelineFakeX, client: XClient) -> None:
    seed_originals(xfake, 120, "old")
    x_import(store, client)
    before = len(xfake.served)
    seed_originals(xfake, 250, "new")
    xfake.rate_limit_after(1)
    with pytest.raises(XRateLimited) as err:
        x_import(store, client)
    assert err.value.reset_at > datetime.now(UTC)
    assert err.value.report.new == 100  # the page before the 429 is stored…
    assert len(pending_rows(store)) == 100  # …marked as an interrupted window

    newer = seed_originals(xfake, 5, "while waiting")  # X moves on while we wait
    resumed = x_import(store, client)
    assert resumed.new == 155 and resumed.unchanged == 0
    served = xfake.served[before:]
    assert len(served) == len(set(served)) == 255  # every new tweet fetched exactly once
    windows = resumed.details["windows"]
    assert windows[0]["until_id"] is not None and windows[0]["tweets"] == 150  # the hole first
    assert windows[1]["tweets"] == 5 and set(newer) <= set(served)
    assert pending_rows(store) == [] and len(list_source_tweets(store, "bot")) == 375
    assert x_import(store, client).read == 0


def test_x_api_403_says_the_tier_cannot_read_timelines(sqlite_store, xfake: TimelineFakeX,
                                                      client: XClient) -> None:
    seed_originals(xfake, 3)
    xfake.forbidden = True
    with pytest.raises(TimelineForbidden) as err:
        x_import(sqlite_store, client)
    message = str(err.value)
    assert "403" in message and "paid X API tier" in message
    assert "--source archive" in message and "Download an archive" in message
    assert list_source_tweets(sqlite_store, "bot") == []
    xfake.forbidden, xfake.capped = False, True
    with pytest.raises(TimelineForbidden, match="usage cap for this app is used up"):
        x_import(sqlite_store, client)
    with pytest.raises(SourceError, match="no X account @nobody_here"):
        import_source(sqlite_store, account="bot", kind="x-api", path="nobody_here", by="t", x_client=client,
                      log=QUIET)


def test_x_api_through_the_cli(sqlite_url: str, xfake: TimelineFakeX) -> None:
    seed_originals(xfake, 250)
    env = {"AIRFLOW_CONN_X_DEFAULT": x_conn(xfake)}
    args = ("import", "--source", "x-api", USER, "--account", "bot", "--json")
    out = tweetbot(*args, "--limit", "120", db=sqlite_url, env=env)
    assert out.returncode == 0, out.stderr
    assert cli_report(out)["new"] == 120 and cli_report(out)["details"]["stopped_at_limit"]
    again = tweetbot(*args, db=sqlite_url, env=env)  # --limit was a deliberate cut: only newer ones
    assert cli_report(again)["read"] == 0
    everything = tweetbot(*args, "--since", "2010-11-05", db=sqlite_url, env=env)
    assert (cli_report(everything)["new"], cli_report(everything)["unchanged"]) == (130, 120)

    xfake.forbidden = True
    refused = tweetbot(*args, db=sqlite_url, env=env)
    assert refused.returncode == 2 and "paid X API tier" in refused.stderr and "Traceback" not in refused.stderr
    xfake.forbidden = False
    seed_originals(xfake, 150, "later")
    xfake.rate_limit_after(1)
    limited = tweetbot(*args, db=sqlite_url, env=env)
    assert limited.returncode == 3 and "Run the same command again" in limited.stderr
    assert cli_report(tweetbot(*args, db=sqlite_url, env=env))["new"] == 50


def test_import_operator_defers_on_429_then_continues(sqlite_store, xfake: TimelineFakeX, monkeypatch) -> None:
    from airflow.providers.standard.triggers.temporal import DateTimeTrigger
    from airflow.sdk.exceptions import TaskDeferred

    from tweetbot.airflow.operators import ImportTweetsOperator

    monkeypatch.setenv("AIRFLOW_CONN_X_DEFAULT", x_conn(xfake))
    seed_originals(xfake, 250)
    op = ImportTweetsOperator(task_id="scrape", account="bot", source_type="x-api", source_path=USER)
    op.__dict__["hook"] = SimpleNamespace(get_store=lambda: sqlite_store)
    context = {"ti": SimpleNamespace(dag_id="tweetbot_weekly", run_id="manual__1", task_id="scrape",
                                     try_number=1)}
    xfake.rate_limit_after(1)
    with pytest.raises(TaskDeferred) as deferred:
        op.execute(context)
    trigger, kwargs = deferred.value.trigger, deferred.value.kwargs
    assert isinstance(trigger, DateTimeTrigger) and deferred.value.method_name == "execute"
    assert trigger.moment > datetime.now(UTC)
    assert kwargs["earlier"]["new"] == 100 and kwargs["waits"] == 1
    json.dumps(kwargs)  # next_kwargs are stored by Airflow: plain JSON

    done = op.execute(context, event=None, **kwargs)  # what the trigger resumes
    assert done["new"] == 250 and done["read"] == 250 and done["rate_limit_waits"] == 1
    assert len(xfake.served) == 250 == len(set(xfake.served))

    xfake.forbidden = True
    from airflow.sdk.exceptions import AirflowFailException

    with pytest.raises(AirflowFailException, match="paid X API tier"):
        op.execute(context)


# ---------------------------------------------------------------- twint


@pytest.fixture
def twint_fake():
    with FakeTwint(username=USER) as server:
        yield server


def test_twint_scrapes_the_fake_route_then_only_newer(sqlite_store, twint_fake: FakeTwint, monkeypatch) -> None:
    monkeypatch.setenv("TWEETBOT_TWINT_BASE_URL", twint_fake.base_url)
    start = datetime(2024, 3, 1, tzinfo=UTC)
    ids = [twint_fake.seed(f"note {i}: the #moss by the gate https://moss.example/{i}?a=1&b=2",
                           created_at=start + timedelta(hours=i)) for i in range(45)]
    twint_fake.seed("…and a second thought", created_at=start + timedelta(hours=46), in_reply_to=ids[-1])

    first = import_source(sqlite_store, account="bot", kind="twint", path=USER, by="t", log=QUIET)
    assert (first.read, first.new, dict(first.skipped)) == (46, 45, {"reply": 1})
    assert first.details["requests"] == 4  # 20 + 20 + 6, then an empty page
    assert twint_fake.requests_seen[0]["q"].split() == [f"from:{USER}"]
    rows = list_source_tweets(sqlite_store, "bot")
    assert rows[0]["text"] == "note 0: the #moss by the gate https://moss.example/0?a=1&b=2"
    assert rows[0]["created_at"] == start and rows[0]["source_kind"] == "twint"
    assert rows[0]["source_ref"] == f"twint @{USER}: https://x.com/{USER}/status/{ids[0]}"

    for i in range(3):
        twint_fake.seed(f"spring note {i}", created_at=start + timedelta(days=3, hours=i))
    second = import_source(sqlite_store, account="bot", kind="twint", path=USER, by="t", log=QUIET)
    # since = the newest one stored: it and the skipped reply come back again, unchanged / skipped
    assert (second.read, second.new, second.unchanged, dict(second.skipped)) == (5, 3, 1, {"reply": 1})
    assert "since:" in twint_fake.requests_seen[-1]["q"]
    limited = import_source(sqlite_store, account="bot", kind="twint", path=USER, by="t", log=QUIET,
                            limit=5, since="2024-01-01")
    assert limited.read == 5 and limited.new == 0


@pytest.mark.parametrize("how", [404, "html"])
def test_twint_refused_by_x_says_what_works_instead(sqlite_store, twint_fake: FakeTwint, how) -> None:
    twint_fake.seed("never seen")
    twint_fake.refuse(how)
    with pytest.raises(TwintRefused) as err:
        import_source(sqlite_store, account="bot", kind="twint", path=USER, by="t", log=QUIET,
                      twint_base_url=twint_fake.base_url)
    message = str(err.value)
    assert "X refused twint's search" in message and twint_fake.base_url in message
    assert "--source archive" in message and "--source x-api" in message
    assert "Traceback" not in message and "aiohttp" not in message
    assert list_source_tweets(sqlite_store, "bot") == []


def test_twint_unreachable_and_through_the_cli(sqlite_url: str) -> None:
    out = tweetbot("import", "--source", "twint", USER, "--account", "bot",
                   "--twint-base-url", "http://127.0.0.1:9/i", db=sqlite_url)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "could not scrape" in out.stderr and "--source archive" in out.stderr


def test_twint_operator_imports_and_fails_without_retry_when_refused(sqlite_store, twint_fake: FakeTwint) -> None:
    from airflow.sdk.exceptions import AirflowFailException

    from tweetbot.airflow.operators import ImportTweetsOperator

    twint_fake.seed("a field note from the fake route")
    op = ImportTweetsOperator(task_id="twint", account="bot", source_type="twint", source_path=USER,
                              twint_base_url=twint_fake.base_url)
    op.__dict__["hook"] = SimpleNamespace(get_store=lambda: sqlite_store)
    context = {"ti": SimpleNamespace(dag_id="d", run_id="r", task_id="twint", try_number=1)}
    assert op.execute(context)["new"] == 1
    twint_fake.refuse(403)
    with pytest.raises(AirflowFailException, match="HTTP 403"):
        op.execute(context)


# ---------------------------------------------------------------- books


@pytest.fixture(scope="module")
def pride(shared_data: Path) -> Path:
    return shared_data / "gutenberg_pride" / "1342-0.txt"


def test_pride_and_prejudice_imports_as_passages_in_book_order(store, pride: Path) -> None:
    report = import_source(store, account="austen", kind="text", path=pride, by="t", log=QUIET)
    # The 1894 edition has no Gutenberg markers; chapter I's heading sits inside an illustration and
    # XLVI is "Chapter XLVI." — all 61 are found. Title page, preface and contents come before it.
    assert report.details["chapters"] == 61 and report.details["gutenberg_markers"] is False
    assert report.details["illustrations_removed"] == 162
    assert report.new == report.read == report.details["passages"] == 2194
    assert report.skipped == {"front matter": 125, "chapter heading": 61, "back matter": 2}
    rows = list_source_tweets(store, "austen")
    texts = [r["text"] for r in rows]
    assert texts[0] == ("It is a truth universally acknowledged, that a single man in possession of a good "
                        "fortune must be in want of a wife.")
    assert texts[1].startswith("However little known the feelings")
    assert "Mr. Bennet made no answer." in texts  # paragraphs stay paragraphs
    assert texts[-1].startswith("With the Gardiners they were always on the most intimate terms.")
    assert not any("[Illustration" in t or "Illustration" in t[:15] for t in texts)
    assert not any("_" in t for t in texts)
    assert not any(c in t for t in texts for c in "“”‘’") and any('"' in t for t in texts)
    assert max(len(t) for t in texts) <= 1000 and not any(t.startswith(("CHAPTER", "Chapter ")) for t in texts)
    assert rows[0]["source_ref"] == f"{pride}:line 673" and rows[0]["tweet_id"].startswith("p00001-")

    again = import_source(store, account="austen", kind="text", path=pride, by="t", log=QUIET)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2194)


def test_gutenberg_wrappers_illustrations_and_long_paragraphs(tmp_path: Path) -> None:
    sentence = "Mr. Darcy walked on, and the rain came down upon the lawn at Pemberley. "
    book = tmp_path / "book.txt"
    book.write_text(
        "The Project Gutenberg EBook of A Test, by Nobody\n\nThis eBook is for the use of anyone\n\n"
        "*** START OF THIS PROJECT GUTENBERG EBOOK A TEST ***\n\n\n\n\nProduced by Volunteers\n\n\n"
        "CHAPTER 1\n\n“It is _quite_ so,” said she--laughing.\n\n[Illustration: a view\n\nof the "
        "[_lake_] at dusk]\n\n" + sentence * 30 + "\n\n* * * * *\n\nChapter Two\n\nThe last word.\n\n"
        "THE END\n\nAdvertisements.\n\n*** END OF THIS PROJECT GUTENBERG EBOOK A TEST ***\n\nlicence text\n",
        encoding="utf-8")
    parsed = read_text(book)
    texts = [t.text for t in parsed.tweets]
    assert parsed.gutenberg_markers and parsed.chapters == 2 and parsed.illustrations_removed == 1
    assert texts[0] == "\"It is quite so,\" said she—laughing."
    assert texts[-1] == "The last word."
    long = texts[1:-1]
    assert len(long) == 3 and all(len(t) <= 1000 and t.endswith("Pemberley.") for t in long)
    assert " ".join(long) == (sentence * 30).strip()
    assert parsed.skipped == {"front matter": 1, "chapter heading": 2, "separator": 1, "back matter": 2}
    assert parsed.tweets[0].origin.endswith("book.txt:line 15")  # the quote, under CHAPTER 1

    old = tmp_path / "old.txt"
    old.write_text("Legal small print\n*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n"
                   "Only this.\n\nEnd of the Project Gutenberg EBook of Old, by Someone\n\nmore licence\n",
                   encoding="utf-8")
    assert [t.text for t in read_text(old).tweets] == ["Only this."]
    assert read_text(old).tweets[0].tweet_id == read_text(old).tweets[0].tweet_id  # stable


def test_text_helpers_and_errors(tmp_path: Path) -> None:
    assert clean_prose("_Northanger Abbey,_ its snake_case and  ‘quotes’\n— ok") == \
        "Northanger Abbey, its snake_case and 'quotes' — ok"
    parts = split_passage("Mrs. Bennet spoke. " * 80, limit=200)
    assert all(len(p) <= 200 and p.endswith("spoke.") for p in parts)
    assert split_passage("x" * 2500) == ["x" * 1000, "x" * 1000, "x" * 500]
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("fine line\ncaf\xe9\n".encode("latin-1"))
    with pytest.raises(SourceError, match=r"latin1.txt:line 2: not UTF-8"):
        read_text(bad)
    with pytest.raises(SourceError, match="no such file"):
        read_text(tmp_path / "missing.txt")


def test_since_accepts_ids_and_dates() -> None:
    assert parse_since("1500000000000000001") == 1500000000000000001 and parse_since("") is None
    day = datetime(2024, 5, 1, tzinfo=UTC)
    assert parse_since("2024-05-01") == snowflake_floor(day) - 1
    assert (snowflake_floor(day) >> 22) + 1288834974657 == int(day.timestamp() * 1000)
    with pytest.raises(SourceError, match="--since"):
        parse_since("last tuesday")


def test_book_through_the_cli_reports_chapters(sqlite_url: str, pride: Path) -> None:
    started = time.monotonic()
    out = tweetbot("import", "--source", "text", str(pride), "--account", "austen", "--json", db=sqlite_url)
    assert out.returncode == 0, out.stderr
    report = cli_report(out)
    assert report["details"]["chapters"] == 61 and report["new"] == 2194
    assert "61 chapters" in out.stdout and time.monotonic() - started < 30
