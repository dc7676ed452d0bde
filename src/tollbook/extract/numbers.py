"""The number grammar: where "at least 28" becomes value 28, AT_LEAST, low 28.

No number-word library handles qualifiers, vague amounts or European separators, so
tollbook owns this grammar. It works on `Token`s (words with offsets) and returns
`Figure`s with the span of the qualifier and number.

Conventions for figures with no hard bound (documented in the README):
- vague amounts follow ACLED's coding: "a few"/"several"/"a number of" = 3, "dozens" = 12
  ("several dozen" and "a few dozen" too: as "dozens", likewise hundreds and thousands),
  "scores" = 20, "hundreds" = 100, "thousands" = 1000, "millions" = 1,000,000; value = low =
  best, high unbounded. Two of them joined by "of" multiply: "tens of thousands" = 10,000,
  "hundreds of thousands" = 100,000.
- "around/about/some/nearly N": best = N, no hard bounds (low = high = None).
- "at least N": low N; "more than N": low N+1; "up to N": high N; "less than N": high N-1.
- a range "between N and M": value N, low N, high M, best N (the conservative end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..model import Figure, Qualifier, Span
from .lexicon import MONTH_ABBREVS, MONTHS


class Token(NamedTuple):
    """A word, number or punctuation mark with its offsets in the article text."""

    text: str  # as written
    start: int  # offset of its first character in the article text
    end: int  # offset one past its last character
    lower: str  # text.lower(), computed once: the grammar compares it constantly


# Words, numbers with separators/decimals, and single punctuation marks. Apostrophes and
# hyphens stay inside words ("Hezbollah's", "pro-Houthi", "twenty-one").
# (and dotted acronyms whole: "70 U.S. troops", "the U.N. mission"; and names with digits
# after capitals, no number: "74 M23 fighters", "an F16 jet", "the G7")
_TOKEN = re.compile(
    # ("14 328 suspects", "6\u202f507 people": thousands parted by a space, South African and
    # French style, a group of three digits after one of up to three)
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d|\s\d)|"
    r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|(?:[A-Z]\.){2,}(?=[\s,;:)\-]|$)|"
    r"[A-Z]+\d+[A-Za-z0-9]*(?![\w.,]\d)|"
    r"[A-Za-z\u00C0-\u024F]+(?:['\u2019\-][A-Za-z\u00C0-\u024F0-9]+)*|\S"
)


# Acronyms spelled like function words: "2 IS militants" (Islamic State), "US troops".
# Their lower form stays upper case, so the grammar never reads them as "is" or "us".
_ACRONYMS = frozenset("IS US IT AS AT OR ON NO AN AM BE DO SO IN TO OF HE WE ME BY UP IF".split())


@lru_cache(maxsize=1024)
def sentence_tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """tokenize(text, start, end), kept for the few readers of the same sentence (the
    casualty grammar and the source finder each read every sentence). Read-only."""
    return tuple(tokenize(text, start, end))


_MONTH_WORDS = MONTHS | MONTH_ABBREVS


def _days_apart(toks: list[Token]) -> list[Token]:
    """A day and the count after it are two numbers, not one parted by a space: "on May 12
    300 people fled" (not 12,300)."""
    out: list[Token] = []
    for t in toks:
        if out and out[-1].lower.rstrip(".") in _MONTH_WORDS and \
                (" " in t.text or "\u00a0" in t.text):
            head = len(re.split(r"[ \u00a0\u202f]", t.text)[0])
            rest = t.text[head:].lstrip(" \u00a0\u202f")
            out.append(Token(t.text[:head], t.start, t.start + head, t.text[:head]))
            out.append(Token(rest, t.end - len(rest), t.end, rest))
            continue
        out.append(t)
    return out


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], offsets into the whole text."""
    end = len(text) if end is None else end
    out = [Token(w, m.start(), m.end(), w if w in _ACRONYMS else w.replace(".", "")
                 if w[-1] == "." and len(w) > 1 else w.lower())
           for m in _TOKEN.finditer(text, start, end) for w in (m.group(),)]
    if any(" " in t.text or "\u00a0" in t.text for t in out):  # (a number parted by a space)
        out = _days_apart(out)
    if text.find("ortally", start, end) >= 0:  # (rare: one scan, not a lookup a token)
        out = [t._replace(lower=_SAME_WORD[t.lower]) if t.lower in _SAME_WORD else t
               for t in out]
    if _WORD_RANGE.search(text, start, end):  # "one-two security personnel": 1 to 2
        out = [part for t in out for part in _split_range(t)]
    if _QUOTED_WORD.search(text, start, end):
        # "claimed that 'dozens' of soldiers were killed", "6 militants were 'neutralised'":
        # a one-word quotation is the party's word, read as if unquoted
        out = _unquote_words(out)
    return out


# (only an amount or a fate: a quoted name for the victims, 'killed seven "khwarij"', is
# the party's label, and stays quoted)
_QUOTED_FATES = frozenset("killed dead neutralised neutralized eliminated liquidated executed "
                          "martyred wounded injured arrested detained abducted kidnapped captured "
                          "disappeared missing".split())
_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d")
# words that open a quoted amount: '"at least 50"', '"more than 100"', '"about 40"'
_QUOTED_QUALIFIERS = frozenset("at more over about around nearly almost up some".split())
_QUOTED_WORD = re.compile("['\"\u2018\u201c][A-Za-z-]+['\"\u2019\u201d]|[\"\u201c](?:"
                          + "|".join(sorted(_QUOTED_QUALIFIERS)) + ") ")


def _unquote_words(toks: list[Token]) -> list[Token]:
    drop = set()
    for i in range(1, len(toks) - 1):
        a, w, b = toks[i - 1], toks[i], toks[i + 1]
        if a.text in _QUOTES and b.text in _QUOTES and a.end == w.start and w.end == b.start \
                and (w.lower in VAGUE or w.lower in _QUOTED_FATES) and \
                (i < 2 or toks[i - 2].end < a.start):
            drop.update((i - 1, i + 1))
    for i, a in enumerate(toks):
        # 'had lost "at least 50" soldiers': an amount the party gave, read as if unquoted
        if a.text not in ('"', "\u201c") or i + 2 >= len(toks) or a.end != toks[i + 1].start:
            continue
        close = next((c for c in range(i + 2, min(len(toks), i + 6))
                      if toks[c].text in ('"', "\u201d")), None)
        inside = [t.lower for t in toks[i + 1:close]] if close is not None else []
        if inside and toks[close - 1].end == toks[close].start and \
                inside[0] in _QUOTED_QUALIFIERS and \
                (inside[-1][:1].isdigit() or inside[-1] in UNITS or inside[-1] in VAGUE):
            drop.update((i, close))
    return [t for i, t in enumerate(toks) if i not in drop]


# (a hyphen, then a small number word: a literal first, so the scan is fast; _split_range
# checks each token)
_WORD_RANGE = re.compile(r"-(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
                         re.I)


def _split_range(t: Token) -> list[Token]:
    a, dash, b = t.lower.partition("-")
    if not dash or UNITS.get(a) is None or UNITS.get(b) is None or UNITS[b] <= UNITS[a] or \
            a in ("a", "an", "no"):
        return [t]
    mid = t.start + len(a)
    return [Token(t.text[:len(a)], t.start, mid, a), Token("-", mid, mid + 1, "-"),
            Token(t.text[len(a) + 1:], mid + 1, t.end, b)]


# Words read as another that means the same: "mortally wounded" is "fatally wounded".
_SAME_WORD = {"mortally": "fatally"}


UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague amounts: ACLED's coding conventions (see module docstring).
VAGUE = {
    "several": 3, "few": 3, "handful": 3, "dozens": 12, "scores": 20, "hundreds": 100,
    "thousands": 1000, "tens": 10, "numerous": 3, "multiple": 2, "many": 3,
    "millions": 1_000_000,
}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | {"dozen", "and"}
# Every word a number can start with (besides digits and hyphenated tens, "twenty-one")
_MAY_START = frozenset(UNITS) | frozenset(TENS) | frozenset(VAGUE) | {"both", "half"}

# Qualifiers before a number, longest first. (words, qualifier)
_PREFIXES: list[tuple[tuple[str, ...], Qualifier]] = sorted(
    [
        (("at", "least"), Qualifier.AT_LEAST),
        (("no", "fewer", "than"), Qualifier.AT_LEAST),
        (("no", "less", "than"), Qualifier.AT_LEAST),
        (("not", "less", "than"), Qualifier.AT_LEAST),
        (("a", "minimum", "of"), Qualifier.AT_LEAST),
        (("more", "than"), Qualifier.MORE_THAN),
        (("over",), Qualifier.MORE_THAN),
        (("well", "over"), Qualifier.MORE_THAN),  # 'the number of dead was "well over 50"'
        (("well", "above"), Qualifier.MORE_THAN),
        (("well", "in", "excess", "of"), Qualifier.MORE_THAN),
        (("upwards", "of"), Qualifier.MORE_THAN),
        (("in", "excess", "of"), Qualifier.MORE_THAN),
        (("above",), Qualifier.MORE_THAN),
        (("around",), Qualifier.AROUND),
        (("about",), Qualifier.AROUND),
        (("approximately",), Qualifier.AROUND),
        (("roughly",), Qualifier.AROUND),
        (("nearly",), Qualifier.AROUND),
        (("almost",), Qualifier.AROUND),
        (("close", "to"), Qualifier.AROUND),
        (("closer", "to"), Qualifier.AROUND),  # "the real number is closer to 2,000"
        (("some",), Qualifier.AROUND),
        (("an", "estimated"), Qualifier.AROUND),
        (("estimated",), Qualifier.AROUND),
        (("approx",), Qualifier.AROUND),
        (("up", "to"), Qualifier.UP_TO),
        (("as", "many", "as"), Qualifier.UP_TO),
        (("as", "high", "as"), Qualifier.UP_TO),  # "put the toll as high as 150,000"
        (("at", "most"), Qualifier.UP_TO),
        (("no", "more", "than"), Qualifier.UP_TO),
        (("not", "more", "than"), Qualifier.UP_TO),
        (("a", "maximum", "of"), Qualifier.UP_TO),
        (("less", "than"), Qualifier.LESS_THAN),
        (("fewer", "than"), Qualifier.LESS_THAN),
        (("under",), Qualifier.LESS_THAN),
        (("below",), Qualifier.LESS_THAN),
    ],
    key=lambda p: -len(p[0]),
)
# Qualifiers after a number: "28 or more".
_SUFFIXES: list[tuple[tuple[str, ...], Qualifier]] = [
    (("or", "more"), Qualifier.AT_LEAST),
    (("or", "so"), Qualifier.AROUND),
    (("plus",), Qualifier.AT_LEAST),
]

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$|^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$")


def parse_digits(s: str) -> float | None:
    """'94,000' -> 94000, European '100.000' -> 100000, '2.5' -> 2.5; None if not a number."""
    if not _DIGITS.match(s):
        return None
    if sum(ch.isdigit() for ch in s) > 15:
        return None  # longer than any count of people; a reference number or an ID
    s = re.sub(r"[ \u00a0\u202f]", ",", s)  # ("14 328": its thousands parted by a space)
    groups = re.split(r"[.,]", s)
    if len(groups) == 1:
        return float(s)
    # Thousands separators: every group after the first has exactly three digits.
    if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
        if len(groups) == 2 and "." in s and groups[0] == "0":
            return float(s)
        return float("".join(groups))
    if len(groups) == 2:
        return float(s.replace(",", "."))
    return None


@dataclass(frozen=True)
class Number:
    """A bare number found in tokens: value, token range, and whether it is vague."""

    value: float
    first: int  # index of its first token
    last: int  # index of its last token (inclusive)
    vague: bool = False
    word: bool = False  # spelled out ("four") rather than digits


def number_at(toks: list[Token], i: int) -> Number | None:
    """The number that starts at token i, if one does."""
    if i >= len(toks):
        return None
    t = toks[i].lower
    if t not in _MAY_START and not t[:1].isdigit() and "-" not in t:
        return None  # (most words: read by every token of every sentence with casualties)
    # Digits, possibly with a scale word: "2 million", "1.5m".
    v = parse_digits(t)
    if v is not None:
        last = i
        if i + 1 < len(toks) and toks[i + 1].lower in ("million", "billion", "thousand"):
            v *= SCALES[toks[i + 1].lower]
            last = i + 1
        return Number(v, i, last)
    # Vague: "dozens", "scores of", "hundreds", "a few", "several".
    if t in ("several", "few") and _vague_scale(toks, i + 1):
        # "several dozen", "a few hundred": as "dozens", "hundreds" (ACLED's conservative end)
        return Number(VAGUE[toks[i + 1].lower + "s"], i, i + 1, vague=True, word=True)
    if t in VAGUE and t not in ("few", "many", "multiple", "numerous"):
        if t in ("tens", "dozens", "hundreds") and i + 2 < len(toks) and \
                toks[i + 1].lower == "of" and toks[i + 2].lower in ("hundreds", "thousands",
                                                                    "millions"):
            # "tens of thousands": one amount (10,000), not "tens" of people "thousands"
            return Number(VAGUE[t] * VAGUE[toks[i + 2].lower], i, i + 2, vague=True, word=True)
        return Number(VAGUE[t], i, i, vague=True, word=True)
    if t == "a" and i + 2 < len(toks) and toks[i + 1].lower == "number" and \
            toks[i + 2].lower == "of":
        return Number(VAGUE["several"], i, i + 2, vague=True, word=True)  # "a number of"
    if t == "a" and i + 1 < len(toks) and toks[i + 1].lower in ("few", "handful"):
        if toks[i + 1].lower == "few" and _vague_scale(toks, i + 2):
            return Number(VAGUE[toks[i + 2].lower + "s"], i, i + 2, vague=True, word=True)
        return Number(VAGUE[toks[i + 1].lower], i, i + 1, vague=True, word=True)
    if t in ("a", "one") and i + 1 < len(toks) and toks[i + 1].lower == "dozen":
        return Number(12, i, i + 1, word=True)
    if t == "both" and i + 1 < len(toks) and toks[i + 1].text[:1].isalpha() and \
            toks[i + 1].lower not in _BOTH_NOT_PEOPLE and not _both_and(toks, i):
        return Number(2, i, i, word=True)  # "both victims", "both of them"
    # Spelled out: "twenty-one", "two hundred and fifty", "a hundred", "one million".
    return _word_number(toks, i)


def _both_and(toks: list[Token], i: int) -> bool:
    """ "36 Israelis, both members of the security forces and civilians,": "both ... and"
    after a comma joins two kinds of the people told before, and counts no one (but "shot,
    both fatally" does)."""
    if i == 0 or toks[i - 1].text != ",":
        return False
    for t in toks[i + 1:i + 10]:
        if t.lower == "and":
            return True
        if not t.text[:1].isalnum():
            return False
    return False


# "fighters from both sides": two sides, not two people
_BOTH_NOT_PEOPLE = frozenset("sides side parties camps countries nations armies factions "
                             "directions ends banks".split())


def _vague_scale(toks: list[Token], k: int) -> bool:
    """A scale word at k after "several" or "a few": "dozen", "hundred", "thousand"."""
    return k < len(toks) and toks[k].lower in ("dozen", "hundred", "thousand", "million")


def word_value(w: str) -> int | None:
    if w in UNITS and w not in ("a", "an", "no"):
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in TENS and b in UNITS and UNITS[b] < 10 and b not in ("a", "an", "no"):
            return TENS[a] + UNITS[b]
    return None


def _word_number(toks: list[Token], i: int) -> Number | None:
    if toks[i].lower == "half" and i + 2 < len(toks) and toks[i + 1].lower in ("a", "an") and \
            SCALES.get(toks[i + 2].lower, 0) >= 1000:
        return Number(SCALES[toks[i + 2].lower] // 2, i, i + 2, word=True)  # "half a million"
    total = 0
    current = 0
    seen = False
    last = i
    j = i
    while j < len(toks):
        w = toks[j].lower
        v = word_value(w)
        if v is not None:
            if seen and current % 100 != 0 and current != 0 and v < 100:
                break  # "two three" is not one number
            current += v
            seen = True
            last = j
        elif w in ("a", "an") and not seen and j + 1 < len(toks) and toks[j + 1].lower in (
            "hundred", "thousand", "million",
        ):
            current = 1
            seen = True
            last = j
        elif w in SCALES and seen:
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            last = j
        elif w == "dozen" and seen:
            current *= 12
            last = j
        elif w == "and" and seen and j + 1 < len(toks) and \
                word_value(toks[j + 1].lower) is not None \
                and (current >= 100 or total >= 1000):
            pass  # "two hundred and fifty"
        else:
            break
        j += 1
    if not seen:
        return None
    return Number(total + current, i, last, word=True)


_MONTHS = MONTHS | MONTH_ABBREVS


def figure_at(toks: list[Token], i: int, text: str) -> tuple[Figure, int, int] | None:
    """The qualified figure whose number starts at token i.

    Returns (figure, first token index of the whole expression, last token index), or None.
    Looks back for a qualifier ("at least") and forward for a range ("to 40") or a
    suffix ("or more").
    """
    num = number_at(toks, i)
    if num is None or num.value != int(num.value):
        return None  # "2.5" counts no people
    if i >= 2 and toks[i - 1].text == "-" and toks[i - 2].text.isdigit() and \
            toks[i - 1].start == toks[i - 2].end and toks[i].start == toks[i - 1].end:
        return None  # "call 410-307-2020": a telephone number's part
    value = int(round(num.value))
    first, last = num.first, num.last
    qualifier = Qualifier.VAGUE if num.vague else Qualifier.EXACT
    # Prefix qualifier.
    for words, q in _PREFIXES:
        n = len(words)
        if first - n >= 0 and tuple(t.lower for t in toks[first - n : first]) == words:
            if num.vague:
                break  # "some dozens" stays vague
            qualifier = q
            first -= n
            break
    low: int | None
    high: int | None
    # Range: "between 23 and 40", "from 23 to 40", "23 to 40", "23-40", "two or three".
    rng = None
    k = num.last + 1
    day_of_month = num.first > 0 and toks[num.first - 1].lower.rstrip(".") in _MONTHS or \
        num.first > 1 and toks[num.first - 1].text == "." and \
        toks[num.first - 2].lower in _MONTHS  # ("on Oct. 1 to 16")
    if k < len(toks) and toks[k].lower in ("to", "and", "or", "-", "\u2013") and not num.vague \
            and not day_of_month:  # (not "on July 8 to 425": a date, then the toll)
        other = number_at(toks, k + 1)
        if other is not None and not other.vague and other.value > num.value:
            joiner = toks[k].lower
            before = toks[first - 1].lower if first > 0 else ""
            if joiner == "and" and before != "between":
                other = None  # "28 and 70" is two figures, not a range
            if other is not None:
                rng = other
                if before in ("between", "from") and qualifier == Qualifier.EXACT:
                    first -= 1
                    if first > 0 and toks[first - 1].lower == "anywhere":
                        first -= 1
                last = other.last
    after = toks[rng.last + 1].lower if rng is not None and rng.last + 1 < len(toks) else ""
    if rng is not None and all(_year_like(toks[n.first].text) for n in (num, rng)) and not (
            after.endswith("s") or after in ("people", "dead", "men", "women", "children")):
        return None  # "between 1980 and 2000", "from 1992 to 1995": years, no count (not
        # "between 1800 and 2000 people")
    if rng is None and first < num.first and toks[first].lower == "over" and \
            _year_like(toks[num.first].text) and num.last + 1 < len(toks) and (
                toks[num.last + 1].text[:1].isupper() or
                toks[num.last + 1].lower in _YEAR_EVENTS):
        return None  # "Three men arrested over 1975 Dungannon pub bombing": a year's case
    if rng is not None and qualifier in (Qualifier.EXACT, Qualifier.AROUND):
        qualifier = Qualifier.RANGE
        low, high, best = value, int(rng.value), value
    else:
        if rng is not None:
            last = rng.last
        # Suffix qualifier: "28 or more".
        for words, q in _SUFFIXES:
            n = len(words)
            if tuple(t.lower for t in toks[last + 1 : last + 1 + n]) == words and \
                    qualifier == Qualifier.EXACT:
                qualifier = q
                last += n
                break
        low, high, best = bounds(value, qualifier)
    span = Span.of(text, toks[first].start, toks[last].end)
    return Figure(value, qualifier, low, high, best, span), first, last


# what a year before it dates: "over 1998 killings", "over 2019 attack"
_YEAR_EVENTS = frozenset("bombing bombings attack attacks killing killings massacre massacres "
                         "shooting shootings murder murders war riots coup ambush raid case "
                         "cases deaths death".split())


def _year_like(s: str) -> bool:
    """Four digits, no separator, of a year from 1800 to 2099."""
    return len(s) == 4 and s.isdigit() and 1800 <= int(s) <= 2099


def bounds(value: int, q: Qualifier) -> tuple[int | None, int | None, int]:
    """(low, high, best) for a value and its qualifier, by the documented conventions."""
    if q == Qualifier.EXACT:
        return value, value, value
    if q == Qualifier.AT_LEAST:
        return value, None, value
    if q == Qualifier.MORE_THAN:
        return value + 1, None, value + 1
    if q == Qualifier.UP_TO:
        return None, value, value
    if q == Qualifier.LESS_THAN:
        return None, max(value - 1, 0), max(value - 1, 0)
    if q == Qualifier.VAGUE:
        return value, None, value
    return None, None, value  # AROUND


def parse_figure(text: str) -> Figure | None:
    """The first figure in a short text: parse_figure("at least 28").value == 28."""
    toks = tokenize(text)
    for i in range(len(toks)):
        found = figure_at(toks, i, text)
        if found:
            return found[0]
    return None
