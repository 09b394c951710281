"""Initial store: source tweets, model runs, candidates, the tweet queue and its event log.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "source_tweets",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("tweet_id", sa.String(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("raw_text", sa.Text, nullable=False),
        sa.Column("is_retweet", sa.Boolean, nullable=False),
        sa.Column("is_reply", sa.Boolean, nullable=False),
        sa.Column("lang", sa.String(16)),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("source_ref", sa.Text, nullable=False),
        sa.Column("imported_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("imported_by", sa.String(200), nullable=False),
        sa.UniqueConstraint("account", "tweet_id", name="uq_source_tweets_account_tweet"),
    )
    op.create_table(
        "model_runs",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("backend", sa.String(32), nullable=False),
        sa.Column("base_model", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("steps", sa.Integer),
        sa.Column("final_loss", sa.Float),
        sa.Column("tokens_seen", sa.Integer),
        sa.Column("tokens_per_s", sa.Float),
        sa.Column("wall_s", sa.Float),
        sa.Column("path", sa.Text),
        sa.Column("params", sa.JSON),
        sa.Column("error", sa.Text),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS),
    )
    op.create_table(
        "candidates",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("batch_id", sa.String(64), nullable=False),
        sa.Column("model_run_id", sa.String(64), sa.ForeignKey("model_runs.id"), nullable=False),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("filter_reason", sa.String(32)),
        sa.Column("staged_at", TS),
        sa.UniqueConstraint("batch_id", "seq", name="uq_candidates_batch_seq"),
    )
    op.create_table(
        "tweets",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("original_text", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("candidate_id", sa.Integer, sa.ForeignKey("candidates.id"), unique=True),
        sa.Column("model_run_id", sa.String(64), sa.ForeignKey("model_runs.id")),
        sa.Column("norm_text", sa.Text, nullable=False),
        sa.Column("position", sa.Integer),
        sa.Column("scheduled_for", TS),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("decided_at", TS),
        sa.Column("decided_by", sa.String(200)),
        sa.Column("approved_at", TS),
        sa.Column("posting_started_at", TS),
        sa.Column("posted_at", TS),
        sa.Column("x_tweet_id", sa.String(32)),
        sa.Column("x_url", sa.Text),
        sa.Column("dry_run", sa.Boolean),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_tweets_status", "tweets", ["account", "status"])
    op.create_index("ix_tweets_norm_text", "tweets", ["account", "norm_text"])
    op.create_table(
        "tweet_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tweet_id", sa.Integer, sa.ForeignKey("tweets.id"), nullable=False),
        sa.Column("from_status", sa.String(16)),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_tweet_events_tweet", "tweet_events", ["tweet_id"])


def downgrade() -> None:
    for table in ("tweet_events", "tweets", "candidates", "model_runs", "source_tweets"):
        op.drop_table(table)
