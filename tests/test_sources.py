"""Tweet sources on the real files people have: an X archive export, twint CSV, a generic CSV.

The real data lives in ../shared/data (see its README). Where a number here differs from that
README, the number here was measured on the file itself.
"""
from __future__ import annotations

import csv
import json
import re
import zipfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tweetbot import config
from tweetbot.sources import (
    ImportOptions,
    RawTweet,
    SourceError,
    clean_text,
    read_archive,
    read_csv,
    read_source,
    skip_reason,
)
from tweetbot.sources.base import parse_datetime

UTC = UTC


# `shared_data` (../shared/data; fails in CI when missing) comes from conftest.py.


@pytest.fixture(scope="session")
def smithjd(shared_data: Path) -> list[RawTweet]:
    return list(read_archive(shared_data / "x_archive_smithjd" / "tweets.js"))


@pytest.fixture(scope="session")
def twint(shared_data: Path) -> list[RawTweet]:
    return list(read_csv(shared_data / "twint_liztruss" / "twint_scraping_tweets.csv"))


@pytest.fixture(scope="session")
def elon(shared_data: Path) -> list[RawTweet]:
    return list(read_csv(shared_data / "elonmusk" / "elonmusk_tweets.csv"))


def _archive_records(path: Path) -> list[dict]:
    """The records of a real archive file, parsed independently of the reader under test."""
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index("=") + 1:])


def _tweet(text: str, *, urls: tuple[tuple[str, str], ...] = (), retweet: bool = False,
           reply: bool = False) -> RawTweet:
    return RawTweet(tweet_id="1", created_at=datetime(2024, 1, 1, tzinfo=UTC), text=text,
                    is_retweet=retweet, is_reply=reply, urls=urls, lang="en", origin="t.js#record 1")


# ---------------------------------------------------------------- X archive, real


def test_smithjd_archive_counts(smithjd: list[RawTweet]) -> None:
    assert len(smithjd) == 1758
    assert len({t.tweet_id for t in smithjd}) == 1758
    assert sum(t.is_retweet for t in smithjd) == 128  # all by the "RT @" prefix: `retweeted` is false
    # The README's 160 counts tweets with in_reply_to_status_id; 71 more are old-style @-replies
    # that carry only in_reply_to_user_id (22 of all 231 are replies to the account's own tweets).
    assert sum(t.is_reply for t in smithjd) == 231
    assert not any(t.is_retweet and t.is_reply for t in smithjd)


def test_smithjd_reply_count_matches_the_raw_fields(shared_data: Path, smithjd: list[RawTweet]) -> None:
    records = [r["tweet"] for r in _archive_records(shared_data / "x_archive_smithjd" / "tweets.js")]
    assert sum("in_reply_to_status_id_str" in r for r in records) == 160
    assert sum("in_reply_to_user_id_str" in r for r in records) == 231
    assert sum(r["retweeted"] for r in records) == 0
    replies = {r["id_str"] for r in records if "in_reply_to_user_id_str" in r}
    assert replies == {t.tweet_id for t in smithjd if t.is_reply}


def test_smithjd_fields(smithjd: list[RawTweet]) -> None:
    first = smithjd[0]
    assert first.tweet_id == "1582825767519809536"
    assert first.created_at == datetime(2022, 10, 19, 20, 7, 25, tzinfo=UTC)
    assert first.origin.endswith("tweets.js#record 1")
    assert smithjd[-1].origin.endswith("tweets.js#record 1758")
    assert all(t.created_at.tzinfo is not None and t.created_at.utcoffset() == timedelta(0) for t in smithjd)
    assert min(t.created_at for t in smithjd).year == 2007
    assert max(t.created_at for t in smithjd).year == 2022
    assert Counter(t.lang for t in smithjd)["qme"] == 14
    assert sum(len(t.text) > 140 for t in smithjd) == 58
    assert sum(bool(t.urls) for t in smithjd) == 251
    assert all(t.author is None for t in smithjd)


def test_smithjd_links_expanded_from_entities(shared_data: Path) -> None:
    tweets = {t.tweet_id: t for t in read_archive(shared_data / "x_archive_smithjd" / "tweets_sample.js")}
    assert len(tweets) == 51
    tweet = tweets["1552312411591417860"]
    assert ("https://t.co/7ZvOgpGQbM", "https://sched.co/137li") in tweet.urls
    text = clean_text(tweet, ImportOptions())
    assert "https://sched.co/137li" in text and "t.co" not in text
    stripped = clean_text(tweet, ImportOptions(links="strip"))
    assert "http" not in stripped and stripped.endswith("Thursday Breakfast #RstudioConf")


def test_archive_folder_and_zip(shared_data: Path, smithjd: list[RawTweet], tmp_path: Path) -> None:
    folder = tmp_path / "twitter-2022-10-20" / "data"
    folder.mkdir(parents=True)
    source = (shared_data / "x_archive_smithjd" / "tweets.js").read_bytes()
    (folder / "tweets.js").write_bytes(source)
    (folder / "like.js").write_text("window.YTD.like.part0 = []")
    ids = [t.tweet_id for t in smithjd]
    assert [t.tweet_id for t in read_archive(folder)] == ids
    assert [t.tweet_id for t in read_source("archive", folder.parent)] == ids  # the extracted archive
    bundle = tmp_path / "twitter-archive.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("data/tweets.js", source)
        zf.writestr("data/like.js", "window.YTD.like.part0 = []")
    from_zip = list(read_archive(bundle))
    assert [t.tweet_id for t in from_zip] == ids
    assert from_zip[16].origin == f"{bundle}!data/tweets.js#record 17"


def test_split_archive_reads_all_parts_in_order(shared_data: Path, smithjd: list[RawTweet],
                                                tmp_path: Path) -> None:
    records = _archive_records(shared_data / "x_archive_smithjd" / "tweets.js")
    data = tmp_path / "data"
    data.mkdir()
    half = len(records) // 2
    # part1 repeats part0's last 5 records: each id must still come out once
    parts = {"tweets.js": ("part0", records[:half]), "tweets-part1.js": ("part1", records[half - 5:])}
    for name, (part, chunk) in parts.items():
        (data / name).write_text(f"window.YTD.tweets.{part} = {json.dumps(chunk, indent=2)};\n",
                                 encoding="utf-8")
    tweets = list(read_archive(tmp_path))
    assert [t.tweet_id for t in tweets] == [t.tweet_id for t in smithjd]
    assert tweets[half].origin == f"{data / 'tweets-part1.js'}#record 6"


def test_old_tweet_js_without_wrappers(shared_data: Path, smithjd: list[RawTweet], tmp_path: Path) -> None:
    records = [r["tweet"] for r in _archive_records(shared_data / "x_archive_smithjd" / "tweets.js")]
    for r in records:  # the oldest exports: `text`, not `full_text`; numeric id
        r["text"] = r.pop("full_text")
        r["id"] = int(r.pop("id"))
        r.pop("id_str")
    old = tmp_path / "tweet.js"
    old.write_text("window.YTD.tweet.part0 = " + json.dumps(records) + ";", encoding="utf-8")
    tweets = list(read_source("archive", old))
    assert [t.tweet_id for t in tweets] == [t.tweet_id for t in smithjd]
    assert [t.text for t in tweets] == [t.text for t in smithjd]
    assert sum(t.is_retweet for t in tweets) == 128
    assert list(read_archive(tmp_path)) == tweets  # the folder holding an old tweet.js


# ---------------------------------------------------------------- CSV, real


def test_twint_csv(shared_data: Path, twint: list[RawTweet]) -> None:
    path = shared_data / "twint_liztruss" / "twint_scraping_tweets.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == 1218
    assert len(twint) == 1118
    assert len({t.tweet_id for t in twint}) == 1118
    first = twint[0]
    assert first.tweet_id == "1582777202499674112"
    assert first.created_at == datetime(2022, 10, 19, 16, 54, 26, tzinfo=UTC)  # 17:54:26 BST
    assert first.origin == f"{path}:line 2"
    assert first.author == "timmyldn" and first.lang == "en"
    assert twint[-1].created_at == datetime(2022, 10, 18, 15, 46, 19, tzinfo=UTC)
    assert all(t.created_at.utcoffset() == timedelta(0) for t in twint)
    assert len({t.author for t in twint}) == 915
    assert not any(t.is_retweet for t in twint)


def test_twint_replies(twint: list[RawTweet]) -> None:
    by_id = {t.tweet_id: t for t in twint}
    assert not by_id["1582777202499674112"].is_reply
    assert by_id["1582777199739822084"].is_reply  # reply_to lists @trussliz
    # twint left reply_to empty here, but the text is an @-reply
    assert by_id["1582776994475151360"].is_reply
    assert sum(t.is_reply for t in twint) == 681  # 612 by reply_to, 674 start with @, 622 by conversation
    assert sum(t.text.startswith("@") for t in twint) == 674


def test_twint_urls_paired_with_tco(twint: list[RawTweet]) -> None:
    with_urls = [t for t in twint if t.urls]
    assert len(with_urls) == 166
    tweet = next(t for t in with_urls if t.urls[0][1] == "https://chng.it/pW5YGBF6cH")
    assert "https://chng.it/pW5YGBF6cH" in clean_text(tweet, ImportOptions())
    # photo t.co's (appended last by twint) have no expanded url and stay
    spanish = next(t for t in with_urls if t.urls[0][1] == "http://dlvr.it/SbMVjP")
    assert spanish.urls == (("https://t.co/jZdrjouH8C", "http://dlvr.it/SbMVjP"),)
    assert clean_text(spanish, ImportOptions()).endswith("http://dlvr.it/SbMVjP https://t.co/pKtAlni5BX")


def test_elonmusk_csv_bytes_literals(shared_data: Path, elon: list[RawTweet]) -> None:
    path = shared_data / "elonmusk" / "elonmusk_tweets.csv"
    assert len(elon) == 3195
    assert not any(t.text.startswith(("b'", 'b"')) for t in elon)
    by_id = {t.tweet_id: t for t in elon}
    assert by_id["1140061487160909824"].text == (
        "@cleantechnica Good analysis. Both computers will be used &amp; sync ~20 times per second. "
        "This is a long time to a com\u2026 https://t.co/eno9VqxDq7")
    assert sum("\u2026" in t.text for t in elon) == 914
    assert sum(t.is_retweet for t in elon) == 398
    assert sum(t.is_reply for t in elon) == 2131
    assert elon[0].created_at == datetime(2019, 6, 16, 17, 11, 11, tzinfo=UTC)
    # "\r\r\n" line ends: lines are counted on "\n" like grep -n / sed -n, not twice per row
    assert elon[0].origin == f"{path}:line 2"
    assert elon[-1].origin == f"{path}:line 3196"
    texts = Counter(t.text for t in elon)
    assert sum(n - 1 for n in texts.values()) == 4


def test_example_archive_is_shipped_and_usable() -> None:
    path = config.example_archive()
    assert path.is_file() and path.stat().st_size < 300_000
    tweets = list(read_source("archive", path))
    assert len(tweets) >= 200
    options = ImportOptions()
    reasons = Counter(skip_reason(t, clean_text(t, options), options) for t in tweets)
    assert reasons[None] >= 150
    assert reasons["retweet"] >= 10 and reasons["reply"] >= 10 and reasons["empty"] == 0
    kept = [clean_text(t, options) for t in tweets if not skip_reason(t, clean_text(t, options), options)]
    assert len(set(kept)) == len(kept)
    assert any("&" in text for text in kept) and not any("&amp;" in text for text in kept)
    assert any(t.urls for t in tweets) and not any("t.co/" in text for text in kept)
    assert len({t.created_at.year for t in tweets}) == 3
    ids = [int(t.tweet_id) for t in tweets]
    assert ids == sorted(ids, reverse=True)  # newest first, like a real export


# ---------------------------------------------------------------- broken inputs


def _sample_lines(shared_data: Path) -> list[str]:
    path = shared_data / "x_archive_smithjd" / "tweets_sample.js"
    return path.read_text(encoding="utf-8").splitlines(True)


def _line_of(lines: list[str], needle: str, occurrence: int = 1) -> int:
    hits = [i for i, line in enumerate(lines, start=1) if needle in line]
    return hits[occurrence - 1]


def test_truncated_archive_names_file_and_line(shared_data: Path, tmp_path: Path) -> None:
    lines = _sample_lines(shared_data)
    cut = _line_of(lines, '"full_text"', 3)  # in the middle of record 3's text
    broken = tmp_path / "tweets.js"
    broken.write_text("".join(lines[:cut - 1]) + lines[cut - 1][:40], encoding="utf-8")
    with pytest.raises(SourceError, match=rf"tweets\.js line {cut}: invalid JSON in record 3"):
        list(read_archive(broken))


def test_archive_cut_between_records(shared_data: Path, tmp_path: Path) -> None:
    text = "".join(_sample_lines(shared_data))
    end = text.index("\n  },\n", text.index("\n  },\n") + 1) + len("\n  },\n")  # after record 2
    broken = tmp_path / "tweets.js"
    broken.write_text(text[:end], encoding="utf-8")
    with pytest.raises(SourceError, match=r"tweets\.js line \d+: file ends after record 2"):
        list(read_archive(broken))


def test_json_syntax_error_line_counts_the_prefix_line(tmp_path: Path) -> None:
    broken = tmp_path / "tweets.js"
    broken.write_text('window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1"\n'
                      '  "created_at": "Wed Oct 10 20:19:24 +0000 2018"}} ]', encoding="utf-8")
    with pytest.raises(SourceError, match=r"tweets\.js line 2: invalid JSON in record 1 \(Expecting ',' "
                                          r"delimiter, column 3\)"):
        list(read_archive(broken))


def test_record_missing_full_text(shared_data: Path, tmp_path: Path) -> None:
    lines = _sample_lines(shared_data)
    target = _line_of(lines, '"full_text"', 17)
    record_start = max(i for i, line in enumerate(lines[:target], start=1) if line == "  {\n")
    broken = tmp_path / "tweets.js"
    broken.write_text("".join(lines[:target - 1] + [re.sub(r'"full_text"', '"fulltext"', lines[target - 1])]
                              + lines[target:]), encoding="utf-8")
    with pytest.raises(SourceError) as info:
        list(read_source("archive", broken))
    assert str(info.value) == f"{broken}#record 17 (line {record_start}): missing 'full_text'"


def test_archive_bad_date_and_wrong_file(tmp_path: Path) -> None:
    bad = tmp_path / "tweets.js"
    bad.write_text('window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "hi", '
                   '"created_at": "yesterday"}}]')
    with pytest.raises(SourceError, match=r"tweets\.js#record 1 \(line 1\): bad created_at 'yesterday'"):
        list(read_archive(bad))
    likes = tmp_path / "like.js"
    likes.write_text('window.YTD.like.part0 = [{"like": {"tweetId": "1"}}]')
    with pytest.raises(SourceError, match=r"like\.js line 1: .*window\.YTD\.like, not tweets"):
        list(read_archive(likes))
    tail = tmp_path / "tail.js"
    tail.write_text('window.YTD.tweets.part0 = [ ];\n\nalert("hi")\n')
    with pytest.raises(SourceError, match=r"tail\.js line 3: unexpected text after the tweet array"):
        list(read_archive(tail))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SourceError, match=r"empty: no tweets\.js, tweet\.js or tweets-part\*\.js"):
        list(read_archive(empty))


def test_csv_bad_date_names_the_physical_line(tmp_path: Path) -> None:
    path = tmp_path / "tweets.csv"
    path.write_text('id,created_at,text\n'
                    '1,2020-01-01 10:00:00,"a tweet\nover two lines"\n'
                    '2,2020-01-02 10:00:00,fine\n'
                    '3,next tuesday,broken\n'
                    '4,2020-01-04 10:00:00,never read\n', encoding="utf-8")
    with pytest.raises(SourceError) as info:
        list(read_csv(path))
    assert str(info.value) == f"{path}:line 5: bad created_at 'next tuesday'"


def test_csv_errors(tmp_path: Path) -> None:
    no_text = tmp_path / "notext.csv"
    no_text.write_text("id,created_at,body\n1,2020-01-01,hello\n")
    with pytest.raises(SourceError, match=r"notext\.csv:line 1: missing column 'text'"):
        list(read_csv(no_text))
    bad_id = tmp_path / "badid.csv"
    bad_id.write_text("tweet_id,date,tweet\n1.58E+18,2020-01-01,hello\n")
    with pytest.raises(SourceError, match=r"badid\.csv:line 2: bad id '1\.58E\+18'"):
        list(read_csv(bad_id))
    short = tmp_path / "short.csv"
    short.write_text("id,created_at,text\n1,2020-01-01,ok\n2,2020-01-02\n")
    with pytest.raises(SourceError, match=r"short\.csv:line 3: expected 3 fields"):
        list(read_csv(short))
    latin = tmp_path / "latin.csv"
    latin.write_bytes("id,created_at,text\n1,2020-01-01,ok\n2,2020-01-02,caf\xe9\n".encode("latin-1"))
    with pytest.raises(SourceError, match=r"latin\.csv:line 3: not UTF-8"):
        list(read_csv(latin))
    unclosed = tmp_path / "unclosed.csv"
    unclosed.write_text('id,created_at,text\n1,2020-01-01,"never closed\n2,2020-01-02,swallowed\n')
    with pytest.raises(SourceError, match=r"unclosed\.csv:line 2: bad CSV .*unclosed quote"):
        list(read_csv(unclosed))
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(SourceError, match=r"empty\.csv:line 1: empty file"):
        list(read_csv(empty))


def test_twint_broken_row(shared_data: Path, tmp_path: Path) -> None:
    source = shared_data / "twint_liztruss" / "twint_scraping_tweets.csv"
    lines = source.read_text(encoding="utf-8").splitlines(True)
    lines[56] = lines[56].replace(",2022-10-19,", ",2022-13-45,", 1).replace(" BST,", " XYZ,", 1)
    path = tmp_path / "twint.csv"
    path.write_text("".join(lines), encoding="utf-8")
    bad_date = r"twint\.csv:line 57: bad created_at '2022-10-19 \d\d:\d\d:\d\d XYZ'"
    with pytest.raises(SourceError, match=bad_date):
        list(read_source("csv", path))


def test_missing_paths_and_unknown_kind(tmp_path: Path) -> None:
    for kind in ("archive", "csv"):
        with pytest.raises(SourceError, match="nowhere.js: no such file"):
            list(read_source(kind, tmp_path / "nowhere.js"))
    with pytest.raises(SourceError, match="unknown source kind 'twitter'"):
        read_source("twitter", tmp_path)
    with pytest.raises(SourceError, match="is a folder"):
        list(read_csv(tmp_path))
    archive = tmp_path / "tweets.js"
    archive.write_text("window.YTD.tweets.part0 = [ ]")
    with pytest.raises(SourceError, match=r"tweets\.js:line 1: this is an X archive file, not CSV"):
        list(read_source("csv", archive))
    assert list(read_source("archive", archive)) == []


# ---------------------------------------------------------------- generic CSV details


def test_generic_csv_aliases_and_signals(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("\ufeffTweet_ID,Timestamp,Full_Text,lang\n"
                    "10,2021-05-01T12:00:00Z,RT @a: theirs,en\n"
                    "11,1620000000000,@b my reply,en\n"
                    "12,2021-05-01 14:00:00 +0200,b'caf\\xc3\\xa9',fr\n"
                    "13,2021-05-01 14:00,b'day it's sunny',\n"
                    "10,2021-05-01T12:00:00Z,duplicate id,en\n", encoding="utf-8")
    tweets = list(read_csv(path))
    assert [t.tweet_id for t in tweets] == ["10", "11", "12", "13"]
    assert [(t.is_retweet, t.is_reply) for t in tweets] == [(True, False), (False, True), (False, False),
                                                            (False, False)]
    assert tweets[1].created_at == datetime(2021, 5, 3, 0, 0, tzinfo=UTC)
    assert tweets[2].text == "café" and tweets[2].created_at == datetime(2021, 5, 1, 12, 0, tzinfo=UTC)
    assert tweets[3].text == "b'day it's sunny'" and tweets[3].lang is None  # not a bytes literal


def test_parse_datetime_layouts() -> None:
    expected = datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)
    for text in ("Wed Oct 10 20:19:24 +0000 2018", "Wed Oct 10 21:19:24 +0100 2018",
                 "2018-10-10T20:19:24.000Z", "2018-10-10 20:19:24", "2018-10-10 21:19:24 BST",
                 "2018-10-10 16:19:24 EDT", "2018-10-10 22:19:24 +0200", "1539202764", "1539202764000"):
        assert parse_datetime(text) == expected, text
    for text in ("", "2018-10-10 20:19:24 IST", "Wed Foo 10 20:19:24 +0000 2018", "soon"):
        with pytest.raises(ValueError):
            parse_datetime(text)


# ---------------------------------------------------------------- cleaning


def test_skip_reasons_follow_options() -> None:
    rt = _tweet("RT @a: theirs", retweet=True)
    reply = _tweet("@b mine", reply=True)
    link_only = _tweet("https://t.co/abc123")
    default, keep_all = ImportOptions(), ImportOptions(drop_retweets=False, drop_replies=False)
    assert skip_reason(rt, clean_text(rt, default), default) == "retweet"
    assert skip_reason(reply, clean_text(reply, default), default) == "reply"
    assert skip_reason(rt, clean_text(rt, keep_all), keep_all) is None
    assert skip_reason(reply, clean_text(reply, keep_all), keep_all) is None
    strip = ImportOptions(links="strip")
    assert skip_reason(link_only, clean_text(link_only, strip), strip) == "empty"
    assert skip_reason(link_only, clean_text(link_only, default), default) is None


def test_link_modes() -> None:
    tweet = _tweet("Read this https://t.co/abc123 and http://t.co/zzz999 via http://example.org/x?a=1",
                   urls=(("https://t.co/abc123", "https://blog.example/post?a=1&not=2"),))
    assert clean_text(tweet, ImportOptions()) == (
        "Read this https://blog.example/post?a=1&not=2 and http://t.co/zzz999 via http://example.org/x?a=1")
    assert clean_text(tweet, ImportOptions(links="strip")) == "Read this and via"
    assert clean_text(tweet, ImportOptions(links="keep")) == tweet.text
    with pytest.raises(ValueError, match="links must be one of"):
        ImportOptions(links="remove")


def test_html_unescape_and_whitespace() -> None:
    tweet = _tweet("  fish &amp; chips &lt;3 &gt;_&lt;   write &amp;lt; literally \n\n\n  next\tline  ")
    assert clean_text(tweet, ImportOptions()) == "fish & chips <3 >_< write &lt; literally\nnext line"
    assert clean_text(tweet, ImportOptions(unescape_html=False)) == (
        "fish &amp; chips &lt;3 &gt;_&lt; write &amp;lt; literally\nnext line")
    assert clean_text(_tweet("a\r\nb\rc"), ImportOptions()) == "a\nb\nc"


def test_twint_reply_to_listing_only_the_author_is_not_a_reply(tmp_path) -> None:
    """twint 2.1.20-era CSVs put the author in `reply_to` of every tweet: that alone is no reply."""
    header = ("id,conversation_id,created_at,date,time,timezone,user_id,username,name,place,tweet,"
              "language,mentions,urls,photos,replies_count,retweets_count,likes_count,hashtags,cashtags,"
              "link,retweet,quote_url,video,thumbnail,near,geo,source,user_rt_id,user_rt,retweet_id,"
              "reply_to,retweet_date,translate,trans_src,trans_dest")
    own = "\"[{'screen_name': 'alice', 'name': 'Alice', 'id': '42'}]\""
    other = ("\"[{'screen_name': 'alice', 'name': 'Alice', 'id': '42'}, "
             "{'screen_name': 'bob', 'name': 'B', 'id': '7'}]\"")

    def row(tid: str, text: str, reply_to: str) -> str:
        return (f"{tid},{tid},2022-10-19 17:54:26 BST,2022-10-19,17:54:26,+0100,42,alice,Alice,,{text},en,"
                f"[],[],[],0,0,0,[],[],https://twitter.com/alice/status/{tid},False,,0,,,,,,,,{reply_to},,,,")

    path = tmp_path / "twint.csv"
    path.write_text("\n".join([header, row("1", "my own words", own), row("2", "hi bob", other)]) + "\n")
    tweets = {t.tweet_id: t for t in read_csv(path)}
    assert not tweets["1"].is_reply and tweets["2"].is_reply
