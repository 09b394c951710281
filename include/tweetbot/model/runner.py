"""Parent side of the model layer: runs a model backend in a child process and streams its progress.

Two backends read and write the same model and run folders (gpt-2-simple's TensorFlow checkpoints,
see `folders`): `gpt2simple` (the design's default: `gpt2simple_worker`) and `torch` (PyTorch, fast on
GPUs: `torch_worker`). Chosen per call; TWEETBOT_MODEL_BACKEND sets the default.

Imported inside Airflow workers and the CLI, so it must stay light: no tensorflow, no gpt_2_simple, no
torch or numpy, only the standard library (and `folders` / `child`, which are standard library too).
gpt-2-simple switches TensorFlow into graph mode for the whole process and leaks graph ops, so every
model command runs in `python -m tweetbot.model.<backend module>` (optionally another interpreter:
TWEETBOT_ML_PYTHON, e.g. a GPU worker's own TensorFlow venv), with its own working folder because
gpt-2-simple writes `samples/` relative to the CWD. `child` describes the protocol.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tweetbot.model.child import RESULT_PREFIX
from tweetbot.model.folders import (
    DOWNLOADABLE,
    FAILED,
    MODEL_FILES,
    OPENAI_FILES,
    UnusableRun,
    has_model,
    usable_checkpoint,
)

LogFn = Callable[[str], None]

#: Interpreter for the child. None: env TWEETBOT_ML_PYTHON if set, else this interpreter (sys.executable).
ML_PYTHON: str | None = None

#: backend name -> the child module that implements it.
BACKENDS = {"gpt2simple": "tweetbot.model.gpt2simple_worker", "torch": "tweetbot.model.torch_worker"}
TAIL_LINES = 20
_RUN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

# TensorFlow start-up and deprecation noise that says nothing about this run.
_NOISE = (
    re.compile(r"^[IW]\d{4} [\d:.]+\s+\d+ \S+:\d+\]"),  # absl C++ INFO/WARNING lines
    re.compile(r"^E\d{4} [\d:.]+\s+\d+ \S+:\d+\] .*(cuInit|cuda drivers|CUDA error|cuDNN|cuFFT|cuBLAS)"),
    re.compile(r"^WARNING: All log messages before absl::InitializeLog"),
    re.compile(r"rebuild TensorFlow with the appropriate compiler flags"),
    re.compile(r"^WARNING:tensorflow:.*(deprecat|is not supported|will be removed)", re.I),
    re.compile(r"^Instructions for updating:"),
    re.compile(r"^\S+\.py:\d+: (Deprecation|Future|User)Warning: "),
)


def ml_python(backend: str = "gpt2simple") -> str:
    """The interpreter for a backend's child: module override, then env (TWEETBOT_TORCH_PYTHON for
    torch, then TWEETBOT_ML_PYTHON), then this one."""
    torch_python = os.environ.get("TWEETBOT_TORCH_PYTHON") if backend == "torch" else None
    return ML_PYTHON or torch_python or os.environ.get("TWEETBOT_ML_PYTHON") or sys.executable


def resolve_backend(backend: str | None = None) -> str:
    """The backend asked for, else TWEETBOT_MODEL_BACKEND, else gpt2simple; unknown names are errors."""
    name = (backend or os.environ.get("TWEETBOT_MODEL_BACKEND") or "gpt2simple").strip().lower()
    if name not in BACKENDS:
        raise ValueError(f"unknown model backend {name!r}: use one of {', '.join(BACKENDS)}")
    return name


@dataclass(frozen=True)
class TrainResult:
    """What a fine-tuning run produced; also written to <run_path>/train_summary.json."""

    run_name: str
    run_path: str
    base_model: str
    steps: int
    final_loss: float
    avg_loss: float
    tokens_seen: int
    tokens_per_s: float
    wall_s: float
    n_ctx: int
    batch_size: int


@dataclass(frozen=True)
class EvalResult:
    """One run's loss on a held-out text (see child.eval_result for what each number means)."""

    run_path: str
    loss: float  # mean nats per token, under this run's own tokenizer
    perplexity: float  # exp(loss)
    bits_per_byte: float  # tokenizer-independent: comparable across base models
    tokens: int
    bytes: int
    n_ctx: int
    windows: int
    tokenizer: str
    seconds: float


class ModelError(RuntimeError):
    """The model child failed; the message carries its exit code and last lines of output."""


# ------------------------------------------------------------------------------------- child process
def _package_root() -> Path:
    """The folder that holds the `tweetbot` package (include/ in a checkout, site-packages installed)."""
    import tweetbot

    return Path(tweetbot.__file__).resolve().parents[1]


def _child_env(command: str, backend: str) -> dict[str, str]:
    """Our environment plus: the package importable, TF's C++ logging down, progress bars tamed, and
    for gpt-2-simple TensorFlow without Keras."""
    env = dict(os.environ)
    root = str(_package_root())
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    if backend == "gpt2simple":
        # `import tensorflow` loads Keras 3 eagerly (~1.8 s of its ~4 s: keras, and scikit-learn through
        # Keras' wrappers); gpt-2-simple is tf.compat.v1 and never touches tf.keras. TensorFlow's own
        # switch to the legacy tf_keras skips that load when tf_keras is not installed (it is not ours).
        env.setdefault("TF_USE_LEGACY_KERAS", "1")
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    if command == "ensure":
        env.setdefault("TQDM_MININTERVAL", "10")  # download bars: one line per 10 s, not per MB
    else:
        env["TQDM_DISABLE"] = "1"  # load_dataset's one-file bar is pure noise
    return env


def is_noise(line: str) -> bool:
    """True for TensorFlow chatter the task log is better without."""
    return any(p.search(line) for p in _NOISE)


def _stop(proc: subprocess.Popen[str]) -> None:
    """Terminate the child's process group, then kill it if it will not go."""
    for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _failure(command: str, rc: int, tail: deque[str], why: str = "") -> ModelError:
    if rc < 0:
        try:
            status = f"killed by {signal.Signals(-rc).name}"
        except ValueError:
            status = f"killed by signal {-rc}"
        if rc == -signal.SIGKILL:
            status += " (out of memory?)"
    else:
        status = f"exit code {rc}"
    lines = "\n".join(f"  | {line}" for line in tail) or "  | (no output)"
    return ModelError(f"model worker '{command}' failed ({status}){why}; last output:\n{lines}")


def run_worker(command: str, spec: dict[str, Any], *, log: LogFn = print, backend: str | None = None) -> dict[str, Any]:
    """Run one worker command in a child process of `backend` and return its `@@result` payload.

    Each output line is passed to `log` as it arrives (minus TensorFlow noise). If this call is
    interrupted (Airflow timeout, SIGTERM, Ctrl-C) the child is terminated before the error propagates;
    the child also dies with us if we are SIGKILLed (PR_SET_PDEATHSIG).
    """
    backend = resolve_backend(backend)
    tail: deque[str] = deque(maxlen=TAIL_LINES)
    result: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix=f"tweetbot-model-{command}-") as workdir:
        spec_path = Path(workdir) / "spec.json"
        spec_path.write_text(json.dumps({**spec, "spawned_at": time.time()}), encoding="utf-8")
        proc = subprocess.Popen(
            [ml_python(backend), "-u", "-m", BACKENDS[backend], command, str(spec_path)],
            cwd=workdir,
            env=_child_env(command, backend),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,  # universal newlines: tqdm's \r updates arrive as separate lines
            encoding="utf-8",
            errors="replace",
            bufsize=1,
            start_new_session=True,  # terminal Ctrl-C reaches us, and we stop the child cleanly
        )
        try:
            assert proc.stdout is not None
            for raw in proc.stdout:
                line = raw.rstrip()
                if line.startswith(RESULT_PREFIX):
                    result = json.loads(line[len(RESULT_PREFIX):])
                    continue
                if not line.strip():
                    continue
                tail.append(line)
                if not is_noise(line):
                    log(line)
            rc = proc.wait()
        finally:
            if proc.poll() is None:
                _stop(proc)
    if rc != 0:
        raise _failure(command, rc, tail)
    if result is None:
        raise _failure(command, rc, tail, why=": it exited without a result")
    return result


# ------------------------------------------------------------------------------------------ base model
def _preplace_hint(name: str, models_dir: Path) -> str:
    return (
        f"To install it without internet, copy the 7 files of GPT-2 {name} ({', '.join(OPENAI_FILES)}) "
        f"into {models_dir / name}/ (e.g. from a machine where gpt_2_simple.download_gpt2"
        f"(model_name={name!r}) worked), or use base model 'tiny' for an offline test model."
    )


def _cleanup_leftovers(models_dir: Path, name: str, tag: str) -> None:
    """Remove the staging folders our (possibly killed) child left, and an empty models_dir/name.

    Only our own `tag`: another task may be building the same model right now."""
    for path in (models_dir / f".download-{name}-{tag}", models_dir / f"{name}.tmp-{tag}"):
        shutil.rmtree(path, ignore_errors=True)
    target = models_dir / name
    if target.is_dir() and not any(target.iterdir()):
        target.rmdir()


def ensure_base_model(name: str, *, models_dir: Path, training_text: Path | None, log: LogFn,
                      backend: str | None = None) -> Path:
    """Return models_dir/name as a complete base model, building (tiny*) or downloading it if needed.

    Existing complete folders are reused without starting a child. An incomplete non-empty folder is
    never touched (it may be someone's half-copied weights): that is an error saying what is missing.
    """
    models_dir = Path(models_dir).expanduser().resolve()
    target = models_dir / name
    if has_model(target):
        return target
    if target.is_dir() and any(target.iterdir()):
        missing = [f for f in MODEL_FILES if not (target / f).is_file()]
        raise ModelError(f"base model folder {target} is incomplete, missing {missing}. "
                         + _preplace_hint(name, models_dir))
    is_tiny = name.startswith("tiny")
    if not is_tiny and name not in DOWNLOADABLE:
        raise ModelError(f"unknown base model {name!r}: use 'tiny' or one of {', '.join(DOWNLOADABLE)}, "
                         f"or place a model in {target}/")
    if is_tiny and (training_text is None or not Path(training_text).is_file()):
        raise ModelError(f"building base model {name!r} needs an existing training_text to train its BPE on "
                         f"(got {training_text})")
    models_dir.mkdir(parents=True, exist_ok=True)
    tag = f"{os.getpid()}-{secrets.token_hex(3)}"
    spec = {
        "name": name,
        "models_dir": str(models_dir),
        "training_text": str(Path(training_text).resolve()) if training_text else None,
        "staging_tag": tag,
    }
    try:
        run_worker("ensure", spec, log=log, backend=backend)
    except ModelError as exc:
        if is_tiny:
            raise
        raise ModelError(f"could not download GPT-2 {name}. {_preplace_hint(name, models_dir)}\n{exc}") from exc
    finally:
        _cleanup_leftovers(models_dir, name, tag)
    if not has_model(target):
        raise ModelError(f"model worker reported success but {target} is incomplete")
    return target


# ------------------------------------------------------------------------------------------------ train
def _write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def _mark_failed(run_path: Path, error: BaseException) -> None:
    """Leave the partial run for inspection, but marked so nothing ever serves it."""
    if run_path.is_dir():
        (run_path / FAILED).write_text(f"{type(error).__name__}: {error}\n", encoding="utf-8")


def train(
    *,
    base_model: str,
    models_dir: Path,
    training_text: Path,
    runs_dir: Path,
    run_name: str,
    steps: int,
    learning_rate: float = 1e-4,
    batch_size: int = 1,
    log: LogFn = print,
    seed: int | None = None,
    accumulate_gradients: int = 1,
    backend: str | None = None,
    options: dict[str, Any] | None = None,
) -> TrainResult:
    """Fine-tune base_model into a brand-new runs_dir/run_name (never resumes: an Airflow retry must
    not continue a stale checkpoint). On failure the folder stays, with a FAILED marker.

    accumulate_gradients: gpt-2-simple's default is 5 (5 batches per optimizer step); 1 here so that
    `steps` and `batch_size` mean what they say. tokens_seen counts all of them.
    options: backend-specific spec keys (torch: device, compile, micro_batch, precision).
    """
    backend = resolve_backend(backend)
    if steps < 1 or batch_size < 1 or accumulate_gradients < 1:
        raise ValueError("steps, batch_size and accumulate_gradients must be >= 1")
    if not _RUN_NAME.match(run_name):
        raise ValueError(f"run_name {run_name!r}: use letters, digits, '.', '_' and '-' only")
    models_dir = Path(models_dir).expanduser().resolve()
    runs_dir = Path(runs_dir).expanduser().resolve()
    training_text = Path(training_text).expanduser().resolve()
    if not (models_dir / base_model / "hparams.json").is_file():
        raise ModelError(f"base model {base_model!r} not found in {models_dir}: call ensure_base_model first")
    if not training_text.is_file() or training_text.stat().st_size == 0:
        raise ModelError(f"training text {training_text} is missing or empty")
    runs_dir.mkdir(parents=True, exist_ok=True)
    run_path = runs_dir / run_name
    try:
        run_path.mkdir()  # atomic claim of the name
    except FileExistsError:
        raise ModelError(f"run folder {run_path} already exists: every training run needs a fresh run_name") from None
    spec = {
        "base_model": base_model,
        "models_dir": str(models_dir),
        "training_text": str(training_text),
        "runs_dir": str(runs_dir),
        "run_name": run_name,
        "steps": steps,
        "learning_rate": learning_rate,
        "batch_size": batch_size,
        "accumulate_gradients": accumulate_gradients,
        "seed": seed,
        **(options or {}),
    }
    t0 = time.perf_counter()
    try:
        out = run_worker("train", spec, log=log, backend=backend)
    except BaseException as exc:
        _mark_failed(run_path, exc)
        raise
    result = TrainResult(
        run_name=run_name,
        run_path=str(run_path),
        base_model=base_model,
        steps=int(out["steps"]),
        final_loss=float(out["final_loss"]),
        avg_loss=float(out["avg_loss"]),
        tokens_seen=int(out["tokens_seen"]),
        tokens_per_s=float(out["tokens_per_s"]),
        wall_s=time.perf_counter() - t0,
        n_ctx=int(out["n_ctx"]),
        batch_size=batch_size,
    )
    summary = {
        **asdict(result),
        "learning_rate": learning_rate,
        "accumulate_gradients": accumulate_gradients,
        "seed": seed,
        "backend": backend,
        "device": out.get("device", "cpu/gpu (TensorFlow)"),
        "bf16": out.get("bf16", False),
        "compiled": out.get("compiled", False),
        "seq_len": out.get("seq_len"),
        "train_s": out.get("train_s"),
        "n_params": out.get("n_params"),
        "dataset_tokens": out.get("dataset_tokens"),
        "training_text": str(training_text),
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "loss_history": out.get("loss_history", []),
    }
    _write_json_atomic(run_path / "train_summary.json", summary)
    log(
        f"trained {run_name}: {result.steps} steps, loss {result.final_loss:.3f} (avg {result.avg_loss:.3f}), "
        f"{result.tokens_per_s:,.0f} tok/s, {result.wall_s:.1f} s"
    )
    return result


# --------------------------------------------------------------------------------------------- generate
def _usable_run(run_path: Path) -> Path:
    """The run's absolute folder, checked (folders.usable_checkpoint) before a child is started."""
    run_path = Path(run_path).expanduser().resolve()
    try:
        usable_checkpoint(run_path)
    except UnusableRun as exc:
        raise ModelError(str(exc)) from None
    return run_path


def generate(
    *,
    run_path: Path,
    n: int,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 0.9,
    length: int | None = None,
    prefix: str | None = None,
    batch_size: int | None = None,
    seed: int | None = None,
    log: LogFn = print,
    backend: str | None = None,
) -> list[str]:
    """Generate n texts from a fine-tuned run, in order, markers stripped (empty strings possible).

    With a prefix, each text starts with the prefix (include_prefix) so a story can be continued;
    length defaults to whatever fits the model's context after the prefix.
    """
    if n < 1:
        return []
    run_path = _usable_run(run_path)
    spec = {
        "run_path": str(run_path),
        "n": n,
        "temperature": temperature,
        "top_k": top_k,
        "top_p": top_p,
        "length": length,
        "prefix": prefix,
        "batch_size": batch_size,
        "seed": seed,
    }
    out = run_worker("generate", spec, log=log, backend=backend)
    return [str(t) for t in out["texts"]]


def write_chapter(*, run_path: Path, context: str, n_tweets: int, temperature: float = 1.0,
                  top_k: int = 0, top_p: float = 0.9, seed: int | None = None,
                  include_context: bool = False, log: LogFn = print, backend: str | None = None) -> list[str]:
    """Continue a story from `context` for `n_tweets` boundary-cut tweets, in one child process
    (`include_context`: the context is a new story's opening and starts the first tweet)."""
    run_path = _usable_run(run_path)
    spec = {"run_path": str(run_path), "context": context, "n_tweets": n_tweets,
            "temperature": temperature, "top_k": top_k, "top_p": top_p, "seed": seed,
            "include_context": include_context}
    return [str(t) for t in run_worker("story", spec, log=log, backend=backend)["tweets"]]


# --------------------------------------------------------------------------------------------- evaluate
def evaluate(
    *, run_paths: list[Path], text: Path, batch_size: int = 8, log: LogFn = print, backend: str | None = None
) -> list[EvalResult]:
    """Held-out loss of each run on the same text, all in one child process; no training.

    Used to compare a new run with the serving one: see EvalResult.bits_per_byte.
    """
    text = Path(text).expanduser().resolve()
    if not text.is_file() or not text.read_text(encoding="utf-8").strip():
        raise ModelError(f"held-out text {text} is missing or empty")
    paths = [str(_usable_run(Path(p))) for p in run_paths]
    out = run_worker("evaluate", {"run_paths": paths, "text": str(text), "batch_size": batch_size}, log=log,
                     backend=backend)
    return [EvalResult(**r) for r in out["results"]]
