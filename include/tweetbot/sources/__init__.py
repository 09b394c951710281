"""Tweet sources: a file a person has (X archive, CSV, a book), X's API or twint → `RawTweet`s.

Pure standard library, no Airflow: the CLI, the DAG tasks and the tests call the same functions.
Reading is lazy, but callers take `list(read_source(...))` before writing anything, so one bad row
fails the whole import with a `SourceError` that names the file and the line or record.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tweetbot.sources.archive import read_archive
from tweetbot.sources.base import (
    ImportOptions,
    RawTweet,
    SourceError,
    clean_text,
    skip_reason,
)
from tweetbot.sources.csv_file import read_csv

FILE_KINDS = ("archive", "csv", "text")
#: Every way in. archive/csv/text read a path; x-api and twint take an X username instead
#: (`tweetbot.pipeline.import_source` dispatches those, they need the store or a child process).
SOURCE_KINDS = ("archive", "csv", "x-api", "twint", "text")

__all__ = [
    "FILE_KINDS", "SOURCE_KINDS", "ImportOptions", "RawTweet", "SourceError", "clean_text", "read_archive",
    "read_csv", "read_source", "skip_reason",
]


def read_source(kind: str, path: Path | str) -> Iterator[RawTweet]:
    """The tweets of a file source of `kind` ("archive", "csv" or "text") at `path`."""
    if kind == "archive":
        return read_archive(Path(path))
    if kind == "csv":
        return read_csv(Path(path))
    if kind == "text":
        from tweetbot.sources.text import read_text

        return iter(read_text(Path(path)).tweets)
    raise SourceError(f"{path}: unknown source kind {kind!r} (expected one of {', '.join(SOURCE_KINDS)})")
