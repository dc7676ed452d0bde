"""The API under load and under attack, served by a real `tollbook serve` on loopback.

load(): a second process (this module's __main__) sends a fixed number of requests with
a fixed concurrency and reports requests/s, p50/p99 latency and errors, for reads and
for POST /extract. attacks(): each hostile request must be refused or change nothing.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .crashes import TOLLBOOK, _wait

TOKEN = "reliability-token-0123456789"


def serve(db: str, port: int, **env) -> subprocess.Popen:
    """`tollbook serve` on loopback with a write token, waiting until it answers."""
    e = {**os.environ, "TOLLBOOK_TOKEN": TOKEN, **env}
    p = subprocess.Popen([TOLLBOOK, "serve", "--db", db, "--port", str(port),
                          "--max-body", "200000"], env=e,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait(f"http://127.0.0.1:{port}/health")
    return p


async def _hammer(base: str, method: str, paths: list[str], body: dict | None, count: int,
                  concurrency: int, seconds: float) -> dict:
    import httpx

    lat: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    end = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as c:
        async def worker(k: int) -> None:
            nonlocal sent
            while sent < count and time.monotonic() < end:
                path = paths[sent % len(paths)]
                sent += 1
                t = time.monotonic()
                try:
                    r = await (c.get(path) if method == "GET" else c.post(path, json=body))
                    if r.status_code != 200:
                        errors[str(r.status_code)] = errors.get(str(r.status_code), 0) + 1
                except httpx.HTTPError as e:
                    errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
                lat.append(time.monotonic() - t)

        t0 = time.monotonic()
        await asyncio.gather(*(worker(k) for k in range(concurrency)))
        took = time.monotonic() - t0
    lat.sort()
    q = statistics.quantiles(lat, n=100) if len(lat) >= 2 else lat * 99
    return {"requests": len(lat), "seconds": round(took, 2),
            "rps": round(len(lat) / took, 1) if took else 0.0,
            "p50_ms": round(q[49] * 1000, 1), "p99_ms": round(q[98] * 1000, 1),
            "errors": sum(errors.values()), "error_kinds": errors}


def load(port: int, count: int, seconds: float, concurrency: int = 8) -> dict:
    """Run the load generator in a second process; its JSON result."""
    out = subprocess.run([sys.executable, "-m", "tollbook.reliability.api", str(port),
                          str(count), str(seconds), str(concurrency)],
                         capture_output=True, text=True, timeout=seconds * 2 + 120)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-1000:])
    return json.loads(out.stdout)


def _main(port: int, count: int, seconds: float, concurrency: int) -> None:
    from .inputs import REPORT

    base = f"http://127.0.0.1:{port}"
    reads = ["/events?limit=50", "/events?country=SY", "/articles?limit=20", "/totals",
             "/events?sort=-killed&min_killed=1"]
    ids = [e["id"] for e in __import__("httpx").get(base + "/events?limit=20").json()["events"]]
    reads += [f"/events/{i}" for i in ids]
    body = {"text": REPORT.format(n=17) + " Two soldiers were wounded in Homs on Monday.",
            "published": "2014-03-10"}
    import httpx

    # One request of each kind first, alone: the first /extract loads spaCy's tagger and
    # the gazetteer (about 2 s); its time is reported apart as the cold start.
    t = time.monotonic()
    httpx.post(base + "/extract", json=body, timeout=120)
    cold = round((time.monotonic() - t) * 1000, 1)
    result = {
        "cold_extract_ms": cold,
        "reads": asyncio.run(_hammer(base, "GET", reads, None, count, concurrency, seconds)),
        "extract": asyncio.run(_hammer(base, "POST", ["/extract"], body, max(count // 5, 10),
                                       concurrency, seconds)),
    }
    print(json.dumps(result))


def attacks(port: int, db: str) -> dict:
    """Hostile requests against a running server; each must be refused or harmless.
    Returns {"tried", "refused", "failures": [...]}."""
    import httpx

    from .crashes import canonical

    base = f"http://127.0.0.1:{port}"
    failures: list[str] = []
    tried = 0
    before = canonical(db)
    body = {"text": "At least 5 people were killed in Kabul on Sunday, police said."}
    with httpx.Client(base_url=base, timeout=60) as c:
        def expect(name: str, ok: bool) -> None:
            nonlocal tried
            tried += 1
            if not ok:
                failures.append(name)

        # Writes without a token, with wrong tokens and wrong schemes.
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                        {"Authorization": "Basic " + TOKEN}, {"Authorization": "Bearer  x"},
                        {"Authorization": "Bearer " + TOKEN[:-1]}):
            r = c.post("/articles", json=body, headers=headers)
            expect(f"write with {headers}", r.status_code == 401)
        # SQL injection through every filter: refused (422) or the same answer as a
        # harmless value; the store is compared row for row at the end.
        payloads = ["' OR '1'='1", "1; DROP TABLE events; --", "SY' UNION SELECT * FROM "
                    "articles --", "%' OR 1=1 --", "\\'; DELETE FROM claims; --"]
        for param in ("country", "admin1", "bbox", "start", "end", "type", "actor",
                      "min_killed", "sort", "limit", "offset"):
            for p in payloads:
                r = c.get("/events", params={param: p})
                ok = r.status_code == 422 or (r.status_code == 200 and
                                              r.json()["total"] in (0, _total(c)))
                expect(f"sqli {param}={p!r}: {r.status_code}", ok)
        for p in payloads:
            r = c.get("/totals", params={"country": p})
            expect(f"sqli totals {p!r}", r.status_code in (200, 422) and
                   (r.status_code == 422 or r.json()["totals"] == []))
        # Path parameters cannot read files.
        for path in ("/events/..%2F..%2F..%2Fetc%2Fpasswd", "/events/%2e%2e%2fpyproject.toml",
                     "/static/..%2F..%2F..%2Fpyproject.toml", "/static/../app.py",
                     "/export/..%2F..%2Fetc%2Fpasswd", "/events/1%00.json",
                     "/static/%2e%2e/%2e%2e/store/db.py"):
            r = c.get(path)
            expect(f"path {path}: {r.status_code}",
                   r.status_code in (404, 422) and "root:" not in r.text
                   and "[project]" not in r.text and "import" not in r.text)
        # Bodies over the limit are refused before they are read.
        big = b'{"text": "' + b"a" * 300_000 + b'"}'
        r = c.post("/extract", content=big, headers={"Content-Type": "application/json"})
        expect(f"oversize body: {r.status_code}", r.status_code == 413)
        r = c.post("/articles", content=big, headers={"Content-Type": "application/json",
                                                      "Authorization": "Bearer " + TOKEN})
        expect(f"oversize authorised body: {r.status_code}", r.status_code == 413)
        expect("oversize declared, no body sent", _declared_only(port))
        # Control characters, absurd pages, unknown fields.
        r = c.get("/events", params={"country": "SY\x00"})
        expect(f"NUL in a filter: {r.status_code}", r.status_code == 422)
        r = c.get("/events", params={"limit": 10**9})
        expect(f"huge page: {r.status_code}", r.status_code == 422)
        r = c.post("/extract", json={**body, "sql": "DROP TABLE events"})
        expect(f"unknown field: {r.status_code}", r.status_code == 422)
        # XSS: stored as text, served as JSON; the page's CSP forbids inline script (the
        # browser test is tests/test_dashboard.py::test_hostile_article_runs_nothing...).
        r = c.get("/")
        csp = r.headers.get("content-security-policy", "")
        expect("dashboard CSP", "script-src 'self'" in csp and "unsafe-inline" not in csp)
    after = canonical(db)
    expect("store unchanged by the attacks", after == before)
    return {"tried": tried, "refused": tried - len(failures), "failures": failures}


def _total(c) -> int:
    return c.get("/events", params={"limit": 1}).json()["total"]


def _declared_only(port: int) -> bool:
    """A Content-Length over the limit with no body sent: the answer must come at once."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 900000000\r\n\r\n")
        try:
            return b" 413 " in s.recv(200)
        except TimeoutError:
            return False


def seed_store(db: str, n: int = 40, shared: Path | None = None) -> None:
    """A store with some events to read."""
    from .crashes import _batch, make_inputs

    src = make_inputs(Path(db + ".in"), n=n, shared=shared)
    subprocess.run(_batch(src, db, db + ".journal", 2), check=True, timeout=600)


if __name__ == "__main__":
    _main(int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]))
