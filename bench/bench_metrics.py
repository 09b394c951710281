"""The daily metrics fetch: tweets measured per second, end to end, beside the bare X calls it makes.

N posted tweets (on the fake X and in a SQLite store in a temporary folder) are measured with
`fetch_metrics` (select what to ask → GET /2/tweets by 100 ids through tweepy/OAuth 1.0a → one history
row per tweet → progress log). The reference, in the same run and interleaved: the same ids through
`XClient.tweet_metrics` alone (no store). The ratio is the store's share of a fetch. Median of
`--rounds` rounds each; the fake X serves in this process, so both sides pay its handler time.

    python bench/bench_metrics.py [--n 2000] [--rounds 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

ACCOUNT = "fieldnotes_bot"


def main() -> int:
    from tweetbot.pipeline.metrics import fetch_metrics
    from tweetbot.store import connect, upgrade
    from tweetbot.store.schema import tweets
    from tweetbot.testing.fake_x import FakeX, _Window
    from tweetbot.x.client import XClient, XCredentials

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeX(username=ACCOUNT) as fake:
        fake._windows["tweets_lookup"] = _Window(10**9, 900)  # the bench measures us, not X's limit
        ids = [fake.seed(f"bench tweet {i}") for i in range(args.n)]
        store = connect(f"sqlite:///{tmp}/store.db")
        upgrade(store)
        now = datetime.now(UTC)
        with store.begin() as conn:
            conn.execute(tweets.insert(), [
                {"account": ACCOUNT, "text": f"t{i}", "original_text": f"t{i}", "status": "posted",
                 "norm_text": f"t{i}", "created_at": now, "created_by": "bench", "updated_at": now,
                 "posted_at": now - timedelta(hours=i % 500), "x_tweet_id": x_id, "dry_run": False, "attempts": 1,
                 "version": 1} for i, x_id in enumerate(ids)])
        client = XClient(XCredentials(**fake.credentials), timeout=30)
        full, bare = [], []
        for _ in range(args.rounds):
            started = time.perf_counter()
            for _batch in client.tweet_metrics(ids):
                pass
            bare.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = fetch_metrics(store, client, account=ACCOUNT, log=lambda _m: None, fresh_for=timedelta(0))
            full.append(time.perf_counter() - started)
            assert report.measured == args.n, report.summary()
        f, b = statistics.median(full), statistics.median(bare)
        print(f"{args.n:,} posted tweets, {args.rounds} rounds (medians), SQLite store, fake X in-process")
        print(f"fetch_metrics (end to end): {f:.2f} s, {args.n / f:,.0f} tweets/s")
        print(f"XClient.tweet_metrics only: {b:.2f} s, {args.n / b:,.0f} tweets/s (reference, same run)")
        print(f"ratio end-to-end / bare calls: {f / b:.2f}x (the store's share: {(f - b) / f:.0%})")
        store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
