"""The model layer: gpt-2-simple fine-tuning and generation, always in a child process.

Import from here (`from tweetbot.model import train, generate, ...`): these names come from
`tweetbot.model.runner`, which imports no TensorFlow. The child side lives in `tweetbot.model.worker`
and `tweetbot.model.tiny` and is only ever imported inside that child.
"""
from __future__ import annotations

from tweetbot.model.runner import (
    ML_PYTHON,
    EvalResult,
    LogFn,
    ModelError,
    TrainResult,
    ensure_base_model,
    evaluate,
    generate,
    has_model,
    ml_python,
    run_worker,
    train,
)

__all__ = [
    "ML_PYTHON",
    "EvalResult",
    "LogFn",
    "ModelError",
    "TrainResult",
    "ensure_base_model",
    "evaluate",
    "generate",
    "has_model",
    "ml_python",
    "run_worker",
    "train",
]
