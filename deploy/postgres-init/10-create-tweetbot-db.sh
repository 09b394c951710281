#!/bin/sh
# The tweet store's own database beside Airflow's metadata database (same server, separate DB).
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d); the process
# test (tests/test_stack_processes.py) runs it against the machine's Postgres the same way.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    --set tweetbot_db="${TWEETBOT_DB_NAME:-tweetbot}" <<'EOSQL'
CREATE DATABASE :"tweetbot_db";
EOSQL
