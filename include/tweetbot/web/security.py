"""Who may use the Tweet queue page: Airflow's own login, Airflow's own permissions, and CSRF.

Airflow does not authenticate plugin FastAPI apps, so every route here depends on `reviewer`:

* **Authentication** is Airflow's: `airflow.api_fastapi.core_api.security.get_user` reads the JWT the
  Airflow UI keeps in its `_token` cookie (or an `Authorization: Bearer` token from `POST /auth/token`)
  and asks the configured auth manager for the user. No token → 401, a bad one → 403.
* **Authorization** asks the auth manager too: looking needs read access (GET) to the bot's DAGs,
  changing the queue needs edit access (PUT) to every one of them (`BOT_DAGS`).
* **CSRF**: every state-changing request must carry `X-Tweetbot-CSRF`, a token the page embeds,
  signed with the API server's secret key and bound to the user. A cross-site page cannot read it;
  requests the browser marks cross-site (`Sec-Fetch-Site`) or from another `Origin` are refused even
  with it, and the body must be JSON (which a cross-site HTML form cannot send).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from airflow.api_fastapi.auth.managers.models.base_user import BaseUser
from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, HTTPException, Request, status

#: The DAGs whose permissions decide who may look at (GET) and change (PUT) the queue.
BOT_DAGS = ("tweetbot_weekly", "tweetbot_post")
CSRF_HEADER = "X-Tweetbot-CSRF"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass(frozen=True)
class Reviewer:
    user: BaseUser
    name: str
    can_edit: bool

    @property
    def by(self) -> str:
        """What the store records as the author of a decision."""
        return f"airflow-ui:{self.name}"


def _dag_details(dag_id: str):
    from airflow.api_fastapi.auth.managers.models.resource_details import DagDetails
    from airflow.configuration import conf

    team_name = None
    if conf.getboolean("core", "multi_team", fallback=False):
        from airflow.models.dag import DagModel

        team_name = DagModel.get_team_name(dag_id)
    return DagDetails(id=dag_id, team_name=team_name)


def _allowed(user: BaseUser, method: str) -> bool:
    from airflow.api_fastapi.app import get_auth_manager

    manager = get_auth_manager()
    return all(manager.is_authorized_dag(method=method, details=_dag_details(d), user=user)
               for d in BOT_DAGS)


def reviewer(user: Annotated[BaseUser, Depends(get_user)]) -> Reviewer:
    """Every route: an authenticated Airflow user who may at least read the bot's DAGs."""
    if not _allowed(user, "GET"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "you may not view the tweetbot DAGs")
    return Reviewer(user=user, name=user.get_name(), can_edit=_allowed(user, "PUT"))


ReviewerDep = Annotated[Reviewer, Depends(reviewer)]


# ---------------------------------------------------------------- CSRF


def _key() -> bytes:
    from airflow.api_fastapi.auth.tokens import get_signing_key

    return hashlib.sha256(b"tweetbot-csrf:" + get_signing_key("api", "secret_key").encode()).digest()


def _sign(name: str, nonce: str) -> str:
    return hmac.new(_key(), f"{name}\n{nonce}".encode(), hashlib.sha256).hexdigest()


def csrf_token(who: Reviewer) -> str:
    """A fresh token for this user (any number may be valid at once; they carry no state)."""
    nonce = secrets.token_urlsafe(16)
    return f"{nonce}.{_sign(who.name, nonce)}"


def _csrf_ok(token: str | None, name: str) -> bool:
    if not token or "." not in token:
        return False
    nonce, _, mac = token.partition(".")
    return hmac.compare_digest(mac, _sign(name, nonce))


def editor(request: Request, who: ReviewerDep) -> Reviewer:
    """State-changing routes: edit permission on the bot's DAGs and a valid same-origin CSRF token."""
    if not who.can_edit:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            f"{who.name} may look at the queue but not change it "
                            f"(needs edit permission on {', '.join(BOT_DAGS)})")
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-site request refused")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("x-forwarded-host") or request.headers.get("host", "")
        if urlsplit(origin).netloc != host:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-origin request refused")
    elif origin == "null":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-origin request refused")
    if not _csrf_ok(request.headers.get(CSRF_HEADER), who.name):
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            f"missing or invalid {CSRF_HEADER} token: reload the page")
    if request.method not in SAFE_METHODS and not request.headers.get(
            "content-type", "").startswith("application/json"):
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "send JSON")
    return who


EditorDep = Annotated[Reviewer, Depends(editor)]
