"""`tweetbot bots list|validate|show`: the bots file from a terminal, and `--bot` for the other commands.

`--bot NAME` (beside `--account` wherever a command takes one) names a bot of the bots file: the
command works on its account and, where it uses them, on the bot's settings (its source, model,
sampling, filters, posting policy and X connection) as defaults that the command's own options override.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetbot.cli.output import print_json, print_table

#: What a bot supplies to a command: {argparse dest: value}, the command's own options win.
BotDefaults = Callable[[Any], dict[str, Any]]


def bots_file(given: str | None = None) -> Path:
    from tweetbot import config

    return Path(given) if given else config.bots_file()


def read(given: str | None = None):
    """The bots file (BotsFileError for a file that cannot be read; FileNotFoundError without one)."""
    from tweetbot.bots import load_bots

    path = bots_file(given)
    if not path.is_file():
        raise FileNotFoundError(f"no bots file at {path} (set TWEETBOT_BOTS_FILE or pass the file; "
                                "bots.example.yaml shows one)")
    return load_bots(path, shown_as=given or str(path))


def find_bot(name: str, given: str | None = None):
    """The valid bot `name`, or a ValueError that says why not (its mistakes, or which bots exist)."""
    bots = read(given)
    bot = bots.get(name)
    if bot is not None:
        return bot
    broken = next((i for i in bots.invalid if i.name == name), None)
    if broken is not None:
        raise ValueError(f"bot {name!r} has mistakes:\n" + "\n".join(map(str, broken.problems)))
    names = ", ".join(b.name for b in bots.bots) or "none"
    raise ValueError(f"no bot {name!r} in {bots.path} (bots: {names})")


# ---------------------------------------------------------------- --account | --bot


def account_args(parser: argparse.ArgumentParser, *, required: bool, help: str,
                 bot_defaults: BotDefaults | None = None) -> None:
    """`--account A` or `--bot NAME` (one of them; `required` says whether one must be given)."""
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument("--account", help=help)
    group.add_argument("--bot", metavar="NAME",
                       help="a bot of the bots file (TWEETBOT_BOTS_FILE): its account"
                            + (" and its settings as defaults" if bot_defaults else ""))
    parser.set_defaults(bot_defaults=bot_defaults, bot_parser=parser)


def apply_bot(parser: argparse.ArgumentParser, argv, args: argparse.Namespace) -> argparse.Namespace:
    """With `--bot`: the bot's settings become the command's defaults (its own options still win), and
    its account the account. Parses again, so what was given on the command line is kept as given."""
    name = getattr(args, "bot", None)
    if not name:
        return args
    bot = find_bot(name)
    defaults = args.bot_defaults(bot) if args.bot_defaults else {}
    args.bot_parser.set_defaults(**defaults)
    args = parser.parse_args(argv)
    args.account = bot.name
    args.bot_config = bot
    return args


def import_defaults(bot) -> dict[str, Any]:
    source = bot.source
    return {"source": source.type, "path": source.path, "limit": source.limit, "since": source.since,
            "keep_retweets": not source.drop_retweets, "keep_replies": not source.drop_replies,
            "links": source.links, "x_conn_id": bot.x_conn_id}


def train_defaults(bot) -> dict[str, Any]:
    from tweetbot.bots.values import default_backend

    model = bot.model
    return {"model": model.name, "steps": model.steps, "batch_size": model.batch_size,
            "learning_rate": model.learning_rate, "backend": model.backend or default_backend()}


def generate_defaults(bot) -> dict[str, Any]:
    from tweetbot.bots.values import default_backend

    gen, story = bot.generate, bot.story
    return {"count": story.chapter_tweets if bot.mode == "story" else gen.n_candidates,
            "temperature": gen.temperature, "top_k": gen.top_k, "top_p": gen.top_p, "length": gen.length,
            "prefix": gen.prefix or None, "story": bot.mode == "story", "opening": story.opening or None,
            "backend": bot.model.backend or default_backend()}


def filter_defaults(bot) -> dict[str, Any]:
    filters = bot.filters
    return {"mentions": filters.mentions, "allow_links": filters.allow_links, "blocklist": filters.blocklist}


def post_defaults(bot) -> dict[str, Any]:
    posting = bot.posting
    return {"x_conn_id": bot.x_conn_id, "max_posts": posting.max_posts, "daily_cap": posting.daily_cap,
            "quiet_start": posting.quiet_start, "quiet_end": posting.quiet_end, "timezone": posting.timezone,
            "min_interval_hours": posting.min_interval_hours, "thread": posting.thread}


# ---------------------------------------------------------------- tweetbot bots …


def cmd_bots_list(args: argparse.Namespace) -> int:
    from tweetbot.bots import train_schedule

    bots = read(args.file)
    rows = [{"name": b.name, "status": "ok", "source": f"{b.source.type} {b.source.path}",
             "model": f"{b.model.name}/{b.model.backend or 'default'}", "mode": b.mode,
             "train": train_schedule(b), "post": b.schedule.post, "x_conn_id": b.x_conn_id,
             "reviewers": ", ".join(r.user for r in b.review.reviewers), "problem": ""} for b in bots.bots]
    rows += [{"name": i.label, "status": "invalid", "problem": str(i.problems[0]) +
              (f" (+{len(i.problems) - 1} more)" if len(i.problems) > 1 else "")} for i in bots.invalid]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["name", "status", "mode", "train", "post", "x_conn_id", "reviewers", "source"])
        for row in rows:
            if row["problem"]:
                print(row["problem"], file=sys.stderr)
    return 0


def cmd_bots_validate(args: argparse.Namespace) -> int:
    from tweetbot.bots import BotsFileError

    try:
        bots = read(args.file)
    except BotsFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"tweetbot: {exc}", file=sys.stderr)
        return 1
    for problem in bots.problems:
        print(problem, file=sys.stderr)
    total = len(bots.bots) + len(bots.invalid)
    if bots.problems:
        print(f"{args.file or bots.path}: {len(bots.bots)} of {total} bots OK", file=sys.stderr)
        return 1
    print(f"{args.file or bots.path}: {total} bot{'s' if total != 1 else ''} OK")
    return 0


def cmd_bots_show(args: argparse.Namespace) -> int:
    import yaml

    from tweetbot.bots import summary

    merged = summary(find_bot(args.name, args.file))
    if args.json:
        print_json(merged)
    else:
        sys.stdout.write(yaml.safe_dump(merged, sort_keys=False, allow_unicode=True))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    bots = sub.add_parser("bots", help="the bots file: list, validate, show a bot").add_subparsers(
        dest="bots_command", required=True)
    file_help = "the bots file (default: TWEETBOT_BOTS_FILE, else AIRFLOW_HOME/bots.yaml)"
    ls = bots.add_parser("list", help="every bot of the bots file: schedules, connection, reviewers, status")
    ls.add_argument("--file", help=file_help)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_bots_list)
    va = bots.add_parser("validate", help="check the bots file: exit 0, or 1 with every mistake (file:line: "
                                          "bot: key: what)")
    va.add_argument("file", nargs="?", help=file_help)
    va.set_defaults(func=cmd_bots_validate)
    sh = bots.add_parser("show", help="one bot with every default filled in, and the DAG params it becomes")
    sh.add_argument("name")
    sh.add_argument("--file", help=file_help)
    sh.add_argument("--json", action="store_true", help="JSON instead of YAML")
    sh.set_defaults(func=cmd_bots_show)
