"""Story bots: a book-like story told on, one tweet at a time, and never restarted.

Each weekly run writes the next chapter: N tweets, each continuing the text before it, starting
from the user's opening line the first time and from the story's last approved or posted tweet
after that (so an edit made in review changes what the story continues from). Every tweet ends
at a sentence or clause boundary within X's 280 weighted characters. A rejected tweet is not
regenerated: the chapter closes over the gap and the next chapter continues from what was kept.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from tweetbot.curation.text import MAX_WEIGHTED_LENGTH, strip_markers, weighted_length
from tweetbot.store.db import Store
from tweetbot.store.schema import TweetStatus, tweets

LogFn = Callable[[str], None]
Sampler = Callable[[str], str]  # prefix -> the model's continuation (without the prefix)

# A sentence ends with . ! ? or … (and any closing quotes/brackets); a clause with , ; : or a dash.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")
_CLAUSE_END = re.compile(r"[,;:—–](?=\s)")
KEPT = (TweetStatus.APPROVED.value, TweetStatus.POSTING.value, TweetStatus.POSTED.value)


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


@dataclass(frozen=True)
class StoryState:
    story_id: str
    chapter: int  # the chapter to write next
    context: str  # what the next tweet continues from
    fresh: bool = False  # no tweet kept yet: the opening line itself starts the first tweet


def story_state(store: Store, account: str, opening: str | None) -> StoryState:
    """Where the account's story stands: the next chapter number and the text to continue."""
    with store.connect() as conn:
        last_chapter = conn.execute(
            select(func.max(tweets.c.chapter)).where(tweets.c.story_id == account)
        ).scalar()
        kept = conn.execute(
            select(tweets.c.text).where(tweets.c.story_id == account, tweets.c.status.in_(KEPT))
            .order_by(tweets.c.chapter.desc(), tweets.c.story_seq.desc()).limit(8)
        ).scalars().all()
    if kept:
        return StoryState(account, (last_chapter or 0) + 1, " ".join(reversed(kept)))
    if not (opening or "").strip():
        raise ValueError(f"story {account!r} has no approved or posted tweet yet: give an opening line")
    return StoryState(account, (last_chapter or 0) + 1, opening.strip(), fresh=True)


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
