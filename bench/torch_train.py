"""PyTorch side of bench/bench_tf_vs_torch.py: train HF transformers' GPT2LMHeadModel with the tiny
model's configuration on pre-tokenized ids, print ONE JSON line. Runs in the bench venv (.venv-bench,
requirements-bench.txt), never in the main one.

    .venv-bench/bin/python bench/torch_train.py --ids IDS.int32 --hparams models/tiny-bench/hparams.json

Mirrors what gpt-2-simple does in the TF run: random init, no dropout, fp32, batch x n_ctx-token windows
sampled uniformly from the token stream, Adam-style update (AdamW with weight_decay 0 is exactly Adam,
gpt-2-simple's default optimizer), one optimizer step per batch. Timing as in tweetbot's worker: the
clock starts just before step 1 and stops after the last step (tokens_per_s_all); tokens_per_s excludes
the first --warmup steps (steady state).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from array import array


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ids", required=True, help="raw little-endian int32 token ids")
    ap.add_argument("--hparams", required=True, help="the tiny model's hparams.json")
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--batch-size", type=int, default=1)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    with open(args.hparams, encoding="utf-8") as fh:
        hp = json.load(fh)
    ids = array("i")
    with open(args.ids, "rb") as fh:
        ids.frombytes(fh.read())
    data = torch.tensor(ids, dtype=torch.long)
    ctx = int(hp["n_ctx"])
    if data.numel() <= ctx:
        raise SystemExit(f"only {data.numel()} tokens, need more than n_ctx={ctx}")

    config = GPT2Config(
        vocab_size=hp["n_vocab"], n_positions=ctx, n_embd=hp["n_embd"], n_layer=hp["n_layer"],
        n_head=hp["n_head"], resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0,
    )
    model = GPT2LMHeadModel(config)  # random init, tied input/output embeddings as in GPT-2
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.0)
    n_params = sum(p.numel() for p in model.parameters())
    gen = torch.Generator().manual_seed(args.seed)
    offsets = torch.arange(ctx)

    def batch() -> torch.Tensor:
        starts = torch.randint(0, data.numel() - ctx, (args.batch_size,), generator=gen)
        return data[starts[:, None] + offsets]

    loss_val = float("nan")
    t0 = time.perf_counter()
    t_warm = t0
    for step in range(1, args.steps + 1):
        x = batch()
        loss = model(input_ids=x, labels=x).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        loss_val = loss.item()
        if step == args.warmup:
            t_warm = time.perf_counter()
    t1 = time.perf_counter()

    tok_step = args.batch_size * ctx
    timed = args.steps - args.warmup
    out = {
        "backend": "torch",
        "torch": torch.__version__,
        "transformers": __import__("transformers").__version__,
        "attn_implementation": getattr(model.config, "_attn_implementation", None),
        "threads": torch.get_num_threads(),
        "steps": args.steps,
        "warmup": args.warmup,
        "tokens_per_s": timed * tok_step / (t1 - t_warm) if timed > 0 else float("nan"),
        "tokens_per_s_all": args.steps * tok_step / (t1 - t0),
        "train_s": t1 - t0,
        "final_loss": loss_val,
        "n_params": n_params,
        "dataset_tokens": int(data.numel()),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
