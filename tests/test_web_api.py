"""The Tweet queue page through Airflow's own API app, in process: login, permissions, CSRF, XSS,
concurrent reviewers, and that every decision lands in the store as `airflow-ui:<user>`.

The session's conftest makes everybody an admin (ALL_ADMINS) for the DAG tests' REST calls; this
module turns that off and configures real users for its own app, and puts it back afterwards.
"""
from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit

import pytest
from sqlalchemy.engine import make_url

XSS = "<script>alert(1)</script><img src=x onerror=alert(1)>"
USERS = {"admin": ("admin", "admin-pw"), "editor": ("user", "editor-pw"), "reader": ("viewer", "reader-pw")}
PREFIX = "/tweetbot"


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    """Airflow's API app with real users (SimpleAuthManager), the plugin mounted at /tweetbot."""
    from airflow.api_fastapi.app import create_app
    from airflow_run import init_metadata_db
    from fastapi.testclient import TestClient

    init_metadata_db()
    passwords = tmp_path_factory.mktemp("auth") / "passwords.json"
    passwords.write_text(json.dumps({name: pw for name, (_, pw) in USERS.items()}))
    patch = pytest.MonkeyPatch()
    patch.setenv("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS", "False")
    patch.setenv("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS",
                 ",".join(f"{name}:{role}" for name, (role, _) in USERS.items()))
    patch.setenv("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE", str(passwords))
    try:
        app = create_app()
        with TestClient(app) as client:
            tokens = {}
            for name, (_, pw) in USERS.items():
                response = client.post("/auth/token", json={"username": name, "password": pw})
                assert response.status_code == 201, response.text
                tokens[name] = response.json()["access_token"]
            client.cookies.clear()
            yield client, tokens
    finally:
        patch.undo()


def _conn_json(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return json.dumps({"conn_type": "sqlite", "host": parsed.database})
    return json.dumps({"conn_type": "postgres", "host": parsed.host, "port": parsed.port,
                       "login": parsed.username, "password": parsed.password, "schema": parsed.database})


@pytest.fixture
def seeded(store, monkeypatch):
    """The `tweetbot_db` connection points at a fresh migrated store (SQLite or Postgres) with
    6 pending tweets for `fieldnotes_bot` and 1 for `other_bot`."""
    from tweetbot.store import queue, runs

    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", _conn_json(store.url))
    ids = []
    for account, texts in (("fieldnotes_bot", [f"field note number {i}, about bread and birds" for i in range(5)]
                            + [XSS]), ("other_bot", ["a tweet from the other bot"])):
        runs.start_run(store, run_id=f"run-{account}", account=account, base_model="tiny", params={}, by="test")
        queue.add_candidates(store, batch_id=f"b-{account}", model_run_id=f"run-{account}", account=account,
                             texts=texts, by="test")
        ids += queue.stage_batch(store, f"b-{account}", lambda _norms: (lambda t: (t, None)), by="test").tweet_ids
    return store, ids


def auth(tokens, who):
    return {"Authorization": f"Bearer {tokens[who]}"}


def csrf(client, tokens, who) -> str:
    response = client.get(f"{PREFIX}/api/csrf", headers=auth(tokens, who))
    assert response.status_code == 200, response.text
    return response.json()["token"]


def write_headers(client, tokens, who="editor"):
    return {**auth(tokens, who), "X-Tweetbot-CSRF": csrf(client, tokens, who)}


def seen(store, ids):
    from tweetbot.store import queue

    version = {r["id"]: r["version"] for r in queue.list_tweets(store, ids=ids)}
    return [{"id": i, "version": version[i]} for i in ids]  # in the order given


# ---------------------------------------------------------------- authentication


def _plugin_routes():
    """Every route of the plugin's app, with its path parameters filled in."""
    from fastapi.routing import APIRoute

    from tweetbot.web.app import create_app

    out = []
    for route in create_app().routes:
        assert isinstance(route, APIRoute), f"{route!r}: only API routes (which carry the app's auth)"
        path = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: "1" if "id" in m.group(1) else "x", route.path)
        out += [(method, PREFIX + path) for method in sorted(route.methods - {"HEAD"})]
    return out


def test_every_route_refuses_anonymous_and_forged_tokens(api, seeded):
    client, _ = api
    routes = _plugin_routes()
    assert len(routes) >= 10  # the page, static, loss curve, list, csrf, and the writes
    for method, path in routes:
        for headers in ({}, {"Authorization": "Bearer not-a-jwt"}, {"Cookie": "_token=not-a-jwt"}):
            response = client.request(method, path, headers=headers, json={})
            assert response.status_code in (401, 403), (method, path, headers, response.status_code)


def test_plugin_is_mounted_and_in_the_nav(api, seeded):
    client, tokens = api
    plugins = client.get("/api/v2/plugins", headers=auth(tokens, "admin")).json()["plugins"]
    views = [v for p in plugins for v in p["external_views"]]
    assert {"name": "Tweet queue", "href": "/tweetbot/", "url_route": "tweet-queue"}.items() <= next(
        v for v in views if v["name"] == "Tweet queue").items()
    page = client.get(f"{PREFIX}/", headers=auth(tokens, "editor"))
    assert page.status_code == 200 and "Tweet queue" in page.text
    assert "frame-ancestors 'self'" in page.headers["content-security-policy"]


def test_the_airflow_ui_cookie_is_enough_to_read(api, seeded):
    client, tokens = api
    client.cookies.set("_token", tokens["reader"])
    try:
        response = client.get(f"{PREFIX}/?view=pending")
        assert response.status_code == 200
        assert "read-only" in response.text
    finally:
        client.cookies.clear()


# ---------------------------------------------------------------- authorization


def test_reader_can_look_but_not_change(api, seeded):
    client, tokens = api
    store, ids = seeded
    from tweetbot.store import queue

    for view in ("pending", "approved", "posted", "rejected", "failed", "overview"):
        response = client.get(f"{PREFIX}/?view={view}", headers=auth(tokens, "reader"))
        assert response.status_code == 200, (view, response.text)
    page = client.get(f"{PREFIX}/", headers=auth(tokens, "reader")).text
    assert 'data-act="approve"' not in page and '<meta name="csrf-token" content="">' in page
    assert client.get(f"{PREFIX}/api/tweets?status=pending", headers=auth(tokens, "reader")).status_code == 200
    assert client.get(f"{PREFIX}/api/csrf", headers=auth(tokens, "reader")).status_code == 403
    # even with a valid editor's token in hand, the reader's own identity decides
    editor_token = csrf(client, tokens, "editor")
    for path, body in ((f"{PREFIX}/api/approve", {"tweets": seen(store, ids[:1])}),
                       (f"{PREFIX}/api/reject", {"tweets": seen(store, ids[:1])}),
                       (f"{PREFIX}/api/tweets/{ids[0]}/edit", {"text": "hijacked", "version": 1})):
        response = client.post(path, json=body,
                               headers={**auth(tokens, "reader"), "X-Tweetbot-CSRF": editor_token})
        assert response.status_code == 403, (path, response.text)
        assert "may look at the queue but not change it" in response.json()["detail"]
    assert queue.count_by_status(store)["pending"] == 7
    assert queue.list_tweets(store, ids=ids[:1])[0]["text"].startswith("field note")


# ---------------------------------------------------------------- CSRF


def test_state_changes_need_a_same_origin_csrf_token(api, seeded):
    client, tokens = api
    store, ids = seeded
    from tweetbot.store import queue

    client.cookies.set("_token", tokens["editor"])  # the browser's ambient credential
    try:
        body = {"tweets": seen(store, ids[:1])}
        token = csrf(client, tokens, "editor")
        forged = token.split(".")[0] + "." + "0" * 64
        refused = [
            ({}, "no token"),
            ({"X-Tweetbot-CSRF": forged}, "forged signature"),
            ({"X-Tweetbot-CSRF": "garbage"}, "garbage"),
            ({"X-Tweetbot-CSRF": token, "Sec-Fetch-Site": "cross-site"}, "cross-site fetch"),
            ({"X-Tweetbot-CSRF": token, "Sec-Fetch-Site": "same-site"}, "sibling subdomain"),
            ({"X-Tweetbot-CSRF": token, "Origin": "https://evil.example"}, "foreign origin"),
            ({"X-Tweetbot-CSRF": token, "Origin": "null"}, "sandboxed origin"),
        ]
        for headers, why in refused:
            response = client.post(f"{PREFIX}/api/approve", json=body, headers=headers)
            assert response.status_code == 403, (why, response.status_code, response.text)
        # what a cross-site HTML form can send: urlencoded, no custom header
        response = client.post(f"{PREFIX}/api/approve", data={"tweets": "1"},
                               headers={"Origin": "https://evil.example"})
        assert response.status_code == 403
        response = client.post(f"{PREFIX}/api/approve", content=json.dumps(body),
                               headers={"X-Tweetbot-CSRF": token, "Content-Type": "text/plain"})
        assert response.status_code == 415
        assert queue.count_by_status(store)["approved"] == 0, "nothing may have changed"
        # the same request, same origin, with the token the page embeds: accepted
        page = client.get(f"{PREFIX}/").text
        page_token = html.unescape(re.search(r'<meta name="csrf-token" content="([^"]+)"', page).group(1))
        response = client.post(f"{PREFIX}/api/approve", json=body, headers={
            "X-Tweetbot-CSRF": page_token, "Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"})
        assert response.status_code == 200, response.text
        assert queue.count_by_status(store)["approved"] == 1
    finally:
        client.cookies.clear()


# ---------------------------------------------------------------- XSS


def test_tweet_text_is_always_rendered_as_text(api, seeded):
    client, tokens = api
    store, ids = seeded
    headers = write_headers(client, tokens)
    # the payload arrives both from the model (staged) and from an edit (original kept in title=)
    response = client.post(f"{PREFIX}/api/tweets/{ids[0]}/edit", headers=headers,
                           json={"text": XSS + " edited", "version": seen(store, ids[:1])[0]["version"]})
    assert response.status_code == 200, response.text
    client.post(f"{PREFIX}/api/approve", headers=headers, json={"tweets": seen(store, ids[1:2])})
    for view in ("pending", "approved", "overview"):
        page = client.get(f"{PREFIX}/?view={view}", headers=auth(tokens, "editor")).text
        assert "<script>alert" not in page and "<img src=x" not in page, view
        assert "onerror=alert(1)" not in page.replace("onerror=alert(1)&gt;", ""), view
    pending = client.get(f"{PREFIX}/?view=pending", headers=auth(tokens, "editor")).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in pending
    assert pending.count("<script") == 1  # only the page's own <script src=static/queue.js>
    # the JSON API returns the text as data, for textContent
    data = client.get(f"{PREFIX}/api/tweets?status=pending", headers=auth(tokens, "editor")).json()
    assert XSS in [t["text"] for t in data["tweets"]]


def test_pending_sorts_best_predicted_first_and_says_why_not(api, seeded):
    """The engagement ranker's order: best percentile first, tweets without one last (in queue order),
    the percentile shown as a whole number and the reason for the others said once."""
    from sqlalchemy import update

    from tweetbot.store.schema import tweets

    client, tokens = api
    store, ids = seeded
    mine = ids[:6]  # fieldnotes_bot's
    with store.begin() as conn:
        for tweet_id, percentile in ((mine[1], 37.0), (mine[3], 88.0), (mine[4], 5.0)):
            conn.execute(update(tweets).where(tweets.c.id == tweet_id).values(predicted_percentile=percentile))
        conn.execute(update(tweets).where(tweets.c.id.in_([mine[0], mine[2], mine[5]]))
                     .values(predicted_note="not enough engagement history: 12 tweets with counts"))
    best_first = [mine[3], mine[1], mine[4], mine[0], mine[2], mine[5]]
    url = f"{PREFIX}/api/tweets?status=pending&account=fieldnotes_bot"
    data = client.get(url + "&sort=predicted", headers=auth(tokens, "reader")).json()["tweets"]
    assert [t["id"] for t in data] == best_first
    assert [t["predicted_percentile"] for t in data] == [88, 37, 5, None, None, None]
    assert data[3]["predicted_note"].startswith("not enough engagement history")
    assert [t["id"] for t in client.get(url, headers=auth(tokens, "reader")).json()["tweets"]] == mine
    assert client.get(url + "&sort=random", headers=auth(tokens, "reader")).status_code == 422
    page = client.get(f"{PREFIX}/?view=pending&account=fieldnotes_bot&sort=predicted",
                      headers=auth(tokens, "editor")).text
    order = [int(i) for i in re.findall(r'<li class="tweet"[^>]* data-id="(\d+)"', page)]
    assert order == best_first
    assert "predicted percentile 88" in page and "<b>best predicted engagement first</b>" in page
    assert page.count("no predicted percentile for 3: not enough engagement history: 12 tweets with counts") == 1
    queue_order = client.get(f"{PREFIX}/?view=pending&account=fieldnotes_bot", headers=auth(tokens, "editor")).text
    assert [int(i) for i in re.findall(r'<li class="tweet"[^>]* data-id="(\d+)"', queue_order)] == mine
    assert "sort=predicted" in queue_order  # the link to the other order


# ---------------------------------------------------------------- the editor's work


def test_editor_reviews_and_the_store_records_who(api, seeded):
    client, tokens = api
    store, ids = seeded
    from tweetbot.store import queue

    h = write_headers(client, tokens)
    a, b, c, d, e = ids[:5]
    assert client.post(f"{PREFIX}/api/approve", headers=h, json={"tweets": seen(store, [a, b, c])}).status_code == 200
    assert client.post(f"{PREFIX}/api/reject", headers=h,
                       json={"tweets": seen(store, [d]), "note": "off voice"}).status_code == 200
    response = client.post(f"{PREFIX}/api/tweets/{e}/edit", headers=h,
                           json={"text": "a better field note 🐦 https://example.com/x", "version": 1})
    assert response.status_code == 200, response.text
    assert response.json()["tweets"][0]["weighted_length"] == 20 + 2 + 1 + 23  # X's rule: emoji 2, URL 23
    # too long by X's weighted count (CJK counts 2): refused with the count, nothing changed
    response = client.post(f"{PREFIX}/api/tweets/{e}/edit", headers=h, json={"text": "鳥" * 141, "version": 2})
    assert response.status_code == 400 and "282" in response.json()["detail"]
    # reorder the approved ones: c first
    response = client.post(f"{PREFIX}/api/reorder", headers=h, json={"tweets": seen(store, [c, a, b])})
    assert response.status_code == 200, response.text
    assert [t["id"] for t in queue.list_tweets(store, status="approved")] == [c, a, b]
    # schedule one, send one back, restore the rejected one
    response = client.post(f"{PREFIX}/api/tweets/{b}/schedule", headers=h,
                           json={"scheduled_for": "2031-01-02T03:04:00Z", "version": seen(store, [b])[0]["version"]})
    assert response.status_code == 200, response.text
    assert queue.list_tweets(store, ids=[b])[0]["scheduled_for"].isoformat() == "2031-01-02T03:04:00+00:00"
    assert client.post(f"{PREFIX}/api/to-pending", headers=h, json={"tweets": seen(store, [a])}).status_code == 200
    assert client.post(f"{PREFIX}/api/to-pending", headers=h, json={"tweets": seen(store, [d])}).status_code == 200
    status = {t["id"]: t["status"] for t in queue.list_tweets(store, ids=ids[:5])}
    assert status == {a: "pending", b: "approved", c: "approved", d: "pending", e: "pending"}
    # every change is an event by airflow-ui:editor, through the same store operations as the CLI
    for tweet_id in (a, b, c, d, e):
        mine = [ev for ev in queue.events_for(store, tweet_id) if ev["by"] != "test"]
        assert mine and all(ev["by"] == "airflow-ui:editor" for ev in mine), mine
    assert queue.list_tweets(store, ids=[a])[0]["decided_by"] == "airflow-ui:editor"
    rejected_note = [ev["note"] for ev in queue.events_for(store, d) if ev["to_status"] == "rejected"]
    assert rejected_note == ["off voice"]
    # the views show it: reason on rejected, position/schedule on approved, bots in the selector
    client.post(f"{PREFIX}/api/reject", headers=h, json={"tweets": seen(store, [d]), "note": "still off"})
    rejected = client.get(f"{PREFIX}/?view=rejected", headers=auth(tokens, "reader")).text
    assert "still off" in rejected and "airflow-ui:editor" in rejected
    approved = client.get(f"{PREFIX}/?view=approved&account=fieldnotes_bot", headers=auth(tokens, "reader")).text
    assert "scheduled 2031-01-02 03:04 UTC" in approved and "other_bot" in approved  # selector option
    assert approved.index(f'data-id="{c}"') < approved.index(f'data-id="{b}"')
    overview = client.get(f"{PREFIX}/?view=overview", headers=auth(tokens, "reader")).text
    assert "run-fieldnotes_bot" in overview and "Next post" in overview


def test_posted_and_failed_views(api, seeded):
    client, tokens = api
    store, ids = seeded
    from tweetbot.store import queue

    queue.approve(store, ids[:3], by="test")
    for i in range(3):
        claimed = queue.claim_next_approved(store, account="fieldnotes_bot", by="test")
        if i == 0:
            queue.mark_posted(store, claimed["id"], x_tweet_id="1234", x_url="https://x.com/fieldnotes_bot/status/1234",
                              dry_run=False, by="test")
        elif i == 1:
            queue.mark_posted(store, claimed["id"], x_tweet_id=None, x_url=None, dry_run=True, by="test")
        else:
            queue.mark_failed(store, claimed["id"], error="X said: <b>text is a duplicate</b>", by="test",
                              retry=False)
    posted = client.get(f"{PREFIX}/?view=posted", headers=auth(tokens, "reader")).text
    assert 'href="https://x.com/fieldnotes_bot/status/1234"' in posted
    assert "dry run (not sent to X)" in posted
    failed = client.get(f"{PREFIX}/?view=failed", headers=auth(tokens, "reader")).text
    assert "X said: &lt;b&gt;text is a duplicate&lt;/b&gt;" in failed
    failed_id = queue.list_tweets(store, status="failed")[0]["id"]
    h = write_headers(client, tokens)
    response = client.post(f"{PREFIX}/api/to-pending", headers=h, json={"tweets": seen(store, [failed_id])})
    assert response.status_code == 200
    # a posted tweet is out of review's hands
    posted_id = queue.list_tweets(store, status="posted")[0]["id"]
    response = client.post(f"{PREFIX}/api/to-pending", headers=h, json={"tweets": seen(store, [posted_id])})
    assert response.status_code == 400 and "out of review's hands" in response.json()["detail"]


# ---------------------------------------------------------------- concurrent reviewers


def test_second_reviewer_gets_409_and_nothing_is_overwritten(api, seeded):
    client, tokens = api
    store, ids = seeded
    from tweetbot.store import queue

    tweet_id = ids[0]
    old = seen(store, [tweet_id])  # both reviewers loaded the page at this version
    # reviewer 1 (the CLI, the HITL task or another browser) saves first
    queue.edit_text(store, tweet_id, "reviewer one's version", by="cli:alice", expected_version=old[0]["version"])
    h = write_headers(client, tokens)
    response = client.post(f"{PREFIX}/api/tweets/{tweet_id}/edit", headers=h,
                           json={"text": "reviewer two's version", "version": old[0]["version"]})
    assert response.status_code == 409
    assert "changed by someone else" in response.json()["detail"]
    response = client.post(f"{PREFIX}/api/approve", headers=h, json={"tweets": old})
    assert response.status_code == 409 and "reload" in response.json()["detail"]
    row = queue.list_tweets(store, ids=[tweet_id])[0]
    assert (row["text"], row["status"]) == ("reviewer one's version", "pending")
    # bulk decisions are all or nothing: one stale tweet refuses the whole batch
    response = client.post(f"{PREFIX}/api/reject", headers=h, json={"tweets": seen(store, ids[1:3]) + old})
    assert response.status_code == 409
    assert queue.count_by_status(store)["rejected"] == 0


def test_conflict_message_reaches_the_page_script(api, seeded):
    """The page's JS shows the server's `detail` for a 409 (prefixed 'Not saved:')."""
    client, tokens = api
    js = client.get(f"{PREFIX}/static/queue.js", headers=auth(tokens, "reader"))
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert "response.status === 409" in js.text and "textContent" in js.text and "innerHTML" not in js.text
    assert client.get(f"{PREFIX}/static/..%2Fapp.py", headers=auth(tokens, "reader")).status_code == 404


def test_loss_curve_shows_only_when_the_run_has_one(api, seeded, tmp_path):
    client, tokens = api
    store, _ = seeded
    from sqlalchemy import update

    from tweetbot.store.schema import model_runs

    with store.begin() as conn:
        conn.execute(update(model_runs).where(model_runs.c.id == "run-other_bot").values(path=str(tmp_path)))
    page = client.get(f"{PREFIX}/?view=overview&account=other_bot", headers=auth(tokens, "reader")).text
    assert "loss_curve.png" not in page
    assert client.get(f"{PREFIX}/runs/run-other_bot/loss_curve.png", headers=auth(tokens, "reader")).status_code == 404
    (tmp_path / "loss_curve.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    page = client.get(f"{PREFIX}/?view=overview&account=other_bot", headers=auth(tokens, "reader")).text
    assert 'src="runs/run-other_bot/loss_curve.png"' in page
    image = client.get(f"{PREFIX}/runs/run-other_bot/loss_curve.png", headers=auth(tokens, "reader"))
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert urlsplit(str(image.url)).path.startswith(PREFIX)
