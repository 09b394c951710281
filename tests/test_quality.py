"""Staging filters beyond the basics: originality on real timelines, safety rules, near-duplicates,
the reason codes and details in the store, and `tweetbot filter` (which changes nothing)."""
from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_run import Result, run_cli
from sqlalchemy import func, select

from tweetbot.curation import quality
from tweetbot.curation.quality import FilterOptions, SourceIndex, copy_form
from tweetbot.curation.staging import REASONS, StagingFilter, make_staging_filter
from tweetbot.curation.text import fits_in_a_tweet
from tweetbot.sources import ImportOptions
from tweetbot.testing.near_copies import (
    GENERIC_PHRASES,
    MUTATIONS,
    held_out_split,
    load_source,
    vocabulary,
)

SOURCES = [
    ("101", "Sourdough starter finally bubbling after three days in the airing cupboard"),
    ("102", "Spotted a heron standing perfectly still by the canal lock this morning"),
    ("103", "Thank you so much!"),
]
ONLY_COPY_RULES = FilterOptions(links_allowed=True, default_blocklist=False)  # nothing else intervenes
TWO_WORD_CHANGES = ("swap 2 words", "swap 1 + drop 1")


def decide(text: str, options: FilterOptions | None = None, queued: set[str] = frozenset(), sources=SOURCES):
    return make_staging_filter(sources, options)(set(queued))(text)


# ---------------------------------------------------------------- originality on real data


@pytest.fixture(scope="module")
def timelines(shared_data: Path) -> dict[str, list[tuple[str, str]]]:
    """Two real accounts as `tweetbot import` stores them, and a third account's tweets (all)."""
    return {
        "smithjd": load_source("archive", shared_data / "x_archive_smithjd" / "tweets.js"),
        "elonmusk": load_source("csv", shared_data / "elonmusk" / "elonmusk_tweets.csv"),
        "liztruss": load_source("csv", shared_data / "twint_liztruss" / "twint_scraping_tweets.csv",
                                ImportOptions(drop_replies=False)),
    }


@pytest.mark.parametrize("account", ["smithjd", "elonmusk"])
def test_near_copies_of_real_tweets_are_caught(timelines, account):
    """200 tweets (seeded): a word changed, dropped or added, case/punctuation changed, or a memorised
    opening with a new ending → `copy`, naming the tweet. Two-word changes are asked of tweets of
    10+ words (in a 6-word tweet two new words are a third of it: bench_filters.py measures those
    too), and copies must keep 6 words (shorter ones must be exact to count)."""
    sources = timelines[account]
    staging = StagingFilter(sources, ONLY_COPY_RULES)
    rng = random.Random(2024)
    vocab = vocabulary([t for _, t in sources])
    eligible = [s for s in sources if len(copy_form(s[1]).split()) >= 6]
    missed, asked = [], 0
    for _tweet_id, text in rng.sample(eligible, 200):
        for name, mutate in MUTATIONS.items():
            if name in TWO_WORD_CHANGES and len(copy_form(text).split()) < 10:
                continue
            copy = mutate(text, rng, vocab)
            if copy is None or not fits_in_a_tweet(copy) or len(copy_form(copy).split()) < 6:
                continue  # under 6 words only exact copies count (FilterOptions.copy_fuzzy_min_words)
            asked += 1
            _, reason, detail = staging(set())(copy)
            if reason != "copy" or not detail.startswith("source "):
                missed.append((name, copy, reason))
    assert asked > 1000
    assert missed == []


def test_other_accounts_and_generic_phrases_are_not_copies(timelines):
    """Nothing of another account (1,118 liztruss tweets, mentions stripped as staging does) and no
    stock phrase is a copy of smithjd or elonmusk, though the phrases occur inside their tweets."""
    for account in ("smithjd", "elonmusk"):
        index = SourceIndex(timelines[account])
        flagged = [t for _, t in timelines["liztruss"] if index.match(quality.strip_mentions(t))]
        flagged += [p for p in GENERIC_PHRASES if index.match(p)]
        assert flagged == [], account
    forms = [copy_form(t) for account in ("smithjd", "elonmusk") for _, t in timelines[account]]
    shared = [p for p in GENERIC_PHRASES if any(" ".join(copy_form(p).split()[:3]) in f for f in forms)]
    assert len(shared) >= 8  # "thank you very", "looking forward to", "thanks for the", …


@pytest.mark.parametrize("account, bound", [("smithjd", 0.02), ("elonmusk", 0.02)])
def test_the_accounts_own_unseen_tweets_are_rarely_called_copies(timelines, account, bound):
    """Index half the account, ask about the other half: new tweets in the same voice. Measured
    1.1% (smithjd) and 0.3% (elonmusk), each one the account repeating its own earlier tweet."""
    indexed, asked = held_out_split(timelines[account], random.Random(11))
    index = SourceIndex(indexed)
    flagged = [t for _, t in asked if index.match(quality.strip_mentions(t))]
    assert len(flagged) / len(asked) <= bound, flagged


def test_copy_rules_and_detail():
    assert decide("SOURDOUGH starter finally bubbling after three days in the airing cupboard!!")[1:] == (
        "copy", "source 101 exact 100")
    reason, detail = decide("Sourdough starter finally bubbling after four days in the airing cupboard")[1:]
    assert reason == "copy" and detail.startswith("source 101 ratio ")
    # a long shared run is copying even with a new ending
    assert decide("Spotted a heron standing perfectly still by the canal, then it flew off over the "
                  "rooftops towards the river")[1:] == ("copy", "source 102 run 100")
    # short or generic: never a copy; links and @handles do not hide one
    assert decide("Thank you so much!!")[1] is None
    assert decide("@friend Spotted a heron standing perfectly still by the canal lock this morning "
                  "https://example.com/heron", FilterOptions(links_allowed=True))[1] == "copy"
    assert decide("Spotted a kingfisher by the river")[1] is None
    assert SourceIndex([]).match("anything at all goes here") is None


# ---------------------------------------------------------------- safety


def test_blocklist_default_user_file_and_unblocking(tmp_path):
    assert decide("that was a bullshit move by the council")[1:] == ("blocklist", "bullshit")
    assert decide("what a load of bull shit from them")[1:] == ("blocklist", "bull shit")
    assert decide("Scunthorpe United won again today")[1] is None  # whole words only
    assert decide("a pot of tea by the window")[1] == "blocklist"  # better-profanity lists "pot"
    words = tmp_path / "words.txt"
    words.write_text("# my words\nmarmite\n!pot\n", encoding="utf-8")
    mine = FilterOptions(blocklist_path=words)
    assert decide("Toast with MARMITE again", mine)[1:] == ("blocklist", "marmite")
    assert decide("a pot of tea by the window", mine)[1] is None
    assert decide("that was a bullshit move by the council", mine)[1] == "blocklist"
    only_mine = FilterOptions(blocklist_path=words, default_blocklist=False)
    assert decide("that was a bullshit move by the council", only_mine)[1] is None


@pytest.mark.parametrize("mode, expected", [
    ("strip", ("Thanks! The new bread is out of the oven", None, None)),
    ("reject", ("@baker_jo Thanks @sam! The new bread is out of the oven", "mention", "@baker_jo @sam")),
    ("allow", ("@baker_jo Thanks @sam! The new bread is out of the oven", None, None)),
])
def test_mentions(mode, expected):
    assert decide("@baker_jo Thanks @sam! The new bread is out of the oven",
                  FilterOptions(mentions=mode)) == expected


def test_mention_stripping_mends_the_text():
    strip = quality.strip_mentions
    assert strip(".@nasa launched again, go team") == "launched again, go team"
    assert strip("great chat with @a, @b and @c today") == "great chat with and today"
    assert strip("so good, @a") == "so good"
    assert strip("@a\nline two @b here") == "line two here"
    assert strip("thanks @a, @b!") == "thanks!"
    assert strip("mail me at jo@example.com") == "mail me at jo@example.com"
    assert decide("@a @b @c")[1:] == ("empty", "only @mentions")


def test_links():
    assert decide("New post up at https://example.com/bread today")[1:] == (
        "link", "https://example.com/bread")
    assert decide("see fieldnotes.org for the full recipe")[1:] == ("link", "fieldnotes.org")
    assert decide("e.g. the heron, i.e. a big bird")[1] is None
    allowed = FilterOptions(links_allowed=True)
    assert decide("New post up at https://example.com/bread today", allowed)[1] is None


@pytest.mark.parametrize("text, detail", [
    ("the bread <|endof is rising nicely", "marker remnant '<|'"),
    ("endoftext the heron came back", "marker remnant 'endoftext'"),
    ("the bread \ufffd is rising nicely", "broken character (U+FFFD)"),
    ("bread rising", "2 words"),
    ("12:30 14:45 !!! ## 2024 ok", "10% letters"),
])
def test_debris(text, detail):
    assert decide(text)[1:] == ("debris", detail)


def test_whole_markers_and_a_cut_character_at_the_end_are_mended_not_debris():
    assert decide("<|startoftext|>The heron came back to the lock\ufffd<|endoftext|>") == (
        "The heron came back to the lock", None, None)
    assert decide("今日はパンを焼きました")[1] is None  # no spaces, still words


# ---------------------------------------------------------------- diversity and order


def test_near_duplicates_collapse_to_the_first_and_exact_ones_stay_duplicates():
    batch = make_staging_filter(SOURCES)({"already queued tweet about pigeons"})
    texts = ["The sparrows are back on the feeder this morning",
             "The sparrows are back at the feeder this morning!",
             "THE SPARROWS ARE BACK ON THE FEEDER THIS MORNING",
             "Already queued tweet about pigeons!",
             "Already queued tweets about pigeons",
             "A completely different thought about crumpets"]
    reasons = [batch(t)[1] for t in texts]
    assert reasons == [None, "near_duplicate", "duplicate", "duplicate", "near_duplicate", None]
    assert batch(texts[1])[2].startswith("9")  # "<score> like: <the kept one>"


def test_each_code_is_known_and_empty_and_too_long_stay():
    assert decide("   ")[1:] == ("empty", None)
    assert decide("<|endoftext|>")[1] == "empty"
    reason, detail = decide("word " * 70)[1:]
    assert reason == "too_long" and detail == "349/280 weighted characters"
    assert set(REASONS) == {"empty", "too_long", "duplicate", "copy", "blocklist", "mention", "link",
                            "debris", "near_duplicate"}
    with pytest.raises(ValueError):
        FilterOptions(mentions="sometimes")


# ---------------------------------------------------------------- the store and the CLI


def _seed_store(url: str):
    from tweetbot.store import connect, queue, runs, sources, upgrade

    store = connect(url)
    upgrade(store)
    now = datetime(2024, 5, 1, tzinfo=UTC)
    sources.upsert_source_tweets(store, "fb", "archive", [
        sources.SourceRow(tweet_id=i, created_at=now, text=t, raw_text=t, is_retweet=False,
                          is_reply=False, lang="en", source_ref=f"test#{i}") for i, t in SOURCES], "test")
    runs.start_run(store, run_id="run1", account="fb", base_model="tiny", params={}, by="test")
    queue.add_candidates(store, batch_id="b1", model_run_id="run1", account="fb", by="test", texts=[
        "Spotted a heron standing perfectly still by the canal lock this evening",
        "@someone The crumpets are toasting and the kettle is on",
        "The crumpets are toasting and the kettle is on!",
        "visit fieldnotes.org for crumpet recipes",
    ])
    return store


def test_stage_writes_reason_and_detail_and_reports_counts(sqlite_url):
    from tweetbot.pipeline import stage
    from tweetbot.store.schema import candidates

    store = _seed_store(sqlite_url)
    lines: list[str] = []
    report = stage(store, batch_id="b1", by="test", log=lines.append)
    assert (report.staged, dict(report.dropped), report.decided) == (
        1, {"copy": 1, "duplicate": 1, "link": 1}, 4)
    with store.connect() as conn:
        rows = conn.execute(select(candidates.c.filter_reason, candidates.c.filter_detail)
                            .order_by(candidates.c.seq)).all()
    assert rows[0] == ("copy", "source 102 run 100") and rows[3] == ("link", "fieldnotes.org")
    assert rows[1] == (None, None)
    assert any("candidates/s" in line for line in lines)
    assert "1 copy, 1 duplicate, 1 link" in lines[-1]
    rerun = stage(store, batch_id="b1", by="test", log=lines.append)
    assert (rerun.staged, rerun.decided, dict(rerun.dropped)) == (0, 0, dict(report.dropped))
    store.dispose()


def tweetbot(*args: str, db: str, stdin: str | None = None) -> Result:
    return run_cli(args, db_url=db, input=stdin)


def _counts(url: str) -> dict[str, int]:
    from tweetbot.store import connect
    from tweetbot.store.schema import candidates, source_tweets, tweet_events, tweets

    store = connect(url)
    with store.connect() as conn:
        counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                  for t in (source_tweets, candidates, tweets, tweet_events)}
    store.dispose()
    return counts


def test_filter_command_reports_verdicts_and_changes_nothing(sqlite_url, shared_data, tmp_path):
    archive = shared_data / "x_archive_smithjd" / "tweets_sample.js"
    assert tweetbot("import", "--source", "archive", str(archive), "--account", "jd",
                    db=sqlite_url).returncode == 0
    stored = json.loads(tweetbot("source", "list", "--account", "jd", "--json", db=sqlite_url).stdout)
    copied = next(r["text"] for r in stored if len(copy_form(r["text"]).split()) >= 8
                  and "http" not in r["text"] and "@" not in r["text"])
    candidates = tmp_path / "candidates.txt"
    candidates.write_text("\n".join([
        " ".join(copied.split()).upper(),
        "@someone an entirely new thought about community gardens and bees",
        "read more at fieldnotes.org please",
        "",
        "ok",
    ]) + "\n", encoding="utf-8")
    before = _counts(sqlite_url)

    out = tweetbot("filter", str(candidates), "--account", "jd", "--json", db=sqlite_url)
    assert out.returncode == 0, out.stderr
    verdicts = json.loads(out.stdout)
    assert [v["reason"] for v in verdicts] == ["copy", None, "link", "debris"]  # blank lines skipped
    assert all(set(v) >= {"text", "kept", "reason", "detail", "clean_text"} for v in verdicts)
    assert [v["kept"] for v in verdicts] == [False, True, False, False]
    assert verdicts[1]["clean_text"] == "an entirely new thought about community gardens and bees"
    assert verdicts[0]["detail"].startswith("source ")

    options = tweetbot("filter", "-", "--account", "jd", "--mentions", "reject", "--allow-links",
                       db=sqlite_url, stdin=candidates.read_text(encoding="utf-8"))
    assert options.returncode == 0, options.stderr
    assert "4 candidates: 1 kept, 3 dropped (1 copy, 1 debris, 1 mention)" in options.stdout
    assert _counts(sqlite_url) == before
