"""What a bot is, as a schema: pydantic models with `extra="forbid"`, so a typo is an error.

The defaults here are the weekly and post DAGs' param defaults (tests/test_bots.py checks that they
agree), so a bot of a few lines behaves like the example DAGs. Paths are resolved against the bots
file's folder (the validation context's ``base_dir``); a file source that does not exist is an error.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator, model_validator

#: An account key in the store and the suffix of the bot's DAG ids.
NAME_PATTERN = r"^[a-z0-9_]{1,64}$"
#: What Airflow accepts as a connection id.
CONN_ID_PATTERN = r"^[A-Za-z0-9_.-]{1,250}$"
#: Airflow's schedule presets (`airflow.utils.dates.cron_presets` plus @once/@continuous).
PRESETS = ("@hourly", "@daily", "@weekly", "@monthly", "@quarterly", "@yearly", "@once", "@continuous")
FILE_SOURCES = ("archive", "csv", "text")
_USERNAME = re.compile(r"^@?([A-Za-z0-9_]{1,15})$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _sexagesimal_time(value: Any) -> Any:
    """YAML 1.1 reads an unquoted 23:00 as the base-60 integer 1380: give the user back "23:00"."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return f"{value // 60:02d}:{value % 60:02d}"
    return value


def _number_text(value: Any) -> Any:
    """YAML 1.1 reads 1e-4 (no dot) as a string; a learning rate written that way is still a number."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    return value


HHMM = Annotated[str | None, BeforeValidator(_sexagesimal_time)]


class _Strict(BaseModel):
    """Unknown keys are errors; "200" is not a number (YAML gives numbers as numbers)."""

    model_config = ConfigDict(extra="forbid", strict=True)


class Source(_Strict):
    """Where the bot's tweets (or book) come from: the weekly DAG's `scrape` task."""

    type: Literal["archive", "csv", "text", "x-api", "twint"]
    path: str = Field(min_length=1, description="archive/csv/text: file or folder; x-api/twint: X username")
    limit: int | None = Field(None, ge=1)
    since: str | None = None
    drop_retweets: bool = True
    drop_replies: bool = True
    links: Literal["expand", "strip", "keep"] = "expand"

    @field_validator("since", mode="before")
    @classmethod
    def _since(cls, value: Any) -> Any:
        from datetime import date

        if isinstance(value, date):  # YAML reads 2024-05-01 as a date
            return value.isoformat()
        if isinstance(value, int) and not isinstance(value, bool):  # a tweet id
            return str(value)
        return value

    @model_validator(mode="after")
    def _path(self, info: ValidationInfo) -> Source:
        if self.type in FILE_SOURCES:
            base = Path((info.context or {}).get("base_dir") or ".")
            path = Path(os.path.abspath(base / Path(self.path).expanduser()))
            if not path.exists():
                raise ValueError(f"path: no such file or folder: {path}")
            self.path = str(path)
        else:
            match = _USERNAME.match(self.path)
            if not match:
                raise ValueError(f"path: {self.type} takes an X username (letters, digits, _; at most "
                                 f"15), not {self.path!r}")
            self.path = match.group(1)
        if self.since:
            from tweetbot.sources.base import SourceError
            from tweetbot.sources.x_api import parse_since

            try:
                parse_since(self.since)
            except SourceError:
                raise ValueError(f"since: expected a tweet id or a date like 2024-05-01, not "
                                 f"{self.since!r}") from None
        return self


class ModelSettings(_Strict):
    """Which GPT-2 and how to fine-tune it: the `train`, `evaluate` and `generate` tasks."""

    name: Literal["auto", "tiny", "124M", "355M", "774M", "1558M"] = "auto"
    backend: Literal["gpt2simple", "torch"] | None = Field(
        None, description="empty: TWEETBOT_MODEL_BACKEND where the DAGs are parsed, else gpt2simple")
    steps: int = Field(200, ge=1, le=100000)
    batch_size: int = Field(1, ge=1, le=512)
    learning_rate: Annotated[float | None, BeforeValidator(_number_text)] = Field(None, gt=0)


class Generate(_Strict):
    """Sampling: the `generate` task (persona mode)."""

    n_candidates: int = Field(50, ge=1, le=5000)
    temperature: float = Field(1.0, ge=0.1, le=2.0)
    top_k: int = Field(0, ge=0)
    top_p: float = Field(0.9, ge=0.0, le=1.0)
    length: int | None = Field(None, ge=1)
    prefix: str = ""


class Filters(_Strict):
    """Staging filters: the `stage_for_review` task."""

    mentions: Literal["strip", "reject", "allow"] = "strip"
    allow_links: bool = False
    blocklist: str | None = Field(None, description="a file of extra blocked words, one a line")

    @model_validator(mode="after")
    def _blocklist(self, info: ValidationInfo) -> Filters:
        if self.blocklist:
            base = Path((info.context or {}).get("base_dir") or ".")
            path = Path(os.path.abspath(base / Path(self.blocklist).expanduser()))
            if not path.is_file():
                raise ValueError(f"blocklist: no such file: {path}")
            self.blocklist = str(path)
        return self


class Story(_Strict):
    """Story mode: each weekly run writes the next chapter."""

    opening: str = ""
    chapter_tweets: int = Field(28, ge=1, le=200)


class Schedule(_Strict):
    """When the bot's DAGs run: a cron expression or an Airflow preset; null = only when triggered."""

    train: str | None = "@weekly"
    post: str | None = "@hourly"

    @field_validator("train", "post")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is None or value in PRESETS:
            return value
        from croniter import croniter

        if not croniter.is_valid(value):
            raise ValueError(f"not a cron expression (e.g. '0 3 * * 1') or one of {', '.join(PRESETS)}: "
                             f"{value!r}")
        return value


class Posting(_Strict):
    """The post DAG's policy: how much, when, and (story bots) how threads continue."""

    max_posts: int = Field(1, ge=0, le=50)
    daily_cap: int = Field(17, ge=0)
    quiet_start: HHMM = None
    quiet_end: HHMM = None
    timezone: str = "UTC"
    min_interval_hours: float = Field(0, ge=0)
    thread: Literal["chapter", "continue"] = "chapter"

    @field_validator("quiet_start", "quiet_end")
    @classmethod
    def _hhmm(cls, value: str | None) -> str | None:
        if value is not None and value != "" and not _HHMM.match(value):
            raise ValueError(f"expected HH:MM (e.g. '23:00'), not {value!r}")
        return value or None

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. UTC, Europe/London)") from None
        return value

    @model_validator(mode="after")
    def _quiet_pair(self) -> Posting:
        if bool(self.quiet_start) != bool(self.quiet_end):
            raise ValueError("quiet_end: quiet hours need both quiet_start and quiet_end, or neither")
        return self


class Reviewer(_Strict):
    """A person who reviews the bot: their Airflow user id, and where to e-mail them (optional)."""

    user: str = Field(min_length=1, max_length=250)
    email: str | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.match(value):
            raise ValueError(f"not an e-mail address: {value!r}")
        return value


def _reviewer(value: Any) -> Any:
    return {"user": value} if isinstance(value, str) else value


class Review(_Strict):
    """The human-in-the-loop step: who may review, how long it waits, how reviewers hear of it."""

    timeout_hours: float = Field(144, ge=0.01)
    reviewers: list[Annotated[Reviewer, BeforeValidator(_reviewer)]] = Field(default_factory=list)
    smtp_conn_id: str = Field("smtp_default", pattern=CONN_ID_PATTERN)
    from_email: str | None = None


class BotSettings(_Strict):
    """Everything a bot has but its name: what `defaults:` may set for every bot."""

    x_conn_id: str | None = Field(None, pattern=CONN_ID_PATTERN, description="default x_<name>")
    owner: str = Field("tweetbot", min_length=1)
    description: str | None = None
    tags: list[str] = Field(default_factory=list)
    source: Source
    model: ModelSettings = Field(default_factory=ModelSettings)
    generate: Generate = Field(default_factory=Generate)
    filters: Filters = Field(default_factory=Filters)
    mode: Literal["persona", "story"] = "persona"
    story: Story = Field(default_factory=Story)
    schedule: Schedule = Field(default_factory=Schedule)
    posting: Posting = Field(default_factory=Posting)
    review: Review = Field(default_factory=Review)


class Bot(BotSettings):
    """One bot: its account key, connection, source, model, schedules, posting policy, reviewers."""

    name: str = Field(pattern=NAME_PATTERN, description="the account key in the store; unique")

    @model_validator(mode="after")
    def _defaults(self) -> Bot:
        if self.x_conn_id is None:
            self.x_conn_id = f"x_{self.name}"
        if self.mode == "story" and not self.story.opening.strip():
            raise ValueError("story.opening: a story bot needs the line its story starts from")
        return self

    @property
    def weekly_dag_id(self) -> str:
        return f"tweetbot_weekly__{self.name}"

    @property
    def post_dag_id(self) -> str:
        return f"tweetbot_post__{self.name}"

    @property
    def metrics_dag_id(self) -> str:
        return f"tweetbot_metrics__{self.name}"

    @property
    def dag_ids(self) -> tuple[str, ...]:
        """The bot's DAGs: permissions on the queue page are asked for these."""
        return (self.weekly_dag_id, self.post_dag_id)
