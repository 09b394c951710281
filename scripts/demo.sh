#!/usr/bin/env bash
# The whole job headless on the embedded default (SQLite + local files under $AIRFLOW_HOME):
# the weekly chain, a stand-in reviewer on the CLI, then the post DAG in dry run.
# Called by `make demo` (which sets AIRFLOW_HOME, the DAG folder and PATH to the venv).
set -euo pipefail
: "${AIRFLOW_HOME:?run through make demo}"
mkdir -p "$AIRFLOW_HOME"
started=$(date +%s)
unset AIRFLOW_CONN_X_DEFAULT  # the demo never posts for real

run_dag() {  # run_dag DAG_ID LOG [extra airflow dags test args]
  local dag=$1 log=$2; shift 2
  if ! airflow dags test "$dag" "$@" >"$log" 2>&1; then
    tail -60 "$log"; echo "demo: $dag failed (full log: $log)"; exit 1
  fi
}
show() {  # the task-log lines worth a glance, without Airflow's prefixes
  grep -E "$1" "$2" | sed -E 's/^[0-9TZ:.-]+ \[[a-z ]+\] //; s/ +\[airflow\.task[^]]*\].*$//' || true
}

echo "== Airflow metadata DB ($AIRFLOW_HOME)"
airflow db migrate >"$AIRFLOW_HOME/db-migrate.log" 2>&1 || { tail -40 "$AIRFLOW_HOME/db-migrate.log"; exit 1; }

echo "== tweetbot_weekly: migrate → scrape → train → evaluate → generate → stage_for_review → review"
echo "   (review waits for a person in the Airflow UI; headless, the demo marks it done and reviews on the CLI)"
weekly_log="$AIRFLOW_HOME/demo-weekly.log"
# The model engine: TWEETBOT_MODEL_BACKEND, else torch where PyTorch is installed (`make install-torch`:
# no TensorFlow start-up in each of train, evaluate and generate), else gpt-2-simple.
backend=${TWEETBOT_MODEL_BACKEND:-$(python -c 'import importlib.util as u; print("torch" if u.find_spec("torch") else "gpt2simple")')}
echo "   model backend: $backend"
# model_name tiny: the offline model (the DAG's default, auto, would fetch GPT-2 124M when online);
# 200 steps of 2 tweets-packed windows at lr 2e-3: enough for the tiny model to write words (bench_demo_words)
conf=$(printf '{"model_name": "tiny", "backend": "%s", "batch_size": 2, "learning_rate": 0.002}' "$backend")
run_dag tweetbot_weekly "$weekly_log" --mark-success-pattern review -c "$conf"

show "read [0-9,]+ tweets|skipped \(|tiny model|step [0-9]+/[0-9]+ .*(ETA)|trained |PROMOTED|promoted|generated [0-9]+/|staged as pending" "$weekly_log" \
  | awk '/step [0-9]+\// { if (++steps % 5) next } { print "   " $0 }'

echo
echo "== pending candidates (tweetbot queue list --status pending)"
tweetbot queue list --status pending
pending_ids=$(tweetbot queue list --status pending --json | python -c 'import json,sys; print(" ".join(str(t["id"]) for t in json.load(sys.stdin)))')
n=$(wc -w <<<"$pending_ids")
[ "$n" -ge 10 ] || { echo "demo: expected at least 10 pending candidates, got $n"; exit 1; }

echo
echo "== a reviewer approves three (tweetbot queue approve …; in the UI: Browse → Required Actions)"
tweetbot queue approve $(cut -d' ' -f1-3 <<<"$pending_ids")

echo
echo "== tweetbot_post in dry run (no x_default connection): what it would post"
post_log="$AIRFLOW_HOME/demo-post.log"
run_dag tweetbot_post "$post_log"
show "DRY RUN|would post|no approved" "$post_log" | sed 's/^/   /'
tweetbot queue list --status posted

echo
echo "demo: $n candidates staged for review, 1 dry-run post, in $(( $(date +%s) - started ))s"
echo "      logs: $weekly_log, $post_log; store: tweetbot queue list (AIRFLOW_HOME=$AIRFLOW_HOME)"
