"""The variables of a GPT-2 checkpoint as gpt-2-simple (OpenAI's model.py) names and shapes them.

One list both backends share: the tiny-model builder writes these names, the PyTorch model maps its
parameters onto them. Standard library only (no TensorFlow, no torch).
"""
from __future__ import annotations

from collections.abc import Mapping

#: OpenAI's defaults, overridden by a model folder's hparams.json.
DEFAULT_HPARAMS = {"n_vocab": 50257, "n_ctx": 1024, "n_embd": 768, "n_head": 12, "n_layer": 12}

#: Within each layer h{i}: (name, kind). kind says its shape and how OpenAI initialises it.
_LAYER = (("ln_1/g", "norm_g"), ("ln_1/b", "bias"), ("attn/c_attn/w", "qkv_w"), ("attn/c_attn/b", "qkv_b"),
          ("attn/c_proj/w", "proj_w"), ("attn/c_proj/b", "bias"), ("ln_2/g", "norm_g"), ("ln_2/b", "bias"),
          ("mlp/c_fc/w", "fc_w"), ("mlp/c_fc/b", "fc_b"), ("mlp/c_proj/w", "fc_proj_w"), ("mlp/c_proj/b", "bias"))


def hparams_of(hparams: Mapping[str, int]) -> dict[str, int]:
    """The five GPT-2 hyper-parameters, defaults filled in."""
    return {**DEFAULT_HPARAMS, **{k: int(v) for k, v in hparams.items() if k in DEFAULT_HPARAMS}}


def variables(hparams: Mapping[str, int]) -> list[tuple[str, tuple[int, ...], float]]:
    """(name, shape, init std) of every weight; std 0 = zeros (biases), -1 = ones (norm gains)."""
    hp = hparams_of(hparams)
    d = hp["n_embd"]
    shapes = {"norm_g": ((d,), -1.0), "bias": ((d,), 0.0), "qkv_w": ((1, d, 3 * d), 0.02),
              "qkv_b": ((3 * d,), 0.0), "proj_w": ((1, d, d), 0.02), "fc_w": ((1, d, 4 * d), 0.02),
              "fc_b": ((4 * d,), 0.0), "fc_proj_w": ((1, 4 * d, d), 0.02)}
    out = [("model/wte", (hp["n_vocab"], d), 0.02), ("model/wpe", (hp["n_ctx"], d), 0.01)]
    for i in range(hp["n_layer"]):
        out += [(f"model/h{i}/{name}", *shapes[kind]) for name, kind in _LAYER]
    out += [("model/ln_f/g", (d,), -1.0), ("model/ln_f/b", (d,), 0.0)]
    return out
