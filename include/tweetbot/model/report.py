"""A training run's report: the loss-curve PNG beside the run, and the summary table for the task log.

Runs in the parent (no TensorFlow). matplotlib is imported inside `write_loss_curve` only, with the
Agg backend: no display, safe in Airflow workers and never at DAG parse time.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

LOSS_CURVE = "loss_curve.png"


def write_loss_curve(
    path: Path, *, history: Sequence[Sequence[float]], val_loss: float | None = None,
    serving_val_loss: float | None = None, serving_label: str = "serving model", title: str = "",
) -> Path:
    """Train loss per step (and gpt-2-simple's running average), the held-out loss of the final
    weights as a point, and the serving model's held-out loss as a dashed line when comparable.

    history: (step, loss, avg) triples as written to train_summary.json.
    """
    fig = new_figure(figsize=(7, 4))
    ax = fig.add_subplot()
    steps = [h[0] for h in history]
    if steps:
        ax.plot(steps, [h[1] for h in history], lw=0.8, alpha=0.45, color="tab:blue", label="train loss")
        ax.plot(steps, [h[2] for h in history], lw=1.6, color="tab:blue", label="train loss (running avg)")
    last = steps[-1] if steps else 0
    if val_loss is not None:
        ax.plot([last], [val_loss], "o", ms=8, color="tab:orange", label=f"held-out loss {val_loss:.3f}")
    if serving_val_loss is not None:
        ax.axhline(serving_val_loss, ls="--", lw=1.2, color="tab:green",
                   label=f"{serving_label}: held-out {serving_val_loss:.3f}")
    ax.set_xlabel("step")
    ax.set_ylabel("loss (nats per token)")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right", fontsize=8)
    if title:
        ax.set_title(title, fontsize=9)
    return save_png(fig, path)


def new_figure(figsize: tuple[float, float]) -> Any:
    """A matplotlib Figure on the Agg backend; no pyplot: no global figure state in a long-lived worker."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    return Figure(figsize=figsize, dpi=100)


def save_png(fig: Any, path: Path) -> Path:
    """Lay out and write `fig` as PNG atomically (a page serving the file never reads half of it)."""
    fig.tight_layout()
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    fig.savefig(tmp, format="png")
    tmp.replace(path)
    return path


def _num(value: Any, fmt: str) -> str:
    return "—" if value is None else format(value, fmt)


def summary_table(report: dict[str, Any]) -> str:
    """A small two-column table of the numbers that matter, for the task log."""
    rows = [
        ("run", report.get("run_id")),
        ("base model", report.get("base_model")
         + (f" ({report['base_model_reason']})" if report.get("base_model_reason") else "")),
        ("steps", _num(report.get("steps"), ",")),
        ("tokens seen", _num(report.get("tokens_seen"), ",")),
        ("tokens/s", _num(report.get("tokens_per_s"), ",.0f")),
        ("wall time", _num(report.get("wall_s"), ".1f") + " s"),
        ("final train loss", _num(report.get("final_train_loss"), ".3f")),
        ("held-out set", f"{_num(report.get('heldout_examples'), ',')} newest examples, "
                         f"{_num(report.get('val_tokens'), ',')} tokens"),
        ("val loss", _num(report.get("val_loss"), ".3f")),
        ("val perplexity", _num(report.get("val_perplexity"), ",.2f")),
        ("val bits/byte", _num(report.get("val_bits_per_byte"), ".4f")),
    ]
    if report.get("serving_run_id"):
        rows += [
            ("serving run", report["serving_run_id"]),
            ("serving val loss", _num(report.get("serving_val_loss"), ".3f")
             + ("" if report.get("same_tokenizer") else " (other tokenizer)")),
            ("serving bits/byte", _num(report.get("serving_val_bits_per_byte"), ".4f")),
        ]
    rows.append(("promoted", {True: "yes", False: "no", None: "—"}[report.get("promoted")]))
    rows.append(("why", report.get("promotion_note") or "—"))
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"  {k.ljust(width)}  {v}" for k, v in rows)
