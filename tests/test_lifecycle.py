"""Only better models serve: held-out evaluation, promotion, rollback, reports (tiny model, real data).

One account trained several times in a row on the example archive: the first run serves, a later run
serves only if its held-out loss beats the serving one, a deliberately bad run (1 step) and failed
runs never change what serves, and a person can promote and roll back from the CLI.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from cli_run import run_cli

from tweetbot import config, pipeline
from tweetbot.model import runner
from tweetbot.store import connect, runs, upgrade

ACCOUNT = "lifecycle_bot"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
REPORT_FIELDS = {
    "run_id", "base_model", "steps", "tokens_seen", "tokens_per_s", "wall_s", "final_train_loss",
    "train_examples", "heldout_examples", "heldout_from", "val_loss", "val_perplexity",
    "val_bits_per_byte", "val_tokens", "promoted", "promotion_note", "loss_curve",
}


@pytest.fixture(scope="module", autouse=True)
def torch_backend():
    """Promotion, reports and rollback do not depend on the backend (both write the same run folders):
    the faster-starting torch child runs them; test_model and test_weekly_dag run gpt-2-simple's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TWEETBOT_MODEL_BACKEND", "torch")
        yield


@pytest.fixture(scope="module")
def lc(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A store with the example archive imported; tests add runs to `lc["runs"]` as they go."""
    url = f"sqlite:///{tmp_path_factory.mktemp('lifecycle') / 'store.db'}"
    store = connect(url)
    upgrade(store)
    pipeline.import_source(store, account=ACCOUNT, kind="archive", path=config.example_archive(),
                           by="test", log=lambda _: None)
    yield {"store": store, "url": url, "runs": {}}
    store.dispose()


def _train(lc: dict, name: str, steps: int, **kwargs) -> dict:
    run = pipeline.train(lc["store"], account=ACCOUNT, base_model="tiny", steps=steps, by="test",
                         log=lambda _: None, **kwargs)
    decision = pipeline.evaluate_and_promote(lc["store"], run_id=run["id"], by="test", log=lambda _: None)
    lc["runs"][name] = runs.get_run(lc["store"], run["id"])
    return decision


def _cli(lc: dict, *args: str) -> tuple[int, str, str]:
    out = run_cli(args, db_url=lc["url"])
    return out.returncode, out.stdout, out.stderr


# ----------------------------------------------------------------------------------------- unit
@pytest.mark.parametrize(("n", "held"), [(0, 0), (1, 0), (2, 1), (9, 4), (10, 5), (60, 6), (220, 22),
                                         (50_000, 1000)])
def test_heldout_is_about_a_tenth_at_least_a_few(n: int, held: int) -> None:
    assert pipeline.heldout_count(n) == held


@pytest.mark.parametrize(("n_tokens", "n_ctx"), [(0, 4), (1, 4), (2, 4), (5, 4), (9, 4), (10, 4), (1000, 128)])
def test_eval_windows_score_every_token_but_the_first_once(n_tokens: int, n_ctx: int) -> None:
    from tweetbot.model.child import eval_windows

    windows = eval_windows(n_tokens, n_ctx)
    targets = [t for a, b in windows for t in range(a + 1, b)]
    assert targets == list(range(1, n_tokens))
    assert all(1 < b - a <= n_ctx + 1 for a, b in windows)  # inputs never longer than the context


def test_auto_prefers_124m_and_falls_back_to_tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWEETBOT_MODELS_DIR", str(tmp_path))
    said: list[str] = []

    def offline(name: str, **kwargs: object) -> Path:
        raise runner.ModelError(f"could not download GPT-2 {name}. no internet")

    monkeypatch.setattr(runner, "ensure_base_model", offline)
    chosen, why = pipeline.choose_base_model("auto", log=said.append)
    assert chosen == "tiny" and "124M unavailable (could not download GPT-2 124M)" in why and said == [why]
    assert pipeline.choose_base_model("tiny", log=said.append) == ("tiny", "")

    for name in runner.MODEL_FILES:  # pre-placed weights: used without a download
        (tmp_path / "124M").mkdir(exist_ok=True)
        (tmp_path / "124M" / name).write_text("x")
    chosen, why = pipeline.choose_base_model("auto", log=said.append)
    assert chosen == "124M" and "in the models folder" in why


def _finished(store, run_id: str, account: str = "acct") -> None:
    runs.start_run(store, run_id=run_id, account=account, base_model="tiny", params={}, by="t")
    runs.finish_run(store, run_id, path=f"/runs/{run_id}", steps=1, final_loss=1.0, tokens_seen=128,
                    tokens_per_s=1.0, wall_s=1.0)


def _decided(store, run_id: str, compared_with: str | None, promoted: bool) -> None:
    runs.record_evaluation(store, run_id, val_loss=2.0, val_perplexity=math.exp(2.0), serving_run_id=compared_with,
                           serving_val_loss=None, promoted=promoted, note="test", report={"x": 1}, by="t")


def test_serving_history_on_both_backends(store) -> None:
    """Promotion and rollback only append rows; a decision made against a stale serving run is refused."""
    for run_id in ("a", "b", "c"):
        _finished(store, run_id)
    assert runs.serving_run_id(store, "acct") is None
    _decided(store, "a", None, True)
    with pytest.raises(runs.ServingChanged):  # compared with "nothing serves", but a serves now
        _decided(store, "b", None, True)
    assert runs.get_run(store, "b")["promoted"] is None  # nothing of it was written
    _decided(store, "b", "a", True)
    _decided(store, "c", "b", False)
    assert runs.serving_run_id(store, "acct") == "b" and runs.get_run(store, "c")["promoted"] is False

    assert runs.promote(store, "c", by="t") is True and runs.promote(store, "c", by="t") is False
    assert [runs.rollback(store, "acct", by="t")["id"] for _ in range(2)] == ["b", "a"]  # undo, undo
    with pytest.raises(runs.LifecycleError, match="no earlier serving run"):
        runs.rollback(store, "acct", by="t")
    runs.promote(store, "c", by="t")
    assert runs.rollback(store, "acct", by="t")["id"] == "a"
    history = runs.serving_history_rows(store, "acct")
    assert [h["model_run_id"] for h in history] == ["a", "b", "c", "b", "a", "c", "a"]
    assert [h["reason"].split(":")[0].split()[0] for h in history] == [
        "evaluation", "evaluation", "promoted", "rollback", "rollback", "promoted", "rollback"]
    assert runs.serving_ids(store) == {"acct": "a"}

    runs.start_run(store, run_id="d", account="acct", base_model="tiny", params={}, by="t")
    runs.fail_run(store, "d", "boom")
    with pytest.raises(runs.LifecycleError, match="failed: only a succeeded run can serve"):
        runs.promote(store, "d", by="t")


# ------------------------------------------------------------------------------- the lifecycle
@pytest.mark.slow
def test_first_run_serves_and_carries_its_report(lc: dict) -> None:
    decision = _train(lc, "a", steps=30)
    a = lc["runs"]["a"]
    assert decision["promoted"] is True and decision["serving_run_id"] == a["id"]
    assert "nothing served yet" in decision["note"]
    assert runs.serving_run_id(lc["store"], ACCOUNT) == a["id"]
    assert a["val_loss"] > 0 and a["val_perplexity"] == pytest.approx(math.exp(a["val_loss"]))
    assert a["serving_run_id"] is None and a["serving_val_loss"] is None

    report = a["report"]
    assert REPORT_FIELDS <= set(report), REPORT_FIELDS - set(report)
    assert report["steps"] == 30 and report["tokens_seen"] == 30 * 128 and report["tokens_per_s"] > 0
    assert report["heldout_examples"] == pipeline.heldout_count(report["train_examples"] + report["heldout_examples"])
    assert report["heldout_examples"] >= 5 and report["val_bits_per_byte"] > 0

    folder = Path(a["path"])
    png = folder / "loss_curve.png"
    assert png.read_bytes()[:8] == PNG_SIGNATURE
    from PIL import Image

    with Image.open(png) as image:
        image.verify()
        assert image.size == (700, 400)
    assert json.loads((folder / "report.json").read_text())["val_loss"] == pytest.approx(a["val_loss"])
    manifest = json.loads((folder / "MANIFEST.json").read_text())
    assert {"loss_curve.png", "report.json", "heldout.txt", "checkpoint", "hparams.json"} <= set(manifest["files"])
    assert a["artifact_url"] == f"{config.runs_dir()}/{a['id']}"


@pytest.mark.slow
def test_second_run_serves_only_if_better(lc: dict) -> None:
    a = lc["runs"]["a"]
    decision = _train(lc, "b", steps=80)
    b = lc["runs"]["b"]
    assert b["serving_run_id"] == a["id"]
    # the same held-out tweets (nothing new was imported), so the serving run scores as it did before
    assert b["serving_val_loss"] == pytest.approx(a["val_loss"], rel=1e-4)
    better = b["report"]["val_bits_per_byte"] < a["report"]["val_bits_per_byte"]
    assert decision["promoted"] is b["promoted"] is better
    assert runs.serving_run_id(lc["store"], ACCOUNT) == (b["id"] if better else a["id"])
    assert b["report"]["same_tokenizer"] is True  # one account, one tiny BPE
    print(f"val loss: a {a['val_loss']:.3f} (30 steps), b {b['val_loss']:.3f} (80 steps): "
          f"b {'promoted' if better else 'not promoted'}")


@pytest.mark.slow
def test_a_worse_run_is_kept_but_does_not_serve(lc: dict) -> None:
    serving = runs.serving_run_id(lc["store"], ACCOUNT)
    decision = _train(lc, "bad", steps=1)
    bad = lc["runs"]["bad"]
    assert decision["promoted"] is False and bad["promoted"] is False and bad["status"] == "succeeded"
    assert bad["val_loss"] > bad["serving_val_loss"] and "not better" in bad["promotion_note"]
    assert decision["serving_run_id"] == serving == runs.serving_run_id(lc["store"], ACCOUNT)

    batch = pipeline.generate(lc["store"], account=ACCOUNT, n=3, by="test", log=lambda _: None)
    assert batch["model_run_id"] == serving  # generation never picks the newest run just for being new

    history = runs.serving_history_rows(lc["store"], ACCOUNT)
    again = pipeline.evaluate_and_promote(lc["store"], run_id=bad["id"], by="test", log=lambda _: None)
    assert again["promoted"] is False and runs.serving_history_rows(lc["store"], ACCOUNT) == history


@pytest.mark.slow
def test_failed_or_interrupted_training_never_changes_what_serves(lc: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    store = lc["store"]
    serving = runs.serving_run_id(store, ACCOUNT)
    history = runs.serving_history_rows(store, ACCOUNT)

    class Interrupted(Exception):
        pass

    def interrupt(line: str) -> None:  # like Airflow's SIGTERM arriving mid-training
        if line.startswith("step "):
            raise Interrupted(line)

    with pytest.raises(Interrupted):
        pipeline.train(store, account=ACCOUNT, base_model="tiny", steps=500, by="test", log=interrupt)
    monkeypatch.setattr(runner, "ML_PYTHON", "/bin/false")  # the child fails at once
    with pytest.raises(runner.ModelError, match="exit code 1"):
        pipeline.train(store, account=ACCOUNT, base_model="tiny", steps=5, by="test", log=lambda _: None)

    failed = [r for r in runs.list_runs(store, ACCOUNT) if r["status"] == "failed"]
    assert len(failed) == 2 and all(r["promoted"] is None and r["artifact_url"] is None for r in failed)
    assert runs.serving_run_id(store, ACCOUNT) == serving and runs.serving_history_rows(store, ACCOUNT) == history
    with pytest.raises(ValueError, match="only a trained run"):
        pipeline.evaluate_and_promote(store, run_id=failed[0]["id"], by="test")
    with pytest.raises(runs.LifecycleError, match="only a succeeded run can serve"):
        runs.promote(store, failed[0]["id"], by="test")


@pytest.mark.slow
def test_promote_and_rollback_from_the_cli(lc: dict) -> None:
    store, bad = lc["store"], lc["runs"]["bad"]["id"]
    serving = runs.serving_run_id(store, ACCOUNT)
    rc, out, _ = _cli(lc, "model", "list", "--account", ACCOUNT)
    assert rc == 0 and "VAL_LOSS" in out and "PPL" in out
    assert [line.split()[1] for line in out.splitlines() if line.startswith("*")] == [serving]

    rc, out, _ = _cli(lc, "model", "promote", bad, "--reason", "try it")
    assert rc == 0 and "now serves" in out and runs.serving_run_id(store, ACCOUNT) == bad
    rc, out, _ = _cli(lc, "model", "promote", bad)
    assert rc == 0 and "no change" in out
    listed = json.loads(_cli(lc, "model", "list", "--account", ACCOUNT, "--json")[1])
    assert [r["id"] for r in listed if r["serving"]] == [bad]
    assert {r["id"]: r["promoted"] for r in listed}[bad] is False  # the evaluation's verdict stays

    rc, out, _ = _cli(lc, "model", "rollback", "--account", ACCOUNT)
    assert rc == 0 and runs.serving_run_id(store, ACCOUNT) == serving
    promoted = [lc["runs"][n]["id"] for n in ("a", "b") if lc["runs"][n]["promoted"]]
    rc, out, err = _cli(lc, "model", "rollback", "--account", ACCOUNT)
    if len(promoted) == 2:  # a then b served: undo b → a
        assert rc == 0 and runs.serving_run_id(store, ACCOUNT) == promoted[0]
        rc, out, err = _cli(lc, "model", "rollback", "--account", ACCOUNT)
    assert rc == 2 and "no earlier serving run" in err
    rc, _, err = _cli(lc, "model", "promote", "no-such-run")
    assert rc == 2 and "no model run" in err
