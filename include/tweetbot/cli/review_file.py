"""`tweetbot queue export|import`: pending tweets out to a file any editor opens, decisions back in."""
from __future__ import annotations

import argparse

from tweetbot.cli.bots import account_args
from tweetbot.cli.common import by, open_store, read_text
from tweetbot.store import TweetStatus


def cmd_queue_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tweetbot.review_file import export_text
    from tweetbot.store import queue

    path = Path(args.file)
    if path.exists() and not args.force:
        raise ValueError(f"{path} exists; a review file may hold unsaved decisions (use --force)")
    rows = queue.list_tweets(open_store(args), account=args.account, status=TweetStatus.PENDING.value,
                             sort="predicted")
    path.write_text(export_text(rows, account=args.account), encoding="utf-8")
    print(f"exported {len(rows)} pending tweets to {path}; edit it, then: "
          f"tweetbot queue import {path} --dry-run")
    return 0


def cmd_queue_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tweetbot import review_file
    from tweetbot.store import queue

    path = Path(args.file)
    parsed = review_file.parse(read_text(str(path))[0], str(path))
    store = open_store(args)
    actions = review_file.plan(parsed, queue.list_tweets(store, ids=parsed.all_ids), account=args.account)
    print(review_file.format_plan(actions))
    if args.dry_run:
        print("dry run: nothing was changed")
        return 0
    summary = review_file.apply(store, actions, by=f"{by()} (review file {path.name})")
    print(summary)
    return 0


def register(q: argparse._SubParsersAction) -> None:
    """Add `export` and `import` to the `queue` group's subcommands."""
    qx = q.add_parser("export", help="write pending tweets to a review file to edit in any editor, the best "
                      "predicted engagement first")
    qx.add_argument("file", metavar="FILE")
    account_args(qx, required=False, help="only this account's tweets (default: all)")
    qx.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    qx.set_defaults(func=cmd_queue_export)

    qi = q.add_parser("import", help="apply an edited review file: kept → approved, edited → "
                      "edited + approved, deleted → rejected")
    qi.add_argument("file", metavar="FILE")
    qi.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")
    account_args(qi, required=False, help="refuse the file if it holds tweets of another account")
    qi.set_defaults(func=cmd_queue_import)
