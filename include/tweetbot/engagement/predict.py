"""What staging, the CLI and the DAG call: evaluate an account's ranker, record it, score texts.

The ranker is refitted from the store each time it is needed rather than kept in a file: fitting on
3,200 tweets and scoring 1,000 takes well under a second (bench/bench_ranker.py), staging runs once a
week, and a refit can never be staler than the history, nor unpicklable after an upgrade.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tweetbot.engagement.evaluate import Evaluation, evaluate
from tweetbot.engagement.history import account_history
from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store
from tweetbot.store.schema import ranker_evaluations

#: The newest examples a ranker learns from: recent tweets say most about the next ones, and this
#: bounds the fit's time on a 50,000-tweet archive.
MAX_HISTORY = 20_000


@dataclass(frozen=True)
class Prediction:
    """One text's score (higher: more expected engagement), its percentile among the account's own
    tweets when the ranker is usable, else why there is none."""

    text: str
    score: float | None
    percentile: int | None
    note: str | None

    def as_dict(self) -> dict:
        return {"text": self.text, "score": None if self.score is None else round(self.score, 3),
                "percentile": self.percentile}


def account_ranker(store: Store, account: str, *, seed: int = 0) -> Evaluation:
    """The account's ranker, fitted on its older tweets and evaluated on its newest (writes nothing)."""
    return evaluate(account_history(store, account)[-MAX_HISTORY:], seed=seed)


def record(store: Store, account: str, evaluation: Evaluation) -> None:
    """One `ranker_evaluations` row: the held-out Spearman over time (the weekly report plots it)."""
    with store.begin() as conn:
        conn.execute(ranker_evaluations.insert().values(
            account=account, evaluated_at=utcnow(), n_train=evaluation.n_train, n_test=evaluation.n_test,
            spearman=evaluation.spearman, baseline_spearman=evaluation.baseline_spearman,
            usable=evaluation.usable, note=evaluation.note))


def predict(evaluation: Evaluation, texts: Sequence[str]) -> list[Prediction]:
    """Each text's score and (when usable) percentile, in the order given."""
    scores = evaluation.scores(texts)
    if scores is None:
        return [Prediction(t, None, None, evaluation.note) for t in texts]
    percentiles = evaluation.percentiles(scores)
    return [Prediction(t, s, p, None if p is not None else evaluation.note)
            for t, s, p in zip(texts, scores, percentiles, strict=True)]

