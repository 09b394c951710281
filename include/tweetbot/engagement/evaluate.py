"""The honest test that decides whether an account's ranker may put a number in front of a reviewer.

Time split: both models are fitted on the account's older 80% of tweets and scored on the newest 20%
(what it will be asked to do: predict tweets it has not seen, written later). The ranker's Spearman
rank correlation with the actual engagement is measured beside the baseline's, in the same run.

`usable` — a percentile is shown — needs all of:

* enough history: at least `MIN_TRAIN` training and `MIN_TEST` test tweets with counts, and at least
  `MIN_ENGAGED` test tweets with any engagement at all (otherwise Spearman mostly measures ties);
* a real margin: the ranker's Spearman at least `MARGIN` above the baseline's, **and** the lower
  bound of a one-sided 95% paired bootstrap interval of that difference (`BOOTSTRAP` resamples of
  the test tweets, seeded) above zero.

The ranker that scores candidates is the one evaluated (fitted on the older 80%): what was measured
is what is used. Percentiles place a score among its scores of the newest 20% — tweets it never saw,
like the candidates — as whole numbers (the test split is a few hundred tweets: no finer precision).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from tweetbot.engagement.history import Example
from tweetbot.engagement.ranker import BaselineModel, TextRanker, spearman

TEST_SHARE = 0.2
MIN_TRAIN = 200
MIN_TEST = 50
MIN_ENGAGED = 20
MARGIN = 0.05
BOOTSTRAP = 1000
CONFIDENCE = 0.95
NOT_ENOUGH = "not enough engagement history"


@dataclass
class Evaluation:
    """One held-out evaluation; `ranker` and `reference` are set whenever a ranker could be fitted."""

    n_train: int
    n_test: int
    spearman: float | None = None
    baseline_spearman: float | None = None
    difference_low: float | None = None  # one-sided lower bound of (ranker - baseline)
    usable: bool = False
    note: str | None = None
    seed: int = 0
    ranker: TextRanker | None = field(default=None, repr=False)
    reference: np.ndarray | None = field(default=None, repr=False)  # held-out scores, sorted

    def scores(self, texts: Sequence[str]) -> list[float] | None:
        """The ranker's scores of `texts` (None when no ranker could be fitted)."""
        if self.ranker is None or not texts:
            return None if self.ranker is None else []
        return [float(s) for s in self.ranker.score(list(texts))]

    def percentiles(self, scores: Sequence[float]) -> list[int | None]:
        """Each score's percentile (0-100, whole numbers) among the held-out tweets' scores; all None
        unless the ranker is usable."""
        if not self.usable or self.reference is None:
            return [None] * len(scores)
        below = np.searchsorted(self.reference, scores, side="left")
        at_or_below = np.searchsorted(self.reference, scores, side="right")
        share = (below + at_or_below) / (2 * len(self.reference))
        return [int(round(100 * s)) for s in share]

    def summary(self) -> str:
        """One line for a log or a terminal."""
        if self.spearman is None and self.baseline_spearman is None:
            return f"{self.note} ({self.n_train} training, {self.n_test} test tweets)"
        verdict = "usable" if self.usable else f"not usable: {self.note}"
        low = f", difference ≥ {self.difference_low:+.3f} at {CONFIDENCE:.0%}" if self.difference_low is not None \
            else ""
        return (f"held-out Spearman {_fmt(self.spearman)} vs baseline {_fmt(self.baseline_spearman)} "
                f"on the {self.n_test} newest tweets (fitted on {self.n_train} older){low}: {verdict}")


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def time_split(examples: Sequence[Example], test_share: float = TEST_SHARE) -> tuple[list[Example], list[Example]]:
    """(older, newest) by creation time; ties broken by the order given."""
    ordered = sorted(examples, key=lambda e: e.created_at)
    cut = len(ordered) - int(round(len(ordered) * test_share))
    return ordered[:cut], ordered[cut:]


def evaluate(examples: Sequence[Example], *, seed: int = 0, test_share: float = TEST_SHARE,
             min_train: int = MIN_TRAIN, min_test: int = MIN_TEST, min_engaged: int = MIN_ENGAGED,
             margin: float = MARGIN) -> Evaluation:
    """Fit both models on the older tweets, test on the newest; deterministic given `seed`."""
    train, test = time_split(examples, test_share)
    result = Evaluation(n_train=len(train), n_test=len(test), seed=seed)
    engaged = sum(1 for e in test if e.engagement > 0)
    if len(train) < min_train or len(test) < min_test or engaged < min_engaged:
        result.note = (f"{NOT_ENOUGH}: {len(train) + len(test)} tweets with counts, {engaged} of the "
                       f"{len(test)} newest with any engagement (needs {min_train + min_test} tweets, "
                       f"{min_engaged} engaged)")
        if len(train) < 10 or len(test) < 3:
            return result
    texts = [e.text for e in train]
    y = np.array([e.engagement for e in train])
    test_texts = [e.text for e in test]
    actual = np.array([e.engagement for e in test])
    try:
        ranker = TextRanker().fit(texts, y)
    except ValueError as exc:
        result.note = result.note or str(exc)
        return result
    predicted = ranker.score(test_texts)
    baseline = BaselineModel().fit(texts, y).score(test_texts)
    result.ranker, result.reference = ranker, np.sort(predicted)
    result.spearman, result.baseline_spearman = spearman(predicted, actual), spearman(baseline, actual)
    if result.spearman is not None and result.baseline_spearman is not None:
        result.difference_low = _difference_low(predicted, baseline, actual, seed)
    if result.note:  # not enough history: measured, but no number is shown
        return result
    if result.spearman is None:
        result.note = "the newest tweets' engagement (or the ranker's scores) do not vary: nothing to rank"
    elif result.baseline_spearman is not None and result.spearman - result.baseline_spearman < margin:
        result.note = (f"the ranker does not beat its baseline by {margin:.2f}: Spearman {result.spearman:.3f} "
                       f"vs {result.baseline_spearman:.3f}")
    elif result.difference_low is not None and result.difference_low <= 0:
        result.note = (f"the ranker's lead over its baseline is within chance on {len(test)} tweets "
                       f"(difference ≥ {result.difference_low:+.3f} at {CONFIDENCE:.0%})")
    else:
        result.usable = True
    return result


def _difference_low(predicted: np.ndarray, baseline: np.ndarray, actual: np.ndarray, seed: int) -> float | None:
    """One-sided lower bound of Spearman(ranker) - Spearman(baseline), paired bootstrap over test tweets."""
    from scipy.stats import rankdata

    rng = np.random.default_rng(seed)
    index = rng.integers(0, len(actual), size=(BOOTSTRAP, len(actual)))
    ranks = [rankdata(values[index], axis=1) for values in (predicted, baseline, actual)]
    diffs = _row_corr(ranks[0], ranks[2]) - _row_corr(ranks[1], ranks[2])
    diffs = diffs[np.isfinite(diffs)]
    return float(np.quantile(diffs, 1 - CONFIDENCE)) if len(diffs) else None


def _row_corr(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pearson correlation of each row of `a` with the same row of `b` (NaN where a row is constant)."""
    a = a - a.mean(axis=1, keepdims=True)
    b = b - b.mean(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (a * b).sum(axis=1) / np.sqrt((a * a).sum(axis=1) * (b * b).sum(axis=1))
