"""Text rules shared by staging, the CLI and review: X's weighted length and a normal form for dedup."""
from __future__ import annotations

import re
import unicodedata

MAX_WEIGHTED_LENGTH = 280
MARKERS = ("<|startoftext|>", "<|endoftext|>")

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def weighted_length(text: str) -> int:
    """Length as X counts it: URLs count 23, CJK and emoji count 2 (twitter-text's own rules)."""
    from twitter_text import parse_tweet

    return parse_tweet(text).weightedLength


def fits_in_a_tweet(text: str) -> bool:
    return weighted_length(text) <= MAX_WEIGHTED_LENGTH


def normalise(text: str) -> str:
    """Case-, accent-width- and punctuation-insensitive form: two tweets that read the same match."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def strip_markers(text: str) -> str:
    """Remove leftover gpt-2-simple markers (a stray `<|startoftext|>` can survive generation) and
    U+FFFD, which byte-level BPE leaves where a sample ends inside a multi-byte character."""
    for marker in (*MARKERS, "\ufffd"):
        text = text.replace(marker, " ")
    return " ".join(text.split())
