"""Story bots: a book-like story told on, one tweet at a time, and never restarted.

Each weekly run writes the next chapter: N tweets, each continuing the text before it, starting
from the user's opening line the first time and from the story's last approved or posted tweet
after that (so an edit made in review changes what the story continues from). Every tweet ends
at a sentence or clause boundary within X's 280 weighted characters. A rejected tweet is not
regenerated: the chapter closes over the gap and the next chapter continues from what was kept.

Pure text logic: the model's child process imports this module, so it stays free of the store and
SQLAlchemy (where a story stands in the store is `tweetbot.store.stories`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from tweetbot.curation.text import MAX_WEIGHTED_LENGTH, strip_markers, weighted_length

LogFn = Callable[[str], None]
Sampler = Callable[[str], str]  # prefix -> the model's continuation (without the prefix)

# A sentence ends with . ! ? or … (and any closing quotes/brackets); a clause with , ; : or a dash.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")
_CLAUSE_END = re.compile(r"[,;:—–](?=\s)")


def cut_tweet(text: str, limit: int = MAX_WEIGHTED_LENGTH) -> tuple[str | None, str]:
    """Split off the longest head of `text` that ends at a sentence (else clause) boundary and fits
    in `limit` weighted characters. Returns (tweet or None when no boundary fits, the rest)."""
    text = " ".join(text.split())
    for pattern in (_SENTENCE_END, _CLAUSE_END):
        best = None
        for match in pattern.finditer(text):
            head = text[: match.end()].strip()
            if weighted_length(head) > limit:
                break
            best = match.end()
        if best is not None and len(text[:best].split()) >= 3:
            return text[:best].strip(), text[best:].strip()
    return None, text


def tail(text: str, max_chars: int) -> str:
    """The end of the story so far, cut at a word boundary: what fits the model's context."""
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    cut = text[-max_chars:]
    return cut[cut.find(" ") + 1:] if " " in cut else cut


def write_chapter(sample: Sampler, context: str, n_tweets: int, *, max_prefix_chars: int,
                  log: LogFn = print, max_samples: int | None = None,
                  include_context: bool = False) -> list[str]:
    """Continue `context` until `n_tweets` tweets are written, each cut at a boundary.

    Text is sampled until more than a tweet's worth is waiting, then the longest boundary-ended
    head is taken, so tweets are as full as the prose allows. A run-on with no boundary in reach is
    dropped and sampled again (at most `max_samples` calls: fewer tweets rather than a bad cut).
    With `include_context` (a new story's opening line) the context begins the first tweet.
    """
    story, pending = ("", context) if include_context else (context, "")
    written: list[str] = []
    max_samples = max_samples or n_tweets * 4

    def take(force: bool) -> None:
        nonlocal story, pending
        while len(written) < n_tweets and (force or weighted_length(pending) > MAX_WEIGHTED_LENGTH):
            tweet, rest = cut_tweet(pending)
            if tweet is None:
                if not force:
                    pending = ""  # no boundary within 280: drop it rather than cut mid-thought
                return
            written.append(tweet)
            story, pending = f"{story} {tweet}", rest

    for calls in range(1, max_samples + 1):
        if len(written) >= n_tweets:
            break
        pending = " ".join(f"{pending} {strip_markers(sample(tail(f'{story} {pending}', max_prefix_chars)))}".split())
        take(force=False)
        log(f"chapter: {len(written)}/{n_tweets} tweets after {calls} samples")
    take(force=True)
    return written
