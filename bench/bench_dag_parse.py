"""Parse time of each DAG file beyond Airflow's own import cost (median of N fresh interpreters).

Each sample is a new interpreter that imports Airflow's SDK first (the baseline every DAG file pays),
then times importing one DAG file. Prints a table; compares each file with an empty DAG file.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
PROBE = """
import importlib.util, sys, time
import airflow.sdk  # the baseline: every DAG file pays this
t = time.perf_counter()
spec = importlib.util.spec_from_file_location("dagfile", sys.argv[1])
spec.loader.exec_module(importlib.util.module_from_spec(spec))
print(time.perf_counter() - t)
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


def parse_seconds(path: Path) -> float:
    samples = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True,
                             check=True)
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty_dag.py"
        empty.write_text(EMPTY_DAG)
        baseline = parse_seconds(empty)
    print(f"{'DAG file':32} {'median ms':>10} {'vs empty DAG':>13}")
    print(f"{'(empty one-task DAG)':32} {baseline * 1000:10.1f} {1.0:12.2f}x")
    for path in sorted((ROOT / "dags").glob("*.py")):
        seconds = parse_seconds(path)
        print(f"{path.name:32} {seconds * 1000:10.1f} {seconds / baseline:12.2f}x")


if __name__ == "__main__":
    main()
