"""
### tweetbot_weekly — the example bot's weekly chain (the DAG and its docs: `tweetbot.airflow.dags`)

`migrate → scrape → train → evaluate → generate → stage_for_review → review`, weekly, for the account
in the trigger form (default: the example persona). Your own bots get DAGs of their own from the bots
file: see `tweetbot_bots.py`.
"""
from __future__ import annotations

from tweetbot.airflow.dags import build_weekly

dag = build_weekly()
