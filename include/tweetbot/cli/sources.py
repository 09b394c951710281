"""`tweetbot import` and `tweetbot source list`: tweets into the source table, and back out."""
from __future__ import annotations

import argparse
import sys

from tweetbot.cli.bots import account_args, import_defaults
from tweetbot.cli.common import by, open_store, positive_int, x_hook
from tweetbot.cli.output import print_json, print_table


def cmd_import(args: argparse.Namespace) -> int:
    from tweetbot.pipeline import import_source
    from tweetbot.sources import ImportOptions
    from tweetbot.x.client import XRateLimited

    options = ImportOptions(
        drop_retweets=not args.keep_retweets, drop_replies=not args.keep_replies,
        links=args.links, unescape_html=not args.keep_html_entities,
    )
    if not args.source or not args.path:
        raise ValueError("import needs --source KIND and PATH (or --bot NAME: the bot's source)")
    x_client = None
    if args.source == "x-api":
        from tweetbot.bots.guard import posting_problem

        problem = posting_problem(args.account, args.x_conn_id)
        if problem:  # a bot reads X only through its own connection
            raise ValueError(problem)
        x_client = x_hook(args.x_conn_id).get_client()
    try:
        report = import_source(open_store(args), account=args.account, kind=args.source, path=args.path,
                               options=options, by=by(), log=print, limit=args.limit, since=args.since,
                               x_client=x_client, twint_base_url=args.twint_base_url)
    except XRateLimited as exc:  # the pages before it are stored; a rerun resumes after them
        stored = getattr(exc, "report", None)
        print(f"tweetbot: X rate limit until {exc.reset_at:%Y-%m-%d %H:%M:%S} UTC; "
              f"{stored.new if stored else 0:,} new tweets stored so far. Run the same command again "
              "after that time: it continues where it stopped.", file=sys.stderr)
        if args.json and stored is not None:
            print_json(stored.as_dict())
        return 3
    if args.json:
        print_json(report.as_dict())
    return 0


def cmd_source_list(args: argparse.Namespace) -> int:
    from tweetbot.store.sources import list_source_tweets

    rows = list_source_tweets(open_store(args), args.account, limit=args.limit)
    if args.json:
        print_json([{k: r[k] for k in ("tweet_id", "created_at", "text", "is_retweet", "is_reply",
                                        "lang", "source_kind", "source_ref", "likes", "retweets", "replies",
                                        "quotes")} for r in rows])
    else:
        print_table(rows, ["tweet_id", "created_at", "text"])
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help="import tweets (a file, X's API, twint, a book) into the source table")
    imp.add_argument("--source", choices=["archive", "csv", "x-api", "twint", "text"],
                     help="archive: X's archive export; csv: id,created_at,text or twint's CSV; x-api: "
                          "an account's timeline (paid API tier); twint: scrape (X closed its route); "
                          "text: a UTF-8 text file or Project Gutenberg book")
    imp.add_argument("path", nargs="?", help="tweets.js / an archive folder / a CSV / a text file, "
                                             "or the X USERNAME for x-api and twint (with --bot: its source)")
    account_args(imp, required=True, help="the bot/account these tweets train", bot_defaults=import_defaults)
    imp.add_argument("--keep-retweets", action="store_true")
    imp.add_argument("--exclude-retweets", dest="keep_retweets", action="store_false",
                     help="skip retweets (the default; x-api asks X not to send them)")
    imp.add_argument("--keep-replies", action="store_true")
    imp.add_argument("--exclude-replies", dest="keep_replies", action="store_false",
                     help="skip replies (the default; x-api asks X not to send them)")
    imp.add_argument("--limit", type=positive_int, metavar="N",
                     help="x-api/twint: at most N of the newest tweets (x-api: X serves ~3,200 at most)")
    imp.add_argument("--since", metavar="DATE|ID",
                     help="x-api/twint: only tweets after this date (2024-05-01) or tweet id "
                          "(default: after the newest one already imported)")
    imp.add_argument("--x-conn-id", default="x_default", help="x-api: the Airflow connection with the X keys")
    imp.add_argument("--twint-base-url", help="twint: the route twint scrapes (default: "
                                              "$TWEETBOT_TWINT_BASE_URL, else https://twitter.com/i)")
    imp.add_argument("--links", choices=["expand", "strip", "keep"], default="expand")
    imp.add_argument("--keep-html-entities", action="store_true")
    imp.add_argument("--json", action="store_true", help="print the import report as JSON")
    imp.set_defaults(func=cmd_import)

    src = sub.add_parser("source", help="imported source tweets").add_subparsers(dest="source_command", required=True)
    sl = src.add_parser("list", help="list an account's imported tweets, oldest first")
    account_args(sl, required=True, help="whose tweets")
    sl.add_argument("--limit", type=int)
    sl.add_argument("--json", action="store_true")
    sl.set_defaults(func=cmd_source_list)
