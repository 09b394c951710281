"""A per-process hostname for running the compose stack as local processes (tests only).

In docker compose every service is a container with its own hostname, and Airflow records the
worker's hostname on each task instance (`TaskInstance.hostname`). Run as processes on one machine,
all services would share one hostname; `tests/test_stack_processes.py` points Airflow's
``[core] hostname_callable`` here and gives each process ``TWEETBOT_TEST_HOSTNAME`` = its compose
service name, so the task instances say which worker ran them, as they would in the containers.
"""
from __future__ import annotations

import os
import socket


def hostname() -> str:
    """``TWEETBOT_TEST_HOSTNAME`` when set, else this machine's FQDN (Airflow's default)."""
    return os.environ.get("TWEETBOT_TEST_HOSTNAME") or socket.getfqdn()
