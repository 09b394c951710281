"""Model-layer throughput on this machine: tiny GPT-2 fine-tuning tokens/s and generation samples/s.

Builds the offline tiny model from a real timeline (elonmusk_tweets.csv from ../shared/data), trains
--steps steps --repeats times at batch 1 and at batch 4 (median tokens/s from each TrainResult, so the
child's start-up is excluded), then generates --samples samples at two batch sizes. Every number runs
through the same child-process path the DAGs use. Prints a table; writes bench/out/bench_model.json.

    python bench/bench_model.py [--steps 200] [--repeats 3] [--samples 50]
"""
from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from tweetbot.model import ensure_base_model, generate, train  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "elonmusk" / "elonmusk_tweets.csv"
RATE = re.compile(r"generated (\d+)/(\d+) samples, ([\d.]+) samples/s")


def write_training_text(csv_path: Path, out: Path) -> int:
    """One `<|startoftext|>tweet<|endoftext|>` line per tweet (texts are Python bytes literals)."""
    lines = []
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = ast.literal_eval(row["text"]).decode("utf-8", "replace")
            text = " ".join(text.split())
            if text:
                lines.append(f"<|startoftext|>{text}<|endoftext|>\n")
    out.write_text("".join(lines), encoding="utf-8")
    return len(lines)


def bench_train(work: Path, text: Path, steps: int, repeats: int, batch: int) -> dict[str, float]:
    rates, walls, losses = [], [], []
    for i in range(repeats):
        r = train(base_model="tiny", models_dir=work / "models", training_text=text, runs_dir=work / "runs",
                  run_name=f"b{batch}-{i}", steps=steps, batch_size=batch, learning_rate=1e-3, seed=i,
                  log=lambda _: None)
        rates.append(r.tokens_per_s)
        walls.append(r.wall_s)
        losses.append(r.final_loss)
    return {"tokens_per_s": statistics.median(rates), "steps_per_s": statistics.median(rates) / (batch * 128),
            "wall_s": statistics.median(walls), "final_loss": statistics.median(losses), "runs": rates}


def bench_generate(run: Path, n: int, batch: int) -> dict[str, float]:
    lines: list[str] = []
    t0 = time.perf_counter()
    texts = generate(run_path=run, n=n, batch_size=batch, seed=1, log=lines.append)
    wall = time.perf_counter() - t0
    inner = [float(m.group(3)) for m in map(RATE.search, lines) if m]
    return {"samples_per_s": inner[-1] if inner else float("nan"), "wall_s": wall,
            "samples_per_s_wall": n / wall, "nonempty": sum(1 for t in texts if t),
            "mean_chars": statistics.mean(len(t) for t in texts)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--samples", type=int, default=50)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    if not args.data.is_file():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="bench-model-") as tmp:
        work = Path(tmp)
        text = work / "train.txt"
        n_tweets = write_training_text(args.data, text)
        t0 = time.perf_counter()
        ensure_base_model("tiny", models_dir=work / "models", training_text=text, log=lambda _: None)
        build_s = time.perf_counter() - t0
        train1 = bench_train(work, text, args.steps, args.repeats, batch=1)
        train4 = bench_train(work, text, args.steps, args.repeats, batch=4)
        run = work / "runs" / "b1-0"
        gen20 = bench_generate(run, args.samples, batch=20)
        gen50 = bench_generate(run, args.samples, batch=args.samples)

    results = {"tweets": n_tweets, "build_s": build_s, "steps": args.steps, "repeats": args.repeats,
               "train_batch1": train1, "train_batch4": train4, "generate_batch20": gen20,
               f"generate_batch{args.samples}": gen50}
    print(f"tiny model (n_ctx 128, 2 layers, ~0.8M params), {n_tweets} tweets, built in {build_s:.1f} s")
    print(f"{'case':<28}{'median tok/s':>14}{'steps/s':>10}{'wall s':>9}{'final loss':>12}")
    for name, r in (("train batch 1", train1), ("train batch 4", train4)):
        print(f"{name + f' x {args.steps} steps':<28}{r['tokens_per_s']:>14,.0f}{r['steps_per_s']:>10.1f}"
              f"{r['wall_s']:>9.1f}{r['final_loss']:>12.3f}")
    print(f"batch 4 / batch 1 tokens/s: {train4['tokens_per_s'] / train1['tokens_per_s']:.2f}x")
    print(f"{'case':<28}{'samples/s':>14}{'wall s':>10}{'non-empty':>11}{'mean chars':>12}")
    for name, r in ((f"generate {args.samples}, batch 20", gen20),
                    (f"generate {args.samples}, batch {args.samples}", gen50)):
        print(f"{name:<28}{r['samples_per_s']:>14.1f}{r['wall_s']:>10.1f}{r['nonempty']:>11}{r['mean_chars']:>12.0f}")
    print("(samples/s: inside the child, load excluded; wall s: whole call incl. ~3 s TensorFlow start)")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_model.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
