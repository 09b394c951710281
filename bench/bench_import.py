"""Importing an X archive: tweets/s and peak memory, streamed import vs reading the file whole.

Builds a zipped `data/tweets.js` of N real-looking records (the layout X exports, ~0.6 KB each here,
1.4 KB in real archives) and measures, each in a fresh child process, the growth of peak RSS
(`VmHWM` after a reset, over the process's RSS before the work) and the wall time of:

* `whole` — the reference: what reading an archive whole costs, i.e. unpack the member into memory,
  decode it and `json.loads` every record (the old reader did this, plus a RawTweet per record);
* `import` — `tweetbot.pipeline.import_source` into a fresh SQLite store: streamed, spooled on disk,
  cleaned, gated and upserted in one transaction.

Median of `--rounds` per row; the ratio column is import / whole.

    python bench/bench_import.py [--sizes 20000,100000,300000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time, zipfile
from pathlib import Path

def status(key):
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith(key + ":"))
    return int(line.split()[1]) / 1024

mode, archive, work = sys.argv[1:4]
if mode == "import":
    from tweetbot.pipeline import import_source
    from tweetbot.store import connect, upgrade
    store = connect(f"sqlite:///{work}/store.db"); upgrade(store)
base = status("VmRSS")
Path("/proc/self/clear_refs").write_text("5")
started = time.monotonic()
if mode == "whole":
    with zipfile.ZipFile(archive) as zf:
        text = zf.read("data/tweets.js").decode("utf-8")
    count = len(json.loads(text[text.index("=") + 1:]))
else:
    count = import_source(store, account="bench", kind="archive", path=archive, by="bench", log=lambda m: None).new
print(json.dumps({"seconds": time.monotonic() - started, "grew_mb": status("VmHWM") - base, "tweets": count}))
"""


def build(path: Path, n: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("data/tweets.js", "w") as member:
        member.write(b"window.YTD.tweets.part0 = [\n")
        for i in range(n):
            record = {"tweet": {"id_str": str(10**15 + i), "full_text": f"field note {i}: the heron waits by the weir",
                                "created_at": "Wed Oct 10 20:19:24 +0000 2018", "lang": "en",
                                "entities": {"hashtags": [], "urls": [], "user_mentions": []},
                                "favorite_count": "3", "retweet_count": "0", "retweeted": False}}
            member.write(json.dumps(record, indent=2).encode() + (b",\n" if i < n - 1 else b"\n]\n"))
    return path


def measure(mode: str, archive: Path, work: Path) -> dict:
    env = {"PYTHONPATH": str(ROOT / "include"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(archive), str(work)], capture_output=True,
                         text=True, check=True, env=env)
    return json.loads(out.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20000,100000,300000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"{'tweets':>8} {'tweets.js MB':>12} | {'whole: s':>8} {'+MB':>6} | {'import: s':>9} {'+MB':>6} "
          f"{'tweets/s':>9} | {'memory ratio':>12}")
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="tweetbot-bench-import-") as tmp:
            archive = build(Path(tmp) / "archive.zip", n)
            with zipfile.ZipFile(archive) as zf:
                size_mb = zf.getinfo("data/tweets.js").file_size / 2**20
            rows = {"whole": [], "import": []}
            for round_ in range(args.rounds):
                for mode in rows:
                    work = Path(tmp) / f"{mode}{round_}"
                    work.mkdir()
                    rows[mode].append(measure(mode, archive, work))
            whole, imp = ({k: statistics.median(r[k] for r in rows[m]) for k in ("seconds", "grew_mb")}
                          for m in ("whole", "import"))
            print(f"{n:>8,} {size_mb:>12.1f} | {whole['seconds']:>8.2f} {whole['grew_mb']:>6.0f} | "
                  f"{imp['seconds']:>9.2f} {imp['grew_mb']:>6.0f} {n / imp['seconds']:>9,.0f} | "
                  f"{imp['grew_mb'] / whole['grew_mb']:>12.2f}")


if __name__ == "__main__":
    main()
