"""The trivial baseline's features: what anyone could count without reading the words.

Length, hashtags, @mentions and links: the ranker must do better than a model of these alone, or its
predictions are not worth showing (`evaluate`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_HASHTAG = re.compile(r"(?<!\w)#\w")
_MENTION = re.compile(r"(?<!\w)@\w")
_LINK = re.compile(r"https?://\S+")

#: Column names of `baseline_features`, in order.
BASELINE_FEATURES = ("log_length", "hashtags", "mentions", "links")


def baseline_features(texts: Sequence[str]) -> np.ndarray:
    """One row per text: log(1 + characters), number of hashtags, of @mentions, of links."""
    rows = [(np.log1p(len(t)), len(_HASHTAG.findall(t)), len(_MENTION.findall(t)), len(_LINK.findall(t)))
            for t in texts]
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(BASELINE_FEATURES))
