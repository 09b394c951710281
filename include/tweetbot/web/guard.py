"""What reaches the Tweet queue app at all, checked before a route, a login or a database sees it.

* **Bodies** are at most `MAX_BODY` bytes. A declared `Content-Length` over it is refused (413) before
  a byte is read; a chunked body is counted as it arrives and refused as soon as it passes the limit.
  Authentication comes later (FastAPI reads the body before it resolves dependencies), so this is what
  keeps an anonymous 48 MB POST from being read into memory.
* **Addresses**: a path or query string with a control character or a lone surrogate (`%00`, `%1B`)
  is refused (400): Postgres cannot compare text with NUL, and no such name exists in the store.
  Over-long ones are refused too (414).
* **422 answers** say which field is wrong and why, in one line a person can read (`detail`), and
  never echo the input back: a rejected 40 KB text is not returned to the sender.
"""
from __future__ import annotations

import json
from urllib.parse import unquote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tweetbot.textgate import is_clean, printable

#: The largest body the app accepts: a decision on 500 tweets is ~25 KB, an edit of 4,000 characters
#: at most 24 KB of escaped JSON.
MAX_BODY = 64 * 1024
MAX_PATH = 2048
MAX_QUERY = 4096


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class RequestGuard:
    """ASGI middleware: the body limit and the address check above, for every request of the app."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._address_refusal(scope) or self._length_refusal(scope)
        if refusal:
            await _answer(send, *refusal)
            return
        body, disconnected = bytearray(), False
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                disconnected = True
                break
            body += message.get("body", b"")
            if len(body) > self.max_body:
                await _answer(send, 413, f"request body over {self.max_body // 1024} KiB")
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive, disconnected), send)

    def _length_refusal(self, scope: Scope) -> tuple[int, str] | None:
        for key, value in scope.get("headers", []):
            if key == b"content-length":
                if not value.isdigit():
                    return 400, "bad Content-Length"
                if int(value) > self.max_body:
                    return 413, f"request body over {self.max_body // 1024} KiB"
        return None

    @staticmethod
    def _address_refusal(scope: Scope) -> tuple[int, str] | None:
        path = scope.get("path", "")
        query = scope.get("query_string", b"").decode("latin-1")
        if len(path) > MAX_PATH or len(query) > MAX_QUERY:
            return 414, "address too long"
        if not is_clean(path) or not is_clean(unquote(query, errors="surrogateescape")):
            return 400, "control characters or broken escapes are not allowed in the address"
        return None


def _replay(body: bytes, receive: Receive, disconnected: bool) -> Receive:
    """A `receive` that hands the app the body already read, then defers to the server's."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            if disconnected:
                return {"type": "http.disconnect"}
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def validation_detail(errors: list[dict]) -> dict:
    """A 422 body: `detail` is one line per problem ("text: String should have at most 4000
    characters"), `errors` the same as data; never the input, never more than a few hundred bytes each."""
    problems = []
    for error in errors[:10]:
        loc = [printable(str(part))[:60] for part in error.get("loc", ()) if part != "body"]
        msg = printable(str(error.get("msg", "invalid")))[:300]
        problems.append({"loc": loc, "msg": msg, "type": str(error.get("type", ""))[:60]})
    detail = "; ".join(f"{'.'.join(p['loc']) or 'body'}: {p['msg']}" for p in problems) or "invalid request"
    return {"detail": detail, "errors": problems}
