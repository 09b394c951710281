"""`tweetbot db upgrade`: migrate the store to the newest schema."""
from __future__ import annotations

import argparse

from tweetbot.cli.common import store_url
from tweetbot.store import connect, upgrade
from tweetbot.store.db import redact


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    store = connect(store_url(args))
    print(f"{redact(store.url)} at revision {upgrade(store)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="the store's schema").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="migrate the store to the newest schema").set_defaults(func=cmd_db_upgrade)
