"""The `story` command's loop both backends share: one child loads the run once and samples every
continuation of a chapter.

`tweetbot.story.write_chapter` decides where tweets end; this module only supplies its sampler (the
story so far as prefix, trimmed to half the model's window), so a 28-tweet chapter costs one model
start-up instead of dozens. Each backend's `cmd_story` checks and loads the run, then calls
`run_story` with its own `continue_text`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tweetbot.model.child import START, clean_sample, generation_length, say

#: continue_text(prefix, length, seed) -> what the model wrote after START + prefix (prefix excluded).
ContinueFn = Callable[[str, int, "int | None"], str]


def run_story(spec: dict[str, Any], *, n_ctx: int, encode: Callable[[str], list[int]],
              continue_text: ContinueFn) -> dict[str, Any]:
    """Write `n_tweets` tweets continuing `spec['context']`; returns them in story order."""
    from tweetbot.story import write_chapter

    # Half the window for the story so far, half for what comes next; ~3 chars a token is safe
    # for GPT-2's BPE and for the tiny model's smaller vocabulary alike.
    max_prefix_chars = max(40, int(n_ctx * 1.5))
    seed = spec.get("seed")
    calls = 0

    def sample(prefix: str) -> str:
        nonlocal calls
        while len(encode(START + prefix)) > n_ctx // 2 and " " in prefix:
            prefix = prefix[prefix.index(" ") + 1:]  # keep room to continue
        length = generation_length(n_ctx, len(encode(START + prefix)), spec.get("length"))
        text = continue_text(prefix, length, None if seed is None else int(seed) + calls)
        calls += 1
        return clean_sample(" " + text)

    tweets = write_chapter(sample, spec["context"], int(spec["n_tweets"]), max_prefix_chars=max_prefix_chars,
                           log=say, max_samples=spec.get("max_samples"),
                           include_context=bool(spec.get("include_context")))
    return {"tweets": tweets, "samples": calls, "n_ctx": n_ctx}
