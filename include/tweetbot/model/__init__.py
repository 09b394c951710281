"""The model layer: fine-tune GPT-2, evaluate it, sample from it, always in a child process.

Import from here (`from tweetbot.model import train, generate, ...`): these names come from `runner`,
the parent side, which imports no TensorFlow, torch or numpy. How the pieces fit:

  runner             parent: checks its inputs, starts `python -m tweetbot.model.<backend> <command>
                     <spec.json>`, streams the child's progress lines into the log, returns its answer
  folders            what model and run folders hold; `usable_checkpoint`, the one "may this run be
                     loaded" check; the `checkpoint` state file (standard library: parent and children)
  child              the protocol every child speaks (spec in, `say` lines, `@@result <json>` out,
                     WorkerError) and what both backends share: training progress, evaluation windows
                     and result, sample cleaning
  gpt2simple_worker  backend `gpt2simple` (the default): gpt-2-simple on TensorFlow
  torch_worker       backend `torch`: its training loop, evaluation and sampling around gpt2_torch
  gpt2_torch         GPT-2 in PyTorch, weight for weight gpt-2-simple's, with KV-cache sampling
  base_models        the `ensure` command: build the tiny model (tiny) or download OpenAI's
  story_worker       the `story` command's loop, shared by both backends
  tf_checkpoint      TensorFlow's checkpoint files read and written without TensorFlow
  bpe, gpt2_layout   GPT-2's tokenizer and variable names/shapes without gpt-2-simple
  tiny               an offline, randomly initialised GPT-2 for tests and demos
  report             the loss-curve PNG and summary table (parent side)
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
