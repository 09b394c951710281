"""The "Tweet queue" page in the Airflow UI: a FastAPI app in the API server plus a nav entry.

Thin on purpose: the app, its security and its templates live in `tweetbot.web`, and the app is
built on its first request (`LazyApp`), so the scheduler, workers and DAG processor, which load
plugins too, import nothing heavy from here.
"""
from __future__ import annotations

from airflow.plugins_manager import AirflowPlugin

from tweetbot.web.lazy import LazyApp

URL_PREFIX = "/tweetbot"


class TweetQueuePlugin(AirflowPlugin):
    name = "tweetbot_queue"
    fastapi_apps = [{"app": LazyApp(), "url_prefix": URL_PREFIX, "name": "Tweet queue"}]
    # A top-level nav entry; the UI shows the page in an iframe at /plugin/tweet-queue.
    external_views = [{
        "name": "Tweet queue",
        "href": f"{URL_PREFIX}/",
        "icon": f"{URL_PREFIX}/static/icon.svg",
        "url_route": "tweet-queue",
        "destination": "nav",
        "nav_top_level": True,
    }]
