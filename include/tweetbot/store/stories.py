"""Where a story bot's story stands: the next chapter and the text it continues from.

The story's text logic (cutting prose into tweets, continuing it) is `tweetbot.story`, which never
touches the store: the model's child process imports it without SQLAlchemy.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from tweetbot.store.db import Store
from tweetbot.store.schema import TweetStatus, tweets

#: Tweets a story continues from: a person kept them (approved), or they are on X or going there.
KEPT = (TweetStatus.APPROVED.value, TweetStatus.POSTING.value, TweetStatus.POSTED.value)


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
