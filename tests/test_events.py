"""Events end to end: the seed's gold event, invented multi-outlet scenarios through the
real pipeline, and the pure grouping and tally functions."""

from __future__ import annotations

import json
from datetime import date

import pytest

from storekit import QUSAYR, TALKALAKH, fresh_pg_schema
from tollbook import events as ev
from tollbook import pipeline
from tollbook.model import Event, EventFigure, Outcome, Place, Qualifier, VictimType
from tollbook.read import read_text
from tollbook.store import open_store

SEED = "seed/000_77144427119faf68.txt"

# Invented reports (no real outlet's text) of one fight in Al-Qusayr on Sunday 9 March
# 2014, told three ways, and an air strike in a town 35 km away the same day.
REPORTS = [
    {
        "id": "wire-a",
        "outlet": "Wire A",
        "url": "https://example.org/wire-a/1",
        "published": "2014-03-10",
        "title": "Fighting rages around Al-Qusayr",
        "text": (
            "At least 23 rebels were killed in clashes with government troops in Al-Qusayr on "
            "Sunday, the Syrian Observatory for Human Rights said.\n\n"
            "The monitoring group said the fighting on the edge of the town lasted through "
            "the night and that army units had brought in reinforcements from the provincial "
            "capital.\n\n"
            "Residents reached by telephone described heavy gunfire and said many families "
            "had fled towards the Lebanese border."
        ),
    },
    {
        "id": "radio-b",
        "outlet": "Radio B",
        "url": "https://example.org/radio-b/7",
        "published": "2014-03-10",
        "title": "Rebels suffer heavy losses near Qusair",
        "text": (
            "Opposition activists said 28 rebels died on 9 March when government troops "
            "attacked their positions in Qusair, in Homs province.\n\n"
            "The activists said the clashes began before dawn and continued until late in the "
            "evening, with neither side able to claim control of the southern districts.\n\n"
            "The government has not commented on the fighting, which comes as diplomats "
            "prepare for another round of talks."
        ),
    },
    {
        "id": "local-c",
        "outlet": "Local C",
        "url": "https://example.org/local-c/3",
        "published": "2014-03-11",
        "title": "Qusayr council mourns its fighters",
        "text": (
            "Thirty rebels were killed in Qusayr on Sunday in the battle with army troops, "
            "the town council said on Monday, appealing for medical supplies.\n\n"
            "A council member said the wounded were being treated in makeshift clinics "
            "because the town hospital had been damaged in earlier fighting.\n\n"
            "The council said it would publish the names of the dead once families had been "
            "informed."
        ),
    },
    {
        "id": "wire-d",
        "outlet": "Wire A",
        "url": "https://example.org/wire-a/2",
        "published": "2014-03-10",
        "title": "Air strike hits market in Tall Kalakh",
        "text": (
            "An air strike on a market in Tall Kalakh killed 7 civilians on Sunday, the "
            "Syrian Observatory for Human Rights said.\n\n"
            "The monitoring group said warplanes struck the town twice in the morning, and "
            "that the dead included two children.\n\n"
            "Tall Kalakh lies about 35 kilometres north-west of Qusayr, close to the Lebanese "
            "border."
        ),
    },
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    url = (str(tmp_path / "e.db") if request.param == "sqlite"
           else fresh_pg_schema(request.getfixturevalue("pg_url")))
    s = open_store(url)
    yield s
    s.close()


def ingest_reports(store, reports):
    for r in reports:
        art = read_text(r["text"], doc_id=r["id"], published=date.fromisoformat(r["published"]),
                        title=r["title"], url=r["url"], outlet=r["outlet"])
        store.ingest(pipeline.run(art))


def test_seed_gives_the_gold_event(store, shared):
    text = (shared / SEED).read_text(encoding="utf-8")
    gold = json.loads((shared / "gold/000_77144427119faf68.json").read_text())["events"][0]
    art = read_text(text, doc_id="seed", published=date(2013, 5, 20))
    store.ingest(pipeline.run(art))
    (e,) = store.events()
    assert (e["type"], e["sub_type"]) == (gold["acled_like"]["event_type"],
                                          gold["acled_like"]["sub_event_type"])
    k = e["killed"]["by_victims"]
    assert k["Hezbollah"]["best"] == 28 and k["Hezbollah"]["low"] in (20, 28)
    assert (k["rebels"]["low"], k["rebels"]["best"], k["rebels"]["high"]) == (56, 56, 56)
    assert k["civilians"]["best"] == 4
    assert e["killed"]["total"]["best"] == 88
    assert e["wounded"]["by_victims"]["Hezbollah"]["best"] == 71
    assert e["place"]["country"] == "SY" and e["place"]["admin1"] == "Homs"
    assert abs(e["place"]["lat"] - gold["place"]["lat"]) < 0.2
    assert (e["date"]["start"], e["date"]["end"]) == (gold["date"]["start"], gold["date"]["end"])
    assert {"Hezbollah", "rebels"} <= set(e["actors"])
    totals = {t["scope"]: t for t in store.area_totals()}
    assert totals["area_total"]["best"] == 164 and totals["area_total"]["place"]["country"] == "SY"
    assert totals["cumulative"]["low"] == 94001
    assert totals["cumulative"]["date"]["start"] == "2011-03"


def test_three_outlets_are_one_event_and_the_air_strike_another(store):
    ingest_reports(store, REPORTS)
    evs = store.events()
    assert len(evs) == 2
    fight = next(e for e in evs if e["type"] == "Battles")
    strike = next(e for e in evs if e["sub_type"] == "Air/drone strike")
    rebels = fight["killed"]["by_victims"]["rebels"]
    assert (rebels["low"], rebels["best"], rebels["high"]) == (23, 30, 30)
    assert rebels["n_sources"] == 3
    assert fight["articles"] == ["local-c", "radio-b", "wire-a"]
    assert fight["place"]["name"] == "Al Qusayr" and fight["date"]["start"] == "2014-03-09"
    assert strike["killed"]["by_victims"]["civilians"]["best"] == 7
    assert strike["articles"] == ["wire-d"]


def test_order_of_arrival_does_not_change_the_events(store):
    ingest_reports(store, list(reversed(REPORTS)))
    evs = sorted(store.events(), key=lambda e: e["sub_type"])
    assert [(e["sub_type"], e["killed"]["total"]["best"]) for e in evs] == [
        ("Air/drone strike", 7), ("Armed clash", 30)]


def test_reingesting_everything_changes_nothing(store):
    ingest_reports(store, REPORTS)
    before = store.dump()
    ingest_reports(store, REPORTS)
    assert store.dump() == before


def test_a_revised_toll_keeps_the_earlier_figure(store):
    ingest_reports(store, REPORTS[:1])
    later = dict(REPORTS[0], id="wire-a-2", url="https://example.org/wire-a/9",
                 published="2014-03-11",
                 text="The death toll from Sunday's clashes in Al-Qusayr rose to 41 rebels, "
                      "the Syrian Observatory for Human Rights said on Tuesday, as government "
                      "troops pressed their offensive on the town.")
    ingest_reports(store, [later])
    (e,) = store.events()
    r = e["killed"]["by_victims"]["rebels"]
    assert r["best"] == 41
    shown = store.event(e["id"])
    assert [(h["published"], h["best"]) for h in shown["history"]] == [
        ("2014-03-10", 23), ("2014-03-11", 41)]


# --- pure functions -------------------------------------------------------------------------

def fig(best, source, *, group="rebels", low=None, high=None, published="2014-03-10",
        qualifier=Qualifier.EXACT, part_of=None, cid="c1", aid=None):
    return EventFigure(aid or source, cid, Outcome.KILLED, group,
                       best if low is None else low, best, best if high is None else high,
                       source, published, part_of, qualifier)


def test_tally_policy_low_best_high_and_sources():
    (t,) = ev.ucdp_tally([fig(23, "AFP"), fig(28, "VOA"), fig(30, "council", high=35)])
    assert (t.low, t.best, t.high) == (23, 30, 35)
    assert t.sources == ("AFP", "council", "VOA")  # as written, one per source


def test_tally_policy_never_adds_parts():
    (t,) = ev.ucdp_tally([fig(56, "SOHR"), fig(6, "SOHR", part_of="c1", cid="c2")])
    assert t.best == 56 and t.claims == ("SOHR/c1",)


def test_tally_policy_counts_a_source_by_its_latest_report():
    (t,) = ev.ucdp_tally([fig(20, "SOHR", published="2014-03-09", aid="a1"),
                          fig(40, "SOHR", published="2014-03-10", aid="a2"),
                          fig(25, "VOA")])
    assert (t.low, t.best) == (25, 40)


def test_tally_policy_counts_vague_figures_only_alone():
    (t,) = ev.ucdp_tally([fig(24, "AFP", qualifier=Qualifier.VAGUE), fig(12, "VOA")])
    assert (t.low, t.best, t.high) == (12, 12, 12)


def test_total_adds_groups_but_not_unstated_people():
    ts = ev.ucdp_tally([fig(28, "a", group="Hezbollah"), fig(56, "a", group="rebels"),
                        fig(60, "b", group="unknown")])
    assert ev.total(ts, Outcome.KILLED).best == 84
    ts = ev.ucdp_tally([fig(10, "a", group="rebels"), fig(60, "b", group="unknown")])
    assert ev.total(ts, Outcome.KILLED).best == 60


def test_the_policy_is_swappable():
    def lowest(figures):
        return [t.__class__(t.outcome, t.group, t.low, t.low, t.low, t.claims, t.sources,
                            t.articles) for t in ev.ucdp_tally(figures)]

    (t,) = ev.tally([fig(23, "a"), fig(30, "b")], policy=lowest)
    assert t.best == 23


@pytest.mark.parametrize("sentence, expected", [
    ("A suicide car bomber killed 12 people at a checkpoint.", "Suicide bomb"),
    ("An air strike on the village killed 7 civilians.", "Air/drone strike"),
    ("Shelling of the district killed four children.", "Shelling/artillery/missile attack"),
    ("A roadside bomb killed three soldiers.", "Remote explosive/landmine/IED"),
    ("Gunmen kidnapped 20 villagers.", "Abduction/forced disappearance"),
    ("Clashes between rebels and troops left 30 dead.", "Armed clash"),
    ("Gunmen opened fire on worshippers, killing 9.", "Attack"),
    ("Police fired on protesters, killing two.", "Excessive force against protesters"),
])
def test_classify_by_keyword(sentence, expected):
    assert ev.classify([sentence], [], [])[1] == expected


def test_classify_attack_on_fighters_is_a_battle():
    from storekit import claim

    text = "Troops attacked rebel positions, killing 12 rebels."
    c = claim(text, "c1", "12", actor="rebels")
    assert ev.classify([text], [], [c]) == ("Battles", "Armed clash")


def test_place_match_rules():
    q, t = Place(**QUSAYR), Place(**TALKALAKH)
    assert ev.place_match(q, q) == 3
    assert ev.place_match(q, t) == 0
    province = Place("Homs", "SY", QUSAYR["precision"].PROVINCE, admin1="Homs")
    assert ev.place_match(province, q) == 1
    country = Place("Syria", "SY", QUSAYR["precision"].COUNTRY)
    assert ev.place_match(country, q) == 0


def test_battle_and_its_shelling_are_compatible_but_not_a_suicide_bomb():
    from tollbook.model import DatePrecision, DateRange

    d = DateRange("2014-03-09", "2014-03-09", DatePrecision.DAY)
    mk = lambda t, s: Event(t, s, Place(**QUSAYR), d, (), ())  # noqa: E731
    battle = mk("Battles", "Armed clash")
    assert ev.types_compatible(battle, mk("Explosions/Remote violence",
                                          "Shelling/artillery/missile attack"))
    assert not ev.types_compatible(battle, mk("Explosions/Remote violence", "Suicide bomb"))


def test_victim_group_names_the_actor_or_the_type():
    from storekit import claim

    text = "Twelve soldiers and 3 civilians died."
    assert ev.victim_group(claim(text, "c1", "Twelve", value=12, actor="troops")) == "soldiers"
    assert ev.victim_group(claim(text, "c2", "3", vtype=VictimType.CIVILIANS)) == "civilians"


def test_a_province_and_a_town_in_it_told_of_one_incident_are_one_event():
    from datetime import date as _date

    from tollbook import events as ev
    from tollbook import pipeline
    from tollbook.read import read_text
    # the raid's village told by its distance from Maiduguri (Borno), the police in Maiduguri
    text = ("Suspected militants raided a village about 30 km from Maiduguri on Tuesday night, "
            "killing at least 17 villagers, residents said.\n\nPolice spokesman Ibrahim Musa "
            "said eight of the attackers were killed in Maiduguri when soldiers arrived.")
    ex = pipeline.run(read_text(text, published=_date(2024, 3, 13)))
    assert {c.place.precision.value for c in ex.claims} == {"province", "town"}
    events, _ = ev.article_events(ex)
    assert len(events) == 1
