"""Where tweetbot keeps things: every path derives from AIRFLOW_HOME unless overridden.

One place decides these so the CLI, the DAG tasks and the tests agree without passing paths around.
"""
from __future__ import annotations

import os
from pathlib import Path


def airflow_home() -> Path:
    """AIRFLOW_HOME, or Airflow's own default (~/airflow) when unset."""
    return Path(os.environ.get("AIRFLOW_HOME") or Path.home() / "airflow").expanduser()


def data_dir() -> Path:
    """Root of tweetbot's local files (TWEETBOT_HOME, default AIRFLOW_HOME/tweetbot)."""
    path = Path(os.environ.get("TWEETBOT_HOME") or airflow_home() / "tweetbot").expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    """Base models in gpt-2-simple's layout (models/<name>/), e.g. OpenAI's 124M or a tiny offline one."""
    path = Path(os.environ.get("TWEETBOT_MODELS_DIR") or data_dir() / "models").expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def runs_dir() -> Path:
    """Fine-tuned runs, one fresh folder per training run (gpt-2-simple's checkpoint_dir)."""
    path = Path(os.environ.get("TWEETBOT_RUNS_DIR") or data_dir() / "runs").expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_url() -> str:
    """The embedded default store: a SQLite file beside the Airflow home."""
    return f"sqlite:///{data_dir() / 'tweetbot.db'}"


def example_archive() -> Path:
    """The small X archive export shipped with the package for the demo."""
    return Path(__file__).parent / "data" / "example_tweets.js"


def bots_file() -> Path:
    """The bots file (TWEETBOT_BOTS_FILE, default AIRFLOW_HOME/bots.yaml): without one there are no
    per-bot DAGs, only the example `tweetbot_weekly` and `tweetbot_post`."""
    return Path(os.environ.get("TWEETBOT_BOTS_FILE") or airflow_home() / "bots.yaml").expanduser()
