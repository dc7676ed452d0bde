"""Place mentions in text: spans, cues, guards against false positives, real articles."""

from pathlib import Path

import pytest

from tollbook.extract.places import countries_mentioned, find_places, listed, main_place
from tollbook.model import PlacePrecision

SHARED = Path(__file__).resolve().parents[2] / "shared"
ARTICLES = sorted((SHARED / "gold" / "articles").glob("*.txt")) + sorted(
    (SHARED / "seed").glob("*.txt"))


def names(text, **kw):
    return [(p.span.surface, p.name, p.country, p.precision.value)
            for p in find_places(text, **kw)]


@pytest.mark.parametrize("text, surface", [
    ("Fighting raged in Al-Qusayr on Monday.", "Al-Qusayr"),
    ("Fighting raged in al-Qusayr on Monday.", "al-Qusayr"),
    ("Fighting raged in Al Qusayr on Monday.", "Al Qusayr"),
    ("clashes in the town of Qusayr yesterday", "Qusayr"),
    ("Rebels held Qusair for a year.", "Qusair"),
    ("Shelling hit Quseir, Syria, at dawn.", "Quseir"),
    ("battle for Syria's Al-Qusayr", "Al-Qusayr"),
])
def test_al_qusayr_spellings(text, surface):
    town = [p for p in find_places(text, country_hint="SY") if p.country == "SY"
            and p.precision == PlacePrecision.TOWN]
    assert len(town) == 1
    place = town[0]
    assert (place.span.surface, place.name, place.admin1) == (surface, "Al Qusayr", "Homs")
    assert text[place.span.start:place.span.end] == place.span.surface


@pytest.mark.parametrize("text, surface, name, country, precision", [
    ("Three car bombs near Baquba, north of the capital.", "Baquba", "Baqubah", "IQ", "town"),
    ("Gunmen attacked a checkpoint in Baqubah.", "Baqubah", "Baqubah", "IQ", "town"),
    ("A bomb exploded in Mogadishu on Tuesday.", "Mogadishu", "Mogadishu", "SO", "town"),
    ("MOGADISHU (Reuters) - A bomb exploded.", "MOGADISHU", "Mogadishu", "SO", "town"),
    ("The Taliban struck in the northern province of Kunduz.", "Kunduz", "Kunduz", "AF",
     "province"),
    ("Police were killed in western Farah province.", "Farah", "Farah", "AF", "province"),
    ("An attack in Farah, Afghanistan, killed four.", "Farah", "Farah", "AF", "town"),
    ("nearby rebel areas of Homs province", "Homs", "Homs", "SY", "province"),
    ("three villages in the same Borno State.", "Borno", "Borno", "NG", "province"),
    ("clashes in the district of Kunduz", "Kunduz", "Kunduz", "AF", "district"),
    # a Nigerian local government area named after its town
    ("gunmen attacked villages in Mangu Local Government Area of Plateau State", "Mangu",
     "Mangu", "NG", "district"),
    ("Kufana, a village in the Kajuru LGA of Kaduna State", "Kajuru", "Kajuru", "NG",
     "district"),
])
def test_places_with_cues(text, surface, name, country, precision):
    place = next(p for p in find_places(text) if p.span.surface == surface)
    assert (place.span.surface, place.name, place.country, place.precision.value) == (
        surface, name, country, precision)
    assert text[place.span.start:place.span.end] == surface


@pytest.mark.parametrize("text", [
    "The Syrian Observatory for Human Rights said",
    "Police said Monday",
    "President Bashar al-Assad",
    "shopkeeper Farah Hussein said he saw three bodies",
    "the Mogadishu-based African Union force",
    "\"I've never seen so much shelling\"",
    "since the uprising began in March 2011",
    "Posted: Oct 18, 2011 11:30 AM",
    "The pro-regime daily Al-Watan touted the army's progress.",
    "At least 164 people were killed throughout the country on Sunday.",
    "Hezbollah fighters, Lebanese and Syrian, were killed.",
    # an old name of an Indian city, and a word
    "Officers seized marijuana brownies. Drug paraphernalia was also found.",
])
def test_no_place(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text", [
    "suspected Boko Haram fighters attacked Njaba village on Tuesday",
    "the raids on Boulkessy and Mondoro",
    "The blast took place in the busy Kilometer 5 area",
])
def test_places_missing_from_the_data_give_nothing(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text, surface", [
    # a namesake abroad, in a country a text that names its countries never names
    ("A suicide bomber struck Jalalabad in Afghanistan, near the city's Police District 4.",
     "Police"),
    ("The army struck near Arbinda, in Soum province, in northern Burkina Faso.", "Soum"),
])
def test_no_small_namesake_in_a_country_the_text_never_names(text, surface):
    assert surface not in [p.span.surface for p in find_places(text)]


def test_a_note_that_names_no_country_keeps_its_town():
    # only demonyms: the town stays ("Palestinian" names no country by name)
    text = "Clashes broke out in the Rashidiya Palestinian refugee camp in Tyr."
    assert "Tyr" in [p.span.surface for p in find_places(text)]


def test_country_hint_breaks_ties():
    text = "Shelling hit Qusayr."
    assert names(text, country_hint="EG")[0][2] == "EG"
    assert names(text, country_hint="SY")[0][2] == "SY"


def test_countries_mentioned_counts_demonyms():
    text = ("A Syrian assault on Syria's Al-Qusayr drew Lebanese fighters; the Syrian "
            "Observatory counted the dead in Lebanon and Syria.")
    assert countries_mentioned(text) == ["SY", "LB"]


def test_start_end_limit_the_search_but_spans_stay_global():
    text = "Bombs hit Baghdad. Then Mosul was shelled."
    start = text.index("Then")
    places = find_places(text, start=start)
    assert [p.name for p in places] == ["Mosul"]
    assert text[places[0].span.start:places[0].span.end] == "Mosul"


def test_bare_mention_after_province_means_the_province():
    text = "Taliban struck in the province of Kunduz. In Kunduz, they overran a post."
    assert [p.precision.value for p in find_places(text)] == ["province", "province"]


def test_main_place_prefers_the_most_mentioned_town():
    text = "Fighting in Syria. Shelling hit Al-Qusayr and Homs. Al-Qusayr fell."
    assert main_place(text).name == "Al Qusayr"
    assert main_place("Fighting raged across Syria.").precision == PlacePrecision.COUNTRY
    assert main_place("Nothing here.") is None


def test_a_province_told_twice_outweighs_a_town_named_once_outside_it():
    text = ("Taliban overran police posts in the northern province of Faryab. The posts in "
            "Almar district fell at dawn. In the past month, more than 60 police have been "
            "killed in Faryab, and nobody in Kabul is listening.")
    assert main_place(text).name != "Kabul"
    assert main_place(text).admin1 == main_place("the province of Faryab").admin1


@pytest.mark.skipif(not ARTICLES, reason="../shared articles not present")
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_real_articles_spans(path):
    # (speed is measured by make bench, not asserted here)
    text = path.read_text()
    for p in find_places(text):
        assert text[p.span.start:p.span.end] == p.span.surface
        # (a town the gazetteer lacks has a point only when told with a place that has one:
        # "the town of Taji, about 20 km north of Baghdad" has none)
        assert p.country is not None and (p.lat is not None or not listed(p))


EXPECTED = {  # what each real article's main place and place set must be
    "000_77144427119faf68": ("Al Qusayr", {"Al Qusayr", "Syria", "Homs", "Damascus"}),
    # (Taji and Njaba: towns the gazetteer lacks, named by "the town of Taji", "Njaba
    # village")
    "iraq-wave-of-attacks-2012": ("Baghdad", {"Iraq", "Baghdad", "Baqubah", "Al-Kut", "Mosul",
                                              "At Tarmiyah", "Taji"}),
    "somalia-mogadishu-km5-2011": ("Mogadishu", {"Mogadishu", "Turkey"}),
    "mali-boulkessy-mondoro-2019": ("Bamako", {"Mali", "Burkina Faso", "Bamako"}),
    "nigeria-njaba-boko-haram-2015": (None, {"Nigeria", "Borno", "Maiduguri", "Biu", "Damboa",
                                             "Njaba"}),
    "afghanistan-kunduz-farah-2018": (None, {"Afghanistan", "Kunduz", "Farah", "Nangarhar",
                                             "Balkh", "Kabul", "Brussels"}),
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_real_articles_places(stem):
    path = next((p for p in ARTICLES if p.stem == stem), None)
    if path is None:
        pytest.skip(f"{stem}.txt not present under ../shared")
    text = path.read_text()
    main, expected = EXPECTED[stem]
    places = find_places(text)
    assert {p.name for p in places} <= expected | {"United Arab Emirates", "France",
                                                    "United States", "Russia"}
    assert {p.name for p in places} >= {n for n in expected if n != "Brussels"}
    if main:
        assert main_place(text, places).name == main


@pytest.mark.parametrize("text, names", [
    # a town below 15,000 people counts where the text says it is a place...
    ("Gunmen attacked a checkpoint in Tarmiyah, north of Baghdad, killing two soldiers.",
     {"At Tarmiyah", "Baghdad"}),
    # ...not when a word of that name stands alone (Arab, Alabama; Police, Poland)
    ("Arab states condemned the attack, the police said.", set()),
])
def test_small_towns_need_a_cue(text, names):
    assert {p.name for p in find_places(text)} == names


def test_a_figure_after_a_list_of_places_is_the_lists():
    from datetime import date

    from tollbook import pipeline
    from tollbook.read import read_text
    text = ("The fighting was heaviest in Baghdad and the surrounding areas of Taji, Madain "
            "and Tarmiyah, where 25 people were killed and 59 wounded.")
    ex = pipeline.run(read_text(text, published=date(2012, 9, 10)))
    assert {c.place.name for c in ex.claims} == {"Baghdad"}


@pytest.mark.parametrize("text, surface, name, country", [
    ("Two men were shot dead in Playa del Carmen on Sunday.", "Playa del Carmen",
     "Playa del Carmen", "MX"),
    ("A bomb exploded in Dar es Salaam.", "Dar es Salaam", "Dar es Salaam", "TZ"),
    ("Police clashed with residents in Recanto das Emas.", "Recanto das Emas",
     "Recanto das Emas", "BR"),
    # the full official name of a town known by its head
    ("Gunmen attacked a bus in Apatzingan de la Constitucion, Michoacan.",
     "Apatzingan de la Constitucion", "Apatzingan", "MX"),
])
def test_a_name_with_a_lower_case_particle_is_read_whole(text, surface, name, country):
    place = find_places(text)[0]
    assert (place.span.surface, place.name, place.country) == (surface, name, country)


def test_a_particle_joins_only_a_name_the_gazetteer_knows_whole():
    # "Gao de Bamako" is no place: both halves stay places of their own
    assert [p.name for p in find_places("Clashes in Gao de Bamako left five dead.")] == \
        ["Gao", "Bamako"]


@pytest.mark.parametrize("text, name", [
    ("DAYTON, Ohio \u2014 Two men were killed outside a bar, police said.", "Dayton"),
    ("MAIDUGURI, Nigeria (AP) \u2014 Insurgents killed 23 people.", "Maiduguri"),
])
def test_a_dateline_city_before_its_state_or_country(text, name):
    assert find_places(text)[0].name == name


@pytest.mark.parametrize("text, name, country", [
    ("A bomb hit a police compound in Zabul province.", "Zabul", "AF"),
    ("Clashes erupted in Wardak province.", "Wardak", "AF"),
    ("Fighting in Uruzgan province left five dead.", "Uruzgan", "AF"),
    ("Forces in Al Mahrah governorate arrested a man.", "Mahrah", "YE"),
    ("Al Shabaab fighters attacked a base in Bakool region.", "Bakool", "SO"),
])
def test_provinces_of_the_admin1_table(text, name, country):
    place = find_places(text)[0]
    assert (place.name, place.country, place.precision) == (name, country,
                                                            PlacePrecision.PROVINCE)


@pytest.mark.parametrize("text, name, country", [
    # a province of millions before a village namesake in a country the text never names
    ("A car bomb killed five people in Basra on Monday.", "Basrah", "IQ"),
    ("Soldiers killed 12 insurgents in Borno.", "Borno", "NG"),
    # a city of a million in the less named of two named countries before its namesake
    ("Russian shelling killed three civilians in Donetsk, Ukrainian officials said, "
     "as Russian forces pressed on.", "Donetsk", "UA"),
])
def test_the_namesake_of_the_bigger_place_wins(text, name, country):
    place = find_places(text)[0]
    assert (place.name, place.country) == (name, country)


def test_a_foreign_spelling_of_a_city_abroad_is_no_place_of_a_text_in_another_country():
    # "Rim" is a Czech name of Rome
    text = "Police recovered 31 corpses from Jol, Kwi and Rim in Plateau State, Nigeria."
    assert all(p.country == "NG" for p in find_places(text))


@pytest.mark.parametrize("text, name, country", [
    ("Forces clashed in Hays city (Al Hudaydah).", "Hays", "YE"),
    ("Gunmen attacked a base near Afgooye (Lower Shabelle).", "Afgooye", "SO"),
])
def test_the_division_after_a_town_says_whose_town_it_is(text, name, country):
    place = find_places(text)[0]
    assert (place.span.surface.split()[0], place.country) == (name, country)


@pytest.mark.parametrize("text, name, country", [
    ("In Valparaiso, Zacatecas, armed men clashed with police.", "Valparaiso", "MX"),
    ("Two men were shot in El Salto, Jalisco.", "El Salto", "MX"),
    ("A man was shot dead in Corumba, Mato Grosso do Sul.", "Corumba", "BR"),
])
def test_mexican_and_brazilian_states_say_whose_town_it_is(text, name, country):
    place = find_places(text)[0]
    assert (place.span.surface, place.country) == (name, country)


def test_a_namesake_abroad_of_a_town_its_brackets_place_elsewhere_is_no_place():
    # "Mandoli (Bandiagara, Mopti)": Mopti is Malian, so a Mandoli abroad is not it, and
    # the first place of the brackets stands for it
    found = find_places("Militants attacked the gendarmerie station in Mandoli (Bandiagara, "
                        "Mopti), killing one civilian.")
    assert found[0].name == "Bandiagara" and found[0].country == "ML"


@pytest.mark.parametrize("text, country", [
    # "Sud-Ouest" is a region of Cameroon and of Burkina Faso: no country from it alone
    ("Separatists killed a soldier in Mamfe town (Manyu, Sud-Ouest).", "CM"),
    # the Ugandan namesake across the border is not the Congolese locality
    ("Soldiers clashed with armed men in Rubare locality (Rutshuru, Nord-Kivu).", "CD"),
])
def test_divisions_in_brackets_after_a_locality(text, country):
    assert find_places(text)[0].country == country


def test_an_apostrophe_before_one_letter_stays_inside_the_name():
    # "Dar'a" is Daraa, not "Dar" (a namesake in Cambodia); "Syria's" is still Syria
    found = [(p.span.surface, p.country) for p in find_places(
        "Regime forces shelled the Tafas front in Dar'a on Syria's southern border.")]
    assert ("Dar'a", "SY") in found and ("Syria", "SY") in found
    assert not any(surface == "Dar" for surface, _ in found)


@pytest.mark.parametrize("text, country", [
    ("Coalition airstrikes hit Houthi positions in Ad Dali.", "YE"),  # not the Chinese Dali
    ("A gunman opened fire in El Paso, Texas.", "US"),  # no Arabic namesake: unchanged
])
def test_a_name_with_an_arabic_article_is_an_arabic_place(text, country):
    assert find_places(text)[0].country == country


@pytest.mark.parametrize("text, name, surface", [
    ("A bomber struck a checkpoint in Somalia's capital on Saturday.", "Mogadishu",
     "Somalia's capital"),
    ("Gunmen attacked a hotel in the Afghan capital.", "Kabul", "the Afghan capital"),
])
def test_a_countrys_capital_is_its_capital_city(text, name, surface):
    place = find_places(text)[0]
    assert (place.name, place.span.surface, place.precision) == (name, surface,
                                                                 PlacePrecision.TOWN)


@pytest.mark.parametrize("text, surface, country, precision", [
    ("Gunmen killed two civilians in the Democratic Republic of the Congo.",
     "Democratic Republic of the Congo", "CD", "country"),
    ("Gunmen killed two civilians in the Republic of the Congo.", "Republic of the Congo",
     "CG", "country"),
    ("Gunmen killed two civilians in DR Congo.", "DR Congo", "CD", "country"),
    ("Gunmen killed two civilians in Cote d'Ivoire.", "Cote d'Ivoire", "CI", "country"),
    ("Gunmen killed two people in Bosnia and Herzegovina.", "Bosnia and Herzegovina", "BA",
     "country"),
    ("Gunmen killed two pilgrims in Reasi, Jammu and Kashmir, India.", "Jammu and Kashmir",
     "IN", "province"),
])
def test_names_with_lower_case_words_inside(text, surface, country, precision):
    assert (surface, country, precision) in [(s, c, p) for s, _, c, p in names(text)]


def test_names_joined_by_and_stay_apart_when_unknown_whole():
    assert [s for s, *_ in names("Gunmen killed two people in Homs and Hama.")] == \
        ["Homs", "Hama"]


def test_an_acronyms_case_is_no_place():
    assert names("Wagner and FAMa forces executed 12 civilians.") == []


@pytest.mark.parametrize("text, unwanted", [
    ("Gunmen killed 20 soldiers in an ambush near Boni in central Mali on Sunday.", "DE"),
    ("KANO, Nigeria (AP) - Gunmen abducted 287 pupils from a school in the town of Kuriga "
     "in Kaduna state on Thursday.", "MA"),
])
def test_another_languages_name_for_a_town_abroad_is_not_it(text, unwanted):
    assert unwanted not in [c for _, _, c, _ in names(text)]


@pytest.mark.parametrize("text", [
    "Police found a man shot dead near Fifth and Market streets on Sunday.",
    "Police found a man shot dead near Main and Market streets on Sunday.",
])
def test_street_names_are_no_towns(text):
    assert names(text) == []


@pytest.mark.parametrize("text, name, country", [
    # an apposition, "city", or a verb only places take says a bare name is a town
    ("Fighters stormed Baidoa, a town in the Bay region, on Tuesday.", "Baidoa", "SO"),
    ("Fighters attacked Beni, a city in North Kivu province.", "Beni", "CD"),
    ("Fighters attacked Kunduz city on Monday.", "Kunduz", "AF"),
    ("Rebels shelled Beni on Tuesday.", "Beni", "CD"),
])
def test_words_around_a_name_say_it_is_a_town(text, name, country):
    towns = [p for p in find_places(text) if p.precision == PlacePrecision.TOWN]
    assert [(p.name, p.country) for p in towns][:1] == [(name, country)]


@pytest.mark.parametrize("text, unwanted, country", [
    # the country the words around a name say it is in rules out a namesake abroad
    ("Dozens were killed in an attack on the town of Palma in northern Mozambique.", "ES",
     "MZ"),
    ("Gunmen killed 79 civilians in Burkina Faso's Seno province on Saturday.", "ES", "BF"),
    ("Russian strikes killed four civilians in the eastern Ukrainian region of Donetsk.",
     "RU", "UA"),
])
def test_the_country_around_a_name(text, unwanted, country):
    found = find_places(text)
    assert all(p.country != unwanted for p in found)
    assert any(p.country == country for p in found)


def test_a_division_named_says_which_country_the_text_is_in():
    # (a town of under 200,000 with no cue word counts only in a country of the text)
    text = "Gunmen attacked Tera on Sunday. Attacks in the Tillaberi region killed 60 civilians."
    assert [(p.name, p.country) for p in find_places(text)] == [("Tera", "NE"),
                                                                 ("Tillaberi", "NE")]


@pytest.mark.parametrize("text, unwanted", [
    # another language's name for a city abroad is not it when the text's divisions are
    # another country's, however big the city
    ("Gunmen attacked Rim village, Riyom local government area, Plateau state, Nigeria.",
     "IT"),
    ("Militants ambushed a convoy between Boni and Hombori (Douentza, Mopti).", "DE"),
    # a state told with its capital S, as Nigerian papers write it
    ("The Plateau State Police Command said eight bodies had been recovered from Rim village "
     "in Riyom.", "IT"),
])
def test_a_name_abroad_beside_another_countrys_divisions(text, unwanted):
    assert all(p.country != unwanted for p in find_places(text))


@pytest.mark.parametrize("text, name, country", [
    # Chin State and ACLED's spelling "Idleb": divisions in the table now
    ("On 2 May 2021, a civilian was killed in Mindat (Chin).", "Chin", "MM"),
    ("On 2 May 2020, shelling killed 4 civilians in Kansafra (Idleb).", "Idlib", "SY"),
])
def test_divisions_in_brackets_place_a_village_the_index_lacks(text, name, country):
    from datetime import date

    from tollbook import pipeline
    from tollbook.read import read_text
    ex = pipeline.run(read_text(text, published=date(2021, 5, 3)))
    # (the province, or its capital of the same name: both the same point)
    assert [(c.place.name, c.place.country) for c in ex.claims] == [(name, country)]
    assert ex.claims[0].place.precision in (PlacePrecision.PROVINCE, PlacePrecision.TOWN)


def test_a_town_named_sheikh_after_a_locative_is_a_town():
    # "Sheikh" opens a person's name ("Sheikh Hasina said"), but "in Sheikh Zuweid" is a town
    ps = find_places("Gunmen killed four soldiers in Sheikh Zuweid, 30 km east of "
                            "Arish.")
    assert [p.country for p in ps][:1] == ["EG"] and "Zuwayd" in ps[0].name
    assert find_places("Sheikh Hasina said the army would act.") == []


def test_an_outlet_is_no_place():
    ps = find_places("A member of a resistance committee, who spoke to Al Jazeera by "
                            "phone, said 31 people were buried in Omdurman.")
    assert [p.name for p in ps] == ["Omdurman"]


@pytest.mark.parametrize("text, name, country", [
    # an abbreviated Saint, Fort or Mount is part of the name
    ("A man was found shot to death in north St. Louis, police said.", "St. Louis", "US"),
    ("He was shot in Ft. Lauderdale on Friday.", "Fort Lauderdale", "US"),
    # a dateline city's country is the text's, when the text names none
    ("CHICAGO - A man was shot and killed Friday night in Chatham, police said.", "Chatham",
     "US"),
])
def test_saints_forts_and_the_country_of_a_dateline(text, name, country):
    ps = find_places(text)
    assert (ps[-1].name, ps[-1].country) == (name, country)


def test_a_text_naming_no_country_takes_its_towns_country_for_namesakes():
    # "Bambui" is known only as a Brazilian town; beside Bamenda and Kumba it is none
    ps = find_places("Separatists killed two soldiers in Bamenda on Monday. Another attack "
                     "in Kumba killed a policeman. In Bambui, gunmen abducted a teacher.")
    assert [(p.name, p.country) for p in ps] == [("Bamenda", "CM"), ("Kumba", "CM")]


@pytest.mark.parametrize("text, places", [
    # a US state after a dateline town says which town, and that the text is American
    ("PEORIA, Ill. - A man was shot dead.", [("Peoria", "Illinois")]),
    ("MONTGOMERY, Ala. (AP) - A boy was shot. He was flown to Children's of Alabama in "
     "Birmingham.", [("Montgomery", "Alabama"), ("Birmingham", "Alabama")]),
    # the state's abbreviation is no place of its own; an institution's name holds none
    ("FLINT TOWNSHIP, MI - Two people are dead.", []),
    ("He was taken to University of Mississippi Medical Center in Jackson.",
     [("Jackson", "Mississippi")]),
])
def test_us_states_after_towns_and_institutions_named_after_places(text, places):
    assert [(p.name, p.admin1) for p in find_places(text)] == places


@pytest.mark.parametrize("text, name, country", [
    # a hyphenated name whose inner particle has three letters
    ("Gunmen abducted seven people in Croix-des-Bouquets on Monday.", "Croix-des-Bouquets",
     "HT"),
    ("Two men were shot dead in Croix-des-Bouquets, northeast of the capital.",
     "Croix-des-Bouquets", "HT"),
])
def test_hyphenated_names_with_longer_particles(text, name, country):
    assert [(p.name, p.country) for p in find_places(text)] == [(name, country)]


def test_a_text_naming_only_a_neighbour_keeps_its_own_countrys_small_towns():
    text = ("BOGOTA - Clashes in the Catatumbo region of Norte de Santander have left 38 dead, "
            "officials said. Two soldiers were killed in the rural area of El Tarra, and seven "
            "rebels were captured in Hacari. The region borders Venezuela.")
    names = [(p.name, p.country) for p in find_places(text)]
    assert ("El Tarra", "CO") in names and ("Hacari", "CO") in names, names


@pytest.mark.parametrize("text, place", [
    ("Air strikes killed 14 Palestinians across the Gaza Strip on Monday.",
     ("Gaza Strip", "PS", "province")),
    ("Troops arrested 27 Palestinians across the occupied West Bank overnight.",
     ("West Bank", "PS", "province")),
    ("A strike in Gaza City killed five people.", ("Gaza", "PS", "town")),
])
def test_the_palestinian_territories_divisions_are_provinces(text, place):
    assert [(p.name, p.country, p.precision.value) for p in find_places(text)] == [place]


@pytest.mark.parametrize("text", [
    "JACKSONVILLE, Fla. - He was shot in the 1200 block of West 45th Street.",
    "MILWAUKEE - Three people were shot near North 24th Street.",
])
def test_a_direction_before_a_numbered_street_is_no_town(text):
    assert [p.precision.value for p in find_places(text)] == ["town"]  # the dateline only


@pytest.mark.parametrize("text, place", [
    ("Ukrainian shelling wounded three people in Russia's Kursk region.", ("RU", "province")),
    ("Gunmen killed two soldiers in Indonesia's Papua province.", ("ID", "province")),
    ("A bomb killed a ranger in Narathiwat province in Thailand.", ("TH", "province")),
    ("Three police officers were killed in Dagestan, Russia.", ("RU", "province")),
])
def test_divisions_of_more_conflict_countries(text, place):
    assert place in [(p.country, p.precision.value) for p in find_places(text)]


@pytest.mark.parametrize("text, want", [
    # a town of another state far from the home city is its state's namesake ...
    ("BIRMINGHAM, Ala. - A man was shot in Ensley. Another was wounded in Fairfield.",
     [("BIRMINGHAM", "Birmingham", "Alabama"), ("Ensley", "Birmingham", "Alabama"),
      ("Fairfield", "Fairfield", "Alabama")]),
    # ... or a quarter of the home city, which it stands for
    ("PITTSBURGH - A man was shot in Homewood, police said.",
     [("PITTSBURGH", "Pittsburgh", "Pennsylvania"), ("Homewood", "Pittsburgh", "Pennsylvania")]),
    # a state told after the town, or a big city, keeps its own
    ("PITTSBURGH - The suspect was arrested in Homewood, Ala., and in Dallas.",
     [("PITTSBURGH", "Pittsburgh", "Pennsylvania"), ("Homewood", "Homewood", "Alabama"),
      ("Dallas", "Dallas", "Texas")]),
])
def test_a_us_storys_towns_are_in_its_home_citys_state(text, want):
    assert [(p.span.surface, p.name, p.admin1) for p in find_places(text)] == want


@pytest.mark.parametrize("text", [
    "CHICAGO - A man was killed in the Austin neighborhood on the West Side.",
    "CHICAGO - A man was killed on the Far South Side.",
    "JACKSONVILLE, Fla. - A woman was shot dead in their Arlington home.",
])
def test_a_citys_quarters_and_sides_are_no_towns_elsewhere(text):
    assert [p.name for p in find_places(text)] in (["Chicago"], ["Jacksonville"])


@pytest.mark.parametrize("text", [
    "Air strikes by Russia killed 23 civilians in Idlib on Sunday.",
    "Air strikes by Syrian regime ally Russia killed 23 civilians in Idlib on Sunday.",
])
def test_a_country_acting_does_not_hide_the_town_where_it_acted(text):
    assert ("Idlib", "SY") in [(p.name, p.country) for p in find_places(text)]


def test_an_indian_subdivision_is_its_town_not_a_quarter():
    assert [p.name for p in find_places("He was shot in Samana subdivision of Patiala "
                                        "district (Punjab).")][:1] == ["Samana"]


def test_a_label_line_above_the_dateline_does_not_hide_it():
    text = ("BREAKING - developing story\nBIRMINGHAM, Ala. (WBRC) - Birmingham police are "
            "investigating two shootings in Ensley and the West End.")
    assert {(p.name, p.country) for p in find_places(text)} == {("Birmingham", "US")}


def test_a_small_town_abroad_in_a_us_story_is_a_quarter_of_its_city():
    text = ("MEMPHIS, Tenn. - A clerk was fatally shot during a robbery in Whitehaven late "
            "Saturday, Memphis police said.")
    assert {(p.name, p.admin1) for p in find_places(text)} == {("Memphis", "Tennessee")}


@pytest.mark.parametrize("text, expected", [
    # no Rosales in Chihuahua is known (only Sonora's): the state the text names
    ("On 28 April 2020, in Rosales, Chihuahua, armed men clashed with police officers.",
     [("Chihuahua", "Chihuahua", "MX", "province")]),
    ("On 3 May 2020, in Benito Juarez, Nuevo Leon, two men were shot.",
     [("Nuevo Leon", "Nuevo Leon", "MX", "province")]),
    # a known town in the division named stays the town
    ("On 8 May 2020, in Corumba, Mato Grosso do Sul, a man was injured.",
     [("Corumba", "Corumba", "BR", "town"), ("Mato Grosso do Sul", "Mato Grosso do Sul", "BR",
                                             "province")]),
])
def test_a_town_the_gazetteer_lacks_in_the_division_named_is_that_division(text, expected):
    assert names(text) == expected


def test_a_countryside_names_the_province_and_its_country():
    # "Aleppo countryside": Syria's Sharan, not Russia's bigger namesake
    found = names("A man's body was found in Sharan area in Aleppo countryside.")
    assert found[0][1:3] == ("Sharan", "SY")


def test_a_town_of_a_country_named_beside_another_country_is_kept():
    # (the rule against a foreign-language namesake beside another country stays: the town's
    # own country is named too)
    text = ("Gunmen opened fire on a patrol near Leposavic, a Serb-majority town in northern "
            "Kosovo close to the border with Serbia.")
    assert ("Leposavic", "XK") in [(p.span.surface, p.country) for p in find_places(text)]


def test_a_spelling_variant_of_a_town_of_unknown_division_is_not_the_divisions_town():
    # "Kamianka" is a loose spelling of Kamyanka (Cherkasy; the index does not know its
    # division): beside "Donetsk", the village is Donetsk's, not a town 400 km west
    from datetime import date

    from tollbook import pipeline
    from tollbook.read import read_text
    ex = pipeline.run(read_text(
        "On 8 May 2020, rebel forces fired mortars at the governmental positions near "
        "Kamianka, Donetsk. Four Ukrainian soldiers were wounded.", published=date(2020, 5, 9)))
    (c,) = ex.claims
    assert c.place.country == "UA" and c.place.lon > 36.5  # Donetsk oblast, east of 36.5


@pytest.mark.parametrize("text, name", [
    # Kenya's and Liberia's counties are their first divisions, named for their towns
    ("militants attacked a school in Elwak, Mandera County, on Tuesday", "Mandera"),
    ("A man was shot dead in Garissa County.", "Garissa"),
    # a US county is no town of its name
    ("A man was shot dead in Cook County.", None),
])
def test_a_county_named_for_its_town(text, name):
    got = [p for p in find_places(text) if p.name == name] if name else find_places(text)
    if name is None:
        assert got == []
    else:
        assert got and got[0].precision == PlacePrecision.PROVINCE
