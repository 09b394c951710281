"""The production stack of docker-compose.yaml, run as local processes on Airflow's CeleryExecutor.

Docker's engine does not run here, so this test runs the compose file's own services — the same
commands, environments, start order (`depends_on` conditions) and healthchecks, read from
docker-compose.yaml by `compose_stack` — with a .env of its own, the way `docker compose up` would
with that .env: `airflow-init` (deploy/airflow-init.sh), `airflow api-server`, `scheduler`,
`dag-processor`, `triggerer`, and two `airflow celery worker`s (queues `default` and `gpu`). Postgres
and Redis are the machine's: two fresh databases (Airflow's metadata + Celery results, and the tweet
store, created by the postgres service's own init script), a Redis DB with a key prefix of this test
only (other sessions share the server). A bots file with two bots; the REST API is used as a person
would: add each bot's X connection, trigger both bots' weekly chains at once (tiny model; their GPU
tasks share the pool `tweetbot_gpu` that airflow-init made), answer both reviews, trigger both post
DAGs against the local fake X serving two users.

What differs from the containers, and why (`CONTAINER_STAND_INS`, `SMALL_BOX` below):
* every process gets what a container would give it: its own hostname (Airflow's `hostname_callable`
  → `tweetbot.testing.hostname`, so TaskInstance.hostname names the service that ran the task), its own
  ports for the log/health servers, its own disk for models (`TWEETBOT_HOME`);
* the image's layout (`/opt/airflow/deploy` …) is the repository's folders, the image's venv is this one;
* sizing for a 2-core box (1 API worker), no cron schedule (`use_job_schedule = False`: the test
  triggers every run itself), a task supervisor that notices its task's exit within 1 s, not 5 s, and the
  Celery key prefix that keeps this test's keys apart.
"""
from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import compose_stack
import pytest
from conftest import ROOT, _need

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

BOTS = ("bot_a", "bot_b")
BOTS_YAML = """\
defaults:
  model: {{name: tiny, steps: 30}}
  generate: {{n_candidates: 24}}
  posting: {{max_posts: 5}}
  review: {{reviewers: [{admin}]}}
bots:
  - name: bot_a
    source: {{type: archive, path: {archive}}}
  - name: bot_b
    source: {{type: archive, path: {archive}, drop_replies: false}}
    model: {{backend: torch}}
"""
N_APPROVE = 2
ADMIN = "admin"

#: Paths inside the image (Dockerfile) → the repository's folders.
IMAGE_PATHS = {"/opt/airflow/deploy": ROOT / "deploy", "/opt/airflow/dags": ROOT / "dags",
               "/opt/airflow/plugins": ROOT / "plugins"}
#: Test-only settings for a 2-core box and a test that triggers every run itself. The workers' task
#: supervisor waits up to `min_heartbeat_interval` (5 s) to see its task process exit when the process
#: closed its pipes before the kernel reaped it (a race, about every second task here), holding the
#: Celery slot meanwhile: 1 s keeps this test's back-to-back tasks from queueing behind that wait.
QUICK_SUPERVISOR = {"AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL": "1"}
SMALL_BOX = {
    "airflow-apiserver": {"AIRFLOW__API__WORKERS": "1"},
    "airflow-scheduler": {"AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False"},
    "airflow-worker": QUICK_SUPERVISOR,
    "airflow-worker-gpu": QUICK_SUPERVISOR,
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- services of this machine


@dataclass
class RedisSpace:
    db: int
    prefix: str


@pytest.fixture
def redis_space():
    """A Redis DB number (an empty one) and a key prefix that are this test's alone; its keys go after."""
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_timeout=3).ping()
    except Exception as exc:  # noqa: BLE001
        _need("Redis at 127.0.0.1:6379", str(exc))
    sizes = {n: redis.Redis(host="127.0.0.1", port=6379, db=n).dbsize() for n in range(1, 16)}
    db = min(sorted(sizes, reverse=True), key=lambda n: sizes[n])  # an empty one, from the top down
    space = RedisSpace(db=db, prefix=f"tweetbot-stack-{uuid.uuid4().hex[:12]}:")
    yield space
    client = redis.Redis(host="127.0.0.1", port=6379, db=db)
    keys = list(client.scan_iter(match=space.prefix + "*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture
def databases(pg_server):
    """Airflow's metadata DB (made here) and the tweet store's (made by the postgres service's init
    script, as in the container); both dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    tag = f"{os.getpid()}_{uuid.uuid4().hex[:8]}"
    names = {"airflow": f"tweetbot_stack_airflow_{tag}", "store": f"tweetbot_stack_store_{tag}"}
    url = make_url(pg_server)
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{names["airflow"]}"'))
        init = subprocess.run(
            ["sh", str(ROOT / "deploy" / "postgres-init" / "10-create-tweetbot-db.sh")],
            env={**os.environ, "PGHOST": url.host or "127.0.0.1", "PGPORT": str(url.port or 5432),
                 "PGPASSWORD": url.password or "", "POSTGRES_USER": url.username or "postgres",
                 "POSTGRES_DB": url.database or "postgres", "TWEETBOT_DB_NAME": names["store"]},
            capture_output=True, text=True, timeout=60)
        assert init.returncode == 0, init.stderr
        yield {"url": url, **names}
    finally:
        with admin.connect() as conn:
            for name in names.values():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# ---------------------------------------------------------------- the stack as processes


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen
    log: Path
    healthy: bool = False
    check: subprocess.Popen | None = None
    next_check: float = 0.0
    tree: set = field(default_factory=set)


#: Docker's default `start_interval`: during a service's start period a healthcheck runs every 5 s, not
#: back to back (half of these checks start an `airflow` or `celery` CLI: ~3 s of CPU each).
START_INTERVAL_S = 5.0


class ProcessStack:
    """The compose services as processes: started in `depends_on` order, gated by their healthchecks,
    torn down by PID (SIGTERM to each process group and every descendant, then SIGKILL)."""

    def __init__(self, services: dict[str, compose_stack.Service], envs: dict[str, dict[str, str]],
                 workdir: Path) -> None:
        self.services, self.envs, self.workdir = services, envs, workdir
        self.procs: dict[str, Proc] = {}
        self.timings: dict[str, float] = {}
        self.t0 = time.monotonic()

    def argv(self, argv: list[str]) -> list[str]:
        out = []
        for arg in argv:
            for image_path, local in IMAGE_PATHS.items():
                if arg.startswith(image_path):
                    arg = str(local) + arg[len(image_path):]
            out.append(arg)
        return out

    def up(self, names: tuple[str, ...] = compose_stack.AIRFLOW_SERVICES, timeout: float = 240) -> None:
        """Start every service once its dependencies are met; return when all are healthy."""
        compose_stack.start_order(self.services, names)  # no cycles
        deadline = time.monotonic() + timeout
        pending = list(names)
        while True:
            for name in list(pending):
                if self._deps_met(name, names):
                    self._start(name)
                    pending.remove(name)
            for proc in self.procs.values():
                self._poll(proc)
            if not pending and all(self._done_or_healthy(p) for p in self.procs.values()):
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"stack not up after {timeout:.0f}s: "
                                     f"{ {n: self._state(p) for n, p in self.procs.items()} }\n" + self.tails())
            time.sleep(1)

    def _deps_met(self, name: str, names: tuple[str, ...]) -> bool:
        for dep, condition in self.services[name].depends_on.items():
            if dep not in names:
                continue  # postgres, redis: this machine's, already there
            proc = self.procs.get(dep)
            if proc is None:
                return False
            if condition == "service_completed_successfully" and proc.popen.poll() != 0:
                return False
            if condition == "service_healthy" and not proc.healthy:
                return False
        return True

    def _start(self, name: str) -> None:
        service = self.services[name]
        log = self.workdir / f"{name}.log"
        popen = subprocess.Popen(self.argv(service.command), env=self.envs[name], cwd=self.workdir,
                                 stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)
        self.procs[name] = Proc(name, popen, log, next_check=time.monotonic() + START_INTERVAL_S)
        self.timings[f"{name} started"] = round(time.monotonic() - self.t0, 1)

    def _poll(self, proc: Proc) -> None:
        service = self.services[proc.name]
        rc = proc.popen.poll()
        if service.healthcheck is None:  # a one-off (airflow-init): it must exit 0
            if rc is not None and rc != 0:
                raise AssertionError(f"{proc.name} exited {rc}\n" + self.tails([proc.name]))
            if rc == 0 and f"{proc.name} completed" not in self.timings:
                self.timings[f"{proc.name} completed"] = round(time.monotonic() - self.t0, 1)
            return
        if rc is not None:
            raise AssertionError(f"{proc.name} exited {rc}\n" + self.tails([proc.name]))
        if proc.healthy:
            return
        if proc.check is None and time.monotonic() >= proc.next_check:
            proc.next_check = time.monotonic() + START_INTERVAL_S
            proc.check = subprocess.Popen(self.argv(service.healthcheck), env=self.envs[proc.name],
                                          cwd=self.workdir, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL, start_new_session=True)
        elif proc.check is not None and proc.check.poll() is not None:
            if proc.check.returncode == 0:
                proc.healthy = True
                self.timings[f"{proc.name} healthy"] = round(time.monotonic() - self.t0, 1)
            proc.check = None

    def _done_or_healthy(self, proc: Proc) -> bool:
        if self.services[proc.name].healthcheck is None:
            return proc.popen.poll() == 0
        return proc.healthy

    def _state(self, proc: Proc) -> str:
        rc = proc.popen.poll()
        return f"exited {rc}" if rc is not None else "healthy" if proc.healthy else "starting"

    def assert_running(self) -> None:
        for proc in self.procs.values():
            if self.services[proc.name].healthcheck is not None and proc.popen.poll() is not None:
                raise AssertionError(f"{proc.name} died ({proc.popen.returncode})\n" + self.tails([proc.name]))

    def tails(self, names=None, lines: int = 40) -> str:
        out = []
        for name in names or self.procs:
            text = self.procs[name].log.read_text(errors="replace").splitlines()[-lines:]
            out.append(f"----- {name} (last {len(text)} lines)\n" + "\n".join(text))
        return "\n".join(out)

    def down(self, grace: float = 20) -> None:
        import psutil

        def tree(pid: int) -> set:
            try:
                root = psutil.Process(pid)
                return {root, *root.children(recursive=True)}
            except psutil.NoSuchProcess:
                return set()

        procs: set = set()
        for proc in self.procs.values():
            for p in (proc.popen, proc.check):
                if p is not None:
                    procs |= tree(p.pid)
        for proc in self.procs.values():  # SIGTERM: Celery's warm shutdown, Airflow's graceful stop
            for p in (proc.popen, proc.check):
                if p is not None and p.poll() is None:
                    try:
                        os.killpg(p.pid, signal.SIGTERM)
                    except ProcessLookupError:
                        pass
        for p in procs:  # task processes run in process groups of their own
            try:
                p.send_signal(signal.SIGTERM)
            except psutil.NoSuchProcess:
                pass
        _, alive = psutil.wait_procs(list(procs), timeout=grace)
        for p in alive:
            for q in tree(p.pid) | {p}:
                try:
                    q.kill()
                except psutil.NoSuchProcess:
                    pass
        psutil.wait_procs(alive, timeout=10)
        for proc in self.procs.values():
            proc.popen.poll()


# ---------------------------------------------------------------- the environments


def stack_variables(tmp: Path, databases: dict, redis: RedisSpace, x_conn: dict) -> dict[str, str]:
    """This test's `.env`: .env.example with this machine's addresses, fresh names and secrets."""
    url = databases["url"]
    variables = compose_stack.read_env_file()
    variables.update(
        POSTGRES_HOST=url.host or "127.0.0.1", POSTGRES_PORT=str(url.port or 5432),
        POSTGRES_USER=url.username or "postgres", POSTGRES_PASSWORD=url.password or "",
        AIRFLOW_DB_NAME=databases["airflow"], TWEETBOT_DB_NAME=databases["store"],
        REDIS_HOST="127.0.0.1", REDIS_PORT="6379", REDIS_DB=str(redis.db),
        AIRFLOW_API_HOST="127.0.0.1", AIRFLOW_API_BIND="127.0.0.1", AIRFLOW_API_PORT=str(_free_port()),
        AIRFLOW_SCHEDULER_HEALTH_PORT=str(_free_port()),
        AIRFLOW_JWT_SECRET=secrets.token_urlsafe(48), AIRFLOW_ADMIN_PASSWORD=secrets.token_urlsafe(12),
        AIRFLOW_USERS=f"{ADMIN}:admin", AIRFLOW_AUTH_DIR=str(tmp / "auth"),
        AIRFLOW_PARALLELISM="4", AIRFLOW_WORKER_CONCURRENCY="2",
        AIRFLOW_CONN_X_DEFAULT=json.dumps(x_conn),
        TWEETBOT_BOTS_DIR=str(tmp / "bots"), TWEETBOT_BOTS_FILE=str(tmp / "bots" / "bots.yaml"),
        TWEETBOT_GPU_SLOTS="1",
        TWEETBOT_ARTIFACTS_URL=(tmp / "artifacts").as_uri(), TWEETBOT_MODELS_DIR=str(tmp / "models"),
    )
    return variables


def container_stand_ins(name: str, tmp: Path, redis: RedisSpace) -> dict[str, str]:
    """What a container gives each service for free, and the image's environment (Dockerfile ENV)."""
    env = {
        # the image: its venv first on PATH (standalone-style children call `airflow`), its layout
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "AIRFLOW_HOME": str(tmp / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(IMAGE_PATHS["/opt/airflow/dags"]),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(IMAGE_PATHS["/opt/airflow/plugins"]),
        "PYTHONUNBUFFERED": "1",
        # a hostname of its own (TaskInstance.hostname, `airflow jobs check --hostname`)
        "AIRFLOW__CORE__HOSTNAME_CALLABLE": "tweetbot.testing.hostname.hostname",
        "TWEETBOT_TEST_HOSTNAME": name,
        "HOSTNAME": name,
        # its own disk (models, local runs): nothing shared between workers but the artifact store
        "TWEETBOT_HOME": str(tmp / "disk" / name),
        # its own ports
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(_free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(_free_port()),
        # this test's keys in the shared Redis
        "AIRFLOW__CELERY_BROKER_TRANSPORT_OPTIONS__GLOBAL_KEYPREFIX": redis.prefix,
    }
    if name.startswith("airflow-worker"):
        env["HOSTNAME"] = socket.gethostname()  # Celery's `%h` in `--celery-hostname` is the real one
    return env


def process_envs(services: dict[str, compose_stack.Service], tmp: Path, redis: RedisSpace) -> dict:
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("AIRFLOW", "TWEETBOT_", "PYTEST_")) and k != "HOSTNAME"}
    return {name: {**base, **container_stand_ins(name, tmp, redis), **services[name].environment,
                   **SMALL_BOX.get(name, {})}
            for name in compose_stack.AIRFLOW_SERVICES}


# ---------------------------------------------------------------- REST


class Api:
    def __init__(self, base_url: str, password: str) -> None:
        import httpx

        self.http = httpx.Client(base_url=base_url, timeout=30)
        token = self.http.post("/auth/token", json={"username": ADMIN, "password": password})
        assert token.status_code in (200, 201), token.text
        self.http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"

    def get(self, path: str, **kw) -> dict:
        response = self.http.get(path, **kw)
        assert response.status_code == 200, f"GET {path}: {response.status_code} {response.text}"
        return response.json()

    def send(self, method: str, path: str, body: dict) -> dict:
        response = self.http.request(method, path, json=body)
        assert response.status_code in (200, 201), f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    def task_instances(self, dag_id: str, run_id: str) -> dict[str, dict]:
        rows = self.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances")["task_instances"]
        return {ti["task_id"]: ti for ti in rows}

    def trigger(self, dag_id: str, conf: dict) -> str:
        self.send("PATCH", f"/api/v2/dags/{dag_id}", {"is_paused": False})
        run = self.send("POST", f"/api/v2/dags/{dag_id}/dagRuns", {"logical_date": None, "conf": conf})
        return run["dag_run_id"]


def wait_for(what: str, predicate, stack: ProcessStack, timeout: float, every: float = 2.0):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        stack.assert_running()
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}\n" + stack.tails())
        time.sleep(every)


def run_state(api: Api, dag_id: str, run_id: str, stack: ProcessStack):
    """The run's state once finished; a failed run fails the test with the task states and logs."""
    state = api.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}")["state"]
    if state == "failed":
        states = {t: ti["state"] for t, ti in api.task_instances(dag_id, run_id).items()}
        raise AssertionError(f"{dag_id} {run_id} failed: {states}\n" + stack.tails())
    return state if state == "success" else None


# ---------------------------------------------------------------- the test


def _review(api: Api, dag_id: str, run_id: str) -> list[str]:
    """Answer the run's review over REST: the first N_APPROVE candidates."""
    url = f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/review/-1/hitlDetails"
    hitl = api.get(url)
    assert len(hitl["options"]) > N_APPROVE, hitl["options"]
    assert [u["id"] for u in hitl["assigned_users"]] == [ADMIN]  # the bot's reviewers
    api.send("PATCH", url, {"chosen_options": hitl["options"][:N_APPROVE]})
    return hitl["options"][:N_APPROVE]


def test_compose_stack_as_processes_two_bots_weekly_review_post(tmp_path, databases, redis_space):
    from tweetbot import config
    from tweetbot.store import connect, queue
    from tweetbot.testing.fake_x import FakeX

    started = time.monotonic()
    timings: dict[str, float] = {}
    (tmp_path / "bots").mkdir()
    (tmp_path / "bots" / "bots.yaml").write_text(BOTS_YAML.format(admin=ADMIN, archive=config.example_archive()))
    # X first: x_default (from the environment) posts as "fieldnotes_bot"; the bots have accounts of their own.
    with FakeX(username="fieldnotes_bot") as fake:
        accounts = {bot: fake.add_user(f"account_{bot}") for bot in BOTS}
        variables = stack_variables(tmp_path, databases, redis_space, fake.connection())
        services = compose_stack.load(variables)
        (tmp_path / "airflow").mkdir()
        stack = ProcessStack(services, process_envs(services, tmp_path, redis_space), tmp_path)
        try:
            stack.up()
            timings["stack healthy"] = round(time.monotonic() - started, 1)
            api = Api(f"http://127.0.0.1:{variables['AIRFLOW_API_PORT']}", variables["AIRFLOW_ADMIN_PASSWORD"])
            for bot in BOTS:  # as a person would: Admin → Connections
                conn = fake.connection(accounts[bot])
                api.send("POST", "/api/v2/connections", {
                    "connection_id": f"x_{bot}", "conn_type": "http", "host": conn["host"], "login": conn["login"],
                    "password": conn["password"], "extra": json.dumps(conn["extra"])})
            dag_ids = [f"tweetbot_{kind}__{bot}" for bot in BOTS for kind in ("weekly", "post")]
            for dag_id in dag_ids:
                wait_for(f"{dag_id} parsed", lambda d=dag_id: api.http.get(f"/api/v2/dags/{d}").status_code == 200,
                         stack, timeout=120)
            pool = api.get("/api/v2/pools/tweetbot_gpu")
            assert pool["slots"] == 1, pool

            # -- both bots' weekly chains at once; each review answered over REST
            weekly = {bot: api.trigger(f"tweetbot_weekly__{bot}", {}) for bot in BOTS}
            chosen = {}
            for bot in BOTS:
                dag_id = f"tweetbot_weekly__{bot}"
                wait_for(f"{bot}'s review awaiting input", lambda d=dag_id, r=weekly[bot]: (
                    run_state(api, d, r, stack) is None
                    and api.task_instances(d, r).get("review", {}).get("state") == "awaiting_input"),
                    stack, timeout=360)
                chosen[bot] = _review(api, dag_id, weekly[bot])
                timings[f"{bot} review answered"] = round(time.monotonic() - started, 1)
            for bot in BOTS:
                wait_for(f"{bot} weekly success",
                         lambda b=bot: run_state(api, f"tweetbot_weekly__{b}", weekly[b], stack), stack, timeout=120)
            timings["weekly done"] = round(time.monotonic() - started, 1)

            # -- both post DAGs, against the fake X
            post = {bot: api.trigger(f"tweetbot_post__{bot}", {}) for bot in BOTS}
            for bot in BOTS:
                wait_for(f"{bot} post success", lambda b=bot: run_state(api, f"tweetbot_post__{b}", post[b], stack),
                         stack, timeout=120)
            timings["post done"] = round(time.monotonic() - started, 1)
            tis = {(f"tweetbot_{kind}__{bot}", t): ti
                   for bot in BOTS for kind, runs in (("weekly", weekly), ("post", post))
                   for t, ti in api.task_instances(f"tweetbot_{kind}__{bot}", runs[bot]).items()}
        finally:
            stack.down()
            timings["down"] = round(time.monotonic() - started, 1)
        print("timings (s since start):", {**stack.timings, **timings})
        for (dag_id, t), ti in sorted(tis.items(), key=lambda kv: kv[1]["start_date"] or ""):
            print(f"  {dag_id}.{t}: {ti['state']} on {ti['hostname']} queue {ti['queue']} pool {ti['pool']} "
                  f"start {ti['start_date']} end {ti['end_date']} ({ti['duration']} s)")

        # every task succeeded; the model's tasks ran on the gpu worker in the GPU pool, nothing else did
        assert {key: ti["state"] for key, ti in tis.items()} == {key: "success" for key in tis}
        gpu_tasks = {"train", "evaluate", "generate"}
        for (dag_id, task), ti in tis.items():
            on_gpu = dag_id.startswith("tweetbot_weekly__") and task in gpu_tasks
            assert ti["hostname"] == ("airflow-worker-gpu" if on_gpu else "airflow-worker"), (dag_id, task)
            assert (ti["queue"], ti["pool"]) == (("gpu", "tweetbot_gpu") if on_gpu else ("default", "default_pool"))
        # one slot: the two bots' GPU tasks never ran at the same time
        spans = sorted((ti["start_date"], ti["end_date"]) for (d, t), ti in tis.items() if t in gpu_tasks)
        assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False)), spans
        # each approved tweet was posted once, on its own bot's account; x_default's account got nothing
        store = connect(databases["url"].set(database=databases["store"]).render_as_string(hide_password=False))
        for bot in BOTS:
            approved_ids = [int(o.split(" ", 1)[0].lstrip("#")) for o in chosen[bot]]
            posted = queue.list_tweets(store, ids=approved_ids)
            assert {t["account"] for t in posted} == {bot}
            assert sorted(t["text"] for t in accounts[bot].posted) == sorted(t["text"] for t in posted)
            assert all(t["status"] == "posted" and t["x_tweet_id"] and not t["dry_run"] for t in posted)
        store.dispose()
        assert fake.posted == []
    timings["done"] = round(time.monotonic() - started, 1)
    print("stack timings (s):", timings)  # seen with -s or on failure; speed is the benches' job, not a test's
