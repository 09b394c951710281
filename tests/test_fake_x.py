"""The local fake X: real tweepy (through XClient) must get X's answers, and bad signatures must fail.

Every test starts its own FakeX on a free port, so they share nothing and can run in any order.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
import requests
import tweepy
from requests_oauthlib import OAuth1

from tweetbot.testing.fake_x import DUPLICATE, TOO_LONG, UNAUTHORIZED, UNSUPPORTED_AUTH, FakeX
from tweetbot.x.client import (
    XAuthError,
    XClient,
    XCredentials,
    XDuplicate,
    XError,
    XRateLimited,
    XRejected,
    XUnavailable,
)


@pytest.fixture
def fake():
    with FakeX() as server:
        yield server


@pytest.fixture
def client(fake: FakeX) -> XClient:
    return XClient(XCredentials(**fake.credentials), timeout=5)


def oauth(fake: FakeX, **overrides) -> OAuth1:
    """requests' OAuth1 signer with the fake's keys (what tweepy uses underneath)."""
    keys = dict(client_key=fake.consumer_key, client_secret=fake.consumer_secret,
                resource_owner_key=fake.access_token, resource_owner_secret=fake.access_token_secret)
    keys.update(overrides)
    return OAuth1(**keys)


def signed(fake: FakeX, method: str, path: str, **kwargs) -> requests.PreparedRequest:
    auth = kwargs.pop("auth", None) or oauth(fake)
    return requests.Request(method, fake.url + path, auth=auth, **kwargs).prepare()


class _Rewrite(requests.Session):
    """tweepy hard-codes api.twitter.com; point a plain tweepy.Client at the fake (as client.py does)."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base

    def request(self, method, url, *args, **kwargs):
        return super().request(method, url.replace("https://api.twitter.com", self.base), *args, **kwargs)


def tweepy_client(fake: FakeX) -> tweepy.Client:
    creds = {k: v for k, v in fake.credentials.items() if k != "base_url"}
    c = tweepy.Client(**creds)
    c.session = _Rewrite(fake.url)
    return c


# ---------------------------------------------------------------- posting


def test_post_and_reply_through_xclient(fake: FakeX, client: XClient) -> None:
    first = client.post("the first field note")
    reply = client.post("and a reply", in_reply_to=first.id)

    posted = fake.posted
    assert [p["id"] for p in posted] == [first.id, reply.id]
    assert len(first.id) == 19 and int(reply.id) > int(first.id)
    assert first.url == f"https://x.com/fieldnotes_bot/status/{first.id}"
    assert posted[0]["in_reply_to_tweet_id"] is None
    assert posted[1]["in_reply_to_tweet_id"] == first.id
    assert posted[1]["created_at"].endswith("Z")


def test_two_users_each_post_and_read_as_themselves(fake: FakeX) -> None:
    """Each access token is its own account: its posts land on its timeline, its duplicate check is its own."""
    second = fake.add_user("second_bot", access_token="at-2", access_token_secret="ats-2")
    first_client = XClient(XCredentials(**fake.credentials))
    second_client = XClient(XCredentials(**second.credentials))
    a = first_client.post("the same words on two accounts")
    b = second_client.post("the same words on two accounts")  # not a duplicate: another account
    second_client.post("only on the second account")
    assert [t["id"] for t in fake.posted] == [a.id]
    assert [t["text"] for t in second.posted] == ["the same words on two accounts", "only on the second account"]
    assert b.url.startswith("https://x.com/second_bot/status/") and a.id != b.id
    assert [t["id"] for t in fake.timeline] == [a.id]
    with pytest.raises(XDuplicate):
        second_client.post("only on the second account")
    wrong = XCredentials(**{**second.credentials, "access_token_secret": fake.access_token_secret})
    with pytest.raises(XAuthError):
        XClient(wrong).post("signed with another user's secret")
    with pytest.raises(ValueError, match="must be new"):
        fake.add_user("third", access_token="at-2")


def test_create_answer_has_xs_shape(fake: FakeX) -> None:
    response = tweepy_client(fake).create_tweet(text="shape check")
    assert response.data == {"id": fake.posted[0]["id"], "text": "shape check",
                             "edit_history_tweet_ids": [fake.posted[0]["id"]]}


def test_reply_to_missing_tweet_is_xs_403(fake: FakeX, client: XClient) -> None:
    with pytest.raises(XError) as err:
        client.post("into the void", in_reply_to="1234567890123456789")
    assert err.value.status == 403 and "deleted or not visible" in str(err.value)
    assert fake.posted == []


def test_duplicate_text_is_xduplicate(fake: FakeX, client: XClient) -> None:
    client.post("say it once")
    with pytest.raises(XDuplicate, match="duplicate content"):
        client.post("say it once")
    fake.seed("an old tweet from the archive")
    with pytest.raises(XDuplicate):
        client.post("an old tweet from the archive")
    raw = requests.Session().send(signed(fake, "POST", "/2/tweets", json={"text": "say it once"}))
    assert raw.status_code == 403 and raw.json() == DUPLICATE


def test_weighted_length_limit(fake: FakeX, client: XClient) -> None:
    client.post("あ" * 140)  # CJK weighs 2: exactly 280
    with pytest.raises(XRejected) as err:
        client.post("い" * 141)
    assert err.value.status == 400 and "Your Tweet text is too long" in str(err.value)
    with pytest.raises(XRejected):
        client.post("a" * 281)
    raw = requests.Session().send(signed(fake, "POST", "/2/tweets", json={"text": "b" * 281}))
    assert raw.json()["errors"] == [{"message": TOO_LONG}]
    assert raw.json()["title"] == "Invalid Request"
    assert raw.json()["type"] == "https://api.twitter.com/2/problems/invalid-request"
    assert len(fake.posted) == 1


def test_empty_text_and_non_json_body_are_400(fake: FakeX, client: XClient) -> None:
    with pytest.raises(XRejected):
        client.post("   ")
    form = requests.Session().send(signed(fake, "POST", "/2/tweets", data={"text": "form encoded"}))
    assert form.status_code == 400
    assert form.json()["errors"][0]["message"] == ("Requests with bodies must have content-type of "
                                                  "application/json.")


# ---------------------------------------------------------------- OAuth 1.0a


def test_wrong_consumer_secret_is_xautherror(fake: FakeX) -> None:
    creds = XCredentials(**{**fake.credentials, "consumer_secret": "not-the-secret"})
    with pytest.raises(XAuthError) as err:
        XClient(creds, timeout=5).post("never lands")
    assert err.value.status == 401
    assert fake.posted == [] and fake.requests_seen == [("POST", "/2/tweets", 401)]


@pytest.mark.parametrize("field", ["consumer_key", "access_token", "access_token_secret"])
def test_any_wrong_key_is_401(fake: FakeX, field: str) -> None:
    creds = XCredentials(**{**fake.credentials, field: "wrong"})
    with pytest.raises(XAuthError):
        XClient(creds, timeout=5).post("never lands")


def test_missing_or_malformed_authorization_is_401(fake: FakeX) -> None:
    plain = requests.post(fake.url + "/2/tweets", json={"text": "no auth"}, timeout=5)
    assert plain.status_code == 401 and plain.json() == UNAUTHORIZED
    assert plain.headers["Content-Type"] == "application/problem+json"
    assert "x-rate-limit-limit" not in plain.headers  # X sends none before auth
    junk = requests.post(fake.url + "/2/tweets", json={"text": "x"}, headers={"Authorization": "OAuth junk"},
                         timeout=5)
    assert junk.status_code == 401


def test_replayed_nonce_is_401(fake: FakeX) -> None:
    request = signed(fake, "POST", "/2/tweets", json={"text": "sent twice"})
    session = requests.Session()
    assert session.send(request).status_code == 201
    again = session.send(request)
    assert again.status_code == 401 and again.json() == UNAUTHORIZED
    assert len(fake.posted) == 1


def test_stale_timestamp_is_401(fake: FakeX) -> None:
    stale = oauth(fake, timestamp=str(int(time.time()) - 3600))
    response = requests.Session().send(signed(fake, "POST", "/2/tweets", json={"text": "late"}, auth=stale))
    assert response.status_code == 401
    near = oauth(fake, timestamp=str(int(time.time()) - 60))  # within the 300 s skew
    assert requests.Session().send(signed(fake, "POST", "/2/tweets", json={"text": "ok"}, auth=near)).ok


def test_json_body_is_not_signed_but_query_is(fake: FakeX) -> None:
    session = requests.Session()
    post = signed(fake, "POST", "/2/tweets", json={"text": "original"})
    post.prepare_body(data=None, files=None, json={"text": "tampered"})
    assert session.send(post).status_code == 201
    assert fake.posted[0]["text"] == "tampered"

    path = f"/2/users/{fake.user['id']}/tweets"
    good = signed(fake, "GET", path, params={"max_results": 5})
    assert session.send(good).status_code == 200
    bad = signed(fake, "GET", path, params={"max_results": 5})
    bad.url = bad.url.replace("max_results=5", "max_results=6")
    assert session.send(bad).status_code == 401


def test_form_body_params_are_signed(fake: FakeX) -> None:
    session = requests.Session()
    honest = signed(fake, "POST", "/2/tweets", data={"text": "a"})
    assert session.send(honest).status_code == 400  # past auth: X then wants JSON
    forged = signed(fake, "POST", "/2/tweets", data={"text": "a"})
    forged.prepare_body(data={"text": "b"}, files=None)
    assert session.send(forged).status_code == 401


# ---------------------------------------------------------------- faults and limits


def test_injected_429_is_xratelimited_with_reset(fake: FakeX, client: XClient) -> None:
    fake.inject(429, reset_in_s=120)
    before = datetime.now(UTC).timestamp()
    with pytest.raises(XRateLimited) as err:
        client.post("too soon")
    assert abs(err.value.reset_at.timestamp() - (before + 120)) < 3
    assert fake.posted == []
    assert client.post("later").text == "later"  # the fault was used up


def test_rate_limit_budget_and_headers(fake: FakeX) -> None:
    with FakeX(rate_limit=(2, 900)) as small:
        session = requests.Session()
        first = session.send(signed(small, "POST", "/2/tweets", json={"text": "one"}))
        second = session.send(signed(small, "POST", "/2/tweets", json={"text": "two"}))
        third = session.send(signed(small, "POST", "/2/tweets", json={"text": "three"}))
        assert [r.status_code for r in (first, second, third)] == [201, 201, 429]
        assert first.headers["x-rate-limit-limit"] == "2"
        assert [r.headers["x-rate-limit-remaining"] for r in (first, second, third)] == ["1", "0", "0"]
        assert int(third.headers["x-rate-limit-reset"]) - time.time() == pytest.approx(900, abs=5)
        assert third.json() == {"title": "Too Many Requests", "detail": "Too Many Requests",
                                "type": "about:blank", "status": 429}
        with pytest.raises(XRateLimited):
            XClient(XCredentials(**small.credentials), timeout=5).post("four")


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_xunavailable(fake: FakeX, client: XClient, status: int) -> None:
    fake.inject(status)
    with pytest.raises(XUnavailable) as err:
        client.post("not now")
    assert err.value.status == status
    assert fake.posted == []


def test_injected_400_and_401(fake: FakeX, client: XClient) -> None:
    fake.inject(400)
    fake.inject(401)
    with pytest.raises(XRejected):
        client.post("one")
    with pytest.raises(XAuthError):
        client.post("two")


def test_timeout_fault_is_xunavailable_and_posts_nothing(fake: FakeX) -> None:
    fake.inject("timeout", hang_s=3)
    started = time.monotonic()
    with pytest.raises(XUnavailable, match="no answer"):
        XClient(XCredentials(**fake.credentials), timeout=0.5).post("lost in transit")
    assert time.monotonic() - started < 2
    assert fake.posted == []


def test_accept_then_hang_posts_but_client_never_hears(fake: FakeX) -> None:
    fake.inject("accept_then_hang", hang_s=3)
    client = XClient(XCredentials(**fake.credentials), timeout=0.5)
    with pytest.raises(XUnavailable):
        client.post("did it land?")
    assert [p["text"] for p in fake.posted] == ["did it land?"]
    with pytest.raises(XDuplicate):  # the retry learns it from X
        client.post("did it land?")


def test_inject_only_matching_path(fake: FakeX, client: XClient) -> None:
    fake.inject(503, path=f"/2/users/{fake.user['id']}/tweets")
    client.post("posting is fine")
    with pytest.raises(XUnavailable):
        client.recent_tweets()
    with pytest.raises(ValueError):
        fake.inject(418)


def test_post_delay_and_bench_counters(fake: FakeX, client: XClient) -> None:
    fake.post_delay_s = 0.2
    started = time.monotonic()
    client.post("slow lane")
    assert time.monotonic() - started >= 0.2
    assert fake.serve_seconds >= 0.2
    assert fake.requests_seen == [("POST", "/2/tweets", 201), ("GET", "/2/users/me", 200)]


# ---------------------------------------------------------------- reading


def test_recent_tweets_newest_first_with_seeded(fake: FakeX, client: XClient) -> None:
    old = fake.seed("from the archive", "1400000000000000000")
    newer = fake.seed("seeded later")
    mine = client.post("posted now")
    assert [t["id"] for t in client.recent_tweets()] == [mine.id, newer, old]
    assert client.recent_tweets()[0] == {"id": mine.id, "text": "posted now"}


@pytest.mark.parametrize("user_auth", [True, False], ids=["oauth1", "bearer"])
def test_pagination_over_250_tweets(fake: FakeX, user_auth: bool) -> None:
    seeded = {fake.seed(f"archived tweet {i}") for i in range(250)}
    pages = list(tweepy.Paginator(tweepy_client(fake).get_users_tweets, fake.user["id"], max_results=100,
                                  user_auth=user_auth))
    assert [p.meta["result_count"] for p in pages] == [100, 100, 50]
    assert "next_token" not in pages[-1].meta
    ids = [str(t.id) for p in pages for t in p.data]
    assert len(ids) == 250 and set(ids) == seeded
    assert ids == sorted(ids, key=int, reverse=True)
    assert pages[0].meta["newest_id"] == ids[0] and pages[-1].meta["oldest_id"] == ids[-1]


def test_timeline_filters_and_fields(fake: FakeX) -> None:
    root = fake.seed("root")
    fake.seed("a reply", in_reply_to=root)
    top = fake.seed("top level")
    path = f"/2/users/{fake.user['id']}/tweets"
    session = requests.Session()

    def get(**params):
        return session.send(signed(fake, "GET", path, params=params))

    no_replies = get(exclude="retweets,replies", max_results=5).json()
    assert [t["id"] for t in no_replies["data"]] == [top, root]
    since = get(since_id=root, **{"tweet.fields": "created_at"}).json()
    assert since["meta"]["result_count"] == 2 and all("created_at" in t for t in since["data"])
    assert get(since_id=top).json() == {"meta": {"result_count": 0}}
    bad = get(max_results=3)
    assert bad.status_code == 400 and bad.json() == {
        "errors": [{"parameters": {"max_results": ["3"]},
                    "message": "The `max_results` query parameter value [3] is not between 5 and 100"}],
        "title": "Invalid Request", "detail": "One or more parameters to your request was invalid.",
        "type": "https://api.twitter.com/2/problems/invalid-request"}
    assert get(max_results=101).status_code == 400
    assert get(**{"tweet.fields": "bogus"}).status_code == 400
    assert get(unknown="1").status_code == 400


def test_users_me_and_by_username(fake: FakeX, client: XClient) -> None:
    assert client.me() == (fake.user["id"], "fieldnotes_bot")
    bearer = {"Authorization": f"Bearer {fake.bearer_token}"}
    found = requests.get(fake.url + "/2/users/by/username/fieldnotes_bot", headers=bearer, timeout=5)
    assert found.json() == {"data": {"id": fake.user["id"], "name": "Field Notes Bot",
                                     "username": "fieldnotes_bot"}}
    missing = requests.get(fake.url + "/2/users/by/username/nobody_here", headers=bearer, timeout=5)
    assert missing.status_code == 200 and "data" not in missing.json()
    assert missing.json()["errors"][0]["detail"] == "Could not find user with username: [nobody_here]."
    assert missing.json()["errors"][0]["type"] == "https://api.twitter.com/2/problems/resource-not-found"
    assert tweepy_client(fake).get_user(username="nobody_here").data is None


def test_bearer_rules(fake: FakeX) -> None:
    wrong = requests.get(fake.url + "/2/users/by/username/fieldnotes_bot",
                         headers={"Authorization": "Bearer nope"}, timeout=5)
    assert wrong.status_code == 401
    app_only = requests.post(fake.url + "/2/tweets", json={"text": "app-only"},
                             headers={"Authorization": f"Bearer {fake.bearer_token}"}, timeout=5)
    assert app_only.status_code == 403 and app_only.json() == UNSUPPORTED_AUTH
    with pytest.raises(tweepy.Forbidden):
        tweepy_client(fake).get_me(user_auth=False)


def test_unknown_route_is_404(fake: FakeX) -> None:
    response = requests.get(fake.url + "/2/users/by/usernam/x", timeout=5)
    assert response.status_code == 404
    assert response.json() == {"errors": [{"message": "Sorry, that page does not exist", "code": 34}]}


# ---------------------------------------------------------------- as a process


def test_process_mode() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "tweetbot.testing.fake_x", "--port", "0",
                             "--consumer-key", "ck-proc"], stdout=subprocess.PIPE, text=True)
    try:
        info = json.loads(proc.stdout.readline())
        assert info["credentials"]["consumer_key"] == "ck-proc"
        assert info["credentials"]["base_url"] == info["url"]
        posted = XClient(XCredentials(**info["credentials"]), timeout=5).post("from another process")
        assert len(posted.id) == 19
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
