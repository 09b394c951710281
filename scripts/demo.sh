#!/usr/bin/env bash
# The weekly chain, headless, on the embedded default: SQLite + local files under $AIRFLOW_HOME.
# Called by `make demo` (which sets AIRFLOW_HOME, the DAG folder and PATH to the venv).
set -euo pipefail
: "${AIRFLOW_HOME:?run through make demo}"
mkdir -p "$AIRFLOW_HOME"
started=$(date +%s)

echo "== Airflow metadata DB ($AIRFLOW_HOME)"
airflow db migrate >"$AIRFLOW_HOME/db-migrate.log" 2>&1 || { tail -40 "$AIRFLOW_HOME/db-migrate.log"; exit 1; }

echo "== tweetbot_weekly: migrate → scrape → train → generate → stage_for_review"
log="$AIRFLOW_HOME/demo-weekly.log"
if ! airflow dags test tweetbot_weekly >"$log" 2>&1; then
  tail -60 "$log"; echo "demo: tweetbot_weekly failed (full log: $log)"; exit 1
fi
grep -E "read [0-9,]+ tweets|fieldnotes_bot: read|step [0-9]+/|run .*final loss|batch .*: [0-9]+ generated|Marking task as|state=" "$log" \
  | sed -E 's/^.*\] //' | grep -vE '^\s*$' | tail -40 || true

echo
echo "== pending candidates (tweetbot queue list --status pending)"
tweetbot queue list --status pending
n=$(tweetbot queue list --status pending --json | python -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo
echo "demo: $n pending candidates in $(( $(date +%s) - started ))s; full task log: $log"
[ "$n" -ge 10 ] || { echo "demo: expected at least 10 pending candidates"; exit 1; }
