"""Readings session 33's sets found wanting: figures a periodic report (a UN mission's
quarterly update, an OCHA weekly, an army's weekly briefing) counts "during the reporting
period", and that count told again."""
from __future__ import annotations

from datetime import date

import extractkit
from tollbook.model import Scope

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
