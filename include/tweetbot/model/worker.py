"""Child side of the model layer: `python -m tweetbot.model.worker <command> <spec.json>`.

gpt-2-simple switches TensorFlow into graph mode for the whole process and leaks graph ops, so all of it
runs here, in a throwaway process started by `tweetbot.model.runner`. Human-readable progress goes to
stdout line by line; the last line is the machine-readable answer `@@result <json>`. Any exception
prints a traceback and exits non-zero.

Commands (spec keys in brackets):
  ensure    build the tiny model or download an OpenAI one  [name, models_dir, training_text]
  train     fine-tune a fresh run                            [base_model, models_dir, training_text,
                                                              runs_dir, run_name, steps, learning_rate,
                                                              batch_size, accumulate_gradients, seed]
  generate  sample from a fine-tuned run                     [run_path, n, temperature, top_k, top_p,
                                                              length, prefix, batch_size, seed]
  evaluate  held-out loss of runs on one text (no training)  [run_paths, text, batch_size]
  batch     several of the above in this one process         [jobs: [{command, spec}, ...]]
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import random
import re
import shutil
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

RESULT_PREFIX = "@@result "
START = "<|startoftext|>"
END = "<|endoftext|>"
MARKERS = (START, END)
DOWNLOADABLE = ("124M", "355M", "774M", "1558M")
#: A progress line at least this often even when steps//20 steps take longer (big model, slow card).
HEARTBEAT_S = 60.0
#: Fewer tokens than this (or the model's n_ctx if smaller) cannot make a single training example.
MIN_DATASET_TOKENS = 64

_session: Any = None


class WorkerError(Exception):
    """An expected failure (bad input, no internet): reported in one line, without a traceback."""


def say(message: str) -> None:
    """One progress line for the parent's log (stdout is line-buffered: the parent runs us with -u)."""
    print(message, flush=True)


def fmt_eta(seconds: float) -> str:
    """0:01:05 style, like the progress lines promise."""
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


# --------------------------------------------------------------------------------------------- TF setup
def quiet_tensorflow() -> None:
    """Silence TensorFlow's Python-side deprecation chatter; real errors still raise."""
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    import tensorflow as tf

    tf.get_logger().setLevel("ERROR")
    with contextlib.suppress(Exception):
        import absl.logging

        absl.logging.set_verbosity(absl.logging.ERROR)


def fresh_session() -> Any:
    """A clean graph and session: gpt-2-simple cannot load a second model into the same graph
    (`Variable model/wpe already exists`), so every command after the first resets."""
    global _session
    import gpt_2_simple as gpt2

    _session = gpt2.start_tf_sess() if _session is None else gpt2.reset_session(_session)
    return _session


def read_hparams(folder: Path) -> dict[str, int]:
    with (folder / "hparams.json").open() as fh:
        return json.load(fh)


# ------------------------------------------------------------------------------------------- ensure
FetchFn = Callable[[str, Path], None]


def cmd_ensure(spec: dict[str, Any], fetch: FetchFn | None = None) -> dict[str, Any]:
    """Make models_dir/name a complete base model (tiny: build offline; OpenAI sizes: download with
    `fetch`, gpt-2-simple's downloader unless a backend without TensorFlow passes its own)."""
    from tweetbot.model.runner import MODEL_FILES
    from tweetbot.model.tiny import build_tiny_model

    name = spec["name"]
    models_dir = Path(spec["models_dir"])
    tag = spec.get("staging_tag") or str(os.getpid())
    target = models_dir / name
    if all((target / f).is_file() for f in MODEL_FILES):
        return {"path": str(target), "built": False}
    if name.startswith("tiny"):
        if not spec.get("training_text"):
            raise WorkerError("building the tiny model needs training_text (its BPE is trained on it)")
        build_tiny_model(target, Path(spec["training_text"]), staging_tag=tag, log=say)
    elif name in DOWNLOADABLE:
        download(name, models_dir, tag, fetch or fetch_with_gpt2_simple)
    else:
        raise WorkerError(f"unknown base model {name!r}: use 'tiny' or one of {', '.join(DOWNLOADABLE)}")
    return {"path": str(target), "built": True}


def fetch_with_gpt2_simple(name: str, staging: Path) -> None:
    """gpt-2-simple's download_gpt2: writes staging/name/<the 7 files>."""
    import gpt_2_simple as gpt2

    gpt2.download_gpt2(model_dir=str(staging), model_name=name)


def download(name: str, models_dir: Path, tag: str, fetch: FetchFn) -> None:
    """Download OpenAI's weights into a staging folder and rename it into place only when complete.

    gpt-2-simple's download_gpt2 leaves an empty or partial models/<name>/ behind when it fails and
    writes HTTP error pages into the files without checking the status, so we verify before the rename.
    """
    from tweetbot.model.runner import MODEL_FILES, OPENAI_FILES

    models_dir.mkdir(parents=True, exist_ok=True)
    staging = models_dir / f".download-{name}-{tag}"
    target = models_dir / name
    say(f"downloading GPT-2 {name} from openaipublic.blob.core.windows.net ...")
    try:
        try:
            fetch(name, staging)
        except WorkerError:
            raise
        except Exception as exc:  # requests' ConnectionError etc.: say it in one line
            raise WorkerError(f"download of GPT-2 {name} failed: {type(exc).__name__}: {exc}") from exc
        got = staging / name
        missing = [f for f in OPENAI_FILES if not (got / f).is_file()]
        if missing:
            raise WorkerError(f"download of GPT-2 {name} incomplete, missing {missing}")
        try:
            read_hparams(got)
        except ValueError:
            raise WorkerError(f"download of GPT-2 {name} returned an error page, not the model") from None
        if all((target / f).is_file() for f in MODEL_FILES):
            return  # another task finished the same download first
        if target.exists():
            target.rmdir()  # only ever an empty leftover: the parent refuses non-empty incomplete ones
        got.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    say(f"downloaded GPT-2 {name} into {target}")


# -------------------------------------------------------------------------------------------- train
class TrainProgress:
    """Collects per-step losses from gpt-2-simple and turns them into our progress lines."""

    def __init__(self, *, base_model: str, steps: int, batch_size: int, accumulate: int, n_ctx: int) -> None:
        self.base_model = base_model
        self.steps = steps
        self.batch_size = batch_size
        self.accumulate = accumulate
        self.n_ctx = n_ctx
        self.seq_len = n_ctx
        self.dataset_tokens = 0
        self.n_params = 0
        self.every = max(1, steps // 20)
        self.history: list[tuple[int, float, float]] = []
        self._avg = (0.0, 0.0)
        self._t0: float | None = None
        self._elapsed = 0.0
        self._last_line = 0.0

    @property
    def tokens_per_step(self) -> int:
        return self.batch_size * self.accumulate * self.seq_len

    def on_print(self, message: str) -> bool:
        """Handle one of gpt-2-simple's own print()s; return True if it should still be shown."""
        if message.startswith("dataset has"):
            self.dataset_tokens = int(message.split()[2])
            return False
        if message.startswith("Training..."):
            self._announce()
            return False
        if re.match(r"\[\d+ \| [\d.]+\] loss=", message):
            return False  # replaced by on_step's own line
        if message.startswith(("For larger models", "\t", "Loading dataset", "Saving")):
            return False  # the 'larger models' advice (memory-saving gradients) crashes on TF 2
        return True

    def on_step(self, step: int, loss: float) -> None:
        """Called with the exact loss of every step (tapped from the loss summary)."""
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

    def _announce(self) -> None:
        import numpy as np
        import tensorflow as tf

        variables = [v for v in tf.compat.v1.trainable_variables() if "model" in v.name]
        self.start(int(sum(np.prod(v.shape.as_list()) for v in variables)))

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

    def result(self) -> dict[str, Any]:
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


@contextlib.contextmanager
def patched_for_training(progress: TrainProgress) -> Iterator[None]:
    """The three gpt-2-simple patches training needs, undone afterwards.

    - `Sampler.sample`: finetune always asks for 1024-token windows; cap at the model's n_ctx (else
      `indices[0,896] = 896 is not in [0, 128)`) and at what a small dataset can give.
    - `print` in gpt_2_simple.gpt_2: swallow its `[10 | 5.23] loss=3.21` lines (2 decimals) and the
      misleading 'larger models' advice, and learn the dataset size.
    - `tf.compat.v1.summary.FileWriter`: its add_summary receives each step's exact loss.
    """
    import builtins

    import tensorflow as tf
    from gpt_2_simple import gpt_2 as g2
    from gpt_2_simple.src.load_dataset import Sampler

    original_sample = Sampler.sample
    original_writer = tf.compat.v1.summary.FileWriter
    floor = min(progress.n_ctx, MIN_DATASET_TOKENS)

    def sample(self: Any, length: int) -> Any:
        room = self.total_size // len(self.chunks) - 1
        if room < floor:
            raise WorkerError(f"training text is too small: {self.total_size} tokens, need at least {floor + 1}")
        capped = min(length, progress.n_ctx, room)
        if capped < progress.seq_len:
            progress.seq_len = capped
            say(f"dataset is shorter than the context: training on {capped}-token windows")
        return original_sample(self, capped)

    def hooked_print(*args: Any, sep: str = " ", end: str = "\n", file: Any = None, flush: bool = False) -> None:
        if file not in (None, sys.stdout):
            builtins.print(*args, sep=sep, end=end, file=file, flush=flush)
            return
        message = sep.join(str(a) for a in args)
        if progress.on_print(message):
            builtins.print(message, end=end, flush=True)

    class TapWriter(original_writer):  # type: ignore[misc, valid-type]
        def add_summary(self, summary: Any, global_step: int | None = None) -> None:
            from tensorflow.core.framework import summary_pb2

            parsed = summary_pb2.Summary.FromString(summary) if isinstance(summary, bytes) else summary
            progress.on_step(int(global_step or 0), float(parsed.value[0].simple_value))
            super().add_summary(summary, global_step)

    Sampler.sample = sample
    g2.print = hooked_print
    tf.compat.v1.summary.FileWriter = TapWriter
    try:
        yield
    finally:
        Sampler.sample = original_sample
        del g2.print
        tf.compat.v1.summary.FileWriter = original_writer


def seed_everything(seed: int | None) -> None:
    """Python's random drives gpt-2-simple's Sampler, numpy and TF the rest."""
    if seed is None:
        return
    import numpy as np
    import tensorflow as tf

    random.seed(seed)
    np.random.seed(seed)
    tf.compat.v1.set_random_seed(seed)


def checked_train_paths(spec: dict[str, Any]) -> tuple[Path, Path, Path]:
    """(base model folder, training text, run folder) of a train spec, refused unless the base model
    and text exist and the run folder is new or empty (both backends)."""
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


def cmd_train(spec: dict[str, Any]) -> dict[str, Any]:
    """Fine-tune base_model into a fresh runs_dir/run_name; never resumes anything."""
    import gpt_2_simple as gpt2
    import tensorflow as tf

    base, training_text, run_path = checked_train_paths(spec)
    models_dir, base_model = base.parent, base.name
    runs_dir, run_name = run_path.parent, run_path.name
    steps = int(spec["steps"])
    batch_size = int(spec.get("batch_size") or 1)
    accumulate = int(spec.get("accumulate_gradients") or 1)
    n_ctx = int(read_hparams(base)["n_ctx"])
    progress = TrainProgress(
        base_model=base_model, steps=steps, batch_size=batch_size, accumulate=accumulate, n_ctx=n_ctx
    )
    sess = fresh_session()
    seed_everything(spec.get("seed"))
    with patched_for_training(progress):
        gpt2.finetune(
            sess,
            dataset=str(training_text),
            steps=steps,
            model_name=base_model,
            model_dir=str(models_dir),
            batch_size=batch_size,
            learning_rate=float(spec.get("learning_rate", 1e-4)),
            accumulate_gradients=accumulate,
            restore_from="fresh",  # 'latest' silently resumes an old run, step counter included
            run_name=run_name,
            checkpoint_dir=str(runs_dir),
            sample_every=steps + 1,  # no mid-training samples (they write samples/ into the CWD)
            sample_length=min(1023, n_ctx - 1),
            save_every=steps + 1,  # only the final checkpoint
            print_every=1,  # every step reaches on_step; we choose what to show
            max_checkpoints=1,
            use_memory_saving_gradients=False,  # calls exit() on TF 2
            only_train_transformer_layers=False,
            overwrite=False,
        )
    if len(progress.history) != steps:
        raise WorkerError(f"training stopped after {len(progress.history)} of {steps} steps")
    if tf.train.latest_checkpoint(str(run_path)) is None:
        raise RuntimeError(f"finetune returned but wrote no checkpoint into {run_path}")
    relative_checkpoint_paths(run_path)
    return {"run_name": run_name, "run_path": str(run_path), "base_model": base_model, **progress.result()}


def relative_checkpoint_paths(run_path: Path) -> None:
    """gpt-2-simple's Saver writes absolute paths into `checkpoint`; a run fetched elsewhere (artifact
    store → another worker's cache) must find its weights beside that file, so keep only the names."""
    state = run_path / "checkpoint"
    lines = []
    for line in state.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition(": ")
        if sep and key.strip().endswith(("_path", "_paths")):
            value = json.dumps(Path(json.loads(value)).name)
        lines.append(f"{key}{sep}{value}")
    tmp = state.with_name("checkpoint.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(state)


# ----------------------------------------------------------------------------------------- evaluate
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
    """One run's evaluation answer from its summed nats over `tokens` scored tokens (both backends),
    logged as one line."""
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
    import hashlib

    digest = hashlib.sha256()
    for name in ("encoder.json", "vocab.bpe"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:16]


def evaluate_run(run_path: Path, text: str, batch_size: int) -> dict[str, Any]:
    """Mean next-token cross-entropy of one run over `text`, in n_ctx windows (forward passes only).

    Each model reads the text with its OWN encoder, so `loss` (nats per token) is only comparable
    between models that share a tokenizer; `bits_per_byte` (total nats / ln 2 / UTF-8 bytes scored)
    does not depend on the tokenizer and is what promotion compares.
    """
    import numpy as np
    import tensorflow as tf
    from gpt_2_simple.src import encoder, model

    if not (run_path / "checkpoint").is_file():
        raise WorkerError(f"run {run_path} has no checkpoint")
    ckpt = tf.train.latest_checkpoint(str(run_path))
    if ckpt is None:
        raise WorkerError(f"run {run_path}: its checkpoint file names no weights that exist here")
    params = read_hparams(run_path)
    n_ctx = int(params["n_ctx"])
    enc = encoder.get_encoder(str(run_path))
    t0 = time.perf_counter()
    tokens = enc.encode(text)
    windows = eval_windows(len(tokens), n_ctx)
    if not windows:
        raise WorkerError("held-out text is too short to evaluate (fewer than 2 tokens)")

    sess = fresh_session()
    hparams = model.default_hparams()
    hparams.override_from_dict(params)
    context = tf.compat.v1.placeholder(tf.int32, [None, None])
    logits = model.model(hparams=hparams, X=context[:, :-1])["logits"]
    nll = tf.reduce_sum(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=context[:, 1:], logits=logits), axis=1
    )
    weights = [v for v in tf.compat.v1.global_variables() if v.name.startswith("model/")]
    tf.compat.v1.train.Saver(var_list=weights).restore(sess, ckpt)

    total = 0.0
    for group in eval_groups(windows, n_ctx, batch_size):
        batch = np.array([tokens[a:b] for a, b in group], dtype=np.int32)
        total += float(np.sum(sess.run(nll, feed_dict={context: batch}), dtype=np.float64))
    n_bytes = sum(len(enc.decoder[t]) for t in tokens[1:])  # byte-level BPE: one character per byte
    return eval_result(run_path, total=total, tokens=len(tokens) - 1, n_bytes=n_bytes, n_ctx=n_ctx,
                       windows=len(windows), started=t0)


def cmd_evaluate(spec: dict[str, Any],
                 evaluate: Callable[[Path, str, int], dict[str, Any]] | None = None) -> dict[str, Any]:
    """Held-out loss of one or more runs on the same text file, one after the other in this process
    (`evaluate`: a backend's evaluate_run; this one's by default)."""
    evaluate = evaluate_run if evaluate is None else evaluate
    text = Path(spec["text"]).read_text(encoding="utf-8")
    if not text.strip():
        raise WorkerError(f"held-out text {spec['text']} is empty")
    batch_size = max(1, int(spec.get("batch_size") or 8))
    return {"results": [evaluate(Path(p), text, batch_size) for p in spec["run_paths"]]}


# ----------------------------------------------------------------------------------------- generate
_MARKER_WORD = re.compile(r"(?:<\|)?(?:startoftext|endoftext)(?:\|>)?")
_LEADING_MARKERS = re.compile(r"^(?:\s*(?:<\|)?(?:startoftext|endoftext)(?:\|>)?)+")
_MARKER_PIECES = re.compile(r" ?(?:<\||\|>)")


def clean_sample(text: str) -> str:
    """Drop what gpt-2-simple leaves of the markers: leading ones, everything from a second example on
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


def cmd_generate(spec: dict[str, Any]) -> dict[str, Any]:
    """Sample n texts from a fine-tuned run with gpt-2-simple's own generate(), in a few chunks so the
    log shows progress."""
    import gpt_2_simple as gpt2
    from gpt_2_simple.src import encoder

    run_path = Path(spec["run_path"])
    if (run_path / "FAILED").exists():
        raise WorkerError(f"run {run_path} failed during training; refusing to generate from it")
    if not (run_path / "checkpoint").is_file():
        raise WorkerError(f"run {run_path} has no checkpoint")
    n = int(spec["n"])
    prefix = spec.get("prefix")
    full_prefix = START + (prefix or "")
    n_ctx = int(read_hparams(run_path)["n_ctx"])
    context_tokens = len(encoder.get_encoder(str(run_path)).encode(full_prefix))
    length = generation_length(n_ctx, context_tokens, spec.get("length"))
    batch_size = max(1, min(int(spec.get("batch_size") or 20), n))
    batches = math.ceil(n / batch_size)
    per_chunk = max(1, math.ceil(batches / 10))  # ~10 progress lines; each chunk adds ~530 graph ops
    seed = spec.get("seed")

    sess = fresh_session()
    gpt2.load_gpt2(sess, checkpoint_dir=str(run_path.parent), run_name=run_path.name)
    say(f"generating {n} samples from {run_path.name}: up to {length} tokens each, batch {batch_size}")
    texts: list[str] = []
    t0 = time.perf_counter()
    chunk = 0
    while len(texts) < n:
        left = n - len(texts)
        chunk_batch = min(batch_size, left)  # each generate() call builds its own graph: batch may shrink
        count = min(per_chunk, left // chunk_batch) * chunk_batch
        out = gpt2.generate(
            sess,
            run_name=run_path.name,
            checkpoint_dir=str(run_path.parent),
            return_as_list=True,
            nsamples=count,
            batch_size=chunk_batch,
            length=length,
            temperature=float(spec.get("temperature", 1.0)),
            top_k=int(spec.get("top_k", 0)),
            top_p=float(spec.get("top_p", 0.9)),
            prefix=full_prefix,
            truncate=END,
            include_prefix=prefix is not None,
            seed=None if seed is None else int(seed) + chunk,
        )
        texts.extend(clean_sample(t) for t in out)
        chunk += 1
        done = min(len(texts), n)
        elapsed = time.perf_counter() - t0
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (n - done) / rate if rate > 0 else 0.0
        say(f"generated {done}/{n} samples, {rate:.1f} samples/s, ETA {fmt_eta(eta)}")
    elapsed = time.perf_counter() - t0
    return {
        "texts": texts[:n],
        "n_ctx": n_ctx,
        "length": length,
        "context_tokens": context_tokens,
        "samples_per_s": n / elapsed if elapsed > 0 else 0.0,
        "wall_s": elapsed,
    }


# -------------------------------------------------------------------------------------------- batch
def cmd_batch(spec: dict[str, Any],
              commands: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] | None = None) -> dict[str, Any]:
    """Run several commands in this one process (saves start-up; proves repeated loads work)."""
    commands = COMMANDS if commands is None else commands
    results = []
    for job in spec["jobs"]:
        if job["command"] == "batch":
            raise WorkerError("batch jobs cannot nest")
        results.append(commands[job["command"]](job["spec"]))
    return {"results": results}


COMMANDS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "ensure": cmd_ensure,
    "train": cmd_train,
    "generate": cmd_generate,
    "evaluate": cmd_evaluate,
    "batch": cmd_batch,
    "story": lambda spec: __import__("tweetbot.model.story_worker", fromlist=["cmd_story"]).cmd_story(spec),
}


# --------------------------------------------------------------------------------------------- main
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


def main(argv: list[str] | None = None, commands: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] | None = None,
         setup: Callable[[], None] = quiet_tensorflow) -> int:
    """Run one command: `<module> <command> <spec.json>`; also the torch backend's entry point."""
    commands = COMMANDS if commands is None else commands
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] not in commands:
        print(f"usage: python -m {__spec__.name if __spec__ else 'tweetbot.model.worker'} "
              f"{{{','.join(commands)}}} SPEC.json", file=sys.stderr)
        return 2
    die_with_parent()
    command, spec_path = args
    try:
        spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
        setup()
        result = commands[command](spec)
    except WorkerError as exc:
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


if __name__ == "__main__":
    sys.exit(main())
