"""What model and run folders hold, and the one check that a run may be used.

A base model folder (`models/<name>/`) and a training run folder (`runs/<run>/`) have the layout
gpt-2-simple gives them, whichever backend wrote them: `hparams.json`, `encoder.json`, `vocab.bpe`,
TensorFlow weights (`<prefix>.index` + `<prefix>.data-*`, see `tf_checkpoint`) and the `checkpoint`
state file naming the current weights. A run whose training failed also holds a `FAILED` marker.

Standard library only: the parent (`runner`, Airflow workers, the CLI, `artifacts`) and both backends'
children import it, and the parent must never load TensorFlow, torch or numpy.
"""
from __future__ import annotations

import json
import os
import re
import secrets
from pathlib import Path

#: OpenAI's GPT-2 sizes gpt-2-simple (and the torch backend) can download.
DOWNLOADABLE = ("124M", "355M", "774M", "1558M")
#: What a base model folder needs for both backends (OpenAI's downloads add model.ckpt.meta, the
#: TensorFlow graph, which restoring weights does not use).
MODEL_FILES = (
    "checkpoint",
    "encoder.json",
    "hparams.json",
    "model.ckpt.data-00000-of-00001",
    "model.ckpt.index",
    "vocab.bpe",
)
#: The 7 files of one of OpenAI's downloads.
OPENAI_FILES = (*MODEL_FILES, "model.ckpt.meta")
#: Written into a run folder whose training failed: nothing may ever serve from it.
FAILED = "FAILED"


class UnusableRun(Exception):
    """A run folder that must not be loaded: failed, never trained, or its weights are gone."""


def has_model(folder: Path) -> bool:
    """True when folder holds every file of MODEL_FILES (a complete base model)."""
    return all((folder / name).is_file() for name in MODEL_FILES)


def read_hparams(folder: Path) -> dict[str, int]:
    """The model's hyper-parameters (n_vocab, n_ctx, n_embd, n_head, n_layer) from hparams.json."""
    with (folder / "hparams.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def usable_checkpoint(run_path: Path) -> Path:
    """The weights (checkpoint prefix) a run serves from, or UnusableRun saying why there are none:
    marked FAILED, no `checkpoint` file, or one naming weights that are not in the folder.

    The one check every caller makes before loading a run: the parent before it starts a child, both
    backends before they load weights, the artifact store before it trusts a local copy.
    """
    run_path = Path(run_path)
    if (run_path / FAILED).exists():
        raise UnusableRun(f"run {run_path} is marked FAILED: it must not be used")
    if not (run_path / "checkpoint").is_file():
        raise UnusableRun(f"run {run_path} has no checkpoint: was it trained?")
    prefix = latest_checkpoint(run_path)
    if prefix is None:
        raise UnusableRun(f"run {run_path}: its checkpoint file names no weights that exist here")
    return prefix


# --- the `checkpoint` state file (TensorFlow's text-format CheckpointState) ------------------------

_STATE_LINE = re.compile(r'^\s*(\w+)\s*:\s*"((?:[^"\\]|\\.)*)"\s*$')
_SIMPLE_ESCAPES = {"n": b"\n", "r": b"\r", "t": b"\t", "a": b"\a", "b": b"\b", "f": b"\f", "v": b"\v",
                   "\\": b"\\", "'": b"'", '"': b'"', "?": b"?"}


def latest_checkpoint(folder: str | Path) -> Path | None:
    """The prefix the folder's `checkpoint` file names, if its `.index` exists; else None.

    Relative paths are relative to `folder`. An absolute path whose index is gone (a run folder
    copied from another machine; TF's default Saver writes absolute paths) falls back to the same
    file name inside `folder`.
    """
    folder = Path(folder)
    values = _read_state(folder).get("model_checkpoint_path")
    if not values or not values[-1]:
        return None
    named = Path(values[-1])
    prefix = named if named.is_absolute() else folder / named
    if _index_exists(prefix):
        return prefix
    if named.is_absolute() and _index_exists(folder / named.name):
        return folder / named.name
    return None


def write_checkpoint_state(folder: str | Path, prefix_name: str) -> None:
    """Write the folder's `checkpoint` file naming `prefix_name` (relative to the folder, so the
    folder can be moved), atomically, the way tf.train.latest_checkpoint expects it."""
    folder = Path(folder)
    name = os.fspath(prefix_name)
    if os.path.isabs(name) and Path(name).parent == folder:
        name = Path(name).name
    text = f'model_checkpoint_path: "{_escape(name)}"\nall_model_checkpoint_paths: "{_escape(name)}"\n'
    tmp = folder / f"checkpoint.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        with open(tmp, "x", encoding="utf-8", errors="surrogateescape") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, folder / "checkpoint")
        tmp = None
    finally:
        if tmp is not None:
            os.unlink(tmp)


def _index_exists(prefix: Path) -> bool:
    return Path(f"{prefix}.index").is_file()  # not with_suffix: prefixes like "model.ckpt-100" have dots


def _read_state(folder: Path) -> dict[str, list[str]]:
    path = folder / "checkpoint"
    try:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UnusableRun(f"{path}: cannot read: {exc}") from exc
    state: dict[str, list[str]] = {}
    for line in text.splitlines():
        m = _STATE_LINE.match(line)
        if m:  # numeric fields (all_model_checkpoint_timestamps, ...) are not needed here
            state.setdefault(m.group(1), []).append(_unescape(m.group(2)))
    return state


def _unescape(text: str) -> str:
    """Undo protobuf text-format C escaping (\\n, \\", \\\\, octal \\NNN, hex \\xHH)."""
    out = bytearray()
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "\\" or i + 1 == len(text):
            out += ch.encode("utf-8")
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[nxt]
            i += 2
        elif nxt in "01234567":
            m = re.match(r"[0-7]{1,3}", text[i + 1:])
            out.append(int(m.group(), 8) & 0xFF)
            i += 1 + len(m.group())
        elif nxt == "x" and re.match(r"[0-9a-fA-F]{1,2}", text[i + 2:]):
            m = re.match(r"[0-9a-fA-F]{1,2}", text[i + 2:])
            out.append(int(m.group(), 16))
            i += 2 + len(m.group())
        else:
            out += nxt.encode("utf-8")
            i += 2
    return out.decode("utf-8", errors="surrogateescape")


def _escape(text: str) -> str:
    """Protobuf text-format escaping of a path: quotes, backslashes and control characters."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):03o}")
        else:  # protobuf leaves UTF-8 as it is
            out.append(ch)
    return "".join(out)
