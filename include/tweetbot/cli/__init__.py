"""`tweetbot`: the weekly chain's steps and the store, from a terminal (the same core the DAGs call).

Each command group is a module here with a `register(subparsers)` that adds its commands, each
command a `cmd_*(args) -> exit code`. A new group is one module plus its name in `GROUPS`.
Exit codes: 0 done, 2 bad input or a refused change (the message says which), 3 X refused or failed.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

DESCRIPTION = ("`tweetbot`: the weekly chain's steps and the store, from a terminal (the same core the DAGs "
               "call).")

#: Command groups (modules of this package), in the order `tweetbot --help` lists them.
GROUPS = (
    "db",  # db upgrade
    "sources",  # import, source list
    "model",  # train, model list|promote|rollback|evaluate, generate
    "staging",  # stage, filter
    "queue",  # queue list|approve|reject|edit|export|import
    "posting",  # post
    "engagement",  # rank, engagement evaluate
    "metrics",  # metrics fetch|report
    "bots",  # bots list|validate|show (and --bot, beside --account everywhere)
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tweetbot", description=DESCRIPTION)
    parser.add_argument("--db-url", help="SQLAlchemy URL of the store (default: $TWEETBOT_DB_URL, else "
                        "Airflow's connection tweetbot_db, else SQLite under AIRFLOW_HOME)")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    for group in GROUPS:
        importlib.import_module(f"{__name__}.{group}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not args.verbose:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    from tweetbot.artifacts import ArtifactError
    from tweetbot.model.runner import ModelError
    from tweetbot.x.client import XError

    try:
        from tweetbot.cli.bots import apply_bot

        args = apply_bot(parser, argv, args)  # --bot NAME: the bot's account and settings
        return args.func(args)
    except (ValueError, FileNotFoundError, ModelError, ArtifactError) as exc:  # SourceError, QueueError, …
        print(f"tweetbot: error: {exc}", file=sys.stderr)
        return 2
    except XError as exc:  # a command may say what it means for its data (`x_error_note`)
        note = getattr(args, "x_error_note", "")
        print(f"tweetbot: X answered: {exc} ({type(exc).__name__}){'; ' + note if note else ''}", file=sys.stderr)
        return 3
