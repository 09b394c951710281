"""Parse cost of the bots factory (`dags/tweetbot_bots.py`) with N bots, beyond Airflow's own import.

Each sample is a fresh interpreter that imports `airflow.sdk` first (what every DAG file pays), then
times executing one DAG file. Printed beside it, from the same run: an empty one-task DAG file, the
factory as a worker parses it for one task (`get_parsing_context().dag_id` set: it builds one DAG),
and the bots file's reading and validation alone. The issue's limit: 100 bots ≤ 0.5 s (goal 0.2 s).

    python bench/bench_bots_parse.py [--bots 100] [--runs 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_ARCHIVE = ROOT / "include" / "tweetbot" / "data" / "example_tweets.js"
PROBE = """
import importlib.util, sys, time
import airflow.sdk  # the baseline: every DAG file pays this
t, c = time.perf_counter(), time.process_time()
spec = importlib.util.spec_from_file_location("dagfile", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
elapsed, cpu = time.perf_counter() - t, time.process_time() - c
from airflow.sdk import DAG
print(elapsed, cpu, len({v.dag_id for v in vars(module).values() if isinstance(v, DAG)}))
"""
LOAD_ONLY = """
import sys, time
import airflow.sdk
t, c = time.perf_counter(), time.process_time()
from tweetbot.bots import load_bots
config = load_bots(sys.argv[1])
print(time.perf_counter() - t, time.process_time() - c, len(config.bots))
"""
EMPTY_DAG = """
from datetime import datetime
from airflow.sdk import dag, task
@dag(schedule=None, start_date=datetime(2026, 1, 1))
def empty():
    @task
    def noop(): pass
    noop()
empty()
"""


def bots_yaml(n: int, folder: Path) -> str:
    """N bots of every kind the issue names: archive and CSV personas, an x-api persona, a story bot."""
    (folder / "tweets.csv").write_text("id,created_at,text\n1,2024-01-01T00:00:00Z,hello there\n")
    (folder / "book.txt").write_text("CHAPTER I\n\nIt was a truth universally acknowledged.\n")
    lines = ["defaults:", "  model: {name: tiny, steps: 200}", "  posting: {daily_cap: 10}", "bots:"]
    for i in range(n):
        kind = i % 4
        lines.append(f"  - name: bot_{i:03d}")
        lines.append(f"    owner: owner_{i % 7}")
        if kind == 0:
            lines.append(f"    source: {{type: archive, path: {EXAMPLE_ARCHIVE}}}")
        elif kind == 1:
            lines.append("    source: {type: csv, path: tweets.csv, drop_replies: false}")
        elif kind == 2:
            lines.append(f"    source: {{type: x-api, path: user{i}, limit: 500}}")
        else:
            lines += ["    source: {type: text, path: book.txt}", "    mode: story",
                      "    story: {opening: 'It was a cold morning.', chapter_tweets: 28}",
                      "    posting: {min_interval_hours: 6, thread: continue}"]
        lines += ["    generate: {n_candidates: 200, temperature: 0.9}",
                  "    schedule: {train: '@weekly', post: '@hourly'}",
                  "    review: {reviewers: [alice, {user: bob, email: bob@example.org}]}"]
    return "\n".join(lines) + "\n"


def samples(script: str, path: Path, runs: int, env: dict[str, str]) -> tuple[float, float, int]:
    """Median wall and CPU seconds, and the count the probe printed. CPU time is what a quiet machine's
    wall time would be (the parse is single-threaded); on a loaded machine wall time is not."""
    times, cpus, count = [], [], 0
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                             env=env, check=True)
        seconds, cpu, count = out.stdout.split()[-3:]
        times.append(float(seconds))
        cpus.append(float(cpu))
    return statistics.median(times), statistics.median(cpus), int(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bots", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bots_file = folder / "bots.yaml"
        bots_file.write_text(bots_yaml(args.bots, folder))
        empty = folder / "empty_dag.py"
        empty.write_text(EMPTY_DAG)
        env = {**os.environ, "TWEETBOT_BOTS_FILE": str(bots_file), "AIRFLOW_HOME": str(folder / "airflow"),
               "PYTHONPATH": os.pathsep.join([str(ROOT / "include"), os.environ.get("PYTHONPATH", "")])}
        env.pop("_AIRFLOW_PARSING_CONTEXT_DAG_ID", None)
        factory = ROOT / "dags" / "tweetbot_bots.py"
        baseline = samples(PROBE, empty, args.runs, env)
        load = samples(LOAD_ONLY, bots_file, args.runs, env)
        full = samples(PROBE, factory, args.runs, env)
        one = samples(PROBE, factory, args.runs, {**env, "_AIRFLOW_PARSING_CONTEXT_DAG_ID": "tweetbot_weekly__bot_050"})
        weekly = samples(PROBE, ROOT / "dags" / "tweetbot_weekly.py", args.runs, env)
    print(f"{args.bots} bots ({load[2]} valid), median of {args.runs} fresh interpreters, after `import airflow.sdk`;")
    print("CPU ms is what a quiet machine's wall time is (one thread); wall ms also counts waiting for a core:")
    print(f"{'what':58} {'CPU ms':>8} {'wall ms':>8} {'DAGs':>5} {'CPU vs empty':>13}")
    rows = [("empty one-task DAG file", baseline, 1), ("tweetbot_weekly.py (the example DAG)", weekly, 1),
            ("bots file read + validated (no DAGs)", load, 0),
            (f"tweetbot_bots.py, all {args.bots} bots (dag processor)", full, full[2]),
            ("tweetbot_bots.py, one task's DAG (worker, parsing context)", one, one[2])]
    for what, (wall, cpu, _), dags in rows:
        print(f"{what:58} {cpu * 1000:8.1f} {wall * 1000:8.1f} {dags:5d} {cpu / baseline[1]:12.2f}x")
    print(f"per bot (CPU): {(full[1] - load[1]) / args.bots * 1000:.2f} ms of DAG building + "
          f"{load[1] / args.bots * 1000:.2f} ms of reading; limit 500 ms for 100 bots (goal 200): "
          f"{full[1] * 1000:.0f} ms CPU, {full[0] * 1000:.0f} ms wall")


if __name__ == "__main__":
    main()
