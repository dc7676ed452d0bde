"""Stories about courts and crime statistics, and records set against an earlier attack:
the readings session 26's held-out sets (h77, h78) found wanting."""
from __future__ import annotations

from datetime import date

import pytest

from extractkit import run
from tollbook.model import Outcome, Scope


def test_a_count_recorded_is_no_teller():
    (c,) = run("The shooting was one of 214 homicides recorded in Milwaukee in 2022, according "
               "to the Milwaukee Police Department.", date(2025, 3, 4)).claims
    assert c.source.name == "Milwaukee Police Department"


@pytest.mark.parametrize("text, published, start, end", [
    ("Tuesday's attack was the deadliest on security forces in North Waziristan since October "
     "last year, when eight soldiers were killed in an ambush.", date(2025, 1, 15),
     "2024-10", "2024-10"),
    ("A drone strike killed nine people in Taiz on Saturday. The attack is the deadliest in "
     "Taiz province since January, when a drone hit a football pitch in the same district and "
     "killed four boys.", date(2025, 3, 10), "2025-01", "2025-01"),
])
def test_the_deadliest_since_a_month_when_is_that_months_attack(text, published, start, end):
    c = [c for c in run(text, published).claims if c.figure.best in (4, 8)][0]
    assert c.scope == Scope.EVENT  # no running toll since then
    assert (c.date.start, c.date.end) == (start, end)


def test_the_year_before_a_years_count_is_the_year_before_it():
    ex = run("The department counted 187 people wounded by gunfire last year, compared with 241 "
             "the year before, Andrews said.", date(2025, 1, 14))
    a, b = ex.claims
    assert (b.figure.best, b.scope, b.date.start, b.date.end) == (
        241, Scope.AREA_TOTAL, "2023-01", "2023-12")
    assert Outcome.WOUNDED not in ex.totals  # counts of a year, no incident


def test_parts_of_a_years_count_by_age_and_by_who():
    ex = run("Durham recorded 38 homicides in 2024. Four of last year's homicide victims were "
             "teenagers. The department counted 187 people wounded by gunfire last year. Of the "
             "187, 29 were under 18.", date(2025, 1, 14))
    by_value = {c.figure.best: c for c in ex.claims}
    assert by_value[4].part_of == by_value[38].id
    assert by_value[4].outcome == Outcome.KILLED
    assert by_value[29].part_of == by_value[187].id
    assert by_value[29].outcome == Outcome.WOUNDED
    assert by_value[29].victims.actor == "minors"


def test_a_part_doing_something_is_no_one_counted():
    ex = run("Three people were wounded on Sunday. One of them was buying diapers.",
             date(2025, 2, 18))
    assert [c.figure.best for c in ex.claims] == [3]


def test_a_victim_who_came_to_hospital_with_a_wound():
    ex = run("A third victim, a 52-year-old man, arrived at Rochester General Hospital by "
             "private vehicle about 20 minutes later with a graze wound to the head.",
             date(2025, 2, 18))
    (c,) = ex.claims
    assert (c.outcome, c.figure.span.surface) == (Outcome.WOUNDED, "A third victim")


def test_a_person_told_again_by_age_is_one_person():
    ex = run("Officers found a 34-year-old man shot in the abdomen. The 34-year-old remains in "
             "serious but stable condition at Strong Memorial Hospital, police said.",
             date(2025, 2, 18))
    assert len(ex.claims) == 1
    assert ex.totals[Outcome.WOUNDED].best == 1


SENTENCING = (
    "LIVERPOOL - Three men have been jailed for their part in a drive-by shooting on a Kirkby "
    "estate that left a 19-year-old man with life-changing injuries.\n\n"
    "He was jailed for 27 years on Thursday.\n\n"
    "The court heard that the victim was standing with friends at around 10.40pm on 21 July "
    "2023 when a stolen car pulled up alongside them.\n\n"
    "Two people were shot dead in the county in the 12 months to March, compared with seven in "
    "2019-20, the force said.")


def test_a_sentencing_dates_the_case_not_the_court():
    ex = run(SENTENCING, date(2024, 11, 8))
    hurt = next(c for c in ex.claims if c.outcome == Outcome.WOUNDED)
    assert (hurt.date.start, hurt.date.end) == ("2023-07-21", "2023-07-21")
    assert ex.totals[Outcome.WOUNDED].best == 1


def test_a_statistical_year_and_a_financial_year_are_counts():
    ex = run(SENTENCING, date(2024, 11, 8))
    two, seven = [c for c in ex.claims if c.outcome == Outcome.KILLED]
    assert (two.scope, two.date.start, two.date.end) == (Scope.AREA_TOTAL, "2023-04", "2024-03")
    assert (seven.scope, seven.date.start, seven.date.end) == (
        Scope.AREA_TOTAL, "2019-04", "2020-03")
    assert Outcome.KILLED not in ex.totals


def test_figures_published_by_a_body_are_its():
    (c,) = run("Figures published by the Office for National Statistics last month showed that "
               "247 people were killed with a knife in England and Wales in the year to March "
               "2025.", date(2025, 11, 12)).claims
    assert c.source.name == "Office for National Statistics"
    assert (c.scope, c.date.start, c.date.end) == (Scope.AREA_TOTAL, "2024-04", "2025-03")


@pytest.mark.parametrize("text, published, value", [
    ("The prosecutor's office counted 1,115 homicides in 2025, while the national police, "
     "which uses a different methodology, reported 1,098.", date(2026, 1, 20), 1098),
    ("At least 60 inmates were killed, the SNAI said, while the SNAI prison authority "
     "acknowledged 58.", date(2025, 3, 10), 58),
])
def test_a_rival_tellers_bare_figure(text, published, value):
    rival = [c for c in run(text, published).claims if c.figure.value == value]
    assert [c.outcome for c in rival] == [Outcome.KILLED]



def test_a_figure_told_the_next_day_by_a_pronoun_is_the_attacks():
    ex = run("MOGADISHU (AFP) - A suicide bomber struck a restaurant in Mogadishu on Friday "
             "evening. On Saturday morning he said 19 people had been killed.", date(2025, 8, 3))
    (c,) = ex.claims
    assert (c.date.start, c.date.end) == ("2025-08-01", "2025-08-01")


def test_a_day_after_counts_back_from_what_came_after():
    ex = run("Israeli strikes hit Syrian army positions near Deraa on Wednesday. The strikes came "
             "a day after two Syrian soldiers were killed in a drone attack.", date(2025, 10, 16))
    (c,) = ex.claims
    assert (c.date.start, c.date.end) == ("2025-10-14", "2025-10-14")


def test_parts_of_a_whole_told_again_with_its_noun():
    ex = run("Winnipeg recorded 34 homicides in 2024. Of the 34 homicide victims, 14 were killed "
             "with a knife and eight were shot, the report says. Nine of the victims were under "
             "the age of 25, and seven were women.", date(2025, 6, 12))
    whole = ex.claims[0]
    assert [(c.figure.value, c.outcome, c.part_of) for c in ex.claims[1:]] == [
        (14, Outcome.KILLED, whole.id), (8, Outcome.KILLED, whole.id),
        (9, Outcome.KILLED, whole.id), (7, Outcome.KILLED, whole.id)]
    assert ex.claims[3].victims.actor is None  # under 25: no minors


def test_a_statistical_year_to_a_day_and_the_twelve_months_before():
    ex = run("The agency recorded 48 murder victims across the state in the year to June 30, down "
             "from 57 in the previous 12 months.", date(2025, 9, 18))
    a, b = ex.claims
    assert (a.scope, a.date.start, a.date.end) == (Scope.AREA_TOTAL, "2024-07", "2025-06")
    assert (b.scope, b.date.start, b.date.end) == (Scope.AREA_TOTAL, "2023-07", "2024-06")


def test_victims_of_homicide_and_a_difference():
    ex = run("Merseyside Police said 27 people were victims of homicide in 2024/25, down from 33 "
             "in 2023/24. In all, 283 fewer people had been killed than a year earlier.",
             date(2025, 9, 18))
    assert [(c.figure.value, c.date.start) for c in ex.claims] == [(27, "2024-04"),
                                                                   (33, "2023-04")]


def test_an_australian_state():
    (c,) = run("MELBOURNE (AAP) - The agency recorded 48 murder victims in Victoria in the year to "
               "June 30.", date(2025, 9, 18)).claims
    assert (c.place.country, c.place.precision.value) == ("AU", "province")


def test_the_financial_year_named_with_the():
    (c,) = run("Police said there were 41 murders across the state in the 2024-25 financial year.",
               date(2025, 8, 15)).claims
    assert (c.date.start, c.date.end) == ("2024-04", "2025-03")


def test_the_attack_a_record_reaches_back_to_is_recalled_not_added():
    ex = run("An Israeli strike killed 20 people in Gaza City on Tuesday. The strike was the "
             "deadliest in Gaza City since October 24, when an attack on a residential block "
             "killed 31 people, according to the civil defence.", date(2024, 11, 19))
    recalled = ex.claims[1]
    assert (recalled.scope, recalled.date.start, recalled.date.end) == (
        Scope.EVENT, "2024-10-24", "2024-10-24")
    assert ex.totals[Outcome.KILLED].best == 20


def test_a_campaigns_toll_from_its_launch_and_a_city_captured():
    ex = run("Rebels captured Aleppo on Saturday. The offensive, launched on November 27 by "
             "Hayat Tahrir al-Sham and allied factions, has killed 574 people, including 104 "
             "civilians, according to the Observatory.", date(2024, 12, 3))
    assert [c.figure.value for c in ex.claims] == [574, 104]  # Aleppo is no one abducted
    toll = ex.claims[0]
    assert (toll.scope, toll.date.start, toll.date.end) == (
        Scope.CUMULATIVE, "2024-11-27", "2024-12-03")


def test_the_dead_also_include_are_of_the_running_toll_just_told():
    ex = run("An air strike killed 10 people in Ariha in October last year. The offensive, "
             "launched on November 27 by Hayat Tahrir al-Sham, has killed 574 people, according "
             "to the Observatory. The dead also include 268 fighters from HTS and its allies.",
             date(2024, 12, 3))
    toll = next(c for c in ex.claims if c.figure.value == 574)
    fighters = next(c for c in ex.claims if c.figure.value == 268)
    assert fighters.part_of == toll.id


def test_two_days_told_with_and():
    (c,) = run("Attacks on villages near Gambella on 16 and 17 March killed 12 people, officials "
               "said.", date(2025, 3, 20)).claims
    assert (c.date.start, c.date.end) == ("2025-03-16", "2025-03-17")


def test_a_man_the_police_captured_keeps_his_name_of_a_city():
    (c,) = run("Police captured Jackson after a chase.", date(2025, 3, 20)).claims
    assert (c.outcome, c.figure.span.surface) == (Outcome.ARRESTED, "Jackson")


def test_a_province_accounted_for_some_of_the_victims():
    ex = run("Ecuador recorded 9,216 murders last year. Guayas province accounted for 4,120 of "
             "the victims, including 2,870 in the port city of Guayaquil, while the neighboring "
             "canton of Duran recorded 410.", date(2026, 1, 20))
    whole, guayas, guayaquil = ex.claims
    assert (guayas.figure.value, guayas.part_of) == (4120, whole.id)
    assert (guayaquil.figure.value, guayaquil.part_of) == (2870, guayas.id)
    assert guayas.source is None  # the canton that recorded 410 tells nothing


def test_a_state_that_recorded_a_count_is_no_teller():
    (c,) = run("The state recorded more than 3,500 homicides last year, the most of any Mexican "
               "state, according to federal government figures.", date(2020, 2, 1)).claims
    assert c.source.name == "federal government"
