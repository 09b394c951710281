"""Test environment: a private AIRFLOW_HOME, a private Postgres database, real data from ../shared.

Environment variables are set at import time, before any test imports Airflow, so Airflow's config
and tweetbot's paths point into this session's temp folder and nothing touches the user's files.

Under pytest-xdist (`make test` runs `-n TEST_WORKERS --dist loadfile`) each worker is a session of
its own: its own temp folder (AIRFLOW_HOME, the Airflow metadata SQLite, TWEETBOT_HOME), its own
Postgres databases (named by process id), free ports everywhere; a file never splits across workers
(module fixtures and the order of a file's tests hold). Model children get one thread each there, so
two workers do not oversubscribe two cores, and the slowest files start first (`SLOW_FILES`).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from concurrent.futures import Future
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

XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER")  # "gw0", "gw1", … under pytest-xdist; else None
if XDIST_WORKER:
    # One thread per model child (TensorFlow, PyTorch, oneDNN/OpenMP): the workers already fill the cores.
    for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS"):
        os.environ.setdefault(_var, "1")

#: Files that take longest (seconds under `make test` on a 2-core machine, measured 2026-12-02 with a cold
#: torch.compile cache, as CI has): under xdist they are handed out first, so a long one does not start
#: last on one worker while the other idles.
SLOW_FILES = {
    "test_torch_backend.py": 95, "test_stack_processes.py": 90, "test_weekly_dag.py": 46, "test_fuzz.py": 43,
    "test_model.py": 43, "test_story_dag.py": 30, "test_posting.py": 26, "test_precision.py": 26,
    "test_hostile.py": 24, "test_lifecycle.py": 21, "test_web_browser.py": 14, "test_bots_run.py": 12,
    "test_sources_more.py": 12, "test_metrics.py": 9, "test_web_api.py": 8, "test_artifacts.py": 7,
}

PG_ADMIN_URL = os.environ.get("TWEETBOT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def pytest_sessionfinish(session, exitstatus) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


def pytest_collection_modifyitems(config, items) -> None:
    """Under xdist, the slowest files first (each file keeps its own order; the rest keep theirs)."""
    if XDIST_WORKER or getattr(config.option, "numprocesses", None):
        items.sort(key=lambda item: -SLOW_FILES.get(item.path.name, 0))  # stable: only files move


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


class PgAdmin:
    """CREATE/DROP DATABASE on the server's admin database, one AUTOCOMMIT engine for the session.

    Both happen in the background, one at a time in order on one thread: a test's database is dropped
    after it, and the next test's copy is made while this one runs. A copy waits on the server's disk
    (0.04-0.4 s of fsync here, with the disk's load, the CPU idle meanwhile), so a test rarely waits for it.
    Every drop, the unused spare's included, has finished when the session ends."""

    def __init__(self, url: str) -> None:
        from concurrent.futures import ThreadPoolExecutor

        from sqlalchemy import create_engine

        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self._server = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-admin")
        self._drops: list[Future] = []
        self._spare: tuple[str, Future] | None = None  # (template, the next copy of it being made)

    def execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text(sql))

    def _copy(self, template: str) -> str:
        name = _pg_name("test")
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def copy_of(self, template: str) -> str:
        """A new database copied from `template` (the spare made during the last test), and the next
        spare started."""
        spare = self._spare if self._spare and self._spare[0] == template else None
        if self._spare and spare is None:  # another template: its spare is not wanted
            self.drop_later(self._spare[1].result())
        name = spare[1].result() if spare else self._copy(template)
        self._spare = (template, self._server.submit(self._copy, template))
        return name

    def drop_later(self, name: str) -> None:
        self._drops.append(self._server.submit(self.execute, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        if self._spare:
            self.drop_later(self._spare[1].result())
            self._spare = None
        self._server.shutdown(wait=True)
        errors = [str(f.exception()) for f in self._drops if f.exception() is not None]
        self.engine.dispose()
        assert not errors, f"could not drop test databases: {errors}"


@pytest.fixture(scope="session")
def pg_admin(pg_server: str):
    admin = PgAdmin(pg_server)
    yield admin
    admin.close()


def _pg_name(kind: str) -> str:
    return f"tweetbot_{kind}_{os.getpid()}_{uuid.uuid4().hex[:8]}"  # the pid: one per xdist worker


@pytest.fixture(scope="session")
def pg_template(pg_server: str, pg_admin: PgAdmin) -> str:
    """A database the store's migrations ran on once this session, the template of every test's."""
    from sqlalchemy.engine import make_url

    from tweetbot.store import connect, upgrade

    name = _pg_name("template")
    pg_admin.execute(f'CREATE DATABASE "{name}"')
    try:
        store = connect(make_url(pg_server).set(database=name).render_as_string(hide_password=False))
        try:
            upgrade(store)
        finally:
            store.dispose()  # CREATE DATABASE … TEMPLATE needs it unused
        yield name
    finally:
        pg_admin.drop_later(name)


@pytest.fixture
def pg_url(pg_server: str, pg_admin: PgAdmin, pg_template: str):
    """A fresh database for one test, migrated to the newest schema (a copy of `pg_template`; the
    migrations themselves ran on this server for the template), dropped afterwards."""
    from sqlalchemy.engine import make_url

    name = pg_admin.copy_of(pg_template)
    try:
        yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    finally:
        pg_admin.drop_later(name)


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
