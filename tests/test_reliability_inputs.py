"""Hostile input through the readers, the number grammar, dates and the whole extraction.

Short versions of what `make check-reliability` runs for minutes (src/tollbook/reliability):
hypothesis properties here, a few seconds of atheris, every named hostile case once.
"""

from __future__ import annotations

import random
import string
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tollbook import pipeline
from tollbook.extract import dates, numbers
from tollbook.model import Article, Rejection
from tollbook.read.html import read_html, read_html_bytes
from tollbook.read.text import read_bytes, read_text
from tollbook.read.warc import records
from tollbook.reliability import inputs

FAST = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Text that hits the grammar: trigger words, qualifiers, numbers, invisible characters.
WORDS = st.sampled_from([
    "killed", "wounded", "dead", "at", "least", "more", "than", "28", "1,000", "100.000",
    "twenty-one", "dozens", "people", "soldiers", "rebels", "in", "Kabul", "on", "Sunday",
    "said", "police", ".", ",", "and", "of", "them", "\u200b", "\u202e", "\u00ad", "\n",
    "9" * 400, "March", "2011", "since", "last", "week", "yesterday", "between", "up", "to",
])
PROSE = st.lists(WORDS, max_size=200).map(" ".join)


def _outcome(item) -> str:
    ex = pipeline.run(item, seconds=5)
    if ex.rejection is not None:
        assert ex.rejection.code.startswith("E")
        return ex.rejection.code
    for c in ex.claims:
        s = c.figure.span
        assert ex.article.text[s.start:s.end] == s.surface
    return "ok"


@FAST
@given(st.binary(max_size=5000))
def test_text_reader_and_extraction_never_raise_on_bytes(raw):
    item = read_bytes(raw, doc_id="b")
    assert isinstance(item, Article | Rejection)
    _outcome(item)


@FAST
@given(st.binary(max_size=5000))
def test_html_reader_never_raises_on_bytes(raw):
    assert isinstance(read_html_bytes(b"<html><body><p>" + raw, doc_id="h"), Article | Rejection)


@FAST
@given(PROSE)
def test_whole_extraction_keeps_spans_on_hostile_prose(text):
    _outcome(read_text(text, doc_id="p"))


@FAST
@given(st.text(string.digits + ",. -", max_size=3000) | PROSE)
def test_number_grammar_never_raises(text):
    numbers.parse_figure(text)
    toks = numbers.tokenize(text)
    for i in range(min(len(toks), 40)):
        numbers.figure_at(toks, i, text)


@FAST
@given(PROSE, st.none() | st.dates(date(1, 1, 1), date(9999, 12, 31)))
def test_dates_resolve_against_any_publication_date(text, pub):
    for d in dates.find_dates(text, 0, len(text), pub):
        assert d.span is None or text[d.span.start:d.span.end] == d.span.surface


@FAST
@given(st.integers(1, 3000))
def test_deep_html_never_raises(depth):
    page = "<div>" * depth + "<p>" + inputs.REPORT.format(n=3) + "</p>" + "</div>" * depth
    assert isinstance(read_html(page, doc_id="deep"), Article | Rejection)


def test_every_named_hostile_case_is_coded_with_no_crash_or_hang():
    # A hang here means unbounded, not slow: the box is shared, so the limit is wide
    # (the budget's own bound is tested tightly in test_reliability_budget.py).
    tally = inputs.run_hostile(limit=60)
    assert tally.crashes == [] and tally.hangs == [], (tally.crashes, tally.hangs)
    assert tally.tried == sum(tally.codes.values()) >= 17
    assert tally.peak_rss_mb < 3000


def test_gzip_bomb_in_a_warc_record_is_refused_without_inflating_it(tmp_path):
    # Regression: warcio inflates Content-Encoding: gzip, and the body was read whole
    # (1 GB of zeros from a 3 kB file, 2 GB of memory); now read to the limit and refused.
    path = str(tmp_path / "bomb.warc.gz")
    inputs.gzip_bomb_warc(path, gigabytes=0.25)
    before = inputs.rss_mb()
    out = list(records(path))
    assert [getattr(r, "code", "page") for r in out] == ["page", "E104", "page"]
    assert inputs.rss_mb() - before < 150


def test_jsonl_stream_gives_every_line_an_outcome_in_flat_memory(tmp_path):
    tally = inputs.stream_jsonl(30_000, tmp=str(tmp_path))
    assert tally.crashes == []
    assert {"ok", "E108", "E107", "E109", "E103"} <= set(tally.codes)
    assert tally.peak_rss_mb < 100


@pytest.mark.slow
def test_atheris_finds_no_crash_in_a_few_seconds(tmp_path):
    pytest.importorskip("atheris")
    from tollbook.reliability import fuzz

    result = fuzz.campaign(8, str(tmp_path))
    assert result["crashes"] == [] and result["hangs"] == [], result["log"]
    assert result["tried"] > 100


def test_random_unicode_soup_is_coded():
    rng = random.Random(6)
    for _ in range(20):
        soup = "".join(chr(rng.randrange(0x20, 0x30000)) for _ in range(3000))
        _outcome(read_text(soup + " " + inputs.REPORT.format(n=4), doc_id="soup"))
