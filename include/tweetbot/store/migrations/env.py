"""Alembic environment for the tweet store (run through `tweetbot db upgrade`, not alembic's CLI)."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from tweetbot.store.schema import metadata

VERSION_TABLE = "tweetbot_alembic_version"  # never collide with Airflow's own alembic_version


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
