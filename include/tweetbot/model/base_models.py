"""The `ensure` command both backends share: make models_dir/<name> a complete base model.

`tiny*` is built offline (`tiny.build_tiny_model`); OpenAI's sizes are downloaded into a staging folder
and renamed into place only once every file is there and sane, by `fetch_openai` (standard library) for
both backends: neither TensorFlow nor torch is imported to build or fetch a base model, so `ensure` costs
a fraction of a second where the files are there or the internet is not (gpt-2-simple's own downloader
imported TensorFlow first: ~4 s). Runs in the child; `runner.ensure_base_model` is the parent side.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

from tweetbot.model.child import WorkerError, say
from tweetbot.model.folders import DOWNLOADABLE, OPENAI_FILES, has_model, read_hparams

#: Where OpenAI's GPT-2 files live (gpt-2-simple downloads from the same place).
OPENAI_URL = "https://openaipublic.blob.core.windows.net/gpt-2/models"


def cmd_ensure(spec: dict[str, Any]) -> dict[str, Any]:
    """Build (tiny) or download (OpenAI's sizes) models_dir/name unless it is complete."""
    from tweetbot.model.tiny import build_tiny_model

    name = spec["name"]
    models_dir = Path(spec["models_dir"])
    tag = spec.get("staging_tag") or str(os.getpid())
    target = models_dir / name
    if has_model(target):
        return {"path": str(target), "built": False}
    if name.startswith("tiny"):
        if not spec.get("training_text"):
            raise WorkerError("building the tiny model needs training_text (its BPE is trained on it)")
        build_tiny_model(target, Path(spec["training_text"]), staging_tag=tag, log=say)
    elif name in DOWNLOADABLE:
        download(name, models_dir, tag)
    else:
        raise WorkerError(f"unknown base model {name!r}: use 'tiny' or one of {', '.join(DOWNLOADABLE)}")
    return {"path": str(target), "built": True}


def download(name: str, models_dir: Path, tag: str) -> None:
    """Download OpenAI's weights into a staging folder and rename it into place only when complete.

    A failed or cut download leaves nothing that looks like a model (gpt-2-simple's download_gpt2 left
    partial folders and saved HTTP error pages as files), so every file is checked before the rename.
    """
    models_dir.mkdir(parents=True, exist_ok=True)
    staging = models_dir / f".download-{name}-{tag}"
    target = models_dir / name
    say(f"downloading GPT-2 {name} from openaipublic.blob.core.windows.net ...")
    try:
        try:
            fetch_openai(name, staging)
        except WorkerError:
            raise
        except Exception as exc:  # urllib's URLError, HTTPError, timeouts: say it in one line
            raise WorkerError(f"download of GPT-2 {name} failed: {type(exc).__name__}: {exc}") from exc
        got = staging / name
        missing = [f for f in OPENAI_FILES if not (got / f).is_file()]
        if missing:
            raise WorkerError(f"download of GPT-2 {name} incomplete, missing {missing}")
        try:
            read_hparams(got)
        except ValueError:
            raise WorkerError(f"download of GPT-2 {name} returned an error page, not the model") from None
        if has_model(target):
            return  # another task finished the same download first
        if target.exists():
            target.rmdir()  # only ever an empty leftover: the parent refuses non-empty incomplete ones
        got.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    say(f"downloaded GPT-2 {name} into {target}")


def fetch_openai(name: str, staging: Path) -> None:
    """Download OpenAI's 7 files for one size with the standard library (no gpt-2-simple, no TF),
    from OPENAI_URL or TWEETBOT_GPT2_URL; an HTTP error is an error, not a file."""
    import urllib.request

    base = os.environ.get("TWEETBOT_GPT2_URL", OPENAI_URL).rstrip("/")
    folder = staging / name
    folder.mkdir(parents=True, exist_ok=True)
    for file in OPENAI_FILES:
        url = f"{base}/{name}/{file}"
        with urllib.request.urlopen(url, timeout=60) as response, (folder / file).open("wb") as out:
            size = int(response.headers.get("Content-Length") or 0)
            done, last = 0, time.perf_counter()
            while chunk := response.read(1 << 20):
                out.write(chunk)
                done += len(chunk)
                if time.perf_counter() - last >= 10:
                    last = time.perf_counter()
                    say(f"  {file}: {done / 1e6:,.0f} of {size / 1e6:,.0f} MB")
        say(f"  {file}: {done:,} bytes")
