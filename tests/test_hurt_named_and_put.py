"""Readings session 32's held-out sets found wanting: the hurt still in hospital, people
carried off by armed men named at the head of a clause, a person named with an age and an
aside, homes and hometowns, figures "put" at a number, the dead still under rubble, and the
year a story gave a day before."""
from __future__ import annotations

from datetime import date

import pytest

import extractkit
from tollbook.model import Outcome, VictimType

PUB = date(2026, 3, 4)  # a Wednesday


run, fates, parts = extractkit.at(PUB)


# --- the hurt in hospital ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The death toll from the market bombing has risen to 31, with another 60 people still in "
    "hospital, the governor said.",
    "The death toll from the market bombing has risen to 31, while 60 people remain in "
    "hospital, the governor said.",
])
def test_people_still_in_hospital_after_a_toll_are_wounded(text):
    assert fates(text) == [(Outcome.KILLED, 31), (Outcome.WOUNDED, 60)]


def test_people_still_in_hospital_are_some_of_the_wounded_told_before():
    text = ("Ten people were wounded when the grenade went off, and four remain in hospital, "
            "police said.")
    assert parts(text) == [("wounded", 10, None), ("wounded", 4, "c1")]


def test_an_aside_between_the_hurt_and_their_injuries():
    text = ("Paramedics said at least five other people, including an elderly woman, suffered "
            "minor injuries as the crowd fled the stadium.")
    assert fates(text)[0] == (Outcome.WOUNDED, 5)


# --- people carried off -----------------------------------------------------------------------

def test_armed_men_leading_a_clause_seize_people_after_a_first_verb():
    text = ("Gunmen stormed a boarding school in Kebbi state on Friday and seized 43 pupils, "
            "police said.")
    c, = run(text).claims
    assert (c.outcome, c.figure.value, c.victims.actor) == (Outcome.ABDUCTED, 43, "pupils")


def test_troops_who_attack_rebels_capture_no_hostages():
    # the clause's subject is no armed group that takes people: "rebels" is its object
    text = "Troops attacked the rebels near the river and seized 20 fighters, the army said."
    assert (Outcome.ABDUCTED, 20) not in fates(text)


def test_a_snatch_by_bandits_is_an_abduction():
    text = "On Friday, armed bandits attacked the village and snatched 12 women, residents said."
    assert fates(text) == [(Outcome.ABDUCTED, 12)]


# --- people told by name --------------------------------------------------------------------

def test_a_name_with_an_age_and_an_aside_is_the_one_killed():
    text = ("Constable Ravi Prakash Kumar, 29, a native of Bihar's Gaya district, was killed "
            "and two of his colleagues were wounded in the blast near Chhotanagra on Monday.")
    ex = run(text)
    assert [(c.outcome, c.figure.value) for c in ex.claims] == [
        (Outcome.KILLED, 1), (Outcome.WOUNDED, 2)]
    assert ex.claims[0].place.name == "Chhotanagra"  # not Gaya, the constable's home


def test_a_person_told_by_age_then_by_name_and_age_is_one_claim():
    text = ("A gunman killed a 17-year-old boy outside a corner store on Friday. Marcus Ellery, "
            "17, a junior at Lincoln High School, was struck in the chest and died at the scene, "
            "prosecutors said. Two other teens were wounded.")
    assert fates(text) == [(Outcome.KILLED, 1), (Outcome.WOUNDED, 2)]


def test_a_rank_before_a_name_tells_which_dead_person_it_is():
    text = ("Three militants and an Army jawan were killed in a gunfight in Shopian on Thursday, "
            "while a civilian died when troops opened fire on protesters. Sepoy Harjit Singh, "
            "24, a resident of Gurdaspur, was critically injured in the exchange and succumbed "
            "in hospital, a defence spokesman said.")
    assert [v for o, v in fates(text) if o == Outcome.KILLED] == [3, 1, 1]


def test_a_student_from_another_city_died_where_he_was_shot():
    text = ("Among the dead was a 21-year-old college student from Atlanta, police in Savannah "
            "said.")
    c, = run(text).claims
    assert c.place is not None and c.place.name == "Savannah"


# --- the people a verb's "them" counts ----------------------------------------------------------

def test_of_them_after_people_fired_at_counts_the_people_not_the_shooters():
    text = "Phoenix officers have fired at 21 people so far in 2025, killing eight of them."
    c, = run(text).claims
    assert (c.figure.value, c.victims.type, c.victims.actor) == (8, VictimType.UNKNOWN, None)


def test_both_after_a_comma_counts_no_one_again():
    text = ("Since October 2023, 36 Israelis, both members of the security forces and "
            "civilians, have been killed in attacks in the West Bank.")
    assert fates(text) == [(Outcome.KILLED, 36)]


def test_an_aside_on_both_of_them_leaves_their_fate_to_the_verb():
    assert fates("Two men, both from Ohio, died at the scene in Chicago.") == [
        (Outcome.KILLED, 2)]


def test_a_stabber_shot_dead_after_stabbing_two_leaves_the_two_wounded():
    text = ("A man stabbed two Israelis at a bus stop before being shot dead by an off-duty "
            "soldier, police said.")
    got = fates(text)
    assert (Outcome.WOUNDED, 2) in got and (Outcome.KILLED, 2) not in got


# --- figures put at a number, tolls named after their figure ---------------------------------

def test_a_figure_put_at_a_number_counts_the_fate_told_last():
    text = ("Gunmen stormed the school before dawn. Police initially said 87 girls were taken. "
            "The state government later put the number at 102.")
    assert (Outcome.ABDUCTED, 102) in fates(text)
    text = ("Gunmen killed 40 people in the village on Monday. Local officials put the figure "
            "at 52.")
    assert fates(text) == [(Outcome.KILLED, 40), (Outcome.KILLED, 52)]


def test_the_number_of_people_arrested_put_at_a_figure():
    text = "A prisoners' rights group put the number of people arrested in Nablus at 22."
    assert fates(text) == [(Outcome.ARRESTED, 22)]


def test_a_second_toll_raised_by_the_same_verb():
    text = ("The deaths bring to 414 the number of soldiers killed in the ground offensive, and "
            "to 857 the number killed since the war began.")
    assert [v for _, v in fates(text)] == [414, 857]


def test_the_number_of_martyrs_risen_to_a_figure_but_not_bodies_received():
    text = ("The ministry said the number of martyrs in the West Bank since the war began has "
            "risen to 903, including 181 children.")
    assert parts(text) == [("killed", 903, None), ("killed", 181, "c1")]
    text = ("The ministry received the bodies of 15 martyrs, bringing the number of bodies "
            "received to 330.")
    assert (Outcome.KILLED, 330) not in fates(text)


# --- the missing and the homeless ---------------------------------------------------------------

def test_people_still_under_the_rubble_are_missing():
    text = ("Around 15 people were believed to be still under the rubble, the civil defence "
            "agency said.")
    assert fates(text) == [(Outcome.MISSING, 15)]


@pytest.mark.parametrize("text", [
    "Around 60,000 people were rendered homeless by the clashes.",
    "Around 60,000 people were left homeless by the clashes.",
])
def test_people_rendered_homeless_are_displaced(text):
    assert fates(text) == [(Outcome.DISPLACED, 60000)]


# --- the year of a day told before --------------------------------------------------------------

def test_a_day_named_again_without_its_year_keeps_the_year_told_before():
    text = ("The war began with the attack of Oct. 7, 2023. Officials say the Oct. 7 attack "
            "killed about 1,200 people.")
    ex = extractkit.run(text, date(2025, 10, 29))
    c, = ex.claims
    assert (c.date.start, c.date.end) == ("2023-10-07", "2023-10-07")


# --- bodies found, parts of the taken, the driven out -------------------------------------------

def test_troops_who_found_the_body_of_a_rebel_count_a_dead_rebel():
    text = "Pursuing troops later found the body of a rebel near a creek, the army said."
    c, = run(text).claims
    assert (c.outcome, c.figure.value, c.victims.type, c.victims.actor) == (
        Outcome.KILLED, 1, VictimType.COMBATANTS, "rebel")


def test_a_body_not_found_is_no_death():
    assert not run("Divers have not found the body of a missing fisherman.").claims


def test_of_those_arrested_opens_a_part_of_the_arrests():
    text = ("Police arrested 112 people in raids across the province. Of those arrested, 38 "
            "were minors.")
    assert parts(text) == [("arrested", 112, None), ("arrested", 38, "c1")]


@pytest.mark.parametrize("text, value", [
    ("The attack forced about 40 families from two villages to seek shelter at the covered "
     "court.", 40),
    ("The fighting forced some 230 families, or around 900 people, from three villages to "
     "evacuate.", 900),
])
def test_people_forced_from_a_place_to_shelter_are_displaced(text, value):
    assert fates(text) == [(Outcome.DISPLACED, value)]


def test_the_number_of_slain_put_at_a_figure():
    text = "An initial report on Sunday put the number of slain rebels at three."
    assert fates(text) == [(Outcome.KILLED, 3)]


def test_drug_suspects_killed_by_police_are_no_armed_group():
    c, = run("Police said 11 drug suspects were killed in operations last month.").claims
    assert c.victims.type == VictimType.UNKNOWN


def test_a_count_put_for_an_incident_told_apart_competes_with_it():
    text = ("An air strike killed two people in Gaza City on Monday, medics said. In the "
            "occupied West Bank, troops arrested 17 Palestinians in overnight raids, the army "
            "said. A prisoners' rights group put the number at 21.")
    t = run(text).totals[Outcome.ARRESTED]
    assert (t.low, t.best, t.high) == (17, 21, 21)


# --- from the sets read later in the session (h183, h185, h186) ------------------------------

def test_two_kinds_of_injuries_are_still_injuries():
    text = ("Seventeen persons lost their lives and 14 others sustained gunshot and machete "
            "injuries, the police statement read.")
    assert fates(text) == [(Outcome.KILLED, 17), (Outcome.WOUNDED, 14)]


def test_others_who_sustained_injuries_are_wounded_not_taken():
    text = ("Six persons were abducted, and seven others who sustained injuries are in hospital "
            "in Jos.")
    assert fates(text) == [(Outcome.ABDUCTED, 6), (Outcome.WOUNDED, 7)]


def test_others_after_cattle_are_cattle():
    text = ("More than 200 cattle were rustled and 37 others were killed by the attackers, the "
            "herders' association said.")
    assert not run(text).claims


@pytest.mark.parametrize("text, value", [
    ("Thai authorities report that more than 300,000 people are in temporary shelters in "
     "Surin province.", 300000),
    ("But around 57,000 people continue to live in relief camps across the state.", 57000),
    ("More than 95,000 residents of Surin, Sisaket and Buriram had been moved to about 400 "
     "temporary shelters.", 95000),
])
def test_people_in_shelters_and_camps_are_displaced(text, value):
    (outcome, best), = fates(text)
    assert outcome == Outcome.DISPLACED and best in (value, value + 1)


def test_inmates_in_a_prison_are_not_displaced():
    assert not run("Some 2,000 inmates are in the prison, officials said.").claims


def test_among_the_people_killed_counts_some_of_the_dead():
    text = ("The ombudsman said at least nine Colombian citizens were among the people killed "
            "in the strikes.")
    assert fates(text) == [(Outcome.KILLED, 9)]


def test_the_body_of_one_of_them_is_a_death():
    text = "The navy said a day later that it had recovered the body of one of them."
    assert fates(text) == [(Outcome.KILLED, 1)]


def test_a_breakdown_after_a_comma_is_parts_of_the_whole():
    assert parts("Ten people were killed, six soldiers and four civilians.") == [
        ("killed", 10, None), ("killed", 6, "c1"), ("killed", 4, "c1")]
    # (figures that do not add up to the whole are not its breakdown)
    assert parts("Ten people were killed, six soldiers and three civilians.") == [
        ("killed", 10, None), ("killed", 6, None), ("killed", 3, None)]


def test_the_body_of_someone_once_taken_is_a_death_only():
    text = ("Residents found the body of a man from the village who had gone missing during "
            "the clashes.")
    assert fates(text) == [(Outcome.KILLED, 1)]


def test_a_vehicle_hit_is_no_one_hurt():
    text = ("An ambulance of the Red Crescent was hit by gunfire near the village, injuring two "
            "volunteers.")
    assert fates(text) == [(Outcome.WOUNDED, 2)]


def test_cases_of_arbitrary_arrest_count_people_arrested():
    text = ("The network documented at least 176 cases of arbitrary arrest or detention during "
            "the month, including six children.")
    assert parts(text) == [("arrested", 176, None), ("arrested", 6, "c1")]
    assert not run("Police recorded 45 cases of theft in the district.").claims


def test_people_beside_the_agent_after_by_are_agents_too():
    text = ("The prosecutor said Mr Rourke was tackled by a security guard and two members of "
            "the public, and was arrested by police officers.")
    c, = run(text).claims
    assert (c.outcome, c.figure.value, c.figure.span.surface) == (
        Outcome.ARRESTED, 1, "Mr Rourke")
    # (a thing after "by" is no agent, and people with a verb of their own are counted)
    text = "Three soldiers were killed by a roadside bomb and two civilians were wounded."
    assert fates(text) == [(Outcome.KILLED, 3), (Outcome.WOUNDED, 2)]
    text = "Four people were killed, one soldier injured by an arrow and 16 residents injured."
    assert fates(text)[-1] == (Outcome.WOUNDED, 16)


# --- from h180 --------------------------------------------------------------------------------

def test_the_dead_shot_are_the_dead():
    assert fates("The report said 72 of those killed were shot during protests.") == [
        (Outcome.KILLED, 72)]


def test_people_with_injuries_treated_are_wounded_but_not_bodies():
    text = ("Doctors said more than 120 people with gunshot or beating injuries had been "
            "treated there.")
    assert fates(text) == [(Outcome.WOUNDED, 121)]
    text = ("The bodies of 2 civilians with gunshot wounds were found on the road near the "
            "village.")
    assert fates(text) == [(Outcome.KILLED, 2)]


def test_a_fifth_body_found_is_one_more_dead():
    assert fates("A fifth body was found later on Monday in a maize farm.") == [
        (Outcome.KILLED, 1)]


def test_a_denial_that_anyone_was_shot_counts_no_one():
    assert not run("The army denied that any civilian had been shot by its soldiers.").claims


# --- executions (h181) --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In a separate case, political prisoner Saman Rahimi was executed in Urmia on Sunday.",
    "Saman Rahimi was hanged in Urmia Central Prison at dawn on Sunday.",
])
def test_a_person_named_executed_is_killed(text):
    c, = run(text).claims
    assert (c.outcome, c.figure.value, c.figure.span.surface) == (
        Outcome.KILLED, 1, "Saman Rahimi")


def test_executions_tallied_are_people_killed_but_not_executions_stayed():
    assert fates("In 2024, the group recorded at least 975 executions in Iran.") == [
        (Outcome.KILLED, 975)]
    assert not run("The court stayed two executions on Monday.").claims


def test_people_of_a_body_who_lost_their_lives_are_killed():
    text = ("Two members of the security forces lost their lives and five others sustained "
            "injuries while protecting the public.")
    assert fates(text) == [(Outcome.KILLED, 2), (Outcome.WOUNDED, 5)]


@pytest.mark.parametrize("text, want", [
    ("Eight civilians, including a priest and a 12-year-old girl, were killed.",
     [("killed", 8, None), ("killed", 1, "c1"), ("killed", 1, "c1")]),
    ("Eight civilians, including two children and a priest, were killed.",
     [("killed", 8, None), ("killed", 2, "c1"), ("killed", 1, "c1")]),
])
def test_every_item_of_an_including_list_before_a_passive_is_a_part(text, want):
    assert parts(text) == want


def test_the_teenager_after_a_17_year_old_is_the_same_person():
    text = ("A 17-year-old was shot dead on Saturday, the prosecutor said. The teenager, hit "
            "several times in the chest, died at the scene.")
    assert fates(text) == [(Outcome.KILLED, 1)]


def test_a_blow_to_the_head_and_a_miner_are_one_person_dead():
    text = ("A police officer was killed by a blow to the head and a miner died of gunshot "
            "wounds, the police said.")
    assert fates(text) == [(Outcome.KILLED, 1), (Outcome.KILLED, 1)]


def test_a_toll_that_rises_as_someone_dies_is_a_death_toll():
    assert fates("The toll rises to three as injured youth dies in Dhaka.")[0] == (
        Outcome.KILLED, 3)


def test_people_who_took_part_and_remain_unaccounted_for_are_missing():
    text = ("Two people who took part in the protests remain unaccounted for, according to "
            "their families.")
    assert fates(text) == [(Outcome.MISSING, 2)]
