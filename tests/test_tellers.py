"""Who told a figure, where the words around the teller mislead: the readings session 26's
held-out sets (h78, h79) found wrong."""
from __future__ import annotations

from datetime import date

import pytest

from tollbook import pipeline
from tollbook.read.text import read_text


@pytest.mark.parametrize("text, teller", [
    # a time told before the pronoun is no part of the teller
    ("A police spokesman said 12 people had died. On Saturday morning he said 19 people had "
     "been killed.", "A police spokesman"),
    ("Late on Wednesday, a security official speaking on condition of anonymity said a fourth "
     "soldier had died of his injuries.", "a security official"),
    ("A member of the Ayadaw People's Defence Force (PDF) who helped recover bodies said 23 "
     "bodies had been pulled from the rubble.", "A member of the Ayadaw People's Defence Force"),
    ('"We have confirmed 21 deaths with families who were called to the morgue," the group\'s '
     "coordinator, Lucia Vera, told The Associated Press.", "Lucia Vera"),
    ("According to preliminary Interior Ministry data reviewed by this outlet, 9,216 people "
     "were murdered in Ecuador last year.", "preliminary Interior Ministry"),
    # an aside between the teller and the speech verb
    ("Police in the provincial capital Pemba, meanwhile, said they had arrested six people.",
     "Police in the provincial capital Pemba"),
    # the same source as the figure before
    ('"We have counted 14 dead," said the official. Two soldiers were also killed, according '
     "to the same source.", "the official"),
    # those on the ground, not the ground
    ("Partners on the ground reported higher figures that could not be verified, including at "
     "least two migrants killed.", "Partners on the ground"),
])
def test_the_teller_past_what_surrounds_it(text, teller):
    last = pipeline.run(read_text(text, published=date(2025, 3, 10))).claims[-1]
    assert last.source is not None and last.source.name == teller


def test_a_capital_that_comments_is_a_government_not_a_place():
    ex = pipeline.run(read_text(
        "SINJAR, Iraq (AFP) - A Turkish drone strike killed three fighters near Sinjar on "
        "Monday.\n\nAnkara rarely comments on individual strikes.\n\nIn August last year, a "
        "drone strike on a vehicle in Khanasor killed two fighters and a child, according to "
        "local officials.", published=date(2025, 6, 10)))
    assert all(c.place is not None and c.place.country == "IQ" for c in ex.claims)


def test_a_description_stands_for_the_body_of_its_kind():
    ex = pipeline.run(read_text(
        "Syria's defence ministry said hundreds of terrorists had been killed. The Syrian "
        "Observatory for Human Rights said the offensive had killed 574 people. The dead also "
        "include 268 fighters, the monitor said.", published=date(2024, 12, 3)))
    fighters = next(c for c in ex.claims if c.figure.value == 268)
    assert fighters.source.name == "Syrian Observatory for Human Rights"


def test_the_agency_told_with_no_name_before_keeps_its_words():
    (c,) = pipeline.run(read_text(
        "The agency recorded 48 murder victims across the state in the year to June 30.",
        published=date(2025, 9, 18))).claims
    assert c.source is not None and c.source.name == "The agency"


@pytest.mark.parametrize("text, teller", [
    ("Shreveport police arrested four people in the weeks after the shooting.",
     "Shreveport police"),
    ("West Midlands Police arrested nine people during the investigation.",
     "West Midlands Police"),
    # another teller in the sentence tells the arrests
    ("Nicaraguan police arrested at least 14 people, the Mechanism for the Recognition of "
     "Political Prisoners said.", "Mechanism for the Recognition of Political Prisoners"),
])
def test_arrests_told_by_the_body_that_made_them(text, teller):
    (c,) = pipeline.run(read_text(text, published=date(2025, 9, 18))).claims
    assert c.source is not None and c.source.name == teller


@pytest.mark.parametrize("text", [
    "Haut-Mbomou already hosted some 18,000 internally displaced persons, out of a total "
    "population estimated at 90,000.",
    "Figures that could not be verified included two migrants killed.",
])
def test_no_teller_in_a_participle(text):
    assert all(c.source is None for c in pipeline.run(
        read_text(text, published=date(2025, 3, 10))).claims)
