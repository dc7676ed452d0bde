"""Claims -> events, the low/best/high policy, and the matching of events across articles.

Pure functions over records: nothing here reads or writes the store (store/ calls in).

The chain for one article:
  article_events   event-scope claims -> one Event per place and period (+ AreaTotals)
  classify         ACLED event type and sub-type, by keyword rules (_TYPE_RULES)
  actors_of        the parties, by keyword rules (_ACTOR_RULES) and the victims named
and for the store, across articles:
  same_event       does a new article's event describe a stored one? (match_score)
  merge            the stored event with the new article's figures added, none dropped
  tally            per victim group and outcome low/best/high: TALLY_POLICY (swappable)
  total            the groups of one outcome added up

Grouping rules (documented in the README):
- Within one article, event-scope claims at the same place (GeoNames id, else name and
  country) whose dates overlap (one day of slack) are one event. Claims placed only at
  country level, or not at all, join the article's largest event in that country: a
  report of "at least 20 killed in Syria" in an article about one battle is that battle.
- Across articles, two events are one when their places match (same GeoNames id or
  name; or two towns within TOWN_RADIUS_KM in the same admin1; or a province and a town
  in it), their dates overlap with one day of slack, their types are compatible (equal,
  or a battle and the shelling or air strikes in it), and their armed actors' kinds are
  not disjoint. A country-level event never matches across articles: too vague.
- Area totals and cumulative tolls never become events (see AreaTotal).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta

from .extract.dates import first_day, last_day
from .extract.places import within
from .model import (
    PRECISION_RANK,
    Actor,
    ActorKind,
    AreaTotal,
    Claim,
    DatePrecision,
    DateRange,
    Event,
    EventFigure,
    Extraction,
    GroupTally,
    Outcome,
    Place,
    PlacePrecision,
    Qualifier,
    Scope,
    Tally,
    VictimType,
    distance_km,
)

TOWN_RADIUS_KM = 5.0  # two gazetteer towns this close are one settlement listed twice
DATE_SLACK = timedelta(days=1)  # "on Sunday" vs "on Monday" for a fight over the night

# --- event type: ACLED's taxonomy, first matching rule wins --------------------------------
# Rules run over the event's evidence sentences first, then the title, then the lead
# paragraph; the most specific kinds of violence come first ("suicide car bomb" is a
# suicide bomb, not a remote explosive).
_TYPE_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    ("Explosions/Remote violence", "Suicide bomb",
     re.compile(r"\bsuicide\s+(?:car\s+|truck\s+)?(?:bomb|attack|blast|vest|bomber)", re.I)),
    ("Explosions/Remote violence", "Air/drone strike",
     re.compile(r"\bair\s*strikes?\b|\bair\s+raids?\b|\bdrone\b|\bwarplanes?\b|\bjets?\b|"
                r"\bhelicopter gunships?\b|\bbarrel bombs?\b|\baerial bombardment", re.I)),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack",
     re.compile(r"\bshell(?:s|ing|ed)\b|\bartillery\b|\bmortars?\b|\brockets?\b|\bmissiles?\b",
                re.I)),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED",
     re.compile(r"\b(?:roadside|car|truck|parcel)\s+bomb|\bIEDs?\b|\bimprovised explosive|"
                r"\blandmines?\b|\bexplosions?\b|\bblasts?\b|\bbomb(?:s|ing|ings)?\b|"
                r"\bexploded\b", re.I)),
    ("Violence against civilians", "Abduction/forced disappearance",
     re.compile(r"\babduct|\bkidnapp?|\bhostages?\b|\bforced disappearance", re.I)),
    ("Riots", "Violent demonstration",
     re.compile(r"\briot(?:s|ers|ing)?\b|\bmob\b", re.I)),
    ("Protests", "Excessive force against protesters",
     re.compile(r"\bprotest(?:s|ers|ors)?\b|\bdemonstrat(?:ion|ors|ed)\b|\brally\b", re.I)),
    ("Battles", "Armed clash",
     re.compile(r"\bclash(?:es|ed)?\b|\bbattle|\bfighting\b|\bfought\b|\bfirefights?\b|"
                r"\bgun\s*battles?\b|\bambush|\boffensive\b|\bassault\b|\bstormed\b|"
                r"\bexchange of fire\b|\bcombat\b", re.I)),
    ("Violence against civilians", "Attack",
     re.compile(r"\bmassacre|\bexecut|\bgunmen\b|\bopened fire\b|\bshot dead\b|\bstabb|"
                r"\bbeheaded\b|\battack", re.I)),
]
# With no cue: dead combatants mean a fight, anyone else an attack.
_FALLBACK_COMBAT = ("Battles", "Armed clash")
_FALLBACK_OTHER = ("Violence against civilians", "Attack")
_FALLBACK_TYPES = {_FALLBACK_COMBAT, _FALLBACK_OTHER}

# --- actors: (pattern, name, kind); "{state}" becomes the country's adjective ----------
_ACTOR_RULES: list[tuple[re.Pattern[str], str, ActorKind]] = [
    (re.compile(r"\b(?:government|regime|army|soldiers|troops|security forces|police(?:men)?|"
                r"military|servicemen)\b", re.I), "{state} government forces", ActorKind.STATE),
    (re.compile(r"\brebels?\b|\bopposition fighters\b|\binsurgents?\b", re.I), "rebels",
     ActorKind.REBELS),
    (re.compile(r"\bmilitants?\b|\bjihadists?\b", re.I), "militants", ActorKind.REBELS),
    (re.compile(r"\bTaliban\b"), "Taliban", ActorKind.REBELS),
    (re.compile(r"\bIslamic State\b|\bISIS\b|\bISIL\b|\bDaesh\b"), "Islamic State",
     ActorKind.REBELS),
    (re.compile(r"\bal[- ]Shabaa?b\b", re.I), "al-Shabaab", ActorKind.REBELS),
    (re.compile(r"\bBoko Haram\b"), "Boko Haram", ActorKind.REBELS),
    (re.compile(r"\bal[- ]Qaeda\b|\bal[- ]Nusra\b", re.I), "al-Qaeda", ActorKind.REBELS),
    (re.compile(r"\bHezbollah\b"), "Hezbollah", ActorKind.MILITIA),
    (re.compile(r"\bmilitia(?:s|men)?\b|\bgunmen\b", re.I), "militia", ActorKind.MILITIA),
    (re.compile(r"\bcoalition\b|\bNATO\b|\bUS[- ]led\b|\bpeacekeepers?\b"),
     "international forces", ActorKind.EXTERNAL),
]
_STATE_ADJ = re.compile(r"\b([A-Z][a-z]+)\s+(?:government|regime|army|troops|security forces|"
                        r"military|soldiers|police)\b")

# Victim words that name the same group ("troops" and "soldiers" are one).
_GROUP_ALIASES = {
    "troops": "soldiers", "soldier": "soldiers", "servicemen": "soldiers",
    "army": "soldiers", "officers": "police", "policemen": "police",
    "rebel": "rebels", "insurgents": "militants", "militant": "militants",
    "jihadists": "militants", "fighters": "fighters", "civilian": "civilians",
}


def victim_group(c: Claim) -> str:
    """The group a claim counts: its named actor ("Hezbollah"), else its victim type."""
    actor = c.victims.actor
    if actor:
        return _GROUP_ALIASES.get(actor.lower(), actor)
    return c.victims.type.value


def source_key(name: str) -> str:
    """Names of one source written two ways ("the Observatory"/"Observatory") compare equal."""
    s = " ".join(name.casefold().split())
    return s[4:] if s.startswith("the ") else s


def source_names(names: Iterable[str]) -> tuple[str, ...]:
    """Distinct sources as people read them: one name per source_key, the longest form
    written ("Syrian Observatory for Human Rights", not "Observatory"), sorted."""
    best: dict[str, str] = {}
    for name in names:
        k = source_key(name)
        if k not in best or len(name) > len(best[k]):
            best[k] = name
    return tuple(sorted(best.values(), key=str.casefold))


# --- within one article ------------------------------------------------------------------

def article_events(ex: Extraction, *, outlet: str | None = None
                   ) -> tuple[list[Event], list[AreaTotal]]:
    """The events one article reports, and its area totals and cumulative tolls, apart."""
    art = ex.article
    if art is None:
        return [], []
    pub = art.published.isoformat() if art.published else None
    outlet = outlet or art.outlet
    by_id = {c.id: c for c in ex.claims}
    totals = [_area_total(art.id, c, pub) for c in ex.claims if c.scope != Scope.EVENT]
    claims = [c for c in ex.claims if c.scope == Scope.EVENT]

    clusters: list[list[Claim]] = []
    loose: list[Claim] = []
    for c in claims:
        if c.part_of and c.part_of in by_id:
            continue  # goes with its parent, below
        if c.place is None or c.place.precision in (PlacePrecision.COUNTRY,
                                                    PlacePrecision.UNKNOWN):
            loose.append(c)
            continue
        for cl in clusters:
            # (a province and a town in it, "a village about 30 km from Maiduguri" told as
            # Borno and the police in Maiduguri: one incident's two tellings of its place)
            if (_place_key(cl[0].place) == _place_key(c.place) or
                    within(cl[0].place, c.place) or within(c.place, cl[0].place)) and _overlap(
                    _days(cl[0].date), _days(c.date)):
                cl.append(c)
                break
        else:
            clusters.append([c])
    placed = list(clusters)
    vague: dict[str | None, list[Claim]] = {}  # country -> claims with no home event
    for c in loose:
        country = c.place.country if c.place else None
        home = [cl for cl in placed if country in (None, cl[0].place.country)]
        if home:
            max(home, key=len).append(c)
        else:
            vague.setdefault(country, []).append(c)
    clusters.extend(vague.values())
    for c in claims:  # a part goes wherever its parent went
        if c.part_of and c.part_of in by_id:
            for cl in clusters:
                if any(x.id == c.part_of for x in cl):
                    cl.append(c)
                    break

    events = []
    for cl in clusters:
        cl.sort(key=lambda c: c.evidence.start)
        figures = tuple(_figure(art.id, c, pub, outlet) for c in cl)
        place = _best_place([c.place for c in cl])
        evidence = [c.evidence.surface for c in cl]
        lead = [art.title or "", art.text[:600]]
        kind = classify(evidence, lead, cl)
        events.append(Event(
            type=kind[0], sub_type=kind[1], place=place, date=_span_of([c.date for c in cl]),
            actors=actors_of(" ".join(evidence + lead), cl, place),
            figures=figures,
        ))
    return events, totals


def _figure(article_id: str, c: Claim, pub: str | None, outlet: str | None) -> EventFigure:
    f = c.figure
    return EventFigure(
        article_id=article_id, claim_id=c.id, outcome=c.outcome, group=victim_group(c),
        low=f.low if f.low is not None else f.best, best=f.best,
        high=f.high if f.high is not None else f.best,
        source=c.source.name if c.source else (outlet or article_id),
        published=pub, part_of=c.part_of, qualifier=f.qualifier,
    )


def _area_total(article_id: str, c: Claim, pub: str | None) -> AreaTotal:
    f = c.figure
    return AreaTotal(
        article_id=article_id, claim_id=c.id, scope=c.scope, outcome=c.outcome,
        place=c.place, date=c.date, low=f.low, best=f.best, high=f.high,
        source=c.source.name if c.source else None, published=pub,
        evidence=c.evidence.surface,
    )


def classify(evidence: Iterable[str], lead: Iterable[str], claims: Iterable[Claim]
             ) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) by the first rule that matches, most telling
    text first; with no cue, a battle when combatants died, else an attack. When
    combatants died, "attacked" and the like say battle, not violence against civilians."""
    combat = any(c.victims.type == VictimType.COMBATANTS for c in claims)
    for texts in (list(evidence), list(lead)):
        joined = " ".join(texts)
        for etype, sub, rx in _TYPE_RULES:
            if rx.search(joined):
                if combat and (etype, sub) == _FALLBACK_OTHER:
                    return _FALLBACK_COMBAT
                return etype, sub
    return _FALLBACK_COMBAT if combat else _FALLBACK_OTHER


def actors_of(text: str, claims: Iterable[Claim], place: Place | None) -> tuple[Actor, ...]:
    """The parties: those the keyword rules find in the text, then the named victims."""
    found: dict[str, Actor] = {}
    for rx, name, kind in _ACTOR_RULES:
        if rx.search(text):
            if "{state}" in name:
                name = name.format(state=_state_adjective(text, place)).strip()
            found.setdefault(name, Actor(name, kind))
    for c in claims:
        if c.victims.type == VictimType.CIVILIANS:
            found.setdefault("civilians", Actor("civilians", ActorKind.CIVILIANS))
        elif c.victims.actor and not any(
                victim_group(c).casefold() in a.casefold() for a in found):
            name = victim_group(c)
            found.setdefault(name, Actor(name, _kind_of(name)))
    return tuple(found.values())


def _state_adjective(text: str, place: Place | None) -> str:
    from . import gazetteer  # a data lookup only; lazy so events.py stays cheap to import

    for m in _STATE_ADJ.finditer(text):
        code = gazetteer.demonym(m.group(1))
        if code and (place is None or place.country in (None, code)):
            return m.group(1)
    if place and place.country:
        return _adjectives().get(place.country) or place.country
    return ""


_ADJECTIVES: dict[str, str] = {}


def _adjectives() -> dict[str, str]:
    """ISO2 -> the first national adjective in data/demonyms.tsv ("SY" -> "Syrian")."""
    if not _ADJECTIVES:
        from importlib import resources

        rows = resources.files("tollbook").joinpath("data/demonyms.tsv").read_text("utf-8")
        for line in rows.splitlines():
            if line and not line.startswith("#") and "\t" in line:
                code, words = line.split("\t", 1)
                _ADJECTIVES[code] = words.split("|")[0]
    return _ADJECTIVES


def _kind_of(name: str) -> ActorKind:
    for rx, _, kind in _ACTOR_RULES:
        if rx.search(name):
            return kind
    return ActorKind.UNKNOWN


# --- places and dates --------------------------------------------------------------------



def _place_key(p: Place | None) -> tuple:
    if p is None:
        return (None,)
    if p.geonameid is not None:
        return ("id", p.geonameid)
    return ("name", _norm(p.name), p.country)


def _norm(name: str) -> str:
    from .gazetteer import normalize

    return normalize(name)


def _best_place(places: Iterable[Place | None]) -> Place | None:
    """The most precise place; the first one among equals."""
    ps = [p for p in places if p is not None]
    return min(ps, key=lambda p: PRECISION_RANK[p.precision]) if ps else None


def _days(d: DateRange) -> tuple[date, date] | None:
    """A DateRange as first and last day, or None when unknown."""
    if d.start is None and d.end is None:
        return None
    a, b = first_day(d.start or d.end), last_day(d.end or d.start)
    return None if a is None or b is None else (a, b)


def _overlap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """Overlap with DATE_SLACK; an unknown date overlaps anything."""
    if a is None or b is None:
        return True
    return a[0] - DATE_SLACK <= b[1] and b[0] - DATE_SLACK <= a[1]


def _span_of(ranges: Iterable[DateRange]) -> DateRange:
    """The smallest range covering every known date among `ranges`."""
    days = [d for d in (_days(r) for r in ranges) if d]
    if not days:
        return DateRange(None, None, DatePrecision.UNKNOWN)
    a, b = min(d[0] for d in days), max(d[1] for d in days)
    precise = all(r.precision == DatePrecision.DAY for r in ranges if _days(r))
    return DateRange(a.isoformat(), b.isoformat(),
                     DatePrecision.DAY if precise else DatePrecision.WEEK
                     if (b - a).days < 7 else DatePrecision.MONTH)


# --- across articles ---------------------------------------------------------------------

def place_match(a: Place | None, b: Place | None) -> int:
    """How surely two places are one: 3 same id, 2 same name, 1 near/inside, 0 not."""
    if a is None or b is None or PlacePrecision.COUNTRY in (a.precision, b.precision):
        return 0
    if a.country and b.country and a.country != b.country:
        return 0
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 3
    if _norm(a.name) == _norm(b.name):
        return 2
    if a.precision == b.precision == PlacePrecision.TOWN:
        d = distance_km(a, b)
        same_admin = a.admin1 is None or b.admin1 is None or a.admin1 == b.admin1
        return 1 if same_admin and d is not None and d <= TOWN_RADIUS_KM else 0
    wide, narrow = (a, b) if PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision] else (
        b, a)
    if wide.precision == PlacePrecision.PROVINCE and narrow.admin1 and (
            _norm(narrow.admin1) == _norm(wide.name)):
        return 1
    return 0


def types_compatible(a: Event, b: Event) -> bool:
    """Same type and sub-type; or a battle and the shelling or air strikes within it."""
    ka, kb = (a.type, a.sub_type), (b.type, b.sub_type)
    if ka == kb:
        return True
    remote = {"Shelling/artillery/missile attack", "Air/drone strike"}
    if {a.type, b.type} == {"Battles", "Explosions/Remote violence"}:
        return (a.sub_type if a.type != "Battles" else b.sub_type) in remote
    return False


def actors_compatible(a: Event, b: Event) -> bool:
    """False only when both name armed parties and no kind of party is shared."""
    armed = {ActorKind.STATE, ActorKind.REBELS, ActorKind.MILITIA, ActorKind.EXTERNAL}
    ka = {x.kind for x in a.actors} & armed
    kb = {x.kind for x in b.actors} & armed
    return not (ka and kb) or bool(ka & kb)


def match_score(new: Event, old: Event) -> int:
    """0 when `new` is not `old`; higher the surer they are one event."""
    p = place_match(new.place, old.place)
    if not p or not _overlap(_days(new.date), _days(old.date)):
        return 0
    if not types_compatible(new, old) or not actors_compatible(new, old):
        return 0
    return p


def same_event(new: Event, candidates: Iterable[Event]) -> Event | None:
    """The stored event `new` describes, surest place match first, then nearest date."""
    scored = [(match_score(new, old), old) for old in candidates]
    scored = [(s, old) for s, old in scored if s]
    if not scored:
        return None

    def closeness(item):
        s, old = item
        a, b = _days(new.date), _days(old.date)
        gap = abs((a[0] - b[0]).days) if a and b else 0
        return (-s, gap, old.id or 0)

    return min(scored, key=closeness)[1]


def merge(old: Event, new: Event) -> Event:
    """`old` with `new`'s figures added (nothing replaced), its place made more precise,
    its dates widened, its actors joined. A fallback type gives way to a cued one."""
    place = old.place
    if new.place and (place is None or PRECISION_RANK[new.place.precision]
                      < PRECISION_RANK[place.precision]):
        place = new.place
    kind = (old.type, old.sub_type)
    if kind in _FALLBACK_TYPES and (new.type, new.sub_type) not in _FALLBACK_TYPES:
        kind = (new.type, new.sub_type)
    actors = {a.name: a for a in old.actors}
    for a in new.actors:
        actors.setdefault(a.name, a)
    keys = {(f.article_id, f.claim_id) for f in new.figures}
    figures = tuple(f for f in old.figures if (f.article_id, f.claim_id) not in keys)
    return Event(type=kind[0], sub_type=kind[1], place=place,
                 date=_span_of([old.date, new.date]), actors=tuple(actors.values()),
                 figures=figures + new.figures, id=old.id)


# --- the low / best / high policy --------------------------------------------------------

TallyPolicy = Callable[[Iterable[EventFigure]], list[GroupTally]]


def ucdp_tally(figures: Iterable[EventFigure]) -> list[GroupTally]:
    """Per outcome and victim group, UCDP-style low/best/high over every report:

    1. figures that are part of another (part_of) never count: their parent does;
    2. a source that reported twice counts with its latest report only (the toll "rose
       to 40"); the earlier figures stay in the event's history;
    3. vague figures ("dozens") count only when a group has no other;
    4. low = the lowest lower bound, high = the highest upper bound (a figure without
       one counts as its own value), best = the highest figure: most tolls are lower
       bounds ("at least 28") and early counts run low, so the highest reliable figure
       is the one the others are consistent with.
    Sources are independent when their names differ (source_key); an unattributed
    figure counts as its outlet's. A syndicated copy is not independent of the story it
    repeats: `tally(..., copies=)` folds copies into their original.
    """
    groups: dict[tuple[Outcome, str], list[EventFigure]] = {}
    for f in figures:
        if f.part_of is None:
            groups.setdefault((f.outcome, f.group), []).append(f)
    out = []
    for (outcome, group), fs in groups.items():
        latest: dict[str, str] = {}
        for f in fs:
            k = source_key(f.source)
            latest[k] = max(latest.get(k, ""), f.published or "")
        fs = [f for f in fs if (f.published or "") == latest[source_key(f.source)]]
        firm = [f for f in fs if f.qualifier != Qualifier.VAGUE] or fs
        out.append(GroupTally(
            outcome=outcome, group=group,
            low=min(f.low for f in firm), best=max(f.best for f in firm),
            high=max(f.high for f in firm),
            claims=tuple(sorted(f"{f.article_id}/{f.claim_id}" for f in firm)),
            sources=source_names(f.source for f in firm),
            articles=tuple(sorted({f.article_id for f in firm})),
        ))
    out.sort(key=lambda t: (list(Outcome).index(t.outcome), t.group))
    return out


TALLY_POLICY: TallyPolicy = ucdp_tally  # the policy the store uses; swap it here


def tally(figures: Iterable[EventFigure], policy: TallyPolicy | None = None, *,
          copies: Mapping[str, str] | None = None) -> list[GroupTally]:
    """The event's tallies by `policy` (default TALLY_POLICY). `copies` maps syndicated
    copies' article ids to the article they copy; their sources are then not counted as
    independent (independent_sources)."""
    figures = list(figures)
    out = (policy or TALLY_POLICY)(figures)
    if copies:
        out = [independent_sources(t, figures, copies) for t in out]
    return out


def independent_sources(t: GroupTally, figures: Iterable[EventFigure],
                        copies: Mapping[str, str]) -> GroupTally:
    """`t` with only its independent sources. A wire story republished by three outlets
    is one report, not three: the figures behind `t` are grouped by story (a copy belongs
    to the article it copies) and each story's sources are read from one telling only,
    the original when it is behind `t`, else its first copy. An unattributed copy would
    otherwise count its own outlet as a second witness. Figures, claims and articles
    all stay; only the source count changes."""
    used = set(t.claims)
    fs = [f for f in figures if f"{f.article_id}/{f.claim_id}" in used]
    tellings: dict[str, set[str]] = {}
    for f in fs:
        tellings.setdefault(copies.get(f.article_id, f.article_id), set()).add(f.article_id)
    told_by = {story: story if story in arts else min(arts) for story, arts in tellings.items()}
    sources = source_names(f.source for f in fs
                           if told_by[copies.get(f.article_id, f.article_id)] == f.article_id)
    return dataclasses.replace(t, sources=sources)


def total(tallies: Iterable[GroupTally], outcome: Outcome) -> Tally | None:
    """One outcome's groups added up. Figures of unstated "people" may include the named
    groups, so the total is at least the largest of them but never their sum with them."""
    ts = [t for t in tallies if t.outcome == outcome]
    if not ts:
        return None
    named = [t for t in ts if t.group != VictimType.UNKNOWN.value]
    lo = sum(t.low for t in named)
    be = sum(t.best for t in named)
    hi = sum(t.high for t in named)
    for t in ts:
        if t.group == VictimType.UNKNOWN.value:
            lo, be, hi = max(lo, t.low), max(be, t.best), max(hi, t.high)
    return Tally(lo, be, hi)
