"""Helpers for the store tests: hand-built articles and claims, and a store per backend.

Claims are built by hand (not by the pipeline) so the store tests pin the store's own
behaviour; test_events.py runs the pipeline end to end.
"""

from __future__ import annotations

import re
import uuid
from datetime import date

import psycopg

from tollbook.model import (
    Article,
    Claim,
    DatePrecision,
    DateRange,
    Extraction,
    Figure,
    Outcome,
    Place,
    PlacePrecision,
    Qualifier,
    Scope,
    Source,
    Span,
    Victims,
    VictimType,
)
from tollbook.store import open_store

QUSAYR = dict(name="Al Qusayr", country="SY", admin1="Homs", lat=34.509, lon=36.58,
              geonameid=173322, precision=PlacePrecision.TOWN)
TALKALAKH = dict(name="Tallkalakh", country="SY", admin1="Homs", lat=34.668, lon=36.26,
                 geonameid=163533, precision=PlacePrecision.TOWN)


def claim(text: str, cid: str, number: str, *, victims: str | None = None,
          vtype=VictimType.COMBATANTS, actor: str | None = None, source: str | None = None,
          place: dict | None = None, day: str | None = "2013-05-19", outcome=Outcome.KILLED,
          qualifier=Qualifier.EXACT, value: int | None = None, low=None, high=None,
          scope=Scope.EVENT, part_of=None) -> Claim:
    """A claim whose spans point at the first occurrence of each string in `text`."""
    def span(s: str | None) -> Span | None:
        if s is None:
            return None
        i = text.index(s)
        return Span.of(text, i, i + len(s))

    nspan = span(number)
    sent_start = text.rfind(". ", 0, nspan.start)
    sent_start = 0 if sent_start < 0 else sent_start + 2
    sent_end = text.find(".", nspan.end)
    sent_end = len(text) if sent_end < 0 else sent_end + 1
    v = value if value is not None else int(re.search(r"\d+", number).group())
    pl = None
    if place:
        pl = Place(span=span(place.pop("mention", None)), **place)
    return Claim(
        id=cid, outcome=outcome,
        figure=Figure(v, qualifier, low, high, v, nspan),
        victims=Victims(vtype, actor, span(victims)),
        source=Source(source, span(source)) if source else None,
        place=pl,
        date=DateRange(day, day, DatePrecision.DAY if day else DatePrecision.UNKNOWN),
        scope=scope, evidence=Span.of(text, sent_start, sent_end), part_of=part_of,
    )


def extraction(aid: str, text: str, claims, *, published="2013-05-20", url=None,
               outlet=None) -> Extraction:
    art = Article(id=aid, text=text, published=date.fromisoformat(published), url=url,
                  outlet=outlet, language="en")
    return Extraction(art, tuple(claims))


def report(aid: str, toll: int, source: str, *, place=QUSAYR, mention="Qusayr",
           published="2013-05-20", day="2013-05-19", outlet=None, url=None,
           verb="clashes") -> Extraction:
    """An invented one-line report of a fight, with one figure for rebels killed."""
    text = (f"The {source} said {toll} rebels were killed in {verb} with government "
            f"troops in {mention} on Sunday. Residents described heavy fighting.")
    return extraction(aid, text, [claim(text, "c1", str(toll), victims="rebels",
                                        actor="rebels", source=source,
                                        place=dict(place, mention=mention), day=day)],
                      published=published, outlet=outlet, url=url)


def make_store(backend: str, tmp_path, pg_url_factory):
    """A fresh, empty store on SQLite (a file) or PostgreSQL (a schema of its own)."""
    if backend == "sqlite":
        url = str(tmp_path / "t.db")
    else:
        url = pg_url_factory()
    return open_store(url), url


def fresh_pg_schema(base_url: str) -> str:
    """A URL whose connections work in a new, empty schema of their own."""
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in base_url else "?"
    return f"{base_url}{sep}options=-csearch_path%3D{name}"
