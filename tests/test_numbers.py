"""The number grammar: phrasings -> value, qualifier, bounds."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tollbook.extract.numbers import figure_at, parse_digits, parse_figure, tokenize
from tollbook.model import Qualifier as Q


@pytest.mark.parametrize(
    "text,value,qualifier,low,high",
    [
        ("at least 28", 28, Q.AT_LEAST, 28, None),
        ("more than 70", 70, Q.MORE_THAN, 71, None),
        ("over 1,000", 1000, Q.MORE_THAN, 1001, None),
        ("94,000", 94000, Q.EXACT, 94000, 94000),
        ("100.000", 100000, Q.EXACT, 100000, 100000),
        ("four", 4, Q.EXACT, 4, 4),
        ("twenty-one", 21, Q.EXACT, 21, 21),
        ("two hundred and fifty", 250, Q.EXACT, 250, 250),
        ("a dozen", 12, Q.EXACT, 12, 12),
        ("dozens", 12, Q.VAGUE, 12, None),
        ("scores", 20, Q.VAGUE, 20, None),
        ("hundreds", 100, Q.VAGUE, 100, None),
        ("millions", 1_000_000, Q.VAGUE, 1_000_000, None),
        ("tens of thousands", 10_000, Q.VAGUE, 10_000, None),
        ("hundreds of thousands", 100_000, Q.VAGUE, 100_000, None),
        ("several dozen", 12, Q.VAGUE, 12, None),
        ("a few dozen", 12, Q.VAGUE, 12, None),
        ("several hundred", 100, Q.VAGUE, 100, None),
        ("a few", 3, Q.VAGUE, 3, None),
        ("up to 10", 10, Q.UP_TO, None, 10),
        ("as many as 30", 30, Q.UP_TO, None, 30),
        ("at most 5", 5, Q.UP_TO, None, 5),
        ("no more than 5", 5, Q.UP_TO, None, 5),
        ("a maximum of 5", 5, Q.UP_TO, None, 5),
        ("nearly 30", 30, Q.AROUND, None, None),
        ("around 30", 30, Q.AROUND, None, None),
        ("some 40", 40, Q.AROUND, None, None),
        ("less than 5", 5, Q.LESS_THAN, None, 4),
        ("anywhere from 23 to 40", 23, Q.RANGE, 23, 40),
        ("between 23 and 40", 23, Q.RANGE, 23, 40),
        ("two or three", 2, Q.RANGE, 2, 3),
        ("28 or more", 28, Q.AT_LEAST, 28, None),
        ("one million", 1_000_000, Q.EXACT, 1_000_000, 1_000_000),
        ("1.5 million", 1_500_000, Q.EXACT, 1_500_000, 1_500_000),
        ("half a million", 500_000, Q.EXACT, 500_000, 500_000),
        ("more than half a million", 500_000, Q.MORE_THAN, 500_001, None),
    ],
)
def test_phrasing(text, value, qualifier, low, high):
    f = parse_figure(text)
    assert f is not None
    assert (f.value, f.qualifier, f.low, f.high) == (value, qualifier, low, high)
    assert f.span.surface == text


def test_a_day_of_an_abbreviated_month_starts_no_range():
    # "on Oct. 1 to 16": a date, then the count, not "1 to 16"
    toks = tokenize("began on Oct. 1 to 16")
    found = [figure_at(toks, i, "began on Oct. 1 to 16") for i in range(len(toks))]
    assert [f[0].qualifier for f in found if f is not None] == [Q.EXACT, Q.EXACT]
    assert parse_figure("as high as 150,000").qualifier == Q.UP_TO


@pytest.mark.parametrize("text", ["2.5 km", "the", ""])
def test_not_a_count(text):
    assert parse_figure(text) is None


def test_european_and_english_separators_agree():
    assert parse_digits("100.000") == parse_digits("100,000") == 100000


def test_decimal_is_not_thousands():
    assert parse_digits("5.30") == 5.3


@given(st.text(max_size=200))
def test_tokens_keep_offsets(text):
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_round_trip(n):
    assert parse_digits(f"{n:,}") == n
    assert parse_digits(str(n)) == n


@given(st.text(alphabet="0123456789.,", max_size=3000))
def test_long_digit_strings_do_not_crash(s):
    parse_figure(s)
