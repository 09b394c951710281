"""Claim-and-post throughput and per-tweet latency on PostgreSQL against the local fake X.

For 1, 4 and 16 concurrent posters (separate processes by default, like Airflow tasks; `--mode
thread` runs them as threads of this process), N approved tweets are posted through the real path:
`post_approved` (cap check → claim with FOR UPDATE SKIP LOCKED → tweepy/OAuth 1.0a POST → mark
posted). One tweet's latency is one `post_approved(max_posts=1)` call. The fake X runs in this
process; its own handler time (`serve_seconds`) per POST is subtracted from the latency to show the
project's overhead per tweet. Median of `--rounds` rounds per row. Works in a throwaway database
`tweetbot_bench_<pid>` that is dropped at the end.

    python bench/bench_post.py [--n 400] [--rounds 3] [--posters 1,4,16] [--mode process|thread]
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import queue as queue_mod
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

ADMIN_URL = os.environ.get("TWEETBOT_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
ACCOUNT = "fieldnotes_bot"


# ---------------------------------------------------------------- one poster (process or thread)


def poster(index: int, url: str, inbox: Any, outbox: Any) -> None:
    """Serve rounds: ("round", credentials) → warm up, report ready; ("go",) → post until empty."""
    from tweetbot.posting import PostingPolicy, post_approved
    from tweetbot.store import connect
    from tweetbot.x.client import XClient, XCredentials

    policy = PostingPolicy(max_posts=1, daily_cap=10**9)
    store = connect(url)
    while True:
        message = inbox.get()
        if message[0] == "stop":
            break
        client = XClient(XCredentials(**message[1]), timeout=30)
        client.me()  # the username for tweet URLs: fetched once per client, outside the timing
        with store.connect() as conn:  # a pooled connection ready, as a running task would have
            conn.exec_driver_sql("select 1")
        outbox.put(("ready", index))
        inbox.get()  # ("go",)
        latencies: list[float] = []
        error = None
        started = time.monotonic()
        try:
            while True:
                t = time.perf_counter()
                report = post_approved(store, client, account=ACCOUNT, policy=policy, by=f"bench-{index}",
                                       log=lambda _: None, reconcile=False)
                if report.failed:
                    raise RuntimeError(f"X refused tweet #{report.failed[0]['id']}")
                if not report.posted:
                    break
                latencies.append(time.perf_counter() - t)
        except Exception as exc:  # noqa: BLE001 - sent to the parent, which stops
            error = f"{type(exc).__name__}: {exc}"
        outbox.put(("done", index, latencies, started, time.monotonic(), error))
    store.dispose()


class Pool:
    """`size` posters, started once and reused by every round."""

    def __init__(self, size: int, url: str, mode: str) -> None:
        if mode == "process":
            ctx = mp.get_context("spawn")
            self.outbox = ctx.Queue()
            self.inboxes = [ctx.Queue() for _ in range(size)]
            self.workers = [ctx.Process(target=poster, args=(i, url, self.inboxes[i], self.outbox), daemon=True)
                            for i in range(size)]
        else:
            self.outbox = queue_mod.Queue()
            self.inboxes = [queue_mod.Queue() for _ in range(size)]
            self.workers = [threading.Thread(target=poster, args=(i, url, self.inboxes[i], self.outbox),
                                             daemon=True) for i in range(size)]
        for w in self.workers:
            w.start()

    def run(self, n_posters: int, credentials: dict, fake) -> dict:
        for inbox in self.inboxes[:n_posters]:
            inbox.put(("round", credentials))
        for _ in range(n_posters):
            assert self.outbox.get(timeout=120)[0] == "ready"
        serve_before, seen_before = fake.serve_seconds, len(fake.requests_seen)
        go = time.monotonic()
        for inbox in self.inboxes[:n_posters]:
            inbox.put(("go",))
        done = [self.outbox.get(timeout=300) for _ in range(n_posters)]
        end = max(d[4] for d in done)
        errors = [d[5] for d in done if d[5]]
        if errors:
            raise RuntimeError(f"posters failed: {errors}")
        latencies = [x for d in done for x in d[2]]
        posts = [r for r in fake.requests_seen[seen_before:] if r[:2] == ("POST", "/2/tweets")]
        return {"wall_s": end - go, "latencies": latencies, "posts": len(posts),
                "other_requests": len(fake.requests_seen) - seen_before - len(posts),
                "fake_s": fake.serve_seconds - serve_before,
                "per_poster": sorted(len(d[2]) for d in done)}

    def close(self) -> None:
        for inbox in self.inboxes:
            inbox.put(("stop",))
        for w in self.workers:
            w.join(timeout=10)


# ---------------------------------------------------------------- the store


def create_database(admin_url: str) -> tuple[str, Any]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"tweetbot_bench_{os.getpid()}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), admin


def drop_database(admin, url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def seed(store, n: int, tag: str) -> None:
    """An empty queue, then `n` approved tweets (staged and approved the way reviews do it)."""
    from sqlalchemy import text

    from tweetbot.curation.staging import make_basic_filter
    from tweetbot.store import queue, runs

    with store.begin() as conn:
        conn.execute(text("TRUNCATE tweet_events, tweets, candidates RESTART IDENTITY CASCADE"))
    if runs.get_run(store, "bench") is None:
        runs.start_run(store, run_id="bench", account=ACCOUNT, base_model="tiny", params={}, by="bench")
    texts = [f"bench {tag} tweet {i}: the heron stood in the shallows for {i} minutes" for i in range(n)]
    queue.add_candidates(store, batch_id=tag, model_run_id="bench", account=ACCOUNT, texts=texts, by="bench")
    report = queue.stage_batch(store, tag, make_basic_filter, "bench")
    queue.approve(store, report.tweet_ids, by="bench")
    with store.begin() as conn:
        conn.execute(text("ANALYZE tweets"))


def check(store, fake, n: int) -> None:
    """Exactly once: every row posted with the id X gave, X holding each text once."""
    from tweetbot.store import queue

    rows = queue.list_tweets(store, account=ACCOUNT)
    on_x = {t["text"]: t["id"] for t in fake.posted}
    assert len(fake.posted) == len(on_x) == len(rows) == n, (len(fake.posted), len(on_x), len(rows))
    assert all(r["status"] == "posted" and r["x_tweet_id"] == on_x[r["text"]] for r in rows)


def breakdown(store, n: int) -> dict[str, float]:
    """Median ms of each step of one post, one poster in this process (the steps post_approved runs)."""
    from datetime import timedelta

    from tweetbot.store import queue
    from tweetbot.store.clock import utcnow
    from tweetbot.testing.fake_x import FakeX
    from tweetbot.x.client import XClient, XCredentials

    seed(store, n, "breakdown")
    steps: dict[str, list[float]] = {"cap count": [], "claim": [], "X POST": [], "mark posted": []}
    with FakeX(rate_limit=(10**9, 900)) as fake:
        client = XClient(XCredentials(**fake.credentials))
        client.me()
        serve_before = fake.serve_seconds
        for _ in range(n):
            t0 = time.perf_counter()
            queue.count_posted_since(store, utcnow() - timedelta(hours=24), account=ACCOUNT)
            t1 = time.perf_counter()
            tweet = queue.claim_next_approved(store, account=ACCOUNT, by="bench")
            t2 = time.perf_counter()
            posted = client.post(tweet["text"])
            t3 = time.perf_counter()
            queue.mark_posted(store, tweet["id"], x_tweet_id=posted.id, x_url=posted.url, dry_run=False, by="bench")
            t4 = time.perf_counter()
            for name, dt in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                steps[name].append(dt)
        fake_ms = 1000 * (fake.serve_seconds - serve_before) / n
    out = {name: 1000 * statistics.median(v) for name, v in steps.items()}
    out["of which the fake"] = fake_ms
    return out


# ---------------------------------------------------------------- main


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="approved tweets per round")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--posters", default="1,4,16")
    ap.add_argument("--mode", choices=["process", "thread"], default="process")
    ap.add_argument("--admin-url", default=ADMIN_URL)
    args = ap.parse_args()
    counts = [int(c) for c in args.posters.split(",")]

    from tweetbot.store import connect, upgrade
    from tweetbot.testing.fake_x import FakeX

    started = time.monotonic()
    url, admin = create_database(args.admin_url)
    store = connect(url)
    pool = None
    try:
        upgrade(store)
        pool = Pool(max(counts), url, args.mode)
        # warm-up (not reported): every poster's imports, SQL compilation and connections
        seed(store, 4 * max(counts), "warmup")
        with FakeX(rate_limit=(10**9, 900)) as fake:
            pool.run(max(counts), fake.credentials, fake)
        rows = []
        for n_posters in counts:
            rounds = []
            for r in range(args.rounds):
                seed(store, args.n, f"p{n_posters}r{r}")
                with FakeX(rate_limit=(10**9, 900)) as fake:
                    result = pool.run(n_posters, fake.credentials, fake)
                    check(store, fake, args.n)
                lat = result["latencies"]
                fake_ms = 1000 * result["fake_s"] / result["posts"]
                rounds.append({"tps": len(lat) / result["wall_s"], "p50": 1000 * pct(lat, 0.5),
                               "p99": 1000 * pct(lat, 0.99), "fake_ms": fake_ms,
                               "spread": result["per_poster"], "other": result["other_requests"]})
            med = {k: statistics.median(x[k] for x in rounds) for k in ("tps", "p50", "p99", "fake_ms")}
            rows.append((n_posters, med, rounds))
        steps = breakdown(store, min(args.n, 200))
    finally:
        if pool is not None:
            pool.close()
        store.dispose()
        drop_database(admin, url)

    print(f"claim-and-post on PostgreSQL against the in-process fake X: {args.n} approved tweets per round, "
          f"median of {args.rounds} rounds, each poster a {args.mode}, {os.cpu_count()} CPUs")
    print(f"{'posters':>7}{'tweets/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'fake ms/req':>13}"
          f"{'overhead p50 ms':>17}{'overhead p99 ms':>17}   tweets per poster (last round)")
    for n_posters, med, rounds in rows:
        spread = rounds[-1]["spread"]
        shown = f"{spread[0]}..{spread[-1]}" if len(spread) > 1 else str(spread[0])
        print(f"{n_posters:>7}{med['tps']:>10.1f}{med['p50']:>9.1f}{med['p99']:>9.1f}{med['fake_ms']:>13.2f}"
              f"{med['p50'] - med['fake_ms']:>17.1f}{med['p99'] - med['fake_ms']:>17.1f}   {shown}")
    print("latency = one post_approved(max_posts=1): cap count + claim + signed POST + mark posted; "
          "fake ms/req = the fake's handler time per POST; overhead = latency - fake ms/req")
    print("one post, step by step (1 poster in this process, median ms): "
          + ", ".join(f"{name} {ms:.2f}" for name, ms in steps.items()))
    print("each round: every row posted once with X's id, X holding each text once (checked); "
          f"total {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
