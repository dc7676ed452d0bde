"""Helpers for the extraction tests (test_claims.py, test_pipeline.py)."""

from __future__ import annotations

from datetime import date

from tollbook import pipeline
from tollbook.model import Outcome
from tollbook.read.text import read_text


def run(text: str, published: date | None = None):
    """The extraction of a text published that day."""
    return pipeline.run(read_text(text, published=published))


def killed_wounded(ex):
    """(killed best, wounded best) of an extraction's totals, 0 for an outcome it lacks."""
    return tuple(ex.totals[o].best if o in ex.totals else 0
                 for o in (Outcome.KILLED, Outcome.WOUNDED))


def figures_and_parts(ex):
    """(outcome, value, part_of) of every claim of an extraction, sorted."""
    return sorted((c.outcome.value, c.figure.value, c.part_of) for c in ex.claims)


def fates(text: str, published: date | None = None) -> list[tuple[Outcome, int]]:
    """Each claim's outcome and best figure, in order."""
    return [(c.outcome, c.figure.best) for c in run(text, published).claims]


def parts(text: str, published: date | None = None) -> list[tuple[str, int, str | None]]:
    """Each claim's outcome, best figure and parent, in order."""
    return [(c.outcome.value, c.figure.best, c.part_of) for c in run(text, published).claims]


def at(published: date):
    """run, fates and parts of texts published that day: a test file's three readers."""
    return (lambda text, on=published: run(text, on),
            lambda text: fates(text, published),
            lambda text: parts(text, published))
