"""Basic staging filters: what a reviewer should never have to look at.

Each dropped candidate gets one reason code; the counts go to the task log (and later the review body).
"""
from __future__ import annotations

from collections.abc import Callable

from tweetbot.curation.text import fits_in_a_tweet, normalise, strip_markers

EMPTY = "empty"
TOO_LONG = "too_long"
DUPLICATE = "duplicate"

Decision = tuple[str, str | None]  # (cleaned text, drop reason or None)


def make_basic_filter(already_queued: set[str]) -> Callable[[str], Decision]:
    """A filter that drops empty, over-280 and duplicate candidates.

    `already_queued` holds the normal forms of the account's queued/posted tweets; it grows as
    candidates are kept so duplicates inside one batch collapse to the first.
    """
    seen = set(already_queued)

    def decide(text: str) -> Decision:
        cleaned = strip_markers(text)
        norm = normalise(cleaned)
        if not norm:
            return cleaned, EMPTY
        if not fits_in_a_tweet(cleaned):
            return cleaned, TOO_LONG
        if norm in seen:
            return cleaned, DUPLICATE
        seen.add(norm)
        return cleaned, None

    return decide
