"""The model artifact store: run folders addressed by URL, so no worker needs a shared disk.

The GPU worker that trains uploads each run; the workers that evaluate or generate fetch it. The store
is a local folder by default (the runs folder itself, so nothing is copied) and Google Cloud Storage
(`gs://bucket/prefix`) in production, both through fsspec (gcsfs for `gs://`; Airflow's
ObjectStoragePath wraps the same fsspec filesystems, but the core never imports Airflow).

Layout: `<url>/<run_id>/<files…>` and `<url>/<run_id>/MANIFEST.json`. An upload writes every file
first and the manifest LAST: readers only ever see runs that have a manifest, and the manifest lists
the size and SHA-256 of every file, so a crash mid-upload (no manifest) or a damaged object (checksum
mismatch) can never be loaded as a model. `fetch` downloads into a local cache and verifies it.

Setting: env `TWEETBOT_ARTIFACTS_URL` (a path, `file://…` or `gs://bucket/prefix`); extra fsspec
options as JSON in `TWEETBOT_ARTIFACTS_OPTIONS` (e.g. `{"token": "/secrets/sa.json"}`; by default gcsfs
uses Google's application default credentials).
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tweetbot import config
from tweetbot.model.folders import UnusableRun, usable_checkpoint

MANIFEST = "MANIFEST.json"
#: In a cached copy: the manifest it was verified against (a fetch reuses the copy only if it matches).
VERIFIED = ".verified-manifest.json"
FORMAT = 1
_CHUNK = 1 << 20

LogFn = Callable[[str], None]


class ArtifactError(RuntimeError):
    """A run's artifacts are missing, incomplete or damaged."""


class ArtifactNotFound(ArtifactError):
    """No manifest for that run: never uploaded, or the upload did not finish."""


def default_url() -> str:
    """TWEETBOT_ARTIFACTS_URL, else the local runs folder (the store is then the training output)."""
    return os.environ.get("TWEETBOT_ARTIFACTS_URL") or str(config.runs_dir())


def cache_dir() -> Path:
    """Where fetched runs are kept on this machine (TWEETBOT_ARTIFACTS_CACHE, default under TWEETBOT_HOME)."""
    path = Path(os.environ.get("TWEETBOT_ARTIFACTS_CACHE") or config.data_dir() / "cache" / "runs").expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _env_options() -> dict[str, Any]:
    raw = os.environ.get("TWEETBOT_ARTIFACTS_OPTIONS")
    return json.loads(raw) if raw else {}


def _is_local(url: str) -> bool:
    return "://" not in url or url.startswith("file://")


def _filesystem(url: str, options: dict[str, Any]) -> tuple[Any, str]:
    """(fsspec filesystem, root path inside it) for a store URL.

    With a GCS emulator (STORAGE_EMULATOR_HOST, or an `endpoint_url` option) we build gcsfs's plain
    JSON-API client with anonymous credentials: gcsfs's default class first asks the gRPC Storage
    Control API for the bucket's layout, which an emulator does not serve (60 s timeout per call).
    """
    import fsspec

    emulator = os.environ.get("STORAGE_EMULATOR_HOST") or "endpoint_url" in options
    if url.startswith(("gs://", "gcs://")) and emulator:
        from gcsfs.core import GCSFileSystem

        fs = GCSFileSystem(**{"token": "anon", **options})
        return fs, url.split("://", 1)[1].rstrip("/")
    fs, root = fsspec.core.url_to_fs(url, **options)
    return fs, root.rstrip("/")


class ArtifactStore:
    """One artifact store (a URL); see the module docstring for the layout and guarantees."""

    def __init__(self, url: str | None = None, *, options: dict[str, Any] | None = None) -> None:
        self.url = (url or default_url()).rstrip("/")
        self.options = {**_env_options(), **(options or {})}
        self.local = _is_local(self.url)
        self._fs: Any = None
        self._root = ""

    # ------------------------------------------------------------------ plumbing
    @property
    def fs(self) -> Any:
        if self._fs is None:
            self._fs, self._root = _filesystem(self.url, self.options)
        return self._fs

    @property
    def root(self) -> str:
        self.fs  # noqa: B018 - resolves _root
        return self._root

    def _path(self, run_id: str, name: str = "") -> str:
        _check_run_id(run_id)
        return f"{self.root}/{run_id}" + (f"/{name}" if name else "")

    def run_url(self, run_id: str) -> str:
        """The URL recorded in model_runs.artifact_url."""
        return f"{self.url}/{run_id}"

    def _local_run_dir(self, run_id: str) -> Path:
        return Path(self._path(run_id))

    # ------------------------------------------------------------------ write
    def upload(self, run_id: str, source: Path, *, log: LogFn | None = None) -> str:
        """Upload every file under `source`, then the manifest; return the run's URL.

        When the store is local and `source` is already the run's folder in it, nothing is copied:
        only the manifest is written. Re-uploading a run rewrites its files and manifest.
        """
        source = Path(source).resolve()
        names = _list_files(source)
        if not names:
            raise ArtifactError(f"nothing to upload: {source} has no files")
        entries = self._put_files(run_id, source, names, log=log)
        self._write_manifest(run_id, entries)
        (log or (lambda _: None))(f"artifacts: {len(entries)} files ({_size(entries)}) → {self.run_url(run_id)}")
        return self.run_url(run_id)

    def add_files(self, run_id: str, source: Path, names: Iterable[str], *, log: LogFn | None = None) -> None:
        """Add (or replace) some files of an uploaded run: the files first, then a new manifest."""
        source = Path(source).resolve()
        current = self.manifest(run_id)
        entries = self._put_files(run_id, source, sorted(names), log=log)
        manifest = self._write_manifest(run_id, {**current["files"], **entries})
        if (source / VERIFIED).is_file():  # source is a cached copy: it now matches the new manifest
            (source / VERIFIED).write_text(json.dumps(manifest, sort_keys=True), encoding="utf-8")

    def _put_files(self, run_id: str, source: Path, names: list[str], *, log: LogFn | None) -> dict[str, dict]:
        in_place = self.local and self._local_run_dir(run_id).resolve() == source
        entries: dict[str, dict] = {}
        for name in names:
            local = source / name
            entries[name] = {"size": local.stat().st_size, "sha256": sha256_file(local)}
            if not in_place:
                self._put(local, self._path(run_id, name))
                if log and entries[name]["size"] >= 50e6:  # big weights take a while: say so
                    log(f"artifacts: uploaded {name} ({_size({name: entries[name]})})")
        return entries

    def _put(self, local: Path, remote: str) -> None:
        """One file; on a local store via a temporary name, so a half-copied file never has the real name."""
        if self.local:
            target = Path(remote)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.tmp-{secrets.token_hex(4)}")
            shutil.copyfile(local, tmp)
            os.replace(tmp, target)
        else:
            self.fs.put_file(str(local), remote)  # a GCS object appears only once complete

    def _write_manifest(self, run_id: str, files: dict[str, dict]) -> dict:
        manifest = {
            "format": FORMAT,
            "run_id": run_id,
            "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": dict(sorted(files.items())),
        }
        data = (json.dumps(manifest, indent=2) + "\n").encode()
        target = self._path(run_id, MANIFEST)
        if self.local:
            path = Path(target)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{MANIFEST}.tmp-{secrets.token_hex(4)}")
            tmp.write_bytes(data)
            os.replace(tmp, path)  # atomic: readers see the old manifest or the new one
        else:
            self.fs.pipe_file(target, data)  # a GCS object write is atomic too
        return manifest

    # ------------------------------------------------------------------ read
    def manifest(self, run_id: str) -> dict:
        """The run's manifest; ArtifactNotFound if it has none (not uploaded, or upload unfinished)."""
        path = self._path(run_id, MANIFEST)
        try:
            if self.local:
                raw = Path(path).read_bytes()
            else:
                self.fs.invalidate_cache()
                raw = self.fs.cat_file(path)
        except FileNotFoundError:
            raise ArtifactNotFound(f"run {run_id} has no complete upload in {self.url} (no {MANIFEST})") from None
        manifest = json.loads(raw)
        if manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
            raise ArtifactError(f"run {run_id}: unreadable {MANIFEST} in {self.url}")
        return manifest

    def list_runs(self) -> list[str]:
        """Run ids with a manifest: what readers may use."""
        if self.local:
            root = Path(self.root)
            found = root.glob(f"*/{MANIFEST}") if root.is_dir() else []
            return sorted(p.parent.name for p in found)
        self.fs.invalidate_cache()
        return sorted(p.rstrip("/").split("/")[-2] for p in self.fs.glob(f"{self.root}/*/{MANIFEST}"))

    def fetch(self, run_id: str, *, cache: Path | None = None, log: LogFn | None = None) -> Path:
        """A verified local folder of the run: the store's own folder when it is local, else a
        cached download (reused while it matches the manifest). Raises ArtifactError on any mismatch."""
        manifest = self.manifest(run_id)
        if self.local:
            folder = self._local_run_dir(run_id)
            verify(folder, manifest)
            return folder
        target = Path(cache or cache_dir()) / run_id
        if _cached(target, manifest):
            return target
        return self._download(run_id, manifest, target, log=log or (lambda _: None))

    def _download(self, run_id: str, manifest: dict, target: Path, *, log: LogFn) -> Path:
        """Download into a sibling temp folder, verify, then rename into place."""
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}-{secrets.token_hex(3)}")
        try:
            for name in manifest["files"]:
                (tmp / name).parent.mkdir(parents=True, exist_ok=True)
                self.fs.get_file(self._path(run_id, name), str(tmp / name))
            verify(tmp, manifest)
            (tmp / VERIFIED).write_text(json.dumps(manifest, sort_keys=True), encoding="utf-8")
            if target.exists():
                shutil.rmtree(target)  # a stale copy (the run's files were replaced since)
            try:
                tmp.rename(target)
            except OSError:
                if not _cached(target, manifest):  # a concurrent fetch may have won the race
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        log(f"artifacts: fetched run {run_id} ({_size(manifest['files'])}) from {self.url} into {target}")
        return target


# ---------------------------------------------------------------------- helpers
def verify(folder: Path, manifest: dict) -> None:
    """Every file of the manifest is in folder with its size and SHA-256 (extra files are ignored)."""
    bad = []
    for name, entry in manifest["files"].items():
        path = folder / name
        if not path.is_file():
            bad.append(f"{name} missing")
        elif path.stat().st_size != entry["size"]:
            bad.append(f"{name} has {path.stat().st_size} bytes, manifest says {entry['size']}")
        elif sha256_file(path) != entry["sha256"]:
            bad.append(f"{name} checksum mismatch")
    if bad:
        raise ArtifactError(f"run {manifest.get('run_id')}: {'; '.join(bad)}")


def _cached(folder: Path, manifest: dict) -> bool:
    """A previously verified copy of exactly this manifest (sizes re-checked, not hashes: cheap)."""
    marker = folder / VERIFIED
    if not marker.is_file() or json.loads(marker.read_text(encoding="utf-8")) != manifest:
        return False
    files = manifest["files"].items()
    return all((folder / n).is_file() and (folder / n).stat().st_size == e["size"] for n, e in files)


def _list_files(folder: Path) -> list[str]:
    """Relative paths of the files to upload (not the manifest, not temporary or hidden files)."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name != MANIFEST and not p.name.startswith(".")
    )


def _check_run_id(run_id: str) -> None:
    if not run_id or "/" in run_id or run_id.startswith(".") or run_id != run_id.strip():
        raise ValueError(f"bad run id {run_id!r}")


def _size(files: dict[str, dict]) -> str:
    total = sum(e["size"] for e in files.values())
    return f"{total / 1e6:,.1f} MB" if total >= 1e5 else f"{total:,} bytes"


def split_run_url(run_url: str) -> tuple[str, str]:
    """`<store url>/<run_id>` → (store url, run id)."""
    base, _, run_id = run_url.rstrip("/").rpartition("/")
    if not base or not run_id:
        raise ValueError(f"not a run URL: {run_url!r}")
    return base, run_id


# ---------------------------------------------------------------------- module-level API
def upload(run_id: str, source: Path, *, url: str | None = None, log: LogFn | None = None) -> str:
    """Upload a run folder to the configured store; returns its URL (for model_runs.artifact_url)."""
    return ArtifactStore(url).upload(run_id, source, log=log)


def fetch(run_id: str, *, url: str | None = None, log: LogFn | None = None) -> Path:
    """A verified local copy of a run from the configured (or given) store."""
    return ArtifactStore(url).fetch(run_id, log=log)


def local_run_dir(path: str | None, artifact_url: str | None, *, log: LogFn | None = None) -> Path:
    """The folder to load a run from: its training folder when this machine has it, else a fetched
    copy of its artifacts (the training worker and this one need not share a disk)."""
    if path:
        try:
            usable_checkpoint(Path(path))
            return Path(path)
        except UnusableRun:
            pass  # not here, or not whole: the store's copy is the run
    if not artifact_url:
        raise ArtifactError(f"run folder {path} is not on this machine and the run has no artifact URL")
    base, run_id = split_run_url(artifact_url)
    return ArtifactStore(base).fetch(run_id, log=log)
