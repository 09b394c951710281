"""Tweet sources: a file a person has (X archive, CSV, a book), X's API or twint → `RawTweet`s.

Pure standard library, no Airflow: the CLI, the DAG tasks and the tests call the same functions.
Reading is lazy and streamed (a file never has to fit in memory); the import reads a whole file
before writing anything (`tweetbot.pipeline.importing`), so one bad row fails the whole import with
a `SourceError` that names the file and the line or record.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tweetbot.sources.archive import archive_records, read_archive
from tweetbot.sources.base import (
    ByteBudget,
    ImportOptions,
    RawTweet,
    SourceError,
    clean_text,
    skip_reason,
    unique_by_id,
)
from tweetbot.sources.csv_file import csv_records, read_csv

FILE_KINDS = ("archive", "csv", "text")
#: Every way in. archive/csv/text read a path; x-api and twint take an X username instead
#: (`tweetbot.pipeline.import_source` dispatches those, they need the store or a child process).
SOURCE_KINDS = ("archive", "csv", "x-api", "twint", "text")

__all__ = [
    "FILE_KINDS", "SOURCE_KINDS", "ByteBudget", "ImportOptions", "RawTweet", "SourceError", "clean_text",
    "read_archive", "read_csv", "read_source", "skip_reason", "source_records",
]


def read_source(kind: str, path: Path | str, budget: ByteBudget | None = None) -> Iterator[RawTweet]:
    """The tweets of a file source of `kind` ("archive", "csv" or "text") at `path`, each id once."""
    return unique_by_id(source_records(kind, path, budget))


def source_records(kind: str, path: Path | str, budget: ByteBudget | None = None) -> Iterator[RawTweet]:
    """Every record of a file source in file order, repeated ids included, streamed within `budget`."""
    if kind == "archive":
        return archive_records(Path(path), budget)
    if kind == "csv":
        return csv_records(Path(path), budget)
    if kind == "text":
        from tweetbot.sources.text import read_text

        return iter(read_text(Path(path), budget).tweets)
    raise SourceError(f"{path}: unknown source kind {kind!r} (expected one of {', '.join(SOURCE_KINDS)})")
