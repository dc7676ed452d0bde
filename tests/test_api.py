"""The REST API, against a real `tollbook serve` process on loopback, over SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import httpx
import pytest

from tollbook import pipeline
from tollbook.read import parse_date, read_text

ROOT = Path(__file__).resolve().parents[1]
TOLLBOOK = Path(sys.executable).with_name("tollbook")
SEED = "seed/000_77144427119faf68.txt"
TOKEN = "test-write-token-" + uuid.uuid4().hex


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: str | None, env: dict[str, str] | None = None, args: tuple[str, ...] = ()):
    """A `tollbook serve` subprocess on a free loopback port; yields its base URL."""
    port = free_port()
    full_env = {k: v for k, v in os.environ.items()
                if k not in ("TOLLBOOK_TOKEN", "TOLLBOOK_READ_TOKEN", "TOLLBOOK_MAX_BODY")}
    full_env.update(env or {})
    cmd = [str(TOLLBOOK), "serve", "--host", "127.0.0.1", "--port", str(port), *args]
    if db is not None:
        cmd += ["--db", db]
    proc = subprocess.Popen(cmd, env=full_env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"tollbook serve exited {proc.returncode}: {proc.stdout.read()}")
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("tollbook serve did not come up within 60 s")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def fresh_pg_database(pg_url: str) -> str:
    """A new empty database on the test cluster, for one test module."""
    import psycopg

    name = "tollbook_api_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                                marks=pytest.mark.postgres)])
def db_url(request, tmp_path_factory) -> str:
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp("api") / "api.db")
    return fresh_pg_database(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="module")
def base(db_url) -> str:
    with serve(db_url, {"TOLLBOOK_TOKEN": TOKEN}, ("--max-body", "200000")) as url:
        yield url


@pytest.fixture(scope="module")
def client(base):
    with httpx.Client(base_url=base, timeout=60) as c:
        yield c


AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def seeded(client, shared) -> dict:
    """The seed article ingested once; the response of POST /articles."""
    text = (shared / SEED).read_text(encoding="utf-8")
    r = client.post("/articles", json={"text": text, "published": "2013-05-20",
                                       "id": "seed-qusayr"}, headers=AUTH)
    assert r.status_code == 201, r.text
    return r.json()


def all_events(client, **params) -> list[dict]:
    r = client.get("/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return r.json()["events"]


def seed_event(client) -> dict:
    """The event of the Hezbollah fighters killed in Al-Qusayr."""
    events = [e for e in all_events(client)
              if "Hezbollah" in e["killed"]["by_victims"]]
    assert events, "no event with Hezbollah killed"
    return events[0]


def test_openapi_document_lists_every_endpoint(client):
    doc = client.get("/openapi.json").json()
    assert set(doc["paths"]) >= {"/events", "/events/{event_id}", "/articles", "/totals",
                                 "/export/{fmt}", "/extract", "/events/summary", "/timeline"}
    assert "post" in doc["paths"]["/articles"]


def test_extract_returns_the_cli_jsonl_line(client, shared):
    text = (shared / SEED).read_text(encoding="utf-8")
    r = client.post("/extract", json={"text": text, "published": "2013-05-20"})
    assert r.status_code == 200, r.text
    expected = pipeline.run(read_text(text, published=parse_date("2013-05-20"))).to_dict()
    assert r.json() == json.loads(json.dumps(expected))
    cli = subprocess.run([str(TOLLBOOK), "extract", "-", "--published", "2013-05-20"],
                         input=text, capture_output=True, text=True, check=True)
    line = json.loads(cli.stdout.splitlines()[0])
    assert r.json()["claims"] == line["claims"]
    assert r.json()["totals"] == line["totals"]


def test_extract_reads_html(client):
    html = ("<html><head><title>Clashes</title></head><body><article><h1>Clashes</h1>"
            "<p>At least 12 soldiers were killed in fighting near Aleppo on Sunday, the "
            "Syrian Observatory for Human Rights said. The fighting went on for the whole day "
            "and residents said the town was shelled from the hills to the south.</p>"
            "</article></body></html>")
    r = client.post("/extract", json={"html": html, "published": "2013-05-20"})
    assert r.status_code == 200, r.text
    assert [c["value"] for c in r.json()["claims"]] == [12]


def test_extract_stores_nothing(client, seeded):
    before = len(all_events(client))
    r = client.post("/extract", json={"text": "At least 40 people were killed in an air "
                                      "strike on Idlib on Tuesday, activists said, and dozens "
                                      "more were wounded in the raid on the market.",
                                      "published": "2014-02-04"})
    assert r.status_code == 200
    assert len(all_events(client)) == before


@pytest.mark.parametrize("body", [{}, {"text": "a", "html": "<p>a</p>"},
                                  {"text": "x", "published": "yesterday"},
                                  {"text": "x", "extra": 1}, [1, 2]])
def test_bad_extract_bodies_are_coded_422(client, body):
    r = client.post("/extract", json=body)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] in ("E422", "E109") and err["message"] and err["hint"]


def test_rejected_document_is_data_not_an_error(client):
    r = client.post("/extract", json={"text": "   "})
    assert r.status_code == 200
    assert r.json()["rejected"]["code"] == "E101"


def test_write_without_token_is_refused(client):
    r = client.post("/articles", json={"text": "x"})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "E401"
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer wrong", f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}",
                                    f"Basic {TOKEN}", TOKEN, "Bearer"])
def test_write_with_a_wrong_token_is_refused(client, header):
    r = client.post("/articles", json={"text": "x"}, headers={"Authorization": header})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "E401"


def test_writes_are_refused_when_no_token_is_configured(tmp_path):
    with serve(str(tmp_path / "none.db")) as url:
        r = httpx.post(url + "/articles", json={"text": "x"},
                       headers={"Authorization": "Bearer anything"})
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "E402"


def test_read_token_closes_reads(tmp_path):
    with serve(str(tmp_path / "closed.db"), {"TOLLBOOK_READ_TOKEN": "r-token"}) as url:
        assert httpx.get(url + "/events").status_code == 401
        assert httpx.get(url + "/events", headers={"Authorization": "Bearer nope"}
                         ).status_code == 401
        r = httpx.get(url + "/events", headers={"Authorization": "Bearer r-token"})
        assert r.status_code == 200, r.text


def test_oversize_declared_body_is_refused_early(client):
    r = client.post("/extract", json={"text": "killed " * 40_000})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "E403"


def test_oversize_chunked_body_is_refused(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 10_000
        yield b'"}'

    r = client.post("/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "E403"


def test_stored_article_reports_what_the_store_did(client, seeded):
    # Regression: "stored" was the repr of IngestResult, a string, not an object.
    stored = seeded["stored"]
    assert stored["article_id"] == "seed-qusayr" and stored["status"] == "added"
    assert stored["claims"] == len(seeded["extraction"]["claims"])
    assert all(isinstance(i, int) for i in stored["events_created"]) and \
        stored["events_created"]


def test_ingested_article_becomes_an_event(client, seeded):
    e = seed_event(client)
    hez = e["killed"]["by_victims"]["Hezbollah"]
    assert hez["best"] in (20, 28)
    assert len(hez["sources"]) == 2
    assert e["place"]["country"] == "SY"
    assert e["date"]["start"].startswith("2013-05")


def test_event_has_claims_sources_and_history(client, seeded):
    e = client.get(f"/events/{seed_event(client)['id']}")
    assert e.status_code == 200, e.text
    e = e.json()
    values = sorted(c["best"] for c in e["claims"]
                    if c["outcome"] == "killed" and c["victims"] == "Hezbollah")
    assert values == [20, 28]
    for c in e["claims"]:
        assert c["evidence"]["text"] and c["spans"]["number"]["text"] == c["figure"]
    assert "history" in e and isinstance(e["history"], list)


def test_filters_select_events(client, seeded):
    eid = seed_event(client)["id"]

    def ids(**p):
        return {e["id"] for e in all_events(client, **p)}

    assert eid in ids(country="SY")
    assert eid not in ids(country="FR")
    assert eid in ids(bbox="35,33,38,36")
    assert eid not in ids(bbox="0,0,10,10")
    assert eid in ids(start="2013-05-01", end="2013-05-31")
    assert eid not in ids(start="2014-01-01")
    assert eid in ids(min_killed=20)
    assert eid not in ids(min_killed=100_000)
    assert eid not in ids(actor="no such actor")


def test_pagination_and_sorting(client, seeded):
    everything = all_events(client, sort="killed")
    killed = [e["killed"]["total"]["best"] or 0 for e in everything]
    assert killed == sorted(killed)
    page = client.get("/events", params={"limit": 1, "offset": 0, "sort": "killed"}).json()
    assert [e["id"] for e in page["events"]] == [everything[0]["id"]]
    assert client.get("/events", params={"sort": "name; DROP TABLE x"}).status_code == 422
    assert client.get("/events", params={"limit": 0}).status_code == 422


def test_articles_and_totals(client, seeded):
    arts = client.get("/articles").json()["articles"]
    assert any((a if isinstance(a, str) else a.get("id")) == "seed-qusayr" for a in arts)
    r = client.get("/totals", params={"country": "SY"})
    assert r.status_code == 200, r.text
    assert "totals" in r.json()


@pytest.mark.parametrize("fmt", ["json", "geojson", "acled", "ucdp"])
def test_exports(client, seeded, fmt):
    r = client.get(f"/export/{fmt}", params={"country": "SY"})
    assert r.status_code == 200, r.text
    assert r.content
    if fmt == "geojson":
        assert r.json()["type"] == "FeatureCollection"


INJECTIONS = ["' OR '1'='1", "1; DROP TABLE events; --", "\" OR 1=1 --", "SY') OR ('a'='a",
              "%' UNION SELECT sqlite_version(), 1 --", "1/**/OR/**/1=1", "\x00",
              "' ; SELECT pg_sleep(5); --"]
FILTER_PARAMS = ["country", "admin1", "bbox", "start", "end", "type", "actor", "min_killed",
                 "limit", "offset", "sort"]


@pytest.mark.parametrize("param", FILTER_PARAMS)
def test_sql_injection_in_filters_changes_nothing(client, seeded, param):
    before = all_events(client)
    for payload in INJECTIONS:
        started = time.monotonic()
        r = client.get("/events", params={param: payload})
        assert r.status_code in (200, 422), (param, payload, r.text)
        assert time.monotonic() - started < 4, "a payload ran SQL (pg_sleep)"
        if r.status_code == 200:
            # Text filters compare as values: no payload matches the seed event.
            assert len(r.json()["events"]) <= len(before)
        else:
            assert r.json()["error"]["code"] == "E422"
        r = client.get("/export/json", params={param: payload})
        assert r.status_code in (200, 422)
    assert all_events(client) == before


@pytest.mark.parametrize("path", [
    "/events/..%2F..%2Fetc%2Fpasswd", "/events/../../etc/passwd", "/events/%2e%2e%2fetc%2fpasswd",
    "/events/..%5C..%5Cetc%5Cpasswd", "/static/../../../../etc/passwd",
    "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/%2e%2e/app.py",
    "/export/..%2F..%2Fetc%2Fpasswd", "/events/%00", "/events/x'%20OR%20'1'='1",
])
def test_path_parameters_cannot_read_files(client, path):
    r = client.get(path)
    assert r.status_code in (404, 422), (path, r.status_code)
    assert "root:" not in r.text and "import" not in r.text
    assert r.json()["error"]["code"] in ("E404", "E303", "E422")


def test_unknown_event_is_coded_404(client):
    r = client.get("/events/no-such-event")
    assert r.status_code == 404
    assert r.json()["error"]["code"] in ("E303", "E404")


def test_dashboard_is_served_with_a_strict_policy(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
    outlines = client.get("/static/countries-110m.json")
    assert outlines.status_code == 200 and len(outlines.content) < 1_000_000


# Invented one-line reports of distinct events (real towns, made-up figures), so the
# summary, the timeline and the pages have more than the seed article's events to cover.
MORE = [
    ("more-1", "2014-03-10", "At least 12 civilians were killed when government forces "
     "shelled the town of Tallkalakh on Sunday, a monitoring group said."),
    ("more-2", "2014-03-20", "An air strike on a market in Maarat al-Numan killed 9 people "
     "on Wednesday, local officials said."),
    ("more-3", "2014-04-02", "A car bomb exploded near a checkpoint in Kirkuk on Tuesday, "
     "killing 5 people and wounding 14, police said."),
]


@pytest.fixture(scope="module")
def more(client, seeded) -> list[dict]:
    for doc_id, published, lead in MORE:
        text = f"{lead}\n\nResidents said the violence lasted several hours and damaged " \
               "houses near the main road. Aid groups said they could not reach the area."
        r = client.post("/articles", json={"text": text, "published": published,
                                           "id": doc_id}, headers=AUTH)
        assert r.status_code == 201, r.text
    return all_events(client)


def test_summary_is_the_full_events_in_few_fields(client, more):
    full = {e["id"]: e for e in more}
    r = client.get("/events/summary")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(full) >= 4
    for p in body["events"]:
        e = full[p["id"]]
        assert set(p) == {"id", "type", "place", "lat", "lon", "start", "end", "killed"}
        # The same tally policy as the full record, also for an event of several groups.
        assert p["killed"] == e["killed"]["total"]["best"]
        assert (p["lat"], p["lon"], p["place"]) == (e["place"]["lat"], e["place"]["lon"],
                                                   e["place"]["name"])
        assert (p["start"], p["end"], p["type"]) == (e["date"]["start"], e["date"]["end"],
                                                    e["type"])
    assert any(len(full[p["id"]]["killed"]["by_victims"]) > 1 for p in body["events"])


@pytest.mark.parametrize("params", [
    {"country": "SY"}, {"country": "IQ"}, {"bbox": "35,33,38,36"}, {"min_killed": 10},
    {"start": "2014-03-15"}, {"end": "2014-03-15"}, {"admin1": "homs"}, {"type": "nope"},
    {"actor": "rebels"}, {"bbox": "170,-90,-170,90"},
])
def test_summary_and_events_take_the_same_filters(client, more, params):
    listed = {e["id"] for e in all_events(client, **params)}
    summary = client.get("/events/summary", params=params).json()
    assert {p["id"] for p in summary["events"]} == listed
    assert summary["total"] == len(listed)


def test_admin1_and_bbox_filter_in_the_store(client, seeded):
    e = seed_event(client)
    admin1 = e["place"]["admin1"]
    assert admin1, "the seed event has a first-order area"
    ids = {x["id"] for x in all_events(client, admin1=admin1.upper())}
    assert e["id"] in ids
    assert e["id"] not in {x["id"] for x in all_events(client, admin1="Idlib")}
    # A box across the antimeridian holds Fiji, not Syria.
    assert e["id"] not in {x["id"] for x in all_events(client, bbox="170,-30,-170,0")}


def test_summary_over_its_limit_keeps_the_most_killed(client, more):
    by_killed = sorted(client.get("/events/summary").json()["events"],
                       key=lambda p: (-(p["killed"] or 0), p["id"]))
    r = client.get("/events/summary", params={"limit": 2}).json()
    assert [p["id"] for p in r["events"]] == [p["id"] for p in by_killed[:2]]
    assert r["total"] == len(by_killed)


def test_timeline_adds_up_killed_per_day_and_week(client, more):
    points = client.get("/events/summary").json()["events"]
    dated = [p for p in points if p["start"] and len(p["start"]) == 10]
    for bucket in ("day", "week"):
        r = client.get("/timeline", params={"bucket": bucket})
        assert r.status_code == 200, r.text
        t = r.json()
        assert t["bucket"] == bucket
        assert sum(b["killed"] for b in t["bins"]) == sum(p["killed"] or 0 for p in dated)
        assert sum(b["events"] for b in t["bins"]) == len(dated)
        assert t["undated"] == len(points) - len(dated)
        starts = [date.fromisoformat(b["start"]) for b in t["bins"]]
        step = 7 if bucket == "week" else 1
        assert all((b - a).days == step for a, b in zip(starts, starts[1:], strict=False))
        if bucket == "week":
            assert all(d.weekday() == 0 for d in starts)  # weeks start on Monday
    # The seed (2013) and the invented reports (2014) are a year apart: weeks.
    assert client.get("/timeline").json()["bucket"] == "week"
    assert client.get("/timeline", params={"bucket": "month"}).status_code == 422
    both = client.get("/events/summary", params={"timeline": "day", "country": "SY"}).json()
    assert both["timeline"] == client.get("/timeline", params={"bucket": "day",
                                                               "country": "SY"}).json()


def test_timeline_of_nothing_is_empty(client, more):
    t = client.get("/timeline", params={"country": "FR"}).json()
    assert t["bins"] == [] and t["undated"] == 0


@pytest.mark.parametrize("sort", ["date", "-date", "killed", "-killed"])
def test_pages_cover_every_event_once_in_order(client, more, sort):
    everything = [e["id"] for e in all_events(client, sort=sort)]
    paged = []
    for offset in range(0, len(everything) + 2, 2):
        r = client.get("/events", params={"limit": 2, "offset": offset, "sort": sort})
        assert r.status_code == 200, r.text
        assert r.json()["total"] == len(everything)
        paged += [e["id"] for e in r.json()["events"]]
    assert paged == everything
