"""Hooks: where Airflow connections become core objects (the store, later the X client)."""
from __future__ import annotations

from airflow.sdk import BaseHook
from airflow.sdk.exceptions import AirflowNotFoundException

from tweetbot import config
from tweetbot.store.db import Store, connect, redact, sqlalchemy_url_from_fields


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


class XHook(BaseHook):
    """X API v2 credentials from the `x_default` connection (any connection type with these fields).

    login = consumer key, password = consumer secret, extra ``access_token``, ``access_token_secret``
    and optional ``bearer_token``; host, when set, replaces ``https://api.twitter.com`` (a proxy or
    the local fake). No connection means dry run: ``get_client()`` returns None.

    :param x_conn_id: the connection id.
    """

    conn_name_attr = "x_conn_id"
    default_conn_name = "x_default"
    conn_type = "http"
    hook_name = "X (Twitter) API v2"

    def __init__(self, x_conn_id: str = default_conn_name, **kwargs) -> None:
        super().__init__(**kwargs)
        self.x_conn_id = x_conn_id

    def get_credentials(self):
        """XCredentials, or None when the connection does not exist (dry run)."""
        from airflow.sdk.log import mask_secret

        from tweetbot.x.client import X_API, XCredentials

        try:
            conn = self.get_connection(self.x_conn_id)
        except AirflowNotFoundException:
            return None
        extra = conn.extra_dejson
        missing = [name for name, value in (("login (consumer key)", conn.login),
                                            ("password (consumer secret)", conn.password),
                                            ("extra.access_token", extra.get("access_token")),
                                            ("extra.access_token_secret", extra.get("access_token_secret")))
                   if not value]
        if missing:
            raise ValueError(f"connection {self.x_conn_id!r} lacks {', '.join(missing)}")
        base_url = X_API
        if conn.host:
            base_url = conn.host if "://" in conn.host else f"{conn.schema or 'https'}://{conn.host}"
            if conn.port:
                base_url = f"{base_url.rstrip('/')}:{conn.port}"
        credentials = XCredentials(
            consumer_key=conn.login, consumer_secret=conn.password,
            access_token=extra["access_token"], access_token_secret=extra["access_token_secret"],
            bearer_token=extra.get("bearer_token"), base_url=base_url,
        )
        for secret in credentials.secrets:
            mask_secret(secret)
        return credentials

    def get_client(self):
        from tweetbot.x.client import XClient

        credentials = self.get_credentials()
        return XClient(credentials) if credentials else None
