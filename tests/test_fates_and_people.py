"""Fates told by the wording of South Asian, West African and protest reporting, and people
counted once: the readings session 27's held-out sets (h83-h88) found wanting."""
from __future__ import annotations

from datetime import date

import pytest

from tollbook import pipeline
from tollbook.model import Outcome
from tollbook.read.text import read_text

PUB = date(2024, 5, 15)


def run(text: str, published: date = PUB):
    return pipeline.run(read_text(text, published=published))


def fates(text: str) -> list[tuple[Outcome, int]]:
    """Each claim's outcome and best figure, in order."""
    return [(c.outcome, c.figure.best) for c in run(text).claims]


def figures(text: str) -> list[tuple[str, int, str | None]]:
    ex = run(text)
    return sorted((c.outcome.value, c.figure.best, c.part_of) for c in ex.claims)


@pytest.mark.parametrize("text", [
    "Every one of these deaths was preventable, the IOM said.",
    "Police said efforts are on to arrest the perpetrators.",
])
def test_no_one_counted(text):
    assert run(text).claims == ()


def test_whose_they_are_is_no_one_more():
    ex = run("He said two suspected informants of the bandits had been arrested.")
    assert [(c.outcome, c.figure.best) for c in ex.claims] == [(Outcome.ARRESTED, 2)]


def test_people_rescued_are_no_part_of_those_arrested_before_them():
    ex = run("The coast guard said on Monday it had arrested five suspected human traffickers "
             "and rescued 42 Rohingya, including 16 women, from a trawler off Teknaf.")
    assert [(c.outcome, c.figure.best) for c in ex.claims] == [(Outcome.ARRESTED, 5)]


def test_whisked_away_is_abducted():
    ex = run("Gunmen stormed the school on Sunday, whisking away 35 students and two teachers, "
             "police said.")
    assert ex.totals[Outcome.ABDUCTED].best == 37


def test_a_cook_is_a_person():
    ex = run("A security guard at the school gate was shot dead during the attack, and a cook "
             "was injured, police said.")
    assert ex.totals[Outcome.WOUNDED].best == 1


def test_a_man_and_his_son_of_an_age_are_two():
    ex = run("A landmine killed a shepherd and his 12-year-old son near Idlib on Tuesday.")
    assert ex.totals[Outcome.KILLED].best == 2


def test_the_injured_who_succumbed_are_dead():
    ex = run("Police said two more injured policemen succumbed to their wounds on Monday.")
    assert [(c.outcome, c.figure.best) for c in ex.claims] == [(Outcome.KILLED, 2)]
    assert ex.claims[0].victims.actor == "police"
    assert Outcome.WOUNDED not in ex.totals


def test_a_dead_mans_wound_wounds_no_one_more():
    ex = run("It said one soldier, who had been critically injured, later attained martyrdom.")
    assert ex.totals == {Outcome.KILLED: ex.totals[Outcome.KILLED]}
    assert ex.totals[Outcome.KILLED].best == 1


def test_brought_dead_is_dead():
    ex = run("Six people were brought dead to the Kenyatta National Hospital, a doctor said.")
    assert [(c.outcome, c.figure.best) for c in ex.claims] == [(Outcome.KILLED, 6)]


def test_people_treated_some_with_gunshot_wounds_are_the_hurt():
    assert figures("The association said its volunteers had treated 160 people in Nairobi "
                   "alone, including 31 with gunshot wounds.") == [
        ("wounded", 31, "c1"), ("wounded", 160, None)]


def test_patients_treated_for_an_illness_are_not_hurt():
    # (a guard: the wound words must be there)
    assert run("The clinic treated 40 patients, including 12 children with malaria.").claims == ()


def test_towns_of_one_country_choose_its_namesakes_over_the_attackers_country():
    # the attacker's country named most ("Russian"), every town in Ukraine
    ex = run("Russian attacks kill 4 in Donetsk Oblast\n\nRussian attacks killed four civilians "
             "in Donetsk Oblast over the past day, Governor Vadym Filashkin said on Wednesday. "
             "Two people were killed in Kurakhove, one in Pokrovsk and one in Hrodivka. Russian "
             "troops are pressing on Myrnohrad, and Russian drones struck Kupiansk. Russia has "
             "not commented.", date(2024, 11, 20))
    pokrovsk = next(c for c in ex.claims if c.place is not None and c.place.name == "Pokrovsk")
    assert pokrovsk.place.country == "UA"


def test_a_colon_dateline_names_the_storys_town():
    # a Pakistani daily's "PARACHINAR:", in a story that names only Afghanistan as a country
    ex = run("PARACHINAR: The death toll in the tribal clashes climbed to 27 on Sunday, "
             "officials said. A doctor at the hospital in Parachinar said several of the "
             "injured had been referred to Peshawar. Some families fled towards the border "
             "with Afghanistan.", date(2023, 10, 9))
    (c,) = [c for c in ex.claims if c.figure.best == 27]
    assert (c.place.name, c.place.country) == ("Parachinar", "PK")


def test_a_releases_dateline_is_where_it_was_issued():
    ex = run("Mozambique: Post-Election Crackdown\n\n(Johannesburg, November 8, 2024) - "
             "Mozambican police have used lethal force against people protesting the results "
             "of the elections, killing at least 30 people since October 21, Human Rights Watch "
             "said today. Witnesses said police shot dead three people in Maputo on Thursday.",
             date(2024, 11, 8))
    (c,) = [c for c in ex.claims if c.figure.best == 30]
    assert c.place.country == "MZ"


@pytest.mark.parametrize("text, outcome, n, vtype", [
    ("Pirates boarded the tanker off Togo and kidnapped 10 of its 18 crew members, the "
     "shipping company said.", Outcome.ABDUCTED, 10, "civilians"),
    ("Pirates seized 12 sailors from a cargo ship.", Outcome.ABDUCTED, 12, "civilians"),
    ("Gunmen killed two midwives and a lecturer of the university.", Outcome.KILLED, 2,
     "civilians"),
    # (a guard: a navy's sailors are still its men)
    ("Three sailors were killed when the navy patrol boat was hit.", Outcome.KILLED, 3,
     "combatants"),
])
def test_crews_and_professions(text, outcome, n, vtype):
    c = next(c for c in run(text).claims if c.figure.best == n)
    assert (c.outcome, c.victims.type.value) == (outcome, vtype)


@pytest.mark.parametrize("text, outcome, n", [
    ("Tens of thousands of people fled north after the evacuation orders.",
     Outcome.DISPLACED, 10000),
    ("Two soldiers were killed and a third was moderately hurt, the army said.",
     Outcome.WOUNDED, 1),
    ("Two suspects were superficially injured. No fatalities.", Outcome.WOUNDED, 2),
])
def test_more_wordings_of_fates(text, outcome, n):
    assert run(text).totals[outcome].best == n


def test_gunmen_who_fled_north_are_no_displaced():
    # (a guard for the rule above)
    assert run("The three gunmen fled north after the attack.").claims == ()


@pytest.mark.parametrize("text, outcome, n", [
    ("The UN says about 1.7 million of Gaza's 2.4 million people have been displaced.",
     Outcome.DISPLACED, 1700000),
    ("The army said its troops had killed some 120 terror operatives.", Outcome.KILLED, 120),
    ("Hamas fighters stormed southern Israel, taking about 240 captives.", Outcome.ABDUCTED,
     240),
])
def test_gaza_wordings(text, outcome, n):
    assert fates(text) == [(outcome, n)]


def test_captives_freed_are_no_abduction():
    # (a guard: "captives" counts the taken, not the freed)
    assert run("Nigerian army frees 178 captives in Sambisa Forest").claims == ()


def test_a_rescue_team_is_no_freeing():
    ex = run("Separately, two members of a volunteer rescue team have been missing since they "
             "were stopped at a checkpoint on Saturday.")
    assert [(c.outcome, c.figure.best) for c in ex.claims] == [(Outcome.MISSING, 2)]


@pytest.mark.parametrize("text, outcome, n", [
    ("More than 160 people are believed to have been killed.", Outcome.KILLED, 161),
    ("More than 160,000 people are estimated to have been displaced.", Outcome.DISPLACED,
     160001),
    ("Three soldiers are feared to have died in the blast.", Outcome.KILLED, 3),
])
def test_raised_over_to_have_been(text, outcome, n):
    assert fates(text) == [(outcome, n)]


def test_a_headlines_second_clause_frees_no_one_it_killed():
    ex = run("Myanmar forces kill six protesters in Monywa as junta frees prisoners\n\n"
             "Myanmar security forces opened fire on protesters in Monywa on Monday, killing "
             "six people, witnesses said.")
    assert {c.victims.actor for c in ex.claims if c.figure.best == 6} == {"protesters"}


@pytest.mark.parametrize("text, n", [
    ("About 1,500 residents of Thayet Pin Kan and two nearby villages have since fled, he "
     "said.", 1500),
    ("Nearly 4,000 people from Sin Swe and five surrounding villages have fled, residents "
     "said.", 4000),
])
def test_the_displaced_of_a_village_and_its_neighbours(text, n):
    assert fates(text) == [(Outcome.DISPLACED, n)]


def test_families_or_people_counts_the_people():
    ex = run("Officials said about 1,800 families, or some 8,000 people, had fled the fighting.")
    (c,) = ex.claims
    assert (c.outcome, c.figure.best, c.victims.type.value) == (
        Outcome.DISPLACED, 8000, "civilians")


def test_the_clash_after_a_rivals_claim_is_of_the_leads_day():
    ex = run("5 BIFF fighters killed in Maguindanao clash\n\nCOTABATO CITY - At least five "
             "members of the BIFF were killed in a daylong clash in Datu Piang on Sunday, the "
             "military said. The wounded soldiers were brought to a hospital in Cotabato City."
             "\n\nBut a BIFF spokesperson told the Inquirer by phone that only one of their "
             "fighters died in the encounter.\n\nThe clash forced at least 1,500 families, or "
             "about 7,000 people, to flee to evacuation centers, officials said.",
             date(2015, 3, 2))
    (c,) = [c for c in ex.claims if c.outcome == Outcome.DISPLACED]
    assert (c.figure.best, c.date.start, c.date.end) == (7000, "2015-03-01", "2015-03-01")


@pytest.mark.parametrize("text", [
    "We will fight until the last terrorist is neutralised, the minister said.",
    "If a soldier is killed, the army retaliates.",
])
def test_a_condition_counts_no_one(text):
    assert run(text).claims == ()
