"""Evaluate and promote: a new run serves only if it beats the serving model on held-out text."""
from __future__ import annotations

from tweetbot.pipeline.common import LogFn, _log
from tweetbot.pipeline.training import HELDOUT_FILE
from tweetbot.store import runs
from tweetbot.store.db import Store


def evaluate_and_promote(store: Store, *, run_id: str, by: str, log: LogFn | None = None,
                         backend: str | None = None) -> dict:
    """Held-out loss of a trained run and of the model serving now, on the run's held-out tweets;
    the run serves only if it is better, or if nothing serves yet. Writes loss_curve.png and the
    report beside the run (and to its artifacts). Safe to rerun: a decided run keeps its decision.

    Returns {"model_run_id", "promoted", "note", "val_loss", "compared_with", "serving_run_id"},
    serving_run_id being what generation should use now.
    """
    from tweetbot.model.report import summary_table

    log = _log(log)
    run = runs.get_run(store, run_id)
    if run is None or run["status"] != runs.SUCCEEDED:
        state = run["status"] if run else "unknown"
        raise ValueError(f"run {run_id} is {state}: only a trained run can be evaluated")
    if run["promoted"] is None:
        for attempt in range(3):
            try:
                report = _evaluate(store, run, runs.serving_run(store, run["account"]), by=by, log=log,
                                   backend=backend)
                break
            except runs.ServingChanged as exc:
                if attempt == 2:
                    raise
                log(f"{exc}: evaluating again")
        log("model run report:\n" + summary_table(report))
        run = runs.get_run(store, run_id)
    else:
        log(f"run {run_id} was evaluated before: {'promoted' if run['promoted'] else 'not promoted'} "
            f"({run['promotion_note']})")
    return {"model_run_id": run_id, "promoted": run["promoted"], "note": run["promotion_note"],
            "val_loss": run["val_loss"], "compared_with": run["serving_run_id"],
            "serving_run_id": runs.serving_run_id(store, run["account"])}


def _evaluate(store: Store, run: dict, serving: dict | None, *, by: str, log: LogFn,
              backend: str | None = None) -> dict:
    """Evaluate both models in one child, decide, write the report files, record it all at once."""
    import json

    from tweetbot import artifacts
    from tweetbot.model import runner
    from tweetbot.model.report import LOSS_CURVE, write_loss_curve

    run_dir = artifacts.local_run_dir(run["path"], run["artifact_url"], log=log)
    other = serving if serving and serving["id"] != run["id"] else None
    heldout = run_dir / HELDOUT_FILE
    results = []
    if heldout.is_file() and heldout.read_text(encoding="utf-8").strip():
        paths = [run_dir]
        if other:
            paths.append(artifacts.local_run_dir(other["path"], other["artifact_url"], log=log))
        results = runner.evaluate(run_paths=paths, text=heldout, log=log, backend=backend)
    new = results[0] if results else None
    old = results[1] if len(results) > 1 else None
    promoted, note = _decide(run, serving, new, old)
    report = {**(run["report"] or {}), **_eval_report(new, old, other), "promoted": promoted,
              "promotion_note": note, "loss_curve": LOSS_CURVE}
    summary_path = run_dir / "train_summary.json"
    history = json.loads(summary_path.read_text())["loss_history"] if summary_path.is_file() else []
    same = report.get("same_tokenizer")
    write_loss_curve(run_dir / LOSS_CURVE, history=history, val_loss=new.loss if new else None,
                     serving_val_loss=old.loss if old and same else None,
                     serving_label=f"serving {other['id']}" if other else "serving model",
                     title=f"{run['id']} ({run['base_model']}): {'promoted' if promoted else 'not promoted'}")
    (run_dir / "report.json").write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    if run["artifact_url"]:
        base, _ = artifacts.split_run_url(run["artifact_url"])
        artifacts.ArtifactStore(base).add_files(run["id"], run_dir, [LOSS_CURVE, "report.json"])
    runs.record_evaluation(
        store, run["id"], val_loss=new.loss if new else None, val_perplexity=new.perplexity if new else None,
        serving_run_id=serving["id"] if serving else None, serving_val_loss=old.loss if old else None,
        promoted=promoted, note=note, report=report, by=by,
    )
    log(f"run {run['id']}: {'PROMOTED' if promoted else 'not promoted'}: {note}")
    return report


def _eval_report(new, old, other: dict | None) -> dict:
    """The held-out half of the report; per-token losses of different tokenizers are kept but
    flagged (`same_tokenizer`): bits per byte is the comparable number."""
    out: dict = {"val_loss": None, "val_perplexity": None, "val_bits_per_byte": None, "val_tokens": None,
                 "heldout_bytes": None, "serving_run_id": other["id"] if other else None}
    if new:
        out.update(val_loss=new.loss, val_perplexity=new.perplexity, val_bits_per_byte=new.bits_per_byte,
                   val_tokens=new.tokens, heldout_bytes=new.bytes, eval_s=new.seconds)
    if old:
        out.update(serving_val_loss=old.loss, serving_val_perplexity=old.perplexity,
                   serving_val_bits_per_byte=old.bits_per_byte, same_tokenizer=old.tokenizer == new.tokenizer)
    return out


def _decide(run: dict, serving: dict | None, new, old) -> tuple[bool, str]:
    """Promote only a better model. Compared in bits per byte of the held-out text: each model reads
    it with its own tokenizer (the tiny model's BPE is learnt per account, OpenAI's is fixed), so
    nats per token differ in unit; total nats / bytes does not. With one tokenizer the two orders agree.
    """
    if serving is None:
        return True, "nothing served yet" + (f"; held-out {new.bits_per_byte:.4f} bits/byte" if new else "")
    if serving["id"] == run["id"]:
        return True, "already serving (promoted by hand before evaluation)"
    if new is None or old is None:
        return False, f"no held-out tweets to compare with; {serving['id']} keeps serving (promote by hand)"
    numbers = (f"held-out {new.bits_per_byte:.4f} vs {old.bits_per_byte:.4f} bits/byte of {serving['id']}"
               + (f" (loss {new.loss:.3f} vs {old.loss:.3f})" if new.tokenizer == old.tokenizer else ""))
    seen = (serving.get("report") or {}).get("train_through")
    if seen and (run.get("report") or {}).get("heldout_from") and run["report"]["heldout_from"] <= seen:
        numbers += "; the serving run trained on some of these tweets, so its number is optimistic"
    if new.bits_per_byte < old.bits_per_byte:
        return True, f"better: {numbers}"
    return False, f"not better: {numbers}; {serving['id']} keeps serving"
