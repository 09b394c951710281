"""Opening the store and migrating it.

The URL is the only switch between the embedded default (SQLite under AIRFLOW_HOME,
`config.default_store_url()`) and production (PostgreSQL). The core only ever takes a URL: which one
is the caller's choice, and the Airflow adapter (`tweetbot.airflow.hooks.TweetStoreHook`, the
`tweetbot_db` connection) is the one place that turns a connection into it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"


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


def connect(url: str) -> Store:
    """Open the store at the SQLAlchemy `url`. Creates the SQLite file's folder when needed."""
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
