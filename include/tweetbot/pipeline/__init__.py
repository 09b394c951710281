"""The weekly chain's steps as plain functions: the CLI and the Airflow tasks both call these.

scrape (`importing`) → train (`training`) → evaluate (`promotion`) → generate (`generation`) →
stage (`staging`). Each step takes an open Store and returns a small result; nothing here imports
Airflow, TensorFlow or gpt-2-simple (the model runs in a child process).
"""
from __future__ import annotations

from tweetbot.pipeline.common import LogFn
from tweetbot.pipeline.generation import generate, generate_chapter, generation_run
from tweetbot.pipeline.importing import ImportReport, import_source
from tweetbot.pipeline.promotion import evaluate_and_promote
from tweetbot.pipeline.staging import check_candidates, filter_for, stage
from tweetbot.pipeline.training import (
    Split,
    choose_base_model,
    heldout_count,
    new_run_id,
    train,
    write_split_files,
)

__all__ = [
    "ImportReport", "LogFn", "Split", "check_candidates", "choose_base_model", "evaluate_and_promote",
    "filter_for", "generate", "generate_chapter", "generation_run", "heldout_count", "import_source",
    "new_run_id", "stage", "train", "write_split_files",
]
