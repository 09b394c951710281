"""The gpt-2-simple backend (the design's default): `python -m tweetbot.model.gpt2simple_worker
<command> <spec.json>`, started by `runner`.

gpt-2-simple switches TensorFlow into graph mode for the whole process and leaks graph ops, so all of it
runs here, in a throwaway child. The protocol (spec in, progress lines, `@@result` out) and the helpers
shared with the torch backend are in `child`; this module is what only gpt-2-simple does: its
finetune() with three patches (context cap, exact per-step losses, quiet prints), its generate(), and
held-out loss through OpenAI's TF graph.
"""
from __future__ import annotations

import contextlib
import math
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tweetbot.model import base_models, child
from tweetbot.model.child import (
    END,
    MIN_DATASET_TOKENS,
    START,
    TrainProgress,
    WorkerError,
    checked_train_paths,
    clean_sample,
    eval_groups,
    eval_result,
    eval_windows,
    fmt_eta,
    generation_length,
    say,
)
from tweetbot.model.folders import read_hparams, usable_checkpoint, write_checkpoint_state
from tweetbot.model.story_worker import run_story

_session: Any = None


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
    (`Variable model/wpe already exists`), so every load after the first (evaluating two runs) resets."""
    global _session
    import gpt_2_simple as gpt2

    _session = gpt2.start_tf_sess() if _session is None else gpt2.reset_session(_session)
    return _session


# -------------------------------------------------------------------------------------------- train
def cmd_train(spec: dict[str, Any]) -> dict[str, Any]:
    """Fine-tune base_model into a fresh runs_dir/run_name with gpt2.finetune; never resumes anything."""
    import gpt_2_simple as gpt2

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
    # The Saver wrote absolute paths into `checkpoint`; a run fetched elsewhere (artifact store -> another
    # worker's cache) must find its weights beside that file, so name them relatively.
    write_checkpoint_state(run_path, usable_checkpoint(run_path).name)
    return {"run_name": run_name, "run_path": str(run_path), "base_model": base_model, **progress.result()}


#: gpt-2-simple's own per-step line (2 decimals), replaced by TrainProgress's.
_STEP_LINE = re.compile(r"\[\d+ \| [\d.]+\] loss=")
#: Its other prints we hide; the 'larger models' advice (memory-saving gradients) crashes on TF 2.
_HIDDEN = ("For larger models", "\t", "Loading dataset", "Saving")


@contextlib.contextmanager
def patched_for_training(progress: TrainProgress) -> Iterator[None]:
    """The three gpt-2-simple patches training needs, undone afterwards.

    - `Sampler.sample`: finetune always asks for 1024-token windows; cap at the model's n_ctx (else
      `indices[0,896] = 896 is not in [0, 128)`) and at what a small dataset can give.
    - `print` in gpt_2_simple.gpt_2: learn the dataset size, start the clock at "Training...", swallow
      its own step lines and the misleading advice.
    - `tf.compat.v1.summary.FileWriter`: its add_summary receives each step's exact loss.
    """
    import builtins

    import numpy as np
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
        if message.startswith("dataset has"):
            progress.dataset_tokens = int(message.split()[2])
        elif message.startswith("Training..."):
            variables = [v for v in tf.compat.v1.trainable_variables() if "model" in v.name]
            progress.start(int(sum(np.prod(v.shape.as_list()) for v in variables)))
        elif not (_STEP_LINE.match(message) or message.startswith(_HIDDEN)):
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


# ----------------------------------------------------------------------------------------- evaluate
def evaluate_run(run_path: Path, text: str, batch_size: int) -> dict[str, Any]:
    """Mean next-token cross-entropy of one run over `text`, in n_ctx windows (forward passes only),
    through OpenAI's model graph as gpt-2-simple ships it; see child.eval_result for the numbers."""
    import numpy as np
    import tensorflow as tf
    from gpt_2_simple.src import encoder, model

    ckpt = usable_checkpoint(run_path)
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
    tf.compat.v1.train.Saver(var_list=weights).restore(sess, str(ckpt))

    total = 0.0
    for group in eval_groups(windows, n_ctx, batch_size):
        batch = np.array([tokens[a:b] for a, b in group], dtype=np.int32)
        total += float(np.sum(sess.run(nll, feed_dict={context: batch}), dtype=np.float64))
    n_bytes = sum(len(enc.decoder[t]) for t in tokens[1:])  # byte-level BPE: one character per byte
    return eval_result(run_path, total=total, tokens=len(tokens) - 1, n_bytes=n_bytes, n_ctx=n_ctx,
                       windows=len(windows), started=t0)


# ----------------------------------------------------------------------------------------- generate
def cmd_generate(spec: dict[str, Any]) -> dict[str, Any]:
    """Sample n texts from a fine-tuned run with gpt-2-simple's own generate(), in a few chunks so the
    log shows progress."""
    import gpt_2_simple as gpt2
    from gpt_2_simple.src import encoder

    run_path = Path(spec["run_path"])
    usable_checkpoint(run_path)
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


def cmd_story(spec: dict[str, Any]) -> dict[str, Any]:
    """Continue a story: each continuation is one gpt2.generate call in the session loaded once."""
    import gpt_2_simple as gpt2
    from gpt_2_simple.src import encoder

    run_path = Path(spec["run_path"])
    usable_checkpoint(run_path)
    enc = encoder.get_encoder(str(run_path))
    sess = fresh_session()
    gpt2.load_gpt2(sess, checkpoint_dir=str(run_path.parent), run_name=run_path.name)

    def continue_text(prefix: str, length: int, seed: int | None) -> str:
        [text] = gpt2.generate(
            sess, run_name=run_path.name, checkpoint_dir=str(run_path.parent), return_as_list=True,
            nsamples=1, batch_size=1, length=length, temperature=float(spec.get("temperature", 1.0)),
            top_k=int(spec.get("top_k", 0)), top_p=float(spec.get("top_p", 0.9)),
            prefix=START + prefix, truncate=END, include_prefix=True, seed=seed,
        )
        # include_prefix=True gives prefix + continuation whether or not the model ended the example
        # (with False, gpt-2-simple keeps the prefix only when no end marker was generated).
        return text[len(START + prefix):] if text.startswith(START + prefix) else text

    return run_story(spec, n_ctx=int(read_hparams(run_path)["n_ctx"]), encode=enc.encode,
                     continue_text=continue_text)


COMMANDS: dict[str, child.Command] = {
    "ensure": base_models.cmd_ensure,
    "train": cmd_train,
    "generate": cmd_generate,
    "evaluate": lambda spec: child.cmd_evaluate(spec, evaluate_run),
    "story": cmd_story,
}

if __name__ == "__main__":
    sys.exit(child.main(COMMANDS, setup=quiet_tensorflow))
