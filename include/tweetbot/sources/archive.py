"""Read X's "Download your archive" export: `data/tweets.js` and its relatives.

The files are JavaScript, not JSON: `window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]`, with or
without a trailing `;`. Older exports call the file `tweet.js` (`window.YTD.tweet.part0`) and may
leave out the `{"tweet": ...}` wrapper; big archives split into `tweets-part1.js`, `tweets-part2.js`…
A user can point at one file, the archive's `data/` folder, the extracted archive, or the `.zip`.

The array is walked one record at a time with `raw_decode` on the whole text, so a JSON error or a
bad record is reported with its real line in the file (the `window.YTD… =` prefix is blanked with
spaces, not cut off, to keep line and column numbers true).
"""
from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tweetbot.sources.base import (
    RawTweet,
    SourceError,
    is_retweet_text,
    parse_datetime,
    parse_tweet_id,
)

_PREFIX = re.compile(r"\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
_PART_NAME = re.compile(r"tweets?(?:-part(\d+))?\.js")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_TWEET_KINDS = ("tweets", "tweet")
_REPLY_KEYS = ("in_reply_to_status_id_str", "in_reply_to_status_id",
               "in_reply_to_user_id_str", "in_reply_to_user_id")


def read_archive(path: Path | str) -> Iterator[RawTweet]:
    """Every tweet in an archive file, folder or zip, each id once (the first part wins)."""
    seen: set[str] = set()
    for name, text in _archive_texts(Path(path)):
        for tweet in parse_archive_text(text, name):
            if tweet.tweet_id not in seen:
                seen.add(tweet.tweet_id)
                yield tweet


def parse_archive_text(text: str, name: str) -> Iterator[RawTweet]:
    """The tweets in one archive file's text; `name` is used in origins and messages."""
    body = _blank_prefix(text, name)
    decoder = json.JSONDecoder()
    pos = _skip_ws(body, 0)
    if not body.startswith("[", pos):
        raise SourceError(f"{name} line {_line_at(body, pos)}: expected '[' to open the tweet array")
    pos = _skip_ws(body, pos + 1)
    record, line, counted_to = 0, 1, 0
    while not body.startswith("]", pos):
        if pos >= len(body):
            raise SourceError(f"{name} line {_line_at(body, pos)}: file ends after record {record} "
                              "without closing ']' (truncated download?)")
        try:
            obj, end = decoder.raw_decode(body, pos)
        except json.JSONDecodeError as exc:
            raise SourceError(f"{name} line {exc.lineno}: invalid JSON in record {record + 1} "
                              f"({exc.msg}, column {exc.colno})") from None
        record += 1
        line += body.count("\n", counted_to, pos)
        counted_to = pos
        yield tweet_from_record(obj, name, record, line)
        pos = _after_record(body, end, name, record)
    _check_tail(body, pos + 1, name)


def tweet_from_record(obj: Any, name: str, record: int, line: int) -> RawTweet:
    """One array element (wrapped in `{"tweet": ...}` or not) as a RawTweet."""
    origin = f"{name}#record {record}"
    where = f"{origin} (line {line})"
    if isinstance(obj, dict) and isinstance(obj.get("tweet"), dict):
        obj = obj["tweet"]
    if not isinstance(obj, dict):
        raise SourceError(f"{where}: expected a tweet object, found {type(obj).__name__}")
    text = _required(obj, ("full_text", "text"), where)
    if not isinstance(text, str):
        raise SourceError(f"{where}: 'full_text' is {type(text).__name__}, not text")
    raw_id = _required(obj, ("id_str", "id"), where)
    raw_date = _required(obj, ("created_at",), where)
    try:
        tweet_id = parse_tweet_id(raw_id)
    except ValueError:
        raise SourceError(f"{where}: bad id_str {raw_id!r}") from None
    try:
        created_at = parse_datetime(str(raw_date))
    except ValueError:
        raise SourceError(f"{where}: bad created_at {raw_date!r}") from None
    lang = obj.get("lang")
    return RawTweet(
        tweet_id=tweet_id,
        created_at=created_at,
        text=text,
        # Not the `retweeted` flag: in archives it is false even for retweets, and in API data it
        # means "I retweeted this", which is true of one's own originals too.
        is_retweet=is_retweet_text(text) or "retweeted_status" in obj,
        is_reply=any(obj.get(key) not in (None, "", "null") for key in _REPLY_KEYS),
        urls=_url_pairs(obj.get("entities")),
        lang=lang if isinstance(lang, str) and lang else None,
        origin=origin,
    )


# ---------------------------------------------------------------- finding the files


def _archive_texts(path: Path) -> Iterator[tuple[str, str]]:
    """(name for messages, text) of each tweets file the path stands for, in part order."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_dir():
        for part in _find_parts(path):
            yield str(part), _decode(_read_bytes(part), str(part))
    elif zipfile.is_zipfile(path):
        yield from _zip_texts(path)
    else:
        yield str(path), _decode(_read_bytes(path), str(path))


def _find_parts(folder: Path) -> list[Path]:
    """tweets.js / tweet.js / tweets-partN.js in the folder or its data/ subfolder, part 0 first."""
    for base in (folder, folder / "data"):
        if base.is_dir():
            parts = [f for f in base.iterdir() if f.is_file() and _PART_NAME.fullmatch(f.name)]
            if parts:
                return sorted(parts, key=lambda f: (_part_number(f.name), f.name))
    raise SourceError(f"{folder}: no tweets.js, tweet.js or tweets-part*.js here or in "
                      f"{folder / 'data'} (is this an extracted X archive?)")


def _zip_texts(path: Path) -> Iterator[tuple[str, str]]:
    """The tweets files inside a downloaded archive zip (at its root or in a data/ folder)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if _is_zip_part(m)]
            if not members:
                raise SourceError(f"{path}: no data/tweets.js, tweet.js or tweets-part*.js in this zip")
            for member in sorted(members, key=lambda m: (_part_number(m.rsplit("/", 1)[-1]), m)):
                name = f"{path}!{member}"
                yield name, _decode(archive.read(member), name)
    except (zipfile.BadZipFile, OSError) as exc:
        raise SourceError(f"{path}: cannot read zip ({exc})") from None


def _is_zip_part(member: str) -> bool:
    folder, _, base = member.rpartition("/")
    return bool(_PART_NAME.fullmatch(base)) and (folder == "" or folder.rsplit("/", 1)[-1] == "data")


def _part_number(filename: str) -> int:
    match = _PART_NAME.fullmatch(filename)
    return int(match.group(1)) if match and match.group(1) else 0


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(f"{name} line {line}: not UTF-8 ({exc.reason})") from None


# ---------------------------------------------------------------- walking the array


def _blank_prefix(text: str, name: str) -> str:
    """The text with `window.YTD.tweets.partN =` replaced by spaces (newlines kept)."""
    match = _PREFIX.match(text)
    if match is None:
        if text.lstrip().startswith("["):  # plain JSON: tools that already stripped the prefix
            return text
        raise SourceError(f"{name} line 1: not an X archive tweets file "
                          "(expected 'window.YTD.tweets.part0 = [')")
    if match.group(1) not in _TWEET_KINDS:
        raise SourceError(f"{name} line 1: this file holds window.YTD.{match.group(1)}, not tweets "
                          "(use data/tweets.js from the archive)")
    prefix = match.group(0)
    return re.sub(r"[^\n]", " ", prefix) + text[len(prefix):]


def _after_record(body: str, end: int, name: str, record: int) -> int:
    """Position of the next record (or of the closing ']') after the record ending at `end`."""
    pos = _skip_ws(body, end)
    if body.startswith(",", pos):
        return _skip_ws(body, pos + 1)
    if body.startswith("]", pos):
        return pos
    if pos >= len(body):
        raise SourceError(f"{name} line {_line_at(body, pos)}: file ends after record {record} "
                          "without closing ']' (truncated download?)")
    raise SourceError(f"{name} line {_line_at(body, pos)}: expected ',' or ']' after record "
                      f"{record}, found {body[pos]!r}")


def _check_tail(body: str, pos: int, name: str) -> None:
    """After the array only whitespace and one optional `;` may follow."""
    pos = _skip_ws(body, pos)
    if body.startswith(";", pos):
        pos = _skip_ws(body, pos + 1)
    if pos < len(body):
        raise SourceError(f"{name} line {_line_at(body, pos)}: unexpected text after the tweet "
                          f"array: {body[pos:pos + 30]!r}")


def _skip_ws(body: str, pos: int) -> int:
    return _WHITESPACE.match(body, pos).end()


def _line_at(body: str, pos: int) -> int:
    return body.count("\n", 0, min(pos, len(body))) + 1


def _required(obj: dict, keys: tuple[str, ...], where: str) -> Any:
    """The first of `keys` present in the record; SourceError naming the first if none is."""
    for key in keys:
        if key in obj and obj[key] is not None:
            return obj[key]
    raise SourceError(f"{where}: missing {keys[0]!r}")


def _url_pairs(entities: Any) -> tuple[tuple[str, str], ...]:
    """(t.co url, expanded url) for each link entity that has both."""
    urls = entities.get("urls") if isinstance(entities, dict) else None
    if not isinstance(urls, list):
        return ()
    return tuple(
        (u["url"], u["expanded_url"]) for u in urls
        if isinstance(u, dict) and isinstance(u.get("url"), str) and isinstance(u.get("expanded_url"), str)
    )
