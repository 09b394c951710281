"""One import's tweets on disk while the file is read: each id once, in bounded memory.

An import reads the whole file before it writes anything to the store (one bad row: nothing imported).
Holding a big archive's tweets in memory until then would cost gigabytes, so they wait here instead:
a temporary SQLite table keyed by tweet id (standard library, in a temporary folder removed on close),
which also tells a repeated id from a new one — and whether the repeat's text differs — without a
set of every id in memory.
"""
from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from tweetbot.store.sources import SourceRow

NEW, SAME, CONFLICT = "new", "same", "conflict"


class ImportSpool:
    """Rows of one import in file order; `add` answers NEW, SAME (repeat, same text) or CONFLICT."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="tweetbot-import-")
        self._db = sqlite3.connect(Path(self._dir.name) / "spool.db", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA cache_size=-8192")  # 8 MiB of page cache, whatever the import's size
        self._db.execute(
            "CREATE TABLE spool (seq INTEGER PRIMARY KEY, tweet_id TEXT NOT NULL UNIQUE, digest BLOB NOT NULL,"
            " created_at TEXT, text TEXT, raw_text TEXT, is_retweet INTEGER, is_reply INTEGER, lang TEXT,"
            " source_ref TEXT, likes INTEGER, retweets INTEGER, replies INTEGER, quotes INTEGER)")
        self._db.execute("BEGIN")

    def add(self, tweet_id: str, raw_text: str, row: SourceRow | None) -> str:
        """Record a tweet (`row` None: read, but skipped by the import's options)."""
        digest = hashlib.blake2b(raw_text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        values = (None,) * 11 if row is None else (
            row.created_at.isoformat(), row.text, row.raw_text, int(row.is_retweet), int(row.is_reply), row.lang,
            row.source_ref, row.likes, row.retweets, row.replies, row.quotes)
        inserted = self._db.execute(
            "INSERT INTO spool (tweet_id, digest, created_at, text, raw_text, is_retweet, is_reply, lang, "
            "source_ref, likes, retweets, replies, quotes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (tweet_id) DO NOTHING",
            (tweet_id, digest, *values)).rowcount
        if inserted:
            return NEW
        (first,) = self._db.execute("SELECT digest FROM spool WHERE tweet_id = ?", (tweet_id,)).fetchone()
        return SAME if first == digest else CONFLICT

    def rows(self) -> Iterator[SourceRow]:
        """The kept rows, in the order they were first read."""
        query = ("SELECT tweet_id, created_at, text, raw_text, is_retweet, is_reply, lang, source_ref, likes, "
                 "retweets, replies, quotes FROM spool WHERE text IS NOT NULL ORDER BY seq")
        for (tweet_id, created_at, text, raw_text, retweet, reply, lang, ref, likes, retweets, replies,
             quotes) in self._db.execute(query):
            yield SourceRow(tweet_id=tweet_id, created_at=datetime.fromisoformat(created_at), text=text,
                            raw_text=raw_text, is_retweet=bool(retweet), is_reply=bool(reply), lang=lang,
                            source_ref=ref, likes=likes, retweets=retweets, replies=replies, quotes=quotes)

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()

    def __enter__(self) -> ImportSpool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
