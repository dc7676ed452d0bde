"""Helpers for the extraction tests (test_claims.py, test_pipeline.py)."""

from __future__ import annotations

from tollbook.model import Outcome


def killed_wounded(ex):
    """(killed best, wounded best) of an extraction's totals, 0 for an outcome it lacks."""
    return tuple(ex.totals[o].best if o in ex.totals else 0
                 for o in (Outcome.KILLED, Outcome.WOUNDED))


def figures_and_parts(ex):
    """(outcome, value, part_of) of every claim of an extraction, sorted."""
    return sorted((c.outcome.value, c.figure.value, c.part_of) for c in ex.claims)
