"""The weekly engagement report (issue 13, part 4) on a store with data: medians with n by model run,
predicted vs actual, the ranker's Spearman over time, engagement.png beside the run, the weekly task,
and the queue page's overview panel and Posted view."""
from __future__ import annotations

import json
import statistics
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scipy.stats import spearmanr
from test_metrics import add_posted
from test_web_api import PREFIX, _conn_json, api, auth  # noqa: F401 - `api` is a fixture

from tweetbot.engagement.report import ENGAGEMENT_PNG, build, run_report, write_png
from tweetbot.store import metrics as store_metrics
from tweetbot.store import runs
from tweetbot.store.schema import ranker_evaluations
from tweetbot.x.client import TweetMetrics

ACCOUNT = "fieldnotes_bot"
T0 = datetime(2026, 11, 1, 12, tzinfo=UTC)


def _seed(store, tmp_path: Path) -> dict:
    """Two model runs' posted tweets with metrics fetched twice (the later fetch counts), one tweet never
    measured, one dry run; predicted percentiles on the newer run's tweets; three ranker evaluations."""
    for n, run_id in enumerate(("run-old", "run-new")):
        runs.start_run(store, run_id=run_id, account=ACCOUNT, base_model="tiny", params={}, by="test")
        folder = tmp_path / run_id
        folder.mkdir()
        from sqlalchemy import update

        from tweetbot.store.schema import model_runs
        with store.begin() as conn:
            conn.execute(update(model_runs).where(model_runs.c.id == run_id).values(
                path=str(folder), started_at=T0 + timedelta(days=7 * n)))
    old = add_posted(store, [str(1900000000000000000 + i) for i in range(4)], model_run_id="run-old", days_ago=20)
    new = add_posted(store, [str(1900000000000000100 + i) for i in range(7)], model_run_id="run-new", days_ago=5,
                     predicted=None)
    unmeasured = add_posted(store, ["1900000000000000200"], model_run_id="run-new", days_ago=2)
    add_posted(store, [None], model_run_id="run-new", dry_run=True)
    old_likes = [1, 2, 2, 9]
    new_likes = [3, 5, 8, 8, 13, 21, 40]
    predicted = [10.0, 35.0, 20.0, 50.0, 60.0, 75.0, 90.0]
    from sqlalchemy import update

    from tweetbot.store.schema import tweets
    with store.begin() as conn:
        for pk, pct in zip(new, predicted, strict=True):
            conn.execute(update(tweets).where(tweets.c.id == pk).values(predicted_percentile=pct))
    stale = {pk: TweetMetrics(0, 0, 0, 0, None) for pk in old + new}
    store_metrics.record_fetch(store, stale, fetched_at=T0)
    latest_at = T0 + timedelta(days=20)
    store_metrics.record_fetch(store, {pk: TweetMetrics(likes, 1, 0, 0, 100 * likes) for pk, likes in zip(
        old, old_likes, strict=True)}, fetched_at=latest_at)
    store_metrics.record_fetch(store, {pk: TweetMetrics(likes, 2, 1, 0, None) for pk, likes in zip(
        new, new_likes, strict=True)}, fetched_at=latest_at)
    with store.begin() as conn:
        for day, (rho, base, usable) in enumerate(((0.05, 0.10, False), (0.22, 0.12, True), (0.31, 0.11, True))):
            conn.execute(ranker_evaluations.insert().values(
                account=ACCOUNT, evaluated_at=T0 + timedelta(days=7 * day), n_train=800, n_test=200,
                spearman=rho, baseline_spearman=base, usable=usable, note=None))
    return {"old": old, "new": new, "unmeasured": unmeasured, "old_likes": old_likes, "new_likes": new_likes,
            "predicted": predicted, "latest_at": latest_at}


def test_report_medians_by_run_with_n(store, tmp_path: Path) -> None:
    seeded = _seed(store, tmp_path)
    report = build(store, ACCOUNT)
    assert (report.posted, report.measured) == (12, 11)  # the dry run is not a post; one never measured
    old, new = report.runs
    assert (old.run_id, old.posted, old.measured) == ("run-old", 4, 4)
    assert (new.run_id, new.posted, new.measured) == ("run-new", 8, 7)
    assert old.median_likes == statistics.median(seeded["old_likes"]) == 2
    assert old.median_engagements == statistics.median(x + 1 for x in seeded["old_likes"])
    assert new.median_engagements == statistics.median(x + 3 for x in seeded["new_likes"]) == 11
    assert (old.median_impressions, old.with_impressions) == (200, 4)
    assert (new.median_impressions, new.with_impressions) == (None, 0)
    assert report.latest_fetch == seeded["latest_at"]
    expected = spearmanr(seeded["predicted"], [x + 3 for x in seeded["new_likes"]]).statistic
    assert report.predicted_spearman == pytest.approx(expected) and len(report.predicted) == 7
    assert [e["spearman"] for e in report.evaluations] == [0.05, 0.22, 0.31]
    table = report.table()
    assert "11 of 12 posted tweets measured" in table
    assert "run-old" in table and "run-new" in table and "median engagements" in table
    assert f"Spearman {expected:+.2f} over n=7" in table
    assert "+0.31 vs baseline +0.11 on 200 newest tweets (usable" in table and "3 evaluations" in table


def test_report_without_metrics_says_so(store) -> None:
    add_posted(store, ["1900000000000000001"])
    report = build(store, ACCOUNT)
    assert report.measured == 0 and report.runs[0].median_likes is None
    assert "no metrics yet: 1 posted tweets, none measured" in report.table()
    assert "no measured posted tweet had a predicted percentile" in report.table()
    assert "no evaluations yet" in report.table()


def test_too_few_predictions_give_no_correlation(store, tmp_path: Path) -> None:
    pks = add_posted(store, [str(1900000000000000300 + i) for i in range(3)], predicted=50.0)
    store_metrics.record_fetch(store, {pk: TweetMetrics(i, 0, 0, 0) for i, pk in enumerate(pks)})
    report = build(store, ACCOUNT)
    assert report.predicted_spearman is None and "too few for a rank correlation" in report.table()


def test_png_beside_the_run(store, tmp_path: Path) -> None:
    _seed(store, tmp_path)
    lines: list[str] = []
    run_report(store, ACCOUNT, run_dir=tmp_path / "run-new", log=lines.append)
    png = (tmp_path / "run-new" / ENGAGEMENT_PNG).read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert "median engagements" in lines[0] and lines[-1].endswith(ENGAGEMENT_PNG)
    empty = write_png(build(store, "nobody"), tmp_path / "empty.png")  # empty panels still draw
    assert empty.read_bytes().startswith(b"\x89PNG")


def test_cli_report(store, tmp_path: Path, capsys) -> None:
    from tweetbot import cli

    _seed(store, tmp_path)
    png = tmp_path / "out.png"
    assert cli.main(["--db-url", store.url, "metrics", "report", "--account", ACCOUNT, "--png", str(png)]) == 0
    out = capsys.readouterr().out
    assert "11 of 12 posted tweets measured" in out and "median engagements" in out and out.endswith(f"{png}\n")
    assert png.read_bytes().startswith(b"\x89PNG")
    assert cli.main(["--db-url", store.url, "metrics", "report", "--account", ACCOUNT, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["runs"][1]["median_engagements"] == 11


def test_the_weekly_task_writes_the_report(store, tmp_path: Path, monkeypatch) -> None:
    from tweetbot.airflow.operators.metrics import EngagementReportOperator

    _seed(store, tmp_path)
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", _conn_json(store.url))
    out = EngagementReportOperator(task_id="engagement_report", account=ACCOUNT, model_run_id="run-old").execute({})
    assert (out["posted"], out["measured"], out["predicted_n"]) == (12, 11, 7)
    assert (tmp_path / "run-old" / ENGAGEMENT_PNG).is_file()
    unknown = EngagementReportOperator(task_id="engagement_report", account=ACCOUNT, model_run_id="no-such").execute({})
    assert unknown["measured"] == 11  # the table only


def test_overview_panel_and_posted_view(api, store, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    client, tokens = api
    seeded = _seed(store, tmp_path)
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", _conn_json(store.url))
    page = client.get(f"{PREFIX}/?view=overview&account={ACCOUNT}", headers=auth(tokens, "reader")).text
    assert f'id="engagement-{ACCOUNT}"' in page and "11 of 12 posted tweets measured" in page
    assert "<td>run-old</td>" in page and "engagement.png" not in page  # no report written yet
    assert "+0.31 vs baseline +0.11" in page
    run_report(store, ACCOUNT, run_dir=tmp_path / "run-new", log=lambda _m: None)
    page = client.get(f"{PREFIX}/?view=overview&account={ACCOUNT}", headers=auth(tokens, "reader")).text
    assert 'src="runs/run-new/engagement.png"' in page
    image = client.get(f"{PREFIX}/runs/run-new/engagement.png", headers=auth(tokens, "reader"))
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert client.get(f"{PREFIX}/runs/run-old/engagement.png", headers=auth(tokens, "reader")).status_code == 404

    posted = client.get(f"{PREFIX}/?view=posted&account={ACCOUNT}", headers=auth(tokens, "reader")).text
    assert "40 likes · 2 retweets · 1 replies · 0 quotes" in posted
    assert "9 likes · 1 retweets · 0 replies · 0 quotes · 900 impressions" in posted
    assert f"(fetched {seeded['latest_at']:%Y-%m-%d %H:%M} UTC)" in posted
    assert posted.count("no metrics yet") == 1  # the one never measured; the dry run has no X id


def test_overview_without_metrics_says_no_metrics_yet(api, store, monkeypatch) -> None:  # noqa: F811
    client, tokens = api
    add_posted(store, ["1900000000000000001"])
    monkeypatch.setenv("AIRFLOW_CONN_TWEETBOT_DB", _conn_json(store.url))
    page = client.get(f"{PREFIX}/?view=overview", headers=auth(tokens, "reader")).text
    assert "No metrics yet: 1 posted tweets, none measured" in page
