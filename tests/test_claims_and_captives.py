"""Readings session 31's work found wanting: captors named before a relative clause, and a
figure "of them" out of another group than the same figure told before it."""
from __future__ import annotations

from datetime import date

import extractkit
from tollbook.model import Outcome

PUB = date(2025, 3, 3)  # a Monday


run, fates, parts = extractkit.at(PUB)


def test_captors_named_before_a_relative_clause_still_take_people():
    text = ("The attackers, who arrived on dozens of motorcycles shortly after morning assembly, "
            "also seized three teachers from the school in Kidandan, a district head said.")
    c, = run(text).claims
    assert (c.outcome, c.figure.value, c.victims.actor) == (Outcome.ABDUCTED, 3, "teachers")


def test_a_relative_clause_after_other_people_names_no_captors():
    # the clause's subject before "who" is no armed group: no one is carried off
    text = ("The villagers, who arrived on motorcycles, also seized three rifles from the "
            "school in Kidandan.")
    assert not run(text).claims


def test_two_of_another_group_are_not_the_two_killed_before():
    text = ("Gunmen abducted 23 passengers on the highway on Saturday and killed two others who "
            "tried to escape, police said. In March, 11 travellers kidnapped on the same "
            "stretch were freed after 41 days in captivity. Two of them died in captivity, "
            "relatives said.")
    got = [(c.outcome, c.figure.value) for c in run(text).claims]
    assert got.count((Outcome.KILLED, 2)) == 2


def test_two_of_the_same_group_told_again_stay_one_claim():
    text = ("The toll rose to nine on Sunday after two of the wounded died in hospital, police "
            "said. Six other people were wounded and rushed to hospital. Sadly, two of them died "
            "this morning, the spokesman said.")
    got = [(c.outcome, c.figure.value) for c in run(text).claims]
    assert got.count((Outcome.KILLED, 2)) == 1


def test_the_number_of_people_of_a_fate_put_at_a_figure():
    text = ("Police put the number of pupils missing at 87, saying a headcount was still under "
            "way.")
    c, = run(text).claims
    assert (c.outcome, c.figure.value) == (Outcome.MISSING, 87)


def test_one_person_of_a_thing_described_in_apposition():
    text = ("The driver of the bus, a brightly painted tap-tap that was carrying some 30 people, "
            "was shot dead near Cabaret, police said.")
    c, = run(text).claims
    assert (c.outcome, c.figure.value, c.victims.actor) == (Outcome.KILLED, 1, "driver")
