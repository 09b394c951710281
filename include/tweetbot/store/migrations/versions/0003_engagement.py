"""Engagement: source tweets' counts, posted tweets' metrics history, predicted percentiles, ranker evaluations.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
COUNTS = ("likes", "retweets", "replies", "quotes")


def upgrade() -> None:
    with op.batch_alter_table("source_tweets") as batch:
        for name in COUNTS:
            batch.add_column(sa.Column(name, sa.Integer))
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("predicted_percentile", sa.Float))
        batch.add_column(sa.Column("predicted_note", sa.Text))
    with op.batch_alter_table("tweets") as batch:
        batch.add_column(sa.Column("predicted_percentile", sa.Float))
        batch.add_column(sa.Column("predicted_note", sa.Text))
        batch.add_column(sa.Column("x_deleted_at", TS))
    op.create_table(
        "tweet_metrics",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tweet_id", sa.Integer, sa.ForeignKey("tweets.id"), nullable=False),
        sa.Column("fetched_at", TS, nullable=False),
        *(sa.Column(name, sa.Integer, nullable=False) for name in COUNTS),
        sa.Column("impressions", sa.Integer),
    )
    op.create_index("ix_tweet_metrics_tweet", "tweet_metrics", ["tweet_id", "fetched_at"])
    op.create_table(
        "ranker_evaluations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("evaluated_at", TS, nullable=False),
        sa.Column("n_train", sa.Integer, nullable=False),
        sa.Column("n_test", sa.Integer, nullable=False),
        sa.Column("spearman", sa.Float),
        sa.Column("baseline_spearman", sa.Float),
        sa.Column("usable", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_ranker_evaluations_account", "ranker_evaluations", ["account", "evaluated_at"])


def downgrade() -> None:
    op.drop_index("ix_ranker_evaluations_account", "ranker_evaluations")
    op.drop_table("ranker_evaluations")
    op.drop_index("ix_tweet_metrics_tweet", "tweet_metrics")
    op.drop_table("tweet_metrics")
    with op.batch_alter_table("tweets") as batch:
        for name in ("x_deleted_at", "predicted_note", "predicted_percentile"):
            batch.drop_column(name)
    with op.batch_alter_table("candidates") as batch:
        for name in ("predicted_note", "predicted_percentile"):
            batch.drop_column(name)
    with op.batch_alter_table("source_tweets") as batch:
        for name in reversed(COUNTS):
            batch.drop_column(name)
