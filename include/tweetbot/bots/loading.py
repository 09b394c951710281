"""Reading a bots file: YAML → `defaults` merged under each bot → one `Bot` per valid entry.

One bot's mistake never costs another bot: each entry is validated on its own, and what is wrong
becomes a `BotProblem` naming the file, the line, the bot and the field —
``bots.yaml:14: bot 'bakery': posting.daily_capp: unknown key (did you mean daily_cap?)``.
Only a file that cannot be read at all (missing, not YAML, no ``bots:`` list) raises `BotsFileError`.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from tweetbot.bots.schema import Bot

_TWICE = "the same key twice (YAML would keep only the last)"
#: A custom validator's message that starts with a field name ("path: no such file") locates itself.
_FIELD_PREFIX = re.compile(r"^([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*): (.*)$", re.S)


@dataclass(frozen=True)
class BotProblem:
    """One mistake in a bots file. `bot` is the bot's name (or ``#N`` without a usable one); None for
    the file as a whole or its ``defaults``."""

    file: str
    line: int | None
    bot: str | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        who = "defaults" if self.bot == "defaults" else f"bot {self.bot}" if self.bot else ""
        return ": ".join(part for part in (where, who, self.field, self.message) if part)


class BotsFileError(ValueError):
    """The bots file cannot be used at all: no bot can be read from it."""

    def __init__(self, problems: list[BotProblem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


@dataclass(frozen=True)
class InvalidBot:
    """An entry that did not validate: what its stub DAG and `tweetbot bots validate` report."""

    index: int  # 0-based position in `bots:`
    name: str | None  # the name when it is a usable one (for the stub DAG's id)
    problems: tuple[BotProblem, ...]

    @property
    def label(self) -> str:
        return self.name or f"bot{self.index + 1}"


@dataclass
class BotsConfig:
    """A bots file, read: the valid bots in file order, and what is wrong with the others."""

    path: Path
    bots: list[Bot] = field(default_factory=list)
    invalid: list[InvalidBot] = field(default_factory=list)
    problems: list[BotProblem] = field(default_factory=list)  # all of them, file order

    def get(self, name: str) -> Bot | None:
        return next((b for b in self.bots if b.name == name), None)

    def by_account(self) -> dict[str, Bot]:
        return {b.name: b for b in self.bots}


class _TopLevel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    defaults: dict[str, Any] | None = None
    bots: list[Any]


# ---------------------------------------------------------------- reading


def load_bots(path: Path | str, *, shown_as: str | None = None) -> BotsConfig:
    """Read and validate the bots file at `path`. Messages name it `shown_as` (default: as given)."""
    path = Path(path)
    name = shown_as or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BotsFileError([BotProblem(name, None, None, "", f"cannot read it: {exc}")]) from None
    return parse_bots(text, name=name, base_dir=path.absolute().parent, path=path)


def parse_bots(text: str, *, name: str, base_dir: Path, path: Path | None = None) -> BotsConfig:
    """Validate bots-file text (relative paths are taken from `base_dir`)."""
    node, data = _yaml(text, name)
    try:
        top = _TopLevel.model_validate(data if data is not None else {})
    except ValidationError as exc:
        raise BotsFileError([_problem(name, node, (), None, err, _TopLevel) for err in exc.errors()]) from None
    config = BotsConfig(path=path or base_dir / name)
    context = {"base_dir": str(base_dir)}
    defaults = top.defaults or {}
    twice = _duplicate_keys(node)
    if any(len(path) == 1 for path, _ in twice):
        raise BotsFileError([BotProblem(name, line, None, path[0], _TWICE) for path, line in twice if len(path) == 1])

    default_problems = _check_defaults(defaults, name, node, context) + [
        BotProblem(name, line, "defaults", ".".join(map(str, path[1:])), _TWICE)
        for path, line in twice if path[0] == "defaults"]
    config.problems += default_problems
    names_seen: dict[str, int] = {}
    conns_seen: dict[str, str] = {}
    for index, raw in enumerate(top.bots):
        where = ("bots", index)
        label = _label(raw, index)
        problems = [BotProblem(name, line, label, _dotted(path[2:]), _TWICE)
                    for path, line in twice if path[:2] == where]
        if default_problems:
            problems.append(BotProblem(name, _line(node, where), label, "",
                                       "not built: the defaults above are invalid"))
        bot = None
        if default_problems:
            pass  # every bot would carry the defaults' mistakes: said once, above
        elif not isinstance(raw, Mapping):
            problems.append(BotProblem(name, _line(node, where), label, "",
                                       f"expected a mapping of settings, not {type(raw).__name__}"))
        else:
            try:
                bot = Bot.model_validate(_merge(defaults, raw), context=context)
            except ValidationError as exc:
                problems += [_problem(name, node, where, label, err, Bot) for err in exc.errors()]
        raw_name = raw.get("name") if isinstance(raw, Mapping) else None
        if isinstance(raw_name, str) and raw_name in names_seen:
            problems.append(BotProblem(name, _line(node, (*where, "name")), label, "name",
                                       f"duplicate: bot #{names_seen[raw_name] + 1} has this name already"))
        elif isinstance(raw_name, str):
            names_seen[raw_name] = index
        if bot is not None and not problems:
            if bot.x_conn_id in conns_seen:
                problems.append(BotProblem(
                    name, _line(node, (*where, "x_conn_id")), label, "x_conn_id",
                    f"{bot.x_conn_id!r} is bot '{conns_seen[bot.x_conn_id]}''s connection already: "
                    "each bot posts and reads only through its own"))
        if problems:
            problems.sort(key=lambda p: p.line or 0)
            usable = raw_name if isinstance(raw_name, str) and re.fullmatch(r"[a-z0-9_]{1,64}", raw_name) else None
            if usable in {i.name for i in config.invalid}:
                usable = None  # two broken entries of one name: the second's stub goes by its position
            config.invalid.append(InvalidBot(index, usable, tuple(problems)))
            config.problems += problems
        else:
            conns_seen[bot.x_conn_id] = bot.name
            config.bots.append(bot)
    return config


def _yaml(text: str, name: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the data, in one pass of libyaml when it is there."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        since = exc.context_mark.line + 1 if exc.context and exc.context_mark else None
        context = f"{exc.context} (from line {since})" if since and since != line else exc.context
        what = " ".join(str(p) for p in (context, exc.problem) if p)
        raise BotsFileError([BotProblem(name, line, None, "", f"not valid YAML: {what}")]) from None
    except yaml.YAMLError as exc:
        raise BotsFileError([BotProblem(name, None, None, "", f"not valid YAML: {exc}")]) from None
    finally:
        loader.dispose()
    return node, data


def _merge(base: Mapping, over: Mapping) -> dict:
    """`over` on top of `base`, mappings merged key by key (lists and values replaced)."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _check_defaults(defaults: dict, name: str, node, context: dict) -> list[BotProblem]:
    """What is wrong in `defaults:` itself: a bot validated from them alone, missing fields allowed."""
    if not defaults:
        return []
    if "name" in defaults:
        return [BotProblem(name, _line(node, ("defaults", "name")), "defaults", "name",
                           "each bot has its own name: not a default")]
    try:
        Bot.model_validate({**defaults, "name": "defaults"}, context=context)
    except ValidationError as exc:
        return [_problem(name, node, ("defaults",), "defaults", err, Bot)
                for err in exc.errors() if err["type"] != "missing"]
    return []


def _label(raw: Any, index: int) -> str:
    name = raw.get("name") if isinstance(raw, Mapping) else None
    return f"'{name}'" if isinstance(name, str) and name else f"#{index + 1}"


# ---------------------------------------------------------------- messages


def _problem(file: str, node, where: tuple, bot: str | None, err: Mapping, model: type[BaseModel]) -> BotProblem:
    loc = [p for p in err["loc"] if isinstance(p, int) or "[" not in p]
    message = err["msg"]
    kind = err["type"]
    if kind == "value_error":
        message = message.removeprefix("Value error, ")
        match = _FIELD_PREFIX.match(message)
        if match:
            loc += match.group(1).split(".")
            message = match.group(2)
    elif kind == "extra_forbidden":
        message = "unknown key" + _suggestion(str(loc[-1]), _fields_at(model, loc[:-1]))
    elif kind == "missing":
        message = "required, but missing"
    else:
        message = f"{message[:1].lower()}{message[1:]} (got {err.get('input')!r})"
    return BotProblem(file, _line(node, (*where, *loc)), bot, _dotted(loc), message)


def _dotted(loc) -> str:
    """("review", "reviewers", 0, "email") → review.reviewers[0].email"""
    return ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[")


def _fields_at(model: type[BaseModel], loc: list) -> list[str]:
    """The keys allowed where `loc` points (to suggest the one a typo meant)."""
    from typing import get_args

    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part) if isinstance(current, type) and issubclass(current, BaseModel) else None
        if info is None:
            return []
        candidates = [info.annotation, *get_args(info.annotation)]
        for arg in list(candidates):
            candidates += get_args(arg)
        current = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if current is None:
            return []
    return list(current.model_fields) if isinstance(current, type) and issubclass(current, BaseModel) else []


def _suggestion(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]}?)"
    return f" (expected one of: {', '.join(allowed)})" if allowed else ""


# ---------------------------------------------------------------- lines


def _child(node, key) -> Any:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return k, v
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        item = node.value[key]
        return item, item
    return None


def _line(node, path: tuple) -> int | None:
    """The line of the deepest part of `path` that the file has (a key's own line when it is there)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        found = _child(node, part)
        if found is None:
            break
        key, node = found
        line = key.start_mark.line + 1
    return line


def _duplicate_keys(node) -> list[tuple[tuple, int]]:
    """Every key that a mapping has twice, as (path of the key, line): YAML keeps the last and drops
    the first without a word."""
    found = []
    for mapping, path in _mappings(node, ()):
        seen: set = set()
        for key, _value in mapping.value:
            if key.value in seen:
                found.append(((*path, key.value), key.start_mark.line + 1))
            seen.add(key.value)
    return found


def _mappings(node, path: tuple) -> Iterator[tuple[yaml.MappingNode, tuple]]:
    if isinstance(node, yaml.MappingNode):
        yield node, path
        for key, value in node.value:
            yield from _mappings(value, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _mappings(item, (*path, i))
