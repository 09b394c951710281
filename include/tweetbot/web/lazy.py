"""The plugin's handle on the app: cheap to import, builds `tweetbot.web.app` on first request."""
from __future__ import annotations

import threading


class LazyApp:
    """An ASGI app that builds the real one on first request, so loading the plugin stays cheap
    (Airflow imports plugins in every component, not only in the API server)."""

    def __init__(self) -> None:
        self._app = None
        self._lock = threading.Lock()

    @property
    def app(self):
        if self._app is None:
            with self._lock:
                if self._app is None:
                    from tweetbot.web.app import create_app

                    self._app = create_app()
        return self._app

    async def __call__(self, scope, receive, send) -> None:
        await self.app(scope, receive, send)
