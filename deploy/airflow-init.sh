#!/usr/bin/env bash
# The stack's one-off init (docker compose's `airflow-init`; tests/test_stack_processes.py runs it too):
# Airflow's metadata migrations, the tweet store's migrations, the GPU pool, the login for the UI/REST API.
# Connections are not written anywhere: they come from AIRFLOW_CONN_* or the secrets backend.
set -euo pipefail

airflow db migrate
# Same migrations the DAGs' `migrate` task runs, on the same store: the `tweetbot_db` connection as
# Airflow finds it (the secrets backend, else AIRFLOW_CONN_TWEETBOT_DB).
tweetbot db upgrade
# The GPU is shared hardware: train, evaluate and generate of every bot take a slot of this pool.
airflow pools set "${TWEETBOT_GPU_POOL:-tweetbot_gpu}" "${TWEETBOT_GPU_SLOTS:-1}" \
    "GPUs for tweetbot's train, evaluate and generate tasks (slots = GPUs)"

# SimpleAuthManager reads its users from AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS and their passwords
# from this file; without one it would invent passwords and print them to the API server's log.
passwords_file="${AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE:?}"
mkdir -p "$(dirname "$passwords_file")"
python - "$passwords_file" <<'PY'
import json, os, sys

users = [u.split(":")[0] for u in os.environ.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS", "").split(",") if u]
password = os.environ["AIRFLOW_ADMIN_PASSWORD"]  # one password for the configured users (see .env.example)
with open(sys.argv[1], "w") as f:
    json.dump({user: password for user in users}, f)
os.chmod(sys.argv[1], 0o640)
PY

# In the containers: the shared volumes belong to the Airflow user (the official compose does the same).
if [ "$(id -u)" = 0 ] && [ -n "${AIRFLOW_UID:-}" ]; then
    for dir in /opt/airflow/logs /opt/airflow/auth /opt/airflow/artifacts; do
        if [ -d "$dir" ]; then chown -R "${AIRFLOW_UID}:0" "$dir"; fi
    done
fi
echo "airflow-init: metadata and store migrated, pool ${TWEETBOT_GPU_POOL:-tweetbot_gpu} set, logins written"
