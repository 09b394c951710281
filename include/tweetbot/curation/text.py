"""Text rules shared by staging, the CLI and review: X's weighted length and a normal form for dedup."""
from __future__ import annotations

import re
import unicodedata
import warnings
from types import ModuleType

MAX_WEIGHTED_LENGTH = 280
MARKERS = ("<|startoftext|>", "<|endoftext|>")

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def twitter_text() -> ModuleType:
    """twitter-text-parser, imported without its `pkg_resources is deprecated` warning (it imports
    pkg_resources; setuptools 80 warns on stderr, which would land in every CLI error message)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
        import twitter_text

    return twitter_text


def weighted_length(text: str) -> int:
    """Length as X counts it: URLs count 23, CJK and emoji count 2 (twitter-text's own rules)."""
    return twitter_text().parse_tweet(text).weightedLength


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
