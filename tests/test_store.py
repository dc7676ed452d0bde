"""The store on SQLite and on real PostgreSQL: idempotence, edits, history, atomicity,
concurrency, and a hypothesis round trip of claims."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storekit import (
    QUSAYR,
    TALKALAKH,
    claim,
    extraction,
    fresh_pg_schema,
    report,
)
from tollbook.errors import StorageError
from tollbook.model import (
    DatePrecision,
    DateRange,
    Outcome,
    Qualifier,
    Rejection,
    Scope,
    VictimType,
)
from tollbook.store import open_store
from tollbook.store.db import parse_url

ROOT = Path(__file__).resolve().parents[1]
TOLLBOOK = str(ROOT / ".venv" / "bin" / "tollbook")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return fresh_pg_schema(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


def test_parse_url_takes_paths_and_urls():
    assert parse_url("x.db") == ("sqlite", "x.db")
    assert parse_url("sqlite:///tmp/x.db") == ("sqlite", "tmp/x.db")
    assert parse_url("postgresql://u@h/db")[0] == "postgresql"
    with pytest.raises(StorageError) as e:
        parse_url("mysql://x")
    assert e.value.code == "E301"


def test_migrations_are_recorded_once(db_url):
    s1 = open_store(db_url)
    s1.close()
    s2 = open_store(db_url)
    rows = s2.db.all("SELECT version FROM schema_migrations")
    assert [r["version"] for r in rows] == [1, 2, 3]
    assert {"articles", "claims", "events", "event_figures", "event_tallies", "area_totals",
            "rejections", "schema_migrations"} <= set(s2.db.tables())
    s2.close()


def test_newer_schema_is_refused(db_url):
    s = open_store(db_url)
    s.db.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                 "VALUES (99, 'future', 'x')")
    s.close()
    with pytest.raises(StorageError) as e:
        open_store(db_url)
    assert e.value.code == "E302"


def test_three_outlets_one_event_competing_figures(store):
    store.ingest(report("afp", 23, "Syrian Observatory for Human Rights", mention="Al-Qusayr"))
    store.ingest(report("voa", 28, "opposition activists", mention="Qusair"))
    store.ingest(report("local", 30, "a local council", mention="al-Qusayr"))
    evs = store.events()
    assert len(evs) == 1
    rebels = evs[0]["killed"]["by_victims"]["rebels"]
    assert (rebels["low"], rebels["best"], rebels["high"]) == (23, 30, 30)
    assert rebels["n_sources"] == 3
    assert sorted(rebels["articles"]) == ["afp", "local", "voa"]
    assert evs[0]["killed"]["total"] == {"low": 23, "best": 30, "high": 30}


def test_nearby_town_same_day_stays_a_separate_event(store):
    store.ingest(report("afp", 23, "Syrian Observatory for Human Rights"))
    store.ingest(report("other", 5, "activists", place=TALKALAKH, mention="Tallkalakh"))
    assert len(store.events()) == 2


def test_same_place_a_week_later_is_another_event(store):
    store.ingest(report("a", 23, "activists"))
    store.ingest(report("b", 9, "activists", day="2013-05-27", published="2013-05-28"))
    assert len(store.events()) == 2


def test_reingesting_changes_nothing(store):
    exs = [report("afp", 23, "Observatory"), report("voa", 28, "activists"),
           report("other", 5, "activists", place=TALKALAKH, mention="Tallkalakh")]
    for x in exs:
        assert store.ingest(x).status == "added"
    before = store.dump()
    for x in exs:
        assert store.ingest(x).status == "unchanged"
    assert store.dump() == before


def test_same_text_under_another_id_is_a_duplicate(store):
    x = report("afp", 23, "Observatory")
    store.ingest(x)
    copy = extraction("afp-copy", x.article.text, x.claims)
    r = store.ingest(copy)
    assert (r.status, r.article_id) == ("unchanged", "afp")
    assert store.stats()["articles"] == 1
    assert store.has_article("afp") and not store.has_article("afp-copy")


def test_edited_article_replaces_its_claims(store):
    store.ingest(report("afp", 23, "Observatory", url="http://example.org/a"))
    r = store.ingest(report("afp", 25, "Observatory", url="http://example.org/a"))
    assert r.status == "replaced"
    assert store.stats()["claims"] == 1
    ev = store.events()
    assert len(ev) == 1
    assert ev[0]["killed"]["by_victims"]["rebels"]["best"] == 25


def test_edited_article_that_moves_elsewhere_leaves_no_empty_event(store):
    store.ingest(report("afp", 23, "Observatory"))
    store.ingest(report("afp", 23, "Observatory", place=TALKALAKH, mention="Tallkalakh"))
    ev = store.events()
    assert [e["place"]["name"] for e in ev] == ["Tallkalakh"]


def test_revised_toll_keeps_history(store):
    store.ingest(report("day1", 20, "Observatory", published="2013-05-19"))
    store.ingest(report("day2", 40, "Observatory", published="2013-05-20"))
    (e,) = store.events()
    rebels = e["killed"]["by_victims"]["rebels"]
    assert rebels["best"] == 40 and rebels["low"] == 40  # the source revised itself
    shown = store.event(e["id"])
    assert [(h["published"], h["best"]) for h in shown["history"]] == [
        ("2013-05-19", 20), ("2013-05-20", 40)]
    srcs = shown["by_source"]["killed"]["rebels"]
    assert [f["best"] for f in srcs["Observatory"]] == [20, 40]


def test_part_of_is_never_added(store):
    text = ("The Observatory said 56 rebels were killed in Qusayr, six of them on Monday, "
            "and four civilians.")
    cs = [claim(text, "c1", "56", victims="rebels", actor="rebels", source="Observatory",
                place=dict(QUSAYR, mention="Qusayr")),
          claim(text, "c2", "six", value=6, actor="rebels", source="Observatory",
                place=dict(QUSAYR), part_of="c1"),
          claim(text, "c3", "four", value=4, victims="civilians", vtype=VictimType.CIVILIANS,
                source="Observatory", place=dict(QUSAYR))]
    store.ingest(extraction("a", text, cs))
    (e,) = store.events()
    assert e["killed"]["total"]["best"] == 60
    assert e["killed"]["by_victims"]["rebels"]["claims"] == ["a/c1"]


def test_area_totals_are_stored_apart_never_as_events(store):
    text = ("Clashes in Qusayr killed 12 rebels. Across the country 164 people were killed "
            "on Sunday. More than 94,000 people have been killed since March 2011.")
    cs = [claim(text, "c1", "12", actor="rebels", place=dict(QUSAYR, mention="Qusayr")),
          claim(text, "c2", "164", vtype=VictimType.UNKNOWN, scope=Scope.AREA_TOTAL,
                place=dict(name="Syria", country="SY", precision=QUSAYR["precision"].COUNTRY)),
          claim(text, "c3", "94,000", value=94000, vtype=VictimType.UNKNOWN,
                qualifier=Qualifier.MORE_THAN, low=94001, scope=Scope.CUMULATIVE,
                source=None, day=None)]
    store.ingest(extraction("a", text, cs))
    (e,) = store.events()
    assert e["killed"]["total"]["best"] == 12
    totals = store.area_totals()
    assert sorted((t["claim"], t["scope"], t["best"]) for t in totals) == [
        ("c2", "area_total", 164), ("c3", "cumulative", 94000)]
    assert store.area_totals(scope="cumulative")[0]["low"] == 94001


def test_rejections_are_stored_once(store):
    from tollbook.model import Extraction, Rejection

    rej = Rejection("doc1", "E107", "too short", "in.txt")
    for _ in range(2):
        r = store.ingest(Extraction(None, rejection=rej))
        assert r.status == "rejected"
    assert store.rejections()[0]["code"] == "E107"
    assert store.stats()["rejected_by_code"] == {"E107": 1}


def test_crash_mid_article_leaves_nothing_half_written(store):
    store.ingest(report("first", 23, "Observatory"))
    before = store.dump()

    def boom(article):
        raise RuntimeError("disk on fire")

    store.before_commit = boom
    with pytest.raises(RuntimeError):
        store.ingest(report("second", 28, "activists"))
    store.before_commit = None
    assert store.dump() == before
    assert not store.has_article("second")
    assert store.stats()["claims"] == 1


def test_constraint_failure_rolls_back_whole_article(store):
    """Two claims with one id break the claims primary key after the article row went in."""
    x = report("dup", 23, "Observatory")
    bad = extraction("dup", x.article.text, [x.claims[0], x.claims[0]])
    with pytest.raises(StorageError) as e:
        store.ingest(bad)
    assert e.value.code == "E304"
    assert store.stats()["articles"] == 0 and store.stats()["events"] == 0


def _unattributed(aid: str, toll: int, outlet: str, published="2013-05-20"):
    """A report with no source named: its figure counts as its outlet's."""
    text = (f"({outlet}) {toll} rebels were killed in clashes with government troops in "
            "Qusayr on Sunday.")  # the dateline keeps copies' texts apart, as in real ones
    return extraction(aid, text, [claim(text, "c1", str(toll), victims="rebels",
                                        actor="rebels", place=dict(QUSAYR, mention="Qusayr"))],
                      outlet=outlet, published=published)


def test_syndicated_copy_is_not_an_independent_source(store):
    store.ingest(_unattributed("wire-1", 23, "wire"))
    store.ingest(_unattributed("paper-1", 23, "paper"), syndicated_of="wire-1")
    rebels = store.events()[0]["killed"]["by_victims"]["rebels"]
    # The copy is evidence (its article is listed) but not a second witness.
    assert sorted(rebels["articles"]) == ["paper-1", "wire-1"]
    assert rebels["sources"] == ["wire"] and rebels["n_sources"] == 1
    assert {a["id"]: a["syndicated_of"] for a in store.articles()} == {
        "wire-1": None, "paper-1": "wire-1"}
    store.ingest(_unattributed("radio-1", 25, "radio"))  # an independent report
    rebels = store.events()[0]["killed"]["by_victims"]["rebels"]
    assert rebels["sources"] == ["radio", "wire"] and rebels["n_sources"] == 2
    assert store.events()[0]["n_sources"] == 2


def test_same_reports_without_the_link_are_two_sources(store):
    store.ingest(_unattributed("wire-1", 23, "wire"))
    store.ingest(_unattributed("paper-1", 23, "paper"))
    assert store.events()[0]["killed"]["by_victims"]["rebels"]["n_sources"] == 2


def test_copy_of_a_story_not_in_the_event_still_counts_once(store):
    """Two copies of one wire story whose original told of another place: one source."""
    store.ingest(_unattributed("paper-1", 23, "paper"), syndicated_of="wire-elsewhere")
    store.ingest(_unattributed("tv-1", 23, "tv"), syndicated_of="wire-elsewhere")
    rebels = store.events()[0]["killed"]["by_victims"]["rebels"]
    assert rebels["n_sources"] == 1 and rebels["sources"] == ["paper"]


def test_group_commit_undoes_a_failing_article_alone(store):
    x = report("dup", 19, "Observatory")
    bad = extraction("dup", x.article.text, [x.claims[0], x.claims[0]])
    with store.group():
        store.ingest(report("a", 23, "Observatory"))
        with pytest.raises(StorageError):
            store.ingest(bad)  # the claims primary key breaks after its article row went in
        store.ingest(report("b", 28, "activists"))
    assert sorted(a["id"] for a in store.articles()) == ["a", "b"]
    assert store.stats()["claims"] == 2 and len(store.events()) == 1


def test_group_commit_is_all_or_nothing(store):
    store.ingest(report("first", 23, "Observatory"))
    before = store.dump()
    with pytest.raises(RuntimeError), store.group():
        store.ingest(report("a", 28, "activists"))
        store.record_rejection(Rejection("x", "E105", "not English"))
        raise RuntimeError("killed mid-group")
    assert store.dump() == before
    with store.group():  # the store is usable again, and idempotent inside a group
        assert store.ingest(report("first", 23, "Observatory")).status == "unchanged"
        assert store.ingest(report("a", 28, "activists")).status == "added"
    assert store.stats()["articles"] == 2


def test_a_month_long_event_is_found_by_a_report_at_its_end(store):
    """Candidates are read by a bounded date range; the bound must reach back over the
    widest stored event, or a long event is missed and its later reports split off."""
    month = report("monthly", 40, "Observatory")
    c = dataclasses.replace(month.claims[0], date=DateRange("2013-05-01", "2013-05-31",
                                                            DatePrecision.MONTH))
    store.ingest(dataclasses.replace(month, claims=(c,)))
    store.ingest(report("late", 42, "activists", day="2013-05-30", published="2013-05-31"))
    assert len(store.events()) == 1


def test_migration_3_fills_span_days_of_stored_events(db_url):
    s = open_store(db_url)
    s.ingest(report("afp", 23, "Observatory"))
    s.ingest(report("b", 9, "activists", day="2013-05-27", published="2013-05-28"))
    # Back to a version-2 store: the column and its index gone, migration 3 unrecorded.
    s.db.execute("DROP INDEX events_country_span")
    s.db.execute("ALTER TABLE events DROP COLUMN span_days")
    s.db.execute("DELETE FROM schema_migrations WHERE version = 3")
    s.close()
    with open_store(db_url) as s:
        assert [r["span_days"] for r in s.db.all("SELECT span_days FROM events")] == [0, 0]
        s.ingest(report("c", 11, "activists", day="2013-05-27", published="2013-05-29"))
        assert len(s.events()) == 2


def test_unknown_event_is_a_coded_error(store):
    with pytest.raises(StorageError) as e:
        store.event(12345)
    assert e.value.code == "E303"


_texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                 min_size=1, max_size=30)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=_texts, victims=_texts, middle=_texts, n=st.integers(0, 10**6),
       outcome=st.sampled_from(list(Outcome)))
def test_claims_round_trip_with_spans(store, before, victims, middle, n, outcome):
    text = f"{before} {n} {victims} {middle}."
    aid = f"h{abs(hash(text))}"
    c = claim(text, "c1", f" {n} ", value=n, outcome=outcome)
    from tollbook.model import Span, Victims, replace

    vs = text.index(victims, text.index(f" {n} ") + len(str(n)) + 1)
    c = replace(c, victims=Victims(VictimType.UNKNOWN, None, Span.of(text, vs, vs + len(victims))))
    store.ingest(extraction(aid, text, [c]))
    (back,) = store.claims(aid)
    assert back == c
    for s in back.spans():
        assert text[s.start:s.end] == s.surface


@pytest.mark.postgres
def test_two_ingest_processes_on_one_postgres_make_no_duplicates(pg_url, tmp_path):
    url = fresh_pg_schema(pg_url)
    open_store(url).close()  # migrate first, so both processes only ingest
    lines = []
    for i, (toll, mention) in enumerate([(23, "Al-Qusayr"), (28, "Qusair"), (30, "Qusayr")]):
        x = report(f"r{i}", toll, f"source {i}", mention=mention)
        lines.append({"id": f"r{i}", "text": x.article.text, "published": "2013-05-20"})
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(x) + "\n" for x in lines * 5))
    env = dict(os.environ)
    procs = [subprocess.Popen([TOLLBOOK, "ingest", str(feed), "--db", url, "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    s = open_store(url)
    st_ = s.stats()
    assert st_["articles"] == 3
    n_claims = s.db.one("SELECT COUNT(*) AS n FROM claims")["n"]
    distinct = s.db.one("SELECT COUNT(*) AS n FROM (SELECT DISTINCT article_id, claim_id "
                        "FROM claims) x")["n"]
    assert n_claims == distinct
    figs = s.db.one("SELECT COUNT(*) AS n FROM event_figures")["n"]
    assert figs == n_claims
    s.close()


def test_ingest_command_on_sqlite(tmp_path):
    feed = tmp_path / "feed.jsonl"
    x = report("r0", 23, "Observatory")
    feed.write_text(json.dumps({"id": "r0", "text": x.article.text}) + "\n"
                    + json.dumps({"id": "r1", "text": "too short"}) + "\n")
    db = tmp_path / "cli.db"
    run = subprocess.run([TOLLBOOK, "ingest", str(feed), "--db", str(db), "--quiet",
                          "--published", "2013-05-20"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "articles 1 " in run.stdout and "rejected: E107 1" in run.stdout
    s = open_store(str(db))
    assert s.stats()["rejections"] == 1
    s.close()


def test_bad_db_url_is_a_coded_error_not_a_traceback(tmp_path):
    run = subprocess.run([TOLLBOOK, "events", "--db", "mysql://nope"], capture_output=True,
                         text=True)
    assert run.returncode == 2
    assert "[E301]" in run.stderr and "Traceback" not in run.stderr


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
