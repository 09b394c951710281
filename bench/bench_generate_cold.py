"""The weekly `generate` task's real cost: a fresh torch child each time. Times --n candidates from the
tiny model through `runner.run_worker("generate")` (the path the task takes), split into the child's
phases as it reports them (interpreter start and imports, torch import, loading the run, sampling,
decoding), beside references measured in the same run: a bare `python -c pass` and a bare
`python -c "import torch"` (what any torch child pays before doing anything).

Builds the tiny model from the example archive and trains it --steps steps first (not timed).

    python bench/bench_generate_cold.py [--n 200] [--repeats 3] [--threads 2]
Writes bench/out/bench_generate_cold.json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from tweetbot.model import runner  # noqa: E402
from tweetbot.sources.archive import read_archive  # noqa: E402

ARCHIVE = ROOT / "include" / "tweetbot" / "data" / "example_tweets.js"


def wall(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=dict(os.environ, PYTHONPATH=str(ROOT / "include")))
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--steps", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-gen-cold-") as tmp:
        work = Path(tmp)
        text = work / "train.txt"
        text.write_text("".join(f"<|startoftext|>{t.text}<|endoftext|>\n" for t in read_archive(ARCHIVE)),
                        encoding="utf-8")
        runner.ensure_base_model("tiny", models_dir=work / "models", training_text=text, log=lambda _: None,
                                 backend="torch")
        runner.train(base_model="tiny", models_dir=work / "models", training_text=text, runs_dir=work / "runs",
                     run_name="r", steps=args.steps, batch_size=2, learning_rate=2e-3, seed=1, log=lambda _: None,
                     backend="torch")
        spec = {"run_path": str(work / "runs" / "r"), "n": args.n, "temperature": 1.0, "top_k": 0, "top_p": 0.9,
                "length": None, "prefix": None, "batch_size": None, "seed": 3}
        rows = []
        for _ in range(args.repeats):
            bare = wall([sys.executable, "-c", "pass"])
            torch_import = wall([sys.executable, "-c", "import torch"])
            t0 = time.perf_counter()
            out = runner.run_worker("generate", spec, log=lambda _: None, backend="torch")
            total = time.perf_counter() - t0
            rows.append({"total_s": total, "bare_python_s": bare, "bare_import_torch_s": torch_import,
                         **{f"{k}_s": v for k, v in out.get("timings", {}).items()},
                         "texts": len(out["texts"]), "nonempty": sum(1 for t in out["texts"] if t),
                         "tokens": out["tokens_generated"]})
    keys = [k for k in rows[0] if k.endswith("_s")]
    med = {k: statistics.median(r[k] for r in rows) for k in keys}
    print(f"{args.n} candidates from the tiny model in a fresh torch child, median of {args.repeats} "
          f"({os.cpu_count()} CPUs; {rows[0]['tokens']:,} tokens, {rows[0]['nonempty']} non-empty):")
    for k in keys:
        print(f"  {k[:-2]:<22}{med[k]:>7.2f} s")
    print(f"total / bare 'import torch': {med['total_s'] / med['bare_import_torch_s']:.1f}x; goal: total <= 5 s "
          f"on 2 cores")
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "bench_generate_cold.json").write_text(json.dumps({"n": args.n, "rows": rows, "median": med},
                                                                 indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
