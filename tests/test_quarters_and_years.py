"""Statistics stories told by quarter and by financial year, and the figures that compare
with them: the readings session 27 found wanting in h81's quarterly crime figures."""
from __future__ import annotations

from datetime import date

import pytest

from extractkit import run
from tollbook.extract import dates
from tollbook.model import Outcome, Scope


@pytest.mark.parametrize("phrase, start, end", [
    ("in the first quarter of 2024", "2024-01", "2024-03"),
    ("in the third quarter of last year", "2024-07", "2024-09"),
    ("during the last quarter of 2023", "2023-10", "2023-12"),
    ("in Q2 2023", "2023-04", "2023-06"),
    # a financial year's quarter, April to March: its third is October to December
    ("in the third quarter of the 2023/24 financial year", "2023-10", "2023-12"),
    ("in the fourth quarter of the 2023-24 fiscal year", "2024-01", "2024-03"),
])
def test_a_quarter_is_its_three_months(phrase, start, end):
    text = f"Police recorded 412 murders {phrase}."
    (d,) = dates.find_dates(text, 0, len(text), date(2025, 2, 21))
    assert (d.start, d.end) == (start, end)


def test_a_figure_in_the_quarter_takes_the_quarter_the_lead_told():
    ex = run("A total of 6,953 people were murdered in South Africa between October and "
             "December 2024, police said. That is 283 fewer than in the third quarter of the "
             "2023/24 financial year, when 7,236 murders were recorded. The Eastern Cape "
             "recorded 1,134 murders in the quarter, with the Nelson Mandela Bay metro "
             "accounting for 289 of those.", date(2025, 2, 21))
    by_value = {c.figure.best: c for c in ex.claims}
    assert (by_value[7236].date.start, by_value[7236].date.end) == ("2023-10", "2023-12")
    for n in (1134, 289):  # the lead's quarter, not the one compared with it
        assert (by_value[n].date.start, by_value[n].date.end) == ("2024-10", "2024-12")
        assert by_value[n].scope == Scope.AREA_TOTAL
    assert by_value[289].part_of == by_value[1134].id
    # a province that recorded a count tells it to no one, nor its parts
    assert by_value[1134].source is None and by_value[289].source is None


def test_a_comparison_with_the_same_period_leaves_the_figure_its_own_months():
    (c,) = run("A total of 6,953 people were murdered in South Africa between October and "
               "December 2024, a decrease of 3.9% compared with the same period the year "
               "before, according to the latest quarterly crime statistics released by the "
               "South African Police Service (SAPS) on Friday.", date(2025, 2, 21)).claims
    assert (c.scope, c.date.start, c.date.end) == (Scope.AREA_TOTAL, "2024-10", "2024-12")
    assert c.source.name == "South African Police Service"  # the body that released them


def test_a_count_over_the_same_period_last_year_is_still_a_running_toll():
    # (a guard: the comparison above must not lose this one)
    ex = run("The police web site now reports nine homicide victims during the first nine days "
             "of 2014. Six people had been killed during the same period last year.",
             date(2014, 1, 10))
    six = next(c for c in ex.claims if c.figure.best == 6)
    assert six.scope == Scope.CUMULATIVE


@pytest.mark.parametrize("dateline, start, end", [
    # Australia's financial year runs July to June; Britain's April to March
    ("BRISBANE, Queensland -", "2024-07", "2025-06"),
    ("LONDON -", "2024-04", "2025-03"),
])
def test_a_financial_year_is_the_countrys(dateline, start, end):
    ex = run(f"{dateline} Police recorded 41 murders in the 2024-25 financial year, "
             "official figures show.", date(2025, 8, 15))
    (c,) = ex.claims
    assert (c.date.start, c.date.end) == (start, end)


def test_a_monitors_month_is_an_area_total():
    ex = run("BEIRUT - More than 1,000 people were killed across Syria in May, a war monitor said "
             "Saturday. The Syrian Observatory for Human Rights said it had documented the "
             "deaths of 1,086 people during the month, including 371 civilians. In April, the "
             "monitor had recorded 904 deaths.", date(2019, 6, 1))
    by_value = {c.figure.best: c for c in ex.claims}
    for n in (1086, 904):
        assert by_value[n].scope == Scope.AREA_TOTAL
    assert (by_value[1086].date.start, by_value[1086].date.end) == ("2019-05", "2019-05")
    assert by_value[371].part_of == by_value[1086].id


def test_one_months_attack_is_still_an_event():
    # (a guard: a month with no monitor's words is an incident's)
    (c,) = run("Gunmen killed 60 villagers in an attack on Kukawa in May, residents said.",
               date(2019, 6, 20)).claims
    assert c.scope == Scope.EVENT


def test_a_ranking_of_countries_counts_each_where_it_is():
    ex = run("DAKAR - Jihadist violence killed more than 10,000 people in the Sahel last year, a "
             "think tank said on Monday. Its figures are grim. Burkina Faso alone recorded "
             "7,412 deaths, followed by Mali with 2,471 and Niger with 991, according to the "
             "analysis.", date(2025, 4, 14))
    by_value = {c.figure.best: c for c in ex.claims}
    assert [(by_value[n].place.name, by_value[n].scope) for n in (7412, 2471, 991)] == [
        ("Burkina Faso", Scope.AREA_TOTAL), ("Mali", Scope.AREA_TOTAL),
        ("Niger", Scope.AREA_TOTAL)]
    assert by_value[7412].source.name == "the analysis"  # (the country tells no one)


def test_a_place_told_with_more_wounded_is_no_ranking():
    # (a guard: the seed's "killed in Syria, with around 30 more wounded" stays an event)
    ex = run("A source close to Hezbollah told AFP at least 20 members had been killed in Syria, "
             "with around 30 more wounded.", date(2013, 5, 20))
    assert {c.scope for c in ex.claims} == {Scope.EVENT}


@pytest.mark.parametrize("text, teller", [
    ('"We have so far verified the killing of at least 129 civilians in Zamzam since Friday, '
     'but the real number is far higher," Adaeze Okonjo, the UN\'s deputy humanitarian '
     'coordinator for Sudan, told AFP.', "Adaeze Okonjo"),
    ("Lawyers in the capital, Addis Ababa, said at least 37 people had been arrested since "
     "the weekend.", "Lawyers in the capital"),
    ("In 2022 the database recorded 121 aid workers killed.", "the database"),
])
def test_tellers_of_statistics(text, teller):
    (c,) = run(text, date(2025, 4, 14)).claims
    assert c.source.name == teller


def test_shares_of_a_toll_told_before():
    ex = run("The mission documented 533 civilian deaths and 1,221 injuries in the first "
             "quarter. Women accounted for 61 of the dead and 154 of the wounded. Al-Shabab was "
             "responsible for 371 of the injuries, the report said.", date(2020, 4, 21))
    by_value = {c.figure.best: c for c in ex.claims}
    assert (by_value[533].date.start, by_value[533].date.end) == ("2020-01", "2020-03")
    assert [(by_value[n].outcome.value, by_value[n].part_of) for n in (61, 154, 371)] == [
        ("killed", by_value[533].id), ("wounded", by_value[1221].id),
        ("wounded", by_value[1221].id)]
    assert by_value[61].scope == Scope.AREA_TOTAL


def test_victims_of_homicide_registered():
    ex = run("Mexico registered 34,608 victims of homicide in 2019, up from 33,699 victims in "
             "2018, the statistics institute said.", date(2020, 1, 21))
    assert sorted((c.figure.best, c.date.start, c.scope) for c in ex.claims) == [
        (33699, "2018-01", Scope.AREA_TOTAL), (34608, "2019-01", Scope.AREA_TOTAL)]


@pytest.mark.parametrize("text, n", [
    ("The state recorded 84 domestic violence homicides statewide in 2022.", 84),
    ("There were 12 gang-related killings in the city last year.", 12),
])
def test_deaths_of_a_violent_kind(text, n):
    (c,) = run(text, date(2023, 10, 12)).claims
    assert (c.outcome, c.figure.best) == (Outcome.KILLED, n)


@pytest.mark.parametrize("text", [
    "Two traffic deaths were reported.",
    "Police investigated 40 overdose deaths last year.",
])
def test_deaths_of_no_violence(text):
    # (a guard: only violence's kinds count)
    assert run(text, date(2023, 10, 12)).claims == ()
