"""`tweetbot stage` (a generated batch into the review queue) and `tweetbot filter` (what it would drop)."""
from __future__ import annotations

import argparse
import sys

from tweetbot.cli.bots import account_args, filter_defaults
from tweetbot.cli.common import by, open_store, read_text
from tweetbot.cli.output import print_json, print_table


def cmd_stage(args: argparse.Namespace) -> int:
    from tweetbot.pipeline import stage

    store = open_store(args)
    story = None
    if args.chapter is not None:
        from tweetbot.store.queue import batch_account

        story = (batch_account(store, args.batch), args.chapter)
    stage(store, batch_id=args.batch, by=by(), log=print, options=filter_options(args), story=story)
    return 0


def filter_options(args: argparse.Namespace):
    from tweetbot.curation.staging import FilterOptions

    return FilterOptions(mentions=args.mentions, links_allowed=args.allow_links,
                         blocklist_path=args.blocklist)


def cmd_filter(args: argparse.Namespace) -> int:
    """The staging filters on a file of candidates, against the store, changing nothing."""
    from collections import Counter

    from tweetbot.pipeline import check_candidates
    from tweetbot.store.sources import count_source_tweets

    text, _ = read_text(args.file)
    lines = [line for line in text.splitlines() if line.strip()]
    store = open_store(args)
    if not count_source_tweets(store, args.account):
        print(f"tweetbot: warning: account {args.account!r} has no source tweets: nothing to check "
              "copies against", file=sys.stderr)
    verdicts = check_candidates(store, account=args.account, texts=lines, options=filter_options(args))
    if args.json:
        print_json(verdicts)
        return 0
    print_table([{**v, "verdict": "kept" if v["kept"] else "drop"} for v in verdicts],
                ["verdict", "reason", "detail", "clean_text"])
    dropped = Counter(v["reason"] for v in verdicts if not v["kept"])
    reasons = ", ".join(f"{n} {r}" for r, n in sorted(dropped.items())) or "none"
    print(f"{len(verdicts)} candidates: {len(verdicts) - sum(dropped.values())} kept, "
          f"{sum(dropped.values())} dropped ({reasons}); nothing was changed")
    return 0


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mentions", choices=["strip", "reject", "allow"], default="strip",
                        help="@handles in candidates: remove them (default), drop the candidate, keep them")
    parser.add_argument("--allow-links", action="store_true", help="keep candidates with links")
    parser.add_argument("--blocklist", metavar="FILE",
                        help="extra blocked words, one a line ('!word' unblocks one of the default list)")


def register(sub: argparse._SubParsersAction) -> None:
    st = sub.add_parser("stage", help="filter a generated batch into the review queue")
    st.add_argument("--batch", required=True)
    st.add_argument("--chapter", type=int, help="story bot: queue the batch as this chapter, in order")
    add_filter_arguments(st)
    st.set_defaults(func=cmd_stage)

    fi = sub.add_parser("filter", help="show what staging would drop from a file of candidates, one per "
                        "line, and why (changes nothing)")
    fi.add_argument("file", metavar="FILE", help="candidate tweets, one per line ('-': stdin)")
    account_args(fi, required=True, help="whose source tweets and queue to check against",
                 bot_defaults=filter_defaults)
    fi.add_argument("--json", action="store_true", help="an array of {text, kept, reason, detail, clean_text}")
    add_filter_arguments(fi)
    fi.set_defaults(func=cmd_filter)
