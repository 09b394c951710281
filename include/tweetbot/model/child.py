"""The child-process protocol every model backend speaks, and the helpers both backends share.

`runner` (the parent) starts `python -m tweetbot.model.<backend module> <command> <spec.json>`; the
backend module hands its COMMANDS to `main` here, which:

- reads the spec (a JSON object) and runs one command on it;
- lets the command print human-readable progress with `say`, one line at a time, which the parent
  streams into the task log (`step 40/200  loss 2.345  avg 2.456  5,432 tok/s  ETA 0:00:12`);
- ends with the machine-readable answer on its own line: `@@result <json>` (RESULT_PREFIX);
- on a WorkerError or UnusableRun (bad input, no internet: expected) prints `error: <message>` and
  exits 1; on anything else prints the traceback first. The parent quotes the last lines either way.

Commands (spec keys in brackets; `torch` adds device, compile, micro_batch, precision):
  ensure    build the tiny model or download an OpenAI one  [name, models_dir, training_text]
  train     fine-tune a fresh run                            [base_model, models_dir, training_text,
                                                              runs_dir, run_name, steps, learning_rate,
                                                              batch_size, accumulate_gradients, seed]
  generate  sample from a fine-tuned run                     [run_path, n, temperature, top_k, top_p,
                                                              length, prefix, batch_size, seed]
  evaluate  held-out loss of runs on one text (no training)  [run_paths, text, batch_size]
  story     continue a story for n tweets                    [run_path, context, n_tweets, temperature,
                                                              top_k, top_p, seed, include_context]

Standard library only, so the parent imports RESULT_PREFIX from here without loading a backend.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetbot.model.folders import UnusableRun

RESULT_PREFIX = "@@result "
START = "<|startoftext|>"
END = "<|endoftext|>"
MARKERS = (START, END)
#: A progress line at least this often even when steps//20 steps take longer (big model, slow card).
HEARTBEAT_S = 60.0
#: Fewer tokens than this (or the model's n_ctx if smaller) cannot make a single training example.
MIN_DATASET_TOKENS = 64

Command = Callable[[dict[str, Any]], dict[str, Any]]
#: Commands that need no framework: `ensure` builds the tiny model with numpy and tokenizers and downloads
#: with the standard library. They skip `setup`, so a base model does not pay TensorFlow's ~4 s import
#: (or torch's ~1.5 s).
NO_SETUP = frozenset({"ensure"})


class WorkerError(Exception):
    """An expected failure (bad input, no internet): reported in one line, without a traceback."""


def say(message: str) -> None:
    """One progress line for the parent's log (stdout is line-buffered: the parent runs us with -u)."""
    print(message, flush=True)


def fmt_eta(seconds: float) -> str:
    """0:01:05 style, like the progress lines promise."""
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


# --------------------------------------------------------------------------------------------- main
def main(commands: dict[str, Command], setup: Callable[[], None], argv: list[str] | None = None) -> int:
    """Run one command: `<module> <command> <spec.json>` (each backend module's entry point).

    `setup` runs after the spec is read and before the command (quieting TensorFlow, checking torch),
    except for the NO_SETUP commands.
    """
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] not in commands:
        main_spec = getattr(sys.modules.get("__main__"), "__spec__", None)
        print(f"usage: python -m {main_spec.name if main_spec else 'tweetbot.model.<backend>'} "
              f"{{{','.join(commands)}}} SPEC.json", file=sys.stderr)
        return 2
    die_with_parent()
    command, spec_path = args
    try:
        spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
        if command not in NO_SETUP:
            setup()
        result = commands[command](spec)
    except (WorkerError, UnusableRun) as exc:
        print(f"error: {exc}", flush=True)
        return 1
    except Exception as exc:  # noqa: BLE001 - the traceback goes to the parent's log, then we exit 1
        traceback.print_exc()
        sys.stderr.flush()
        print(f"error: {type(exc).__name__}: {exc}", flush=True)
        return 1
    sys.stderr.flush()
    print("\n" + RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


def die_with_parent() -> None:
    """Linux: get SIGTERM if the parent dies (e.g. an Airflow worker SIGKILLed), so a training run never
    outlives its task and keeps holding the GPU."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:
            os._exit(1)


# -------------------------------------------------------------------------------------------- train
def checked_train_paths(spec: dict[str, Any]) -> tuple[Path, Path, Path]:
    """(base model folder, training text, run folder) of a train spec, refused unless the base model
    and text exist and the run folder is new or empty."""
    models_dir, base_model = Path(spec["models_dir"]), spec["base_model"]
    training_text = Path(spec["training_text"])
    run_path = Path(spec["runs_dir"]) / spec["run_name"]
    if run_path.exists() and any(run_path.iterdir()):
        raise WorkerError(f"run folder {run_path} is not empty: refusing to train over it")
    if not training_text.is_file():
        raise WorkerError(f"training text not found: {training_text}")
    if not (models_dir / base_model / "hparams.json").is_file():
        raise WorkerError(f"base model {base_model!r} not found in {models_dir}")
    return models_dir / base_model, training_text, run_path


class TrainProgress:
    """Training's log lines and answer, the same for both backends: a header when the clock starts,
    then a `step` line every steps//20 steps (and at least every HEARTBEAT_S), with the loss,
    gpt-2-simple's running average of it, tokens/s since the start and the ETA."""

    def __init__(self, *, base_model: str, steps: int, batch_size: int, accumulate: int, n_ctx: int) -> None:
        self.base_model = base_model
        self.steps = steps
        self.batch_size = batch_size
        self.accumulate = accumulate
        self.n_ctx = n_ctx
        self.seq_len = n_ctx  # shorter when the dataset is
        self.dataset_tokens = 0
        self.n_params = 0
        self.every = max(1, steps // 20)
        self.history: list[tuple[int, float, float]] = []  # (step, loss, running average)
        self._avg = (0.0, 0.0)
        self._t0: float | None = None
        self._elapsed = 0.0
        self._last_line = 0.0

    @property
    def tokens_per_step(self) -> int:
        return self.batch_size * self.accumulate * self.seq_len

    def start(self, n_params: int, detail: str = "") -> None:
        """Say what is about to be trained and start the clock (the first step is timed)."""
        self.n_params = n_params
        accumulated = f" x {self.accumulate} accumulated" if self.accumulate > 1 else ""
        say(
            f"fine-tuning {self.base_model} ({self.n_params:,} params, n_ctx {self.n_ctx}) for {self.steps} "
            f"steps, batch {self.batch_size} x {self.seq_len} tokens{accumulated}, "
            f"dataset {self.dataset_tokens:,} tokens{detail}"
        )
        self._t0 = time.perf_counter()

    def on_step(self, step: int, loss: float) -> None:
        """Record the exact loss of one step; print a progress line when one is due."""
        self._elapsed = time.perf_counter() - (self._t0 or time.perf_counter())
        self._avg = (self._avg[0] * 0.99 + loss, self._avg[1] * 0.99 + 1.0)  # gpt-2-simple's own average
        avg = self._avg[0] / self._avg[1]
        self.history.append((step, loss, avg))
        due = self._elapsed - self._last_line >= HEARTBEAT_S
        if step % self.every == 0 or step == self.steps or due:
            self._last_line = self._elapsed
            rate = step * self.tokens_per_step / self._elapsed if self._elapsed > 0 else 0.0
            eta = (self.steps - step) * self._elapsed / step
            say(
                f"step {step}/{self.steps}  loss {loss:.3f}  avg {avg:.3f}  "
                f"{rate:,.0f} tok/s  ETA {fmt_eta(eta)}"
            )

    def result(self) -> dict[str, Any]:
        """The train command's answer (runner.TrainResult and train_summary.json are made from it)."""
        steps_done = len(self.history)
        tokens = steps_done * self.tokens_per_step
        return {
            "steps": steps_done,
            "final_loss": self.history[-1][1] if self.history else math.nan,
            "avg_loss": self.history[-1][2] if self.history else math.nan,
            "tokens_seen": tokens,
            "tokens_per_s": tokens / self._elapsed if self._elapsed > 0 else 0.0,
            "train_s": self._elapsed,
            "n_ctx": self.n_ctx,
            "seq_len": self.seq_len,
            "dataset_tokens": self.dataset_tokens,
            "n_params": self.n_params,
            "loss_history": self.history,
        }


# ----------------------------------------------------------------------------------------- evaluate
#: A backend's evaluation of one run: (run folder, held-out text, batch size) -> eval_result(...).
EvaluateFn = Callable[[Path, str, int], dict[str, Any]]


def cmd_evaluate(spec: dict[str, Any], evaluate: EvaluateFn) -> dict[str, Any]:
    """Held-out loss of one or more runs on the same text file, one after the other in this process
    (`evaluate`: the backend's evaluate_run; each loads its run afresh)."""
    text = Path(spec["text"]).read_text(encoding="utf-8")
    if not text.strip():
        raise WorkerError(f"held-out text {spec['text']} is empty")
    batch_size = max(1, int(spec.get("batch_size") or 8))
    return {"results": [evaluate(Path(p), text, batch_size) for p in spec["run_paths"]]}


def eval_windows(n_tokens: int, n_ctx: int) -> list[tuple[int, int]]:
    """Token slices [start, end) that score every token after the first exactly once: each window feeds
    up to n_ctx tokens and predicts the next token at every position (disjoint targets, no overlap)."""
    return [(start, min(start + n_ctx + 1, n_tokens)) for start in range(0, max(n_tokens - 1, 0), n_ctx)]


def eval_groups(windows: list[tuple[int, int]], n_ctx: int, batch_size: int) -> list[list[tuple[int, int]]]:
    """Windows in forward-pass groups: full-length ones batch_size at a time (same length), the short
    last one alone."""
    full = [w for w in windows if w[1] - w[0] == n_ctx + 1]
    rest = [w for w in windows if w[1] - w[0] != n_ctx + 1]
    return [full[i:i + batch_size] for i in range(0, len(full), batch_size)] + [[w] for w in rest]


def eval_result(run_path: Path, *, total: float, tokens: int, n_bytes: int, n_ctx: int, windows: int,
                started: float) -> dict[str, Any]:
    """One run's evaluation answer from its summed nats over `tokens` scored tokens, logged as one line.

    Each model reads the text with its OWN encoder, so `loss` (nats per token) is only comparable
    between models that share a tokenizer (`tokenizer`); `bits_per_byte` (total nats / ln 2 / UTF-8
    bytes scored) does not depend on the tokenizer and is what promotion compares.
    """
    loss = total / tokens
    seconds = time.perf_counter() - started
    result = {
        "run_path": str(run_path),
        "loss": loss,
        "perplexity": math.exp(min(loss, 700.0)),
        "bits_per_byte": total / math.log(2) / max(n_bytes, 1),
        "tokens": tokens,
        "bytes": n_bytes,
        "n_ctx": n_ctx,
        "windows": windows,
        "tokenizer": tokenizer_id(run_path),
        "seconds": seconds,
    }
    say(
        f"evaluated {run_path.name}: loss {loss:.3f} (ppl {result['perplexity']:,.1f}), "
        f"{result['bits_per_byte']:.3f} bits/byte over {tokens:,} tokens / {n_bytes:,} bytes in {seconds:.1f}s"
    )
    return result


def tokenizer_id(folder: Path) -> str:
    """A short fingerprint of a model's BPE: equal ids mean per-token losses are directly comparable."""
    digest = hashlib.sha256()
    for name in ("encoder.json", "vocab.bpe"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:16]


# ----------------------------------------------------------------------------------------- generate
_MARKER_WORD = re.compile(r"(?:<\|)?(?:startoftext|endoftext)(?:\|>)?")
_LEADING_MARKERS = re.compile(r"^(?:\s*(?:<\|)?(?:startoftext|endoftext)(?:\|>)?)+")
_MARKER_PIECES = re.compile(r" ?(?:<\||\|>)")


def clean_sample(text: str) -> str:
    """Drop what a sample keeps of the markers: leading ones, everything from a second example on
    (a marker, or its word, mid-text), one cut in half by the length limit, and stray `<|` / `|>`
    pieces an under-trained model emits."""
    text = _LEADING_MARKERS.sub("", text)
    boundary = _MARKER_WORD.search(text)
    if boundary:
        text = text[: boundary.start()]
    for marker in MARKERS:
        for size in range(len(marker) - 1, 1, -1):
            if text.endswith(marker[:size]):
                text = text[:-size]
                break
    return _MARKER_PIECES.sub("", text).strip()


def generation_length(n_ctx: int, context_tokens: int, length: int | None) -> int:
    """Tokens to generate so context + output stays inside the model's window (position n_ctx would
    index past wpe: an error on CPU, silent garbage on GPU)."""
    room = n_ctx - context_tokens - 1
    if room < 1:
        raise WorkerError(f"prefix is {context_tokens} tokens; the model's context is only {n_ctx}")
    return room if length is None else max(1, min(int(length), room))
