"""Operators for the weekly and post DAGs, one module per concern. `execute` stays short: the work is
in `tweetbot.pipeline` and `tweetbot.posting`.

Each operator opens the store through `TweetStoreHook` (connection `tweetbot_db`), so the same DAG
runs on the embedded SQLite default and on Postgres. Heavy imports happen inside `execute` only.
"""
from __future__ import annotations

from tweetbot.airflow.operators.model import EvaluatePromoteOperator, FineTuneGPT2Operator, GenerateTweetsOperator
from tweetbot.airflow.operators.posting import PostTweetsOperator
from tweetbot.airflow.operators.sources import ImportTweetsOperator
from tweetbot.airflow.operators.staging import StageForReviewOperator
from tweetbot.airflow.operators.store import MigrateStoreOperator

__all__ = [
    "EvaluatePromoteOperator", "FineTuneGPT2Operator", "GenerateTweetsOperator", "ImportTweetsOperator",
    "MigrateStoreOperator", "PostTweetsOperator", "StageForReviewOperator",
]
