"""
### tweetbot_metrics — daily engagement of the posted tweets (the DAG and its docs: `tweetbot.airflow.dags`)

`migrate → fetch_metrics`, daily, through the `x_default` connection, for every account with posted
tweets. Built only without a bots file: with one, each bot has `tweetbot_metrics__<bot>` reading X
through its own connection (see `tweetbot_bots.py`).
"""
from __future__ import annotations

from tweetbot import config
from tweetbot.airflow.dags import build_metrics

if not config.bots_file().is_file():
    dag = build_metrics()
