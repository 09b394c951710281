"""Child side of story writing: one process loads the run once and samples every continuation.

`tweetbot.story.write_chapter` decides where tweets end; this module only supplies its sampler
(gpt-2-simple's generate with the story so far as prefix), so a 28-tweet chapter costs one
TensorFlow start-up instead of dozens.
"""
from __future__ import annotations

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


def cmd_story(spec: dict[str, Any]) -> dict[str, Any]:
    """Write `n_tweets` tweets continuing `context`; returns them in story order."""
    import gpt_2_simple as gpt2
    from gpt_2_simple.src import encoder

    from tweetbot.story import write_chapter

    run_path = Path(spec["run_path"])
    if (run_path / "FAILED").exists() or not (run_path / "checkpoint").is_file():
        raise WorkerError(f"run {run_path} is not a finished training run")
    n_ctx = int(read_hparams(run_path)["n_ctx"])
    enc = encoder.get_encoder(str(run_path))
    # Half the window for the story so far, half for what comes next; ~3 chars a token is safe
    # for GPT-2's BPE and for the tiny model's smaller vocabulary alike.
    max_prefix_chars = max(40, int(n_ctx * 1.5))
    sess = fresh_session()
    gpt2.load_gpt2(sess, checkpoint_dir=str(run_path.parent), run_name=run_path.name)
    seed = spec.get("seed")
    calls = 0

    def sample(prefix: str) -> str:
        nonlocal calls
        while len(enc.encode(START + prefix)) > n_ctx // 2 and " " in prefix:
            prefix = prefix[prefix.index(" ") + 1:]  # keep room to continue
        length = generation_length(n_ctx, len(enc.encode(START + prefix)), spec.get("length"))
        [text] = gpt2.generate(
            sess, run_name=run_path.name, checkpoint_dir=str(run_path.parent), return_as_list=True,
            nsamples=1, batch_size=1, length=length, temperature=float(spec.get("temperature", 1.0)),
            top_k=int(spec.get("top_k", 0)), top_p=float(spec.get("top_p", 0.9)),
            prefix=START + prefix, truncate=END, include_prefix=True,
            seed=None if seed is None else int(seed) + calls,
        )
        calls += 1
        # include_prefix=True gives prefix + continuation whether or not the model ended the example
        # (with False, gpt-2-simple keeps the prefix only when no end marker was generated).
        if text.startswith(START + prefix):
            text = text[len(START + prefix):]
        return clean_sample(" " + text)

    tweets = write_chapter(sample, spec["context"], int(spec["n_tweets"]), max_prefix_chars=max_prefix_chars,
                           log=say, max_samples=spec.get("max_samples"),
                           include_context=bool(spec.get("include_context")))
    return {"tweets": tweets, "samples": calls, "n_ctx": n_ctx}
