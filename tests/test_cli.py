"""The `tweetbot` CLI against a private SQLite store: import, read back, errors that name the line."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


def tweetbot(*args: str, db: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tweetbot.cli", "--db-url", db, *args],
                          capture_output=True, text=True, timeout=120)


def test_import_and_list(sqlite_url, shared_data):
    archive = shared_data / "x_archive_smithjd" / "tweets_sample.js"
    out = tweetbot("import", "--source", "archive", str(archive), "--account", "jd", "--json", db=sqlite_url)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout[out.stdout.index("{"):])
    assert report["read"] == 51 and report["new"] == 51 - sum(report["skipped"].values())
    assert report["skipped"].get("retweet", 0) > 0 and report["skipped"].get("reply", 0) > 0
    again = tweetbot("import", "--source", "archive", str(archive), "--account", "jd", "--json", db=sqlite_url)
    assert json.loads(again.stdout[again.stdout.index("{"):])["new"] == 0

    listed = tweetbot("source", "list", "--account", "jd", "--json", db=sqlite_url)
    rows = json.loads(listed.stdout)
    assert len(rows) == report["new"]
    assert not any(r["text"].startswith("RT @") for r in rows)
    assert [r["created_at"] for r in rows] == sorted(r["created_at"] for r in rows)

    queue = tweetbot("queue", "list", "--status", "pending", "--json", db=sqlite_url)
    assert queue.returncode == 0 and json.loads(queue.stdout) == []


def test_csv_import_and_a_broken_file_names_its_line(sqlite_url, shared_data, tmp_path):
    out = tweetbot("import", "--source", "csv", str(shared_data / "elonmusk" / "elonmusk_tweets.csv"),
                   "--account", "elon", "--keep-replies", db=sqlite_url)
    assert out.returncode == 0, out.stderr
    broken = tmp_path / "broken.csv"
    broken.write_text("id,created_at,text\n1,2020-01-01 00:00:00,fine\n2,not a date,bad\n")
    bad = tweetbot("import", "--source", "csv", str(broken), "--account", "b", db=sqlite_url)
    assert bad.returncode == 2
    assert "broken.csv" in bad.stderr and "line 3" in bad.stderr
    listed = tweetbot("source", "list", "--account", "b", "--json", db=sqlite_url)
    assert json.loads(listed.stdout) == []  # nothing half-imported


@pytest.mark.parametrize("args", [["queue", "list", "--status", "nope"], ["import", "x"]])
def test_bad_usage_exits_nonzero(sqlite_url, args):
    assert tweetbot(*args, db=sqlite_url).returncode != 0
