"""A bot as plain values: the weekly and post DAGs' params, and its training schedule.

These dicts are what the per-bot DAGs pre-fill their trigger forms with, what `tweetbot bots show`
prints and what the CLI's `--bot` reads: one path from the bots file to the core, which only ever
sees plain values.
"""
from __future__ import annotations

import hashlib
import os
from typing import Any

from tweetbot.bots.schema import Bot


def default_backend() -> str:
    """The model backend when a bot names none: TWEETBOT_MODEL_BACKEND, else gpt2simple."""
    return os.environ.get("TWEETBOT_MODEL_BACKEND", "gpt2simple")


def weekly_values(bot: Bot) -> dict[str, Any]:
    """The weekly DAG's params for this bot (same names as `tweetbot_weekly`'s)."""
    source, model, gen = bot.source, bot.model, bot.generate
    return {
        "account": bot.name,
        "source_type": source.type,
        "source_path": source.path,
        "source_limit": source.limit,
        "source_since": source.since or "",
        "drop_retweets": source.drop_retweets,
        "drop_replies": source.drop_replies,
        "links": source.links,
        "model_name": model.name,
        "steps": model.steps,
        "backend": model.backend or default_backend(),
        "batch_size": model.batch_size,
        "learning_rate": model.learning_rate,
        "n_candidates": gen.n_candidates,
        "temperature": gen.temperature,
        "top_k": gen.top_k,
        "top_p": gen.top_p,
        "length": gen.length,
        "prefix": gen.prefix,
        "mode": bot.mode,
        "story_opening": bot.story.opening,
        "chapter_tweets": bot.story.chapter_tweets,
        "mentions": bot.filters.mentions,
        "allow_links": bot.filters.allow_links,
        "review_timeout_hours": bot.review.timeout_hours,
    }


def post_values(bot: Bot) -> dict[str, Any]:
    """The post DAG's params for this bot (same names as `tweetbot_post`'s)."""
    posting = bot.posting
    return {
        "account": bot.name,
        "max_posts": posting.max_posts,
        "daily_cap": posting.daily_cap,
        "quiet_start": posting.quiet_start or "",
        "quiet_end": posting.quiet_end or "",
        "timezone": posting.timezone,
        "min_interval_hours": posting.min_interval_hours,
        "thread": posting.thread,
    }


def stagger(schedule: str | None, key: str) -> str | None:
    """A preset as a cron at a minute (hour, weekday, day) of its own, from a stable hash of `key`.

    Fifty bots on ``@weekly`` would all start training at Sunday 00:00; each gets its own slot of the
    week instead, the same on every machine and every parse (sha256, not Python's salted `hash()`).
    Cron expressions and @once/@continuous are kept as written.
    """
    slot = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
    minute, hour, weekday, day = slot % 60, slot // 60 % 24, slot // 1440 % 7, slot // 10080 % 28 + 1
    month = slot // 282240 % 12 + 1
    return {
        "@hourly": f"{minute} * * * *",
        "@daily": f"{minute} {hour} * * *",
        "@weekly": f"{minute} {hour} * * {weekday}",
        "@monthly": f"{minute} {hour} {day} * *",
        "@quarterly": f"{minute} {hour} {day} */3 *",
        "@yearly": f"{minute} {hour} {day} {month} *",
    }.get(schedule or "", schedule)


def train_schedule(bot: Bot) -> str | None:
    """When the bot's weekly DAG runs: its `schedule.train`, a preset staggered by the bot's name."""
    return stagger(bot.schedule.train, bot.name)


def summary(bot: Bot) -> dict[str, Any]:
    """The merged configuration as `tweetbot bots show` prints it, with what it becomes."""
    return {
        **bot.model_dump(mode="json"),
        "dags": {"weekly": bot.weekly_dag_id, "post": bot.post_dag_id},
        "effective_schedule": {"train": train_schedule(bot), "post": bot.schedule.post},
        "weekly_params": weekly_values(bot),
        "post_params": post_values(bot),
    }
