"""Fuzzing, so that no input breaks tweetbot again (issue 16): hypothesis over the text gate, the CSV,
archive and review-file readers and the import on both stores, and schemathesis over every route of the
Tweet queue page as an editor and as a reader, on SQLite and Postgres.

Every run asserts the same three things: no 5xx (no exception but the reader's own named error), no
traceback, and no state change on a refusal. Runs are bounded and reproducible (`derandomize=True`, no
example database): per write route 50 generated requests (positive and negative) for each of editor
and reader on each store, 200 in all, plus 50 raw bodies; 20 each for a read route, plus 50 addresses
of arbitrary text. The whole file takes 1-2 minutes on 2 busy cores.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_web_api import PREFIX, api, auth, csrf, seeded  # noqa: F401 - fixtures

from tweetbot import textgate
from tweetbot.review_file import ReviewFileError, parse
from tweetbot.sources import SourceError, base
from tweetbot.sources.archive import parse_archive_stream
from tweetbot.sources.csv_file import parse_csv

FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=200,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.filter_too_much, HealthCheck.data_too_large])
ANY_CHAR = st.characters(exclude_categories=())  # surrogates and control characters included
#: Characters that broke something once, drawn far more often than chance would (a fuzzing dictionary).
NASTY = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\ud800", "\udfff", "\u2028", "\ufeff", "\ufffd", "\r", "\n",
         "\t", "%", "/", ".", "'", '"', "<", "\\", "𝕏", "鳥"]
ANY_TEXT = st.lists(st.one_of(st.sampled_from(NASTY), ANY_CHAR), max_size=40).map("".join)
FILE_TEXT = st.lists(st.one_of(st.sampled_from([c for c in NASTY if not 0xD800 <= ord(c) <= 0xDFFF]),
                               st.characters(exclude_categories=("Cs",))),  # what a UTF-8 file can hold
                     max_size=40).map("".join)


# ---------------------------------------------------------------- the text gate


@FUZZ
@given(ANY_TEXT)
def test_gate_returns_clean_text_or_names_the_character(text):
    try:
        checked = textgate.check_text(text, "field 'text'")
    except textgate.TextRefused as exc:
        assert str(exc).startswith("field 'text': ")
        point = int(re.search(r"U\+([0-9A-F]{4})", exc.what).group(1), 16)
        assert chr(point) in text and not textgate.is_clean(chr(point))
        return
    assert textgate.is_clean(checked)
    assert checked == text.replace("\r\n", "\n").replace("\r", "\n")


@FUZZ
@given(ANY_TEXT)
def test_scrub_removes_exactly_the_control_characters(text):
    cleaned, removed = textgate.scrub(text)
    assert removed == len(text) - len(cleaned)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", cleaned)  # tab, LF, CR stay
    assert re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text) == cleaned


@FUZZ
@given(st.binary(max_size=80))
def test_decode_utf8_agrees_with_python_and_names_the_line(data):
    try:
        expected = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        with pytest.raises(textgate.TextRefused) as info:
            textgate.decode_utf8(data, "f.txt")
        line = data.count(b"\n", 0, exc.start) + 1
        assert info.value.where == f"f.txt line {line}"
        return
    assert textgate.decode_utf8(data, "f.txt") == expected


# ---------------------------------------------------------------- CSV


def _csv_bytes(rows: list[tuple[int, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)  # a lone CR is text only in quotes
    writer.writerow(["id", "created_at", "text"])
    for tweet_id, text in rows:
        writer.writerow([tweet_id, "2021-05-01 12:00:00", text])
    return out.getvalue().encode("utf-8")


CSV_ROWS = st.lists(st.tuples(st.integers(1, 30), FILE_TEXT), max_size=12)


@FUZZ
@given(CSV_ROWS)
def test_csv_reads_back_what_was_written(rows):
    assume(not any(re.fullmatch(r"b(['\"]).*\1", text, re.DOTALL) for _, text in rows))  # bytes literals
    assume(all(text.strip() for _, text in rows))  # a blank-only row is skipped as a blank line
    tweets = list(parse_csv(io.BytesIO(_csv_bytes(rows)), "t.csv"))
    assert [(int(t.tweet_id), t.text) for t in tweets] == rows


@FUZZ
@given(st.binary(max_size=300))
def test_csv_junk_is_a_source_error_or_tweets(data):
    try:
        list(parse_csv(io.BytesIO(b"id,created_at,text\n" + data), "t.csv"))
    except SourceError as exc:
        assert str(exc).startswith("t.csv:line ")


# ---------------------------------------------------------------- archives, streamed in any chunk size

RECORD = st.fixed_dictionaries({
    "id_str": st.integers(1, 10**19).map(str), "full_text": ANY_TEXT,
    "created_at": st.sampled_from(["Wed Oct 10 20:19:24 +0000 2018", "2020-01-01T00:00:00Z"]),
}, optional={"lang": FILE_TEXT, "in_reply_to_status_id_str": st.none() | st.just("5")})


def _archive_bytes(records: list[dict], indent: int | None, prefix: str, ascii_only: bool) -> bytes:
    """The file X would write (non-ASCII as UTF-8, which chunks may cut mid-character), or with every
    non-ASCII character escaped; a lone surrogate written raw makes bytes that are not UTF-8."""
    text = prefix + json.dumps([{"tweet": r} for r in records], indent=indent, ensure_ascii=ascii_only)
    return text.encode("utf-8", "surrogatepass")


def _read(data: bytes, chunk: int, monkeypatch) -> list | str:
    """The tweets of an archive file read `chunk` bytes at a time, or its error message."""
    monkeypatch.setattr(base, "CHUNK", chunk)
    try:
        return list(parse_archive_stream(io.BytesIO(data), "t.js", base.ByteBudget(10**9)))
    except SourceError as exc:
        return str(exc)


@FUZZ
@given(records=st.lists(RECORD, max_size=6), indent=st.sampled_from([None, 0, 2]),
       prefix=st.sampled_from(["window.YTD.tweets.part0 = ", "window.YTD.tweet.part0=\n", ""]),
       ascii_only=st.booleans(), cut=st.none() | st.integers(0, 10**6), chunk=st.integers(1, 64))
def test_archive_streaming_is_exact_in_any_chunk_size(records, indent, prefix, ascii_only, cut, chunk,
                                                      monkeypatch):
    data = _archive_bytes(records, indent, prefix, ascii_only)
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    whole = _read(data, 1 << 20, monkeypatch)
    assert _read(data, chunk, monkeypatch) == whole  # same tweets, or the same message, line and column
    if cut is None and isinstance(whole, list):
        assert [t.text for t in whole] == [r["full_text"] for r in records]


@FUZZ
@given(junk=st.text(st.sampled_from('[]{}",:0123456789 \n\\uaetrfnl'), max_size=200), chunk=st.integers(1, 32))
def test_archive_junk_is_a_named_error(junk, chunk, monkeypatch):
    for data in (junk.encode(), ("window.YTD.tweets.part0 = [" + junk).encode()):
        result = _read(data, chunk, monkeypatch)
        assert isinstance(result, list) or result.startswith("t.js"), result


# ---------------------------------------------------------------- the review file


@FUZZ
@given(st.lists(st.one_of(ANY_TEXT, st.sampled_from(["=" * 20, "#1", "#2", "#! exported: 1@1,2@1", ""])),
                max_size=12))
def test_review_file_parses_or_names_the_problems(lines):
    try:
        parsed = parse("\n".join(lines), "r.txt")
    except ReviewFileError as exc:
        assert all(p.startswith("r.txt line ") for p in exc.problems), exc.problems
        return
    assert all(textgate.is_clean(block.text) for block in parsed.blocks)


# ---------------------------------------------------------------- the import, the same on both stores


@pytest.fixture
def both_stores(sqlite_url, pg_url):
    from tweetbot.store import connect, upgrade

    stores = [connect(sqlite_url), connect(pg_url)]
    for s in stores:
        upgrade(s)
    yield stores
    for s in stores:
        s.dispose()


def test_import_behaves_the_same_on_sqlite_and_postgres(both_stores, tmp_path):
    from tweetbot.pipeline import import_source
    from tweetbot.store.sources import list_source_tweets

    counter = iter(range(10**6))

    @settings(FUZZ, max_examples=100)
    @given(st.lists(st.tuples(st.integers(1, 8), FILE_TEXT), max_size=8), st.binary(max_size=8))
    def run(rows, junk):
        path = tmp_path / "in.csv"
        path.write_bytes(_csv_bytes(rows) + junk)
        account = f"acc{next(counter)}"
        outcomes = []
        for store in both_stores:
            try:
                report = import_source(store, account=account, kind="csv", path=path, by="fuzz")
                outcomes.append((report.new, sorted(report.skipped.items()), dict(report.normalised)))
            except SourceError as exc:
                outcomes.append(str(exc))
            stored = [(r["tweet_id"], r["text"], r["raw_text"]) for r in list_source_tweets(store, account)]
            for _, text, raw in stored:
                assert textgate.is_clean(text) and textgate.is_clean(raw.replace("\r", "")), (text, raw)
            if isinstance(outcomes[-1], str):
                assert stored == []  # a refused import stores nothing
            outcomes.append(stored)
        assert outcomes[:2] == outcomes[2:], outcomes

    run()


# ---------------------------------------------------------------- every route of the page


@functools.cache
def _schema():
    """The page's OpenAPI schema, loaded once per process (each parametrization would rebuild it)."""
    import schemathesis

    from tweetbot.web.app import create_app

    spec = create_app().openapi()
    spec["servers"] = [{"url": PREFIX}]
    return schemathesis.openapi.from_dict(spec)


def _snapshot(store) -> tuple:
    from sqlalchemy import func, select

    from tweetbot.store.schema import tweet_events, tweets

    with store.connect() as conn:
        rows = conn.execute(select(tweets.c.id, tweets.c.status, tweets.c.text, tweets.c.version,
                                   tweets.c.position, tweets.c.scheduled_for).order_by(tweets.c.id)).all()
        events = conn.execute(select(func.count()).select_from(tweet_events)).scalar_one()
    return tuple(map(tuple, rows)), events


def _check(response, store, before) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:500])
    assert "Traceback" not in response.text
    if response.status_code >= 400:
        assert _snapshot(store) == before, (response.status_code, response.text[:300])


def _aim(case, store, ids: list[int], data) -> None:
    """Half the time, point a generated request at tweets that exist, with the versions they have now,
    so that it gets past "not found" and "changed meanwhile" to the code that writes."""
    from tweetbot.store import queue

    version = {r["id"]: r["version"] for r in queue.list_tweets(store, ids=ids)}
    body = case.body if isinstance(case.body, dict) else {}
    if case.path_parameters and "tweet_id" in case.path_parameters:
        case.path_parameters["tweet_id"] = tweet_id = data.draw(st.sampled_from(ids))
        if "version" in body:
            body["version"] = version[tweet_id]
    tweets = body.get("tweets")
    for item in tweets if isinstance(tweets, list) else []:
        if isinstance(item, dict):
            item["id"] = tweet_id = data.draw(st.sampled_from(ids))
            item["version"] = version[tweet_id]


@pytest.mark.parametrize("who", ["editor", "reader"])
def test_every_route_survives_generated_requests(api, seeded, who):  # noqa: F811 - fixtures
    from schemathesis.generation import GenerationMode

    from tweetbot.store import queue

    client, tokens = api
    store, ids = seeded
    queue.approve(store, ids[:3], by="test")  # schedule and reorder need approved tweets
    headers = {**auth(tokens, who), **({"X-Tweetbot-CSRF": csrf(client, tokens, who)} if who == "editor" else {})}
    operations = [result.ok() for result in _schema().get_all_operations()]
    assert len(operations) == 12  # GET /runs/{run_id}/engagement.png is the 12th

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(FUZZ, max_examples=25 if operation.method == "post" else 10)
            @given(case=operation.as_strategy(generation_mode=mode), aim=st.booleans(), data=st.data())
            def call(case, aim, data):
                if aim:
                    _aim(case, store, ids, data)
                kwargs = case.as_transport_kwargs(base_url="http://testserver" + PREFIX)
                kwargs["headers"] = {**{k: v for k, v in kwargs["headers"].items()
                                        if k.lower() not in ("authorization", "cookie", "origin")}, **headers}
                kwargs.pop("cookies", None)
                before = _snapshot(store)
                _check(client.request(**kwargs), store, before)

            call()


@pytest.mark.parametrize("where", ["/?account={}", "/?view=approved&account={}", "/api/tweets?account={}",
                                   "/api/tweets?status={}", "/runs/{}/loss_curve.png", "/static/{}"])
def test_any_text_in_the_address_is_answered_without_a_5xx(api, seeded, where):  # noqa: F811 - fixtures
    from urllib.parse import quote

    client, tokens = api
    store, _ = seeded

    @settings(FUZZ, max_examples=25)
    @given(text=ANY_TEXT, who=st.sampled_from(["editor", "reader"]))
    def call(text, who):
        before = _snapshot(store)
        encoded = quote(text.encode("utf-8", "surrogatepass"), safe="")
        _check(client.get(PREFIX + where.format(encoded), headers=auth(tokens, who)), store, before)

    call()


@pytest.mark.parametrize("path", ["/api/approve", "/api/reject", "/api/to-pending", "/api/reorder",
                                  "/api/tweets/1/edit", "/api/tweets/1/schedule"])
def test_raw_bodies_never_break_a_write_route(api, seeded, path):  # noqa: F811 - fixtures
    client, tokens = api
    store, _ = seeded
    headers = {**auth(tokens, "editor"), "X-Tweetbot-CSRF": csrf(client, tokens, "editor"),
               "Content-Type": "application/json"}

    @settings(FUZZ, max_examples=25)
    @given(st.one_of(st.binary(max_size=200),
                     st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT,
                                  lambda inner: st.lists(inner, max_size=4)
                                  | st.dictionaries(ANY_TEXT, inner, max_size=4), max_leaves=12)
                     .map(lambda v: json.dumps(v).encode())))
    def call(body):
        before = _snapshot(store)
        _check(client.post(PREFIX + path, content=body, headers=headers), store, before)

    call()
