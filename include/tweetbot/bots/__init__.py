"""Bots as configuration: one YAML file, many bots, each with its source, model, schedules, posting
policy, reviewers and X connection.

`load_bots` reads and validates the file (`schema` has the keys), `values` turns a bot into the plain
values the DAGs, the CLI and the core share. No Airflow here: the DAG factory is `dags/tweetbot_bots.py`.
"""
from __future__ import annotations

from tweetbot.bots.loading import BotProblem, BotsConfig, BotsFileError, InvalidBot, load_bots, parse_bots
from tweetbot.bots.schema import Bot
from tweetbot.bots.values import post_values, stagger, summary, train_schedule, weekly_values

__all__ = [
    "Bot", "BotProblem", "BotsConfig", "BotsFileError", "InvalidBot", "load_bots", "parse_bots", "post_values",
    "stagger", "summary", "train_schedule", "weekly_values",
]
