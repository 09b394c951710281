"""`tweetbot train`, `tweetbot model list|promote|rollback|evaluate`, `tweetbot generate`."""
from __future__ import annotations

import argparse

from tweetbot.cli.bots import account_args, generate_defaults, train_defaults
from tweetbot.cli.common import by, open_store
from tweetbot.cli.output import fmt, print_json, print_table


def backend_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backend", choices=["gpt2simple", "torch"],
                        help="model backend (default: TWEETBOT_MODEL_BACKEND, else gpt2simple); both read and "
                             "write the same checkpoints")


def torch_options(args: argparse.Namespace) -> dict:
    """The train command's torch-only knobs, as spec keys (absent = the backend's default)."""
    options: dict = {}
    if args.micro_batch:
        options["micro_batch"] = args.micro_batch
    if args.compile != "auto":
        options["compile"] = args.compile == "on"
    if args.device:
        options["device"] = args.device
    if args.precision:
        options["precision"] = args.precision
    return options


def cmd_train(args: argparse.Namespace) -> int:
    """Train, then evaluate on the held-out tweets: the run serves only if it beats the serving one."""
    from tweetbot.pipeline import evaluate_and_promote, train

    store = open_store(args)
    run = train(store, account=args.account, base_model=args.model, steps=args.steps,
                learning_rate=args.learning_rate, batch_size=args.batch_size, by=by(), log=print,
                backend=args.backend, options=torch_options(args), accumulate=args.accumulate)
    print(f"model run {run['id']}: {run['status']}, loss {run['final_loss']:.3f}")
    decision = evaluate_and_promote(store, run_id=run["id"], by=by(), log=print, backend=args.backend)
    print(f"{'promoted' if decision['promoted'] else 'not promoted'}; serving: {decision['serving_run_id']}")
    return 0


def cmd_model_list(args: argparse.Namespace) -> int:
    from tweetbot.store import runs

    store = open_store(args)
    serving = runs.serving_ids(store)
    rows = []
    for r in runs.list_runs(store, args.account):
        report = r["report"] or {}
        rows.append({
            "id": r["id"], "account": r["account"], "status": r["status"], "base_model": r["base_model"],
            "steps": r["steps"], "train_loss": r["final_loss"], "val_loss": r["val_loss"],
            "val_perplexity": r["val_perplexity"], "val_bits_per_byte": report.get("val_bits_per_byte"),
            "serving_val_loss": r["serving_val_loss"], "compared_with": r["serving_run_id"],
            "promoted": r["promoted"], "serving": serving.get(r["account"]) == r["id"],
            "note": r["promotion_note"] or r["error"], "artifact_url": r["artifact_url"],
            "started_at": r["started_at"], "finished_at": r["finished_at"], "report": r["report"],
        })
    if args.json:
        print_json(rows)
        return 0
    print_table([{
        "serving": "*" if row["serving"] else "", "run": row["id"], "status": row["status"],
        "base": row["base_model"], "steps": row["steps"], "train_loss": fmt(row["train_loss"], ".3f"),
        "val_loss": fmt(row["val_loss"], ".3f"), "ppl": fmt(row["val_perplexity"], ",.1f"),
        "bits/byte": fmt(row["val_bits_per_byte"], ".4f"),
        "promoted": {True: "yes", False: "no", None: ""}[row["promoted"]], "note": row["note"],
    } for row in rows], ["serving", "run", "status", "base", "steps", "train_loss", "val_loss", "ppl",
                         "bits/byte", "promoted", "note"])
    return 0


def cmd_model_promote(args: argparse.Namespace) -> int:
    from tweetbot.store import runs

    store = open_store(args)
    reason = f"promoted by hand: {args.reason or 'no reason given'}"
    changed = runs.promote(store, args.run, by=by(), reason=reason)
    run = runs.get_run(store, args.run)
    print(f"{run['account']}: {args.run} {'now serves' if changed else 'already serves (no change)'}")
    return 0


def cmd_model_rollback(args: argparse.Namespace) -> int:
    from tweetbot.store import runs

    store = open_store(args)
    before = runs.serving_run_id(store, args.account)
    run = runs.rollback(store, args.account, by=by())
    print(f"{args.account}: rolled back from {before} to {run['id']}")
    return 0


def cmd_model_evaluate(args: argparse.Namespace) -> int:
    from tweetbot.pipeline import evaluate_and_promote

    decision = evaluate_and_promote(open_store(args), run_id=args.run, by=by(), log=print,
                                    backend=args.backend)
    print(f"{'promoted' if decision['promoted'] else 'not promoted'}; serving: {decision['serving_run_id']}")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from tweetbot.pipeline import generate, generate_chapter

    if args.story:
        batch = generate_chapter(open_store(args), account=args.account, run_id=args.run,
                                 n_tweets=args.count, opening=args.opening, temperature=args.temperature,
                                 top_k=args.top_k, top_p=args.top_p, by=by(), log=print, backend=args.backend)
        print(f"batch {batch['batch_id']}: chapter {batch['chapter']}, {batch['count']} tweets "
              f"(stage with: tweetbot stage --batch {batch['batch_id']} --chapter {batch['chapter']})")
        return 0
    batch = generate(open_store(args), account=args.account, run_id=args.run, n=args.count,
                     temperature=args.temperature, top_k=args.top_k, top_p=args.top_p,
                     length=args.length, prefix=args.prefix, by=by(), log=print, backend=args.backend)
    print(f"batch {batch['batch_id']}: {batch['count']} candidates "
          f"(stage with: tweetbot stage --batch {batch['batch_id']})")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    tr = sub.add_parser("train", help="fine-tune GPT-2 on an account's tweets (new model run)")
    account_args(tr, required=True, help="whose tweets to learn", bot_defaults=train_defaults)
    tr.add_argument("--model", default="auto",
                    help="auto (GPT-2 124M when present or downloadable, else tiny), tiny (offline), "
                         "or 124M/355M/774M/1558M")
    tr.add_argument("--steps", type=int, default=200)
    tr.add_argument("--learning-rate", type=float)
    tr.add_argument("--batch-size", type=int, default=1, help="sequences per optimizer step")
    backend_arg(tr)
    tr.add_argument("--accumulate", type=int, default=1,
                    help="batches per optimizer step (gradient accumulation; tokens/step = batch x accumulate x n_ctx)")
    tr.add_argument("--micro-batch", type=int,
                    help="torch: sequences per forward pass (the batch is accumulated from them)")
    tr.add_argument("--compile", choices=["auto", "on", "off"], default="auto",
                    help="torch: torch.compile the model (auto: on a GPU for runs of 300+ steps, on a CPU for "
                         "runs long enough to pay back the compile, e.g. 124M for 70+ steps)")
    tr.add_argument("--device", help="torch: cuda, cuda:1, cpu (default: cuda when present)")
    tr.add_argument("--precision", choices=["auto", "fp32", "bf16"],
                    help="torch: bf16 autocast with fp32 weights, or fp32 (default: TWEETBOT_TORCH_PRECISION, "
                         "else auto: bf16 where the GPU or CPU has native bf16)")
    tr.set_defaults(func=cmd_train)

    mo = sub.add_parser("model", help="model runs: which serves, promotion, rollback").add_subparsers(
        dest="model_command", required=True)
    ml = mo.add_parser("list", help="training runs, newest first, with held-out losses; * = serving")
    account_args(ml, required=False, help="only this account's runs")
    ml.add_argument("--json", action="store_true")
    ml.set_defaults(func=cmd_model_list)
    mp = mo.add_parser("promote", help="make a trained run serve its account (by hand)")
    mp.add_argument("run", metavar="RUN")
    mp.add_argument("--reason", help="why (kept in the serving history)")
    mp.set_defaults(func=cmd_model_promote)
    mr = mo.add_parser("rollback", help="serve again the run that served before the current one")
    account_args(mr, required=True, help="the account whose serving run to roll back")
    mr.set_defaults(func=cmd_model_rollback)
    me = mo.add_parser("evaluate", help="(re)run a run's held-out evaluation and promotion decision")
    me.add_argument("run", metavar="RUN")
    backend_arg(me)
    me.set_defaults(func=cmd_model_evaluate)

    ge = sub.add_parser("generate", help="sample candidate tweets from a model run")
    account_args(ge, required=True, help="whose model to sample", bot_defaults=generate_defaults)
    ge.add_argument("--run", help="model run id (default: the run serving the account)")
    ge.add_argument("-n", "--count", type=int, default=50)
    ge.add_argument("--temperature", type=float, default=1.0)
    ge.add_argument("--top-k", type=int, default=0)
    ge.add_argument("--top-p", type=float, default=0.9)
    ge.add_argument("--length", type=int, help="tokens per sample (default: as long as the model allows)")
    ge.add_argument("--prefix", help="text every candidate starts with")
    ge.add_argument("--story", action="store_true",
                    help="story bot: write the next chapter (-n tweets, each continuing the last)")
    ge.add_argument("--opening", help="story bot, first chapter: the line the story starts from")
    backend_arg(ge)
    ge.set_defaults(func=cmd_generate)
