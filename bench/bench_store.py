"""Ingest throughput into SQLite: `tollbook ingest` end to end, and the store alone.

    .venv/bin/python bench/bench_store.py [--n 300]

On the same GVA dev texts as the other benches (../shared/data/dev/gva-articles.jsonl,
written to a temporary JSONL at run time, never committed):

- `tollbook ingest FILE.jsonl` in a subprocess: one process reads, extracts and stores
  every article, one transaction per article (the command a user runs);
- the store alone (Store.ingest of extractions made beforehand, so extraction is not
  timed): one transaction per article, as `tollbook ingest` does, and group commits of
  64 in one transaction, as `tollbook batch` does; with event drafting in the writer
  (ingest) or done beforehand (batch drafts events in its workers);
- event candidate lookup (Store._candidates) in a store of 200,000 events of one
  country: what the writer pays per drafted event once the store is large.
Not a test: it prints a table and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOLLBOOK = str(Path(sys.executable).with_name("tollbook"))


def store_only(exs, db: str, *, group: int | None, drafted: bool) -> float:
    """Articles/s of Store.ingest over extractions made beforehand."""
    from tollbook import events as ev
    from tollbook.store import open_store

    drafts = [ev.article_events(x) if drafted else None for x in exs]
    with open_store(db) as s:
        t = time.perf_counter()
        if group is None:
            for x, d in zip(exs, drafts, strict=True):
                s.ingest(x, drafted=d)
        else:
            for i in range(0, len(exs), group):
                with s.group():
                    for x, d in zip(exs[i:i + group], drafts[i:i + group], strict=True):
                        s.ingest(x, drafted=d)
        return len(exs) / (time.perf_counter() - t)


def candidate_lookup_ms(db: str, n_events: int = 200_000) -> float:
    """Mean time of one event-candidate lookup among n_events stored events of one
    country, 40 a day (the GVA's US), looking for a town on one day in the middle."""
    from tollbook.model import DatePrecision, DateRange, Event, Place, PlacePrecision
    from tollbook.store import open_store

    base = dt.date(2000, 1, 1)
    with open_store(db) as s:
        with s.db.transaction():
            for i in range(n_events):
                d = (base + dt.timedelta(days=i // 40)).isoformat()
                s.db.execute(
                    "INSERT INTO events (type, sub_type, place_name, country, admin1, lat, "
                    "lon, place_precision, geonameid, date_start, date_end, date_precision, "
                    "actors, span_days) VALUES ('Attack', 'Attack', ?, 'US', 'TX', 30.0, "
                    "-97.0, 'town', ?, ?, ?, 'day', '[]', 0)", (f"Town{i % 500}", i % 500, d, d))
        mid = (base + dt.timedelta(days=n_events // 80)).isoformat()
        draft = Event("Attack", "Attack", Place("Town7", "US", "TX", 30.0, -97.0,
                                                PlacePrecision.TOWN, 7, None),
                      DateRange(mid, mid, DatePrecision.DAY), (), ())
        s._candidates(draft)
        t = time.perf_counter()
        for _ in range(20):
            s._candidates(draft)
        return (time.perf_counter() - t) / 20 * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300, help="articles")
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/dev/gva-articles.jsonl"))
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        rows = [json.loads(line) for _, line in zip(range(args.n), f, strict=False)]
    n = len(rows)
    from tollbook import pipeline
    from tollbook.read import parse_date, read_text

    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "gva.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for i, r in enumerate(rows):
                f.write(json.dumps({"id": f"gva-{i}", "text": r["text"],
                                    "published": r.get("published")}) + "\n")
        t = time.perf_counter()
        subprocess.run([TOLLBOOK, "ingest", src, "--db", os.path.join(tmp, "cli.db"),
                        "--quiet"], check=True, capture_output=True)
        cli = n / (time.perf_counter() - t)

        exs = [pipeline.run(read_text(r["text"], published=parse_date(r.get("published"))))
               for r in rows]
        rates = {}
        for name, group, drafted in (("one transaction per article", None, False),
                                     ("group commits of 64", 64, False),
                                     ("group commits of 64, events drafted", 64, True)):
            rates[name] = store_only(exs, os.path.join(tmp, f"{len(rates)}.db"),
                                     group=group, drafted=drafted)
        lookup = candidate_lookup_ms(os.path.join(tmp, "big.db"))
    print(f"ingest into SQLite, {n} GVA articles (one process, one run)")
    print(f"  {'':52} {'articles/s':>10}")
    print(f"  {'tollbook ingest (read, extract, store; end to end)':52} {cli:10.1f}")
    for name, rate in rates.items():
        print(f"  {'store alone: ' + name:52} {rate:10.1f}")
    print(f"  event candidate lookup among 200,000 events of one country: {lookup:.1f} ms")


if __name__ == "__main__":
    main()
