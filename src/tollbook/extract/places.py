"""Place mentions: where "in the town of Qusayr" becomes Al Qusayr, Homs, SY.

spaCy's small model tags many Arabic place names as organisations ("Al-Qusayr" is ORG),
so this stage does not use NER. It takes runs of capitalised words ("Al-Qusayr",
"Dasht-e-Archi", "Burkina Faso"), looks each whole run up in the gazetteer, and keeps
a match only when the text supports it:

- a cue raises confidence: "in X", "near X", "town of X", "X province", "X district",
  "X, Syria"; a province or district cue also sets the precision;
- a place in a country the article mentions (or the caller's `country_hint`) beats a
  namesake elsewhere, and without any cue only such places or big cities (>= 200,000
  people) count;
- runs that are something else are dropped whole: a multi-word run that is not a place
  name ("Syrian Observatory", "Farah Hussein"), a title plus name ("President
  Bashar al-Assad"), a name before "said", a word the article also uses in lower case
  ("Police said"), sentence-initial function words, days and months;
- demonyms ("Syrian") are never places; `countries_mentioned` counts them instead.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import gazetteer
from ..gazetteer import ADMIN1, CITY, COUNTRY, Entry
from ..model import Place, PlacePrecision, Span, km, replace
from . import lexicon
from .sources import CHANNELS

_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = r"[^\W\d_]"
# A capitalised word, with apostrophes inside ("Ma'rib", but not the "'s" of "Syria's"),
# an optional Arabic article ("al-Qusayr") and hyphenated parts ("Dasht-e-Archi").
# Contractions ("I've") are not name-internal apostrophes. A word glued to a lower-case
# one by a hyphen ("Mogadishu-based", "pro-Houthi") is an adjective, not a name.
_PART = rf"[{_UPPER}]{_LETTER}*(?:['\u2019](?!(?:ve|re|ll|s|d|t|m)\b){_LETTER}+)*"
# ... except who holds a place: "Pakistan-administered Kashmir", "Russian-held Kherson" (the
# whole is tried first, then the place after it)
_HELD = r"-(?:administered|controlled|held|occupied|ruled|run)"
_TOKEN = re.compile(
    rf"(?:(?<![\w\-'\u2019])|(?<=\sd['\u2019]))(?:(?:{gazetteer.ARABIC_ARTICLES})-)?"
    rf"{_PART}(?:-(?:[a-z]{{1,4}}-)?{_PART})*(?:{_HELD}(?= [{_UPPER}]))?(?!\w|-\w)"
)
_HELD_WORD = re.compile(rf"\w+{_HELD}")
_MAX_RUN = 4
_ORDINAL_AFTER = re.compile(r"\s+\d+(?:st|nd|rd|th)\b")
_STREETS_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:streets|avenues|"
                            r"roads|boulevards|drives|lanes)\b", re.I)
_MIXED_ACRONYM = re.compile(r"\b[A-Z]{2,}[a-z]+\b")  # "FAMa", "MINUSMa": an acronym's case
_ARABIC_ARTICLE = re.compile(rf"(?:{gazetteer.ARABIC_ARTICLES})[- ]\w", re.I)
_ARABIC_COUNTRIES = frozenset("AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE "
                              "TD".split())
# Lower-case words inside place names: "Playa del Carmen", "Dar es Salaam", "Rio de Janeiro"
# "Democratic Republic of the Congo", "Jammu and Kashmir", "Bosnia and Herzegovina", "Cote
# d'Ivoire" (read whole only when the gazetteer knows the whole)
_PARTICLE = re.compile(rf" (?:de|del|de la|de las|de los|da|das|do|dos|des|du|di|of|of the|and|"
                       rf"{gazetteer.ARABIC_ARTICLES}) | d['\u2019]")

# the last words of names joined by a particle, no place alone: "Maguindanao del Sur",
# "Zamboanga del Norte", "Rio Grande do Sul"
_NAME_ENDINGS = frozenset("sur norte sul nord sud oriental occidental central centro este "
                          "oeste".split())
# Words that open sentences or name times: never a place, even after "in".
_NEVER = frozenset("""
a an and as at but by for from he her his i if in it its more most no not of on or our
she so some that the their then there these they this those to two three under we
when where which while who with yet after also although before during however many
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
university college hospital
january february march april may june july august september october november december
drug drugs
""".split())
# Institutions and news words: not a place unless a cue says so.
_NOT_PLACES = _NEVER | frozenset("""
police army government ministry minister council coalition observatory committee
president prime general colonel major captain lieutenant sheikh mr mrs ms dr
reuters afp ap xinhua news media state islamic united national federal central
indigenous molotov
""".split())  # ("Molotov cocktails": Perm's old name; "Indigenous people")
# A run opening with one of these names a person or an office, not a place.
_TITLES = frozenset("""
president minister prime general gen colonel col major maj captain capt lieutenant
lt sergeant sheikh imam mullah mr mrs ms dr king prince emir governor senator
ambassador commander spokesman
""".split())
# Lower-case nouns that are followed by a person's name ("shopkeeper Farah Hussein").
_ROLES = frozenset("""
spokesman spokeswoman spokesperson official officials shopkeeper resident residents
witness coordinator commander minister director chief head leader activist doctor
governor general colonel captain said told reporter correspondent
""".split())
# (and a capital for its government: "backing the M23, which Kigali denies")
_SPEECH = re.compile(r"\s+(?:(?:rarely|never|often|also|later|quickly|has|have|did\s+not|"
                     r"does\s+not)\s+)?(?:said|says|told|added|explained|stated|denies|denied|"
                     r"has\s+denied|accuses|accused|rejects|rejected|blames|blamed|insists|"
                     # "Ankara rarely comments on individual strikes": a government
                     r"insisted|comments?|commented|confirms?|confirmed|responded|warned)\b")
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|at|outside|around|into|inside|from|to|towards?|across|of|"
    r"between|and|or|via|through|over)\s+(?:the\s+)?)$", re.I
)
# "the province of Kunduz", "the Mexican state of Zacatecas", "the district of Shopian"; not
# "the Shopian district of Kashmir" or "the Kurdistan region of Iraq", where the division is
# named before its cue and what follows is the larger place (see _named_before)
_PROVINCE_BEFORE = re.compile(r"\b(?:province|state|governorate|region)\s+of\s+$", re.I)
_DISTRICT_BEFORE = re.compile(r"\bdistrict\s+of\s+$", re.I)
_WORD_BEFORE_CUE = re.compile(r"(?<![\w'\u2019-])([\w'\u2019-]+)\s+\w+\s+of\s+$")
# (a people naming a division is no name of it: "the Shiite district of Sadr City")
_PEOPLES = frozenset("shiite shia sunni kurdish christian muslim alawite druze arab jewish "
                     "catholic hindu sikh".split())


def _named_before(before: str) -> bool:
    """Whether the division word closing `before` ("... district of ") follows a name
    ("Shopian district of"), not a common word or a people's ("the Mexican state of")."""
    m = _WORD_BEFORE_CUE.search(before)
    return m is not None and m.group(1)[:1].isupper() and \
        m.group(1).lower() not in _PEOPLES and not gazetteer.demonym(m.group(1)) and \
        m.group(1).lower() not in ("the", "a", "an", "in", "of")


_TOWN_BEFORE = re.compile(r"\b(?:town|city|village|suburb|outskirts)\s+of\s+$", re.I)
# "Baidoa, a town in the Bay region", "El Fasher, the capital of North Darfur": the words
# after a name say it is a town; so do verbs only places take ("stormed Beni", "shelled Gao")
_TOWN_AFTER = re.compile(r"\s+(?:city|town|village)\b|,\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?"
                         r"(?:town|city|village|capital|hub|suburb|locality)|capital\s+of|"
                         # "Gajiram, headquarters of Nganzai Local Government Area"
                         r"(?:the\s+)?(?:administrative\s+)?headquarters\s+of)\b")
_PLACE_OF = frozenset("in of from near".split())
_GROUP_AFTER = re.compile(r"\s+(?:militia|militias|militiamen|fighters|rebels|insurgents|"
                          r"group|movement|faction|brigade)\b")
_TOWN_VERB = re.compile(r"\b(?:stormed|shelled|overran|overrun|besieged|bombarded|recaptured|"
                        r"captured|seized\s+control\s+of|retook)\s+$", re.I)
_PROVINCE_AFTER = re.compile(r"\s+(?:province|state|governorate|region)\b", re.I)
# a Nigerian local government area: "Mangu Local Government Area", "the Kajuru LGA"
LGA = r"Local\s+Government(?:\s+Area)?|LGA"
# "Mangu Local Government Area", "the Kajuru LGA", "Bijapur tehsil": the division a town names
_DISTRICT_AFTER = re.compile(r"\s+(?:district|" + LGA + r"|tehsil|upazila|sub-district|"
                             r"territory)\b", re.I)  # ("Beni territory", Congo's)
# ", Yemen" after a place, also past its divisions in brackets or its cue word: "Taiz (Taiz),
# Yemen", "(Chin), Myanmar", "Mon State, Myanmar"
_COUNTRY_AFTER = re.compile(rf"(?:\s*\([^()]{{1,40}}\)|\)|\s+(?i:state|province|region|district|"
                            rf"department|governorate))?,\s+((?:[{_UPPER}]{_LETTER}+\s?){{1,3}})")
_OPENERS = _NOT_PLACES - _TITLES
_CUE_WORDS = frozenset("province state governorate region district".split())
_COUNTY_PROVINCES = frozenset(("KE", "LR"))
_DIRECTIONS = frozenset("north south east west northern southern eastern western "
                        "central northeast northwest southeast southwest upper lower".split())
# a city's quarter named like a town elsewhere: "the Austin neighborhood", "the Kensington
# section"
_QUARTER_AFTER = re.compile(r"\s+(?:neighborhood|neighbourhood|section)\b")
# a hospital named after someone: "Getulio Vargas state hospital"
_NAMED_HOSPITAL = re.compile(r"\s+(?:state\s+|general\s+|military\s+|teaching\s+|memorial\s+|"
                             r"regional\s+|district\s+|municipal\s+)?hospital\b")
_HOSPITAL_OWNER = re.compile(r"\b(?:Children|Women|Shriners)['\u2019]s\s+$")
_CITY_SIDE = re.compile(r"(?i:(?:far|near|lower|upper)\s+)?(?:North|South|East|West|Northwest|"
                        r"Northeast|Southwest|Southeast)[- ]?(?:west|east)?\s*[Ss]ide|"
                        r"(?:North|South|East|West)\s+End")
_HOME_AFTER = re.compile(r"\s+(?:home|house|apartment)\b")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:their|his|her|its|the\s+family['\u2019]s)\s+$", re.I)
_BIG_CITY = 200_000
_ALIAS_CITY = 1_000_000  # a city known abroad by other names: "Kiev", "Aleppo", "Mecca"
_SMALL_TOWN = 15_000  # towns the gazetteer holds without their alternate names


@dataclass
class _Run:
    """Consecutive capitalised words: offsets into the text, and the words."""

    start: int
    end: int
    words: list[tuple[int, int]]


_SAINT_FORT = frozenset("st ste ft mt pt".split())


@lru_cache(maxsize=16)
def _runs(text: str, start: int, end: int) -> tuple[_Run, ...]:
    """The runs of capitalised words in text[start:end]. Read-only: the same whole text's
    runs are read several times (countries named, then places, then once more when the
    text's country is settled)."""
    runs: list[_Run] = []
    for m in _TOKEN.finditer(text, start, end):
        last = runs[-1] if runs else None
        if last and m.start() == last.end + 2 and text[last.end:last.end + 2] == ". " and \
                text[last.words[-1][0]:last.end].lower() in _SAINT_FORT:
            # "St. Louis", "Ft. Lauderdale", "Mt. Vernon": the abbreviation's full stop is in
            # the name
            last.words[-1] = (last.words[-1][0], last.end + 1)
            last.end += 1
        if last and m.start() == last.end + 1 and text[last.end] == " " \
                and len(last.words) < _MAX_RUN + 1:
            last.words.append((m.start(), m.end()))
            last.end = m.end()
        else:
            runs.append(_Run(m.start(), m.end(), [(m.start(), m.end())]))
    return tuple(runs)


# what follows a dateline's place: "(AFP) -", ", May 4 (Reuters) -", ", Ohio -", " - "
_DATELINE_REST = re.compile(r"[ \t]*(?:,[^\n(]{0,40}?)?[ \t]*(?:\(|-|\u2013|\u2014)|"
                            # "Srinagar, Mar 21:" (Indian dailies)
                            r",[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*:")
_DATELINE_CITY = re.compile(r"[ \t]*[A-Z][A-Z .'-]{1,30},[ \t]*")


def dateline_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a dateline's place: a name opening a line before "(AFP)
    -", ", May 4 (Reuters) -", ", Ohio -" or " - ", or the country after such a city
    ("MAIDUGURI, Nigeria (AP) -")."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    # ("(Johannesburg, November 8, 2024) - Mozambican police ...": a rights group's release,
    # datelined where it was issued)
    return (lead.strip() in ("", "(") or _DATELINE_CITY.fullmatch(lead) is not None) and (
        _DATELINE_REST.match(text, end) is not None or
        # "PARACHINAR: The death toll ..." (Pakistani dailies)
        text[start:end].isupper() and text[end:end + 2] == ": ")


def countries_mentioned(text: str) -> list[str]:
    """ISO2 codes of the countries a text names, demonyms included, most frequent first."""
    return [iso for iso, _ in _country_counts(text, 0, len(text)).most_common()]


def _other_country_named(text: str, a: int, b: int, iso: str) -> bool:
    """Whether a country other than `iso`, and not `iso` itself, is named by name (not by a
    demonym) within a sentence's reach of text[a:b] ("Leposavic, a town in northern Kosovo
    close to the border with Serbia" is Kosovo's)."""
    lo, hi = max(0, a - 160), min(len(text), b + 160)
    named = set()
    for run in _runs(text, lo, hi):
        for i in range(len(run.words)):
            for j in range(len(run.words), i, -1):
                entry = gazetteer.country_named(text[run.words[i][0]:run.words[j - 1][1]])
                if entry is not None:
                    named.add(entry.country)
    return iso not in named and bool(named)


def _country_counts(text: str, start: int, end: int, demonyms: bool = True) -> Counter[str]:
    return Counter(_counted_countries(text, start, end, demonyms))


@lru_cache(maxsize=16)
def _counted_countries(text: str, start: int, end: int, demonyms: bool) -> Counter[str]:
    counts: Counter[str] = Counter()  # insertion order breaks ties: first mention first
    for run in _runs(text, start, end):
        whole = gazetteer.country_named(text[run.start:run.end]) if len(run.words) > 1 \
            else None
        if whole:
            counts[whole.country] += 1
            continue
        for a, b in run.words:
            word = text[a:b]
            iso = gazetteer.demonym(word) if demonyms else None
            if iso is None and len(word) > 2 and word.lower() not in _NOT_PLACES:
                entry = gazetteer.country_named(word)
                iso = entry.country if entry else None
                if iso and not demonyms and _ACTING.search(text, max(0, a - 16), a):
                    continue  # "air strikes by Russia": a country acting, not where things are
            if iso:
                counts[iso] += 1
    return counts


_ACTING = re.compile(r"\b(?:by|ally|allies|backer)\s+$", re.I)


def find_places(text: str, start: int = 0, end: int | None = None,
                country_hint: str | None = None) -> list[Place]:
    """Every place mentioned in text[start:end], in text order, spans into `text`."""
    end = len(text) if end is None else end
    counted = _country_counts(text, 0, len(text))
    context = list(counted)
    if sum(counted.values()) == 1 and not _country_counts(text, 0, len(text), demonyms=False):
        # one people's name alone ("Mayor Saudi Macadato") says less than the dateline's
        # country ("COTABATO CITY -"): that country first
        context = [c for c in _dateline_country(text) if c not in context] + context
    # "(Bosso, Diffa)": a country's divisions in brackets say which country the text is in
    divisions = _bracket_countries(text)
    context += [c for c in divisions if c not in context]
    if country_hint:
        context.insert(0, country_hint)
    if not context:
        # "CHICAGO -" with no country named: the dateline city's country is the text's
        # ("Chatham" on the South Side is no English town)
        context = _dateline_country(text)
    # (frozen: hashed once, it keys _unlisted's cache across the rescans below)
    lowered = frozenset(re.findall(r"\b[a-z]+\b", text))
    places = _scan(text, start, end, context, lowered, divisions)
    if not context:
        # A text that names no country: its towns' own country, where most of them agree,
        # chooses among namesakes ("Bambui" beside Bamenda and Kumba is Cameroon's)
        counts = Counter(p.country for p in places if p.precision != PlacePrecision.COUNTRY)
        if len(counts) >= 2:
            (top, n), (_, m) = counts.most_common(2)
            if n >= 2 and n > m:
                # (as if the text named that country: a small namesake elsewhere is none)
                places = _scan(text, start, end, [top], lowered, divisions, {top})
    else:
        # "BOGOTA - ... in the Catatumbo region of Norte de Santander ... bordering
        # Venezuela": a text that names only a neighbour is still in the country its
        # dateline, provinces and cities are in, and that country's small towns are places
        counts = Counter(p.country for p in places if p.precision != PlacePrecision.COUNTRY
                         and p.country not in context)
        (other, n), = counts.most_common(1) or [(None, 0)]
        if n >= 2:
            context = context + [other]
            places = _scan(text, start, end, context, lowered, divisions)
        # "Russian attacks kill 4 in Donetsk Oblast ... one in Pokrovsk": the attacker's
        # country named most, the towns all in another named country, whose namesakes win
        named = {}
        for p in places:
            if p.precision != PlacePrecision.COUNTRY and p.country in context:
                named.setdefault(p.country, set()).add(p.name)
        towns = Counter({c: len(v) for c, v in named.items()})
        if towns and (top := towns.most_common(1)[0][0]) != context[0] and \
                towns[context[0]] and towns[top] >= 3 * towns[context[0]]:
            places = _scan(text, start, end, [top] + [c for c in context if c != top],
                           lowered, divisions)
    return _sentence_country(text, _countries_listed(text, _home_state(text, places)))


_WORDS = re.compile(r"[A-Z][a-z]+")


def _sentence_country(text: str, places: list[Place]) -> list[Place]:
    """A division two countries have, in the country its own sentence names and the other
    it does not: "Indian missiles hit six locations in Punjab province and
    Pakistan-administered Kashmir", said by "A Pakistani military spokesman", is Pakistan's
    Punjab in a story from New Delhi and Islamabad."""
    out = list(places)
    for i, p in enumerate(places):
        if p.precision != PlacePrecision.PROVINCE or p.span is None:
            continue
        twins = [e for e in gazetteer.lookup(p.span.surface)
                 if e.kind == ADMIN1 and e.country != p.country]
        if not twins:
            continue
        a = max(text.rfind(".", 0, p.span.start), text.rfind("\n", 0, p.span.start)) + 1
        b = min(x for x in (text.find(".", p.span.end), text.find("\n", p.span.end),
                            len(text)) if x >= 0)
        named: Counter = Counter()
        # (word by word, so that "Pakistan-administered Kashmir" names Pakistan too)
        for w in _WORDS.findall(text, a, b):
            entry = gazetteer.country_named(w)
            iso = entry.country if entry is not None else gazetteer.demonym(w)
            if iso:
                named[iso] += 1
        other = [e for e in twins if named[e.country] > named[p.country]]
        if len(other) == 1:
            out[i] = _to_place(other[0], PlacePrecision.PROVINCE, text, p.span.start,
                               p.span.end)
    return out


_LIST_JOINT = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


def _countries_listed(text: str, places: list[Place]) -> list[Place]:
    """A name that is a country's and a division's, told in a list of countries, is the
    country: "Lake Chad, which borders Nigeria, Niger and Cameroon" (not Nigeria's Niger
    state)."""
    out = list(places)
    for i, p in enumerate(places):
        if p.precision == PlacePrecision.COUNTRY or p.span is None:
            continue
        entry = gazetteer.country_named(p.span.surface)
        if entry is None or entry.country == p.country:
            continue
        beside = [q for q in (places[i - 1] if i else None,
                              places[i + 1] if i + 1 < len(places) else None)
                  if q is not None and q.span is not None and
                  q.precision == PlacePrecision.COUNTRY and
                  _LIST_JOINT.fullmatch(text, min(p.span.end, q.span.end),
                                        max(p.span.start, q.span.start)) is not None]
        if beside:
            out[i] = _to_place(entry, PlacePrecision.COUNTRY, text, p.span.start, p.span.end)
    return out


_FAMOUS_CITY = 500_000  # a city known by its name alone across the country
_HOME_KM = 150  # how far from a US story's home city a town of another state may lie


def _home_state(text: str, places: list[Place]) -> list[Place]:
    """A US local story's towns in its home city's state: "Homewood" in a Pittsburgh story is
    no Alabama town, nor "Shawnee" in Louisville one in Kansas. The home city is the
    dateline's, else the first US city of 200,000 or more the text names. A town of another
    state far from it is its state's namesake when it has one (a village only if the other
    is no city of 500,000), else a quarter of the home city (the home city at its mention),
    unless the text gives its state ("Gary, Ind.") or it is a big city. A small town abroad
    in a country the text never names is a quarter too ("Whitehaven" in a Memphis story)."""
    us = [p for p in places if p.country == "US" and p.precision == PlacePrecision.TOWN and
          p.lat is not None and p.span is not None]
    if len(us) < 2:
        return places
    home = next((p for p in us if dateline_at(text, p.span.start, p.span.end)), None) or \
        next((p for p in us if _population(p) >= _BIG_CITY), None)
    if home is None or home.admin1 is None:
        return places
    named = set(_country_counts(text, 0, len(text), demonyms=False))
    out = []
    for p in places:
        if p.country != "US" and p.precision == PlacePrecision.TOWN and p.span is not None \
                and p.country not in named and _population(p) < _BIG_CITY:
            out.append(replace(home, span=p.span))  # "Whitehaven" in Memphis is no English town
            continue
        if p not in us or p.admin1 == home.admin1 or _state_after(text, p.span.end) or \
                km(p.lat, p.lon, home.lat, home.lon) <= _HOME_KM:
            out.append(p)
            continue
        local = next((e for e in gazetteer.lookup(p.span.surface, "US")
                      if e.kind == CITY and e.admin1 == home.admin1), None)
        if local is not None and not (local.population < _SMALL_TOWN and
                                      _population(p) >= _FAMOUS_CITY):
            # (but "Dallas" in a Pittsburgh story is Texas's, not a Pennsylvania village)
            out.append(_to_place(local, PlacePrecision.TOWN, text, p.span.start, p.span.end))
        elif _population(p) >= _BIG_CITY:
            out.append(p)
        else:  # a quarter of the home city: the city, where the text names the quarter
            out.append(replace(home, span=p.span))
    return out


def _entry_of(p: Place) -> Entry | None:
    """The gazetteer entry a place was read from."""
    return next((e for e in gazetteer.lookup(p.name, p.country)
                 if e.geonameid == p.geonameid), None)


def _population(p: Place) -> int:
    entry = _entry_of(p)
    return entry.population if entry is not None else 0


def _scan(text: str, start: int, end: int, context: list[str], lowered: set[str],
          divisions: list[str], by_name: set[str] | None = None) -> list[Place]:
    if by_name is None:
        by_name = set(_country_counts(text, 0, len(text), demonyms=False)) if context else set()
    places = []
    provinces: dict[tuple[str, str | None], Place] = {}
    runs = _runs(text, start, end)
    joined_next = False
    for i, run in enumerate(runs):
        if joined_next:  # (the second half of a name read whole)
            joined_next = False
            continue
        place = None
        if i + 1 < len(runs) and _PARTICLE.fullmatch(text, run.end, runs[i + 1].start):
            # "Playa del Carmen", "Dar es Salaam", "Recanto das Emas": a name with a
            # lower-case particle inside is read whole when the gazetteer knows it whole
            both = _Run(run.start, runs[i + 1].end, run.words + runs[i + 1].words)
            place = _place(text, both, context, lowered, divisions, by_name)
            joined_next = place is not None
        if place is None and i > 0 and len(run.words) == 1 and \
                text[run.start:run.end].lower() in _NAME_ENDINGS and \
                _PARTICLE.fullmatch(text, runs[i - 1].end, run.start):
            continue  # ("Maguindanao del Sur" unknown whole: no "Sur" in Oman)
        if place is None:
            place = _place(text, run, context, lowered, divisions, by_name)
        if place is None:
            # (past a sentence's opener: "In Ramree Township, a drone strike ...")
            at = next((w[0] for k, w in enumerate(run.words)
                       if k == len(run.words) - 1 or
                       text[w[0]:w[1]].lower() not in _OPENERS), run.start)
            place = _unlisted(text, at, run.end, lowered)
        if place is None or places and places[-1].span == place.span:
            continue  # (a town's division told for it: "Rosales, Chihuahua" once)
        key = (gazetteer.normalize(place.span.surface), place.country)
        if place.precision == PlacePrecision.PROVINCE:
            provinces.setdefault(key, place)
        elif place.precision == PlacePrecision.TOWN and key in provinces:
            # "the province of Kunduz ... In Kunduz": once the text has called a name a
            # province, a bare mention of it means the province, not its capital.
            place = replace(provinces[key], span=place.span)
        places.append(place)
    return _capitals(text, start, end, _placed_after(text, places))


def _placed_after(text: str, places: list[Place]) -> list[Place]:
    """The country and division of each town the gazetteer lacks (see _unlisted), from the
    places named nearest it: "the village of Mbokam in Cameroon's North-West region" lies in
    North-West; "the Spinwam area of North Waziristan", in Pakistan. Failing those, the
    country most of the text's places are in; failing that, or in the US (whose
    neighbourhoods and counties the gazetteer lacks by the thousand), none."""
    known = [p for p in places if listed(p)]
    counts = Counter(p.country for p in known if p.country)
    for p in known[:1]:
        if p.country and p.span is not None and dateline_at(text, p.span.start, p.span.end):
            counts[p.country] += 2  # the dateline's country is the story's ("N'DJAMENA (AFP)
            # - ... on the island of Kaiga Kindjiria", not Nigeria's, named later as a
            # neighbour)
    ranked = counts.most_common(2)
    main = ranked[0][0] if ranked and ranked[0][1] >= 2 and (
        len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    out = []
    for p in places:
        if listed(p) or p.span is None:
            out.append(p)
            continue
        near = sorted((q for q in known if q.span is not None and
                       abs(_gap(p.span, q.span)) <= _NEAR_PLACE and
                       "." not in text[min(p.span.end, q.span.end):
                                       max(p.span.start, q.span.start)]),
                      key=lambda q: (q.precision == PlacePrecision.COUNTRY,
                                     abs(_gap(p.span, q.span))))
        country = p.country or (near[0].country if near else main)
        if country is None or country == "US":
            continue
        # the town or division it is told with lends it its division and its point ("Aden's
        # Khor Maksar district" is somewhere in Aden), as ACLED codes a village it cannot
        # find at the nearest place it can
        # (a city it is told a distance from lends its division, not its point: "Badigam
        # village, about 55 km south of Srinagar")
        beside = [q for q in near if q.country == country and
                  q.precision != PlacePrecision.COUNTRY]
        anchor = next((q for q in beside if not _DISTANCE_FROM.search(
            text, max(0, q.span.start - 60), q.span.start)), None)
        admin1 = (anchor or beside[0]).admin1 if beside else None
        out.append(replace(p, country=country, admin1=admin1) if anchor is None else replace(
            p, country=country, admin1=admin1, lat=anchor.lat, lon=anchor.lon))
    return out


# a place told as how far another lies from it: "about 55 km south of Srinagar"
_DISTANCE_FROM = re.compile(r"\b(?:km|kms|kilomet(?:re|er)s?|miles)\b[^.;]{0,40}?\b(?:of|from)\s+"
                            r"(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.I)


def listed(p: Place) -> bool:
    """Whether the gazetteer holds the place, not only the text (a village named by the words
    beside it: see _unlisted)."""
    return p.geonameid is not None or p.precision in (PlacePrecision.PROVINCE,
                                                      PlacePrecision.COUNTRY) or \
        any(_a_reading_of(e, (p.country,)) for e in gazetteer.lookup(p.name))
    # (a division cued as a district: "X district"; not a small namesake abroad: "Amuru
    # woreda" in Ethiopia)


def _a_reading_of(entry: Entry, countries) -> bool:
    """Whether a gazetteer entry of a name the text cues as a place is its reading: a
    division, a town of 100,000 or more, or a town in one of `countries` (not a small
    namesake abroad: "Amuru woreda" in Ethiopia is not Uganda's Amuru)."""
    return entry.kind != CITY or entry.population >= _SMALL_NAMESAKE or \
        entry.country in countries


def _gap(a: Span, b: Span) -> int:
    """Characters between two spans (negative when b comes first)."""
    return b.start - a.end if b.start >= a.end else -(a.start - b.end)


# US states by their postal and AP abbreviations: "PEORIA, Ill.", "FLINT TOWNSHIP, MI"
_STATES = """Alabama AL Ala|Alaska AK|Arizona AZ Ariz|Arkansas AR Ark|California CA Calif|
Colorado CO Colo|Connecticut CT Conn|Delaware DE Del|District_of_Columbia DC D.C|Florida FL Fla|
Georgia GA Ga|Hawaii HI|Idaho ID|Illinois IL Ill|Indiana Ind|Iowa IA|Kansas KS Kan Kans|
Kentucky KY Ky|Louisiana LA La|Maine ME|Maryland MD Md|Massachusetts MA Mass|Michigan MI Mich|
Minnesota MN Minn|Mississippi MS Miss|Missouri MO Mo|Montana MT Mont|Nebraska NE Neb Nebr|
Nevada NV Nev|New_Hampshire NH N.H|New_Jersey NJ N.J|New_Mexico NM N.M|New_York NY N.Y|
North_Carolina NC N.C|North_Dakota ND N.D|Ohio OH|Oklahoma OK Okla|Oregon OR Ore|
Pennsylvania PA Pa|Rhode_Island RI R.I|South_Carolina SC S.C|South_Dakota SD S.D|
Tennessee TN Tenn|Texas TX Tex|Utah UT|Vermont VT Vt|Virginia VA Va|Washington WA Wash|
West_Virginia WV W.Va|Wisconsin WI Wis|Wyoming WY Wyo"""
US_STATES = {abbr.lower(): words[0].replace("_", " ")
             for words in (line.split() for line in _STATES.replace("\n", "").split("|"))
             for abbr in words[1:]}  # (Indiana's "IN" is also a word: left out)
_STATE_ABBR = r"((?:[A-Z]\.){1,2}[A-Z]?\.?|[A-Z][a-z]{1,4}\.|[A-Z]{2})"
_US_STATE_AFTER = re.compile(rf",\s*{_STATE_ABBR}(?=\s|$|,|\s*[-\u2013\u2014(])")
_US_STATE_AFTER_PLACE = re.compile(r"[A-Za-z.]\s*,\s*$")
# an institution named after a place: "Children's of Alabama", "University of Mississippi"
_ORG_OF = re.compile(r"\b(?:University|College|Bank|Hospital|Children['\u2019]s|Institute|"
                     r"Academy|Museum|Diocese|Archdiocese|School|Board|Chamber|Federation|"
                     r"Association|League)\s+of\s+(?:the\s+)?$")


# the end of a body's long name before a place, and the acronym after it
_NAMED_BODY_OF = re.compile(r"[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+){1,}of\s+(?:the\s+)?$")
_ACRONYM_AFTER = re.compile(r"\s*\((?:[A-Z]{2,}[a-z]?){1,2}\)")


def _state_after(text: str, end: int) -> str | None:
    """The US state whose abbreviation follows a town ending at `end` ("PEORIA, Ill."):
    its name, as GeoNames writes first-order divisions ("Illinois")."""
    m = _US_STATE_AFTER.match(text, end)
    return US_STATES.get(m.group(1).rstrip(".").lower()) if m is not None else None


def _dateline_country(text: str) -> list[str]:
    """The country of a dateline city the gazetteer knows as a big city, as a context."""
    for run in _runs(text, 0, min(len(text), 200)):
        if not dateline_at(text, run.start, run.end):
            continue
        if _state_after(text, run.end) is not None:
            return ["US"]  # "FLINT TOWNSHIP, MI -", "MONTGOMERY, Ala. (AP) -"
        found = gazetteer.lookup(text[run.start:run.end])
        if not found:
            continue  # ("BREAKING -", a label line above the dateline: no place)
        if found[0].population >= _BIG_CITY:
            return [found[0].country]
        return []
    return []


# "Somalia's capital", "the Afghan capital": the country's capital city
_CAPITAL = re.compile(rf"\b(?:([{_UPPER}]{_LETTER}+(?: [{_UPPER}]{_LETTER}+)?)['\u2019]s|the "
                      rf"([{_UPPER}]{_LETTER}+)) capital\b(?!s)")


def _capitals(text: str, start: int, end: int, places: list[Place]) -> list[Place]:
    found = []
    for m in _CAPITAL.finditer(text, start, end):
        if m.group(1):
            entry = gazetteer.country_named(m.group(1))
            iso = entry.country if entry else None
        else:
            iso = gazetteer.demonym(m.group(2))
        capital = gazetteer.capital_of(iso) if iso else None
        if capital is not None:
            found.append(_to_place(capital, PlacePrecision.TOWN, text, m.start(), m.end()))
    if not found:
        return places
    # the country named in "Somalia's capital" is the capital's place now
    starts = {p.span.start for p in found}
    kept = [p for p in places if p.span.start not in starts]
    return sorted(kept + found, key=lambda p: p.span.start)


def _match(text: str, words: list[tuple[int, int]]) -> tuple[int, int, list[Entry], str | None]:
    """The run read as a place name: (start, end, candidates, cue word in the run).

    The whole run is tried first ("United States", "Sadr City"), then without sentence
    openers ("In Kunduz") or a leading direction ("Northern Kunduz"), each also without a
    trailing cue word ("Borno State").
    """
    def word(i: int) -> str:
        return text[words[i][0]:words[i][1]].lower()

    tries = [0]
    while tries[-1] < len(words) - 1 and word(tries[-1]) in _OPENERS:
        tries.append(tries[-1] + 1)
    if word(tries[-1]) in _DIRECTIONS and tries[-1] < len(words) - 1:
        tries.append(tries[-1] + 1)
    if tries[-1] < len(words) - 1 and _HELD_WORD.fullmatch(word(tries[-1])):
        tries.append(tries[-1] + 1)
    if word(tries[-1]) in _TITLES and not text[slice(*words[tries[-1]])].isupper():
        # ("Dr Smith", not "DR Congo"; but "in Sheikh Zuweid", "near Sheikh Othman": towns)
        a, b = words[tries[-1]][0], words[-1][1]
        if not (word(tries[-1]) == "sheikh" and len(words) - tries[-1] > 1 and
                _LOCATIVE.search(text, max(0, a - 12), a) and gazetteer.lookup(text[a:b])):
            return 0, 0, [], None
    for i in tries:
        a, b = words[i][0], words[-1][1]
        candidates = gazetteer.lookup(text[a:b])
        if candidates:
            return a, b, candidates, None
        if len(words) - i > 1 and (word(-1) in _CUE_WORDS or word(-1) == "township"):
            # ("Borno State", "Ye-U Township": a township is Myanmar's district; not "Flint
            # Township", an American town's neighbour, no part of it)
            candidates = [e for e in gazetteer.lookup(text[a:words[-2][1]])
                          if word(-1) != "township" or e.country == "MM"]
            if candidates:
                return a, words[-2][1], candidates, \
                    "district" if word(-1) in ("district", "township") else "province"
        if len(words) - i > 1 and word(-1) == "county":
            # "Mandera County": Kenya's and Liberia's counties are their first divisions,
            # named for their towns (a US county is no town of its name: left out)
            candidates = [e for e in gazetteer.lookup(text[a:words[-2][1]])
                          if e.country in _COUNTY_PROVINCES]
            if candidates:
                return a, words[-2][1], candidates, "province"
        lga = _LGA_TAIL.search(text, a, b)
        if lga is not None and lga.start() > a:
            # "Mangu Local Government Area", "the Kajuru LGA": the division its town names
            candidates = gazetteer.lookup(text[a:lga.start()])
            if candidates:
                return a, lga.start(), candidates, "district"
    a, b = words[-1]
    if len(words) - tries[-1] == 1 and _BETWEEN_TWO.match(text, b):
        # "the Bishnupur-Churachandpur district border", "the Homs-Damascus highway": the
        # first of the two places the border or road joins
        first = _TWO_PLACES.fullmatch(text, a, b)
        if first is not None and gazetteer.lookup(first.group(2)) and \
                gazetteer.country_named(first.group(1)) is None:
            # (not "the Israel-Lebanon border": which side, the story tells elsewhere)
            candidates = gazetteer.lookup(first.group(1))
            if candidates:
                return a, a + len(first.group(1)), candidates, None
    return 0, 0, [], None


_BETWEEN_TWO = re.compile(r"\s+(?:(?:district|provincial|state|regional|inter-state|interstate)"
                          r"\s+)?(?:border|boundary|frontier|highway|road|axis|corridor|route)\b")
_TWO_PLACES = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})")


_LGA_TAIL = re.compile(r"\s+(?:" + LGA + r")$")


def _place(text: str, run: _Run, context: list[str], lowered: set[str],
           divisions: list[str] = (), by_name: set[str] = frozenset()) -> Place | None:
    """The place a run of capitalised words names, if any. `context`: the countries the
    text mentions, most often first; `by_name`: those it names by name, not a demonym."""
    if len(run.words) > _MAX_RUN + 1:
        return None
    if text[run.start:run.end].isupper() and not dateline_at(text, run.start, run.end):
        # Capitals mid-text are acronyms ("AFP"); only country ones ("UAE") are places.
        entry = gazetteer.country_named(text[run.start:run.end]) if len(run.words) == 1 \
            else None
        return _to_place(entry, PlacePrecision.COUNTRY, text, run.start, run.end) \
            if entry else None
    a, b, candidates, cue = _match(text, run.words)
    if not candidates:
        return None
    surface = text[a:b]
    if _ORG_OF.search(text, max(0, a - 40), a):
        return None  # "Children's of Alabama", "the Bank of Baghdad": an institution's name
    if _NAMED_BODY_OF.search(text, max(0, a - 60), a) and _ACRONYM_AFTER.match(text, b):
        return None  # "the Service for Adults Deprived of Liberty (SNAI)": a body's long name
    if _US_STATE_AFTER_PLACE.search(text, max(0, a - 40), a) and \
            surface.rstrip(".").lower() in US_STATES:
        return None  # "FLINT TOWNSHIP, MI", "Jackson, Miss.": the state of the town before
    state = _state_after(text, b)
    if state is not None:
        # "PEORIA, Ill. -": the town of that state
        in_state = [e for e in candidates if e.country == "US" and e.admin1 == state]
        if in_state:
            candidates, cue = in_state, cue or "town"
    if _CITY_SIDE.fullmatch(surface):
        return None  # "the West Side", "Southside": a city's side, no town (not Las Vegas)
    if gazetteer.demonym(surface) or surface.lower() in _NEVER or surface.lower() in CHANNELS:
        return None  # (and "Al Jazeera", an outlet, no Iraqi town)
    if _MIXED_ACRONYM.search(surface):
        return None  # "FAMa" (Mali's armed forces), not Brazil's Fama
    if b > a and " " in text[a:b] and _NAMED_HOSPITAL.match(text, b) and \
            max(e.population for e in candidates) < _BIG_CITY:
        return None  # "died at Getulio Vargas state hospital": a hospital named after someone
    if _NAMED_HOSPITAL.match(text, b) and context and \
            not re.search(r"\b(?:an?|the)\s+$", text[max(0, a - 5):a], re.I) and \
            not any(e.country in context for e in candidates):
        return None  # "At Madina hospital" in Mogadishu: a hospital's name, no Saudi city
    if _HOSPITAL_OWNER.search(text, max(0, a - 12), a):
        return None  # "taken to Children's Wisconsin": a hospital
    if _STREETS_AFTER.match(text, b):
        return None  # "near Fifth and Market streets", "Main and Market streets"
    if _ORDINAL_AFTER.match(text, b):
        return None  # "the 1200 block of West 45th Street", "North 24th Street"
    if _QUARTER_AFTER.match(text, b) or _HOME_AFTER.match(text, b) and \
            _POSSESSIVE_BEFORE.search(text, max(0, a - 12), a):
        return None  # "the Austin neighborhood" of Chicago, "their Arlington home": a part
        # of the story's city, no namesake town elsewhere
    if _GROUP_AFTER.match(text, b) and not any(e.country in context[:3] for e in candidates):
        return None  # "the Fano militia" in a story about Ethiopia: a group, not Fano, Italy
    if _ARABIC_ARTICLE.match(surface):
        # "Ad Dali", "Al Jawf": an Arabic name, not the Chinese Dali
        arabic = [e for e in candidates if e.country in _ARABIC_COUNTRIES]
        if not arabic and context and not any(e.country in context for e in candidates):
            return None  # "Al-Quriyah" in a story about Syria: no Chinese Korla
        candidates = arabic or candidates

    before, after = text[max(0, a - 40):a], text[b:b + 40]
    if cue is None:
        named = _named_before(before)
        if _PROVINCE_BEFORE.search(before) and not named or _PROVINCE_AFTER.match(after) or \
                named and _DISTRICT_BEFORE.search(before):
            # ("Lam Sonthi district of Lop Buri", "the Shopian district of Kashmir": the
            # province)
            cue = "province"
        elif _DISTRICT_BEFORE.search(before) or _DISTRICT_AFTER.match(after):
            cue = "district"
        elif _TOWN_BEFORE.search(before) or _TOWN_AFTER.match(after) or \
                _TOWN_VERB.search(before):
            cue = "town"
        elif _LOCATIVE.search(before) or dateline_at(text, run.start, run.end):
            cue = "locative"
    named_country = None
    m = _COUNTRY_AFTER.match(after)
    if m:
        entry = gazetteer.country_named(m.group(1).strip())
        named_country = entry.country if entry else None
        cue = cue or ("locative" if named_country else None)
    if named_country is None:
        named_country = _country_around(text, a, b)
    division = None
    if named_country is None:
        # "Hays city (Al Hudaydah)", "Riachinho, Tocantins": the division after a town
        # says which country's town it is
        in_division = _division_after(text[b:b + 80])
        division = named_country = in_division.country if in_division else None
        if division is not None and cue is None:
            cue = "town"  # a name with its divisions after it is a place
        if in_division is not None:
            # "El Tambo municipality, Cauca department", "Bishnupur, Manipur": of the
            # country's namesakes, the one in that division
            key = gazetteer.normalize(in_division.name)
            inside = [e for e in candidates if e.country == in_division.country and
                      e.admin1 and gazetteer.normalize(e.admin1) == key]
            if not inside and cue in (None, "town", "locative") and any(
                    e.country == in_division.country for e in candidates) and not any(
                    e.country == in_division.country and (
                        # (unknown division: the town may be the one, if it has the very
                        # name; "Kamianka, Donetsk" is no Kamyanka of unknown division)
                        e.kind != CITY or (
                            gazetteer.normalize(e.name) == gazetteer.normalize(surface)
                            if e.admin1 is None else
                            # ("Donetsk Oblast" is the division "Donetsk"; "Mato Grosso do
                            # Sul" may be the text's "Mato Grosso" cut short)
                            gazetteer.normalize(e.admin1).startswith(key) or
                            key.startswith(gazetteer.normalize(e.admin1))))
                    for e in candidates):
                # "Rosales, Chihuahua" when the gazetteer knows no Rosales in Chihuahua,
                # only Sonora's: the division the text puts it in, not a namesake elsewhere
                # in the country (a town whose division the gazetteer does not know may be
                # the one; namesakes only abroad are none: "Mandoli (Bandiagara, Mopti)" is
                # the next place's)
                at = text.find(in_division.name, b, b + 80)
                return _to_place(in_division, PlacePrecision.PROVINCE, text,
                                 *((at, at + len(in_division.name)) if at >= 0 else (a, b)))
            candidates = inside or candidates

    # Person names: "Farah Hussein said", "shopkeeper Farah", "Muse said".
    prev_word = re.search(r"(\w+)\s*$", before)
    if cue not in ("province", "district", "town") and (
            _SPEECH.match(after) and not (prev_word and prev_word.group(1) in _PLACE_OF) or
            (prev_word and prev_word.group(1) in _ROLES)):
        return None  # (but "police in Quetta said": the speakers' town)
    if cue is None and (surface.lower() in _NOT_PLACES or surface.lower() in lowered):
        return None

    preferred = [named_country] if named_country else context
    entry = _choose(candidates, cue, preferred)
    province_named = False
    if entry is not None and entry.kind == CITY and entry.country != "US":
        # "Bishnupur district in Manipur": the namesake in the province named nearby (not
        # West Bengal's bigger Bishnupur); a town that small counts when its province is
        # named beside it, as when a cue word says it is a town (not in the US, where many
        # a surname is some small town's name)
        # (the whole text's runs, read once for the scan, cut to 300 characters around)
        lo, hi = max(0, a - 300), min(len(text), b + 300)
        near = {text[max(r.start, lo):min(r.end, hi)] for r in _runs(text, 0, len(text))
                if r.end > lo and r.start < hi} - {text[a:b]}
        named = next((e for e in candidates if e.kind == CITY and e.country == entry.country
                      and e.admin1 and e.admin1 in near), None)
        if named is not None:
            entry, province_named = named, True
    if entry is None or division is not None and entry.country != division:
        return None  # ("Mandoli (Bandiagara, Mopti)" is no namesake in India)
    if named_country is not None and entry.country != named_country and \
            entry.kind != COUNTRY:
        return None  # "Lac province, Chad" is not Albania's Lac, "Chin), Myanmar" no Qinzhou
    if entry.kind == COUNTRY:
        return _to_place(entry, PlacePrecision.COUNTRY, text, a, b)
    if gazetteer.normalize(entry.name) != gazetteer.normalize(surface) and entry.kind == CITY \
            and divisions and entry.country not in divisions:
        return None  # "Rim village, Riyom ..., Plateau state" is no name of Rome: the text's
        # divisions are another country's
    if gazetteer.normalize(entry.name) != gazetteer.normalize(surface) and (
            entry.population < _ALIAS_CITY or
            preferred and entry.country not in preferred and entry.kind == CITY) and \
            _other_country_named(text, a, b, entry.country):
        # a name another language gives a town abroad, beside another country: "Boni in
        # central Mali" is no Bonn, "Kuriga" (KANO, Nigeria) no Khouribga; nor, outside the
        # text's countries, a big city's ("Rim", Czech for Rome, among Plateau villages)
        return None
    at_dateline = surface.isupper() and dateline_at(text, run.start, run.end) and \
        len({e.country for e in candidates}) == 1
    if cue is None and entry.country not in preferred and entry.population < _BIG_CITY:
        return None  # a small namesake abroad, uncued: more likely a word or a person
    if by_name and entry.country not in preferred and entry.population < _BIG_CITY and \
            not at_dateline:
        # ("PARACHINAR: ..." is the story's town, whatever countries the text names)
        return None  # cued, but in a country a text that names its countries never names:
        # "Police District 4" in Jalalabad is no Polish town, "Soum province" in Burkina
        # Faso none in Senegal
    if entry.kind == CITY and entry.population < _SMALL_TOWN and not at_dateline and (
            cue is None and not province_named or preferred and entry.country not in preferred):
        return None  # a village counts only where the text says it is one, in its country
    if surface.lower() in _NOT_PLACES and cue not in ("province", "district", "town") and \
            entry.country not in preferred:
        return None  # "between the Police and the suspects": Police, Poland only if cued
    if cue == "province":
        return _to_place(entry, PlacePrecision.PROVINCE, text, a, b)
    if cue == "district":
        return _to_place(entry, PlacePrecision.DISTRICT, text, a, b)
    precision = PlacePrecision.PROVINCE if entry.kind == ADMIN1 else PlacePrecision.TOWN
    return _to_place(entry, precision, text, a, b)


_SMALL_NAMESAKE = 100_000  # a town abroad this small does not stop a text's own place
# a name the gazetteer lacks, told as a place by the word after it ("Ayadaw Township",
# "the Spinwam area", "Mir Ali tehsil") or before it ("the village of Mbokam")
_UNLISTED_KIND = (r"village|town|township|tehsil|district|sub-district|upazila|area|locality|"
                  r"commune|municipality|settlement|hamlet|woreda|kebele|payam|sub-county|regency|"
                  # (Congo's territories: "Masisi territory")
                  r"territory|county|"
                  + LGA)
_UNLISTED_AFTER = re.compile(rf"\s+(?i:({_UNLISTED_KIND}))\b")
_UNLISTED_BEFORE = re.compile(r"\b(?i:(town|city|village|hamlet|settlement|locality|"
                              r"community|commune|district|township|area|island))\s+of\s+$")
_MOUNT = re.compile(r"(?:Mount|Mt\.?|Jebel|Jabal|Djebel)\s")
# an island the gazetteer lacks, read where its name stands (but cueing no bare mention
# elsewhere): "off the coast of Sibutu island"
_ISLAND_AFTER = re.compile(r"\s+island\b(?!\s+of\s)")
_UNLISTED_TAIL = re.compile(rf"\s+({_UNLISTED_KIND})$", re.I)
# ("local": a Local Government Area)
_DISTRICT_KINDS = frozenset("township tehsil district sub-district upazila commune municipality "
                            "lga local woreda payam sub-county regency territory".split())
# capitalised words that name no village: institutions, peoples' works, the text's furniture
_NO_VILLAGE = frozenset("""
forces force army police party group church mosque school camp base airport market
border security military special operations command brigade division regiment unit
republic kingdom federation union new old greater upper lower little
bay valley river lake lakes mountain mountains hill hills coast coastal delta desert gulf sea
island islands zone green red metro downtown capital tri-state park beach harbor harbour port
""".split()) | _NOT_PLACES | _DIRECTIONS
_NEAR_PLACE = 150  # how close a named place must lie to say whose an unlisted one is
# a division the name lies in, after it: ", in the Mayo-Tsanaga department", "in Imphal West
# district", ", on the edge of Imphal West district"
_IN_DIVISION_AFTER = re.compile(
    rf",?\s+(?:in|on\s+the\s+(?:edge|outskirts)\s+of|near)\s+(?:the\s+)?"
    rf"(?:[{_UPPER}][\w'\u2019-]*\s+){{1,3}}(?:district|department|region|province|state|"
    rf"county|governorate|division|tehsil|township|municipality)\b")
# what the name is, set beside it: ", a hill resort", ", a farming village"
_APPOSED_KIND = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:town|village|hamlet|resort|"
                           r"settlement|locality|community|camp)\b")
_HOSPITAL_IN = re.compile(r"\b(?:hospital|clinic|medical\s+cent(?:er|re))\b[^.;]{0,40}?\bin\s+"
                          r"(?:the\s+)?$", re.I)
_STREET_WORD = re.compile(r"\b(?:Avenue|Ave|Road|Rd|Street|St|Court|Ct|Drive|Dr|Lane|Ln|"
                          r"Boulevard|Blvd|Way|Place|Pl|Highway|Hwy|Parkway|Terrace|Circle)\b")


@lru_cache(maxsize=1024)
def _unlisted(text: str, a: int, b: int, lowered: frozenset[str]) -> Place | None:
    """A town or district the gazetteer lacks, told as a place by a word beside it: "Ayadaw
    Township", "the Spinwam area of North Waziristan", "the village of Mbokam". Its name is
    the text's, its country the one named around it or near it, its point (if any) the
    place's it is told with (see _placed_after); it has no GeoNames id. Cached: a text's
    rescans (find_places) ask again for the same runs. Read-only."""
    surface = text[a:b]
    kind = None
    tail = _UNLISTED_TAIL.search(surface)
    if tail is not None:
        kind, b = tail.group(1).lower(), a + tail.start()
        surface = text[a:b]
    elif (m := _UNLISTED_AFTER.match(text, b)) is not None and not (
            m.group(1).lower() in ("village", "town", "hamlet", "settlement") and
            text.startswith(" of ", m.end())):
        # (not "the Chechen town of Gudermes": a word that says whose town)
        kind = m.group(1).lower()
    elif (m := _UNLISTED_BEFORE.search(text, max(0, a - 30), a)) is not None:
        kind = m.group(1).lower()
    elif _ISLAND_AFTER.match(text, b) is not None:
        kind = "town"  # "off Sibutu island": an island the gazetteer lacks, a town's point
    elif (m := _AND_NEXT_KINDS.match(text, b)) is not None:
        kind = _singular_kind(m.group(1))  # "Nasir and Ulang counties"
    elif _MOUNT.match(surface) and len(surface.split()) >= 2:
        kind = "town"  # "on Mount Chaambi near the Algerian border": a site of its own
    elif _LOCATIVE.search(text, max(0, a - 30), a) and (
            (m := _IN_COUNTRY_AFTER.match(text, b, b + 60)) is not None and
            gazetteer.country_named(m.group(1).strip()) is not None or
            _IN_DIVISION_AFTER.match(text, b) or _APPOSED_KIND.match(text, b)):
        # "at a church in Tougouri in northern Burkina Faso", "near Kangchup, on the edge of
        # Imphal West district", "near Yusmarg, a hill resort"
        kind = "town"
    if kind is None and surface and _LOCATIVE.search(text, max(0, a - 30), a):
        kind = _cued_elsewhere(text, surface)  # "in Ulang", and "Ulang County" told elsewhere
    if kind is None and surface and _BARE_AT.search(text, max(0, a - 12), a) and \
            _bare_town(text, surface, b):
        kind = "town"  # "killed nine people at Nadome", "a raid on Chesongoch"
    if kind is None or not surface or any(w.isupper() for w in surface.split()) or \
            len(surface.split()) > 3 or _STREET_WORD.search(surface):
        return None  # (nor "Holmes Road", "Champlost Avenue": a street)
    if kind == "county" and _US_COUNTY.match(text, b):
        return None  # "Athens-Clarke County, Georgia": a US county, which the gazetteer lacks
    if _HOSPITAL_IN.search(text, max(0, a - 80), a):
        return None  # "transferred to Narathiwat Ratchanakharin Hospital in Muang district":
        # where the hurt were treated, no place of theirs
    words = [w.lower().rstrip("'’s") for w in re.split(r"[\s-]+", surface)]
    if any(w in _NO_VILLAGE or w in lowered for w in words) or \
            gazetteer.demonym(surface) or any(
                # (a known place, read before; a small namesake abroad the scan passed over
                # is no reading of it, but one in a country the text names is its town)
                _a_reading_of(e, _country_counts(text, 0, len(text)))
                for e in gazetteer.lookup(surface)) or \
            re.search(r"['’]s$", surface):
        return None  # (a people's, a group's or a known place's, read before)
    # the country the words around it name ("Tougouri in northern Burkina Faso"), else the
    # one the places named near it are in (see _placed_after)
    country = _country_around(text, a, b)
    precision = PlacePrecision.DISTRICT if kind.split()[0] in _DISTRICT_KINDS else \
        PlacePrecision.TOWN
    return Place(name=surface, country=country, precision=precision, span=Span.of(text, a, b))


# a county of a US state: "County, Georgia", "County, Ga."
_US_COUNTY = re.compile(r"\s+County,\s+(?:" + "|".join(sorted(
    {n.replace("_", " ") for n in US_STATES.values()}, key=len, reverse=True)) +
    r"|" + _STATE_ABBR + r")\b")
# where a bare name is a town: "at Nadome", "in Kapedo", "near Lomelo"
_BARE_AT = re.compile(r"\b(?:in|at|near|outside)\s+$")
# capitalised words after "in" or "at" that are no town
_NO_TOWN = frozenset("""
parliament congress senate court assembly islam christianity god allah english french arabic
spanish portuguese twitter facebook telegram whatsapp youtube instagram reuters afp ap
state government ministry office hospital university school church mosque camp prison
embassy square bazar bazaar market field street road bridge station colonia barrio
neighbourhood neighborhood barangay sitio purok
""".split())


def _bare_town(text: str, surface: str, b: int) -> bool:
    """Whether a capitalised name the gazetteer lacks, told right after "in", "at", "near"
    or "outside", is a town: one or two words of letters, ending its phrase, told by no one
    ("said"), with no title before it elsewhere in the text."""
    words = surface.split()
    if len(words) > 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and
                                 w[1:].islower() for w in words):
        return False
    if any(w.lower() in _NO_TOWN or w.lower() in lexicon.CALENDAR for w in words):
        return False
    nxt = text[b:b + 3]
    if nxt[:1] in ("'", "’") or nxt[:2] in (" (",):
        return False  # ("at Smith's home", "in Hezbollah (...)")
    if (m := _THEN_A_PLACE.match(text, b)) is not None and gazetteer.lookup(m.group(1)):
        return False  # ("in Blatoungour, near Bosso", "in Passiana, Patiala": the known town
        # told with it locates it; it is no town of its own for the gazetteer)
    if _INSTITUTION_AFTER.match(text, b):
        return False  # ("a doctor at Mirwais hospital", "at Mirwais Regional Hospital")
    if _KIND_AFTER.match(text, b):
        return False  # ("in Shimilang village of Mangu District", "Williamsville neighbourhood
        # of Abidjan": the words after it say what it is, or whose part)
    if text.count(surface) < 2:
        return True  # (told once, here: no one's name told elsewhere)
    name = re.escape(surface)
    return re.search(rf"\b{name}\s+(?:said|says|told|added)\b|"
                     rf"\b(?:Mr|Mrs|Ms|Dr|President|Minister|General|Gen|Colonel|Col|Captain|"
                     rf"Capt|Sheikh|Imam|Pastor|Father)\.?\s+{name}\b", text) is None


_THEN_A_PLACE = re.compile(r",?\s+(?:(?:in|near|of|outside)\s+(?:the\s+)?)?"
                           r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_INSTITUTION_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?i:hospital|clinic|school|college|"
                                r"university|camp|market|mosque|church|prison|jail|base|"
                                r"airport|stadium|station|hotel|bridge|road|street)\b")
_KIND_AFTER = re.compile(rf"\s+(?i:{_UNLISTED_KIND}|neighbourhood|neighborhood|quarter|suburb|"
                         r"camp|market|square|city|region|province|state)\b")
# the plural of a kind after a second name: "Nasir and Ulang counties"
_KIND_OF = {"counties": "county", "districts": "district", "villages": "village",
            "townships": "township", "territories": "territory", "woredas": "woreda",
            "tehsils": "tehsil", "municipalities": "municipality"}
_PLURAL_KINDS = "|".join(_KIND_OF)


def _singular_kind(word: str) -> str:
    """A kind word as one place's: "counties" -> "county"."""
    return _KIND_OF.get(word.lower(), word.lower())


_AND_NEXT_KINDS = re.compile(rf"\s+and\s+[{_UPPER}][\w'\u2019-]*\s+(?i:({_PLURAL_KINDS}))\b")


def _cued_elsewhere(text: str, surface: str) -> str | None:
    """The kind of place a name is where the text tells it with a kind word ("Ulang County",
    "the village of Yuai", "Nasir and Ulang counties"), for a mention of it told bare
    ("killed in Ulang")."""
    return _cued_names(text).get(surface)


_NAME = rf"[{_UPPER}][\w'\u2019-]*"
_NAME_THEN_KIND = re.compile(rf"({_NAME}(?:\s+{_NAME})*)\s+(?i:({_UNLISTED_KIND}))\b"
                             rf"(?!\s+of\s)")
_KIND_OF_NAME = re.compile(rf"\b(?i:(village|town|hamlet|settlement|locality|district|township|"
                           rf"area))\s+of\s+({_NAME}(?:\s+{_NAME}){{0,2}})")
_TWO_NAMES_THEN_KINDS = re.compile(rf"({_NAME})\s+and\s+({_NAME}(?:\s+{_NAME})*)\s+"
                                   rf"(?i:({_PLURAL_KINDS}))\b")


@lru_cache(maxsize=16)
def _cued_names(text: str) -> dict[str, str]:
    """Every name the text tells with a kind word, and that kind (each trailing part of a
    longer name too: "the Twic East County" cues "Twic East" and "East"). One pass a text:
    _unlisted asks for each bare name it meets."""
    out: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        words = name.split()
        for k in range(len(words)):
            out.setdefault(" ".join(words[k:]), _singular_kind(kind))

    for m in _NAME_THEN_KIND.finditer(text):
        add(m.group(1), m.group(2))
    for m in _KIND_OF_NAME.finditer(text):
        add(m.group(2), m.group(1))
    for m in _TWO_NAMES_THEN_KINDS.finditer(text):
        add(m.group(1), m.group(3))
        add(m.group(2), m.group(3))
    return out


_DIVISION_AFTER = re.compile(rf"(?:\s+(?:city|town|village|district|area|county|locality|"
                             rf"township|commune|municipality|zone))?\s*(,|\()\s*"
                             rf"((?:[{_UPPER}]{_LETTER}+[ -]?){{1,3}})")
_BRACKET_NAMES = re.compile(rf"[{_UPPER}]{_LETTER}+(?:[ -][{_UPPER}]{_LETTER}+){{0,2}}")


_COMPASS = (r"(?:(?:far|extreme)\s+)?(?:north|south|east|west|central|northern|southern|eastern|"
            r"western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|"
            r"northwest|southeast|southwest)")
# "Palma in northern Mozambique", "Tamou in southwest Niger"
_IN_COUNTRY_AFTER = re.compile(rf"\s+in\s+(?:the\s+)?(?:{_COMPASS}\s+)?"
                               rf"((?:[{_UPPER}]{_LETTER}+\s?){{1,3}})")
# "Burkina Faso's Seno province", "the eastern Ukrainian region of Donetsk"
_COUNTRY_OWNS = re.compile(rf"((?:[{_UPPER}]{_LETTER}+\s){{0,2}}[{_UPPER}]{_LETTER}+)['\u2019]s\s+"
                           rf"(?:[\w-]+\s+){{0,2}}$")
_DEMONYM_BEFORE = re.compile(rf"\b([{_UPPER}]{_LETTER}+)\s+(?:[a-z-]+\s+)?(?:region|province|"
                             rf"state|city|town|village|district|capital)\s+of\s+$|"
                             rf"\b([{_UPPER}]{_LETTER}+)\s+(?:[a-z-]+\s+)?(?:region|province|"
                             rf"state|city|town|village|district)\s+$")


def _country_around(text: str, a: int, b: int) -> str | None:
    """The country the words right around a place name say it is in: "Palma in northern
    Mozambique", "Burkina Faso's Seno province", "the Ukrainian region of Donetsk"."""
    m = _IN_COUNTRY_AFTER.match(text, b, b + 60)
    if m:
        entry = gazetteer.country_named(m.group(1).strip())
        if entry is not None:
            return entry.country
    before = text[max(0, a - 50):a]
    m = _COUNTRY_OWNS.search(before)
    if m:
        entry = gazetteer.country_named(m.group(1).strip())
        if entry is not None:
            return entry.country
    m = _DEMONYM_BEFORE.search(before)
    if m:
        return gazetteer.demonym(m.group(1) or m.group(2))
    return None


def _division_after(after: str) -> Entry | None:
    """The first-order division named just after a place, which says whose place it is:
    "Hays city (Al Hudaydah)", "Mandoli (Bandiagara, Mopti)", "Riachinho, Tocantins"."""
    m = _DIVISION_AFTER.match(after)
    if m is None:
        return None
    names = [m.group(2).strip()]
    if m.group(1) == "(":
        close = after.find(")", m.end())
        names = _BRACKET_NAMES.findall(after, m.start(2), close if close > 0 else len(after))
    return next((d for d in map(_one_countrys_division, names) if d is not None), None)


def _one_countrys_division(name: str) -> Entry | None:
    """The first-order division of that name, when only one country has one."""
    divisions = [e for e in gazetteer.lookup(name) if e.kind == ADMIN1]
    return divisions[0] if len({e.country for e in divisions}) == 1 else None


_BRACKET = re.compile(rf"\(\s*((?:[{_UPPER}]{_LETTER}+[ -]?){{1,3}}(?:,\s*(?:[{_UPPER}]{_LETTER}+"
                      rf"[ -]?){{1,3}}){{0,2}})\s*\)")


_DIVISION_NAMED = re.compile(rf"((?:[{_UPPER}]{_LETTER}+[ -]){{0,2}}[{_UPPER}]{_LETTER}+)\s+"
                             rf"(?:region|province|state|governorate|countryside)\b")
_STATE_NAMED = re.compile(rf"((?:[{_UPPER}]{_LETTER}+[ -]){{0,2}}[{_UPPER}]{_LETTER}+)\s+State\b")


def _bracket_countries(text: str) -> list[str]:
    """The countries of first-order divisions named in brackets ("Toumour (Bosso, Diffa)",
    "Hays city (Al Hudaydah)") or as divisions ("the Tillaberi region"), each division's
    country when only one has it."""
    names = [n for m in _BRACKET.finditer(text) for n in m.group(1).split(",")] \
        if "(" in text else []
    names += [m.group(1) for m in _DIVISION_NAMED.finditer(text)]
    out: list[str] = []
    for name in names:
        d = _one_countrys_division(name.strip()) if name.strip() else None
        if d is not None and d.country not in out:
            out.append(d.country)
    # "Plateau State Police Command", "Borno State": a state by its capital S (not the
    # American "Massachusetts State Police", "State Street": US states are told otherwise)
    for m in _STATE_NAMED.finditer(text):
        words = re.split(r"[ -]", m.group(1))  # ("The Plateau State": Plateau)
        d = next((d for i in range(len(words)) if (d := _one_countrys_division(
            " ".join(words[i:]))) is not None), None)
        if d is not None and d.country != "US" and d.country not in out:
            out.append(d.country)
    return out


def _choose(candidates: list[Entry], cue: str | None, preferred: list[str]) -> Entry | None:
    """The best candidate for the cue, places in `preferred` countries first."""
    # Outside the preferred countries, the country of the best-ranked namesake (by name,
    # then population) wins before the kind: "Basra" is Iraq's (its province of 4.5
    # million, its city Basrah) before a village of that name in Pakistan.
    first_of: dict[str, int] = {}
    for i, e in enumerate(candidates):
        first_of.setdefault(e.country, i)

    # a division's name that a town elsewhere in its country shares ("Sinaloa", a village
    # in Chiapas): the division (not "Kunduz", the province's own capital)
    divisions = {e.country: gazetteer.normalize(e.admin1 or e.name) for e in candidates
                 if e.kind == ADMIN1}
    stray = {id(e) for e in candidates if e.kind == CITY and e.country in divisions and
             gazetteer.normalize(e.admin1 or "") != divisions[e.country]}

    def rank(e: Entry) -> tuple[int, int, int, int]:
        home = preferred.index(e.country) if e.country in preferred else len(preferred)
        return (home, e.kind != COUNTRY, first_of[e.country],
                _KIND_ORDER[cue == "province"][e.kind] + 2 * (id(e) in stray))

    best = min(candidates, key=rank)  # min is stable: lookup's order breaks ties
    if best.country in preferred and best.kind == CITY:
        # Both sides of a border war named: a city of a million in the less named country
        # before its village namesake in the more named one ("Donetsk" in a story that
        # names Russia more often than Ukraine is Ukraine's city)
        big = max((e for e in candidates if e.kind == CITY and e.country in preferred and
                   e.country != best.country), key=lambda e: e.population, default=None)
        if big is not None and big.population >= _FAR_BIGGER * max(best.population, 1) and \
                big.population >= 100_000:
            best = big
    if cue == "province" and best.kind == CITY:
        # "Donetsk region" where the city won as the bigger namesake across a border: the
        # country's division of that name, when one is known
        division = next((e for e in candidates if e.kind == ADMIN1 and
                         e.country == best.country), None)
        if division is not None:
            return division
        # No division of that name known: provinces are usually named after their
        # capital ("Kunduz province"), so take the city's division, or the city itself.
        province = gazetteer.province_of(best)
        if province and gazetteer.normalize(province.name) == gazetteer.normalize(best.name):
            return province
        return Entry(None, best.name, best.country, best.name, best.lat, best.lon,
                     best.population, ADMIN1)
    return best


_FAR_BIGGER = 10  # how much bigger a namesake in another named country must be to win

# Which kind wins among namesakes in the same country: a country, then a town, then a
# province, unless the text says "province".
_KIND_ORDER = {
    False: {COUNTRY: 0, CITY: 1, ADMIN1: 2},
    True: {ADMIN1: 0, CITY: 1, COUNTRY: 2},
}


def _to_place(entry: Entry, precision: PlacePrecision, text: str, a: int, b: int) -> Place:
    return Place(
        name=entry.name, country=entry.country, precision=precision,
        admin1=entry.admin1, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
        span=Span.of(text, a, b),
    )


def within(town: Place, area: Place) -> bool:
    """Whether `town` is a town (or district) inside `area`, a province (by its first-order
    division) or a country."""
    if town.precision not in (PlacePrecision.TOWN, PlacePrecision.DISTRICT) or \
            town.country != area.country:
        return False
    if area.precision == PlacePrecision.COUNTRY:
        return True
    return area.precision == PlacePrecision.PROVINCE and area.admin1 is not None and \
        town.admin1 == area.admin1


def province_around(p: Place) -> Place | None:
    """The province a town lies in, told at the town's mention ("55 km south of Srinagar":
    somewhere in Jammu and Kashmir)."""
    if p.precision != PlacePrecision.TOWN or p.geonameid is None:
        return None
    entry = _entry_of(p)
    province = gazetteer.province_of(entry) if entry is not None else None
    if province is None:
        return None
    return Place(
        name=province.name, country=province.country, precision=PlacePrecision.PROVINCE,
        admin1=province.admin1, lat=province.lat, lon=province.lon,
        geonameid=province.geonameid, span=p.span)


_PRECISION_ORDER = (PlacePrecision.TOWN, PlacePrecision.DISTRICT, PlacePrecision.PROVINCE,
                    PlacePrecision.COUNTRY)


def main_place(text: str, places: list[Place] | None = None) -> Place | None:
    """The article's main place: its most-mentioned town (ties: the first mentioned),
    else district, else province, else country. `places` defaults to find_places(text)."""
    if places is None:
        places = find_places(text)
    known = [p for p in places if listed(p)]
    if known:
        places = known  # (a village the gazetteer lacks is no story's main place)
    for precision in _PRECISION_ORDER:
        found = [p for p in places if p.precision == precision]
        if found:
            counts = Counter((p.name, p.country) for p in found)
            top = max(counts.values())
            best = next(p for p in found if counts[(p.name, p.country)] == top)
            return _province_told_more(places, best, top) or best
    return None


def _province_told_more(places: list[Place], town: Place, n: int) -> Place | None:
    """A province the story names first and again, where a town named once lies outside:
    the province ("Taliban overran posts in the province of Faryab ... in Faryab ...", then
    "nobody in Kabul is listening"), or the first town named inside it."""
    if n != 1 or town.precision != PlacePrecision.TOWN:
        return None
    provinces = [p for p in places if p.precision == PlacePrecision.PROVINCE and
                 p.country == town.country and p.span.start < town.span.start]
    counts = Counter((p.name, p.admin1) for p in provinces)
    area = next((p for p in provinces if counts[(p.name, p.admin1)] >= 2), None)
    if area is None or within(town, area):
        return None
    return next((p for p in places if p.precision == PlacePrecision.TOWN and
                 within(p, area)), area)
