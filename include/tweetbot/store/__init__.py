"""The tweet store: one SQLAlchemy Core schema, Alembic migrations, and the operations on it.

SQLite by default (a file under AIRFLOW_HOME), PostgreSQL in production; the same code serves both.
"""
from __future__ import annotations

from tweetbot.store.db import Store, connect, upgrade
from tweetbot.store.schema import TweetStatus

__all__ = ["Store", "TweetStatus", "connect", "upgrade"]
