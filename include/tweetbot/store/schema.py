"""Tables of the store. Migrations in `migrations/versions` must create exactly this schema.

Nothing is deleted to mark it done: queue rows move through explicit states, every move is
recorded in `tweet_events` with who/what made it.
"""
from __future__ import annotations

import enum
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

metadata = MetaData()


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no offset, so we add it back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: the store only takes timezone-aware times")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class TweetStatus(str, enum.Enum):
    """Queue states: pending → approved/rejected → posting → posted/failed."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    POSTING = "posting"
    POSTED = "posted"
    FAILED = "failed"


source_tweets = Table(
    "source_tweets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account", String(64), nullable=False),
    Column("tweet_id", String(32), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("text", Text, nullable=False),
    Column("raw_text", Text, nullable=False),
    Column("is_retweet", Boolean, nullable=False, default=False),
    Column("is_reply", Boolean, nullable=False, default=False),
    Column("lang", String(16)),
    Column("source_kind", String(16), nullable=False),
    Column("source_ref", Text, nullable=False),
    Column("imported_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("imported_by", String(200), nullable=False),
    # Engagement as the source had it (None: the source carries no such count).
    Column("likes", Integer),
    Column("retweets", Integer),
    Column("replies", Integer),
    Column("quotes", Integer),
    UniqueConstraint("account", "tweet_id", name="uq_source_tweets_account_tweet"),
)

model_runs = Table(
    "model_runs",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("account", String(64), nullable=False),
    Column("backend", String(32), nullable=False, default="gpt2simple"),
    Column("base_model", String(64), nullable=False),
    Column("status", String(16), nullable=False),  # training | succeeded | failed
    Column("steps", Integer),
    Column("final_loss", Float),
    Column("tokens_seen", Integer),
    Column("tokens_per_s", Float),
    Column("wall_s", Float),
    Column("path", Text),
    Column("params", JSON),
    Column("error", Text),
    Column("created_by", String(200), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime()),
    Column("mode", String(16), nullable=False, default="persona", server_default="persona"),
    Column("val_loss", Float),
    Column("val_perplexity", Float),
    Column("serving_val_loss", Float),
    Column("serving_run_id", String(64)),
    Column("promoted", Boolean),
    Column("promotion_note", Text),
    Column("artifact_url", Text),
    Column("report", JSON),
)

# Which run serves (generates) for an account: the newest row wins; rollback appends the one before.
serving_history = Table(
    "serving_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account", String(64), nullable=False),
    Column("model_run_id", String(64), ForeignKey("model_runs.id"), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("by", String(200), nullable=False),
    Column("reason", Text),
    Index("ix_serving_history_account", "account", "id"),
)

candidates = Table(
    "candidates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("batch_id", String(64), nullable=False),
    Column("model_run_id", String(64), ForeignKey("model_runs.id"), nullable=False),
    Column("account", String(64), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("filter_reason", String(32)),  # set when staging dropped it
    Column("filter_detail", Text),  # e.g. the source tweet a near-copy matched
    Column("staged_at", UTCDateTime()),
    # The engagement ranker's percentile among the account's own tweets (0-100); None when the
    # account's ranker does not beat its baseline, with the reason in `predicted_note`.
    Column("predicted_percentile", Float),
    Column("predicted_note", Text),
    UniqueConstraint("batch_id", "seq", name="uq_candidates_batch_seq"),
)

tweets = Table(
    "tweets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("original_text", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("candidate_id", Integer, ForeignKey("candidates.id"), unique=True),
    Column("model_run_id", String(64), ForeignKey("model_runs.id")),
    Column("norm_text", Text, nullable=False),  # normalised text: duplicate detection
    Column("position", Integer),
    Column("scheduled_for", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("decided_at", UTCDateTime()),
    Column("decided_by", String(200)),
    Column("approved_at", UTCDateTime()),
    Column("posting_started_at", UTCDateTime()),
    Column("posted_at", UTCDateTime()),
    Column("x_tweet_id", String(32)),
    Column("x_url", Text),
    Column("dry_run", Boolean),
    Column("attempts", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("version", Integer, nullable=False, default=1),
    Column("mode", String(16), nullable=False, default="persona", server_default="persona"),
    Column("story_id", String(64)),  # story bots: one story per account, told in chapters
    Column("chapter", Integer),
    Column("story_seq", Integer),  # order within the chapter
    Column("in_reply_to_x_id", String(32)),  # the X tweet this one replied to when posted
    Column("predicted_percentile", Float),  # copied from the candidate at staging (see candidates)
    Column("predicted_note", Text),
    Column("x_deleted_at", UTCDateTime()),  # X answered "not found" for its metrics: not asked again
    Index("ix_tweets_status", "account", "status"),
    Index("ix_tweets_story", "story_id", "chapter", "story_seq"),
    Index("ix_tweets_norm_text", "account", "norm_text"),
)

tweet_events = Table(
    "tweet_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tweet_id", Integer, ForeignKey("tweets.id"), nullable=False),
    Column("from_status", String(16)),
    Column("to_status", String(16), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("by", String(200), nullable=False),
    Column("note", Text),
    Index("ix_tweet_events_tweet", "tweet_id"),
)


# One row per posted tweet per metrics fetch (`tweetbot_metrics`): growth over time can be plotted.
# `impressions` is None unless the user-context token may read non_public_metrics.
tweet_metrics = Table(
    "tweet_metrics",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tweet_id", Integer, ForeignKey("tweets.id"), nullable=False),
    Column("fetched_at", UTCDateTime(), nullable=False),
    Column("likes", Integer, nullable=False),
    Column("retweets", Integer, nullable=False),
    Column("replies", Integer, nullable=False),
    Column("quotes", Integer, nullable=False),
    Column("impressions", Integer),
    Index("ix_tweet_metrics_tweet", "tweet_id", "fetched_at"),
)

# Each held-out evaluation of an account's engagement ranker, so its Spearman can be shown over time.
ranker_evaluations = Table(
    "ranker_evaluations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account", String(64), nullable=False),
    Column("evaluated_at", UTCDateTime(), nullable=False),
    Column("n_train", Integer, nullable=False),
    Column("n_test", Integer, nullable=False),
    Column("spearman", Float),
    Column("baseline_spearman", Float),
    Column("usable", Boolean, nullable=False),  # beats the baseline by the required margin
    Column("note", Text),
    Index("ix_ranker_evaluations_account", "account", "evaluated_at"),
)
