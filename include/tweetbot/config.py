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


# ---------------------------------------------------------------- limits on what one import may read

#: What one import may unpack, in bytes (tweets files of an archive, zip members decompressed, a CSV):
#: 2 GiB holds ~1.5 million tweets at the 1.4 KB per tweet of a real `tweets.js` — more than any
#: person's archive — and stops a zip bomb long before it costs more than time.
DEFAULT_IMPORT_MAX_BYTES = 2 * 1024**3
IMPORT_MAX_BYTES_ENV = "TWEETBOT_IMPORT_MAX_BYTES"
_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2, "g": 1000**3, "gb": 1000**3,
          "kib": 1024, "mib": 1024**2, "gib": 1024**3, "tib": 1024**4}


def parse_size(value: str) -> int:
    """`"2GiB"`, `"500 MB"`, `"1048576"` → bytes; ValueError for anything else."""
    import re

    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", value)
    unit = _UNITS.get(match.group(2).lower()) if match else None
    if unit is None or float(match.group(1)) * unit < 1:
        raise ValueError(f"{value!r} is not a size (write e.g. 2GiB, 500MB or a number of bytes)")
    return int(float(match.group(1)) * unit)


def format_size(n: int) -> str:
    """Bytes as a person reads them: 64 MiB, 2 GiB, 1.5 KiB."""
    for unit, size in (("TiB", 1024**4), ("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


def import_max_bytes() -> int:
    """The unpack cap of one import: TWEETBOT_IMPORT_MAX_BYTES, else `DEFAULT_IMPORT_MAX_BYTES`."""
    value = os.environ.get(IMPORT_MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_IMPORT_MAX_BYTES
    try:
        return parse_size(value)
    except ValueError as exc:
        raise ValueError(f"{IMPORT_MAX_BYTES_ENV}: {exc}") from None
