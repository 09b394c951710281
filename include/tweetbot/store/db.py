"""Opening the store and migrating it.

The URL is the only switch between the embedded default (SQLite under AIRFLOW_HOME) and production
(PostgreSQL behind the Airflow connection `tweetbot_db`); `resolve_url` decides which.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Connection, Engine

from tweetbot import config

MIGRATIONS = Path(__file__).parent / "migrations"
CONN_ENV = "AIRFLOW_CONN_TWEETBOT_DB"


def sqlalchemy_url_from_fields(
    conn_type: str, *, host: str | None = None, login: str | None = None,
    password: str | None = None, port: int | None = None, schema: str | None = None,
) -> str:
    """Build a SQLAlchemy URL from an Airflow connection's fields (psycopg 3 for Postgres)."""
    if conn_type == "sqlite":
        return f"sqlite:///{host or schema}"
    drivers = {"postgres": "postgresql+psycopg", "postgresql": "postgresql+psycopg"}
    url = URL.create(
        drivers.get(conn_type, conn_type), username=login or None, password=password or None,
        host=host or None, port=int(port) if port else None, database=schema or None,
    )
    return url.render_as_string(hide_password=False)


def sqlalchemy_url_from_airflow(uri_or_json: str) -> str:
    """Turn an `AIRFLOW_CONN_*` value (URI or JSON form) into a SQLAlchemy URL.

    Airflow spells Postgres `postgres://` or `postgresql://`; SQLAlchemy needs a driver, and psycopg 3
    is what the postgres provider ships with.
    """
    text = uri_or_json.strip()
    if text.startswith("{"):
        conn = json.loads(text)
        return sqlalchemy_url_from_fields(
            conn.get("conn_type", ""), host=conn.get("host"), login=conn.get("login"),
            password=conn.get("password"), port=conn.get("port"), schema=conn.get("schema"),
        )
    scheme, _, rest = text.partition("://")
    if scheme in ("postgres", "postgresql", "postgresql+psycopg2"):
        return f"postgresql+psycopg://{rest}"
    return text


def resolve_url(url: str | None = None) -> str:
    """Pick the store URL: an explicit one, TWEETBOT_DB_URL, the `tweetbot_db` connection, else SQLite."""
    if url:
        return url
    if os.environ.get("TWEETBOT_DB_URL"):
        return os.environ["TWEETBOT_DB_URL"]
    if os.environ.get(CONN_ENV):
        return sqlalchemy_url_from_airflow(os.environ[CONN_ENV])
    return config.default_store_url()


def redact(url: str) -> str:
    """The URL without its password, for logs."""
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


@dataclass
class Store:
    """An engine on the tweet store. Operations live in `tweetbot.store.{sources,runs,queue}`."""

    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def begin(self):
        """One transaction: every state change in the store is made inside exactly one."""
        return self.engine.begin()

    def connect(self) -> Connection:
        return self.engine.connect()

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Store({redact(self.url)})"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets readers work while a writer commits; busy_timeout waits on a lock instead of failing.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def connect(url: str | None = None) -> Store:
    """Open the store at `url` (see `resolve_url`). Creates the SQLite file's folder when needed."""
    url = resolve_url(url)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return Store(engine=engine, url=url)


def _alembic_config(connection: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(store: Store, revision: str = "head") -> str:
    """Migrate the store to `revision`; safe to run on every DAG run (a no-op when up to date)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with store.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"version_table": "tweetbot_alembic_version"})
        return ctx.get_current_revision() or "base"


def current_revision(store: Store) -> str | None:
    """The store's migration revision, or None before the first upgrade."""
    if not inspect(store.engine).has_table("tweetbot_alembic_version"):
        return None
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        return MigrationContext.configure(
            conn, opts={"version_table": "tweetbot_alembic_version"}
        ).get_current_revision()
