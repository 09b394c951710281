"""Imports keep the engagement counts each source has (issue 13, part 1).

The archive and the twint CSV in ../shared/data are read for real and checked against their raw
fields; the CSV aliases, bad counts, re-imports and `tweetbot source list --json` on both stores;
x-api against the local fake X (its `public_metrics`); twint against the local fake of its route.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tweetbot import cli
from tweetbot.pipeline import import_source
from tweetbot.pipeline.importing import BAD_COUNT
from tweetbot.sources import ImportOptions, read_archive, read_csv
from tweetbot.sources.base import parse_count
from tweetbot.store.sources import list_source_tweets
from tweetbot.testing.fake_x import FakeX
from tweetbot.x.client import XClient, XCredentials

KEEP_ALL = ImportOptions(drop_retweets=False, drop_replies=False)
QUIET = lambda message: None  # noqa: E731 - a log sink


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["tweet_id"]: r for r in rows}


# ---------------------------------------------------------------- readers on real files


def test_archive_counts_match_the_raw_records(shared_data: Path) -> None:
    path = shared_data / "x_archive_smithjd" / "tweets.js"
    raw = json.loads(path.read_text(encoding="utf-8").split("=", 1)[1])
    expected = {r["tweet"]["id_str"]: (int(r["tweet"]["favorite_count"]), int(r["tweet"]["retweet_count"]))
                for r in raw}
    tweets = list(read_archive(path))
    assert len(tweets) == len(expected) == 1758
    assert {t.tweet_id: (t.likes, t.retweets) for t in tweets} == expected
    assert all(t.replies is None and t.quotes is None and not t.bad_counts for t in tweets)
    assert sum(t.likes for t in tweets) > 0 and max(t.likes for t in tweets) > 10  # not all zeros


def test_twint_csv_counts_match_the_raw_columns(shared_data: Path) -> None:
    path = shared_data / "twint_liztruss" / "twint_scraping_tweets.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        raw = {row["id"]: row for row in csv.DictReader(fh)}
    tweets = list(read_csv(path))
    assert len(tweets) == len(raw) == 1118
    for t in tweets:
        row = raw[t.tweet_id]
        assert (t.likes, t.retweets, t.replies) == (
            int(row["likes_count"]), int(row["retweets_count"]), int(row["replies_count"]))
        assert t.quotes is None  # twint has no quote count
    assert sum(t.likes for t in tweets) > 0 and sum(t.replies for t in tweets) > 0


@pytest.mark.parametrize(("header", "field"), [
    ("favorite_count", "likes"), ("likes", "likes"), ("likes_count", "likes"), ("like_count", "likes"),
    ("retweet_count", "retweets"), ("retweets", "retweets"), ("retweets_count", "retweets"),
    ("reply_count", "replies"), ("replies_count", "replies"), ("quote_count", "quotes"),
])
def test_csv_count_aliases(tmp_path: Path, header: str, field: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(f"id,created_at,text,{header}\n1,2024-05-01,hello,7\n2,2024-05-02,again,\n", encoding="utf-8")
    first, second = read_csv(path)
    assert getattr(first, field) == 7 and getattr(second, field) is None
    others = {"likes", "retweets", "replies", "quotes"} - {field}
    assert all(getattr(first, name) is None for name in others)


def test_csv_without_count_columns_has_none(shared_data: Path) -> None:
    tweets = list(read_csv(shared_data / "elonmusk" / "elonmusk_tweets.csv"))
    assert tweets and all((t.likes, t.retweets, t.replies, t.quotes) == (None,) * 4 for t in tweets)


def test_parse_count_accepts_what_exports_hold_and_refuses_the_rest() -> None:
    assert [parse_count(v) for v in (0, 12, "12", " 12 ", "12.0", 12.0, "", None, "nan", "None", float("nan"))] == [
        0, 12, 12, 12, 12, 12, None, None, None, None, None]
    for bad in (-1, "-1", "1.2K", "2.5", 2.5, "12 likes", True, "9" * 21, "9" * 12, 2**31, [3]):
        with pytest.raises(ValueError):
            parse_count(bad)


# ---------------------------------------------------------------- into the store


def _csv(path: Path, rows: list[tuple], header: str = "id,created_at,text,likes_count,retweets_count") -> Path:
    path.write_text(header + "\n" + "".join(",".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_bad_counts_are_dropped_named_and_counted_the_tweet_kept(store, tmp_path: Path) -> None:
    path = _csv(tmp_path / "t.csv", [(1, "2024-05-01", "fine", 3, 1), (2, "2024-05-02", "negative", -4, 2),
                                     (3, "2024-05-03", "abbreviated", "1.2K", "x"), (4, "2024-05-04", "big", 2**40, 0)])
    report = import_source(store, account="jd", kind="csv", path=path, by="t", options=KEEP_ALL, log=QUIET)
    assert (report.read, report.new, dict(report.skipped)) == (4, 4, {})
    assert report.normalised[BAD_COUNT] == 4
    named = report.details["bad_counts"]
    assert named[0] == f"{path}:line 3: likes '-4' (negative)"
    assert f"{path}:line 4: likes '1.2K' (not a whole number ≥ 0)" in named
    assert f"{path}:line 4: retweets 'x' (not a whole number ≥ 0)" in named
    assert any(n.startswith(f"{path}:line 5: likes") and "too large" in n for n in named)
    assert "counts dropped (the tweets are kept)" in report.summary() and "line 3: likes '-4'" in report.summary()
    rows = by_id(list_source_tweets(store, "jd"))
    assert (rows["1"]["likes"], rows["1"]["retweets"]) == (3, 1)
    assert (rows["2"]["likes"], rows["2"]["retweets"]) == (None, 2)
    assert (rows["3"]["likes"], rows["3"]["retweets"]) == (None, None)
    assert (rows["4"]["likes"], rows["4"]["retweets"]) == (None, 0)


def test_reimport_with_changed_counts_counts_as_updated(store, shared_data: Path, tmp_path: Path) -> None:
    path = shared_data / "x_archive_smithjd" / "tweets_sample.js"
    first = import_source(store, account="jd", kind="archive", path=path, by="t", options=KEEP_ALL, log=QUIET)
    assert first.new == 51 and first.updated == 0
    again = import_source(store, account="jd", kind="archive", path=path, by="t", options=KEEP_ALL, log=QUIET)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 51)

    records = json.loads(path.read_text(encoding="utf-8").split("=", 1)[1])
    tweet = records[7]["tweet"]
    tweet_id, likes = tweet["id_str"], int(tweet["favorite_count"])
    tweet["favorite_count"] = str(likes + 5)
    changed = tmp_path / "tweets.js"
    changed.write_text("window.YTD.tweets.part0 = " + json.dumps(records, indent=1), encoding="utf-8")
    third = import_source(store, account="jd", kind="archive", path=changed, by="t", options=KEEP_ALL, log=QUIET)
    assert (third.new, third.updated, third.unchanged) == (0, 1, 50)
    assert by_id(list_source_tweets(store, "jd"))[tweet_id]["likes"] == likes + 5


def test_a_source_without_counts_keeps_the_stored_ones(store, tmp_path: Path) -> None:
    with_counts = _csv(tmp_path / "a.csv", [(1, "2024-05-01", "hello", 9, 2)])
    import_source(store, account="jd", kind="csv", path=with_counts, by="t", options=KEEP_ALL, log=QUIET)
    bare = _csv(tmp_path / "b.csv", [(1, "2024-05-01", "hello")], header="id,created_at,text")
    report = import_source(store, account="jd", kind="csv", path=bare, by="t", options=KEEP_ALL, log=QUIET)
    assert (report.updated, report.unchanged) == (0, 1)
    row = list_source_tweets(store, "jd")[0]
    assert (row["likes"], row["retweets"]) == (9, 2)


def test_source_list_json_shows_the_counts(sqlite_url: str, shared_data: Path, capsys) -> None:
    path = shared_data / "x_archive_smithjd" / "tweets_sample.js"
    assert cli.main(["--db-url", sqlite_url, "import", "--source", "archive", str(path), "--account", "jd",
                     "--keep-retweets", "--keep-replies"]) == 0
    capsys.readouterr()
    assert cli.main(["--db-url", sqlite_url, "source", "list", "--account", "jd", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    raw = {t.tweet_id: t for t in read_archive(path)}
    assert len(rows) == 51
    for row in rows:
        assert (row["likes"], row["retweets"]) == (raw[row["tweet_id"]].likes, raw[row["tweet_id"]].retweets)
        assert row["replies"] is None and row["quotes"] is None


# ---------------------------------------------------------------- X API and twint


def test_x_api_import_keeps_public_metrics(store) -> None:
    with FakeX(username="fieldnotes_bot") as fake:
        ids = [fake.seed(f"field note {i}") for i in range(3)]
        fake.set_metrics(ids[0], likes=12, retweets=3, replies=2, quotes=1, impressions=400)
        client = XClient(XCredentials(**fake.credentials), timeout=5)
        report = import_source(store, account="bot", kind="x-api", path="fieldnotes_bot", by="t",
                               x_client=client, log=QUIET)
        assert report.new == 3
        rows = by_id(list_source_tweets(store, "bot"))
        assert [rows[ids[0]][k] for k in ("likes", "retweets", "replies", "quotes")] == [12, 3, 2, 1]
        assert [rows[ids[1]][k] for k in ("likes", "retweets", "replies", "quotes")] == [0, 0, 0, 0]


def test_twint_scrape_keeps_its_counts(store, monkeypatch) -> None:
    from datetime import UTC, datetime, timedelta

    from tweetbot.testing.fake_twint import FakeTwint

    with FakeTwint(username="fieldnotes_bot") as fake:
        monkeypatch.setenv("TWEETBOT_TWINT_BASE_URL", fake.base_url)
        start = datetime(2024, 5, 1, 12, tzinfo=UTC)
        liked = fake.seed("a liked note", created_at=start, likes=41, retweets=5, replies=3)
        plain = fake.seed("a quiet note", created_at=start + timedelta(hours=1))
        report = import_source(store, account="bot", kind="twint", path="fieldnotes_bot", by="t", log=QUIET)
    assert report.new == 2
    rows = by_id(list_source_tweets(store, "bot"))
    assert [rows[liked][k] for k in ("likes", "retweets", "replies", "quotes")] == [41, 5, 3, None]
    assert [rows[plain][k] for k in ("likes", "retweets", "replies")] == [0, 0, 0]
