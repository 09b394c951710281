"""GPT-2 124M training on the CPU through the project's own model and train step, fp32 against bf16,
beside the CPU's dense matmul peak in both formats measured in the same run.

Random init (the speed does not depend on the weights), GPT-2 124M's shape (50,257 x 768, 12 layers,
12 heads), context 1024, batch 1 by default: the weekly fine-tune a CPU-only bot runs. Each row is the
median step time over --steps timed steps after one warm-up step (where a compile happens); FLOP/s
counts 6N per token plus attention (gpt2_torch.train_flops_per_token). The machine is shared and its
load changes by the minute, so the rows' steps run interleaved (step 1 of every row, then step 2 ...),
each right after a short bf16 matmul peak measurement: "% adjacent bf16 pk" is the median of each
step against that peak; the other % columns use the best --peak-size square matmul peaks of the run.

    python bench/bench_cpu_train.py                       # fp32 and bf16 rows, fused AdamW
    python bench/bench_cpu_train.py --n-ctx 256 --steps 3 # quicker, shorter windows
    python bench/bench_cpu_train.py --rows fp32:foreach,bf16:fused,bf16:fused:compile
Writes bench/out/bench_cpu_train.json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

import torch  # noqa: E402

from tweetbot.model import precision  # noqa: E402
from tweetbot.model.gpt2_torch import GPT2, make_optimizer, make_train_step, train_flops_per_token  # noqa: E402

GPT2_124M = {"n_vocab": 50257, "n_ctx": 1024, "n_embd": 768, "n_head": 12, "n_layer": 12}


def matmul_peak(dtype: torch.dtype, size: int, seconds: float = 1.0) -> float:
    """FLOP/s of the best of repeated size×size matmuls in `dtype` (2·size³ FLOPs each)."""
    a = torch.randn(size, size).to(dtype)
    b = torch.randn(size, size).to(dtype)
    torch.mm(a, b)  # warm-up: oneDNN picks and caches its kernel
    best = float("inf")
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        t0 = time.perf_counter()
        torch.mm(a, b)
        best = min(best, time.perf_counter() - t0)
    return 2.0 * size**3 / best


class Row:
    """One configuration's model, optimizer and train step on its own random tokens."""

    def __init__(self, spec: str, hp: dict[str, int], *, batch: int, steps: int, seed: int) -> None:
        prec, optim, *rest = spec.split(":")
        torch.manual_seed(seed)
        self.spec, self.hp = spec, hp
        self.model = GPT2(hp).train()
        self.step = make_train_step(self.model, make_optimizer(self.model, lr=1e-4, kind=optim), bf16=prec == "bf16",
                                    compile="compile" in rest)
        self.data = torch.randint(0, hp["n_vocab"], (steps + 1, batch, hp["n_ctx"] + 1))
        self.flops_step = batch * hp["n_ctx"] * train_flops_per_token(hp, hp["n_ctx"])
        self.times: list[float] = []
        self.ratios: list[float] = []
        self.losses: list[float] = []
        self.first_step_s = 0.0

    def run(self, i: int, peak: float | None) -> None:
        """Step i (0: the warm-up, where a compile happens), timed; against `peak` when given."""
        t0 = time.perf_counter()
        self.losses.append(float(self.step([self.data[i]])))
        took = time.perf_counter() - t0
        if i == 0:
            self.first_step_s = took
        else:
            self.times.append(took)
            if peak:
                self.ratios.append(self.flops_step / took / peak)

    def result(self) -> dict[str, object]:
        step_s = statistics.median(self.times)
        tok_s = self.flops_step / train_flops_per_token(self.hp, self.hp["n_ctx"]) / step_s
        return {"row": self.spec, "step_s": step_s, "tokens_per_s": tok_s, "flop_s": self.flops_step / step_s,
                "first_step_s": self.first_step_s, "loss_first": self.losses[0], "loss_last": self.losses[-1],
                "step_times": self.times, "of_adjacent_bf16_peak": statistics.median(self.ratios),
                "adjacent_ratios": self.ratios}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-ctx", type=int, default=1024)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--rows", default="fp32:fused,bf16:fused",
                    help="comma-separated precision:optimizer[:compile] (optimizer: fused, foreach, loop)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    ap.add_argument("--peak-size", type=int, default=2048)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    hp = {**GPT2_124M, "n_ctx": args.n_ctx}
    auto = precision.choose("auto", torch.device("cpu"))
    flops_tok = train_flops_per_token(hp, args.n_ctx)
    print(f"GPT-2 124M shape, context {args.n_ctx}, batch {args.batch}, {torch.get_num_threads()} threads, "
          f"torch {torch.__version__}, {os.cpu_count()} CPUs; auto precision here: {auto}")
    print(f"{flops_tok / 1e9:.3f} GFLOP per trained token (6N + attention); median of {args.steps} steps "
          f"after 1 warm-up")

    peaks: dict[str, list[float]] = {"fp32": [], "bf16": []}
    def measure_peaks() -> tuple[float, float]:
        f32 = matmul_peak(torch.float32, args.peak_size)
        b16 = matmul_peak(torch.bfloat16, args.peak_size)
        peaks["fp32"].append(f32)
        peaks["bf16"].append(b16)
        return f32, b16

    measure_peaks()
    specs = [spec for spec in args.rows.split(",") if auto.bf16 or not spec.startswith("bf16")]
    if len(specs) < len(args.rows.split(",")):
        print(f"skipping the bf16 rows: {auto}")
    # every row's steps interleaved (step 1 of each row, then step 2 of each, ...), each right after its
    # own short bf16 peak: the machine's load changes by the minute and must hit every row alike
    live = [Row(spec, hp, batch=args.batch, steps=args.steps, seed=args.seed) for spec in specs]
    for row in live:
        row.run(0, None)
    for i in range(1, args.steps + 1):
        for row in live:
            row.run(i, matmul_peak(torch.bfloat16, args.peak_size, seconds=0.5))
    measure_peaks()
    rows = [row.result() for row in live]

    best32, best16 = max(peaks["fp32"]), max(peaks["bf16"])
    print(f"dense {args.peak_size}² matmul peak (best of the run): fp32 {best32 / 1e9:.0f} GFLOP/s, "
          f"bf16 {best16 / 1e9:.0f} GFLOP/s (each measurement: fp32 "
          f"{', '.join(f'{p / 1e9:.0f}' for p in peaks['fp32'])}; bf16 "
          f"{', '.join(f'{p / 1e9:.0f}' for p in peaks['bf16'])})")
    print(f"{'row':<24}{'tok/s':>8}{'step s':>9}{'GFLOP/s':>9}{'% fp32 pk':>11}{'% bf16 pk':>11}"
          f"{'% adjacent bf16 pk':>20}{'1st step s':>12}{'loss':>14}")
    for r in rows:
        print(f"{r['row']:<24}{r['tokens_per_s']:>8.0f}{r['step_s']:>9.2f}{r['flop_s'] / 1e9:>9.0f}"
              f"{100 * r['flop_s'] / best32:>10.0f}%{100 * r['flop_s'] / best16:>10.0f}%"
              f"{100 * r['of_adjacent_bf16_peak']:>19.0f}%{r['first_step_s']:>12.1f}"
              f"{r['loss_first']:>7.2f}→{r['loss_last']:.2f}")
    if len(rows) > 1:
        base = rows[0]
        for r in rows[1:]:
            print(f"{r['row']} / {base['row']}: {r['tokens_per_s'] / base['tokens_per_s']:.2f}× tokens/s")
    for r in rows:
        wall = 2000 * 1024 / r["tokens_per_s"]
        print(f"{r['row']}: gpt-2-simple's default run (2,000 steps × 1,024 tokens) ≈ {wall / 3600:.1f} h here")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_cpu_train.json").write_text(json.dumps(
        {"hparams": hp, "batch": args.batch, "threads": torch.get_num_threads(), "auto": str(auto),
         "peaks": peaks, "rows": rows, "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
        indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
