"""`tweetbot queue list|approve|reject|edit` (and the review file's `export|import`, in `review_file`)."""
from __future__ import annotations

import argparse
from collections.abc import Sequence

from tweetbot.cli import review_file
from tweetbot.cli.bots import account_args
from tweetbot.cli.common import by, open_store, read_text
from tweetbot.cli.output import fmt, print_json, print_table
from tweetbot.store import TweetStatus


def cmd_queue_list(args: argparse.Namespace) -> int:
    from tweetbot.store.queue import list_tweets

    store = open_store(args)
    rows = list_tweets(store, account=args.account, status=args.status, limit=args.limit, sort=args.sort)
    if args.json:
        from tweetbot.store.metrics import with_latest

        print_json([{**{k: r[k] for k in ("id", "account", "status", "text", "original_text",
                                           "created_at", "created_by", "decided_at", "decided_by",
                                           "model_run_id", "posted_at", "x_tweet_id", "x_url",
                                           "dry_run", "predicted_percentile", "predicted_note")},
                     **r.get("engagement", {})} for r in with_latest(store, rows)])
    elif args.sort == "predicted":
        print_table([{**r, "predicted": fmt(r["predicted_percentile"], ".0f") or "-"} for r in rows],
                    ["id", "status", "predicted", "text"])
        _why_no_number(rows)
    else:
        print_table(rows, ["id", "status", "created_at", "text"])
    return 0


def _why_no_number(rows: Sequence[dict]) -> None:
    """Under the table, once per reason: why tweets have no predicted percentile."""
    from collections import Counter

    reasons = Counter(r["predicted_note"] or "staged before the engagement ranker existed"
                      for r in rows if r["predicted_percentile"] is None)
    for reason, n in reasons.most_common():
        print(f"no predicted percentile for {n} tweet{'s' if n != 1 else ''}: {reason}")


def _unique_ids(ids: Sequence[int]) -> list[int]:
    """`approve 3 3` means 3 once (the store would see the second move as a concurrent change)."""
    return list(dict.fromkeys(ids))


def _decide(args: argparse.Namespace, to: TweetStatus) -> int:
    """approve/reject: refuse tweets a poster holds, then one all-or-nothing store transition."""
    from tweetbot.store import queue

    store = open_store(args)
    ids = _unique_ids(args.ids)
    before = {r["id"]: r["status"] for r in queue.list_tweets(store, ids=ids)}
    posting = [i for i in ids if before.get(i) == TweetStatus.POSTING.value]
    if posting:  # the store allows posting → approved (the poster's retry); a person must not
        raise queue.QueueError(f"tweet {', '.join(map(str, posting))} is being posted right now; "
                               "wait for it to finish")
    if to == TweetStatus.APPROVED:
        after = queue.approve(store, ids, by=by())
    else:
        after = queue.reject(store, ids, by=by(), note=args.note)
    status = {r["id"]: r["status"] for r in after}
    for tweet_id in ids:
        same = " (no change)" if before[tweet_id] == status[tweet_id] else ""
        print(f"#{tweet_id} {before[tweet_id]} → {status[tweet_id]}{same}")
    return 0


def cmd_queue_approve(args: argparse.Namespace) -> int:
    return _decide(args, TweetStatus.APPROVED)


def cmd_queue_reject(args: argparse.Namespace) -> int:
    return _decide(args, TweetStatus.REJECTED)


def cmd_queue_edit(args: argparse.Namespace) -> int:
    from tweetbot.curation.text import MAX_WEIGHTED_LENGTH, weighted_length
    from tweetbot.review_file import one_line
    from tweetbot.store import queue

    store = open_store(args)
    text, where = read_text("-") if args.text == "-" else (args.text, "--text")
    old = queue.list_tweets(store, ids=[args.id])
    row = queue.edit_text(store, args.id, text, by=by(), expected_version=args.expected_version, where=where)
    old_text = old[0]["text"] if old else row["text"]
    if old_text == row["text"]:
        print(f"#{row['id']} unchanged (version {row['version']})")
        return 0
    print(f"#{row['id']} ({row['status']}, version {row['version']}): "
          f"{one_line(old_text)!r} → {one_line(row['text'])!r}")
    print(f"{weighted_length(row['text'])}/{MAX_WEIGHTED_LENGTH} weighted characters")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    q = sub.add_parser("queue", help="the tweet queue").add_subparsers(dest="queue_command", required=True)
    ql = q.add_parser("list", help="list queued tweets in queue order")
    ql.add_argument("--status", choices=[s.value for s in TweetStatus])
    account_args(ql, required=False, help="only this account's tweets")
    ql.add_argument("--limit", type=int)
    ql.add_argument("--sort", choices=["queue", "predicted"], default="queue",
                    help="queue order (default), or the best predicted engagement first (see `tweetbot rank`)")
    ql.add_argument("--json", action="store_true")
    ql.set_defaults(func=cmd_queue_list)

    qa = q.add_parser("approve", help="approve tweets (all or none)")
    qa.add_argument("ids", nargs="+", type=int, metavar="ID")
    qa.set_defaults(func=cmd_queue_approve)

    qr = q.add_parser("reject", help="reject tweets (all or none)")
    qr.add_argument("ids", nargs="+", type=int, metavar="ID")
    qr.add_argument("--note", help="why (kept in the tweet's event log)")
    qr.set_defaults(func=cmd_queue_reject)

    qe = q.add_parser("edit", help="change a tweet's text (the model's original is kept)")
    qe.add_argument("id", type=int, metavar="ID")
    qe.add_argument("--text", required=True, help="the new text; '-' reads it from stdin")
    qe.add_argument("--expected-version", type=int, metavar="N",
                    help="refuse if the tweet is no longer at this version (someone else changed it)")
    qe.set_defaults(func=cmd_queue_edit)

    review_file.register(q)
