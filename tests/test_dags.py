"""DAG files: import cleanly, carry tags and retries, and import nothing heavy at parse time."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

HEAVY = ("tensorflow", "gpt_2_simple", "tweepy", "twint", "torch", "tiktoken")


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}
    assert "tweetbot_weekly" in dagbag.dags


def test_every_dag_has_tags_docs_and_retries(dagbag):
    for dag_id, dag in dagbag.dags.items():
        assert dag.tags, f"{dag_id} has no tags"
        assert dag.doc_md, f"{dag_id} has no doc_md"
        for task in dag.tasks:
            assert task.retries >= 1, f"{dag_id}.{task.task_id} retries={task.retries}"
        assert dag.default_args.get("retries", 0) >= 2, dag_id


def test_weekly_shape(dagbag):
    dag = dagbag.dags["tweetbot_weekly"]
    assert not dag.catchup and dag.max_active_runs == 1
    order = ["migrate", "scrape", "train", "evaluate", "generate", "stage_for_review"]
    for upstream, downstream in zip(order, order[1:], strict=False):
        assert downstream in dag.get_task(upstream).downstream_task_ids
    assert {dag.get_task(t).queue for t in ("train", "evaluate", "generate")} == {"gpu"}
    assert dag.get_task("scrape").queue != "gpu"
    assert {"account", "source_type", "source_path", "model_name", "steps", "n_candidates",
            "temperature", "top_k", "top_p", "backend", "batch_size"} <= set(dag.params.keys())
    assert dag.params.get_param("backend").schema["enum"] == ["gpt2simple", "torch"]


def test_dag_files_import_nothing_heavy():
    """In a clean interpreter: parse every DAG file, then look at sys.modules."""
    code = (
        "import sys, json\n"
        "from airflow.dag_processing.dagbag import DagBag\n"
        f"bag = DagBag(dag_folder={str(ROOT / 'dags')!r})\n"
        "assert not bag.import_errors, bag.import_errors\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
