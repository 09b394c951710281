"""X's weighted length, normalisation and the basic staging filter."""
from __future__ import annotations

from tweetbot.curation.staging import make_basic_filter
from tweetbot.curation.text import fits_in_a_tweet, normalise, strip_markers, weighted_length


def test_weighted_length_follows_x_rules():
    assert weighted_length("hello") == 5
    assert weighted_length("see https://example.com/a/very/long/path/indeed") == 4 + 23
    assert weighted_length("日本語") == 6  # CJK counts 2
    assert fits_in_a_tweet("a" * 280) and not fits_in_a_tweet("a" * 281)
    assert fits_in_a_tweet("字" * 140) and not fits_in_a_tweet("字" * 141)


def test_normalise_matches_what_reads_the_same():
    assert normalise("Hello,   World!") == normalise("hello world") == "hello world"
    assert normalise("ＡＢＣ") == "abc"
    assert normalise("!!!") == ""


def test_strip_markers():
    assert strip_markers("<|startoftext|> hi <|endoftext|>") == "hi"
    assert strip_markers("\ufffdps whopy") == "ps whopy"


def test_basic_filter_reasons():
    decide = make_basic_filter({"already here"})
    assert decide("Already here!") == ("Already here!", "duplicate")
    assert decide("  ") == ("", "empty")
    assert decide("x" * 300)[1] == "too_long"
    assert decide("new one") == ("new one", None)
    assert decide("NEW ONE") == ("NEW ONE", "duplicate")
