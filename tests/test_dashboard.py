"""The dashboard in real headless Chromium, served by a real `tollbook serve` process."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from test_api import AUTH, SEED, TOKEN, serve

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

# Every way an article could try to run code in the page sets window.__pwned.
HOSTILE = (
    "<script>window.__pwned = 'script'</script> Government forces killed at least 17 "
    "civilians in the town of Aleppo on Monday, the Syrian Observatory for Human Rights "
    "said. <img src=x onerror=\"window.__pwned='img'\"> Residents said the shelling "
    "lasted all night. <svg onload=\"window.__pwned='svg'\"></svg> "
    "<a href=\"javascript:window.__pwned='href'\">link</a> "
    "<iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe> "
    "\"><script>alert(1)</script> "
    + "Supercalifragilistic" * 40 + " "
    "قالت مصادر محلية إن القصف استمر طوال الليل على المدينة "
    "\u202eright-to-left override text\u202c and the fighting went on until the morning, "
    "when rescue workers pulled more bodies from the rubble of the houses."
)


@pytest.fixture(scope="module")
def site(tmp_path_factory, shared):
    db = str(tmp_path_factory.mktemp("dash") / "dash.db")
    with serve(db, {"TOLLBOOK_TOKEN": TOKEN}) as url:
        seed = (shared / SEED).read_text(encoding="utf-8")
        for body in ({"text": seed, "published": "2013-05-20", "id": "seed-qusayr"},
                     {"text": HOSTILE, "published": "2013-06-03", "id": "hostile"}):
            r = httpx.post(url + "/articles", json=body, headers=AUTH, timeout=60)
            assert r.status_code == 201, r.text
        yield url


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def events_of(site: str) -> list[dict]:
    return httpx.get(site + "/events", params={"limit": 100}).json()["events"]


def test_map_shows_the_seed_event_and_its_page_shows_both_sources(site, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(site + "/")
    circles = page.locator("#map circle.event")
    circles.first.wait_for()
    seed = next(e for e in events_of(site) if "Hezbollah" in e["killed"]["by_victims"])
    dot = page.locator(f'#map circle.event[data-id="{seed["id"]}"]')
    assert dot.count() == 1
    assert page.locator("#map .land path").count() > 100  # the country outlines drew
    assert page.locator("#timeline rect.bar").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "dashboard-map.png"), full_page=True)

    dot.dispatch_event("click")
    page.locator("table.figures").wait_for()
    assert f"/event/{seed['id']}" in page.url
    rows = page.locator("table.figures tr.claim").filter(has_text="Hezbollah")
    stated = {rows.nth(i).locator("td").nth(4).inner_text() for i in range(rows.count())}
    assert {"at least 28", "at least 20"} <= stated
    killed_rows = rows.filter(has_text="Syrian Observatory").count() + \
        rows.filter(has_text="source close").count()
    assert killed_rows >= 2
    marks = page.locator(".evidence mark.number")
    assert "at least 28" in marks.all_inner_texts()
    assert page.locator(".evidence mark.source").count() >= 1
    # History reads as sentences, one figure a line, not as a dump of keys.
    steps = page.locator(".history li").all_inner_texts()
    assert len(steps) == len(page.locator(".claim-evidence").all())
    assert any("2013-05-20" in s and "at least 28 (best 28)" in s for s in steps), steps
    assert not any("ingested_at" in s for s in steps)
    page.screenshot(path=str(ARTIFACTS / "dashboard-event.png"), full_page=True)
    assert not page.errors


def test_filters_live_in_the_url(site, page):
    page.goto(site + "/#/?country=FR")
    page.locator("#status").filter(has_text="event").wait_for()
    assert page.locator("#map circle.event").count() == 0
    assert page.locator("#filters input[name=country]").input_value() == "FR"
    page.goto(site + "/#/?country=SY")
    page.locator("#map circle.event").first.wait_for()
    page.fill("#filters input[name=min_killed]", "100000")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.hash.includes('min_killed=100000')")
    assert "country=SY" in page.url
    page.locator("#status").filter(has_text="0 events").wait_for()


def test_hostile_article_runs_nothing_and_keeps_the_layout(site, page):
    hostile = [e for e in events_of(site) if "hostile" in
               [a if isinstance(a, str) else a.get("id") for a in e["articles"]]]
    assert hostile, "the hostile article made no event"
    page.goto(site + "/")
    page.locator("#events tbody tr").first.wait_for()
    page.goto(site + f"/#/event/{hostile[0]['id']}")
    page.locator(".evidence").first.wait_for()
    page.wait_for_timeout(300)  # give any injected handler its chance to fire
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.locator("#event script, #event img, #event svg, #event iframe").count() == 0
    text = page.locator("#event").inner_text()
    assert "Aleppo" in text
    overflow = page.evaluate(
        "() => { const m = document.getElementById('main');"
        " return [m.scrollWidth, m.clientWidth, document.documentElement.scrollWidth,"
        " window.innerWidth]; }")
    assert overflow[0] <= overflow[1] + 1, overflow
    assert overflow[2] <= overflow[3] + 1, overflow
    page.screenshot(path=str(ARTIFACTS / "dashboard-hostile.png"), full_page=True)
    assert not page.errors


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """A store of 60 invented events (3 towns, 20 dates each): more than a list page."""
    db = str(tmp_path_factory.mktemp("crowded") / "crowded.db")
    with serve(db, {"TOLLBOOK_TOKEN": TOKEN}) as url:
        for i in range(60):
            town = ("Aleppo", "Homs", "Hama")[i % 3]
            day = date(2015, 1, 5) + timedelta(days=3 * (i // 3))
            text = (f"At least {i + 1} civilians were killed when government forces shelled "
                    f"{town} on {day:%A}, a monitoring group said.\n\nResidents said the "
                    "shelling lasted several hours and damaged houses near the market.")
            r = httpx.post(url + "/articles", json={"text": text, "id": f"crowd-{i}",
                                                    "published": str(day + timedelta(1))},
                           headers=AUTH, timeout=60)
            assert r.status_code == 201, r.text
        assert len(httpx.get(url + "/events/summary").json()["events"]) == 60
        yield url


def test_list_pages_through_events_most_killed_first(crowded, page):
    page.goto(crowded + "/")
    page.locator("#pager").filter(has_text="of 60").wait_for()
    assert page.locator("#status").inner_text().startswith("60 events")
    assert page.locator("#map circle.event").count() == 60
    rows = page.locator("#events tbody tr")
    assert rows.count() == 50
    first = rows.all_inner_texts()
    prev, nxt = page.locator("#pager button").nth(0), page.locator("#pager button").nth(1)
    assert prev.is_disabled() and nxt.is_enabled()
    nxt.click()
    page.locator("#pager").filter(has_text="51–60 of 60").wait_for()
    assert rows.count() == 10
    second = rows.all_inner_texts()
    assert not set(first) & set(second)
    killed = [int(t.split("\t")[4]) for t in first + second]
    assert killed == sorted(killed, reverse=True)
    assert nxt.is_disabled() and prev.is_enabled()
    prev.click()
    page.locator("#pager").filter(has_text="1–50 of 60").wait_for()
    assert not page.errors


def test_circle_tooltip_names_the_place(crowded, page):
    page.goto(crowded + "/#/?country=SY&min_killed=60")
    dot = page.locator("#map circle.event")
    dot.first.wait_for()
    assert dot.count() == 1
    dot.first.hover()
    title = dot.first.locator("title")
    title.wait_for(state="attached")
    assert "60 killed" in title.text_content() and "Hama" in title.text_content()
    dot.first.focus()
    page.keyboard.press("Enter")
    page.locator("table.figures").wait_for()
    assert not page.errors
