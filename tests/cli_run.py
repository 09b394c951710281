"""Run the `tweetbot` CLI inside the test process, as a terminal would see it.

`python -m tweetbot.cli …` in a child costs an interpreter start and a fresh import of the store and
its migrations (about a second of CPU each, dozens of times a session). `run_cli` calls
`tweetbot.cli.main` instead, with what a child would have had: its own stdin, stdout and stderr, the
environment changes it was given, logging configured by the CLI itself (so `-v` logs reach stderr),
argparse's `SystemExit` and an uncaught exception turned into an exit code and a traceback on stderr,
and every store engine it opened disposed afterwards (a child's connections end with it). Only the
process boundary is gone: tests of what only a process shows (signals, SIGKILL, a fresh environment,
`python -m`) start one, with `subprocess`.
"""
from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """What `subprocess.run(..., capture_output=True, text=True)` would have given."""

    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def _fresh_logging() -> Iterator[None]:
    """A root logger without pytest's handlers, so the CLI's `logging.basicConfig` takes effect (and
    writes to the captured stderr); the test process's logging is put back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in ("alembic",)}
    root.handlers = []
    try:
        yield
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers = handlers
        root.setLevel(level)
        for name, was in levels.items():
            logging.getLogger(name).setLevel(was)


@contextlib.contextmanager
def _engines_disposed() -> Iterator[None]:
    """Dispose every engine the command opened through `tweetbot.store.connect`."""
    from tweetbot.store import db

    opened = []
    real = db.create_engine

    def recording(*args, **kwargs):
        engine = real(*args, **kwargs)
        opened.append(engine)
        return engine

    db.create_engine = recording
    try:
        yield
    finally:
        db.create_engine = real
        for engine in opened:
            engine.dispose()


def run_cli(args: Sequence[str], *, db_url: str | None = None, input: str | bytes | None = None,
            env: Mapping[str, str | None] | None = None) -> Result:
    """`tweetbot [--db-url DB_URL] ARGS…` in this process; `input` is its stdin (text as UTF-8, or the
    bytes themselves), `env` changes its environment for the call (None removes a variable)."""
    from tweetbot.cli import main

    argv = [*(["--db-url", db_url] if db_url else []), *args]
    data = input.encode("utf-8") if isinstance(input, str) else input or b""
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = stdin
    try:
        with (_environment(env or {}), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err),
              _fresh_logging(), _engines_disposed()):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse's usage errors and --help
                code = exc.code
            except Exception:  # noqa: BLE001 - what the interpreter would print, and its exit code
                traceback.print_exc()
                code = 1
    finally:
        sys.stdin = old_stdin
    if code is None:
        code = 0
    elif not isinstance(code, int):
        err.write(f"{code}\n")
        code = 1
    return Result(code, out.getvalue(), err.getvalue())
