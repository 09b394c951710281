"""Staging filters: what a reviewer should never have to look at.

Each dropped candidate gets one reason code (and, where it helps, a detail such as the source tweet
it copies); the counts go to the task log and the review step's summary. The rules run cheapest
first, so the expensive originality check only sees candidates that could otherwise be posted.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from tweetbot.curation import quality
from tweetbot.curation.quality import FilterOptions
from tweetbot.curation.text import (
    MARKERS,
    MAX_WEIGHTED_LENGTH,
    fits_in_a_tweet,
    normalise,
    strip_markers,
    weighted_length,
)

EMPTY = "empty"
TOO_LONG = "too_long"
DUPLICATE = "duplicate"
COPY = quality.COPY
BLOCKLIST = quality.BLOCKLIST
MENTION = quality.MENTION
LINK = quality.LINK
DEBRIS = quality.DEBRIS
NEAR_DUPLICATE = quality.NEAR_DUPLICATE

#: Every reason code staging can give.
REASONS = (EMPTY, MENTION, LINK, DEBRIS, TOO_LONG, BLOCKLIST, DUPLICATE, COPY, NEAR_DUPLICATE)

BasicDecision = tuple[str, str | None]  # (cleaned text, drop reason or None)
Decision = tuple[str, str | None, str | None]  # (cleaned text, drop reason or None, detail or None)
Decide = Callable[[str], Decision]

__all__ = [
    "REASONS", "Decision", "FilterOptions", "StagingFilter", "make_basic_filter", "make_staging_filter",
]


def make_basic_filter(already_queued: set[str]) -> Callable[[str], BasicDecision]:
    """A filter that drops empty, over-280 and duplicate candidates.

    `already_queued` holds the normal forms of the account's queued/posted tweets; it grows as
    candidates are kept so duplicates inside one batch collapse to the first.
    """
    seen = set(already_queued)

    def decide(text: str) -> BasicDecision:
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


class StagingFilter:
    """All staging rules for one account: `StagingFilter(sources, options)(already_queued)(text)`.

    The source tweets `(tweet_id, text)` are indexed and the blocklist loaded once, here; each call
    starts a fresh batch whose duplicates and near-duplicates are remembered from `already_queued`
    (normal forms of the account's queue) plus whatever that batch keeps.
    """

    def __init__(self, source_texts: Sequence[tuple[str, str]], options: FilterOptions | None = None) -> None:
        self.options = options or FilterOptions()
        self.index = quality.SourceIndex(
            source_texts, threshold=self.options.copy_threshold, run_words=self.options.copy_run_words,
            min_words=self.options.copy_min_words, fuzzy_min_words=self.options.copy_fuzzy_min_words)
        self.blocklist = quality.load_blocklist(self.options.blocklist_path,
                                                default=self.options.default_blocklist)

    def __call__(self, already_queued: set[str]) -> Decide:
        seen = set(already_queued)
        near = quality.NearDuplicates(self.options.near_dup_threshold, already_queued)

        def decide(text: str) -> Decision:
            cleaned, reason, detail = _check(text, self.options, self.index, self.blocklist, seen, near)
            if reason is None:
                norm = normalise(cleaned)
                seen.add(norm)
                near.add(norm)
            return cleaned, reason, detail

        return decide


def make_staging_filter(
    source_texts: Sequence[tuple[str, str]], options: FilterOptions | None = None,
) -> Callable[[set[str]], Decide]:
    """`make(already_queued_norms)(text) -> (clean_text, reason | None, detail | None)`."""
    return StagingFilter(source_texts, options)


def _check(
    text: str, options: FilterOptions, index: quality.SourceIndex, blocklist: quality.Blocklist,
    seen: set[str], near: quality.NearDuplicates,
) -> Decision:
    """The rules in order; the first that drops the candidate names the reason."""
    remnant = quality.marker_debris(_without_markers(text))
    cleaned = strip_markers(text)
    if not normalise(cleaned):
        return cleaned, EMPTY, None
    if remnant:
        return cleaned, DEBRIS, remnant
    if mentions := quality.find_mentions(cleaned):
        if options.mentions == "reject":
            return cleaned, MENTION, " ".join(mentions)
        if options.mentions == "strip":
            cleaned = quality.strip_mentions(cleaned)
            if not normalise(cleaned):
                return cleaned, EMPTY, "only @mentions"
    if not options.links_allowed and (links := quality.find_links(cleaned)):
        return cleaned, LINK, links[0]
    if thin := quality.thin_text(cleaned, min_words=options.min_words,
                                 min_letter_share=options.min_letter_share):
        return cleaned, DEBRIS, thin
    if not _fits(cleaned):
        return cleaned, TOO_LONG, f"{weighted_length(cleaned)}/{MAX_WEIGHTED_LENGTH} weighted characters"
    if word := blocklist.find(cleaned):
        return cleaned, BLOCKLIST, word
    norm = normalise(cleaned)
    if norm in seen:
        return cleaned, DUPLICATE, None
    if match := index.match(cleaned):
        return cleaned, COPY, match.detail
    if similar := near.find(norm):
        return cleaned, NEAR_DUPLICATE, f"{similar[1]:.0f} like: {similar[0][:80]}"
    return cleaned, None, None


def _fits(text: str) -> bool:
    """`fits_in_a_tweet`, skipping twitter-text's parse (~1 ms, mostly emoji scanning) when the answer
    is sure: no character weighs more than 2, and only links weigh more than their length."""
    if 2 * len(text) <= MAX_WEIGHTED_LENGTH and not quality.find_links(text):
        return True
    return fits_in_a_tweet(text)


def _without_markers(text: str) -> str:
    for marker in MARKERS:
        text = text.replace(marker, " ")
    return text
