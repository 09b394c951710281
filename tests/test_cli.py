"""The `tweetbot` CLI against a private SQLite store: import, read back, errors that name the line, and
how it finds the store when not told (the way the DAGs do)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest


def tweetbot(*args: str, db: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tweetbot.cli", "--db-url", db, *args],
                          capture_output=True, text=True, timeout=120)


def test_import_and_list(sqlite_url, shared_data):
    archive = shared_data / "x_archive_smithjd" / "tweets_sample.js"
    out = tweetbot("import", "--source", "archive", str(archive), "--account", "jd", "--json", db=sqlite_url)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout[out.stdout.index("{"):])
    assert report["read"] == 51 and report["new"] == 51 - sum(report["skipped"].values())
    assert report["skipped"].get("retweet", 0) > 0 and report["skipped"].get("reply", 0) > 0
    again = tweetbot("import", "--source", "archive", str(archive), "--account", "jd", "--json", db=sqlite_url)
    assert json.loads(again.stdout[again.stdout.index("{"):])["new"] == 0

    listed = tweetbot("source", "list", "--account", "jd", "--json", db=sqlite_url)
    rows = json.loads(listed.stdout)
    assert len(rows) == report["new"]
    assert not any(r["text"].startswith("RT @") for r in rows)
    assert [r["created_at"] for r in rows] == sorted(r["created_at"] for r in rows)

    queue = tweetbot("queue", "list", "--status", "pending", "--json", db=sqlite_url)
    assert queue.returncode == 0 and json.loads(queue.stdout) == []


def test_csv_import_and_a_broken_file_names_its_line(sqlite_url, shared_data, tmp_path):
    out = tweetbot("import", "--source", "csv", str(shared_data / "elonmusk" / "elonmusk_tweets.csv"),
                   "--account", "elon", "--keep-replies", db=sqlite_url)
    assert out.returncode == 0, out.stderr
    broken = tmp_path / "broken.csv"
    broken.write_text("id,created_at,text\n1,2020-01-01 00:00:00,fine\n2,not a date,bad\n")
    bad = tweetbot("import", "--source", "csv", str(broken), "--account", "b", db=sqlite_url)
    assert bad.returncode == 2
    assert "broken.csv" in bad.stderr and "line 3" in bad.stderr
    listed = tweetbot("source", "list", "--account", "b", "--json", db=sqlite_url)
    assert json.loads(listed.stdout) == []  # nothing half-imported


@pytest.mark.parametrize("args", [["queue", "list", "--status", "nope"], ["import", "x"]])
def test_bad_usage_exits_nonzero(sqlite_url, args):
    assert tweetbot(*args, db=sqlite_url).returncode != 0


# ---------------------------------------------------------------- finding the store


def db_upgrade(*args: str, env: dict[str, str], python: Sequence[str] = ("-m", "tweetbot.cli")):
    return subprocess.run([sys.executable, *python, *args, "db", "upgrade"], env=env, capture_output=True,
                          text=True, timeout=120)


def cli_env(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TWEETBOT_DB_URL", "AIRFLOW_CONN_TWEETBOT_DB")}
    env.update({k: v for k, v in changes.items() if v is not None})
    return env


def store_of(out: subprocess.CompletedProcess) -> str:
    assert out.returncode == 0, out.stderr
    return out.stdout.split(" at revision ")[0]


def test_the_store_is_the_flag_else_the_env_else_the_connection_else_sqlite(tmp_path: Path) -> None:
    conn = json.dumps({"conn_type": "sqlite", "host": str(tmp_path / "conn.db")})
    assert store_of(db_upgrade(env=cli_env(AIRFLOW_CONN_TWEETBOT_DB=conn))) == f"sqlite:///{tmp_path}/conn.db"
    env = cli_env(AIRFLOW_CONN_TWEETBOT_DB=conn, TWEETBOT_DB_URL=f"sqlite:///{tmp_path}/env.db")
    assert store_of(db_upgrade(env=env)) == f"sqlite:///{tmp_path}/env.db"
    flag = f"sqlite:///{tmp_path}/flag.db"
    assert store_of(db_upgrade("--db-url", flag, env=env)) == flag
    # A fresh machine: no connection and no Airflow metadata database yet -> the embedded SQLite.
    fresh = cli_env(AIRFLOW_HOME=str(tmp_path / "airflow"), TWEETBOT_HOME=str(tmp_path / "home"),
                    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"sqlite:///{tmp_path}/airflow/airflow.db")
    assert store_of(db_upgrade(env=fresh)) == f"sqlite:///{tmp_path}/home/tweetbot.db"


def test_a_connection_kept_in_airflows_metadata_db_reaches_the_cli(tmp_path: Path) -> None:
    """Added in the UI or with `airflow connections add`: the DAGs use it, so the CLI must too."""
    from airflow.models import Connection
    from airflow.utils.session import create_session
    from airflow_run import init_metadata_db
    from sqlalchemy import delete

    init_metadata_db()
    with create_session() as session:
        session.add(Connection(conn_id="tweetbot_db", conn_type="sqlite", host=str(tmp_path / "meta.db")))
    try:
        assert store_of(db_upgrade(env=cli_env())) == f"sqlite:///{tmp_path}/meta.db"
    finally:
        with create_session() as session:
            session.execute(delete(Connection).where(Connection.conn_id == "tweetbot_db"))


def test_postgres_connections_become_psycopg_urls_with_their_libpq_extras() -> None:
    from airflow.sdk import Connection

    from tweetbot.airflow.hooks import sqlalchemy_url

    conn = Connection.from_uri("postgresql://bot:p%40ss@db.example:5433/tweets?sslmode=require&cursor=dictcursor",
                               conn_id="tweetbot_db")
    assert sqlalchemy_url(conn) == "postgresql+psycopg://bot:p%40ss@db.example:5433/tweets?sslmode=require"
    conn = Connection(conn_id="tweetbot_db", conn_type="postgres", host="h", login="u", schema="d")
    assert sqlalchemy_url(conn) == "postgresql+psycopg://u@h/d"


def test_without_airflow_the_cli_takes_a_url_and_refuses_an_airflow_connection(tmp_path: Path) -> None:
    no_airflow = ("-c", "import sys; sys.modules['airflow'] = None; from tweetbot.cli import main; "
                        "sys.exit(main(sys.argv[1:]))")
    flag = f"sqlite:///{tmp_path}/flag.db"
    assert store_of(db_upgrade("--db-url", flag, env=cli_env(), python=no_airflow)) == flag
    refused = db_upgrade(env=cli_env(AIRFLOW_CONN_TWEETBOT_DB=flag), python=no_airflow)
    assert refused.returncode == 2 and "--db-url or TWEETBOT_DB_URL" in refused.stderr
    assert "Traceback" not in refused.stderr
