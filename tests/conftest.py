"""Test environment: a private AIRFLOW_HOME, a private Postgres database, real data from ../shared.

Environment variables are set at import time, before any test imports Airflow, so Airflow's config
and tweetbot's paths point into this session's temp folder and nothing touches the user's files.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="tweetbot-tests-"))

os.environ.update(
    AIRFLOW_HOME=str(_SESSION_HOME / "airflow"),
    AIRFLOW__CORE__DAGS_FOLDER=str(ROOT / "dags"),
    AIRFLOW__CORE__PLUGINS_FOLDER=str(ROOT / "plugins"),
    AIRFLOW__CORE__LOAD_EXAMPLES="False",
    AIRFLOW__CORE__UNIT_TEST_MODE="False",
    AIRFLOW__CORE__PARALLELISM="2",
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"sqlite:///{_SESSION_HOME / 'airflow' / 'airflow.db'}",
    TWEETBOT_HOME=str(_SESSION_HOME / "tweetbot"),
    # The in-process REST API answers HITL reviews in tests; no users to set up in a test session.
    AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS="True",
    AIRFLOW__API_AUTH__JWT_SECRET="tweetbot-tests-" + "x" * 64,
)
for var in ("TWEETBOT_DB_URL", "AIRFLOW_CONN_TWEETBOT_DB", "AIRFLOW_CONN_X_DEFAULT", "TWEETBOT_MODELS_DIR",
            "TWEETBOT_RUNS_DIR"):
    os.environ.pop(var, None)
(_SESSION_HOME / "airflow").mkdir(parents=True, exist_ok=True)

PG_ADMIN_URL = os.environ.get("TWEETBOT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def pytest_sessionfinish(session, exitstatus) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


def _need(what: str, why: str) -> None:
    """Skip on a developer's plain machine; fail in CI, which must never skip these tests."""
    message = f"{what} is not available: {why}"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI must run this test)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        _need("../shared/data", f"{SHARED_DATA} is missing")
    return SHARED_DATA


# ---------------------------------------------------------------- PostgreSQL


def _pg_reachable(url: str) -> str | None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        return None
    except Exception as exc:  # noqa: BLE001
        return str(exc).splitlines()[0]
    finally:
        engine.dispose()


def _start_local_postgres() -> None:
    """This machine kind runs Postgres as a Debian cluster; start it if it stopped."""
    versions = sorted(Path("/etc/postgresql").glob("*")) if Path("/etc/postgresql").is_dir() else []
    if versions:
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1].name, "main", "start"],
                       capture_output=True, timeout=60)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """Admin URL of a reachable PostgreSQL (started if this machine has a stopped cluster)."""
    error = _pg_reachable(PG_ADMIN_URL)
    if error:
        _start_local_postgres()
        error = _pg_reachable(PG_ADMIN_URL)
    if error:
        _need("PostgreSQL", f"{PG_ADMIN_URL}: {error}")
    return PG_ADMIN_URL


@pytest.fixture
def pg_url(pg_server: str):
    """A fresh database for one test, dropped afterwards (services outlive runs)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"tweetbot_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# ---------------------------------------------------------------- stores


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path: Path):
    """A migrated store on each backend: the same code must serve both."""
    from tweetbot.store import connect, upgrade

    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    s = connect(url)
    upgrade(s)
    yield s
    s.dispose()
