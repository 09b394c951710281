"""Read X's "Download your archive" export: `data/tweets.js` and its relatives.

The files are JavaScript, not JSON: `window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]`, with or
without a trailing `;`. Older exports call the file `tweet.js` (`window.YTD.tweet.part0`) and may
leave out the `{"tweet": ...}` wrapper; big archives split into `tweets-part1.js`, `tweets-part2.js`…
A user can point at one file, the archive's `data/` folder, the extracted archive, or the `.zip`.

Files and zip members are streamed, a megabyte at a time: the array is walked one record at a time
with the standard library's `raw_decode` over a sliding window that holds at most the current record
(≤ `MAX_RECORD`) and one chunk, so memory stays flat whatever the file's size — a 1 GiB zip bomb
included — and every error still names the file and the real line (and column) of the problem.
What one import may unpack in all is capped (`ByteBudget`, TWEETBOT_IMPORT_MAX_BYTES).
"""
from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from tweetbot.sources.base import (
    MAX_RECORD,
    ByteBudget,
    RawTweet,
    SourceError,
    is_retweet_text,
    parse_datetime,
    parse_tweet_id,
    read_counts,
    text_chunks,
    unique_by_id,
)

_PREFIX = re.compile(r"window\.YTD\.(\w{1,64})\.part(\d{1,9})")
_PART_NAME = re.compile(r"tweets?(?:-part(\d+))?\.js")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_TWEET_KINDS = ("tweets", "tweet")
_REPLY_KEYS = ("in_reply_to_status_id_str", "in_reply_to_status_id",
               "in_reply_to_user_id_str", "in_reply_to_user_id")
#: Where a record keeps each count: archives have favorite_count and retweet_count (strings in the 2022+
#: layout); API v1.1 dumps saved as archives may also carry reply_count and quote_count.
_COUNT_KEYS = {"likes": "favorite_count", "retweets": "retweet_count", "replies": "reply_count",
               "quotes": "quote_count"}
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_CUT = 6  # a JSON error this close to the end of the window may be a token the chunk cut (`\\u00`, `fals`)


def read_archive(path: Path | str, budget: ByteBudget | None = None) -> Iterator[RawTweet]:
    """Every tweet in an archive file, folder or zip, each id once (the first part wins)."""
    return unique_by_id(archive_records(path, budget))


def archive_records(path: Path | str, budget: ByteBudget | None = None) -> Iterator[RawTweet]:
    """Every record of an archive file, folder or zip in file order, repeated ids included (the
    import decides about those), streamed within `budget` (default: a fresh one at the env's cap)."""
    budget = budget or ByteBudget()
    for name, stream in _archive_streams(Path(path), budget):
        with stream:
            yield from parse_archive_stream(stream, name, budget)


def parse_archive_stream(stream: BinaryIO, name: str, budget: ByteBudget) -> Iterator[RawTweet]:
    """The tweets of one archive file read from a binary stream, chunk by chunk."""
    return _walk(_Window(text_chunks(stream, name, budget), name))


def _walk(window: _Window) -> Iterator[RawTweet]:
    name = window.name
    window.skip_prefix()
    if not window.startswith("["):
        raise SourceError(f"{name} line {window.line_at()}: expected '[' to open the tweet array")
    window.advance(1)
    window.skip_ws()
    record = 0
    while not window.startswith("]"):
        if window.at_end():
            raise SourceError(f"{name} line {window.line_at()}: file ends after record {record} "
                              "without closing ']' (truncated download?)")
        line = window.line_at()
        obj = window.decode(record + 1)
        record += 1
        yield tweet_from_record(obj, name, record, line)
        window.skip_ws()
        if window.startswith(","):
            window.advance(1)
            window.skip_ws()
        elif window.at_end():
            raise SourceError(f"{name} line {window.line_at()}: file ends after record {record} "
                              "without closing ']' (truncated download?)")
        elif not window.startswith("]"):
            raise SourceError(f"{name} line {window.line_at()}: expected ',' or ']' after record "
                              f"{record}, found {window.peek(1)!r}")
    window.advance(1)
    window.skip_ws()
    if window.startswith(";"):
        window.advance(1)
        window.skip_ws()
    if not window.at_end():
        raise SourceError(f"{name} line {window.line_at()}: unexpected text after the tweet "
                          f"array: {window.peek(30)!r}")


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
        **read_counts({name: obj.get(key) for name, key in _COUNT_KEYS.items()}),
    )


# ---------------------------------------------------------------- finding the files


def _archive_streams(path: Path, budget: ByteBudget) -> Iterator[tuple[str, BinaryIO]]:
    """(name for messages, open binary stream) of each tweets file the path stands for, in part order."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_dir():
        parts = _find_parts(path)
        budget.check(sum(part.stat().st_size for part in parts), str(path))
        for part in parts:
            yield str(part), _open(part)
    elif _looks_like_zip(path):
        yield from _zip_streams(path, budget)
    else:
        budget.check(path.stat().st_size, str(path))
        yield str(path), _open(path)


def _find_parts(folder: Path) -> list[Path]:
    """tweets.js / tweet.js / tweets-partN.js in the folder or its data/ subfolder, part 0 first."""
    for base in (folder, folder / "data"):
        if base.is_dir():
            parts = [f for f in base.iterdir() if f.is_file() and _PART_NAME.fullmatch(f.name)]
            if parts:
                return sorted(parts, key=lambda f: (_part_number(f.name), f.name))
    raise SourceError(f"{folder}: no tweets.js, tweet.js or tweets-part*.js here or in "
                      f"{folder / 'data'} (is this an extracted X archive?)")


def _looks_like_zip(path: Path) -> bool:
    """A zip by its signature or its name, so a truncated download is called a broken zip, not bad text."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return head in _ZIP_MAGIC or path.suffix.lower() == ".zip" or zipfile.is_zipfile(path)


def _zip_streams(path: Path, budget: ByteBudget) -> Iterator[tuple[str, BinaryIO]]:
    """The tweets files inside a downloaded archive zip (at its root or in a data/ folder), streamed."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise SourceError(f"{path}: not a readable zip file, truncated or damaged? ({exc})") from None
    with archive:
        members = [m for m in archive.infolist() if _is_zip_part(m.filename)]
        if not members:
            raise SourceError(f"{path}: no data/tweets.js, tweet.js or tweets-part*.js in this zip")
        budget.check(sum(m.file_size for m in members), str(path))
        for member in sorted(members, key=lambda m: (_part_number(m.filename.rsplit("/", 1)[-1]), m.filename)):
            name = f"{path}!{member.filename}"
            try:
                yield name, _ZipMember(archive.open(member), name)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, ValueError) as exc:
                raise SourceError(f"{name}: cannot unpack this zip member, truncated or damaged? ({exc})") from None


class _ZipMember:
    """A zip member's stream whose decompression errors (bad CRC, a cut deflate stream) name the member."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self._stream, self._name = stream, name

    def read(self, size: int = -1) -> bytes:
        try:
            return self._stream.read(size)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise SourceError(f"{self._name}: the zip is damaged or truncated ({exc})") from None

    def __enter__(self) -> _ZipMember:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stream.close()


def _is_zip_part(member: str) -> bool:
    folder, _, base = member.rpartition("/")
    return bool(_PART_NAME.fullmatch(base)) and (folder == "" or folder.rsplit("/", 1)[-1] == "data")


def _part_number(filename: str) -> int:
    match = _PART_NAME.fullmatch(filename)
    return int(match.group(1)) if match and match.group(1) else 0


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None


# ---------------------------------------------------------------- walking the array


class _Window:
    """A sliding window over a text stream: the unread part of the current chunk(s), trimmed as records
    are consumed, with the file line and column of its first character kept so messages stay exact."""

    def __init__(self, chunks: Iterator[str], name: str) -> None:
        self.chunks, self.name = chunks, name
        self.buf, self.pos = "", 0
        self.eof = False
        self.line, self.column = 1, 0  # of buf[0]: line (1-based) and column offset (0-based)
        self._counted, self._counted_line = 0, 1  # newline count of buf[:_counted], cached

    def fill(self) -> bool:
        """Drop what was consumed, append the next chunk; False at the end of the input."""
        if self.eof:
            return False
        chunk = next(self.chunks, None)
        if chunk is None:
            self.eof = True
            return False
        if self.pos:
            self._trim()
        self.buf += chunk
        return True

    def _trim(self) -> None:
        gone = self.buf[:self.pos]
        newlines = gone.count("\n")
        if newlines:
            self.line += newlines
            self.column = len(gone) - gone.rfind("\n") - 1
        else:
            self.column += len(gone)
        self.buf, self.pos = self.buf[self.pos:], 0
        self._counted, self._counted_line = 0, self.line

    def line_at(self, pos: int | None = None) -> int:
        pos = self.pos if pos is None else pos
        if pos < self._counted:
            self._counted, self._counted_line = 0, self.line
        self._counted_line += self.buf.count("\n", self._counted, pos)
        self._counted = pos
        return self._counted_line

    def where(self, pos: int) -> tuple[int, int]:
        """File (line, column) of buf[pos], both 1-based."""
        line = self.line_at(pos)
        start = self.buf.rfind("\n", 0, pos) + 1
        return line, pos - start + 1 + (self.column if start == 0 else 0)

    def _ensure(self, n: int) -> bool:
        while len(self.buf) - self.pos < n:
            if not self.fill():
                return False
        return True

    def startswith(self, text: str) -> bool:
        self._ensure(len(text))
        return self.buf.startswith(text, self.pos)

    def peek(self, n: int) -> str:
        self._ensure(n)
        return self.buf[self.pos:self.pos + n]

    def at_end(self) -> bool:
        return not self._ensure(1)

    def advance(self, n: int) -> None:
        self.pos += n

    def skip_ws(self) -> None:
        while True:
            self.pos = _WHITESPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf) or not self.fill():
                return

    def skip_prefix(self) -> None:
        """Past `window.YTD.tweets.partN =` (or nothing: plain JSON that tools already unwrapped)."""
        self.skip_ws()
        if self.startswith("["):
            return
        self._ensure(100)
        match = _PREFIX.match(self.buf, self.pos)
        if match is None:
            raise SourceError(f"{self.name} line {self.line_at()}: not an X archive tweets file "
                              "(expected 'window.YTD.tweets.part0 = [')")
        if match.group(1) not in _TWEET_KINDS:
            raise SourceError(f"{self.name} line {self.line_at()}: this file holds window.YTD.{match.group(1)}, "
                              "not tweets (use data/tweets.js from the archive)")
        self.pos = match.end()
        self.skip_ws()
        if not self.startswith("="):
            raise SourceError(f"{self.name} line {self.line_at()}: expected '=' after {match.group(0)}")
        self.advance(1)
        self.skip_ws()

    def decode(self, record: int) -> Any:
        """The JSON value starting here (one record), reading more until it is complete or the input ends.

        A decode error may only mean that the chunk ended inside the record: an unterminated string,
        or an error within the last few characters (a cut literal, escape or number). Then the window
        grows and tries again; any other error is real. A record still incomplete after `MAX_RECORD`
        characters is refused.
        """
        decoder = json.JSONDecoder()
        while True:
            try:
                obj, end = decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                cut_short = exc.msg.startswith("Unterminated string") or len(self.buf) - exc.pos <= _CUT
                if cut_short and len(self.buf) - self.pos > MAX_RECORD:
                    raise SourceError(f"{self.name} line {self.line_at()}: record {record} is over "
                                      f"{MAX_RECORD // 1024 // 1024} MiB and still not complete: not an X "
                                      "archive record (a damaged or hostile file?)") from None
                if cut_short and self.fill():
                    continue
                line, column = self.where(exc.pos)
                raise SourceError(f"{self.name} line {line}: invalid JSON in record {record} "
                                  f"({exc.msg}, column {column})") from None
            except RecursionError:
                raise SourceError(f"{self.name} line {self.line_at()}: record {record} is nested too deeply "
                                  "(hundreds of '[' or '{' inside each other): not a tweet") from None
            if end == len(self.buf) and self.fill():
                continue  # a bare number or literal may go on in the next chunk
            self.pos = end
            return obj


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
