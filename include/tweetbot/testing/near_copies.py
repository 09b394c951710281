"""Synthetic near-copies of real tweets, to measure the originality filter (tests and the bench).

What a fine-tuned GPT-2 does when it memorises: repeats a training tweet with a word or two changed,
dropped or added, in another case or punctuation, or starts one and ends it differently. Every
mutation is made with the caller's `random.Random`, so a fixed seed gives the same sample each run.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from tweetbot.sources import ImportOptions, clean_text, read_source, skip_reason

_WORDY = re.compile(r"^[^\W\d_]{2,}[.,!?]?$")  # a plain word (maybe with punctuation), not a link/@/#

Mutation = Callable[[str, random.Random, Sequence[str]], str | None]


def load_source(kind: str, path, options: ImportOptions | None = None) -> list[tuple[str, str]]:
    """(tweet_id, text) as `tweetbot import` would store them (default options: no RTs, no replies)."""
    options = options or ImportOptions()
    out = []
    for raw in read_source(kind, path):
        text = clean_text(raw, options)
        if not skip_reason(raw, text, options):
            out.append((raw.tweet_id, text))
    return out


def _word_slots(tokens: list[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if _WORDY.match(t)]


def _replace(text: str, rng: random.Random, vocab: Sequence[str], n: int) -> str | None:
    tokens = text.split()
    slots = _word_slots(tokens)
    if len(slots) < n + 2:
        return None
    for i in rng.sample(slots, n):
        new = rng.choice(vocab)
        while new.casefold() == tokens[i].casefold().strip(".,!?"):
            new = rng.choice(vocab)
        tokens[i] = new
    return " ".join(tokens)


def swap_one(text: str, rng: random.Random, vocab: Sequence[str]) -> str | None:
    return _replace(text, rng, vocab, 1)


def swap_two(text: str, rng: random.Random, vocab: Sequence[str]) -> str | None:
    return _replace(text, rng, vocab, 2)


def drop_one(text: str, rng: random.Random, vocab: Sequence[str]) -> str | None:
    tokens = text.split()
    slots = _word_slots(tokens)
    if len(slots) < 3:
        return None
    del tokens[rng.choice(slots)]
    return " ".join(tokens)


def insert_one(text: str, rng: random.Random, vocab: Sequence[str]) -> str | None:
    tokens = text.split()
    tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(vocab))
    return " ".join(tokens)


def swap_and_drop(text: str, rng: random.Random, vocab: Sequence[str]) -> str | None:
    swapped = swap_one(text, rng, vocab)
    return drop_one(swapped, rng, vocab) if swapped else None


def case_and_punctuation(text: str, rng: random.Random, vocab: Sequence[str]) -> str | None:
    text = rng.choice([str.upper, str.lower, str.title, str.swapcase])(text)
    text = text.replace(".", rng.choice(["!", "...", ""])).replace(",", rng.choice([";", ""]))
    return text.rstrip("!?.") + rng.choice(["!!", "?", " :)", "..."])


def new_ending(text: str, rng: random.Random, vocab: Sequence[str]) -> str | None:
    """A tweet up to its 9th plain word, then something else: memorised openings."""
    tokens = text.split()
    slots = _word_slots(tokens)
    if len(slots) < 12:
        return None
    return " ".join(tokens[:slots[8] + 1] + [rng.choice(vocab) for _ in range(rng.randint(3, 8))])


MUTATIONS: dict[str, Mutation] = {
    "case+punct": case_and_punctuation,
    "drop 1 word": drop_one,
    "swap 1 word": swap_one,
    "swap 2 words": swap_two,
    "swap 1 + drop 1": swap_and_drop,
    "insert 1 word": insert_one,
    "new ending": new_ending,
}


def vocabulary(texts: Sequence[str]) -> list[str]:
    """Plain words of the account's own tweets (a swap uses the account's words, as a model would)."""
    words = {t.strip(".,!?") for text in texts for t in text.split() if _WORDY.match(t)}
    return sorted(words)


#: Ordinary phrases any account may share; a candidate made of one is not a copy of anybody.
GENERIC_PHRASES = (
    "Thank you so much!", "Have a great weekend everyone", "Happy new year to all of you",
    "Good morning, what a lovely day", "Thank you so much for coming to the talk today",
    "Thank you very much", "Looking forward to the weekend", "Looking forward to seeing you all there",
    "Thanks for the shout out", "What a great bunch of people", "Congratulations to the whole team",
    "Can't wait for the weekend", "Thanks for the follow", "See you all next week",
    "Great talk today, thank you", "Hope everyone has a great day", "Happy new year everyone",
    "Thanks so much for all the kind words",
)


def held_out_split(items: Sequence, rng: random.Random) -> tuple[list, list]:
    """Two halves in a seeded random order: index one, ask about the other (same voice, new text)."""
    order = list(items)
    rng.shuffle(order)
    half = len(order) // 2
    return order[:half], order[half:]
