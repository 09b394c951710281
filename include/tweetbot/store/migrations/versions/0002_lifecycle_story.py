"""Model lifecycle (held-out evaluation, promotion, artifacts) and story bots (ordered threads).

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("model_runs") as batch:
        batch.add_column(sa.Column("mode", sa.String(16), nullable=False, server_default="persona"))
        batch.add_column(sa.Column("val_loss", sa.Float))
        batch.add_column(sa.Column("val_perplexity", sa.Float))
        batch.add_column(sa.Column("serving_val_loss", sa.Float))  # the serving model, same held-out set
        batch.add_column(sa.Column("serving_run_id", sa.String(64)))  # which model that was
        batch.add_column(sa.Column("promoted", sa.Boolean))  # None: not decided yet
        batch.add_column(sa.Column("promotion_note", sa.Text))
        batch.add_column(sa.Column("artifact_url", sa.Text))
        batch.add_column(sa.Column("report", sa.JSON))  # summary: steps, tokens, tok/s, losses, curve path
    op.create_table(
        "serving_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("model_run_id", sa.String(64), sa.ForeignKey("model_runs.id"), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text),
    )
    op.create_index("ix_serving_history_account", "serving_history", ["account", "id"])
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("filter_detail", sa.Text))
    with op.batch_alter_table("tweets") as batch:
        batch.add_column(sa.Column("mode", sa.String(16), nullable=False, server_default="persona"))
        batch.add_column(sa.Column("story_id", sa.String(64)))
        batch.add_column(sa.Column("chapter", sa.Integer))
        batch.add_column(sa.Column("story_seq", sa.Integer))
        batch.add_column(sa.Column("in_reply_to_x_id", sa.String(32)))
    op.create_index("ix_tweets_story", "tweets", ["story_id", "chapter", "story_seq"])


def downgrade() -> None:
    op.drop_index("ix_tweets_story", "tweets")
    with op.batch_alter_table("tweets") as batch:
        for name in ("in_reply_to_x_id", "story_seq", "chapter", "story_id", "mode"):
            batch.drop_column(name)
    with op.batch_alter_table("candidates") as batch:
        batch.drop_column("filter_detail")
    op.drop_index("ix_serving_history_account", "serving_history")
    op.drop_table("serving_history")
    with op.batch_alter_table("model_runs") as batch:
        for name in ("report", "artifact_url", "promotion_note", "promoted", "serving_run_id",
                     "serving_val_loss", "val_perplexity", "val_loss", "mode"):
            batch.drop_column(name)
