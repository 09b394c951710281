"""Read and write TensorFlow V2 checkpoints without TensorFlow or protobuf.

Why: gpt-2-simple (through ``tf.compat.v1.train.Saver``) keeps a fine-tuned model as a TensorFlow
"tensor bundle"; the PyTorch backend runs on GPU workers that have no TensorFlow, yet must load those
checkpoints and write ones TensorFlow can restore. This module needs only numpy and google-crc32c
(plus ``ml_dtypes`` for bfloat16 when it happens to be importable).

The format, as TensorFlow writes it for a prefix ``P``:

* ``P.data-00000-of-00001``: every tensor's raw little-endian bytes, back to back, no alignment.
* ``P.index``: a LevelDB-format SSTable (uncompressed). Key ``""`` holds a ``BundleHeaderProto``;
  each tensor name holds a ``BundleEntryProto`` (dtype, shape, shard, offset, size, masked crc32c of
  the raw bytes, which TensorFlow checks on restore).
* ``checkpoint`` (in the folder): a text-format ``CheckpointState`` naming the newest prefix; it is
  read and written by ``tweetbot.model.folders`` (standard library only, so the parent can check a
  run without numpy).
"""
from __future__ import annotations

import os
import secrets
import struct
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import google_crc32c
import numpy as np

try:  # bfloat16 as a real dtype when available (it ships with TensorFlow and JAX, imports only numpy)
    import ml_dtypes as _ml_dtypes

    _BFLOAT16: np.dtype = np.dtype(_ml_dtypes.bfloat16)
except ImportError:  # without it a bfloat16 tensor is read as its raw uint16 bits
    _ml_dtypes = None
    _BFLOAT16 = np.dtype("<u2")


__all__ = [
    "CheckpointError",
    "crc32c",
    "iter_tensors",
    "list_tensors",
    "read_checkpoint",
    "write_checkpoint",
]


class CheckpointError(Exception):
    """A checkpoint file is missing, truncated, corrupt or uses a feature this reader lacks.

    The message always names the file, so a failed load on a worker says which artifact is bad.
    """


class _FormatError(ValueError):
    """Low-level parse failure; file-level callers re-raise it as CheckpointError naming the file."""


# --------------------------------------------------------------------------------------------------
# CRC32C (Castagnoli), masked as LevelDB and TensorFlow store it.

_MASK_DELTA = 0xA282EAD8


def crc32c(data: bytes | bytearray | memoryview, crc: int = 0) -> int:
    """CRC32C of `data`, extending `crc` (the unmasked value of the bytes before), by google-crc32c."""
    # Its C extension takes bytes or a numpy array but refuses memoryview/bytearray ("read-only
    # bytes-like object"); a numpy view of the same memory avoids copying a large tensor.
    return google_crc32c.extend(crc, data if isinstance(data, bytes) else np.frombuffer(data, np.uint8))


def _mask(crc: int) -> int:
    """LevelDB/TF 'masked' CRC: a CRC stored next to data that is itself CRC'd stays meaningful."""
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + _MASK_DELTA) & 0xFFFFFFFF


def _unmask(masked: int) -> int:
    rot = (masked - _MASK_DELTA) & 0xFFFFFFFF
    return ((rot >> 17) | (rot << 15)) & 0xFFFFFFFF


def _array_crc32c(flat_bytes: np.ndarray) -> int:
    return crc32c(memoryview(flat_bytes)) if flat_bytes.size else 0


# --------------------------------------------------------------------------------------------------
# Minimal protobuf wire format.

def _encode_varint(value: int) -> bytes:
    if value < 0:  # int32/int64 negatives are 10-byte two's complement varints
        value += 1 << 64
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _decode_varint(buf: bytes | memoryview, pos: int) -> tuple[int, int]:
    result = shift = 0
    end = len(buf)
    while True:
        if pos >= end:
            raise _FormatError("truncated varint")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise _FormatError("varint longer than 10 bytes")


def _signed64(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _parse_proto(buf: bytes) -> dict[int, list[int | bytes]]:
    """Field number -> values (ints for varint/fixed fields, bytes for length-delimited ones)."""
    fields: dict[int, list[int | bytes]] = {}
    pos, end = 0, len(buf)
    while pos < end:
        tag, pos = _decode_varint(buf, pos)
        number, wire = tag >> 3, tag & 7
        if wire == 0:
            value, pos = _decode_varint(buf, pos)
        elif wire == 1:
            if pos + 8 > end:
                raise _FormatError("truncated fixed64 field")
            (value,) = struct.unpack_from("<Q", buf, pos)
            pos += 8
        elif wire == 2:
            length, pos = _decode_varint(buf, pos)
            if pos + length > end:
                raise _FormatError("truncated length-delimited field")
            value = bytes(buf[pos:pos + length])
            pos += length
        elif wire == 5:
            if pos + 4 > end:
                raise _FormatError("truncated fixed32 field")
            (value,) = struct.unpack_from("<I", buf, pos)
            pos += 4
        else:
            raise _FormatError(f"unsupported protobuf wire type {wire} (field {number})")
        fields.setdefault(number, []).append(value)
    return fields


def _last(fields: dict[int, list[int | bytes]], number: int, default: int | bytes) -> int | bytes:
    values = fields.get(number)
    return values[-1] if values else default  # protobuf: the last occurrence of a scalar wins


def _field_varint(number: int, value: int) -> bytes:
    return _encode_varint(number << 3) + _encode_varint(value) if value else b""


def _field_bytes(number: int, value: bytes, *, always: bool = False) -> bytes:
    return _encode_varint(number << 3 | 2) + _encode_varint(len(value)) + value if value or always else b""


# --------------------------------------------------------------------------------------------------
# DataType enum <-> numpy.

# TF DataType -> (name, little-endian numpy dtype or None when the raw bytes are not a plain array).
_TF_DTYPES: dict[int, tuple[str, np.dtype | None]] = {
    1: ("float32", np.dtype("<f4")),
    2: ("float64", np.dtype("<f8")),
    3: ("int32", np.dtype("<i4")),
    4: ("uint8", np.dtype("u1")),
    5: ("int16", np.dtype("<i2")),
    6: ("int8", np.dtype("i1")),
    7: ("string", None),
    8: ("complex64", np.dtype("<c8")),
    9: ("int64", np.dtype("<i8")),
    10: ("bool", np.dtype("?")),
    11: ("qint8", None),
    12: ("quint8", None),
    13: ("qint32", None),
    14: ("bfloat16", _BFLOAT16),
    15: ("qint16", None),
    16: ("quint16", None),
    17: ("uint16", np.dtype("<u2")),
    18: ("complex128", np.dtype("<c16")),
    19: ("float16", np.dtype("<f2")),
    20: ("resource", None),
    21: ("variant", None),
    22: ("uint32", np.dtype("<u4")),
    23: ("uint64", np.dtype("<u8")),
}
_ENUM_BY_NAME = {name: enum for enum, (name, dtype) in _TF_DTYPES.items() if dtype is not None}


def _tf_dtype_of(array: np.ndarray, name: str) -> int:
    dtype = array.dtype
    if _ml_dtypes is not None and dtype == _BFLOAT16:
        return 14
    key = "bool" if dtype.kind == "b" else dtype.name if dtype.kind in "fiuc" else None
    enum = _ENUM_BY_NAME.get(key) if key != "bfloat16" else None
    if enum is None:
        raise TypeError(f"tensor {name!r}: dtype {dtype} cannot be written to a TF checkpoint "
                        f"(supported: float16/32/64, bfloat16, [u]int8-64, bool, complex64/128)")
    return enum


# --------------------------------------------------------------------------------------------------
# SSTable (LevelDB table format).

_MAGIC = 0xDB4775248B80FB57
_FOOTER_LEN = 48
_TRAILER_LEN = 5
_RESTART_INTERVAL = 16
DEFAULT_BLOCK_SIZE = 256 * 1024  # TF's table::Options default; index files rarely exceed one block


def _read_handle(buf: bytes | memoryview, pos: int) -> tuple[tuple[int, int], int]:
    offset, pos = _decode_varint(buf, pos)
    size, pos = _decode_varint(buf, pos)
    return (offset, size), pos


def _read_block(buf: bytes, handle: tuple[int, int], what: str) -> memoryview:
    offset, size = handle
    end = offset + size + _TRAILER_LEN
    if end > len(buf):
        raise _FormatError(f"truncated: the {what} block needs bytes {offset}..{end} "
                           f"but the file has {len(buf)}")
    view = memoryview(buf)
    kind = buf[offset + size]
    (stored,) = struct.unpack_from("<I", buf, offset + size + 1)
    actual = crc32c(view[offset + size:offset + size + 1], crc32c(view[offset:offset + size]))
    if _unmask(stored) != actual:
        raise _FormatError(f"crc32c mismatch in the {what} block at offset {offset} "
                           f"(stored 0x{_unmask(stored):08x}, computed 0x{actual:08x}): corrupt file")
    if kind == 1:
        raise _FormatError(f"the {what} block is snappy-compressed, which this reader does not support "
                           f"(TensorFlow writes bundles uncompressed)")
    if kind != 0:
        raise _FormatError(f"unknown block compression type {kind} in the {what} block")
    return view[offset:offset + size]


def _block_entries(block: memoryview, what: str) -> Iterator[tuple[bytes, memoryview]]:
    """Yield (key, value) of one block, undoing the shared-prefix key compression."""
    if len(block) < 4:
        raise _FormatError(f"the {what} block is too short ({len(block)} bytes)")
    (num_restarts,) = struct.unpack_from("<I", block, len(block) - 4)
    limit = len(block) - 4 - 4 * num_restarts
    if num_restarts == 0 or limit < 0:
        raise _FormatError(f"the {what} block has a bad restart count ({num_restarts})")
    pos, key = 0, b""
    while pos < limit:
        shared, pos = _decode_varint(block, pos)
        unshared, pos = _decode_varint(block, pos)
        value_len, pos = _decode_varint(block, pos)
        if shared > len(key) or pos + unshared + value_len > limit:
            raise _FormatError(f"malformed entry at offset {pos} of the {what} block")
        key = key[:shared] + bytes(block[pos:pos + unshared])
        pos += unshared
        yield key, block[pos:pos + value_len]
        pos += value_len


def _read_table(buf: bytes) -> list[tuple[bytes, bytes]]:
    """All (key, value) pairs of an SSTable, in key order."""
    if len(buf) < _FOOTER_LEN:
        raise _FormatError(f"truncated: {len(buf)} bytes, an SSTable is at least {_FOOTER_LEN}")
    footer = len(buf) - _FOOTER_LEN
    (magic,) = struct.unpack_from("<Q", buf, footer + 40)
    if magic != _MAGIC:
        raise _FormatError(f"bad magic 0x{magic:016x} (want 0x{_MAGIC:016x}): not a TF V2 index file, "
                           f"or truncated")
    _metaindex, pos = _read_handle(buf, footer)  # TF writes no filter, so the metaindex is empty
    index_handle, _ = _read_handle(buf, pos)
    entries: list[tuple[bytes, bytes]] = []
    for _sep, handle_bytes in _block_entries(_read_block(buf, index_handle, "index"), "index"):
        handle, _ = _read_handle(handle_bytes, 0)
        for key, value in _block_entries(_read_block(buf, handle, "data"), "data"):
            if entries and key <= entries[-1][0]:
                raise _FormatError(f"keys out of order ({entries[-1][0]!r} then {key!r})")
            entries.append((key, bytes(value)))
    return entries


class _BlockBuilder:
    def __init__(self) -> None:
        self.buf = bytearray()
        self.restarts = [0]
        self.counter = 0
        self.last_key = b""

    def add(self, key: bytes, value: bytes) -> None:
        shared = 0
        if self.counter < _RESTART_INTERVAL:
            limit = min(len(key), len(self.last_key))
            while shared < limit and key[shared] == self.last_key[shared]:
                shared += 1
        else:
            self.restarts.append(len(self.buf))
            self.counter = 0
        self.buf += _encode_varint(shared) + _encode_varint(len(key) - shared) + _encode_varint(len(value))
        self.buf += key[shared:] + value
        self.last_key = key
        self.counter += 1

    def size_estimate(self) -> int:
        return len(self.buf) + 4 * len(self.restarts) + 4

    def finish(self) -> bytes:
        return bytes(self.buf) + b"".join(struct.pack("<I", r) for r in self.restarts) + struct.pack(
            "<I", len(self.restarts))


def _shortest_separator(start: bytes, limit: bytes) -> bytes:
    """A short key in [start, limit): leveldb's BytewiseComparator::FindShortestSeparator.

    Any such key would do as an index key; using leveldb's choice makes the index byte-identical
    to the one TensorFlow writes for the same tensors.
    """
    n = min(len(start), len(limit))
    i = 0
    while i < n and start[i] == limit[i]:
        i += 1
    if i < n and start[i] < 0xFF and start[i] + 1 < limit[i]:
        return start[:i] + bytes([start[i] + 1])
    return start


def _short_successor(key: bytes) -> bytes:
    """A short key >= `key`: leveldb's BytewiseComparator::FindShortSuccessor."""
    for i, byte in enumerate(key):
        if byte != 0xFF:
            return key[:i] + bytes([byte + 1])
    return key


def _build_table(items: Iterable[tuple[bytes, bytes]], block_size: int) -> bytes:
    """An uncompressed SSTable of sorted (key, value) pairs, as TF's table builder lays it out."""
    out = bytearray()

    def emit(contents: bytes) -> bytes:
        handle = _encode_varint(len(out)) + _encode_varint(len(contents))
        out.extend(contents)
        out.append(0)  # kNoCompression
        out.extend(struct.pack("<I", _mask(crc32c(b"\x00", crc32c(contents)))))
        return handle

    index = _BlockBuilder()
    block = _BlockBuilder()
    pending: tuple[bytes, bytes] | None = None  # (last key, handle) of a flushed block, as leveldb does
    for key, value in items:
        if pending is not None:
            index.add(_shortest_separator(pending[0], key), pending[1])
            pending = None
        block.add(key, value)
        if block.size_estimate() >= block_size:
            pending = (block.last_key, emit(block.finish()))
            block = _BlockBuilder()
    if block.counter:
        pending = (block.last_key, emit(block.finish()))
    if pending is not None:
        index.add(_short_successor(pending[0]), pending[1])
    metaindex_handle = emit(_BlockBuilder().finish())
    index_handle = emit(index.finish())
    footer = (metaindex_handle + index_handle).ljust(40, b"\x00") + struct.pack("<Q", _MAGIC)
    return bytes(out + footer)


# --------------------------------------------------------------------------------------------------
# Bundle entries.

class _Entry:
    __slots__ = ("name", "dtype_enum", "shape", "shard_id", "offset", "size", "crc32c")

    def __init__(self, name: str, value: bytes) -> None:
        fields = _parse_proto(value)
        self.name = name
        self.dtype_enum = int(_last(fields, 1, 0))
        shape_fields = _parse_proto(_last(fields, 2, b""))
        if _last(shape_fields, 3, 0):
            raise _FormatError(f"tensor {name!r} has an unknown-rank shape")
        self.shape = tuple(_signed64(int(_last(_parse_proto(dim), 1, 0))) for dim in shape_fields.get(2, []))
        self.shard_id = int(_last(fields, 3, 0))
        self.offset = _signed64(int(_last(fields, 4, 0)))
        self.size = _signed64(int(_last(fields, 5, 0)))
        self.crc32c = int(_last(fields, 6, 0))
        if fields.get(7):
            raise _FormatError(f"tensor {name!r} is partitioned (saved in slices), which is not supported")
        if any(d < 0 for d in self.shape) or self.offset < 0 or self.size < 0:
            raise _FormatError(f"tensor {name!r} has a negative dimension, offset or size")

    @property
    def dtype_name(self) -> str:
        return _TF_DTYPES.get(self.dtype_enum, (f"dtype#{self.dtype_enum}", None))[0]


def _encode_entry(dtype_enum: int, shape: tuple[int, ...], offset: int, size: int, crc: int) -> bytes:
    dims = b"".join(_field_bytes(2, _field_varint(1, d), always=True) for d in shape)
    return (_field_varint(1, dtype_enum) + _field_bytes(2, dims, always=True) + _field_varint(4, offset)
            + _field_varint(5, size) + (b"\x35" + struct.pack("<I", crc) if crc else b""))


# num_shards=1, endianness=LITTLE (0, the default, so absent), version{producer=1}: what TF writes.
_HEADER = _field_varint(1, 1) + _field_bytes(3, _field_varint(1, 1))
_BUNDLE_VERSION = 1


def _index_path(prefix: Path) -> Path:
    return Path(f"{prefix}.index")  # not with_suffix: prefixes like "model.ckpt-100" contain dots


def _data_path(prefix: Path, shard: int, num_shards: int) -> Path:
    return Path(f"{prefix}.data-{shard:05d}-of-{num_shards:05d}")


def _load_index(prefix: Path) -> tuple[int, list[_Entry]]:
    """(num_shards, entries in key order) from `prefix.index`."""
    path = _index_path(prefix)
    try:
        buf = path.read_bytes()
    except FileNotFoundError:
        raise CheckpointError(f"{path}: no such checkpoint index file") from None
    except OSError as exc:
        raise CheckpointError(f"{path}: cannot read: {exc}") from exc
    try:
        table = _read_table(buf)
        if not table or table[0][0] != b"":
            raise _FormatError("no bundle header (the entry with the empty key)")
        header = _parse_proto(table[0][1])
        num_shards = int(_last(header, 1, 0))
        if _last(header, 2, 0) != 0:
            raise _FormatError("the bundle is big-endian; only little-endian bundles are supported")
        version = _parse_proto(_last(header, 3, b""))
        if int(_last(version, 2, 0)) > _BUNDLE_VERSION or _BUNDLE_VERSION in version.get(3, []):
            raise _FormatError(f"the bundle needs a reader newer than version {_BUNDLE_VERSION} "
                               f"(min_consumer {_last(version, 2, 0)}, bad_consumers {version.get(3, [])})")
        if num_shards < 1:
            raise _FormatError(f"bad num_shards {num_shards} in the bundle header")
        entries = []
        for key, value in table[1:]:
            try:
                name = key.decode("utf-8")
            except UnicodeDecodeError:
                raise _FormatError(f"tensor key {key!r} is not UTF-8 (a partitioned-variable slice?)") from None
            entry = _Entry(name, value)
            if entry.shard_id >= num_shards:
                raise _FormatError(f"tensor {name!r} is in shard {entry.shard_id} of {num_shards}")
            entries.append(entry)
        return num_shards, entries
    except _FormatError as exc:
        raise CheckpointError(f"{path}: {exc}") from None


# --------------------------------------------------------------------------------------------------
# Public API.

def list_tensors(prefix: str | Path) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Tensor name -> (dtype name, shape), from the index only, so it is cheap on any checkpoint size.

    dtype names are numpy-style ("float32", "bfloat16", "int64"); types this module cannot read are
    listed too ("string", "resource", ...), so callers can report them.
    """
    _, entries = _load_index(Path(prefix))
    return {e.name: (e.dtype_name, e.shape) for e in entries}


def iter_tensors(prefix: str | Path, names: Iterable[str] | None = None, *,
                 verify: bool = True) -> Iterator[tuple[str, np.ndarray]]:
    """Yield (name, array) one tensor at a time, in key order, so a caller can convert and drop each.

    `names` limits the read to those tensors (a missing one is an error). With `verify` the stored
    crc32c of every tensor is checked, as TensorFlow does on restore.
    """
    prefix = Path(prefix)
    num_shards, entries = _load_index(prefix)
    if names is not None:
        wanted = set(names)
        missing = wanted - {e.name for e in entries}
        if missing:
            raise CheckpointError(f"{_index_path(prefix)}: no tensor(s) {sorted(missing)}")
        entries = [e for e in entries if e.name in wanted]
    return _read_entries(prefix, num_shards, entries, verify)


def _read_entries(prefix: Path, num_shards: int, entries: list[_Entry],
                  verify: bool) -> Iterator[tuple[str, np.ndarray]]:
    files: dict[int, tuple[Path, BinaryIO, int]] = {}
    try:
        for entry in entries:
            name = entry.name
            dtype = _TF_DTYPES.get(entry.dtype_enum, (None, None))[1]
            if dtype is None:
                raise CheckpointError(f"{_index_path(prefix)}: tensor {name!r} has dtype "
                                      f"{entry.dtype_name}, which this reader does not support")
            count = 1
            for d in entry.shape:
                count *= d
            if count * dtype.itemsize != entry.size:
                raise CheckpointError(
                    f"{_index_path(prefix)}: tensor {name!r} ({entry.dtype_name}{list(entry.shape)}) "
                    f"should be {count * dtype.itemsize} bytes but its entry says {entry.size}")
            if entry.shard_id not in files:
                path = _data_path(prefix, entry.shard_id, num_shards)
                try:
                    handle = open(path, "rb")
                except FileNotFoundError:
                    raise CheckpointError(f"{path}: missing data file for tensor {name!r}") from None
                files[entry.shard_id] = (path, handle, os.fstat(handle.fileno()).st_size)
            path, handle, file_size = files[entry.shard_id]
            if entry.offset + entry.size > file_size:
                raise CheckpointError(
                    f"{path}: missing tensor data for {name!r}: needs bytes {entry.offset}.."
                    f"{entry.offset + entry.size} but the file has {file_size} (truncated)")
            array = np.empty(entry.shape, dtype=dtype)
            raw = array.reshape(-1).view(np.uint8)
            if entry.size:
                handle.seek(entry.offset)
                if handle.readinto(memoryview(raw)) != entry.size:
                    raise CheckpointError(f"{path}: short read of tensor {name!r} (truncated file)")
            if verify:
                actual = _mask(_array_crc32c(raw))
                if actual != entry.crc32c:
                    raise CheckpointError(
                        f"{path}: crc32c mismatch for tensor {name!r} (stored 0x{entry.crc32c:08x}, "
                        f"computed 0x{actual:08x}): the data file is corrupt")
            yield name, array
    finally:
        for _, handle, _ in files.values():
            handle.close()


def read_checkpoint(prefix: str | Path, *, verify: bool = True) -> dict[str, np.ndarray]:
    """Every tensor of the checkpoint at `prefix` (without `.index`), as numpy arrays by name.

    bfloat16 tensors come back as ml_dtypes.bfloat16 when ml_dtypes is importable, else as their
    raw uint16 bits.
    """
    return dict(iter_tensors(prefix, verify=verify))


def _temp_name(final: Path) -> Path:
    """A fresh name beside `final` (not mkstemp: its 0600 mode would stick to the renamed file)."""
    return final.with_name(f"{final.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_checkpoint(prefix: str | Path, tensors: Mapping[str, np.ndarray], *,
                     block_size: int = DEFAULT_BLOCK_SIZE) -> None:
    """Write `tensors` as a TF V2 checkpoint at `prefix` that tf.compat.v1.train.Saver can restore.

    Files are written under temporary names and renamed, data file first and index last (an old
    index at the same prefix is removed first), so a crash never leaves a checkpoint that looks
    complete. Does not touch the `checkpoint` state file: see folders.write_checkpoint_state.
    """
    prefix = Path(prefix)
    folder = prefix.parent
    folder.mkdir(parents=True, exist_ok=True)
    arrays: list[tuple[bytes, str, np.ndarray, int]] = []
    for name, value in tensors.items():
        if not isinstance(name, str) or not name:
            raise ValueError(f"tensor names must be non-empty strings, got {name!r}")
        array = np.asarray(value)
        arrays.append((name.encode("utf-8"), name, array, _tf_dtype_of(array, name)))
    arrays.sort(key=lambda item: item[0])  # SSTable keys must be in bytewise order
    data_final = _data_path(prefix, 0, 1)
    index_final = _index_path(prefix)
    data_tmp = index_tmp = None
    try:
        data_tmp = _temp_name(data_final)
        items: list[tuple[bytes, bytes]] = [(b"", _HEADER)]
        offset = 0
        with open(data_tmp, "xb") as out:
            for key, _name, array, dtype_enum in arrays:
                if array.dtype.byteorder == ">" or (array.dtype.byteorder == "=" and
                                                    np.little_endian is False):
                    array = array.astype(array.dtype.newbyteorder("<"))
                raw = np.ascontiguousarray(array).reshape(-1).view(np.uint8)
                out.write(memoryview(raw))
                items.append((key, _encode_entry(dtype_enum, tuple(int(d) for d in array.shape), offset,
                                                 raw.size, _mask(_array_crc32c(raw)))))
                offset += raw.size
            out.flush()
            os.fsync(out.fileno())
        index_tmp = _temp_name(index_final)
        with open(index_tmp, "xb") as out:
            out.write(_build_table(items, block_size))
            out.flush()
            os.fsync(out.fileno())
        index_final.unlink(missing_ok=True)  # old index + new data must never look like a checkpoint
        _fsync_dir(folder)
        os.replace(data_tmp, data_final)
        data_tmp = None
        _fsync_dir(folder)
        os.replace(index_tmp, index_final)
        index_tmp = None
        _fsync_dir(folder)
    finally:
        for leftover in (data_tmp, index_tmp):
            if leftover is not None:
                try:
                    os.unlink(leftover)
                except OSError:
                    pass
