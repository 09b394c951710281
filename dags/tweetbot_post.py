"""
### tweetbot_post — the example bot's hourly posting (the DAG and its docs: `tweetbot.airflow.dags`)

`migrate → post`, hourly, through the `x_default` connection (absent: dry run). Your own bots get
DAGs of their own from the bots file: see `tweetbot_bots.py`.
"""
from __future__ import annotations

from tweetbot.airflow.dags import build_post

dag = build_post()
