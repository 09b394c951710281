"""Which number format the torch backend trains in, and why: fp32, or bf16 autocast with fp32 weights.

bf16 halves the bytes each matmul moves and, on hardware that computes it natively, doubles (or more)
the FLOP/s: GPUs from Ampere on, and CPUs with AVX-512 BF16 (AMD Zen 4+, Intel Cooper Lake) or AMX
(Intel Sapphire Rapids+). A CPU without them can still run bf16, emulated, slower than fp32 — so `auto`
picks bf16 only where it is native, and asking for bf16 where it is not is an error that says so
(rather than a silent fallback: the user asked for something specific and should learn it is not there).

The choice travels as the train spec's `precision` key (fp32 | bf16 | auto; default: env
TWEETBOT_TORCH_PRECISION, else auto) and is printed in the training header, reason included.
Weights and optimizer state stay fp32 either way (autocast computes matmuls and attention in bf16;
the loss, LayerNorms and the update stay fp32), so a checkpoint is the same fp32 file as before.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PRECISIONS = ("auto", "fp32", "bf16")
#: /proc/cpuinfo flags that mean the CPU computes bf16 dot products natively.
NATIVE_BF16_FLAGS = ("amx_bf16", "avx512_bf16")
CPUINFO = Path("/proc/cpuinfo")


class PrecisionError(ValueError):
    """A precision that cannot be used here (unknown name, or bf16 forced on hardware without it)."""


@dataclass(frozen=True)
class Precision:
    """The decision: bf16 autocast or not, and a short reason for the log (`bf16 (CPU has avx512_bf16)`)."""

    bf16: bool
    reason: str

    @property
    def name(self) -> str:
        return "bf16" if self.bf16 else "fp32"

    def __str__(self) -> str:
        return f"{self.name} ({self.reason})"


def cpu_bf16_flags(cpuinfo: Path = CPUINFO) -> list[str]:
    """The native-bf16 flags this CPU advertises (empty where /proc/cpuinfo is absent, e.g. macOS)."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    flags: set[str] = set()
    for line in text.splitlines():
        if line.startswith("flags"):
            flags.update(line.partition(":")[2].split())
            break  # every core lists the same flags
    return [f for f in NATIVE_BF16_FLAGS if f in flags]


def _torch_cpu_bf16() -> bool:
    """oneDNN (PyTorch's CPU matmul library) can run bf16 at all (native or emulated)."""
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def native_bf16(device: Any) -> tuple[bool, str]:
    """(bf16 is native on this device, what says so or what is missing)."""
    import torch

    if device.type == "cuda":
        if torch.cuda.is_bf16_supported(including_emulation=False):
            return True, f"GPU {torch.cuda.get_device_name(device)} has bf16"
        return False, "GPU has no native bf16 (before Ampere)"
    if device.type != "cpu":
        return False, f"no bf16 detection for device {device.type}"
    flags = cpu_bf16_flags()
    if not flags:
        return False, "no native bf16: neither avx512_bf16 nor amx_bf16 in /proc/cpuinfo"
    if not _torch_cpu_bf16():
        return False, f"CPU has {flags[0]} but this PyTorch build's oneDNN cannot use bf16"
    return True, f"CPU has {flags[0]}"


def choose(requested: str | None, device: Any) -> Precision:
    """fp32 / bf16 / auto (None: TWEETBOT_TORCH_PRECISION, else auto) → the Precision to train in.

    auto: bf16 where it is native, else fp32. bf16 where it is not native: PrecisionError.
    """
    name = (requested or os.environ.get("TWEETBOT_TORCH_PRECISION") or "auto").strip().lower()
    if name not in PRECISIONS:
        raise PrecisionError(f"unknown precision {name!r}: use one of {', '.join(PRECISIONS)}")
    if name == "fp32":
        return Precision(False, "asked for")
    ok, why = native_bf16(device)
    if name == "bf16":
        if not ok:
            raise PrecisionError(f"precision bf16 asked for, but {why}; use precision auto or fp32")
        return Precision(True, f"asked for; {why}")
    return Precision(ok, why)
