"""Does the demo write words? Runs `scripts/demo.sh` (the weekly chain on the tiny model, as `make demo`)
in a fresh AIRFLOW_HOME, times it, and measures the share of the words in its staged candidates that
are words of the example archive it learnt from (include/tweetbot/data/example_tweets.js).

Words: runs of letters (apostrophes inside allowed), lower-cased; a candidate's word counts when the
archive's tweets contain it anywhere. References from the same run: the same share for every
generated candidate before the staging filters (from the candidates table), and for the archive's own
held-out tweets (the newest ones, which training never saw: the share a perfect imitator would reach,
<100% only through words the archive uses once).

    python bench/bench_demo_words.py [--runs 1] [--keep DIR]
Writes bench/out/bench_demo_words.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from tweetbot.sources.archive import read_archive  # noqa: E402

ARCHIVE = ROOT / "include" / "tweetbot" / "data" / "example_tweets.js"
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
LINK = re.compile(r"https?://\S+|@\w+")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(LINK.sub(" ", text))]


def share(texts: list[str], vocabulary: set[str]) -> tuple[float, int]:
    """(fraction of the texts' words found in vocabulary, number of words)."""
    ws = [w for t in texts for w in words(t)]
    return (sum(w in vocabulary for w in ws) / len(ws) if ws else float("nan")), len(ws)


def run_demo(home: Path) -> tuple[float, str]:
    """scripts/demo.sh as `make demo` runs it (minus the install), in `home`; (seconds, output)."""
    env = dict(os.environ, AIRFLOW_HOME=str(home), AIRFLOW__CORE__DAGS_FOLDER=str(ROOT / "dags"),
               AIRFLOW__CORE__PLUGINS_FOLDER=str(ROOT / "plugins"), AIRFLOW__CORE__LOAD_EXAMPLES="False",
               AIRFLOW__CORE__PARALLELISM="4",
               PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT / "include"), os.environ.get("PYTHONPATH")) if p))
    t0 = time.perf_counter()
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "demo.sh")], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"demo failed (rc {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}")
    return wall, proc.stdout


def store_texts(home: Path) -> tuple[list[str], list[str]]:
    """(staged candidates: the queue's tweets, all generated candidates) from the demo's SQLite store."""
    dbs = sorted(home.glob("tweetbot/*.db")) + sorted(home.glob("tweetbot/*.sqlite*"))
    if not dbs:
        raise SystemExit(f"no tweet store under {home}/tweetbot")
    with sqlite3.connect(dbs[0]) as db:
        staged = [r[0] for r in db.execute("SELECT text FROM tweets")]
        generated = [r[0] for r in db.execute("SELECT text FROM candidates")]
    return staged, generated


def one_demo(keep: Path | None) -> tuple[list[str], list[str], float]:
    """Run the demo in a fresh home; (staged, generated, seconds). `keep`: copy the home there after."""
    home = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    try:
        wall, _out = run_demo(home)
        staged, generated = store_texts(home)
    finally:
        if keep:
            shutil.rmtree(keep, ignore_errors=True)
            shutil.copytree(home, keep)
        shutil.rmtree(home, ignore_errors=True)
    return staged, generated, wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="keep the demo's AIRFLOW_HOME here (for a look afterwards)")
    ap.add_argument("--home", type=Path, help="measure the store of a demo already run in this AIRFLOW_HOME")
    args = ap.parse_args()
    tweets = [t.text for t in read_archive(ARCHIVE)]
    vocabulary = {w for t in tweets for w in words(t)}
    held = tweets[: max(1, len(tweets) // 10)]  # the archive lists the newest first
    held_vocab = {w for t in tweets[len(held):] for w in words(t)}
    ref_share, ref_n = share(held, held_vocab)
    results = []
    for i in range(args.runs):
        if args.home:
            (staged, generated), wall = store_texts(args.home), float("nan")
            args.runs = 1
        else:
            staged, generated, wall = one_demo(args.keep if i == args.runs - 1 else None)
        s_share, s_n = share(staged, vocabulary)
        g_share, g_n = share(generated, vocabulary)
        results.append({"wall_s": wall, "staged": len(staged), "staged_words": s_n, "staged_share": s_share,
                        "generated": len(generated), "generated_words": g_n, "generated_share": g_share,
                        "examples": staged[:5]})
        print(f"run {i + 1}: demo {wall:.0f} s; {len(staged)} staged, {100 * s_share:.1f}% of {s_n} words in the "
              f"archive; all {len(generated)} generated: {100 * g_share:.1f}% of {g_n}")
        for text in staged[:5]:
            print(f"   | {text[:110]}")
    print(f"archive: {len(tweets)} tweets, {len(vocabulary):,} distinct words; reference: its newest "
          f"{len(held)} tweets against the older ones: {100 * ref_share:.1f}% of {ref_n} words")
    print(f"median over {len(results)} run(s): staged words in the archive "
          f"{100 * statistics.median(r['staged_share'] for r in results):.1f}% (goal >= 85%), demo "
          f"{statistics.median(r['wall_s'] for r in results):.0f} s (goal <= 90 s)")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_demo_words.json").write_text(json.dumps(
        {"runs": results, "reference_heldout_share": ref_share, "archive_words": len(vocabulary)}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
