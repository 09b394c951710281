"""Who may use the Tweet queue page: Airflow's own login, Airflow's own permissions, and CSRF.

Airflow does not authenticate plugin FastAPI apps, so every route here depends on `reviewer`:

* **Authentication** is Airflow's: `airflow.api_fastapi.core_api.security.get_user` reads the JWT the
  Airflow UI keeps in its `_token` cookie (or an `Authorization: Bearer` token from `POST /auth/token`)
  and asks the configured auth manager for the user. No token → 401, a bad one → 403.
* **Authorization** asks the auth manager too, per bot: looking at a bot's tweets needs read access
  (GET) to its DAGs, reviewing them edit access (PUT) to both (`tweetbot_weekly__<bot>` and
  `tweetbot_post__<bot>` for a bot of the bots file, `tweetbot_weekly` and `tweetbot_post` for any
  other account) and, when the bot names reviewers, being one of them (the auth manager's HITL rule,
  as for the review step's Required Action). Someone who may review bot A cannot approve bot B's.
* **CSRF**: every state-changing request must carry `X-Tweetbot-CSRF`, a token the page embeds,
  signed with the API server's secret key, bound to the user and to the expiry of the login session
  (the JWT's `exp`): it stops working when the session does. A cross-site page cannot read it;
  requests the browser marks cross-site (`Sec-Fetch-Site`) or from another origin (scheme, host and
  port) are refused even with it, and the body must be JSON (which a cross-site HTML form cannot send).
* **Which origin is ours**: the one the request reached — its scheme as the API server sees it (from
  `X-Forwarded-Proto` only when Airflow runs with `airflow api-server --proxy-headers`, which is when
  uvicorn trusts it, and only from `FORWARDED_ALLOW_IPS`) and its `Host` header — or the origin of
  Airflow's `[api] base_url`, the public address behind a proxy that rewrites `Host`. A client-sent
  `X-Forwarded-Host` is never read: Airflow itself does not trust it.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated
from urllib.parse import urlsplit

from airflow.api_fastapi.auth.managers.models.base_user import BaseUser
from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, HTTPException, Request, status

from tweetbot.web.bots import EXAMPLE_DAGS, configured, dags_of, reviewers_of

#: The DAGs whose permissions decide for accounts that no bot configures (a bot's: `web.bots.dags_of`).
BOT_DAGS = EXAMPLE_DAGS
CSRF_HEADER = "X-Tweetbot-CSRF"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass(frozen=True)
class Reviewer:
    user: BaseUser
    name: str
    can_edit: bool  # may review at least one bot
    session_expires: int = 0  # the login's JWT `exp` (epoch seconds): CSRF tokens die with it
    _answers: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def by(self) -> str:
        """What the store records as the author of a decision."""
        return f"airflow-ui:{self.name}"

    def may_read(self, account: str | None) -> bool:
        """May look at `account`'s tweets (None: every account's: the example DAGs and every bot's)."""
        if account is None:
            return all(self._asked(a, "GET") for a in [None, *_bot_names()])
        return self._asked(account, "GET")

    def may_review(self, account: str) -> bool:
        """May decide, edit and order `account`'s tweets."""
        return self._asked(account, "PUT")

    def _asked(self, account: str | None, method: str) -> bool:
        key = (account, method)
        if key not in self._answers:
            self._answers[key] = _allowed(self.user, method, account)
        return self._answers[key]

    def require_review(self, accounts: Iterable[str]) -> None:
        """403 unless this user may review every one of `accounts`."""
        refused = sorted({a for a in accounts if not self.may_review(a)})
        if refused:
            account = refused[0]
            who = reviewers_of(account)
            raise HTTPException(status.HTTP_403_FORBIDDEN, (
                f"{self.name} may not review {', '.join(refused)}'s tweets: that needs edit permission on "
                f"{', '.join(dags_of(account))}" + (f" and being one of its reviewers ({', '.join(sorted(who))})"
                                                    if who else "")))


def _dag_details(dag_id: str):
    from airflow.api_fastapi.auth.managers.models.resource_details import DagDetails
    from airflow.configuration import conf

    team_name = None
    if conf.getboolean("core", "multi_team", fallback=False):
        from airflow.models.dag import DagModel

        team_name = DagModel.get_team_name(dag_id)
    return DagDetails(id=dag_id, team_name=team_name)


def _allowed(user: BaseUser, method: str, account: str | None = None) -> bool:
    """GET: read access to the account's DAGs; PUT: edit access to them and, when the account's bot names
    reviewers, being one (None: the example DAGs)."""
    from airflow.api_fastapi.app import get_auth_manager

    manager = get_auth_manager()
    if not all(manager.is_authorized_dag(method=method, details=_dag_details(d), user=user)
               for d in dags_of(account)):
        return False
    reviewers = reviewers_of(account) if method != "GET" else set()
    return not reviewers or manager.is_authorized_hitl_task(assigned_users=reviewers, user=user)


def _bot_names() -> list[str]:
    bots = configured()
    return [b.name for b in bots.bots] if bots else []


def reviewer(request: Request, user: Annotated[BaseUser, Depends(get_user)]) -> Reviewer:
    """Every route: an authenticated Airflow user who may at least read the example DAGs or a bot's."""
    names = [None, *_bot_names()]
    if not any(_allowed(user, "GET", a) for a in names):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "you may not view the tweetbot DAGs")
    return Reviewer(user=user, name=user.get_name(), can_edit=any(_allowed(user, "PUT", a) for a in names),
                    session_expires=_session_expiry(request))


def _now() -> float:
    return time.time()


def _session_expiry(request: Request) -> int:
    """When the login behind this request ends: the `exp` of the JWT `get_user` accepted (the Bearer
    token if one was sent, else the UI's `_token` cookie). Its signature was checked there; only the
    claim is read here. A token without one counts as Airflow's configured lifetime from now."""
    import jwt
    from airflow.api_fastapi.auth.managers.base_auth_manager import COOKIE_NAME_JWT_TOKEN
    from airflow.configuration import conf

    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    token = credentials.strip() if scheme.lower() == "bearer" else request.cookies.get(COOKIE_NAME_JWT_TOKEN)
    try:
        exp = jwt.decode(token or "", options={"verify_signature": False}).get("exp")
    except jwt.InvalidTokenError:
        exp = None
    if isinstance(exp, int | float) and exp > 0:
        return int(exp)
    return int(_now()) + conf.getint("api_auth", "jwt_expiration_time", fallback=86400)


ReviewerDep = Annotated[Reviewer, Depends(reviewer)]


# ---------------------------------------------------------------- CSRF


def _key() -> bytes:
    from airflow.api_fastapi.auth.tokens import get_signing_key

    return hashlib.sha256(b"tweetbot-csrf:" + get_signing_key("api", "secret_key").encode()).digest()


def _sign(name: str, nonce: str, expires: str) -> str:
    return hmac.new(_key(), f"{name}\n{nonce}\n{expires}".encode(), hashlib.sha256).hexdigest()


def csrf_token(who: Reviewer) -> str:
    """A fresh token for this user, valid until their login session expires (any number may be valid
    at once; they carry no server-side state): `nonce.expiry.signature`."""
    nonce, expires = secrets.token_urlsafe(16), str(who.session_expires)
    return f"{nonce}.{expires}.{_sign(who.name, nonce, expires)}"


def _csrf_problem(token: str | None, name: str) -> str | None:
    """Why `token` is not a valid CSRF token of `name` now, or None when it is."""
    parts = (token or "").split(".")
    if len(parts) != 3 or not parts[1].isdigit() or not hmac.compare_digest(
            parts[2].encode(), _sign(name, parts[0], parts[1]).encode()):
        return f"missing or invalid {CSRF_HEADER} token: reload the page"
    if int(parts[1]) <= _now():
        return f"the {CSRF_HEADER} token expired with the login session it came from: reload the page"
    return None


def _our_origins(request: Request) -> set[str]:
    """The origins a same-origin request of ours can carry (see the module's docstring)."""
    from airflow.configuration import conf

    origins = {_origin(f"{request.url.scheme}://{request.headers.get('host', '')}")}
    base_url = conf.get("api", "base_url", fallback="") or ""
    if "://" in base_url:
        origins.add(_origin(base_url))
    return origins


def _origin(url: str) -> str:
    """scheme://host[:port] in lower case, the default port left out (as browsers send Origin)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return "invalid"
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    host = (parts.hostname or "").lower()
    host = f"[{host}]" if ":" in host else host
    return f"{parts.scheme.lower()}://{host}" + (f":{port}" if port and port != default else "")


def editor(request: Request, who: ReviewerDep) -> Reviewer:
    """State-changing routes: edit permission on the bot's DAGs and a valid same-origin CSRF token."""
    if not who.can_edit:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            f"{who.name} may look at the queue but not change it "
                            f"(needs edit permission on {', '.join(BOT_DAGS)} or on a bot's DAGs)")
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-site request refused")
    origin = request.headers.get("origin")
    if origin is not None and _origin(origin) not in _our_origins(request):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-origin request refused")
    problem = _csrf_problem(request.headers.get(CSRF_HEADER), who.name)
    if problem:
        raise HTTPException(status.HTTP_403_FORBIDDEN, problem)
    if request.method not in SAFE_METHODS and not request.headers.get(
            "content-type", "").startswith("application/json"):
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "send JSON")
    return who


EditorDep = Annotated[Reviewer, Depends(editor)]
