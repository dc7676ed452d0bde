"""The casualty grammar: sentences -> casualty mentions.

A mention is one statement of a figure: its outcome, number, victims and where it stands.
The grammar reads tokens, not a parse: news reports state tolls in a small number of
shapes, and a rule grammar over them is both more accurate than the small statistical
parser on these sentences and many times faster. The shapes:

  passive / adjectival  "at least 28 members of Hezbollah were reportedly killed"
                        "leaving 15 soldiers dead", "more than 70 others wounded"
  active                "killing at least 10 people", "wounded 19"
  nominal               "28 dead and 77 wounded", "2 fatalities", "the death toll rose to 38"
  coordinated           "56 rebels dead ... and four civilians" (inherits the outcome)
  subsets               "six of them on Monday", "including two women" (part_of)
  singular, no number   "a civilian was killed", "killing a policeman", "he died"

pipeline.py turns mentions into Claims (dedup, sources, places, dates, scope).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import gazetteer
from ..model import Figure, Outcome, Qualifier, Span, Victims, VictimType
from . import lexicon as L
from .numbers import TENS, UNITS, Token, figure_at, sentence_tokens, tokenize, word_value
from .sentences import Sentence

# a count put for the people told just before: "officials put the figure at 52"
_PUT_FIGURE_AT = r"\bput(?:ting)?\s+the\s+(?:figure|number|total|tally)\s+at\b"
PUT_AT = re.compile(_PUT_FIGURE_AT, re.I)
_PUT_AT_BEFORE = re.compile(_PUT_FIGURE_AT + r"\s+$", re.I)

# Cheap prefilter: a sentence without any of these stems has no casualty figure.
PREFILTER = re.compile(
    r"kill|dead|die|death|fatal|slain|murder|execut|behead|massacr|assassin|lynch|perish|hanged|"
    r"bod(?:y|ies)|corpse|drown|wound|injur|hurt|hospitali|maim|missing|account(?:ed|ing|s)?\s+for|"
    r"disappear|abduct|kidnap|hostage|captur|arrest|detain|apprehend|displac|uproot|evict|"
    r"homeless|political\s+prisoners|behind\s+bars|imprison|detention|"
    r"without\s+(?:shelter|homes?\b|a\s+home)|"
    r"evacu(?:at|ee)|shot|shoot|toll|lives|casualt|slaughter|slew|suicide|deceas|homicide|murder|"
    r"hospital|gunshot|bullet|\bhit\b|struck|graz|condition|whip|stab|beaten|neutrali|martyr|"
    r"eliminat|annihilat|\b(?:of|among)\s+(?:those|them|these)\s*,|"
    r"\bamong\s+(?:them|those)\s+(?:were|was|are|is)\b|\bthey\s+include[ds]?\b|"
    r"\bof\s+them\s+(?:are|were|is|was)\b|\bof\s+the\s+(?:[\w']+\s+)?victims\s+(?:are|were|is|was)\b|"
    r"\bof\s+the\s+\d[\d,]*\s*,|"
    r"\bthose\s+(?:[\w-]+\s+){0,2}?include[ds]?\b|"
    r"\blost\s+(?:a|an|one|his|her|their|both)\s+(?:\w+\s+)?(?:legs?|arms?|hands?|feet|foot|"
    r"eyes?|limbs?)\b|"
    r"buried|burying|trapped\s+under|on\s+(?:him|her)self\b|own\s+life|captive|(?:taken|seized)\s+(?:away\s+)?(?:by|from)\s|"
    r"\b(?:took|seized|snatched)\b[^.;]{0,60}?\bfrom\b|\b(?:seized|snatched)\b|"
    r"\b(?:took|carried|led|whisk(?:ed|ing))\s+(?:away|off)\b|"
    r"\b(?:taken|whisked)(?:\s+(?:away|off))?\s*(?:[,.;]|$|into\s+the)|"
    r"\bfle[de]\b|fleeing|(?:from|left)\s+(?:their|his|her)\s+home|in(?:to)?\s+custody|\bcouple\b|"
    r"\bleft\s+(?:(?:the|their)\s+)?(?:villages?|towns?|areas?|city|district|camps?)\b|"
    r"\b(?:had|have|has)\s+left\b|"
    r"\bdesert(?:ed|ing)\b|line\s+of\s+duty|not\s+been\s+(?:seen|heard)\b|\bloss(?:es)?\s+of\b|"
    r"\b(?:moved|relocated)\s+to\b|\bdrove\b[^.;]{0,60}?\b(?:from|into|across)\b|"
    r"\bcrossed\b|\bentered\b|\b(?:shelter|refuge)\b|sheltering|expelled|crowded\s+into|"
    r"\barrived\s+(?:at|in|into)\b|\bnew\s+arrivals\b|\binto\s+exile\b|"
    r"gunned|surrender|turned\s+(?:him|her)self\s+in|striking|hitting|life\s+support|"
    r"\bpicked\s+up\b|\bsearch(?:ing|ed)?\b[^.;]{0,40}?\bfor\b[^.;]{0,60}?\b(?:rubble|debris|"
    r"ruins|wreckage)\b|\b(?:rubble|debris|ruins|wreckage|rescuers)\b[^.;]{0,60}?"
    r"\bsearch(?:ing|ed)?\b[^.;]{0,40}?\bfor\b|\bsearch(?:ing|ed)?\s+the\s+(?:rubble|debris|"
    r"ruins|wreckage)\b|"
    + _PUT_FIGURE_AT + r"|"
    r"\b(?:under|beneath)\s+the\s+(?:rubble|debris|ruins|wreckage)\b|"
    r"\bin\s+(?:[\w-]+\s+){0,3}(?:shelters|camps|sites|cent(?:re|er)s)\b|"
    r"laid\s+to\s+rest|(?:supreme|ultimate)\s+price|shahadat|remains\s+of|sent\s+to\s+hell|"
    r"\b(?:laid|lay)\s+down\s+(?:their|his|her)\s+li(?:ves|fe)\b|"
    r"the\s+ghost\b|\blos(?:t|ing)\s+(?:\S+\s+){1,4}?(?:soldiers|persons|people|"
    r"fighters|men|members|troops|officers|policemen|personnel|colleagues|staff|staffers|"
    r"teachers|journalists|comrades|medics|paramedics|workers)\b",
    re.IGNORECASE,
)
# The same, case-sensitive, over the text in lower case: Python's engine tries every
# alternative at every position under IGNORECASE, but skips ahead by first letter without
# it (four times faster; it runs on every sentence).
_PREFILTER_LOWER = re.compile(PREFILTER.pattern)


@lru_cache(maxsize=8)
def _lowered(text: str) -> str | None:
    """text.lower(), when it keeps every offset (not so for a few letters, like the dotted
    capital I)."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _may_tell_casualties(text: str, sent: Sentence) -> bool:
    low = _lowered(text)
    if low is None:
        return PREFILTER.search(text, sent.start, sent.end) is not None
    return _PREFILTER_LOWER.search(low, sent.start, sent.end) is not None


@dataclass
class Mention:
    """One statement of a casualty figure, before it becomes a Claim."""

    outcome: Outcome
    figure: Figure
    victims: Victims
    sentence: Sentence
    first: int  # token index where the figure expression starts
    last: int  # token index where the victims' phrase (or figure) ends
    parent: int | None = None  # index (in the sentence's mentions) of the superset mention
    weak: bool = False  # "was shot": wounded unless the same victims are counted as killed
    singular: bool = False  # counted from a singular noun or pronoun, not a number
    extra: bool = False  # "in addition to the bomber": on top of the sentence's other figures
    # "The dead included two children": some of a toll told in an earlier sentence
    of_told: bool = False
    # "74 homicides in 2020, up from 44 in 2019": the same count for another period
    compared: bool = False
    # "Of those, 32 were Houthi fighters": a part of the toll told before ("any" when the
    # opener does not say of which outcome; "own" when the part says it: "61 of the dead")
    of_those: str | None = None
    # "Local officials put the figure at 52": a figure for the people told just before
    put_for_told: bool = False
    tokens: list[Token] = field(default_factory=list, repr=False)

    @property
    def start(self) -> int:
        return self.tokens[self.first].start

    @property
    def end(self) -> int:
        return self.tokens[self.last].end


# things hit that carry people, whose owners' names follow: "an ambulance of the Red Crescent"
_VEHICLES = frozenset("ambulance ambulances convoy vessel boat ship helicopter aircraft plane "
                      "drone van minibus pickup jeep".split())


# verbs that tally acts done: "recorded at least 975 executions"
_TALLIED = frozenset("recorded documented registered counted reported confirmed carried "
                     "conducted verified".split())
# people told with their wounds: "120 people with gunshot or beating injuries"
_PEOPLE_WORDS = frozenset("people persons patients civilians protesters demonstrators "
                          "residents men women children".split())
_WITH_WOUNDS = re.compile(r"\s+with\s+(?:(?:gunshot|bullet|stab|knife|machete|shrapnel|blast|"
                          r"beating|burn|serious|severe|minor|critical|head|multiple|various)"
                          r"\s+(?:(?:or|and)\s+)?){1,4}(?:injuries|wounds)\b", re.I)


def _beside_an_agent(toks: list[Token], first: int, end: int) -> bool:
    """ "tackled by a security guard and two members of the public": the figure at
    toks[first], after "and", joins people told after a "by" a few words before it (not
    "killed by a roadside bomb and two civilians were wounded": a thing, and people with a
    verb of their own)."""
    if first < 3 or toks[first - 1].lower != "and":
        return False
    by = next((i for i in range(first - 2, max(-1, first - 8), -1) if toks[i].lower == "by"),
              None)
    agent = toks[by + 1:first - 1] if by is not None else []
    return bool(agent) and all(t.text[:1].isalpha() and t.lower not in L.AUX for t in agent) \
        and any(_person_noun(t.lower) for t in agent) and \
        not (end < len(toks) and (toks[end].lower in L.AUX or toks[end].lower in L.AFTER))


def _next_in_including_list(text: str, sent: Sentence, toks: list[Token], k: int,
                            numbered: list[Mention], out: list[Mention],
                            covered: set[int]) -> Mention | None:
    """The singular person after "and" at toks[k] that closes an "including" list whose
    item before it is a part of a whole: that whole's part too."""
    n = len(toks)
    if k + 1 >= n or toks[k + 1].lower not in ("a", "an", "his", "her", "their", "one"):
        return None
    before = [m for m in numbered + out if m.parent is not None and m.last == k - 1]
    if not before:
        return None
    item = before[-1]
    opener = next((i for i in range(item.first - 1, max(-1, item.first - 4), -1)
                   if toks[i].lower == "including"), None)
    if opener is None:
        return None
    obj = _singular_object(text, toks, k + 1)
    if obj is None or obj[2] != 1 or any(i in covered for i in range(obj[0], obj[1] + 1)) or \
            obj[1] + 1 < n and (toks[obj[1] + 1].lower in L.AUX or
                                toks[obj[1] + 1].lower in L.AFTER):
        return None  # (not "including two children, and a man was arrested": a clause)
    # (a part's parent indexes the numbered mentions, whichever list the part is in)
    if item.parent >= len(numbered):
        return None
    fig, victims = _object_figure(text, toks, obj)
    return _mention(numbered[item.parent].outcome, fig, victims, sent, obj[0], obj[1], toks,
                    parent=item.parent, singular=True)


def _others_of_animals(toks: list[Token], first: int, last: int) -> bool:
    """The figure at toks[first..last] counts "others" of the animals a figure before it
    in the sentence counted ("200 cattle were rustled and 37 others were killed")."""
    if last + 1 >= len(toks) or toks[last + 1].lower != "others":
        return False
    before = next((i for i in range(first - 1, 0, -1) if toks[i - 1].text[:1].isdigit() or
                   toks[i - 1].lower in UNITS and toks[i - 1].lower not in ("a", "an", "one")),
                  None)
    return before is not None and toks[before].lower in L.ANIMALS


def _key_figure_line(text: str, toks: list[Token]) -> list[Token]:
    """A "by the numbers" line ("3,064 - civilians killed in Burkina Faso ..."): the dash
    between the figure that opens the line and its lower-case words is left out, so the
    line reads as "3,064 civilians killed"."""
    if len(toks) < 4 or not toks[0].text[:1].isdigit() or \
            (found := figure_at(toks, 0, text)) is None:
        return toks
    d = found[2] + 1
    if d + 1 < len(toks) and toks[d].text in ("-", "\u2013", "\u2014") and \
            text[toks[d].start - 1:toks[d].start].isspace() and \
            text[toks[d].end:toks[d].end + 1].isspace() and toks[d + 1].text[:1].islower():
        return toks[:d] + toks[d + 1:]
    return toks


def mentions(text: str, sent: Sentence) -> list[Mention]:
    """Every casualty mention in one sentence, in text order."""
    if not _may_tell_casualties(text, sent):
        return []
    toks = _key_figure_line(text, sentence_tokens(text, sent.start, sent.end))
    out: list[Mention] = []
    used: set[int] = set()  # token indices already inside a figure
    asides: list[tuple[int, int, int]] = []  # "including ..." token ranges -> parent mention
    i = 0
    while i < len(toks):
        if i in used:
            i += 1
            continue
        found = figure_at(toks, i, text)
        if found is None:
            i += 1
            continue
        fig, first, last = found
        if fig.value <= 0 or _not_a_count(toks, first, last, fig):
            i = last + 1
            continue
        if fig.qualifier == Qualifier.UP_TO and first > 0 and toks[first - 1].lower in _RAISED \
                and fig.span.surface.lower().startswith("up"):
            # "Medics revised the toll up to 52": the toll went up to 52, no ceiling
            fig = Figure(fig.value, Qualifier.EXACT, fig.value, fig.value, fig.value, fig.span,
                         stated=True)
        aside = next((a for a in asides if a[0] <= first < a[1]), None)
        if aside is not None:
            m = _in_aside(text, sent, toks, fig, first, last, out, aside[2])
        elif _WHOLE_RETOLD.match(text, sent.start, toks[first].start) and \
                _WHOLE_RETOLD_AFTER.match(text, toks[last].end):
            m = None  # "Of the 34 homicide victims, 14 were killed ...": the whole told again
        elif _others_of_animals(toks, first, last):
            m = None  # "more than 200 cattle were rustled and 37 others were killed": cattle
        else:
            m = _read_figure(text, sent, toks, fig, first, last, out, asides)
            opener = _PART_OPENER.match(text, sent.start, toks[first].start) \
                if m is not None and m.parent is None and not m.of_told else None
            if opener is not None and opener.group("whole"):
                # "Of the 34 homicide victims, 14 were killed with a knife and eight were
                # shot": parts of that whole, of its fate
                m.of_told, m.of_those = True, "any"
        if m is not None:
            out.append(m)
            # ("One of two men shot ... has succumbed": the two are read too, the survivor)
            whole = _whole_group(toks, last, fig, text,
                                 bare=_died_of_those_hurt(toks, last + 2) is None)
            if whole is not None:
                used.update(range(whole[0], whole[1] + 1))
        used.update(range(first, last + 1))
        i = last + 1
    sing = _singulars(text, sent, toks, out)
    dead = [x.figure.span for x in out + sing if x.outcome == Outcome.KILLED]
    out.extend(m for m in sing if not (
        # "until the last terrorist is neutralised", "if a soldier is killed": a condition,
        # no one counted
        m.first > 0 and toks[m.first - 1].lower in ("until", "till", "unless", "if")) and not (
        # "one soldier, who had been critically injured, later attained martyrdom": the
        # dead man's wound, no one more wounded
        m.outcome == Outcome.WOUNDED and any(
            d.start <= m.figure.span.start and m.figure.span.end <= d.end and
            d != m.figure.span for d in dead)) and not (
        # "A 60-year-old man who had gone missing during the attack was found dead": his
        # fate before he was found, no one more missing
        m.outcome in (Outcome.MISSING, Outcome.WOUNDED) and m.figure.span in dead and
        re.match(r"\s*,?\s*who\b", text[m.figure.span.end:m.figure.span.end + 8])) and not (
        # "The slain soldier ... was hit in the chest": how the dead died, no one wounded
        m.outcome == Outcome.WOUNDED and m.first + 1 < len(toks) and
        toks[m.first].lower == "the" and toks[m.first + 1].lower in _DEAD_ADJECTIVES or
        # "Rebels captured Aleppo on Saturday": a city taken, no one
        m.outcome == Outcome.ABDUCTED and m.first == m.last and m.first > 0 and
        toks[m.first - 1].lower in ("captured", "seized", "took") and
        not (m.first + 2 < len(toks) and toks[m.first + 1].text == "," and
             toks[m.first + 2].text.isdigit()) and
        # (not "Police captured Jackson after a chase": a man the police took)
        not any(t.lower in _LAW for t in toks[max(0, m.first - 7):m.first - 1]) and
        _a_place(toks[m.first].text)))
    out.extend(_list_singulars(text, sent, toks, out))
    out.extend(_inverted_singulars(text, sent, toks, out))
    out.extend(_singular_parts(text, sent, toks, out))
    out.extend(_before_the_others(text, sent, toks, out))
    out.extend(_bombers(text, sent, toks, out))
    out.extend(_bodies(text, sent, toks, out))
    out.extend(_deaths_of(text, sent, toks, out))
    out.extend(_wounds(text, sent, toks, out))
    out.extend(_taken_away(text, sent, toks, out))
    out.extend(_suicide(text, sent, toks, out))
    out.extend(_hurt_and_held(toks, out))
    # Parents are indices into this list: sorting moves the mentions found after the
    # numbered pass (a singular "a civilian" before "56 rebels, six of them"), so the
    # indices are set again from the mentions they point at.
    parent_of = {id(m): out[m.parent] for m in out if m.parent is not None}
    for m in out:
        if m.parent is None and _OF_WHOM_BEFORE.search(
                text, max(sent.start, m.figure.span.start - 20), m.figure.span.start) and (
                whole := next((p for p in reversed(out) if p is not m and p.parent is None and
                               p.outcome == m.outcome and p.figure.best > m.figure.best and
                               p.figure.span.end <= m.figure.span.start), None)) is not None:
            # "3,300 arrested, of whom 2,640 remain in detention": some of the whole just told
            parent_of[id(m)] = whole
            m.parent = -1  # (set again from the mention it points at, below)
    # one person read twice, by a list and by a clause of their own ("The wounded included
    # three students and a teacher who was shot in the shoulder"): once (a parent stays)
    parents = {id(p) for p in parent_of.values()}
    seen: set[tuple[Outcome, int, int]] = set()
    kept = []
    for m in out:
        key = (m.outcome, m.figure.span.start, m.figure.span.end)
        if key in seen and m.parent is None and id(m) not in parents:
            continue
        seen.add(key)
        kept.append(m)
    out = kept
    # Figures that count no one after all: of a prior incident the story refers to
    # ("retaliation for a prior shooting that wounded X"), split over alternatives ("killed,
    # injured or captured"), in an open question, deaths of illness or accident, and a
    # bomber's "killing herself" beside the bomber counted as detonating.
    # "the body of a 30-year-old man who had been abducted ... was found": the dead man, not
    # one more taken (what befell him before is no fate of its own)
    bodies = [(m.figure.span.start, m.figure.span.end) for m in out
              if m.outcome == Outcome.KILLED and m.singular and
              m.figure.span.surface.lower().split()[:2] in (["the", "body"], ["body", "of"])]
    out = [m for m in out if not (
        m.singular and m.outcome in (Outcome.ABDUCTED, Outcome.MISSING, Outcome.ARRESTED) and
        any(a <= m.figure.span.start and m.figure.span.end <= b for a, b in bodies))]
    out = [m for m in out if not _prior_incident(toks, m.first) and not _either_or(toks, m)
           and not (m.outcome == Outcome.WOUNDED and (
               _IN_A_CRASH.match(text, m.end) or _IN_A_CRASH.search(text, m.start, m.end)))
           and not _animals_meant(text, sent, m) and not _a_breed(text, m)
           and not _collective_one(m)
           and not _building_evacuation(m)
           and not (m.outcome == Outcome.KILLED and _EPIDEMIC_KILLED.search(
               text, sent.start, m.start) is not None)
           and not _run_before(text, sent, m)
           and not _cause_of_protest(text, sent, m)]
    out = [m for m in out if not (m.outcome == Outcome.KILLED and _of_hunger(text, sent, m))
           and not _PLANTS_AFTER.match(text, m.figure.span.end)
           and not (m.outcome == Outcome.DISPLACED and not (m.figure.stated and
                                                             m.figure.best >= 10) and
                    _EVICTED.search(text, sent.start, sent.end))
           and not (not m.figure.stated and _fate_only_in_names(text, sent, m.outcome))]
    # (one tenant evicted is no displacement: "a tenant who was evicted shot the landlord")
    bomber = any(m.victims.actor == "suicide bombers" and m.extra for m in out)
    no_killing = _NOT_A_KILLING.search(text, sent.start, sent.end) is not None or \
        _DISASTER_WORD.search(text, sent.start, sent.end) is not None and \
        _DISASTER_CAUSE.search(text, sent.start, sent.end) is not None or \
        _AIR_CRASH.search(text, sent.start, sent.end) is not None and \
        _BROUGHT_DOWN.search(text, sent.start, sent.end) is None
    out = sorted((m for m in out if not _uncertain(toks, m.first) and not (
        _both_again(toks, m, out) or
        no_killing and m.outcome in (Outcome.KILLED, Outcome.WOUNDED) or
        m.outcome == Outcome.KILLED and bomber and _reflexive_figure(m))),
        key=lambda m: m.start)
    index = {id(m): i for i, m in enumerate(out)}
    for m in out:
        if m.parent is not None:
            m.parent = index.get(id(parent_of[id(m)]))
        state = _STATE_CAPTURED.search(text, sent.start, m.start) \
            if m.outcome == Outcome.ABDUCTED else None
        if state is not None and not _NON_STATE.search(text, sent.start, state.start()) and \
                not any(armed_group(w) for w in _NAMES_BEFORE.findall(
                    text, sent.start, state.start())):
            # (not "The Taliban claimed to have killed 8 ANA soldiers and captured 3 others")
            m.outcome = Outcome.ARRESTED  # "Troops killed three rebels and captured two others"
        if m.outcome == Outcome.ABDUCTED and (m.victims.actor or "").lower() in _WANTED and \
                any(t.lower == "captured" for t in toks[m.first:m.last + 1]):
            m.outcome = Outcome.ARRESTED  # '70 "terrorists" had been captured': the wanted,
            # taken by those who hunt them
    return _breakdown_after(toks, _dead_among_shot(out))


def _breakdown_after(toks: list[Token], ms: list[Mention]) -> list[Mention]:
    """ "Ten people were killed, six soldiers and four civilians": figures set after a
    whole, past a comma, joined by commas and "and", that add up to it, are its parts."""
    for i, m in enumerate(ms):
        if m.parent is not None or not m.figure.stated or \
                m.figure.qualifier != Qualifier.EXACT:
            continue
        items, total = [], 0
        for j in range(i + 1, len(ms)):
            x = ms[j]
            gap = toks[(ms[items[-1]].last if items else m.last) + 1:x.first]
            if x.outcome != m.outcome or x.parent is not None or not x.figure.stated or \
                    (not items and (not gap or gap[-1].text != ",")) or \
                    (items and not all(t.text == "," or t.lower == "and" for t in gap)):
                break
            items.append(j)
            total += x.figure.best
            if total >= m.figure.best:
                break
        if len(items) >= 2 and total == m.figure.best:
            for j in items:
                ms[j].parent = i
    return ms


# people captured by the forces that hunt them: an arrest
_WANTED = frozenset("terrorists terrorist suspects suspect attackers attacker gunmen gunman "
                    "assailants assailant kidnappers kidnapper bandits bandit fugitives fugitive "
                    "escapees escapee inmates inmate prisoners prisoner bombers bomber "
                    "militants militant insurgents insurgent jihadists jihadist "
                    "smugglers smuggler traffickers trafficker".split())


_SPEECH_AFTER = frozenset("said says told tells added adds stated confirmed".split())
_SERIES_WORDS = frozenset("another latest third fourth fifth sixth seventh eighth ninth tenth "
                          "second first last previous earlier recent".split())


# a state's forces capturing people: an arrest, not an abduction (the clause's subject only:
# "Insurgents captured 12 policemen" is one)
_STATE_CAPTURED = re.compile(
    r"\b(?:troops|soldiers|army|police|policemen|security\s+forces|military|gendarmes|"
    r"marines|commandos|special\s+forces|government\s+forces)\b[^.;]*\b(?:captured|"
    r"capturing|seized)\s+(?:\w+\s+){0,2}$", re.I)
_NAMES_BEFORE = re.compile(r"\b(?:al-|Al-)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
_NON_STATE = re.compile(r"\b(?:militants|rebels|insurgents|gunmen|jihadists|fighters|kidnappers|"
                        r"bandits|attackers|terrorists)\b", re.I)


# "a pedestrian was later hurt in a crash involving the suspects' car", "One man involved in
# the wreck was treated at a hospital": no violence's wound
_IN_A_CRASH = re.compile(r"\s+(?:[\w-]+\s+){0,2}?in\s+(?:a|the|an)\s+(?:[\w-]+\s+)?"
                         r"(?:crash|collision|wreck|(?:car|traffic|road|vehicle)\s+accident)\b",
                         re.I)
_TURNED_ON = re.compile(
    r"\bturn(?:ed|ing|s)?\s+the\s+(?:gun|weapon|rifle|shotgun|pistol|handgun|firearm)\s+on\s+"
    r"(himself|herself)\b|\bt(?:ook|aking)\s+(his|her)\s+own\s+life\b|"
    r"\bfatally\s+shot\s+[^.;]{1,60}?"
    r"\b(?:and|before)\s+(?:then\s+)?(himself|herself)\b|"
    # "shot and killed Cully before shooting himself"
    r"\bkill(?:ed|ing)\s+[^.;]{1,60}?\bbefore\s+(?:then\s+)?(?:shooting|killing)\s+"
    r"(himself|herself)\b|"
    # "killed his two daughters and then himself"
    r"\bkilled\s+(?:his|her)\s+[^.;]{1,40}?\band\s+then\s+(himself|herself)\b", re.I)


_DISASTER = (r"(?:earthquakes?|quakes?|floods?|flooding|landslides?|mudslides?|hurricanes?|"
             r"cyclones?|typhoons?|tornado(?:e?s)?|tsunamis?|avalanches?|heat\s?waves?|"
             r"lightning|(?:torrential|heavy|monsoon)\s+rains?|rainstorms?|downpours?)\b"
             r"(?!-)")  # (not "the earthquake-hit Sagaing region": a place, no cause)
_DISASTER_WORD = re.compile(_DISASTER, re.I)
# natural disasters as the cause: "the toll from the earthquake rose to 300", "floods killed"
_DISASTER_CAUSE = re.compile(
    r"\b(?:in|by|from|during|after)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?" + _DISASTER +
    r"|" + _DISASTER + r"\s+(?:that\s+)?(?:killed|kills|left|claimed|injured|hit|struck)\b|"
    # "Torrential rains swept through the camps, killing 11", "the earthquake, which killed
    # more than 3,700 people"
    + _DISASTER + r"[^.;]{0,80}?,\s+(?:killing|leaving|which\s+(?:killed|left|claimed))\b",
    re.I)
# Deaths of illness or accident, no killing, and an accident's injuries, no wounds: "died in
# late December from cancer"
_NOT_A_KILLING = re.compile(
    r"\b(?:died|dies|death|deaths|dead)\b[^.;]{0,40}?\b(?:of|from|due\s+to)\s+(?:an?\s+)?"
    r"(?:\w+\s+)?"
    r"(?:cancer|illness|disease|natural\s+causes|heart\s+attack|stroke|overdose|cholera|"
    r"malaria|measles|ebola|tuberculosis|diarrh(?:o)?ea|dehydration|"
    r"covid(?:-19)?|coronavirus|pneumonia|leukemia|tumou?r)\b|"
    # an epidemic's dead: "treated 1,460 patients with suspected cholera ..., 19 of whom
    # had died"
    r"\b(?:cholera|measles|malaria|ebola|diphtheria|meningitis|dengue|mpox)\b[^.;]{0,100}?"
    r"\bof\s+(?:whom|them)\s+(?:had\s+|have\s+)?died\b|"
    # a fire by mishap: "Three children died in a house fire" (not an arson attack)
    r"\b(?:in|by)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:house|apartment|home|building|kitchen|"
    r"electrical|accidental)\s+fire\b|"
    # "riders burnt a vehicle after a road accident that resulted in the death of one of
    # their colleagues"
    r"\b(?:road|traffic)\s+(?:accident|crash)\b|"
    # and of accidents: "the driver who killed a journalist in a road accident"
    r"\b(?:in|at)\s+(?:a|an|the)\s+(?:road|car|traffic|motor\s+vehicle|workplace|"
    r"two-car|two-vehicle|single-vehicle|multi-vehicle)\s+(?:accident|crash|collision)\b|"
    # "was injured when a mail truck drove off the road", "was killed when his vehicle
    # collided with a tree"
    r"\bwhen\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:car|truck|vehicle|van|bus|suv|"
    r"motorcycle|pickup)\s+(?:drove\s+off|went\s+off|veered\s+off|ran\s+off|overturned|"
    r"rolled\s+over|flipped|collided\s+with\s+(?:a|an)\s+(?:tree|pole|utility\s+pole|wall|"
    r"guardrail|barrier|ditch|train))\b",
    re.I)
# an aircraft's crash, by mishap: "A helicopter that crashed in the East River, killing all
# five passengers" (not one shot down: "a helicopter crashed after it was hit by a missile")
_AIR_CRASH = re.compile(r"\b(?:helicopter|plane|aircraft|airplane|airliner|jet|chopper|"
                        r"seaplane|glider|balloon)\s+(?:that\s+|which\s+)?(?:crashed|crash-landed|"
                        r"went\s+down)\b|\b(?:helicopter|plane|air)\s+crash\b", re.I)
_BROUGHT_DOWN = re.compile(r"\b(?:shot|brought|downed|down\s+by|hit\s+by|struck\s+by|missile|"
                           r"rocket|fire|attack|attacked|targeted|gunmen|militants|insurgents|"
                           r"rebels|bomb|explosion|exploded)\b", re.I)
_OPEN_QUESTION = frozenset(("whether", "if", "possible", "perhaps", "maybe", "thought"))
_NEW_CLAUSE = frozenset("that which who whom where said says , ; : but".split())


def _reflexive_figure(m: Mention) -> bool:
    return m.figure.span.surface.lower() in ("himself", "herself", "themselves")


# "The attack occurred after days of clashes ... in which 8 armed individuals have died"
_RUN_BEFORE = re.compile(
    r"\b(?:after|follow(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?(?:days|weeks|months|years)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:clashes|fighting|violence|unrest|protests|attacks|battles|"
    r"hostilities)\b[^.;]{0,100}?\b(?:in|during)\s+which\b", re.I)


# "inhabitants attacked police officers after two children were killed", "relatives
# protested after more than 40 prisoners were killed": an earlier killing, the cause
_AFTER_CAUSE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied)|riot\w*|vigil|sit-in|set\s+(?:ablaze|alight|"
    r"fire\s+to)|torch(?:ed)?|blocked\s+(?:police|the\s+police|roads?)|attacked\s+(?:police|"
    r"the\s+police))\b[^.;]{0,200}?\bafter\b", re.I)


def _cause_of_protest(text: str, sent: Sentence, m: Mention) -> bool:
    """A killing told after "after" in a sentence about a protest or riot it set off."""
    return _AFTER_CAUSE.search(text, sent.start, m.start) is not None


def _run_before(text: str, sent: Sentence, m: Mention) -> bool:
    """A figure of the run of violence the event came after, not of the event."""
    hit = _RUN_BEFORE.search(text, sent.start, m.start)
    return hit is not None and m.start - hit.end() < 60


_UNSPECIFIED = frozenset("others other more them".split())
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)
_WORD = re.compile(r"\b[a-z]+\b")


# "A German shepherd was shot": a dog, though a shepherd alone is a person
_BREED = re.compile(r"\b(?:German|Australian|Anatolian|Belgian)\s+shepherds?\s*$", re.I)


_EVICTED = re.compile(r"\bevict", re.I)
# an institution named for the missing or the taken: "Bosnia's Missing Persons Institute",
# "the office for abducted Yazidis"
_FATE_NAMED = re.compile(
    r"\b(?-i:Missing|Disappeared|Abducted|Kidnapped)\s+(?-i:Persons|People)\b|"
    r"\b(?:office|institute|commission|committee|unit|department|directorate|bureau|cent(?:re|er)"
    r"|agency|council|foundation|association)\s+(?:for|on|of)\s+(?:the\s+)?(?:search\s+for\s+"
    r"(?:the\s+)?)?(?:missing|abducted|kidnapped|disappeared)\b", re.I)
_TAKEN_OR_GONE_WORDS = {Outcome.MISSING: re.compile(r"\b(?:missing|disappeared)\b", re.I),
               Outcome.ABDUCTED: re.compile(r"\b(?:abducted|kidnapped)\b", re.I)}


def _fate_only_in_names(text: str, sent, outcome: Outcome) -> bool:
    """Whether every word of a fate in the sentence is inside an institution's name ("a
    spokesman for Bosnia's Missing Persons Institute"): one person counted by it is none."""
    words = _TAKEN_OR_GONE_WORDS.get(outcome)
    if words is None:
        return False
    named = [(m.start(), m.end()) for m in _FATE_NAMED.finditer(text, sent.start, sent.end)]
    found = list(words.finditer(text, sent.start, sent.end))
    return bool(named) and bool(found) and all(
        any(a <= w.start() < b for a, b in named) for w in found)
_OF_WHOM_BEFORE = re.compile(r"\bof\s+whom\s+$", re.I)
# plants counted, no people: "uprooted 450 Palestinian-owned vine seedlings", "destroyed
# 900 olive trees"
_PLANTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:trees?|seedlings?|saplings?|vines?|"
                           r"plants|crops|orchards?)\b", re.I)


def _both_again(toks: list[Token], m: Mention, found: list[Mention]) -> bool:
    """ "The owner and his wife were both hurt": "both" after the auxiliary counts again the
    two people of the subject just counted (not "They were both shot": no one else)."""
    if m.figure.span.surface.lower() != "both" or m.first == 0 or \
            toks[m.first - 1].lower not in L.AUX:
        return False
    return any(o is not m and o.outcome == m.outcome and o.figure.value == 2 and
               o.first < m.first <= o.first + 12 and
               o.figure.span.end <= toks[m.first - 1].start for o in found)


def _collective_one(m: Mention) -> bool:
    """ "17 students and staff were killed": a collective noun with no number is no one
    person (its people are counted with the number, or not told)."""
    return not m.figure.stated and m.figure.value == 1 and \
        m.figure.span.surface.lower().split()[-1:] in (["staff"], ["personnel"])


def _a_breed(text: str, m: Mention) -> bool:
    """Whether the victims' noun is a dog breed named like a person ("a German shepherd")."""
    span = m.victims.span or m.figure.span
    return span is not None and _BREED.search(text, max(0, span.end - 40), span.end) is not None


def _animals_meant(text: str, sent: Sentence, m: Mention) -> bool:
    """ "two aggressive pit bull dogs ... A deputy shot and killed one of them": a figure that
    points back without naming a kind of victim ("one of them", "five others", "both")
    counts the animals the sentences before named last, when they named no kind of person
    after them."""
    span = m.victims.span
    words = m.figure.span.surface.lower().split()
    if not (span is not None and span.surface.split()[-1].lower() in _UNSPECIFIED or
            # '"They killed her in our own yard," the owner said': the dog shot before
            not m.figure.stated and words in (["her"], ["him"], ["she"], ["he"], ["it"]) or
            span is None and (m.figure.span.surface.lower() == "both" or
                              _OF_THEM.match(text, m.figure.span.end)) or
            # "The 2-year-old boxer later died": a noun taken for a person only by its
            # ending, pointing back with "the"
            not m.figure.stated and len(words) > 1 and words[0] == "the" and
            words[-1] not in L.VICTIM_NOUNS and words[-1] not in _PERSON_EXTRA and
            not words[-1].endswith("year-old")):
        return False
    last_animal = last_person = -1
    for w in _WORD.finditer(text, max(0, sent.start - 400), sent.start):
        if w.group() in L.ANIMALS:
            last_animal = w.start()
        elif w.group() in L.VICTIM_NOUNS:
            last_person = w.start()
    # (and its own sentence's victims before it: "killed nine people and abducted 23
    # others" after bandits who "steal cattle" are people; not its doers, "A deputy shot
    # and killed one of them")
    verb = next((t for t in m.tokens[:m.first] if t.lower in L.BEFORE), None)
    if verb is not None and any(w.group() in L.VICTIM_NOUNS for w in _WORD.finditer(
            text, verb.end, m.figure.span.start)):
        return False
    return last_animal > last_person


# deaths of hunger or cold, which a count of violence keeps apart: "died of malnutrition and
# starvation", "13 deaths attributed to malnutrition", "starvation-related causes", "died of
# hypothermia in tents"
_HUNGER = re.compile(r"\b(?:died|dies?|dying|deaths?|dead)\b[^.;]{0,40}?\b(?:of|from|due\s+to|"
                     r"attributed\s+to|caused\s+by)\s+(?:[\w-]+\s+){0,2}?(?:malnutrition|"
                     r"starvation|hunger|famine|hypothermia|dehydration|the\s+cold)\b|"
                     r"\b(?:malnutrition|starvation|hunger|famine)[- ]related\b", re.I)
_VIOLENCE = re.compile(r"\b(?:killed|killing|kills|shot|shooting|gunfire|fire|strikes?|struck|"
                       r"shelling|bomb\w*|attack\w*|raids?|drones?|wounded|injured|fighting|"
                       r"clashes|combat|violence)\b", re.I)


def _of_hunger(text: str, sent: Sentence, m: Mention) -> bool:
    """Whether a toll of deaths is of hunger or cold, not of violence: a hunger word near
    the figure with no word of violence between them (not "killed 89 people in strikes,
    while 15 died of malnutrition" for the 89)."""
    for cue in _HUNGER.finditer(text, sent.start, sent.end):
        a, b = sorted((cue.start(), m.figure.span.start))
        if b - a <= 160 and not _VIOLENCE.search(text, a, b) and \
                not _VIOLENCE.search(text, m.figure.span.end, min(sent.end,
                                                                 m.figure.span.end + 25)) and \
                not _VIOLENCE.search(text, max(sent.start, m.figure.span.start - 30),
                                     m.figure.span.start):
            return True
    return False


# an epidemic's toll, no killing: "A cholera outbreak that erupted in April has killed more
# than 2,200 people", "an Ebola outbreak ..., which has killed 1,440 people"
_EPIDEMIC_KILLED = re.compile(
    r"\b(?:cholera|ebola|measles|malaria|covid(?:-19)?|coronavirus|dengue|diphtheria|"
    r"meningitis|polio|plague|typhoid|mpox|epidemic|pandemic|outbreak)\b[^.;]{0,80}?"
    r"\b(?:killed|claimed|kills|claims)\s+(?:the\s+lives\s+of\s+)?(?:more\s+than\s+|over\s+|"
    r"at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.I)
# what people are evacuated from or to for hours, not from their homes: "students were
# evacuated to a nearby sports hall", "residents of nearby buildings were evacuated during
# the siege"
_BUILDINGS = frozenset(
    "school schools building buildings hall halls gym gymnasium stadium mall office offices "
    "airport terminal station church mosque synagogue hotel embassy store supermarket theatre "
    "theater cinema campus classroom classrooms hospital block blocks tower courthouse "
    "siege standoff stand-off precaution lockdown".split())


def _building_evacuation(m: Mention) -> bool:
    """An evacuation from or to a building, or during a siege: people out of the way for
    hours, no one displaced."""
    if m.outcome != Outcome.DISPLACED:
        return False
    toks = m.tokens
    at = next((i for i in range(m.first, min(len(toks), m.last + 1))
               if toks[i].lower == "evacuated"), None)
    if at is None:
        return False
    stop = next((i for i in range(at + 1, len(toks)) if toks[i].text in (",", ";", ".")),
                len(toks))
    if at + 1 < len(toks) and toks[at + 1].lower in ("to", "into") and \
            not any(t.lower in _BUILDINGS for t in toks[m.first:at]) and \
            any(t.lower in _HOMES_LEFT for t in toks[m.first:at]):
        # "1,460 residents of three villages had been evacuated to schools in Batken": out
        # of their homes, into shelters
        return False
    return any(t.lower in _BUILDINGS for t in toks[m.first:min(stop, at + 10)])




def _prior_incident(toks: list[Token], first: int) -> bool:
    """ "a prior shooting that wounded X", "the previous attack, which killed 5": a figure of
    an earlier incident the story refers to."""
    for i in range(max(0, first - 8), first):
        if toks[i].lower in ("prior", "previous") and i + 1 < len(toks) and \
                toks[i + 1].lower in _INCIDENTS:
            return True
    # "Since the Valentine's Day school shooting in Parkland, that killed 17 students, there
    # have been a dozen threats": an earlier case that dates the story's news
    for i in range(first - 1, max(-1, first - 24), -1):
        if toks[i].text in (";", ":"):
            return False
        if toks[i].lower == "since" and i + 1 < first and \
                toks[i + 1].lower in ("the", "a", "an", "last", "that"):
            between = toks[i + 2:first]
            return any(t.lower in _INCIDENTS for t in between) and \
                any(t.lower in ("that", "which") for t in between)
    return False


_INCIDENTS = frozenset("shooting attack incident stabbing bombing raid ambush clash massacre "
                       "shootings attacks bombings massacres rampage explosion blast".split())


# Fleeing that is displacement: from homes or from the fighting, or forced (not "two men fled
# the scene", "the suspects fled the area")
_FLED_FROM = (r"(?:(?:their|his|her|the)\s+)?(?:homes?|fighting|violence|clashes|conflict|war|"
              r"offensive|attacks?|bombardment|shelling)\b")
_FLED = re.compile(
    r"\s*(?:(?:have|has|had|were|was)\s+)?(?:(?:been|reportedly|now|since|already)\s+)?"
    r"(?:(?:fled|fleeing|deserted|deserting|abandoned)\s+" + _FLED_FROM +
    r"|(?:been\s+)?forced\s+(?:to\s+flee\b|"
    r"(?:from|out\s+of)\s+(?:their|his|her)\s+homes?\b)|"
    # "more than 3 million people have been driven from their homes"
    r"(?:been\s+)?driven\s+(?:from|out\s+of)\s+(?:their|his|her)\s+homes?\b)", re.I)
_RESIDENTS = frozenset("residents villagers families households civilians people persons "
                       "inhabitants nationals refugees".split())
# people who leave homes when they are evacuated (the residents, not any people)
_HOMES_LEFT = _RESIDENTS - frozenset("civilians people persons nationals refugees".split())
# ("fled Dikwa", "fled to the town of Bunia", "crossed into neighbouring Chad", "have taken
# shelter", "fled or were expelled": the people counted, ten or more, only)
# people who found shelter, told so ("about 600 took refuge in Macomia town", "about 1,100
# are sheltering in a school", "Some 35,000 of them have crowded into schools and churches")
_SHELTERED = (r"(?:taken|took|sought|found|seeking|taking)\s+(?:shelter|refuge)\b|"
              r"(?:(?:are|were|is|was)\s+)?sheltering\s+(?:in|at|inside|with)\b|"
              # (not "home to around 14,000 people crammed into half a square kilometre")
              r"(?:have|has|had)\s+(?:since\s+)?(?:crowded|packed|crammed)\s+into\b|"
              # "more than 300,000 people are in temporary shelters", "some 98,000 people are
              # staying in 162 displacement sites", "8,000 people remain in shelters",
              # "57,000 people continue to live in relief camps", "had been moved to about 400
              # temporary shelters"
              r"(?:(?:are|were|is|was|remain|remained|remains)\s+(?:now\s+|still\s+)?"
              r"(?:staying\s+|living\s+|housed\s+)?in|continue\s+to\s+(?:live|stay)\s+in|"
              r"(?:been\s+)?(?:moved|relocated|evacuated)\s+to)\s+(?:(?:about|some|around|"
              r"nearly|more\s+than)\s+)?(?:\d[\d,]*\s+)?(?:temporary\s+|evacuation\s+|"
              r"emergency\s+|relief\s+|displacement\s+|IDP\s+|makeshift\s+)?(?:shelters|camps|"
              r"displacement\s+sites|sites|evacuation\s+cent(?:re|er)s|cent(?:re|er)s)\b")
# where the displaced came from, between them and their verb: "from Mugi", "of five villages
# in Gome", "of Kukum and Burns Creek"
_WHENCE = re.compile(r"\s*(?:(?:from|of)\s+(?:(?:the|two|three|four|five|six|several|\d+)\s+)?"
                     r"(?:(?:border\s+)?villages?\s+(?:of|in|near)\s+)?|and\s+|,\s+)"
                     r"(?-i:[A-Z])[\w'\u2019-]*(?:(?:,\s+|\s+(?:and\s+)?)(?-i:[A-Z])[\w'\u2019-]*)"
                     # ("of border villages in Surin, Sisaket and Buriram provinces")
                     r"{0,3}(?:\s+(?:provinces|districts|regions|counties|states))?")
_SHELTERED_AT = re.compile(r"\s*(?:(?:have|has|had|are|were)\s+(?:(?:since|now|already|"
                           r"been)\s+)?)?(?:" + _SHELTERED + ")", re.I)
_FLED_PLACE = re.compile(r"\s*(?:(?:have|has|had|were|was)\s+)?(?:(?:reportedly|since|already|"
                         r"now|been)\s+)?(?:(?:fled|fleeing|left|moved|relocated|deserted)\s+"
                         r"(?:(?:to|towards?|into|across|in\s+the\s+direction\s+of)\s+)?"
                         r"(?:the\s+|"
                         r"their\s+|neighbou?ring\s+|nearby\s+|the\s+nearby\s+|surrounding\s+|"
                         r"the\s+surrounding\s+)?(?:(?:two|three|four|five|several|both|"
                         r"affected|\d+)\s+)?(?:(?:evacuation|temporary|displacement|"
                         r"relief|makeshift|county|district|state|mining|gold|"
                         # ("fled the Dabia area")
                         r"(?-i:[A-Z])[\w'\u2019-]+)[ \t]+)?(?:(?:village|villages|"
                         r"town|towns|area|city|communit(?:y|ies)|settlements?|headquarters|"
                         r"accommodation|housing|"
                         r"region|district|locality|camps?|neighbourhood|neighborhood|homes?|"
                         r"cent(?:re|er)s|shelters?|bush|forests?|hills|mountains|border|"
                         r"countries)\b|"
                         r"(?-i:[A-Z])\w+)|"
                         r"fled\s+or\s+were\s+(?:expelled|driven\s+out)\b|"
                         # "Hundreds of thousands of Nicaraguans have since gone into exile"
                         r"(?:gone|went|fled|go)\s+into\s+exile\b|"
                         # "about 6,000 residents fled to the grounds of the UN base"
                         r"fled\s+to\s+(?:the\s+grounds\s+of\s+)?(?:an?|the)\s+(?:[\w-]+\s+)"
                         r"{0,2}?(?:base|compound|church|mosque|school|cathedral|parish|"
                         r"monastery)s?\b|"
                         # "Tens of thousands of people fled north", "fled abroad"
                         r"(?:fled|moved)\s+(?:further\s+)?(?:north|south|east|west|"
                         r"north-?east|north-?west|south-?east|south-?west|"
                         r"(?:north|south|east|west)wards?|abroad|inland)\b|"
                         # "about 1,500 residents had fled, officials said"
                         r"fled(?:\s+again)?(?=\s*(?:[,.;]|$|and\b|since\b|after\b|amid\b))|crossed\s+(?:[\w-]+\s+)"
                         r"{0,4}?into\s+(?:neighbou?ring\s+)?(?:(?-i:[A-Z])\w+|countries\b)|entered\s+(?:the\s+country|"
                         r"(?-i:[A-Z])\w+)|" + _SHELTERED + ")", re.I)
# ("More than 500 families arrived in Macomia after fleeing the attacks", "More than 9,000
# people have arrived in the town of Kaya ..., after armed men attacked several villages":
# the people counted, ten or more, only)
_ARRIVED_FLEEING = re.compile(r"\s*(?:(?:have|has|had)\s+)?(?:arrived|reached|poured)\b"
                              r"(?:[^.;:]{0,60}?\b(?:after|having)\s+(?:fleeing|fled)\b|"
                              # "had arrived in El Obeid over the past week from villages in
                              # Bara, fleeing the militia's violations"
                              r"[^.;:]{0,100}?,\s+fleeing\b|"
                              r"\s+(?:in|at|into)\s+[^.;:]{0,80}?\b(?:after|following|amid)\s+"
                              r"[^.;:]{0,40}?\b(?:attack\w*|fighting|violence|clashes|raids?|"
                              r"offensive|assaults?)\b|"
                              # "about 6,500 people had arrived at the Anyiin camp"
                              r"\s+(?:at|in|into)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:camps?|displacement\s+sites?|IDP\s+sites?)\b)", re.I)
_FLED_ASIDE = re.compile(r",\s*or\s+(?:[^,.;]|(?<=\d)[,.](?=\d)){1,40},|"
                         # "About 1,500 residents of Thayet Pin Kan and two nearby villages
                         # have since fled", "people from Sin Swe and five surrounding villages"
                         r"\s*(?:(?:of|from)\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,4})?and\s+"
                         r"(?:\w+\s+){1,2}(?:villages|communities|towns|settlements|"
                         r"hamlets)(?=\s+(?:have|has|had|were|was|fled)\b)|"
                         # "over 3,000 residents of the two communities had fled"
                         r"\s*of\s+(?:the\s+|both\s+)?(?:[\w-]+\s+){0,2}?(?:villages?|"
                         r"communit(?:y|ies)|towns?|areas?|camps?|city|district)"
                         r"(?=\s+(?:have|has|had|were|was|fled)\b)|"
                         # "about 3,000 people from Mafa had arrived at camps in Maiduguri"
                         r"\s+from(?:\s+(?-i:[A-Z])[\w'\u2019-]+){1,3}"
                         r"(?=\s+(?:have|has|had|were|was)\b)|"
                         r"\s+who\s+[^,.;]{1,60}?(?=\s+(?:have|has|had|were|was)\s+(?:\w+\s+)?"
                         r"(?:fled|been\s+forced)\b)|"
                         # "More than 300 miners and their families have since fled"
                         r"\s*and\s+(?:their|his|her)\s+famil(?:y|ies)"
                         r"(?=\s+(?:have|has|had|were|was|fled)\b)", re.I)
# a rival teller's bare figure at a sentence's end: "while the army said 12", "while the
# national police, which uses a different methodology, reported 1,098"
_RIVAL_SAID = frozenset("said says claimed claims reported reports acknowledged acknowledges "
                        "counted counts recorded records confirmed".split())
# a sentence about the rest of a toll told before: "Most have gone to Tawila, but ..."
_MOST_OF_THEM = re.compile(r"\s*(?:Most|Many|The\s+(?:majority|rest|others)|Others)\s+"
                           r"(?:of\s+(?:them|those)\s+)?[a-z]+\b")
# what drives people out: "forced 5,000 people to flee", "prompted some 8,000 people to flee"
_DROVE = frozenset("forced forcing forces prompted prompting prompts caused causing causes "
                   "drove driving pushed pushing".split())
# a share of a toll told before: "(accounted for) 61 of the dead", "371 of the deaths",
# "Guayas province accounted for 4,120 of the victims"
_SHARE_OF = re.compile(r"\s+of\s+(?:the|those|all)\s+(?:civilian\s+)?(dead|deaths|victims|"
                       r"killed|killings|homicides|murders|fatalities|wounded|injured|injuries|"
                       r"casualties)\b", re.I)
_RESPONSIBLE_FOR = re.compile(r"\b(?:accounted|accounts|account|accounting|responsible|blamed)"
                              r"\s+for\s+"
                              r"(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least)"
                              r"\s+)?$", re.I)
# the head of a ranking: "recorded the most murders of any province with 1,598", "the state
# with the most murders, with 2,133 victims", "the highest number of deaths at 41"
_RANKED_KINDS = {"murders": Outcome.KILLED, "deaths": Outcome.KILLED, "killings": Outcome.KILLED,
                 "homicides": Outcome.KILLED, "fatalities": Outcome.KILLED,
                 "kidnappings": Outcome.ABDUCTED, "abductions": Outcome.ABDUCTED}


def _ranked_first(toks: list[Token], first: int, j: int) -> Outcome | None:
    """The fate a ranking's first figure counts, when the figure (after "with" or "at") ends
    a clause that names the most of a kind: "recorded the most murders of any province with
    1,598"."""
    if first < 4 or toks[first - 1].lower not in ("with", "at", ","):
        return None  # (", 134": "recorded the highest number of murders this year, 134")
    if j < len(toks) and toks[j].text[:1].isalpha() and toks[j].lower not in (
            "victims", "and", "so", "this", "in", "during", "over", "followed", "last"):
        return None  # (a noun of its own follows: another reading)
    window = [t.lower for t in toks[max(0, first - 18):first - 1]]
    for k, w in enumerate(window):
        if w in _RANKED_KINDS and k > 0 and (
                window[k - 1] in ("most", "highest") or
                window[k - 1] == "of" and k > 2 and window[k - 3:k - 1] in (
                    ["highest", "number"], ["largest", "number"], ["most", "number"])):
            return _RANKED_KINDS[w]
    return None


_KINDS_OF_DEATHS = frozenset("homicides murders deaths killings fatalities femicides".split())
# the kinds of deaths that are violence's (not "traffic deaths", "overdose deaths"), told
# in one or two words (nor "two shooting deaths", which a GVA text counts a year back)
_VIOLENT_KINDS = frozenset("domestic gang gang-related drug-related violence violent "
                           "intentional knife stabbing criminal political ethnic "
                           "sectarian".split())
# and one word of these before "deaths" or "killings" ("4,812 violent deaths", "gun deaths")
_DEATH_KINDS = frozenset("violent homicide murder gun gunshot firearm".split())


def _act_outcome(m: re.Match) -> Outcome:
    """The fate of the people an act struck, by the groups of _VICTIMS_OF and _COUNTED_ACTS:
    "kidnappings" took them, "nonfatal shootings" hurt them, the rest killed them."""
    groups = m.groupdict()
    return Outcome.ABDUCTED if groups.get("taken") else \
        Outcome.WOUNDED if groups.get("hurt") else \
        Outcome.ARRESTED if groups.get("held") else \
        Outcome.MISSING if groups.get("gone") else Outcome.KILLED


def _counts(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a count ("14 fatal shootings", "two dozen"), not a year or a day
    ("the 2016 fatal shooting", "the Dec. 24 fatal stabbing")."""
    w = toks[k].lower
    if w.isdigit():
        return int(w) < 1900 and not (k > 0 and toks[k - 1].lower.rstrip(".") in (
            L.MONTHS | L.MONTH_ABBREVS))
    return word_value(w) is not None or w in ("dozen", "dozens")


def _kind_of_death(toks: list[Token], j: int) -> int | None:
    """The head of the deaths of a kind told after a number, from toks[j]: "violent deaths",
    "homicide victims" (not "two gunshot victims were located": shot, dead or not), "domestic
    violence homicides", "gang-related killings"; None if none."""
    if j + 1 < len(toks) and toks[j].lower in _DEATH_KINDS and (
            toks[j + 1].lower in ("deaths", "killings") or
            toks[j + 1].lower == "victims" and toks[j].lower in ("homicide", "murder")):
        return j + 1
    kind = next((i for i in range(j + 1, min(len(toks), j + 3))
                 if toks[i].lower in _KINDS_OF_DEATHS), None)
    if kind is not None and all(t.lower in _VIOLENT_KINDS for t in toks[j:kind]):
        return kind
    return None
# the law's people, who capture suspects, not towns
_LAW = frozenset("police policemen officers officer deputies deputy agents marshals troopers "
                 "detectives sheriff sheriff's".split())
# the work of volunteers who are no fighters: "evacuation volunteers", "Red Crescent volunteers"
_AID_WORK = frozenset("evacuation rescue aid relief humanitarian medical health crescent cross "
                      "ambulance civil".split())


def _a_place(word: str) -> bool:
    """Whether a capitalised word is a place known well enough to be one ("Aleppo", "Idlib"):
    a country, a first division or a town of 100,000 people or more."""
    return word[:1].isupper() and any(
        gazetteer.normalize(e.name) == gazetteer.normalize(word) and (
            e.kind != gazetteer.CITY or e.population >= 100_000)
        for e in gazetteer.lookup(word))


def _gone(text: str, at: int) -> re.Match | None:
    """Some of the displaced told by where they went, from `at`: "(of them) have crowded into
    schools", "have crossed into neighbouring countries", "(who) have fled abroad"."""
    return _FLED.match(text, at) or _FLED_PLACE.match(text, at) or _SHELTERED_AT.match(text, at)


def _people_in_aside(text: str, toks: list[Token], aside: re.Match
                     ) -> tuple[Figure, Victims] | None:
    """The people counted in an aside after families: ", or some 8,000 people,"."""
    at = next((i for i, t in enumerate(toks) if aside.start() <= t.start < aside.end() and
               (t.text[:1].isdigit() or t.lower in UNITS)), None)
    found = figure_at(toks, at, text) if at is not None else None
    if found is None or found[2] + 1 >= len(toks) or \
            toks[found[2] + 1].lower not in ("people", "persons", "individuals", "residents"):
        return None
    noun = found[2] + 1
    return found[0], _victims(toks, noun, None, noun, noun + 1, text)


_FLEE_AFTER = re.compile(r"\s*(?:,\s*or\s+[^,.;]{0,30},\s*)?"
                         r"(?:(?:from|out\s+of)\s+[^.;,]{0,50}?\s+)?(?:to\s+(?:flee|evacuate|seek\s+(?:shelter|refuge))\b|"
                         r"(?:from|out\s+of)\s+(?:their|his|her)\s+homes?\b)", re.I)
# ("forced 5,000 people to flee", "forced about 40 families from two villages to seek shelter",
# "forced some 230 families, or around 900 people, from three villages to evacuate")


_RAISED = frozenset("toll revised raised rose risen climbed jumped increased went gone "
                    "upped".split())


def _either_or(toks: list[Token], m: Mention) -> bool:
    """A figure whose verb is one of alternatives: "killed, injured or captured", "killed
    or injured (a) total of 4"."""
    if m.singular:
        return False
    for k in range(max(0, m.first - 6), min(len(toks) - 2, m.last + 2)):
        if toks[k].lower in L.AFTER or toks[k].lower in L.BEFORE:
            i = k + 1
            while i + 1 < len(toks) and toks[i].text == "," and (
                    toks[i + 1].lower in L.AFTER or toks[i + 1].lower in L.BEFORE):
                i += 2
            if i + 1 < len(toks) and toks[i].lower == "or" and (
                    toks[i + 1].lower in L.AFTER or toks[i + 1].lower in L.BEFORE):
                return True
            if i == k + 1 and i + 1 < len(toks) and toks[i].lower == "and" and \
                    {_HURT_KIND.get(toks[k].lower), _HURT_KIND.get(toks[i + 1].lower)} == {
                        Outcome.KILLED, Outcome.WOUNDED} and i + 1 < m.first:
                # "its fighters had killed and wounded 20 militiamen": the dead and hurt told
                # as one number, neither's count (the passive "7 militants were killed and
                # wounded" stays the dead's, as ACLED's notes code it)
                return True
    return False


# verbs that tell the dead or the hurt, both ways round ("killed and wounded 20")
_HURT_KIND = {w: o for w, o in {**L.AFTER, **L.BEFORE}.items()
              if o in (Outcome.KILLED, Outcome.WOUNDED) and w.endswith("ed")}


def _uncertain(toks: list[Token], first: int) -> bool:
    """An open question earlier in the clause: "it was unclear whether any of the six
    suspects were injured", "asked if she was hurt", "it's possible a person was shot",
    "he thought he had been shot" count no one."""
    for i in range(first - 1, max(-1, first - 13), -1):
        if _opens_question(toks, i):
            # "whether it was a double suicide or a murder-suicide": dead either way
            return not any(t.lower == "or" for t in toks[i + 1:first + 12])
        if toks[i].lower in _NEW_CLAUSE:
            return False
    return False


def _opens_question(toks: list[Token], i: int) -> bool:
    w = toks[i].lower
    if w != "possible":
        return w in _OPEN_QUESTION
    # "it's possible (that) a person was shot", not "a possible dispute left two dead"
    return i > 0 and toks[i - 1].lower in ("is", "was", "'s", "\u2019s", "it's", "it\u2019s") \
        or i + 1 < len(toks) and toks[i + 1].lower == "that"


def _suicide(text: str, sent: Sentence, toks: list[Token],
             found: list[Mention]) -> list[Mention]:
    """ "shot his wife before turning the gun on himself", "took his own life", "fatally
    shot his wife and then himself": the killer's own death, counted apart from his
    victims' (pipeline totals: the "self" group)."""
    if any(m.outcome == Outcome.KILLED and m.figure.span.surface.lower() in
           ("himself", "herself") for m in found):
        return []
    m = _TURNED_ON.search(text, sent.start, sent.end)
    if m is None or _survived(text, sent, limbs=False) or re.search(
            r"\b(?:survived|attempted|tried)\b", text[sent.start:sent.end], re.I):
        return []
    g = next(i for i in range(1, 6) if m.group(i))
    a, b = m.start(g), m.end(g)
    k = next((i for i, t in enumerate(toks) if t.start == a), None)
    if k is None:
        return []
    fig = Figure(1, Qualifier.EXACT, 1, 1, 1, Span.of(text, a, b), stated=False)
    return _dead(toks, sent, fig, k, k)


# the arrest verbs that follow a wound: "was injured and apprehended"
_HELD = frozenset(w for w, o in L.AFTER.items() if o == Outcome.ARRESTED and w.endswith("ed"))


def _hurt_and_held(toks: list[Token], found: list[Mention]) -> list[Mention]:
    """ "A suspect was injured and apprehended", "Two gunmen were shot and arrested",
    "Three suspects were wounded and taken into custody": the wounded are arrested too, a
    second claim of the same people (none when an arrest is already read there)."""
    out = []
    n = len(toks)
    for m in found:
        if m.outcome != Outcome.WOUNDED or m.parent is not None:
            continue
        k = m.last + 1
        if k >= n or toks[k].lower != "and":
            continue
        k += 1
        while k < n and toks[k].lower in ("later", "then", "subsequently", "was", "were",
                                          "also", "quickly", "immediately"):
            k += 1
        if k < n and toks[k].lower in _HELD:
            last = k
        elif [t.lower for t in toks[k:k + 3]] == ["taken", "into", "custody"]:
            last = k + 2
        else:
            continue
        if any(f.outcome == Outcome.ARRESTED and f.first <= last and f.last >= m.first
               for f in found):
            continue
        out.append(_mention(Outcome.ARRESTED, m.figure, m.victims, m.sentence, m.first, last,
                            toks, singular=m.singular))
    return out


def _dead_among_shot(ms: list[Mention]) -> list[Mention]:
    """ "The shooting of five people left two dead": a smaller death count after a weak
    count of people shot in the same sentence is among them (see pipeline totals)."""
    for i, m in enumerate(ms):
        if m.outcome != Outcome.KILLED or m.parent is not None or m.singular:
            continue
        shot = next((p for p in range(i - 1, -1, -1) if ms[p].weak and not ms[p].singular
                     and ms[p].figure.best > m.figure.best), None)
        if shot is not None:
            m.parent = shot
    return ms


# --- numbers ---------------------------------------------------------------------------

_PARENTS = frozenset("father mother parent dad mom mum grandfather grandmother".split())
_PLACES_OF_PEOPLE = frozenset(
    "school city town village community population county district nation country state "
    "camp neighborhood neighbourhood suburb island prison jail university college "
    "congregation".split())
_MONTH_WORDS = L.MONTHS | L.MONTH_ABBREVS


def _not_a_count(toks: list[Token], first: int, last: int, fig: Figure) -> bool:
    """Years, times, ages, addresses, money: numbers that count no people."""
    nxt = toks[last + 1].lower if last + 1 < len(toks) else ""
    nxt2 = toks[last + 2].lower if last + 2 < len(toks) else ""
    prev = toks[first - 1].lower if first > 0 else ""
    if prev in ("a", "an") and fig.qualifier == Qualifier.RANGE and \
            " " not in fig.span.surface:
        return True  # "a 7-11 clerk": a name, no count
    if any(toks[i].lower == "defined" and toks[i + 1].lower == "as"
           for i in range(max(0, first - 5), first - 1)):
        return True  # "mass shootings, defined as the killing of three or more people"
    if fig.span.surface.lower().endswith(" or more") and first > 1 and (
            prev == "of" and toks[first - 2].lower in _KINDS_OF_ACTS or
            prev == "which" and toks[first - 2].lower == "in" and any(
                t.lower in _KINDS_OF_ACTS for t in toks[max(0, first - 9):first - 2])):
        return True  # "massacres - killings of three or more people", "38 incidents in which
        # three or more people were shot dead", "any shooting in which four or more people
        # are shot": what a kind of act is, no one counted
    if nxt in (":", "%", "a.m", "p.m", "am", "pm") or nxt in ("-",) and nxt2.startswith(
        ("year", "month", "week", "day", "hour", "minute", "km", "mile", "storey", "story")
    ):
        return True
    if prev in ("$", "\u20ac", "\u00a3", "no", "number", "route", "highway", "aged", "age",
                "ages", "page", "room", "flight", "channel", "article", "section", "resolution",
                "victim", "suspect", "#"):
        return True  # (and "Victim 3 was pronounced dead": a label)
    if toks[first].lower in ("under", "over", "below", "above") and _person_noun(prev) and \
            prev.endswith(("s", "ren", "men", "people")):
        return True  # "11 children under 17 have been shot", "men over 18": an age bound
    if prev in ("form", "grade", "standard", "class", "year", "primary", "jss", "ss") and \
            toks[first - 1].text[:1].isupper() and _person_noun(nxt):
        return True  # "a Form Three student", "a Grade 9 pupil": a school year, no count
    if prev in ("carrying", "transporting", "ferrying"):
        return True  # "a bus carrying about a dozen passengers was struck": its load
    tok = toks[first]
    if nxt in ("a", "an") and fig.qualifier == Qualifier.EXACT and tok.text.isdigit():
        return True  # "—KARE 11 A woman was shot": a channel's number before a new sentence
    if nxt == "s" and toks[last + 1].start == toks[last].end:
        return True  # "in their 20s": an age
    if tok.text == "911":
        return True  # the emergency number: "calling 911 saying her nephew was hurt"
    if tok.text.isdigit() and len(tok.text) >= 7:
        return True  # an unseparated run of seven digits: a phone number or an identifier
    if prev == "," and nxt == "," and fig.qualifier == Qualifier.EXACT and \
            _ranked_first(toks, first, last + 1) is None:
        return True  # "Travis Miller, 18, ...": an age in apposition (not "recorded the most
        # murders this year, 134, followed by")
    prev2 = toks[first - 2].lower if first > 1 else ""
    if prev in ("and", "or", "to", ",", "-", "\u2013") and tok.text.isdigit():
        k = first - 1
        while k > 0 and (toks[k].text.isdigit() or toks[k].lower in (
                "and", "or", "to", ",", "-", "\u2013", "between")):
            k -= 1
        if k < first - 2 and toks[k].lower in ("ages", "age", "aged"):
            return True  # "two brothers aged 19 and 24", "aged between 16 and 18": ages
    if prev == "of" and prev2 in ("ages", "age", "aged"):
        return True  # "between the ages of 16-18"
    if prev == "for" and prev2 in ("space", "room", "capacity", "beds"):
        return True  # "Our morgue has space for 20 bodies": a capacity
    if prev == "of" and prev2 in _PLACES_OF_PEOPLE:
        return True  # "a school of nearly 2,000 students": a population
    if prev == "of" and prev2 in _PARENTS and (nxt not in L.VICTIM_NOUNS or nxt in (
            "children", "kids", "sons", "daughters", "boys", "girls")) and \
            not any(t.lower in ("including", "among") for t in toks[max(0, first - 6):first]):
        return True  # "a father of two was shot and killed": his children, no figure
    if tok.text.isdigit() and fig.value <= 31 and (
            prev in _MONTH_WORDS or prev == "." and prev2 in _MONTH_WORDS or
            # "the offensive on September 19-20 had killed": the range's last day
            prev in ("-", "\u2013") and prev2.isdigit() and first > 2 and
            toks[first - 3].lower in _MONTH_WORDS or
            # "between March 3 and 9 killed 40 people", "from June 10 to 16"
            prev in ("and", "to", "through", "until") and prev2.isdigit() and first > 3 and
            toks[first - 3].lower in _MONTH_WORDS and
            toks[first - 4].lower in ("between", "from") and not _person_noun(nxt) and (
                # (not "Between June 10 and 16 people were killed")
                nxt not in L.AFTER or nxt2[:1].isdigit() or nxt2 in UNITS or
                nxt2 in ("at", "more", "some", "about", "nearly", "over", "dozens", "scores"))):
        return True  # "in the Feb. 2 death of": a day of the month
    if toks[first].text[:1].isdigit() and (
            prev in ("/", "image", "photo", "photos", "slide", "page", "gallery") or
            prev == "of" and (prev2[:1].isdigit() or prev2 == "/")):
        return True  # "Image 1 of / 4": a gallery counter, page furniture
    if fig.value == 1 and toks[first].lower == "one" and prev in ("of", "from") and \
            nxt in ("family", "household", "clan", "village", "tribe", "community", "home",
                    "house", "group"):
        return True  # "five members of one family": which family, no one counted
    if 1800 <= fig.value <= 2100 and fig.qualifier == Qualifier.EXACT and not \
            toks[first].text[:1].isalpha() and nxt not in L.VICTIM_NOUNS and \
            "," not in toks[first].text:
        return True  # a year (not "2,000": a year is written without a separator)
    if nxt in _MONTH_WORDS and (tok.text.isdigit() or toks[last].text.isdigit()) and \
            fig.value <= 31 and (fig.high or fig.value) <= 31:
        return True  # "Since 8 October": a day of the month ("between 7 and 9 June": days)
    if nxt in L.NON_PERSON and not _modifies_person(toks, last + 1) and not (
            # ("176 cases of arbitrary arrest": people, counted by their cases)
            nxt == "cases" and nxt2 == "of" and
            _COUNTED_ACTS.match(" " + " ".join(t.lower for t in toks[last + 1:last + 5]))) or \
            nxt.endswith("-year-old") or \
            nxt in ("more", "other") and nxt2 in ("times", "rounds", "shots"):
        return True  # ("shot 2 more times"; but "two state troopers" are people)
    k = first - 1
    while k >= max(0, first - 2) and toks[k].lower in _NONE_OF:
        k -= 1
    if k < first - 1 and k >= 0 and toks[k].lower == "none":
        return True  # "none of its 2,700 employees had been hurt": no one
    if tok.lower in ("one", "a", "single") and (
            prev == "not" or prev == "a" and prev2 == "not" or
            nxt == "for" and nxt2 in ("each", "every")):
        return True  # "not one of them was shot", "12 ribbons, one for each person": no one
    if nxt in ("heads", "head") and nxt2 == "of" and last + 3 < len(toks) and \
            toks[last + 3].lower in L.ANIMALS | {"cattle", "livestock"}:
        return True  # "23 heads of cattle perished": animals
    if nxt2 in _OWNED and _person_noun(nxt) and not (
            last + 3 < len(toks) and _person_noun(toks[last + 3].lower)):
        return True  # "two family pets", "three police cars": things of people (not "nine
        # civilian truck drivers")
    if toks[first].text.isdigit() and _street_after(toks, last + 1):
        return True  # "at 201 Lightner Lane": a house number
    if "'" in toks[first].text or toks[first].text.endswith(("st", "nd", "rd", "th")) and \
            toks[first].text[:1].isdigit():
        return True  # "1st", "the 1990's"
    return False


# what stands between "none" and the people it counts: "none of (its) 2,700 employees"
_NONE_OF = frozenset("of its the their our his her".split())
# acts a count of "N or more" people defines: "killings of three or more people"
_KINDS_OF_ACTS = frozenset("killings killing incidents incident shootings shooting attacks "
                           "attack massacres massacre events event".split())
# Nouns of things or places that name a kind of person before a person noun: "two state
# troopers", "three school employees", "two city workers", "four bus drivers".
_MODIFIER_NOUNS = frozenset(
    "state city town village county district province country school hospital church "
    "mosque shop store bus truck car camp prison jail base unit company gun day "
    "home house building checkpoint area region neighborhood neighbourhood cattle livestock "
    "camel goat cow drug arms gold motorcycle taxi".split())


def _modifies_person(toks: list[Token], k: int) -> bool:
    """A thing or place noun at k naming a kind of person before a person noun ("state
    troopers")."""
    return toks[k].lower in _MODIFIER_NOUNS and k + 1 < len(toks) and \
        _person_noun(toks[k + 1].lower)


# Things people own or ride: after a person noun the count is of them ("two family pets").
_OWNED = L.ANIMALS | frozenset(
    "car cars vehicle vehicles truck trucks bus buses boat boats home homes house houses "
    "helicopter helicopters plane planes tank tanks".split())


_STREETS = frozenset(
    "street st avenue ave road rd lane ln drive dr boulevard blvd court ct way place pl "
    "circle terrace parkway pkwy highway hwy pike trail alley sreett".split())


def _street_after(toks: list[Token], j: int) -> bool:
    """One to three capitalised words, then a street word: "Lightner Lane", "N. Riley
    Avenue", "Martin Luther King Jr. Blvd"."""
    for i in range(j, min(len(toks), j + 6)):
        t = toks[i]
        if t.lower in _STREETS and i > j:
            return t.text[:1].isupper()
        if not (t.text[:1].isupper() or t.text == "."):
            return False
    return False


def _victim_phrase(toks: list[Token], j: int) -> tuple[int, int | None, str | None]:
    """Read the victims' noun phrase starting at token j.

    Returns (index after the phrase, index of its head noun or None, named group or None).
    The phrase is adjectives and nouns, optionally "of the X Y" ("members of the Lebanese
    Shiite group Hezbollah"), stopping at verbs, punctuation and trigger words.
    """
    head = None
    named = None
    named_at, named_done = -1, False
    k = j
    limit = min(len(toks), j + 8)
    while k < limit:
        w = toks[k].lower
        t = toks[k].text
        if t in _QUOTES and k + 1 < len(toks) and toks[k + 1].text[:1].isalpha():
            k += 1  # 'killed 10 "terrorists"': the quoted word is the noun
            limit = min(len(toks), limit + 1)
            continue
        # a proper name's own joints: "BH/IS fighters", "Party of India-Maoist (CPI-Maoist)
        # cadres"
        if k > j and k + 1 < len(toks) and toks[k - 1].text[:1].isupper() and (
                t == "/" and toks[k + 1].text[:1].isupper() or
                w == "of" and toks[k + 1].text[:1].isupper()):
            k += 1
            continue
        if w == "and" and k > j and k + 2 < len(toks) and toks[k - 1].text[:1].isupper() and \
                toks[k + 1].text[:1].isupper() and any(
                    _person_noun(x.lower) for x in toks[k + 2:min(len(toks), k + 5)]):
            k += 1  # "5 JTF and Kamuku militiamen": two names of one group of people
            continue
        if t.isdigit() and k + 2 < len(toks) and toks[k + 1].text == "-" and \
                toks[k + 2].lower.startswith(("year-old", "month-old", "week-old")):
            if toks[k + 2].lower.endswith("olds"):
                head = k + 2  # "two 17-year-olds": the people themselves
                k += 3
                break
            k += 3  # "two 18-year-old men": an age inside the phrase
            limit = min(len(toks), limit + 3)
            continue
        if t == "(" and k > j and toks[k - 1].text[:1].isupper():
            close = next((i for i in range(k + 1, min(len(toks), k + 6))
                          if toks[i].text == ")"), None)
            if close is not None:
                limit = min(len(toks), limit + close + 1 - k)
                k = close + 1
                continue
        if w in L.VICTIM_NOUNS or w in ("more", "others") or (
                _person_noun(w) and (k + 1 >= len(toks) or not toks[k + 1].text[:1].isalpha()
                                     or toks[k + 1].lower in L.AUX or toks[k + 1].lower in
                                     L.AFTER or toks[k + 1].lower in _FUNCTION)):
            head = k
            k += 1
            if w in ("more", "others") and k < len(toks) and toks[k].lower in L.VICTIM_NOUNS:
                continue
            # "members of Hezbollah's elite forces", "of the Lebanese Shiite group Hezbollah"
            if k + 1 < len(toks) and toks[k].lower == "of" and toks[k + 1].lower not in (
                "them", "whom", "which", "those", "these"
            ):
                end, proper = _of_phrase(toks, k + 1)
                if proper:
                    named = proper
                    k = end
            if w in L.VICTIM_NOUNS and k < len(toks) and toks[k].lower in L.VICTIM_NOUNS:
                continue  # "police officers"
            if w in ("civilian", "military", "police") and k < len(toks) and \
                    _modifies_person(toks, k):
                continue  # "nine civilian truck drivers": the drivers
            break
        if head is None and named is None and k == j and _a_people(t) and (
                k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper()):
            head = k  # "11 Yemenis and two Ukrainians were killed": a people, the head
            k += 1
            break
        if head is None and named is None and k == j and t[:1].isupper() and \
                t.endswith("s") and armed_group(t) and (
                    k + 1 >= len(toks) or not toks[k + 1].text[:1].isalpha() or
                    toks[k + 1].lower in L.AFTER or toks[k + 1].lower in L.AUX):
            # "at least 35 Houthis died", "12 Taliban were killed": the group's fighters
            head = k
            named = t
            k += 1
            break
        if w == "displaced" and k + 1 < len(toks) and toks[k + 1].lower in (
                "persons", "people", "families", "civilians", "residents", "villagers"):
            k += 1  # "killed 18 displaced persons": whom, not what happened to them
            continue
        if w in L.AFTER or w in L.AUX or w in L.NEGATION or w in _FUNCTION or \
                w in _CLAUSE_END or w in _RELATIVE:
            break  # "killing three before police shot him": the phrase ended at "three"
        if not (t[0].isalpha()) or w in L.NON_PERSON and not (t[0].isupper() and k > j) and \
                not _modifies_person(toks, k):
            break  # (inside a name a word is no thing: "Taliban Red Unit militants"; "state
            # troopers" are people)
        name_part = _capitalised(t) and w != "the"
        if name_part and (named is None or named_at == k - 1 and not named_done):
            # a name of several words: "Islamic State", "Boko Haram", "al-Shabaab"
            part = t[:-2] if t.endswith(("'s", "\u2019s")) else t
            named = part if named is None else f"{named} {part}"
            named_at, named_done = k, part != t
        k += 1
    if named is not None and " " in named:
        # "Kurdish YPG": the group, not its people's nationality
        words = named.split()
        while len(words) > 1 and _demonym(words[0]):
            words.pop(0)
        named = " ".join(words)
    return (k if head is not None else j), head, named


def _of_phrase(toks: list[Token], k: int) -> tuple[int, str | None]:
    """After "of": the proper name in "the Lebanese Shiite group Hezbollah's elite forces"."""
    proper = None
    run: list[str] = []  # the capitalised words in a row: "Islamic State", "Boko Haram"
    end = k
    for m in range(k, min(len(toks), k + 8)):
        t = toks[m].text
        w = toks[m].lower
        if w in L.AFTER or w in L.AUX or not t[0].isalpha() or w in ("and", "in", "on", "at"):
            break
        if t[0].islower() and (w.endswith("ed") or w in _TRIGGER_FIRST):
            break  # "jawans of the Army's Rashtriya Rifles attained martyrdom": a verb
        if t[0].isupper() and w not in ("the",):
            base = t[:-2] if t.endswith(("'s", "\u2019s")) else t
            if run or not _demonym(base):
                run.append(base)
                proper = " ".join(run)
            if base != t:
                run = []  # "Hezbollah's elite forces": the name ends at its 's
        else:
            run = []
        end = m + 1
    return end, proper


def _demonym(word: str) -> bool:
    return word.endswith(("ian", "ese", "ish", "ean", "ani", "ite")) or word in (
        "Iraqi", "Israeli", "Afghan", "Saudi", "Yemeni", "Kuwaiti", "Qatari", "Emirati",
        "Somali", "Pakistani", "Bangladeshi", "Nepali", "Malian", "Syrian", "Lebanese",
        "Libyan", "Sudanese", "Nigerien", "Chadian", "Kurdish", "Arab", "Thai", "Shia",
        "Sunni", "Shiite", "American", "French", "British", "Russian", "Turkish", "US",
    )


def _people_name(word: str) -> bool:
    """A people named by a demonym or an ethnic name: "Sudanese", "Afghans", "Rohingya"."""
    return _demonym(word) or word.endswith("s") and _demonym(word[:-1]) or word in (
        "Rohingya", "Rohingyas", "Kurds", "Yazidis") or \
        word.endswith("s") and gazetteer.demonym(word[:-1]) is not None  # ("Nicaraguans")


def armed_group(name: str) -> bool:
    """Whether a name alone is an armed group's ("Taliban", "al-Shabaab", "Boko Haram")."""
    key = name.casefold().replace("\u2019", "'")
    for article in ("the ", "al-", "al ", "el-"):
        if key.startswith(article):
            key = key[len(article):]
    return key in L.ARMED_GROUPS or key.rstrip("s") in L.ARMED_GROUPS


def _capitalised(word: str) -> bool:
    """A name's word: "Boko", "al-Shabaab", "el-Nusra"."""
    return word[:1].isupper() or word[:3].lower() in ("al-", "el-") and word[3:4].isupper()


def _a_people(word: str) -> bool:
    """A nationality or people in the plural: "Palestinians", "Yemenis"."""
    return word[:1].isupper() and word.endswith("s") and (
        _nationality(word[:-1]) or _demonym(word[:-1]) or _nationality(word))


def _nationality(word: str) -> bool:
    """Whether a word is a nationality ("Afghan", "Syrian"), not the name of a group."""
    return gazetteer.demonym(word) is not None


# bodies whose members are civilians: "a council member", "two family members"
_CIVIL_BODIES = frozenset("council family board crew staff parliament parliamentary assembly "
                          "church congregation club band team community tribe household "
                          "faculty committee".split())


def antecedent_victims(text: str, lo: int, at: int) -> Victims | None:
    """Who "of them" or "of whom" counts: the last plural noun for people in text[lo:at]
    ("with anti-balaka militiamen, four of whom were killed", "attacked the town, and troops
    killed 40 of them" - the troops act, the militias told before them are counted)."""
    toks = tokenize(text, lo, at)
    heads = [h for h, t in enumerate(toks) if t.lower.endswith(("s", "men"))
             and t.lower not in L.GENERIC
             and (t.lower in L.COMBATANT_NOUNS or t.lower in L.CIVILIAN_NOUNS)]
    # (the doers of the verb before the figure are not whom it counts: "troops killed 40
    # of them"; "Gunmen attacked the village and killed six of them": the same doers)
    verb = max((i for i, t in enumerate(toks) if t.lower in L.BEFORE), default=-1)
    if verb > 0 and toks[verb - 1].lower == "and":
        return None
    heads = [h for h in heads if not (h < verb and verb - h <= 3)]
    if not heads or any(t.lower in ("people", "persons", "individuals")
                        for t in toks[heads[-1] + 1:]):
        return None  # ("officers have fired at 21 people ..., killing eight of them": of
        # the people, whoever they were)
    return _victims(toks, heads[-1], None, heads[-1], heads[-1] + 1, text)


# the words of a crowd's killing: "lynched", "a mob beat two suspected thieves to death"
_MOB_WORDS = frozenset("lynched lynching lynchings lynch mob mobs".split())


# a merchant ship's story, whose sailors are its crew, no navy's
_MERCHANT_SHIP = re.compile(r"\b(?:pirates?|tanker|cargo\s+ship|merchant|container\s+ship|"
                            r"bulk\s+carrier|fishing\s+(?:vessel|boat|trawler)|shipping)\b", re.I)


def _victims(toks: list[Token], head: int | None, named: str | None, start: int,
             end: int, text: str) -> Victims:
    span = Span.of(text, toks[start].start, toks[end - 1].end) if end > start else None
    if head is None:
        return Victims(VictimType.COMBATANTS if named and armed_group(named) else
                       VictimType.UNKNOWN, named, span)
    w = toks[head].lower
    if named and w in L.VICTIM_NOUNS and _nationality(named):
        named = None  # "12 Afghan soldiers": soldiers, whose nationality is no armed group
    if w in ("member", "members") and head > 0 and toks[head - 1].lower in _CIVIL_BODIES:
        # "a local council member", "three family members": members of no armed group
        return Victims(VictimType.CIVILIANS, f"{toks[head - 1].lower} {w}", span)
    if w in ("member", "members") and head + 2 < len(toks) and \
            toks[head + 1].lower in ("of", "from"):
        body = next((x.lower for x in toks[head + 2:head + 6] if x.lower in _CIVIL_BODIES), None)
        if body is not None:  # "a member of the same family", "members of the local council"
            return Victims(VictimType.CIVILIANS, f"{body} {w}", span)
    if w in ("volunteers", "volunteer") and head > 0 and toks[head - 1].lower in _AID_WORK:
        vtype = VictimType.CIVILIANS  # "two evacuation volunteers", "Red Crescent volunteers"
    elif w in ("sailors", "sailor") and _MERCHANT_SHIP.search(text):
        vtype = VictimType.CIVILIANS  # "pirates seized 12 sailors" from a tanker: its crew
    elif w in ("suspects", "suspect", "personalities") and head > 0 and \
            toks[head - 1].lower in ("drug", "narcotics", "drug-related"):
        vtype = VictimType.UNKNOWN  # "11 drug suspects were killed in police operations":
        # the police's word for them, no armed group
    elif w in L.COMBATANT_NOUNS:
        vtype = VictimType.COMBATANTS
    elif w in L.CIVILIAN_NOUNS:
        vtype = VictimType.CIVILIANS
    elif any(t.lower in _MOB_WORDS for t in toks):
        vtype = VictimType.CIVILIANS  # "A man accused of blasphemy was lynched": a mob's
        # victims are no fighters
    else:
        vtype = VictimType.UNKNOWN
    if named and vtype == VictimType.UNKNOWN and w == named.lower() and _people_name(named):
        # "14 Rohingya, including a seven-year-old girl": a people, no armed group
        return Victims(VictimType.CIVILIANS, named, span)
    if named and vtype != VictimType.CIVILIANS:
        return Victims(VictimType.COMBATANTS if vtype == VictimType.UNKNOWN or w in (
            "members", "member", "elements", "fighters") else vtype, named, span)
    if w in L.GENERIC or w in ("others", "more") or w.endswith("-old") or \
            w in L.PRONOUN_SG or toks[head].text[:1].isupper() and w not in L.VICTIM_NOUNS \
            and not _demonym(toks[head].text) and not _demonym(toks[head].text[:-1]) and \
            not _nationality(toks[head].text) and w not in L.ACTOR_FORMS:
        actor = None  # (no kind of people: "the 15-year-old", "he", "Reyes")
    else:
        actor = L.ACTOR_FORMS.get(w, toks[head].text.lower())
        if w in ("officers", "officer") and head > 0 and toks[head - 1].lower == "police":
            actor = "police"
    return Victims(vtype, actor, span)


# Words after a number that are not nouns: the number may still count people ("displaced
# over two million since 2009").
_FUNCTION = frozenset(
    "and or in on at of from since during after before when as across throughout near by "
    "with to last this over under while until into inside outside between among around for "
    "so far yesterday today overnight earlier later there here more others people's "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _verifier(text: str, sent: Sentence):
    """A check that a stretch of the sentence has no finite verb (the tagger decides)."""
    from .. import nlp

    return lambda a, b: nlp.finite_verb_in(text, sent.start, sent.end, a, b)


def _in_aside(text: str, sent: Sentence, toks: list[Token], fig: Figure, first: int,
              last: int, prior: list[Mention], parent: int) -> Mention | None:
    """A figure inside "12 people, including 10 assailants, were killed": a subset."""
    end, head, named = _victim_phrase(toks, last + 1)
    if head is None or parent >= len(prior):
        return None
    victims = _victims(toks, head, named, last + 1, end, text)
    return _mention(prior[parent].outcome, fig, victims, sent, first, end - 1, toks,
                    parent=parent)


_FIRED_ON = (["fire", "on"], ["fired", "at"], ["fired", "on"], ["shot", "at"], ["shots", "at"],
             ["firing", "at"], ["firing", "on"], ["aimed", "at"], ["pointed", "at"])


def _acronym_joined(toks: list[Token], at: int, after: int) -> bool:
    """ "4 SNA and 2 militants were killed": a group's acronym after the number, joined by
    "and" to another numbered group that shares the verb."""
    return at < after and toks[at].text.isupper() and toks[at].text.isalpha() and \
        2 <= len(toks[at].text) <= 6 and after + 1 < len(toks) and \
        toks[after].lower == "and" and (toks[after + 1].text[:1].isdigit() or
                                        toks[after + 1].lower in UNITS or
                                        toks[after + 1].lower in TENS)


def _comma_who(toks: list[Token], i: int) -> bool:
    """Whether a relative clause opens at toks[i] after a comma: ", who"."""
    return i + 1 < len(toks) and toks[i].text == "," and toks[i + 1].lower == "who"


def _in_including_list(toks: list[Token], first: int) -> bool:
    """Whether the figure at `first` is an item of an "including ..." list opened after a
    comma in its clause ("six people, including three women and two children")."""
    for i in range(first - 1, max(-1, first - 12), -1):
        w = toks[i].lower
        if w in _INCLUDING:
            return i > 0 and toks[i - 1].text == ","
        if not (w in ("and", ",") or w.isalpha() or w[:1].isdigit()) or w in L.AUX or \
                w in L.AFTER or w in ("who", "whom", "which", "that"):
            return False
    return False


def _colon_item(toks: list[Token], first: int, j: int, fig: Figure,
                prior: list[Mention]) -> int | None:
    """ "67 people were killed in clashes ..., officials said: 29 civilians, 21 soldiers and
    17 militants": a figure in a list of people after a colon, with no verb of its own
    (nor any after it), is a part of the whole toll told before the colon. Returns the
    index of that whole in `prior`, or None."""
    colon = next((i for i in range(first - 1, -1, -1) if toks[i].text in (":", ";", ".")),
                 None)
    if colon is None or toks[colon].text != ":" or not prior:
        return None
    whole = len(prior) - 1
    if prior[whole].parent is not None and prior[whole].first > colon:
        whole = prior[whole].parent  # (the list's second item: the first's whole)
    w = prior[whole]
    if w.parent is not None or w.last >= colon or not w.figure.stated or \
            fig.best > w.figure.best or any(m.first > colon and m.parent != whole
                                            for m in prior[whole + 1:]):
        return None
    if any(t.lower in L.AFTER or t.lower in L.BEFORE or t.lower in L.AUX or
           t.lower in ("who", "whom", "which", "that") for t in toks[colon + 1:]):
        return None  # ("Two died: three others were wounded", "... : 29 who were shot")
    _end, head, _named = _victim_phrase(toks, j)
    if head is None or not _person_noun(toks[head].lower):
        return None  # (places are breakdowns of their own: "two in Pokrovsk")
    return whole


def _read_figure(text: str, sent: Sentence, toks: list[Token], fig: Figure, first: int,
                 last: int, prior: list[Mention],
                 asides: list[tuple[int, int, int]]) -> Mention | None:
    """Decide whether the figure at toks[first..last] counts casualties, and of what."""
    j = last + 1
    nxt = toks[j].lower if j < len(toks) else ""
    if _in_addition_phrase(toks, first):
        return None  # "In addition to the two assailants, ...": counted by _bombers
    if any(t.lower in ("nor", "neither") for t in toks[max(0, first - 3):first]):
        return None  # "neither Melissa nor their three children were injured"
    if nxt == "fewer":
        return None  # "283 fewer people had been killed than a year earlier": a difference
    if first >= 1 and toks[first - 1].lower in ("every", "each") and toks[first].lower == "one":
        return None  # "Every one of these deaths was preventable": all of them, no count
    if (victims_of := _VICTIMS_OF.match(text, toks[last].end)) is not None:
        # "27 people were victims of homicide on Merseyside in 2024/25", "Mexico registered
        # 587 victims of kidnapping"
        at = next(i for i in range(j, len(toks)) if toks[i].end >= victims_of.end())
        return _mention(_act_outcome(victims_of), fig, Victims(VictimType.UNKNOWN, None, None),
                        sent, first, at, toks)
    if (counted := _COUNTED_ACTS.match(text, toks[last].end)) is not None and \
            not _negated(toks, first) and fig.qualifier != Qualifier.VAGUE and not (
                first >= 2 and toks[first - 2].lower == "one" and toks[first - 1].lower == "of"):
        # (not "several killings over the years", nor "one of seven killings since Thursday":
        # a series the story's own killing belongs to)
        # "counted 176 kidnappings in March alone", "14 fatal shootings this year", "31
        # nonfatal shootings": acts counted as the people they struck
        at = next(i for i in range(j, len(toks)) if toks[i].end >= counted.end())
        if toks[at].lower == "executions" and not any(
                t.lower in _TALLIED for t in toks[max(0, first - 4):first]):
            return None  # ("recorded at least 975 executions"; not "stayed two executions")
        victims = Victims(VictimType.UNKNOWN, None, None)
        if at + 2 < len(toks) and toks[at + 1].lower == "of":
            # "157 killings of journalists": whose
            end, head, named = _victim_phrase(toks, at + 2)
            if head is not None:
                victims = _victims(toks, head, named, at + 2, end, text)
        return _mention(_act_outcome(counted), fig, victims, sent, first, at, toks)
    if (kind := _kind_of_death(toks, j)) is not None:
        # "4,812 violent deaths", "3,849 homicide victims", "84 domestic violence homicides":
        # the dead of a kind of death
        return _mention(Outcome.KILLED, fig, Victims(VictimType.UNKNOWN, None, None), sent,
                        first, kind, toks)
    if first >= 2 and toks[first - 1].lower == "of" and toks[first - 2].lower in (
            "loss", "losses") and not _negated(toks, first - 2):
        # "acknowledged the loss of six of its fighters", "the loss of 12 soldiers" (not "the
        # loss of 300 jobs")
        at = j + 2 if j + 2 < len(toks) and toks[j].lower == "of" and toks[j + 1].lower in (
            "its", "their", "his", "her", "our", "the") else j
        end, head, named = _victim_phrase(toks, at)
        if head is not None and _person_noun(toks[head].lower):
            return _mention(Outcome.KILLED, fig, _victims(toks, head, named, at, end, text),
                            sent, first, end - 1, toks)
    share = _SHARE_OF.match(text, toks[last].end)
    if share is not None and (_RESPONSIBLE_FOR.search(text, sent.start, toks[first].start) or
                              prior and prior[-1].of_told and toks[first - 1].lower == "and"):
        # "Women accounted for 61 of the dead and 154 of the wounded", "Al-Shabab was
        # responsible for 371 of the deaths": some of the toll told before
        at = next(i for i in range(j, len(toks)) if toks[i].end >= share.end())
        outcome = Outcome.WOUNDED if share.group(1).lower() in (
            "wounded", "injured", "injuries") else Outcome.KILLED
        m = _mention(outcome, fig, Victims(VictimType.UNKNOWN, None, None), sent, first, at,
                     toks)
        # ("the kidnapping crisis, accounting for 512 of the victims": victims of whatever
        # fate the toll told before counts)
        m.of_told, m.of_those = True, "any" if share.group(1).lower() in (
            "victims", "casualties") else "own"
        return m
    if prior and first >= 2 and toks[first - 1].lower == "with" and (
            toks[first - 2].text[:1].isupper() or
            # "followed by Chattogram division with 27"
            toks[first - 2].lower in L.DIVISION_KINDS and first >= 3 and
            toks[first - 3].text[:1].isupper()) and \
            (j >= len(toks) or not toks[j].text[:1].isalpha() or toks[j].lower == "and") and \
            (any(toks[i].lower == "followed" and toks[i + 1].lower == "by"
                 for i in range(prior[-1].last + 1, first - 2)) or
             # ("... and Niger with 991": the list goes on)
             prior[-1].first >= 2 and toks[prior[-1].first - 1].lower == "with" and all(
                 t.lower in ("and", ",", "the", "of", "in") or t.text[:1].isupper()
                 for t in toks[prior[-1].last + 1:first - 1])):
        # "Burkina Faso alone recorded 7,412 deaths, followed by Mali with 2,471 and Niger
        # with 991": the next places' counts, of the same kind
        p = prior[-1]
        m = _mention(p.outcome, fig, p.victims, sent, first, last, toks, parent=p.parent)
        m.of_told, m.of_those = p.of_told, p.of_those  # (a share of the same toll: "Dhaka
        # division accounted for 51 of the deaths, followed by Chattogram division with 27")
        return m
    top = _ranked_first(toks, first, j)
    if top is not None:
        # "KwaZulu-Natal recorded the most murders of any province with 1,598", "Baringo
        # recorded the highest number of deaths at 41": the first of a ranking
        m = _mention(top, fig, Victims(VictimType.UNKNOWN, None, None), sent, first, last,
                     toks)
        m.of_told, m.of_those = True, "own"  # (a share of the toll told before, if any)
        return m
    if prior and prior[-1].parent is None and first >= 2 and \
            [t.lower for t in toks[first - 2:first]] == ["accounting", "for"] and \
            (j >= len(toks) or toks[j].text in (".", ",", ";")) and \
            prior[-1].figure.value > fig.value:
        # "219 of the Maoists were killed ..., with Bijapur alone accounting for 108": a
        # share of the figure told just before
        return _mention(prior[-1].outcome, fig, prior[-1].victims, sent, first, last, toks,
                        parent=len(prior) - 1)
    part = _colon_item(toks, first, j, fig, prior)
    if part is not None:
        end, head, named = _victim_phrase(toks, j)
        return _mention(prior[part].outcome, fig, _victims(toks, head, named, j, end, text),
                        sent, first, end - 1, toks, parent=part)
    among = first - 1 - (first >= 2 and toks[first - 1].lower == "the")
    if among >= 1 and toks[among].lower == "among" and any(
            t.lower in ("no", "none", "nobody", "neither") for t in toks[max(0, among - 4):among]):
        return None  # "No one else among the six people inside was hurt"
    of = next((k for k in range(first - 1, max(-1, first - 5), -1) if toks[k].lower == "of"),
              None)
    if of is not None and all(t.lower in ("the", "its", "their", "'s", "\u2019s", "s", "'") or
                              t.text[:1].isupper() for t in toks[of + 1:first]) and any(
            t.text == "%" or t.lower in ("percent", "per", "cent")
            for t in toks[max(0, of - 3):of]):
        return None  # "80% of Gaza's 2.3 million people have fled": a share of them
    if any(toks[k].lower == "per" and k + 1 < len(toks) and (
            toks[k + 1].text[:1].isdigit() or toks[k + 1].lower in ("capita", "head", "thousand",
                                                                   "million", "day", "month",
                                                                   "year", "week"))
           for k in range(first + 1, min(len(toks) - 1, first + 4))):
        return None  # "a rate of 51 homicides per 100,000 inhabitants": a rate, no count
    if prior and first >= 2 and prior[-1].parent is None and \
            ((toks[first - 2].lower, toks[first - 1].lower) in _COMPARED or
             _by_a_share_from(toks, first)) and \
            prior[-1].outcome in (Outcome.KILLED, Outcome.WOUNDED, Outcome.ABDUCTED) and \
            (j >= len(toks) or not toks[j].text[:1].isalpha() or toks[j].lower in _FUNCTION or
             toks[j].lower in ("in", "at", "during", "for", "last", "the", "a")):
        # "74 homicides in 2020, up from 44 in 2019", "103 this year, compared with 97 in all
        # of 2019": the same count for another period
        m = _mention(prior[-1].outcome, fig, prior[-1].victims, sent, first, last, toks)
        m.compared = True
        return m
    if first >= 1 and toks[first - 1].lower in ("treated", "treating", "treats") and \
            not _negated(toks, first - 1):
        # "the hospital treated more than 100 people for gunshot wounds"
        cause = next((i for i in range(j, min(len(toks) - 1, j + 5))
                      if toks[i].lower in ("for", "with") and any(
                          t.lower in _WOUND_NOUNS for t in toks[i + 1:i + 5])), None)
        if cause is None:
            # "had treated 160 people in Nairobi alone, including 31 with gunshot wounds":
            # the hurt, some of them by gunfire
            inc = next((i for i in range(j, min(len(toks) - 4, j + 8))
                        if toks[i].lower == "including"), None)
            if inc is not None and any(t.lower == "with" for t in toks[inc + 2:inc + 6]) and \
                    any(t.lower in _WOUND_NOUNS for t in toks[inc + 3:inc + 9]):
                cause = next(i for i in range(inc, 0, -1) if toks[i - 1].text != ",") - 1
        if cause is not None:
            end, head, named = _victim_phrase(toks, j)
            return _mention(Outcome.WOUNDED, fig, _victims(toks, head, named, j, end, text),
                            sent, first, cause + 1, toks)
    if prior and first >= 1 and toks[first - 1].lower == "and" and prior[-1].of_told and \
            prior[-1].last < first and nxt in ("were", "was") and j + 1 < len(toks):
        # "Four of the dead were taxi drivers and two were passengers": one more part of
        # the toll told, of the same fate
        end, head, named = _victim_phrase(toks, j + 1)
        if head is not None and _person_noun(toks[head].lower):
            m = _mention(prior[-1].outcome, fig, _victims(toks, head, named, j + 1, end, text),
                         sent, first, end - 1, toks, parent=prior[-1].parent)
            m.of_told, m.of_those = True, prior[-1].of_those
            return m
    opener = _PART_OPENER.match(text, sent.start, toks[first].start)
    people = _victim_phrase(toks, j + 1) if opener is not None and \
        nxt in ("were", "was", "are", "is") and j + 1 < len(toks) else None
    if opener is not None and opener.group("whole") and people is not None and \
            (who := _who_they_were(toks, j + 1, text)) is not None:
        # "Of the 187, 29 were under 18": some of the figure told before, by age
        m = _mention(Outcome.KILLED, fig, who[0], sent, first, who[1], toks)
        m.of_told, m.of_those = True, "any"
        return m
    if people is not None and people[1] is not None and (
            toks[people[1]].lower in L.VICTIM_NOUNS or _person_noun(toks[people[1]].lower)):
        # "Of those, 32 were Houthi fighters and 21 were government troops": parts of the
        # toll told before, each with its people after the verb (not "Of those, 12 were
        # later released", nor "Of the wounded, nine were struck by live rounds")
        end, head, named = people
        said = (opener.group(1) or "").lower()
        m = _mention(_PART_OPENER_FATES.get(said, Outcome.KILLED),
                     fig, _victims(toks, head, named, j + 1, end, text), sent, first,
                     max(j, end - 1), toks)
        m.of_told, m.of_those = True, said or "any"
        return m
    if _AMONG_THEM.match(text, sent.start, toks[first].start) is not None:
        end, head, named = _victim_phrase(toks, j)
        if head is not None and _person_noun(toks[head].lower) and not any(
                t.lower in L.AFTER or t.lower in L.BEFORE for t in toks[end:end + 3]):
            # "... had received 134 wounded people. Among them were 46 children": a part of
            # the toll told before, whatever its fate (not "Among them were 11 patients
            # who died")
            m = _mention(Outcome.KILLED, fig, _victims(toks, head, named, j, end, text), sent,
                         first, end - 1, toks)
            m.of_told, m.of_those = True, "any"
            return m
    if prior and first >= 1 and toks[first - 1].lower in ("including", "among") and \
            nxt in ("who", "whom", "that") and prior[-1].outcome == Outcome.WOUNDED and \
            any(t.lower in ("died", "dead", "killed") for t in toks[j + 1:j + 4]):
        # "Nine people were shot, including two who died": the dead among those shot
        return _mention(Outcome.KILLED, fig, prior[-1].victims, sent, first, j, toks,
                        parent=len(prior) - 1)
    if first >= 1 and toks[first - 1].lower in ("found", "discovered", "located"):
        # "Police found two women who had been shot": the relative clause tells their fate
        end, head, named = _victim_phrase(toks, j)
        rel = [t.lower for t in toks[end:end + 4]] if head is not None else []
        if rel[:1] in (["who"], ["that"]):
            k = end + 1 + (rel[1:2] in (["had"], ["have"])) if len(rel) > 1 else end + 1
            if k + 1 < len(toks) and toks[k].lower == "been" and \
                    (toks[k + 1].lower in L.AFTER or toks[k + 1].lower == "shot"):
                victims = _victims(toks, head, named, j, end, text)
                if toks[k + 1].lower == "shot":
                    return _shot(text, sent, toks, fig, victims, first, k + 1)
                return _mention(L.AFTER[toks[k + 1].lower], fig, victims, sent, first, k + 1,
                                toks)
    if nxt == "fatally" and prior and prior[-1].weak:
        # "four people were shot, one fatally": the dead among those shot
        return _mention(Outcome.KILLED, fig, prior[-1].victims, sent, first, j, toks,
                        parent=len(prior) - 1)
    if nxt == "of" and fig.qualifier == Qualifier.VAGUE and j + 1 < len(toks) and \
            toks[j + 1].lower not in ("them", "whom", "which", "those", "these", "the", "their"):
        # "dozens of people were injured": a vague amount's people follow "of"
        j += 1
        nxt = toks[j].lower
    # Subsets: "six of them", "three of whom", "two of the wounded".
    if nxt == "of" and _owned_things_of(toks, j):
        return None  # "17 of its members' cows had been rustled"
    if nxt == "of" and j + 1 < len(toks):
        if prior or toks[j + 1].lower not in ("them", "whom", "which", "those", "these"):
            return _subset(text, sent, toks, fig, first, last, prior)
        act = _active_before(toks, first)  # "attacked them, killing five of them"
        if act is None:
            if j + 2 < len(toks) and toks[j + 1].lower == "those" and (
                    toks[j + 2].lower in L.AFTER or toks[j + 2].lower in _CAPTIVE) and \
                    _FREED_WORDS.search(text, sent.start, sent.end):
                return None  # "Eighteen of those abducted had been released": freed, not taken
            # "There were 19 people on the bus, and 12 of them were killed" (no casualty
            # figure before it to be a part of): the subset's own verb ("Twelve of those
            # abducted were later killed": past the word that names the whole)
            past = j + 3 if j + 2 < len(toks) and toks[j + 1].lower == "those" and \
                toks[j + 2].lower in L.AFTER else j + 2
            reach = j + 5
            if past < len(toks) and toks[past].text == ",":
                # "One of them, a 41-year-old, died": past the aside to the verb
                close = next((c for c in range(past + 1, min(len(toks), past + 12))
                              if toks[c].text == ","), None)
                if close is not None:
                    past, reach = close + 1, close + 4
            found = _passive_after(toks, past, _verifier(text, sent))
            if found is None or found[0] > reach or found[1] not in L.AFTER and \
                    found[1] != "shot":
                return _part_of_those(text, sent, toks, fig, first, j)
            someone = Victims(VictimType.UNKNOWN, None, None)
            whole = toks[j + 2].lower if j + 2 < len(toks) and \
                toks[j + 1].lower == "those" else None
            if whole is not None and L.AFTER.get(whole) == Outcome.KILLED and \
                    L.AFTER.get(found[1]) != Outcome.KILLED:
                # "72 of those killed were shot during protests": the dead, by how they died
                return _mention(Outcome.KILLED, fig, someone, sent, first, j + 2, toks)
            if found[1] == "shot":
                return _shot(text, sent, toks, fig, someone, first, found[0])
            return _mention(L.AFTER[found[1]], fig, someone, sent, first, found[0], toks)
        return _mention(act[0], fig, Victims(VictimType.UNKNOWN, None, None), sent, first,
                        j + 1, toks)
    end, head, named = _victim_phrase(toks, j)
    verb = first - 1 - (first > 1 and toks[first - 1].lower in ("its", "their", "the", "his",
                                                                "her"))
    if head is not None and 0 < first and toks[verb].lower in (
            "took", "take", "takes", "taking", "held", "holding", "hold", "holds") and \
            not _negated(toks, verb):
        # (and past the owner: "are holding its 17 crew members hostage")
        # "Militants took 12 people hostage", "taking 30 passengers captive", "took 12
        # hostages"
        if head > j and toks[head].lower in ("hostage", "captive"):
            return _mention(Outcome.ABDUCTED, fig, _victims(toks, head - 1, named, j, head, text),
                            sent, first, head, toks)
        if [t.lower for t in toks[end:end + 2]] == ["into", "custody"]:
            # "police took 3 men into custody"
            return _mention(Outcome.ARRESTED, fig, _victims(toks, head, named, j, head + 1, text),
                            sent, first, end + 1, toks)
        if toks[head].lower in ("hostages", "captives") or end < len(toks) and \
                toks[end].lower in ("hostage", "captive"):
            last_at = end if end < len(toks) and toks[end].lower in ("hostage", "captive") \
                else head
            return _mention(Outcome.ABDUCTED, fig, _victims(toks, head, named, j, head + 1, text),
                            sent, first, last_at, toks)
    if head is not None and toks[head].lower in L.NON_PERSON:
        return None
    if head is not None and toks[head].lower == "evacuees" and fig.best >= 10 and \
            not _modal_before(toks, first) and not _negated(toks, first):
        # "More than 2,000 evacuees are staying in schools": people moved out of harm's way
        return _mention(Outcome.DISPLACED, fig, _victims(toks, head, named, j, head + 1, text),
                        sent, first, head, toks)
    if head is None and named is not None and fig.best >= 10 and end < len(toks) and \
            _people_name(named.split()[-1]) and not _modal_before(toks, first) and \
            not _negated(toks, first):
        past = end  # (the phrase may end before the people's name it gives)
        while past < len(toks) - 1 and toks[past].text in named.split():
            past += 1
        fled = _FLED.match(text, toks[past].start) or _FLED_PLACE.match(text, toks[past].start)
        if fled is not None:
            # "340,000 South Sudanese had crossed into Uganda", "about 8,000 Rohingya had
            # entered the country": a people, numbered, who fled
            last_at = next(i for i in range(past, len(toks)) if toks[i].end >= fled.end())
            people = replace(_victims(toks, past - 1, named, j, past, text),
                             type=VictimType.CIVILIANS)
            return _mention(Outcome.DISPLACED, fig, people, sent, first, last_at, toks)
    # "bringing to 14 the number of people killed", "raised to 27 the death toll": a toll
    # named after its figure
    if head is None and prior and prior[-1].parent is None and first >= 2 and \
            toks[first - 1].lower in _RIVAL_SAID and \
            (toks[first - 2].text[:1].isalpha() or toks[first - 2].text == ",") and \
            toks[first - 2].lower not in L.AFTER and \
            all(not t.text[:1].isalnum() for t in toks[last + 1:]):
        # "A local source reported 7 dead while the army said 12": another teller's figure
        # for the same victims, told bare at the sentence's end
        return _mention(prior[-1].outcome, fig, prior[-1].victims, sent, first, last, toks)
    told_after = _toll_after(toks, first, j) if head is None else None
    if told_after is not None:
        outcome, at, noun = told_after
        victims = _victims(toks, noun, None, noun, noun + 1, text) if noun is not None \
            else Victims(VictimType.UNKNOWN, None, None)
        return _mention(outcome, fig, victims, sent, first, at, toks)
    if head is None and j < len(toks) and toks[j].text[:1].isalpha() and \
            toks[j].lower not in L.AFTER and toks[j].lower not in L.AUX and \
            toks[j].lower not in _FUNCTION and not (
                fig.best >= 100 and _SHELTERED_AT.match(text, toks[j].start)) and not (
                fig.best >= 1000 and _FLED_PLACE.match(text, toks[j].start)):
        # An unknown noun after the number: counts people only if a trigger follows at once.
        k = j + 1
        if toks[j].lower == "new" and k < len(toks) and toks[k].lower == "arrivals" and \
                fig.best >= 10 and not _negated(toks, first):
            # "At least 1,200 new arrivals from Kutum reached Tawila": people who fled
            return _mention(Outcome.DISPLACED, fig,
                            Victims(VictimType.CIVILIANS, None, Span.of(text, toks[j].start,
                                                                       toks[k].end)),
                            sent, first, k, toks)
        # "militants abducted 30 schoolgirls": a plural noun after a verb that kills, wounds
        # or takes people names people
        noun = _people_noun_after(toks, j, _active_before(toks, first), fig)
        if noun is None and toks[j].text[:1].isupper() and k + 1 < len(toks) and \
                toks[k].text == "," and toks[k + 1].lower in _ASIDE_OPENERS:
            noun = j  # "At least 703 Iraqis, including 564 civilians, were killed": a people
        if not (k < len(toks) and (toks[k].lower in L.AFTER or toks[k].lower in L.AUX)) and \
                not _acronym_joined(toks, j, k):
            if toks[j].lower not in L.NOMINAL and not (
                    _capitalised(toks[j].text) and _active_before(toks, first) is not None) \
                    and not (toks[j].text[:1].isupper() and k < len(toks) and
                             toks[k].lower in L.NOMINAL) and noun is None:
                # (but "killed at least 12 Sudanese Misseriya": a people; "4 PKK
                # fatalities": a group's dead)
                return None
        if (toks[j].lower in L.NON_PERSON or toks[j].lower in _NOT_PEOPLE) and \
                toks[j].lower not in L.NOMINAL:
            return None  # "one trailer was shot at least 16 times" (not "172 murders")
        if noun is not None:
            head, end = noun, noun + 1
    victims = _victims(toks, head, named, j, end, text)
    parent = None
    # "including 16 police officers", "among them two soldiers": a subset of the mention
    # before it in the sentence.
    before = [t.lower for t in toks[max(0, first - 2):first]]
    opened = next((i for i in range(first - 1, max(-1, first - 12), -1)
                   if toks[i].text in ("(", ")")), None)
    root = (prior[-1] if prior[-1].parent is None else prior[prior[-1].parent]) \
        if prior else None
    if root is not None and opened is not None and toks[opened].text == "(" and \
            root.first < opened and head is not None:
        # "5 civilians (2 men, 2 women, and 1 child) were killed": a breakdown
        return _mention(root.outcome, fig, victims, sent, first, end - 1, toks,
                        parent=prior.index(root))
    if head is not None and _list_goes_on(toks, prior, first, end, victims):
        p = prior[-1]
        return _mention(p.outcome, fig, victims, sent, first, end - 1, toks, parent=p.parent)
    if prior and first > 2 and toks[first - 1].lower in ("her", "his", "their") and \
            toks[first - 2].lower == "and":
        # "including a woman and her three children": one more part of the same list
        inc = next((i for i in range(first - 3, max(-1, first - 9), -1)
                    if toks[i].lower in _INCLUDING), None)
        if inc is not None and not any(t.text in (",", ";") for t in toks[inc:first - 2]):
            before = ["including"]
    if prior and first > 3 and toks[first - 1].lower == "and":
        # "including the groom and 11 children", "among them a priest and 12 women": a
        # numbered part after a singular one in the same list
        inc = next((i for i in range(first - 2, max(-1, first - 8), -1)
                    if toks[i].lower in _INCLUDING), None)
        if inc is not None and inc + 1 < first - 1 and (
                toks[inc + 1].lower in ("a", "an", "the", "one") or
                # (a headline's "including groom and 11 children")
                inc + 2 == first - 1 and _person_noun(toks[inc + 1].lower)) and \
                all(t.text[:1].isalpha() and t.lower not in L.AUX and t.lower not in L.AFTER
                    and t.lower not in L.BEFORE for t in toks[inc + 1:first - 1]):
            before = ["including"]
    if prior and _INCLUDING.intersection(before):
        parent = len(prior) - 1
        outcome = prior[-1].outcome
        if any(toks[i].text[:1].isdigit() and toks[i - 1].lower in _UNCOUNTING
               for i in range(prior[-1].last + 1, first - 1)):
            # "arrested five traffickers and rescued 42 Rohingya, including 16 women": some
            # of the people rescued, none of those arrested
            return None
        if head is None and end == j and j < len(toks) and toks[j].lower in ("in", "at") and \
                first > 0 and toks[first - 1].lower in _INCLUDING:
            # "put the toll ... at 11, including seven in the town of Javanrud": a part, of
            # the whole's people, told by where
            return _mention(outcome, fig, prior[-1].victims, sent, first, last, toks,
                            parent=parent)
        fled = _gone(text, toks[end].end) \
            if head is None and outcome == Outcome.DISPLACED and end < len(toks) and \
            toks[end].lower == "who" else None
        if fled is not None:
            # "including more than 4 million who have fled to neighbouring countries"
            at = next(i for i in range(end, len(toks)) if toks[i].end >= fled.end())
            return _mention(outcome, fig, prior[-1].victims, sent, first, at, toks,
                            parent=parent)
        if head is None and outcome == Outcome.WOUNDED and end + 2 < len(toks) and \
                toks[end].lower == "with" and \
                any(t.lower in _WOUND_NOUNS for t in toks[end + 1:end + 4]):
            # "treated 160 people, including 31 with gunshot wounds": some of the hurt
            at = next(i for i in range(end + 1, end + 4) if toks[i].lower in _WOUND_NOUNS)
            return _mention(outcome, fig, prior[-1].victims, sent, first, at, toks,
                            parent=parent)
        if head is None:
            return None
        own = L.AFTER.get(toks[end].lower) if end < len(toks) else None
        if own is not None and own != outcome:
            # "10,582 civilian deaths and 19,875 injuries ..., including 587 children
            # killed": a part of the toll of its own outcome
            parent = next((i for i in range(len(prior) - 1, -1, -1)
                           if prior[i].outcome == own and prior[i].parent is None), None)
            if parent is None:
                return None
            return _mention(own, fig, victims, sent, first, end, toks, parent=parent)
        return _mention(outcome, fig, victims, sent, first, end - 1, toks, parent=parent)
    # "we buried 17 bodies", "the bodies of 2 civilians" (handled as active "of").
    if head is not None and toks[head].lower in ("bodies", "corpses") and (
            head == j or head == j + 1 and toks[j].lower in ("more", "other", "additional")
            and not any(p.outcome == Outcome.KILLED for p in prior) and
            not _TOLL_ROSE.search(text, sent.start, sent.end)):
        # ("three more bodies were found"; not "the toll rose to 11 after two more bodies
        # were found": the 11 holds them)
        return _mention(Outcome.KILLED, fig, victims, sent, first, head, toks)
    # "Among the dead were three policemen": a subset of the mention before.
    lead = _past_kin_item(toks, first)
    among = [t.lower for t in toks[max(0, lead - 6):lead]]
    if len(among) >= 3 and among[-2] == "there" and among[-1] in ("were", "was", "are", "is"):
        del among[-2]  # ("Among the 31 deceased there are 14 children": a calque)
    among = among[-5:]
    if len(among) >= 3 and among[-1] in ("were", "was", "are", "is") and (
            "among" in among or among[-2] in _TOLD_FATES):
        word = among[-2]
        told = _among_the_told(toks, lead)
        if told is not None:
            # (of the toll told before it in the sentence, else of one told earlier)
            return _part_of_told(told, fig, victims, sent, first,
                                 max(end - 1, last), toks, prior, wholes_only=False)
        if word in ("them", "those", "whom") and prior and head is not None:
            # "Bandits killed 23 people, and among them were eight members of the local
            # vigilante": some of the toll just told, of its fate
            return _part_of_told(prior[-1].outcome, fig, victims, sent, first,
                                 max(end - 1, last), toks, prior, wholes_only=False)
    elif among and among[-1] in ("were", "was") and \
            (told := _among_those_then(toks, lead)) is not None:
        # "Among those killed on Wednesday were six children", "Among those put to death
        # were 19 women"
        return _part_of_told(told, fig, victims, sent, first, max(end - 1, last), toks,
                             prior, wholes_only=False)
    # "Wounded were two teenagers, ages 15 and 16", "Killed in the attack were 12 soldiers"
    opener = _inverted_opener(toks)
    if opener is not None and opener[1] == first - 1:
        return _mention(opener[0], fig, victims, sent, first, max(end - 1, last), toks)
    # "the dead included three soldiers": some of the dead counted before
    told = _among_the_told(toks, lead)
    if told is not None and among[-1] in ("included", "include", "includes"):
        return _part_of_told(told, fig, victims, sent, first, max(end - 1, last), toks,
                             prior, wholes_only=False)
    if lead != first:
        told = _among_the_told(toks, first)
    if told is not None and among[-1] == ",":
        # (past a first item, see _among_the_told: a part of the whole, not of the items
        # before it in the list)
        return _part_of_told(told, fig, victims, sent, first, max(end - 1, last), toks,
                             prior)
    # Nominal: "28 dead", "2 fatalities", "59 wounded", "1 killed".
    later = [t.lower for t in toks[j:j + 12]]
    own = later[:next((i for i, w in enumerate(later) if w in ("and", ";", "as", "while",
                                                                "but", "according") or
                       # ("displaced 1 million people, most of whom have since returned")
                       w == "," and "whom" in later[i + 1:i + 4]), len(later))]
    freed = next((i for i, w in enumerate(own) if w == "alive" or w in _FREED), None)
    if freed is not None and not any(w in ("abducted", "kidnapped", "captured", "seized")
                                     for w in own[1:freed]) or \
            first > 0 and toks[first - 1].lower in _FREED:
        # "33 missing soldiers had been found alive": not casualties any more (in the
        # figure's own clause: "killed two assailants and rescued 40 hostages" still kills;
        # "Two soldiers abducted in the attack were freed" were taken all the same, not
        # "18 kidnapped farmers freed", some of those taken told before)
        return None
    if head is not None and toks[head].lower in ("prisoners", "detainees") and head > 0 and \
            toks[head - 1].lower == "political" and not _negated(toks, first):
        # "it had registered 884 political prisoners": people held, counted as they are
        return _mention(Outcome.ARRESTED, fig, victims, sent, first, head, toks)
    if end == j and j + 1 < len(toks) and toks[j].text[:1].isupper() and \
            toks[j + 1].lower in L.NOMINAL and toks[j].lower not in L.NON_PERSON:
        # "4 PKK fatalities": the dead of a named group
        victims = _victims(toks, None, toks[j].text, j, j + 1, text)
        return _mention(L.NOMINAL[toks[j + 1].lower], fig, victims, sent, first, j + 1, toks)
    if end == j and nxt in L.NOMINAL:
        k = j + 1
        outcome = L.NOMINAL[nxt]
        if nxt == "dead" and k < len(toks) and toks[k].lower in ("end", "ends"):
            return None
        if nxt in _STATE_WORDS and k < len(toks) and toks[k].lower in L.VICTIM_NOUNS and \
                toks[k].lower not in L.UNKNOWN_NOUNS:
            # "nine injured soldiers", "around 20 dead soldiers": the word tells their state,
            # the noun after it who they were (not "14 injured men": no more than the 14
            # injured); and "two wounded soldiers died" are dead
            fate = next((i for i in range(k + 1, min(len(toks), k + 4))
                         if toks[i].lower in L.AFTER and toks[i].lower not in L.NOMINAL), None)
            fate_outcome = L.AFTER[toks[fate].lower] if fate is not None else None
            if fate_outcome is None or fate_outcome == outcome or \
                    outcome == Outcome.WOUNDED and fate_outcome == Outcome.KILLED:
                # (not "one wounded Maoist was arrested": wounded, and arrested, read apart)
                victims = _victims(toks, k, None, k, k + 1, text)
                if fate_outcome == Outcome.KILLED and outcome == Outcome.WOUNDED:
                    return _mention(Outcome.KILLED, fig, victims, sent, first, fate, toks)
                return _mention(outcome, fig, victims, sent, first, k, toks)
        return _mention(outcome, fig, victims, sent, first, j, toks)
    # "two policemen were among the dead": some of the dead counted before, or all told
    # ("five soldiers manning the checkpoint were among the dead": past a participle)
    at = end
    if at < len(toks) and toks[at].lower.endswith("ing") and toks[at].lower not in _FUNCTION:
        at = next((i for i in range(at + 1, min(len(toks), at + 6))
                   if toks[i].lower in ("were", "are", "was", "is")), end)
    else:
        at = _past_ages(toks, at)  # "Two children, aged 7 and 12, were among the dead"
    if at + 1 < len(toks) and toks[at].lower == "and" and toks[at + 1].lower in ("a", "an"):
        # "Three children and a woman were among the dead": the list's verb, past its last
        # item
        at = next((i for i in range(at + 2, min(len(toks), at + 6))
                   if toks[i].lower in ("were", "are")), at)
    among = _among_after(toks, at)
    if among is None and at + 2 < len(toks) and toks[at].lower == "and" and \
            (toks[at + 1].text[:1].isdigit() or toks[at + 1].lower in UNITS or
             toks[at + 1].lower in TENS):
        # "38 women and 21 children were among those killed": the first of two joined counts
        verb = next((i for i in range(at + 2, min(len(toks), at + 7))
                     if toks[i].lower in ("were", "are")), None)
        if verb is not None and all(t.text[:1].isalnum() for t in toks[at + 1:verb]):
            among = _among_after(toks, verb)
    if among is not None:
        return _part_of_told(among[0], fig, victims, sent, first, among[1], toks, prior)
    # Displacement told by fleeing: "5,000 people fled their homes", "were forced to flee"
    # (past an aside: "More than 9,000 residents, or about 1,900 families, have fled", "2,500
    # families who had returned to Sinjar have fled again")
    aside = _FLED_ASIDE.match(text, toks[end].start) if end < len(toks) else None
    past = aside.end() if aside else toks[end].start if end < len(toks) else None
    at = past
    if end < len(toks) and head is None and named is None and toks[end].lower == "who" and \
            fig.best >= 1000:
        at = toks[end].end  # "including more than 4 million who have fled abroad"
    fled = _FLED.match(text, at) if at is not None else None
    if fled is None and at is not None and fig.best >= 10 and (
            head is not None and (toks[head].lower in _RESIDENTS or _people_name(toks[head].text)
                                  # ("More than 300 miners have fled the Dabia area")
                                  or fig.best >= 50 and toks[head].lower.endswith("s") and
                                  toks[head].lower in L.CIVILIAN_NOUNS)
            or head is None and named is not None and _people_name(named) or
            # ("70,000 have fled to neighboring countries": a figure that large is people)
            head is None and named is None and fig.best >= 1000 and end < len(toks) and
            toks[end].lower in ("have", "had", "crossed", "fled", "poured", "streamed")):
        # "Around 500 residents fled the village" (not "two suspects fled the area")
        fled = _FLED_PLACE.match(text, at) or _ARRIVED_FLEEING.match(text, at)
    if fled is None and at is not None and fig.best >= 100 and head is None and named is None:
        fled = _SHELTERED_AT.match(text, at)  # "while about 600 took refuge in Macomia town"
    if fled is None and at is not None and fig.best >= 100 and head is not None and \
            toks[head].lower in _RESIDENTS:
        # "about 400 villagers from Mugi had taken shelter in a church", "1,240 residents of
        # five villages in Gome had fled to Ilaga", "3,500 people were sheltering with
        # relatives": past where they came from
        tail = _WHENCE.match(text, at)
        after = tail.end() if tail is not None else at
        fled = _FLED.match(text, after) or _FLED_PLACE.match(text, after) or \
            _SHELTERED_AT.match(text, after)
    fled_end = fled.end() if fled is not None else None
    if fled is None and head is not None and j < head and toks[j].lower == "displaced" and \
            toks[head].lower in _RESIDENTS and fig.best >= 10 and \
            (first == 0 or not toks[first - 1].text.isalpha() or
             toks[first - 1].lower in ("and", "that", "said", "says")) and \
            head + 1 < len(toks) and \
            toks[head + 1].lower in ("are", "were", "remain", "remained", "have", "had") and \
            not any(t.lower in L.AFTER for t in toks[head + 1:head + 6]):
        # "over 15,000 displaced persons are taking refuge in 11 camps": told as what they do
        # (not "Shelling killed 18 displaced persons", "The camp hosts 18,000 displaced")
        fled_end = toks[head].end
    if head is not None and toks[head].lower in ("families", "households") and aside and \
            (people := _people_in_aside(text, toks, aside)) is not None:
        # "about 1,800 families, or some 8,000 people, had fled": the people told, of the
        # families' kind
        fig, victims = people[0], replace(people[1], type=victims.type)
    if fled_end is not None and not _modal_before(toks, first) and not _negated(toks, first):
        last = next((i for i in range(end, len(toks)) if toks[i].end >= fled_end),
                    len(toks) - 1)
        m = _mention(Outcome.DISPLACED, fig, victims, sent, first, last, toks)
        if head is None and named is None and _MOST_OF_THEM.match(text, sent.start):
            # "Most have gone to Tawila ..., but some 14,000 have crossed into Chad": some
            # of the displaced told before
            m.of_told, m.of_those = True, "displaced"
        return m
    flee = _FLEE_AFTER.match(text, past) \
        if 0 < first and past is not None and toks[first - 1].lower in _DROVE else None
    if flee is not None:  # "forced 5,000 people to flee", "forced 300 families from their homes"
        last = next(i for i in range(end, len(toks)) if toks[i].end >= flee.end())
        return _mention(Outcome.DISPLACED, fig, victims, sent, first, last, toks)
    if head is not None and end < len(toks) and toks[head].lower in _PEOPLE_WORDS and \
            (hurt := _WITH_WOUNDS.match(text, toks[end - 1].end)) is not None and \
            fig.qualifier != Qualifier.VAGUE and not _negated(toks, first) and not (
                first > 1 and toks[first - 1].lower == "of" and
                toks[first - 2].lower in ("bodies", "corpses", "remains")):
        # "more than 120 people with gunshot or beating injuries had been treated there": the
        # subject of a state (not "the bodies of 2 civilians with gunshot wounds"; wounded
        # unless counted dead)
        at = next(i for i in range(end, len(toks)) if toks[i].end >= hurt.end())
        if at + 1 < len(toks) and toks[at + 1].lower in L.AUX:
            return _mention(Outcome.WOUNDED, fig, victims, sent, first, at, toks, weak=True)
    # Passive / adjectival: "were reportedly killed", "dead", possibly after an
    # "including ..." aside, coordinated victims or a prepositional phrase.
    found = _passive_after(toks, end, _verifier(text, sent))
    if found is not None and found[2] is not None and _comma_who(toks, found[2][1]) and \
            first > 1 and toks[first - 1].lower == "of" and \
            toks[first - 2].lower in ("bodies", "remains", "corpses"):
        found = None  # "the bodies of six people, including two children, who had been
        # abducted": the dead, whatever happened to them before
    if found is not None and _comma_who(toks, end) and _in_including_list(toks, first):
        found = None  # "..., including three women and two children, who had been
        # abducted": the clause is the whole's, told of all of them
    if found is not None and end < len(toks) and toks[end].lower == "as" and \
            _toll_before(toks, first):
        found = None  # "toll rises to three as injured youth dies": the toll, then a clause
    if found is not None and found[0] > end and first > 0 and toks[first - 1].lower in _MOVED:
        found = None  # "Rescuers pulled five survivors from the rubble, and 12 remain missing"
    if found is not None and found[0] > end + 1 and first > 1 and \
            [t.lower for t in toks[first - 2:first]] in _FIRED_ON:
        found = None  # "A man who opened fire on two officers ... was shot": the man was
    if found is not None and found[0] > end and fig.stated and fig.best >= 2 and \
            found[2] is None and toks[found[0] - 1].lower == "was" and \
            not _a_total_of(toks, first) and \
            not any(t.lower in ("including", "among") for t in toks[end:found[0]]):
        found = None  # "A man who held his wife and her two children hostage ... was shot
        # and killed": a verb of one person is not the many's told before it (but "at least
        # six people, including a local leader, was injured" agrees with its aside)
    if found is not None and found[0] == end and found[1] in L.AFTER and \
            toks[found[0]].lower in L.AFTER and _object_follows(toks, found[0] + 1, text):
        return None  # "20 gunmen killed 5 villagers", "100 residents lynched two men"
    if found is not None and found[0] > end and toks[found[0] - 1].lower in (
            "have", "has", "had") and toks[found[0]].lower in L.BEFORE and \
            _object_follows(toks, found[0] + 1, text):
        # "Police investigating the fatal stabbings of two people ... have arrested a
        # woman": the verb's subject did it to someone else
        found = None
    if first > 0 and toks[first - 1].lower == "by" or _beside_an_agent(toks, first, end):
        return None  # "abducted by five armed assailants", "tackled by a security guard and
        # two members of the public": the agents
    if found is not None and (end < len(toks) and toks[end].lower == "and" or
                              found[0] > end + 1) and \
            first > 0 and (toks[first - 1].lower in L.BEFORE or toks[first - 1].text == "," or
                           toks[first - 1].lower in ("lost", "losing") or
                           # ("A man stabbed two Israelis ... before being shot dead": the
                           # stabber was)
                           toks[first - 1].lower in ("stabbed", "shot") and
                           toks[found[0]].lower in ("shot", "killed", "gunned", "arrested",
                                                    "detained", "captured") and
                           any(t.lower == "being" for t in toks[end:found[0]]) or
                           # ("a man shot dead two people ... and then wounded a police
                           # officer")
                           first > 1 and [t.lower for t in toks[first - 2:first]] in (
                               ["shot", "dead"], ["gunned", "down"])) \
            and _active_before(toks, first) is not None:
        # "a shooting that killed one person and injured another", "suspected of shooting
        # and wounding two employees ... has been arrested": the figure is an object
        found = None
    # (one unknown noun may stand between: "One bodyguard was killed")
    skip_from = end + 1 if end < len(toks) and toks[end].text[:1].isalpha() else end
    if found is not None and head is None and found[2] is None and any(
            toks[i].lower not in L.AUX for i in range(skip_from, found[0])) and \
            not _acronym_joined(toks, end, skip_from):
        found = None  # "Feb. 9, 2014) A father was killed": a bare number far from the verb
    if found is not None and fig.best >= 2 and end + 1 < len(toks) and \
            toks[end].lower == "and" and toks[end + 1].lower in ("was", "is", "has"):
        found = None  # "an argument with his girlfriend's two sons and was stabbed": not theirs
    if found is not None and not _modal_before(toks, first):
        k, w, seg = found
        if seg is not None:
            asides.append((seg[0], seg[1], len(prior)))
        if (w == "shot" or w == "gunned") and first >= 2 and \
                toks[first - 1].lower == "of" and toks[first - 2].lower in ("deaths", "killing",
                                                                             "killings"):
            # "confirmed the deaths of three men who were shot by Guard officers": dead
            return _mention(Outcome.KILLED, fig, victims, sent, first, k, toks)
        if w == "shot" or w == "gunned":
            return _shot(text, sent, toks, fig, victims, first, k)
        if w in ("lost",):
            return _mention(Outcome.KILLED, fig, victims, sent, first, k + 2, toks)
        if w in ("stabbed", "beaten"):
            # "four hostages were beaten", "two men were stabbed to death"
            dead = [t.lower for t in toks[k + 1:k + 3]] == ["to", "death"]
            return _mention(Outcome.KILLED if dead else Outcome.WOUNDED, fig, victims, sent,
                            first, k + 2 if dead else k, toks)
        if w in ("bodies", "corpses") and head is not None:
            return None
        if L.AFTER[w] == Outcome.KILLED and head is None and prior and prior[-1].weak and \
                fig.best < prior[-1].figure.best:
            # "two people were shot through a window, and one died": the dead among them
            return _mention(Outcome.KILLED, fig, prior[-1].victims, sent, first, k, toks,
                            parent=len(prior) - 1)
        outcome = L.AFTER[w]
        if outcome in (Outcome.ABDUCTED, Outcome.ARRESTED) and k == j and \
                k + 1 < len(toks) and _person_noun(toks[k + 1].lower) and \
                (before := _active_before(toks, first)) is not None and \
                before[0] == Outcome.KILLED:
            # "the execution of at least 35 captured men": the taken, killed
            victims = _victims(toks, k + 1, None, k, k + 2, text)
            return _mention(Outcome.KILLED, fig, victims, sent, first, k + 1, toks)
        if outcome != Outcome.KILLED and k + 2 < len(toks) and toks[k + 1].lower == "and" \
                and L.AFTER.get(toks[k + 2].lower) == Outcome.KILLED:
            outcome, k = Outcome.KILLED, k + 2  # "were kidnapped and killed": dead
        noun = head if head is not None and k < head else k + 1 \
            if k + 1 < len(toks) and _person_noun(toks[k + 1].lower) else None
        if outcome == Outcome.WOUNDED and noun is not None and (died := next(
                (i for i in range(noun + 1, min(len(toks), noun + 5))
                 if toks[i].lower in ("succumbed", "died", "perished")), None)) is not None \
                and all(t.lower in L.AUX or t.lower in ("later", "also", "then")
                        for t in toks[noun + 1:died]):
            # "two more injured policemen succumbed to their wounds": the hurt who died
            if noun != head:
                victims = _victims(toks, noun, None, k + 1, noun + 1, text)
            outcome, k = Outcome.KILLED, died
        if w == "hospitalized" and toks[k].lower in ("in", "at"):
            # "Ten were wounded, and four remain in hospital": some of the hurt told before,
            # if any
            return _part_of_told(outcome, fig, victims, sent, first, k, toks, prior)
        m = _mention(outcome, fig, victims, sent, first, k, toks)
        # "4 people (...) as well as 2 policemen were killed": on top of the others
        m.extra = first >= 3 and [t.lower for t in toks[first - 3:first]] == ["as", "well",
                                                                              "as"]
        return m
    # "2 soldiers were killed in Djibo and 3 in Arbinda": the verb left out, the figure
    # after "and" counts more of the same, elsewhere
    if head is None and end == j and first > 0 and \
            (toks[first - 1].lower in ("and", ",", ":") or toks[first - 1].text in _DASHES) and \
            j < len(toks) and toks[j].lower in ("in", "at", "near", "on") and prior and \
            prior[-1].last < first and _active_before(toks, first) is None and not any(
                t.lower in L.AFTER or t.lower in L.BEFORE
                for t in itertools.takewhile(lambda t: t.text not in (",", ";", "."), toks[j:])) \
            and not any(t.lower in _BODY for t in toks[j + 1:j + 4]):
        # (not "two men were wounded - one in the leg and one in the arm": where they were hit)
        p = prior[-1]
        if p.of_told and p.parent is None and toks[first - 1].lower in ("and", ","):
            # "Seven of Thursday's victims died in Maputo, two in Nampula and two in
            # Quelimane": more of the toll told before, beside the first part
            m = _mention(p.outcome, fig, p.victims, sent, first, last, toks)
            m.of_told, m.of_those = True, p.of_those
            return m
        if (toks[first - 1].text in (",", ":") or toks[first - 1].text in _DASHES) and \
                p.parent is None and _and_n_in(toks, j):
            # "killed 17 people overnight, 12 in Kharkiv and five in Sumy" (or after a colon):
            # a breakdown
            return _mention(p.outcome, fig, p.victims, sent, first, last, toks,
                            parent=len(prior) - 1)
        if toks[first - 1].lower in ("and", ",") and p.parent is not None and \
                p.figure.stated and p.victims == prior[p.parent].victims:
            # ("... and five in Sumy", "five in Kisumu, three in Nairobi": one more part)
            return _mention(p.outcome, fig, p.victims, sent, first, last, toks, parent=p.parent)
        if toks[first - 1].lower == "and" and p.parent is None:
            m = _mention(p.outcome, fig, p.victims, sent, first, last, toks)
            m.extra = True
            return m
    # Active: a trigger verb shortly before the figure.
    act = _active_before(toks, first)
    if act is not None and head is None and end == j and j < len(toks) and \
            _capitalised(toks[j].text) and toks[j].lower not in L.NON_PERSON:
        # "killed at least 12 Sudanese Misseriya": a people named without a noun ("killed 12
        # Boko Haram": a group's name of two words, "12 al-Shabaab")
        e = j
        while e < len(toks) and _capitalised(toks[e].text):
            e += 1
        name = " ".join(t.text for t in toks[j:e])
        victims = _victims(toks, None, name if armed_group(name) else toks[e - 1].text, j, e,
                           text)
        end, head = e, e - 1
    if act is not None and (head is not None or end == j):
        outcome, at = act
        if toks[at].lower == "shot":
            after = [t.lower for t in toks[end:end + 2]]
            if after[:1] == ["dead"] or after == ["to", "death"]:
                return _mention(Outcome.KILLED, fig, victims, sent, first, end, toks)
            if head is None:
                return None
        return _mention(outcome, fig, victims, sent, first, max(end - 1, last), toks,
                        weak=toks[at].lower in ("shooting", "shot", "stabbed", "stabbing",
                                                "striking", "hitting"))
    # "five hostages died in the ensuing clashes along with 27 assailants": more of them
    if prior and head is not None and first >= 2 and [t.lower for t in toks[first - 2:first]] \
            in (["along", "with"], ["together", "with"]):
        m = _mention(prior[-1].outcome, fig, victims, sent, first, end - 1, toks)
        m.extra = True
        return m
    # "the death toll rose to 38 soldiers", "put the number of fatalities at 25 troops"
    # (and "Gunmen killed 40 people. Local officials put the figure at 52": the toll told
    # just before)
    if _PUT_AT_BEFORE.search(text, max(0, toks[first].start - 40), toks[first].start) and \
            (told := _fate_told_last(text, max(0, sent.start - 300), toks[first].start)):
        # "Police initially said 87 girls were taken. The state government later put the
        # number at 102": the figure of the fate told last
        m = _mention(told, fig, victims, sent, first, max(end - 1, last), toks)
        m.put_for_told = True
        return m
    if _toll_before(toks, first):
        if head is None:
            victims = _toll_victims(toks, first, text) or victims
        return _mention(Outcome.KILLED, fig, victims, sent, first, max(end - 1, last), toks)
    counted = _number_of_before(toks, first)
    if counted is not None and head is None:
        # "the number of disappeared is closer to 2,000", "the number of missing stands at 40"
        return _mention(counted, fig, victims, sent, first, max(end - 1, last), toks)
    # Coordinated: "56 rebels dead, six of them on Monday, and four civilians".
    if head is not None and prior:
        p = prior[-1]
        # At most 9 tokens: only a gap of 8 or fewer can coordinate, and slicing the
        # whole gap made a long sentence of figures quadratic (the budget never fired).
        between = [t.lower for t in toks[max(p.last + 1, first - 9):first]]
        if p.parent is None or True:
            if ("and" in between or "," in between) and len(between) <= 8 and not any(
                b in L.BEFORE or b in L.AFTER or b in ("said", "told", "while", "but") or
                b.endswith("ing") and b not in _NOT_GERUNDS for b in between
            ) and not _verb_between(text, sent, toks, max(p.last + 1, first - 9), first) and \
                    not ("as" in between and "well" not in between or "when" in between) and \
                    between[-1:] != ["that"]:
                # (not "..., and that 35 people with burns had been referred to hospital": a
                # clause of its own)
                # (not "six people wounded, as three people close to the suspect were held
                # for questioning": a clause of its own)
                root = p if p.parent is None else prior[p.parent]
                if toks[root.last].lower in ("homicides", "murders"):
                    return None  # "six homicides and 15 shooting victims": no 15 killed
                if "addition" in between and toks[head].lower in _BOMBER_WORDS and (
                        dead := next((x for x in prior if x.outcome == Outcome.KILLED), None)):
                    # "30 people were killed and 47 wounded, in addition to the two bombers":
                    # the attackers died with the dead, on top of them
                    m = _mention(Outcome.KILLED, fig, victims, sent, first, end - 1, toks)
                    m.extra = True
                    return m
                own = _passive_after(toks, end)
                if root.outcome == Outcome.KILLED and (
                        _in_hospital_at(toks, end) or own is not None and
                        own[1] == "hospitalized" and toks[own[0]].lower in ("in", "at")):
                    # "the death toll rose to 31, with 60 people still in hospital": the hurt
                    # (some of those told before, if any)
                    return _part_of_told(Outcome.WOUNDED, fig, victims, sent, first, end - 1,
                                         toks, prior)
                if end + 2 < len(toks) and toks[end].lower == "who" and \
                        toks[end + 1].lower in ("sustained", "suffered", "received") and any(
                            t.lower in _WOUND_NOUNS for t in toks[end + 2:end + 6]):
                    # "Six persons were abducted, and seven others who sustained injuries are
                    # in hospital": their own fate, told in the relative clause
                    return _mention(Outcome.WOUNDED, fig, victims, sent, first, end + 1, toks)
                if own is not None and own[1] in L.AFTER and own[0] <= end + 3:
                    # "One worshipper ... was shot dead and two others were injured": a verb
                    # of their own, not the dead's
                    return _mention(L.AFTER[own[1]], fig, victims, sent, first, own[0], toks)
                if j < head and toks[j].lower in ("taken", "held") and \
                        toks[head].lower in ("hostage", "hostages", "captive", "captives"):
                    # "1,400 people were killed ... and some 240 taken hostage"
                    return _mention(Outcome.ABDUCTED, fig, Victims(VictimType.UNKNOWN, None,
                                                                   None), sent, first, head, toks)
                verb = next((i for i in range(end + 1, min(len(toks), end + 4))
                             if toks[i].lower not in L.AUX), None)
                if verb is not None and toks[end].lower in ("were", "was", "had", "have",
                                                            "has", "are", "is") and \
                        toks[verb].text[:1].isalpha() and toks[verb].lower not in L.AFTER and \
                        toks[verb].lower != "shot" and toks[verb].lower not in L.NOMINAL:
                    # "We received 19 bodies, and 47 people were admitted with injuries": a
                    # verb of their own, no casualty's but for the wounds it names
                    hurt = next((i for i in range(end + 2, min(len(toks) - 1, end + 7))
                                 if toks[i].lower in ("with", "for") and
                                 toks[i + 1].lower in _WOUND_NOUNS), None)
                    if hurt is None:
                        return None
                    return _mention(Outcome.WOUNDED, fig, victims, sent, first, hurt + 1, toks)
                if end < len(toks) and toks[end].lower in _DEEDS:
                    return None  # "killed nine inmates, and in January last year 28 inmates
                    # fled a jail": a verb of their own
                said = next((i for i in range(end, min(len(toks), end + 5))
                             if toks[i].lower in ("told", "said", "say", "says")), None)
                if said is not None and not any(t.text == "," for t in toks[end:said]):
                    return None  # ", two hospital officials and a resident told Reuters"
                if "leave" in [t.lower for t in toks[end:end + 4]] or (
                        end < len(toks) and toks[end].lower.endswith("ing") and
                        toks[end].lower not in ("including",)):
                    # "one man dead ... and three officers on administrative leave",
                    # "found a man wounded and two people running from the scene"
                    return None
                if not (end < len(toks) and toks[end].lower in ("in", "on") and root is p and
                        p.outcome != Outcome.KILLED):
                    m = _mention(root.outcome, fig, victims, sent, first, end - 1, toks)
                    m.of_told = root.of_told  # ("the dead included three soldiers and 18 ...")
                    m.of_those = root.of_those  # ("Among them were two students and one
                    # visitor": the fate of those told before, as for the first item)
                    return m
    return None


# a sentence that goes on about the toll told before: "Of those,", "Of the dead,"
# a sentence that opens on the people of the toll told before: "Among them were 46 children"
def _part_of_those(text: str, sent: Sentence, toks: list[Token], fig: Figure, first: int,
                   of: int) -> Mention | None:
    """A subset of the people told before, with no verb of its own that hurts: "Ten of those
    detained were taken from Matagalpa" (the detained), "Eleven of them are minors" (of
    whatever fate they were told)."""
    n = len(toks)
    fled = _gone(text, toks[of + 2].start) \
        if of + 2 < n and toks[of + 1].lower in ("them", "those", "these") else None
    if fled is not None:
        # "Some 35,000 of them have crowded into schools", "About 3.9 million of them have
        # crossed into neighbouring countries": some of the displaced, where they went
        at = next(i for i in range(of + 2, n) if toks[i].end >= fled.end())
        m = _mention(Outcome.DISPLACED, fig, Victims(VictimType.UNKNOWN, None, None), sent,
                     first, at, toks)
        m.of_told, m.of_those = True, "displaced"
        return m if fig.best >= 10 else None
    if of + 2 < n and toks[of + 1].lower == "those" and toks[of + 2].lower in L.AFTER and \
            L.AFTER[toks[of + 2].lower] in (Outcome.ARRESTED, Outcome.ABDUCTED,
                                              Outcome.WOUNDED, Outcome.MISSING,
                                              Outcome.DISPLACED):
        m = _mention(L.AFTER[toks[of + 2].lower], fig, Victims(VictimType.UNKNOWN, None, None),
                     sent, first, of + 2, toks)
        m.of_told, m.of_those = True, "any"
        return m
    if of + 3 < n and toks[of + 1].lower == "them" and \
            toks[of + 2].lower in ("are", "were", "is", "was") and \
            not toks[of + 3].lower.endswith("ing"):  # ("One of them was buying diapers")
        end, head, named = _victim_phrase(toks, of + 3)
        if head is not None and _person_noun(toks[head].lower) and (
                end >= n or not toks[end].text[:1].isalpha() or toks[end].lower in _FUNCTION) \
                and not any(t.lower in L.AFTER or t.lower in L.BEFORE
                            for t in toks[end:end + 3]):
            m = _mention(Outcome.KILLED, fig, _victims(toks, head, named, of + 3, end, text),
                         sent, first, end - 1, toks)
            m.of_told, m.of_those = True, "any"
            return m
    return None


_AMONG_THEM = re.compile(r"\s*(?:Among\s+(?:them|those)\s+(?:were|was|are|is)|"
                         # "They included seven women", "Those held include 14 women"
                         r"They\s+include[ds]?|Those\s+(?:[\w-]+\s+){0,2}?include[ds]?)\s+"
                         r"(?:[\w-]+\s+){0,2}$")
_PART_OPENER = re.compile(r"\s*(?:Of|Among)\s+(?:(?:the|those)\s+"
                          r"(?:(?:murder|homicide|civilian)\s+)?(dead|killed|victims|wounded|"
                          r"injured|arrested|detained|abducted|kidnapped|missing|displaced)|"
                          r"those|them|these|"
                          # "Of the 187, 29 were under 18", "Of the 34 homicide victims, 14 ..."
                          r"the\s+(?P<whole>\d[\d,]*)(?:\s+[a-z-]+){0,3})"
                          r"\s*,\s*(?:[^,.;]{0,40}?\band\s+)?[^,.;]*$")
# the fates an "Of the ..." opener names: "Of those arrested, 38 were minors"
_PART_OPENER_FATES = {"wounded": Outcome.WOUNDED, "injured": Outcome.WOUNDED,
                      "arrested": Outcome.ARRESTED, "detained": Outcome.ARRESTED,
                      "abducted": Outcome.ABDUCTED, "kidnapped": Outcome.ABDUCTED,
                      "missing": Outcome.MISSING, "displaced": Outcome.DISPLACED}
# people counted as the victims of a killing: "27 people were victims of homicide"
# ("Mexico registered 34,608 victims of homicide in 2019")
_VICTIMS_OF = re.compile(r"\s+(?:(?:people|persons|residents)\s+(?:were|was|became|fell)\s+"
                         r"(?:the\s+)?)?victims?\s+of\s+(?:a\s+)?(?:intentional\s+|willful\s+|"
                         r"wilful\s+)?(?:homicides?|murders?|manslaughter|killings?|femicides?|"
                         r"(?:fatal|deadly)\s+shootings?|(?P<hurt>non-?fatal\s+shootings?)|"
                         r"(?P<taken>kidnappings?|abductions?))\b",
                         re.I)
# acts counted as the people they struck: "176 kidnappings", "157 killings of journalists",
# "14 fatal police shootings", "31 nonfatal shootings"
_COUNTED_ACTS = re.compile(r"\s+(?:(?P<taken>kidnappings|abductions)|killings|executions|"
                           # "176 cases of arbitrary arrest or detention", "312 cases of
                           # enforced disappearance"
                           r"(?P<held>cases\s+of\s+(?:arbitrary\s+)?(?:arrest|detention)\b)|"
                           r"(?P<gone>cases\s+of\s+(?:enforced\s+)?disappearance\b)|"
                           r"(?:(?:fatal|deadly)|"
                           r"(?P<hurt>non-?fatal))\s+(?:police\s+)?shootings)\b", re.I)
# the state of some of the hurt: "(27 of whom) remain in serious condition", "(19 of them) in
# critical condition"
_IN_CONDITION = re.compile(r"\s+(?:(?:are|were|remain|remained|is|was|remains)\s+)?"
                           r"(?:still\s+)?in\s+(?:a\s+)?(?:critical|serious|stable|grave|"
                           r"life-threatening)\s+condition\b|"
                           # "38 of whom remained in hospital on Monday", "eight of them in
                           # intensive care": where some of the hurt are, no count of its own
                           r"\s+(?:(?:are|were|remain|remained|remains|still)\s+)+"
                           r"(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed)\b|"
                           r"\s+(?:(?:are|were|remain|remained|still)\s+)?in\s+intensive\s+care\b",
                           re.I)
# how badly some of the hurt were hurt: "several of them seriously"
_BADLY = re.compile(r"\s+(?:(?:are|were|was|is)\s+)?(?:seriously|critically|severely|badly|"
                    r"gravely)\b", re.I)
# what people do of their own, after a list's figure: "and 28 inmates fled a jail"
_DEEDS = frozenset("fled escaped ran broke went returned arrived stormed attacked marched "
                   "gathered protested surrendered joined took left crossed held".split())
# a whole told again to open its parts: "Of the 34 homicide victims, 14 were ..."
_WHOLE_RETOLD = re.compile(r"\s*Of\s+the\s+$")
_WHOLE_RETOLD_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}\s*,")
# times whose own toll a subset is of: "Four of last year's homicide victims"
_TIMES_OWN = frozenset("year's week's month's weekend's monday's tuesday's wednesday's "
                       "thursday's friday's saturday's sunday's".split())
# a victim noun's word that says they were killed: "homicide victims"
_KILLING_NOUNS = frozenset("homicide murder killing".split())
# an age bound that tells who a part were: "29 were under 18", "12 were younger than 10"
_AGE_BOUND = re.compile(r"(?:under(?:\s+the\s+age\s+of)?|younger\s+than|below\s+the\s+age\s+of|"
                        r"aged\s+under)\s+\d{1,2}\b", re.I)


def _a_total_of(toks: list[Token], first: int) -> bool:
    """ "A total of 12 people was killed": a count, told in the singular."""
    return first > 1 and toks[first - 1].lower == "of" and toks[first - 2].lower in (
        "total", "number", "toll", "tally", "count")


def _who_they_were(toks: list[Token], k: int, text: str) -> tuple[Victims, int] | None:
    """Who the part of a toll told at token k were, and the last token of it: people
    ("teenagers", "Hezbollah fighters") or an age bound ("under 18"), with nothing after
    that tells a fate ("two were treated", "five were killed")."""
    if k >= len(toks):
        return None
    age = _AGE_BOUND.match(text, toks[k].start)
    if age is not None:
        last = next(i for i in range(k, len(toks)) if toks[i].end >= age.end())
        minors = int(re.search(r"\d+", age.group(0)).group(0)) <= 18
        v = Victims(VictimType.CIVILIANS if minors else VictimType.UNKNOWN,
                    "minors" if minors else None, Span.of(text, age.start(), age.end()))
        return (v, last) if not any(t.lower in L.AFTER for t in toks[last + 1:last + 4]) \
            else None
    end, head, named = _victim_phrase(toks, k)
    if head is None or toks[k].lower.endswith("ing") or not _person_noun(toks[head].lower) or any(
            t.lower in L.AFTER or t.lower in L.BEFORE for t in toks[end:end + 3]) or \
            end < len(toks) and toks[end].text[:1].isalpha() and toks[end].lower not in _FUNCTION:
        return None
    return _victims(toks, head, named, k, end, text), end - 1


def _by_a_share_from(toks: list[Token], first: int) -> bool:
    """ "down 36% from 185", "up 12 percent from 97": a figure compared by a share of it."""
    if first < 4 or toks[first - 1].lower != "from":
        return False
    words = [t.lower for t in toks[max(0, first - 6):first - 1]]
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in ("up", "down")), None)
    return at is not None and 2 <= len(words) - at <= 4 and \
        words[at + 1][:1].isdigit() and any(w in ("%", "percent", "cent") for w in words[at + 2:])


# what a figure compared with the one before follows: "up from 44", "compared with 97"
_COMPARED = frozenset({("up", "from"), ("down", "from"), ("compared", "with"),
                       ("compared", "to")})
# words that open an aside about the people just counted: "703 Iraqis, including ..."
_ASIDE_OPENERS = frozenset("including most mostly mainly all among many".split())
# what people are admitted or treated with or for when they are wounded
_WOUND_NOUNS = frozenset("injuries injury wounds wound gunshot bullet shrapnel burns".split())


# dashes that open a breakdown: "nine were killed - five in Kisumu, three in Nairobi"
_DASHES = frozenset(("-", "\u2013", "\u2014", "--"))

# verbs whose object a figure after them is: the people moved, not a clause's subject
_MOVED = frozenset("pulled rescued freed released saved carried brought helped dragged lifted "
                   "led escorted airlifted ferried moved".split())

_CLAUSE_END = frozenset(
    ". ; : said says told while whereas but although because after before since until when "
    "if unless wrote writes posted tweeted announced reported that".split()
)
_NOT_GERUNDS = frozenset("including during according following regarding concerning "
                         "excluding".split())
_PLAIN = frozenset(", and the a an of in on at".split())


def _verb_between(text: str, sent: Sentence, toks: list[Token], a: int, b: int) -> bool:
    """ "killed 57 militants and took 6 prisoners": a verb of its own between two figures
    (the tagger decides, asked only when the gap holds more than plain joining words)."""
    if a >= b or all(t.lower in _PLAIN or not t.text[:1].isalpha() for t in toks[a:b]):
        return False
    return _verifier(text, sent)(toks[a].start, toks[b - 1].end)


def _object_follows(toks: list[Token], i: int, text: str, any_number: bool = False) -> bool:
    """Whether an object starts at toks[i]: "a"/"the"/"his" ..., a name, or a number of
    people ("killed 5 villagers"; with any_number, a number alone)."""
    if i >= len(toks):
        return False
    w = toks[i].lower
    if w in ("a", "an", "the", "his", "her", "their", "him", "them", "its") or \
            _person_word(toks, i):
        return True
    found = figure_at(toks, i, text)
    if found is None:
        return False
    nxt = found[2] + 1
    return any_number or any(_person_noun(t.lower) for t in toks[nxt:nxt + 3])


def _past_ages(toks: list[Token], k: int) -> int:
    """Past ages told in apposition at k: "Four men, ages 19 to 38, were wounded", "Two
    men, 20 and 24, were hit" -> the index after the closing comma; else k."""
    if k + 1 >= len(toks) or toks[k].text != ",":
        return k
    a = k + 1 + (toks[k + 1].lower in ("ages", "aged", "age"))
    if a + 3 < len(toks) and toks[a].text.isdigit() and toks[a + 1].lower in ("to", "and", "-") \
            and toks[a + 2].text.isdigit() and toks[a + 3].text == ",":
        return a + 4
    return k


# words before "in hospital" that tell people are lying there: "remain in hospital"
_STILL = frozenset("remain remains remained still are were is was".split())
# a visit to hospital that is no stay: "were in hospital visiting relatives"
_NOT_HURT_VISIT = frozenset("visiting visit working work for".split())


def _in_hospital_at(toks: list[Token], k: int) -> bool:
    """"in hospital", "at the hospital" from toks[k], for a stay there (not "in hospital
    visiting relatives")."""
    n = len(toks)
    if k >= n or toks[k].lower not in ("in", "at"):
        return False
    at = k + 1 + (k + 1 < n and toks[k + 1].lower in ("the", "a"))
    return at < n and toks[at].lower in ("hospital", "hospitals") and \
        (k + 3 >= n or toks[k + 2].lower not in _NOT_HURT_VISIT and
         toks[k + 3].lower not in _NOT_HURT_VISIT)


def _passive_after(toks: list[Token], end: int,
                   verify=None) -> tuple[int, str, tuple[int, int] | None] | None:
    """The trigger that ends the clause whose subject ends at `end`.

    Returns (index of the trigger, trigger word, the "including ..." aside if one was
    skipped) or None. Adjacent words ("56 rebels dead") need no auxiliary; a trigger
    further on ("two soldiers and six assailants were killed", "civilians from the town
    were reportedly killed") counts only after an auxiliary, so that "20 gunmen attacked
    the village and killed 5" does not make the gunmen victims.
    """
    n = len(toks)
    k = end
    seg = None
    if k + 1 < n and (toks[k].text == "(" or toks[k].text == "," and (toks[k + 1].lower in (
        "including", "among", "mostly", "mainly", "most", "all", "both", "among whom"
    ) or k + 3 < n and toks[k + 2].lower == "of" and toks[k + 3].lower == "them" and (
        toks[k + 1].text.isdigit() or toks[k + 1].lower in UNITS or toks[k + 1].lower in TENS))):
        # ("seven people, four of them children, died")
        for c in range(k + 1, min(n - 1, k + 30)):
            if toks[k].text == "(" and toks[c].text == ")":
                # a parenthesis ends at its own close: "4 people (including 1 journalist)
                # as well as 2 policemen were killed", "19 (10 policemen and 9 civilians)
                # were wounded"
                seg = (k + 1 + (toks[k + 1].lower == "including"), c)
                k = c + 1
                break
            if toks[c].text in (",", ")") and (toks[c + 1].lower in L.AUX or
                                               toks[c + 1].lower in L.AFTER or
                                               # ("112 people, including 58 security
                                               # personnel, lost their lives")
                                               toks[c + 1].lower == "lost" and c + 3 < n and
                                               toks[c + 3].lower in ("lives", "life") or
                                               # ("five people, including an elderly
                                               # woman, suffered minor injuries")
                                               toks[c + 1].lower in ("suffered", "sustained")
                                               and any(t.lower in _WOUND_NOUNS
                                                       for t in toks[c + 2:c + 5]) or
                                               # ("six people, including two children,
                                               # who had been abducted")
                                               _comma_who(toks, c)):
                seg = (k + 2, c)
                k = c + 1
                break
    if seg is None:
        k = _past_ages(toks, k)
    start = k
    aux = then = relative = False
    # "Two Somali citizens and four Kenyan citizens died": a numbered subject joined by
    # "and" shares the verb, with or without an auxiliary
    joined = k + 1 < n and toks[k].lower == "and" and (
        toks[k + 1].text[:1].isdigit() or toks[k + 1].lower in UNITS and
        toks[k + 1].lower not in ("a", "an", "no") or toks[k + 1].lower in TENS)
    while k < n and k - start < 26:
        w = toks[k].lower
        if toks[k].text in _QUOTES:
            if k == start:
                start += 1  # ('leaving "dozens" dead': still adjacent)
            k += 1  # 'had been "neutralised"'
            continue
        if w == "not" and (at := _not_accounted_for(toks, k, start, aux)) is not None:
            return at, "missing", seg  # "10 of its contractors had still not been accounted for"
        if w in L.NEGATION:
            return None
        if k > start and k + 2 < n and toks[k + 1].lower == "of" and \
                toks[k + 2].lower in ("them", "whom", "which", "those", "these") and \
                (w[:1].isdigit() or w in UNITS or w in TENS):
            return None  # "19 people on the bus, and 12 of them were killed": theirs
        if w == "fatally" and k + 1 < n and toks[k + 1].lower.endswith("ed"):
            return k, "killed", seg  # "were fatally assaulted"
        if aux and w in ("taken", "held", "seized") and _taken_captive(toks, k) and not any(
                t.lower in ("before", "killed", "executed", "shot") for t in toks[k + 2:k + 8]):
            # "were taken hostage", "were taken by the gunmen" (but "taken hostage from a
            # bus before being shot and killed" reads on to the death)
            return k, "abducted", seg
        if aux and w in ("listed", "registered", "reported", "declared", "recorded") and \
                [t.lower for t in toks[k + 1:k + 3]] == ["as", "missing"]:
            return k + 2, "missing", seg  # "63,000 Ukrainians were officially listed as missing"
        if w in ("buried", "trapped") and k + 2 < n and toks[k + 1].lower in (
                "under", "beneath", "underneath") and (aux or k == start):
            return k, "missing", seg  # "three people believed to be buried under a
            # collapsed shop", "at least four people trapped under the building"
        if w in L.AUX and w not in ("left",):
            aux = True
            k += 1
            continue
        if aux and w in _RAISING and w != "to" and k + 1 < n and toks[k + 1].lower == "to":
            k += 1  # "are estimated to have been displaced", "are said to have died"
            continue
        if aux and w == "to" and k + 1 < n and toks[k + 1].lower in ("have", "be"):
            k += 1 + (toks[k + 1].lower == "have")  # "are believed to have been killed"
            continue
        adjacent = k == start
        if aux and (w, *(t.lower for t in toks[k + 1:k + 3])) in (
                ("taken", "into", "custody"), ("held", "in", "custody")):
            return k, "arrested", seg  # "two men were taken into custody", "are being
            # held in custody"
        if aux and w == "picked" and k + 1 < n and toks[k + 1].lower == "up" and not (
                k + 2 < n and toks[k + 2].lower == "by" and not any(
                    t.lower in ("police", "officers", "security", "troops", "soldiers", "agents",
                                "forces", "detectives", "authorities")
                    for t in toks[k + 3:k + 6])):
            return k + 1, "arrested", seg  # "Four more suspects were picked up" (not "picked
            # up by their parents")
        if aux and w in ("under", "beneath") and k + 2 < n and \
                toks[k + 1].lower in ("the", "collapsed") and \
                toks[k + 2].lower in ("rubble", "debris", "ruins", "wreckage") and \
                toks[k - 1].lower in ("still", "be", "remain", "remained", "are", "were"):
            return k, "missing", seg  # "Around 15 people were believed to be still under the
            # rubble"
        if (aux or k == start) and w in ("left", "rendered", "made") and k + 1 < n and \
                toks[k + 1].lower == "homeless":
            return k + 1, "homeless", seg  # "60,000 people were rendered homeless"
        if aux and w == "left" and k + 2 < n and toks[k + 1].lower == "without" and (
                toks[k + 2].lower in ("shelter", "homes", "home") or
                k + 3 < n and toks[k + 2].lower == "a" and toks[k + 3].lower in ("home", "roof")):
            # "about 600 people were left without shelter", "were left without homes"
            return k + 2 + (toks[k + 2].lower == "a"), "homeless", seg
        if aux and toks[k - 1].lower in _STILL and _in_hospital_at(toks, k):
            return k, "hospitalized", seg  # "while 60 people remain in hospital", "40 are
            # still in hospital": the wounded who are still cared for
        if aux and w == "in" and k + 1 < n and toks[k + 1].lower == "custody" and \
                toks[k - 1].lower in ("are", "were", "is", "was", "remain", "remained",
                                      "now", "already"):
            return k + 1, "arrested", seg  # "Two men are in custody"
        if aux and toks[k - 1].lower in ("remain", "remains", "remained", "still") and (
                w in ("imprisoned", "jailed", "incarcerated") or
                w == "behind" and k + 1 < n and toks[k + 1].lower == "bars" or
                w == "in" and k + 1 < n and toks[k + 1].lower in ("detention", "prison",
                                                                  "jail")):
            # "at least 60 remain behind bars", "73 people remain imprisoned for political
            # reasons", "some 300 people remain in detention": people still held
            return k, "arrested", seg
        if aux and (w.endswith("ed") or w == "taken") and w not in L.AFTER and k + 2 < n:
            # "Nine passengers were offloaded (from a bus) and shot dead", "were taken off a
            # bus near Noshki and killed": the second participle, past a short phrase of place
            a = k + 1
            if toks[a].lower in ("from", "off", "out", "in", "at", "near", "into", "onto"):
                a = next((i for i in range(a + 1, min(n, a + 7)) if toks[i].lower == "and"
                          or not toks[i].text[:1].isalnum() or toks[i].lower in L.AUX), n)
            if a + 1 < n and toks[a].lower == "and" and (
                    toks[a + 1].lower in L.AFTER or toks[a + 1].lower in ("shot", "gunned")):
                k = a + 1
                then = True
                continue
        if aux and w in ("brought", "taken", "carried") and k + 1 < n and \
                toks[k + 1].lower == "dead":
            return k + 1, "dead", seg  # "Six people were brought dead to the hospital"
        if aux and w in ("rushed", "taken", "transported", "admitted", "brought", "airlifted",
                         "evacuated") and \
                any(t.lower in ("hospital", "hospitals") for t in toks[k + 1:k + 6]) and \
                any(t.lower in ("injuries", "wounds", "injury", "wound") and
                    toks[i - 1].lower in _VIOLENT_HURT
                    for i, t in enumerate(toks[k + 2:k + 12], k + 2)):
            return k, "injuries", seg  # "Three were rushed to hospital with gunshot injuries"
        if aux and (at := _treated_in_hospital(toks, k)) is not None:
            return at, "injuries", seg  # "Five people were being treated in hospital"
        if aux and w == "grazed" and not any(t.lower in L.NEGATION for t in toks[start:k]):
            return k, "wounded", seg  # "The other two men, 19 and 25, were grazed"
        if (adjacent or aux or _through_a_place(toks, start, k, verify)) and k + 1 < n:
            nxt = toks[k + 1].lower
            if w in ("went", "gone", "go", "goes", "going") and nxt == "missing":
                return k + 1, "missing", seg  # "four fishermen went missing"
            if w in ("sustained", "suffered", "received") and any(
                    t.lower in ("injuries", "wounds", "burns", "injury", "wound")
                    # ("sustained gunshot and machete injuries")
                    for t in itertools.takewhile(lambda t: t.text[:1].isalpha(),
                                                 toks[k + 1:k + 6])) \
                    and not any(t.lower in L.NEGATION for t in toks[k + 1:k + 3]):
                return k, "injuries", seg  # "27 sustained injuries", "suffered gunshot wounds"
            if w in ("laid", "lay") and nxt == "down" and k + 3 < n and \
                    toks[k + 2].lower in ("their", "his", "her") and \
                    toks[k + 3].lower in ("lives", "life"):
                return k + 3, "died", seg  # "nine security personnel had laid down their
                # lives"
            if w == "laid" and [t.lower for t in toks[k + 1:k + 3]] == ["to", "rest"] or \
                    w == "paid" and [t.lower for t in toks[k + 1:k + 4]] in (
                        ["the", "supreme", "price"], ["the", "ultimate", "price"]):
                return k, "died", seg  # "31 people had been laid to rest", "paid the
                # supreme price"
            if w in ("attained", "embraced") and nxt in ("martyrdom", "shahadat") or \
                    w == "sent" and [t.lower for t in toks[k + 1:k + 3]] == ["to", "hell"] or \
                    w == "gave" and [t.lower for t in toks[k + 1:k + 4]] == ["up", "the",
                                                                             "ghost"]:
                return k, "died", seg  # "two jawans attained martyrdom", "terrorists were
                # sent to hell", "three of the victims gave up the ghost"
            if w == "succumbed" and (nxt in _AFTER_SUCCUMBED or not nxt[:1].isalnum()):
                return k, "died", seg  # "one of them succumbed to injuries", "where one of
                # them, Sepoy Rakesh Kumar, succumbed."
            if w == "fell" and [t.lower for t in toks[k + 1:k + 6]] == [
                    "in", "the", "line", "of", "duty"]:
                return k + 5, "died", seg  # "Two of our members fell in the line of duty"
            if w == "fell" and (nxt in ("fighting", "heroically", "gallantly") or [
                    t.lower for t in toks[k + 1:k + 3]] in (
                    ["in", "battle"], ["in", "combat"], ["in", "action"], ["as", "martyrs"],
                    ["as", "heroes"], ["with", "their"], ["on", "the"]) and (
                    nxt != "on" or k + 3 < n and toks[k + 3].lower in ("battlefield",
                                                                      "front"))):
                return k, "died", seg  # "14 of our men fell with their weapons in hand"
            if w == "treated" and nxt == "for" and any(
                    t.lower in ("injuries", "wounds", "burns") for t in toks[k + 2:k + 5]):
                return k, "injuries", seg  # "55 were being treated for wounds"
            if w in ("burned", "burnt") and aux and [t.lower for t in toks[k + 1:k + 3]] == \
                    ["to", "death"]:
                return k, "killed", seg  # "two men were burned to death by a mob"
        if aux and w not in L.AFTER:
            blow = _blow(toks, k)
            if blow is not None:
                return k, blow, seg  # "were struck by gunfire", "were pistol-whipped"
        if w == "shot" and k + 1 < n and toks[k + 1].lower == "down":
            return None  # "17 were shot down": drones or aircraft, no one shot
        if aux and w in _TO_DEATH_VERBS and w not in ("stabbed", "beaten", "shot") and \
                k + 2 < n and toks[k + 1].lower == "to" and toks[k + 2].lower == "death":
            return k + 2, "killed", seg  # "Two men were hacked to death"
        if w == "hostages" and not aux and not adjacent and (
                toks[k - 1].text[:1].isdigit() or toks[k - 1].lower in UNITS or
                toks[k - 1].lower in TENS):
            k += 1  # "Five soldiers and four hostages were killed": the joined victims' noun
            continue
        if not adjacent and not aux and w in _ATTRIBUTIVE and k + 1 < n and (
                _person_noun(toks[k + 1].lower) or toks[k + 1].lower == "family") and \
                toks[k - 1].lower in ("for", "of", "with", "the", "their", "his", "her"):
            k += 1  # "22 relatives searching for disappeared family members have been
            # killed": a state told of other people, inside the subject's phrase
            continue
        if w in L.AFTER or w == "shot" or (w == "gunned" and k + 1 < n and
                                           toks[k + 1].lower == "down") or \
                w in ("stabbed", "beaten") and aux:
            if adjacent:
                return k, w, seg
            if not aux and not joined and not (
                    w in ("died", "perished", "drowned") and
                    _through_a_place(toks, start, k, verify)):
                return None  # (but "Two men in the car died")
            # Words skipped between the victims and the auxiliary: no verb of their own.
            first_aux = k - 1
            while first_aux > start and (toks[first_aux - 1].lower in L.AUX or
                                         toks[first_aux - 1].lower in _RAISING):
                first_aux -= 1  # (and "are believed to have been killed")
            if first_aux - start >= 2 and verify is not None and not then and not relative and \
                    verify(toks[start].start, toks[first_aux - 1].end):
                return None
            return k, w, seg
        if w == "lost" and (adjacent or aux or _through_a_place(toks, start, k, verify)) and \
                k + 2 < n and toks[k + 2].lower in ("lives", "life"):
            return k, w, seg  # (and "Two members of the security forces lost their lives")
        if w in ("before", "after") and k + 1 < n and toks[k + 1].lower == "being":
            # "one gendarme was taken hostage from a bus before being shot and killed": the
            # subject's first verb, then its casualty verb
            aux = then = True
            k += 2
            continue
        if w in ("who", "that") and not relative and not aux and (
                k == start or k == start + 1 and toks[start].text == "," or
                _joined_item(toks, start, k) or
                # ("two farmers from Kwakta who went missing")
                k - start in (2, 3) and toks[start].lower in ("from", "of") and
                all(t.text[:1].isupper() and t.text.isalpha() for t in toks[start + 1:k])):
            # "two militants who were involved in the drug trade were shot dead": a
            # relative clause on the subject, then its own verb
            main = _past_relative(toks, k)
            if main is not None:
                relative = True
                k = main
                continue
            if w == "who" and k + 1 < n and toks[k + 1].lower in ("died", "perished",
                                                                 "disappeared"):
                return k + 1, toks[k + 1].lower, seg  # "12 people who died in the attack"
            if w == "who" and [t.lower for t in toks[k + 1:k + 3]] == ["went", "missing"]:
                return k + 2, "missing", seg  # "two farmers who went missing on Friday"
            if w == "who" and k + 2 < n and toks[k + 1].lower in L.AUX:
                later = _fate_after_relative(toks, k + 1)
                if later is None:
                    # "Two guards who had been taken hostage by inmates ... were freed": the
                    # relative clause's own passive tells what befell them
                    relative = True
                    k += 1
                    continue
                if toks[later].lower in ("died", "dies", "succumbed") and \
                        not any(t.text in (",", ";") for t in toks[k:later]):
                    # "Three people who were wounded in the attack died in hospital": the
                    # main verb's fate
                    return later, "died", seg
                own = next((i for i in range(k + 2, min(n, k + 5)) if toks[i].lower in L.AFTER),
                           None)
                if own is not None and toks[own].lower in ("wounded", "injured", "hurt") and \
                        all(t.lower in L.AUX for t in toks[k + 1:own]) and \
                        toks[later].lower in ("evacuated", "hospitalized", "hospitalised") and \
                        toks[later - 1].lower in L.AUX:
                    # "Two miners who were wounded were evacuated to Dekai": moved for their
                    # wounds, the relative clause tells their fate
                    return own, toks[own].lower, seg
        if w in _CLAUSE_END or w in L.BEFORE or w in _RELATIVE:
            return None
        aux = False
        k += 1
    return None


_VIOLENT_HURT = frozenset("gunshot gunshots bullet stab machete blast shrapnel gun "
                          "knife".split())
# where people are treated when they are hurt, and what they are treated for when they are not
_CARE_PLACES = frozenset("hospital hospitals clinic clinics infirmary".split())
_NOT_HURT = frozenset("shock smoke exhaustion dehydration anxiety trauma stress "
                      "panic".split())


def _treated_in_hospital(toks: list[Token], k: int) -> int | None:
    """'(were being) treated in hospital', '(are) receiving treatment at Lahore General
    Hospital': the index of the treatment word when people under an auxiliary are being cared
    for in a hospital (not for shock or smoke), else None."""
    n = len(toks)
    w = toks[k].lower
    if w == "receiving" and k + 1 < n and toks[k + 1].lower in ("treatment", "care"):
        at = k + 2
    elif w == "treated":
        at = k + 1
    else:
        return None
    if at >= n or toks[at].lower not in ("in", "at"):
        return None
    end = next((i for i in range(at + 1, min(n, at + 7))
                if toks[i].lower in _CARE_PLACES), None)
    if end is None or any(not t.text[:1].isalnum() for t in toks[at + 1:end]):
        return None
    if any(t.lower in _NOT_HURT for t in toks[end + 1:end + 6]):
        return None  # "were treated in hospital for smoke inhalation"
    return k


def _through_a_place(toks: list[Token], start: int, k: int, verify) -> bool:
    """ "Two men in the car died", "Two jawans of the Army's Rashtriya Rifles attained
    martyrdom": only a prepositional phrase between the victims and an intransitive verb."""
    if k - start < 2 or k - start > 8 or toks[start].lower not in (
            "of", "in", "from", "at", "inside", "aboard", "near", "on"):
        return False
    if any(t.text in (",", ";", ":") or t.lower in ("and", "or", "but") or t.lower in _RELATIVE
           or t.lower in L.AUX or t.lower in L.BEFORE for t in toks[start:k]):
        return False
    return verify is None or not verify(toks[start].start, toks[k - 1].end)


_DETERMINERS = frozenset("the a an his her their its our my this that these those".split())
_SAYERS = frozenset("police officials authorities investigators witnesses officers".split())


def _not_accounted_for(toks: list[Token], k: int, start: int, aux: bool) -> int | None:
    """Where the missing word is read to, when toks[k] ("not") opens "not (yet) been accounted
    for" on the subject's verb ("had still not been accounted for", "have not yet been
    accounted for", "were not accounted for.")."""
    words = [t.lower for t in toks[k + 1:k + 5]]
    if words[:4] == ["yet", "been", "accounted", "for"]:
        return k + 2
    on_verb = aux or k == start or k > start + 1 and toks[k - 1].lower in ("still", "yet") and \
        toks[k - 2].lower in L.AUX
    if on_verb and words[:3] in (["been", "accounted", "for"], ["accounted", "for", "."]):
        return k + 1
    if on_verb and words[:3] in (["been", "seen", "since"], ["been", "seen", "again"],
                                 ["been", "heard", "from"], ["been", "seen", "or"]):
        return k + 2  # "Two young men ... have not been seen since the shooting"
    return None


def _joined_item(toks: list[Token], start: int, k: int) -> bool:
    """ "Three rangers and a woman who was riding past were injured": toks[start:k] is a
    second item of the subject ("and a woman"), short, with no verb of its own, so a
    relative clause at toks[k] is on it."""
    if not 2 <= k - start <= 5 or toks[start].lower != "and":
        return False
    head = toks[start + 1].lower
    if head not in ("a", "an") and not head[:1].isdigit() and head not in UNITS and \
            head not in TENS:
        return False
    return all(t.text.isalpha() and t.lower not in L.AUX and t.lower not in L.AFTER and
               t.lower not in L.BEFORE and t.lower not in _RELATIVE for t in toks[start + 2:k])


def _fate_after_relative(toks: list[Token], j: int) -> int | None:
    """The index of a casualty word after the relative clause's first one, later in the
    sentence ("who were wounded in the attack died"), if there is one."""
    seen = False
    for i in range(j, len(toks)):
        if toks[i].lower in L.AFTER or toks[i].lower in _TRIGGER_FIRST:
            if seen:
                return i
            seen = True
    return None


# past tenses without "-ed" that open an active relative clause: "who took part in the
# protests remain unaccounted for"
_IRREGULAR_PAST = frozenset("took went came ran got made gave met sat stood drove rode "
                            "spoke wrote".split())


def _past_relative(toks: list[Token], i: int) -> int | None:
    """ "who were involved in the drug trade were shot", "who police said were driving
    home, were": the index of the auxiliary after a passive or progressive relative clause
    on the subject (toks[i] is "who" or "that"), when the clause tells no casualty itself."""
    n = len(toks)
    j = i + 1
    if j + 1 < n and toks[j].lower in _SAYERS and toks[j + 1].lower in ("said", "say", "says"):
        j += 2
    if j < n and toks[j].lower not in L.AUX and (toks[j].lower.endswith("ed") or
                                                toks[j].lower in _IRREGULAR_PAST) and \
            toks[j].text.islower() and toks[j].lower not in L.BEFORE and \
            toks[j].lower not in L.AFTER and toks[j].lower not in _TRIGGER_FIRST:
        # "Two passengers who resisted were killed", "who tried to flee were": an active
        # relative clause; the first auxiliary after it is the subject's own
        for m in range(j + 1, min(n, j + 10)):
            w = toks[m].lower
            if w in L.AUX:
                return m if toks[m - 1].text != "," else None
            if w in ("after", "before", "since") and m + 1 < n and \
                    toks[m + 1].lower in _DETERMINERS:
                continue  # "who opened fire on survivors after the blast were": a phrase
            if w in L.BEFORE or w in L.AFTER or w in _TRIGGER_FIRST or w in _CLAUSE_END or \
                    w in _RELATIVE:
                return None
        return None
    if j >= n or toks[j].lower not in L.AUX:
        return None
    while j < n and toks[j].lower in L.AUX:
        j += 1
    if j < n and toks[j].lower in _DETERMINERS:
        return None  # "who police said were the man's wife and daughter": who they were
    for m in range(j, min(n, j + 14)):
        w = toks[m].lower
        if w in L.AUX:
            return m if m > j and toks[m - 1].text != "," or m > j + 1 else None
        if w in L.BEFORE or w in L.AFTER or w in _TRIGGER_FIRST or w in _CLAUSE_END or \
                w in _RELATIVE:
            return None
    return None


_RELATIVE = frozenset("where who whom whose which that".split())
_QUOTES = frozenset(('"', "\u201c", "\u201d"))
_FREED_WORDS = re.compile(r"\b(?:released|freed|rescued|escaped|set\s+free|returned)\b", re.I)
_CAPTIVE = frozenset("hostage hostages captive captives prisoner prisoners".split())
_ABDUCTORS = frozenset("gunmen gunman kidnappers kidnapper abductors bandits militants "
                       "attackers assailants insurgents rebels terrorists pirates jihadists "
                       "fighters captors".split())


# fates told of people as an adjective before their noun: "disappeared family members"
_ATTRIBUTIVE = frozenset("disappeared missing wounded injured displaced detained kidnapped "
                         "abducted dead slain murdered deceased".split())


def _taken_captive(toks: list[Token], k: int) -> bool:
    """ "taken hostage", "held captive", "taken by the gunmen", "taken by six armed men",
    "taken from the school" (not "taken by ambulance", "taken from the scene to hospital")."""
    after = [t.lower for t in toks[k + 1:k + 5]]
    if after[:1] and after[0] in _CAPTIVE:
        return True
    if toks[k].lower in ("taken", "seized"):
        if after[:1] == ["away"]:
            after = after[1:]
        if after[:1] == ["by"]:
            return any(w in _ABDUCTORS for w in after[1:4]) or _armed_men(after[1:4])
        return after[:1] == ["from"] and _from_a_home(toks, k + 1 + (toks[k + 1].lower == "away"))
    return False


# where people are taken from when they are abducted: "taken from the Government Secondary
# School", "seized from their farms"
_ABDUCTED_FROM = frozenset(
    "school schools village villages home homes house houses farm farms farmland church "
    "churches mosque bus buses vehicle vehicles road highway dormitory dormitories camp "
    "hostel community communities market boat vessel ship train".split())
# where the taken are brought when it is care or custody, not captivity
_TAKEN_TO = frozenset("hospital hospitals clinic morgue mortuary custody station precinct "
                      "jail prison headquarters ambulance ambulances wheelchair wheelchairs "
                      "stretcher stretchers safety".split())


def _from_a_home(toks: list[Token], at: int) -> bool:
    """ "from the school", "from their homes" at toks[at] ("from"), with no hospital or
    custody after it."""
    ahead = [t.lower for t in toks[at + 1:at + 12]]
    return any(w in _ABDUCTED_FROM for w in ahead[:6]) and not any(w in _TAKEN_TO for w in ahead)


def _armed_men(words: list[str]) -> bool:
    """ "armed men", "six armed men", "unidentified gunmen" after "by"."""
    return any(w == "armed" and i + 1 < len(words) and words[i + 1] in ("men", "groups",
                                                                          "group", "assailants")
               for i, w in enumerate(words))


# who take people captive when a clause names them as its subject
_TAKERS = _ABDUCTORS | frozenset("inmates prisoners hijackers".split())


def _captors_took(toks: list[Token], k: int, first: int) -> int | None:
    """The verb at or before toks[k] when armed men, as the clause's subject, carry off the
    people of the figure at `first`: "Inmates seized 22 guards", "the attackers also took
    away three passengers" (not "took 20 lives", "seized 22 rifles", "took three wounded
    comrades to hospital")."""
    v = k - 1 if toks[k].lower in ("away", "off") and k > 0 else k
    verb = toks[v].lower
    if verb in ("whisked", "whisking") and v < k and \
            not (v > 0 and toks[v - 1].lower in L.AUX):
        # "stormed the school, whisking away 35 students": no other carries people off so
        return v if _people_taken(toks, first) else None
    if verb not in ("seized", "snatched", "took", "carried", "led") or \
            verb in ("took", "carried", "led") and v == k or \
            v > 0 and toks[v - 1].lower in ("was", "were", "is", "are", "be", "been", "being"):
        return None  # ("were seized"; "also took away" is active)
    # the subject: armed men in the few words before the verb, with no comma or "not" between
    # ("The attackers, who arrived on motorcycles, also seized": before the relative clause)
    end = _subject_end(toks, v)
    near = itertools.takewhile(lambda t: t.text not in (",", ";", ":") and
                               t.lower not in L.NEGATION, reversed(toks[max(0, end - 5):end]))
    subject = any(t.lower in _TAKERS for t in near) or _takers_lead_clause(toks, v)
    return v if subject and _people_taken(toks, first) else None


def _takers_lead_clause(toks: list[Token], v: int) -> bool:
    """The verb at toks[v] is the second of a clause whose subject is armed men: "Gunmen
    stormed the school on Friday and seized 43 pupils" (not "Troops attacked the rebels and
    seized 20 of them": the subject leads the clause, after an opening "On Friday,")."""
    c = v - 1 - (v > 1 and toks[v - 1].lower in ("also", "then", "later"))
    if c < 2 or toks[c].lower != "and":
        return False
    start = next((i + 1 for i in range(c - 1, -1, -1) if toks[i].text in (";", ":") or
                  toks[i].lower in ("when", "after", "as", "while", "before", "said", "that")),
                 0)
    comma = next((i for i in range(start, min(c, start + 6)) if toks[i].text == ","), None)
    lead = start if comma is None or not toks[start].text[:1].isupper() or \
        toks[start].lower not in ("on", "in", "at", "late", "early", "overnight", "earlier") \
        else comma + 1
    return any(t.lower in _TAKERS for t in toks[lead:lead + 3]) and not any(
        t.lower in L.NEGATION for t in toks[lead:v])


def _subject_end(toks: list[Token], v: int) -> int:
    """Where the subject of the verb at toks[v] ends (exclusive): before a relative clause set
    off by commas ("The attackers, who arrived at dawn, also seized"); else v."""
    c = v - 1 - (v > 1 and toks[v - 1].lower in ("also", "then", "later"))
    j = _before_relative_aside(toks, c, reach=25, pronouns=("who", "which"))
    return j + 1 if j != c else v


def _people_taken(toks: list[Token], first: int) -> bool:
    """People after the figure at `first`, not cattle, not brought to care: "22 guards"."""
    after = toks[first + 1:first + 10]
    return any(_person_noun(t.lower) for t in after[:3]) and not any(
        t.lower in _TAKEN_TO or t.lower in L.ANIMALS for t in after)


def _seized_people(toks: list[Token], k: int) -> bool:
    """ "took 14 people from that bus", "seized at least 11 passengers from a bus", "took
    19 children from our village": people carried off from a place people live or travel."""
    n = len(toks)
    at = next((i for i in range(k + 2, min(n, k + 8)) if toks[i].lower == "from"), None)
    if at is None or not any(toks[i].text[:1].isdigit() or toks[i].lower in UNITS or
                             toks[i].lower in TENS for i in range(k + 1, at)):
        return False
    return any(_person_noun(toks[i].lower) for i in range(k + 2, at)) and _from_a_home(toks, at)


def _blow(toks: list[Token], k: int) -> str | None:
    """A passive blow that wounds: "struck by gunfire" is a shot (its victims may have
    died of it), "hit in the head with pistols" and "pistol-whipped" are wounds."""
    if _pistol_whip(toks, k):
        return "wounded"
    if toks[k].lower not in ("hit", "struck", "grazed"):
        return None
    after = [t.lower for t in toks[k + 1:k + 9]]
    if after[:1] == ["by"] and any(w in _MISSILES for w in after[1:4]):
        return "shot"
    if "with" in after and any(w.split("'")[0] in _GUNS for w in after[after.index("with"):]):
        return "wounded"
    if after[:1] in (["when"], ["as"], ["after"]) and any(
            w in ("fired", "opened", "shots", "gunfire", "sprayed") for w in after[1:8]):
        return "shot"  # "Three people were hit when someone fired from a passing car"
    if after[:1] == ["in"] and len(after) > 2 and after[1] in ("the", "his", "her", "their") \
            and after[2] in _BODY_PARTS and "with" not in after[3:6]:
        return "shot"  # "Two men, 20 and 24, were hit in the legs"
    return None


_BODY_PARTS = frozenset("leg legs arm arms chest head back abdomen stomach shoulder shoulders "
                        "neck foot feet hand hands hip hips thigh thighs buttocks torso face "
                        "side knee knees ankle wrist groin".split())


_KEPT_FROM = frozenset("prevented prevent prevents preventing stopped stop stops stopping "
                       "kept keep keeps keeping".split())


def _reported_estimate(toks: list[Token], i: int) -> bool:
    """ "An air strike may have killed as many as 200 civilians": an uncertain toll told
    as one, a figure a coder records (not "could have killed", an escape)."""
    return toks[i].lower in ("may", "might") and i + 2 < len(toks) and \
        toks[i + 1].lower == "have" and toks[i + 2].lower in L.BEFORE


def _modal_before(toks: list[Token], first: int) -> bool:
    """An unrealised killing: "threatened to kill", "could have killed", "attempted murder",
    also through a coordinated infinitive ("threatened to harm his family and kill himself")
    or a gerund ("prevented him from killing himself")."""
    # Case matters: "May" the month is no modal.
    # the clause only: "was trying to leave when the man struck her with a pistol"
    start = max(0, first - 9)
    start = next((i + 1 for i in range(first - 1, start - 1, -1)
                  if toks[i].lower in _CLAUSE_END or toks[i].text == ","), start)
    # (not a wish of the subject's own clause: "Rebels who want independence have killed
    # 30 people", "rebels seeking independence has killed": a finite verb comes between)
    start = next((i + 1 for i in range(first - 1, start - 1, -1)
                  if toks[i].lower in _FINITE_AUX and not (
                      i > 0 and toks[i - 1].text in L.MODAL)), start)  # (not "could have")
    near = toks[max(start, first - 4):first]
    if any(t.text in L.MODAL and not (t.lower in ("attempted", "attempt") and not _aimed_at_life(
            toks, first - len(near) + i)) and not _reported_estimate(toks, first - len(near) + i)
           for i, t in enumerate(near)):
        return True
    # "prevented a suspect and a reserve officer graduate from killing himself"
    if first > 0 and toks[first - 1].lower == "from" or any(
            t.lower == "from" for t in toks[max(0, first - 2):first]):
        if any(t.lower in _KEPT_FROM for t in toks[max(0, first - 16):first]):
            return True
    if first > 1 and toks[first - 1].lower == "to" and any(
            t.lower in _AIMS for t in toks[max(0, first - 5):first - 1]):
        return True  # "efforts are on to arrest the perpetrators", "a manhunt to catch"
    far = toks[start:first]
    for i, t in enumerate(far):
        if t.lower in ("to", "from") and i > 0 and far[i - 1].text in L.MODAL:
            return True
    # a bare "and kill" joined to an infinitive across a quotation: 'he was going to "put
    # an end to her," and kill her'
    k = next((i for i in range(min(first, len(toks) - 1), max(0, first - 4) - 1, -1)
              if toks[i].lower == "kill"), None)
    if k is not None and k > 0 and toks[k - 1].lower == "and":
        back = toks[max(0, k - 16):k - 1]
        return any(t.lower == "to" and j > 0 and back[j - 1].text in L.MODAL
                   for j, t in enumerate(back))
    return False


_FINITE_AUX = frozenset("has have had was were is are".split())
# verbs that raise a subject over "to have been": "are estimated to have been displaced"
_RAISING = frozenset("to estimated said known presumed understood".split())
# verbs of people counted but not hurt or taken: "rescued 42 Rohingya, including 16 women"
_UNCOUNTING = frozenset("rescued rescuing evacuated evacuating freed freeing released "
                        "releasing saved saving repatriated".split())
# what is under way towards a deed not yet done: "efforts are on to arrest"
_AIMS = frozenset("efforts effort bid bids manhunt hunt search".split())


# "accused of shooting two boys", "arrested after shooting a man": "shooting" as a verb
_GERUND_AFTER = frozenset("of for after before while with fatally".split())


def _aimed_at_life(toks: list[Token], i: int) -> bool:
    """Whether "attempted" at toks[i] is an attempt on a life ("attempted murder", "attempted
    to kill") rather than at something else ("an attempted robbery")."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return nxt in ("murder", "murders", "homicide", "killing", "to", "first-degree",
                   "second-degree", "capital", "assassination", "suicide", "") or \
        nxt in L.BEFORE or nxt in L.AFTER


# a search for the missing, not for suspects: "searching the rubble for three people"
_RESCUE_WORDS = frozenset("rubble debris ruins wreckage rescuers rescue rescuing survivors "
                          "collapsed".split())
# the sought who did something: no one missing ("searching for two suspects")
_SOUGHT_DOERS = frozenset("suspects suspect attackers assailants gunmen killers perpetrators "
                          "escapees fugitives inmates prisoners robbers bandits militants "
                          "kidnappers abductors shooters".split())
# whom a group "lost" when it tells its own dead: "we have lost at least 11 teachers"
_LOST_PEOPLE = frozenset("men members people persons colleagues staff staffers teachers "
                         "journalists comrades medics paramedics".split())


def _active_before(toks: list[Token], first: int) -> tuple[Outcome, int] | None:
    """A trigger verb in the few tokens before a figure: "killing at least", "wounded".

    A passive trigger ("a woman was killed and two others were hurt") is not active.
    """
    k = first - 1
    skipped = 0
    while k >= 0 and skipped <= 2:
        w = toks[k].lower
        if toks[k].text in _QUOTES:
            k -= 1  # 'it had "neutralised" around 50 assailants'
            continue
        if w == "for" and k == first - 1 and any(
                t.lower in ("searching", "searched", "search", "looking")
                for t in toks[max(0, k - 5):k]) and \
                any(t.lower in _RESCUE_WORDS for t in toks) and any(
                _person_noun(t.lower) and t.lower not in _SOUGHT_DOERS
                for t in toks[first + 1:first + 4]) and not any(
                t.lower in _SOUGHT_DOERS for t in toks[first + 1:first + 4]):
            return Outcome.MISSING, k  # "rescuers were still searching the rubble for at
            # least three people" (not "police were searching for two suspects")
        if w in ("lost", "losing") and (k == first - 1 or k == first - 2 and toks[
                first - 1].lower in ("only", "just")) and any(
                (t.lower in L.COMBATANT_NOUNS or t.lower in _LOST_PEOPLE or
                 t.lower == "workers" and toks[i - 1].lower in ("aid", "health", "humanitarian"))
                # (the people lost, not "lost one MiG-21 and ... the pilot")
                and all(x.text.isalpha() and x.text.islower() or x.text[:1].isdigit() or
                        x.text == "," for x in toks[first + 1:i])
                for i, t in enumerate(toks[first + 1:first + 6], first + 1)) and not any(
                t.lower in L.NEGATION for t in toks[max(0, k - 3):k]):
            return Outcome.KILLED, k  # "the rebels said they had lost two fighters",
            # "losing two of their own fighters"
        if w in ("claimed", "claiming", "claims", "claim", "cost", "costing", "costs") and \
                k >= first - 3 and any(t.lower == "lives" for t in toks[first + 1:first + 6]):
            return Outcome.KILLED, k  # "The war claimed some 100,000 lives"
        if w in ("drove", "driven", "driving", "chased") and k >= first - 2 and any(
                toks[i].lower == "from" and toks[i + 1].lower in ("their", "his", "her") and
                toks[i + 2].lower in ("homes", "home", "villages", "village", "land", "lands") or
                # "drove some 740,000 Rohingya Muslims into Bangladesh"
                toks[i].lower in ("into", "across") and (
                    toks[i + 1].text[:1].isupper() or
                    toks[i + 1].lower in ("neighbouring", "neighboring"))
                for i in range(first + 1, min(len(toks) - 2, first + 6))):
            return Outcome.DISPLACED, k  # "The war drove 2.2 million people from their homes"
        if w in ("took", "seized", "snatched") and not (
                k > 0 and toks[k - 1].lower in L.AUX) and _seized_people(toks, k) and not any(
                t.lower in L.NEGATION for t in toks[max(0, k - 3):k]):
            return Outcome.ABDUCTED, k  # "They took 14 people from that bus", "armed men
            # seized at least 11 passengers from a public bus"
        if w in ("recaptured", "recapturing") and k == first - 1 and _people_taken(toks, first):
            return Outcome.ARRESTED, k  # "Police recaptured 40 escaped inmates" (not "a
            # key objective, recapturing Al-Qusayr")
        if k == first - 1 and (v := _captors_took(toks, k, first)) is not None:
            return Outcome.ABDUCTED, v  # "Inmates seized 22 guards", "the attackers took
            # away three passengers"
        if w in L.BEFORE:
            before = toks[max(0, k - 3):k]
            if any(t.lower in L.NEGATION for t in before) or _modal_before(toks, k):
                return None
            if k + 1 < len(toks) and toks[k + 1].lower == "and" and k > 0 and \
                    _person_noun(toks[k - 1].lower):
                return None  # "found a man wounded and two people running": no object
            if k > 0 and toks[k - 1].lower in ("was", "were", "been", "being", "is", "are"):
                return None
            return L.BEFORE[w], k
        if w in ("dead",) and k > 0 and toks[k - 1].lower == "shot" or \
                w == "down" and k > 0 and toks[k - 1].lower == "gunned" and \
                not (k > 1 and toks[k - 2].lower in L.AUX):
            return Outcome.KILLED, k  # ("shot dead two men", "gunned down two soldiers")
        if w in ("striking", "hitting") and _FIRED_BEFORE.search(" ".join(
                t.lower for t in toks[max(0, k - 12):k])):
            return Outcome.WOUNDED, k  # "opened fire on the crowd, striking four people"
        if w == "death" and k > 1 and toks[k - 1].lower == "to" and \
                toks[k - 2].lower in _TO_DEATH_VERBS and toks[k - 2].lower != "shot" and \
                not (k > 2 and toks[k - 3].lower in L.AUX):
            return Outcome.KILLED, k  # "a mob burned to death two men"
        if w in _TO_DEATH_VERBS and w != "shot" and not (k > 0 and toks[k - 1].lower in L.AUX) \
                and _to_death_after(toks, k):
            return Outcome.KILLED, k  # "hacked three farmers to death"
        if w in _FATALLY_ACTS and k > 1 and toks[k - 1].lower == "fatally" and \
                toks[k - 2].lower not in L.AUX:
            return Outcome.KILLED, k  # "a father fatally shot his two children"
        if w == "down" and k > 0 and toks[k - 1].lower == "shot":
            return None  # "shot down 35 drones": aircraft
        if w == "shot" and k > 0 and toks[k - 1].lower not in L.AUX and \
                toks[k - 1].lower not in _SHOT_AS_NOUN and not _fired_at(toks, k):
            return Outcome.WOUNDED, k  # "shot two men (to death)": see the caller
        if w in ("stabbed", "stabbing") and k > 0 and toks[k - 1].lower not in L.AUX and \
                not _to_death_after(toks, k):
            return Outcome.WOUNDED, k  # "the attacker stabbed two shoppers": weak (caller)
        if w == "and" and k > 0 and toks[k - 1].lower in L.BEFORE:
            skipped += 1
            k -= 1
            continue
        if w == "and":
            # "killed himself and three others": the bomber and the people he killed
            if k > 1 and toks[k - 1].lower in ("himself", "herself", "themselves") and \
                    toks[k - 2].lower in L.BEFORE:
                return L.BEFORE[toks[k - 2].lower], k - 2
            # "killing a civilian and three police", "killed his wife and two children": the
            # figure shares the verb
            for d in range(k - 1, max(-1, k - 6), -1):
                if toks[d].lower in ("a", "an", "one", "his", "her", "their", "the"):
                    if d > 0 and toks[d - 1].lower in L.BEFORE:
                        return L.BEFORE[toks[d - 1].lower], d - 1
                    break
                if not toks[d].text[:1].isalpha():
                    break
            return None
        if w == "," and k == first - 1 and not any(
                t.lower in L.AUX for t in itertools.takewhile(
                    lambda t: t.text not in (",", ";") and t.lower != "and",
                    toks[first + 1:first + 6])):
            return _after_singular_objects(toks, k)  # (not "killed his wife, 2 children were")
        if w == "shooting" and k > 0 and toks[k - 1].lower in _GERUND_AFTER:
            if k + 1 < len(toks) and toks[k + 1].lower in ("at", "into"):
                return None  # "accused of shooting at three people"
            if toks[k - 1].lower == "fatally":
                return Outcome.KILLED, k  # "accused of fatally shooting two people"
            return Outcome.WOUNDED, k  # "accused of shooting two boys": weak (see caller)
        if w in ("the", "another", "some", "all", "off", "an", "a", "down", "at", "least",
                 "his", "her", "their", "its", "our", "further", "additional", "only", "just"):
            # ("killing a woman and her two children", "injuring its two pilots")
            skipped += 1
            k -= 1
            continue
        if w == "lives" and k > 1 and toks[k - 1].lower == "the" and toks[k - 2].lower in (
            "claimed", "claiming", "claims", "took", "taking", "cost", "costing"
        ):
            return Outcome.KILLED, k
        if w == "of" and k > 1 and toks[k - 1].lower == "total" and toks[k - 2].lower == "a":
            skipped += 1
            k -= 3  # "killing a total of 7 villagers"
            continue
        if w == "of" and k > 0:
            p = toks[k - 1].lower
            if p == "cost" and any(t.lower == "lives" for t in toks[first + 1:first + 6]):
                return Outcome.KILLED, k - 1  # "put down at a cost of more than 300 lives"
            if p in ("lives", "bodies", "corpses", "remains"):
                if p == "lives":
                    skipped += 1
                    k -= 1
                    continue
                return Outcome.KILLED, k - 1
            if p in ("displacement", "displacements"):
                return Outcome.DISPLACED, k - 1  # "caused the displacement of 450,000 people"
            if p in ("killing", "killings", "deaths", "death", "murder", "murders",
                     "execution", "executions", "massacre", "beheading", "beheadings",
                     "martyrdom"):
                if k > 1 and toks[k - 2].lower == "attempted":
                    return None  # "attempted murder of two people"
                told = k > 2 and toks[k - 2].lower == "the" and \
                    toks[k - 3].lower in ("reported", "reports", "report")
                if {x.lower for x in toks[max(0, k - 6):k - 1]} & _GRIEVANCE and not told:
                    # "in retaliation for the killing of 3 members": a cause (not "the Police
                    # reported the murder of three people": the deaths told)
                    return None
                return Outcome.KILLED, k - 1
            if p in ("injuring", "wounding") or p in ("injury", "wounding") and k > 1 and \
                    toks[k - 2].lower == "the":
                # ("resulting in the martyrdom of the driver and the injury of two passers-by")
                return Outcome.WOUNDED, k - 1
            if p in ("shooting", "shootings", "stabbing") and k > 1 and \
                    toks[k - 2].lower in ("fatal", "deadly", "lethal"):
                return Outcome.KILLED, k - 1  # "the fatal shooting of three men"
            if p == "shooting":
                return Outcome.WOUNDED, k - 1  # "the shooting of five people": weak
            if p in ("abduction", "abductions", "kidnapping", "kidnappings"):
                return Outcome.ABDUCTED, k - 1
            if p in ("arrest", "arrests", "detention"):
                return Outcome.ARRESTED, k - 1
        return None
    return None


def _after_singular_objects(toks: list[Token], comma: int) -> tuple[Outcome, int] | None:
    """ "killed the bomber, four police officers and two civilians", "killed a guard, a
    driver, four police officers": a figure after persons named without a number, each
    closed by a comma, shares the verb before them."""
    b = comma - 1
    for _ in range(4):
        a = next((i for i in range(b, max(-1, b - 6), -1) if toks[i].lower in _LIST_DETS),
                 None)
        if a is None or _singular_item(toks, a, b) is None:
            return None
        if a > 0 and toks[a - 1].lower in L.BEFORE and not (
                a > 1 and toks[a - 2].lower in L.AUX):
            return L.BEFORE[toks[a - 1].lower], a - 1
        if a < 2 or toks[a - 1].text != ",":
            return None
        b = a - 2
    return None


# Before "shot" as a noun: "fired a second shot at two officers", "a warning shot".
_SHOT_AS_NOUN = frozenset(
    "fatally a an the one second first third single warning fatal another last final "
    "kill".split())


# verbs that raise a toll to a figure told before the toll: "raising to 27 the number"
_RAISE_TO = frozenset("raise raised raises raising bring brought brings bringing take took "
                      "takes taking push pushed pushes pushing lift lifted lifts lifting "
                      "increase increased increases increasing lower lowered lowers lowering "
                      "revise revised revises revising reduce reduced reduces reducing "
                      "cut cuts cutting".split())


def _toll_after(toks: list[Token], first: int, j: int
                ) -> tuple[Outcome, int, int | None] | None:
    """ "bringing to 14 the number of people killed", "raised to 27 the death toll": the
    outcome of a toll named after the figure at toks[first] (toks[j] the word after it), the
    index of the word that names it, and of the victims' noun when there is one."""
    if first < 2 or toks[first - 1].lower != "to" or j >= len(toks) or toks[j].lower != "the":
        return None
    if toks[first - 2].lower not in _RAISE_TO and not (
            # "bring to 414 the number of soldiers killed ..., and to 857 the number killed
            # since October 7": the same verb's second toll
            toks[first - 2].lower == "and" and any(
                t.lower in _RAISE_TO and toks[i + 1].lower == "to"
                for i, t in enumerate(toks[:first - 2]))):
        return None
    noun = None
    for k in range(j + 1, min(len(toks), j + 9)):
        w = toks[k].lower
        if w == "toll":
            return Outcome.KILLED, k, noun
        if w in L.NOMINAL and w not in ("arrests", "hostages") or w in L.AFTER:
            outcome = L.NOMINAL.get(w) or L.AFTER[w]
            return outcome, k, noun
        if w in L.VICTIM_NOUNS:
            noun = k
        elif not w.isalpha() or w in ("who", "that", "which"):
            return None
    return None


# the people a "number of" counts, of fates other than death (those are _toll_before's)
_NUMBER_OF = {"missing": Outcome.MISSING, "disappeared": Outcome.MISSING,
              "displaced": Outcome.DISPLACED, "wounded": Outcome.WOUNDED,
              "injured": Outcome.WOUNDED, "detained": Outcome.ARRESTED,
              "arrested": Outcome.ARRESTED, "abducted": Outcome.ABDUCTED,
              "kidnapped": Outcome.ABDUCTED}


def _number_of_before(toks: list[Token], first: int) -> Outcome | None:
    """The fate of the people "the number of X" counts, told just before the figure at
    toks[first]: "the number of disappeared is closer to", "the number of missing stood
    at", "put the number of displaced at"."""
    window = [t.lower for t in toks[max(0, first - 9):first]]
    if not window or window[-1] not in ("at", "to", "is", "was", "stands", "stood", "reached",
                                        "hit", "passed", "topped", "exceeds", "exceeded"):
        return None
    at = next((i for i in range(len(window) - 2, 0, -1) if window[i] in _NUMBER_OF and (
        window[i - 1] == "of" or
        # "put the number of pupils missing at 87"
        i > 2 and window[i - 2] == "of" and _person_noun(window[i - 1]))), None)
    if at is None:
        return None
    of = at - 1 if window[at - 1] == "of" else at - 2
    if of < 1 or window[of - 1] not in ("number", "count", "tally", "total"):
        return None
    if any(w in (",", ";", "and", "but", "while") for w in window[at + 1:]):
        return None
    return _NUMBER_OF[window[at]]


_FATE_WORDS = re.compile(r"\b(?:(?P<killed>killed|killing|dead|died|deaths|death\s+toll|bodies)|"
                         r"(?P<wounded>wounded|injured|hurt)|(?P<abducted>abducted|kidnapped|"
                         r"taken|seized|snatched|hostages?)|(?P<missing>missing)|"
                         r"(?P<arrested>arrested|detained)|(?P<displaced>displaced|fled|"
                         r"homeless))\b", re.I)


def _fate_told_last(text: str, lo: int, hi: int) -> Outcome | None:
    """The fate the words in text[lo:hi] told last, if any."""
    found = list(_FATE_WORDS.finditer(text, lo, hi))
    return Outcome(found[-1].lastgroup) if found else None


def _toll_before(toks: list[Token], first: int) -> bool:
    window = [t.lower for t in toks[max(0, first - 22):first] if t.text not in _QUOTES]
    # ('the number of dead was "well over 50"': the quote opens no new phrase)
    if window[-2:-1] in (["dead"], ["deaths"], ["fatalities"]) and window[-1] in (
            "numbered", "number", "numbering", "totalled", "totaled", "totalling",
            "totaling"):
        return True  # "the dead numbered 23"
    if window[-1:] in (["toll"], ["figure"], ["be"]) and toks[first].lower == "as":
        window.append("at")  # "put the toll as high as 150,000": the qualifier is the figure's
    if not window or window[-1] not in ("to", "at", "of", "is", "was", "stands", "stood",
                                        "reached", "hit", "passed", "topped", "climbed",
                                        "from", "between", "range", "ranges", "ranged",
                                        "ranging"):
        return False
    if window[-1] in ("from", "between") and not any(w in ("range", "ranges", "ranged", "ranging")
                                                    for w in window):
        return False
    if any(w in ("ages", "age", "aged") for w in window[-8:]):
        return False  # "the ages of the dead range from 20 to 40"
    return "toll" in window or (any(
        w in ("dead", "deaths", "fatalities", "fatality", "killed", "homicides", "murders",
              "homicide", "slain")
        for w in window
    ) or any(w == "martyrs" and window[i - 1] == "of" for i, w in enumerate(window) if i)
        # ("the number of martyrs ... has risen to 903", not "the bodies of 15 martyrs ...,
        # bringing the number of bodies received to 330")
    ) and any(w in ("number", "range", "ranges", "ranged", "ranging", "put", "estimated",
                    "estimates", "count", "tally", "total", "figure") for w in window)


_ACTIONS = frozenset("offensive offensives operation operations campaign strike strikes "
                     "airstrike airstrikes assault raid raids bombardment shelling crackdown "
                     "onslaught incursion invasion".split())


_PUT_AT = frozenset("put puts putting placed places placing set sets gave gives giving estimated "
                    "estimates estimating".split())


def _toll_victims(toks: list[Token], first: int, text: str) -> Victims | None:
    """Who a toll counts when they are named before the number: "the number of army dead
    at six", "the toll of civilians rose to 12"."""
    for h in range(first - 1, max(-1, first - 12), -1):
        w = toks[h].lower
        if w in ("said", "says", "told", "say", "reported", "added"):
            break  # "A second resident said the death toll was 12": the speaker, no victim
        if w in _PUT_AT:
            break  # "The military put the death toll at seven": the one who counted
        if w in ("army", "military") and h + 1 < len(toks) and toks[h + 1].lower in _ACTIONS:
            break  # "The death toll from Israel's military offensive": who killed, no victims
        if w in ("army", "military"):
            return Victims(VictimType.COMBATANTS, "soldiers", Span.of(text, toks[h].start,
                                                                     toks[h].end))
        if w in L.VICTIM_NOUNS and w not in L.GENERIC:
            if h + 1 < len(toks) and toks[h + 1].lower in _ACTIONS:
                continue  # "the number of people killed in a police operation": who killed
            return _victims(toks, h, None, h, h + 1, text)
    return None


# (the verb of some of a group told with a bare number: "three of four suspects remain")
_GROUP_AUX = _FINITE_AUX | frozenset("remain remains remained".split())


def _owner(t: Token) -> bool:
    """A name's possessive: "Gaza's", "the country's" (one token)."""
    return t.text[:1].isupper() and t.lower.endswith(("'s", "\u2019s")) or \
        t.lower in ("country's", "country\u2019s", "city's", "city\u2019s")


def _whole_group(toks: list[Token], last: int, fig: Figure,
                 text: str, bare: bool = True) -> tuple[int, int] | None:
    """ "six of the 10 hostages", "six of the first seven victims", "three of four
    suspects" (if `bare`): the token range of the whole group's number after the figure
    ending at `last`, which is no figure of its own."""
    v = last + 3
    if bare and last + 2 < len(toks) and toks[last + 1].lower == "of" and \
            toks[last + 2].text[:1].isalnum() and toks[last + 2].lower != "the" and \
            toks[last + 2].lower not in _POSSESSIVES_ALL and not _owner(toks[last + 2]):
        v = last + 2  # (no article)
    if v >= len(toks) or toks[last + 1].lower != "of" or \
            v == last + 3 and toks[last + 2].lower != "the" and \
            toks[last + 2].lower not in _POSSESSIVES_ALL and not _owner(toks[last + 2]):
        return None  # (but "kidnapped 10 of its 18 crew members": of its whole crew;
        # "1.7 million of Gaza's 2.4 million people": of its people)
    if toks[v].lower in ("first", "last", "other") and v + 1 < len(toks):
        v += 1
    if toks[v].lower in ("a", "an"):
        return None
    whole = figure_at(toks, v, text)
    if whole is None or whole[1] != v or whole[2] + 1 >= len(toks) or \
            whole[0].value <= fig.value:
        return None
    return v, whole[2]


def _list_goes_on(toks: list[Token], prior: list[Mention], first: int, end: int,
                  victims: Victims) -> bool:
    """ "10 fatalities, including 4 rebels, 4 soldiers and 2 civilians": whether the figure
    at `first` goes on the "including" list of the part before it (not "21 militants
    including 2 commanders and 4 Afghan soldiers were killed", a group of another kind, nor
    "including the two assailants, and at least 41 others were injured", a clause of its
    own)."""
    if not prior or prior[-1].parent is None:
        return False
    part, whole = prior[-1], prior[prior[-1].parent]
    return part.last + 1 < first and \
        all(t.text == "," or t.lower == "and" for t in toks[part.last + 1:first]) and \
        any(t.lower in _INCLUDING for t in toks[whole.last:part.first]) and \
        whole.victims.type in (VictimType.UNKNOWN, victims.type) and (
            _passive_after(toks, end) is None or
            # (the list's last item before the whole's relative clause: "..., including
            # three women and two children, who had been abducted")
            _comma_who(toks, end) or
            # (or before a clause of its own: "including 11 women and seven children, and 14
            # others were wounded")
            end + 1 < len(toks) and toks[end].text == "," and
            toks[end + 1].lower in ("and", "while", "but", "whereas"))


def _people_noun_after(toks: list[Token], j: int, act, fig: Figure) -> int | None:
    """ "militants abducted 30 schoolgirls", "killed 12 shepherds", "beat two suspected
    thieves to death": a plural noun the word lists do not know, after a verb that kills,
    wounds or takes people, names people. Returns the noun's index."""
    if j < len(toks) - 1 and toks[j].lower in ("suspected", "alleged"):
        j += 1
    w = toks[j].lower
    if act is not None and act[0] in (Outcome.KILLED, Outcome.WOUNDED, Outcome.ABDUCTED) \
            and fig.value > 1 and w.endswith("s") and toks[j].text.isalpha() and \
            w not in L.NON_PERSON and w not in _NOT_PEOPLE:
        return j
    return None


_HURT_VERBS = frozenset("shot wounded injured hurt stabbed".split())
_TAKEN_VERBS = frozenset("abducted kidnapped".split())


def _and_n_in(toks: list[Token], j: int) -> bool:
    """Whether "and <number> in/at ..." follows within the clause: a breakdown by place."""
    for i in range(j, min(len(toks) - 2, j + 16)):
        if toks[i].text in (";", "."):
            return False
        if toks[i].lower == "and" and (toks[i + 1].text[:1].isdigit() or
                                       toks[i + 1].lower in UNITS or toks[i + 1].lower in TENS) \
                and i + 2 < len(toks) and toks[i + 2].lower in ("in", "at", "near", "on"):
            return True
    return False


def _died_of_those_hurt(toks: list[Token], j: int) -> int | None:
    """After "N of": "(the) two men shot Thursday night has succumbed", "the two people
    wounded ... died Saturday": the index of the death verb, or None."""
    hurt = taken = False
    for k in range(j, min(len(toks), j + 26)):
        w = toks[k].lower
        if taken and w == "," and k - j < 22:
            continue  # ("abducted ... from a ranch in Fresnillo, Zacatecas, ... found dead")
        if w in _HURT_VERBS or w in _TAKEN_VERBS:
            hurt, taken = True, w in _TAKEN_VERBS
        elif hurt and (w in ("died", "succumbed", "dies") or
                       w == "dead" and toks[k - 1].lower == "found"):
            return k  # ("Three of the 11 people abducted ... have been found dead")
        elif hurt and w == "passed" and k + 1 < len(toks) and toks[k + 1].lower == "away":
            return k + 1
        elif not toks[k].text[:1].isalnum() or w in ("and", "but", "who", "which", "said"):
            return None
    return None


def _among_after(toks: list[Token], at: int) -> tuple[Outcome, int] | None:
    """ "(were) (also) among the dead", "among those killed" from token `at`: the toll's
    outcome and the last token of the phrase."""
    among = [t.lower for t in toks[at:at + 5]]
    if among[:1] == ["among"] and at > 0 and any(t.lower == "and" for t in toks[at - 3:at]):
        # "Twelve children were among those killed and 71 among the injured": the verb left
        # out of the second of two
        among, at = ["were", *among[:4]], at - 1
    if among[1:2] == ["also"]:
        del among[1]  # "Two journalists were also among those killed"
        at += 1
    if among[2:4] == ["the", "people"] and at + 5 < len(toks) and toks[at + 4].lower in L.AFTER:
        # "nine Colombian citizens were among the people killed in the strikes": those killed
        among, at = among[:2] + ["those", toks[at + 4].lower], at + 1
    among = among[:4]
    if len(among) == 4 and among[0] in ("were", "are", "was", "is") and among[1] == "among" and (
            among[2] == "the" and (among[3] in L.NOMINAL or among[3] in ("victims", "casualties"))
            or among[2] == "those" and among[3] in L.AFTER):
        return L.NOMINAL.get(among[3], L.AFTER.get(among[3], Outcome.KILLED)), at + 3
    return None


# the fate words that name a toll told before: "the dead were ...", "those injured were ..."
_TOLD_FATES = frozenset("dead killed wounded injured abducted kidnapped missing arrested "
                        "detained".split())


def _among_the_told(toks: list[Token], first: int) -> Outcome | None:
    """The fate of a toll told before a figure opens on "Among the dead were", "The wounded
    included", "Among the victims was" (victims: the dead): some of them follow."""
    if first > 0 and toks[first - 1].text == ",":
        # "those abducted included the parish priest, Father Linus Gambo, 12 women and nine
        # children": an item after others in the list the verb opens
        k = next((i for i in range(first - 2, max(-1, first - 14), -1)
                  if toks[i].lower in ("included", "include", "includes") or
                  toks[i].text in (".", ";", ":") or toks[i].lower in L.AUX or
                  toks[i].lower in L.BEFORE), None)
        if k is not None and k > 0 and toks[k].lower.startswith("includ") and \
                toks[k + 1].lower in ("a", "an", "the") and \
                not any(t.text[:1].isdigit() for t in toks[k + 1:first - 1]):
            first = k + 1
    among = [t.lower for t in toks[max(0, first - 6):first]]
    if len(among) >= 3 and among[-2] == "there" and among[-1] in ("were", "was", "are", "is"):
        del among[-2]  # "Among the 31 deceased there are 14 children" (a calque of "il y a")
    among = among[-5:]
    if len(among) < 2:
        return None
    if among[-1] in ("were", "was", "are", "is"):
        if len(among) < 3 or "among" not in among and not (
                # "the dead were 13 civilians, four members of the security forces and two
                # hotel guards", "those wounded were two Spaniards": the toll told, by group
                among[-3] in ("the", "those") and among[-2] in _TOLD_FATES and
                (len(among) < 4 or among[-4] not in ("of", "for", "to", "with", "all")) and
                first < len(toks) and toks[first].text[:1].isalnum()):
            return None
    elif among[-1] not in ("included", "include", "includes"):
        return None
    word = among[-2] if among[-2] != "also" or len(among) < 3 else among[-3]  # ("the dead also
    # included at least one combatant")
    if word in L.AFTER:
        return L.AFTER[word]
    return Outcome.KILLED if word in ("victims", "casualties") else None


def _past_kin_item(toks: list[Token], first: int) -> int:
    """Where a list opens when a figure follows one person and his kin: "were a mother and
    her four children" -> the token after "were"; else the figure's own first token."""
    if first < 4 or toks[first - 1].lower not in ("her", "his", "their") or \
            toks[first - 2].lower != "and":
        return first
    k = next((i for i in range(first - 3, max(-1, first - 7), -1)
              if toks[i].lower in ("were", "was", "included", "include", "includes")), None)
    if k is None or toks[k + 1].lower not in ("a", "an", "the") or \
            not all(t.text[:1].isalpha() for t in toks[k + 1:first - 2]):
        return first
    return k + 1


def _among_those_then(toks: list[Token], first: int) -> Outcome | None:
    """ "Among those killed on Wednesday were", "Among those put to death were": the word
    after "among those" tells the fate of the people after "were", past a time or place."""
    k = next((i for i in range(first - 2, max(-1, first - 11), -1)
              if toks[i].lower == "among"), None)
    if k is None or k + 2 >= first - 1 or toks[k + 1].lower not in ("those", "the"):
        return None
    w = toks[k + 2].lower
    rest = [t.lower for t in toks[k + 3:first - 1]]
    if w == "put" and rest[:2] == ["to", "death"]:
        return Outcome.KILLED
    if (w in L.AFTER or w in L.NOMINAL) and rest and rest[0] in (
            "on", "in", "at", "during", "overnight", "yesterday", "today", "last"):
        return L.NOMINAL.get(w, L.AFTER.get(w))
    return None


def _subset(text: str, sent: Sentence, toks: list[Token], fig: Figure, first: int,
            last: int, prior: list[Mention]) -> Mention | None:
    """ "six of them on Monday" / "three of the wounded are in serious condition"."""
    j = last + 2
    w = toks[j].lower
    if w in ("them", "whom") and _IN_CONDITION.match(text, toks[j].end):
        return None  # "140 people have been wounded, 27 of whom remain in serious
        # condition": how some of the hurt are, no count of casualties
    if w in ("them", "whom") and fig.qualifier == Qualifier.VAGUE and \
            _BADLY.match(text, toks[j].end):
        return None  # "14 people were wounded, several of them seriously": how badly some
        # were hurt, told without a figure (a number there is a coder's sub-count)
    died = _died_of_those_hurt(toks, j)
    if died is not None:
        # "One of two men shot Thursday night has succumbed to his wounds": the dead among
        # those hurt (the two, counted as a weak wound, keep the survivor)
        at = next(k for k in range(j, died) if toks[k].lower in _HURT_VERBS or
                  toks[k].lower in _TAKEN_VERBS)
        whole = Span.of(text, toks[j].start, toks[at - 1].end) if at > j else None
        return _mention(Outcome.KILLED, fig, Victims(VictimType.UNKNOWN, None, whole), sent,
                        first, died, toks)
    if w in ("them", "whom", "which", "those", "these") and prior:
        parent = len(prior) - 1
        p = prior[parent]
        act = _active_before(toks, first)
        if act is not None and act[0] != p.outcome:
            # "shot two women, killing one of them": the dead among those shot
            return _mention(act[0], fig, p.victims, sent, first, j, toks, parent=parent)
        # "three of whom died": its own outcome when a trigger follows.
        k = j + 1
        fled = _gone(text, toks[k].start) \
            if p.outcome == Outcome.DISPLACED and k < len(toks) else None
        if fled is not None:
            # "Some 35,000 of them have crowded into schools", "About 3.9 million of them have
            # crossed into neighbouring countries": some of the displaced, where they went
            at = next(i for i in range(k, len(toks)) if toks[i].end >= fled.end())
            return _mention(p.outcome, fig, p.victims, sent, first, at, toks, parent=parent)
        if k < len(toks) and toks[k].lower == "fatally" and p.weak:
            # "three men were shot, two of them fatally"
            return _mention(Outcome.KILLED, fig, p.victims, sent, first, k, toks, parent=parent)
        if k < len(toks) and toks[k].text == ",":
            # "where one of them, Sepoy Rakesh Kumar, succumbed": past a name told between
            # commas, the part's own verb
            close = next((i for i in range(k + 1, min(len(toks), k + 8))
                          if toks[i].text == ","), None)
            if close is not None and close + 1 < len(toks) and all(
                    t.text[:1].isalnum() for t in toks[k + 1:close]):
                after = close + 1
                while after < len(toks) and toks[after].lower in L.AUX:
                    after += 1
                if after < len(toks) and L.AFTER.get(toks[after].lower, p.outcome) != p.outcome:
                    return _mention(L.AFTER[toks[after].lower], fig, p.victims, sent, first,
                                    after, toks, parent=parent)
        while k < len(toks) and toks[k].lower in L.AUX:
            k += 1
        outcome = L.AFTER.get(toks[k].lower, p.outcome) if k < len(toks) else p.outcome
        if k < len(toks) and toks[k].lower in L.AFTER and outcome != p.outcome:
            return _mention(outcome, fig, p.victims, sent, first, k, toks, parent=parent)
        if k == j + 1 and k < len(toks) and toks[k].lower not in L.AFTER:
            # "31 people, nine of them children", "four of them Hezbollah fighters": who
            # the part were
            end, head, named = _victim_phrase(toks, k)
            if head is not None and toks[head].lower in L.VICTIM_NOUNS and (
                    end >= len(toks) or toks[end].text in (",", ".", ";", ")") or
                    toks[end].lower in ("and", "in", "on", "at", "near", "were", "was") or
                    # "two of them members of a local self-defense brigade"
                    toks[end].lower == "of" and toks[head].lower in ("members", "member")):
                victims = _victims(toks, head, named, k, end, text)
                return _mention(p.outcome, fig, victims, sent, first, end - 1, toks,
                                parent=parent)
        if k == j + 2 and toks[j + 1].lower in ("were", "are", "was", "is") and \
                k < len(toks) and toks[k].lower not in L.AFTER:
            # "40 people, 12 of whom were children": who the part were
            end, head, named = _victim_phrase(toks, k)
            if head is not None and toks[head].lower in L.VICTIM_NOUNS and (
                    end >= len(toks) or toks[end].text in (",", ".", ";", ")") or
                    toks[end].lower in ("and", "in", "on", "at", "near")):
                victims = _victims(toks, head, named, k, end, text)
                return _mention(p.outcome, fig, victims, sent, first, end - 1, toks,
                                parent=parent)
        if k < len(toks) and toks[k].lower not in L.AFTER and toks[k].lower not in (
            "on", "in", ",", ".", "at", "during", "near", "from", "yesterday", "today"
        ) and k < len(toks) - 1:
            return None  # "two of them were treated"
        return _mention(p.outcome, fig, p.victims, sent, first, j, toks, parent=parent)
    # (but "Foster was one of five people shot": the five, the one among them)
    if w in ("last", "this") and j + 1 < len(toks) and toks[j + 1].lower in _TIMES_OWN:
        j, w = j + 1, "the"  # "Four of last year's homicide victims": of the year's
    elif w in _TIMES_OWN and w[:-2] in L.WEEKDAYS:
        w = "the"  # "Seven of Thursday's victims died in Maputo": of that day's
    bare = _whole_group(toks, last, fig, text) if w != "the" and not (
        first > 0 and toks[first - 1].lower in ("was", "is", "were", "are", "as", "be",
                                                "being", "been")) else None
    if bare is not None or w in ("the", "their", "its", "our", "his", "her") and \
            j + 1 < len(toks) and toks[j + 1].lower not in L.AFTER:
        # "eight of the attackers were killed"; "six of the 10 hostages were killed", "six
        # of the first seven victims", "three of four suspects": the whole group's number
        # is no figure of its own; "10 of their fighters were killed", "five of its members"
        whole = bare or _whole_group(toks, last, fig, text)
        end, head, named = _victim_phrase(toks, whole[1] + 1 if whole else j + 1)
        act = _active_before(toks, first)
        if head is not None and act is not None:
            # "troops killed three of the attackers": the verb's object, some of a group
            victims = _victims(toks, head, named, j + 1, end, text)
            return _mention(act[0], fig, victims, sent, first, end - 1, toks)
        if head is not None:
            found = _passive_after(toks, end)
            if found is not None and bare is not None and not any(
                    t.lower in _GROUP_AUX for t in toks[end:found[0]]):
                # "rescued two of five fishermen abducted by gunmen": the five were taken
                return None
            if found is not None and (found[1] in L.AFTER or found[1] == "lost"):
                # ("Sixteen of its members lost their lives")
                victims = _victims(toks, head, named, j + 1, end, text)
                m = _mention(L.AFTER.get(found[1], Outcome.KILLED), fig, victims, sent,
                             first, found[0], toks)
                # "Two of the victims were seriously wounded" after "Three people were shot":
                # some of those told before, when they were (none told: its own count)
                m.of_told = not prior and w == "the" and \
                    toks[head].lower in ("victims", "people", "persons", "casualties")
                return m
            if found is not None and found[1] == "shot":
                victims = _victims(toks, head, named, j + 1, end, text)
                m = _shot(text, sent, toks, fig, victims, first, found[0])
                if m is not None and not prior and w == "the" and \
                        toks[head].lower == "victims" and m.outcome == Outcome.WOUNDED:
                    # "Five of the victims were shot on Monday night" after "killed at least
                    # 11": some of the toll told before, of its outcome, shot
                    m.of_those = "any"
                return m
            told = _among_the_told(toks, first)
            if told is not None:
                # "Among the dead were five of the attackers", "The dead included three of
                # his brothers": some of the toll told, who they were
                victims = _victims(toks, head, named, j + 1, end, text)
                return _part_of_told(told, fig, victims, sent, first, end - 1, toks, prior,
                                     wholes_only=False)
            among = _among_after(toks, end)
            if among is not None:
                # "six of its staff members were among the dead"
                victims = _victims(toks, head, named, j + 1, end, text)
                return _part_of_told(among[0], fig, victims, sent, first, among[1], toks, prior)
            if w == "the" and toks[head].lower == "victims" and fig.best > 1 and \
                    end + 1 < len(toks) and \
                    toks[end].lower in ("were", "was", "are", "is"):
                # "Two of the victims were teenagers", "Four of last year's homicide victims
                # were teenagers": some of the toll told before, who they were
                who = _who_they_were(toks, end + 1, text)
                if who is not None:
                    m = _mention(Outcome.KILLED, fig, who[0], sent, first, who[1], toks)
                    m.of_told = True
                    m.of_those = "killed" if toks[head - 1].lower in _KILLING_NOUNS else "any"
                    return m
        return None
    if w == "the" and j + 2 < len(toks) and toks[j + 1].lower in ("dead", "killed", "wounded",
                                                                   "injured") and \
            toks[j + 2].lower in ("were", "was", "are", "is") and not any(
                t.lower in L.AFTER for t in toks[j + 3:j + 6]):
        # "At least 30 of the dead were lawyers": some of the dead counted before, who they
        # were after the verb
        outcome = L.AFTER[toks[j + 1].lower]
        end, head, named = _victim_phrase(toks, j + 3)
        if head is None and j + 3 < len(toks) and toks[j + 3].text[:1].isupper() and \
                toks[j + 3].text.isalpha() and toks[j + 3].lower not in L.NON_PERSON:
            # "Sixteen of the dead were Hazaras": a people the text names
            named = named or toks[j + 3].text
            return _part_of_told(outcome, fig, _victims(toks, None, named, j + 3, j + 4, text),
                                 sent, first, j + 3, toks, prior)
        if head is None and j + 4 < len(toks) and toks[j + 3].lower == "in" and (
                toks[j + 4].text[:1].isupper() or toks[j + 4].lower == "the" and
                j + 5 < len(toks) and toks[j + 5].lower in L.PLACE_KINDS):
            # "Two of the dead were in the town of Kostiantynivka": some of them, where
            return _part_of_told(outcome, fig, Victims(VictimType.UNKNOWN, None, None), sent,
                                 first, j + 3, toks, prior)
        if head is None:
            return None  # "three of the wounded are in serious condition": no new figure
        victims = _victims(toks, head, named, j + 3, end, text)
        return _part_of_told(outcome, fig, victims, sent, first, max(j + 2, end - 1), toks,
                             prior)
    if w == "the" and j + 1 < len(toks):
        # "three of the wounded later died": a new outcome for some of them.
        k = j + 2
        while k < len(toks) and toks[k].lower in L.AUX:
            k += 1
        if k < len(toks) and toks[k].lower in L.AFTER and toks[j + 1].lower in L.AFTER and \
                L.AFTER[toks[k].lower] != L.AFTER[toks[j + 1].lower]:
            v = Victims(VictimType.UNKNOWN, None, None)
            return _mention(L.AFTER[toks[k].lower], fig, v, sent, first, k, toks)
        if k < len(toks) and k > j + 2 and toks[j + 1].lower in ("dead", "wounded", "injured") \
                and L.AFTER.get(toks[k].lower) == L.AFTER[toks[j + 1].lower] and \
                k + 1 < len(toks) and toks[k + 1].lower in ("in", "at", "near", "on"):
            # "19 of the dead were killed in the Bani Matar district": some of the toll told
            # before, where or when
            return _part_of_told(L.AFTER[toks[j + 1].lower], fig,
                                 Victims(VictimType.UNKNOWN, None, None), sent, first, k,
                                 toks, prior)
    return None


# a toll revised up in the sentence: "the number of people killed ... rose to 14 ..., after
# residents found two more bodies"
_TOLL_ROSE = re.compile(r"\b(?:toll|number)\b[^.;]*\b(?:rose|risen|rises|climbed|increased|"
                        r"reached|went\s+up)\b|\b(?:bringing|brought|raising|raised|taking|"
                        r"pushing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:toll|number|total)\b",
                        re.I)


def _shot(text: str, sent: Sentence, toks: list[Token], fig: Figure, victims: Victims,
          first: int, k: int) -> Mention | None:
    """After "N people were shot": dead, killed, to death -> killed; else weakly wounded."""
    if _fired_at(toks, k):
        if [t.lower for t in toks[k + 1:k + 3]] == ["at", "and"] and k + 3 < len(toks) and \
                toks[k + 3].lower in ("injured", "wounded", "hurt", "hit"):
            # "Two men were shot at and wounded"
            return _mention(Outcome.WOUNDED, fig, victims, sent, first, k + 3, toks)
        return None  # "two officers shot at the suspects"
    if k > 0 and toks[k - 1].lower not in L.AUX and toks[k - 1].lower != "fatally":
        # no auxiliary: "three officers shot and injured a suspect" name the shooters
        obj = k + 3 if [t.lower for t in toks[k + 1:k + 2]] == ["and"] else k + 1
        if _object_follows(toks, obj, text, any_number=True):
            return None  # ("two officers shot and killed Antonio Doe")
    if k > 0 and toks[k - 1].lower == "fatally":
        return _mention(Outcome.KILLED, fig, victims, sent, first, k, toks)
    nxt = [t.lower for t in toks[k + 1:k + 5]]
    if nxt[:1] == ["dead"] or nxt[:2] == ["and", "killed"] or nxt[:2] == ["to", "death"] or \
            nxt[:1] in (["or"], ["and"]) and nxt[1:2] and nxt[1] in _TO_DEATH_VERBS and \
            nxt[2:4] == ["to", "death"] or \
            nxt[:1] == ["down"] or nxt[:1] == ["died"] and toks[k - 1].lower not in L.AUX:
        # ("two of the five people shot died": the ones shot who died)
        return _mention(Outcome.KILLED, fig, victims, sent, first, k + 1, toks)
    if nxt[:2] == ["and", "wounded"] or nxt[:2] == ["and", "injured"]:
        return _mention(Outcome.WOUNDED, fig, victims, sent, first, k + 2, toks)
    for i in range(k + 1, min(len(toks) - 1, k + 9)):
        if not toks[i].text[:1].isalpha():
            break
        if toks[i].lower == "and":
            d = i + 1
            while d < len(toks) - 1 and toks[d].lower in ("later", "subsequently", "eventually",
                                                          "both", "all", "each"):
                d += 1
            if toks[d].lower == "died":
                # "Three people were shot in the chest and later died": dead
                return _mention(Outcome.KILLED, fig, victims, sent, first, d, toks)
            break
    return _mention(Outcome.WOUNDED, fig, victims, sent, first, k, toks, weak=True)


_FIRED_AT = frozenset(
    "him her them me us it police officers officer deputies deputy troopers agents car cars "
    "vehicle vehicles truck suv van bus house windows".split())


_FIRED_BEFORE = re.compile(r"\b(?:opened fire|open fire|fired|sprayed|shots)\b")
_PLACE_NOUNS_AFTER = frozenset("party parties stop station wash shelter depot lot lots dealership "
                               "show garage terminal".split())


def _fired_at(toks: list[Token], k: int) -> bool:
    """Whether "shot" at toks[k] is firing at someone rather than hitting them.

    "shot at him", "were shot at but not hit", "shot at by a passer-by", "shot into a
    crowd" fire at; "shot at a gas station", "shot at about 9 p.m.", "shot at least
    twice" say where, when and how often a victim was hit."""
    n = len(toks)
    nxt = toks[k + 1].lower if k + 1 < n else ""
    if nxt in ("into", "up"):
        return True
    if nxt in ("in", "toward", "towards") and k + 3 < n and toks[k + 3].lower == "direction":
        return True  # "shot in his direction"
    if nxt != "at":
        return False
    w2 = toks[k + 2].lower if k + 2 < n else "."
    if w2 in _FIRED_AT or w2 in (".", ",", ";", "but", "by", "and", "multiple",
                                 "several", "repeatedly", "while", "from", "during", "when",
                                 "as", "outside", "inside", "again", "twice"):
        # ("he was shot at while mowing his lawn": "at" with no object of its own)
        return True
    if w2 in ("a", "an", "the", "some", "two", "three", "four", "his", "her", "their",
              "other", "another", "passing", "rival"):
        for i, x in enumerate(toks[k + 3:k + 6], k + 3):
            xl = x.lower
            if xl in _FIRED_AT and i + 1 < n and toks[i + 1].lower in _PLACE_NOUNS_AFTER:
                return False  # "shot at a house party", "at a bus stop", "at a car wash"
            if xl in _FIRED_AT or _person_noun(xl):
                return True
            if not x.text[:1].isalpha() or xl in ("of", "in", "on", "near"):
                break
    return False


def _part_of_told(outcome: Outcome, fig: Figure, victims: Victims, sent: Sentence, first: int,
                  last: int, toks: list[Token], prior: list[Mention],
                  wholes_only: bool = True) -> Mention:
    """ "the dead included three soldiers", "two journalists were among those killed", "30
    of the dead were lawyers": some of the toll told last in the sentence (a whole one, with
    wholes_only), else of one told in an earlier sentence (of_told)."""
    parent = next((i for i in range(len(prior) - 1, -1, -1) if prior[i].outcome == outcome
                   and (prior[i].parent is None or not wholes_only) and
                   # (a part of a toll told before is no whole: "included a police officer,
                   # two women and three children")
                   not prior[i].of_told), None)
    m = _mention(outcome, fig, victims, sent, first, last, toks, parent=parent)
    m.of_told = parent is None
    return m


_DEAD_ADJECTIVES = frozenset("slain dead deceased murdered killed late".split())
# words for a state that stand before the people in it: "nine injured soldiers"
_STATE_WORDS = frozenset("dead wounded injured missing displaced".split())


def _mention(outcome: Outcome, fig: Figure, victims: Victims, sent: Sentence, first: int,
             last: int, toks: list[Token], parent: int | None = None, weak: bool = False,
             singular: bool = False) -> Mention:
    return Mention(outcome, fig, victims, sent, first, last, parent=parent, weak=weak,
                   singular=singular, tokens=toks)


# (not "free", "release", "rescue": nouns too, "a volunteer rescue team")
_FREED = frozenset("freed frees freeing released releases releasing rescued rescues rescuing "
                   "returned resurfaced liberated liberates".split())


# --- the people taken, killed in a later sentence -----------------------------------------

_KILLED_THEM = frozenset("killed executed murdered beheaded slaughtered".split())


def with_killed_them(text: str, sent: Sentence, ms: list[Mention],
                     before: list[Mention]) -> list[Mention]:
    """The sentence's mentions `ms`, with the people taken in the sentence before ("Gunmen
    abducted 9 soldiers ...") when this one kills "them" and nobody else ("They later killed
    them"). `before` is the previous sentence's mentions."""
    if any(m.outcome == Outcome.KILLED for m in ms):
        return ms
    them = _killed_them(text, sent, before)
    if them is None:
        return ms
    at = sum(m.start < them.start for m in ms)
    for m in ms:  # parents are list indices: those after it move one on
        if m.parent is not None and m.parent >= at:
            m.parent += 1
    return ms[:at] + [them] + ms[at:]


def _killed_them(text: str, sent: Sentence, before: list[Mention]) -> Mention | None:
    """The people taken in the sentence before (abducted, arrested or missing), killed in
    this one as "them", or None."""
    taken = next((m for m in reversed(before) if m.parent is None and m.outcome in (
        Outcome.ABDUCTED, Outcome.ARRESTED, Outcome.MISSING)), None)
    if taken is None or "them" not in text[sent.start:sent.end]:
        return None
    toks = tokenize(text, sent.start, sent.end)
    for k in range(1, len(toks)):
        if toks[k].lower == "them" and toks[k - 1].lower in _KILLED_THEM and \
                not _negated(toks, k - 1) and not _modal_before(toks, k - 1):
            fig = Figure(taken.figure.value, taken.figure.qualifier, taken.figure.low,
                         taken.figure.high, taken.figure.best,
                         Span.of(text, toks[k].start, toks[k].end), stated=False)
            return _mention(Outcome.KILLED, fig, taken.victims, sent, k, k, toks)
    return None


# --- attackers who die in their own attack -----------------------------------------------

_DETONATE = frozenset("detonated detonates blew exploded triggered".split())
_SUICIDE_STRIKE = frozenset("struck strikes targeted rammed hit".split())
_FOILED = re.compile(r"\b(?:before\s+(?:he|she|they)\s+could|before\s+detonating|failed\s+to|"
                     r"was\s+(?:shot|arrested|captured|caught|overpowered|stopped)|"
                     r"were\s+(?:shot|arrested|captured|caught|stopped)|foiled|thwarted|"
                     r"prevented|survived)\b", re.I)


def _bombers(text: str, sent: Sentence, toks: list[Token],
             found: list[Mention]) -> list[Mention]:
    """Suicide bombers who detonated are dead: "Two female suicide bombers detonated" is 2.

    Also the attackers a sentence adds to its toll: "In addition to the two assailants,
    nine people were killed" counts the two assailants as killed.
    """
    out: list[Mention] = []
    taken = {i for m in found for i in range(m.first, m.last + 1)}
    for k, t in enumerate(toks):
        if t.lower in ("second", "other", "third") and k > 0 and toks[k - 1].lower == "the" \
                and k + 1 < len(toks) and toks[k + 1].lower in _DETONATE and \
                _suicide_attack(text) and k - 1 not in taken:
            # "one assailant was shot and killed and the second detonated"
            out.append(_dead_attackers(text, sent, toks, k - 1, k, k + 1, 1))
            continue
        if t.lower not in _BOMBER_WORDS or k == 0 or t.lower not in ("bomber", "bombers") and \
                not _suicide_attack(text):
            continue
        if k + 1 >= len(toks) or toks[k + 1].lower not in _DETONATE and not (
                toks[k + 1].lower in _SUICIDE_STRIKE and toks[k - 1].lower == "suicide" and
                any(m.outcome == Outcome.KILLED for m in found) and
                not _FOILED.search(text, sent.start, sent.end)):
            # ("A suicide bomber struck a tea shop, killing 4 civilians": he died in it too,
            # unless stopped; told with no toll of its own, he is in a toll told elsewhere)
            continue
        # "one of the assailants detonated", "the other assailant detonated"
        if k > 2 and [x.lower for x in toks[k - 3:k]] in (["one", "of", "the"],
                                                          ["each", "of", "the"]):
            count, first = (1 if toks[k - 3].lower == "one" else None), k - 3
        elif toks[k - 1].lower in ("second", "other", "third", "first"):
            count, first = 1, k - 1 - (toks[k - 2].lower in ("the", "a") if k > 1 else 0)
        else:
            count, first = _count_before(toks, k - 1, text)
        if count is None or any(i in taken for i in range(first, k + 1)):
            continue
        out.append(_dead_attackers(text, sent, toks, first, k, k + 1, count))
    # "The two assailants were the only reported casualties": the bombers, dead
    m = _ONLY_CASUALTY.search(text, sent.start, sent.end)
    if m is not None and _suicide_attack(text) and not out:
        k = next((i for i, x in enumerate(toks) if x.start == m.start(1)), None)
        if k is not None and k > 0:
            count, first = _count_before(toks, k - 1, text)
            if count is not None and not any(i in taken for i in range(first, k + 1)):
                out.append(_dead_attackers(text, sent, toks, first, k, k, count, extra=False))
    # "In addition to the two assailants, at least nine people were killed"
    head = [x.lower for x in toks[:4]]
    if head[:3] in (["in", "addition", "to"], ["aside", "from", "the"]) or head[:1] == ["besides"]:
        # "In addition to the assailant, the police officer was injured": the attackers
        # share the sentence's outcome, killed before wounded
        outcome = next((o for o in (Outcome.KILLED, Outcome.WOUNDED)
                        if any(m.outcome == o for m in found)), None)
        if outcome is None:
            return out
        start = 3 if head[0] in ("in", "aside") else 1
        if head[0] == "aside":
            start = 2
        comma = next((i for i in range(start, min(len(toks), start + 10))
                      if toks[i].text == ","), None)
        if comma is None or any(i in taken for i in range(start, comma)):
            return out
        words = [x.lower for x in toks[start:comma]]
        if "death" in words or "deaths" in words:  # "aside from the death of the two assailants"
            of = words.index("of") if "of" in words else None
            if of is None:
                return out
            start += of + 1
            outcome = Outcome.KILLED  # (dead, whatever the sentence's own outcome)
        hd = comma - 1
        if not (toks[hd].lower in L.COMBATANT_NOUNS or toks[hd].lower in ("bomber", "bombers")):
            return out
        count, first = _count_before(toks, hd - 1, text, floor=start)
        if count is None:
            # "Two suicide bombers attacked a mosque. In addition to the bombers, 11 people
            # were killed": their number told before
            count, first = _count_told_before(text, sent, toks[hd].lower), start
        if count is None:
            return out
        out.append(_dead_attackers(text, sent, toks, first, hd, hd, count, toks[hd].lower,
                                   outcome=outcome))
    return out


def _dead_attackers(text: str, sent: Sentence, toks: list[Token], first: int, head: int,
                    last: int, count: int, actor: str = "suicide bombers",
                    extra: bool = True, outcome: Outcome = Outcome.KILLED) -> Mention:
    """Attackers killed (or wounded) in their own attack, toks[first..head] naming them; by
    default counted on top of the people they killed (pipeline totals: extra)."""
    victims = Victims(VictimType.COMBATANTS, actor,
                      Span.of(text, toks[first].start, toks[head].end))
    m = _mention(outcome, _count_figure(text, toks, first, head, count), victims, sent,
                 first, last, toks, singular=True)
    m.extra = extra
    return m


_BOMBER_WORDS = frozenset("bomber bombers assailant assailants attacker attackers".split())
_ONLY_CASUALTY = re.compile(
    r"\b(assailants?|attackers?|bombers?)\s+(?:was|were)\s+the\s+only\s+(?:reported\s+)?"
    r"(?:casualty|casualties|fatality|fatalities|deaths?|victims?)\b", re.I)


@lru_cache(maxsize=16)
def _suicide_attack(text: str) -> bool:
    """Whether the story is about a suicide attack (its attackers who detonated died)."""
    return re.search(r"\bsuicide\s+(?:bomb|attack|vest|belt)", text, re.I) is not None


_FOUND = frozenset("found discovered recovered retrieved dumped".split())
_DEATH_NOUNS = frozenset("death murder killing slaying homicide martyrdom".split())
# Words that make a death the reason for something else (a protest, a rally), reported
# as background rather than as the event itself.
_GRIEVANCE = frozenset(
    "over against condemn condemned condemning protest protested protesting protests "
    "demonstrate demonstrated demonstrating rally mourn mourned mourning justice anniversary "
    "commemorate commemorating report reported anger outrage involved responsible "
    "suspected accused retaliation revenge avenge avenging reprisal".split()
)
_PROTEST = re.compile(r"\b(?:protest|demonstrat|rall(?:y|ied)|(?-i:march(?:ed|es)?)\b|vigil|sit-in|"
                      r"strike|riot)", re.I)
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4}


def _dead(toks: list[Token], sent: Sentence, fig: Figure, first: int,
          last: int) -> list[Mention]:
    """One killed mention of people not named by a victim noun (a death told without a
    count: "found a woman dead", "the scene of a homicide")."""
    return [_mention(Outcome.KILLED, fig, Victims(VictimType.UNKNOWN, None, None), sent, first,
                     last, toks, singular=True)]


def _at_least(text: str, toks: list[Token], a: int, b: int, n: int) -> Figure:
    """ "a deadly shooting" (1), "a murder-suicide" (2): at least n, no number stated."""
    return Figure(n, Qualifier.AT_LEAST, n, None, n, Span.of(text, toks[a].start, toks[b].end),
                  stated=False)


_HOW_BADLY = frozenset("seriously critically badly severely gravely slightly mortally".split())


def _deaths_of(text: str, sent: Sentence, toks: list[Token],
               found: list[Mention]) -> list[Mention]:
    """ "the shooting death of Lavon Spaights", "a double murder": deaths named as nouns.

    Only when the sentence counts no killing otherwise, so a toll is never doubled.
    """
    if any(m.outcome == Outcome.KILLED for m in found):
        return []
    for k, t in enumerate(toks):
        w = t.lower
        # "pronounced the man dead", "found a woman dead in the home"
        if w in ("pronounced", "found", "find", "finds", "left", "leaving", "discovered",
                 "located") and not _negated(toks, k):
            obj = _singular_object(text, toks, k + 1)
            if obj is None and k + 2 < len(toks) and toks[k + 1].lower == "the" and \
                    toks[k + 2].lower == "victim":
                obj = (k + 1, k + 2, 1)
            end = obj[1] + 1 if obj is not None else 0
            for _ in range(2):  # "the victim, Grace Doe, a 63-year-old female, deceased"
                if end < len(toks) and toks[end].text == ",":
                    close = next((i for i in range(end + 1, min(len(toks), end + 8))
                                  if toks[i].text == ","), None)
                    if close is not None:
                        end = close
            if obj is not None and end > obj[1] + 1 and end < len(toks) and \
                    toks[end].text == ",":
                end += 1  # past the apposition's closing comma
            after = [t.lower for t in toks[end:end + 3]] if obj is not None else []
            if obj is not None and (after[:1] in (["dead"], ["deceased"]) or
                                    after[:2] == ["shot", "dead"] or
                                    after[:3] == ["shot", "to", "death"]):
                fig, victims = _object_figure(text, toks, obj)  # ("left a soldier dead")
                return [_mention(Outcome.KILLED, fig, victims, sent, obj[0], obj[1] + 1, toks,
                                 singular=True)]
            while after[:1] and after[0] in _HOW_BADLY:
                after = after[1:]
            if obj is not None and w in ("left", "leaving") and after[:1] in (
                    ["wounded"], ["injured"], ["hurt"]) and not _negated(toks, k):
                # "A shooting left a man seriously wounded"
                fig, victims = _object_figure(text, toks, obj)
                return [_mention(Outcome.WOUNDED, fig, victims, sent, obj[0], obj[1], toks,
                                 singular=True)]
        # "shot a civilian ..., resulting in his death"
        if w in ("resulting", "leading", "causing") and k + 3 < len(toks) and \
                toks[k + 1].lower in ("in", "to") and toks[k + 2].lower in ("his", "her") and \
                toks[k + 3].lower == "death" and not _negated(toks, k):
            return _dead(toks, sent, _count_figure(text, toks, k + 3, k + 3, 1), k + 3, k + 3)
        # "a 25-year-old man whose body was found in a ditch"
        if w == "whose" and k + 3 < len(toks) and toks[k + 1].lower == "body" and \
                toks[k + 2].lower in ("was", "had") and toks[k + 3].lower in (
                    "found", "discovered", "recovered", "pulled", "been"):
            ante = next((h for h in range(k - 1, max(-1, k - 5), -1)
                         if _person_noun(toks[h].lower)), None)
            if ante is not None:
                return _dead(toks, sent, _count_figure(text, toks, ante, ante, 1), ante, k + 3)
        # "the scene of a homicide": one killing at least (not "homicide detectives")
        if w == "homicide" and k > 0 and toks[k - 1].lower in ("a", "the", "this") and (
                k + 1 >= len(toks) or not toks[k + 1].text[:1].isalpha() or
                toks[k + 1].lower in ("at", "on", "in", "near", "that", "which", "was", "is",
                                      "and", "of", "early", "late", "last", "this")) and \
                not _negated(toks, k) and not _modal_before(toks, k) and \
                not {x.lower for x in toks[max(0, k - 5):k]} & {"attempted", "attempt"}:
            return _dead(toks, sent, _at_least(text, toks, k, k, 1), k, k)
        # "investigating a deadly shooting": at least one death, no number given
        # (not one of a series: "the third deadly attack on the army this month", "another
        # deadly attack")
        if w in ("deadly", "fatal") and k + 1 < len(toks) and toks[k + 1].lower in (
                "shooting", "stabbing", "shootings", "attack", "ambush", "bombing") and not (
                k > 0 and (toks[k - 1].lower in _SERIES_WORDS or _counts(toks, k - 1) or
                           re.fullmatch(r"\d+(?:st|nd|rd|th)", toks[k - 1].lower))) and not (
                # "the fatal shooting of three men": the three are the count
                k + 3 < len(toks) and toks[k + 2].lower == "of" and
                toks[k + 3].lower not in ("a", "an") and
                any((f := figure_at(toks, x, text)) is not None and f[1] == k + 3 and
                    (f[2] + 1 >= len(toks) or toks[f[2] + 1].text != "-")
                    for x in range(k + 3, min(k + 6, len(toks))))):
            return _dead(toks, sent, _at_least(text, toks, k, k + 1, 1), k, k + 1)
        if w in ("murder-suicide", "murder-suicides") and not (
                k > 0 and toks[k - 1].lower == "attempted"):
            # a killing and the killer's suicide: two dead at least
            return _dead(toks, sent, _at_least(text, toks, k, k, 2), k, k)
        if w in ("life", "lives") and k > 1 and toks[k - 1].lower == "the" and \
                toks[k - 2].lower in ("took", "taking", "claimed", "claiming", "cost",
                                      "costing") and k + 1 < len(toks) and \
                toks[k + 1].lower == "of" and w == "life":
            j = k + 2
            while j < len(toks) and (toks[j].text.isdigit() or toks[j].text == "-" or
                                     toks[j].lower.endswith("year-old")):
                j += 1  # "the life of 25-year-old Jane Doe"
            obj = _singular_object(text, toks, j)  # "which took the life of Jane Doe"
            if obj is not None:
                return _dead(toks, sent, _count_figure(text, toks, *obj), obj[0], obj[1])
        if w in _MULTIPLE and k + 1 < len(toks) and toks[k + 1].lower in (
                "murder", "murders", "homicide", "homicides", "killing", "killings", "slaying"):
            n = _MULTIPLE[w]
            fig = Figure(n, Qualifier.EXACT, n, n, n, Span.of(text, t.start, toks[k + 1].end),
                         stated=False)
            return _dead(toks, sent, fig, k, k + 1)
        if w == "deaths" and k + 2 < len(toks) and toks[k + 1].lower == "of":
            # "the shooting deaths of a man and woman", "... of David Doe and Jane Roe"
            obj = _singular_object(text, toks, k + 2)
            if obj is not None and obj[2] == 1 and obj[1] + 2 < len(toks) and \
                    toks[obj[1] + 1].lower == "and" and (
                        _person_noun(toks[obj[1] + 2].lower) or
                        toks[obj[1] + 2].lower in ("a", "an", "his", "her") and
                        obj[1] + 3 < len(toks) and _person_noun(toks[obj[1] + 3].lower)):
                obj = (obj[0], obj[1] + (2 if _person_noun(toks[obj[1] + 2].lower) else 3), 2)
            if obj is not None and obj[2] >= 2 and not (
                    {x.lower for x in toks[max(0, k - 5):k]} & _GRIEVANCE):
                return _dead(toks, sent, _count_figure(text, toks, *obj), k, obj[1])
        if w not in _DEATH_NOUNS or k + 2 >= len(toks) or toks[k + 1].lower != "of":
            continue
        before = {x.lower for x in toks[max(0, k - 5):k]}
        if before & {"attempted", "attempt", "attempting", "conspiracy", "solicitation"}:
            continue  # "charged with attempted first-degree murder of an officer"
        if before & _GRIEVANCE or _PROTEST.search(text, sent.start, sent.end):
            continue  # "protested over the killing of a trader": an earlier death, a cause
        j = k + 2
        nxt = toks[j]
        if nxt.lower in ("a", "an", "the", "his", "her", "their"):
            # "the death of a 22-year-old man": a person noun must follow
            if not any(_person_noun(x.lower) for x in toks[j + 1:j + 5]):
                continue
        elif not (_person_word(toks, j) or (nxt.text.isdigit() and j + 2 < len(toks) and
                                            toks[j + 2].lower.startswith("year"))):
            continue
        obj = _singular_object(text, toks, j)
        if obj is not None and obj[2] == 1 and obj[1] + 1 < len(toks) and \
                all(x.text[:1].isupper() for x in toks[obj[0]:obj[1] + 1]) and \
                toks[obj[1] + 1].text.islower() and _person_noun(toks[obj[1] + 1].lower):
            # "killing of Orange Mound father": a place's name before the person
            obj = (obj[0], obj[1] + 1, 1)
        if obj is not None and obj[2] == 1:
            # "the death of a civilian": the civilian is the figure and the victims
            fig, victims = _object_figure(text, toks, obj)
            return [_mention(Outcome.KILLED, fig, victims, sent, k, obj[1], toks, singular=True)]
        fig = _count_figure(text, toks, k, j, 1)
        return _dead(toks, sent, fig, k, j)
    return []


def _bodies(text: str, sent: Sentence, toks: list[Token],
            found: list[Mention]) -> list[Mention]:
    """A body found is a death: "a man's body was found", "the body of a regime fighter with
    gunshot wounds was found" (found, not exchanged or buried in a protest)."""
    if any(m.outcome == Outcome.KILLED for m in found) or \
            _PROTEST.search(text, sent.start, sent.end):
        return []
    for k, t in enumerate(toks):
        if t.lower != "body":
            continue
        after = [x.lower for x in toks[k + 1:k + 16]]
        if not any(w in _FOUND for w in after) and not (
                # "Troops later found the body of a rebel near a creek"
                k > 1 and toks[k - 1].lower == "the" and
                any(x.lower in _FOUND for x in toks[max(0, k - 4):k - 1])):
            continue
        if k > 1 and toks[k - 1].lower in _NTH and toks[k - 2].lower in ("a", "the") and \
                any(w in _FOUND for w in after[:4]):
            # "A fifth body was found later on Monday": one more dead
            return _dead(toks, sent, _count_figure(text, toks, k - 2, k, 1), k - 2, k)
        if "'s" in toks[k - 1].text if k > 0 else False:
            first = k - 1
            while first > 0 and toks[first - 1].lower not in ("a", "an", "the", ","):
                first -= 1
            first = max(first - 1, 0)
        elif after[:1] == ["of"] and len(after) > 1 and after[1] in ("a", "an", "the", "one"):
            first = k - 1 if k > 0 and toks[k - 1].lower in ("a", "the") else k
        else:
            continue
        if any(x.lower in L.NEGATION for x in toks[max(0, k - 5):k]):
            continue  # "Police have not found the body of a missing fisherman"
        one = _singular_object(text, toks, k + 2) if after[:2] in (["of", "a"], ["of", "an"]) \
            else None
        if one is not None and _person_noun(toks[one[1]].lower):
            # "the body of a rebel": who the dead was
            return [_mention(Outcome.KILLED, _count_figure(text, toks, first, one[1], 1),
                             _victims(toks, one[1], None, k + 3, one[1] + 1, text), sent,
                             first, one[1], toks, singular=True)]
        fig = _count_figure(text, toks, first, k, 1)
        return _dead(toks, sent, fig, first, k)
    return []


# A trip to hospital counts as a wound only in a sentence about shooting or stabbing.
_SHOOTING = re.compile(r"\b(?:shot|shooting|gunshot|gunfire|opened\s+fire|stabb?(?:ed|ing)|wound|"
                       r"pistol[- ]whip)", re.I)
# Sentences whose wounds are no shooting victims': the dead, traffic and falls.
_ACCIDENT = re.compile(r"\b(?:accident|crash|collision|collided|fell|fall|blaze)\b", re.I)
_DEATH_WORD = re.compile(r"\b(?:dead|died|deceased|fatal|fatally|lifeless)\b", re.I)
_SUFFERED = frozenset("suffered sustained received suffering sustaining receiving".split())
_VIOLENT_CAUSE = re.compile(r"\b(?:blasts?|explosions?|bomb\w*|attacks?|shelling|air\s*strikes?|"
                            r"strikes?|ambush\w*|clash\w*|fighting|assault\w*|riots?|"
                            r"incident|altercation|fight|gunfight|shootout|raids?|rocket\w*|"
                            r"mortar\w*|grenades?|drones?|missiles?)\b", re.I)
_WOUND_CUES = frozenset(
    "with from suffering suffered sustained sustaining received receiving treated had "
    "recover recovering".split()
)
_HOSPITAL_VERBS = frozenset(
    "left sent taken took take transported rushed drove driven hospitalized hospitalised "
    "airlifted flown brought carried put putting sending send sends recovering lifeflighted "
    "life-flighted medevaced".split()
)


# a kidnapping story: what makes "43 people had been taken" captives
_KIDNAP_STORY = re.compile(r"\b(?:abduct|kidnap|hostage|captiv|ransom)", re.I)
# people carried off with no captor named: "had been taken, including 11 women", "were taken
# away.", "were whisked into the forest"
_TAKEN_AWAY = re.compile(r"\s*(?:had\s+been|have\s+been|were|was)\s+(?:taken|whisked)"
                         r"(?:\s+(?:away|off))?(?:\s*(?:[,.;]|$)|\s+into\s+the\s+"
                         r"(?:forest|bush|mountains|hills))", re.I)


def _taken_away(text: str, sent: Sentence, toks: list[Token],
                found: list[Mention]) -> list[Mention]:
    """People carried off, told with no captor, in a story of kidnapping: "43 people had been
    taken, including 11 women", "more than 60 people, mostly women and young men, were taken
    away" (not "bodies were taken away", nor anyone in a story that tells no abduction)."""
    if not _TAKEN_AWAY.search(text, sent.start, sent.end) or not _KIDNAP_STORY.search(text):
        return []  # (the sentence first: the story's words are read only for the rare one)
    told = {m.figure.span.start for m in found}
    out = []
    for i in range(len(toks)):
        got = figure_at(toks, i, text)
        if got is None or got[0].span.start in told:
            continue
        fig, first, last = got
        if _not_a_count(toks, first, last, fig):
            continue
        end, head, named = _victim_phrase(toks, last + 1)
        if head is None or not _person_noun(toks[head].lower) or toks[head].lower in (
                "bodies", "body", "remains"):
            continue
        k = end
        if k < len(toks) and toks[k].text == ",":
            # past an aside: ", mostly women and young men,"
            k = next((c + 1 for c in range(k + 1, min(len(toks), k + 12))
                      if toks[c].text == ","), k)
        if k < len(toks) and _TAKEN_AWAY.match(text, toks[k - 1].end, sent.end):
            out.append(_mention(Outcome.ABDUCTED, fig,
                                _victims(toks, head, named, last + 1, end, text), sent,
                                first, last, toks))
    return out


def _wounds(text: str, sent: Sentence, toks: list[Token],
            found: list[Mention]) -> list[Mention]:
    """Wounds stated without a trigger verb: "found two people with gunshot wounds", "a man
    arrives at hospital with a gunshot wound", "a shooting that left a man in the hospital",
    "shot himself". Counted as weak wounds: a victim who later died is not also wounded.
    """
    if any(m.outcome == Outcome.WOUNDED for m in found):
        return []
    if _ACCIDENT.search(text, sent.start, sent.end):
        return []  # "an accident with personal injury"
    # "dead from a gunshot wound": the wound of the dead (a trip to hospital still counts:
    # "both men were taken to a hospital, where one died")
    deadly = _DEATH_WORD.search(text, sent.start, sent.end) is not None
    shooting = _SHOOTING.search(text, sent.start, sent.end) is not None
    # In a story that opens on a shooting, "the victim's injuries were not life-threatening"
    # and "he was listed in stable condition" are the shooting's wounded.
    story = shooting or _opens_on_a_shooting(text)
    grave = _GRAVITY.search(text, sent.start, sent.end) is not None
    for k, t in enumerate(toks):
        w = t.lower
        if deadly and w not in ("hospital", "hospitals", "center", "centre"):
            continue
        anchor = None
        if w in ("wound", "wounds", "injuries", "injury") and k > 0:
            # "with a graze wound", "suffering from gunshot wounds", "sustained
            # non-life-threatening injuries"
            cue = next((i for i in range(k - 1, max(-1, k - 8), -1)
                        if toks[i].lower in _WOUND_CUES), None)
            if cue is not None and (w.startswith("wound") or toks[cue].lower != "from") and (
                    w.startswith("wound") or shooting or story and grave or
                    k - cue <= 3 and toks[cue].lower in _SUFFERED and
                    _VIOLENT_CAUSE.search(text, sent.start, sent.end) is not None and
                    not any(t.lower in L.NEGATION for t in toks[cue + 1:k]) and
                    not _negated(toks, cue)):
                # bare "injuries" count only in a story about a shooting, or suffered in an
                # act of violence the sentence names ("a policeman suffered injuries in the
                # blast")
                anchor = cue
            elif cue is None and story and grave and (
                    toks[k - 1].lower in ("his", "her") or
                    toks[k - 1].lower.endswith(("'s", "\u2019s"))):
                # "The man's injuries were not considered life-threatening"
                subj = _possessor(toks, k - 1)
                if subj is not None:
                    return [_weak_wound(text, sent, toks, *subj)]
        elif w == "condition" and story and k > 1 and toks[k - 1].lower in _CONDITIONS:
            # "where he was listed in stable condition", "is in critical condition"
            verb = next((i for i in range(k - 2, max(-1, k - 12), -1)
                         if toks[i].lower in ("is", "was", "remains", "remained", "listed",
                                              "are", "were", "be")), None)
            if verb is not None and not _negated(toks, verb + 1):
                while verb > 0 and toks[verb - 1].lower in L.AUX:
                    verb -= 1
                if not any(x.lower == "of" for x in toks[max(0, verb - 5):verb]):
                    anchor = verb  # ("three of the wounded are in serious condition": counted)
        elif (w in ("hospital", "hospitals") or w in ("center", "centre") and k > 0 and
              toks[k - 1].lower in ("medical", "trauma")) and story and \
                not _CHECKUP.search(text, sent.start, sent.end):
            verb = next((i for i in range(k - 1, max(-1, k - 11), -1)
                         if toks[i].lower in _HOSPITAL_VERBS), None)
            if verb is None:
                continue
            # "left a man in the hospital", "rushed him to the hospital": the object follows
            obj = _victim_count_after(toks, verb + 1, k, text)
            if obj is not None:
                return [_weak_wound(text, sent, toks, *obj)]
            # "the two men were taken to a hospital": the subject of a passive verb; "a
            # woman is recovering in the hospital"
            if verb > 0 and (toks[verb - 1].lower in ("was", "were", "been", "being") or
                             toks[verb].lower == "recovering" and
                             toks[verb - 1].lower in ("is", "was", "are", "were")):
                anchor = verb - 1
        elif w in ("found", "discovered", "located") and not _negated(toks, k):
            # "officers found a 28-year-old man wounded"
            obj = _singular_object(text, toks, k + 1)
            if obj is not None and obj[1] + 1 < len(toks) and \
                    toks[obj[1] + 1].lower in ("wounded", "injured", "shot"):
                return [_weak_wound(text, sent, toks, *obj)]
        elif w in ("himself", "herself") and k > 0 and toks[k - 1].lower in ("shot",
                                                                             "shooting"):
            return [_weak_wound(text, sent, toks, k, k, 1)]
        elif w in ("shooting", "shootings") and k > 0 and toks[k - 1].lower in _MULTIPLE:
            # "investigating a double shooting": two people shot (the dead among them too)
            return [_weak_wound(text, sent, toks, k - 1, k, _MULTIPLE[toks[k - 1].lower])]
        elif w == "shooting" and k + 2 < len(toks) and toks[k + 1].lower == "of" and \
                toks[k - 1].lower in ("the", "a") if k > 0 else False:
            # "investigating the shooting of a 16-year-old boy"
            obj = _singular_object(text, toks, k + 2)
            if obj is not None and obj[2] == 1:
                # ("the shooting of another man": other than the suspect, not the victim)
                first = obj[0] + (toks[obj[0]].lower == "another" and obj[0] < obj[1])
                return [_weak_wound(text, sent, toks, first, obj[1], 1)]
        elif (w in _BLOWS or _pistol_whip(toks, k)) and not (k > 0 and toks[k - 1].lower in (
                "was", "were", "been", "be", "is", "are", "being")) and \
                not _negated(toks, k) and not _modal_before(toks, k):
            hit = _hit_by_gun(text, toks, k)
            if hit is not None:
                # a pistol-whipping is a beating, not a shot its victim may have died of
                return [_weak_wound(text, sent, toks, *hit, beaten=_pistol_whip(toks, k))]
        if anchor is None:
            continue
        subj = _victim_count_before(toks, anchor, text)
        if subj is None and toks[anchor].lower == "with":
            subj = _arriving_subject(toks, anchor, text)
        if subj is not None and subj[0] > 1 and toks[subj[0] - 1].lower == "of" and \
                toks[subj[0] - 2].lower in ("bodies", "body", "corpses", "remains"):
            continue  # "the bodies of 2 civilians with gunshot wounds": the wounds of the dead
        if subj is not None:
            return [_weak_wound(text, sent, toks, *subj)]
    return []


def _arriving_subject(toks: list[Token], cue: int, text: str) -> tuple[int, int, int] | None:
    """ "The 30-year-old victim admitted himself to County-USC Medical Center about 20
    minutes later with non-life-threatening wounds": the one who came, the subject of the
    sentence's first verb (one of coming), when the "with" of the wound ends its clause."""
    verb = next((i for i in range(1, cue) if toks[i].lower in _CAME), None)
    if verb is None or any(t.text in (";", ":") or t.lower in _CLAUSE_END
                           for t in toks[verb + 1:cue]):
        return None
    found = _victim_count_before(toks, verb, text)
    if found is None and toks[verb - 1].text == ",":
        # "A third victim, a 52-year-old man, arrived": the subject before the apposition
        opened = next((i for i in range(verb - 2, 0, -1) if toks[i].text == ","), None)
        found = _victim_count_before(toks, opened, text) if opened is not None else None
    return found


# verbs of someone hurt coming in: "arrived at a hospital with a gunshot wound"
_CAME = frozenset("arrived arrives admitted walked showed drove went came turned".split())


_BODY = frozenset("back head leg legs arm arms hand hands foot feet ankle knee neck face "
                  "shoulder wrist hip eye eyes".split())
_BLOWS = frozenset("struck hit grazed striking hitting grazing pistol-whipped "
                   "pistol-whipping".split())
_GUNS = frozenset("gun guns handgun handguns pistol pistols rifle shotgun revolver weapon "
                  "firearm".split())
_MISSILES = frozenset("bullet bullets round rounds projectile shot shots pellets gunfire "
                      "shrapnel".split())


_PARTS_HIT = frozenset("side sides door doors window windows seat seats tire tires tyre tyres "
                       "mirror area compartment wheel headlight panel".split())


def _hit_by_gun(text: str, toks: list[Token], k: int) -> tuple[int, int, int] | None:
    """ "a bullet struck him in the groin", "fired one shot, which struck Quinones in the
    chest", "hit all three women in the head with his handgun": wounds by a gun, its
    bullets or its butt. The people hit follow the verb."""
    n = len(toks)
    obj = _singular_object(text, toks, k + 1)
    if obj is None and k + 1 < n and toks[k + 1].lower in ("all", "both"):
        obj = _victim_count_after(toks, k + 1, min(n, k + 8), text)
        if obj is not None and toks[k + 1].lower == "both":
            obj = (obj[0], obj[1], 2)
    if obj is None:
        obj = _victim_count_after(toks, k + 1, min(n, k + 6), text)
        if obj is not None and any(t.lower == "and" for t in toks[k + 1:obj[0]]):
            return None  # "One bullet hit a car and another ...": the car was hit
    if obj is None:
        return None
    if obj[1] + 1 < n and toks[obj[1] + 1].lower in _PARTS_HIT:
        return None  # "struck the rear passenger side of the car": the passenger's side
    for t in toks[obj[1] + 1:obj[1] + 4]:
        if t.lower in L.NON_PERSON:
            return None  # "struck two Madison Police Department cars": things
        if not t.text[:1].isupper():
            break
    after = [t.lower for t in toks[obj[1] + 1:obj[1] + 10]]
    with_gun = "with" in after and any(w.split("'")[0].split("\u2019")[0] in _GUNS
                                       for w in after[after.index("with"):])
    before = {t.lower for t in toks[max(0, k - 6):k]}
    by_missile = bool(before & _MISSILES) and (
        after[:1] in (["in"], ["on"], ["once"], ["twice"]) or toks[k - 1].lower in _MISSILES)
    # ("a stray bullet struck a 7-year-old boy sleeping in his bed")
    if toks[k].lower.startswith("graz") or _pistol_whip(toks, k) or with_gun or by_missile:
        return obj
    return None


_LEAD = 400  # characters: where a story says what it is about


@lru_cache(maxsize=16)
def _opens_on_a_shooting(text: str) -> bool:
    """Whether the story's lead is about a shooting: asked for each sentence of one text,
    answered once (a str caches its hash, so the lookup is cheap)."""
    return _SHOOTING.search(text, 0, _LEAD) is not None
# Trips to hospital that are no wound: "taken to a medical center for an evaluation"
_CHECKUP = re.compile(r"\bevaluation|\bpsychiatric|\bmental\s+health|\bprecaution|"
                      r"\bchecked\s+out|\bcheck-?up", re.I)
_GRAVITY = re.compile(r"life[- ]threatening|\bgunshot|\bgraze|\bminor\s+injur|"
                      r"\b(?:stable|serious|critical|fair|grave)\s+condition", re.I)
_CONDITIONS = frozenset("stable serious critical fair grave guarded good".split())


def _possessor(toks: list[Token], k: int) -> tuple[int, int, int] | None:
    """Whose injuries: "the man's", "the victim's", "Smith's", "his" -> (first, head, 1)."""
    w = toks[k].lower
    if w in ("his", "her"):
        return k, k, 1
    stem = w[:-2]
    if _person_noun(stem) or stem.endswith("year-old") or toks[k].text[:1].isupper() and \
            stem not in L.CALENDAR and k > 0:
        return k, k, 1
    return None


_BROUGHT_BY = frozenset("found discovered located seen taken met brought driven dropped "
                        "carried treated attended examined".split())


def _before_relative_aside(toks: list[Token], j: int, reach: int = 12,
                           pronouns: tuple[str, ...] = ("who", "whom")) -> int:
    """When toks[j] closes a relative clause between commas (", who had called 911,"), the
    index of the word before it, the subject's end; else j. `reach`: how many tokens back the
    opening comma may stand."""
    if j <= 2 or toks[j].text != ",":
        return j
    opening = next((i for i in range(j - 1, max(-1, j - reach), -1) if toks[i].text == ","),
                   None)
    if opening is not None and opening > 0 and toks[opening + 1].lower in pronouns:
        return opening - 1
    return j


def _victim_count_before(toks: list[Token], k: int, text: str) -> tuple[int, int, int] | None:
    """The people just before toks[k]: "two people", "an adult man", "he" -> (first, head, n);
    joined subjects add up: "a man and his wife were taken to the hospital" is 2."""
    found = _victims_just_before(toks, k, text)
    if found is None:
        return None
    start = found[0] - (found[0] > 0 and toks[found[0] - 1].lower in ("his", "her", "their"))
    if start < 2 or toks[start - 1].lower != "and":
        return found
    left = _victims_just_before(toks, start - 1, text)
    if left is None or left[1] != start - 2 or left[0] > 0 and not (
            not toks[left[0] - 1].text[:1].isalnum() or
            toks[left[0] - 1].lower in ("that", "when", "after", "while", "where", "said",
                                        "say", "says")):
        return found  # ("he shot a man and the woman was taken to hospital": two clauses)
    return left[0], found[1], left[2] + found[2]


def _victims_just_before(toks: list[Token], k: int,
                         text: str) -> tuple[int, int, int] | None:
    """One group of people just before toks[k] (see _victim_count_before)."""
    near = k - 1
    while near > 0 and toks[near].lower in ("had", "has", "have", "was", "is", "been", "also",
                                            "being"):
        near -= 1  # "he had suffered", "he was also treated", "he is being treated"
    by = next((i for i in range(near, max(0, near - 8), -1) if toks[i].lower == "by"), None)
    verb = None if by is None else next(
        (i for i in range(by - 1, max(0, by - 6), -1) if toks[i].lower in _BROUGHT_BY or
         not toks[i].text[:1].isalpha()), None)
    if verb is not None and verb > 0 and toks[verb].lower in _BROUGHT_BY:
        # "Carlsen was found by deputies with a gunshot wound", "brought to the station by
        # his girlfriend and two other witnesses with a gunshot wound": the agents are not
        # the ones hurt
        near = verb - 1
        while near > 0 and toks[near].lower in ("was", "were", "is", "are", "been", "also",
                                                "had", "has", "have"):
            near -= 1
        k = near + 1
    if near > 1 and toks[near].lower == "who" and toks[near - 1].text == ",":
        near -= 2  # "Devin Doe, who suffered a self-inflicted gunshot wound": the one named
        if near > 1 and toks[near].text.isdigit() and toks[near - 1].text == ",":
            near -= 2  # ("Doe, 25, who suffered")
        k = near + 1
    if near > 2 and toks[near].text == "," and toks[near - 1].text.isdigit() and \
            toks[near - 2].text == ",":
        near -= 3  # "Cagle, 25, suffered": an age in apposition
        k = near + 1
    if _before_relative_aside(toks, near) != near:
        # "A woman inside the house, who had called 911, suffered a gunshot wound"
        near = _before_relative_aside(toks, near)
        k = near + 1
    ages = None
    if near > 4 and toks[near].text == ",":
        # "The victims, ages 17 and 19, were taken to the hospital": as many as their ages
        a = next((i for i in range(near - 1, max(0, near - 10), -1)
                  if toks[i].lower in ("ages", "aged")), None)
        listed = toks[a + 1:near] if a is not None and toks[a - 1].text == "," else []
        if listed and all(t.text.isdigit() or t.lower in ("and", ",") for t in listed):
            ages = sum(t.text.isdigit() for t in listed)
            near = a - 2
            k = near + 1
    for h in range(k - 1, max(-1, k - 9), -1):
        w = toks[h].lower
        if w in ("he", "she", "him", "her") and h in (k - 1, near):
            return h, h, 1
        if w == "both" and h == near:
            return h, h, 2  # "Both were taken to Children's Hospital"
        if h == near and _person_word(toks, h) and (
                h == 0 or not toks[h - 1].text[:1].isupper() or
                _person_word(toks, h - 1) and (h == 1 or not toks[h - 2].text[:1].isupper())):
            return h, h, 1  # "Hoy was taken to a hospital", "Edward Jackson, 22, was ..."
        if (_person_noun(w) or w.endswith("year-old")) and not (
                toks[h].text[:1].isupper() and h > 0 and _street_after(toks, h)):
            count, first = _count_before(toks, h - 1, text)
            if count is None and ages and w.endswith("s"):
                return h, h, ages
            if count is None and w in ("victims", "men", "people") and h > 0 and \
                    toks[h - 1].lower == "the":
                targets = _targets_told_before(text, toks[0].start)
                if targets:
                    return h - 1, h, targets  # "opened fire on four men ... The victims were"
            if count is None and h > 2:
                # "one of the officers received a minor injury": as many as the part says
                count, first = _part_of_group(toks, h, text)
            if count is None and w.endswith("s"):
                return None
            return (first if count else h), h, count or 1
        if not toks[h].text[:1].isalpha() and toks[h].text != "-" or w in _CLAUSE_END:
            return None
    return None


_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
_ONE_PERSON = r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|male|female|teen|teenager)"
_FIRED_ON_THEM = re.compile(
    r"\b(?:opened\s+fire\s+on|fired\s+(?:shots\s+)?(?:on|at|into)|shot\s+at)\s+"
    r"(?:a\s+group\s+of\s+)?(?:(?P<n>" + _NUMBER_WORDS + r"|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:people|men|women|teens|teenagers|males|friends|persons|youths|boys|girls)\b|"
    r"(?P<pair>" + _ONE_PERSON + r"\s+and\s+" + _ONE_PERSON + r")\b)", re.I)


def _targets_told_before(text: str, at: int) -> int | None:
    """How many people the sentences just before `at` say were fired on ("a gunman opened
    fire on four men", "fired on a 22-year-old woman and a 30-year-old man"): "the victims"
    of the next sentence."""
    found = list(_FIRED_ON_THEM.finditer(text, max(0, at - 400), at))
    if not found:
        return None
    m = found[-1]
    if m.group("pair"):
        return 2
    n = m.group("n").lower()
    return int(n) if n.isdigit() else UNITS[n]


def _victim_count_after(toks: list[Token], k: int, end: int,
                        text: str) -> tuple[int, int, int] | None:
    """The people between toks[k] and toks[end]: "a man", "two people"."""
    for h in range(k, min(end, k + 6)):
        w = toks[h].lower
        if w in ("him", "her") and h == k:
            return h, h, 1
        if w in ("to", "in", "at"):
            return None
        if _person_noun(w) or w.endswith("year-old"):
            count, first = _count_before(toks, h - 1, text, floor=k)
            if count is None and h - 3 >= k:
                # "rushed one of the victims to the hospital": as many as the part says
                count, first = _part_of_group(toks, h, text, floor=k)
            if count is None and w.endswith("s"):
                return None
            return (first if count else h), h, count or 1
    return None


def _part_of_group(toks: list[Token], h: int, text: str,
                   floor: int = 0) -> tuple[int | None, int]:
    """How many of the group named at toks[h] a part before it counts ("one of the
    officers", "two of his sons"): (count, its first token), or (None, h)."""
    if toks[h].lower.endswith("s") and toks[h - 1].lower in ("the", "his", "her", "their") \
            and toks[h - 2].lower == "of":
        return _count_before(toks, h - 3, text, floor=floor)
    return None, h


def _weak_wound(text: str, sent: Sentence, toks: list[Token], first: int, head: int,
                n: int, beaten: bool = False) -> Mention:
    first = min(first, head)
    fig = _count_figure(text, toks, first, head, n)
    victims = Victims(VictimType.UNKNOWN, None, Span.of(text, toks[first].start, toks[head].end))
    # A survivor's wound is no longer weak: it cannot be the death counted elsewhere.
    weak = not beaten and not _survived(text, sent)
    return _mention(Outcome.WOUNDED, fig, victims, sent, first, head, toks, weak=weak,
                    singular=True)


def _survived(text: str, sent: Sentence, limbs: bool = True) -> bool:
    """Whether the sentence says someone lived; with limbs=False a wound to a limb ("shot in
    the leg") is not enough ("shot in the leg by police, he turned the gun on himself")."""
    if not limbs:
        return _SURVIVED_WORDS.search(text, sent.start, sent.end) is not None
    return _SURVIVED.search(text, sent.start, sent.end) is not None or \
        _RELEASED.search(text, sent.start, sent.end) is not None and \
        _HOSPITAL_WORD.search(text, sent.start, sent.end) is not None


# "was taken to UNC Hospitals, but she had been released by Thursday": out of hospital alive
_RELEASED = re.compile(r"\b(?:had|has|have)\s+been\s+released\b|\bwas\s+released\s+from\b",
                       re.I)
_HOSPITAL_WORD = re.compile(r"\bhospital", re.I)


_SURVIVED_TEXT = (
    r"\bnot\s+(?:considered\s+|believed\s+to\s+be\s+|thought\s+to\s+be\s+)?life[- ]"
    r"threatening|\bnon[- ]life[- ]threatening|\b(?:stable|good|fair)\s+condition|"
    r"\bcondition\s+(?:was\s+|has\s+)?stabilized|\b(?:is|was)\s+"
    r"recovering|\bexpected\s+to\s+(?:survive|recover)|\btreated\s+and\s+released|"
    r"\bsurvived\b|\bstill\s+alive\b")
_SURVIVED_WORDS = re.compile(_SURVIVED_TEXT, re.I)
_SURVIVED = re.compile(
    _SURVIVED_TEXT + r"|\bshot\s+(?:once\s+|twice\s+)?in\s+(?:the|his|her)\s+"
    r"(?:(?:left|right|upper|lower)\s+)?(?:leg|legs|arm|arms|hand|hands|foot|feet|ankle|thigh|"
    r"buttocks?|shoulder|knee|wrist|finger|hip|elbow)\b", re.I)


def _count_told_before(text: str, sent: Sentence, noun: str) -> int | None:
    """How many <noun> the text before the sentence numbered last ("Two suicide bombers
    attacked ..."), or None."""
    hits = list(re.finditer(r"\b([A-Za-z]+|\d+)\s+(?:suicide\s+)?" + re.escape(noun) + r"\b",
                            text[max(0, sent.start - 400):sent.start], re.I))
    for h in reversed(hits):
        w = h.group(1).lower()
        n = int(w) if w.isdigit() else UNITS.get(w) if w not in ("a", "an", "no") else None
        if n:
            return n
    return None


def _in_addition_phrase(toks: list[Token], i: int) -> bool:
    """Whether token i lies in a sentence-initial "In addition to ..., " phrase."""
    head = [x.lower for x in toks[:3]]
    if not (head == ["in", "addition", "to"] or head[:2] == ["aside", "from"] or
            head[:1] == ["besides"]):
        return False
    comma = next((k for k in range(len(toks)) if toks[k].text == ","), len(toks))
    return i < comma


def _count_before(toks: list[Token], k: int, text: str,
                  floor: int = 0) -> tuple[int | None, int]:
    """How many the words before a noun say: "two young female" 2, "a"/"the" 1."""
    i = k
    if k + 1 < len(toks) and toks[k + 1].lower in ("year-old", "years-old") and \
            toks[k].text.isdigit():
        i = k - 1  # "32 year-old Charles Doe": an age, not how many
    elif k > 0 and toks[k].lower in ("year-old", "years-old") and toks[k - 1].text.isdigit():
        i = k - 2  # "the 42 year-old male subject"
    elif k > 1 and toks[k].lower in ("year-old", "years-old") and toks[k - 1].text == "-" and \
            toks[k - 2].text.isdigit():
        i = k - 3  # "two 10-year-old children"
    while i >= floor:
        w = toks[i].lower
        if w in ("a", "an", "one", "another"):
            return 1, i
        if w == "the":
            # "the bomber" is one; "the bombers" with no number is unknown
            return (1 if not toks[k + 1].lower.endswith("s") else None), i
        if w == "both":
            return 2, i
        found = figure_at(toks, i, text)
        if found is not None and found[0].qualifier == Qualifier.EXACT:
            return found[0].value, found[1]
        if not toks[i].text[:1].isalpha() or w in _FUNCTION:
            break
        i -= 1
    return None, k


# --- victims counted without a number --------------------------------------------------

_SG_DET = frozenset("a an one another his her their the its".split())
_FATAL_PHRASES = (
    ("pronounced", "dead"), ("declared", "dead"), ("found", "dead"), ("shot", "dead"),
    ("shot", "to", "death"),
    ("stabbed", "to", "death"), ("beaten", "to", "death"), ("burned", "to", "death"),
    ("hacked", "to", "death"), ("fatally", "shot"), ("fatally", "wounded"),
    ("fatally", "stabbed"), ("fatally", "beaten"), ("fatally", "attacked"),
    ("fatally", "assaulted"), ("fatally", "struck"), ("fatally", "injured"),
    ("fatally", "hacked"), ("fatally", "mauled"), ("fatally", "burned"),
    ("shot", "and", "killed"), ("gunned", "down"),
    ("taken", "off", "life", "support"),
    ("passed", "away"), ("succumbed",), ("killed",), ("died",), ("dies",), ("murdered",),
    ("slain",), ("killed-in-action",), ("attained", "martyrdom"), ("embraced", "martyrdom"),
    ("attained", "shahadat"), ("embraced", "shahadat"), ("gave", "up", "the", "ghost"),
    ("sent", "to", "hell"),
    ("neutralised",), ("neutralized",), ("eliminated",),
    ("executed",), ("beheaded",), ("assassinated",), ("lynched",), ("martyred",),
    ("hanged",),
    ("buried", "alive"),
    ("found", "deceased"), ("pronounced", "deceased"), ("declared", "deceased"),
    ("sustained", "fatal", "gunshot", "wounds"), ("suffered", "fatal", "gunshot", "wounds"),
    ("sustained", "fatal", "wounds"), ("suffered", "fatal", "wounds"),
    ("sustained", "fatal", "injuries"), ("suffered", "fatal", "injuries"),
    ("suffered", "a", "fatal", "gunshot", "wound"),
)


def _singulars(text: str, sent: Sentence, toks: list[Token],
               numbered: list[Mention]) -> list[Mention]:
    """Victims named by a singular noun or pronoun: "a civilian was killed" is 1."""
    out: list[Mention] = []
    covered = set()
    for m in numbered:
        # The figure and its victims, not the trigger: "the four assailants and a civilian
        # were killed" leaves "a civilian" free to be counted.
        end = max(m.figure.span.end, m.victims.span.end if m.victims.span else 0)
        covered.update(i for i in range(m.first, m.last + 1) if toks[i].start < end)
        # "Two men, John Smith and Bob Jones, were killed": the names are the two
        after = next((i for i in range(m.first, m.last + 1) if toks[i].start >= end), None)
        if after is not None and toks[after].lower == "of" and m.victims.span is not None:
            # "two suspected informants of the bandits had been arrested": whose they are,
            # no one more
            stop = next((i for i in range(after + 1, min(m.last, after + 5))
                         if not toks[i].text[:1].isalpha() or toks[i].lower in L.AUX), None)
            if stop is not None:
                covered.update(range(after, stop))
        if after is not None and toks[after].text == "," and not (
                after + 1 < len(toks) and toks[after + 1].lower in ("including", "among")):
            # (not "Three civilians, including a 10-year-old boy, were killed": a part)
            close = next((i for i in range(m.last - 1, after, -1) if toks[i].text == ","),
                         None)
            if close is not None and (all(toks[i].lower in L.AUX for i in range(close + 1,
                                                                              m.last)) or
                                      close + 1 < m.last and toks[close + 1].lower in L.AUX):
                # (and "Two brothers, Jamal Doe, 22, and Andre Doe, 19, were shot to death")
                covered.update(range(after, close + 1))
    n = len(toks)
    for k in range(n):
        if k in covered:
            continue
        w = toks[k].lower
        if w == "and" and k + 2 < n and toks[k + 1].lower == "another" and \
                toks[k + 2].lower in ("in", "at", "on", "later", "overnight", "after"):
            # "One died at the scene and another in hospital overnight": one more of the
            # same fate, the verb left out
            prev = next((x for x in reversed(numbered + out) if x.parent is None and
                         k - 12 <= x.last < k), None)
            if prev is not None and not any(
                    t.lower in L.AUX or t.lower in L.AFTER or t.lower in L.BEFORE or
                    t.text in (";", ",") for t in toks[prev.last + 1:k]):
                m = _mention(prev.outcome, _count_figure(text, toks, k + 1, k + 1, 1),
                             prev.victims, sent, k + 1, k + 1, toks, singular=True)
                m.extra = True
                out.append(m)
                covered.update(range(k, k + 2))
                continue
        if w == "and" and k + 3 < n and toks[k + 1].lower in ("a", "another") and \
                toks[k + 2].lower in ("second", "third", "fourth", "fifth", "sixth") and \
                toks[k + 3].lower in ("wounded", "injured", "hurt") and \
                (k + 4 == n or not toks[k + 4].text[:1].isalnum() or
                 toks[k + 4].lower in _NO_OBJECT) and \
                any(x.outcome == Outcome.KILLED and x.last < k for x in numbered + out):
            # "two shepherds had been killed and a third wounded": one more, hurt
            m = _mention(Outcome.WOUNDED, _count_figure(text, toks, k + 1, k + 2, 1),
                         Victims(VictimType.UNKNOWN, None, None), sent, k + 1, k + 3, toks,
                         singular=True)
            m.extra = True
            out.append(m)
            covered.update(range(k, k + 4))
            continue
        if w == "and" and k + 1 < n:
            joined = _joined_object(text, toks, k, numbered, sent, out)
            if joined is not None:
                out.append(joined)
                covered.update(range(k, joined.last + 1))
                continue
            listed = _next_in_including_list(text, sent, toks, k, numbered, out, covered)
            if listed is not None:
                # "Eight civilians, including a priest and a girl, were killed", "including
                # two children and a priest": one more part of the same whole
                out.append(listed)
                covered.update(range(listed.first, listed.last + 1))
                continue
        if w in ("including", "among") and k > 0 and numbered and (
                toks[k - 1].text == "," or w == "including" and any(
                    m.parent is None and m.victims.span is not None and
                    m.victims.span.end == toks[k - 1].end for m in numbered)):
            # ("killing at least 15 people including a priest")
            j = k + 1 + (k + 1 < n and toks[k + 1].lower == "them")
            # (the whole before the list, or around it: "Three civilians, including a boy,
            # were killed")
            parent = next((i for i in range(len(numbered) - 1, -1, -1)
                           if numbered[i].parent is None and numbered[i].first < k and
                           (numbered[i].last < k or toks[k - 1].text == ",")), None)
            if parent is not None and j < n and (
                    toks[j].lower in ("a", "an", "one") or
                    # "including the groom", "among them the driver of one of the minibuses"
                    toks[j].lower == "the" and j + 1 < n and (
                        toks[j + 1].lower in L.SINGULAR or
                        toks[j + 1].lower in ("groom", "bride", "bridegroom"))):
                obj = _singular_object(text, toks, j)
                if obj is not None and not any(i in covered for i in range(obj[0],
                                                                          obj[1] + 1)):
                    # "wounding 15 people, among them a soldier"
                    fig, victims = _object_figure(text, toks, obj)
                    out.append(_mention(numbered[parent].outcome, fig, victims, sent, obj[0],
                                        obj[1], toks, parent=parent, singular=True))
                    covered.update(range(obj[0], obj[1] + 1))
                    continue
        outcome, stop = _trigger_at(toks, k)
        if w == "shot" and _fired_at(toks, k):
            outcome = None  # "was shot at by officers": fired at, not hit
        # Passive: "<a civilian> (was) (found) <killed>", subject before the trigger.
        if outcome is not None and _denied(toks, k):
            outcome = None  # "police did not believe the victim had been shot"
        subj = _singular_subject(toks, k, outcome in (Outcome.KILLED, Outcome.ARRESTED)) \
            if outcome is not None else None
        if subj is not None and subj[1] + 1 < k and toks[subj[1] + 1].lower in L.NON_PERSON:
            subj = None  # "an army helicopter was hit by gunfire": the thing the noun is of
        if subj is None and (outcome == Outcome.KILLED and w in ("died", "dies") or
                             outcome in (Outcome.KILLED, Outcome.WOUNDED) and k > 0 and
                             toks[k - 1].lower in ("was", "is")):
            # "A man who led officers on a chase through two counties was killed"
            subj = _subject_before_who(toks, k)
        elif subj is None and outcome in (Outcome.KILLED, Outcome.WOUNDED) and k > 0 and \
                toks[k - 1].lower in ("were", "are"):
            # "Three rangers and a woman who was riding past were injured": the list's
            # second item, before its relative clause
            subj = _subject_before_who(toks, k)
            if subj is not None and (subj[0] == 0 or toks[subj[0] - 1].lower != "and"):
                subj = None
        if subj is None and outcome in (Outcome.KILLED, Outcome.WOUNDED):
            # "a gunman killed two officers before being shot dead by police"
            subj = _subject_before_being(toks, k)
        if subj is None and outcome == Outcome.KILLED and w in ("died", "dies"):
            # "a 24-year-old shopkeeper arrested in Arak on Friday had died in custody"
            subj = _subject_before_participle(toks, k)
        if outcome == Outcome.ARRESTED and k > 0 and (subj is None or any(
                i in covered for i in range(subj[0], subj[1] + 1))) and \
                toks[k - 1].lower in ("was", "is", "has", "been"):
            # "A man who shot his neighbor was arrested Thursday": the one who shot
            subj = _subject_before_who(toks, k, through_casualty=True)
        if subj is not None and outcome in (Outcome.KILLED, Outcome.WOUNDED) and k > 0 and \
                toks[k - 1].lower == "was" and (head := _relative_head(toks, subj, k)):
            # "A man who held his estranged wife and her two children hostage ... was shot
            # and killed": the one the relative clause tells of, not its object
            subj = head
        if subj is not None and _needs_aux(w) and not _aux_before(toks, k) and \
                not _reduced_passive(toks, subj, k, stop) and not (
                # "the name of a man shot to death inside a home": a reduced passive
                toks[stop].lower in ("death", "dead") and w == "shot" and
                not any(t.lower in ("found", "discovered") for t in toks[max(0, k - 8):k]) and
                (stop + 1 >= n or toks[stop + 1].lower in _NO_OBJECT or
                 toks[stop + 1].lower in L.CALENDAR or not toks[stop + 1].text[:1].isalnum())):
            subj = None  # "A police officer shot and killed ...": active, the subject is no victim
        # "shot the suspect, who was later pronounced dead": the wounded suspect died, so
        # the antecedent may already be counted (as a weak wound)
        via_relative = subj is not None and any(
            toks[i].lower in ("who", "whom") for i in range(subj[1] + 1, k))
        if subj is None and outcome is not None and _needs_aux(w) and \
                not _aux_before(toks, k):
            subj = _elided_subject(toks, k)
        if subj is None and outcome in (Outcome.KILLED, Outcome.WOUNDED, Outcome.ARRESTED,
                                        Outcome.ABDUCTED) and not numbered and not out:
            subj = _shared_subject(toks, k)  # (and "the shooter stayed ... and was arrested")
        if subj is None and outcome == Outcome.KILLED and \
                not any(m.outcome == Outcome.KILLED for m in out + numbered):
            taken = _taken_then_killed(toks, k, out + numbered)
            if taken is not None and not _negated(toks, k) and not _modal_before(toks, k):
                # "One member was detained and later found killed": the one taken is the
                # one who died
                out.append(_mention(outcome, taken.figure, taken.victims, sent, taken.first,
                                    stop, toks, singular=taken.singular))
                covered.update(range(k, stop + 1))
                continue
        if outcome == Outcome.KILLED and w in ("died", "dies") and \
                _SELF_INFLICTED.match(text, toks[stop].end):
            # "A man who shot his girlfriend died of a self-inflicted gunshot wound": the
            # shooter, not the one he shot
            alt = _subject_before_who(toks, k, through_casualty=True)
            if alt is not None and (subj is None or alt[0] < subj[0]):
                s0, head, _n = alt
                out.append(_mention(outcome, _count_figure(text, toks, s0, head, 1),
                                    _victims(toks, head, None, s0, head + 1, text), sent, s0,
                                    stop, toks, singular=True))
                covered.update(range(k, stop + 1))
                continue
        if subj is None and outcome == Outcome.KILLED and w in _INTRANSITIVE and \
                not any(m.outcome == Outcome.KILLED for m in out):
            wound = next((m for m in reversed(out) if m.outcome == Outcome.WOUNDED and
                          (m.weak or m.singular) and m.figure.best == 1), None)
            if wound is not None and any(m.last > wound.first or m.outcome == Outcome.KILLED
                                         for m in numbered):
                # (a numbered figure after the one hurt, or any numbered dead, may be the
                # subject; not before him: "Two soldiers were injured, while a jawan who was
                # injured in the gunfight later succumbed to his injuries")
                wound = None
            if wound is not None and wound.first > 0 and toks[wound.first - 1].lower in (
                    "shooting", "shot", "stabbing", "stabbed", "wounding", "wounded"):
                wound = None  # "A husband suspected of shooting his wife ... was found dead":
                # the one shot is no subject of the death
            if wound is not None and not _negated(toks, k) and not _modal_before(toks, k):
                # "Saunders was shot in the neck and pronounced dead", "a 17-year-old shot
                # during a struggle has died", "he was hospitalized and passed away": the
                # one hurt is the one who died (his wound now stands for the death)
                out.append(_mention(outcome, wound.figure, wound.victims, sent, wound.first,
                                    stop, toks, singular=True))
                wound.weak = True
                covered.update(range(k, stop + 1))
                continue
        # (a reduced passive after a preposition: "a demonstration over the death of a
        # teenager killed by the police", "a prayer vigil for a teen shot by deputies")
        cause = subj is not None and _needs_aux(w) and not _aux_before(toks, k) and \
            subj[0] > 0 and toks[subj[0] - 1].lower in ("of", "for", "over", "against")
        if (via_relative or cause) and _PROTEST.search(text, sent.start, sent.end):
            # "the family of a constable who was shot dead held a protest", "a demonstration
            # over the death of a teenager killed by the police": a cause
            continue
        if subj is not None and outcome == Outcome.KILLED and not via_relative:
            hurt = next((m for m in out if m.outcome == Outcome.WOUNDED and m.singular and
                         m.first == subj[0] and m.figure.best == 1), None)
            if hurt is not None:
                # "he was stabbed and died": the one hurt is the one who died
                out.append(_mention(outcome, hurt.figure, hurt.victims, sent, hurt.first,
                                    stop, toks, singular=True))
                hurt.weak = True
                covered.update(range(k, stop + 1))
                continue
        if subj is not None and outcome == Outcome.KILLED and not via_relative:
            taken = next((m for m in out if m.outcome in (
                Outcome.ABDUCTED, Outcome.ARRESTED, Outcome.MISSING) and m.first == subj[0]),
                None)
            if taken is not None and not _negated(toks, k) and not _modal_before(toks, k):
                # "a man was abducted by four men and stabbed to death": the one taken died
                out.append(_mention(outcome, taken.figure, taken.victims, sent, taken.first,
                                    stop, toks, singular=taken.singular))
                covered.update(range(k, stop + 1))
                continue
        if subj is not None and via_relative and (any(
                x.outcome == outcome and subj[0] <= x.first <= subj[1] for x in numbered) or
                subj[0] > 0 and word_value(toks[subj[0] - 1].lower) not in (None, 0, 1) or
                subj[0] > 0 and toks[subj[0] - 1].text[:1].isdigit()):
            subj = None  # "A search is on for two farmers who went missing": the two's
            # (and "including three women and two children, who had been abducted")
        if subj is not None and subj[0] + 2 < n and toks[subj[0]].lower == "one" and \
                toks[subj[0] + 1].lower == "for" and toks[subj[0] + 2].lower in ("each",
                                                                                 "every"):
            subj = None  # "12 ribbons, one for each person who was shot": a token, no one
        if subj is not None and (via_relative or not any(
                i in covered for i in range(subj[0], subj[1] + 1))):
            s0, head, count = subj
            if outcome == Outcome.KILLED and w in _INTRANSITIVE and not numbered and \
                    not out and s0 + 1 < head and toks[s0].lower == "a" and \
                    toks[s0 + 1].lower in _NTH:
                # "a third person died after the shooting": the third death of it
                count = _NTH[toks[s0 + 1].lower]
            victims = _victims(toks, head, None, s0, head + 1, text)
            fig = _count_figure(text, toks, s0, head, count)
            # "another man was shot", "a second victim was shot": not the dead counted
            # elsewhere, so not weak
            other = toks[s0].lower == "another" or s0 + 1 < n and toks[s0].lower in (
                "a", "the") and toks[s0 + 1].lower in ("second", "third", "other")
            m = _mention(outcome, fig, victims, sent, s0, stop, toks, singular=True,
                         weak=(w in ("shot", "struck", "hit") and outcome == Outcome.WOUNDED and
                               not other and not _survived(text, sent)))
            # "four cadres and a police sub-inspector were killed": one more, on top of
            # the numbered subject it is joined to
            m.extra = s0 > 0 and toks[s0 - 1].lower == "and" and any(
                x.outcome == outcome and x.parent is None and x.first < s0 <= x.last and
                not any(t.lower in _INCLUDING
                        for t in toks[x.first:s0]) for x in numbered)
            out.append(m)
            covered.update(range(s0, stop + 1))
            continue
        # Active: "killing <a policeman>", "shot dead <a civilian school guard>",
        # "shot and killed Isaias Martinez, 53, and Guillermo Rivera, 44".
        active = _active_trigger(toks, k)
        if active is None or _negated(toks, k) or _modal_before(toks, k):
            continue
        outcome, after, weak = active
        if after + 2 < n and toks[after].lower in ("themselves", "himself", "herself") and \
                toks[after + 1].lower == "and" and outcome == Outcome.KILLED and \
                _singular_object(text, toks, after + 2) is not None:
            after += 2  # "detonated, killing themselves and a civilian": the bombers apart
        obj = _singular_object(text, toks, after, agent_noun=outcome in (
            Outcome.KILLED, Outcome.ABDUCTED))
        if obj is not None and w in ("executed", "executing", "execute") and \
                not _person_noun(toks[obj[1]].lower):
            obj = None  # "executed a search warrant", "executed a plan"
        if obj is not None and obj[0] == obj[1] and _a_people(toks[obj[1]].text):
            obj = None  # "a school housing displaced Palestinians": a people, uncounted
        while obj is not None and not any(i in covered for i in range(obj[0], obj[1] + 1)):
            o0, head, count = obj
            if head > o0 + 1 and toks[head].lower in ("hostage", "captive"):
                head -= 1  # "took the pastor hostage": the pastor
                obj = (o0, head, count)
            fig, victims = _object_figure(text, toks, obj)
            numbered_item = _numbered_item(toks, obj)
            if numbered_item:
                # "killed a man, his wife and their three children": a count of its own
                num = figure_at(toks, o0 + (toks[o0].lower in _POSSESSIVES), text)
                if num is not None:
                    fig = num[0]
                    victims = _victims(toks, head, None, num[2] + 1, head + 1, text)
            # "it discharged, wounding him in the head": a pronoun points back to someone
            # told before, maybe the one who died
            back = outcome == Outcome.WOUNDED and o0 == head and toks[o0].lower in ("him", "her")
            m = _mention(outcome, fig, victims, sent, o0, head, toks, singular=not numbered_item,
                         weak=(weak or back) and not _survived(text, sent))
            # "abducted the village head and his two wives": one more, on top of the
            # numbered object joined to it
            m.extra = head + 2 < n and toks[head + 1].lower == "and" and any(
                x.outcome == outcome and x.parent is None and head + 2 <= x.first <= head + 4
                for x in numbered)
            out.append(m)
            covered.update(range(o0, head + 1))
            obj = _next_object(text, toks, head)
    return out


_POSSESSIVES = frozenset("his her their".split())
_POSSESSIVES_ALL = _POSSESSIVES | {"its", "our"}
_LIST_DETS = frozenset("a an the".split()) | _POSSESSIVES


def _singular_item(toks: list[Token], a: int, b: int) -> int | None:
    """Whether tokens a..b (inclusive) are one person named without a number: "a police
    officer", "the pastor", "a 10-year-old boy". Returns the head noun's index."""
    if b < a or b - a > 5 or toks[a].lower not in _LIST_DETS or not _person_noun(toks[b].lower) \
            or toks[b].lower.endswith("s") and toks[b].lower not in L.SINGULAR:
        return None
    if not all(t.text[:1].isalnum() or t.text == "-" for t in toks[a + 1:b]):
        return None
    return b


_INVERTED = frozenset("killed wounded injured dead hurt".split())


def _inverted_opener(toks: list[Token]) -> tuple[Outcome, int] | None:
    """ "Killed were ...", "Injured in the shooting was ...", "Dead is ...": a sentence that
    opens on the casualty word and names the victims after the verb. Returns the outcome and
    the verb's index."""
    i = 0
    while i < len(toks) and toks[i].text in _QUOTES:
        i += 1
    if i + 3 < len(toks) and toks[i].lower == "among" and toks[i + 1].lower == "the" and \
            toks[i + 2].lower in ("dead", "killed", "wounded", "injured") and \
            toks[i + 3].lower in ("was", "is"):
        return L.AFTER[toks[i + 2].lower], i + 3  # "Among the dead was a police officer"
    if i >= len(toks) or toks[i].lower not in _INVERTED or not toks[i].text[:1].isupper():
        return None
    for k in range(i + 1, min(len(toks), i + 10)):
        w = toks[k].lower
        if w in ("was", "were", "is", "are"):
            return L.AFTER[toks[i].lower], k
        if w in L.AUX or w in L.BEFORE or w in L.AFTER or w in _CLAUSE_END or \
                not toks[k].text[:1].isalnum():
            return None
    return None


def _inverted_singulars(text: str, sent: Sentence, toks: list[Token],
                        found: list[Mention]) -> list[Mention]:
    """ "Injured in the shooting was Ronald Carlsen, 53", "Killed were John Smith, 25, and
    Mary Jones, 30", "Dead is a 34-year-old man": people named after the verb, counted."""
    opener = _inverted_opener(toks)
    if opener is None or any(m.first > opener[1] for m in found):
        return []
    outcome, k = opener
    j, n, first, head, n_toks = k + 1, 0, k + 1, None, len(toks)
    while j < n_toks:
        at = j
        if j + 3 < n_toks and toks[j].text.isdigit() and toks[j + 1].text == "-" and \
                toks[j + 2].lower.startswith("year-old") and toks[j + 3].text[:1].isupper():
            at = j + 3  # "25-year-old John Smith"
        obj = _singular_object(text, toks, at)
        if obj is None and at == j and toks[j].lower in ("his", "their") and \
                j + 1 < n_toks and _person_noun(toks[j + 1].lower):
            obj = (j, j + 1, 1)  # "his brother"
        if obj is None:
            if n:
                break  # "Hurt was a woman who lived nearby"
            return []
        if n and obj[1] + 1 < n_toks and toks[obj[1] + 1].lower in _SPEECH_AFTER:
            break  # "Among the wounded was a 9-year-old girl, the governor said": the speaker
        n, head, j = n + obj[2], obj[1], obj[1] + 1
        if j + 1 < n_toks and toks[j].text == "," and toks[j + 1].text.isdigit() and \
                len(toks[j + 1].text) <= 3:
            j += 2 + (j + 2 < n_toks and toks[j + 2].text == ",")  # "John Smith, 25,"
        if j < n_toks and toks[j].lower == "of" and j + 1 < n_toks and \
                toks[j + 1].text[:1].isupper():
            j += 2  # "Marcus Hill of Akron"
        while j < n_toks and (toks[j].text == "," or toks[j].lower == "and"):
            j += 1
        if j >= n_toks or not toks[j].text[:1].isalnum():
            break
    if not n or head is None:
        return []
    fig, victims = _object_figure(text, toks, (first, head, n))
    return [_mention(outcome, fig, victims, sent, first, head, toks, singular=True)]


_PART_NOUNS = {"dead": Outcome.KILLED, "killed": Outcome.KILLED, "victims": Outcome.KILLED,
               "wounded": Outcome.WOUNDED, "injured": Outcome.WOUNDED}


def _listed_parts(text: str, sent: Sentence, toks: list[Token], k: int, outcome: Outcome,
                  found: list[Mention]) -> list[Mention]:
    """Each person of a list from toks[k], counted without a number, a part of the toll of
    `outcome` told before: "a 9-year-old girl and her grandmother"."""
    n = len(toks)
    out = []
    while k < n:
        obj = _singular_object(text, toks, k)
        if obj is None or obj[2] != 1 or toks[obj[1]].lower not in L.VICTIM_NOUNS:
            break
        if toks[obj[0]].lower in ("his", "her", "their") and obj[0] < obj[1]:
            obj = (obj[0] + 1, obj[1], 1)  # "and her grandmother": another person, no
            # pronoun telling the girl again
        fig, victims = _object_figure(text, toks, obj)
        out.append(_part_of_told(outcome, fig, victims, sent, obj[0], obj[1], toks, found))
        k = obj[1] + 1
        if k + 1 < n and toks[k].lower == "and":
            k += 1
        elif k + 2 < n and toks[k].text == "," and toks[k + 1].lower != "and":
            k += 1
        elif k + 2 < n and toks[k].text == "," and toks[k + 1].lower == "and":
            k += 2
        else:
            break
    return out


def _singular_parts(text: str, sent: Sentence, toks: list[Token],
                    found: list[Mention]) -> list[Mention]:
    """ "The dead included a policeman", "A policeman was among the dead": one person of a
    toll, counted without a number, a part of that toll."""
    n = len(toks)
    taken = {i for m in found for i in range(m.first, m.last + 1)}
    if n > 5 and toks[0].lower == "among" and toks[1].lower == "the" and \
            toks[2].lower in _PART_NOUNS and toks[3].lower in ("were", "was") and \
            not any(i in taken for i in range(4, n)):
        # "Among the wounded were a 9-year-old girl and her grandmother": each one a part
        return _listed_parts(text, sent, toks, 4 + (toks[4].lower == "also"),
                             _PART_NOUNS[toks[2].lower], found)
    for k in range(n - 2):
        # "(the) (nine) dead (also) included a policeman (and a child)"
        also = k + 2 < n and toks[k + 1].lower == "also"
        if toks[k].lower in _PART_NOUNS and toks[k + 1 + also].lower in ("included", "include",
                                                                          "includes") and (
                k > 0 and toks[k - 1].lower == "the" or
                k > 1 and toks[k - 2].lower == "the" and figure_at(toks, k - 1, text) is not None):
            obj = _singular_object(text, toks, k + 2 + also)
            if obj is None or any(i in taken for i in range(obj[0], obj[1] + 1)):
                return []
            return _listed_parts(text, sent, toks, k + 2 + also, _PART_NOUNS[toks[k].lower],
                                 found)
    # "A policeman was (also) among the dead / those killed"
    obj = _singular_object(text, toks, 0) if toks and toks[0].lower in (
        "a", "an", "the", "his", "her", "their") else None  # ("His wife was among the dead")
    if obj is None or obj[2] != 1 or toks[obj[1]].lower not in L.VICTIM_NOUNS or \
            any(i in taken for i in range(obj[0], obj[1] + 1)):
        return []
    at = obj[1] + 1
    if at < n and toks[at].lower == "who":
        # "A 10-year-old boy who was selling newspapers at the signal was also among the
        # dead": past the relative clause, to the "was" that opens "among the dead"
        at = next((i for i in range(at + 2, min(n - 2, at + 20))
                   if toks[i].lower == "was" and
                   toks[i + 1 + (toks[i + 1].lower == "also")].lower == "among"), n)
    pair = at + 1 < n and toks[at].lower == "and" and toks[at + 1].lower in ("a", "an", "his",
                                                                          "her", "their")
    if pair:
        # "A woman and a teenage boy were among the dead": each of the two a part
        second = _singular_object(text, toks, at + 1)
        if second is None or second[2] != 1 or toks[second[1]].lower not in L.VICTIM_NOUNS:
            return []
        at = second[1] + 1
    rest = [t.lower for t in toks[at:at + 5]]
    if rest[:1] != (["were"] if pair else ["was"]):
        return []
    rest = [w for w in rest[1:] if w != "also"]
    if len(rest) >= 3 and rest[0] == "among" and (
            rest[1] == "the" and rest[2] in _PART_NOUNS or
            rest[1] == "those" and rest[2] in ("killed", "wounded", "injured")):
        if pair:
            return _listed_parts(text, sent, toks, obj[0], _PART_NOUNS[rest[2]], found)
        fig, victims = _object_figure(text, toks, obj)
        return [_part_of_told(_PART_NOUNS[rest[2]], fig, victims, sent, obj[0], obj[1], toks,
                              found)]
    return []


def _list_singulars(text: str, sent: Sentence, toks: list[Token],
                    found: list[Mention]) -> list[Mention]:
    """ "Three soldiers, a police officer and four civilians were killed", "The pastor, two
    of his sons and three congregants were killed", "killed a soldier, a driver, three police
    officers and a child": a person named without a number among the numbered victims of one
    verb, a group of its own beside them. (Not an apposition: "Buzubona, a colonel, and one
    other person"; not a speaker: "wounding seven people, a police captain and a medical
    official said".)"""
    numbered = [m for m in found if not m.singular and m.parent is None and m.figure.stated]
    taken = [(m.first, max(m.first, _token_at(toks, m.victims.span.end - 1)
                           if m.victims.span else m.first)) for m in found]

    def starts(a: int, b: int) -> tuple[int, int] | None:
        # the mention a list item holds, starting it ("the two soldiers" too)
        r = next((r for r in taken if a <= r[0] <= b or a <= r[1] <= b), None)
        if r is not None and r[0] != a and not (r[0] == a + 1 and toks[a].lower in _LIST_DETS):
            return (-1, -1)  # "including a district police chief": a part, no item
        return r

    def unclean(a: int, b: int) -> bool:
        # a segment that breaks the list mid-phrase: a speaker or a clause of its own
        return toks[a].lower in _LIST_DETS or any(
            t.lower in L.AUX or t.lower in ("said", "says", "say", "told")
            for t in toks[a:b + 1])

    out: list[Mention] = []
    for last in sorted({m.last for m in numbered}):
        items = [m for m in numbered if m.last == last]
        aux = last - 1
        while aux > 0 and toks[aux - 1].lower in L.AUX:
            aux -= 1
        if toks[aux].lower not in L.AUX or aux == 0 or toks[aux - 1].text == "," or \
                items[0].outcome not in (Outcome.KILLED, Outcome.WOUNDED, Outcome.ABDUCTED):
            continue  # only a passive verb's subjects: "... were killed"
        # the list's items, split on commas and "and", from the verb back (three or more:
        # two are read by the singular subject's own rules, "A soldier and two other people")
        b, seen, pending, kept, n_items = aux - 1, False, [], [], 0
        while b >= 0:
            a = b
            while a > 0 and toks[a - 1].text != "," and toks[a - 1].lower != "and":
                a -= 1
            mine = starts(a, b)
            if mine == (-1, -1) or any(t.lower in L.AUX or t.lower in L.AFTER
                                       for t in toks[a:b + 1]):
                break  # ("An officer and three soldiers were killed and two ... were"): a
                # clause of its own
            if mine is not None:
                seen = seen or any(m.first == mine[0] for m in items)
                kept += pending
                pending = []
            else:
                head = _singular_item(toks, a, b)
                if head is None:
                    if pending and toks[b].text[:1].isupper():
                        pending.pop()  # "Buzubona, a Burundian Army colonel, and ...": his
                    break
                if seen:
                    fig, victims = _object_figure(text, toks, (a, head, 1))
                    pending.append(_mention(items[0].outcome, fig, victims, sent, a, head,
                                            toks, singular=True))
            n_items += 1
            b = a - 1
            while b >= 0 and (toks[b].lower == "and" or toks[b].text == ","):
                b -= 1
        if n_items >= 3:
            out += kept + pending
    # active: "killed a soldier, a driver, three police officers and a child in Kano"
    for x in numbered:
        act = _active_before(toks, x.first)
        if act is None or act[0] != x.outcome:
            continue
        a, items, pending, in_list = act[1] + 1, [], [], False
        while a < len(toks):
            b = a
            while b + 1 < len(toks) and toks[b + 1].text not in (",", ";", ".") and \
                    toks[b + 1].lower != "and":
                b += 1
            mine = starts(a, b)
            if mine == (-1, -1):
                pending = []
                break
            if mine is not None:
                in_list = in_list or mine[0] == x.first
                items += pending
                pending = []
            elif a + 1 < len(toks) and toks[a].lower in ("the", "a", "an") and (
                    toks[a + 1].lower in _RECORD_WORDS or toks[a + 1].lower.endswith("iest")):
                # "killed eight soldiers, the deadliest attack on Tunisia's army in decades":
                # what the attack was, no one more
                pending = []
                break
            else:
                head = next((h for h in range(min(b, a + 5), a - 1, -1)
                             if _singular_item(toks, a, h) is not None and
                             (h == b or toks[h + 1].lower in _PREPOSITIONS)), None)
                if head is None:
                    if unclean(a, b) or pending and any(
                            t.lower in _SPEECH_AFTER for t in toks[b + 1:b + 4]):
                        # ("wounding seven, a police officer, Captain Mohamed Abdi Nur, told
                        # reporters": the speaker and his name, no victim)
                        pending = []
                    break
                if any(t.lower in _SPEECH_AFTER or t.lower == "say"
                       for t in toks[head + 1:b + 1]):
                    pending = []  # "killed 19 people, a doctor at the hospital said": the
                    break  # speaker, no victim
                pending.append((a, head))
                if head < b:
                    break  # "... and a child in Kano": the list ends
            a = b + 1
            while a < len(toks) and (toks[a].text == "," or toks[a].lower == "and"):
                a += 1
        if in_list:
            for a, head in items + pending:
                if any(r[0] <= head and a <= r[1] for r in taken):
                    continue
                fig, victims = _object_figure(text, toks, (a, head, 1))
                out.append(_mention(x.outcome, fig, victims, sent, a, head, toks,
                                    singular=True))
                taken.append((a, head))
    return out


# words that make a phrase after a toll a record, not a person: "the deadliest attack"
_RECORD_WORDS = frozenset("deadliest worst bloodiest biggest largest latest heaviest most "
                          "first second third last single".split())


def _token_at(toks: list[Token], char: int) -> int:
    """The index of the token holding character offset `char`."""
    return next((i for i, t in enumerate(toks) if t.start <= char < t.end), 0)


def _before_the_others(text: str, sent: Sentence, toks: list[Token],
                       found: list[Mention]) -> list[Mention]:
    """ "A soldier and two other people were killed", "Buzubona, a colonel, and one other
    person were killed", "a police officer and two civilians were wounded": the person named
    before "and N ..." is one more, on top."""
    out = []
    for m in found:
        words = m.victims.span.surface.lower().split() if m.victims.span else []
        # ("a Canadian missionary and her two colleagues": past a possessive)
        pos = m.first - (m.first >= 3 and toks[m.first - 1].lower in ("her", "his", "their"))
        if m.parent is not None or not m.figure.stated or not words or pos < 2 or \
                toks[pos - 1].lower != "and":
            continue
        j = pos - 2 - (toks[pos - 2].text == ",")
        if j < 0 or not _head_noun(toks, j) or any(
                x.first <= j <= x.last for x in found if x is not m):
            continue
        subj = _coordinated_singulars(toks, j) or _one_person_ending(toks, j)
        if subj is None:
            continue
        s0, head, count = subj
        if any(t.lower in _INCLUDING or t.lower == "excluding"
               for t in toks[max(0, s0 - 3):s0]):
            continue  # "Six children were killed, including the assailant, and two others"
        before = s0 - 1
        while before > 0 and toks[before].lower in _PLACE_ADJECTIVES:
            before -= 1  # "in northwest Oklahoma City, and two suspects were arrested": a place
        if before >= 0 and toks[before].lower in _PREPOSITIONS or \
                toks[head].lower in _COLLECTIVE:
            continue  # "repelled by the Cameroon army and at least six assailants were killed"
        prep = next((i for i in range(s0, head) if toks[i].lower in _PREPOSITIONS), None)
        if prep is not None and not any(_person_noun(t.lower) for t in toks[s0:prep]):
            continue  # "searching the rubble for survivors, and five people were missing"
        x = _mention(m.outcome, _count_figure(text, toks, s0, head, count),
                     _victims(toks, head, None, s0, head + 1, text), sent, s0, head, toks,
                     singular=True)
        if m.of_told:
            # "His wife and three children were among those killed": both some of the toll
            # told before, none on top of it
            x.of_told, x.of_those = True, m.of_those
        else:
            x.extra = True
        out.append(x)
    return out


# Words between a preposition and a place's name: "in northwest Oklahoma City"
_PLACE_ADJECTIVES = frozenset("north south east west northern southern eastern western central "
                              "northeast northwest southeast southwest northeastern "
                              "northwestern southeastern southwestern downtown upper lower "
                              "rural suburban neighboring neighbouring nearby".split())


# The endings of nouns for people by what they do: "shepherd", "trader", "vendor", "pastor"
_DOER = re.compile(r"(?:er|or|ist|man|ian|ant|ent|ee|herd)$")

_COLLECTIVE = frozenset("army military forces police militia militias personnel family "
                        "families government".split())


def _one_person_ending(toks: list[Token], j: int) -> tuple[int, int, int] | None:
    """One person's noun phrase ending at token j: "a Burundian Army colonel", "his son",
    "John Doe". None when a verb or a clause boundary comes first."""
    i = j
    while i >= 0 and j - i < 6:
        t = toks[i]
        if t.lower in ("a", "an", "the", "his", "her", "their"):
            return i, j, 1
        if not t.text[:1].isalpha() or t.lower in L.AUX or t.lower in L.AFTER or \
                t.lower in L.BEFORE or t.lower in _CLAUSE_END:
            break
        i -= 1
    if toks[j].text[:1].isupper():
        s0 = j
        while s0 > 0 and toks[s0 - 1].text[:1].isupper() and toks[s0 - 1].text.isalpha():
            s0 -= 1
        return s0, j, 1
    return None


def _next_object(text: str, toks: list[Token], head: int) -> tuple[int, int, int] | None:
    """ "killed a police officer and a civilian", "killing the father and a son": one more
    person joined by "and" to an active verb's object (not the subject of a new clause: "killed
    a man and a woman was injured"); or by a comma in a list that "and" closes: "killed a man,
    his wife and their three children" (not an apposition: "killed a man, a father of two,")."""
    j = head + 1
    if j + 2 < len(toks) and toks[j].lower in ("for", "of") and toks[j + 2].lower == "and" and \
            toks[j + 1].text[:1].isalpha():
        j += 2  # ("shot dead a candidate for mayor and one of his guards")
    if j + 1 < len(toks) and toks[j].text == "," and _list_closes(toks, j):
        j += toks[j + 1].lower == "and"
    elif j + 1 >= len(toks) or toks[j].lower != "and":
        return None
    if j + 4 < len(toks) and toks[j + 1].lower == "one" and toks[j + 2].lower == "of" and \
            toks[j + 3].lower in _POSSESSIVES and _person_noun(toks[j + 4].lower):
        return j + 1, j + 4, 1  # "and one of his guards": one person more
    obj = _list_item(text, toks, j + 1)
    counted = obj is not None and _numbered_item(toks, obj)  # ("their three children")
    if obj is None or obj[2] != 1 and not counted or \
            obj[0] == obj[1] and toks[obj[0]].lower in L.PRONOUN_SG:
        return None  # (not "her" of "a woman and her two children")
    nxt = toks[obj[1] + 1].lower if obj[1] + 1 < len(toks) else ""
    if nxt in L.AUX or nxt in L.AFTER and nxt != "dead" or nxt in L.BEFORE or nxt == "shot":
        return None  # ("shot the driver and a passenger dead": "dead" closes the objects)
    return obj


def _list_item(text: str, toks: list[Token], k: int) -> tuple[int, int, int] | None:
    """One item of a list of people after a verb: "a civilian", "his wife", "their three
    children" (first token, head, how many)."""
    if k + 1 >= len(toks):
        return None
    fig = figure_at(toks, k, text) if toks[k].text[:1].isdigit() or toks[k].lower in UNITS \
        else None
    if fig is None and toks[k].lower not in _POSSESSIVES:
        return _singular_object(text, toks, k)
    if fig is None and toks[k + 1].lower in L.SINGULAR:
        return k, k + 1, 1
    if fig is None and _age_token(toks, k + 1):
        return _singular_object(text, toks, k)  # "and his 12-year-old son"
    fig = fig or figure_at(toks, k + 1, text)
    if fig is not None and fig[0].qualifier == Qualifier.EXACT and fig[2] + 1 < len(toks) and \
            _person_noun(toks[fig[2] + 1].lower):
        return k, fig[2] + 1, fig[0].best
    return _singular_object(text, toks, k) if fig is None else None


def _numbered_item(toks: list[Token], obj: tuple[int, int, int]) -> bool:
    """Whether a list item holds its number: "three children", "their three children"."""
    first = obj[0] + (toks[obj[0]].lower in _POSSESSIVES)
    return obj[2] > 1 and first < obj[1] and (toks[first].text[:1].isdigit() or
                                              toks[first].lower in UNITS)


def _list_closes(toks: list[Token], j: int) -> bool:
    """Whether the comma at j opens more items of a list that "and" closes ("a man, his wife
    and ..."), before the clause ends or a verb comes."""
    for i in range(j + 1, min(len(toks) - 1, j + 16)):
        w = toks[i].lower
        if w in (".", ";", ":") or w in L.AUX or w in L.AFTER or w in L.BEFORE or \
                w in ("said", "says", "told", "who", "which", "that"):
            return False
        if w == "and":
            return toks[i + 1].lower in _LIST_DETS or toks[i + 1].text[:1].isdigit() or \
                toks[i + 1].lower in UNITS
    return False


_THEN = frozenset("and later then subsequently eventually was were been found".split())


_TAKEN_PARTICIPLES = frozenset("arrested detained held abducted kidnapped taken jailed "
                               "imprisoned injured wounded hurt shot stabbed beaten".split())


def _subject_before_participle(toks: list[Token], k: int) -> tuple[int, int, int] | None:
    """ "A shopkeeper arrested in Arak on Friday had died in custody": the person before a
    participle phrase (the reduced relative clause) that runs to the verb at k."""
    for p in range(k - 1, max(0, k - 12), -1):
        w = toks[p].lower
        if w in _CLAUSE_END or not toks[p].text[:1].isalnum() or w in ("who", "and", "but"):
            return None
        if w in _TAKEN_PARTICIPLES and p > 0 and (
                _person_noun(toks[p - 1].lower) and not toks[p - 1].lower.endswith("s") or
                toks[p - 1].lower in L.SINGULAR):
            return _singular_subject(toks, p)
    return None


def _subject_before_who(toks: list[Token], k: int,
                        through_casualty: bool = False) -> tuple[int, int, int] | None:
    """ "A retired dentist who served four years on the city commission died Monday": the
    person before a relative clause that ends at the verb (with through_casualty, a clause
    with a casualty word too: "a man who shot his girlfriend died of a self-inflicted
    wound")."""
    for i in range(k - 1, max(0, k - 16), -1):
        w = toks[i].lower
        if w in _CLAUSE_END or w == ";" or not through_casualty and (
                w in L.AFTER or w in L.BEFORE or w == "shot"):
            return None  # (the relative clause holds a casualty word or a clause ends)
        if w == "who" and i > 0 and toks[i - 1].text != ",":
            return _singular_subject(toks, i)
        if w == "who":
            return _singular_subject(toks, i - 1)
    return None


def _relative_head(toks: list[Token], subj: tuple[int, int, int], k: int
                   ) -> tuple[int, int, int] | None:
    """The person before an active relative clause that holds subj and ends at the verb at
    k: "A man who stabbed his wife ... was shot" gives "A man" for "his wife"."""
    for i in range(subj[0] - 1, max(0, k - 40), -1):
        w = toks[i].lower
        if w in _CLAUSE_END or w in (",", "which") or \
                w == "and" and toks[i + 1].lower in L.AUX or \
                w in L.AUX and toks[i - 1].lower != "who":
            return None  # (a verb of the main clause before the subject: "A councilor who
            # headed the council was shot dead and his son was wounded")
        if w == "who":
            if i == 0 or toks[i - 1].text == "," or i + 1 >= subj[0] or \
                    toks[i + 1].lower in L.AUX and not toks[i + 2].lower.endswith("ing"):
                return None  # (not ", who", nor "who was shot ...": a passive clause of its
                # own; but "who was visiting her sister")
            if any(t.lower in _CLAUSE_END or t.lower in ("who", "which") or t.text == "," or
                   t.lower == "and" and toks[j + 1].lower in L.AUX
                   for j, t in enumerate(toks[subj[1] + 1:k - 1], start=subj[1] + 1)):
                return None
            return _singular_subject(toks, i)
    return None


_SELF_INFLICTED = re.compile(r"\s+(?:\w+\s+){0,3}?(?:of|from)\s+(?:an?\s+|his\s+|her\s+)?"
                             r"(?:apparent(?:ly)?\s+)?self-inflicted", re.I)


def _taken_then_killed(toks: list[Token], k: int, found: list[Mention]) -> Mention | None:
    """The mention of people taken (abducted, arrested, missing) that a death at k goes on
    from: "... was detained and later found killed", "were kidnapped and then killed"."""
    taken = next((m for m in reversed(found) if m.last < k and m.outcome in (
        Outcome.ABDUCTED, Outcome.ARRESTED, Outcome.MISSING)), None)
    if taken is None:
        return None
    between = [t.lower for t in toks[taken.last + 1:k]]
    if between[:1] == ["by"] and "and" in between and len(between) <= 8:
        # "a man was abducted by four men and stabbed to death": past the agent
        between = between[between.index("and"):]
    if "and" in between and all(w in _THEN for w in between):
        return taken
    if any(t.lower in ("who", "whom") for t in toks[taken.first:taken.last]) and \
            len(between) <= 24 and (between[-1:] in (["was"], ["is"]) or
                                    between[-2:] in (["was", "found"], ["is", "found"]) or
                                    toks[k].lower in ("died", "dies")) and \
            not any(w in ("and", "but", "while", "who", "whom", "which", ";", ":") or
                    w in L.AFTER or w in L.BEFORE for w in between):
        # "a person who was abducted ... on 24 April, was found dead": the verb of the
        # relative clause's antecedent
        return taken
    return None


def _shared_subject(toks: list[Token], k: int) -> tuple[int, int, int] | None:
    """ "The victim staggered off the porch and was found dead in the yard": a second verb
    phrase shares the sentence's singular subject ("the victim", "he", "a man", a name)."""
    j = k - 1
    while j > 0 and toks[j].lower in L.AUX and toks[j].lower != "and":
        j -= 1
    if j < 2 or toks[j].lower != "and" or not _aux_before(toks, k) or any(
            t.lower in ("were", "are", "have") for t in toks[j + 1:k]):
        return None  # (plural: "the men fled and were found dead")
    s0 = 0
    if toks[0].lower not in ("he", "she", "the", "a", "an"):
        # "According to police, the victim was approached by two men and was shot"
        s0 = next((i + 1 for i in range(min(j, 8)) if toks[i].text == ","), 0)
    said = next((i for i in range(s0, min(j - 1, s0 + 8)) if toks[i].lower in ("said", "says")),
                None)
    if said is not None:
        # "The prosecutor said Mr Rourke was tackled by a guard and was arrested": the subject
        # of what was said
        s0 = said + 1 + (toks[said + 1].lower == "that")
        if s0 < j and toks[s0].text[:1].isupper() and toks[s0].lower not in ("the", "a", "an"):
            end = s0
            while end + 1 < j and toks[end + 1].text[:1].isupper():
                end += 1
            return (s0, end, 1) if toks[end + 1].lower in L.AUX or \
                toks[end + 1].lower in L.AFTER or toks[end + 1].lower in L.BEFORE else None
    w0 = toks[s0].lower
    if w0 in ("he", "she"):
        return s0, s0, 1
    if w0 in ("the", "a", "an"):
        for h in range(s0 + 1, min(j, s0 + 5)):
            if _person_noun(toks[h].lower) or toks[h].lower.endswith("year-old"):
                if toks[h].lower not in L.SINGULAR and (toks[h].lower.endswith(("s", "men")) or
                                                        toks[h].lower == "people"):
                    return None  # a plural subject
                nxt = toks[h + 1].lower if h + 1 < len(toks) else ""
                return (s0, h, 1) if nxt not in ("and", "or", ",") else None
        return None
    return None


def _subject_before_being(toks: list[Token], k: int) -> tuple[int, int, int] | None:
    """ "a masked man armed with a sword killed three people ... before being shot dead by
    police", "when a gunman killed two officers before being shot dead": the clause's
    singular subject ("a man", "the attacker") is the one the trigger at k befell."""
    if k < 3 or toks[k - 1].lower != "being" or toks[k - 2].lower not in ("before", "after"):
        return None
    for i in range(k - 3, -1, -1):  # (the nearest clause's subject)
        if toks[i].lower not in ("a", "an", "the") or i > 0 and toks[i - 1].lower not in (
                ",", "when", "where", "as", "after"):
            continue
        for h in range(i + 1, min(k - 2, i + 4)):
            w = toks[h].lower
            if _person_noun(w):
                if w.endswith("men") or w == "people" or w.endswith("s") and \
                        w not in L.SINGULAR:
                    return None  # a plural subject: "the gunmen ... before being killed"
                return i, h, 1
            if not toks[h].text[:1].isalpha():
                break
    return None


def _another_missile(toks: list[Token], j: int) -> bool:
    """ "One bullet hit a car and another struck a window": "another" after a bullet is
    another bullet."""
    return any(t.lower in _MISSILES for t in toks[max(0, j - 8):j]) and not any(
        _person_noun(t.lower) for t in toks[max(0, j - 8):j])


def _elided_subject(toks: list[Token], k: int) -> tuple[int, int, int] | None:
    """ "One man was killed and another wounded", "a man was shot dead and a woman
    injured": a second subject whose auxiliary is left out after "and"."""
    j = k - 1
    while j > 1 and toks[j].lower in ("seriously", "critically", "badly", "severely",
                                      "slightly", "also", "later"):
        j -= 1
    if j < 1:
        return None
    if toks[j].lower == "another" and _another_missile(toks, j):
        return None
    if toks[j].lower == "another":
        start, head = j, j
    elif toks[j].lower in ("second", "third", "fourth", "fifth") and \
            toks[j - 1].lower in ("a", "the"):
        start, head = j - 1, j  # "Two police officers were killed and a third wounded"
    elif _person_noun(toks[j].lower) and toks[j - 1].lower in ("a", "an", "another", "one",
                                                                "his", "her", "their"):
        start, head = j - 1, j  # ("a professor was injured and her husband killed")
    else:
        return None
    if start < 1 or toks[start - 1].lower not in ("and", ","):
        return None
    if not any(t.lower in ("was", "were", "is", "are", "found", "left", "leaving", "find",
                           "finding", "finds", "leave", "leaves")
               for t in toks[:start - 1]):
        return None  # no passive clause before it to borrow the auxiliary from
    return start, head, 1


_KILLER = re.compile(L.DOERS)


def _joined_object(text: str, toks: list[Token], k: int, numbered: list[Mention],
                   sent: Sentence, singles: list[Mention]) -> Mention | None:
    """ "accused of shooting two boys and a woman": one more person joined by "and" to the
    numbered object of an active verb (not the subject of a clause of its own)."""
    # the numbered object ends just before "and" (its victims' words may stand between:
    # "two 17-year-old boys and")
    # (or a person so named: "including an 80-year-old woman and a child")
    # (or "The dead included an 80-year-old woman and a child": of a toll told before, or of
    # none)
    part = next((x for x in numbered + singles if (x.parent is not None or x.of_told or (
                     # ("Among the dead were two women and a 10-year-old boy")
                     x.first >= 4 and toks[x.first - 4].lower == "among")) and
                 x.last < k <= x.last + 5 and not (x.singular and any(
                     t.text == "," for t in toks[x.last + 1:k]))  # (", and one CJTF member")
                 and any(t.lower in ("including", "among", "included") for t in
                         toks[max(0, x.first - 4):x.first])), None)
    if part is not None and k + 1 < len(toks) and toks[k + 1].lower in ("a", "an", "one"):
        # "killing five civilians, including two women and a small child": a part too
        obj = _singular_object(text, toks, k + 1)
        if obj is not None and not any(x.first <= obj[0] <= x.last for x in numbered):
            fig, victims = _object_figure(text, toks, obj)
            joined = _mention(part.outcome, fig, victims, sent, obj[0], obj[1], toks,
                              parent=part.parent, singular=True)
            joined.of_told, joined.of_those = part.of_told, part.of_those
            return joined
    listed = next((x for x in numbered if x.first < k <= x.last), None)
    if listed is not None and toks[k + 1].lower in ("a", "an") and \
            (obj := _singular_object(text, toks, k + 1)) is not None and \
            obj[1] + 1 < len(toks) and toks[obj[1] + 1].lower in ("were", "are") and \
            _among_after(toks, obj[1] + 1) is not None:
        # "Three children and a woman were among the dead": one more of the list
        fig, victims = _object_figure(text, toks, obj)
        joined = _mention(listed.outcome, fig, victims, sent, obj[0], obj[1], toks,
                          parent=listed.parent, singular=True)
        joined.of_told, joined.of_those = listed.of_told, listed.of_those
        joined.extra = listed.parent is None and not listed.of_told
        return joined
    m = next((x for x in numbered if x.parent is None and x.last < k <= x.last + 5 and all(
        toks[i].text[:1].isalnum() or toks[i].text == "-" for i in range(x.last + 1, k)) and
        not any(toks[i].lower in L.AUX or toks[i].lower in L.AFTER
                for i in range(x.last + 1, k))), None)
    if m is None or m.first == 0 or not (toks[m.first - 1].lower in L.BEFORE or
                                         toks[m.first - 1].lower == "shooting"):
        return None
    if any(toks[i].lower == "and" and toks[i + 1].lower.endswith("ed") and
           toks[i + 1].lower not in L.BEFORE for i in range(m.last + 1, k - 1)):
        return None  # "arrested six suspects and seized rifles and a grenade launcher"
    if toks[m.first - 1].lower in L.BEFORE and m.first > 1 and \
            toks[m.first - 2].lower in ("was", "were", "been", "is", "are"):
        return None  # passive: "were killed 5 ..." is no active object
    obj = _singular_object(text, toks, k + 1)
    if obj is None or toks[k + 1].lower not in ("a", "an", "one", "another") and not (
            toks[k + 1].lower == "the" and _KILLER.fullmatch(toks[obj[1]].lower)):
        return None  # ("killing 4 civilians and the bomber": the doer, one more)
    after = toks[obj[1] + 1].lower if obj[1] + 1 < len(toks) else ""
    if after in L.AUX or after in L.AFTER or after in ("who", "that"):
        return None  # "... and a civilian was wounded": a clause of its own
    if toks[k + 1].lower == "the" and after not in ("", ".", ",", ";", "in", "at", "on", "near",
                                                    "during", "while", "as", "when"):
        return None  # "Police killed two men and the suspect fled": the doer's own clause
    fig, victims = _object_figure(text, toks, obj)
    joined = _mention(m.outcome, fig, victims, sent, obj[0], obj[1], toks, singular=True,
                      weak=m.weak)
    joined.extra = True  # named apart by "and": on top of the numbered object, never within
    return joined


# what a doer does "fatally" to someone: "fatally beat", "fatally attacked two men"
_FATALLY_ACTS = frozenset("shot stabbed beat attacked assaulted struck injured wounded hacked "
                          "mauled burned".split())


def _active_trigger(toks: list[Token], k: int) -> tuple[Outcome, int, bool] | None:
    """A transitive trigger at k: (outcome, index where its object starts, weak)."""
    w = toks[k].lower
    nxt = [t.lower for t in toks[k + 1:k + 3]]
    if w in _FATALLY_ACTS and k > 0 and toks[k - 1].lower == "fatally" and \
            not (k > 1 and toks[k - 2].lower in L.AUX):
        return Outcome.KILLED, k + 1, False  # "a mob fatally beat a suspected thief"
    if w == "shooting" and k > 0 and toks[k - 1].lower == "fatally" and not _fired_at(toks, k):
        return Outcome.KILLED, k + 1, False  # "charged with fatally shooting his neighbor"
    if w == "shooting" and k > 0 and toks[k - 1].lower in _GERUND_AFTER and \
            not _fired_at(toks, k):
        return Outcome.WOUNDED, k + 1, True  # "accused of shooting two boys and a woman"
    if w == "shot":
        if _fired_at(toks, k):
            return None  # "shot at the wrong car": firing at someone is no wound
        if k > 0 and toks[k - 1].lower == "fatally":
            return Outcome.KILLED, k + 1, False
        if nxt[:1] == ["dead"]:
            return Outcome.KILLED, k + 2, False
        if nxt[:2] in (["and", "killed"], ["to", "death"]):
            return Outcome.KILLED, k + 3, False
        if nxt[:2] in (["and", "wounded"], ["and", "injured"]):
            return Outcome.WOUNDED, k + 3, False
        if _to_death_after(toks, k) or _dead_after(toks, k):
            return Outcome.KILLED, k + 1, False  # "shot a woman to death", "shot him dead"
        return Outcome.WOUNDED, k + 1, True
    if w in _TO_DEATH_VERBS and not (k > 0 and toks[k - 1].lower in L.AUX):
        if nxt[:2] == ["to", "death"]:
            return Outcome.KILLED, k + 3, False  # "a mob burned to death a man"
        if nxt[:1] == ["and"] and k + 4 < len(toks) and toks[k + 2].lower in _TO_DEATH_VERBS \
                and toks[k + 3].lower == "to" and toks[k + 4].lower == "death":
            return Outcome.KILLED, k + 5, False  # "beat and burned to death a kidnapper"
        if _to_death_after(toks, k):
            return Outcome.KILLED, k + 1, False  # "stabbed a man to death", "beat him to death"
    if w == "gunned" and nxt[:1] == ["down"] and not (k > 0 and toks[k - 1].lower in L.AUX):
        return Outcome.KILLED, k + 2, False  # "gunmen gunned down a man"
    if w in ("stabbed", "stabbing") and k > 0 and toks[k - 1].lower == "fatally":
        return Outcome.KILLED, k + 1, False  # "a man fatally stabbed his wife"
    if w in ("stabbed", "stabbing") and not (k > 0 and toks[k - 1].lower in L.AUX) and \
            k + 1 < len(toks) and (toks[k + 1].lower in L.PRONOUN_SG or toks[k + 1].lower in (
                "them", "another") or any(_person_noun(t.lower) or _person_word(toks, i)
                                          for i, t in enumerate(toks[k + 1:k + 5], k + 1))):
        # "the attacker stabbed a shopper" (not "stabbed the leather seat"); weak, as a shot:
        # the one stabbed may be the one who died
        return Outcome.WOUNDED, k + 1, True
    if w in ("took", "take", "takes", "taking") and any(
            toks[i].lower == "into" and toks[i + 1].lower == "custody"
            for i in range(k + 2, min(len(toks) - 1, k + 8))):
        return Outcome.ARRESTED, k + 1, False  # "police took the suspect into custody"
    if w in ("took", "seized", "snatched") and not (k > 0 and toks[k - 1].lower in L.AUX) and \
            _seized_people(toks, k):
        return Outcome.ABDUCTED, k + 1, False  # "They took 14 people from that bus", "armed
        # men seized at least 11 passengers from a public bus"
    if w in ("took", "take", "takes", "taking", "held", "holding") and k + 2 < len(toks) and \
            not toks[k + 1].text[:1].isdigit() and any(
                toks[i].lower in ("hostage", "captive") and toks[i - 1].text[:1].isalpha()
                for i in range(k + 2, min(len(toks), k + 7))):
        return Outcome.ABDUCTED, k + 1, False  # "gunmen took the pastor hostage"
    if w in L.BEFORE:
        if k > 0 and toks[k - 1].lower in ("was", "were", "been", "is", "are"):
            return None
        if k > 0 and toks[k - 1].lower == "fatally":
            return Outcome.KILLED, k + 1, False  # "fatally wounding Jane Doe"
        # "was killed and ...": passive; "identified and killed a bomber": active
        if k > 1 and toks[k - 1].lower == "and" and (
                toks[k - 2].lower in L.AUX or toks[k - 2].lower in L.AFTER and k > 2 and
                toks[k - 3].lower in L.AUX):
            return None  # "were killed and injured": passive, not "dead and injured another"
        if L.BEFORE[w] == Outcome.KILLED and nxt[:1] == ["and"] and len(nxt) > 1 and \
                nxt[1].endswith("ed") and nxt[1] not in L.BEFORE and nxt[1] not in L.AFTER \
                and nxt[1] not in _TO_DEATH_VERBS:
            return L.BEFORE[w], k + 3, False  # "killed and mutilated a man"
        return L.BEFORE[w], k + 1, False
    return None


def _to_death_after(toks: list[Token], k: int) -> bool:
    """ "to death" within the object after the verb at k ("stabbed a man to death")."""
    return any(toks[i].lower == "to" and toks[i + 1].lower == "death"
               for i in range(k + 1, min(len(toks) - 1, k + 9)))


_OBJECT_ENDS = frozenset("who whom that which was were is are had has after before when while as "
                         "in on at near outside inside during because but".split())


def _dead_after(toks: list[Token], k: int) -> bool:
    """ "dead" closing the object after "shot" at k: "shot him dead", "shot a protester dead",
    "shot the driver and his son dead"."""
    for i in range(k + 2, min(len(toks), k + 9)):
        w = toks[i].lower
        if w == "dead":
            return True
        if w in _OBJECT_ENDS or not toks[i].text[0].isalnum():
            return False
    return False


_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10}

_TO_DEATH_VERBS = frozenset(
    "stabbed beat beaten tortured hacked burned burnt strangled stoned clubbed shot "
    "bludgeoned kicked".split())

# After "shot", words that show it has no object: "a man shot while sitting in a car" is
# the victim of a reduced passive, not a shooter.
_NO_OBJECT = frozenset("while in on by near during outside inside early late".split())
# (a headline's bare "Woman wounded in same attack recovering" restates its story's figure)
_SUBJECT_DETS = _LIST_DETS | {"another", "one"}

_AFTER_SUCCUMBED = frozenset("to on in at while during overnight later soon shortly early "
                             "late".split())
_INTRANSITIVE = frozenset("died dies succumbed pronounced found dead missing passed "
                          "sustained suffered surrendered turned attained embraced gave "
                          "lost".split())


def _reduced_passive(toks: list[Token], subj: tuple[int, int, int], k: int, stop: int) -> bool:
    """ "a man shot in the leg", "A 10-year-old boy injured in the shooting told officers":
    the trigger with no object, its subject the one hurt (a wound word only right after a
    subject with its article: a headline's bare "Woman wounded in same attack recovering"
    restates its story's figure)."""
    w = toks[stop].lower
    if stop + 1 >= len(toks) or toks[stop + 1].lower not in _NO_OBJECT:
        return False
    if w in ("killed", "kidnapped", "abducted"):
        # "A pastor kidnapped in Petion-Ville last week was freed", "a soldier killed in the
        # attack": one not told before (not "the man killed in the crash", told again)
        return stop == k and subj[1] == k - 1 and \
            toks[subj[0]].lower in ("a", "an", "another") and \
            not any(t.lower in ("of", "for") for t in toks[subj[0]:subj[1]]) and \
            not (subj[0] > 0 and toks[subj[0] - 1].lower in ("was", "is", "as", "were", "are"))
        # (not "the teenager was a rebel informant killed in crossfire": what he was)
    return w in ("injured", "wounded", "hurt") and subj[1] == k - 1 and \
        toks[subj[0]].lower in _SUBJECT_DETS or w == "shot"


def _needs_aux(w: str) -> bool:
    """Transitive triggers need "was"/"were" to make their subject the victim."""
    return w not in _INTRANSITIVE


def _aux_before(toks: list[Token], k: int) -> bool:
    if k > 0 and toks[k - 1].lower == "found":
        return True  # "the man found shot to death": a reduced passive
    j = k - 1
    if j >= 3 and toks[j].lower == "and" and not toks[j - 1].lower.endswith("ed"):
        # "was hit by a stray bullet and killed": the passive the participle is joined to
        aux = next((i for i in range(j - 2, max(-1, j - 9), -1)
                    if toks[i].lower in ("was", "were")), None)
        if aux is not None and (aux + 2 < j or toks[k].lower in ("injured", "wounded",
                                                                 "hurt")) and \
                toks[aux + 1].lower in ("hit", "struck", "caught", "shot") and \
                not any(t.text in (",", ";") or t.lower in ("who", "which", "that")
                        for t in toks[aux + 1:j]):
            return True
    if j >= 2 and toks[j].lower == "and" and toks[j - 1].lower.endswith("ed"):
        j -= 2  # "was identified and killed"
    elif j >= 3 and toks[j].lower == "and" and toks[j - 1].lower == "at" and \
            toks[j - 2].lower == "shot":
        j -= 3  # "was shot at and injured"
    while j >= 0 and toks[j].lower in L.AUX:
        if toks[j].lower in ("was", "were", "been", "is", "are", "being", "be", "remains",
                             "remained", "remain"):
            return True
        j -= 1
    return False


def _trigger_at(toks: list[Token], k: int) -> tuple[Outcome | None, int]:
    """The outcome of a passive trigger starting at k, and the index of its last token."""
    if toks[k].lower not in _TRIGGER_FIRST:
        return None, k  # most tokens: one set lookup instead of every phrase
    words = [t.lower for t in toks[k:k + 5]]
    for phrase in _FATAL_PHRASES:
        if tuple(words[:len(phrase)]) == phrase:
            return Outcome.KILLED, k + len(phrase) - 1
    w = words[0]
    if w == "shot":
        return Outcome.WOUNDED, k
    if w == "grazed" and k > 0 and toks[k - 1].lower in ("was", "were", "been"):
        return Outcome.WOUNDED, k  # "Mora, 20, was grazed and survived"
    if w in ("hit", "struck", "grazed") and (any(
            x in ("bullet", "bullets", "gunfire", "round", "rounds", "shrapnel", "shot", "in")
            for x in [t.lower for t in toks[k + 1:k + 6]][:2 if words[1:2] != ["by"] else 5]
    ) or words[1:2] == ["with"] and any(t.lower in _GUNS for t in toks[k + 2:k + 5])) and \
            k > 0 and _aux_before(toks, k):
        # "the victim was hit in the groin", "struck by gunfire", "hit with a gun"
        return Outcome.WOUNDED, k
    if w in ("stabbed", "beaten") and _aux_before(toks, k):
        return Outcome.WOUNDED, k  # "the victim was beaten and stabbed"
    if w == "sustained" and words[1:2] in (["a"], ["an"]) and \
            (hurt := next((i for i in range(2, 5) if words[i:i + 1] in (["injury"], ["wound"])),
                          None)) is not None and \
            not any(x in ("fatal", "no") for x in words[1:hurt]):
        return Outcome.WOUNDED, k + hurt  # "A jawan sustained a bullet injury"
    if w in ("wounded", "injured", "hurt", "hospitalized", "hospitalised",
             "wounded-in-action") or \
            w.startswith("pistol-whip") and _aux_before(toks, k):
        return Outcome.WOUNDED, k  # (and "the victim was pistol-whipped")
    if w == "pistol" and words[1:2] in (["whipped"], ["whipping"]) and _aux_before(toks, k):
        return Outcome.WOUNDED, k + 1
    if w == "lost" and words[1:2] and words[1] in ("a", "an", "one", "his", "her", "both",
                                                    "their") and \
            (limb := next((i for i in (2, 3) if words[i:i + 1] and words[i] in _LIMBS),
                          None)) is not None:
        return Outcome.WOUNDED, k + limb  # "a man collecting scrap metal lost a leg"
    if w == "missing" and k > 0 and toks[k - 1].lower in ("for", "the", "of", "their", "his",
                                                          "her", "its") and \
            k + 1 < len(toks) and toks[k + 1].text[:1].isalpha():
        return None, k  # "mothers who search for missing relatives": whose relatives
    if w in ("abducted", "kidnapped"):
        return Outcome.ABDUCTED, k
    if w in ("arrested", "detained"):
        if words[1:2] in (["twice"], ["previously"]) or "times" in words[1:4] or \
                words[1:2] == ["before"] and words[2:3] in ([], ["on"], ["for"], ["in"], [","],
                                                            ["."], ["and"]) or \
                k > 0 and toks[k - 1].lower in ("previously", "twice"):
            return None, k  # "He had been arrested twice before": a record, no arrest now
        return Outcome.ARRESTED, k
    if w == "taken" and words[1:3] == ["into", "custody"] and _aux_before(toks, k):
        return Outcome.ARRESTED, k + 2  # "the suspect was taken into custody"
    if w == "surrendered" and words[1:2] == ["to"] and len(words) > 2 and words[2] in (
            "police", "authorities", "officers", "deputies", "troops", "security"):
        return Outcome.ARRESTED, k + 2  # "The gunman surrendered to police"
    if w == "turned" and words[1:3] in (["himself", "in"], ["herself", "in"]):
        return Outcome.ARRESTED, k + 2  # "The shooter turned himself in"
    if w == "missing":
        return Outcome.MISSING, k
    if w == "dead" and k > 0 and toks[k - 1].lower in ("is", "was", "lay", "lies", "left", "are",
                                                       "were"):
        return Outcome.KILLED, k  # (and "a woman and her husband are dead")
    return None, k


_TRIGGER_FIRST = frozenset({p[0] for p in _FATAL_PHRASES} | {
    "taken", "surrendered", "turned", "shot", "hit", "struck", "grazed", "wounded", "injured",
    "hurt", "hospitalized", "hospitalised", "abducted", "kidnapped", "arrested", "detained",
    "missing", "dead", "pistol-whipped", "pistol", "stabbed", "beaten", "wounded-in-action",
    "lost"})
# what a blast or a mine takes off: "a farmer lost both legs", "a man lost a leg"
_LIMBS = frozenset("leg legs arm arms hand hands foot feet eye eyes limb limbs".split())


def _pistol_whip(toks: list[Token], k: int) -> bool:
    """ "pistol-whipped", "pistol whipped": beaten with a gun, a wound."""
    w = toks[k].lower
    return w.startswith("pistol-whip") or w.startswith("whipp") and k > 0 and \
        toks[k - 1].lower == "pistol"


def _negated(toks: list[Token], k: int) -> bool:
    return any(t.lower in L.NEGATION for t in toks[max(0, k - 4):k])


_CLAUSE_BREAK = frozenset(", ; : but while although though however".split())


def _denied(toks: list[Token], k: int) -> bool:
    """A negation earlier in the clause: "it does not appear that she was injured", "there
    are no reports that either person was hurt"."""
    for i in range(k - 1, max(-1, k - 13), -1):
        w = toks[i].lower
        if w in _CLAUSE_BREAK:
            return False
        if w in L.NEGATION or w == "any" and i + 1 < k and \
                any(t.lower in ("denied", "denies", "deny") for t in toks[max(0, i - 4):i]):
            return True  # (and "The army denied that any civilian had been shot")
    return False


_NOT_PERSON_NAME = frozenset(
    "police officials authorities it this that there which who what they we you i army "
    "military government troops forces witnesses sources reports report media county city "
    "town township village street avenue road boulevard drive lane park center centre "
    "hospital university college school church mall station district department office "
    "court jail prison front brigade brigades battalion regiment movement party council "
    "coalition alliance committee ministry command organization organisation".split()
)


_AMOUNT_WORDS = frozenset(
    "dozen dozens hundred hundreds thousand thousands million handful".split())


def _singular_subject(toks: list[Token], k: int,
                      fatal: bool = False) -> tuple[int, int, int] | None:
    """Before a passive trigger: who was killed, counted without a number.

    "a 48-year-old displaced person (was)", "he", "Eddyson Isidor", "Mossi, a former
    minister, (was)", and coordinated singulars "a man and a woman were" (2).
    Returns (first token, head token, how many people) or None.
    """
    if toks[k].lower == "died":
        # "He was taken to Eskenazi Hospital in critical condition and died Monday": the
        # subject of the passive the death is joined to
        back = k - 1
        while back > 0 and toks[back].lower in ("later", "eventually", "subsequently", "then"):
            back -= 1
        if back > 1 and toks[back].lower == "and":
            aux = next((i for i in range(back - 2, max(-1, back - 16), -1)
                        if toks[i].lower in ("was", "is")), None)
            if aux is not None and aux > 0 and not any(
                    not t.text[:1].isalnum() and t.text not in ("-", "'") or
                    t.lower in ("who", "which", "that", "when", "after")
                    for t in toks[aux + 1:back]):
                return _singular_subject(toks, aux + 1, fatal)
    j = k - 1
    plural = False
    # "was identified and killed": skip a coordinated participle back to the auxiliary
    if j >= 2 and toks[j].lower == "and" and toks[j - 1].lower.endswith("ed") and \
            toks[j - 2].lower in L.AUX:
        j -= 2
    while j >= 0 and toks[j].lower in L.AUX:
        if toks[j].lower in ("were", "are", "have"):
            plural = True
        j -= 1
    if j > 1 and toks[j].text == "." and toks[j - 1].lower in ("jr", "sr", "ii", "iii"):
        j -= 2  # "Roger Crum Jr. had been fatally shot"
    if j > 1 and toks[j].text == ")":
        opening = next((i for i in range(j - 1, max(-1, j - 8), -1) if toks[i].text == "("),
                       None)
        if opening is not None and opening > 0:
            j = opening - 1  # "a cadre of Communist Party of India-Maoist (CPI-Maoist) was"
    if j > 1 and toks[j].text in ("\u2014", "--", "\u2013"):
        # "A 14-year-old girl - believed to have been a bystander - was shot": skip the aside
        opening = next((i for i in range(j - 1, max(-1, j - 25), -1)
                        if toks[i].text == toks[j].text), None)
        if opening is not None and opening > 0:
            j = opening - 1
    if not plural:
        j = _before_relative_aside(toks, j)  # "A woman inside the house, who had ..., was shot"
    if j > 3 and toks[j].lower == "s" and toks[j - 1].text.isdigit():
        # "a woman in her 30s (was killed)", "a man in his early 20s": an age, skipped
        i = j - 2
        if toks[i].lower in ("early", "mid", "late", "mid-"):
            i -= 1
        if i > 0 and toks[i].lower in ("his", "her", "their") and toks[i - 1].lower == "in":
            j = i - 2
    if j > 1 and toks[j - 1].lower == "of" and toks[j - 2].lower in _PARENTS and (
            toks[j].text.isdigit() or toks[j].lower in UNITS):
        j -= 2  # "a mother of 4 was shot": the mother
    if j < 0 or any(t.lower in L.NEGATION for t in toks[max(0, j - 1):k]):
        return None
    if any(t.text in L.MODAL for t in toks[max(0, j - 2):k]):
        return None
    if any(t.lower in L.ANIMALS and not t.text[:1].isupper() for t in toks[max(0, j - 6):j + 1]):
        return None  # "Misha, a 7-year-old bullmastiff, was shot", "two does and a fawn"
    if plural:
        return _coordinated_singulars(toks, j)
    if j == k - 1 and toks[k].lower in ("died", "perished", "suffered", "sustained") and \
            _head_noun(toks, j):
        # "The officer and her daughter died": the part before "and" ends on a person too
        # (not "He fled and the victim died")
        both = _coordinated_singulars(toks, j)
        if both is not None and both[2] >= 2 and all(
                _head_noun(toks, i - 1) and toks[i - 1].lower not in _BODY_PARTS
                for i in range(both[0] + 1, j) if toks[i].lower == "and"):
            # (not "killed by a blow to the head and a miner died": a body part, no one)
            return both
    # "Mossi, a former minister and member of the assembly, was killed"
    if toks[j].text == ",":
        home = next((c for c in range(j - 1, max(-1, j - 6), -1) if toks[c].text == ","), None)
        if home is not None and home + 2 < j and toks[home + 1].lower == "of" and \
                all(t.text[:1].isupper() for t in toks[home + 2:j]):
            j = home  # "Darnell Wilkes, 27, of Milwaukee, died": past his home town
        for c in range(j - 1, max(-1, j - 18), -1):
            if toks[c].text == ",":
                if c > 1 and toks[c - 1].text.isdigit() and toks[c - 2].lower == "victim":
                    return c - 2, c - 1, 1  # "Victim 1, a 45-year-old male, was"
                if c > 2 and toks[c - 1].text.isdigit() and toks[c - 2].text == "," and \
                        len(toks[c - 1].text) <= 2:
                    continue  # "Vikram Kumar Yadav, 29, a native of Gaya, was": past his age
                if c > 0 and _person_word(toks, c - 1):
                    return _name_start(toks, c - 1), c - 1, 1
                # "an American missionary, identified as X, was killed"
                if c > 0 and _plural_people(toks[c - 1].lower):
                    # "One of the victims, a 20-year-old man, died" (not "The officers, the
                    # youngest of them 21, died": as many as were told before)
                    one = next((i for i in range(c - 2, max(-1, c - 6), -1)
                                if toks[i].lower in ("one", "another")), None)
                    if one is not None and all(t.lower in ("of", "the", "his", "her", "their")
                                               for t in toks[one + 1:c - 1]):
                        return one, c - 1, 1
                    break
                of = next((i for i in range(c - 2, max(0, c - 5), -1)
                           if toks[i].lower == "of"), None)
                if of is not None and of > 1 and _person_noun(toks[of - 1].lower) and \
                        toks[of - 2].lower in ("the", "a", "an") and \
                        all(t.text[:1].isalpha() and not t.text[:1].isupper()
                            for t in toks[of + 1:c]):
                    return of - 2, of - 1, 1  # "The driver of the bus, a tap-tap, was shot"
                if c > 0 and (toks[c - 1].lower in L.SINGULAR or _person_noun(toks[c - 1].lower)):
                    for i in range(c - 1, max(-1, c - 6), -1):
                        # ("the victim, a 25-year-old man, was shot", "her husband, 36,")
                        if toks[i].lower in ("a", "an", "one", "another", "the", "his", "her",
                                             "their"):
                            return i, c - 1, 1
                break
        return None
    w = toks[j].lower
    if w in ("he", "she"):
        return j, j, 1
    if toks[j].text.isdigit() and j > 0 and (toks[j - 1].lower == "victim" or j > 1 and
                                             toks[j - 1].text == "#" and
                                             toks[j - 2].lower == "victim"):
        return j - 1 - (toks[j - 1].text == "#"), j, 1  # "Victim 3 was pronounced dead"
    if w == "couple" and j > 0 and toks[j - 1].lower in ("a", "the", "elderly"):
        return j - 1 - (toks[j - 1].lower == "elderly" and j > 1), j, 2  # "a couple was"
    if w == "other" and j > 0 and toks[j - 1].lower == "the":
        return j - 1, j, 1  # "one of the assailants detonated while the other was killed"
    if w == "another" and _another_missile(toks, j):
        return None
    if w == "another" or w in ("second", "third", "fourth") and j > 0 and \
            toks[j - 1].lower in ("a", "the"):
        # "one soldier was killed and another was injured", "a third was injured"
        return j - (w != "another"), j, 1
    if not toks[j].text[:1].isalpha():
        return None
    # "a suspected drug trafficker", "another soldier", "the victim", "a man from Ankhel",
    # "a judge of a provincial court", "a 17-year-old": the person is the first person
    # noun after the determiner, not the word before the verb.
    for i in range(j, max(-1, j - 13), -1):
        t = toks[i].lower
        if t in _SG_DET:
            if i == j or any(x.lower in _AMOUNT_WORDS for x in toks[i + 1:j + 1]) or \
                    t == "the" and toks[i + 1].lower == "other" and i + 2 <= j and (
                        toks[i + 2].text.isdigit() or toks[i + 2].lower in UNITS) and \
                    (i + 3 >= len(toks) or toks[i + 3].text != "-"):
                return None  # ("a dozen passengers was", "the other two died": a number)
            if t in ("a", "an") and i + 1 <= j and toks[i + 1].lower in _VEHICLES:
                return None  # "An ambulance of the Syrian Arab Red Crescent was hit": a thing
            head = next((h for h in range(i + 1, j + 1) if _person_noun(toks[h].lower)
                         or toks[h].lower.endswith("year-old")), None)
            while head is not None and head + 1 <= j and _person_noun(toks[head + 1].lower):
                head += 1  # "the police officer", "a 24-year-old man": the last noun
            if head is not None and head + 2 <= j and toks[head].lower.endswith("year-old") \
                    and _person_noun(toks[head + 2].lower) and toks[head + 1].text.isalpha() \
                    and toks[head + 1].text.islower():
                head += 2  # "a 25-year-old pregnant woman"
            if head is not None and toks[head].lower.endswith("year-old") and head < j and \
                    j - head <= 4 and _person_noun(toks[j].lower) and \
                    all(x.text[:1].isalpha() for x in toks[head + 1:j]):
                head = j  # "a 28-year-old Hutchinson man", "a 27-year-old Sioux Falls man"
            if head is None and fatal and t in ("a", "an") and i + 1 <= j and all(
                    x.text[:1].isalpha() and x.lower not in _FUNCTION and
                    x.lower not in L.NON_PERSON and x.lower not in _NOT_PEOPLE
                    for x in toks[i + 1:j + 1]):
                # only people are killed: "a Dalit Congress sarpanch was beaten to death"
                return i, j, 1
            if head is None:
                if t in ("his", "her", "their", "its") and (
                        i == 0 or toks[i - 1].lower in ("that", "and", "but", "said", "says",
                                                        "after", "when", "because", "if")):
                    return None  # "reported that his house was struck by gunfire"
                continue  # "a judge of a provincial court", "a man driving a motorcycle"
            if t in ("the", "his", "her", "their", "its") and \
                    toks[head].lower not in L.SINGULAR and not (fatal and t == "the") and \
                    not (t == "the" and toks[head].lower.endswith("year-old")):
                if i > 1 and toks[i - 1].lower in ("of", "from"):
                    continue  # "a member of the family", "a third member from the same family"
                return None  # ("the Taliban district head of intelligence was killed")
            if t in ("the", "his", "her", "their", "its") and _plural_people(toks[head].lower):
                if i > 1 and toks[i - 1].lower in ("of", "from"):
                    continue  # "a member of the National Defense Forces was found dead"
                return None  # ("The officers died": as many as were told before)
            return i, head, 1
        if not toks[i].text[:1].isalpha() and toks[i].text != "-" and not (
                toks[i].text.isdigit() and i + 1 < len(toks) and toks[i + 1].text == "-"):
            break  # (the "29" of "a 29-year-old" is part of the phrase)
        if t == "and" and i > 0 and i < j and _person_noun(toks[i - 1].lower) and \
                _person_noun(toks[j].lower):
            continue  # "a prominent official and activist was shot dead": one person
        if t in _CLAUSE_END or t in ("and", "or") or t in L.AFTER:
            break
    if w in L.SINGULAR:
        return j, j, 1
    if _person_word(toks, j) and toks[k].lower in _NAMED_VERBS:
        s0 = _name_start(toks, j)
        if s0 == 0 or toks[s0 - 1].lower not in ("of", "from", "in", "at", "near"):
            return s0, j, 1
        # "Patrick Alves, 23, of New Bedford was pronounced dead": the name before the
        # home town
        p = s0 - 2
        if p > 1 and toks[p].text == "," and toks[p - 1].text.isdigit() and \
                toks[p - 2].text == ",":
            p -= 3
        elif p >= 0 and toks[p].text == ",":
            p -= 1
        if p >= 0 and p < s0 - 1 and _person_word(toks, p):
            return _name_start(toks, p), p, 1
        return None
    # "the suspect, who was later pronounced dead": the relative pronoun's antecedent
    if w in ("who", "whom") and j > 1 and toks[j - 1].text == ",":
        for h in range(j - 2, max(-1, j - 6), -1):
            if _person_noun(toks[h].lower) or _person_word(toks, h):
                return h, h, 1
            if not toks[h].text[:1].isalpha():
                break
    return None


# Words that open a subset of the figure before them: "43 people, including 16 police"
_INCLUDING = frozenset(("including", "includes", "among"))
# verbs whose subject a bare name can be: "Eddyson Isidor was killed", "Case died"
_NAMED_VERBS = frozenset("died dies killed shot murdered slain wounded injured pronounced found "
                         "fatally stabbed beaten succumbed sustained suffered arrested "
                         "detained apprehended abducted kidnapped executed hanged beheaded "
                         "assassinated lynched".split())

_PREPOSITIONS = frozenset(
    "in of from at on during after before for with to by into near across since until "
    "through".split())


def _name_start(toks: list[Token], j: int) -> int:
    """Where the name ending at token j begins: "Willie Marsh", not "Marsh" ("Terri Marsh
    ... and her husband, Willie Marsh": two people of one surname)."""
    i = j
    while i > 0 and j - i < 3 and _person_word(toks, i - 1) and toks[i - 1].text.isalpha():
        i -= 1
    return i


# animals a story opens on (not "Doe", a name and a deer)
_PETS = frozenset("dog dogs cat cats puppy puppies horse horses cow cows goat goats sheep pig "
                  "pigs k9 k-9".split())


def _person_word(toks: list[Token], j: int) -> bool:
    """A capitalised name (not a sentence-initial function word or an institution)."""
    t = toks[j]
    if not t.text[:1].isupper() or t.lower in _NOT_PERSON_NAME or t.lower in L.VICTIM_NOUNS \
            or t.lower in L.CALENDAR or j == 0 and t.lower in _PETS:
        return False  # ("Dog shot during dispute": a headline's animal, no name)
    return j > 0 or t.lower not in ("the", "a", "an")


def _titled(toks: list[Token], i: int) -> bool:
    """A capitalised word after a determiner in its phrase is a title, not a second name:
    "a former Assistant Sub-Inspector", "the Human Rights Minister"."""
    for x in reversed(toks[max(0, i - 4):i]):
        if x.lower == "and" or x.text == ",":
            return False
        if x.lower in ("a", "an", "the", "his", "her", "their"):
            return True
    return False


def _segment(toks: list[Token], i: int, j: int) -> list[Token]:
    """The words after toks[i] up to the next "and" or comma (at most to toks[j])."""
    out = []
    for x in toks[i + 1:j + 1]:
        if x.lower == "and" or x.text == ",":
            break
        out.append(x)
    return out


def _one_person_after(toks: list[Token], i: int, j: int) -> bool:
    """ "the NDS district head", "the assailant": one person after "the"."""
    seg = _segment(toks, i, j)
    return bool(seg) and seg[-1].lower in L.SINGULAR or bool(seg) and \
        _person_noun(seg[-1].lower) and not seg[-1].lower.endswith("s")


def _no_person_after(toks: list[Token], i: int, j: int) -> bool:
    """ "a home invasion early Saturday in Southeast Albuquerque": a phrase after "a" with
    a preposition in it and neither a person's noun, an age nor a name before it."""
    seg = _segment(toks, i, j)
    at = next((k for k, x in enumerate(seg) if x.lower in _PREPOSITIONS), None)
    return at is not None and not any(
        _person_noun(x.lower) or x.lower.endswith("year-old") or
        x.text[:1].isupper() and x.lower not in L.CALENDAR for x in seg[:at])


def _number_of_after(toks: list[Token], i: int, j: int) -> bool:
    """ "an unknown number of assailants", "a total of": a count, no one person."""
    seg = [x.lower for x in _segment(toks, i, j)]
    return any(w in ("number", "total") and n == "of"
               for w, n in zip(seg, seg[1:], strict=False))


def _head_noun(toks: list[Token], i: int) -> bool:
    """Whether token i can end a person's noun phrase: a person noun or a name."""
    return i >= 0 and (_person_noun(toks[i].lower) or toks[i].text[:1].isupper() and
                       toks[i].lower not in ("he", "she", "they", "i", "we") and
                       toks[i].lower not in L.CALENDAR)


def _age_token(toks: list[Token], i: int) -> bool:
    """The number or hyphen of an age: "45" and "-" of "45-year-old", "31" of ", 31,"."""
    t = toks[i].text
    if t == "-":
        return i + 1 < len(toks) and toks[i + 1].lower.startswith(("year-old", "month-old"))
    if not t.isdigit():
        return False
    return i + 2 < len(toks) and toks[i + 1].text == "-" and \
        toks[i + 2].lower.startswith(("year-old", "month-old")) or \
        0 < i < len(toks) - 1 and toks[i - 1].text == "," and toks[i + 1].text == ","


def _after_age_after_comma(toks: list[Token], i: int) -> bool:
    """ "her son, 22-year-old Richard Muller": a name after a comma and an age is an
    apposition too."""
    p = i - 1
    if p >= 0 and toks[p].lower.startswith(("year-old", "month-old")):
        p -= 1
    while p >= 0 and _age_token(toks, p):
        p -= 1
    return p < i - 1 and p >= 0 and toks[p].text == ","


def _and_next(toks: list[Token], i: int, j: int) -> bool:
    """Whether the phrase opening at toks[i] runs into "and" (a list's next item) before any
    comma."""
    for k in range(i + 1, min(j, i + 5) + 1):
        if toks[k].text == ",":
            return False
        if toks[k].lower == "and":
            return True
    return False


def _coordinated_singulars(toks: list[Token], j: int) -> tuple[int, int, int] | None:
    """ "a man and a woman were shot" -> 2; None unless every part is a singular."""
    count = 0
    if j > 2 and toks[j].text == "," and toks[j - 1].text.isdigit() and toks[j - 2].text == ",":
        j -= 3  # "a woman, 31, and her daughter, 12, were shot": the last age apart
    if j > 0 and toks[j].text == "," and toks[j - 1].text[:1].isalpha():
        j -= 1  # "her son, Richard Muller, were": the apposition's closing comma
    i = j
    start = j
    while i >= 0 and j - i < 16:
        t = toks[i].lower
        prev = toks[i - 1] if i > 0 else None
        if _age_token(toks, i):
            i -= 1  # "a 45-year-old woman and a 50-year-old man", "a woman, 31, and ..."
            continue
        if (t in UNITS and t not in ("a", "an", "no") or t.split("-")[0] in TENS or
                toks[i].text[:1].isdigit()) and i < j:
            break  # "four cadres and a police sub-inspector": the numbered part is counted
        if t == "," and count > 0 and start == i + 1 and not (
                i > 1 and (toks[i - 1].lower.endswith("year-old") or
                           _person_noun(toks[i - 1].lower)) and
                any(x.lower in ("a", "an") for x in toks[max(0, i - 5):i - 1])):
            break  # "in Bacayopa, Sinaloa, a man and a woman were": the subject began (not
            # "A 19-year-old, a 20-year-old and a 35-year-old were": a list of them)
        if t == "both" and not (prev is not None and prev.lower in _PREPOSITIONS):
            return i, j, 2  # "both victims, identified as Donna and Rich Muller, were"
        if t == "both":
            return None  # "in both car jackings the victims were shot": not the subject
        if t in ("a", "an") and count > 0 and _no_person_after(toks, i, j):
            break  # "during a home invasion early Saturday in Albuquerque, and the owner
            # and his wife were both hurt": a thing, where the list of people began
        if (t in ("a", "an", "one", "another") or t in ("his", "her", "their") and (
                prev is None or prev.text != "," or _and_next(toks, i, j)) or
                t == "the" and _one_person_after(toks, i, j)) \
                and not _number_of_after(toks, i, j):
            # ("A girl, her mother and a man were wounded": "her mother" is a third item
            # when "and" goes on after it; "the victim, her mother, said" is an apposition)
            # ("three police officers and the assailant": one more; "an unknown number of
            # assailants": no one person)
            count += 1
            start = i
        elif _person_word(toks, i) and (prev is None or not prev.text[:1].isupper()) and \
                (prev is None or prev.text != "," and prev.lower != "the" and
                 prev.lower not in _PREPOSITIONS) and not _after_age_after_comma(toks, i) and \
                (i + 1 > j or toks[i + 1].text != "'s") and not _titled(toks, i) and \
                not (i + 1 <= j and toks[i + 1].text.isalpha() and toks[i + 1].text.islower()
                     and toks[i + 1].lower not in ("and", "or") and
                     toks[i + 1].lower not in L.AUX):
            # "Franco and her driver, Anderson Gomes, were killed": a name starts a person;
            # a name after a comma is an apposition of the person before it (and "Store
            # clerk Harjit Sandhu": a capital before a lower-case noun opens no name)
            count += 1
            start = i
        elif prev is not None and prev.lower == "and" and i > 1 and _person_noun(t) and \
                _person_noun(toks[i - 2].lower) and (t in L.SINGULAR or not t.endswith("s")):
            # (not "20 women and girls": the plural is the numbered group's)
            count += 1  # "another man and woman": the second shares the determiner
        elif t in (",", "and") or toks[i].text[:1].isalpha() and t not in _CLAUSE_END and \
                t not in L.AFTER and t not in L.BEFORE and t not in ("were", "was"):
            pass
        else:
            break
        i -= 1
    if count >= 2 and any(toks[m].lower == "and" for m in range(start, j)):
        return start, j, count
    # "the four assailants and a civilian were killed": the singular joins a number
    if count == 1 and start > 0 and toks[start - 1].lower == "and":
        return start, j, 1
    return None


def _singular_object(text: str, toks: list[Token], k: int,
                     agent_noun: bool = False) -> tuple[int, int, int] | None:
    """After an active trigger: "<a> (young) <policeman>" or named people; with
    `agent_noun`, also a noun the word lists do not know that names a doer ("a shepherd",
    "a trader", "a pastor").

    Returns (first token, last token, how many people) or None.
    """
    if k >= len(toks):
        return None
    if toks[k].lower == "a" and k + 3 < len(toks) and toks[k + 1].lower == "family" and \
            toks[k + 2].lower == "of":
        num = figure_at(toks, k + 3, text)  # "a family of three"
        if num is not None:
            return k, num[2], num[0].value
    if toks[k].lower in ("a", "the") and k + 1 < len(toks) and toks[k + 1].lower == "couple" \
            and (k + 2 >= len(toks) or toks[k + 2].lower != "of"):
        return k, k + 1, 2  # "killed a couple and their three children"
    if toks[k].lower == "the" and k + 3 < len(toks) and toks[k + 1].lower == "body" and \
            toks[k + 2].lower == "of" and toks[k + 3].lower in ("a", "an", "one"):
        return _singular_object(text, toks, k + 3, agent_noun)  # "mutilated the body of a"
    if toks[k].lower in ("one", "another") and (k + 1 >= len(toks) or toks[k + 1].lower in (
            "in", "of", "at", ",", ".", "and", "on", "during", "while")):
        return k, k, 1  # "shot one in the neck", "left one man dead and injured another"
    if toks[k].lower in ("a", "the") and k + 1 < len(toks) and toks[k + 1].lower in _NTH and (
            k + 2 >= len(toks) or not toks[k + 2].text[:1].isalpha() or
            toks[k + 2].lower in _FUNCTION or toks[k + 2].lower in _RELATIVE or
            toks[k + 2].lower in ("before", "after", "while", "when")):
        return k, k + 1, 1  # "killed two people and wounded a third before fleeing"
    if toks[k].lower in ("a", "an", "one", "another", "the"):
        # "a civilian school guard", "a Bamenda University professor": the object of a
        # killing verb is a person; its head is the last word before the phrase ends.
        head = None
        for h in range(k + 1, min(len(toks), k + 9)):
            w = toks[h].lower
            if toks[h].text.isdigit() and h + 1 < len(toks) and toks[h + 1].text == "-" or \
                    toks[h].text == "-" or re.fullmatch(r"\d+(?:st|nd|rd|th)", toks[h].text):
                continue  # "a 57-year-old man", "a regime's 1st lieutenant"
            if toks[h].text in ("(", ")") and h - k < 7:
                continue  # "a Rapid Intervention Battalion (BIR) soldier"
            if head is None and h <= k + 2 and (toks[h].text[:1].isdigit() or w in UNITS or
                                                w in TENS):
                return None  # "killed a further 7 civilians": a figure, not one person
            if not toks[h].text[:1].isalpha() or w in _FUNCTION or w in _RELATIVE or \
                    w in ("identified", "named", "aged", "believed", "as", "for", "located") \
                    or w.endswith("ing"):
                break
            if _person_noun(w) or w.endswith("year-old"):
                head = h  # the last person noun: "a suicide bomber", "a civilian school guard"
            elif agent_noun and head is None and _DOER.search(w) and w not in L.NON_PERSON \
                    and w not in _NOT_PEOPLE and (h + 1 >= len(toks) or
                                                  not toks[h + 1].text[:1].isalpha() or
                                                  toks[h + 1].lower in _FUNCTION):
                head = h  # "shot dead a shepherd": a doer's noun ends the phrase
        if head is None:
            return None  # "killed a cow", "executed a search warrant"
        if toks[k].lower == "the" and _plural_people(toks[head].lower):
            return None  # ("buried the victims": as many as were told before)
        return k, head, 1
    if toks[k].lower == "her" and k + 4 < len(toks) and _age_token(toks, k + 1) and \
            toks[k + 3].lower.startswith("year-old") and _person_noun(toks[k + 4].lower):
        return k, k + 4, 1  # "shot her 19-year-old nephew"
    if toks[k].lower in ("him", "her", "himself", "herself"):
        if toks[k].lower == "her" and k + 1 < len(toks) and _person_noun(toks[k + 1].lower):
            return k, k + 1, 1  # "shot her boyfriend"
        if toks[k].lower == "her" and k + 1 < len(toks) and toks[k + 1].lower in _BODY:
            return None  # "she injured her back"
        if toks[k].lower == "her" and any(t.lower in _GUNS for t in toks[k + 1:k + 5]):
            return None  # "she shot her .38 caliber revolver"
        if toks[k].lower == "her" and _owned_thing(toks, k + 1):
            return None  # "killed her fiance's dog", "shot her dog"
        return k, k, 1  # "killing herself": a bomber
    if toks[k].lower in ("his", "their", "its") and k + 1 < len(toks):
        for h in range(k + 1, min(len(toks), k + 6)):
            if _age_token(toks, h) or toks[h].lower.startswith("year-old"):
                continue  # "killed his 24-year-old son"
            if toks[h].text[:1].isdigit() or toks[h].lower in UNITS or toks[h].lower in TENS:
                return None  # "injuring its two pilots": a figure, read as one
            if _person_noun(toks[h].lower) or toks[h].lower in ("dad", "mom", "stepfather",
                                                                "stepson", "friend"):
                # "murdering his ex-girlfriend and her new boyfriend": two people
                if h + 2 < len(toks) and toks[h + 1].lower == "and" and \
                        toks[h + 2].lower in ("his", "her", "their"):
                    second = next((e for e in range(h + 3, min(len(toks), h + 6))
                                   if _person_noun(toks[e].lower)), None)
                    if second is not None:
                        return k, second, 2
                if _plural_people(toks[h].lower):
                    return None  # "buried their relatives": no number told
                return k, h, 1  # "shot his stepfather with a shotgun"
            if not toks[h].text[:1].isalpha():
                break
        return None
    if k + 1 < len(toks) and toks[k].lower in L.SINGULAR and \
            toks[k + 1].text[:1].isupper() and _person_word(toks, k + 1):
        # "killed soldier Yaya Emmanuel": a title before the name
        e = k + 1
        while e + 1 < len(toks) and _person_word(toks, e + 1):
            e += 1
        return k, e, 1
    # Names: "Isaias Martinez, 53, and Guillermo Rivera-Rubio, 44"
    count = 0
    last = None
    i = k
    while i < len(toks) and i - k < 14:
        if _person_word(toks, i) and toks[i].lower not in L.NON_PERSON:
            count += 1
            while i + 1 < len(toks) and _person_word(toks, i + 1):
                i += 1
            if i + 1 < len(toks) and toks[i + 1].text[:1].islower() and \
                    _person_noun(toks[i + 1].lower) and (
                        toks[i + 1].lower.endswith(("s", "men")) or
                        toks[i + 1].lower in ("people", "police", "children")):
                return None  # "killed Iraqi soldiers": a people's word before its noun
            last = i
            i += 1
            # an age in apposition, then "and" for the next name
            while i < len(toks) and (toks[i].text == "," or toks[i].text.isdigit()):
                i += 1
            if i < len(toks) and toks[i].lower == "and":
                i += 1
                continue
            break
        break
    if count and last is not None:
        return k, last, count
    return None


def _owned_things_of(toks: list[Token], of: int) -> bool:
    """ "of its members' cows", "of the family's cars": after the "of" at toks[of], people's
    things, not people (not "of the family's children")."""
    for i in range(of + 2, min(len(toks) - 1, of + 5)):
        if toks[i].text in ("'", "\u2019", "'s", "\u2019s") and \
                toks[i].start == toks[i - 1].end:
            return toks[i + 1].text.isalpha() and not _person_noun(toks[i + 1].lower)
        if not toks[i].text.isalpha():
            return False
    return False


def _owned_thing(toks: list[Token], j: int) -> bool:
    """After a possessive "her": an animal or a thing, maybe after an owner's possessive
    ("her fiance's dog", "her neighbor's car")."""
    if j < len(toks) and toks[j].lower.endswith(("'s", "\u2019s")):
        j += 1
    return j < len(toks) and toks[j].lower in L.NON_PERSON


_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ary")
_PERSON_EXTRA = frozenset(
    "groom bride bridegroom official chief leader head judge mayor imam priest monk nun "
    "pastor elder chairperson lawmaker candidate activist politician deputy sheikh cleric "
    "teen youth prefect governor minister president chairman chairwoman king prince bishop "
    "emir general colonel captain major sergeant lieutenant corporal child baby infant "
    "toddler chef female male females males juvenile juveniles adult burglar burglars scholar "
    "clerk clerks cashier cashiers patron thief thieves criminal criminals pirate pirates "
    "vigilante vigilantes nomad nomads cook cooks maid maids housemaid housemaids nanny "
    "nannies midwife midwives surgeon surgeons goatherd goatherds aide aides".split()
)


def _plural_people(w: str) -> bool:
    """A plural noun for people: "officers", "relatives", "policemen" (not "boss",
    "witness")."""
    if w in L.SINGULAR or w.endswith("ss"):
        return False
    return w.endswith("men") and len(w) > 4 or w in ("people", "children") or \
        w.endswith("s") and (w in L.VICTIM_NOUNS or _person_noun(w[:-1]))


def _person_noun(w: str) -> bool:
    """A noun that names a person: a victim noun, a role ("professor"), not a thing."""
    if w in L.NON_PERSON or w in UNITS or w in TENS:
        return False  # ("three" is no "employee")
    if w.startswith("ex-") and len(w) > 3:
        return _person_noun(w[3:])  # "his ex-girlfriend"
    if w in L.VICTIM_NOUNS or w in _PERSON_EXTRA or w.endswith("men"):
        return True
    sg = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return sg in _PERSON_EXTRA or (len(sg) > 4 and sg.endswith(_PERSON_SUFFIXES)
                                   and sg not in _NOT_PEOPLE and w not in _NOT_PEOPLE)


_NOT_PEOPLE = frozenset(
    "order border number corner water paper center centre letter power matter quarter "
    "further former later earlier never whenever however whatever whether rather together "
    "sooner under diaper "
    "murder murders manslaughter slaughter "
    "leather feather ladder folder holder "
    "weather shelter chamber computer trailer event moment department apartment government "
    "statement agreement incident accident payment equipment restaurant document "
    "summary library salary territory military january february boundary warrant "
    "plant grant restaurant covenant motor tractor generator elevator monitor counter "
    "floor door mirror interior exterior error color colour sensor tower river timber "
    "register trigger barrier container cooler dumpster shoulder corridor printer "
    "window revolver holster silencer chamber cylinder "
    # parts of cars and houses that bullets hit: "three bullets hit the rear bumper"
    "bumper fender spoiler muffler radiator shutter gutter heater freezer dryer washer "
    "speaker poster banner sticker locker drawer dresser meter "
    # adjectives with a person's ending: "a prominent official", "a pregnant woman"
    "prominent different recent violent silent current pregnant significant important "
    "permanent independent excellent apparent frequent urgent decent adjacent absent "
    "ancient efficient intelligent distant brilliant constant relevant reluctant elegant "
    "abundant dominant vibrant".split()
)


def _object_figure(text: str, toks: list[Token],
                   obj: tuple[int, int, int]) -> tuple[Figure, Victims]:
    """The figure and victims of people counted without a number, (first, head, count):
    typed by the head noun when it is one person named by a victim noun ("a soldier")."""
    first, head, count = obj
    victims = _victims(toks, head, None, first + 1, head + 1, text) if count == 1 and \
        toks[head].lower in L.VICTIM_NOUNS else Victims(VictimType.UNKNOWN, None, None)
    if toks[head].lower == "couple":  # "a couple and their three children"
        victims = Victims(VictimType.CIVILIANS, None, Span.of(text, toks[first].start,
                                                              toks[head].end))
    return _count_figure(text, toks, first, head, count), victims


def _count_figure(text: str, toks: list[Token], s0: int, head: int, count: int) -> Figure:
    span = Span.of(text, toks[s0].start, toks[head].end)
    return Figure(count, Qualifier.EXACT, count, count, count, span, stated=False)
