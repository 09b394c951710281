"""The store's schema: the first task of every DAG brings it up to date."""
from __future__ import annotations

from typing import Any

from tweetbot.airflow.operators.base import StoreOperator


class MigrateStoreOperator(StoreOperator):
    """Bring the tweet store's schema up to date (first task of every DAG; a no-op when current)."""

    ui_color = "#e8eaf6"

    def execute(self, context: Any) -> str:
        from tweetbot.store import upgrade

        revision = upgrade(self.hook.get_store())
        self.log.info("tweet store at revision %s", revision)
        return revision
