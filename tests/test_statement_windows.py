"""Dates told against a statement's day, not the report's: "said Thursday ... in the past
week", "on the night of 13/14 November", "Earlier this month"."""
from __future__ import annotations

from datetime import date

import pytest

from tollbook.extract.dates import find_dates

PUB = date(2024, 11, 16)  # a Saturday


def spans(text: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(d.start, d.end) for d in find_dates(text, 0, len(text), published)]


@pytest.mark.parametrize("text", [
    "The military said Thursday that troops had killed 40 militants in the past week.",
    "Troops killed 40 militants in the past week, the military said on Thursday.",
])
def test_a_window_ends_on_the_day_its_statement_was_made(text):
    assert ("2024-11-07", "2024-11-14") in spans(text)


def test_a_window_with_no_statement_day_ends_on_the_report():
    assert spans("Troops killed 40 militants in the past week, the military said.") == [
        ("2024-11-09", "2024-11-16")]


def test_a_night_across_two_dates_is_both_days():
    assert spans("Two soldiers were killed on the night of 13/14 November.") == [
        ("2024-11-13", "2024-11-14")]


def test_earlier_this_month_is_before_the_report():
    assert spans("Earlier this month, militants killed three soldiers.") == [
        ("2024-11-01", "2024-11-15")]
    # (on a month's first day there is no earlier day of it: the month)
    assert spans("Earlier this month, militants killed three soldiers.",
                 date(2024, 11, 1)) == [("2024-11", "2024-11")]
