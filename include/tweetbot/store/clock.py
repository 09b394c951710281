"""The store's notion of now (one function, so tests and every table agree on UTC)."""
from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
