"""Model runs: one row per training attempt, so a failed or retried run never hides the history."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.store.schema import model_runs

TRAINING, SUCCEEDED, FAILED = "training", "succeeded", "failed"


def start_run(
    store: Store, *, run_id: str, account: str, base_model: str, params: dict[str, Any], by: str,
    backend: str = "gpt2simple",
) -> None:
    with store.begin() as conn:
        conn.execute(
            model_runs.insert().values(
                id=run_id, account=account, backend=backend, base_model=base_model,
                status=TRAINING, params=params, created_by=by, started_at=utcnow(),
            )
        )


def finish_run(store: Store, run_id: str, *, path: str, steps: int, final_loss: float,
               tokens_seen: int, tokens_per_s: float, wall_s: float) -> None:
    with store.begin() as conn:
        conn.execute(
            update(model_runs).where(model_runs.c.id == run_id).values(
                status=SUCCEEDED, path=path, steps=steps, final_loss=final_loss,
                tokens_seen=tokens_seen, tokens_per_s=tokens_per_s, wall_s=wall_s,
                finished_at=utcnow(),
            )
        )


def fail_run(store: Store, run_id: str, error: str) -> None:
    with store.begin() as conn:
        conn.execute(
            update(model_runs).where(model_runs.c.id == run_id)
            .values(status=FAILED, error=error[:4000], finished_at=utcnow())
        )


def get_run(store: Store, run_id: str) -> dict | None:
    with store.connect() as conn:
        row = conn.execute(select(model_runs).where(model_runs.c.id == run_id)).first()
    return dict(row._mapping) if row else None


def latest_succeeded_run(store: Store, account: str) -> dict | None:
    """The newest run that finished training: what generation uses when not told otherwise."""
    with store.connect() as conn:
        row = conn.execute(
            select(model_runs)
            .where(model_runs.c.account == account, model_runs.c.status == SUCCEEDED)
            .order_by(model_runs.c.finished_at.desc())
            .limit(1)
        ).first()
    return dict(row._mapping) if row else None


def list_runs(store: Store, account: str | None = None) -> list[dict]:
    query = select(model_runs).order_by(model_runs.c.started_at.desc())
    if account:
        query = query.where(model_runs.c.account == account)
    with store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
