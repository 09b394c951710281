"""Read tweets from CSV: a generic `id,created_at,text` file or twint's 36-column output.

The layout is told by the header. Line numbers in origins and messages are physical lines of the
file, counted on "\\n" only (the header is line 1, a record spanning lines is named by its first),
so they match `sed -n Np`, `grep -n` and editors even for files written with "\\r\\r\\n" endings
(as the elonmusk sample is) where Python's csv module would count two lines per row.
"""
from __future__ import annotations

import ast
import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from tweetbot.sources.base import (
    MAX_RECORD,
    ByteBudget,
    RawTweet,
    SourceError,
    is_retweet_text,
    parse_datetime,
    parse_tweet_id,
    read_counts,
    unique_by_id,
)

# Accepted header names (lower-cased) for the generic layout, the preferred one first.
GENERIC_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "tweet_id", "id_str"),
    "created_at": ("created_at", "date", "timestamp"),
    "text": ("text", "tweet", "full_text"),
}
_OPTIONAL_GENERIC: dict[str, tuple[str, ...]] = {
    "lang": ("lang", "language"),
    "author": ("username", "screen_name", "author", "user"),
    "reply": ("in_reply_to_status_id_str", "in_reply_to_status_id", "in_reply_to_user_id_str",
              "in_reply_to_user_id", "reply_to"),
    "retweet": ("is_retweet", "retweet"),
}
# Engagement columns, for both layouts (twint writes likes_count, retweets_count, replies_count).
COUNT_COLUMNS: dict[str, tuple[str, ...]] = {
    "likes": ("favorite_count", "likes", "likes_count", "like_count"),
    "retweets": ("retweet_count", "retweets", "retweets_count"),
    "replies": ("reply_count", "replies_count"),
    "quotes": ("quote_count",),
}
_OPTIONAL_GENERIC.update(COUNT_COLUMNS)
# Columns every twint version writes; `conversation_id` + `tweet` tell twint's layout apart.
_TWINT_MARKERS = ("id", "conversation_id", "tweet", "username")
_BYTES_LITERAL = re.compile(r"b(['\"]).*\1", re.DOTALL)
_TCO = re.compile(r"https?://t\.co/[A-Za-z0-9]+")
_TRUE = ("true", "1", "yes")


def read_csv(path: Path | str, budget: ByteBudget | None = None) -> Iterator[RawTweet]:
    """Every tweet in a CSV file, each id once (the first row wins: twint repeats rows)."""
    return unique_by_id(csv_records(path, budget))


def csv_records(path: Path | str, budget: ByteBudget | None = None) -> Iterator[RawTweet]:
    """Every row of a CSV file in file order, repeated ids included (the import decides about those),
    read line by line within `budget` (default: a fresh one at the env's cap)."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path}: no such file")
    if path.is_dir():
        raise SourceError(f"{path}: is a folder, expected a CSV file")
    budget = budget or ByteBudget()
    budget.check(path.stat().st_size, str(path))
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with fh:
        yield from parse_csv(fh, str(path), budget)


def parse_csv(fh: BinaryIO, name: str, budget: ByteBudget | None = None) -> Iterator[RawTweet]:
    """The rows of an open binary CSV stream, in file order; `name` is used in origins and messages."""
    records = _records(fh, name, budget or ByteBudget())
    first = next(records, None)
    if first is None:
        raise SourceError(f"{name}:line 1: empty file, expected a header row")
    layout = _Layout.from_header(first[1], name)
    for line, row in records:
        origin = f"{name}:line {line}"
        if len(row) != len(layout.header):
            raise SourceError(f"{origin}: expected {len(layout.header)} fields like the header, "
                              f"found {len(row)}")
        yield layout.tweet(row, origin)


# ---------------------------------------------------------------- physical lines -> records


def _lines(fh: BinaryIO, name: str, budget: ByteBudget) -> Iterator[str]:
    """Decoded lines split on b"\\n" only (binary readline never splits on a lone "\\r"), each at
    most `MAX_RECORD` bytes: a file with no line breaks is refused, not read whole."""
    number = 0
    while raw := fh.readline(MAX_RECORD + 1):
        number += 1
        budget.take(len(raw), name)
        if len(raw) > MAX_RECORD:
            raise SourceError(f"{name}:line {number}: over {MAX_RECORD // 1024 // 1024} MiB without a line "
                              "break: not a CSV of tweets (a damaged or hostile file?)")
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise SourceError(f"{name}:line {number}: not UTF-8 ({exc.reason}); save it as UTF-8") from None
        yield text


def _records(fh: BinaryIO, name: str, budget: ByteBudget) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, fields) of each non-blank CSV record.

    Strict, so an unclosed quote fails instead of swallowing the rest of the file into one text.
    """
    reader = csv.reader(_lines(fh, name, budget), strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise SourceError(f"{name}:line {start}: bad CSV ({exc}; an unclosed quote?)") from None
        if row and any(field.strip() for field in row):
            yield start, row
        start = reader.line_num + 1


# ---------------------------------------------------------------- layouts


@dataclass(frozen=True)
class _Layout:
    """Where each needed column sits, and which parser turns a row into a RawTweet."""

    kind: str  # "twint" or "generic"
    header: tuple[str, ...]
    columns: dict[str, int]

    @classmethod
    def from_header(cls, row: list[str], name: str) -> _Layout:
        header = tuple(h.strip().lstrip("\ufeff").lower() for h in row)
        where = {h: i for i, h in reversed(list(enumerate(header)))}  # first occurrence wins
        if all(m in where for m in _TWINT_MARKERS):
            for field, aliases in COUNT_COLUMNS.items():
                index = _first_index(where, aliases)
                if index is not None:
                    where = {**where, field: index}
            return cls("twint", header, where)
        if header and header[0].startswith("window.ytd."):
            raise SourceError(f"{name}:line 1: this is an X archive file, not CSV: read it as an archive")
        columns: dict[str, int] = {}
        for field, aliases in GENERIC_COLUMNS.items():
            index = _first_index(where, aliases)
            if index is None:
                others = ", ".join(aliases[1:])
                raise SourceError(f"{name}:line 1: missing column {field!r} (also accepted: {others}); "
                                  f"the header has: {', '.join(header)}")
            columns[field] = index
        for field, aliases in _OPTIONAL_GENERIC.items():
            index = _first_index(where, aliases)
            if index is not None:
                columns[field] = index
        return cls("generic", header, columns)

    def tweet(self, row: list[str], origin: str) -> RawTweet:
        if self.kind == "twint":
            return _twint_tweet(row, self.columns, origin)
        return _generic_tweet(row, self.columns, origin)


def _first_index(where: dict[str, int], aliases: Iterable[str]) -> int | None:
    return next((where[a] for a in aliases if a in where), None)


def _generic_tweet(row: list[str], columns: dict[str, int], origin: str) -> RawTweet:
    """`id,created_at,text` (plus optional lang/author/reply/retweet columns)."""
    text = decode_text(row[columns["text"]], origin)
    reply = _cell(row, columns, "reply")
    retweet = _cell(row, columns, "retweet")
    lang = _cell(row, columns, "lang")
    author = _cell(row, columns, "author")
    return RawTweet(
        tweet_id=_id(row[columns["id"]], origin),
        created_at=_date(row[columns["created_at"]], origin),
        text=text,
        is_retweet=is_retweet_text(text) or _truthy(retweet),
        # Nothing but the text says "reply" in a bare export: a leading @handle is the old reply form.
        is_reply=text.startswith("@") or _reply_value(reply),
        urls=(),
        lang=lang or None,
        origin=origin,
        author=author or None,
        **_counts(row, columns),
    )


def _counts(row: list[str], columns: dict[str, int]) -> dict[str, object]:
    """The count cells the header has, parsed (`base.read_counts`)."""
    return read_counts({name: _cell(row, columns, name) for name in COUNT_COLUMNS if name in columns})


def _is_user(entry: object, user_id: str, username: str) -> bool:
    """Whether a twint `reply_to` entry ({'user_id', 'username'} or a handle) is the author."""
    if isinstance(entry, dict):
        return (str(entry.get("user_id") or entry.get("id") or "") == user_id
                or str(entry.get("username") or entry.get("screen_name") or "").lower() == username.lower())
    return str(entry).lstrip("@").lower() == username.lower()


def _twint_tweet(row: list[str], columns: dict[str, int], origin: str) -> RawTweet:
    """twint's layout: text in `tweet`, local time + numeric `timezone`, literal lists."""
    tweet_id = _id(row[columns["id"]], origin)
    text = row[columns["tweet"]]
    conversation = _cell(row, columns, "conversation_id")
    reply_to = _literal_list(_cell(row, columns, "reply_to"), "reply_to", origin)
    urls = _literal_list(_cell(row, columns, "urls"), "urls", origin)
    lang = _cell(row, columns, "language")
    author = _cell(row, columns, "username")
    user_id = _cell(row, columns, "user_id")
    # Some twint versions list the author in `reply_to` for every tweet (X's old HTML pre-filled the
    # reply box with them): only someone else in it makes a reply.
    reply_to = [r for r in reply_to if not _is_user(r, user_id, author)]
    return RawTweet(
        tweet_id=tweet_id,
        created_at=_twint_date(row, columns, origin),
        text=text,
        is_retweet=_truthy(_cell(row, columns, "retweet")) or is_retweet_text(text),
        # twint leaves `reply_to` empty for some replies (e.g. when the replied-to tweet was gone):
        # a different conversation id or a leading @handle tells those too.
        is_reply=bool(reply_to) or bool(conversation and conversation != tweet_id) or text.startswith("@"),
        urls=_pair_twint_urls(text, urls),
        lang=lang or None,
        origin=origin,
        author=author or None,
        **_counts(row, columns),
    )


# ---------------------------------------------------------------- cell parsers


def decode_text(value: str, origin: str) -> str:
    """The text, with a Python bytes literal (`b'caf\\xc3\\xa9'`) decoded as UTF-8.

    Only a cell that evaluates to bytes counts: a tweet that merely starts with b' and contains
    non-ASCII or unbalanced quotes is not valid bytes-literal syntax and is kept as written.
    """
    if not _BYTES_LITERAL.fullmatch(value):
        return value
    try:
        data = ast.literal_eval(value)
    except (SyntaxError, ValueError):
        return value
    if not isinstance(data, bytes):
        return value
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{origin}: text is a bytes literal that is not UTF-8 ({exc.reason})") from None


def _cell(row: list[str], columns: dict[str, int], column: str) -> str:
    index = columns.get(column)
    return row[index].strip() if index is not None else ""


def _id(value: str, origin: str) -> str:
    try:
        return parse_tweet_id(value)
    except ValueError:
        raise SourceError(f"{origin}: bad id {value!r}") from None


def _date(value: str, origin: str) -> datetime:
    try:
        return parse_datetime(value)
    except ValueError:
        raise SourceError(f"{origin}: bad created_at {value!r}") from None


def _twint_date(row: list[str], columns: dict[str, int], origin: str) -> datetime:
    """From `date` + `time` + numeric `timezone` (exact); else `created_at` ("... BST")."""
    date, time, zone = (_cell(row, columns, c) for c in ("date", "time", "timezone"))
    if date and time and re.fullmatch(r"[+-]\d{4}", zone):
        try:
            return parse_datetime(f"{date} {time} {zone}")
        except ValueError:
            pass
    created = _cell(row, columns, "created_at")
    if not created:
        raise SourceError(f"{origin}: bad date {date!r} {time!r} {zone!r} and no created_at")
    return _date(created, origin)


def _literal_list(value: str, column: str, origin: str) -> list:
    """twint writes lists with Python's repr: `[]`, `['https://…']`, `[{'screen_name': …}]`."""
    if not value:
        return []
    try:
        parsed = ast.literal_eval(value)
    except (SyntaxError, ValueError):
        raise SourceError(f"{origin}: bad {column} {value[:60]!r} (expected a list)") from None
    if not isinstance(parsed, list):
        raise SourceError(f"{origin}: bad {column} {value[:60]!r} (expected a list)")
    return parsed


def _pair_twint_urls(text: str, urls: list) -> tuple[tuple[str, str], ...]:
    """Pair twint's expanded `urls` with the text's t.co links, in order.

    twint keeps link t.co's in text order and appends the photo/video t.co last, without an
    expanded url; when the text has fewer t.co's than urls the pairing is unknowable: none.
    """
    short = _TCO.findall(text)
    expanded = [u for u in urls if isinstance(u, str)]
    if not expanded or len(short) < len(expanded):
        return ()
    return tuple(zip(short, expanded, strict=False))  # extra short links have no expansion


def _truthy(value: str) -> bool:
    return value.strip().lower() in _TRUE


def _reply_value(value: str) -> bool:
    """A reply id column, or a (twint-style) list that is not empty."""
    return value not in ("", "[]", "0", "none", "None", "null", "nan", "False", "false")
