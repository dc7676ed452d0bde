"""The per-article time budget really bounds extraction, and pipeline.run never raises.

Regression tests for what issue 6's fuzzing found: the budget was checked only at the top
of each sentence, so one long sentence ran past it unnoticed; a sentence full of
coordinated figures was quadratic in the claims grammar (minutes for 500 kB); and a
sentence over spaCy's 1,000,000-character limit made pipeline.run raise ValueError.
"""

from __future__ import annotations

import time

import pytest

from tollbook import pipeline
from tollbook.model import Article

BUDGET = 1.0
# Over the budget by at most the watchdog's grace plus one C call and a loaded 2-core box.
SLACK = 4.0


def _run(text: str):
    t = time.monotonic()
    ex = pipeline.run(Article("hostile", text), seconds=BUDGET)
    return ex, time.monotonic() - t


@pytest.mark.parametrize("text", [
    "Five people were killed in Kabul " + "5 soldiers and 6 rebels were killed, " * 14_000,
    "Five people were killed in Kabul " + "At least 5 soldiers said " * 40_000,
    "Five people were killed. " + "killed " * 100_000,
], ids=["coordinated-figures", "figures-then-said", "100k-trigger-words"])
def test_time_budget_bounds_one_long_sentence(text):
    ex, took = _run(text)
    assert took < BUDGET + SLACK, took
    # Either it finished inside the budget or it was stopped with the budget's code.
    assert ex.rejection is None or ex.rejection.code == "E112", ex.rejection


def test_sentence_over_spacys_limit_never_raises():
    # Regression: a >1M-character "sentence" reached spaCy, whose E088 escaped run().
    # Sentences are now cut to MAX_SENTENCE, so the text is read (or refused with a code).
    filler = "ten men from the town were killed and "  # words before the verb: spaCy checks
    text = "Five people were killed in Kabul " + filler * (1_050_000 // len(filler))
    ex = pipeline.run(Article("long", text), seconds=120)  # a budget that lets spaCy run
    if ex.rejection is not None:
        assert ex.rejection.code in ("E199", "E112")
    else:
        assert ex.claims


def test_coordinated_gap_is_read_the_same_after_the_quadratic_fix():
    # The fix bounds the gap slice to 9 tokens; a short gap still coordinates.
    text = ("Fifty-six rebels were killed, six of them on Monday, and four civilians, "
            "the Observatory said.")
    ex = pipeline.run(Article("coord", text))
    assert sorted(c.figure.value for c in ex.claims) == [4, 6, 56]


def test_models_load_before_the_first_articles_budget_starts():
    """Loading the tagger takes about 0.8 s, several times that on a loaded machine: charged
    to the first article's budget, a CLI run of eight processes on two cores rejected its
    first article with E112. A fresh process records whether the model is loaded when
    extraction (and its budget) starts."""
    import subprocess
    import sys

    code = (
        "from tollbook import nlp, pipeline\n"
        "from tollbook.model import Article\n"
        "seen = []\n"
        "real = pipeline.extract\n"
        "def watch(article, **kw):\n"
        "    seen.append(nlp._load.cache_info().currsize)\n"
        "    return real(article, **kw)\n"
        "pipeline.extract = watch\n"
        "ex = pipeline.run(Article('a', 'No one was hurt.'), seconds=30)\n"
        "print(seen, ex.rejection)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["[1]", "None"]
