"""Model runs and which one serves.

One `model_runs` row per training attempt, so a failed or retried run never hides the history. Which
run serves (is used by generation) is the newest `serving_history` row of the account: promotion and
rollback only ever append rows, so the history of what served when is never lost.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.store.schema import model_runs, serving_history

TRAINING, SUCCEEDED, FAILED = "training", "succeeded", "failed"
#: serving_history.reason of a rollback row starts with this: rollbacks undo, they do not push.
ROLLBACK = "rollback"


class LifecycleError(ValueError):
    """A promotion or rollback that cannot be made (unknown or failed run, nothing to roll back to)."""


class ServingChanged(LifecycleError):
    """Another promotion or rollback changed the serving run while this one was being evaluated."""


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
               tokens_seen: int, tokens_per_s: float, wall_s: float, artifact_url: str | None = None,
               report: dict[str, Any] | None = None) -> None:
    with store.begin() as conn:
        conn.execute(
            update(model_runs).where(model_runs.c.id == run_id).values(
                status=SUCCEEDED, path=path, steps=steps, final_loss=final_loss,
                tokens_seen=tokens_seen, tokens_per_s=tokens_per_s, wall_s=wall_s,
                artifact_url=artifact_url, report=report, finished_at=utcnow(),
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
    """The newest run that finished training (not necessarily serving: see `serving_run`)."""
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


# ---------------------------------------------------------------------------------- serving


def _history(conn, account: str) -> list[dict]:
    rows = conn.execute(
        select(serving_history).where(serving_history.c.account == account).order_by(serving_history.c.id)
    )
    return [dict(r._mapping) for r in rows]


def _current(conn, account: str) -> str | None:
    row = conn.execute(
        select(serving_history.c.model_run_id).where(serving_history.c.account == account)
        .order_by(serving_history.c.id.desc()).limit(1)
    ).first()
    return row[0] if row else None


def serving_history_rows(store: Store, account: str) -> list[dict]:
    """Every promotion and rollback of the account, oldest first."""
    with store.connect() as conn:
        return _history(conn, account)


def serving_run_id(store: Store, account: str) -> str | None:
    """The run that generates for `account` now: the newest serving_history row."""
    with store.connect() as conn:
        return _current(conn, account)


def serving_run(store: Store, account: str) -> dict | None:
    run_id = serving_run_id(store, account)
    return get_run(store, run_id) if run_id else None


def serving_ids(store: Store) -> dict[str, str]:
    """{account: serving run id} for every account with one."""
    newest = {}
    with store.connect() as conn:
        for account, run_id in conn.execute(
            select(serving_history.c.account, serving_history.c.model_run_id).order_by(serving_history.c.id)
        ):
            newest[account] = run_id
    return newest


def _insert_serving(conn, account: str, run_id: str, by: str, reason: str) -> None:
    conn.execute(serving_history.insert().values(
        account=account, model_run_id=run_id, at=utcnow(), by=by, reason=reason[:4000]))


def _servable(conn, run_id: str) -> dict:
    row = conn.execute(select(model_runs).where(model_runs.c.id == run_id)).first()
    if row is None:
        raise LifecycleError(f"no model run {run_id!r}")
    run = dict(row._mapping)
    if run["status"] != SUCCEEDED:
        raise LifecycleError(f"run {run_id} is {run['status']}: only a succeeded run can serve")
    return run


def promote(store: Store, run_id: str, *, by: str, reason: str = "promoted by hand") -> bool:
    """Make a succeeded run serve its account; False (and nothing written) if it already does."""
    with store.begin() as conn:
        run = _servable(conn, run_id)
        if _current(conn, run["account"]) == run_id:
            return False
        _insert_serving(conn, run["account"], run_id, by, reason)
    return True


def _stack(history: list[dict]) -> list[str]:
    """What served, as a stack: a promotion pushes, a rollback pops back to the one before."""
    stack: list[str] = []
    for row in history:
        if (row["reason"] or "").startswith(ROLLBACK):
            if stack:
                stack.pop()
            if not stack or stack[-1] != row["model_run_id"]:
                stack.append(row["model_run_id"])
        else:
            stack.append(row["model_run_id"])
    return stack


def rollback(store: Store, account: str, *, by: str) -> dict:
    """Serve again the run that served before the current one was promoted; returns that run.

    Repeated rollbacks walk further back (A, B, C serving → B → A), like undo.
    """
    with store.begin() as conn:
        stack = _stack(_history(conn, account))
        if len(stack) < 2:
            current = f" (only {stack[0]} has served)" if stack else " (nothing has served yet)"
            raise LifecycleError(f"{account}: no earlier serving run to roll back to{current}")
        current, target = stack[-1], stack[-2]
        run = _servable(conn, target)
        _insert_serving(conn, account, target, by, f"{ROLLBACK} from {current}")
    return run


def record_evaluation(
    store: Store, run_id: str, *, val_loss: float | None, val_perplexity: float | None,
    serving_run_id: str | None, serving_val_loss: float | None, promoted: bool, note: str,
    report: dict[str, Any], by: str,
) -> None:
    """Store a run's held-out numbers and promotion decision, and promote it, in ONE transaction.

    `serving_run_id` is the run it was compared with; if another promotion or rollback changed the
    serving run meanwhile, ServingChanged is raised and nothing is written (evaluate again).
    """
    with store.begin() as conn:
        run = _servable(conn, run_id)
        if _current(conn, run["account"]) != serving_run_id:
            raise ServingChanged(
                f"{run['account']}: the serving run changed from {serving_run_id} while {run_id} was evaluated")
        conn.execute(update(model_runs).where(model_runs.c.id == run_id).values(
            val_loss=val_loss, val_perplexity=val_perplexity, serving_run_id=serving_run_id,
            serving_val_loss=serving_val_loss, promoted=promoted, promotion_note=note[:4000], report=report,
        ))
        if promoted and serving_run_id != run_id:
            _insert_serving(conn, run["account"], run_id, by, f"evaluation: {note}")


def update_report(store: Store, run_id: str, report: dict[str, Any]) -> None:
    with store.begin() as conn:
        conn.execute(update(model_runs).where(model_runs.c.id == run_id).values(report=report))
