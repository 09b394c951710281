"""`tweetbot post`: what the hourly `tweetbot_post` DAG does, from a terminal."""
from __future__ import annotations

import argparse
from datetime import timedelta

from tweetbot.cli.bots import account_args, post_defaults
from tweetbot.cli.common import by, open_store, x_hook
from tweetbot.cli.output import print_json


def cmd_post(args: argparse.Namespace) -> int:
    """The post DAG's task from a terminal: reconcile, then post up to --max-posts approved tweets."""
    from tweetbot.bots.guard import posting_problem
    from tweetbot.posting import PostingPolicy, post_approved

    problem = posting_problem(args.account, args.x_conn_id)
    if problem:  # a bot's tweets never go out through x_default or another bot's connection
        raise ValueError(problem)
    client = None
    if not args.dry_run:
        client = x_hook(args.x_conn_id).get_client()
        if client is None:
            print(f"no {args.x_conn_id!r} connection: dry run")
    policy = PostingPolicy(max_posts=args.max_posts, daily_cap=args.daily_cap,
                           quiet_start=args.quiet_start, quiet_end=args.quiet_end, timezone=args.timezone,
                           min_interval_hours=args.min_interval_hours, thread=args.thread)
    report = post_approved(open_store(args), client, account=args.account, policy=policy, by=by(),
                           log=print, reconcile_after=timedelta(seconds=args.reconcile_after))
    if args.json:
        print_json(report.as_dict())
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    po = sub.add_parser("post", help="post approved tweets to X now (what tweetbot_post does hourly)")
    account_args(po, required=False, help="only this account's tweets (default: any)",
                 bot_defaults=post_defaults)
    po.add_argument("--max-posts", type=int, default=1)
    po.add_argument("--daily-cap", type=int, default=17, help="posts in any 24 h (X free tier: 17)")
    po.add_argument("--quiet-start", help="HH:MM local time")
    po.add_argument("--quiet-end", help="HH:MM local time")
    po.add_argument("--timezone", default="UTC")
    po.add_argument("--dry-run", action="store_true", help="log what would be posted, send nothing")
    po.add_argument("--min-interval-hours", type=float, default=0, help="at least this long between posts")
    po.add_argument("--thread", choices=["chapter", "continue"], default="chapter",
                    help="story tweets reply within their chapter, or continue one thread")
    po.add_argument("--x-conn-id", default="x_default", help="Airflow connection with the X keys")
    po.add_argument("--reconcile-after", type=float, default=90, metavar="SECONDS",
                    help="settle tweets left in 'posting' longer than this (default 90 s: longer than "
                    "a live post takes; 0 when no other poster can be running)")
    po.add_argument("--json", action="store_true")
    po.set_defaults(func=cmd_post, x_error_note="the tweet stays in the queue")
