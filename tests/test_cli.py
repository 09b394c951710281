"""The `tweetbot` CLI against a private SQLite store: import, read back, errors that name the line, and
how it finds the store when not told (the way the DAGs do).

Most calls run in this process (`cli_run`); each command group also runs once as a real
`python -m tweetbot.cli` process, and so do the cases of finding the store that depend on what a
process reads once at its start (Airflow's home and configuration, Airflow not installed)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from cli_run import Result, run_cli


def tweetbot(*args: str, db: str) -> Result:
    return run_cli(args, db_url=db)


def tweetbot_process(*args: str, db: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tweetbot.cli", "--db-url", db, *args], input=stdin,
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
    out = tweetbot(*args, db=sqlite_url)
    assert out.returncode != 0 and "Traceback" not in out.stderr


def test_every_command_group_runs_as_a_real_process(sqlite_url, shared_data, tmp_path):
    """`python -m tweetbot.cli` as a terminal runs it, once per group the tests above call in process
    (`db` is run as a process below, `post` in test_posting.py): stdin through a real pipe, exit codes."""
    archive = shared_data / "x_archive_smithjd" / "tweets_sample.js"
    imported = tweetbot_process("import", "--source", "archive", str(archive), "--account", "jd", "--json",
                                db=sqlite_url)
    assert imported.returncode == 0, imported.stderr
    new = json.loads(imported.stdout[imported.stdout.index("{"):])["new"]
    listed = tweetbot_process("source", "list", "--account", "jd", "--json", db=sqlite_url)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == new > 0
    filtered = tweetbot_process("filter", "-", "--account", "jd", "--json", db=sqlite_url,
                                stdin="read more at fieldnotes.org please\nok\n")
    assert filtered.returncode == 0, filtered.stderr
    assert [v["reason"] for v in json.loads(filtered.stdout)] == ["link", "debris"]
    queue = tweetbot_process("queue", "approve", "999", db=sqlite_url)
    assert queue.returncode == 2 and queue.stderr.startswith("tweetbot: error:"), queue.stderr
    models = tweetbot_process("model", "list", "--json", db=sqlite_url)
    assert models.returncode == 0 and json.loads(models.stdout) == []
    bots_file = tmp_path / "bots.yaml"
    bots_file.write_text(f"bots:\n  - name: jd\n    source: {{type: archive, path: {archive}}}\n"
                         "  - name: broken\n    source: {type: csv, path: missing.csv}\n")
    bots = tweetbot_process("bots", "validate", str(bots_file), db=sqlite_url)
    assert bots.returncode == 1 and f"{bots_file}:5: bot 'broken': source.path" in bots.stderr, bots.stderr


# ---------------------------------------------------------------- finding the store


def db_upgrade(*args: str, env: dict[str, str], python: Sequence[str] = ("-m", "tweetbot.cli")):
    return subprocess.run([sys.executable, *python, *args, "db", "upgrade"], env=env, capture_output=True,
                          text=True, timeout=120)


def cli_env(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TWEETBOT_DB_URL", "AIRFLOW_CONN_TWEETBOT_DB")}
    env.update({k: v for k, v in changes.items() if v is not None})
    return env


def db_upgrade_here(*args: str, **changes: str | None) -> Result:
    """`db upgrade` in this process with `changes` to its environment (the store's variables unset
    unless given): Airflow reads AIRFLOW_CONN_* and its metadata database at the call."""
    env = {"TWEETBOT_DB_URL": None, "AIRFLOW_CONN_TWEETBOT_DB": None, **changes}
    return run_cli([*args, "db", "upgrade"], env=env)


def store_of(out: subprocess.CompletedProcess | Result) -> str:
    assert out.returncode == 0, out.stderr
    return out.stdout.split(" at revision ")[0]


def test_the_store_is_the_flag_else_the_env_else_the_connection_else_sqlite(tmp_path: Path) -> None:
    conn = json.dumps({"conn_type": "sqlite", "host": str(tmp_path / "conn.db")})
    assert store_of(db_upgrade_here(AIRFLOW_CONN_TWEETBOT_DB=conn)) == f"sqlite:///{tmp_path}/conn.db"
    env = {"AIRFLOW_CONN_TWEETBOT_DB": conn, "TWEETBOT_DB_URL": f"sqlite:///{tmp_path}/env.db"}
    assert store_of(db_upgrade_here(**env)) == f"sqlite:///{tmp_path}/env.db"
    flag = f"sqlite:///{tmp_path}/flag.db"
    assert store_of(db_upgrade_here("--db-url", flag, **env)) == flag
    # A fresh machine: no connection and no Airflow metadata database yet -> the embedded SQLite.
    # (A process of its own: Airflow reads AIRFLOW_HOME and its database's URL once, at import.)
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
        assert store_of(db_upgrade_here()) == f"sqlite:///{tmp_path}/meta.db"
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
