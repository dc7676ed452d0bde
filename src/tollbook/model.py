"""The records every stage shares.

Every stage of tollbook reads and writes these frozen dataclasses and nothing else:
read/ makes an `Article` (or a `Rejection`), extract/ turns it into `Claim`s, events.py
groups claims into `Event`s, store/ keeps them and the doors show them.

Every field that comes from the article text carries a `Span` whose `surface` is exactly
`article.text[span.start:span.end]`; a property test holds that for every claim.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any


class Outcome(str, enum.Enum):
    """What happened to the people a figure counts."""

    KILLED = "killed"
    WOUNDED = "wounded"
    MISSING = "missing"
    ABDUCTED = "abducted"
    ARRESTED = "arrested"
    DISPLACED = "displaced"


class Qualifier(str, enum.Enum):
    """How the text qualifies a number ("at least 28" is AT_LEAST)."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AROUND = "around"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"


class VictimType(str, enum.Enum):
    """Who the counted people were, as a closed set."""

    COMBATANTS = "combatants"
    CIVILIANS = "civilians"
    UNKNOWN = "unknown"


class Scope(str, enum.Enum):
    """What a figure covers: one incident, an area's total, or a running toll."""

    EVENT = "event"
    AREA_TOTAL = "area_total"
    CUMULATIVE = "cumulative"


class DatePrecision(str, enum.Enum):
    """How precisely a date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class PlacePrecision(str, enum.Enum):
    """How precisely a place is known, from a town up to a country."""

    TOWN = "town"
    DISTRICT = "district"
    PROVINCE = "province"
    COUNTRY = "country"
    UNKNOWN = "unknown"


# finer first: a town ranks before its district, province and country
PRECISION_RANK = {PlacePrecision.TOWN: 0, PlacePrecision.DISTRICT: 1,
                  PlacePrecision.PROVINCE: 2, PlacePrecision.COUNTRY: 3,
                  PlacePrecision.UNKNOWN: 4}


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: text[start:end] == surface."""

    start: int  # offset of the first character, into Article.text
    end: int  # offset one past the last character
    surface: str  # the exact characters between start and end

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of text[start:end]."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.surface}


@dataclass(frozen=True)
class Article:
    """One news report, as tollbook stores and reads it."""

    id: str  # caller's id, or a hash of the text when none was given
    text: str  # the main text, comments and page furniture already cut off
    published: date | None = None  # publication date; relative dates resolve against it
    title: str | None = None  # headline, when the input had one
    url: str | None = None  # canonical URL, when known
    outlet: str | None = None  # publishing outlet, when known
    language: str | None = None  # ISO 639-1 code detected or declared
    origin: str | None = None  # where it came from: a file path, "stdin", a WARC record
    cut_at: int | None = None  # offset in the raw text where comments/furniture were cut


@dataclass(frozen=True)
class Rejection:
    """A document tollbook refused, with a stable code and a human reason."""

    id: str  # the document's id or its origin
    code: str  # stable code, e.g. "E101" (see errors.py)
    reason: str  # what was wrong, for people
    origin: str | None = None  # where it came from

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "reason": self.reason}


@dataclass(frozen=True)
class Figure:
    """A number as the text states it: "at least 28" -> value 28, AT_LEAST, low 28."""

    value: int  # the number as stated ("between 23 and 40" -> 23)
    qualifier: Qualifier  # how it is qualified
    low: int | None  # hard lower bound the text states, None if none
    high: int | None  # hard upper bound the text states, None if unbounded
    best: int  # the single figure to count with (documented convention for vague/around)
    span: Span  # the qualifier and number, e.g. "at least 28"
    stated: bool = True  # False when counted from a singular noun ("a civilian"): no number


@dataclass(frozen=True)
class Victims:
    """Who the counted people were."""

    type: VictimType  # combatants, civilians or unknown
    actor: str | None  # the named group ("Hezbollah", "rebels", "soldiers"), if any
    span: Span | None  # the noun phrase naming them


@dataclass(frozen=True)
class Source:
    """Who a figure is attributed to (not the agency that carried the quote)."""

    name: str  # as written, e.g. "Syrian Observatory for Human Rights"
    span: Span  # where the name stands in the text


@dataclass(frozen=True)
class Place:
    """A geocoded place."""

    name: str  # canonical gazetteer name, e.g. "Al Qusayr"
    country: str | None  # ISO 3166-1 alpha-2 code
    precision: PlacePrecision  # town, district, province, country
    admin1: str | None = None  # first-order division name, e.g. "Homs"
    # WGS84; a town the gazetteer lacks (geonameid None, named by the text: "Aden's Khor
    # Maksar district") has the point of the place it is told with, or none
    lat: float | None = None  # WGS84 latitude
    lon: float | None = None  # WGS84 longitude
    geonameid: int | None = None  # GeoNames id, for matching places across articles
    span: Span | None = None  # the mention in the text, e.g. "Al-Qusayr"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, or None when one has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return km(a.lat, a.lon, b.lat, b.lon)


@dataclass(frozen=True)
class DateRange:
    """When something happened, as far as the text says."""

    start: str | None  # ISO day "2013-05-19" or month "2011-03"; None if not stated
    end: str | None  # ISO day or month; None if not stated
    precision: DatePrecision  # how precise start/end are
    span: Span | None = None  # the date expression in the text, e.g. "on Sunday"


@dataclass(frozen=True)
class Claim:
    """One casualty figure in one article."""

    id: str  # "c1", "c2"... in order of appearance, unique within the article
    outcome: Outcome  # killed, wounded, ...
    figure: Figure  # the number, its qualifier and bounds
    victims: Victims  # who they were
    source: Source | None  # who said it; None when unattributed
    place: Place | None  # where, geocoded
    date: DateRange  # when
    scope: Scope  # one event, an area total or a cumulative toll
    evidence: Span  # the sentence that states the figure
    part_of: str | None = None  # id of the claim this one is a subset of
    mentions: tuple[Span, ...] = ()  # further statements of the same figure in the text
    extra: bool = False  # stated on top of its sentence's figures ("in addition to the bomber")
    weak: bool = False  # a wound inferred from "was shot" / "with a gunshot wound", no wound word

    @property
    def value(self) -> int:
        return self.figure.value

    def to_dict(self) -> dict[str, Any]:
        """The gold-file shape, plus spans for every field."""
        f = self.figure
        return {
            "id": self.id,
            "outcome": self.outcome.value,
            "value": f.value,
            "qualifier": f.qualifier.value,
            "low": f.low,
            "high": f.high,
            "best": f.best,
            "victims": {
                "type": self.victims.type.value,
                "actor": self.victims.actor,
                "span": self.victims.span.to_dict() if self.victims.span else None,
            },
            "source": self.source.name if self.source else None,
            "source_span": self.source.span.to_dict() if self.source else None,
            "place": _place_dict(self.place),
            "date": {
                "start": self.date.start,
                "end": self.date.end,
                "precision": self.date.precision.value,
                "span": self.date.span.to_dict() if self.date.span else None,
            },
            "scope": self.scope.value,
            "part_of": self.part_of,
            "extra": self.extra,
            "weak": self.weak,
            "evidence": [self.evidence.surface] + [m.surface for m in self.mentions],
            "spans": {
                "evidence": self.evidence.to_dict(),
                "number": f.span.to_dict(),
                "mentions": [m.to_dict() for m in self.mentions],
            },
        }

    def spans(self) -> list[Span]:
        """Every span this claim keeps, for checking them against the text."""
        out = [self.evidence, self.figure.span, *self.mentions]
        for s in (self.victims.span, self.source and self.source.span,
                  self.place and self.place.span, self.date.span):
            if s:
                out.append(s)
        return out


def _place_dict(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "name": p.name,
        "country": p.country,
        "admin1": p.admin1,
        "lat": p.lat,
        "lon": p.lon,
        "precision": p.precision.value,
        "geonameid": p.geonameid,
        "span": p.span.to_dict() if p.span else None,
    }


@dataclass(frozen=True)
class Tally:
    """low / best / high for one outcome."""

    low: int | None  # lowest reliable figure
    best: int | None  # most reliable figure
    high: int | None  # highest reliable figure

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high}


@dataclass(frozen=True)
class Extraction:
    """What extraction makes of one input document: its claims and totals, or why not."""

    article: Article | None  # None when the document was rejected before it became one
    claims: tuple[Claim, ...] = ()  # every casualty claim, in text order
    totals: dict[Outcome, Tally] = field(default_factory=dict)  # event-scope totals
    rejection: Rejection | None = None  # set when the document was refused

    @property
    def id(self) -> str:
        return self.article.id if self.article else (self.rejection.id if self.rejection else "")

    def to_dict(self) -> dict[str, Any]:
        """One line of `tollbook extract --format jsonl`."""
        return {
            "id": self.id,
            "published": self.article.published.isoformat()
            if self.article and self.article.published else None,
            "claims": [c.to_dict() for c in self.claims],
            "totals": {o.value: t.to_dict() for o, t in self.totals.items()},
            "rejected": self.rejection.to_dict() if self.rejection else None,
        }


def replace(obj: Any, **changes: Any) -> Any:
    """dataclasses.replace, re-exported so stages need not import dataclasses."""
    return dataclasses.replace(obj, **changes)


# --- Events, their figures and area totals (events.py builds them, store/ keeps them) ---


class ActorKind(str, enum.Enum):
    """What kind of party an actor is, on ACLED's broad lines."""

    STATE = "state forces"
    REBELS = "rebels"
    MILITIA = "militia"
    CIVILIANS = "civilians"
    EXTERNAL = "external"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Actor:
    """A party to an event."""

    name: str  # as tollbook names it, e.g. "Hezbollah", "Syrian government forces"
    kind: ActorKind  # state forces, rebels, militia, civilians, external


@dataclass(frozen=True)
class EventFigure:
    """One claim's figure as it counts towards an event: who reported what, and when."""

    article_id: str  # the article that states it
    claim_id: str  # the claim within that article ("c1")
    outcome: Outcome  # killed, wounded, ...
    group: str  # victim group: the named actor ("Hezbollah") or the type ("civilians")
    low: int  # lowest figure the claim allows (its hard lower bound, else its best)
    best: int  # the claim's single figure
    high: int  # highest figure it allows (its hard upper bound, else its best)
    source: str  # who said it: the attributed source, else the outlet, else the article
    published: str | None = None  # the article's publication date (ISO), for history
    part_of: str | None = None  # claim id of its parent: such figures never add up
    qualifier: Qualifier = Qualifier.EXACT  # how the text qualified the number


@dataclass(frozen=True)
class GroupTally:
    """low / best / high for one victim group and outcome, with what stands behind it."""

    outcome: Outcome  # killed, wounded, ...
    group: str  # victim group ("Hezbollah", "civilians", "unknown")
    low: int  # lowest reliable figure
    best: int  # most reliable figure
    high: int  # highest reliable figure
    claims: tuple[str, ...]  # "article_id/claim_id" of every figure counted
    sources: tuple[str, ...]  # the independent sources behind it, sorted
    articles: tuple[str, ...]  # the articles behind it, sorted


@dataclass(frozen=True)
class Event:
    """One incident or battle, possibly reported by many articles."""

    type: str  # ACLED event type, e.g. "Battles"
    sub_type: str  # ACLED sub-event type, e.g. "Armed clash"
    place: Place | None  # where, at the best precision any report gave
    date: DateRange  # when: the span the reports agree on
    actors: tuple[Actor, ...]  # the parties involved
    figures: tuple[EventFigure, ...]  # every figure from every report, earlier ones kept
    id: int | None = None  # store id, None until stored


@dataclass(frozen=True)
class AreaTotal:
    """A toll for a whole area and period ("164 across Syria on Sunday"), never an event."""

    article_id: str  # the article that states it
    claim_id: str  # the claim within that article
    scope: Scope  # AREA_TOTAL or CUMULATIVE
    outcome: Outcome  # killed, wounded, ...
    place: Place | None  # the area, usually a country or province
    date: DateRange  # the period it covers ("2011-03".."2013-05-20")
    low: int | None  # hard lower bound the text states
    best: int  # the single figure
    high: int | None  # hard upper bound, None if unbounded
    source: str | None  # who said it
    published: str | None  # the article's publication date (ISO)
    evidence: str  # the sentence that states it
