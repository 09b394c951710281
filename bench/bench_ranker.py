"""Engagement ranker figures on this machine: fit on 3,200 tweets, score 1,000 candidates (goal ≤ 1 s).

Examples: every tweet with counts of the smithjd X archive and the liztruss twint CSV (replies kept),
imported with `tweetbot.pipeline.import_source` into a temporary SQLite store and read back with
`tweetbot.engagement.history.account_history` — 2,748 real tweets; the oldest ones are repeated to
reach 3,200 (fit time depends on how many texts and how long, not on which). Candidates: 1,000 real
tweets of another account (the elonmusk CSV), texts the ranker never saw.

Figures, each the median of `--repeat` runs, beside a reference measured in the same run (absolute
times are noisy on a shared machine):

* the ranker's fit (vectorizers, inner alpha choice, final ridge) and its scoring of the candidates;
* the baseline model's fit + score on the same data (the reference);
* `evaluate` as staging runs it (time split, both models, paired bootstrap).

    python bench/bench_ranker.py [--train 3200] [--candidates 1000] [--repeat 5]
"""
from __future__ import annotations

import argparse
import ast
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

import numpy as np  # noqa: E402

from tweetbot.engagement.evaluate import evaluate  # noqa: E402
from tweetbot.engagement.history import account_history  # noqa: E402
from tweetbot.engagement.ranker import BaselineModel, TextRanker  # noqa: E402
from tweetbot.pipeline import import_source  # noqa: E402
from tweetbot.sources import ImportOptions  # noqa: E402
from tweetbot.store import connect, upgrade  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
WITH_REPLIES = ImportOptions(drop_replies=False)


def examples() -> list:
    """Both real files' tweets with counts, oldest first, through the real import and history."""
    with tempfile.TemporaryDirectory() as tmp:
        store = connect(f"sqlite:///{tmp}/bench.db")
        upgrade(store)
        for kind, path in (("archive", DATA / "x_archive_smithjd" / "tweets.js"),
                           ("csv", DATA / "twint_liztruss" / "twint_scraping_tweets.csv")):
            import_source(store, account="bench", kind=kind, path=path, by="bench", options=WITH_REPLIES,
                          log=lambda _line: None)
        history = account_history(store, "bench")
        store.dispose()
    return history


def candidates(n: int) -> list[str]:
    """`n` real tweets of another account (bytes literals in that CSV, see shared/data/README.md)."""
    with (DATA / "elonmusk" / "elonmusk_tweets.csv").open(encoding="utf-8", newline="") as fh:
        texts = [ast.literal_eval(row["text"]).decode("utf-8") for row in csv.DictReader(fh)]
    return texts[:n]


def median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=3200)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    history = examples()
    real = len(history)
    train = (history * (args.train // max(real, 1) + 1))[:args.train]
    texts, y = [e.text for e in train], np.array([e.engagement for e in train])
    todo = candidates(args.candidates)
    print(f"{args.train:,} training tweets ({real:,} real with counts, the rest repeated), "
          f"{len(todo):,} candidates, median of {args.repeat}")

    fitted: dict = {}
    fit = median_seconds(lambda: fitted.update(ranker=TextRanker().fit(texts, y)), args.repeat)
    score = median_seconds(lambda: fitted["ranker"].score(todo), args.repeat)
    base = median_seconds(lambda: BaselineModel().fit(texts, y).score(todo), args.repeat)
    full = median_seconds(lambda: fitted.update(evaluation=evaluate(history, seed=0)), args.repeat)
    rows = [("ranker fit", fit), ("ranker score", score), ("ranker fit + score", fit + score),
            ("baseline fit + score (reference)", base), (f"evaluate, {real:,} real tweets (staging)", full)]
    width = max(len(name) for name, _ in rows)
    for name, seconds in rows:
        print(f"  {name:<{width}}  {seconds:7.3f} s  {seconds / base:7.1f}× the baseline")
    print(f"goal ≤ 1 s for fit + score: {'met' if fit + score <= 1 else 'NOT met'} "
          f"({fit + score:.2f} s, alpha {fitted['ranker'].alpha_:g})")
    print(f"evaluation: {fitted['evaluation'].summary()}")


if __name__ == "__main__":
    main()
