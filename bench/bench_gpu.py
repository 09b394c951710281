"""GPU figures for the torch backend: training tokens/s (and % of the chip's bf16 peak) for GPT-2 124M
at context 1024, and the time to sample 1,000 candidates of up to 64 tokens — each side by side, in the
same process, with HF transformers' GPT2LMHeadModel on the same settings.

    python bench/bench_gpu.py [--out DIR] [--budget-s 420]        # needs torch + CUDA; transformers
    python bench/bench_gpu.py --smoke                             # tiny config on the CPU (checks the script)

Weights are random (OpenAI's are not reachable from the bench machines; training speed does not depend
on them). Sampling speed does, through top-p: random weights give nearly flat next-token distributions
(top-p 0.9 keeps ~80% of the vocabulary: the worst case), so sampling is timed twice, on those and on
the same model with its embedding scaled x10 ("sharp": a few tokens kept, as from a trained model).
Both models get the SAME weights (ours are copied into HF's layout and the logits compared) and the same
settings: bf16 autocast, fp32 master weights, fused AdamW, random token windows of 1024 (+1 target)
tokens. Ours is exactly what `tweetbot train --backend torch` runs (torch_worker.cmd_train's AdamW,
gpt2_torch.make_train_step and gpt2_torch.sample); HF uses SDPA attention and torch.compile(model).
Training time is the median over timed steps of (steps / wall time) after compile and warm-up; compile
time is reported apart. Peak = a measured 8192³ bf16 matmul, and the datasheet's 989 TFLOP/s (H100/H200
SXM dense bf16). FLOPs/token = 6·N + 12·layers·ctx·width (PaLM's count; N without the position table).

Runs configurations in priority order and skips the rest once --budget-s is spent. Prints a table;
writes bench_gpu.json into --out (default bench/out).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

import torch  # noqa: E402

from tweetbot.model.gpt2_torch import GPT2, make_train_step, sample, train_flops_per_token  # noqa: E402

DATASHEET_BF16_TFLOPS = 989.0
GPT2_124M = {"n_vocab": 50257, "n_ctx": 1024, "n_embd": 768, "n_head": 12, "n_layer": 12}
SMOKE = {"n_vocab": 512, "n_ctx": 64, "n_embd": 64, "n_head": 4, "n_layer": 2}


def sync() -> None:
    if torch.cuda.is_available():
        torch.cuda.synchronize()


def measured_peak_tflops(device: torch.device) -> float | None:
    """bf16 8192x8192x8192 matmul on random data: 3 warm-ups, median of 10 timed products."""
    if device.type != "cuda":
        return None
    a = torch.randn(8192, 8192, device=device, dtype=torch.bfloat16)
    b = torch.randn(8192, 8192, device=device, dtype=torch.bfloat16)
    for _ in range(3):
        a @ b
    times = []
    for _ in range(10):
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        a @ b
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end) / 1e3)
    return 2 * 8192**3 / statistics.median(times) / 1e12


def hf_model(hp: dict[str, int], device: torch.device) -> Any:
    from transformers import GPT2Config, GPT2LMHeadModel

    config = GPT2Config(vocab_size=hp["n_vocab"], n_positions=hp["n_ctx"], n_embd=hp["n_embd"],
                        n_layer=hp["n_layer"], n_head=hp["n_head"], resid_pdrop=0.0, embd_pdrop=0.0,
                        attn_pdrop=0.0, activation_function="gelu_new", layer_norm_epsilon=1e-5)
    config._attn_implementation = "sdpa"
    with device:
        return GPT2LMHeadModel(config)


def copy_into_hf(ours: GPT2, hf: Any) -> None:
    """Our weights into HF's layout (HF's Conv1D stores [in, out], nn.Linear [out, in])."""
    src = ours.state_dict()
    names = {"transformer.wte.weight": ("wte.weight", False), "transformer.wpe.weight": ("wpe.weight", False),
             "transformer.ln_f.weight": ("ln_f.weight", False), "transformer.ln_f.bias": ("ln_f.bias", False)}
    for i in range(ours.hparams["n_layer"]):
        for hf_part, our_part, conv in (("ln_1", "ln_1", False), ("ln_2", "ln_2", False),
                                        ("attn.c_attn", "c_attn", True), ("attn.c_proj", "attn_proj", True),
                                        ("mlp.c_fc", "c_fc", True), ("mlp.c_proj", "mlp_proj", True)):
            names[f"transformer.h.{i}.{hf_part}.weight"] = (f"h.{i}.{our_part}.weight", conv)
            names[f"transformer.h.{i}.{hf_part}.bias"] = (f"h.{i}.{our_part}.bias", False)
    with torch.no_grad():
        for name, param in hf.named_parameters():
            if name == "lm_head.weight":
                continue  # tied to wte
            ours_name, conv = names[name]
            value = src[ours_name]
            param.copy_(value.T if conv else value)


def same_function(ours: GPT2, hf: Any, device: torch.device, n_ctx: int) -> float:
    """Relative L2 difference of the two models' fp32 logits on one random batch."""
    ids = torch.randint(0, ours.hparams["n_vocab"], (2, min(n_ctx, 256)), device=device)
    with torch.no_grad():
        a = ours(ids).float()
        b = hf(input_ids=ids).logits.float()
    return float((a - b).norm() / b.norm())


def time_training(step: Callable[[], Any], *, warmup: int, steps: int) -> dict[str, float]:
    """First call (compile) timed apart; then warm-up; then `steps` individually timed steps."""
    t0 = time.perf_counter()
    loss = step()
    sync()
    first = time.perf_counter() - t0
    for _ in range(warmup):
        step()
    sync()
    per_step = []
    for _ in range(steps):
        t = time.perf_counter()
        loss = step()
        sync()
        per_step.append(time.perf_counter() - t)
    return {"first_step_s": first, "step_s": statistics.median(per_step), "loss": float(loss)}


def adam(model: torch.nn.Module, device: torch.device) -> torch.optim.Optimizer:
    """The optimizer `tweetbot train --backend torch` builds (torch_worker.cmd_train), for both models."""
    return torch.optim.AdamW(model.parameters(), lr=1e-4, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0,
                             fused=device.type == "cuda")


def train_ours(hp: dict[str, int], device: torch.device, batch: int, compile: bool, bf16: bool,
               data: torch.Tensor, **timing: int) -> dict[str, Any]:
    torch._dynamo.reset()
    torch.manual_seed(0)
    with device:
        model = GPT2(hp)
    optimizer = adam(model, device)
    step_fn = make_train_step(model, optimizer, bf16=bf16, compile=compile)
    k = iter(range(10**9))
    return time_training(lambda: step_fn([data[next(k) % len(data)][:batch]]), **timing)


def train_hf(hp: dict[str, int], device: torch.device, batch: int, compile: bool, bf16: bool,
             data: torch.Tensor, **timing: int) -> dict[str, Any]:
    torch._dynamo.reset()
    torch.manual_seed(0)
    model = hf_model(hp, device).train()
    optimizer = adam(model, device)
    forward = torch.compile(model) if compile else model

    k = iter(range(10**9))

    def step() -> torch.Tensor:
        ids = data[next(k) % len(data)][:batch, :-1]  # the same 1024 input positions as ours
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16):
            loss = forward(input_ids=ids, labels=ids).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        return loss.detach()

    return time_training(step, **timing)


def generation_model(hp: dict[str, int], device: torch.device, dtype: torch.dtype, peaked: bool) -> GPT2:
    """Random weights; `peaked` scales the embedding x10 so next-token distributions are as sharp as a
    trained model's (top-p 0.9 keeps a handful of tokens) instead of nearly flat (it keeps ~80%)."""
    torch.manual_seed(0)
    with device:
        model = GPT2(hp)
    if peaked:
        with torch.no_grad():
            model.wte.weight.mul_(10.0)
    return model.to(dtype).eval()


def generate_ours(model: GPT2, n: int, length: int, context: list[int], top_p: float = 0.9) -> dict[str, Any]:
    sample(model, context, 16, 8, top_p=top_p, batch_size=16, seed=1)  # warm-up (and compile, if any)
    sync()
    t0 = time.perf_counter()
    out = sample(model, context, n, length, top_p=top_p, batch_size=n, seed=2)
    sync()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "samples": len(out), "tokens": sum(map(len, out))}


def generate_hf(ours: GPT2, n: int, length: int, context: list[int]) -> dict[str, Any]:
    """HF's generate on the same weights (copied into GPT2LMHeadModel)."""
    hf = hf_model(ours.hparams, ours.wte.weight.device).to(ours.wte.weight.dtype).eval()
    copy_into_hf(ours, hf)
    ids = torch.tensor([context], device=ours.wte.weight.device)

    def run(count: int, new: int) -> torch.Tensor:
        batch = ids.expand(count, -1)
        return hf.generate(input_ids=batch, attention_mask=torch.ones_like(batch), do_sample=True, top_p=0.9,
                              top_k=0, temperature=1.0, max_new_tokens=new, min_new_tokens=new, pad_token_id=0,
                              use_cache=True)

    with torch.no_grad():
        run(16, 8)  # warm-up
        sync()
        t0 = time.perf_counter()
        out = run(n, length)
        sync()
    seconds = time.perf_counter() - t0
    new_tokens = int(out.shape[0] * (out.shape[1] - len(context)))
    return {"seconds": seconds, "samples": int(out.shape[0]), "tokens": new_tokens}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--smoke", action="store_true", help="tiny config on the CPU, to check the script")
    ap.add_argument("--out", default=str(ROOT / "bench" / "out"))
    ap.add_argument("--budget-s", type=float, default=420.0, help="skip remaining configurations after this")
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--only", choices=["all", "train", "generate"], default="all")
    args = ap.parse_args()

    started = time.perf_counter()
    device = torch.device("cpu" if args.smoke else "cuda")
    hp = SMOKE if args.smoke else GPT2_124M
    bf16 = device.type == "cuda" and torch.cuda.is_bf16_supported()
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # fp32 baseline as users run it (TF32 matmuls)
        torch.backends.cudnn.allow_tf32 = True
    n_ctx = hp["n_ctx"]
    info: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"), "torch": torch.__version__,
        "device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu",
        "hparams": hp, "bf16": bf16,
    }
    try:
        import transformers

        info["transformers"] = transformers.__version__
    except ImportError:
        info["transformers"] = None
    info["peak_measured_tflops"] = measured_peak_tflops(device)
    flops_token = train_flops_per_token(hp, n_ctx)
    print(f"# {info['device']}, torch {info['torch']}, transformers {info['transformers']}, "
          f"bf16 matmul peak measured {info['peak_measured_tflops'] or 0:.0f} TFLOP/s", flush=True)

    gen = torch.Generator(device=device).manual_seed(0)
    max_batch = 4 if args.smoke else 64
    data = torch.randint(0, hp["n_vocab"], (4, max_batch, n_ctx + 1), device=device, generator=gen)

    # same weights, same function: ours vs HF
    with device:
        ours = GPT2(hp)
    hf = hf_model(hp, device)
    copy_into_hf(ours, hf)
    info["logits_rel_diff_fp32"] = same_function(ours, hf, device, n_ctx)
    print(f"# same weights: relative logits difference ours vs HF (fp32) {info['logits_rel_diff_fp32']:.2e}",
          flush=True)
    del ours, hf

    timing = {"warmup": 2 if args.smoke else 5, "steps": 3 if args.smoke else args.steps}
    b_small, b_big = (2, 4) if args.smoke else (16, 64)
    plan: list[tuple[str, str, int, bool, bool]] = [  # (name, impl, batch, compile, bf16)
        (f"ours bf16 compiled b{b_small}", "ours", b_small, True, bf16),
        (f"HF bf16 compiled b{b_small}", "hf", b_small, True, bf16),
        (f"ours bf16 compiled b{b_big}", "ours", b_big, True, bf16),
        (f"ours bf16 eager b{b_small}", "ours", b_small, False, bf16),
        (f"HF bf16 eager b{b_small}", "hf", b_small, False, bf16),
        (f"HF bf16 compiled b{b_big}", "hf", b_big, True, bf16),
        ("HF fp32 eager b1", "hf", 1, False, False),
        ("ours fp32 eager b1", "ours", 1, False, False),
    ]
    rows: list[dict[str, Any]] = []
    gen_rows: list[dict[str, Any]] = []
    n_samples, length = (40, 16) if args.smoke else (1000, 64)
    context = [int(t) for t in torch.randint(0, hp["n_vocab"], (6,), generator=torch.Generator().manual_seed(3))]
    dtype = torch.bfloat16 if bf16 else torch.float32

    def run_generation() -> None:
        for peaked in (True, False):
            model = generation_model(hp, device, dtype, peaked)
            kind = "sharp" if peaked else "flat"
            runs = ((f"ours, {kind} (KV cache, batch {n_samples})", generate_ours, ()),
                    (f"HF generate, {kind} (batch {n_samples})", generate_hf, ()),
                    (f"ours, {kind}, no top-p (model + draw)", generate_ours, (0.0,)))
            for name, fn, extra in runs:
                result = fn(model, n_samples, length, context, *extra)
                result["name"], result["weights"] = name, kind
                gen_rows.append(result)
                print(f"generate {name}: {result['samples']} x {length} tokens in {result['seconds']:.2f}s",
                      flush=True)
            del model  # free the GPU before the next weights

    if args.only == "generate":
        plan = []
    for i, (name, impl, batch, use_compile, use_bf16) in enumerate(plan):
        if i == 2 and args.only == "all":  # generation right after the headline training pair
            run_generation()
        if time.perf_counter() - started > args.budget_s:
            print(f"skipped (budget): {name}", flush=True)
            continue
        fn = train_ours if impl == "ours" else train_hf
        try:
            result = fn(hp, device, batch, use_compile, use_bf16, data, **timing)
        except Exception as exc:  # noqa: BLE001 - one failing config must not lose the others' figures
            print(f"{name}: failed: {type(exc).__name__}: {exc}", flush=True)
            continue
        tokens = batch * n_ctx
        result.update(name=name, batch=batch, tokens_per_s=tokens / result["step_s"])
        achieved = result["tokens_per_s"] * flops_token / 1e12
        result["tflops"] = achieved
        result["mfu_datasheet"] = achieved / DATASHEET_BF16_TFLOPS
        result["mfu_measured"] = achieved / info["peak_measured_tflops"] if info["peak_measured_tflops"] else None
        rows.append(result)
        print(f"train {name}: {result['tokens_per_s']:,.0f} tok/s, {achieved:.0f} TFLOP/s, "
              f"first step {result['first_step_s']:.1f}s", flush=True)
        if device.type == "cuda":
            torch.cuda.empty_cache()
    if not gen_rows and args.only != "train":
        run_generation()

    info["train"], info["generate"], info["wall_s"] = rows, gen_rows, time.perf_counter() - started
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_gpu.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")

    print(f"\nGPT-2 {'smoke' if args.smoke else '124M'} training, context {n_ctx}, {flops_token / 1e6:.0f} MFLOP/token "
          f"({info['device']}, {info['date']})")
    print(f"{'configuration':32} {'tokens/s':>11} {'TFLOP/s':>8} {'% 989':>6} {'% meas.':>7} {'compile/1st s':>13}")
    for r in rows:
        meas = f"{100 * r['mfu_measured']:.0f}%" if r["mfu_measured"] else "-"
        print(f"{r['name']:32} {r['tokens_per_s']:>11,.0f} {r['tflops']:>8.0f} {100 * r['mfu_datasheet']:>5.0f}% "
              f"{meas:>7} {r['first_step_s']:>13.1f}")
    by_name = {r["name"]: r for r in rows}
    for batch in (b_small, b_big):
        a, b = by_name.get(f"ours bf16 compiled b{batch}"), by_name.get(f"HF bf16 compiled b{batch}")
        if a and b:
            print(f"ours / HF at batch {batch}: {a['tokens_per_s'] / b['tokens_per_s']:.2f}x")
    print(f"\nsampling {n_samples} candidates x {length} tokens (top_p 0.9, {str(dtype).split('.')[-1]})")
    for r in gen_rows:
        print(f"{r['name']:40} {r['seconds']:>7.2f} s {r['tokens'] / r['seconds']:>11,.0f} tok/s")
    for i in range(0, len(gen_rows) - 1, 3):
        print(f"HF / ours time ({gen_rows[i]['weights']} weights): "
              f"{gen_rows[i + 1]['seconds'] / gen_rows[i]['seconds']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
