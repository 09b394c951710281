"""A bot's tweets go out only through the bot's own X connection.

The bots' own DAGs and `tweetbot post --bot` pass the bot's `x_conn_id`. This guards the other ways
in — the example `tweetbot_post` DAG (connection `x_default`) and `tweetbot post --account` — so that
a bot's tweets never fall back to `x_default` or to another bot's account.
"""
from __future__ import annotations

from pathlib import Path

from tweetbot import config


def posting_problem(account: str | None, x_conn_id: str, path: Path | None = None) -> str | None:
    """Why posting `account`'s tweets through `x_conn_id` is refused, or None when it is fine.

    A bot of the bots file posts only through its own connection; with bots configured, "any account"
    (no account) is refused too, since it would take bots' tweets. A bots file that cannot be read
    refuses nothing here (the DAG processor and `tweetbot bots validate` report it).
    """
    from tweetbot.bots.loading import BotsFileError, load_bots

    path = path or config.bots_file()
    if not path.is_file():
        return None
    try:
        bots = load_bots(path)
    except BotsFileError:
        return None
    if not account:
        if bots.bots:
            return (f"{path} configures bots ({', '.join(b.name for b in bots.bots)}), and posting 'any account' "
                    f"through {x_conn_id!r} would post theirs: name the account (each bot posts through its "
                    "own DAG tweetbot_post__<bot> and connection)")
        return None
    bot = bots.get(account)
    if bot is not None and bot.x_conn_id != x_conn_id:
        return (f"{account!r} is a bot of {path}: it posts and reads X only through its connection "
                f"{bot.x_conn_id!r}, not {x_conn_id!r} (its DAG is {bot.post_dag_id}; on the CLI: --bot {account})")
    return None
