"""GPT-2 in PyTorch, weight-for-weight the model gpt-2-simple trains, plus batched KV-cache sampling.

Same hyper-parameters (hparams.json), same variable names on disk (`model/h0/attn/c_attn/w`, ...),
same maths (pre-LayerNorm eps 1e-5, tanh GELU, tied input/output embedding), so a checkpoint moves
between the two backends unchanged. Made fast the usual way: one fused QKV projection, attention
through `scaled_dot_product_attention` (flash/memory-efficient kernels on GPUs), bf16 autocast where the
GPU or CPU computes bf16 natively (`precision`), fused AdamW, and a preallocated KV cache so sampling
costs one token's work per step.

Imported only in the torch model child (`tweetbot.model.torch_worker`) and bench scripts.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from tweetbot.model import gpt2_layout
from tweetbot.model.gpt2_layout import hparams_of


class Block(nn.Module):
    """One transformer layer: x + attn(ln_1(x)), then x + mlp(ln_2(x))."""

    def __init__(self, n_embd: int, n_head: int) -> None:
        super().__init__()
        self.n_head = n_head
        self.ln_1 = nn.LayerNorm(n_embd, eps=1e-5)
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.attn_proj = nn.Linear(n_embd, n_embd)
        self.ln_2 = nn.LayerNorm(n_embd, eps=1e-5)
        self.c_fc = nn.Linear(n_embd, 4 * n_embd)
        self.mlp_proj = nn.Linear(4 * n_embd, n_embd)

    def forward(self, x: torch.Tensor, cache: tuple[torch.Tensor, torch.Tensor] | None = None,
                pos: int = 0) -> torch.Tensor:
        batch, length, width = x.shape
        qkv = self.c_attn(self.ln_1(x)).view(batch, length, 3, self.n_head, width // self.n_head)
        q, k, v = qkv.permute(2, 0, 3, 1, 4).unbind(0)  # each (batch, head, length, head_dim)
        if cache is None:
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        else:
            cache_k, cache_v = cache
            cache_k[:, :, pos:pos + length] = k
            cache_v[:, :, pos:pos + length] = v
            if length > 1 and pos > 0:
                raise ValueError("a multi-token step must start the cache (pos 0)")
            y = F.scaled_dot_product_attention(q, cache_k[:, :, :pos + length], cache_v[:, :, :pos + length],
                                               is_causal=length > 1)
        x = x + self.attn_proj(y.transpose(1, 2).reshape(batch, length, width))
        return x + self.mlp_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh"))


class GPT2(nn.Module):
    """GPT-2 LM: token + position embeddings, n_layer blocks, final LayerNorm, logits via wte^T."""

    def __init__(self, hparams: Mapping[str, int]) -> None:
        super().__init__()
        hp = hparams_of(hparams)
        if hp["n_embd"] % hp["n_head"]:
            raise ValueError(f"n_embd {hp['n_embd']} is not a multiple of n_head {hp['n_head']}")
        self.hparams = hp
        self.wte = nn.Embedding(hp["n_vocab"], hp["n_embd"])
        self.wpe = nn.Embedding(hp["n_ctx"], hp["n_embd"])
        self.h = nn.ModuleList(Block(hp["n_embd"], hp["n_head"]) for _ in range(hp["n_layer"]))
        self.ln_f = nn.LayerNorm(hp["n_embd"], eps=1e-5)
        self.init_weights()

    @property
    def n_ctx(self) -> int:
        return self.hparams["n_ctx"]

    def init_weights(self, generator: torch.Generator | None = None) -> None:
        """OpenAI's initialisation, as gpt2_layout lists it (the tiny model's builder uses the same list):
        weights N(0, 0.02), positions N(0, 0.01), biases 0, norm gains 1."""
        params = dict(self.named_parameters())
        with torch.no_grad():
            for tf_name, _shape, std in gpt2_layout.variables(self.hparams):
                p = params[torch_name(tf_name)[0]]
                if std > 0:
                    p.normal_(0.0, std, generator=generator)
                else:
                    p.fill_(1.0 if std < 0 else 0.0)

    def forward(self, idx: torch.Tensor, caches: Sequence[tuple[torch.Tensor, torch.Tensor]] | None = None,
                pos: int = 0) -> torch.Tensor:
        """Logits (batch, length, n_vocab) for token ids (batch, length) starting at position `pos`."""
        return self.logits(self.hidden(idx, caches, pos))

    def hidden(self, idx: torch.Tensor, caches: Sequence[tuple[torch.Tensor, torch.Tensor]] | None = None,
               pos: int = 0) -> torch.Tensor:
        """The final-LayerNorm states; `logits` or `loss` turns them into predictions."""
        length = idx.shape[1]
        if pos + length > self.n_ctx:
            raise ValueError(f"positions up to {pos + length} do not fit the model's context of {self.n_ctx}")
        positions = torch.arange(pos, pos + length, device=idx.device)
        x = self.wte(idx) + self.wpe(positions)
        for i, block in enumerate(self.h):
            x = block(x, None if caches is None else caches[i], pos)
        return self.ln_f(x)

    def logits(self, hidden: torch.Tensor) -> torch.Tensor:
        return F.linear(hidden, self.wte.weight)

    def loss(self, window: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
        """Next-token cross-entropy of windows (batch, length+1): positions 0..length-1 predict 1..length."""
        logits = self(window[:, :-1])
        return F.cross_entropy(logits.flatten(0, 1).float(), window[:, 1:].flatten(), reduction=reduction)

    # ------------------------------------------------------------------------- gpt-2-simple weights
    def load_tf_weights(self, tensors: Mapping[str, np.ndarray]) -> None:
        """Copy weights named as gpt-2-simple names them (a TF checkpoint's `model/...` variables)."""
        own = self.state_dict()
        missing = [name for name in tf_names(self.hparams["n_layer"]) if name not in tensors]
        if missing:
            raise KeyError(f"checkpoint lacks {len(missing)} GPT-2 weights, e.g. {missing[:3]}")
        with torch.no_grad():
            for tf_name, torch_name, transpose in _name_map(self.hparams["n_layer"]):
                value = np.asarray(tensors[tf_name], dtype=np.float32)
                if transpose:
                    value = value.reshape(value.shape[-2], value.shape[-1]).T
                target = own[torch_name]
                if tuple(value.shape) != tuple(target.shape):
                    raise ValueError(f"{tf_name}: checkpoint shape {value.shape} != model shape {tuple(target.shape)}")
                target.copy_(torch.from_numpy(np.ascontiguousarray(value)))

    def tf_weights(self) -> dict[str, np.ndarray]:
        """This model's weights under gpt-2-simple's names and shapes, as float32 arrays."""
        own = self.state_dict()
        out = {}
        for tf_name, torch_name, transpose in _name_map(self.hparams["n_layer"]):
            value = own[torch_name].detach().float().cpu().numpy()
            out[tf_name] = np.ascontiguousarray(value.T[None] if transpose else value)
        return out


_MODULES = {"ln_1": "ln_1", "ln_2": "ln_2", "ln_f": "ln_f", "attn/c_attn": "c_attn", "attn/c_proj": "attn_proj",
            "mlp/c_fc": "c_fc", "mlp/c_proj": "mlp_proj"}
_PARAMS = {"g": "weight", "b": "bias", "w": "weight"}


def torch_name(tf_name: str) -> tuple[str, bool]:
    """Our state_dict name for a gpt-2-simple variable, and whether it is a [1, in, out] conv1d
    weight (nn.Linear stores [out, in]: transpose)."""
    parts = tf_name.split("/")[1:]  # drop "model"
    if parts in (["wte"], ["wpe"]):
        return f"{parts[0]}.weight", False
    layer = f"h.{parts[0][1:]}." if parts[0].startswith("h") and parts[0][1:].isdigit() else ""
    module = "/".join(parts[1:-1] if layer else parts[:-1])
    return f"{layer}{_MODULES[module]}.{_PARAMS[parts[-1]]}", parts[-1] == "w"


def _name_map(n_layer: int) -> list[tuple[str, str, bool]]:
    """(gpt-2-simple name, our state_dict name, transpose) for every weight of an n_layer model."""
    return [(tf, *torch_name(tf)) for tf in tf_names(n_layer)]


def tf_names(n_layer: int) -> list[str]:
    """Every variable name a GPT-2 checkpoint of n_layer layers holds."""
    return [name for name, _, _ in gpt2_layout.variables({"n_layer": n_layer})]


def train_flops_per_token(hparams: Mapping[str, int], seq_len: int | None = None) -> float:
    """Forward + backward FLOPs per trained token: 6·N (N = weights excluding the position table)
    plus attention's 12·layers·seq_len·width (the PaLM appendix B count), for MFU figures."""
    hp = hparams_of(hparams)
    d, layers = hp["n_embd"], hp["n_layer"]
    n = hp["n_vocab"] * d + layers * (12 * d * d + 13 * d) + 2 * d
    return 6.0 * n + 12.0 * layers * (seq_len or hp["n_ctx"]) * d


# ------------------------------------------------------------------------------------------ training
def make_optimizer(model: GPT2, *, lr: float, kind: str = "fused") -> torch.optim.Optimizer:
    """Adam as gpt-2-simple has it (AdamW without weight decay is Adam) on the fp32 weights.

    kind: `fused` (one kernel per parameter group; CUDA and, since PyTorch 2.4, the CPU), `foreach`
    (multi-tensor ops) or `loop` (one parameter at a time, PyTorch's oldest path).
    """
    flags = {"fused": {"fused": True}, "foreach": {"foreach": True}, "loop": {"foreach": False}}.get(kind)
    if flags is None:
        raise ValueError(f"unknown optimizer kind {kind!r}: use fused, foreach or loop")
    return torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0,
                             **flags)


def make_train_step(model: GPT2, optimizer: torch.optim.Optimizer, *, bf16: bool,
                    compile: bool) -> Callable[[Sequence[torch.Tensor]], torch.Tensor]:
    """One optimizer step over a list of micro-batches (gradient accumulation): returns the step's mean
    loss as a 0-d tensor (not synchronised: the caller decides when to read it).

    Weights and optimizer state stay fp32; bf16 autocast runs the matmuls and attention in bf16.
    `compile` wraps the loss in torch.compile (fuses LayerNorm/GELU/residual kernels; ~30-60 s once).
    """
    loss_fn: Callable[[torch.Tensor], torch.Tensor] = torch.compile(model.loss) if compile else model.loss
    device_type = model.wte.weight.device.type

    def step(micro_batches: Sequence[torch.Tensor]) -> torch.Tensor:
        rows = sum(int(b.shape[0]) for b in micro_batches)
        total = torch.zeros((), device=model.wte.weight.device)
        for batch in micro_batches:
            with torch.autocast(device_type, dtype=torch.bfloat16, enabled=bf16):
                loss = loss_fn(batch) * (batch.shape[0] / rows)
            loss.backward()
            total += loss.detach()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        return total

    return step


# ------------------------------------------------------------------------------------------ sampling
def filter_logits(logits: torch.Tensor, *, temperature: float, top_k: int, top_p: float) -> torch.Tensor:
    """Temperature, then top-k (0 = off), then nucleus top-p (>= 1 or <= 0 = off) the way gpt-2-simple
    cuts it: keep the most likely tokens whose cumulative probability stays <= top_p (at least one).

    On a GPU the cut is found by bisection rather than gpt-2-simple's sort (same tokens, up to
    float rounding of the cumulative sums at the boundary).
    """
    logits = logits.float() / max(float(temperature), 1e-6)
    if top_k and 0 < top_k < logits.shape[-1]:
        kth = torch.topk(logits, top_k, dim=-1).values[:, -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if 0.0 < top_p < 1.0:
        probs = torch.softmax(logits, dim=-1)
        cut = nucleus_cut_gpu if probs.is_cuda else nucleus_cut_sort
        logits = logits.masked_fill(probs < cut(probs, top_p), float("-inf"))
    return logits


def nucleus_cut_sort(probs: torch.Tensor, top_p: float) -> torch.Tensor:
    """gpt-2-simple's cut: the probability of the last sorted token whose cumulative mass is <= top_p.

    On the CPU NumPy sorts: its vectorised sort (x86-simd-sort) is ~100x faster than `torch.sort` on a
    64 x 4,096 batch, which made the sort most of a small model's sampling time. Same values, same order.
    """
    if probs.device.type == "cpu":
        ordered_np = np.sort(probs.float().numpy(), axis=-1)[..., ::-1]
        ordered = torch.from_numpy(np.ascontiguousarray(ordered_np))
    else:
        ordered = torch.sort(probs, dim=-1, descending=True).values
    keep = torch.clamp((torch.cumsum(ordered, dim=-1) <= top_p).sum(dim=-1, keepdim=True) - 1, min=0)
    return torch.gather(ordered, -1, keep)


_compiled_bisect: Callable[..., torch.Tensor] | None = None


def nucleus_cut_gpu(probs: torch.Tensor, top_p: float) -> torch.Tensor:
    """The cut on a GPU, where sorting 1,000 x 50,257 probabilities per step is most of the sampling
    time (and a large top-k is slower still): bisection, its 32 passes fused by torch.compile
    (measured on an H200: 1,000 x 64 tokens in 0.53 s vs 3.7-6 s sorting)."""
    global _compiled_bisect
    if _compiled_bisect is None:
        _compiled_bisect = torch.compile(nucleus_cut_bisect, dynamic=True)
    return _compiled_bisect(probs, top_p)


def nucleus_cut_bisect(probs: torch.Tensor, top_p: float) -> torch.Tensor:
    """The same cut without sorting (a GPU sorts 1,000 x 50,257 slowly): bisect for the lowest
    probability t whose tokens (all with p >= t) hold mass <= top_p; the top token always stays."""
    high = probs.amax(dim=-1, keepdim=True)
    low = torch.zeros_like(high)
    for _ in range(NUCLEUS_BISECTION_STEPS):
        mid = (low + high) / 2
        fits = torch.where(probs >= mid, probs, 0.0).sum(dim=-1, keepdim=True) <= top_p
        high = torch.where(fits, mid, high)
        low = torch.where(fits, low, mid)
    return high


#: Bisection steps for the top-p threshold: the interval ends below 2^-32 of the top probability,
#: far under the gap between two distinct float32 probabilities that matter.
NUCLEUS_BISECTION_STEPS = 32


def draw(logits: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    """One token per row with probability softmax(logits).

    On a GPU by the exponential race (argmax p / E, E ~ Exp(1)): one elementwise pass and an argmax
    instead of torch.multinomial. On the CPU, where drawing a random number per vocabulary entry was a
    third of a small model's sampling time, by the inverse CDF: one uniform per row and a binary search.
    """
    probs = torch.softmax(logits, dim=-1)
    if probs.device.type == "cpu":
        cdf = torch.cumsum(probs, dim=-1)
        u = torch.rand((*probs.shape[:-1], 1), generator=generator, dtype=cdf.dtype) * cdf[..., -1:]
        return torch.searchsorted(cdf, u, right=True).squeeze(-1).clamp_(max=probs.shape[-1] - 1)
    race = torch.empty_like(probs).exponential_(1.0, generator=generator)
    return torch.argmax(probs / race, dim=-1)


@torch.no_grad()
def sample(
    model: GPT2,
    context: Sequence[int],
    n: int,
    length: int,
    *,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 0.0,
    stop: Sequence[Sequence[int]] = (),
    batch_size: int = 64,
    seed: int | None = None,
    on_batch: Callable[[int], Any] | None = None,
) -> list[list[int]]:
    """n continuations of `context`, each up to `length` new tokens, in batches with a KV cache.

    A sample stops once its newest tokens equal one of the `stop` id sequences (returned with it, so
    the caller cuts the text where it likes); a batch ends when all of its samples stopped.
    """
    if not context:
        raise ValueError("sampling needs at least one context token")
    if len(context) + length > model.n_ctx:
        raise ValueError(f"context {len(context)} + length {length} exceeds the model's n_ctx {model.n_ctx}")
    device = model.wte.weight.device
    dtype = model.wte.weight.dtype
    hp = model.hparams
    head_dim = hp["n_embd"] // hp["n_head"]
    prompt = torch.tensor(list(context), dtype=torch.long, device=device)
    generator = None if seed is None else torch.Generator(device=device).manual_seed(int(seed))
    stops = [torch.tensor(list(s), dtype=torch.long, device=device) for s in stop if len(s)]
    results: list[list[int]] = []
    while len(results) < n:
        batch = min(batch_size, n - len(results))
        span = len(context) + length
        caches = [(torch.empty(batch, hp["n_head"], span, head_dim, device=device, dtype=dtype),
                   torch.empty(batch, hp["n_head"], span, head_dim, device=device, dtype=dtype))
                  for _ in range(hp["n_layer"])]
        out = torch.zeros(batch, length, dtype=torch.long, device=device)
        ends = torch.full((batch,), length, dtype=torch.long, device=device)
        done = torch.zeros(batch, dtype=torch.bool, device=device)
        logits = model(prompt.expand(batch, -1), caches, 0)[:, -1]
        steps = length
        for t in range(length):
            token = draw(filter_logits(logits, temperature=temperature, top_k=top_k, top_p=top_p), generator)
            out[:, t] = token
            for seq in stops:
                if t + 1 >= len(seq):
                    hit = (out[:, t + 1 - len(seq):t + 1] == seq).all(dim=1) & ~done
                    ends = torch.where(hit, t + 1, ends)
                    done |= hit
            if stops and t % 8 == 7 and bool(done.all()):
                steps = t + 1
                break
            if t + 1 < length:
                logits = model(token[:, None], caches, len(context) + t)[:, -1]
        ends_list = ends.tolist()
        rows = out[:, :steps].tolist()
        results.extend(row[:end] for row, end in zip(rows, ends_list, strict=True))
        if on_batch:
            on_batch(len(results))
    return results[:n]


def pick_device(requested: str | None = None) -> torch.device:
    """`cuda` when a GPU is there (or as asked), else the CPU."""
    if requested:
        return torch.device(requested)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def bf16_ok(device: torch.device) -> bool:
    """Sampling keeps the weights in bf16 on Ampere and newer GPUs; on the CPU it stays fp32 (small
    batches, one token at a time: the casts would cost more than bf16 saves). Training's choice is
    `precision.choose`."""
    return device.type == "cuda" and torch.cuda.is_bf16_supported()
