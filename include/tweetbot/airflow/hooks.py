"""Hooks: where Airflow connections become core objects (the store's URL, the X client).

`TweetStoreHook.get_url` is the one place that finds the store: DAG tasks, the queue page and the
CLI all ask it (the core only ever takes the URL it returns).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from airflow.sdk import BaseHook
from airflow.sdk.exceptions import AirflowNotFoundException

from tweetbot import config

if TYPE_CHECKING:
    from tweetbot.store.db import Store

log = logging.getLogger(__name__)


class _TweetbotHook(BaseHook):
    """Connections as Airflow finds them here: in a task through the API server, in the API server
    from its secrets backends and metadata database, in a plain process from the secrets backend and
    ``AIRFLOW_CONN_*`` only.

    :param outside_airflow: this is a program of its own (the ``tweetbot`` CLI): a connection the
        secrets backend and the environment lack is then read from Airflow's metadata database, as
        ``airflow connections get`` does, so one added in the UI or with ``airflow connections add``
        reaches the CLI as it reaches the DAGs. No metadata database yet counts as no connection.
    """

    def __init__(self, *, outside_airflow: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.outside_airflow = outside_airflow

    def _connection(self, conn_id: str) -> Any:
        try:
            return self.get_connection(conn_id)
        except AirflowNotFoundException:
            if not self.outside_airflow:
                raise
        from airflow.secrets.metastore import MetastoreBackend  # imports Airflow's ORM: only when needed
        from sqlalchemy.exc import SQLAlchemyError

        try:
            conn = MetastoreBackend().get_connection(conn_id)
        except SQLAlchemyError as exc:  # `airflow db migrate` not run yet, or the database is down
            log.debug("Airflow's metadata database has no answer for %r: %s", conn_id, exc)
            conn = None
        if conn is None:
            raise AirflowNotFoundException(f"The conn_id `{conn_id}` isn't defined")
        return conn


def sqlalchemy_url(conn: Any) -> str:
    """A SQLAlchemy URL from an Airflow connection's fields (psycopg 3 for Postgres).

    Postgres extras are libpq parameters (``sslmode``, ``connect_timeout`` …), as the Postgres
    provider passes them to psycopg; they become the URL's query. Its own options (``iam``,
    ``cursor`` …) are not libpq's and are left out.
    """
    from sqlalchemy.engine import URL

    conn_type = conn.conn_type or "postgres"
    if conn_type == "sqlite":
        return f"sqlite:///{conn.host or conn.schema}"
    query: dict[str, str] = {}
    if conn_type.startswith("postgres"):
        conn_type = "postgresql+psycopg"
        if conn.extra_dejson:
            from airflow.providers.postgres.hooks.postgres import PostgresHook

            query = {key: str(value) for key, value in conn.extra_dejson.items()
                     if key not in PostgresHook.ignored_extra_options}
    url = URL.create(conn_type, username=conn.login or None, password=conn.password or None,
                     host=conn.host or None, port=int(conn.port) if conn.port else None,
                     database=conn.schema or None, query=query)
    return url.render_as_string(hide_password=False)


class TweetStoreHook(_TweetbotHook):
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
        """The store's SQLAlchemy URL: the connection's, else the embedded SQLite default."""
        try:
            conn = self._connection(self.tweetbot_conn_id)
        except AirflowNotFoundException:
            return config.default_store_url()
        return sqlalchemy_url(conn)

    def get_store(self) -> Store:
        from tweetbot.store.db import connect, redact

        store = connect(self.get_url())
        self.log.info("tweet store: %s", redact(store.url))
        return store


class XHook(_TweetbotHook):
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
            conn = self._connection(self.x_conn_id)
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
