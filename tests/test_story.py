"""Story bots: cutting prose into tweets at boundaries, and continuing the story across chapters."""
from __future__ import annotations

import itertools

from tweetbot.curation.text import weighted_length
from tweetbot.story import cut_tweet, tail, write_chapter

PRIDE = ("It is a truth universally acknowledged, that a single man in possession of a good fortune "
         "must be in want of a wife. However little known the feelings or views of such a man may be on "
         "his first entering a neighbourhood, this truth is so well fixed in the minds of the surrounding "
         "families, that he is considered as the rightful property of some one or other of their daughters.")


def test_cut_prefers_the_longest_sentence_that_fits():
    tweet, rest = cut_tweet(PRIDE)
    assert tweet.endswith("want of a wife.") and rest.startswith("However")


def test_cut_falls_back_to_a_clause_and_never_exceeds_280():
    long_sentence = PRIDE.split(". ", 1)[1]  # one sentence of ~230 chars, then more words
    tweet, rest = cut_tweet(long_sentence + " " + long_sentence)
    assert tweet is not None and weighted_length(tweet) <= 280
    assert tweet[-1] in ".,;:" and rest


def test_no_boundary_means_no_tweet():
    assert cut_tweet("word " * 100)[0] is None
    assert cut_tweet("Too short.")[0] is None  # three words at least


def test_tail_cuts_at_a_word():
    assert tail("alpha beta gamma delta", 12) == "gamma delta"
    assert tail("short", 100) == "short"


def test_chapter_continues_the_context_and_respects_boundaries():
    prompts: list[str] = []
    pieces = itertools.cycle([
        "and so the evening passed; Elizabeth said nothing more of it. ",
        "The next morning brought rain, and with it a letter from Longbourn. ",
        "word " * 80,  # a run-on: dropped, never cut mid-thought
    ])

    def sample(prefix: str) -> str:
        prompts.append(prefix)
        return next(pieces)

    tweets = write_chapter(sample, "She turned to her sister,", 4, max_prefix_chars=120, log=lambda _: None)
    assert len(tweets) == 4
    assert prompts[0] == "She turned to her sister,"
    assert all(weighted_length(t) <= 280 and t[-1] in ".!?,;:" for t in tweets)
    assert all("word word" not in t for t in tweets)
    # each later prompt is the tail of the story so far: it ends with what was written
    assert any(p.endswith(tweets[0][-40:]) or tweets[0][-40:] in p for p in prompts[1:])


def test_chapter_gives_up_rather_than_loop_forever():
    assert write_chapter(lambda _: "word " * 80, "x", 3, max_prefix_chars=50, log=lambda _: None) == []


def test_a_new_story_starts_with_its_opening_line():
    tweets = write_chapter(lambda _: "and the rain fell on Longbourn all day. ", "It began in spring,", 1,
                           max_prefix_chars=100, log=lambda _: None, include_context=True)
    assert tweets[0].startswith("It began in spring, and the rain fell")
