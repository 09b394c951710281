"""The engagement ranker: learn from an account's own history which of its tweets land, and order review by it.

`history` reads the examples (source tweets with counts, posted tweets' latest metrics), `features`
holds the baseline's four features, `ranker` the models, `evaluate` the honest time-split test that
decides whether a percentile may be shown, `predict` what staging and the CLI call, `report` the weekly
engagement report (by model run, predicted vs actual, the ranker over time). Nothing here
imports Airflow; scikit-learn and numpy are imported by the modules that fit, not at package import.
"""
from __future__ import annotations
