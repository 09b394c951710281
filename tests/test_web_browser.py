"""The Tweet queue page in a real browser: a real `airflow api-server`, headless Chromium (Debian's
package, driven by Playwright), Airflow's own login page, the nav entry, keyboard shortcuts — and
the store checked afterwards. Saves a screenshot of the pending view to test-artifacts/.

Outside CI it skips when Chromium or Playwright is missing; with `CI` set it fails instead.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, _need

CHROMIUM = Path(os.environ.get("TWEETBOT_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts"
PASSWORD = "editor-pw-for-the-browser-test"
TEXTS = [
    "Sourdough starter smells like green apples today, which means the wrens are back too.",
    "Counted eleven goldfinches on the thistle feeder before the first loaf came out of the oven.",
    "Rye crumb is a map of the weather: tight when it's cold, open and wild when the swallows arrive.",
    "A heron stood in the millpond for an hour. I proofed a batch of buns in the same time. Patience.",
    "Note to self: the robin at the back door likes the crust ends better than the seed mix.",
    "Frost on the field gate, steam off the bread. Best ten minutes of the morning.",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def playwright_browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _need("playwright", f"{exc} (pip install -r requirements-dev.txt)")
    if not CHROMIUM.exists():
        _need("chromium", f"{CHROMIUM} is missing (apt-get install -y chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-dev-shm-usage"])
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def seeded_store(tmp_path):
    from tweetbot.store import connect, queue, runs, upgrade

    store = connect(f"sqlite:///{tmp_path / 'store.db'}")
    upgrade(store)
    for account, texts in (("fieldnotes_bot", TEXTS), ("other_bot", ["<script>alert(1)</script> hello"])):
        runs.start_run(store, run_id=f"tiny-{account}-1", account=account, base_model="tiny", params={}, by="test")
        queue.add_candidates(store, batch_id=f"b-{account}", model_run_id=f"tiny-{account}-1",
                             account=account, texts=texts, by="test")
        queue.stage_batch(store, f"b-{account}", lambda _norms: (lambda t: (t, None)), by="test")
    yield store
    store.dispose()


@pytest.fixture
def api_server(tmp_path, seeded_store):
    """`airflow api-server` on a free port with the session's AIRFLOW_HOME and real users."""
    from airflow_run import init_metadata_db

    init_metadata_db()
    passwords = tmp_path / "passwords.json"
    passwords.write_text(json.dumps({"editor": PASSWORD, "reader": "reader-pw"}))
    port = _free_port()
    env = {**os.environ,
           "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "False",
           "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "editor:user,reader:viewer",
           "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
           "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
           "AIRFLOW_CONN_TWEETBOT_DB": json.dumps({"conn_type": "sqlite",
                                                   "host": seeded_store.url.removeprefix("sqlite:///")})}
    log = (tmp_path / "api-server.log").open("w")
    airflow = Path(sys.executable).with_name("airflow")
    proc = subprocess.Popen([str(airflow), "api-server", "--host", "127.0.0.1", "--port", str(port),
                             "--workers", "1"], env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/v2/version", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("airflow api-server did not start:\n"
                            + (tmp_path / "api-server.log").read_text()[-4000:], pytrace=False)
            time.sleep(0.5)
        yield base
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the server and its worker, by our own PID's group
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)
        log.close()


def test_editor_reviews_in_the_airflow_ui(playwright_browser, api_server, seeded_store):
    from playwright.sync_api import expect

    from tweetbot.store import queue

    page = playwright_browser.new_page(viewport={"width": 1400, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_default_timeout(20_000)

    # Airflow's own login page
    page.goto(api_server + "/")
    page.locator("input[name=username]").fill("editor")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()

    # "Tweet queue" in Airflow's navigation opens the page (in the UI's plugin iframe)
    page.get_by_role("link", name="Tweet queue").first.click()
    page.wait_for_url("**/plugin/tweet-queue")
    frame = page.frame_locator("iframe").first
    rows = frame.locator("li.tweet")
    expect(rows).to_have_count(len(TEXTS) + 1)
    expect(frame.locator(".who")).to_contain_text("editor")
    # a tweet with markup shows as text and runs nothing
    expect(frame.get_by_text("<script>alert(1)</script> hello")).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "tweet-queue-pending.png"))
    # docs/tweet-queue.png (the README's picture) is a copy of this artifact, refreshed by hand

    ids = [int(rows.nth(i).get_attribute("data-id")) for i in range(len(TEXTS))]
    # keyboard: focus the list, j moves down, a approves the current tweet
    rows.nth(0).locator(".text").click()
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class("tweet current")
    page.keyboard.press("a")
    expect(frame.locator("#message")).to_contain_text("→ approved")
    expect(rows).to_have_count(len(TEXTS))
    # buttons: approve the first, reject the next one
    rows.nth(0).get_by_role("button", name="Approve").click()
    expect(rows).to_have_count(len(TEXTS) - 1)
    rows.nth(0).get_by_role("button", name="Reject").click()
    expect(rows).to_have_count(len(TEXTS) - 2)
    # e edits the current tweet; the weighted length updates as you type (URL = 23, emoji = 2)
    rows.nth(0).locator(".text").click()
    page.keyboard.press("e")
    area = rows.nth(0).locator("textarea")
    expect(area).to_be_focused()
    area.fill("Frost on the field gate 🐦 https://example.com/bread")
    expect(rows.nth(0).locator(".live-len")).to_have_text("50/280")  # 24 + 2 + 1 + 23
    page.screenshot(path=str(ARTIFACTS / "tweet-queue-editing.png"))
    page.keyboard.press("Control+Enter")
    expect(frame.locator("#message")).to_contain_text("saved")
    expect(rows.nth(0).locator(".text")).to_have_text("Frost on the field gate 🐦 https://example.com/bread")
    assert dialogs == []

    # the store: the same operations as the CLI, recorded as the Airflow user
    status = {t["id"]: t for t in queue.list_tweets(seeded_store, ids=ids)}
    approved = [i for i in ids if status[i]["status"] == "approved"]
    rejected = [i for i in ids if status[i]["status"] == "rejected"]
    edited = [i for i in ids if status[i]["text"] != status[i]["original_text"]]
    assert approved == [ids[0], ids[1]] and rejected == [ids[2]] and edited == [ids[3]]
    assert status[ids[3]]["status"] == "pending"
    for tweet_id in (*approved, *rejected, *edited):
        assert queue.events_for(seeded_store, tweet_id)[-1]["by"] == "airflow-ui:editor"
