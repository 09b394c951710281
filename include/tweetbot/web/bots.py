"""The configured bots as the Tweet queue page sees them: whose DAGs decide who may read and review an
account, who its reviewers are, when it next posts and whether its X connection exists.

The bots file is read again only when it changes (path, mtime, size); a file that cannot be read
counts as no bots here (the DAG processor shows its import error, `tweetbot bots validate` the rest).
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC

from tweetbot import config
from tweetbot.bots import Bot, BotsConfig, BotsFileError, load_bots

log = logging.getLogger(__name__)

#: The example DAGs: they decide for an account that no bot configures (e.g. the demo's).
EXAMPLE_DAGS = ("tweetbot_weekly", "tweetbot_post")

_cache: dict[str, tuple[tuple, BotsConfig | None]] = {}
_lock = threading.Lock()


def configured() -> BotsConfig | None:
    """The bots file, read (None when there is none or it cannot be read)."""
    path = config.bots_file()
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (stat.st_mtime_ns, stat.st_size)
    with _lock:
        cached = _cache.get(str(path))
        if cached and cached[0] == key:
            return cached[1]
        try:
            bots: BotsConfig | None = load_bots(path)
        except BotsFileError as exc:
            log.warning("bots file not used by the Tweet queue page: %s", exc)
            bots = None
        _cache[str(path)] = (key, bots)
        return bots


def bot(account: str | None) -> Bot | None:
    bots = configured()
    return bots.get(account) if bots and account else None


def dags_of(account: str | None) -> tuple[str, ...]:
    """The DAGs whose permissions decide who may read and review `account`'s tweets."""
    found = bot(account)
    return found.dag_ids if found else EXAMPLE_DAGS


def reviewers_of(account: str | None) -> set[str]:
    """The bot's reviewers (Airflow user ids); empty: anyone with edit permission on its DAGs."""
    found = bot(account)
    return {r.user for r in found.review.reviewers} if found else set()


@dataclass(frozen=True)
class BotStatus:
    name: str
    post_dag: str
    next_post: str
    x_conn_id: str
    x_connection: str  # "connected", "dry run" or what is wrong with it

    @property
    def dry_run(self) -> bool:
        return self.x_connection != "connected"


def status(found: Bot) -> BotStatus:
    return BotStatus(found.name, found.post_dag_id, next_run(found.post_dag_id), found.x_conn_id,
                     connection_state(found.x_conn_id))


def connection_state(conn_id: str) -> str:
    """"connected" when the X connection exists with every field; "dry run" when it does not exist."""
    from tweetbot.airflow.hooks import XHook

    try:
        return "connected" if XHook(x_conn_id=conn_id).get_credentials() else "dry run"
    except ValueError as exc:  # it exists but lacks a field: posting would fail
        return f"incomplete: {exc}"


def next_run(dag_id: str) -> str:
    """When Airflow will next run `dag_id` ("2026-12-01 14:00 UTC", "paused", "not parsed yet"), from its
    metadata database (best effort: "unknown" without one)."""
    try:
        from airflow.models.dag import DagModel
        from airflow.utils.session import create_session
        from sqlalchemy import select

        with create_session() as session:
            dag = session.scalar(select(DagModel).where(DagModel.dag_id == dag_id))
            if dag is None:
                return "not parsed yet"
            if dag.is_paused:
                return "paused"
            when = dag.next_dagrun_create_after
            return f"{when.astimezone(UTC):%Y-%m-%d %H:%M UTC}" if when else "unknown"
    except Exception:  # noqa: BLE001 - the page works without Airflow's metadata
        return "unknown"
