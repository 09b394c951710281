"""The model layer end to end: a tiny offline GPT-2 built, fine-tuned and sampled in child processes.

The tiny model is built once per module; each training run is a few dozen steps. The pure helpers of
the child (marker cleaning, length capping) and the log filter are tested without TensorFlow.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tweetbot.model import runner
from tweetbot.model.child import WorkerError, clean_sample, generation_length
from tweetbot.model.folders import FAILED, UnusableRun, usable_checkpoint
from tweetbot.model.runner import ModelError, TrainResult, ensure_base_model, generate, run_worker, train
from tweetbot.model.tiny import MAX_VOCAB

ROOT = Path(__file__).resolve().parents[1]
MARKERS = ("<|startoftext|>", "<|endoftext|>")
PROGRESS = re.compile(r"^step (\d+)/(\d+)  loss \d+\.\d{3}  avg \d+\.\d{3}  [\d,]+ tok/s  ETA \d+:\d\d:\d\d$")


def training_lines(n: int = 150) -> list[str]:
    """Varied, learnable tweet-like lines (templated so 40 steps visibly lower the loss)."""
    who = ["Rockets", "Cars", "Tunnels", "Robots", "Batteries", "Satellites", "Engines", "Factories"]
    verb = ["are landing", "will fly", "need more", "keep getting", "look great", "run on", "beat", "love"]
    what = ["solar power", "Mars soon", "better software", "the launch pad", "every day", "cheap steel"]
    tail = ["!", ".", " :)", "?", " - wow", "... more soon", " #space", " 🚀"]
    return [
        f"{who[i % 8]} {verb[(i // 8) % 8]} {what[(i * 7) % 6]}{tail[(i * 3) % 8]}"
        + (f" Day {i}." if i % 5 == 0 else "")
        for i in range(n)
    ]


def write_training_text(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(f"<|startoftext|>{t}<|endoftext|>\n" for t in lines), encoding="utf-8")
    return path


@dataclass
class Workspace:
    root: Path
    models: Path
    runs: Path
    text: Path
    build_log: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("model")
    w = Workspace(root=root, models=root / "models", runs=root / "runs",
                  text=write_training_text(root / "train.txt", training_lines()))
    ensure_base_model("tiny", models_dir=w.models, training_text=w.text, log=w.build_log.append)
    return w


@pytest.fixture(scope="module")
def first_run(ws: Workspace) -> tuple[TrainResult, list[str]]:
    log: list[str] = []
    result = train(base_model="tiny", models_dir=ws.models, training_text=ws.text, runs_dir=ws.runs,
                   run_name="first", steps=40, learning_rate=1e-3, seed=7, log=log.append)
    return result, log


def token_count(model_dir: Path, text: str) -> int:
    """Tokens of text under the tiny model's BPE (tokenizers reads the same vocab/merges files)."""
    from tokenizers import ByteLevelBPETokenizer

    tok = ByteLevelBPETokenizer(str(model_dir / "encoder.json"), str(model_dir / "vocab.bpe"))
    return len(tok.encode(text).ids)


# --------------------------------------------------------------------------------- fast (no TF)
def test_runner_imports_no_tensorflow() -> None:
    code = (
        "import sys, tweetbot.model, tweetbot.model.runner\n"
        "bad = [m for m in ('tensorflow', 'gpt_2_simple', 'tokenizers', 'torch', 'numpy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "include"), os.environ.get("PYTHONPATH", "")])}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


def test_model_layer_has_no_import_cycles() -> None:
    """Every import between the model layer's modules, at the top of a file or inside a function, points
    one way (no module reaches itself again), and none hides behind __import__/importlib."""
    import ast

    folder = ROOT / "include" / "tweetbot" / "model"
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__"}
    graph: dict[str, set[str]] = {}
    for name in modules:
        source = (folder / f"{name}.py").read_text(encoding="utf-8")
        assert "__import__(" not in source and "importlib" not in source, name
        targets: set[str] = set()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and node.module == "tweetbot.model":
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tweetbot.model."):
                targets.add(node.module.split(".")[2])
            elif isinstance(node, ast.Import):
                targets |= {a.name.split(".")[2] for a in node.names if a.name.startswith("tweetbot.model.")}
        graph[name] = targets & modules
    assert graph["child"] == {"folders"} and graph["folders"] == set()  # the shared ground

    def on_a_cycle(start: str) -> bool:
        stack, seen = list(graph[start]), set()
        while stack:
            module = stack.pop()
            if module == start:
                return True
            if module not in seen:
                seen.add(module)
                stack.extend(graph[module])
        return False

    assert [m for m in sorted(modules) if on_a_cycle(m)] == []


def test_usable_checkpoint_is_the_one_check_for_a_run(tmp_path: Path) -> None:
    """Failed, never trained, weights gone: each refused with its own message, by the parent (before a
    child starts) as by the artifact store (which then fetches its copy instead)."""
    import numpy as np

    from tweetbot import artifacts
    from tweetbot.model.folders import write_checkpoint_state
    from tweetbot.model.tf_checkpoint import write_checkpoint

    run = tmp_path / "run"
    run.mkdir()
    with pytest.raises(UnusableRun, match="has no checkpoint: was it trained"):
        usable_checkpoint(run)
    write_checkpoint_state(run, "model-3")
    with pytest.raises(UnusableRun, match="names no weights that exist here"):
        usable_checkpoint(run)
    with pytest.raises(ModelError, match="names no weights"):
        generate(run_path=run, n=1, log=print)
    with pytest.raises(artifacts.ArtifactError, match="no artifact URL"):
        artifacts.local_run_dir(str(run), None)
    write_checkpoint(run / "model-3", {"model/wte": np.zeros((2, 2), np.float32)})
    assert usable_checkpoint(run) == run / "model-3"
    assert artifacts.local_run_dir(str(run), None) == run
    (run / FAILED).write_text("RuntimeError: boom\n")
    with pytest.raises(UnusableRun, match="marked FAILED"):
        usable_checkpoint(run)
    with pytest.raises(ModelError, match="marked FAILED"):
        runner.evaluate(run_paths=[run], text=write_training_text(tmp_path / "t.txt", ["hi"]), log=print)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("<|startoftext|>hello world", "hello world"),
        ("<|startoftext|>hi<|endoftext|>", "hi"),
        (" <|startoftext|><|startoftext|>a b<|startoftext|>next one", "a b"),
        ("cut by length <|endof", "cut by length"),
        ("stray <| piece and SpaceX|>", "stray piece and SpaceX"),
        ("early endoftext|> then more", "early"),
        ("I <3 rockets", "I <3 rockets"),
        ("<|startoftext|>", ""),
    ],
)
def test_clean_sample(raw: str, clean: str) -> None:
    assert clean_sample(raw) == clean


def test_generation_length_stays_inside_context() -> None:
    assert generation_length(128, 3, None) == 124
    assert generation_length(128, 3, 50) == 50
    assert generation_length(128, 3, 1000) == 124
    assert generation_length(1024, 10, None) == 1013
    with pytest.raises(WorkerError, match="prefix is 200 tokens"):
        generation_length(128, 200, None)


def test_tensorflow_noise_is_filtered() -> None:
    noise = [
        "I0000 00:00:1795692808.120152    7995 port.cc:153] oneDNN custom operations are on.",
        "E0000 00:00:1795692810.472731    7995 cuda_platform.cc:52] failed call to cuInit: INTERNAL",
        "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR",
        "WARNING:tensorflow:From /x/gpt_2.py:12: The name tf.foo is deprecated. Please use tf.bar",
    ]
    keep = ["step 10/40  loss 3.210  avg 3.450  2,540 tok/s  ETA 0:00:12", "E0000 1 2 x.cc:1] OOM when allocating",
            "Traceback (most recent call last):"]
    assert all(runner.is_noise(line) for line in noise)
    assert not any(runner.is_noise(line) for line in keep)


def test_ensure_refuses_incomplete_or_unknown_models(tmp_path: Path) -> None:
    half = tmp_path / "355M"
    half.mkdir()
    (half / "hparams.json").write_text("{}")
    with pytest.raises(ModelError, match="incomplete.*copy the 7 files"):
        ensure_base_model("355M", models_dir=tmp_path, training_text=None, log=print)
    assert [p.name for p in half.iterdir()] == ["hparams.json"]  # someone's half-copied files stay
    with pytest.raises(ModelError, match="unknown base model"):
        ensure_base_model("gpt-17", models_dir=tmp_path, training_text=None, log=print)
    with pytest.raises(ModelError, match="training_text"):
        ensure_base_model("tiny", models_dir=tmp_path, training_text=None, log=print)


# ---------------------------------------------------------------------------- slow (child + TF)
@pytest.mark.slow
def test_tiny_model_is_built_once_in_gpt2_simple_layout(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = ws.models / "tiny"
    assert runner.has_model(folder)
    hparams = json.loads((folder / "hparams.json").read_text())
    assert hparams["n_ctx"] == 128 and hparams["n_layer"] == 2 and 100 < hparams["n_vocab"] <= MAX_VOCAB
    assert (folder / "vocab.bpe").read_text(encoding="utf-8").endswith("\n")
    assert sorted(p.name for p in ws.models.iterdir()) == ["tiny"]  # no staging leftovers
    assert any("built tiny model" in line for line in ws.build_log)

    def no_child(*args: object, **kwargs: object) -> dict:
        raise AssertionError("an existing model must be reused without starting a child")

    monkeypatch.setattr(runner, "run_worker", no_child)
    assert ensure_base_model("tiny", models_dir=ws.models, training_text=ws.text, log=print) == folder


@pytest.mark.slow
def test_gpt2simple_child_builds_without_tensorflow_and_trains_without_keras(ws: Workspace, tmp_path: Path) -> None:
    """The gpt-2-simple child in the runner's environment: `ensure` builds the tiny model without importing
    TensorFlow at all, and `train` runs TensorFlow without the Keras 3 it would load by default (~1.8 s)."""
    code = (
        "import sys, json\n"
        "from tweetbot.model import child, gpt2simple_worker as w\n"
        f"rc = child.main(w.COMMANDS, setup=w.quiet_tensorflow, argv=['ensure', {str(tmp_path / 'ensure.json')!r}])\n"
        "after_ensure = [m for m in ('tensorflow', 'gpt_2_simple', 'keras') if m in sys.modules]\n"
        f"rc += child.main(w.COMMANDS, setup=w.quiet_tensorflow, argv=['train', {str(tmp_path / 'train.json')!r}])\n"
        "print(json.dumps({'rc': rc, 'after_ensure': after_ensure, 'tf': 'tensorflow' in sys.modules,\n"
        "                  'keras': sorted(m for m in sys.modules if m.split('.')[0] == 'keras')[:3]}))\n"
    )
    (tmp_path / "ensure.json").write_text(json.dumps({"name": "tiny", "models_dir": str(tmp_path / "models"),
                                                      "training_text": str(ws.text)}))
    (tmp_path / "train.json").write_text(json.dumps({
        "base_model": "tiny", "models_dir": str(tmp_path / "models"), "training_text": str(ws.text),
        "runs_dir": str(tmp_path / "runs"), "run_name": "r", "steps": 2, "seed": 1}))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                          env=runner._child_env("train", "gpt2simple"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen == {"rc": 0, "after_ensure": [], "tf": True, "keras": []}
    assert usable_checkpoint(tmp_path / "runs" / "r")


@pytest.mark.slow
def test_train_lowers_loss_and_writes_a_complete_run(ws: Workspace, first_run: tuple[TrainResult, list[str]]) -> None:
    result, log = first_run
    run = Path(result.run_path)
    assert run == ws.runs / "first"
    assert (result.steps, result.n_ctx, result.batch_size, result.base_model) == (40, 128, 1, "tiny")
    assert result.tokens_seen == 40 * 128 and result.tokens_per_s > 0 and result.wall_s > 0
    assert (run / "checkpoint").is_file() and not (run / "FAILED").exists()
    summary = json.loads((run / "train_summary.json").read_text())
    assert summary["run_name"] == "first" and summary["steps"] == 40
    history = summary["loss_history"]
    assert [h[0] for h in history] == list(range(1, 41))
    first, last = sum(h[1] for h in history[:5]) / 5, sum(h[1] for h in history[-5:]) / 5
    assert last < first - 0.5, (first, last)
    assert result.final_loss == pytest.approx(history[-1][1])
    # the log: a header, ~20 progress lines in our format (the last step included), no TF noise
    assert any(line.startswith("fine-tuning tiny (") and "dataset" in line for line in log)
    steps = [int(m.group(1)) for m in map(PROGRESS.match, log) if m]
    assert steps[-1] == 40 and 15 <= len(steps) <= 21
    assert not any("loss=" in line or line.startswith(("I0000", "WARNING:tensorflow")) for line in log)
    assert not any("For larger models" in line for line in log)


@pytest.mark.slow
def test_generate_returns_clean_samples_inside_the_context(ws: Workspace,
                                                           first_run: tuple[TrainResult, list[str]]) -> None:
    run = Path(first_run[0].run_path)
    log: list[str] = []
    texts = generate(run_path=run, n=10, seed=1, log=log.append)
    assert len(texts) == 10 and all(isinstance(t, str) for t in texts)
    assert not any(m in t for t in texts for m in MARKERS)
    assert all(token_count(ws.models / "tiny", t) <= 128 for t in texts)
    assert any(line.startswith("generated 10/10 samples") for line in log)

    continued = generate(run_path=run, n=4, prefix="Rockets are", length=12, seed=2, log=log.append)
    assert len(continued) == 4 and all(t.startswith("Rockets are") for t in continued)
    # re-encoding a sample can take more tokens than were generated where a token split a character
    # (U+FFFD is 3 bytes): count without those
    assert all(token_count(ws.models / "tiny", t.replace("\ufffd", "")) <= 3 + 12 for t in continued), continued


@pytest.mark.slow
def test_second_run_and_generation_from_the_same_parent(ws: Workspace,
                                                        first_run: tuple[TrainResult, list[str]]) -> None:
    before = sorted(p.name for p in (ws.runs / "first").iterdir())
    second = train(base_model="tiny", models_dir=ws.models, training_text=ws.text, runs_dir=ws.runs,
                   run_name="second", steps=10, batch_size=2, learning_rate=1e-3, log=lambda _: None)
    assert second.steps == 10 and second.tokens_seen == 10 * 2 * 128
    texts = generate(run_path=Path(second.run_path), n=3, batch_size=2, log=lambda _: None)
    assert len(texts) == 3
    assert sorted(p.name for p in (ws.runs / "first").iterdir()) == before


@pytest.mark.slow
def test_runs_evaluated_in_one_child_each_load_their_own_weights(
        ws: Workspace, first_run: tuple[TrainResult, list[str]]) -> None:
    """Promotion evaluates the new run and the serving one in one child; gpt-2-simple cannot load a
    second model into one graph, so the worker resets its session, and the second run's loss must be
    what it is when evaluated alone."""
    heldout = write_training_text(ws.root / "heldout.txt", training_lines(40)[::-1])
    trained, base = runner.evaluate(run_paths=[Path(first_run[0].run_path), ws.models / "tiny"], text=heldout,
                                    log=lambda _: None)
    [alone] = runner.evaluate(run_paths=[ws.models / "tiny"], text=heldout, log=lambda _: None)
    assert base.loss == pytest.approx(alone.loss, rel=1e-6) and base.tokens == alone.tokens
    assert trained.loss < base.loss - 0.5, (trained.loss, base.loss)


@pytest.mark.slow
def test_training_into_an_existing_run_folder_is_refused(ws: Workspace,
                                                         first_run: tuple[TrainResult, list[str]]) -> None:
    run = ws.runs / "first"
    before = {p.name: p.stat().st_mtime_ns for p in run.iterdir()}
    with pytest.raises(ModelError, match="already exists"):
        train(base_model="tiny", models_dir=ws.models, training_text=ws.text, runs_dir=ws.runs,
              run_name="first", steps=5, log=lambda _: None)
    assert {p.name: p.stat().st_mtime_ns for p in run.iterdir()} == before


@pytest.mark.slow
def test_a_failing_child_raises_model_error_and_marks_the_run(ws: Workspace) -> None:
    small = write_training_text(ws.root / "small.txt", ["hi"])
    with pytest.raises(ModelError) as info:
        train(base_model="tiny", models_dir=ws.models, training_text=small, runs_dir=ws.runs,
              run_name="too-small", steps=5, log=lambda _: None)
    message = str(info.value)
    assert "exit code 1" in message and "training text is too small" in message
    assert (ws.runs / "too-small" / "FAILED").is_file()
    with pytest.raises(ModelError, match="FAILED"):
        generate(run_path=ws.runs / "too-small", n=1, log=lambda _: None)

    # the child itself failing on a missing file (the parent checks too, before starting one)
    with pytest.raises(ModelError, match="training text not found"):
        run_worker("train", {"base_model": "tiny", "models_dir": str(ws.models), "runs_dir": str(ws.runs),
                             "training_text": str(ws.root / "missing.txt"), "run_name": "x", "steps": 1},
                   log=lambda _: None)
    with pytest.raises(ModelError, match="missing or empty"):
        train(base_model="tiny", models_dir=ws.models, training_text=ws.root / "missing.txt",
              runs_dir=ws.runs, run_name="never", steps=1, log=lambda _: None)
    assert not (ws.runs / "never").exists()


@pytest.mark.slow
def test_an_interrupted_parent_stops_its_child(ws: Workspace, first_run: tuple[TrainResult, list[str]]) -> None:
    psutil = pytest.importorskip("psutil")

    class Stop(Exception):
        pass

    def stop(line: str) -> None:
        raise Stop(line)

    with pytest.raises(Stop):
        generate(run_path=Path(first_run[0].run_path), n=2, log=stop)
    assert psutil.Process().children(recursive=True) == []


@pytest.mark.slow
def test_download_without_internet_explains_how_to_place_weights(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Make "no internet" deterministic even where there is some: a dead proxy refuses at once.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("https_proxy", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(ModelError) as info:
        ensure_base_model("124M", models_dir=tmp_path / "models", training_text=None, log=lambda _: None)
    message = str(info.value)
    assert "copy the 7 files" in message and "model.ckpt.data-00000-of-00001" in message
    assert str(tmp_path / "models" / "124M") in message
    assert "download of GPT-2 124M failed" in message
    assert list((tmp_path / "models").iterdir()) == []  # no empty 124M/, no staging folder


@pytest.mark.parametrize("backend", ["gpt2simple", "torch"])
def test_download_from_a_mirror_lands_complete_or_not_at_all(ws: Workspace, tmp_path: Path, backend: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Both backends fetch OpenAI's seven files the same way (TWEETBOT_GPT2_URL: a local mirror here):
    a complete set is renamed into place; a missing file (HTTP 404) leaves no folder behind."""
    import functools
    import http.server
    import shutil
    import threading

    from tweetbot.model.folders import OPENAI_FILES

    mirror = tmp_path / "mirror"
    shutil.copytree(ws.models / "tiny", mirror / "124M")  # the tiny model's files stand in for 124M's
    (mirror / "124M" / "model.ckpt.meta").write_bytes(b"graph")
    shutil.copytree(mirror / "124M", mirror / "355M")
    (mirror / "355M" / "vocab.bpe").unlink()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(mirror))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("TWEETBOT_GPT2_URL", f"http://127.0.0.1:{server.server_address[1]}")
    models = tmp_path / "models"
    try:
        log: list[str] = []
        folder = ensure_base_model("124M", models_dir=models, training_text=None, log=log.append, backend=backend)
        assert folder == models / "124M" and runner.has_model(folder)
        assert all((folder / f).read_bytes() == (mirror / "124M" / f).read_bytes() for f in OPENAI_FILES)
        assert any(line.startswith("downloaded GPT-2 124M") for line in log), log
        with pytest.raises(ModelError, match="download of GPT-2 355M failed: HTTPError: HTTP Error 404"):
            ensure_base_model("355M", models_dir=models, training_text=None, log=print, backend=backend)
        assert sorted(p.name for p in models.iterdir()) == ["124M"]  # no 355M/, no staging folder
    finally:
        server.shutdown()
        server.server_close()
