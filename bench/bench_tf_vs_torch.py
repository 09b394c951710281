"""Training tokens/s of the project's tiny GPT-2: gpt-2-simple/TensorFlow vs the same configuration in
PyTorch (HF transformers' GPT2LMHeadModel), side by side in one run, on this machine's CPU.

Runs in the main venv. The TF side is the project's own path (tweetbot.model.runner: ensure_base_model +
train, tokens/s measured inside the worker child). The torch side is bench/torch_train.py run with the
bench venv's python (make bench-torch builds .venv-bench from requirements-bench.txt); it trains on the
very token ids gpt-2-simple trains on (the training text encoded with the tiny model's own encoder.json /
vocab.bpe, passed in a file). Runs alternate TF, torch, TF, torch, ... so drift hits both; medians of
--repeats runs. Peak RSS is each training process's own maxrss. Prints a table; writes
bench/out/bench_tf_vs_torch.json.

    python bench/bench_tf_vs_torch.py --bench-python .venv-bench/bin/python [--steps 200] [--repeats 3]

Two tokens/s figures per side: "all" = clock from just before step 1 to after the last step (the
definition tweetbot's worker reports), "steady" = steps after the first --warmup (TF's figure is derived
from the worker's cumulative-rate progress lines at step --warmup and at the last step).
"""
from __future__ import annotations

import argparse
import ast
import csv
import importlib.util
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from tweetbot.model import runner  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "elonmusk" / "elonmusk_tweets.csv"
MODEL = "tiny-bench"
PROGRESS = re.compile(r"step (\d+)/(\d+) .*?([\d,]+) tok/s")


def write_training_text(csv_path: Path, out: Path) -> int:
    """One `<|startoftext|>tweet<|endoftext|>` line per tweet (texts are Python bytes literals)."""
    lines = []
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = " ".join(ast.literal_eval(row["text"]).decode("utf-8", "replace").split())
            if text:
                lines.append(f"<|startoftext|>{text}<|endoftext|>\n")
    out.write_text("".join(lines), encoding="utf-8")
    return len(lines)


def tokenize_like_gpt2_simple(model_dir: Path, text: Path, out: Path) -> int:
    """Encode the text exactly as gpt-2-simple's load_dataset does (one plain-text file: one encode()),
    with gpt-2-simple's own Encoder, loaded by file path so TensorFlow is not imported here."""
    spec = importlib.util.find_spec("gpt_2_simple")
    if spec is None or spec.origin is None:
        raise SystemExit("gpt_2_simple is not installed in this venv (run bench with the main venv)")
    enc_path = Path(spec.origin).parent / "src" / "encoder.py"
    mod_spec = importlib.util.spec_from_file_location("_g2s_encoder", enc_path)
    mod = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(mod)  # type: ignore[union-attr]
    enc = mod.get_encoder(str(model_dir))
    ids = array("i", enc.encode(text.read_text(encoding="utf-8", errors="ignore")))
    out.write_bytes(ids.tobytes())
    return len(ids)


def tf_steady(lines: list[str], warmup: int) -> float:
    """Tokens/s after step `warmup`, from two of the worker's cumulative `step s/N ... R tok/s` lines."""
    points = {}
    for line in lines:
        m = PROGRESS.search(line)
        if m:
            points[int(m.group(1))] = float(m.group(3).replace(",", ""))
    if not points:
        return float("nan")
    last = max(points)
    first = min((s for s in points if s >= warmup), default=None)
    if first is None or first == last:
        return float("nan")
    # cumulative rate R_s = s * tok_per_step / elapsed_s, so tok_per_step cancels out
    return (last - first) * points[first] * points[last] / (last * points[first] - first * points[last])


# ---------------------------------------------------------------- TF child (one training run + its RSS)
def tf_child(spec: dict) -> int:
    lines: list[str] = []
    r = runner.train(base_model=MODEL, models_dir=Path(spec["models_dir"]), training_text=Path(spec["text"]),
                     runs_dir=Path(spec["runs_dir"]), run_name=spec["run_name"], steps=spec["steps"],
                     learning_rate=1e-3, batch_size=1, seed=spec["seed"], log=lines.append)
    steady = tf_steady(lines, spec["warmup"])
    print(json.dumps({
        "backend": "tf",
        "tokens_per_s": steady,
        "tokens_per_s_all": r.tokens_per_s,
        "train_s": r.tokens_seen / r.tokens_per_s if r.tokens_per_s else float("nan"),
        "final_loss": r.final_loss,
        "wall_s": r.wall_s,
        "n_params": json.loads((Path(r.run_path) / "train_summary.json").read_text()).get("n_params"),
        # the worker is this process's only (waited-for) child: its maxrss is the TF process's peak
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }), flush=True)
    return 0


def run_json(cmd: list[str], timeout: float) -> dict:
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        raise SystemExit(f"{cmd[:3]}... failed rc={p.returncode}:\n{p.stderr[-3000:]}\n{p.stdout[-2000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench-python", default=str(ROOT / ".venv-bench" / "bin" / "python"),
                    help="python of the venv with torch + transformers (make bench-torch builds it)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=10, help="steps excluded from the steady-state figure")
    ap.add_argument("--tf-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.tf_child:
        return tf_child(json.loads(args.tf_child))
    if not Path(args.bench_python).is_file():
        raise SystemExit(f"no bench python at {args.bench_python}: run `make bench-torch` (builds .venv-bench)")

    t_start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-tf-torch-") as tmp:
        work = Path(tmp)
        text = work / "train.txt"
        tweets = write_training_text(args.data, text)
        model_dir = runner.ensure_base_model(MODEL, models_dir=work / "models", training_text=text, log=lambda _: None)
        hparams_path = model_dir / "hparams.json"
        hparams = json.loads(hparams_path.read_text())
        ids = work / "ids.int32"
        n_tokens = tokenize_like_gpt2_simple(model_dir, text, ids)

        runs: dict[str, list[dict]] = {"tf": [], "torch": []}
        for i in range(args.repeats):
            spec = {"models_dir": str(work / "models"), "text": str(text), "runs_dir": str(work / "runs"),
                    "run_name": f"tf-{i}", "steps": args.steps, "seed": i, "warmup": args.warmup}
            runs["tf"].append(run_json([sys.executable, __file__, "--tf-child", json.dumps(spec)], 600))
            runs["torch"].append(run_json(
                [args.bench_python, str(ROOT / "bench" / "torch_train.py"), "--ids", str(ids),
                 "--hparams", str(hparams_path), "--steps", str(args.steps), "--warmup", str(args.warmup),
                 "--seed", str(i), "--threads", "2"], 600))

    def med(backend: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[backend])

    summary = {b: {k: med(b, k) for k in ("tokens_per_s", "tokens_per_s_all", "peak_rss_mb", "final_loss")}
               for b in runs}
    ratio = summary["tf"]["tokens_per_s"] / summary["torch"]["tokens_per_s"]
    ratio_all = summary["tf"]["tokens_per_s_all"] / summary["torch"]["tokens_per_s_all"]
    t0 = runs["torch"][0]
    print(f"tiny GPT-2 {hparams}: params TF {runs['tf'][0]['n_params']:,} / torch {t0['n_params']:,}; "
          f"{tweets} tweets = {n_tokens:,} tokens")
    print(f"batch 1 x {hparams['n_ctx']} tokens, {args.steps} steps, lr 1e-3, fp32, 2 threads; median of "
          f"{args.repeats} runs each; steady = after the first {args.warmup} steps")
    print(f"torch {t0['torch']} + transformers {t0['transformers']} (attn {t0['attn_implementation']}) "
          f"vs gpt-2-simple on TensorFlow")
    print()
    print(f"{'backend':<24}{'tokens/s steady':>16}{'tokens/s all':>14}{'peak RSS MB':>13}{'final loss':>12}"
          f"  runs (steady tok/s)")
    for b, name in (("tf", "gpt-2-simple / TF"), ("torch", "PyTorch / HF GPT2")):
        s = summary[b]
        each = ", ".join(f"{r['tokens_per_s']:,.0f}" for r in runs[b])
        print(f"{name:<24}{s['tokens_per_s']:>16,.0f}{s['tokens_per_s_all']:>14,.0f}{s['peak_rss_mb']:>13,.0f}"
              f"{s['final_loss']:>12.3f}  {each}")
    print(f"{'ratio TF / torch':<24}{ratio:>16.2f}{ratio_all:>14.2f}"
          f"{summary['tf']['peak_rss_mb'] / summary['torch']['peak_rss_mb']:>13.2f}")
    total = time.perf_counter() - t_start
    print(f"\ntotal {total:.0f} s")

    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_tf_vs_torch.json").write_text(json.dumps({
        "hparams": hparams, "tweets": tweets, "dataset_tokens": n_tokens, "steps": args.steps,
        "repeats": args.repeats, "warmup": args.warmup, "summary": summary, "ratio_tf_over_torch": ratio,
        "ratio_tf_over_torch_all": ratio_all, "runs": runs, "total_s": total,
    }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
