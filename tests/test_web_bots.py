"""The Tweet queue page with a bots file: reviewing a bot needs edit access to that bot's DAGs and, when
it names reviewers, being one of them; the selector lists every configured bot with its next post run
and whether its X connection exists (else "dry run")."""
from __future__ import annotations

import json
import textwrap

import pytest
from test_web_api import PREFIX, _conn_json, auth, seen

USERS = {"alice": ("user", "alice-pw"), "bob": ("user", "bob-pw"), "carol": ("viewer", "carol-pw")}


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
        with TestClient(create_app()) as client:
            tokens = {}
            for name, (_, pw) in USERS.items():
                response = client.post("/auth/token", json={"username": name, "password": pw})
                assert response.status_code == 201, response.text
                tokens[name] = response.json()["access_token"]
            client.cookies.clear()
            yield client, tokens
    finally:
        patch.undo()


@pytest.fixture
def bots(store, tmp_path, monkeypatch):
    """bot_a (reviewer alice, connected to X), bot_b (reviewer bob, no connection), bot_c (nothing queued);
    three pending tweets each for bot_a and bot_b."""
    from tweetbot.store import queue, runs

    (tmp_path / "t.csv").write_text("id,created_at,text\n1,2024-01-01,hi\n")
    (tmp_path / "bots.yaml").write_text(textwrap.dedent("""\
        defaults:
          source: {type: csv, path: t.csv}
        bots:
          - name: bot_a
            review: {reviewers: [alice]}
          - name: bot_b
            review: {reviewers: [bob]}
          - name: bot_c
        """))
    monkeypatch.setenv("TWEETBOT_BOTS_FILE", str(tmp_path / "bots.yaml"))
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", _conn_json(store.url))
    monkeypatch.setenv("AIRFLOW_CONN_X_BOT_A", json.dumps({
        "conn_type": "http", "login": "ck", "password": "cs",
        "extra": {"access_token": "at", "access_token_secret": "s"}}))
    monkeypatch.delenv("AIRFLOW_CONN_X_BOT_B", raising=False)
    ids = {}
    for account in ("bot_a", "bot_b"):
        runs.start_run(store, run_id=f"run-{account}", account=account, base_model="tiny", params={}, by="test")
        queue.add_candidates(store, batch_id=f"b-{account}", model_run_id=f"run-{account}", account=account,
                             texts=[f"tweet {i} of {account}, about bread and birds" for i in range(3)], by="test")
        ids[account] = queue.stage_batch(store, f"b-{account}", lambda _norms: (lambda t: (t, None)),
                                         by="test").tweet_ids
    return store, ids


def _write(client, tokens, who):
    token = client.get(f"{PREFIX}/api/csrf", headers=auth(tokens, who))
    assert token.status_code == 200, token.text
    return {**auth(tokens, who), "X-Tweetbot-CSRF": token.json()["token"]}


def test_a_reviewer_of_bot_a_is_refused_on_bot_bs_tweets(api, bots):
    from tweetbot.store import queue

    client, tokens = api
    store, ids = bots
    alice = _write(client, tokens, "alice")
    refused = client.post(f"{PREFIX}/api/approve", headers=alice, json={"tweets": seen(store, ids["bot_b"][:1])})
    assert refused.status_code == 403
    assert refused.json()["detail"] == (
        "alice may not review bot_b's tweets: that needs edit permission on tweetbot_weekly__bot_b, "
        "tweetbot_post__bot_b and being one of its reviewers (bob)")
    mixed = client.post(f"{PREFIX}/api/reject", headers=alice,
                        json={"tweets": seen(store, [ids["bot_a"][0], ids["bot_b"][1]])})
    assert mixed.status_code == 403  # all or nothing: bot_a's tweet is not rejected either
    edit = client.post(f"{PREFIX}/api/tweets/{ids['bot_b'][2]}/edit", headers=alice,
                       json={"text": "alice's words", "version": seen(store, ids["bot_b"][2:])[0]["version"]})
    assert edit.status_code == 403
    assert {t["status"] for t in queue.list_tweets(store, ids=ids["bot_a"] + ids["bot_b"])} == {"pending"}

    ok = client.post(f"{PREFIX}/api/approve", headers=alice, json={"tweets": seen(store, ids["bot_a"][:2])})
    assert ok.status_code == 200, ok.text
    bob = _write(client, tokens, "bob")
    assert client.post(f"{PREFIX}/api/approve", headers=bob,
                       json={"tweets": seen(store, ids["bot_a"][2:])}).status_code == 403
    assert client.post(f"{PREFIX}/api/approve", headers=bob,
                       json={"tweets": seen(store, ids["bot_b"][:1])}).status_code == 200
    rows = {t["id"]: t for t in queue.list_tweets(store, ids=ids["bot_a"] + ids["bot_b"])}
    assert [rows[i]["status"] for i in ids["bot_a"]] == ["approved", "approved", "pending"]
    assert [rows[i]["status"] for i in ids["bot_b"]] == ["approved", "pending", "pending"]
    assert rows[ids["bot_a"][0]]["decided_by"] == "airflow-ui:alice"


def test_the_page_lists_every_bot_with_its_next_post_and_connection(api, bots):
    client, tokens = api
    page = client.get(f"{PREFIX}/?view=pending", headers=auth(tokens, "alice"))
    assert page.status_code == 200
    options = page.text[page.text.index('id="account-select"'):page.text.index("</select>")]
    assert 'value="bot_c"' in options  # configured, nothing queued yet
    from tweetbot.web.bots import next_run

    for bot, x in (("bot_a", "X connected"), ("bot_b", "dry run"), ("bot_c", "dry run")):
        # next_run: "not parsed yet" in this session's metadata DB, or "paused" when a test ran the DAG
        assert f"{bot} · next post {next_run(f'tweetbot_post__{bot}')} · {x}" in options

    mine = client.get(f"{PREFIX}/?view=pending&account=bot_a", headers=auth(tokens, "alice")).text
    assert "X connection <code>x_bot_a</code>: connected" in mine and 'data-act="approve"' in mine
    theirs = client.get(f"{PREFIX}/?view=pending&account=bot_b", headers=auth(tokens, "alice")).text
    assert "X connection <code>x_bot_b</code>: <span class=\"dry-run\">dry run</span>" in theirs
    assert 'data-act="approve"' not in theirs and "read-only" in theirs  # alice may look, not review
    overview = client.get(f"{PREFIX}/?view=overview&account=bot_c", headers=auth(tokens, "carol")).text
    assert "tweetbot_post__bot_c" in overview and "read-only" in overview
