"""Child side of story writing: one process loads the run once and samples every continuation.

`tweetbot.story.write_chapter` decides where tweets end; this module only supplies its sampler
(the story so far as prefix), so a 28-tweet chapter costs one model start-up instead of dozens. The
prefix trimming and length rules are shared by both backends (`run_story`); each backend brings its
own `continue_text`.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetbot.model.worker import (
    END,
    START,
    WorkerError,
    clean_sample,
    fresh_session,
    generation_length,
    read_hparams,
    say,
)

#: continue_text(prefix, length, seed) -> what the model wrote after START + prefix (prefix excluded).
ContinueFn = Callable[[str, int, "int | None"], str]


def check_run(run_path: Path) -> None:
    if (run_path / "FAILED").exists() or not (run_path / "checkpoint").is_file():
        raise WorkerError(f"run {run_path} is not a finished training run")


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


def cmd_story(spec: dict[str, Any]) -> dict[str, Any]:
    """gpt-2-simple backend: each continuation is one gpt2.generate call in the loaded session."""
    import gpt_2_simple as gpt2
    from gpt_2_simple.src import encoder

    run_path = Path(spec["run_path"])
    check_run(run_path)
    enc = encoder.get_encoder(str(run_path))
    sess = fresh_session()
    gpt2.load_gpt2(sess, checkpoint_dir=str(run_path.parent), run_name=run_path.name)

    def continue_text(prefix: str, length: int, seed: int | None) -> str:
        [text] = gpt2.generate(
            sess, run_name=run_path.name, checkpoint_dir=str(run_path.parent), return_as_list=True,
            nsamples=1, batch_size=1, length=length, temperature=float(spec.get("temperature", 1.0)),
            top_k=int(spec.get("top_k", 0)), top_p=float(spec.get("top_p", 0.9)),
            prefix=START + prefix, truncate=END, include_prefix=True, seed=seed,
        )
        # include_prefix=True gives prefix + continuation whether or not the model ended the example
        # (with False, gpt-2-simple keeps the prefix only when no end marker was generated).
        return text[len(START + prefix):] if text.startswith(START + prefix) else text

    return run_story(spec, n_ctx=int(read_hparams(run_path)["n_ctx"]), encode=enc.encode,
                     continue_text=continue_text)
