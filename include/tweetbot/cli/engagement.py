"""`tweetbot rank` (score texts by predicted engagement, changing nothing) and `tweetbot engagement evaluate`."""
from __future__ import annotations

import argparse
import sys

from tweetbot.cli.bots import account_args
from tweetbot.cli.common import open_store, read_text
from tweetbot.cli.output import fmt, print_json, print_table


def _lines(path: str) -> list[str]:
    """The non-blank lines of FILE or '-', each through the text gate (refused with its line number)."""
    from tweetbot.textgate import check_text

    text, where = read_text(path)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # a Windows file is fine
    return [check_text(line, f"{where} line {n}", multiline=False).strip()
            for n, line in enumerate(lines, start=1) if line.strip()]


def cmd_rank(args: argparse.Namespace) -> int:
    """Score one text per line with the account's ranker; the input order is kept."""
    from tweetbot import textgate
    from tweetbot.engagement import predict

    account = textgate.check_name(args.account, "--account")
    lines = _lines(args.file)
    evaluation = predict.account_ranker(open_store(args), account, seed=args.seed)
    predictions = predict.predict(evaluation, lines)
    if not evaluation.usable:
        print(f"tweetbot: no percentiles for {account}: {evaluation.note}", file=sys.stderr)
    if args.json:
        print_json([p.as_dict() for p in predictions])
        return 0
    print_table([{"percentile": p.percentile, "score": fmt(p.score, ".3f"), "text": p.text} for p in predictions],
                ["percentile", "score", "text"])
    print(f"{len(predictions)} texts scored for {account}; ranker: {evaluation.summary()}; nothing was changed")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Fit on the older 80%, test on the newest 20%: the ranker's Spearman beside the baseline's."""
    from tweetbot import textgate
    from tweetbot.engagement import predict

    account = textgate.check_name(args.account, "--account")
    store = open_store(args)
    evaluation = predict.account_ranker(store, account, seed=args.seed)
    if not args.dry_run:
        predict.record(store, account, evaluation)
    if args.json:
        print_json({"account": account, "n_train": evaluation.n_train, "n_test": evaluation.n_test,
                    "spearman": _round(evaluation.spearman), "baseline_spearman": _round(evaluation.baseline_spearman),
                    "difference_low": _round(evaluation.difference_low), "usable": evaluation.usable,
                    "note": evaluation.note, "seed": evaluation.seed, "recorded": not args.dry_run})
        return 0
    print(f"{account}: {evaluation.summary()}")
    if not args.dry_run:
        print("recorded in ranker_evaluations")
    return 0


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def register(sub: argparse._SubParsersAction) -> None:
    rk = sub.add_parser("rank", help="score candidate tweets, one per line, by the account's predicted "
                        "engagement (changes nothing)")
    rk.add_argument("file", metavar="FILE", help="texts, one per line ('-': stdin)")
    account_args(rk, required=True, help="whose engagement history to learn from")
    rk.add_argument("--json", action="store_true", help="an array, in input order, of {text, score, percentile}")
    rk.add_argument("--seed", type=int, default=0, help="the evaluation's bootstrap seed (default 0)")
    rk.set_defaults(func=cmd_rank)

    en = sub.add_parser("engagement", help="the engagement ranker").add_subparsers(
        dest="engagement_command", required=True)
    ev = en.add_parser("evaluate", help="held-out Spearman of the account's ranker against its baseline "
                       "(time split: fit on the older 80%%, test on the newest 20%%)")
    account_args(ev, required=True, help="whose engagement history to evaluate")
    ev.add_argument("--seed", type=int, default=0, help="the bootstrap's seed (default 0)")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--dry-run", action="store_true", help="do not record the evaluation")
    ev.set_defaults(func=cmd_evaluate)
