"""`tweetbot metrics fetch|report`: posted tweets' engagement from X, and the weekly engagement report."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tweetbot.cli.bots import account_args
from tweetbot.cli.common import open_store, x_hook
from tweetbot.cli.output import print_json


def _conn_defaults(bot) -> dict:
    return {"x_conn_id": bot.x_conn_id}


def cmd_metrics_fetch(args: argparse.Namespace) -> int:
    """What `tweetbot_metrics` does, once: fetch and store the metrics of the recent posts."""
    from tweetbot.bots.guard import posting_problem
    from tweetbot.pipeline.metrics import MetricsForbidden, fetch_metrics
    from tweetbot.x.client import XRateLimited

    problem = posting_problem(args.account, args.x_conn_id)
    if problem:  # a bot's tweets are read only through its own connection
        raise ValueError(problem)
    client = x_hook(args.x_conn_id).get_client()
    if client is None:
        raise ValueError(f"no {args.x_conn_id!r} connection: posts were dry runs, there is nothing to measure")
    try:
        report = fetch_metrics(open_store(args), client, account=args.account, days=args.days, log=print)
    except XRateLimited as exc:  # what was fetched is stored; a rerun asks only for the rest
        stored = getattr(exc, "report", None)
        print(f"tweetbot: X rate limit until {exc.reset_at:%Y-%m-%d %H:%M:%S} UTC; "
              f"{stored.measured if stored else 0:,} tweets measured so far. Run the same command again after "
              "that time: it asks only for the rest.", file=sys.stderr)
        return 3
    except MetricsForbidden as exc:
        print(f"tweetbot: {exc}", file=sys.stderr)
        return 3
    if args.json:
        print_json(report.as_dict())
    return 0


def cmd_metrics_report(args: argparse.Namespace) -> int:
    """The weekly engagement report of one account: its table (or --json), and --png where asked."""
    from tweetbot.engagement.report import build, write_png

    report = build(open_store(args), args.account)
    if args.png:
        write_png(report, Path(args.png))
    if args.json:
        print_json(report.as_dict())
    else:
        print(report.table())
        if args.png:
            print(f"wrote {args.png}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    metrics = sub.add_parser("metrics", help="posted tweets' engagement: fetch from X, report").add_subparsers(
        dest="metrics_command", required=True)
    fetch = metrics.add_parser("fetch", help="fetch the metrics of the tweets posted in the last --days "
                                             "(what tweetbot_metrics does daily; needs a paid X API tier)")
    account_args(fetch, required=False, help="only this account's tweets (default: every account)",
                 bot_defaults=_conn_defaults)
    fetch.add_argument("--days", type=float, default=30, help="posted in the last this many days (default 30)")
    fetch.add_argument("--x-conn-id", default="x_default", help="Airflow connection with the X keys")
    fetch.add_argument("--json", action="store_true", help="print the report as JSON")
    fetch.set_defaults(func=cmd_metrics_fetch)
    report = metrics.add_parser("report", help="how the posted tweets did: by model run, predicted vs actual, "
                                               "the ranker's Spearman over time")
    account_args(report, required=True, help="whose posted tweets")
    report.add_argument("--png", metavar="PATH", help="also write the report's picture (engagement.png) here")
    report.add_argument("--json", action="store_true")
    report.set_defaults(func=cmd_metrics_report)
