"""Staging filter figures on this machine: originality tuning on real timelines, and throughput.

1. Tuning: for the smithjd X archive and the elonmusk CSV (imported as `tweetbot import` stores them),
   200 source tweets (seed 7, ≥ 6 words) each get every synthetic near-copy of
   `tweetbot.testing.near_copies` → share caught as `copy` (recall). Then what must NOT be caught:
   the account's own held-out half (index one half, ask about the other: same voice, new tweets —
   what is flagged there is mostly the account repeating itself, listed), another account's tweets
   (the liztruss twint CSV) and generic phrases. Repeated for a sweep of `copy_threshold`.
2. Throughput: 20,000 source tweets (all three real files with replies, then seeded one-word variants
   up to 20,000) × 1,000 candidates (300 near-copies, 700 sentences of Pride and Prejudice): index
   build time and candidates/s of the whole staging filter and of the copy check alone, median of 3;
   against the naive peer (rapidfuzz `process.extractOne` over all 20,000 per candidate, no index) on
   a subset, as a ratio, with how often the two agree.

Prints tables; writes bench/out/bench_filters.json.

    python bench/bench_filters.py [--sources 20000] [--candidates 1000] [--naive 200]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from rapidfuzz import fuzz, process  # noqa: E402

from tweetbot.curation.quality import FilterOptions, SourceIndex, copy_form, strip_mentions  # noqa: E402
from tweetbot.curation.staging import StagingFilter  # noqa: E402
from tweetbot.sources import ImportOptions  # noqa: E402
from tweetbot.testing.near_copies import (  # noqa: E402
    GENERIC_PHRASES,
    MUTATIONS,
    held_out_split,
    load_source,
    swap_one,
    vocabulary,
)

DATA = ROOT.parent / "shared" / "data"
WITH_REPLIES = ImportOptions(drop_replies=False)
SWEEP = (65, 70, 75, 80, 85, 90)


def _files() -> dict[str, tuple[str, Path]]:
    return {
        "smithjd": ("archive", DATA / "x_archive_smithjd" / "tweets.js"),
        "elonmusk": ("csv", DATA / "elonmusk" / "elonmusk_tweets.csv"),
        "liztruss": ("csv", DATA / "twint_liztruss" / "twint_scraping_tweets.csv"),
    }


# ---------------------------------------------------------------- tuning


def near_copy_sample(
    sources: list[tuple[str, str]], seed: int = 7, n: int = 200,
) -> list[tuple[str, str, str]]:
    """(mutation, source id, near-copy) for `n` sources of at least 6 words, all mutations each."""
    rng = random.Random(seed)
    vocab = vocabulary([t for _, t in sources])
    eligible = [s for s in sources if len(copy_form(s[1]).split()) >= 6]
    out = []
    for tweet_id, text in rng.sample(eligible, n):
        for name, mutate in MUTATIONS.items():
            copy = mutate(text, rng, vocab)
            if copy is not None:
                out.append((name, tweet_id, copy))
    return out


def tune_account(name: str, sources: list[tuple[str, str]], others: list[tuple[str, str]],
                 threshold: float) -> dict:
    """Recall per mutation and what is flagged among texts that are not copies, at one threshold."""
    options = FilterOptions(copy_threshold=threshold)
    index = _index(sources, options)
    recall: dict[str, list[int]] = {}
    for mutation, _tweet_id, copy in near_copy_sample(sources):
        match = index.match(strip_mentions(copy))
        hit = recall.setdefault(mutation, [0, 0])
        hit[0] += bool(match)
        hit[1] += 1
    indexed, asked = held_out_split(sources, random.Random(11))
    held_index = _index(indexed, options)
    by_id = dict(indexed)
    held = []
    for _tweet_id, text in asked:
        if match := held_index.match(strip_mentions(text)):
            held.append({"text": text, "source": by_id[match.tweet_id], "detail": match.detail})
    other = [t for _, t in others if index.match(strip_mentions(t))]
    generic = [p for p in GENERIC_PHRASES if index.match(p)]
    return {"account": name, "threshold": threshold, "recall": recall, "held_out": held,
            "held_out_asked": len(asked), "other_flagged": other, "other_asked": len(others),
            "generic_flagged": generic, "generic_asked": len(GENERIC_PHRASES)}


def _index(sources, options: FilterOptions) -> SourceIndex:
    return SourceIndex(sources, threshold=options.copy_threshold, run_words=options.copy_run_words,
                       min_words=options.copy_min_words, fuzzy_min_words=options.copy_fuzzy_min_words)


def print_tuning(rows: list[dict]) -> None:
    default = FilterOptions().copy_threshold
    mutations = list(MUTATIONS)
    print("Originality tuning: near-copies caught (recall) and texts wrongly caught, by copy_threshold")
    print(f"{'account':<10}{'T':>4}  " + "".join(f"{m:>16}" for m in mutations)
          + f"{'recall':>8}{'held-out':>11}{'other':>9}{'generic':>9}")
    for r in rows:
        hits = sum(v[0] for v in r["recall"].values())
        total = sum(v[1] for v in r["recall"].values())
        mark = "*" if r["threshold"] == default else " "
        cells = "".join(f"{r['recall'][m][0]:>12}/{r['recall'][m][1]:<3}" for m in mutations)
        print(f"{r['account']:<10}{r['threshold']:>3.0f}{mark}  {cells}{hits / total:>8.1%}"
              f"{len(r['held_out']):>5}/{r['held_out_asked']:<5}"
              f"{len(r['other_flagged']):>4}/{r['other_asked']:<4}"
              f"{len(r['generic_flagged']):>4}/{r['generic_asked']:<4}")
    print("(* = default; held-out: the account's own unseen tweets that were flagged, listed below for"
          " the default; other: liztruss twint tweets vs this account; generic: stock phrases)")
    for r in rows:
        if r["threshold"] == default:
            for h in r["held_out"]:
                print(f"  {r['account']} held-out flagged ({h['detail']}): {_short(h['text'])!r}"
                      f"  ~  {_short(h['source'])!r}")


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# ---------------------------------------------------------------- throughput


def twenty_thousand(target: int, seed: int = 3) -> list[tuple[str, str]]:
    """All real tweets (with replies), then seeded one-word variants of them until `target`."""
    rng = random.Random(seed)
    base = []
    for name, (kind, path) in _files().items():
        base += [(f"{name}:{i}", t) for i, t in load_source(kind, path, WITH_REPLIES)]
    vocab = vocabulary([t for _, t in base])
    out = list(base)
    round_ = 0
    while len(out) < target:
        round_ += 1
        for tweet_id, text in base:
            variant = swap_one(text, rng, vocab)
            if variant:
                out.append((f"{tweet_id}v{round_}", variant))
            if len(out) >= target:
                break
    return out[:target]


def pride_sentences() -> list[str]:
    """Sentences of 5-45 words from Pride and Prejudice: text no account ever tweeted."""
    text = (DATA / "gutenberg_pride" / "1342-0.txt").read_text(encoding="utf-8")
    text = re.sub(r"\[Illustration:.*?\]", " ", text, flags=re.S)
    text = " ".join(text.replace("_", "").split())
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return [s for s in sentences if 5 <= len(s.split()) <= 45 and len(s) <= 270]


def candidates(sources: list[tuple[str, str]], n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    vocab = vocabulary([t for _, t in sources[:5000]])
    copies = []
    mutations = list(MUTATIONS.values())
    while len(copies) < n * 3 // 10:
        _, text = rng.choice(sources)
        if copy := mutations[len(copies) % len(mutations)](text, rng, vocab):
            copies.append(copy)
    novel = rng.sample(pride_sentences(), n - len(copies))
    out = copies + novel
    rng.shuffle(out)
    return out


def median_time(fn, repeats: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def throughput(n_sources: int, n_candidates: int, n_naive: int) -> dict:
    sources = twenty_thousand(n_sources)
    cands = candidates(sources, n_candidates)
    options = FilterOptions()
    build_s, staging = median_time(lambda: StagingFilter(sources, options))
    full_s, decisions = median_time(lambda: list(map(staging(set()), cands)))
    index = staging.index
    copy_s, matches = median_time(lambda: [index.match(c) for c in cands])

    # The naive peer asks the same question (ratio ≥ threshold, both texts long enough to compare).
    least = options.copy_fuzzy_min_words
    forms = [f for _, t in sources if len((f := copy_form(t)).split()) >= least]
    subset = [c for c in cands if len(copy_form(c).split()) >= least][:n_naive]
    t = options.copy_threshold

    def naive(scorer):
        return [process.extractOne(copy_form(c), forms, scorer=scorer, score_cutoff=t) for c in subset]

    naive_s, naive_found = median_time(lambda: naive(fuzz.ratio))
    partial_n = max(1, n_naive // 4)
    partial_s, _ = median_time(lambda: [process.extractOne(copy_form(c), forms, scorer=fuzz.partial_ratio,
                                                           score_cutoff=t) for c in subset[:partial_n]], 1)
    indexed_sub = [bool(index.match(c)) for c in subset]
    naive_sub = [bool(m) for m in naive_found]
    reasons: dict[str, int] = {}
    for _, reason, _ in decisions:
        reasons[reason or "kept"] = reasons.get(reason or "kept", 0) + 1
    return {
        "sources": len(sources), "indexed": len(index), "candidates": len(cands), "build_s": build_s,
        "full_per_s": len(cands) / full_s, "copy_per_s": len(cands) / copy_s,
        "naive_subset": len(subset), "naive_per_s": len(subset) / naive_s,
        "naive_partial_subset": partial_n, "naive_partial_per_s": partial_n / partial_s,
        "copies_indexed": sum(indexed_sub), "copies_naive": sum(naive_sub),
        "only_indexed": sum(a and not b for a, b in zip(indexed_sub, naive_sub, strict=True)),
        "only_naive": sum(b and not a for a, b in zip(indexed_sub, naive_sub, strict=True)),
        "reasons": reasons,
    }


def print_throughput(r: dict) -> None:
    print(f"\nThroughput: {r['candidates']:,} candidates vs {r['sources']:,} source tweets "
          f"({r['indexed']:,} long enough to index); median of 3")
    print(f"{'case':<58}{'candidates/s':>14}{'vs naive':>10}")
    rows = [
        ("staging filter, all rules (indexed copy check)", r["full_per_s"]),
        ("copy check alone: SourceIndex.match", r["copy_per_s"]),
        (f"naive: extractOne(fuzz.ratio) over all, {r['naive_subset']} cands", r["naive_per_s"]),
        (f"naive: extractOne(fuzz.partial_ratio) over all, {r['naive_partial_subset']} cands",
         r["naive_partial_per_s"]),
    ]
    for name, rate in rows:
        ratio = rate / r["naive_per_s"]
        print(f"{name:<58}{rate:>14,.0f}{ratio:>9.{1 if ratio >= 1 else 2}f}x")
    print(f"index build: {r['build_s']:.2f} s (once per staging run)")
    print(f"on the naive subset: indexed finds {r['copies_indexed']} copies, naive ratio finds "
          f"{r['copies_naive']} ({r['only_indexed']} only indexed: word/run rules; "
          f"{r['only_naive']} only naive: missed by the index)")
    print("staging verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(r["reasons"].items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=int, default=20_000)
    ap.add_argument("--candidates", type=int, default=1_000)
    ap.add_argument("--naive", type=int, default=200, help="candidates for the naive peer")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"data not found: {DATA}", file=sys.stderr)
        return 2
    files = _files()
    accounts = {name: load_source(*files[name]) for name in ("smithjd", "elonmusk")}
    other = load_source(*files["liztruss"], WITH_REPLIES)
    tuning = [tune_account(name, src, other, t) for name, src in accounts.items() for t in SWEEP]
    print_tuning(tuning)
    speed = throughput(args.sources, args.candidates, args.naive)
    print_throughput(speed)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_filters.json").write_text(json.dumps({"tuning": tuning, "throughput": speed}, indent=2,
                                                       ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
