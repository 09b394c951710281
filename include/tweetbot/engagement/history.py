"""One account's engagement history: what the ranker learns from.

Two kinds of examples, each a text, when it was written and how it did:

* source tweets whose source carried counts (archive, CSV, X API; a text file or a book has none),
  retweets left out (someone else's words, someone else's audience);
* the bot's posted tweets (sent to X, not deleted there) with their latest fetched metrics.

A posted tweet that was later imported back as a source tweet counts once, with its fetched metrics.

The target is `engagement(...)`: log(1 + likes + 2·retweets + 2·quotes + replies). Reposts and quotes
weigh double because they carry the tweet to new readers; the log keeps one viral tweet from
drowning the rest (the ranker is judged on ranks anyway). A count a source does not carry (an
archive has no replies) counts as 0; a tweet without likes and retweets is not an example.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select

from tweetbot.store.db import Store
from tweetbot.store.schema import TweetStatus, source_tweets, tweet_metrics, tweets


@dataclass(frozen=True)
class Example:
    """A tweet of the account and its engagement (`engagement()`'s scale)."""

    text: str
    created_at: datetime
    engagement: float


def engagement(likes: int | None, retweets: int | None, replies: int | None = None,
               quotes: int | None = None) -> float | None:
    """log(1 + likes + 2·retweets + 2·quotes + replies); None when neither likes nor retweets is known."""
    if likes is None and retweets is None:
        return None
    total = (likes or 0) + 2 * (retweets or 0) + 2 * (quotes or 0) + (replies or 0)
    return math.log1p(max(total, 0))


def account_history(store: Store, account: str) -> list[Example]:
    """The account's examples, oldest first."""
    posted = _posted_examples(store, account)
    posted_ids = {x_id for x_id, _ in posted if x_id}
    examples = [example for _, example in posted]
    query = select(source_tweets.c.tweet_id, source_tweets.c.text, source_tweets.c.created_at,
                   source_tweets.c.likes, source_tweets.c.retweets, source_tweets.c.replies,
                   source_tweets.c.quotes).where(
        source_tweets.c.account == account, source_tweets.c.is_retweet.is_(False),
        (source_tweets.c.likes.is_not(None)) | (source_tweets.c.retweets.is_not(None)))
    with store.connect() as conn:
        for row in conn.execute(query):
            if row.tweet_id in posted_ids:
                continue
            examples.append(Example(row.text, row.created_at,
                                    engagement(row.likes, row.retweets, row.replies, row.quotes)))
    examples.sort(key=lambda e: e.created_at)
    return examples


def _posted_examples(store: Store, account: str) -> list[tuple[str | None, Example]]:
    """(X id, example) of each posted tweet with metrics: the newest fetch of each."""
    latest = (select(tweet_metrics.c.tweet_id, func.max(tweet_metrics.c.id).label("metrics_id"))
              .group_by(tweet_metrics.c.tweet_id).subquery())
    query = (select(tweets.c.x_tweet_id, tweets.c.text, tweets.c.posted_at, tweet_metrics.c.likes,
                    tweet_metrics.c.retweets, tweet_metrics.c.replies, tweet_metrics.c.quotes)
             .join(latest, latest.c.tweet_id == tweets.c.id)
             .join(tweet_metrics, and_(tweet_metrics.c.id == latest.c.metrics_id))
             .where(tweets.c.account == account, tweets.c.status == TweetStatus.POSTED.value,
                    tweets.c.dry_run.is_not(True), tweets.c.x_deleted_at.is_(None),
                    tweets.c.posted_at.is_not(None)))
    with store.connect() as conn:
        return [(row.x_tweet_id, Example(row.text, row.posted_at,
                                         engagement(row.likes, row.retweets, row.replies, row.quotes)))
                for row in conn.execute(query)]
