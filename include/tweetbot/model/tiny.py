"""Build a tiny, randomly initialised GPT-2 in gpt-2-simple's folder layout, fully offline.

OpenAI's weights need the internet; tests, demos and CI need a model anyway. This trains a byte-level
BPE on the training text (so the vocabulary fits the data), writes the files gpt-2-simple reads
(encoder.json, vocab.bpe, hparams.json, checkpoint, model.ckpt.*) and saves random weights. The result
fine-tunes with `gpt_2_simple.finetune(restore_from="fresh")` like any downloaded model, and under the
torch backend.

Needs neither TensorFlow nor torch (numpy, tokenizers and our own checkpoint writer), so a GPU worker
with only one of the two backends builds the same model. Runs inside the model child process, called by
the `ensure` command (`base_models`).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from tweetbot.model.child import END, START
from tweetbot.model.folders import MODEL_FILES, has_model, write_checkpoint_state

LogFn = Callable[[str], None]

#: Small enough to train ~50 steps/s on two CPU cores, big enough to learn something.
TINY_HPARAMS = {"n_ctx": 128, "n_embd": 128, "n_head": 4, "n_layer": 2}
#: The BPE learns every merge its text has (min_frequency 1) up to MAX_VOCAB tokens: on an archive of a
#: few hundred tweets that makes nearly every word one token, so the tiny model writes words from its
#: first steps instead of spelling them from fragments (the demo: 61% → 92% of its words real, same
#: 200 steps; bench/bench_demo_words.py). Larger texts stop at MAX_VOCAB.
MAX_VOCAB = 4096
MIN_FREQUENCY = 1


def build_tiny_model(
    target: Path,
    training_text: Path,
    *,
    hparams: dict[str, int] | None = None,
    vocab_size: int = MAX_VOCAB,
    min_frequency: int = MIN_FREQUENCY,
    seed: int = 1234,
    staging_tag: str | None = None,
    log: LogFn = print,
) -> Path:
    """Build the tiny model into `target` atomically and return it.

    Everything is written to a sibling `<target>.tmp-<tag>` folder that is renamed at the end, so a
    crash never leaves a half-built folder that looks complete.
    """
    target = Path(target)
    if has_model(target):
        return target
    training_text = Path(training_text)
    if not training_text.is_file():
        raise FileNotFoundError(f"training text not found: {training_text}")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.tmp-{staging_tag or os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        n_vocab = _train_bpe(tmp, training_text, vocab_size, min_frequency)
        params = {"n_vocab": n_vocab, **TINY_HPARAMS, **(hparams or {})}
        (tmp / "hparams.json").write_text(json.dumps(params, indent=2) + "\n")
        _check_encoder_roundtrip(tmp, training_text)
        n_params = _save_random_weights(tmp, params, seed)
        _move_into_place(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log(
        f"built tiny model {target.name}: {n_params:,} params, n_vocab {n_vocab}, "
        f"n_ctx {params['n_ctx']}, n_layer {params['n_layer']}, n_embd {params['n_embd']}"
    )
    return target


def _move_into_place(tmp: Path, target: Path) -> None:
    """Rename the finished build to its final name; if a concurrent build won the race, keep theirs."""
    if has_model(target):
        shutil.rmtree(tmp, ignore_errors=True)
        return
    if target.exists():
        target.rmdir()  # only an empty leftover (e.g. a failed download): non-empty raises OSError
    try:
        tmp.rename(target)
    except OSError:
        if not has_model(target):
            raise
        shutil.rmtree(tmp, ignore_errors=True)


def _train_bpe(folder: Path, training_text: Path, vocab_size: int, min_frequency: int) -> int:
    """Train a byte-level BPE and store it the way gpt-2-simple's encoder reads it; return n_vocab.

    gpt-2-simple's reader drops the first line of vocab.bpe (tokenizers' `#version` header) and the last
    element after splitting on newlines, so the file must end with a newline or the last merge is lost.
    """
    from tokenizers import ByteLevelBPETokenizer

    tokenizer = ByteLevelBPETokenizer()
    tokenizer.train(
        files=[str(training_text)],
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        show_progress=False,
        special_tokens=[END],
    )
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        tokenizer.save_model(scratch)
        vocab = json.loads((Path(scratch) / "vocab.json").read_text(encoding="utf-8"))
        merges = (Path(scratch) / "merges.txt").read_text(encoding="utf-8")
    if not merges.startswith("#"):
        merges = "#version: 0.2\n" + merges
    if not merges.endswith("\n"):
        merges += "\n"
    (folder / "encoder.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (folder / "vocab.bpe").write_text(merges, encoding="utf-8")
    return max(vocab.values()) + 1


def _check_encoder_roundtrip(folder: Path, training_text: Path) -> None:
    """Fail early if the BPE files cannot encode/decode the data (read as gpt-2-simple reads them)."""
    from tweetbot.model.bpe import Encoder

    enc = Encoder(folder)
    with training_text.open(encoding="utf-8", errors="ignore") as fh:
        sample = fh.read(20_000)
    sample = sample + "\n" + START + "Héllo wörld ✓ 🚀 \t 123" + END
    ids = enc.encode(sample)
    if enc.decode(ids) != sample:
        raise RuntimeError("tiny model vocabulary does not round-trip the training text")
    if max(ids) >= len(enc.encoder):
        raise RuntimeError("encoder produced an id outside the vocabulary")


def _save_random_weights(folder: Path, params: dict[str, int], seed: int) -> int:
    """OpenAI's initialisation (normal 0.02, positions 0.01, zero biases, unit norms) as a checkpoint
    `model.ckpt` gpt-2-simple and the torch backend both restore."""
    import numpy as np

    from tweetbot.model import gpt2_layout
    from tweetbot.model.tf_checkpoint import write_checkpoint

    rng = np.random.default_rng(seed)
    tensors = {}
    for name, shape, std in gpt2_layout.variables(params):
        if std > 0:
            tensors[name] = rng.normal(0.0, std, size=shape).astype(np.float32)
        else:
            tensors[name] = np.full(shape, 1.0 if std < 0 else 0.0, dtype=np.float32)
    write_checkpoint(folder / "model.ckpt", tensors)
    write_checkpoint_state(folder, "model.ckpt")
    missing = [name for name in MODEL_FILES if not (folder / name).is_file()]
    if missing:
        raise RuntimeError(f"tiny model build is missing {missing}")
    return int(sum(t.size for t in tensors.values()))
