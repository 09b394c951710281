"""`tweetbot`: the weekly chain's steps and the store, from a terminal (the same core the DAGs call)."""
from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from tweetbot.store import TweetStatus, connect, upgrade
from tweetbot.store.db import Store, redact, resolve_url


def _table_width() -> int:
    import shutil

    return max(80, shutil.get_terminal_size((120, 24)).columns)


def _by() -> str:
    return f"cli:{getpass.getuser()}"


def _store(args: argparse.Namespace) -> Store:
    """Explicit --db-url, env, the Airflow connection `tweetbot_db` if Airflow is here, else SQLite."""
    url = args.db_url or _url_from_airflow_connection()
    store = connect(resolve_url(url))
    upgrade(store)  # cheap when current; the CLI must work on a fresh machine
    return store


def _url_from_airflow_connection() -> str | None:
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


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value))


def _print_json(rows: Any) -> None:
    json.dump(rows, sys.stdout, default=_json_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_table(rows: Sequence[dict], columns: Sequence[str]) -> None:
    """A plain aligned table; the last column (text) is cut to the terminal's usual width."""
    if not rows:
        print("(none)")
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns[:-1])]
    room = max(20, _table_width() - sum(widths) - 2 * len(widths))
    print("  ".join(c.upper().ljust(w) for c, w in zip(columns, [*widths, 0], strict=True)).rstrip())
    for row in cells:
        text = row[-1] if len(row[-1]) <= room else row[-1][: room - 1] + "…"
        print("  ".join(v.ljust(w) for v, w in zip(row[:-1], widths, strict=True)) + "  " + text)


def _cell(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else " ".join(str(value).split())


# ---------------------------------------------------------------- commands


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    store = connect(resolve_url(args.db_url or _url_from_airflow_connection()))
    print(f"{redact(store.url)} at revision {upgrade(store)}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from tweetbot.pipeline import import_source
    from tweetbot.sources import ImportOptions
    from tweetbot.x.client import XError, XRateLimited

    options = ImportOptions(
        drop_retweets=not args.keep_retweets, drop_replies=not args.keep_replies,
        links=args.links, unescape_html=not args.keep_html_entities,
    )
    x_client = None
    if args.source == "x-api":
        from tweetbot.airflow.hooks import XHook

        x_client = XHook(x_conn_id=args.x_conn_id).get_client()
    try:
        report = import_source(_store(args), account=args.account, kind=args.source, path=args.path,
                               options=options, by=_by(), log=print, limit=args.limit, since=args.since,
                               x_client=x_client, twint_base_url=args.twint_base_url)
    except XRateLimited as exc:  # the pages before it are stored; a rerun resumes after them
        stored = getattr(exc, "report", None)
        print(f"tweetbot: X rate limit until {exc.reset_at:%Y-%m-%d %H:%M:%S} UTC; "
              f"{stored.new if stored else 0:,} new tweets stored so far. Run the same command again "
              "after that time: it continues where it stopped.", file=sys.stderr)
        if args.json and stored is not None:
            _print_json(stored.as_dict())
        return 3
    except XError as exc:
        print(f"tweetbot: X answered: {exc} ({type(exc).__name__})", file=sys.stderr)
        return 3
    if args.json:
        _print_json(report.as_dict())
    return 0


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, not {value}")
    return number


def cmd_source_list(args: argparse.Namespace) -> int:
    from tweetbot.store.sources import list_source_tweets

    rows = list_source_tweets(_store(args), args.account, limit=args.limit)
    if args.json:
        _print_json([{k: r[k] for k in ("tweet_id", "created_at", "text", "is_retweet", "is_reply",
                                         "lang", "source_kind", "source_ref")} for r in rows])
    else:
        _print_table(rows, ["tweet_id", "created_at", "text"])
    return 0


def _backend_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backend", choices=["gpt2simple", "torch"],
                        help="model backend (default: TWEETBOT_MODEL_BACKEND, else gpt2simple); both read and "
                             "write the same checkpoints")


def _torch_options(args: argparse.Namespace) -> dict:
    """The train command's torch-only knobs, as spec keys (absent = the backend's default)."""
    options: dict = {}
    if args.micro_batch:
        options["micro_batch"] = args.micro_batch
    if args.compile != "auto":
        options["compile"] = args.compile == "on"
    if args.device:
        options["device"] = args.device
    return options


def cmd_train(args: argparse.Namespace) -> int:
    """Train, then evaluate on the held-out tweets: the run serves only if it beats the serving one."""
    from tweetbot.pipeline import evaluate_and_promote, train

    store = _store(args)
    run = train(store, account=args.account, base_model=args.model, steps=args.steps,
                learning_rate=args.learning_rate, batch_size=args.batch_size, by=_by(), log=print,
                backend=args.backend, options=_torch_options(args), accumulate=args.accumulate)
    print(f"model run {run['id']}: {run['status']}, loss {run['final_loss']:.3f}")
    decision = evaluate_and_promote(store, run_id=run["id"], by=_by(), log=print, backend=args.backend)
    print(f"{'promoted' if decision['promoted'] else 'not promoted'}; serving: {decision['serving_run_id']}")
    return 0


# ---------------------------------------------------------------- model lifecycle


def _fmt(value: Any, spec: str) -> str | None:
    return None if value is None else format(value, spec)


def cmd_model_list(args: argparse.Namespace) -> int:
    from tweetbot.store import runs

    store = _store(args)
    serving = runs.serving_ids(store)
    rows = []
    for r in runs.list_runs(store, args.account):
        report = r["report"] or {}
        rows.append({
            "id": r["id"], "account": r["account"], "status": r["status"], "base_model": r["base_model"],
            "steps": r["steps"], "train_loss": r["final_loss"], "val_loss": r["val_loss"],
            "val_perplexity": r["val_perplexity"], "val_bits_per_byte": report.get("val_bits_per_byte"),
            "serving_val_loss": r["serving_val_loss"], "compared_with": r["serving_run_id"],
            "promoted": r["promoted"], "serving": serving.get(r["account"]) == r["id"],
            "note": r["promotion_note"] or r["error"], "artifact_url": r["artifact_url"],
            "started_at": r["started_at"], "finished_at": r["finished_at"], "report": r["report"],
        })
    if args.json:
        _print_json(rows)
        return 0
    _print_table([{
        "serving": "*" if row["serving"] else "", "run": row["id"], "status": row["status"],
        "base": row["base_model"], "steps": row["steps"], "train_loss": _fmt(row["train_loss"], ".3f"),
        "val_loss": _fmt(row["val_loss"], ".3f"), "ppl": _fmt(row["val_perplexity"], ",.1f"),
        "bits/byte": _fmt(row["val_bits_per_byte"], ".4f"),
        "promoted": {True: "yes", False: "no", None: ""}[row["promoted"]], "note": row["note"],
    } for row in rows], ["serving", "run", "status", "base", "steps", "train_loss", "val_loss", "ppl",
                         "bits/byte", "promoted", "note"])
    return 0


def cmd_model_promote(args: argparse.Namespace) -> int:
    from tweetbot.store import runs

    store = _store(args)
    reason = f"promoted by hand: {args.reason or 'no reason given'}"
    changed = runs.promote(store, args.run, by=_by(), reason=reason)
    run = runs.get_run(store, args.run)
    print(f"{run['account']}: {args.run} {'now serves' if changed else 'already serves (no change)'}")
    return 0


def cmd_model_rollback(args: argparse.Namespace) -> int:
    from tweetbot.store import runs

    store = _store(args)
    before = runs.serving_run_id(store, args.account)
    run = runs.rollback(store, args.account, by=_by())
    print(f"{args.account}: rolled back from {before} to {run['id']}")
    return 0


def cmd_model_evaluate(args: argparse.Namespace) -> int:
    from tweetbot.pipeline import evaluate_and_promote

    decision = evaluate_and_promote(_store(args), run_id=args.run, by=_by(), log=print, backend=args.backend)
    print(f"{'promoted' if decision['promoted'] else 'not promoted'}; serving: {decision['serving_run_id']}")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from tweetbot.pipeline import generate, generate_chapter

    if args.story:
        batch = generate_chapter(_store(args), account=args.account, run_id=args.run, n_tweets=args.count,
                                 opening=args.opening, temperature=args.temperature, top_k=args.top_k,
                                 top_p=args.top_p, by=_by(), log=print, backend=args.backend)
        print(f"batch {batch['batch_id']}: chapter {batch['chapter']}, {batch['count']} tweets "
              f"(stage with: tweetbot stage --batch {batch['batch_id']} --chapter {batch['chapter']})")
        return 0
    batch = generate(_store(args), account=args.account, run_id=args.run, n=args.count,
                     temperature=args.temperature, top_k=args.top_k, top_p=args.top_p,
                     length=args.length, prefix=args.prefix, by=_by(), log=print, backend=args.backend)
    print(f"batch {batch['batch_id']}: {batch['count']} candidates "
          f"(stage with: tweetbot stage --batch {batch['batch_id']})")
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    from tweetbot.pipeline import stage

    store = _store(args)
    story = None
    if args.chapter is not None:
        from tweetbot.store.queue import batch_account

        story = (batch_account(store, args.batch), args.chapter)
    stage(store, batch_id=args.batch, by=_by(), log=print, options=_filter_options(args), story=story)
    return 0


def _filter_options(args: argparse.Namespace):
    from tweetbot.curation.staging import FilterOptions

    return FilterOptions(mentions=args.mentions, links_allowed=args.allow_links,
                         blocklist_path=args.blocklist)


def cmd_filter(args: argparse.Namespace) -> int:
    """The staging filters on a file of candidates, against the store, changing nothing."""
    from collections import Counter
    from pathlib import Path

    from tweetbot.pipeline import check_candidates
    from tweetbot.store.sources import count_source_tweets

    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    store = _store(args)
    if not count_source_tweets(store, args.account):
        print(f"tweetbot: warning: account {args.account!r} has no source tweets: nothing to check "
              "copies against", file=sys.stderr)
    verdicts = check_candidates(store, account=args.account, texts=lines, options=_filter_options(args))
    if args.json:
        _print_json(verdicts)
        return 0
    _print_table([{**v, "verdict": "kept" if v["kept"] else "drop"} for v in verdicts],
                 ["verdict", "reason", "detail", "clean_text"])
    dropped = Counter(v["reason"] for v in verdicts if not v["kept"])
    reasons = ", ".join(f"{n} {r}" for r, n in sorted(dropped.items())) or "none"
    print(f"{len(verdicts)} candidates: {len(verdicts) - sum(dropped.values())} kept, "
          f"{sum(dropped.values())} dropped ({reasons}); nothing was changed")
    return 0


def cmd_queue_list(args: argparse.Namespace) -> int:
    from tweetbot.store.queue import list_tweets

    rows = list_tweets(_store(args), account=args.account, status=args.status, limit=args.limit)
    if args.json:
        _print_json([{k: r[k] for k in ("id", "account", "status", "text", "original_text",
                                         "created_at", "created_by", "decided_at", "decided_by",
                                         "model_run_id", "posted_at", "x_tweet_id", "x_url",
                                         "dry_run")} for r in rows])
    else:
        _print_table(rows, ["id", "status", "created_at", "text"])
    return 0


def _unique_ids(ids: Sequence[int]) -> list[int]:
    """`approve 3 3` means 3 once (the store would see the second move as a concurrent change)."""
    return list(dict.fromkeys(ids))


def _decide(args: argparse.Namespace, to: TweetStatus) -> int:
    """approve/reject: refuse tweets a poster holds, then one all-or-nothing store transition."""
    from tweetbot.store import queue

    store = _store(args)
    ids = _unique_ids(args.ids)
    before = {r["id"]: r["status"] for r in queue.list_tweets(store, ids=ids)}
    posting = [i for i in ids if before.get(i) == TweetStatus.POSTING.value]
    if posting:  # the store allows posting → approved (the poster's retry); a person must not
        raise queue.QueueError(f"tweet {', '.join(map(str, posting))} is being posted right now; "
                               "wait for it to finish")
    if to == TweetStatus.APPROVED:
        after = queue.approve(store, ids, by=_by())
    else:
        after = queue.reject(store, ids, by=_by(), note=args.note)
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

    store = _store(args)
    text = sys.stdin.read() if args.text == "-" else args.text
    old = queue.list_tweets(store, ids=[args.id])
    row = queue.edit_text(store, args.id, text, by=_by(), expected_version=args.expected_version)
    old_text = old[0]["text"] if old else row["text"]
    if old_text == row["text"]:
        print(f"#{row['id']} unchanged (version {row['version']})")
        return 0
    print(f"#{row['id']} ({row['status']}, version {row['version']}): "
          f"{one_line(old_text)!r} → {one_line(row['text'])!r}")
    print(f"{weighted_length(row['text'])}/{MAX_WEIGHTED_LENGTH} weighted characters")
    return 0


def cmd_queue_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tweetbot.review_file import export_text
    from tweetbot.store import queue

    path = Path(args.file)
    if path.exists() and not args.force:
        raise ValueError(f"{path} exists; a review file may hold unsaved decisions (use --force)")
    rows = queue.list_tweets(_store(args), account=args.account, status=TweetStatus.PENDING.value)
    path.write_text(export_text(rows, account=args.account), encoding="utf-8")
    print(f"exported {len(rows)} pending tweets to {path}; edit it, then: "
          f"tweetbot queue import {path} --dry-run")
    return 0


def cmd_queue_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tweetbot import review_file
    from tweetbot.store import queue

    path = Path(args.file)
    parsed = review_file.parse(path.read_text(encoding="utf-8"), str(path))
    store = _store(args)
    actions = review_file.plan(parsed, queue.list_tweets(store, ids=parsed.all_ids), account=args.account)
    print(review_file.format_plan(actions))
    if args.dry_run:
        print("dry run: nothing was changed")
        return 0
    summary = review_file.apply(store, actions, by=f"{_by()} (review file {path.name})")
    print(summary)
    return 0


def cmd_post(args: argparse.Namespace) -> int:
    """The post DAG's task from a terminal: reconcile, then post up to --max-posts approved tweets."""
    from tweetbot.posting import PostingPolicy, post_approved

    client = None
    if not args.dry_run:
        from tweetbot.airflow.hooks import XHook

        client = XHook(x_conn_id=args.x_conn_id).get_client()
        if client is None:
            print(f"no {args.x_conn_id!r} connection: dry run")
    policy = PostingPolicy(max_posts=args.max_posts, daily_cap=args.daily_cap,
                           quiet_start=args.quiet_start, quiet_end=args.quiet_end, timezone=args.timezone,
                           min_interval_hours=args.min_interval_hours, thread=args.thread)
    report = post_approved(_store(args), client, account=args.account, policy=policy, by=_by(), log=print,
                           reconcile_after=timedelta(seconds=args.reconcile_after))
    if args.json:
        _print_json(report.as_dict())
    return 0


# ---------------------------------------------------------------- parser


def _add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mentions", choices=["strip", "reject", "allow"], default="strip",
                        help="@handles in candidates: remove them (default), drop the candidate, keep them")
    parser.add_argument("--allow-links", action="store_true", help="keep candidates with links")
    parser.add_argument("--blocklist", metavar="FILE",
                        help="extra blocked words, one a line ('!word' unblocks one of the default list)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tweetbot", description=__doc__)
    parser.add_argument("--db-url", help="SQLAlchemy URL of the store (default: connection tweetbot_db, "
                        "else SQLite under AIRFLOW_HOME)")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="the store's schema").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="migrate the store to the newest schema").set_defaults(func=cmd_db_upgrade)

    imp = sub.add_parser("import", help="import tweets (a file, X's API, twint, a book) into the source table")
    imp.add_argument("--source", choices=["archive", "csv", "x-api", "twint", "text"], required=True,
                     help="archive: X's archive export; csv: id,created_at,text or twint's CSV; x-api: "
                          "an account's timeline (paid API tier); twint: scrape (X closed its route); "
                          "text: a UTF-8 text file or Project Gutenberg book")
    imp.add_argument("path", help="tweets.js / an archive folder / a CSV / a text file, "
                                  "or the X USERNAME for x-api and twint")
    imp.add_argument("--account", required=True, help="the bot/account these tweets train")
    imp.add_argument("--keep-retweets", action="store_true")
    imp.add_argument("--exclude-retweets", dest="keep_retweets", action="store_false",
                     help="skip retweets (the default; x-api asks X not to send them)")
    imp.add_argument("--keep-replies", action="store_true")
    imp.add_argument("--exclude-replies", dest="keep_replies", action="store_false",
                     help="skip replies (the default; x-api asks X not to send them)")
    imp.add_argument("--limit", type=_positive_int, metavar="N",
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
    sl.add_argument("--account", required=True)
    sl.add_argument("--limit", type=int)
    sl.add_argument("--json", action="store_true")
    sl.set_defaults(func=cmd_source_list)

    tr = sub.add_parser("train", help="fine-tune GPT-2 on an account's tweets (new model run)")
    tr.add_argument("--account", required=True)
    tr.add_argument("--model", default="auto",
                    help="auto (GPT-2 124M when present or downloadable, else tiny), tiny (offline), "
                         "or 124M/355M/774M/1558M")
    tr.add_argument("--steps", type=int, default=200)
    tr.add_argument("--learning-rate", type=float)
    tr.add_argument("--batch-size", type=int, default=1, help="sequences per optimizer step")
    _backend_arg(tr)
    tr.add_argument("--accumulate", type=int, default=1,
                    help="batches per optimizer step (gradient accumulation; tokens/step = batch x accumulate x n_ctx)")
    tr.add_argument("--micro-batch", type=int,
                    help="torch: sequences per forward pass (the batch is accumulated from them)")
    tr.add_argument("--compile", choices=["auto", "on", "off"], default="auto",
                    help="torch: torch.compile the model (auto: on a GPU for runs of 300+ steps)")
    tr.add_argument("--device", help="torch: cuda, cuda:1, cpu (default: cuda when present)")
    tr.set_defaults(func=cmd_train)

    mo = sub.add_parser("model", help="model runs: which serves, promotion, rollback").add_subparsers(
        dest="model_command", required=True)
    ml = mo.add_parser("list", help="training runs, newest first, with held-out losses; * = serving")
    ml.add_argument("--account")
    ml.add_argument("--json", action="store_true")
    ml.set_defaults(func=cmd_model_list)
    mp = mo.add_parser("promote", help="make a trained run serve its account (by hand)")
    mp.add_argument("run", metavar="RUN")
    mp.add_argument("--reason", help="why (kept in the serving history)")
    mp.set_defaults(func=cmd_model_promote)
    mr = mo.add_parser("rollback", help="serve again the run that served before the current one")
    mr.add_argument("--account", required=True)
    mr.set_defaults(func=cmd_model_rollback)
    me = mo.add_parser("evaluate", help="(re)run a run's held-out evaluation and promotion decision")
    me.add_argument("run", metavar="RUN")
    _backend_arg(me)
    me.set_defaults(func=cmd_model_evaluate)

    ge = sub.add_parser("generate", help="sample candidate tweets from a model run")
    ge.add_argument("--account", required=True)
    ge.add_argument("--run", help="model run id (default: the run serving the account)")
    ge.add_argument("-n", "--count", type=int, default=50)
    ge.add_argument("--temperature", type=float, default=1.0)
    ge.add_argument("--top-k", type=int, default=0)
    ge.add_argument("--top-p", type=float, default=0.9)
    ge.add_argument("--length", type=int, help="tokens per sample (default: as long as the model allows)")
    ge.add_argument("--prefix", help="text every candidate starts with")
    ge.add_argument("--story", action="store_true",
                    help="story bot: write the next chapter (-n tweets, each continuing the last)")
    ge.add_argument("--opening", help="story bot, first chapter: the line the story starts from")
    _backend_arg(ge)
    ge.set_defaults(func=cmd_generate)

    st = sub.add_parser("stage", help="filter a generated batch into the review queue")
    st.add_argument("--batch", required=True)
    st.add_argument("--chapter", type=int, help="story bot: queue the batch as this chapter, in order")
    _add_filter_arguments(st)
    st.set_defaults(func=cmd_stage)

    fi = sub.add_parser("filter", help="show what staging would drop from a file of candidates, one per "
                        "line, and why (changes nothing)")
    fi.add_argument("file", metavar="FILE", help="candidate tweets, one per line ('-': stdin)")
    fi.add_argument("--account", required=True, help="whose source tweets and queue to check against")
    fi.add_argument("--json", action="store_true", help="an array of {text, kept, reason, detail, clean_text}")
    _add_filter_arguments(fi)
    fi.set_defaults(func=cmd_filter)

    q = sub.add_parser("queue", help="the tweet queue").add_subparsers(dest="queue_command", required=True)
    ql = q.add_parser("list", help="list queued tweets in queue order")
    ql.add_argument("--status", choices=[s.value for s in TweetStatus])
    ql.add_argument("--account")
    ql.add_argument("--limit", type=int)
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

    qx = q.add_parser("export", help="write pending tweets to a review file to edit in any editor")
    qx.add_argument("file", metavar="FILE")
    qx.add_argument("--account", help="only this account's tweets (default: all)")
    qx.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    qx.set_defaults(func=cmd_queue_export)

    qi = q.add_parser("import", help="apply an edited review file: kept → approved, edited → "
                      "edited + approved, deleted → rejected")
    qi.add_argument("file", metavar="FILE")
    qi.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")
    qi.add_argument("--account", help="refuse the file if it holds tweets of another account")
    qi.set_defaults(func=cmd_queue_import)

    po = sub.add_parser("post", help="post approved tweets to X now (what tweetbot_post does hourly)")
    po.add_argument("--account", help="only this bot's tweets (default: any)")
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
    po.set_defaults(func=cmd_post)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not args.verbose:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    from tweetbot.artifacts import ArtifactError
    from tweetbot.model.runner import ModelError
    from tweetbot.x.client import XError

    try:
        return args.func(args)
    except (ValueError, FileNotFoundError, ModelError, ArtifactError) as exc:  # SourceError, QueueError, …
        print(f"tweetbot: error: {exc}", file=sys.stderr)
        return 2
    except XError as exc:
        print(f"tweetbot: X answered: {exc} ({type(exc).__name__}); the tweet stays in the queue",
              file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
