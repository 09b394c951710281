"""Read plain UTF-8 text — a Project Gutenberg book or any prose — into passage-sized `RawTweet`s.

A book teaches a voice too, but it is not a list of tweets: the licence header and footer, the
illustration captions, the title page, preface and contents, the `_italic_` marks and the typesetter's
quotes and dashes are not the author's words. What is kept is the text of each paragraph (split at
sentence boundaries into passages of at most `MAX_PASSAGE` characters), in book order.

Each passage gets a stable id, `p<position>-<hash of its text>`, so importing the same book again
upserts instead of duplicating, and a created_at of the file's mtime plus its position in seconds, so
"oldest first" — the order the training file is written in — is the book's order.

Blank-line positions are kept while cleaning (removed text becomes spaces, newlines stay), so every
passage's origin names its real line in the file.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tweetbot.sources.base import ByteBudget, RawTweet, SourceError

MAX_PASSAGE = 1000
#: A book is read whole (chapters are found across it): 32 MiB is five times the longest books people
#: train on (the King James Bible is 4.4 MB, the complete Shakespeare 5.6 MB) and keeps a hostile file
#: far below the import's memory bound.
MAX_BOOK_BYTES = 32 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md")

# Project Gutenberg's licence wrappers, newest form first, then the 1990s-2000s ones.
_START = re.compile(r"^\s*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG.*$"
                    r"|^\s*\*END\*THE SMALL PRINT!.*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^\s*\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG.*$"
                  r"|^\s*End of (?:the |this )?Project Gutenberg(?:'s|’s)?\b.*$", re.IGNORECASE | re.MULTILINE)
_CHAPTER = re.compile(r"(?:CHAPTER|Chapter)\s+(?:[IVXLCDM]+|\d+|[A-Z][a-z]+(?:-[a-z]+)?)\b\.?(?:\s.{0,80})?")
_THE_END = re.compile(r"(?:THE\s+END|FINIS)\.?", re.IGNORECASE)
_CREDIT = re.compile(r"(?:Produced by|E-text prepared by|This e-?book was produced by|Transcriber'?s? note)",
                     re.IGNORECASE)
_SEPARATOR = re.compile(r"[\s*·•~=_\-–—.]*")
_ITALIC = re.compile(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"',
                         "‟": '"', "″": '"', "―": "—", "\u00a0": " ", "\u00ad": "", "\u200b": "",
                         "\ufeff": ""})
# A sentence ends after . ! ? … (and any closing quotes/brackets) before a capital, quote or digit.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]’”]*\s+(?=[\"'(\[‘“]?[A-Z0-9])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "col", "capt", "gen", "rev", "lt", "sgt",
                  "messrs", "mme", "mlle", "prof", "hon", "vol", "no", "vs", "etc", "viz", "cf", "ch"}


@dataclass
class Book:
    """The passages of a text file, and what was taken out of it (for the import report)."""

    path: str
    tweets: list[RawTweet] = field(default_factory=list)
    chapters: int = 0
    gutenberg_markers: bool = False
    illustrations_removed: int = 0
    paragraphs: int = 0
    split_paragraphs: int = 0
    skipped: Counter = field(default_factory=Counter)

    def details(self) -> dict:
        return {"chapters": self.chapters, "passages": len(self.tweets), "paragraphs": self.paragraphs,
                "split_paragraphs": self.split_paragraphs, "illustrations_removed": self.illustrations_removed,
                "gutenberg_markers": self.gutenberg_markers}


@dataclass(frozen=True)
class _Paragraph:
    line: int
    text: str


def read_text(path: Path | str, budget: ByteBudget | None = None) -> Book:
    """A text file, or every text file in a folder (sorted by name), as one book in reading order."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    files = _text_files(path)
    size = sum(f.stat().st_size for f in files)
    if size > MAX_BOOK_BYTES:
        raise SourceError(f"{path}: {size / 2**20:,.1f} MiB of text; a book may have at most "
                          f"{MAX_BOOK_BYTES // 2**20} MiB (the longest real books are ~6 MB): is this a book?")
    (budget or ByteBudget()).take(size, str(path))
    first_mtime = min(f.stat().st_mtime for f in files)
    book = Book(path=str(path))
    base = datetime.fromtimestamp(int(first_mtime), UTC)
    for file in files:
        _add_file(book, file, base)
    return book


def _text_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(f for f in path.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
    if not files:
        raise SourceError(f"{path}: no {', '.join(TEXT_SUFFIXES)} files in this folder")
    return files


def _add_file(book: Book, file: Path, base: datetime) -> None:
    text = _decode(file)
    body, first_line = _strip_gutenberg(text, book)
    body = _remove_illustrations(body, book)
    paragraphs = _paragraphs(body, first_line)
    for paragraph, passage in _passages(paragraphs, book):
        index = len(book.tweets) + 1
        digest = hashlib.sha1(passage.encode("utf-8")).hexdigest()[:8]
        book.tweets.append(RawTweet(
            tweet_id=f"p{index:05d}-{digest}", created_at=base + timedelta(seconds=index), text=passage,
            is_retweet=False, is_reply=False, urls=(), lang=None,
            origin=f"{file}:line {paragraph.line}",
        ))


# ---------------------------------------------------------------- file → cleaned body


def _decode(file: Path) -> str:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise SourceError(f"{file}: cannot read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(f"{file}:line {line}: not UTF-8 ({exc.reason}); convert it first, e.g. "
                          f"iconv -f latin1 -t utf-8 {file.name} > {file.stem}-utf8.txt") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strip_gutenberg(text: str, book: Book) -> tuple[str, int]:
    """The text between Project Gutenberg's START and END lines (all of it when there are none),
    and the file line the returned text starts on."""
    start = _START.search(text)
    begin = 0
    if start:
        newline = text.find("\n", start.end())
        begin = len(text) if newline == -1 else newline + 1
    end = _END.search(text, begin)
    if start or end:
        book.gutenberg_markers = True
    return text[begin:end.start() if end else len(text)], text.count("\n", 0, begin) + 1


def _remove_illustrations(body: str, book: Book) -> str:
    """Blank out `[Illustration…]` blocks (nested brackets, many lines); keep a chapter heading or
    a closing "THE END" printed inside one. Newlines stay, so line numbers stay true."""
    out, pos = [], 0
    while (start := body.find("[Illustration", pos)) != -1:
        end = _block_end(body, start)
        out.append(body[pos:start])
        out.append(_blank_keeping_headings(body[start:end]))
        book.illustrations_removed += 1
        pos = end
    out.append(body[pos:])
    return "".join(out)


def _block_end(body: str, start: int) -> int:
    """Index just past the `]` matching the `[` at start; unclosed: the end of its paragraph."""
    depth = 0
    for i in range(start, len(body)):
        if body[i] == "[":
            depth += 1
        elif body[i] == "]":
            depth -= 1
            if depth == 0:
                return i + 1
    gap = _PARAGRAPH_BREAK.search(body, start)
    return gap.start() if gap else len(body)


def _blank_keeping_headings(block: str) -> str:
    lines = block.split("\n")
    inner = " ".join(line.strip(" \t[]") for line in lines).replace("Illustration:", " ")
    blank = "\n".join(" " * len(line) for line in lines)
    if _THE_END.fullmatch(" ".join(inner.split())):
        return "THE END" + blank[len("THE END"):]  # fits: "[Illustration" alone is longer
    kept = []
    for line in lines:
        content = line.strip().lstrip("[").rstrip("]").strip()
        keep = bool(_CHAPTER.fullmatch(content)) and not content.startswith("Illustration")
        kept.append(content.ljust(len(line)) if keep else " " * len(line))
    return "\n".join(kept)


def _paragraphs(body: str, first_line: int) -> list[_Paragraph]:
    """Blank-line separated paragraphs, each with the file line it starts on."""
    spans, pos = [], 0
    for gap in _PARAGRAPH_BREAK.finditer(body):
        spans.append((pos, gap.start()))
        pos = gap.end()
    spans.append((pos, len(body)))
    paragraphs = []
    line, counted = first_line, 0  # newlines counted incrementally: one pass over the book, not one a paragraph
    for a, b in spans:
        chunk = body[a:b]
        if chunk.strip():
            start = a + len(chunk) - len(chunk.lstrip())
            line += body.count("\n", counted, start)
            counted = start
            paragraphs.append(_Paragraph(line, chunk.strip()))
    return paragraphs


# ---------------------------------------------------------------- paragraphs → passages


def _passages(paragraphs: list[_Paragraph], book: Book):
    """(paragraph, passage text) in book order; headings counted, front and back matter skipped."""
    kinds = [_kind(p.text) for p in paragraphs]
    chapter_at = [i for i, k in enumerate(kinds) if k == "chapter"]
    first = chapter_at[0] if chapter_at else 0
    end = next((i for i, k in enumerate(kinds) if k == "the end" and i > first), len(paragraphs))
    book.chapters += len(chapter_at)
    book.skipped["front matter"] += first
    book.skipped["back matter"] += len(paragraphs) - end
    for paragraph, kind in zip(paragraphs[first:end], kinds[first:end], strict=True):
        if kind != "text":
            book.skipped[{"chapter": "chapter heading", "the end": "back matter"}.get(kind, kind)] += 1
            continue
        text = clean_prose(paragraph.text)
        if not text:
            book.skipped["empty"] += 1
            continue
        book.paragraphs += 1
        parts = split_passage(text)
        book.split_paragraphs += len(parts) > 1
        for part in parts:
            yield paragraph, part


def _kind(text: str) -> str:
    flat = " ".join(text.split())
    if _CHAPTER.fullmatch(flat) and len(flat) <= 100:
        return "chapter"
    if _THE_END.fullmatch(flat):
        return "the end"
    if _SEPARATOR.fullmatch(flat):
        return "separator"
    if _CREDIT.match(flat) and len(flat) < 400:
        return "credit line"
    return "text"


def clean_prose(text: str) -> str:
    """One paragraph as plain prose: no `_italic_` marks, straight quotes, — for --, one space."""
    text = _ITALIC.sub("", text).translate(_QUOTES)
    text = re.sub(r"(?<!-)--(?!-)", "—", text)
    return " ".join(text.split())


def split_passage(text: str, limit: int = MAX_PASSAGE) -> list[str]:
    """`text` in order as passages of at most `limit` characters, cut between sentences when it can."""
    if len(text) <= limit:
        return [text]
    passages: list[str] = []
    current = ""
    for sentence in _sentences(text):
        for piece in _fit(sentence, limit):
            if current and len(current) + 1 + len(piece) > limit:
                passages.append(current)
                current = piece
            else:
                current = f"{current} {piece}" if current else piece
    if current:
        passages.append(current)
    return passages


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        words = text[start:match.start()].rstrip(".!?…\"')]’”").split()
        if words and words[-1].lower().rstrip(".") in _ABBREVIATIONS:
            continue  # "Mr. Darcy" is one sentence
        out.append(text[start:match.start() + len(match.group(0).rstrip())].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def _fit(sentence: str, limit: int) -> list[str]:
    """A sentence longer than `limit` cut at ; : , then at spaces."""
    if len(sentence) <= limit:
        return [sentence]
    for separator in ("; ", ": ", ", ", " "):
        parts = sentence.split(separator)
        if len(parts) > 1:
            pieces, current = [], ""
            for i, part in enumerate(parts):
                part = part + (separator.rstrip() if i < len(parts) - 1 else "")
                if current and len(current) + 1 + len(part) > limit:
                    pieces.append(current)
                    current = part
                else:
                    current = f"{current} {part}" if current else part
            pieces.append(current)
            if all(len(p) <= limit for p in pieces):
                return pieces
    return [sentence[i:i + limit] for i in range(0, len(sentence), limit)]
