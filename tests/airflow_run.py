"""Run a DAG with `dag.test()` and answer its human-in-the-loop step through Airflow's REST API.

`dag.test()` parks HITL tasks in `awaiting_input` until someone answers; here the test answers
with `PATCH …/taskInstances/{task}/-1/hitlDetails`, the same call the Required Actions page makes.
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable

from conftest import ROOT

Chooser = Callable[[list[str]], list[str]]


_initialised = False


def init_metadata_db() -> None:
    """Migrate this session's Airflow metadata database (once per process: every DAG test needs it)."""
    global _initialised
    if _initialised:
        return
    from airflow.utils.db import initdb

    initdb()
    _initialised = True


def load_dag(dag_id: str):
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags")).get_dag(dag_id)


@functools.cache
def api_client():
    """One in-process REST API per test process (building the app costs ~1-3 s of CPU each time)."""
    from airflow.api_fastapi.app import create_app
    from fastapi.testclient import TestClient

    return TestClient(create_app())


def run_dag(dag, conf: dict, *, answer: Chooser | None = None) -> dict:
    """Run `dag` once; when a HITL task waits, answer it with `answer(options)` through REST.

    dag.test() must own the main thread (the task runner installs signal handlers), so the
    "reviewer" polls the REST API from a background thread.
    Returns {"state", "states": {task_id: state}, "xcom": {task_id: value}, "answered": [options]}.
    """
    answered: list[str] = []
    stop = threading.Event()

    def reviewer() -> None:
        client = api_client()
        while not stop.is_set() and not answered:
            chosen = _answer_waiting(client, dag.dag_id, answer)
            if chosen is not None:
                answered.extend(chosen)
                return
            stop.wait(0.5)

    thread = threading.Thread(target=reviewer, daemon=True) if answer else None
    if thread:
        thread.start()
    try:
        dag_run = dag.test(run_conf=conf)
    finally:
        stop.set()
        if thread:
            thread.join(30)
    tis = {ti.task_id: ti for ti in dag_run.get_task_instances()}
    return {
        "state": str(dag_run.state),
        "states": {task_id: str(ti.state) for task_id, ti in tis.items()},
        "xcom": {task_id: ti.xcom_pull(task_ids=task_id) for task_id, ti in tis.items()},
        "answered": answered,
    }


def _answer_waiting(client, dag_id: str, answer: Chooser) -> list[str] | None:
    response = client.get(f"/api/v2/dags/{dag_id}/dagRuns/~/hitlDetails")
    if response.status_code != 200:
        return None
    for detail in response.json()["hitl_details"]:
        ti = detail["task_instance"]
        if detail.get("response_received") or ti["state"] != "awaiting_input":
            continue
        chosen = answer(detail["options"])
        url = (f"/api/v2/dags/{dag_id}/dagRuns/{ti['dag_run_id']}/taskInstances/"
               f"{ti['task_id']}/{ti['map_index']}/hitlDetails")
        patched = client.patch(url, json={"chosen_options": chosen})
        assert patched.status_code == 200, patched.text
        return chosen
    return None
