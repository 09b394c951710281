"""The weekly engagement report of one account: did the posted tweets do well, and did the new model
do better than the last one?

From the store only (posted tweets' latest metrics, their model runs and predicted percentiles, the
ranker's evaluations): a table for the task log and the queue page, and `engagement.png` beside the
run. Honest numbers: medians with their n, raw counts (no smoothing, no decimals a count cannot
have), and "no metrics yet" rather than a zero when nothing was measured. `engagements` is what X
counts under a tweet: likes + retweets + replies + quotes. matplotlib is imported in `write_png` only.
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tweetbot.store import metrics as store_metrics
from tweetbot.store.clock import utcnow
from tweetbot.store.db import Store

ENGAGEMENT_PNG = "engagement.png"
#: Fewer pairs than this and a rank correlation is noise: none is shown.
MIN_PAIRS = 5
NO_RUN = "(no model run)"


def engagements(metrics: dict) -> int:
    """What X counts under a tweet: likes + retweets + replies + quotes."""
    return metrics["likes"] + metrics["retweets"] + metrics["replies"] + metrics["quotes"]


@dataclass(frozen=True)
class RunSummary:
    """The posted tweets one model run wrote: how many, how many measured, their medians (None: none measured)."""

    run_id: str
    started_at: datetime | None
    posted: int
    measured: int
    median_likes: float | None
    median_engagements: float | None
    median_impressions: float | None
    with_impressions: int


@dataclass
class EngagementReport:
    account: str
    generated_at: datetime
    runs: list[RunSummary] = field(default_factory=list)
    points: list[tuple[datetime, str, int]] = field(default_factory=list)  # (posted_at, run, engagements)
    predicted: list[tuple[float, int]] = field(default_factory=list)  # (predicted percentile, engagements)
    predicted_spearman: float | None = None
    evaluations: list[dict] = field(default_factory=list)  # ranker_evaluations rows, oldest first
    latest_fetch: datetime | None = None
    posted: int = 0
    deleted: int = 0

    @property
    def measured(self) -> int:
        return len(self.points)

    def table(self) -> str:
        """The report as text, for the task log."""
        lines = [f"engagement of {self.account}'s posted tweets (latest metrics of each)"]
        if not self.measured:
            lines.append(f"  no metrics yet: {self.posted} posted tweets, none measured (the daily tweetbot_metrics "
                         "DAG fetches them; reading them needs a paid X API tier)")
        else:
            lines.append(f"  {self.measured} of {self.posted} posted tweets measured, newest fetch "
                         f"{self.latest_fetch:%Y-%m-%d %H:%M} UTC" + (f"; {self.deleted} deleted on X" if self.deleted
                                                                      else ""))
            header = ("model run", "started", "posted", "measured", "median likes", "median engagements",
                      "median impressions")
            rows = [header] + [(r.run_id, f"{r.started_at:%Y-%m-%d}" if r.started_at else "—", str(r.posted),
                                str(r.measured), _median(r.median_likes), _median(r.median_engagements),
                                _median(r.median_impressions, r.with_impressions, r.measured)) for r in self.runs]
            widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
            lines += ["  " + "  ".join(cell.ljust(w) if i < 2 else cell.rjust(w)
                                       for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
                      for row in rows]
        lines.append("  predicted vs actual: " + self.predicted_line())
        lines.append("  ranker held-out Spearman: " + self.ranker_line())
        return "\n".join(lines)

    def predicted_line(self) -> str:
        n = len(self.predicted)
        if self.predicted_spearman is None:
            return (f"{n} measured posted tweets had a predicted percentile: too few for a rank correlation "
                    f"(at least {MIN_PAIRS})" if n else "no measured posted tweet had a predicted percentile")
        return f"Spearman {self.predicted_spearman:+.2f} over n={n} measured posted tweets with a predicted percentile"

    def ranker_line(self) -> str:
        if not self.evaluations:
            return "no evaluations yet"
        last = self.evaluations[-1]
        if last["spearman"] is None:
            return (f"{last['note'] or 'not evaluated'} ({last['evaluated_at']:%Y-%m-%d}); "
                    f"{len(self.evaluations)} evaluations")
        baseline = "—" if last["baseline_spearman"] is None else f"{last['baseline_spearman']:+.2f}"
        return (f"{last['spearman']:+.2f} vs baseline {baseline} on {last['n_test']} newest tweets "
                f"({'usable' if last['usable'] else 'not usable'}, {last['evaluated_at']:%Y-%m-%d}); "
                f"{len(self.evaluations)} evaluations")

    def as_dict(self) -> dict[str, Any]:
        return {"account": self.account, "posted": self.posted, "measured": self.measured, "deleted": self.deleted,
                "latest_fetch": self.latest_fetch.isoformat() if self.latest_fetch else None,
                "runs": [{**r.__dict__, "started_at": r.started_at.isoformat() if r.started_at else None}
                         for r in self.runs],
                "predicted_n": len(self.predicted), "predicted_spearman": self.predicted_spearman,
                "evaluations": len(self.evaluations)}


def _median(value: float | None, n: int | None = None, of: int | None = None) -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"  # a median of two counts: .5 at most
    return text + (f" (n={n})" if n is not None and n != of else "")


def build(store: Store, account: str, *, now: datetime | None = None) -> EngagementReport:
    """The account's report from the store."""
    from tweetbot.store import runs as store_runs

    rows = store_metrics.posted_with_latest(store, account)
    report = EngagementReport(account=account, generated_at=now or utcnow(), posted=len(rows),
                              deleted=sum(1 for r in rows if r["x_deleted_at"]))
    started = {r["id"]: r["started_at"] for r in store_runs.list_runs(store, account)}
    by_run: dict[str, list[dict]] = {}
    for row in rows:
        by_run.setdefault(row["model_run_id"] or NO_RUN, []).append(row)
        if row["metrics"]:
            report.points.append((row["posted_at"], row["model_run_id"] or NO_RUN, engagements(row["metrics"])))
            if row["predicted_percentile"] is not None:
                report.predicted.append((row["predicted_percentile"], engagements(row["metrics"])))
            at = row["metrics"]["metrics_at"]
            report.latest_fetch = at if report.latest_fetch is None else max(report.latest_fetch, at)
    for run_id, group in sorted(by_run.items(), key=lambda item: (started.get(item[0]) is None, started.get(item[0])
                                                                   or datetime.min, item[0])):
        report.runs.append(_summary(run_id, started.get(run_id), group))
    if len(report.predicted) >= MIN_PAIRS:
        report.predicted_spearman = _spearman([p for p, _ in report.predicted], [e for _, e in report.predicted])
    report.evaluations = store_metrics.ranker_history(store, account)
    return report


def _summary(run_id: str, started_at: datetime | None, group: Sequence[dict]) -> RunSummary:
    measured = [r["metrics"] for r in group if r["metrics"]]
    impressions = [m["impressions"] for m in measured if m["impressions"] is not None]
    return RunSummary(
        run_id=run_id, started_at=started_at, posted=len(group), measured=len(measured),
        median_likes=statistics.median(m["likes"] for m in measured) if measured else None,
        median_engagements=statistics.median(engagements(m) for m in measured) if measured else None,
        median_impressions=statistics.median(impressions) if impressions else None,
        with_impressions=len(impressions))


def _spearman(a: Sequence[float], b: Sequence[float]) -> float | None:
    """Spearman's rank correlation (ties averaged); None when either side is constant."""
    from scipy.stats import spearmanr

    if len(set(a)) < 2 or len(set(b)) < 2:
        return None
    return float(spearmanr(a, b).statistic)


def write_png(report: EngagementReport, path: Path) -> Path:
    """Three panels: engagements of posted tweets over time by model run (with each run's median),
    predicted percentile against actual engagements, the ranker's held-out Spearman over time."""
    from tweetbot.model.report import new_figure, save_png

    fig = new_figure(figsize=(12, 4))
    over_time, versus, ranker = fig.subplots(1, 3)
    fig.suptitle(f"{report.account}: engagement of posted tweets ({report.measured} of {report.posted} measured)",
                 fontsize=10)
    _plot_over_time(over_time, report)
    _plot_predicted(versus, report)
    _plot_ranker(ranker, report)
    return save_png(fig, path)


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=9, transform=ax.transAxes, wrap=True)
    ax.set_xticks([])
    ax.set_yticks([])


def _plot_over_time(ax, report: EngagementReport) -> None:
    ax.set_title("engagements by model run (— median)", fontsize=9)
    if not report.points:
        _empty(ax, "no metrics yet")
        return
    for n, summary in enumerate(report.runs):
        mine = [(t, e) for t, run, e in report.points if run == summary.run_id]
        if not mine:
            continue
        color = f"C{n % 10}"
        ax.scatter([t for t, _ in mine], [e for _, e in mine], s=14, color=color, alpha=0.7,
                   label=f"{summary.run_id[-16:]} (n={len(mine)})")
        times = [t for t, _ in mine]
        ax.hlines(summary.median_engagements, min(times), max(times), colors=color, lw=2)
    ax.set_ylabel("likes + retweets + replies + quotes")
    ax.tick_params(axis="x", labelsize=7, labelrotation=30)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, loc="upper left")


def _plot_predicted(ax, report: EngagementReport) -> None:
    ax.set_title("predicted percentile vs actual", fontsize=9)
    if not report.predicted:
        _empty(ax, "no measured posted tweet had a predicted percentile")
        return
    ax.scatter([p for p, _ in report.predicted], [e for _, e in report.predicted], s=14, alpha=0.7)
    ax.set_xlabel("predicted percentile (among the account's tweets)")
    ax.set_ylabel("engagements")
    ax.set_xlim(0, 100)
    ax.grid(alpha=0.3)
    ax.text(0.02, 0.96, report.predicted_line(), transform=ax.transAxes, fontsize=7, va="top", wrap=True)


def _plot_ranker(ax, report: EngagementReport) -> None:
    ax.set_title("ranker's held-out Spearman", fontsize=9)
    rows = [r for r in report.evaluations if r["spearman"] is not None]
    if not rows:
        _empty(ax, "no evaluations yet")
        return
    times = [r["evaluated_at"] for r in rows]
    ax.plot(times, [r["spearman"] for r in rows], "o-", label="ranker")
    baseline = [(r["evaluated_at"], r["baseline_spearman"]) for r in rows if r["baseline_spearman"] is not None]
    if baseline:
        ax.plot([t for t, _ in baseline], [b for _, b in baseline], "s--", label="baseline")
    usable = [(r["evaluated_at"], r["spearman"]) for r in rows if r["usable"]]
    if usable:
        ax.scatter([t for t, _ in usable], [s for _, s in usable], s=80, facecolors="none", edgecolors="green",
                   label="usable")
    ax.axhline(0, color="grey", lw=0.8)
    ax.tick_params(axis="x", labelsize=7, labelrotation=30)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7)


def run_report(store: Store, account: str, *, run_dir: Path | None, log=print) -> EngagementReport:
    """Build the report, log its table, and write `engagement.png` into `run_dir` (when there is one)."""
    report = build(store, account)
    log(report.table())
    if run_dir is not None and Path(run_dir).is_dir():
        write_png(report, Path(run_dir) / ENGAGEMENT_PNG)
        log(f"wrote {Path(run_dir) / ENGAGEMENT_PNG}")
    else:
        log(f"no run folder here ({run_dir}): the table above is the report, no {ENGAGEMENT_PNG}")
    return report
