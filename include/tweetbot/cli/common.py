"""What the commands share: the store (found the way the DAGs find it), who acts, argument types."""
from __future__ import annotations

import argparse
import getpass

from tweetbot.store import Store, connect, upgrade


def by() -> str:
    """Who made a change, for the store's event log: the user at this terminal."""
    return f"cli:{getpass.getuser()}"


def store_url(args: argparse.Namespace) -> str | None:
    """Explicit --db-url, env, the Airflow connection `tweetbot_db` if Airflow is here, else SQLite."""
    return args.db_url or _store_url_from_airflow()


def open_store(args: argparse.Namespace) -> Store:
    """The store commands work on, migrated to the newest schema."""
    store = connect(store_url(args))
    upgrade(store)  # cheap when current; the CLI must work on a fresh machine
    return store


def _store_url_from_airflow() -> str | None:
    import os

    if os.environ.get("TWEETBOT_DB_URL") or os.environ.get("AIRFLOW_CONN_TWEETBOT_DB"):
        return None  # resolve_url reads these without importing Airflow
    try:
        from tweetbot.airflow.hooks import TweetStoreHook
    except ImportError:
        return None
    try:
        return TweetStoreHook().get_url()
    except Exception:  # noqa: BLE001 - no metadata DB yet: the embedded default is right
        return None


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, not {value}")
    return number
