"""The model's tasks: fine-tune, evaluate and promote, generate. Each runs the model in a child process."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tweetbot.airflow.operators.base import StoreOperator, actor


class FineTuneGPT2Operator(StoreOperator):
    """Fine-tune GPT-2 (gpt-2-simple or PyTorch, in a child process) on the account's tweets: a new model run.

    A retry or a cleared task always starts a fresh run folder; a failed run is recorded as failed
    and never used for generation. A finished run does not serve until `EvaluatePromoteOperator`
    finds it better than the serving one.

    :param account: whose tweets to learn.
    :param model_name: ``auto`` (GPT-2 124M when present or downloadable, else tiny), ``tiny``
        (offline, built from the account's text) or ``124M`` … ``1558M``.
    :param steps: training steps.
    :param learning_rate: optional; defaults suit the model size.
    :param backend: ``gpt2simple`` or ``torch`` (empty: TWEETBOT_MODEL_BACKEND, else gpt2simple).
    :param batch_size: sequences per optimizer step.
    :param accumulate: batches per optimizer step (gradient accumulation).
    """

    template_fields: Sequence[str] = ("account", "model_name", "steps", "learning_rate", "backend",
                                      "batch_size", "accumulate")
    ui_color = "#fff3e0"

    def __init__(self, *, account: str, model_name: str = "auto", steps: int | str = 200,
                 learning_rate: float | str | None = None, backend: str = "", batch_size: int | str = 1,
                 accumulate: int | str = 1, **kwargs) -> None:
        super().__init__(**kwargs)
        self.account = account
        self.model_name = model_name
        self.steps = steps
        self.learning_rate = learning_rate
        self.backend = backend
        self.batch_size = batch_size
        self.accumulate = accumulate

    def execute(self, context: Any) -> str:
        from tweetbot.pipeline import train

        run = train(self.hook.get_store(), account=self.account, base_model=self.model_name,
                    steps=int(self.steps),
                    learning_rate=float(self.learning_rate) if self.learning_rate not in (None, "", "None") else None,
                    batch_size=int(self.batch_size or 1), accumulate=int(self.accumulate or 1),
                    backend=self.backend or None, by=actor(context), log=self.log.info)
        return run["id"]


class EvaluatePromoteOperator(StoreOperator):
    """Held-out loss of a new run and of the serving model (child process); the new run serves only
    if it is better. Returns the decision; its ``serving_run_id`` is what generation should use.

    A rerun keeps a decision already made (a cleared task does not re-decide).

    :param model_run_id: the run the train task made.
    :param backend: which model backend measures (both give the same losses, to float precision).
    """

    template_fields: Sequence[str] = ("model_run_id", "backend")
    ui_color = "#fff8e1"

    def __init__(self, *, model_run_id: str, backend: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.model_run_id = model_run_id
        self.backend = backend

    def execute(self, context: Any) -> dict:
        from tweetbot.pipeline import evaluate_and_promote

        return evaluate_and_promote(self.hook.get_store(), run_id=self.model_run_id, by=actor(context),
                                    log=self.log.info, backend=self.backend or None)


class GenerateTweetsOperator(StoreOperator):
    """Sample candidate tweets from a model run into the store (child process).

    :param account: the bot/account.
    :param model_run_id: the run to sample from (default: the run serving the account).
    :param count: number of candidates.
    :param temperature: sampling temperature.
    :param top_k: top-k sampling (0 = off).
    :param top_p: nucleus sampling.
    :param length: tokens per sample (empty = as long as the model allows).
    :param prefix: text each candidate starts with.
    :param mode: ``persona`` (independent candidates) or ``story`` (the next chapter of the story).
    :param story_opening: story mode, first chapter only: the line the story starts from.
    :param chapter_tweets: story mode: tweets per chapter.
    :param backend: ``gpt2simple`` or ``torch``; either samples from any run.
    """

    template_fields: Sequence[str] = ("account", "model_run_id", "count", "temperature", "top_k",
                                      "top_p", "length", "prefix", "mode", "story_opening",
                                      "chapter_tweets", "backend")
    ui_color = "#fff3e0"

    def __init__(self, *, account: str, model_run_id: str | None = None, count: int | str = 50,
                 temperature: float | str = 1.0, top_k: int | str = 0, top_p: float | str = 0.9,
                 length: int | str | None = None, prefix: str | None = None, mode: str = "persona",
                 story_opening: str | None = None, chapter_tweets: int | str = 28, backend: str = "",
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.backend = backend
        self.mode = mode
        self.story_opening = story_opening
        self.chapter_tweets = chapter_tweets
        self.account = account
        self.model_run_id = model_run_id
        self.count = count
        self.temperature = temperature
        self.top_k = top_k
        self.top_p = top_p
        self.length = length
        self.prefix = prefix

    def execute(self, context: Any) -> dict:
        from tweetbot.pipeline import generate, generate_chapter

        if self.mode == "story":
            return generate_chapter(
                self.hook.get_store(), account=self.account, run_id=self.model_run_id or None,
                n_tweets=int(self.chapter_tweets), opening=self.story_opening or None,
                temperature=float(self.temperature), top_k=int(self.top_k), top_p=float(self.top_p),
                by=actor(context), log=self.log.info, backend=self.backend or None,
            )
        return generate(
            self.hook.get_store(), account=self.account, run_id=self.model_run_id or None,
            n=int(self.count), temperature=float(self.temperature), top_k=int(self.top_k),
            top_p=float(self.top_p), length=int(self.length) if self.length else None,
            prefix=self.prefix or None, by=actor(context), log=self.log.info, backend=self.backend or None,
        )
