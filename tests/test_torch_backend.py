"""The torch backend against the gpt-2-simple one: same BPE ids, same logits, same held-out losses, runs
that move both ways, training that learns, sampling that stops where it should. CPU only (CI)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import torch

from tweetbot.model import runner
from tweetbot.model.gpt2_torch import GPT2, filter_logits, nucleus_cut_bisect, nucleus_cut_sort, sample

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Bench:
    root: Path
    models: Path
    runs: Path
    train_text: Path
    heldout: Path


def _tweet_lines(shared_data: Path) -> list[str]:
    import ast
    import csv

    lines = []
    with (shared_data / "elonmusk" / "elonmusk_tweets.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = " ".join(ast.literal_eval(row["text"]).decode("utf-8", "replace").split())
            if text:
                lines.append(f"<|startoftext|>{text}<|endoftext|>\n")
    return lines


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Bench:
    """A tiny base model built by the torch backend's child (no TensorFlow) from real tweets."""
    root = tmp_path_factory.mktemp("torch-backend")
    lines = _tweet_lines(shared_data)
    b = Bench(root, root / "models", root / "runs", root / "train.txt", root / "heldout.txt")
    b.train_text.write_text("".join(lines[300:]), encoding="utf-8")
    b.heldout.write_text("".join(lines[:300]), encoding="utf-8")
    runner.ensure_base_model("tiny", models_dir=b.models, training_text=b.train_text, log=print, backend="torch")
    return b


@pytest.fixture(scope="module")
def runs(bench: Bench) -> dict[str, runner.TrainResult]:
    """One short run per backend from the same base model."""
    out = {}
    for backend, steps in (("torch", 60), ("gpt2simple", 30)):
        out[backend] = runner.train(base_model="tiny", models_dir=bench.models, training_text=bench.train_text,
                                    runs_dir=bench.runs, run_name=f"run-{backend}", steps=steps, learning_rate=1e-3,
                                    batch_size=2, seed=7, log=print, backend=backend)
    return out


# ------------------------------------------------------------------------------------------ same model
def test_bpe_ids_equal_gpt2_simple_on_real_text(bench: Bench, shared_data: Path) -> None:
    """Our tiktoken-based encoder and gpt-2-simple's own encoder give identical ids (and decode back)."""
    from gpt_2_simple.src import encoder as gpt2_encoder

    from tweetbot.model.bpe import Encoder

    ours, theirs = Encoder(bench.models / "tiny"), gpt2_encoder.get_encoder(str(bench.models / "tiny"))
    book = (shared_data / "gutenberg_pride" / "1342-0.txt").read_text(encoding="utf-8")[:200_000]
    archive = (shared_data / "x_archive_smithjd" / "tweets.js").read_text(encoding="utf-8")[:200_000]
    for text in (book, archive, bench.heldout.read_text(encoding="utf-8"),
                 "<|startoftext|>it's 'll  \t\n\n 🚀🚀 naïve ..<|endoftext|>\n"):
        ids = ours.encode(text)
        assert ids == theirs.encode(text)
        assert ours.decode(ids) == text == theirs.decode(ids)


TF_LOGITS = r"""
import json, sys
import numpy as np, tensorflow as tf
from gpt_2_simple.src import model
folder, ids = sys.argv[1], json.loads(sys.argv[2])
hp = model.default_hparams(); hp.override_from_dict(json.load(open(folder + "/hparams.json")))
with tf.compat.v1.Session(graph=tf.Graph()) as sess:
    x = tf.compat.v1.placeholder(tf.int32, [None, None])
    logits = model.model(hparams=hp, X=x)["logits"]
    tf.compat.v1.train.Saver().restore(sess, tf.train.latest_checkpoint(folder))
    out = sess.run(logits, {x: ids})
np.save(sys.argv[3], out)
"""


@pytest.mark.slow
def test_same_weights_give_the_same_logits_under_both_backends(bench: Bench, runs, tmp_path: Path) -> None:
    """gpt-2-simple's TF graph and our PyTorch model on one trained checkpoint: every next-token logit
    agrees to 1e-4 (relative L2: float32 summation order is all that differs)."""
    import numpy as np

    from tweetbot.model.torch_worker import load_model

    run = Path(runs["gpt2simple"].run_path)
    ids = [[5, 17, 300, 42, 9, 1000, 7, 7, 2500, 64], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]
    out = tmp_path / "tf_logits.npy"
    proc = subprocess.run([sys.executable, "-c", TF_LOGITS, str(run), json.dumps(ids), str(out)],
                          capture_output=True, text=True, timeout=180,
                          env=runner._child_env("evaluate", "gpt2simple"))  # TF as the runner starts it
    assert proc.returncode == 0, proc.stderr[-3000:]
    tf_logits = np.load(out)
    model = load_model(run, torch.device("cpu")).eval()
    with torch.no_grad():
        ours = model(torch.tensor(ids)).numpy()
    assert ours.shape == tf_logits.shape == (2, 10, model.hparams["n_vocab"])
    rel = np.linalg.norm(ours - tf_logits) / np.linalg.norm(tf_logits)
    assert rel < 1e-4, rel
    assert (ours.argmax(-1) == tf_logits.argmax(-1)).all()


@pytest.mark.slow
def test_held_out_losses_agree_across_backends(bench: Bench, runs) -> None:
    paths = [Path(r.run_path) for r in runs.values()]
    by_tf = runner.evaluate(run_paths=paths, text=bench.heldout, backend="gpt2simple", log=print)
    by_torch = runner.evaluate(run_paths=paths, text=bench.heldout, backend="torch", log=print)
    for a, b in zip(by_tf, by_torch, strict=True):
        assert (a.tokens, a.bytes, a.windows, a.tokenizer) == (b.tokens, b.bytes, b.windows, b.tokenizer)
        assert a.loss == pytest.approx(b.loss, rel=1e-5)
        assert a.bits_per_byte == pytest.approx(b.bits_per_byte, rel=1e-5)


# ------------------------------------------------------------------------------------- runs move freely
@pytest.mark.slow
def test_runs_generate_under_the_other_backend(bench: Bench, runs) -> None:
    for trained_by, generate_with in (("torch", "gpt2simple"), ("gpt2simple", "torch")):
        log: list[str] = []
        texts = runner.generate(run_path=Path(runs[trained_by].run_path), n=6, length=30, seed=3,
                                backend=generate_with, log=log.append)
        assert len(texts) == 6 and sum(bool(t) for t in texts) >= 3, (trained_by, texts)
        assert not any("<|" in t or "|>" in t for t in texts)
        assert any(line.startswith("generated 6/6 samples") for line in log)


def test_compile_by_default_only_where_it_pays_back() -> None:
    from tweetbot.model.gpt2_torch import train_flops_per_token
    from tweetbot.model.torch_worker import compile_pays

    cpu, gpu = torch.device("cpu"), torch.device("cuda")
    tiny = {"n_vocab": 3263, "n_ctx": 128, "n_embd": 128, "n_head": 4, "n_layer": 2}
    gpt2 = {"n_vocab": 50257, "n_ctx": 1024, "n_embd": 768, "n_head": 12, "n_layer": 12}
    demo = 200 * 2 * 128 * train_flops_per_token(tiny, 128)  # the demo's run: seconds eager, no compile
    weekly = 2000 * 1024 * train_flops_per_token(gpt2, 1024)  # gpt-2-simple's default run: hours eager
    assert not compile_pays(cpu, 200, demo)
    assert compile_pays(cpu, 2000, weekly) == bool(shutil.which("c++") or shutil.which("g++"))
    assert not compile_pays(cpu, 5, 5 * 1024 * train_flops_per_token(gpt2, 1024))  # a smoke run
    assert compile_pays(gpu, 300, demo) and not compile_pays(gpu, 299, weekly)


@pytest.mark.slow
def test_a_compiled_cpu_run_trains_and_saves_like_an_eager_one(bench: Bench) -> None:
    """What `auto` now does for long CPU runs (torch.compile + the precision auto picks), on the tiny
    model: it learns and writes a run that loads and evaluates."""
    log: list[str] = []
    r = runner.train(base_model="tiny", models_dir=bench.models, training_text=bench.train_text, runs_dir=bench.runs,
                     run_name="compiled-cpu", steps=30, learning_rate=1e-3, batch_size=2, seed=7, log=log.append,
                     backend="torch", options={"device": "cpu", "compile": True})
    assert any("fine-tuning tiny" in line and ", compiled]" in line for line in log), log[:4]
    first = json.loads((Path(r.run_path) / "train_summary.json").read_text())["loss_history"][0][1]
    assert r.final_loss < first - 0.5
    [ev] = runner.evaluate(run_paths=[Path(r.run_path)], text=bench.heldout, log=print, backend="torch")
    assert ev.loss < first


@pytest.mark.slow
def test_a_fresh_generate_child_reports_where_its_time_went(runs) -> None:
    """The weekly generate task pays a whole child's life each time: the answer splits it (the parent's
    spawn to our imports, torch's import, loading, sampling, decoding) for bench_generate_cold."""
    spec = {"run_path": runs["torch"].run_path, "n": 20, "temperature": 1.0, "top_k": 0, "top_p": 0.9,
            "length": 30, "prefix": None, "batch_size": None, "seed": 4}
    t0 = time.time()
    out = runner.run_worker("generate", spec, log=print, backend="torch")
    wall = time.time() - t0
    timings = out["timings"]
    assert set(timings) == {"start", "import_torch", "load", "sample", "decode"}
    assert all(0 <= v < wall for v in timings.values()), (timings, wall)
    assert timings["import_torch"] > timings["decode"]  # importing torch is never free
    assert sum(timings.values()) <= wall and len(out["texts"]) == 20


@pytest.mark.slow
def test_story_chapters_under_both_backends(bench: Bench, runs) -> None:
    """The `story` command (one child loads the run once, samples every continuation) on either backend:
    a new story's opening begins its first tweet, and every tweet fits."""
    from tweetbot.curation.text import MAX_WEIGHTED_LENGTH, weighted_length

    opening = "It was a cold morning, and the rockets were ready."
    for backend in ("torch", "gpt2simple"):
        log: list[str] = []
        tweets = runner.write_chapter(run_path=Path(runs["torch"].run_path), context=opening, n_tweets=2, seed=1,
                                      include_context=True, backend=backend, log=log.append)
        assert 1 <= len(tweets) <= 2 and tweets[0].startswith(opening), (backend, tweets)
        assert all(weighted_length(t) <= MAX_WEIGHTED_LENGTH for t in tweets)
        assert any(line.startswith("chapter: ") for line in log)


@pytest.mark.slow
def test_torch_run_is_a_gpt2_simple_run(bench: Bench, runs) -> None:
    """The folder a torch run leaves is what gpt-2-simple leaves: checkpoint state with a relative path,
    model-<steps> weights, counter, the base model's hparams/BPE; plus our summary."""
    run = Path(runs["torch"].run_path)
    names = {p.name for p in run.iterdir()}
    assert {"checkpoint", "counter", "hparams.json", "encoder.json", "vocab.bpe", "model-60.index",
            "model-60.data-00000-of-00001", "train_summary.json"} <= names
    assert 'model_checkpoint_path: "model-60"' in (run / "checkpoint").read_text()
    summary = json.loads((run / "train_summary.json").read_text())
    assert summary["backend"] == "torch" and summary["device"] == "cpu" and summary["steps"] == 60
    assert [h[0] for h in summary["loss_history"]] == list(range(1, 61))


@pytest.mark.slow
def test_torch_training_lowers_held_out_loss(bench: Bench, runs) -> None:
    base, trained = runner.evaluate(run_paths=[bench.models / "tiny", Path(runs["torch"].run_path)],
                                    text=bench.heldout, backend="torch", log=print)
    assert trained.bits_per_byte < base.bits_per_byte - 0.5, (base.bits_per_byte, trained.bits_per_byte)
    assert runs["torch"].tokens_seen == 60 * 2 * 128


@pytest.mark.slow
def test_torch_child_never_imports_tensorflow(bench: Bench, tmp_path: Path) -> None:
    """Train and sample in the torch child, then look at sys.modules: a GPU image without TF works."""
    code = (
        "import sys, json\n"
        "from tweetbot.model import torch_worker as w\n"
        f"w.cmd_train({{'base_model': 'tiny', 'models_dir': {str(bench.models)!r}, 'training_text': "
        f"{str(bench.train_text)!r}, 'runs_dir': {str(tmp_path)!r}, 'run_name': 'r', 'steps': 2, 'seed': 1}})\n"
        f"w.cmd_generate({{'run_path': {str(tmp_path / 'r')!r}, 'n': 2, 'length': 5}})\n"
        "print(json.dumps([m for m in ('tensorflow', 'gpt_2_simple', 'google.protobuf') if m in sys.modules]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "include")})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


def test_missing_backend_and_bad_names_are_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="unknown model backend 'jax'"):
        runner.resolve_backend("jax")
    monkeypatch.setenv("TWEETBOT_MODEL_BACKEND", "torch")
    assert runner.resolve_backend(None) == "torch" and runner.resolve_backend("gpt2simple") == "gpt2simple"


# ------------------------------------------------------------------------------------------- sampling
def _small_model(seed: int = 0) -> GPT2:
    torch.manual_seed(seed)
    model = GPT2({"n_vocab": 40, "n_ctx": 64, "n_embd": 32, "n_head": 4, "n_layer": 2}).eval()
    with torch.no_grad():
        model.wte.weight.mul_(3.0)  # some structure, yet samples differ
    return model


def test_kv_cache_sampling_matches_full_recomputation() -> None:
    """Greedy decoding with the cache equals argmax over a full forward pass of the growing sequence."""
    model, context = _small_model(), [3, 1, 4, 1, 5]
    [cached] = sample(model, context, 1, 20, temperature=1e-6)
    seq = list(context)
    with torch.no_grad():
        for _ in range(20):
            seq.append(int(model(torch.tensor([seq]))[0, -1].argmax()))
    assert cached == seq[len(context):]


@pytest.mark.parametrize("stop_len", [1, 2])
def test_each_sample_stops_at_its_first_stop_sequence_and_respects_length(stop_len: int) -> None:
    model, context, length = _small_model(1), [7, 8], 24
    free = sample(model, context, 200, length, seed=5, batch_size=64)
    assert all(len(s) == length for s in free)  # no stop: exactly `length` tokens
    # a stop sequence that occurs in some samples but not all
    counts: dict[tuple[int, ...], int] = {}
    for s in free:
        for gram in {tuple(s[i:i + stop_len]) for i in range(len(s) - stop_len + 1)}:
            counts[gram] = counts.get(gram, 0) + 1
    some = [g for g in counts if 0 < counts[g] < 200]
    assert some, "every n-gram occurs in every sample: the test model is too sharp"
    stop = list(min(some, key=lambda g: abs(counts[g] - 100)))
    stopped = sample(model, context, 200, length, seed=5, batch_size=64, stop=[stop])
    ended = 0
    for s in stopped:
        assert len(s) <= length
        first = next((i + stop_len for i in range(len(s) - stop_len + 1) if s[i:i + stop_len] == stop), None)
        if first is None:
            assert len(s) == length
        else:
            assert len(s) == first  # cut right after its first occurrence, nothing later
            ended += 1
    # the same seed draws the same tokens, so exactly the samples that contained it stopped
    assert ended == counts[tuple(stop)]


def test_top_p_cut_is_gpt2_simples() -> None:
    """Both implementations of the nucleus cut keep the tokens gpt-2-simple's sort keeps (the GPU's
    bisection up to a boundary token decided by float rounding)."""
    gen = torch.Generator().manual_seed(0)
    for scale in (0.3, 1.0, 5.0, 30.0):
        logits = torch.randn(32, 3000, generator=gen) * scale
        for p in (0.05, 0.5, 0.9, 0.99):
            probs = torch.softmax(logits, dim=-1)
            by_sort = probs < nucleus_cut_sort(probs, p)
            # float sums in another order may move the boundary token of a row: at most that one
            differ = (by_sort != (probs < nucleus_cut_bisect(probs, p))).sum(dim=-1)
            assert int(differ.max()) <= 1 and int(differ.sum()) <= 3, differ
            kept = ~by_sort
            assert kept.sum(dim=-1).min() >= 1  # the top token always stays
            mass = torch.where(kept, probs, 0.0).sum(dim=-1)
            assert ((mass <= p + 1e-6) | (kept.sum(dim=-1) == 1)).all()
            assert torch.equal(filter_logits(logits, temperature=1.0, top_k=0, top_p=p) == float("-inf"), by_sort)
    top3 = filter_logits(torch.tensor([[1.0, 5.0, 3.0, 4.0, 2.0]]), temperature=1.0, top_k=3, top_p=0.0)
    assert torch.isinf(top3).tolist() == [[True, False, False, False, True]]
