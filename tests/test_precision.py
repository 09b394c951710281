"""The torch backend's number format: fp32, or bf16 autocast with fp32 weights where the hardware has
native bf16 (`tweetbot.model.precision`). The choice, forcing it, and that bf16 costs no quality."""
from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from tweetbot.model import precision, runner
from tweetbot.model.child import WorkerError
from tweetbot.sources.archive import read_archive

torch = pytest.importorskip("torch")
CPU = torch.device("cpu")
ARCHIVE = Path(__file__).resolve().parents[1] / "include" / "tweetbot" / "data" / "example_tweets.js"
NATIVE, WHY = precision.native_bf16(CPU)


# ----------------------------------------------------------------------------------------- the choice
def test_native_bf16_flags_are_read_from_cpuinfo(tmp_path: Path) -> None:
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx512f avx512_bf16 avx512bw\n\n"
                    "processor\t: 1\nflags\t\t: fpu sse2 avx512f avx512_bf16 avx512bw\n", encoding="utf-8")
    assert precision.cpu_bf16_flags(info) == ["avx512_bf16"]
    info.write_text("flags\t\t: fpu amx_tile amx_bf16 avx512_bf16\n", encoding="utf-8")
    assert precision.cpu_bf16_flags(info) == ["amx_bf16", "avx512_bf16"]
    info.write_text("flags\t\t: fpu sse2 avx2 avx512f\n", encoding="utf-8")
    assert precision.cpu_bf16_flags(info) == []
    assert precision.cpu_bf16_flags(tmp_path / "absent") == []  # e.g. macOS: no /proc


def test_auto_takes_bf16_only_where_the_cpu_has_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWEETBOT_TORCH_PRECISION", raising=False)
    monkeypatch.setattr(precision, "cpu_bf16_flags", lambda: ["avx512_bf16"])
    monkeypatch.setattr(precision, "_torch_cpu_bf16", lambda: True)
    chosen = precision.choose("auto", CPU)
    assert chosen.bf16 and str(chosen) == "bf16 (CPU has avx512_bf16)"
    assert precision.choose(None, CPU).bf16  # the default is auto
    assert not precision.choose("fp32", CPU).bf16
    assert precision.choose("BF16", CPU).bf16

    monkeypatch.setattr(precision, "cpu_bf16_flags", lambda: [])
    chosen = precision.choose("auto", CPU)
    assert not chosen.bf16 and str(chosen).startswith("fp32 (no native bf16")
    with pytest.raises(precision.PrecisionError, match="bf16 asked for, but no native bf16.*auto or fp32"):
        precision.choose("bf16", CPU)

    monkeypatch.setattr(precision, "cpu_bf16_flags", lambda: ["avx512_bf16"])
    monkeypatch.setattr(precision, "_torch_cpu_bf16", lambda: False)  # a PyTorch build without bf16 oneDNN
    assert not precision.choose("auto", CPU).bf16
    with pytest.raises(precision.PrecisionError, match="cannot use bf16"):
        precision.choose("bf16", CPU)
    with pytest.raises(precision.PrecisionError, match="unknown precision 'fp8'"):
        precision.choose("fp8", CPU)


def test_environment_sets_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWEETBOT_TORCH_PRECISION", "fp32")
    assert not precision.choose(None, CPU).bf16
    assert precision.choose("auto", CPU).bf16 == NATIVE  # an explicit choice wins


def test_forcing_bf16_without_it_stops_the_worker_before_training(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker's own train command, in this process, on a CPU that (as patched) lacks bf16: one clear
    error before any model is loaded."""
    from tweetbot.model import torch_worker

    monkeypatch.setattr(precision, "cpu_bf16_flags", lambda: [])
    (tmp_path / "models" / "tiny").mkdir(parents=True)
    (tmp_path / "models" / "tiny" / "hparams.json").write_text("{}", encoding="utf-8")
    (tmp_path / "train.txt").write_text("hello\n", encoding="utf-8")
    spec = {"base_model": "tiny", "models_dir": str(tmp_path / "models"), "training_text": str(tmp_path / "train.txt"),
            "runs_dir": str(tmp_path / "runs"), "run_name": "r", "steps": 1, "device": "cpu", "precision": "bf16"}
    with pytest.raises(WorkerError, match="precision bf16 asked for, but no native bf16"):
        torch_worker.cmd_train(spec)


# ------------------------------------------------------------------------------ training in the child
@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example archive as training text (older 90%) and held-out text (newest 10%), a tiny model."""
    root = tmp_path_factory.mktemp("precision")
    tweets = [f"<|startoftext|>{t.text}<|endoftext|>\n" for t in read_archive(ARCHIVE)]  # newest first
    cut = len(tweets) // 10
    (root / "train.txt").write_text("".join(tweets[cut:]), encoding="utf-8")
    (root / "heldout.txt").write_text("".join(tweets[:cut]), encoding="utf-8")
    runner.ensure_base_model("tiny", models_dir=root / "models", training_text=root / "train.txt", log=print,
                             backend="torch")
    return {"root": root, "models": root / "models", "train": root / "train.txt", "heldout": root / "heldout.txt"}


def _train(data: dict[str, Path], name: str, prec: str, seed: int, log: list[str] | None = None) -> Path:
    runner.train(base_model="tiny", models_dir=data["models"], training_text=data["train"],
                 runs_dir=data["root"] / "runs", run_name=name, steps=100, batch_size=1, learning_rate=1e-3, seed=seed,
                 log=(log.append if log is not None else print), backend="torch",
                 options={"device": "cpu", "precision": prec})
    return data["root"] / "runs" / name


@pytest.fixture(scope="module")
def seed1(data: dict[str, Path]) -> dict[str, tuple[Path, list[str]]]:
    """Seed 1 trained twice, fp32 forced and `auto` (bf16 where this CPU has it), with their logs."""
    logs: dict[str, list[str]] = {"fp32": [], "auto": []}
    return {prec: (_train(data, f"{prec}-1", prec, seed=1, log=logs[prec]), logs[prec]) for prec in logs}


@pytest.mark.slow
def test_progress_line_says_which_precision_and_why(seed1: dict[str, tuple[Path, list[str]]]) -> None:
    assert any("fine-tuning tiny" in line and "[torch: cpu, fp32 (asked for), eager]" in line
               for line in seed1["fp32"][1])
    expected = f"bf16 autocast ({WHY})" if NATIVE else f"fp32 ({WHY})"
    assert any(f"[torch: cpu, {expected}, eager]" in line for line in seed1["auto"][1]), seed1["auto"][1][:3]


@pytest.mark.slow
def test_bf16_training_matches_fp32_within_seed_noise_and_still_generates(
        data: dict[str, Path], seed1: dict[str, tuple[Path, list[str]]]) -> None:
    """Held-out loss of a bf16 run against fp32 runs of the same data: the bf16 run (seed 1: `auto`, which
    is bf16 here) must be as close to the fp32 run of seed 1 as fp32 runs of different data orders (seeds
    1-3) are to each other. The tolerance is that spread, measured here (with a 0.02-nat floor); then the
    bf16 run generates under the torch backend and, from its exported checkpoint, under gpt-2-simple."""
    if not NATIVE:
        pytest.skip(f"this CPU cannot train in bf16: {WHY}")
    bf16, bf16_log = seed1["auto"]
    assert any("bf16 autocast" in line for line in bf16_log)
    fp32 = [seed1["fp32"][0]] + [_train(data, f"fp32-{seed}", "fp32", seed) for seed in (2, 3)]
    losses = [r.loss for r in runner.evaluate(run_paths=[*fp32, bf16, data["models"] / "tiny"], text=data["heldout"],
                                              log=print, backend="torch")]
    fp32_losses, bf16_loss, untrained = losses[:3], losses[3], losses[4]
    tolerance = max(max(fp32_losses) - min(fp32_losses), 0.02)
    print(f"held-out loss: fp32 {fp32_losses} (mean {statistics.mean(fp32_losses):.3f}, spread {tolerance:.3f}); "
          f"bf16 {bf16_loss:.3f}; untrained {untrained:.3f}")
    assert max(fp32_losses) < untrained - 1.0  # they learnt something
    assert abs(bf16_loss - fp32_losses[0]) <= tolerance

    for backend in ("torch", "gpt2simple"):
        texts = runner.generate(run_path=bf16, n=6, seed=5, log=print, backend=backend)
        assert len(texts) == 6 and sum(len(t.split()) >= 3 for t in texts) >= 3, (backend, texts)
