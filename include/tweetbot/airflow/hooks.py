"""Hooks: where Airflow connections become core objects (the store, later the X client)."""
from __future__ import annotations

from airflow.sdk import BaseHook
from airflow.sdk.exceptions import AirflowNotFoundException

from tweetbot.store.db import Store, connect, redact, sqlalchemy_url_from_fields
from tweetbot import config


class TweetStoreHook(BaseHook):
    """The tweet store behind the `tweetbot_db` connection; SQLite under AIRFLOW_HOME when absent.

    :param tweetbot_conn_id: connection to a Postgres (or SQLite) database for the store.
    """

    conn_name_attr = "tweetbot_conn_id"
    default_conn_name = "tweetbot_db"
    conn_type = "postgres"
    hook_name = "Tweetbot store"

    def __init__(self, tweetbot_conn_id: str = default_conn_name, **kwargs) -> None:
        super().__init__(**kwargs)
        self.tweetbot_conn_id = tweetbot_conn_id

    def get_url(self) -> str:
        try:
            conn = self.get_connection(self.tweetbot_conn_id)
        except AirflowNotFoundException:
            return config.default_store_url()
        return sqlalchemy_url_from_fields(
            conn.conn_type or "postgres", host=conn.host, login=conn.login, password=conn.password,
            port=conn.port, schema=conn.schema,
        )

    def get_store(self) -> Store:
        store = connect(self.get_url())
        self.log.info("tweet store: %s", redact(store.url))
        return store
