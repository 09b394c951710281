"""
### Your bots, from the bots file: `tweetbot_weekly__<bot>`, `tweetbot_post__<bot>`, `tweetbot_metrics__<bot>`

The file is `TWEETBOT_BOTS_FILE` (default `$AIRFLOW_HOME/bots.yaml`; see `bots.example.yaml`). No
file, no DAGs here. A bot with a mistake gets a paused stub `tweetbot_invalid__<bot>` that names it
(the other bots keep their DAGs); a file that is not readable YAML is this file's import error.
A worker that runs one task builds only that task's DAG (`get_parsing_context()`).
"""
from __future__ import annotations

import os
import warnings

from airflow.sdk import get_parsing_context

from tweetbot import config
from tweetbot.airflow.dags import dags_for
from tweetbot.bots import load_bots

path = config.bots_file()
if path.is_file():
    bots = load_bots(path, shown_as=os.environ.get("TWEETBOT_BOTS_FILE") or str(path))
    for problem in bots.problems:
        warnings.warn(str(problem), stacklevel=1)
    for dag in dags_for(bots, only=get_parsing_context().dag_id):
        globals()[dag.dag_id] = dag
