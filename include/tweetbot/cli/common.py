"""What the commands share: the store (found the way the DAGs find it), who acts, argument types."""
from __future__ import annotations

import argparse
import getpass
import os
from types import ModuleType

from tweetbot import config
from tweetbot.store import Store, connect, upgrade


def by() -> str:
    """Who made a change, for the store's event log: the user at this terminal."""
    return f"cli:{getpass.getuser()}"


def store_url(args: argparse.Namespace) -> str:
    """--db-url, else TWEETBOT_DB_URL, else the `tweetbot_db` connection as the DAGs see it (Airflow's
    secrets backend, AIRFLOW_CONN_TWEETBOT_DB, its metadata database), else the SQLite default."""
    if args.db_url or os.environ.get("TWEETBOT_DB_URL"):
        return args.db_url or os.environ["TWEETBOT_DB_URL"]
    hooks = airflow_hooks()
    if hooks is None:  # a tweetbot installed without Airflow
        if os.environ.get("AIRFLOW_CONN_TWEETBOT_DB"):
            raise ValueError("AIRFLOW_CONN_TWEETBOT_DB is set, but Airflow, which reads it, is not installed "
                             "here: give the store's SQLAlchemy URL with --db-url or TWEETBOT_DB_URL")
        return config.default_store_url()
    return hooks.TweetStoreHook(outside_airflow=True).get_url()


def read_text(path: str) -> tuple[str, str]:
    """(text, its name for messages) of FILE or '-' (stdin), decoded as UTF-8 by the text gate, so a
    Latin-1 file is refused with its name and line rather than a bare codec error."""
    import sys
    from pathlib import Path

    from tweetbot.textgate import decode_utf8

    if path == "-":
        return decode_utf8(sys.stdin.buffer.read(), "stdin"), "stdin"
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_utf8(data, path), path


def open_store(args: argparse.Namespace) -> Store:
    """The store commands work on, migrated to the newest schema."""
    store = connect(store_url(args))
    upgrade(store)  # cheap when current; the CLI must work on a fresh machine
    return store


def airflow_hooks() -> ModuleType | None:
    """`tweetbot.airflow.hooks`, or None where tweetbot is installed without Airflow."""
    try:
        from tweetbot.airflow import hooks
    except ModuleNotFoundError as exc:
        if exc.name != "airflow" and not (exc.name or "").startswith("airflow."):
            raise
        return None
    return hooks


def x_hook(conn_id: str):
    """The X connection's hook (`XHook`: no connection means a dry run); X's keys live in Airflow."""
    hooks = airflow_hooks()
    if hooks is None:
        raise ValueError(f"X's keys come from the Airflow connection {conn_id!r}, and Airflow is not "
                         "installed here")
    return hooks.XHook(x_conn_id=conn_id, outside_airflow=True)


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, not {value}")
    return number
