"""The Tweet queue page: a FastAPI app the Airflow API server mounts at /tweetbot (see plugins/).

Server-rendered HTML (Jinja2, autoescaped) plus one small vanilla JS file; every change goes through
`tweetbot.store.queue` / `tweetbot.store.schedule`, the same operations the CLI and the HITL task use,
recorded as `airflow-ui:<username>`. Security (login, permissions, CSRF) is in `security.py`.
"""
from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from tweetbot import textgate
from tweetbot.curation.text import MAX_WEIGHTED_LENGTH, weighted_length
from tweetbot.store import queue, queue_stats, runs, schedule
from tweetbot.store.db import Store, connect, current_revision
from tweetbot.web import bots
from tweetbot.web.guard import RequestGuard, validation_detail
from tweetbot.web.security import CSRF_HEADER, EditorDep, Reviewer, ReviewerDep, csrf_token, reviewer

HERE = FilePath(__file__).parent
STATIC = {"queue.js": "text/javascript", "queue.css": "text/css", "icon.svg": "image/svg+xml"}
VIEWS = ("pending", "approved", "posted", "rejected", "failed", "overview")
LIMIT = 500

_NO_BOTS = bots.BotsConfig(path=FilePath("-"))
_env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))

# ---------------------------------------------------------------- the store


_stores: dict[str, Store] = {}
_lock = threading.Lock()


def get_store() -> Store:
    """The store behind the `tweetbot_db` connection (as the DAGs see it), one engine per URL."""
    from tweetbot.airflow.hooks import TweetStoreHook

    url = TweetStoreHook().get_url()
    with _lock:
        if url not in _stores:
            _stores[url] = connect(url)
        return _stores[url]


StoreDep = Annotated[Store, Depends(get_store)]


# ---------------------------------------------------------------- bodies and paths: every value bounded

#: Ids and versions are positive 64-bit integers; beyond the store's columns they are "not found".
MAX_INT = 2**63 - 1
#: A schedule is a time X can still post at: not before 2006 nor after 2100 (and far from datetime's
#: own edges, where converting an offset like +14:00 to UTC overflows).
EARLIEST, LATEST = datetime(2006, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)

TweetId = Annotated[int, Field(ge=1, le=MAX_INT)]
Version = Annotated[int, Field(ge=0, le=MAX_INT)]


def _text(field: str, *, multiline: bool = True):
    def check(value: str | None) -> str | None:
        return None if value is None else textgate.check_text(value, f"field {field!r}", multiline=multiline)

    return AfterValidator(check)


def _utc_in_range(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    try:
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)  # the page sends UTC
    except (OverflowError, ValueError):
        raise ValueError("not a time X can post at") from None
    if not EARLIEST <= value < LATEST:
        raise ValueError(f"must be between {EARLIEST:%Y-%m-%d} and {LATEST:%Y-%m-%d} (UTC)")
    return value


class Body(BaseModel):
    """Every request body: known fields only (a stray key is a client bug worth hearing about)."""

    model_config = ConfigDict(extra="forbid")


class Seen(Body):
    id: TweetId
    version: Version


class Decision(Body):
    tweets: list[Seen] = Field(min_length=1, max_length=LIMIT)
    note: Annotated[str | None, Field(max_length=500), _text("note")] = None


class Edit(Body):
    text: Annotated[str, Field(max_length=4000), _text("text")]
    version: Version


class Order(Body):
    tweets: list[Seen] = Field(min_length=1, max_length=LIMIT)


class Schedule(Body):
    scheduled_for: Annotated[datetime | None, AfterValidator(_utc_in_range)]
    version: Version


PathId = Annotated[int, Path(ge=1, le=MAX_INT)]
Account = Annotated[str | None, Query(max_length=64)]
#: `queue`: the queue's own order; `predicted`: the best predicted engagement first (engagement ranker).
Sort = Annotated[str, Query(pattern="^(" + "|".join(queue.SORTS) + ")$")]


# ---------------------------------------------------------------- helpers


def _fmt(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _public(row: dict) -> dict:
    """A tweet as the page's JavaScript sees it."""
    return {
        "id": row["id"], "account": row["account"], "status": row["status"], "text": row["text"],
        "version": row["version"], "weighted_length": weighted_length(row["text"]),
        "position": row["position"],
        "scheduled_for": row["scheduled_for"].isoformat() if row["scheduled_for"] else None,
        "predicted_percentile": _percentile(row.get("predicted_percentile")),
        "predicted_note": row.get("predicted_note"),
    }


def _percentile(value: float | None) -> int | None:
    """A predicted percentile as the whole number it is (never a fake decimal)."""
    return None if value is None else round(value)


def _next_post_run(account: str | None = None) -> str:
    """When Airflow will next post `account`'s tweets: its bot's post DAG, else tweetbot_post."""
    found = bots.bot(account)
    dag_id = found.post_dag_id if found else "tweetbot_post"
    when = bots.next_run(dag_id)
    if when == "paused":
        return f"never: {dag_id} is paused"
    return f"unknown ({dag_id} is {when})" if when == "not parsed yet" else f"{when} (next {dag_id} run)"


def _accounts_of(store: Store, ids: list[int]) -> set[str]:
    return {row["account"] for row in queue.list_tweets(store, ids=ids)}


def _readable(who: Reviewer, store: Store, account: str | None) -> tuple[list[str], str | None]:
    """The accounts `who` may look at (store's and configured bots'), and the one to show: the one asked
    for (403 when not allowed), else all of them when `who` may read every account, else the first."""
    configured = bots.configured()
    names = set(queue_stats.accounts(store)) | {b.name for b in configured.bots} if configured else set(
        queue_stats.accounts(store))
    accounts = sorted(a for a in names if who.may_read(a))
    if account:
        if not who.may_read(account):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{who.name} may not look at {account}'s tweets")
        return accounts, account
    if who.may_read(None):
        return accounts, None
    if not accounts:
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"{who.name} may not look at any bot's tweets")
    return accounts, accounts[0]


def _loss_curve(run: dict | None) -> bool:
    return bool(run and run.get("path") and (FilePath(run["path"]) / "loss_curve.png").is_file())


# ---------------------------------------------------------------- engagement (issue 13): overview panel, Posted view


def _engagement_panels(store: Store, account: str | None, accounts: list[str], run_list: list[dict]) -> list[dict]:
    """One engagement report per account shown (the chosen one, else each readable account with posted
    tweets), each with the newest of its runs that has an engagement.png."""
    from tweetbot.engagement.report import ENGAGEMENT_PNG, build
    from tweetbot.store.metrics import accounts_with_posted

    shown = [account] if account else [a for a in accounts_with_posted(store) if a in accounts]
    panels = []
    for name in shown:
        png = next((r for r in run_list if r["account"] == name and r.get("path")
                    and (FilePath(r["path"]) / ENGAGEMENT_PNG).is_file()), None)
        panels.append({"report": build(store, name), "png_run": png["id"] if png else None})
    return panels


def _with_metrics(store: Store, rows: list[dict]) -> None:
    """Posted rows get `engagement`: their latest metrics and when they were fetched (None: never)."""
    from tweetbot.store.metrics import with_latest

    with_latest(store, rows)


def _error(exc: ValueError) -> JSONResponse:
    """A refused change: 404 unknown tweet, 409 changed meanwhile, 422 text the gate refuses, else 400."""
    code = (status.HTTP_404_NOT_FOUND if isinstance(exc, queue.NotFoundError)
            else status.HTTP_409_CONFLICT if isinstance(exc, queue.ConflictError)
            else status.HTTP_422_UNPROCESSABLE_CONTENT if isinstance(exc, textgate.TextRefused) else 400)
    return JSONResponse({"detail": str(exc)}, status_code=code)


def _ranking(rows: list[dict]) -> dict:
    """What the pending view says about predicted engagement: how many have a percentile, and why
    the others have none (each reason once)."""
    reasons: dict[str, int] = {}
    for row in rows:
        if row["predicted_percentile"] is None:
            reason = row["predicted_note"] or "staged before the engagement ranker"
            reasons[reason] = reasons.get(reason, 0) + 1
    return {"ranked": sum(1 for r in rows if r["predicted_percentile"] is not None), "reasons": reasons}


def _changed(rows: list[dict]) -> dict:
    return {"tweets": [_public(r) for r in rows]}


# ---------------------------------------------------------------- the app


def create_app() -> FastAPI:
    app = FastAPI(
        title="Tweet queue", docs_url=None, redoc_url=None, openapi_url=None,
        # every route, present and future: an authenticated Airflow user with read access
        dependencies=[Depends(reviewer)],
    )
    app.add_middleware(RequestGuard)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(validation_detail(exc.errors()), status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)

    @app.get("/", response_class=HTMLResponse)
    def page(
        who: ReviewerDep, store: StoreDep,
        view: Annotated[str, Query(pattern="^(" + "|".join(VIEWS) + ")$")] = "pending",
        account: Account = None,
        sort: Sort = "queue",
    ) -> HTMLResponse:
        if current_revision(store) is None:
            accounts, rows, counts = [], [], {s.value: 0 for s in queue.S}
        else:
            accounts, account = _readable(who, store, account)
            counts = queue.count_by_status(store, account)
            rows = [] if view == "overview" else queue.list_tweets(
                store, account=account, status=view, limit=LIMIT, sort=sort if view == "pending" else "queue")
        for row in rows:
            row["weighted_length"] = weighted_length(row["text"])
        notes = queue_stats.last_notes(store, [r["id"] for r in rows]) if rows and view in (
            "rejected", "failed") else {}
        if view == "posted":
            rows.sort(key=lambda r: r["posted_at"] or datetime.min.replace(tzinfo=UTC),
                      reverse=True)
            _with_metrics(store, rows)
        context: dict[str, Any] = {
            "who": who, "view": view, "views": VIEWS, "account": account, "accounts": accounts,
            "rows": rows, "counts": counts, "notes": notes, "fmt": _fmt, "limit": LIMIT, "sort": sort,
            "ranking": _ranking(rows) if view == "pending" else None, "percentile": _percentile,
            "max_length": MAX_WEIGHTED_LENGTH, "csrf": csrf_token(who) if who.can_edit else "",
            "csrf_header": CSRF_HEADER, "ready": bool(accounts) or current_revision(store) is not None,
            "all_readable": who.may_read(None), "may_review": who.may_review,
            "can_review": who.may_review(account) if account else who.can_edit,
            "bot_status": {b.name: bots.status(b) for b in (bots.configured() or _NO_BOTS).bots if b.name in accounts},
        }
        if view == "overview" and context["ready"]:
            run_list = runs.list_runs(store, account)
            latest = run_list[0] if run_list else None
            context.update(
                by_account=queue_stats.counts_by(store, "account", account),
                by_run=queue_stats.counts_by(store, "model_run_id", account),
                runs={r["id"]: r for r in run_list},
                latest=latest, loss_curve=_loss_curve(latest),
                filters=queue_stats.filter_counts(store, latest["id"]) if latest else {},
                next_tweet=queue_stats.next_scheduled(store, account), next_run=_next_post_run(account),
                engagement=_engagement_panels(store, account, accounts, run_list),
            )
        html = _env.get_template("queue.html").render(**context)
        return HTMLResponse(html, headers={
            "Cache-Control": "no-store",
            "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                                       "frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
            "X-Content-Type-Options": "nosniff",
        })

    @app.get("/static/{name}")
    def static(name: Annotated[str, Path(max_length=64)]) -> Response:
        if name not in STATIC:
            raise HTTPException(status.HTTP_404_NOT_FOUND)
        return FileResponse(HERE / "static" / name, media_type=STATIC[name],
                            headers={"Cache-Control": "no-cache"})

    @app.get("/runs/{run_id}/loss_curve.png")
    def loss_curve(run_id: Annotated[str, Path(max_length=64)], who: ReviewerDep, store: StoreDep) -> Response:
        run = runs.get_run(store, run_id)
        if run and not who.may_read(run["account"]):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{who.name} may not look at {run['account']}'s runs")
        if not _loss_curve(run):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "this run has no loss curve")
        return FileResponse(FilePath(run["path"]) / "loss_curve.png", media_type="image/png")

    @app.get("/runs/{run_id}/engagement.png")
    def engagement_png(run_id: Annotated[str, Path(max_length=64)], who: ReviewerDep, store: StoreDep) -> Response:
        from tweetbot.engagement.report import ENGAGEMENT_PNG

        run = runs.get_run(store, run_id)
        if run and not who.may_read(run["account"]):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{who.name} may not look at {run['account']}'s runs")
        if not (run and run.get("path") and (FilePath(run["path"]) / ENGAGEMENT_PNG).is_file()):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "this run has no engagement report")
        return FileResponse(FilePath(run["path"]) / ENGAGEMENT_PNG, media_type="image/png")

    @app.get("/api/tweets")
    def list_tweets(who: ReviewerDep, store: StoreDep,
                    status_: Annotated[str | None, Query(alias="status", max_length=16)] = None,
                    account: Account = None, sort: Sort = "queue") -> dict:
        if status_ and status_ not in {s.value for s in queue.S}:
            raise HTTPException(400, f"unknown status {status_!r}")
        if not who.may_read(account):
            whose = f"{account}'s" if account else "every account's"
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{who.name} may not look at {whose} tweets")
        return _changed(queue.list_tweets(store, account=account, status=status_, limit=LIMIT, sort=sort))

    @app.get("/api/csrf")
    def csrf(who: ReviewerDep) -> dict:
        """A CSRF token for scripts that use a Bearer token (the page embeds its own)."""
        if not who.can_edit:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{who.name} may not change the queue")
        return {"header": CSRF_HEADER, "token": csrf_token(who)}

    def decide(store: Store, body: Decision, to: queue.S, who, note: str | None = None):
        who.require_review(_accounts_of(store, [t.id for t in body.tweets]))
        try:
            return _changed(schedule.decide_seen(
                store, {t.id: t.version for t in body.tweets}, to, by=who.by, note=note))
        except queue.QueueError as exc:
            return _error(exc)

    @app.post("/api/approve")
    def approve(who: EditorDep, store: StoreDep, body: Decision):
        return decide(store, body, queue.S.APPROVED, who)

    @app.post("/api/reject")
    def reject(who: EditorDep, store: StoreDep, body: Decision):
        return decide(store, body, queue.S.REJECTED, who, body.note)

    @app.post("/api/to-pending")
    def to_pending(who: EditorDep, store: StoreDep, body: Decision):
        """Send approved tweets back, or restore rejected/failed ones, to pending."""
        return decide(store, body, queue.S.PENDING, who, body.note or "back to review")

    @app.post("/api/tweets/{tweet_id}/edit")
    def edit(tweet_id: PathId, who: EditorDep, store: StoreDep, body: Edit):
        who.require_review(_accounts_of(store, [tweet_id]))
        try:
            row = queue.edit_text(store, tweet_id, body.text, by=who.by,
                                  expected_version=body.version, where="field 'text'")
        except (queue.QueueError, textgate.TextRefused) as exc:
            return _error(exc)
        return _changed([row])

    @app.post("/api/reorder")
    def reorder(who: EditorDep, store: StoreDep, body: Order):
        who.require_review(_accounts_of(store, [t.id for t in body.tweets]))
        try:
            rows = schedule.reorder(store, [(t.id, t.version) for t in body.tweets], by=who.by)
        except queue.QueueError as exc:
            return _error(exc)
        return _changed(rows)

    @app.post("/api/tweets/{tweet_id}/schedule")
    def set_schedule(tweet_id: PathId, who: EditorDep, store: StoreDep, body: Schedule):
        who.require_review(_accounts_of(store, [tweet_id]))
        try:
            row = schedule.set_schedule(store, tweet_id, body.scheduled_for, by=who.by,
                                        expected_version=body.version)
        except queue.QueueError as exc:
            return _error(exc)
        return _changed([row])

    return app


__all__ = ["create_app"]
