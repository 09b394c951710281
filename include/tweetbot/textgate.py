"""The one gate every text passes on its way into the store: no NUL, no stray control characters,
no lone surrogates, no invalid UTF-8.

Postgres refuses NUL in text (psycopg.DataError) and no driver can encode a lone surrogate, while
SQLite stores both silently: checking here, before any database sees the text, makes both stores
behave the same and turns a traceback or a 500 into a message that says where the bad character is.

Two policies, one rule set:

* `check_text` **refuses** (`TextRefused`, a ValueError) — for what a person types or edits: the CLI,
  the page, the review file. A line break and a tab are text; a CR is kept only as part of a line
  break (CRLF and a lone CR become "\\n").
* `scrub` **removes** control characters and counts them — for imported tweets and model output, where
  refusing a 50,000-tweet archive over one stray BEL would help nobody; the import report says how many
  were removed. Lone surrogates are never scrubbed silently: they mean the data is broken (an emoji cut
  in half), so imports refuse them with the record's name (`check_surrogates`).
"""
from __future__ import annotations

import re
import unicodedata

#: What may never enter the store: C0 controls other than tab and newline (CR is handled as a line
#: break), DEL, the C1 controls, and UTF-16 surrogates (which only ever appear alone in a Python str).
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")  # what `scrub` removes (CR, LF, TAB stay)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "backspace", "\x0b": "vertical tab", "\x0c": "form feed",
          "\x1b": "ESC", "\x7f": "DEL", "\x85": "next line"}


class TextRefused(ValueError):
    """A text that may not enter the store. `where` names its origin (file and line, or the field),
    `what` the offending character and its position; str() is "where: what"."""

    def __init__(self, where: str, what: str) -> None:
        self.where, self.what = where, what
        super().__init__(f"{where}: {what}")


def describe(char: str) -> str:
    """A character as a person can look it up: `control character U+0000 NUL`, `lone surrogate U+D800`."""
    point = f"U+{ord(char):04X}"
    if _SURROGATE.fullmatch(char):
        hint = " (an undecodable byte?)" if 0xDC80 <= ord(char) <= 0xDCFF else ""
        return f"lone surrogate {point}{hint}"
    name = _NAMES.get(char) or unicodedata.name(char, "")
    return f"control character {point}" + (f" {name}" if name else "")


def _position(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}" if "\n" in text else f"column {column}"


def check_text(text: str, where: str, *, multiline: bool = True) -> str:
    """`text` with its line breaks as "\\n", or TextRefused naming the first forbidden character.

    `where` is what a person recognises: "review.txt line 12", "stdin", "field 'text'".
    With `multiline=False` a line break is refused too (a name, a note on one line).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _FORBIDDEN.search(text) or (None if multiline else re.search(r"[\n]", text))
    if bad:
        what = "line break" if bad.group() == "\n" else describe(bad.group())
        raise TextRefused(where, f"{what} at {_position(text, bad.start())} is not allowed in a tweet"
                          if multiline else f"{what} at {_position(text, bad.start())} is not allowed here")
    return text


def check_name(name: str, where: str, max_length: int = 64) -> str:
    """An account (or other) name: one line of 1 to `max_length` characters the gate allows."""
    name = check_text(name, where, multiline=False).strip()
    if not 1 <= len(name) <= max_length:
        raise TextRefused(where, f"must be 1 to {max_length} characters, not {len(name)}")
    return name


def is_clean(text: str) -> bool:
    """True when `check_text` would let `text` through unchanged (no CR either)."""
    return _FORBIDDEN.search(text) is None and "\r" not in text


def printable(text: str) -> str:
    """`text` with every forbidden character shown as U+FFFD: for names that are not tweets (a file's
    path in `source_ref`, an id in a message) and must never break a store or a log line."""
    return _FORBIDDEN.sub("\ufffd", text)


def scrub(text: str) -> tuple[str, int]:
    """`text` without control characters (tab, CR and LF stay), and how many were removed.

    Lone surrogates are left for `check_surrogates`: removing them would hide broken data.
    """
    cleaned, removed = _CONTROLS.subn("", text)
    return cleaned, removed


def check_surrogates(text: str, where: str) -> str:
    """`text`, or TextRefused when it holds a lone surrogate (broken UTF-16 escapes in JSON, or a byte
    a decoder smuggled in with surrogateescape)."""
    bad = _SURROGATE.search(text)
    if bad:
        raise TextRefused(where, f"{describe(bad.group())} at {_position(text, bad.start())}: not valid "
                          "Unicode text (an emoji cut in half?)")
    return text


def decode_utf8(data: bytes, where: str) -> str:
    """`data` as UTF-8 (a BOM is dropped), or TextRefused naming the line and column of the bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise TextRefused(f"{where} line {line}", f"not UTF-8 (byte 0x{data[exc.start]:02X} at column "
                          f"{column}: {exc.reason}); save the file as UTF-8") from None
