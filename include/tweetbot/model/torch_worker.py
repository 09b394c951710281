"""The torch backend: `python -m tweetbot.model.torch_worker <command> <spec.json>`, started by `runner`.

The same commands, specs, progress lines and `@@result` answers as the gpt-2-simple backend (protocol and
shared helpers in `child`), on the same folders: it reads and writes gpt-2-simple's TensorFlow
checkpoints itself (`tf_checkpoint`), so a run trained here generates under gpt-2-simple and the reverse,
and no TensorFlow is needed. The model is `gpt2_torch.GPT2`; `cmd_train` below is the whole training
loop, nanoGPT-style. Fast where a GPU is: bf16 autocast, SDPA attention, torch.compile for longer runs,
fused AdamW, tweets packed into full context windows, batched KV-cache sampling.

Spec keys beyond the gpt-2-simple ones (all optional): device (cuda/cpu; default: cuda if present),
compile (true/false; default: `compile_pays`: long runs, on a GPU or a CPU), micro_batch
(sequences per forward pass; the batch is accumulated from them), precision (fp32/bf16/auto; default
TWEETBOT_TORCH_PRECISION, else auto: bf16 autocast where the GPU or CPU has native bf16, see `precision`).
"""
from __future__ import annotations

import math
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetbot.model import base_models, child
from tweetbot.model.child import (
    END,
    MIN_DATASET_TOKENS,
    START,
    TrainProgress,
    WorkerError,
    checked_train_paths,
    clean_sample,
    eval_groups,
    eval_result,
    eval_windows,
    fmt_eta,
    generation_length,
    say,
)
from tweetbot.model.folders import read_hparams, usable_checkpoint, write_checkpoint_state
from tweetbot.model.story_worker import run_story

#: torch.compile costs ~30-60 s once; below this many steps it does not pay back on a GPU.
COMPILE_MIN_STEPS = 300
#: On a CPU it compiles the run when the run holds at least this many FLOPs (~10 min of eager bf16 on 2
#: cores): GPT-2 124M's step at context 1024 ran 2.8x faster compiled (fusing the casts, LayerNorms and
#: GELUs autocast leaves apart; bench_cpu_train) after ~40 s of compiling, while the tiny model's whole
#: demo run is shorter than the compile.
CPU_COMPILE_MIN_FLOPS = 6e13


def compile_pays(device: Any, steps: int, train_flops: float) -> bool:
    """torch.compile by default: on a GPU for runs of COMPILE_MIN_STEPS+, on a CPU for runs of
    CPU_COMPILE_MIN_FLOPS+ where a C++ compiler is there (Inductor's CPU code is C++)."""
    if device.type == "cuda":
        return steps >= COMPILE_MIN_STEPS
    return device.type == "cpu" and train_flops >= CPU_COMPILE_MIN_FLOPS and bool(
        shutil.which("c++") or shutil.which("g++"))
#: Below this width a model samples on one CPU thread: its per-token ops are too small to split, and
#: a second thread only waits at every op's barrier (3x slower on a busy 2-core machine).
ONE_THREAD_BELOW_N_EMBD = 512
#: Wall-clock seconds of this child's start-up phases (generate reports them: a cold child pays them all).
STARTUP: dict[str, float] = {"module_imported_at": time.time()}


def setup() -> None:
    """Fail in one line, naming the fix, where PyTorch is not installed."""
    t0 = time.perf_counter()
    try:
        import torch  # noqa: F401
    except ImportError:
        raise WorkerError("the torch backend needs PyTorch in the model interpreter: "
                          "pip install -r requirements-torch.txt, or use backend gpt2simple") from None
    STARTUP["import_torch"] = time.perf_counter() - t0


# ------------------------------------------------------------------------------------------ loading
def load_model(folder: Path, device: Any, dtype: Any = None) -> Any:
    """A GPT2 with the folder's hparams and its checkpoint's weights, on `device` (UnusableRun when
    the folder must not be loaded)."""
    import torch

    from tweetbot.model.gpt2_torch import GPT2
    from tweetbot.model.tf_checkpoint import read_checkpoint

    prefix = usable_checkpoint(folder)
    model = GPT2(read_hparams(folder))
    model.load_tf_weights(read_checkpoint(prefix))
    return model.to(device=device, dtype=dtype or torch.float32)


def save_run(model: Any, base: Path, run_path: Path, steps: int) -> None:
    """Write the run as gpt-2-simple does: model-<steps>.{index,data-*}, checkpoint, counter and the
    base model's hparams.json / encoder.json / vocab.bpe beside them."""
    from tweetbot.model.tf_checkpoint import write_checkpoint

    for name in ("hparams.json", "encoder.json", "vocab.bpe"):
        shutil.copyfile(base / name, run_path / name)
    write_checkpoint(run_path / f"model-{steps}", model.tf_weights())
    (run_path / "counter").write_text(f"{steps + 1}\n", encoding="utf-8")
    write_checkpoint_state(run_path, f"model-{steps}")


# -------------------------------------------------------------------------------------------- train
def cmd_train(spec: dict[str, Any]) -> dict[str, Any]:
    """Fine-tune base_model into a fresh runs_dir/run_name (never resumes anything): settings, data,
    model, optimizer, then the loop."""
    import torch

    from tweetbot.model.bpe import Encoder
    from tweetbot.model.gpt2_torch import make_optimizer, make_train_step, pick_device, train_flops_per_token
    from tweetbot.model.precision import PrecisionError, choose

    # -- settings: the spec's values, defaults here
    base, training_text, run_path = checked_train_paths(spec)
    steps = int(spec["steps"])
    batch_size = int(spec.get("batch_size") or 1)  # sequences per optimizer step ...
    accumulate = int(spec.get("accumulate_gradients") or 1)  # ... times this many batches
    micro = max(1, min(int(spec.get("micro_batch") or batch_size), batch_size))  # sequences per forward pass
    learning_rate = float(spec.get("learning_rate", 1e-4))
    seed = spec.get("seed")
    run_path.mkdir(parents=True, exist_ok=True)
    if seed is not None:
        torch.manual_seed(int(seed))  # all devices; the model has no dropout, so only the data order is random
    generator = torch.Generator().manual_seed(int(seed) if seed is not None else int(time.time_ns() % 2**31))
    device = pick_device(spec.get("device"))
    try:
        prec = choose(spec.get("precision"), device)
    except PrecisionError as exc:
        raise WorkerError(str(exc)) from None

    # -- data: the token stream cut into consecutive (seq_len + 1)-token windows (each token a target once
    # per epoch, no padding, examples running across window edges as in gpt-2-simple), served in a
    # shuffled order; every epoch starts at a new random offset so the edges move.
    t_enc = time.perf_counter()
    tokens = torch.tensor(Encoder(base).encode(training_text.read_text(encoding="utf-8")), dtype=torch.long)
    say(f"encoded {training_text.name}: {len(tokens):,} tokens in {time.perf_counter() - t_enc:.1f}s")
    n_ctx = int(read_hparams(base)["n_ctx"])
    floor = min(n_ctx, MIN_DATASET_TOKENS)
    if len(tokens) - 1 < floor:
        raise WorkerError(f"training text is too small: {len(tokens)} tokens, need at least {floor + 1}")
    seq_len = min(n_ctx, len(tokens) - 1)
    if seq_len < n_ctx:
        say(f"dataset is shorter than the context: training on {seq_len}-token windows")
    order: list[int] = []  # window starts left in this epoch, taken from the end
    epochs = 0

    def next_batch(rows: int) -> torch.Tensor:
        nonlocal order, epochs
        windows = []
        while len(windows) < rows:
            if not order:
                spare = len(tokens) - 1 - seq_len
                offset = int(torch.randint(0, min(seq_len, spare) + 1, (1,), generator=generator)) if spare > 0 else 0
                count = (len(tokens) - 1 - offset) // seq_len
                order = (offset + torch.randperm(count, generator=generator) * seq_len).tolist()
                epochs += 1
            start = order.pop()
            windows.append(tokens[start:start + seq_len + 1])
        return torch.stack(windows).to(device, non_blocking=True)

    # -- model and optimizer: Adam as gpt-2-simple has it, fused (GPU and CPU), fp32 weights; bf16
    # autocast where the hardware computes bf16 natively (`precision`); torch.compile where it pays back
    model = load_model(base, device)
    model.train()
    use_bf16 = prec.bf16
    train_flops = steps * batch_size * accumulate * seq_len * train_flops_per_token(read_hparams(base), seq_len)
    compiled = bool(spec["compile"]) if spec.get("compile") is not None else compile_pays(device, steps, train_flops)
    optimizer = make_optimizer(model, lr=learning_rate, kind="fused")
    train_step = make_train_step(model, optimizer, bf16=use_bf16, compile=compiled)
    micro_batches = [min(micro, batch_size - i) for i in range(0, batch_size, micro)] * accumulate  # rows each

    # -- the loop: one optimizer step over all micro-batches, a progress line every steps//20 steps
    progress = TrainProgress(base_model=base.name, steps=steps, batch_size=batch_size, accumulate=accumulate,
                             n_ctx=n_ctx)
    progress.dataset_tokens, progress.seq_len = len(tokens), seq_len
    parts = [device.type, f"{'bf16 autocast' if use_bf16 else 'fp32'} ({prec.reason})",
             "compiled" if compiled else "eager"]
    if micro < batch_size:
        parts.append(f"micro-batch {micro}")
    progress.start(sum(p.numel() for p in model.parameters()), f" [torch: {', '.join(parts)}]")
    for step in range(1, steps + 1):
        loss = float(train_step([next_batch(rows) for rows in micro_batches]))
        if not math.isfinite(loss):
            raise FloatingPointError(f"loss became {loss} at step {step}: lower the learning rate")
        progress.on_step(step, loss)
    model.eval()
    save_run(model, base, run_path, steps)
    return {"run_name": spec["run_name"], "run_path": str(run_path), "base_model": base.name,
            **progress.result(), "backend": "torch", "device": str(device), "bf16": use_bf16,
            "precision": str(prec), "compiled": compiled, "epochs": epochs}


# ----------------------------------------------------------------------------------------- evaluate
def evaluate_run(run_path: Path, text: str, batch_size: int) -> dict[str, Any]:
    """Same measurement as the gpt-2-simple backend's evaluate_run (same windows, same maths), in fp32."""
    import torch

    from tweetbot.model.bpe import Encoder
    from tweetbot.model.gpt2_torch import pick_device

    usable_checkpoint(run_path)  # before encoding the text; load_model reads the weights it names
    t0 = time.perf_counter()
    enc = Encoder(run_path)
    tokens = enc.encode(text)
    n_ctx = int(read_hparams(run_path)["n_ctx"])
    windows = eval_windows(len(tokens), n_ctx)
    if not windows:
        raise WorkerError("held-out text is too short to evaluate (fewer than 2 tokens)")
    device = pick_device()
    model = load_model(run_path, device).eval()
    ids = torch.tensor(tokens, dtype=torch.long)
    total = 0.0
    with torch.no_grad():
        for group in eval_groups(windows, n_ctx, batch_size):
            batch = torch.stack([ids[a:b] for a, b in group]).to(device)
            total += float(model.loss(batch, reduction="sum").double())
    n_bytes = sum(enc.token_bytes(t) for t in tokens[1:])
    return eval_result(run_path, total=total, tokens=len(tokens) - 1, n_bytes=n_bytes, n_ctx=n_ctx,
                       windows=len(windows), started=t0)


# ----------------------------------------------------------------------------------------- generate
def stop_sequences(enc: Any) -> list[list[int]]:
    """Token ids that end a sample: `<|endoftext|>` spelt out as gpt-2-simple trains it — its word
    `endoftext` is always its own BPE piece (pre-split between the `<|` and `|>` punctuation), so its
    ids are the same wherever it appears — and the vocabulary's single end token, if it has one."""
    stops = [enc.encode("endoftext")]
    if END in enc.encoder:
        stops.append([enc.encoder[END]])
    return stops


class Sampler:
    """A loaded run ready to continue texts (generation and story writing share it); load_model
    refuses a run that must not be used."""

    def __init__(self, run_path: Path, spec: dict[str, Any]) -> None:
        import torch

        from tweetbot.model.bpe import Encoder
        from tweetbot.model.gpt2_torch import bf16_ok, pick_device

        self.device = pick_device(spec.get("device"))
        dtype = torch.bfloat16 if bf16_ok(self.device) else torch.float32
        self.model = load_model(run_path, self.device, dtype).eval()
        if self.device.type == "cpu" and self.model.hparams["n_embd"] < ONE_THREAD_BELOW_N_EMBD:
            torch.set_num_threads(1)
        self.enc = Encoder(run_path)
        self.n_ctx = int(read_hparams(run_path)["n_ctx"])
        self.stops = stop_sequences(self.enc)
        self.options = {"temperature": float(spec.get("temperature", 1.0)), "top_k": int(spec.get("top_k", 0)),
                        "top_p": float(spec.get("top_p", 0.9))}

    def default_batch(self, span: int) -> int:
        """Samples per batch: 64 on a CPU; on a GPU as many as keep the KV cache (layers x 2 x width x
        span values per sample) within a quarter of the free memory, at most 1,024 (1,024 x 64 tokens
        of 124M is ~2.5 GB; 1,024 full 1,024-token windows of 1558M would be ~320 GB)."""
        import torch

        if self.device.type != "cuda":
            return 64
        hp = self.model.hparams
        per_sample = hp["n_layer"] * 2 * hp["n_embd"] * span * self.model.wte.weight.element_size()
        free, _total = torch.cuda.mem_get_info(self.device)
        return max(1, min(1024, int(free * 0.25 // per_sample)))

    def continue_ids(self, context: list[int], n: int, length: int, *, seed: int | None, batch_size: int,
                     on_batch: Callable[[int], Any] | None = None) -> list[list[int]]:
        from tweetbot.model.gpt2_torch import sample

        return sample(self.model, context, n, length, stop=self.stops, batch_size=batch_size, seed=seed,
                      on_batch=on_batch, **self.options)

    def continue_text(self, prefix: str, length: int, seed: int | None) -> str:
        """What the model writes after START + prefix (for stories)."""
        context = self.enc.encode(START + prefix)
        [ids] = self.continue_ids(context, 1, length, seed=seed, batch_size=1)
        text = self.enc.decode(context + ids)
        return text[len(START + prefix):] if text.startswith(START + prefix) else self.enc.decode(ids)


def cmd_generate(spec: dict[str, Any]) -> dict[str, Any]:
    """n samples from a run: one batched, KV-cached sampling loop; texts cleaned like gpt-2-simple's.

    The answer's `timings` split the child's whole life (the weekly task starts a fresh one each time):
    start (from the parent's spawn, `spawned_at`, to this module imported: interpreter and our imports),
    import_torch, load (weights, tokenizer), sample, decode."""
    run_path = Path(spec["run_path"])
    t_load = time.perf_counter()
    sampler = Sampler(run_path, spec)
    timings = {"load": time.perf_counter() - t_load, "import_torch": STARTUP.get("import_torch", 0.0)}
    if spec.get("spawned_at"):
        timings["start"] = STARTUP["module_imported_at"] - float(spec["spawned_at"])
    n = int(spec["n"])
    prefix = spec.get("prefix")
    context = sampler.enc.encode(START + (prefix or ""))
    length = generation_length(sampler.n_ctx, len(context), spec.get("length"))
    batch_size = max(1, min(int(spec.get("batch_size") or sampler.default_batch(len(context) + length)), n))
    say(f"generating {n} samples from {run_path.name}: up to {length} tokens each, batch {batch_size} "
        f"[torch: {sampler.device.type}]")
    t0 = time.perf_counter()

    def on_batch(done: int) -> None:
        elapsed = time.perf_counter() - t0
        rate = done / elapsed if elapsed > 0 else 0.0
        say(f"generated {done}/{n} samples, {rate:.1f} samples/s, ETA {fmt_eta((n - done) / rate if rate else 0)}")

    outputs = sampler.continue_ids(context, n, length, seed=spec.get("seed"), batch_size=batch_size,
                                   on_batch=on_batch)
    timings["sample"] = time.perf_counter() - t0
    t_decode = time.perf_counter()
    texts = []
    for ids in outputs:
        # With a prefix the text starts with it (gpt-2-simple's include_prefix); decode it together with
        # the continuation so a character split across the seam stays whole.
        texts.append(clean_sample(sampler.enc.decode(context + ids) if prefix is not None else sampler.enc.decode(ids)))
    timings["decode"] = time.perf_counter() - t_decode
    elapsed = time.perf_counter() - t0
    return {"texts": texts, "n_ctx": sampler.n_ctx, "length": length, "context_tokens": len(context),
            "samples_per_s": n / elapsed if elapsed > 0 else 0.0, "wall_s": elapsed,
            "tokens_generated": sum(len(ids) for ids in outputs), "backend": "torch", "timings": timings}


def cmd_story(spec: dict[str, Any]) -> dict[str, Any]:
    """Continue a story: every continuation is one KV-cached sample from the run loaded once."""
    sampler = Sampler(Path(spec["run_path"]), spec)
    return run_story(spec, n_ctx=sampler.n_ctx, encode=sampler.enc.encode, continue_text=sampler.continue_text)


COMMANDS: dict[str, child.Command] = {
    "ensure": base_models.cmd_ensure,
    "train": cmd_train,
    "generate": cmd_generate,
    "evaluate": lambda spec: child.cmd_evaluate(spec, evaluate_run),
    "story": cmd_story,
}

if __name__ == "__main__":
    sys.exit(child.main(COMMANDS, setup=setup))
