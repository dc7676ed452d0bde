"""SIGKILL at random points, and concurrent writers: the store must end as if nothing happened.

kill_campaign: run `tollbook batch` uninterrupted once, then on a fresh store start it,
SIGKILL its whole process group after a random delay, restart, again and again, then let
it finish; the final store must equal the uninterrupted one row for row (canonical dump:
serial ids renumbered, clock columns dropped). Both SQLite and PostgreSQL.

concurrent: N `tollbook batch` processes on overlapping inputs into one PostgreSQL
store while readers hit `tollbook serve`: no duplicates, nothing lost, no errors.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..store import open_store
from .inputs import REPORT

TOLLBOOK = str(Path(sys.executable).with_name("tollbook"))
PLACES = ["Kabul", "Aleppo", "Homs", "Mosul", "Kunduz", "Gao", "Maiduguri", "Mogadishu"]


def make_inputs(folder: Path, n: int = 60, seed: int = 6, shared: Path | None = None) -> Path:
    """n documents across a JSONL file, text files and a bad file, made on the fly; real
    GVA articles from ../shared when it is there."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    gva = shared / "data" / "dev" / "gva-articles.jsonl" if shared else None
    if gva and gva.exists():
        with open(gva, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for _, line in zip(range(n // 2), f, strict=False)]
    while len(texts) < n:
        i = len(texts)
        texts.append(REPORT.format(n=rng.randint(2, 90)).replace("Kabul", rng.choice(PLACES))
                     + f" The attack was the {i}th this month.")
    with open(folder / "a.jsonl", "w", encoding="utf-8") as f:
        for i, t in enumerate(texts[: n // 2]):
            f.write(json.dumps({"id": f"j{i}", "text": t, "published": "2016-01-04"}) + "\n")
        f.write("{broken\n")
    for i, t in enumerate(texts[n // 2:]):
        (folder / f"t{i:03}.txt").write_text(t, encoding="utf-8")
    (folder / "empty.html").write_text("<html><body></body></html>")
    return folder


def canonical(url: str) -> dict:
    """The store's rows with serial ids renumbered by order and clock columns dropped:
    PostgreSQL sequences skip the ids a killed transaction took, which is no difference."""
    with open_store(url) as s:
        dump = s.dump()
    rank: dict[str, str] = {}
    for row in dump.get("events", []):
        d = dict(row)
        rank[d["id"]] = d["id"]
    order = sorted(rank, key=int)
    rank = {old: str(i + 1) for i, old in enumerate(order)}
    out = {}
    for table, rows in dump.items():
        drop = {"ingested_at", "applied_at"} | ({"id"} if table == "rejections" else set())
        new = []
        for row in rows:
            d = {k: v for k, v in row if k not in drop}
            if table == "events":
                d["id"] = rank[d["id"]]
            if "event_id" in d:
                d["event_id"] = rank.get(d["event_id"], "?" + d["event_id"])
            new.append(tuple(sorted(d.items())))
        out[table] = sorted(new)
    return out


def diff(a: dict, b: dict) -> tuple[int, int]:
    """(rows in a missing from b, rows in b not in a), over all tables."""
    lost = extra = 0
    for t in set(a) | set(b):
        ra, rb = set(a.get(t, [])), set(b.get(t, []))
        lost += len(ra - rb)
        extra += len(rb - ra)
    return lost, extra


def fresh_pg(base_url: str) -> str:
    """A new empty database on the test cluster, its URL."""
    import psycopg

    name = "rel_" + uuid.uuid4().hex[:10]
    with psycopg.connect(base_url, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    return base_url.rsplit("/", 1)[0] + "/" + name


def drop_pg(base_url: str, url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(base_url, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _batch(src: Path, db: str, journal: str, workers: int = 2) -> list[str]:
    return [TOLLBOOK, "batch", str(src), "--db", db, "--journal", journal,
            "--workers", str(workers), "--quiet"]


@dataclass
class KillResult:
    backend: str
    kills: int = 0  # SIGKILLs that landed while the batch was still running
    misses: int = 0  # kills after the run had already finished (not counted)
    rows_lost: int = 0  # rows of the uninterrupted store missing after the kills
    rows_extra: int = 0  # rows the killed store has and the uninterrupted one does not
    restarts_failed: int = 0
    progress: list[int] = field(default_factory=list)  # documents stored after each kill
    mid_work: int = 0  # kills after which the store held some but not all documents
    stores_compared: int = 0  # finished stores compared with the uninterrupted one
    log: list = field(default_factory=list)  # (waited for a count?, target, stored after)


def kill_campaign(work: Path, db_of, kills: int, backend: str, seed: int = 6,
                  shared: Path | None = None, n: int = 60) -> KillResult:
    """`kills` SIGKILLs at random points of `tollbook batch`, then compare stores.

    db_of(name) makes a fresh store URL for a name.
    """
    rng = random.Random(seed)
    # n above the batch's group commit size (64) makes kills land between group commits
    src = make_inputs(work / "in", n=n, shared=shared)
    whole = db_of("whole")
    t = time.monotonic()
    subprocess.run(_batch(src, whole, str(work / "whole.journal")), check=True, timeout=600)
    took = time.monotonic() - t
    want = canonical(whole)
    res = KillResult(backend)
    total = len(want.get("articles", [])) + len(want.get("rejections", []))
    killed = db_of("killed")
    journal = str(work / "killed.journal")
    attempts = 0

    def check_and_restart() -> None:
        nonlocal killed, journal
        done = subprocess.run(_batch(src, killed, journal), timeout=600,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        res.restarts_failed += done.returncode != 0
        lost, extra = diff(want, canonical(killed))
        res.rows_lost += lost
        res.rows_extra += extra
        res.stores_compared += 1
        killed = db_of(f"killed{attempts}")
        journal = str(work / f"killed{attempts}.journal")

    while res.kills < kills and attempts < kills * 3:
        attempts += 1
        before = stored(killed)
        if before >= total - 1:  # nothing left to interrupt: finish, compare, start over
            check_and_restart()
            before = 0
        # Most kills wait for a random document count, so they land mid-write; the rest
        # land at a random time in start-up (worker pool, model loading, migrations).
        mid = rng.random() < 0.75
        target = before + rng.randint(1, max(1, total - 1 - before))
        wait = took * 3 if mid else rng.uniform(0.05, 0.5) * took
        p = subprocess.Popen(_batch(src, killed, journal), start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.monotonic() + wait
        while p.poll() is None and time.monotonic() < end:
            if mid and stored(killed) >= target:
                break
            time.sleep(0.02)
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)  # the whole job, workers too, as a crash would
            p.wait()
            res.kills += 1
            res.progress.append(stored(killed))
            res.log.append((mid, target, stored(killed)))
        else:
            res.misses += 1
            res.restarts_failed += p.returncode != 0
    res.mid_work = sum(1 for n in res.progress if 0 < n < total)
    check_and_restart()
    return res


def stored(url: str) -> int:
    """Documents (articles and rejections) a store holds now; 0 before it exists."""
    from ..store.db import Database

    try:
        db = Database(url)
    except Exception:
        return 0
    try:
        return db.one("SELECT (SELECT COUNT(*) FROM articles) + "
                      "(SELECT COUNT(*) FROM rejections) AS n")["n"]
    except Exception:  # tables not created yet
        return 0
    finally:
        db.close()


def sqlite_kills(work: Path, kills: int, shared: Path | None = None,
                 n: int = 60) -> KillResult:
    work.mkdir(parents=True, exist_ok=True)
    return kill_campaign(work, lambda name: str(work / f"{name}.db"), kills, "sqlite",
                         shared=shared, n=n)


def pg_kills(work: Path, base_url: str, kills: int, shared: Path | None = None,
             n: int = 60) -> KillResult:
    work.mkdir(parents=True, exist_ok=True)
    made: list[str] = []

    def db_of(name):
        made.append(fresh_pg(base_url))
        return made[-1]

    try:
        return kill_campaign(work, db_of, kills, "postgresql", shared=shared, n=n)
    finally:
        for url in made:
            drop_pg(base_url, url)


def wal_mode(path: str) -> str:
    """The journal mode a tollbook SQLite store runs in."""
    import sqlite3

    with open_store(path):
        pass
    return sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]


@dataclass
class ConcurrentResult:
    writers: int
    errors: list[str] = field(default_factory=list)  # failed writers or failed reads
    reads: int = 0  # API reads served during the writes
    duplicates: int = 0  # extra rows compared with a single-writer run
    lost: int = 0  # rows of the single-writer run missing


def concurrent(work: Path, base_url: str, writers: int, shared: Path | None = None,
               port: int = 8765) -> ConcurrentResult:
    """`writers` batch processes on the same inputs (every one overlaps every other)
    into one PostgreSQL store, while a reader polls the API; compare articles and claims
    with a single-writer store (event grouping may depend on arrival order, so events
    are checked for duplicates and for every figure landing in exactly one event)."""
    import httpx

    work.mkdir(parents=True, exist_ok=True)
    src = make_inputs(work / "in", n=40, shared=shared)
    res = ConcurrentResult(writers)
    one, many = fresh_pg(base_url), fresh_pg(base_url)
    try:
        subprocess.run(_batch(src, one, str(work / "one.journal"), 1), check=True,
                       timeout=600)
        open_store(many).close()  # migrate once, before the server and writers start
        server = subprocess.Popen([TOLLBOOK, "serve", "--db", many, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait(f"http://127.0.0.1:{port}/health")
            procs = [subprocess.Popen(_batch(src, many, str(work / f"w{i}.journal"), 1),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                     for i in range(writers)]
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as c:
                while any(p.poll() is None for p in procs):
                    for path in ("/events?limit=50", "/articles", "/totals"):
                        r = c.get(path)
                        res.reads += 1
                        if r.status_code != 200:
                            res.errors.append(f"GET {path}: {r.status_code} {r.text[:200]}")
            for i, p in enumerate(procs):
                p.wait()
                if p.returncode != 0:
                    res.errors.append(f"writer {i}: exit {p.returncode}: "
                                      f"{p.stderr.read().decode()[-300:]}")
        finally:
            server.terminate()
            server.wait(timeout=30)
        a, b = canonical(one), canonical(many)
        for t in ("articles", "claims", "rejections", "area_totals"):
            ra, rb = set(a.get(t, [])), set(b.get(t, []))
            res.lost += len(ra - rb)
            res.duplicates += len(rb - ra) + (len(b.get(t, [])) - len(set(b.get(t, []))))
        with open_store(many) as s:
            # Every event-scope claim is a figure of exactly one event (primary key), and
            # no two events are the same draft stored twice.
            rows = s.db.all("SELECT type, sub_type, place_name, country, date_start, "
                            "date_end, actors, COUNT(*) AS n FROM events GROUP BY type, "
                            "sub_type, place_name, country, date_start, date_end, actors "
                            "HAVING COUNT(*) > 1")
            res.duplicates += sum(r["n"] - 1 for r in rows)
            fig_a = len(a.get("event_figures", []))
            fig_b = s.db.one("SELECT COUNT(*) AS n FROM event_figures")["n"]
            res.lost += max(0, fig_a - fig_b)
            res.duplicates += max(0, fig_b - fig_a)
    finally:
        drop_pg(base_url, one)
        drop_pg(base_url, many)
        shutil.rmtree(work / "in", ignore_errors=True)
    return res


def _wait(url: str, seconds: float = 60) -> None:
    import httpx

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not start")
