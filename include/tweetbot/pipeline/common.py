"""What every pipeline step shares: the log callback type and its default."""
from __future__ import annotations

import logging
from collections.abc import Callable

LogFn = Callable[[str], None]
logger = logging.getLogger("tweetbot")


def _log(log: LogFn | None) -> LogFn:
    return log or logger.info
