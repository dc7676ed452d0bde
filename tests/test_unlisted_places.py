"""Towns and districts the gazetteer lacks, named by the words beside them ("Sagaing Region's
Ayadaw Township", "the village of Mbokam"): their name is the text's, their country and point
the places they are told with."""
from __future__ import annotations

from datetime import date

import pytest

from tollbook import events, export, pipeline
from tollbook.extract.places import find_places, listed, main_place
from tollbook.model import PlacePrecision
from tollbook.read.text import read_text
from tollbook.store import open_store


def unlisted(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(p.span.surface, p.country, p.precision.value, p.admin1)
            for p in find_places(text) if not listed(p)]


@pytest.mark.parametrize("text, want", [
    ("A military jet bombed a monastery in Sagaing Region's Ayadaw Township on Monday, "
     "Myanmar's opposition said.", [("Ayadaw", "MM", "district", "Sagaing")]),
    ("Militants stormed the village of Mbokam in Cameroon's North-West region.",
     [("Mbokam", "CM", "town", "North-West")]),
    ("Gunmen killed 12 people at a church in Tougouri in northern Burkina Faso.",
     [("Tougouri", "BF", "town", None)]),
    ("Terrorists attacked a check post in the Spinwam area of North Waziristan, Pakistan's "
     "army said from Peshawar.", [("Spinwam", "PK", "town", "Khyber Pakhtunkhwa")]),
    # a division it lies in, or what it is, set beside it
    ("Gunmen fired at villagers near Kangchup, on the edge of Imphal West district, Manipur "
     "police said.", [("Kangchup", "IN", "town", "Manipur")]),
    ("The attack took place near Yusmarg, a hill resort about 47 kilometres southwest of "
     "Srinagar, India.", [("Yusmarg", "IN", "town", "Jammu and Kashmir")]),
])
def test_a_place_the_gazetteer_lacks_is_named_by_the_text(text, want):
    assert unlisted(text) == want


@pytest.mark.parametrize("text", [
    # a word that says whose town the next one is
    "Gunmen attacked a checkpoint on the outskirts of the Chechen town of Gudermes, Russia.",
    # streets, and the phrases a region is known by
    "Police killed three men near the Holmes Road area in Houston.",
    "Floods hit the Bay area of Somalia and the Green Zone area of Baghdad.",
    # a US story's counties and neighbourhoods: the gazetteer lacks them by the thousand
    "A deputy was shot in Athens-Clarke County, Georgia, on Friday.",
    # no place named near it and none named in the text: no country to give it
    "Gunmen raided the village of Mbokam at dawn.",
])
def test_no_unlisted_place(text):
    assert unlisted(text) == []


def test_the_point_is_the_place_it_is_told_with():
    place = next(p for p in find_places(
        "Militants stormed the village of Mbokam in Cameroon's North-West region.")
        if p.name == "Mbokam")
    province = next(p for p in find_places("fighting in Cameroon's North-West region")
                    if p.precision == PlacePrecision.PROVINCE)
    assert place.geonameid is None
    assert (place.lat, place.lon) == (province.lat, province.lon)


def test_a_city_told_a_distance_from_lends_no_point():
    place, = (p for p in find_places(
        "Gunmen attacked Badigam village, about 55 km south of Srinagar, killing two soldiers.")
        if not listed(p))
    assert (place.name, place.country, place.admin1) == ("Badigam", "IN", "Jammu and Kashmir")
    assert place.lat is None


def test_a_village_alone_is_no_story_main_place():
    text = ("SINJAR, Iraq (Reuters) - Forensic teams exhumed a mass grave near the village of "
            "Hardan, recovering the remains of 41 people. Sinjar district officials said the "
            "work in Sinjar would go on.")
    assert main_place(text).name == "Sinjar"


def test_a_claim_takes_the_village_it_happened_in():
    ex = pipeline.run(read_text(
        "YANGON (AFP) - A military jet bombed a monastery in Sagaing Region's Ayadaw Township "
        "on Monday, killing 12 people, the opposition said.", published=date(2024, 3, 10)))
    c, = ex.claims
    assert (c.place.name, c.place.country, c.place.span.surface) == ("Ayadaw", "MM", "Ayadaw")


def test_reports_of_one_unlisted_village_are_one_place():
    a, b = (next(p for p in find_places(t) if p.name == "Mbokam") for t in (
        "Militants stormed the village of Mbokam in Cameroon's North-West region.",
        "Troops returned to the village of Mbokam near Bamenda, Cameroon."))
    assert events.place_match(a, b) == 2


def test_the_store_and_geojson_keep_an_unlisted_place_with_its_point(tmp_path):
    ex = pipeline.run(read_text(
        "Gunmen killed five people in the village of Mbokam in Cameroon's North-West region "
        "on Sunday, the army said.", published=date(2024, 3, 10)))
    store = open_store(str(tmp_path / "t.db"))
    try:
        store.ingest(ex)
        feats = export.geojson(store.events())["features"]
    finally:
        store.close()
    assert [(f["properties"]["place"], f["properties"]["country"]) for f in feats] == [
        ("Mbokam", "CM")]


def test_a_hospital_s_district_is_no_place_of_the_hurt():
    assert unlisted("The wounded men were taken to Rueso Hospital and later transferred to "
                    "Narathiwat Ratchanakharin Hospital in Muang district, Thailand.") == []


@pytest.mark.parametrize("text, want", [
    # a toll that large, its sentence naming no place: the country's, not the story's town
    ("RABINAL, Guatemala (AFP) - Forensic teams exhumed 12 bodies in Rabinal on Monday. An "
     "estimated 45,000 people were forcibly disappeared during the war, rights groups say.",
     "Guatemala"),
    # (a place it names, even one the gazetteer cannot read, or "the city", stays)
    ("GOMA, Congo (Reuters) - Rebels entered Goma on Monday. The UN said more than 2,000 "
     "people had been killed in the city.", "Goma"),
])
def test_a_nationwide_toll_is_the_country_s(text, want):
    ex = pipeline.run(read_text(text, published=date(2024, 3, 10)))
    assert ex.claims[-1].place.name == want


def test_a_locality_is_a_town_and_an_lga_a_district():
    assert unlisted("Militiamen raided Tchanichani locality in Beni territory, Nord-Kivu, "
                    "Congo.")[0][2] == "town"
    assert unlisted("Bandits attacked villages in Chikun Local Government Area of Kaduna "
                    "State, Nigeria.")[0][2] == "district"
