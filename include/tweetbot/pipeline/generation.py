"""Generate: sample candidates (persona) or write the next chapter (story) from the serving run."""
from __future__ import annotations

import uuid
from pathlib import Path

from tweetbot.pipeline.common import LogFn, _log
from tweetbot.store import queue, runs
from tweetbot.store.db import Store


def generate(
    store: Store, *, account: str, run_id: str | None = None, n: int = 50,
    temperature: float = 1.0, top_k: int = 0, top_p: float = 0.9, length: int | None = None,
    prefix: str | None = None, by: str, log: LogFn | None = None, backend: str | None = None,
) -> dict:
    """Sample `n` candidates from a run (default: the account's newest trained run) into the store."""
    from tweetbot.model import runner

    log = _log(log)
    run = generation_run(store, account, run_id, log=log)
    texts = runner.generate(
        run_path=Path(run["path"]), n=n, temperature=temperature, top_k=top_k, top_p=top_p,
        length=length, prefix=prefix or None, log=log, backend=backend,
    )
    batch_id = f"{run['id']}-g{uuid.uuid4().hex[:6]}"
    added = queue.add_candidates(
        store, batch_id=batch_id, model_run_id=run["id"], account=account, texts=texts, by=by
    )
    log(f"batch {batch_id}: {added} candidates from run {run['id']}")
    return {"batch_id": batch_id, "model_run_id": run["id"], "count": added}


def generation_run(store: Store, account: str, run_id: str | None = None, *, log: LogFn | None = None) -> dict:
    """The run to sample from: the one asked for, else the one serving the account. Its `path` is a
    local folder with its files (fetched from the artifact store when this machine lacks them)."""
    from tweetbot import artifacts

    run = runs.get_run(store, run_id) if run_id else runs.serving_run(store, account)
    if run is None and not run_id and not runs.serving_history_rows(store, account):
        run = runs.latest_succeeded_run(store, account)  # runs from before promotion existed
        if run:
            _log(log)(f"{account}: no run was ever promoted; using the newest trained run {run['id']}")
    if run is None or run["status"] != runs.SUCCEEDED:
        raise ValueError(f"no trained model run for {account!r}" + (f" (asked for {run_id})" if run_id else ""))
    return {**run, "path": str(artifacts.local_run_dir(run["path"], run.get("artifact_url"), log=log))}


def generate_chapter(
    store: Store, *, account: str, run_id: str | None = None, n_tweets: int = 28,
    opening: str | None = None, temperature: float = 1.0, top_k: int = 0, top_p: float = 0.9,
    by: str, log: LogFn | None = None, backend: str | None = None,
) -> dict:
    """Story bots: write the next chapter, continuing from the story's last approved/posted tweet
    (or `opening` the first time), as one ordered batch of candidates."""
    from tweetbot.model import runner
    from tweetbot.store.stories import story_state

    log = _log(log)
    run = generation_run(store, account, run_id, log=log)
    state = story_state(store, account, opening)
    log(f"story {state.story_id}: chapter {state.chapter}, continuing from …{state.context[-120:]!r}")
    tweets = runner.write_chapter(run_path=Path(run["path"]), context=state.context, n_tweets=n_tweets,
                                  temperature=temperature, top_k=top_k, top_p=top_p,
                                  include_context=state.fresh, log=log, backend=backend)
    batch_id = f"{run['id']}-c{state.chapter}-{uuid.uuid4().hex[:6]}"
    added = queue.add_candidates(store, batch_id=batch_id, model_run_id=run["id"], account=account,
                                 texts=tweets, by=by)
    log(f"batch {batch_id}: chapter {state.chapter} of {state.story_id}, {added} tweets from run {run['id']}")
    return {"batch_id": batch_id, "model_run_id": run["id"], "count": added,
            "story_id": state.story_id, "chapter": state.chapter, "continues_from": state.context[-280:]}
