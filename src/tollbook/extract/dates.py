"""Dates: "on Sunday", "yesterday", "last week", "in March 2011", "05/25/2016".

Every relative date resolves against the article's publication date, passed in; nothing
here reads the wall clock. With no publication date a relative date stays unresolved
(start and end None, precision UNKNOWN) but keeps its span. Day-month dates ("March 5",
"5 March 2014") are read here, their year resolved as dateparser's RELATIVE_BASE and
PREFER_DATES_FROM would; any other form (and 29 February without a year) goes to
dateparser with RELATIVE_BASE set to the publication date (cached: the same few
expressions recur).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..model import DatePrecision, DateRange, Span
from .numbers import UNITS

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")

# the events a date can name ("a 2019 shooting"), and a figure's relative clause tell of
EVENT_NOUNS = (r"(?:shootings?|attacks?|bombings?|killings?|massacres?|raids?|ambush|blasts?|"
               r"explosions?|murders?|stabbings?)")

# "at the same point last year", "by the same time in 2015" (group 1: a year back; group 2:
# the year told); pipeline's running-toll cue reads the same words
SAME_POINT = (r"\b(?:at|by)\s+the\s+same\s+(?:point|time|date)\s+(?:(last\s+year|a\s+year\s+"
              r"(?:ago|earlier|before))|in\s+((?:19|20)\d\d))\b")

_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                  "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                  "nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth "
                  "twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth "
                  "thirty-first").split()
_ORDINAL_DAYS = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))

# the words that open a stretch of days told by its two ends: "between 9 September and 19
# January", "from Sept. 9 to Jan. 19", a report "covering 1 January to 30 June 2024"
_SPAN_OPEN = r"(?:(?<=between\s)|(?<=from\s)|(?<=covering\s)|(?<=covers\s)|(?<=covered\s))"

_PATTERNS = [
    # a statistical year: "in the 12 months to March", "in the year to March 2025", "the year
    # ending in June"
    ("year_to", re.compile(rf"\b(?:in|over|during|for)\s+the\s+(?:(?:12|twelve)\s+months|year)\s+"
                           rf"(?:to|ending(?:\s+in)?|up\s+to)\s+(?:the\s+end\s+of\s+)?({_MON})"
                           rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("mdy_num", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # "on the night of May 2-3", "on 2-3 May", "on 16 and 17 March": both days (not "on March
    # 16 and 17 people were killed")
    ("mdy_range", re.compile(rf"\b({_MON})\s+(\d{{1,2}})\s*[-\u2013]\s*(\d{{1,2}})\b"
                             rf"(?:,?\s+(\d{{4}}))?", re.I)),
    # (and "on the night of 13/14 November")
    ("dmy_range", re.compile(rf"\b(\d{{1,2}})\s*(?:[-\u2013/]|\s+and\s+)\s*(\d{{1,2}})\s+({_MON})"
                             rf"(?:,?\s+(\d{{4}}))?\b", re.I)),
    # "between June 10 and 16", "from June 10 to 16": the month told once, first
    ("mdy_range", re.compile(rf"(?:(?<=between\s)|(?<=from\s))({_MON})\s+(\d{{1,2}})"
                             rf"(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s+(\d{{1,2}})"
                             rf"(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per\s+cent|[a-z]))"
                             rf"(?:,?\s+(\d{{4}}))?", re.I)),
    # "From Sept. 9 to Jan. 19", "between 9 September and 19 January": days of two months
    # (the first may fall in the year before the second; and a report "covering 1 January to
    # 30 June 2024")
    ("span_mdy", re.compile(rf"{_SPAN_OPEN}({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?"
                            rf"(?:,?\s+(\d{{4}}))?,?\s+(?:and|to|until|through|-)\s+({_MON})\s+"
                            rf"(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)),
    ("span_dmy", re.compile(rf"{_SPAN_OPEN}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})"
                            rf"(?:,?\s+(\d{{4}}))?\s+(?:and|to|until|through|-)\s+(\d{{1,2}})"
                            rf"(?:st|nd|rd|th)?\s+({_MON})(?:,?\s+(\d{{4}}))?\b", re.I)),
    # "in the week ending April 9", "the week to 9 April": the seven days to that day
    ("week_ending", re.compile(rf"\bweek\s+(?:ending|ended|to)\s+(?:(?:on\s+)?(?:sunday|monday|"
                               rf"tuesday|wednesday|thursday|friday|saturday),?\s+)?"
                               rf"(?:({_MON})\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MON}))"
                               rf"(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)),
    # "between 20 and 22 June 2020", "from 20 to 22 April": the month told once, last
    # ("during the night of 15 to 16 February 2026")
    ("dmy_range", re.compile(rf"(?:(?<=between\s)|(?<=from\s)|(?<=night\sof\s))(\d{{1,2}})"
                             rf"(?:st|nd|rd|th)?\s+"
                             rf"(?:and|to|until|through)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+"
                             rf"({_MON})(?:,?\s+(\d{{4}}))?\b", re.I)),
    # "on October 9 last year", "on 9 October last year": that day of the year told
    ("day_rel", re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(last|this)\s+year\b|"
                           rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})\s+(last|this)\s+year\b",
                           re.I)),
    # "since the tenth of May", "since the 26th of January" (said, not written)
    ("dmy_the", re.compile(rf"\bthe\s+(\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_DAYS})\s+of\s+({_MON})"
                           rf"(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("mdy", re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)),
    # fixed-date holidays: "the Valentine's Day massacre", "on Christmas Eve"
    # (not "the city's Christmas market", "the Christmas season": no day)
    ("holiday", re.compile(r"\b(valentine['\u2019]?s\s+day|christmas\s+(?:day|eve)|"
                           r"christmas(?!\s+(?:markets?|trees?|lights|shopping|part(?:y|ies)|"
                           r"decorations|fairs?|cards?|carols?|season|holidays?|period|"
                           r"shoppers|break|week|lunch|dinner|gifts?|presents?|concerts?))|"
                           r"new\s+year['\u2019]?s\s+(?:day|eve)|halloween|boxing\s+day)"
                           r"(?:,?\s+((?:19|20)\d\d))?\b", re.I)),
    # "in July and August 2014": the year told last is both months'
    ("month_pair", re.compile(rf"\b({_MON})\s+(?:and|to|through|-|\u2013)\s+({_MON})\s+"
                              rf"(\d{{4}})\b", re.I)),
    # "between January 2016 and October 2018"
    ("month_year_pair", re.compile(rf"\b(?:between|from)\s+(?:(?:early|mid|late)[- ]?)?"
                                   rf"({_MON})\s+(\d{{4}})\s+(?:and|to|"
                                   rf"through|until)\s+(?:(?:early|mid|late)[- ]?)?({_MON})\s+"
                                   rf"(\d{{4}})\b", re.I)),
    # "between January and September", "between January and early May": the latest such
    # stretch not after publication
    ("month_pair_bare", re.compile(rf"\b(?:between|from)\s+({_MON})\s+(?:and|to|through|"
                                   rf"until)\s+(?:(?:early|mid|late)[- ]?)?({_MON})\b(?!\s+\d)",
                                   re.I)),
    # "in April last year", "in March of this year"
    ("month_rel", re.compile(rf"\b({_MON})\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)),
    # "last summer", "this spring" (the northern seasons: a US or European story's)
    ("season", re.compile(r"\b(last|this|past)\s+(spring|summer|fall|autumn|winter)\b", re.I)),
    # "in the first three months of the year", "the first half of 2023"
    ("first_months", re.compile(r"\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|"
                                r"nine|ten|eleven|\d{1,2}|half(?=\s+of))\s+(?:months\s+)?of\s+"
                                r"(?:(the|this|last)"
                                r"\s+year|((?:19|20)\d\d))\b", re.I)),
    # a quarter: "in the first quarter of 2024", "the third quarter of the 2023/24 financial
    # year" (April to March), "the last quarter of last year", "in Q2 2023"
    # ("in the first quarter": of this year, the latest such quarter not after publication)
    ("quarter", re.compile(r"\b(?:the\s+)?(first|second|third|fourth|final|last)\s+quarter"
                           r"\s+of\s+(?:(the|this|last)\s+year\b|((?:19|20)\d\d)\b(?![-/]\d)|"
                           r"the\s+((?:19|20)\d\d)[-/\u2013](\d\d)\s+(?:financial|fiscal)\s+year"
                           r"\b)|(?<=\bthe\s)(first|second|third|fourth)\s+quarter(?=\s*[,.;]|\s+"
                           r"(?:when|as|with|and|compared|than|to|from)\b)|"
                           r"\bQ([1-4])\s+((?:19|20)\d\d)\b", re.I)),
    # a financial year, April to March (the British and Indian one): "in 2019-20"
    ("fiscal", re.compile(r"\b(?:in|of|for|during)\s+(?:the\s+)?((?:19|20)\d\d)[-/\u2013](\d\d)\b"
                          r"(?![-/]\d)")),
    ("my", re.compile(rf"\b({_MON})\s+(\d{{4}})\b", re.I)),
    ("month", re.compile(r"\b(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Ff]or|[Tt]hrough|[Uu]ntil|"
                         r"[Tt]hroughout|[Ll]ast|[Ll]ate|[Ee]arly|[Mm]id-?)\s+"
                         r"(?:(?:late|early|mid-?)\s*)?|"
                         # "the January bombing of a cathedral", "a July shooting":
                         # that month's event
                         r"(?:[Tt]he|[Aa])\s+(?=[A-Z][a-z]+\s+(?:attacks?|bombings?|blasts?|"
                         r"massacres?|shootings?|raids?|assaults?|strikes?|airstrikes?|ambush|killings?|"
                         r"explosions?|offensive|clashes|fighting|violence)\b))"
                         r"(January|February|March|April|May|June|"
                         r"July|August|September|October|November|December)\b(?!\s+\d)")),
    # a window up to publication: "over the past day", "in the last 48 hours", "during the
    # past week" (group 1: how many; group 2: the unit)
    ("window", re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+"
                          r"(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|fourteen|\d{1,3})\s+)?"
                          r"(day|days|hours|week|weeks)\b", re.I)),
    # a stretch of fighting up to the report: "in five days of fighting", "after two weeks of
    # clashes" (group 1: how many; group 2: the unit)
    ("stretch", re.compile(r"\b(?:(?:in|after|during|over)\s+(?:the\s+)?)?(two|three|four|five|six|"
                           r"seven|eight|nine|ten|\d{1,2})\s+(days|weeks)\s+of\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:fighting|clashes|violence|battles?|combat|"
                           r"unrest|protests|attacks|bombardment|shelling|air\s*strikes|strikes|"
                           r"raids|hostilities)\b", re.I)),
    ("ago", re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|\d{1,2})\s+(day|week|month|year)s?\s+ago(?:\s+today)?\b", re.I)),
    # "overnight from Sunday to Monday", "late on Friday and early on Saturday"
    ("weekday_pair", re.compile(
        r"\b(?:overnight\s+(?:from\s+|between\s+)?)?(?:(?:late|early)\s+)?(?:on\s+)?"
        r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
        r"(?:and|to|through|into|-)\s+(?:(?:late|early)\s+)?(?:on\s+)?"
        # ("between Sunday night and the early hours of Monday")
        r"(?:the\s+(?:early|small|wee)\s+hours\s+of\s+)?"
        r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        re.I)),
    # (and "a weekend gunbattle", "a weekend of violence")
    ("weekend", re.compile(r"\b(?:(last|this|past)\s+|(?:over|during|on|at|since)\s+the\s+|"
                           r"a\s+(?=weekend\s+[a-z]))weekend\b",
                           re.I)),
    ("weekday", re.compile(
        r"\b(?:(last|this|on|early|late)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)),
    # ("overnight" alone: the night into the day of publication; "overnight Wednesday to
    # Thursday" is the weekdays')
    ("yesterday", re.compile(r"\b(yesterday|last night|overnight(?!\s+(?:on\s+|into\s+|from\s+|"
                             r"between\s+)?"
                             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b", re.I)),
    ("today", re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|"
                         r"earlier today)\b", re.I)),
    # "31 at the same point last year", "At the same point in 2015, 1,710 people had been
    # shot": that year's tally up to the publication's day of it
    ("same_point", re.compile(SAME_POINT, re.I)),
    ("lastweek", re.compile(r"\b(last|this|earlier this)\s+(week|month|year)\b", re.I)),
    # "between 2018 and 2022", "from 2013 to 2018", "the 2013-2018 civil war": the years
    ("year_pair", re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|through)\s+"
                             r"((?:19|20)\d\d)\b|"
                             r"\b((?:19|20)\d\d)\s*[-\u2013]\s*((?:19|20)\d\d)(?=\s+(?:[a-z-]+\s+)?"
                             r"(?:war|conflict|insurgency|crisis|uprising|violence)\b)", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|of|finished|ended|closed)\s+"
                        r"(?:(?:early|late|mid)[- ]?)?((?:19|20)\d{2})\b", re.I)),
    # "in the 1980s", "during the early 1990s": the decade's years
    ("decade", re.compile(r"\b(?:in|since|during|of|through)\s+the\s+(?:(?:early|late|mid)[- ]?)?"
                          r"((?:19|20)\d)0s\b", re.I)),
    # "a 2019 shooting outside a bar", "the 2016 attack": that year's event
    # (and "the disputed 2017 presidential election", "the 2022 protests": a year's events)
    ("year", re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?((?:19|20)\d{2})"
                        r"(?=\s+(?:[a-z-]+\s+)?"
                        rf"(?:{EVENT_NOUNS}|elections?|polls|vote|protests|riots|unrest|"
                        r"uprising|coup|war|clashes|violence|crackdown)\b)")),
]


_SINCE = re.compile(r"\bsince\s+$", re.I)
# what follows a date a record reaches back to: "since October last year, when", "since
# October 24, when"
THEN_WHEN = re.compile(r"(?:\s+last\s+year|,?\s+(?:19|20)\d\d)?\s*,\s*when\b", re.I)
_HOLIDAY_AT = next(i for i, (kind, _rx) in enumerate(_PATTERNS) if kind == "holiday")
_STRETCH = next(rx for kind, rx in _PATTERNS if kind == "stretch")
_YEAR_TO = next(rx for kind, rx in _PATTERNS if kind == "year_to")


def _how_many(word: str) -> int:
    """A count a date pattern captured, in digits or a number word ("three", "a")."""
    return int(word) if word.isdigit() else UNITS.get(word.lower(), 1)


def reached_back_to(text: str, span: Span) -> re.Match | None:
    """The ", when" after a date a record reaches back to ("the deadliest since October 24,
    when an attack ... killed 31"): that date is the earlier case's day, no running toll's
    start. None when the date is no "since" date so followed."""
    if span.surface[:6].lower() != "since " and \
            text[max(0, span.start - 6):span.start].lower() != "since ":
        return None
    return THEN_WHEN.match(text, span.end)


def stretch(d: DateRange) -> bool:
    """Whether a date is a stretch of fighting counted back from the report ("in five days
    of fighting"): a guess at its days, to take only when the story tells none better."""
    return d.span is not None and _STRETCH.fullmatch(d.span.surface) is not None


_FISCAL = next(rx for kind, rx in _PATTERNS if kind == "fiscal")
_QUARTER = next(rx for kind, rx in _PATTERNS if kind == "quarter")
# where the financial year runs July to June, not April to March (the British and Indian
# one read by default)
JULY_YEARS = frozenset("AU NZ PK EG BD KE UG TZ".split())


def financial_year_in(d: DateRange, country: str | None) -> DateRange:
    """A financial year (or its quarter) read April to March, moved to July to June in a
    country whose year so runs ("41 murders in the 2024-25 financial year" in Queensland:
    July 2024 to June 2025). Any other date as it is."""
    if country not in JULY_YEARS or d.span is None or not d.start or not d.end or not (
            _FISCAL.fullmatch(d.span.surface) or
            (q := _QUARTER.fullmatch(d.span.surface)) is not None and q.group(4)):
        return d
    return DateRange(month_at(month_index(d.start) + 3), month_at(month_index(d.end) + 3),
                     d.precision, d.span)


def statistical_year(d: DateRange) -> bool:
    """Whether a date is a statistical year ("in the 12 months to March"): a count's period,
    never one case's."""
    return d.span is not None and _YEAR_TO.fullmatch(d.span.surface) is not None


# Every pattern above holds one of these: a sentence without any has no date.
_ANY_DATE = re.compile(r"\d|day|night|week|month|year|quarter|\bago\b|christmas|halloween|"
                       r"january|february|march|april|"
                       r"\bmay\b|june|july|august|september|october|november|december|"
                       r"morning|afternoon|evening|spring|summer|fall\b|autumn|winter", re.I)


def find_dates(text: str, start: int, end: int, published: date | None) -> list[DateRange]:
    """Date expressions in text[start:end], resolved where possible, in text order."""
    if _ANY_DATE.search(text, start, end) is None:
        return []
    found: list[DateRange] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            dr = _resolve(kind, m, published,
                          _FUTURE.search(text, max(start, m.start() - 50), m.start()) is not None)
            if dr is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateRange(dr[0], dr[1], dr[2], Span.of(text, m.start(), m.end())))
    found.sort(key=lambda d: d.span.start if d.span else 0)
    found = _holiday_years(text, found)
    if published is not None:
        # "forced 18,000 people to flee since Friday": from that day to publication
        found = [DateRange(d.start, _iso(published), d.precision, d.span)
                 if d.span and d.start and d.precision == DatePrecision.DAY and
                 d.start <= _iso(published) and
                 _SINCE.search(text, max(0, d.span.start - 8), d.span.start) and
                 # (not "the deadliest since October 24, when an attack killed 31": that day)
                 not THEN_WHEN.match(text, d.span.end) else d
                 for d in found]
    return _window_to_statement(text, _that_year(text, _lasting(text, _month_of(
        text, _between(text, _weekday_with_date(text, _year_told_before(
            text, _no_birth_dates(text, found, published))))))))


# a day told with its year: "Oct. 7, 2023", "7 October 2023"
_DAY_WITH_YEAR = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})|({_MON})\s+"
                            rf"(\d{{1,2}})(?:st|nd|rd|th)?),?\s+((?:19|20)\d\d)\b", re.I)
# a day that names an event: "the Oct. 7 attack", "since Oct. 7"
_NAMING_BEFORE = re.compile(r"\b(?:the|since|after|before)\s+$", re.I)


@lru_cache(maxsize=16)
def _years_told(text: str) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Each month and day the text tells with a year: (month, day) -> [(offset, year)]."""
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for m in _DAY_WITH_YEAR.finditer(text):
        month = _month_num(m.group(2) or m.group(3))
        if month is not None:
            out.setdefault((month, int(m.group(1) or m.group(4))), []).append(
                (m.start(), int(m.group(5))))
    return out


def _year_told_before(text: str, found: list[DateRange]) -> list[DateRange]:
    """"Israel says the Oct. 7 attack killed about 1,200": the year of that day as told
    earlier ("the attack of Oct. 7, 2023"), not the publication year's."""
    out = []
    for d in found:
        if d.precision == DatePrecision.DAY and d.span and d.start and len(d.start) == 10 and \
                _A_YEAR.search(d.span.surface) is None and \
                _NAMING_BEFORE.search(text, max(0, d.span.start - 7), d.span.start) and \
                (told := _years_told(text).get((int(d.start[5:7]), int(d.start[8:])))):
            years = {y for at, y in told if at < d.span.start}
            if len(years) == 1 and (y := years.pop()) != int(d.start[:4]):
                end = f"{y:04d}{d.end[4:]}" if d.end == d.start else d.end
                d = DateRange(f"{y:04d}{d.start[4:]}", end, d.precision, d.span)
        out.append(d)
    return out


# the day a statement was made: "the military said Thursday", "announced on Monday"
_STATEMENT_BEFORE = re.compile(r"\b(?:said|says|announced|reported|stated|"
                               r"told\s+(?:the\s+|a\s+)?[\w-]+)\s+"
                               r"(?:in\s+a\s+statement\s+)?(?:on\s+)?$", re.I)
_WINDOW = next(rx for kind, rx in _PATTERNS if kind == "window")


def _window_to_statement(text: str, found: list[DateRange]) -> list[DateRange]:
    """A window counted back from the day its statement was made, not from publication: "the
    military said Thursday that troops had killed 40 militants in the past week" ends on
    Thursday."""
    said = _statement_days(text, found)
    if len(said) != 1:
        return found
    day = date.fromisoformat(said[0].start)
    out = []
    for d in found:
        if d.span is not None and d.start and d.end and d.start != d.end and \
                _WINDOW.fullmatch(d.span.surface) and day < date.fromisoformat(d.end):
            back = date.fromisoformat(d.end) - date.fromisoformat(d.start)
            d = DateRange(_iso(day - back), _iso(day), d.precision, d.span)
        elif d.span is not None and d.start and d.end and d.start < said[0].start < d.end and \
                len(d.end) == 10 and since_span(text, d.span):
            # "have killed 17 people since the weekend, police said on Tuesday": to the day it
            # was said
            d = DateRange(d.start, said[0].start, d.precision, d.span)
        out.append(d)
    return out


def since_span(text: str, span: Span) -> bool:
    """Whether a date is told with "since" ("since Friday", "since the weekend")."""
    return span.surface[:6].lower() == "since " or \
        _SINCE.search(text, max(0, span.start - 8), span.start) is not None


def _statement_days(text: str, found: list[DateRange]) -> list[DateRange]:
    """The single days of `found` told as a statement's ("said on Tuesday", "told the council
    on Monday")."""
    return [d for d in found if d.span is not None and d.precision == DatePrecision.DAY and
            d.start == d.end and d.start and
            _STATEMENT_BEFORE.search(text, max(0, d.span.start - 30), d.span.start)]


def said_day(text: str, start: int, end: int, published: date | None) -> str | None:
    """The one day a sentence says its statement was made on ("the ministry said on
    Tuesday", "announced Monday"), before publication; None when it tells none or two."""
    said = {d.start for d in _statement_days(text, find_dates(text, start, end, published))
            if published is None or d.start < published.isoformat()}
    return said.pop() if len(said) == 1 else None


# "In August that year", "on March 3 the same year": the year the text told last before
_THAT_YEAR_AFTER = re.compile(r",?\s*(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)
_A_YEAR = re.compile(r"(?<![\d,.$-])\b((?:19|20)\d\d)\b(?![\d-])")


def _that_year(text: str, found: list[DateRange]) -> list[DateRange]:
    out = []
    for d in found:
        if d.span is not None and d.start and d.end and d.precision in (
                DatePrecision.DAY, DatePrecision.MONTH) and \
                _THAT_YEAR_AFTER.match(text, d.span.end):
            years = _A_YEAR.findall(text, max(0, d.span.start - 600), d.span.start)
            if years and years[-1] != d.start[:4]:
                start, end = years[-1] + d.start[4:], years[-1] + d.end[4:]
                if _a_date(start) and _a_date(end):
                    d = DateRange(start, end, d.precision, d.span)  # (no "2023-02-29")
        out.append(d)
    return out


def _a_date(iso: str) -> bool:
    """Whether an ISO day or month ("2013-08") is one the calendar has."""
    return first_day(iso) is not None


def first_day(iso: str) -> date | None:
    """The first day of "2013", "2013-12" or "2013-12-05" (None if the calendar has none)."""
    try:
        return date.fromisoformat(iso if len(iso) == 10 else
                                  f"{iso}-01" if len(iso) == 7 else f"{iso}-01-01")
    except ValueError:
        return None


def last_day(iso: str) -> date | None:
    """The last day of "2013", "2013-12" or "2013-12-05" (None if the calendar has none)."""
    try:
        if len(iso) == 4:
            return date(int(iso), 12, 31)
        if len(iso) == 7:
            y, m = int(iso[:4]), int(iso[5:7])
            return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        return date.fromisoformat(iso)
    except ValueError:
        return None


def month_index(ym: str) -> int:
    """A month ("2024-03", or the month of a day) counted from year 0: months apart subtract."""
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def month_at(n: int) -> str:
    """The month ("2024-03") that month_index counts as n."""
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


# "clashes, which began on October 14 ... and continued into the next day"
_INTO_NEXT_DAY = re.compile(r"[^.;]{0,60}?\band\s+(?:continued|went\s+on|lasted|raged)\s+"
                            r"(?:into|until|through)\s+the\s+(?:next|following)\s+day\b", re.I)
# "an operation ... that ended on Wednesday morning after some 30 hours", "after two days"
_ENDED_BEFORE = re.compile(r"\b(?:ended|ending|concluded|wound\s+down)\s+(?:on\s+|late\s+on\s+|"
                           r"early\s+on\s+)?$", re.I)
_AFTER_HOURS = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+after\s+(?:some\s+|"
                          r"about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
                          r"(\d+|[a-z]+)\s+(hours|days)\b", re.I)


def _lasting(text: str, found: list[DateRange]) -> list[DateRange]:
    """A day told as a fight's first or last of several: its days, from the first to the
    last ("began on October 14 ... and continued into the next day": the 14th and 15th;
    "ended on Wednesday morning after some 30 hours": Tuesday and Wednesday)."""
    out = []
    for d in found:
        if d.span is None or d.precision != DatePrecision.DAY or not d.start or \
                d.start != d.end:
            out.append(d)
            continue
        if _INTO_NEXT_DAY.match(text, d.span.end):
            day = date.fromisoformat(d.start)
            d = DateRange(d.start, _iso(day + timedelta(days=1)), d.precision, d.span)
        elif _ENDED_BEFORE.search(text, max(0, d.span.start - 25), d.span.start) and \
                (m := _AFTER_HOURS.match(text, d.span.end)):
            n = _how_many(m.group(1)) if m.group(1).isdigit() or m.group(1).lower() in UNITS \
                else 0
            back = n // 24 if m.group(2).lower() == "hours" else max(n - 1, 0)
            if 0 < back <= 14:
                day = date.fromisoformat(d.start)
                d = DateRange(_iso(day - timedelta(days=back)), d.end, d.precision, d.span)
        out.append(d)
    return out


# ACLED's "Around 10 June 2020 (month of)": the day is a stand-in, the month is what is known
_MONTH_OF = re.compile(r"\s*\(\s*month\s+of\s*\)", re.I)


def _month_of(text: str, found: list[DateRange]) -> list[DateRange]:
    return [DateRange(d.start[:7], d.end[:7], DatePrecision.MONTH, d.span)
            if d.span is not None and d.precision == DatePrecision.DAY and d.start and d.end
            and d.start[:7] == d.end[:7] and _MONTH_OF.match(text, d.span.end) else d
            for d in found]


# "between June 18 and June 24", "from June 18 to June 24": the days between two days
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.I)
# (past a clause on the first day: "between Feb. 19, when the offensive began, and March 24")
_BETWEEN_JOIN = re.compile(r"\s+(?:and|to|through|until|-|\u2013)\s+|"
                           r",\s*(?:when|as|after)\s[^,;.]{1,100},\s*(?:and|to|until)\s+", re.I)


# "a gunfight that began on Monday night and ended on Tuesday morning": from one to the other
_BEGAN_BEFORE = re.compile(r"\b(?:began|started|erupted|broke\s+out)\s+$", re.I)
_ENDED_JOIN = re.compile(r"\s+and\s+(?:finally\s+)?(?:ended|ceased|was\s+over|lasted\s+until|"
                         r"continued\s+(?:until|till|into))\s+"
                         # ("began on Saturday night and continued till the early hours of
                         # Sunday")
                         r"(?:(?:on\s+)?the\s+(?:early|small|wee)\s+hours\s+of\s+)?", re.I)


def _between(text: str, found: list[DateRange]) -> list[DateRange]:
    out: list[DateRange] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.span is not None and d.span is not None and \
                prev.precision == d.precision == DatePrecision.DAY and prev.start and \
                d.end and prev.start <= d.end and (
                    _BETWEEN_JOIN.fullmatch(text, prev.span.end, d.span.start) and
                    _BETWEEN_BEFORE.search(text, max(0, prev.span.start - 10),
                                           prev.span.start) or
                    _ENDED_JOIN.fullmatch(text, prev.span.end, d.span.start) and
                    _BEGAN_BEFORE.search(text, max(0, prev.span.start - 14), prev.span.start)):
            out[-1] = DateRange(prev.start, d.end, DatePrecision.DAY,
                                Span.of(text, prev.span.start, d.span.end))
            continue
        out.append(d)
    return out


def _holiday_years(text: str, found: list[DateRange]) -> list[DateRange]:
    """ "a New Year's Eve church service in 2010": a holiday told without its year, in a
    sentence that tells a year, is of that year; the year told is the date kept (which
    New Year's Eve the sentence means is the reader's inference)."""
    if not any(d.precision == DatePrecision.YEAR and d.start for d in found):
        return found
    return [d for d in found if not (
        d.span and (m := _PATTERNS[_HOLIDAY_AT][1].fullmatch(d.span.surface)) and
        not m.group(2))]


# "on Friday, October 19, 2012", "Friday (Jan. 3)", "during Sunday service on January 9": the
# weekday names the date that follows
_WEEKDAY_THEN_DATE = re.compile(r",?\s*\(?\s*|\s+(?:service|services|mass|prayers?|worship|"
                                r"market|school)\s+(?:on\s+)?", re.I)


def _weekday_with_date(text: str, found: list[DateRange]) -> list[DateRange]:
    out: list[DateRange] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.span is not None and d.span is not None and \
                d.precision == DatePrecision.DAY and d.start is not None and \
                prev.span.surface.lower().split()[-1].rstrip(".,") in _WEEKDAYS and \
                _WEEKDAY_THEN_DATE.fullmatch(text, prev.span.end, d.span.start):
            end = d.span.end + (text[d.span.end:d.span.end + 1] == ")" and
                                "(" in text[prev.span.end:d.span.start])
            out[-1] = DateRange(d.start, d.end, d.precision, Span.of(text, prev.span.start, end))
            continue
        out.append(d)
    return out


# "Florentino Vasquez (9/1/1970)", "born on March 3, 1990": a date of birth, no story's date
_BORN = re.compile(r"\b(?:born|b\.)\s+(?:on\s+|in\s+)?$", re.I)
_BIRTH_YEARS = 12  # a bracketed full date this many years before publication is a birth date


def _no_birth_dates(text: str, found: list[DateRange], published: date | None
                    ) -> list[DateRange]:
    def birth(d: DateRange) -> bool:
        if d.span is None or d.start is None:
            return False
        if _BORN.search(text, max(0, d.span.start - 12), d.span.start):
            return True
        return published is not None and len(d.start) == 10 and \
            int(d.start[:4]) <= published.year - _BIRTH_YEARS and \
            text[d.span.start - 1:d.span.start] == "(" and text[d.span.end:d.span.end + 1] == ")"
    return [d for d in found if not birth(d)]


_HOLIDAYS = {"valentine": (2, 14), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year s eve": (12, 31), "new years eve": (12, 31), "new year": (1, 1),
             "halloween": (10, 31), "boxing day": (12, 26)}


def _iso(d: date) -> str:
    return d.isoformat()


# Words before a date that put it ahead of the story: "is expected to appear in court May 8",
# "will be arraigned Monday", "a vigil is scheduled for Friday".
_FUTURE = re.compile(r"\b(?:will|call(?:ed|s|ing)?\s+for|scheduled|expected\s+to|"
                     r"(?:is|are)\s+set\s+to|(?:is|are)\s+due|"
                     r"upcoming|plans?\s+to|planned)\b(?:(?!\b(?:after|when|since|was|were|"
                     r"had|has|have|killed|died|shot)\b)[^.;,])*$", re.I)


def _resolve(kind: str, m: re.Match, pub: date | None, ahead: bool = False):
    g = m.groups()
    if kind == "mdy_num":
        try:
            d = date(int(g[2]), int(g[0]), int(g[1]))
        except ValueError:
            return None
        return _iso(d), _iso(d), DatePrecision.DAY
    if kind == "iso":
        try:
            d = date(int(g[0]), int(g[1]), int(g[2]))
        except ValueError:
            return None
        return _iso(d), _iso(d), DatePrecision.DAY
    if kind in ("mdy_range", "dmy_range"):
        mon, a, b = (g[0], g[1], g[2]) if kind == "mdy_range" else (g[2], g[0], g[1])
        year = f" {g[3]}" if g[3] else ""
        first = _parse_day_month(f"{mon} {a}{year}", pub, ahead and not g[3])
        last = _parse_day_month(f"{mon} {b}{year}", pub, ahead and not g[3])
        if first is None or last is None or last < first or (last - first).days > 7:
            return None
        return _iso(first), _iso(last), DatePrecision.DAY
    if kind == "week_ending":
        mon, day = (g[0], g[1]) if g[0] else (g[3], g[2])
        year = f" {g[4]}" if g[4] else ""
        last = _parse_day_month(f"{mon} {day}{year}", pub, ahead and not g[4])
        if last is None:
            return None
        return _iso(last - timedelta(days=6)), _iso(last), DatePrecision.DAY
    if kind in ("span_mdy", "span_dmy"):
        if kind == "span_mdy":
            m1, d1, y1, m2, d2, y2 = g
        else:
            d1, m1, y1, d2, m2, y2 = g
        last = _parse_day_month(f"{d2} {m2}" + (f" {y2}" if y2 else ""), pub)
        if last is None:
            return None
        first = _parse_day_month(f"{d1} {m1} {y1 or last.year}", pub)
        if first is not None and first > last and not y1:
            first = _parse_day_month(f"{d1} {m1} {last.year - 1}", pub)
        if first is None or first > last:
            return None
        return _iso(first), _iso(last), DatePrecision.DAY
    if kind == "dmy_the":
        day = g[0].lower()
        n = int(day[:-2]) if day[:1].isdigit() else _ORDINAL_WORDS.index(day) + 1
        d = _parse_day_month(f"{n} {g[1]}" + (f" {g[2]}" if g[2] else ""), pub,
                             ahead and not g[2])
        return (_iso(d), _iso(d), DatePrecision.DAY) if d is not None else None
    if kind in ("dmy", "mdy"):
        if kind == "mdy" and g[0].lower().startswith("may") and not g[2] and pub is None:
            pass
        d = _parse_day_month(m.group(0), pub, ahead and not g[2])
        if d is None:
            return (None, None, DatePrecision.UNKNOWN) if not (g[2]) else None
        return _iso(d), _iso(d), DatePrecision.DAY
    if kind == "holiday":
        key = re.sub(r"[\s\u2019']+", " ", g[0].lower())
        month, day = next(v for k, v in _HOLIDAYS.items() if key.startswith(k))
        if g[1]:
            year = int(g[1])
        elif pub is None:
            return None, None, DatePrecision.UNKNOWN
        else:  # the last one on or before publication (or the next, ahead of the story)
            year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
            if ahead and (month, day) > (pub.month, pub.day):
                year = pub.year
        d = date(year, month, day)
        return _iso(d), _iso(d), DatePrecision.DAY
    if kind == "month_pair":
        first, last = _month_num(g[0]), _month_num(g[1])
        if first is None or last is None or last < first:
            return None
        y = int(g[2])
        return f"{y:04d}-{first:02d}", f"{y:04d}-{last:02d}", DatePrecision.MONTH
    if kind == "month_year_pair":
        first, last = _month_num(g[0]), _month_num(g[2])
        if first is None or last is None or (int(g[1]), first) > (int(g[3]), last):
            return None
        return f"{int(g[1]):04d}-{first:02d}", f"{int(g[3]):04d}-{last:02d}", DatePrecision.MONTH
    if kind == "day_rel":
        mon, day, rel = (g[0], g[1], g[2]) if g[0] else (g[4], g[3], g[5])
        month = _month_num(mon)
        if month is None or pub is None:
            return None
        try:
            d = date(pub.year - (rel.lower() == "last"), month, int(day))
        except ValueError:
            return None
        return _iso(d), _iso(d), DatePrecision.DAY
    if kind == "first_months":
        # "the first six months of 2019", "the first three months of the year" (the latest
        # such months not after publication); "the first half of the year": six
        n = 6 if g[0].lower() == "half" else _how_many(g[0])
        if not 1 <= n <= 12:
            return None
        if g[2]:
            y = int(g[2])
        elif pub is None:
            return None, None, DatePrecision.UNKNOWN
        else:
            y = pub.year - 1 if g[1].lower() == "last" or \
                g[1].lower() == "the" and n > pub.month else pub.year
        return f"{y:04d}-01", f"{y:04d}-{n:02d}", DatePrecision.MONTH
    if kind == "my":
        month = _month_num(g[0])
        if month is None:
            return None
        s = f"{int(g[1]):04d}-{month:02d}"
        return s, s, DatePrecision.MONTH
    if kind == "year":
        return _year(int(g[0]))
    if kind == "year_pair":
        a, b = (g[0], g[1]) if g[0] else (g[2], g[3])
        if int(b) < int(a):
            return None
        return _year(int(a))[0], _year(int(b))[1], DatePrecision.YEAR
    if kind == "same_point" and (g[1] or pub is not None):
        y = int(g[1]) if g[1] else pub.year - 1
        if pub is None:
            return _year(y)
        return f"{y:04d}-01-01", _iso(_same_day_in(y, pub)), DatePrecision.DAY
    if kind == "decade":
        return f"{g[0]}0-01", f"{g[0]}9-12", DatePrecision.YEAR
    if pub is None:
        return None, None, DatePrecision.UNKNOWN
    if kind == "season":
        first = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[g[1].lower()]
        if g[0].lower() == "this":  # the season of the publication's year (winter: from December)
            y = pub.year - 1 if first == 12 and pub.month <= 2 else pub.year
        elif first == 12:  # the last winter that ended before publication
            y = pub.year - 1 if pub.month > 2 else pub.year - 2
        else:  # the last such season that ended before publication's month
            y = pub.year if first + 2 < pub.month else pub.year - 1
        end_y, end_m = (y + 1, 2) if first == 12 else (y, first + 2)
        return f"{y:04d}-{first:02d}", f"{end_y:04d}-{end_m:02d}", DatePrecision.MONTH
    if kind == "month_rel":
        month = _month_num(g[0])
        if month is None:
            return None
        y = pub.year + {"last": -1, "this": 0, "next": 1}[g[1].lower()]
        return f"{y:04d}-{month:02d}", f"{y:04d}-{month:02d}", DatePrecision.MONTH
    if kind == "quarter":
        q = int(g[6]) if g[6] else \
            {"first": 1, "second": 2, "third": 3}.get((g[0] or g[5]).lower(), 4)
        if g[7] or g[2]:  # a calendar year told
            y = int(g[7] or g[2])
        elif g[3]:  # a financial year's quarter, April to March
            y = int(g[3])
            if (y + 1) % 100 != int(g[4]):
                return None
            first = 3 * q + 1 if q < 4 else 1
            y += q == 4
            return f"{y:04d}-{first:02d}", f"{y:04d}-{first + 2:02d}", DatePrecision.MONTH
        elif pub is None:
            return None, None, DatePrecision.UNKNOWN
        else:  # "of the year": the latest such quarter not after publication
            rel = (g[1] or "the").lower()
            y = pub.year - 1 if rel == "last" or \
                rel == "the" and 3 * q - 2 > pub.month else pub.year
        return f"{y:04d}-{3 * q - 2:02d}", f"{y:04d}-{3 * q:02d}", DatePrecision.MONTH
    if kind == "fiscal":
        y = int(g[0])
        if (y + 1) % 100 != int(g[1]):
            return None
        return f"{y:04d}-04", f"{y + 1:04d}-03", DatePrecision.MONTH
    if kind == "year_to":
        month = _month_num(g[0])
        if month is None or g[1] is None and pub is None:
            return None
        y = int(g[1]) if g[1] else pub.year if month <= pub.month else pub.year - 1
        y0, m0 = (y, month + 1) if month < 12 else (y + 1, 1)
        return f"{y0 - 1:04d}-{m0:02d}", f"{y:04d}-{month:02d}", DatePrecision.MONTH
    if kind == "month_pair_bare":
        first, last = _month_num(g[0]), _month_num(g[1])
        if first is None or last is None:
            return None
        y = pub.year if last <= pub.month else pub.year - 1
        y0 = y if first <= last else y - 1  # "from November to February"
        return f"{y0:04d}-{first:02d}", f"{y:04d}-{last:02d}", DatePrecision.MONTH
    if kind == "month":
        # "in December": the latest such month not after publication; "last May": before
        month = _MONTHS.index(g[0].lower()) + 1
        last = m.group(0)[:4].lower() == "last"
        y = pub.year if month < pub.month or month == pub.month and not last else pub.year - 1
        if ahead and not last and month > pub.month:
            y = pub.year  # "the trial is scheduled for June"
        s = f"{y:04d}-{month:02d}"
        return s, s, DatePrecision.MONTH
    if kind == "window":
        n = _how_many(g[0] or "1")
        days = {"hours": n / 24, "day": n, "days": n, "week": 7 * n, "weeks": 7 * n}[g[1].lower()]
        days = max(1, round(days))
        return _iso(pub - timedelta(days=days)), _iso(pub), DatePrecision.DAY
    if kind == "stretch":
        # "in five days of fighting" told on the fifth: the four days before and the report's
        n = _how_many(g[0])
        days = n * (7 if g[1].lower() == "weeks" else 1)
        return _iso(pub - timedelta(days=days - 1)), _iso(pub), DatePrecision.DAY
    if kind == "ago":
        # "two weeks ago": that day (a week or more back is as precise as a week)
        n = _how_many(g[0])
        unit = g[1].lower()
        days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        d = pub - timedelta(days=days)
        prec = {"day": DatePrecision.DAY, "week": DatePrecision.WEEK,
                "month": DatePrecision.MONTH, "year": DatePrecision.YEAR}[unit]
        if unit in ("month", "year") and m.group(0).lower().endswith("today"):
            # "Five years ago today": the publication's day, that many years or months back
            try:
                d = pub.replace(year=pub.year - n) if unit == "year" else \
                    date(pub.year + (pub.month - 1 - n) // 12, (pub.month - 1 - n) % 12 + 1,
                         pub.day)
            except ValueError:  # (February 29th, the 31st of a shorter month)
                return _iso(d), _iso(d), DatePrecision.DAY
            return _iso(d), _iso(d), DatePrecision.DAY
        if unit in ("month", "year"):
            # ("a year ago" in November 2023: November 2022, not the whole of 2022)
            return f"{d.year:04d}-{d.month:02d}", f"{d.year:04d}-{d.month:02d}", \
                DatePrecision.MONTH
        return _iso(d), _iso(d), prec
    if kind == "weekday_pair":
        # "the attacks on Monday and Tuesday": both days, the later one at most today
        last = _WEEKDAYS.index(g[1].lower())
        end = pub - timedelta(days=(pub.weekday() - last) % 7)
        first = _WEEKDAYS.index(g[0].lower())
        start = end - timedelta(days=(last - first) % 7)
        return _iso(start), _iso(end), DatePrecision.DAY
    if kind == "weekend":
        # "over the weekend": the Saturday and Sunday last past (the one under way on a
        # weekend day, unless "last weekend")
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if (g[0] or "").lower() in ("last", "past") and pub.weekday() >= 5:
            saturday -= timedelta(days=7)
        end = min(saturday + timedelta(days=1), pub)
        if m.group(0)[:5].lower() == "since":
            end = pub  # "killed 17 people since the weekend": from its Saturday on
        return _iso(saturday), _iso(end), DatePrecision.DAY
    if kind == "weekday":
        target = _WEEKDAYS.index(g[1].lower())
        back = (pub.weekday() - target) % 7
        if (g[0] or "").lower() == "last" and back == 0:
            back = 7
        d = pub - timedelta(days=back)
        if ahead and (g[0] or "").lower() not in ("last", "this") and back:
            d = pub + timedelta(days=(target - pub.weekday()) % 7)  # "will be arraigned Monday"
        return _iso(d), _iso(d), DatePrecision.DAY
    if kind == "yesterday":
        d = pub - timedelta(days=1)
        return _iso(d), _iso(pub if g[0].lower() == "overnight" else d), DatePrecision.DAY
    if kind == "today":
        return _iso(pub), _iso(pub), DatePrecision.DAY
    if kind == "lastweek":
        which, unit = g[0].lower(), g[1].lower()
        if unit == "week":
            monday = pub - timedelta(days=pub.weekday())
            if which == "last":
                return _iso(monday - timedelta(days=7)), _iso(monday - timedelta(days=1)), \
                    DatePrecision.WEEK
            return _iso(monday), _iso(pub), DatePrecision.WEEK
        if unit == "month":
            y, mth = pub.year, pub.month
            if which == "earlier this" and pub.day > 1:
                # "Earlier this month": from its first day to the day before the report
                return f"{y:04d}-{mth:02d}-01", _iso(pub - timedelta(days=1)), \
                    DatePrecision.DAY
            if which == "last":
                y, mth = (y - 1, 12) if mth == 1 else (y, mth - 1)
            s = f"{y:04d}-{mth:02d}"
            return s, s, DatePrecision.MONTH
        return _year(pub.year - 1 if which == "last" else pub.year)
    return None


_SAME_POINT = next(rx for kind, rx in _PATTERNS if kind == "same_point")


def same_point(surface: str) -> bool:
    """Whether a date's words are "at the same point last year" or the like."""
    return _SAME_POINT.fullmatch(surface) is not None


def _same_day_in(y: int, pub: date) -> date:
    """The publication's day of the year in year y (28 February for a 29th)."""
    return date(y, pub.month, 28 if (pub.month, pub.day) == (2, 29) else pub.day)


def _year(y: int) -> tuple[str, str, DatePrecision]:
    """A year as the months it spans ("2017" -> 2017-01..2017-12): a date is a day or a
    month, as coders write them."""
    return f"{y:04d}-01", f"{y:04d}-12", DatePrecision.YEAR


def _month_num(s: str) -> int | None:
    s = s.lower().rstrip(".")[:3]
    for i, name in enumerate(_MONTHS):
        if name.startswith(s):
            return i + 1
    return None


@lru_cache(maxsize=4096)
def _dateparser(expr: str, base: date | None, ahead: bool = False) -> date | None:
    import dateparser  # slow to import; only when an explicit date appears

    settings = {"PREFER_DATES_FROM": "future" if ahead else "past",
                "REQUIRE_PARTS": ["day", "month"],
                "DATE_ORDER": "DMY" if expr[:1].isdigit() else "MDY"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    dt = dateparser.parse(expr, languages=["en"], settings=settings)
    return dt.date() if dt else None


_DAY_MONTH = re.compile(rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})|({_MON})\s+(\d{{1,2}})"
                        rf"(?:st|nd|rd|th)?)(?:,?\s+(\d{{4}}))?", re.I)


def _parse_day_month(expr: str, pub: date | None, ahead: bool = False) -> date | None:
    has_year = re.search(r"\d{4}", expr) is not None
    if not has_year and pub is None:
        return None  # "19 May" with no publication date: the year is unknown
    m = _DAY_MONTH.fullmatch(expr)
    if m is None:
        return _dateparser(expr, pub, ahead)
    day = int(m.group(1) or m.group(4))
    month = _month_num(m.group(2) or m.group(3))
    if month is None:
        return _dateparser(expr, pub, ahead)
    if m.group(5):
        try:
            return date(int(m.group(5)), month, day)
        except ValueError:
            return None
    # No year: the publication year's, a year back when that falls after publication (a year
    # on when the story looks ahead and it falls on or before), as dateparser's
    # PREFER_DATES_FROM does. Parsed here, not by dateparser: these are most of the dates a
    # story tells, and dateparser takes 1-2 ms a call (a fifth of a second for its first).
    if pub is None or (month, day) == (2, 29):
        return _dateparser(expr, pub, ahead)
    d = date(pub.year, month, day) if 1 <= day <= _DAYS_IN[month - 1] else None
    if d is None:
        return None
    if ahead and d <= pub:
        return d.replace(year=d.year + 1)
    if not ahead and d > pub:
        return d.replace(year=d.year - 1)
    return d


_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


_BEGAN_IN = re.compile(r"\b(?:began|started|broke\s+out|erupted)\s+", re.I)
# what a running toll is counted from, named without its date: "since the coup"
_SINCE_THE = re.compile(r"\s+the\s+(coup|war|conflict|invasion|uprising|revolution|siege|"
                        r"offensive|insurgency|incursion|attack|assault|operation)\b", re.I)
_THE_START_OF = re.compile(r"\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(war|conflict|"
                           r"fighting|invasion|uprising)\b", re.I)


def _start_told_elsewhere(text: str, at: int, end: int,
                          published: date | None) -> DateRange | None:
    """The date the text gives the event a "since the coup" counts from, told in another
    sentence or clause: the first month or day told right after the event's noun ("a coup in
    February 2021", "the war ... erupted in April 2023") or a year before it ("the 2021
    coup"), never after publication."""
    m = _SINCE_THE.match(text, at, end) or _THE_START_OF.match(text, at, end)
    if m is None or published is None:
        return None
    noun = m.group(1).lower()
    if noun in ("war", "conflict", "fighting"):
        noun = "(?:war|conflict|fighting)"
    for n in re.finditer(rf"\b(?:((?:19|20)\d\d)\s+)?{noun}\b", text, re.I):
        if m.start() <= n.start() < m.end():
            continue  # (the "since" phrase itself)
        if n.group(1) and int(n.group(1)) <= published.year:
            return DateRange(f"{n.group(1)}-01", f"{n.group(1)}-12", DatePrecision.YEAR,
                             Span.of(text, n.start(1), n.end(1)))
        after = _NOUN_DATED.match(text, n.end())
        if after is None:
            continue
        dates = [d for d in find_dates(text, after.end(), min(len(text), after.end() + 30),
                                       published)
                 if d.start and d.span is not None and d.span.start == after.end() and
                 d.start <= published.isoformat() and d.precision in (
                     DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR)]
        if dates:
            return dates[0]
    return None


# what comes between the event's noun and its date: "coup in February 2021", "war, which
# erupted in April 2023", "war began on 15 April 2023"
_NOUN_DATED = re.compile(r"(?:,?\s+(?:which|that))?(?:\s+(?:began|started|erupted|broke\s+"
                         r"out|was\s+launched))?\s+(?:in|on)\s+", re.I)
_PERIOD_START = re.compile(r"\b(?:(?:since|at)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)|"
                           r"(?:(?:so\s+far|earlier)\s+)?this)\s+(year|month)\b", re.I)
_MONTH_START = re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(january|february|"
                          r"march|april|may|june|july|august|september|october|november|"
                          r"december)\b(?!\s+\d)", re.I)
# the day a running toll is counted to: "Through Sunday, 236 people had been killed ..."
_COUNTED_TO = re.compile(r"\b(?:through|as\s+of|up\s+to|until)\s+$", re.I)


def since(text: str, start: int, end: int, published: date | None) -> DateRange | None:
    """A cumulative toll's period: "since the uprising began in March 2011" -> 2011-03..pub."""
    m = re.search(r"\bsince\b", text[start:end], re.I)
    ms = _MONTH_START.search(text, start, end)
    if published is not None and ms is not None:
        # "Since the start of August": that month's first day, this year or the last
        month = _MONTHS.index(ms.group(1).lower()) + 1
        year = published.year if month <= published.month else published.year - 1
        first = f"{year:04d}-{month:02d}-01"
        said = said_day(text, start, end, published)
        # (to the day it was told: "..., the governor told reporters on Monday")
        return DateRange(first, said if said is not None and said > first else
                         _iso(published), DatePrecision.DAY, Span.of(text, ms.start(), ms.end()))
    if published is not None and (
            p := _PERIOD_START.search(text, start, end)) and (m is None or p.start() <= start +
                                                               m.start() + 6 or
                                                               p.group(0)[:2].lower() == "at" and
                                                               p.start() > start + m.start()):
        # "since the start of the year", "so far this year": from the period's first day
        first = published.replace(month=1, day=1) if p.group(1).lower() == "year" else \
            published.replace(day=1)
        last = next((d.end for d in find_dates(text, start, end, published)
                     if d.span is not None and d.precision == DatePrecision.DAY and d.end and
                     first.isoformat() <= d.end <= published.isoformat() and
                     _COUNTED_TO.search(text, max(start, d.span.start - 12), d.span.start)),
                    _iso(published))
        return DateRange(_iso(first), last, DatePrecision.DAY, Span.of(text, p.start(), p.end()))
    # (or "The war, which began in April 2023, has killed": the date right after the verb)
    began = _BEGAN_IN.search(text, start, end) if not m else None
    if not m and began is None:
        return None
    at = start + m.start() if m else began.start()
    later = [d for d in find_dates(text, at if m else began.end(), end, published) if d.start]
    if began is not None and (not later or later[0].span is None or
                              later[0].span.start > began.end() + 4):
        return None
    if not later and m is not None:
        # "since the coup", "since the war began": the start the story tells elsewhere ("the
        # military seized power in a coup in February 2021", "the war, which erupted in
        # April 2023"), if it tells one
        told = _start_told_elsewhere(text, start + m.end(), end, published)
        if told is not None:
            return DateRange(told.start, published.isoformat() if published else None,
                             told.precision, told.span)
    s = later[0].start if later else None
    said = said_day(text, start, end, published) if s else None
    if said is not None and s < said:
        # "at least 226 civilians have been killed since May 10, the governor told the
        # council on Tuesday": to the day it was told
        return DateRange(s, said, later[0].precision, Span.of(text, at, later[0].span.end))
    return DateRange(s, published.isoformat() if published else None,
                     later[0].precision if later else DatePrecision.UNKNOWN,
                     Span.of(text, at, later[0].span.end) if later else Span.of(text, at, at + 5))
