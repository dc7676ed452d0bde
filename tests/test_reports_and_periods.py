"""Readings session 33's sets found wanting: figures a periodic report (a UN mission's
quarterly update, an OCHA weekly, an army's weekly briefing) counts "during the reporting
period", and that count told again."""
from __future__ import annotations

from datetime import date

import pytest

import extractkit
from tollbook.model import Outcome, Scope, VictimType

PUB = date(2024, 7, 24)  # a Wednesday


run, fates, parts = extractkit.at(PUB)

REPORT = ("KABUL, 24 July 2024 - The United Nations mission on Wednesday released its "
          "quarterly update, covering the period from 1 April to 30 June 2024.\n\n")


def _read(claim):
    return (claim.outcome.value, claim.figure.best, claim.scope, claim.date.start,
            claim.date.end, claim.place.name if claim.place else None)


# --- the reporting period --------------------------------------------------------------------

def test_a_count_during_the_reporting_period_is_the_reports_stretch():
    ex = run(REPORT + "The mission documented 98 civilians killed and 241 wounded during the "
             "reporting period.")
    assert [_read(c) for c in ex.claims] == [
        ("killed", 98, Scope.AREA_TOTAL, "2024-04-01", "2024-06-30", "Afghanistan"),
        ("wounded", 241, Scope.AREA_TOTAL, "2024-04-01", "2024-06-30", "Afghanistan")]
    assert not ex.totals  # (no incident: an area's sum over a quarter)


def test_a_six_month_period_and_the_period_under_review():
    text = ("GENEVA, 24 July 2024 - The office published its update covering 1 January to 30 "
            "June 2024. It recorded 1,046 civilian casualties in the six-month period, "
            "comprising 298 people killed and 748 injured.")
    got = [_read(c) for c in run(text).claims]
    assert ("killed", 298, Scope.AREA_TOTAL, "2024-01-01", "2024-06-30") in [g[:5] for g in got]


def test_an_incident_told_inside_the_period_keeps_its_own_day():
    ex = run(REPORT + "Among the incidents reported during the period: on 18 May, eight "
             "civilians were killed when a house was shelled in Kunduz.")
    (c,) = ex.claims
    assert (c.scope, c.date.start, c.date.end) == (Scope.EVENT, "2024-05-18", "2024-05-18")


def test_the_one_death_of_a_period_stays_an_incident():
    ex = run(REPORT + "The only fatality recorded during the period was a shopkeeper who was "
             "shot dead by robbers in Herat.")
    assert [c.scope for c in ex.claims] == [Scope.EVENT]


def test_the_same_period_is_no_report_period():
    # "the same period" is the running toll's (read before, as cumulative), not the report's
    text = ("GAZA - At least 2,000 people have been killed since January 1, the ministry said. "
            "Over the same period, 5,000 people were wounded.")
    assert [c.scope for c in run(text).claims] == [Scope.CUMULATIVE, Scope.CUMULATIVE]


def test_the_reports_count_told_again_with_the_is_one_claim():
    text = ("JERUSALEM (OCHA) - Key highlights\n\n- Israeli forces killed nine Palestinians "
            "across the West Bank between 29 October and 4 November.\n- Israeli settlers or "
            "soldiers injured 47 Palestinians, including 11 children, during the reporting "
            "period.\n\nCasualties\n\nOf the 47 Palestinians injured during the week, 38 were "
            "injured by Israeli forces and nine by Israeli settlers.")
    got = parts(text)
    assert [g for g in got if g[1] == 47] == [("wounded", 47, None)]


# --- one person told again -------------------------------------------------------------------

def test_a_name_after_a_described_person_told_twice_is_that_person():
    text = ("ST. PAUL, Minn. - Investigators have identified the man who died in a shooting "
            "involving officers Tuesday night in St. Cloud.\n\nThe man who died is Jared Lind, "
            "29, of Sauk Rapids.\n\nLind fired at officers, and a sergeant returned fire. "
            "Paramedics provided medical aid, but Lind died at the scene.")
    assert [(c.outcome.value, c.figure.best) for c in run(text).claims] == [("killed", 1)]


def test_the_bystander_is_the_man_killed_before():
    text = ("HIALEAH, Fla. - A 67-year-old man waiting at a bus stop was killed Tuesday "
            "afternoon when officers exchanged gunfire with robbers, and one of the suspects "
            "was also killed, police said.\n\nThe bystander, identified by relatives as Ernesto "
            "Vald, was struck in the chest and died at a hospital.")
    got = [(c.outcome.value, c.figure.span.surface) for c in run(text).claims]
    assert got == [("killed", "A 67-year-old man"), ("killed", "one")]


def test_the_woman_is_not_a_man_told_before():
    text = ("CHICAGO - A 38-year-old man was wounded in a shooting Sunday, police said. Later a "
            "17-year-old girl and a 29-year-old man were wounded in another shooting.\n\nThe man "
            "was hit in the arm, and the girl was struck in the wrist.")
    assert sum(c.figure.best for c in run(text).claims if c.outcome.value == "wounded") >= 3


# --- the subject of a relative clause --------------------------------------------------------

def test_the_one_a_relative_clause_tells_of_is_the_one_killed():
    text = ("DENHAM SPRINGS - A man who held his estranged wife and her two children hostage "
            "inside a home for nearly six hours Friday was shot and killed by a SWAT team, "
            "authorities said.")
    assert [(c.outcome.value, c.figure.best, c.figure.span.surface)
            for c in run(text).claims] == [("killed", 1, "A man")]


def test_a_relative_clause_with_a_progressive_verb():
    text = "A woman who was visiting her sister was shot and killed on Friday."
    assert [c.figure.span.surface for c in run(text).claims] == ["A woman"]


def test_a_second_clause_after_the_relative_one_keeps_its_subject():
    text = ("A councilor who headed his village's anti-drug council was shot dead and his son "
            "was wounded when gunmen ambushed their car on Tuesday night, police said.")
    assert [(c.outcome.value, c.figure.span.surface) for c in run(text).claims] == [
        ("killed", "A councilor"), ("wounded", "his son")]


def test_a_time_before_a_singular_verb_is_no_count():
    text = "Around 5 AM the man was arrested by members of the SWAT team, police said."
    assert [(c.outcome.value, c.figure.best) for c in run(text).claims] == [("arrested", 1)]


def test_a_count_with_an_aside_may_take_a_singular_verb():
    text = ("At least six people including a local party leader was injured in an attack at "
            "Boro village on Monday.")
    assert [(c.outcome.value, c.figure.best) for c in run(text).claims][:1] == [("wounded", 6)]


# --- the dead told by group, and who the foreign dead were -----------------------------------

def test_the_dead_were_some_groups_are_parts_of_the_toll():
    text = ("Gunmen stormed the hotel, and at least 19 people were killed, a police spokesman "
            "said. He said the dead were 13 civilians, four members of the security forces and "
            "two hotel guards, and that 47 people had been wounded.")
    assert parts(text) == [("killed", 19, None), ("killed", 13, "c1"), ("killed", 4, "c1"),
                           ("killed", 2, "c1"), ("wounded", 47, None)]


def test_the_dead_were_some_groups_with_no_toll_before_are_the_toll():
    text = "The dead were four soldiers and two civilians, the army said."
    ex = run(text)
    assert parts(text) == [("killed", 4, None), ("killed", 2, None)]
    assert ex.totals[ex.claims[0].outcome].best == 6


def test_the_number_of_dead_was_is_no_group():
    assert fates("The number of dead was 12, police said.")[0][1] == 12


@pytest.mark.parametrize("text, part", [
    ("Gunmen attacked the hotel terrace, killing at least nine people, three of them "
     "foreigners.", 3),
    ("The siege ended on Sunday with at least 19 people killed, among them two foreign "
     "nationals, a police spokesman said.", 2),
    ("Eight people, among them three Chinese nationals, were killed when gunmen fired on the "
     "bus.", 3),
    ("An attack killed 11 people, 10 of them foreign climbers, at the base camp.", 10),
])
def test_foreigners_and_nationals_are_counted_as_part_of_the_dead(text, part):
    got = parts(text)
    assert got[1] == ("killed", part, "c1")
    assert run(text).claims[1].victims.type == VictimType.CIVILIANS


def test_both_after_a_pair_told_before_is_the_two_again():
    text = ("A migrant was killed and two others were wounded when border guards opened fire "
            "on Tuesday, an official said. A woman and a man, both Syrian nationals, were "
            "treated for gunshot wounds and were in a stable condition, the official said.")
    ex = run(text)
    assert [(c.outcome.value, c.figure.best) for c in ex.claims] == [("killed", 1),
                                                                     ("wounded", 2)]
    assert ex.totals[ex.claims[1].outcome].best == 2


def test_both_of_a_pair_told_alone_still_counts():
    assert fates("A woman and a man, both Syrian nationals, were shot dead on Tuesday.")[0][1] \
        == 2


# --- where travellers came from or were going is not where they were attacked -----------------

def _places(text):
    return [c.place.name if c.place else None for c in run(text).claims]


def test_the_town_passengers_travelled_from_is_not_the_place():
    text = ("Gunmen opened fire on a coach carrying passengers travelling from Quetta to Punjab "
            "in Barkhan district on Friday, killing seven people, police said.")
    assert _places(text) == ["Barkhan"]


def test_the_town_a_convoy_was_heading_for_is_not_the_place():
    text = ("Jihadists attacked a convoy heading for the besieged town of Djibo at the weekend, "
            "killing dozens of people. The attack took place a few kilometres north of "
            "Bourzanga.")
    assert _places(text) == ["Bourzanga"]


def test_people_returning_to_a_place_found_the_dead_there():
    text = ("Residents returning to Petite-Riviere de l'Artibonite found 12 more bodies in "
            "burned houses on Wednesday, officials said.")
    assert "Petite" in (_places(text)[0] or "")


# --- people who fled, were uprooted or were hurt and moved ------------------------------------

@pytest.mark.parametrize("text, value", [
    ("More than 300 miners and their families have since fled the Dabia area for Kenieba "
     "town, the elected official said.", 300),
    ("Its field teams estimated that about 6,500 people had fled the mining camps since "
     "Saturday.", 6500),
    ("The war has killed tens of thousands of people and uprooted more than 12 million, "
     "according to United Nations agencies.", 12_000_000),
])
def test_people_who_fled_or_were_uprooted_are_displaced(text, value):
    assert ("displaced", value) in [(c.outcome.value, c.figure.value) for c in run(text).claims]


@pytest.mark.parametrize("text", [
    "Two suspects fled the area.",
    "Israeli settlers uprooted 450 Palestinian-owned vine seedlings near the village.",
])
def test_suspects_fleeing_and_plants_uprooted_are_no_displacement(text):
    assert fates(text) == []


def test_a_sentence_that_ends_on_a_place_fled_to_is_read_to_its_end():
    text = ("Red Cross says at least 1,200 people have fled toward Oicha\nCamps near the town "
            "are full, the agency said.")
    assert [(c.outcome.value, c.figure.best) for c in run(text).claims][:1] == [
        ("displaced", 1200)]


def test_people_wounded_then_evacuated_are_the_wounded():
    text = ("Two miners who were wounded were evacuated to Dekai, and seven others survived by "
            "hiding in the forest.")
    assert fates(text) == [(Outcome.WOUNDED, 2)]


def test_residents_evacuated_then_housed_are_not_wounded():
    assert fates("Some 400 residents who were evacuated were housed in schools.") == []


# --- deaths by disaster, fire by mishap and disease are no killings ---------------------------

@pytest.mark.parametrize("text", [
    "Torrential rains swept through makeshift camps around the town of Tawila, killing 11 "
    "displaced people, including four children.",
    "Fire guts Monguno IDP camp, six dead",
    "The clinic treated 1,460 patients with suspected cholera since late July, 19 of whom had "
    "died.",
    "Last year's earthquake, which killed more than 3,700 people in central Myanmar in March "
    "2025, destroyed thousands of homes.",
])
def test_disasters_fires_and_epidemics_kill_no_one_counted(text):
    assert fates(text) == []


@pytest.mark.parametrize("text, n", [
    ("The military carried out an air strike on a village in the earthquake-hit Sagaing "
     "region on Friday, killing six people, a resistance group said.", 6),
    ("A drone hit a processing unit at the oil field late on Tuesday. Two workers were "
     "wounded, and a fire broke out that was brought under control.", 2),
    ("Gunmen set fire to houses, killing 11 villagers.", 11),
])
def test_an_attack_beside_a_disaster_word_still_counts(text, n):
    assert [f[1] for f in fates(text)][:1] == [n]


# --- people held, evicted or left without shelter ---------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Of the protesters detained, at least 60 remain behind bars, the group said.", 60),
    ("The Mechanism said 73 people remain imprisoned for political reasons in Nicaragua.", 73),
    ("Some 300 people remain in detention.", 300),
    ("The mission said it had registered 884 political prisoners, including 170 members of the "
     "military.", 884),
])
def test_people_still_held_are_counted_as_arrested(text, value):
    assert ("arrested", value) in [(c.outcome.value, c.figure.value) for c in run(text).claims]


def test_released_political_prisoners_are_no_arrests():
    assert fates("The government released 300 political prisoners on Monday.") == []


def test_of_whom_some_remain_held_is_a_part_and_the_acronym_names_the_teller():
    text = ("YANGON - The Assistance Association for Political Prisoners (AAPP) activist group "
            "says 738 people have been killed since the Feb. 1 coup and 3,300 arrested, of "
            "whom 2,640 remain in detention.")
    ex = run(text)
    assert parts(text)[1:] == [("arrested", 3300, None), ("arrested", 2640, "c2")]
    assert {c.source.name for c in ex.claims} == {
        "Assistance Association for Political Prisoners"}


@pytest.mark.parametrize("text, value", [
    ("About 600 people, including more than 200 children, were left without shelter after "
     "their houses were knocked down.", 600),
    ("The Military Police evicted about 80 families from an occupation on a farm.", 80),
])
def test_the_evicted_and_those_left_without_shelter_are_displaced(text, value):
    assert fates(text)[0] == (Outcome.DISPLACED, value)


def test_one_tenant_evicted_is_no_displacement():
    text = "Police said a tenant who was evicted from his apartment shot his landlord."
    assert Outcome.DISPLACED not in [f[0] for f in fates(text)]


def test_molotov_cocktails_are_no_place():
    text = ("JAKARTA - A villager was shot dead on Monday when police fired on protesters who "
            "threw rocks and Molotov cocktails at a palm oil plantation, police said.")
    assert [c.place.country for c in run(text).claims] == ["ID"]


# --- a reconstruction published weeks later ---------------------------------------------------

RECONSTRUCTION = (
    "NIAMEY, Sept 3 (Reuters) - The militants struck the weekly market at Mangaize on July 20, "
    "according to survivors.\n\nBy dusk dozens of people were dead. The government put the toll "
    "at 22 civilians and nine soldiers in a statement two days later. A Reuters count found "
    "that at least 71 people were killed, 58 of them civilians.\n\n10:50 AM - THE MARKET\n\n"
    "Lists compiled by village chiefs name 34 people killed at the market.")


def test_a_toll_told_in_a_statement_days_later_is_of_the_day_they_died():
    days = {(c.figure.best, c.date.start, c.date.end)
            for c in run(RECONSTRUCTION, date(2025, 9, 3)).claims}
    assert {(22, "2025-07-20", "2025-07-20"), (9, "2025-07-20", "2025-07-20")} <= days


def test_the_datelines_day_is_no_day_of_the_events_told_later():
    ex = run(RECONSTRUCTION, date(2025, 9, 3))
    assert [(c.date.start, c.date.end) for c in ex.claims if c.figure.best == 34] == [
        ("2025-07-20", "2025-07-20")]


# --- names and years that count no one --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SARAJEVO - The remains were found last month, said Amir Hasanovic, a spokesman for "
    "Bosnia's Missing Persons Institute (MPI).",
    "Three men arrested over 1975 Dungannon pub bombing",
])
def test_an_institutions_name_and_a_years_case_count_no_one(text):
    assert [f for f in fates(text) if f[0] != Outcome.ARRESTED or f[1] != 3] == []


def test_the_office_for_the_abducted_names_no_one_but_the_missing_still_count():
    text = ("About 2,600 Yazidis remain missing, the Kurdistan Regional Government's office for "
            "abducted Yazidis says.")
    assert fates(text) == [(Outcome.MISSING, 2600)]


@pytest.mark.parametrize("text, fate", [
    ("A man was abducted, the Missing Persons Institute said.", (Outcome.ABDUCTED, 1)),
    ("Over 2000 people were displaced.", (Outcome.DISPLACED, 2001)),
])
def test_a_fate_told_outside_the_name_and_a_count_after_over_still_count(text, fate):
    assert fates(text) == [fate]


def test_the_teller_named_by_an_aside_is_the_teller():
    text = ("BANGUI (AP) - Fighters killed at least 12 civilians in an attack on a village, the "
            "U.N. peacekeeping mission said Thursday.\n\nThe attack happened Tuesday near Koui, "
            "close to the border with Cameroon, the mission, known as MINUSCA, said in a "
            "statement. Six people were wounded and dozens of homes were burned.")
    (wounded,) = [c for c in run(text).claims if c.outcome == Outcome.WOUNDED]
    assert wounded.source is not None and "mission" in wounded.source.name.lower()
