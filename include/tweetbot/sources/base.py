"""What every tweet source yields, the one error it raises, and how raw text becomes training text.

Readers only *read*: they turn a file into `RawTweet`s and keep the text as the file has it. What to
drop and how to clean is decided here, from `ImportOptions`, so the CLI, the DAG and the tests share
one set of rules and a re-import with other options needs no re-parsing logic.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import BinaryIO

LINK_MODES = ("expand", "strip", "keep")


@dataclass(frozen=True)
class RawTweet:
    """One tweet as read from a file, before cleaning.

    `created_at` is always timezone-aware UTC. `origin` ("path:line N" for CSV, "path#record N"
    for an archive, both 1-based) lets a later message point a person back at the exact row.
    """

    tweet_id: str
    created_at: datetime
    text: str
    is_retweet: bool
    is_reply: bool
    urls: tuple[tuple[str, str], ...]
    lang: str | None
    origin: str
    author: str | None = None
    # Engagement as the source had it; None where it carries no such count or the value was refused
    # (then `bad_counts` names it, e.g. "likes '1.2K'", and the import report counts it).
    likes: int | None = None
    retweets: int | None = None
    replies: int | None = None
    quotes: int | None = None
    bad_counts: tuple[str, ...] = ()


class SourceError(ValueError):
    """A source file cannot be read; the message always names the file and the line or record."""


# ---------------------------------------------------------------- bounded reading

#: Bytes read at a time from a file or a zip member: what is in memory besides one record.
CHUNK = 1024 * 1024
#: The longest archive record (a real one is 1-20 KB) or CSV line (~1 KB) a reader accepts: anything
#: longer is a damaged or hostile file, refused before it costs more memory.
MAX_RECORD = 1024 * 1024


class ByteBudget:
    """What one import may still unpack (`config.import_max_bytes()`), shared by every file it reads.

    `take` is called with each chunk actually read or decompressed, so a zip that lies about its
    sizes is stopped too; `check` refuses early when sizes known up front already exceed it.
    """

    def __init__(self, limit: int | None = None) -> None:
        from tweetbot import config

        self.limit = config.import_max_bytes() if limit is None else limit
        self.used = 0
        self.expected = 0  # what the files and zip entries declare: progress and ETA go by it

    def check(self, size: int, name: str) -> None:
        if self.used + size > self.limit:
            raise SourceError(self._message(name))
        self.expected = max(self.expected, self.used + size)

    def take(self, size: int, name: str) -> None:
        self.used += size
        if self.used > self.limit:
            raise SourceError(self._message(name))

    def _message(self, name: str) -> str:
        from tweetbot.config import IMPORT_MAX_BYTES_ENV, format_size

        return (f"{name}: this import unpacks more than {format_size(self.limit)}, the limit of one import "
                f"({IMPORT_MAX_BYTES_ENV}); nothing was imported. A real archive that big: raise the "
                f"limit, e.g. {IMPORT_MAX_BYTES_ENV}={format_size(self.limit * 2).replace(' ', '')}")


def text_chunks(fh: BinaryIO, name: str, budget: ByteBudget) -> Iterator[str]:
    """The UTF-8 text of a binary stream, `CHUNK` bytes at a time (a BOM dropped), each chunk counted
    against `budget`; SourceError naming the line of a byte that is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    lines = 0
    while True:
        data = fh.read(CHUNK)
        budget.take(len(data), name)
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            line = lines + exc.object.count(b"\n", 0, exc.start) + 1
            raise SourceError(f"{name} line {line}: not UTF-8 ({exc.reason}); save it as UTF-8") from None
        if text:
            yield text
        if not data:
            return
        lines += data.count(b"\n")


def unique_by_id(tweets: Iterable[RawTweet],
                 on_conflict: Callable[[RawTweet], None] | None = None) -> Iterator[RawTweet]:
    """Each tweet id once, the first occurrence winning. In memory, for callers that want a whole
    file's tweets (the import dedups on disk, `pipeline.spool`); `on_conflict(later)` hears of each
    repeated id whose text differs from the first's."""
    seen: dict[str, str] = {}
    for tweet in tweets:
        first = seen.get(tweet.tweet_id)
        if first is None:
            seen[tweet.tweet_id] = tweet.text
            yield tweet
        elif on_conflict is not None and first != tweet.text:
            on_conflict(tweet)


@dataclass(frozen=True)
class ImportOptions:
    """How raw tweets become training text.

    :param drop_retweets: skip retweets (they are someone else's voice).
    :param drop_replies: skip replies (half a conversation, full of @handles).
    :param links: "expand" t.co links to the URL the entities give (t.co links the file does not
        explain, e.g. media, stay as they are), "strip" every http(s) link, or "keep" the text as is.
    :param unescape_html: turn X's `&amp;` `&lt;` `&gt;` back into `&` `<` `>`.
    """

    drop_retweets: bool = True
    drop_replies: bool = True
    links: str = "expand"
    unescape_html: bool = True

    def __post_init__(self) -> None:
        if self.links not in LINK_MODES:
            raise ValueError(f"links must be one of {', '.join(LINK_MODES)}, not {self.links!r}")


# ---------------------------------------------------------------- cleaning

_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_TCO = re.compile(r"https?://t\.co/[A-Za-z0-9]+")
_LINK = re.compile(r"https?://\S+")
_SPACES = re.compile(r"[^\S\n]+")          # whitespace other than newlines
_NEWLINES = re.compile(r" ?\n[\s]*")       # a line break plus any blank lines / indentation after it


def unescape_entities(text: str) -> str:
    """Undo X's escaping of exactly `& < >`, in one pass so `&amp;lt;` correctly becomes `&lt;`.

    Not `html.unescape`: that also decodes legacy entities without a `;` (`&not=1` -> `¬=1`),
    which would corrupt the query strings of expanded links and text people actually typed.
    """
    return _ENTITY.sub(lambda m: _ENTITIES[m.group(1)], text)


def expand_links(text: str, urls: tuple[tuple[str, str], ...]) -> str:
    """Replace each t.co link the entities explain by its expanded URL; others stay."""
    mapping = {short: expanded for short, expanded in urls if short and expanded}
    if not mapping:
        return text
    return _TCO.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


def strip_links(text: str) -> str:
    """Remove every http(s) link (t.co or not): a generated tweet should not invent URLs."""
    return _LINK.sub("", text)


def normalize_whitespace(text: str) -> str:
    """Collapse whitespace runs to one space and blank lines to one "\\n"; strip the ends.

    Single line breaks are kept because they are part of how people write; the training-file
    writer decides how to encode them.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = _NEWLINES.sub("\n", text)
    return text.strip()


def clean_text(raw: RawTweet, options: ImportOptions) -> str:
    """The text to store and train on: entities undone, links handled, whitespace tidied.

    Entities are undone before links are expanded so an expanded URL's own `&` is never touched.
    """
    text = raw.text
    if options.unescape_html:
        text = unescape_entities(text)
    if options.links == "expand":
        text = expand_links(text, raw.urls)
    elif options.links == "strip":
        text = strip_links(text)
    return normalize_whitespace(text)


def skip_reason(raw: RawTweet, cleaned: str, options: ImportOptions) -> str | None:
    """Why this tweet is left out ("retweet", "reply", "empty"), or None to keep it."""
    if options.drop_retweets and raw.is_retweet:
        return "retweet"
    if options.drop_replies and raw.is_reply:
        return "reply"
    if not cleaned:
        return "empty"
    return None


def is_retweet_text(text: str) -> bool:
    """Archives mark retweets only by text (their `retweeted` flag is false even for RTs)."""
    return text.startswith("RT @")


# ---------------------------------------------------------------- engagement counts

#: The counts a RawTweet carries, in `source_tweets` column order.
COUNT_FIELDS = ("likes", "retweets", "replies", "quotes")
#: The largest count a store column (a 32-bit integer on Postgres) holds; no tweet comes close.
MAX_COUNT = 2**31 - 1
_COUNT = re.compile(r"-?\d{1,20}(?:\.0*)?")
_NO_COUNT = ("", "none", "null", "nan", "n/a")


def parse_count(value: object) -> int | None:
    """A likes/retweets/... count as an int; None when the source has none (empty, null, NaN).

    Accepts what exports hold: ints, digit strings, and floats with nothing after the point ("12.0",
    as a spreadsheet round-trip writes them). ValueError for anything else: negative, fractional,
    abbreviated ("1.2K"), a bool, or more than a store column holds.
    """
    if value is None or isinstance(value, float) and value != value:
        return None
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        text = value.strip()
        if text.lower() in _NO_COUNT:
            return None
        if not _COUNT.fullmatch(text):
            raise ValueError("not a whole number ≥ 0")
        number = int(text.split(".", 1)[0])
    else:
        raise ValueError("not a number")
    if number < 0:
        raise ValueError("negative")
    if number > MAX_COUNT:
        raise ValueError("too large")
    return number


def read_counts(values: dict[str, object]) -> dict[str, object]:
    """RawTweet keyword arguments for the counts in `values` (COUNT_FIELDS → raw value): each parsed,
    a refused one left out and named in `bad_counts` so the import drops it and says so, instead of
    refusing the whole file over a number the training never reads."""
    counts: dict[str, object] = {}
    bad: list[str] = []
    for name, value in values.items():
        try:
            counts[name] = parse_count(value)
        except ValueError as exc:
            bad.append(f"{name} {str(value)[:40]!r} ({exc})")
    if bad:
        counts["bad_counts"] = tuple(bad)
    return counts


# ---------------------------------------------------------------- shared parsing helpers

_DIGITS = re.compile(r"\d{1,20}")

# Abbreviations twint and others print after a local time, in minutes east of UTC. IST is left out
# (Ireland +1 or India +5:30); CST means the US one. A numeric offset column always wins over these.
TZ_ABBREVIATIONS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480, "ACST": 570, "AEST": 600,
    "AEDT": 660, "NZST": 720, "NZDT": 780,
}

# The archive / API v1.1 layout, "Wed Oct 10 20:19:24 +0000 2018", parsed by hand because
# strptime's %a/%b follow the process locale.
_ARCHIVE_DATE = re.compile(
    r"[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S %z",      # twint's date + time + timezone columns: "2022-10-19 17:54:26 +0100"
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
)


def parse_tweet_id(value: object) -> str:
    """An id as X's decimal string; ValueError for anything else (e.g. Excel's 1.58E+18)."""
    text = str(value).strip() if value is not None else ""
    if not _DIGITS.fullmatch(text):
        raise ValueError(f"bad id {value!r}")
    return text


def parse_datetime(value: str) -> datetime:
    """A tweet timestamp in any layout seen in exports, as aware UTC (naive times are UTC).

    Handles the archive layout, ISO 8601 (with `Z`), `YYYY-mm-dd HH:MM:SS [+hhmm|ABBR]` and
    epoch seconds or milliseconds (older twint wrote milliseconds).
    """
    text = value.strip()
    if not text:
        raise ValueError("empty date")
    if text.isdigit():
        seconds = int(text) / 1000 if len(text) >= 12 else int(text)
        return datetime.fromtimestamp(seconds, tz=UTC)
    parsed = _parse_known_layout(text) or _parse_with_abbreviation(text)
    if parsed is None:
        raise ValueError(f"bad date {value!r}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _parse_known_layout(text: str) -> datetime | None:
    archive = _parse_archive_date(text)
    if archive is not None:
        return archive
    for layout in _DATE_FORMATS:
        try:
            return datetime.strptime(text, layout)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text)  # 3.11 accepts "Z", fractions and offsets
    except ValueError:
        return None


def _parse_archive_date(text: str) -> datetime | None:
    match = _ARCHIVE_DATE.fullmatch(text)
    month = _MONTHS.get(match.group(1).lower()) if match else None
    if match is None or month is None:
        return None
    _, day, hour, minute, second, sign, off_h, off_m, year = match.groups()
    offset = timedelta(hours=int(off_h), minutes=int(off_m)) * (-1 if sign == "-" else 1)
    try:
        return datetime(int(year), month, int(day), int(hour), int(minute), int(second),
                        tzinfo=timezone(offset))
    except ValueError:
        return None


def _parse_with_abbreviation(text: str) -> datetime | None:
    """`2022-10-19 17:54:26 BST` -> the local time shifted by the zone's offset."""
    head, _, abbreviation = text.rpartition(" ")
    offset = TZ_ABBREVIATIONS.get(abbreviation.upper())
    local = _parse_known_layout(head) if head and offset is not None else None
    if local is None or local.tzinfo is not None:
        return None
    return local.replace(tzinfo=timezone(timedelta(minutes=offset)))
