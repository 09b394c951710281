"""tweetbot.model.tf_checkpoint: TF V2 checkpoints read and written without TensorFlow.

TensorFlow itself is the oracle, in ONE subprocess (graph mode pollutes a process, and each start
costs seconds): it saves a checkpoint this module must read, and restores one this module wrote.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from tweetbot.model import runner
from tweetbot.model import tf_checkpoint as tfc
from tweetbot.model.folders import latest_checkpoint, write_checkpoint_state
from tweetbot.model.tf_checkpoint import CheckpointError

ROOT = Path(__file__).resolve().parents[1]


def _tensors() -> dict[str, np.ndarray]:
    """gpt-2-like names with slashes, a scalar, a 3-D tensor, an empty one, several dtypes, and more
    than 16 keys so the SSTable blocks have several restart points."""
    rng = np.random.default_rng(1234)
    w = rng.standard_normal((2, 3, 4)).astype(np.float32)
    w.flat[:4] = [-0.0, np.inf, np.nan, 1e-45]  # bits must survive exactly, subnormal included
    tensors = {
        "model/h0/attn/c_attn/w": w,
        "global_step": np.array(2**40 + 3, dtype=np.int64),
        "model/wte": rng.standard_normal((50, 8)).astype(np.float32),
        "model/h0/ln_1/g": rng.standard_normal(8).astype(np.float16),
        "model/h0/mlp/c_fc/b": rng.integers(0, 2**16, 5, dtype=np.uint16),  # bfloat16 bits, see _BF16
        "model/ids": rng.integers(-(2**31), 2**31 - 1, (2, 2, 3), dtype=np.int32),
        "model/empty": np.zeros((0, 4), dtype=np.float32),
    }
    for i in range(20):
        tensors[f"model/h{i}/attn/c_proj/b"] = rng.standard_normal(3).astype(np.float32)
    return tensors


_BF16 = {"model/h0/mlp/c_fc/b"}  # passed around as uint16 bits; TF and ml_dtypes see bfloat16


def _as_bits(array: np.ndarray) -> np.ndarray:
    """Bit patterns, so NaN, -0.0 and bfloat16 compare exactly."""
    return array.view({1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}[array.dtype.itemsize])


def _bf16_view(array: np.ndarray) -> np.ndarray:
    if tfc._ml_dtypes is not None:
        return array.view(tfc._BFLOAT16)
    return array


_TF_SCRIPT = textwrap.dedent("""
    import json, os, sys
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    import numpy as np
    import tensorflow as tf

    spec = json.loads(sys.argv[1])
    given = dict(np.load(spec["npz"]))
    bf16 = set(spec["bf16"])
    tf.compat.v1.disable_eager_execution()

    def build(initial):
        variables = []
        for name in sorted(given):
            if name in bf16:
                init = tf.bitcast(tf.constant(given[name] if initial else np.zeros_like(given[name])),
                                  tf.bfloat16)
            else:
                init = given[name] if initial else np.zeros_like(given[name])
            variables.append(tf.compat.v1.get_variable(name, initializer=init))
        return variables

    # 1. TensorFlow saves: gpt-2-simple's way (graph mode, default Saver, absolute state paths).
    with tf.Graph().as_default():
        build(initial=True)
        saver = tf.compat.v1.train.Saver()
        with tf.compat.v1.Session() as sess:
            sess.run(tf.compat.v1.global_variables_initializer())
            saver.save(sess, spec["tf_prefix"], global_step=100)

    # 2. TensorFlow restores the checkpoint tweetbot wrote, into zero-initialised variables.
    with tf.Graph().as_default():
        variables = build(initial=False)
        saver = tf.compat.v1.train.Saver()
        with tf.compat.v1.Session() as sess:
            sess.run(tf.compat.v1.global_variables_initializer())
            saver.restore(sess, spec["ours_prefix"])
            values = sess.run(variables)
    restored = {}
    for var, value in zip(variables, values):
        name = var.op.name
        restored[name] = np.asarray(value).view(np.uint16) if name in bf16 else np.asarray(value)
    np.savez(spec["restored_npz"], **restored)

    print(json.dumps({
        "list_variables": {n: s for n, s in tf.train.list_variables(spec["ours_prefix"])},
        "latest_ours": tf.train.latest_checkpoint(spec["ours_dir"]),
        "restored_dtypes": {v.op.name: v.dtype.base_dtype.name for v in variables},
    }))
""")


@pytest.fixture(scope="module")
def tf_run(tmp_path_factory) -> dict:
    """Run TensorFlow once: it saves `_tensors()` and restores a checkpoint written by tweetbot."""
    if importlib.util.find_spec("tensorflow") is None:  # find_spec: never import TF in this process
        pytest.skip("TensorFlow is not installed")
    tmp = tmp_path_factory.mktemp("tfck")
    tensors = _tensors()
    np.savez(tmp / "given.npz", **tensors)
    ours = {name: _bf16_view(a) if name in _BF16 else a for name, a in tensors.items()}
    ours_dir = tmp / "ours"
    # A tiny block size spreads the index over many data blocks: TF must still find every key.
    tfc.write_checkpoint(ours_dir / "model-7", ours, block_size=128)
    write_checkpoint_state(ours_dir, "model-7")
    spec = {"npz": str(tmp / "given.npz"), "bf16": sorted(_BF16), "tf_prefix": str(tmp / "tf" / "model"),
            "ours_prefix": str(ours_dir / "model-7"), "ours_dir": str(ours_dir),
            "restored_npz": str(tmp / "restored.npz")}
    proc = subprocess.run([sys.executable, "-c", _TF_SCRIPT, json.dumps(spec)], capture_output=True,
                          text=True, timeout=180,
                          env=runner._child_env("evaluate", "gpt2simple"))  # TF as the runner starts it
    assert proc.returncode == 0, proc.stderr[-4000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"tmp": tmp, "tensors": tensors, "ours": ours, "report": report,
            "tf_prefix": tmp / "tf" / "model-100", "ours_prefix": ours_dir / "model-7",
            "restored": dict(np.load(tmp / "restored.npz"))}


def test_reads_a_checkpoint_tensorflow_saved(tf_run) -> None:
    prefix = tf_run["tf_prefix"]
    expected = tf_run["tensors"]
    got = tfc.read_checkpoint(prefix)
    assert sorted(got) == sorted(expected)
    for name, want in expected.items():
        array = got[name]
        if name in _BF16:
            assert tfc.list_tensors(prefix)[name][0] == "bfloat16"
            array = array.view(np.uint16)
        else:
            assert array.dtype == want.dtype, name
        assert array.shape == want.shape, name
        np.testing.assert_array_equal(_as_bits(array), _as_bits(want), err_msg=name)
    assert got["global_step"].shape == () and int(got["global_step"]) == 2**40 + 3
    listed = tfc.list_tensors(prefix)
    assert listed["model/h0/attn/c_attn/w"] == ("float32", (2, 3, 4))
    assert listed["global_step"] == ("int64", ())
    assert listed["model/ids"] == ("int32", (2, 2, 3))
    assert listed["model/h0/ln_1/g"] == ("float16", (8,))
    assert listed["model/empty"] == ("float32", (0, 4))
    # TF's Saver wrote an absolute path into the state file.
    assert '"/' in (prefix.parent / "checkpoint").read_text()
    assert latest_checkpoint(prefix.parent) == prefix


def test_writer_output_is_byte_identical_to_tensorflows(tf_run, tmp_path: Path) -> None:
    """Same tensors, same bytes: the index (header, entries, crc32c, leveldb's separator keys, footer)
    and the data file both match what TensorFlow wrote."""
    prefix = tmp_path / "model-100"
    tfc.write_checkpoint(prefix, tf_run["ours"])
    tf_prefix = tf_run["tf_prefix"]
    for suffix in (".index", ".data-00000-of-00001"):
        assert Path(f"{prefix}{suffix}").read_bytes() == Path(f"{tf_prefix}{suffix}").read_bytes(), suffix


def test_tensorflow_restores_a_checkpoint_written_here(tf_run) -> None:
    report = tf_run["report"]
    restored = tf_run["restored"]
    expected = tf_run["tensors"]
    assert sorted(restored) == sorted(expected)
    for name, want in expected.items():
        assert restored[name].shape == want.shape, name
        np.testing.assert_array_equal(_as_bits(restored[name]), _as_bits(want), err_msg=name)
    assert report["restored_dtypes"]["model/h0/mlp/c_fc/b"] == "bfloat16"
    assert report["restored_dtypes"]["global_step"] == "int64"
    assert report["list_variables"] == {name: list(a.shape) for name, a in expected.items()}
    assert report["latest_ours"] == str(tf_run["ours_prefix"])
    # the tiny block size really produced a multi-block index, and this reader reads it back too
    assert _index_entries(Path(f"{tf_run['ours_prefix']}.index").read_bytes()) > 5
    assert tfc.read_checkpoint(tf_run["ours_prefix"]).keys() == expected.keys()


# --- without TensorFlow --------------------------------------------------------------------------

def _small(tmp_path: Path) -> Path:
    prefix = tmp_path / "ck" / "model-1"
    tfc.write_checkpoint(prefix, {"a/w": np.arange(1000, dtype=np.float32).reshape(10, 100),
                                  "b": np.array(5, dtype=np.int32)})
    return prefix


def test_flipped_data_byte_is_a_crc_error_naming_the_file(tmp_path: Path) -> None:
    prefix = _small(tmp_path)
    data = Path(f"{prefix}.data-00000-of-00001")
    raw = bytearray(data.read_bytes())
    raw[1234] ^= 0x40
    data.write_bytes(bytes(raw))
    with pytest.raises(CheckpointError, match="crc32c mismatch") as err:
        tfc.read_checkpoint(prefix)
    assert str(data) in str(err.value) and "'a/w'" in str(err.value)
    unchecked = tfc.read_checkpoint(prefix, verify=False)  # verify=False trusts the bytes
    assert unchecked["a/w"].reshape(-1)[1234 // 4] != 1234 // 4


def test_damaged_index_files_are_clear_errors(tmp_path: Path) -> None:
    prefix = _small(tmp_path)
    index = Path(f"{prefix}.index")
    good = index.read_bytes()

    index.write_bytes(good[:30])
    with pytest.raises(CheckpointError, match="truncated") as err:
        tfc.read_checkpoint(prefix)
    assert str(index) in str(err.value)

    index.write_bytes(good[:-7])  # footer cut: the magic is gone
    with pytest.raises(CheckpointError, match="bad magic") as err:
        tfc.list_tensors(prefix)
    assert str(index) in str(err.value)

    index.write_bytes(good[len(good) // 2:])  # front cut: block handles point past the end
    with pytest.raises(CheckpointError, match=str(index).replace(".", r"\.")):
        tfc.list_tensors(prefix)

    damaged = bytearray(good)
    damaged[5] ^= 0x01  # inside the first data block
    index.write_bytes(bytes(damaged))
    with pytest.raises(CheckpointError, match="crc32c mismatch in the data block"):
        tfc.list_tensors(prefix)

    damaged = bytearray(good)
    size = _first_block_size(good)  # its trailer follows: 1 type byte + masked crc over data + type
    damaged[size] = 1
    damaged[size + 1:size + 5] = tfc._mask(tfc.crc32c(b"\x01", tfc.crc32c(good[:size]))).to_bytes(4, "little")
    index.write_bytes(bytes(damaged))
    with pytest.raises(CheckpointError, match="snappy"):
        tfc.list_tensors(prefix)

    index.unlink()
    with pytest.raises(CheckpointError, match="no such checkpoint index"):
        tfc.read_checkpoint(prefix)


def _index_block(index_bytes: bytes) -> list[tuple[bytes, memoryview]]:
    """The SSTable's index block entries (one per data block), found through the footer."""
    _meta, pos = tfc._read_handle(index_bytes, len(index_bytes) - 48)
    (offset, size), _ = tfc._read_handle(index_bytes, pos)
    return list(tfc._block_entries(memoryview(index_bytes)[offset:offset + size], "index"))


def _index_entries(index_bytes: bytes) -> int:
    return len(_index_block(index_bytes))


def _first_block_size(index_bytes: bytes) -> int:
    """Size of the first data block: the first handle in the index block."""
    (offset, size), _ = tfc._read_handle(_index_block(index_bytes)[0][1], 0)
    assert offset == 0
    return size


def test_truncated_or_missing_data_file(tmp_path: Path) -> None:
    prefix = _small(tmp_path)
    data = Path(f"{prefix}.data-00000-of-00001")
    data.write_bytes(data.read_bytes()[:2000])
    with pytest.raises(CheckpointError, match="missing tensor data") as err:
        tfc.read_checkpoint(prefix)
    assert str(data) in str(err.value)
    assert tfc.list_tensors(prefix)["a/w"] == ("float32", (10, 100))  # the index alone still lists
    data.unlink()
    with pytest.raises(CheckpointError, match="missing data file"):
        tfc.read_checkpoint(prefix)


def test_unsupported_dtype_names_the_tensor(tmp_path: Path) -> None:
    prefix = tmp_path / "strings"
    items = [(b"", tfc._HEADER), (b"model/vocab", tfc._encode_entry(7, (2,), 0, 0, tfc._mask(0)))]
    Path(f"{prefix}.index").write_bytes(tfc._build_table(items, tfc.DEFAULT_BLOCK_SIZE))
    Path(f"{prefix}.data-00000-of-00001").write_bytes(b"")
    assert tfc.list_tensors(prefix) == {"model/vocab": ("string", (2,))}
    with pytest.raises(CheckpointError, match=r"'model/vocab'.*string"):
        tfc.read_checkpoint(prefix)
    with pytest.raises(TypeError, match="'names'"):
        tfc.write_checkpoint(tmp_path / "x", {"names": np.array(["a", "b"])})
    assert not list(tmp_path.glob("x*"))


def test_round_trip_of_every_supported_dtype(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    tensors = {f"t/{dt}": rng.integers(0, 100, (3, 2)).astype(dt) for dt in
               ["float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "uint16",
                "uint32", "uint64", "bool", "complex64", "complex128"]}
    tensors["t/big_endian"] = np.arange(6, dtype=">f4").reshape(2, 3)  # stored little-endian
    tensors["t/non_contiguous"] = np.arange(12, dtype=np.int32).reshape(3, 4).T
    tensors["t/ünïcode"] = np.ones(2, np.float32)
    prefix = tmp_path / "all"
    tfc.write_checkpoint(prefix, tensors)
    got = tfc.read_checkpoint(prefix)
    assert list(got) == sorted(tensors, key=lambda k: k.encode())
    for name, want in tensors.items():
        np.testing.assert_array_equal(got[name], want, err_msg=name)
    assert got["t/big_endian"].dtype == np.dtype("<f4")
    assert dict(tfc.iter_tensors(prefix, ["t/int8"])).keys() == {"t/int8"}
    with pytest.raises(CheckpointError, match="nope"):
        tfc.iter_tensors(prefix, ["nope"])
    # overwrite in place: the new checkpoint replaces the old, no temp files remain
    tfc.write_checkpoint(prefix, {"only": np.zeros(3, np.float32)})
    assert tfc.list_tensors(prefix) == {"only": ("float32", (3,))}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.data-00000-of-00001", "all.index"]


def test_a_failed_write_leaves_no_complete_looking_checkpoint(tmp_path: Path, monkeypatch) -> None:
    prefix = tmp_path / "model-2"

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(tfc, "_build_table", boom)
    with pytest.raises(OSError, match="disk full"):
        tfc.write_checkpoint(prefix, {"w": np.ones(4, np.float32)})
    assert list(tmp_path.iterdir()) == []


# --- CRC32C --------------------------------------------------------------------------------------

def test_crc32c_known_vector_extension_and_mask() -> None:
    assert tfc.crc32c(b"123456789") == 0xE3069283
    assert tfc.crc32c(b"") == 0
    data = np.random.default_rng(7).integers(0, 256, 100_003, dtype=np.uint8).tobytes()
    whole = tfc.crc32c(data)
    assert tfc.crc32c(data[40_000:], tfc.crc32c(data[:40_000])) == whole  # extend, as _read_block does
    assert tfc.crc32c(memoryview(data)) == tfc.crc32c(bytearray(data)) == whole  # views, as tensors come
    assert tfc._unmask(tfc._mask(0xE3069283)) == 0xE3069283  # TF itself checks the masked form: tf_run


def _run_python(code: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "include")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_module_imports_neither_tensorflow_nor_protobuf() -> None:
    _run_python("import sys; sys.path.insert(0,'include'); import tweetbot.model.tf_checkpoint; "
                "assert 'tensorflow' not in sys.modules and 'google.protobuf' not in sys.modules, "
                "sorted(m for m in sys.modules if m.startswith(('tensorflow', 'google.protobuf')))")


# --- the `checkpoint` state file -----------------------------------------------------------------

def test_latest_checkpoint_relative_absolute_and_moved(tmp_path: Path) -> None:
    folder = tmp_path / "run"
    assert latest_checkpoint(folder) is None  # no folder, no state file
    tfc.write_checkpoint(folder / "model.ckpt-100", {"w": np.ones(2, np.float32)})
    assert latest_checkpoint(folder) is None

    write_checkpoint_state(folder, "model.ckpt-100")
    state = (folder / "checkpoint").read_text()
    assert state == ('model_checkpoint_path: "model.ckpt-100"\n'
                     'all_model_checkpoint_paths: "model.ckpt-100"\n')
    assert latest_checkpoint(folder) == folder / "model.ckpt-100"

    # absolute, as TF's default Saver writes it (with the timestamps newer TF adds)
    (folder / "checkpoint").write_text(
        f'model_checkpoint_path: "{folder}/model.ckpt-100"\n'
        f'all_model_checkpoint_paths: "{folder}/model.ckpt-50"\n'
        f'all_model_checkpoint_paths: "{folder}/model.ckpt-100"\n'
        'all_model_checkpoint_timestamps: 1700000000.5\nlast_preserved_timestamp: 1699999999.25\n')
    assert latest_checkpoint(folder) == folder / "model.ckpt-100"

    # a run folder copied from another machine: the absolute path is stale, the file name is here
    moved = tmp_path / "elsewhere"
    folder.rename(moved)
    assert latest_checkpoint(moved) == moved / "model.ckpt-100"

    # named but without its index: not a checkpoint
    Path(f"{moved}/model.ckpt-100.index").unlink()
    assert latest_checkpoint(moved) is None

    # relative names with odd characters survive the text-format escaping
    tfc.write_checkpoint(moved / 'we"ird\\name', {"w": np.ones(1, np.float32)})
    write_checkpoint_state(moved, 'we"ird\\name')
    assert r'"we\"ird\\name"' in (moved / "checkpoint").read_text()
    assert latest_checkpoint(moved) == moved / 'we"ird\\name'
    assert [p.name for p in moved.iterdir() if ".tmp-" in p.name] == []
