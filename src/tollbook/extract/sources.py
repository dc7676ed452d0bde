"""Attribution: who a figure is attributed to.

"the Syrian Observatory for Human Rights said", "according to police", "a source close to
Hezbollah told AFP" (AFP carries the quote: the channel, not the source), ", the
Observatory said" (expanded to the full name given earlier), "it said" / "the group says"
(resolved to the organisation named before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import gazetteer
from ..model import Source, Span
from . import lexicon
from .numbers import Token, figure_at, sentence_tokens
from .sentences import Sentence

SAY = frozenset(
    "said says say told tells reported reports added adds stated states confirmed confirms "
    "announced announces claimed claims estimated estimates counted quoted put puts placed "
    "places gave gives "
    "documented recorded tallied noted raised revised updated lowered acknowledged admitted "
    "acknowledges admits given wrote writes tweeted posted verified verifies "
    # ("maintains an official toll of 24 dead": a report translated from French)
    "maintains maintained".split()
)
# Verbs that tell a figure only before "that": "Protection partners report that ..." (not "a
# UN report said")
_SAY_THAT = frozenset("report estimate declared declares".split())
# ... and only before "that" or after the quote or clause they tell: '," indicated a security
# source', "the communique specifies", "affirmed that" (reports translated from French and
# Spanish; not "An evidence marker indicates where")
_SAY_TRANSLATED = frozenset("indicated indicates specified specifies affirmed affirms".split())
# ... and only before "of": "the administrator speaks of a provisional toll of 18 dead"
_SAY_OF = frozenset("speaks spoke speak".split())
# verbs that tell what comes before them, after a comma or a quote ('"...," indicated a
# security source'), and of those the ones whose teller may follow ("..., reported the
# municipal police")
_SAID_AFTER = frozenset("said says told claimed reported stated added indicated specified "
                        "specifies affirmed".split())
_SAID_BEFORE_TELLER = frozenset("reported indicated specified specifies affirmed stated "
                                "added".split())


def _tells(text: str, toks: list[Token], i: int) -> bool:
    """Whether toks[i] is a verb that tells a figure: any of SAY; "speaks of"; a translated
    report's verb before "that" or after its quote or a comma; "report that" or "estimate
    that" after its teller ("Protection partners report that", not "a report that"); "the
    health ministry listed 29 deaths"."""
    w = toks[i].lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else None
    if w in SAY:
        return True
    if w in _SAY_OF:
        return nxt == "of"
    if w in _SAY_TRANSLATED:
        return nxt is not None and (
            nxt == "that" or any(t.text in ("\u201d", '"') for t in toks[max(0, i - 5):i]) or
            i > 0 and toks[i - 1].text == ",")
    if w in _SAY_THAT:
        return nxt == "that" and i > 0 and (
            toks[i - 1].text[:1].isupper() or toks[i - 1].lower.endswith("s")) and \
            toks[i - 1].lower not in ("its", "his", "this", "was", "is", "has", "as")
    return w == "listed" and nxt is not None and figure_at(toks, i + 1, text) is not None
# Verbs that tell a figure only when a toll follows: "put the toll at", "raised the toll to"
_TOLL_VERBS = frozenset("put puts placed places gave gives given counted quoted raised revised "
                        "updated lowered maintains maintained".split())
# Words that end a subject phrase when walking left from the speech verb.
_STOP = frozenset(
    "killed dead wounded injured died were was is are have has had been that which who "
    "when while after before as because but if than since on in at during people where "
    "whereas though although morning afternoon evening night".split()
)


def _a_place_counting(phrase: str) -> bool:
    """Whether a subject is a place that records a count of its own ("The state", "the
    neighboring canton of Duran"), not a body of it ("The state prosecutor's office")."""
    words = phrase.lower().split()
    while len(words) > 1 and words[-1] in ("again", "also", "alone", "too"):
        words.pop()  # "KwaZulu-Natal again recorded the most murders"
        phrase = phrase.rsplit(None, 1)[0]
    kinds = lexicon.DIVISION_KINDS
    if words and words[0] == "the":
        phrase = phrase.split(None, 1)[1] if len(words) > 1 else ""
    return bool(words) and (words[-1] in kinds or any(
        w in kinds and nxt == "of" for w, nxt in zip(words, words[1:], strict=False)) or
        # "The Western Cape ... recorded 925 murders", "St Catherine North has recorded 98",
        # "Nelson Mandela Bay has recorded 41": a place's count
        phrase[:1].isupper() and not any(w in _ORG_NOUNS or w in _REPORTING_BODIES
                                         for w in words) and
        (words[-1] in _PLACE_ENDS or any(
            e.kind in ("admin1", "admin2", "city", "country") for e in gazetteer.lookup(phrase))))


_PLACE_ENDS = frozenset("north south east west central bay cape flats metro".split())


# arrests told by the body that made them: "West Midlands Police arrested nine people"
_TOOK_IN = frozenset("arrested detained apprehended".split())
_PASSIVE_AUX = frozenset("was were been be being is are had has have".split())
_ARRESTERS = frozenset("police officers troops forces army authorities agents deputies "
                       "sheriff's marshals gendarmes gendarmerie soldiers".split())
def _arrester(text: str, toks: list[Token], i: int) -> Span | None:
    """The body whose arrest verb is at toks[i], named by its police word and the capitalised
    name before it ("Corpus Christi Police", "Arcadia police", "Officers"), not the clause
    around it ("Police dispersed the group and", "learned UW-Milwaukee Police")."""
    span = _phrase_left(text, toks, i)
    if span is None:
        return None
    inside = [k for k in range(i) if span.start <= toks[k].start < span.end]
    last = next((k for k in reversed(inside) if toks[k].lower in _ARRESTERS), None)
    if last is None:
        return None
    first = last
    while first - 1 in inside and (toks[first - 1].text[:1].isupper() or
                                   toks[first - 1].lower in ("the", "'s", "\u2019s")):
        first -= 1
    return Span.of(text, toks[first].start, toks[last].end)


# the words in the names of bodies a description stands for: "the monitor" is the
# Observatory
_KIND_NAMES = {"monitor": ("observatory", "monitoring", "acled", "airwars"),
               "ministry": ("ministry",), "agency": ("agency",), "force": ("police",),
               "observatory": ("observatory",), "group": ("group",)}
# Speech verbs that are also plural nouns: a verb only before "that".
_NOUN_TOO = frozenset("states reports claims estimates notes records".split())
# who "reports 13 people killed" (not "for its part reports": the subject is further left)
_REPORTING_BODIES = frozenset("ministry police army military government agency office group "
                              "observatory monitor authorities officials council commission "
                              "mission department service coalition forces militia rebels "
                              "spokesman spokeswoman official hospital committee".split())
CHANNELS = frozenset(
    "afp reuters ap xinhua anadolu efe dpa ansa bbc cnn aljazeera upi tass sana irna "
    "ani pti bernama".split()
) | frozenset((  # outlets that carry what people tell them
    "al jazeera", "middle east eye", "the associated press", "associated press",
    "premium times", "the guardian", "the new york times", "the washington post",
    "voice of america", "the bbc", "sky news", "our correspondent", "this reporter",
    "our reporter", "this newspaper", "the hindu", "daily nation", "dawn", "punch",
    "the kyiv independent", "radio free europe", "france 24", "deutsche welle"))
# The wires that carry other people's figures; a state agency saying a toll ("SANA said",
# "IRNA reported") speaks for its government, so it is the source when it is the subject.
CARRIERS = frozenset("afp reuters ap efe dpa ansa upi".split())
# "The rights group said ...": the group named before, or with none, its own words
_DESCRIBED_ORG = ("the rights group", "the rights body", "the watchdog", "the commission",
                  "the mission", "the institute", "the agency", "the force",
                  # (what a body issued: "the ministry said in a statement ... The statement
                  # said one soldier was killed")
                  "the statement", "the report")
_PRONOUN_ORG = ("it", "the group", "the organisation", "the organization",
                "the agency", "the ngo", "the body", "the network", "the monitor") + \
    _DESCRIBED_ORG
_PRONOUN_PERSON = ("he", "she", "him", "her")


@dataclass(frozen=True)
class Attribution:
    """A source found in a sentence, and the token index of its speech verb."""

    source: Source
    verb_at: int  # character offset of the speech verb (or "according")
    pronoun: bool  # the text named it by a pronoun or "the group"
    ahead: bool = False  # ", saying ...": it speaks for the figures after the verb only


def in_sentence(text: str, sent: Sentence) -> list[Attribution]:
    """Every attribution in a sentence, unresolved."""
    toks = sentence_tokens(text, sent.start, sent.end)
    out: list[Attribution] = []
    arresters: list[Attribution] = []
    for i, t in enumerate(toks):
        w = t.lower
        if w == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            span = _phrase_right(text, toks, i + 2)
            if span and span.surface.split()[0].lower() in ("reports", "report") and \
                    toks[i + 2].lower in ("reports", "report"):
                if i + 4 < len(toks) and toks[i + 3].lower in ("from", "by"):
                    span = _phrase_right(text, toks, i + 4)  # "reports from the hospital"
                if span is None or span.surface.split()[0].lower() in ("reports", "report"):
                    continue  # "According to reports the attack was ...": no one named
            if span:
                out.append(_attr(text, span, t.start))
        elif w == "citing" and i > 0 and toks[i - 1].text == ",":
            # "AFP reported, citing a local official": the one cited, not the carrier
            span = _phrase_right(text, toks, i + 1)
            if span:
                out = [a for a in out if not (a.verb_at == toks[i - 2].start and i > 1)]
                out.append(_attr(text, span, t.start))
        elif w in ("saying", "adding") and i > 1 and toks[i - 1].text == ",":
            # "SANA denied the report, saying the army had killed dozens": the subject of
            # the clause the comma ends speaks
            said = next((k for k in range(i - 2, max(0, i - 5), -1)
                         if toks[k].lower in SAY and toks[k].text[:1].islower()), None)
            if said is not None:
                # "Troops killed two of the attackers, the command said, adding that one
                # soldier was unaccounted for": the one who said it goes on
                span = _phrase_left(text, toks, said)
                if span is not None:
                    out.append(replace(_attr(text, span, t.start), ahead=True))
                continue
            verb = next((k for k in range(1, i - 1) if toks[k].text[:1].islower() and
                         toks[k].text.isalpha() and
                         (toks[k].lower.endswith("ed") or toks[k].lower in SAY)), None)
            span = _phrase_left(text, toks, verb) if verb is not None else None
            if span is not None and span.start == toks[0].start:
                out.append(replace(_attr(text, span, t.start), ahead=True))
        elif w in ("show", "shows", "showed") and i > 1 and toks[i - 1].lower in _DATA_WORDS:
            # "LMPD data shows 298 people had been shot": whose data (not "Court records
            # show", which tell a case's history)
            span = _phrase_left(text, toks, i - 1)
            if span is not None:
                out.append(_attr(text, span, t.start))
        elif w in ("show", "shows", "showed") and (issuer := _issued_by(text, toks, i)):
            # "Figures published by the Office for National Statistics last month showed":
            # the body that issued them
            out.append(_attr(text, issuer, t.start))
        elif w in _TOOK_IN and i > 0 and toks[i - 1].lower not in _PASSIVE_AUX and \
                (span := _arrester(text, toks, i)) is not None:
            # "Shreveport police arrested four people": the body that made the arrests
            # tells them, when no one else in the sentence does
            arresters.append(_attr(text, span, t.start))
        elif t.text[:1].islower() and _tells(text, toks, i):
            if w in _TOLL_VERBS and not _toll_follows(toks, i):
                continue
            if w in ("recorded", "documented", "counted", "tallied", "verified", "confirmed",
                     "reported", "registered") and i + 2 < len(toks) and \
                    toks[i + 1].lower == "by" and i > 0 and toks[i - 1].text[:1].isalpha():
                # "bringing the number of civilian deaths recorded by the ministry since 10
                # May to 226": the one the count is by
                span = _phrase_right(text, toks, i + 2)
                if span is not None:
                    out.append(_attr(text, span, t.start))
                continue
            if i > 0 and toks[i - 1].lower in ("not", "never", "n't"):
                continue  # "police have not said whether ...": no one says
            if w == "reported" and i + 1 < len(toks) and \
                    toks[i + 1].lower in ("being", "having", "hearing", "seeing"):
                continue  # "a clerk ... reported being robbed": what befell the clerk
            if i > 0 and toks[i - 1].lower in ("an", "the") and w in ("estimated", "reported"):
                continue  # "have displaced an estimated 135,000 people": a qualifier
            if w in ("estimated", "put", "placed") and i + 1 < len(toks) and \
                    toks[i + 1].lower == "at":
                continue  # "a total population estimated at 90,000": a participle
            if w in ("verified", "confirmed") and i > 0 and toks[i - 1].lower in (
                    "be", "been", "being"):
                continue  # "higher figures that could not be verified": no one verified
            if w.endswith("ed") and i > 1 and toks[i - 1].text.isalpha() and \
                    figure_at(toks, i - 2, text) is not None:
                continue  # "one of 214 homicides recorded in Milwaukee": the count's
                # participle, no teller
            if w in ("claimed", "claims", "claim") and i + 1 < len(toks) and (
                    toks[i + 1].lower in ("responsibility", "credit", "by", "lives") or
                    toks[i + 1].lower == "the" and i + 2 < len(toks) and
                    toks[i + 2].lower in ("lives", "life")):
                continue  # "IS claimed responsibility for the attack, which killed 30", "a
                # car bomb claimed by al Shabaab": who did it, not who told
            if w == "reports" and i > 1 and toks[i - 1].lower == "by" and \
                    toks[i - 2].lower in _DISMAYED:
                # "UNSMIL said it was concerned by reports that 12 civilians had been killed",
                # "UNHCR are appalled by reports that guards opened fire": the one dismayed
                # passes the reports on
                at = i - 3
                while at >= 0 and toks[at].lower in ("deeply", "very", "gravely", "extremely",
                                                     "also", "was", "were", "is", "are", "am",
                                                     "remain", "remains", "been", "be", "has",
                                                     "have"):
                    at -= 1
                span = _phrase_left(text, toks, at + 1) if at < i - 3 else None
                if span is not None and span.surface.lower() not in ("we", "i"):
                    out.append(_attr(text, span, t.start))
                continue
            if w in _NOUN_TOO and i > 0 and toks[i - 1].lower in _PREPOSITIONS | {
                    "the", "a", "an", "these", "those", "such", "media", "news", "press"}:
                continue  # "concerned by reports that", "the reports that": a noun
            if w in _NOUN_TOO and not (i + 1 < len(toks) and (
                    toks[i + 1].lower == "that" or
                    # "The ministry reports 13 people killed": a figure right after it
                    i > 0 and (toks[i - 1].text[:1].isupper() or
                               toks[i - 1].lower in _REPORTING_BODIES) and
                    toks[i - 1].lower not in ("the", "a", "an", "of", "media", "news", "press")
                    and figure_at(toks, i + 1, text) is not None)):
                continue  # "the three most-hit states by the group": a noun, not a verb
            span = _phrase_left(text, toks, i)
            if span is not None and w in ("recorded", "registered") and \
                    _a_place_counting(span.surface):
                continue  # "the neighboring canton of Duran recorded 410": a place's count
            who = next((k for k in range(i - 1, max(0, i - 14), -1)
                        if toks[k].lower in ("who", "whom") or toks[k].text in (",", ";")), None)
            if span is None and who and toks[who].lower in ("who", "whom") and \
                    toks[who - 1].text[:1].isalpha():
                # "A resident who helped bury the dead said": the relative clause's casualty
                # word stops the phrase; the one it describes speaks (the clause's subject,
                # not "the dead included two policemen who had been posted")
                span = _phrase_left(text, toks, who)
                if span is not None and span.start != toks[0].start:
                    span = None
            if span is not None and who and toks[who].lower in ("who", "whom"):
                at = next((k for k in range(who + 2, i) if toks[k].start == span.start), None)
                if at is not None and toks[at - 1].lower in _PREPOSITIONS:
                    # "Military sources who spoke to our correspondent on condition of
                    # anonymity said": the subject the relative clause hangs on, not its last
                    # noun
                    span = _phrase_left(text, toks, who) or span
            if span is not None and (at := next((k for k in range(i) if toks[k].start ==
                                                  span.start), None)) is not None and at > 1:
                if toks[at - 1].lower in ("on", "under") and \
                        toks[at - 2].lower in ("speaking", "spoke", "talking"):
                    # "a security official speaking on condition of anonymity said": the one
                    # speaking, not the condition
                    span = _phrase_left(text, toks, at - 2 - (toks[at - 3].lower == "who")) \
                        or span
                elif toks[at - 1].lower in ("who", "whom") and span.surface[:1].islower():
                    # "A member of the PDF who helped recover bodies said": the one the
                    # relative clause tells of, not its predicate
                    span = _phrase_left(text, toks, at - 1) or span
            if i > 1 and toks[i - 1].lower == "and" and toks[i - 2].text[:1].isalpha():
                # "It put the toll at 24 civilians and said ...": the first verb's subject
                span = _clause_subject(text, toks, i)
            if i > 4 and toks[i - 1].text == "," and (kn := next(
                    (k for k in range(i - 2, max(0, i - 8), -1) if toks[k].lower == "known" and
                     toks[k - 1].text == "," and toks[k + 1].lower == "as"), None)) is not None:
                # "the mission, known as MINUSCA, said in a statement": the one the aside names
                span = _phrase_left(text, toks, kn - 1) or span
            if span is not None and span.surface.split()[0].lower() in ("no", "nobody", "none"):
                continue  # "No group immediately claimed responsibility": no one spoke
            if span is not None and span.surface in ("We", "we", "I"):
                continue  # '"We have confirmed 21 deaths," the coordinator told AP': the
                # quote's speaker, told after it
            if span is None and i + 1 < len(toks) and (w in _SAID_AFTER or w in _TOLL_VERBS) and \
                    i > 0 and toks[i - 1].text in (",", "\u201d", '"'):
                if toks[i + 1].lower in ("he", "she", "they", "it", "we", "that", "earlier",
                                         "later", "previously", "initially", "on") or \
                        toks[i + 1].lower in lexicon.CALENDAR:
                    # ("A local police officer, Abdi Dahir, said earlier that ...")
                    # "Another resident, Bulama Kolo, said he counted 25 bodies"
                    span = _apposition(text, toks, i - 1)
                elif figure_at(toks, i + 1, text) is not None:
                    # "A security official, speaking on condition of anonymity, said nine
                    # soldiers were killed": the subject before the aside
                    span = _opening_subject(text, toks, i - 1)
                elif toks[i + 1].lower == "by" and i + 2 < len(toks) and \
                        toks[i + 2].lower in ("phone", "telephone"):
                    # "..., a military officer, Capt. Ali Mohamed, said by phone": the name
                    # before the speech verb
                    span = _trailing_name(text, toks, i - 1)
                elif w in ("said", "says", "told") and toks[i + 1].lower not in CHANNELS or \
                        w in _SAID_BEFORE_TELLER and toks[i + 1].lower in ("a", "an", "the"):
                    # (', reported the municipal police', '," indicated a security source')
                    # "A military source, who spoke in confidence, said only six farmers were
                    # killed": the subject before the aside; else ', said Observatory
                    # director X'
                    span = (_opening_subject(text, toks, i - 1)
                            if _ASIDE_OPENERS.intersection(
                                t.lower for t in toks[max(0, i - 24):i]) else None) or \
                        _phrase_right(text, toks, i + 1)
                    if span is None and w == "told":
                        # "Koya's mayor, Tariq Haidari, told Middle East Eye": the speaker
                        span = _apposition(text, toks, i - 1) or \
                            _opening_subject(text, toks, i - 1)
                else:
                    # "A Taliban spokesman, Zabihullah Mujahid, claimed the group had ..."
                    span = _apposition(text, toks, i - 1) or _opening_subject(text, toks, i - 1)
            if span:
                out.append(_attr(text, span, t.start))
    return out or arresters


# how a body that passes on reports feels about them: "concerned by reports that"
_DISMAYED = frozenset("concerned appalled alarmed shocked saddened horrified dismayed "
                      "disturbed outraged troubled".split())
# prepositions whose object is no speaker ("spoke ... on condition of anonymity said")
_PREPOSITIONS = frozenset("on of in at to for with by from about into".split())
# words that open an aside between a subject and its speech verb
_ASIDE_OPENERS = frozenset("who which speaking requesting asking declining citing "
                           "insisting".split())


def _trailing_name(text: str, toks: list[Token], comma: int) -> Span | None:
    """The name told between the comma before toks[comma] and it, titles and initials
    included: "..., Capt. Ali Mohamed," -> "Capt. Ali Mohamed"; None for anything but a
    name."""
    k = next((j for j in range(comma - 1, max(-1, comma - 8), -1) if toks[j].text == ","),
             None)
    if k is None or k + 1 >= comma:
        return None
    if all(t.text[:1].isupper() or t.text == "." for t in toks[k + 1:comma]):
        return Span.of(text, toks[k + 1].start, toks[comma - 1].end)
    return None


def _clause_subject(text: str, toks: list[Token], i: int) -> Span | None:
    """The noun phrase opening the sentence before its first verb (a speech verb after "and"
    shares it): "It put the toll at 24 and said" -> "It"."""
    k = 0
    while k < min(i, 8) and toks[k].text[:1].isalpha() and not (
            toks[k].text[:1].islower() and (toks[k].lower in SAY or toks[k].lower in _TOLL_VERBS
                                            or toks[k].lower.endswith("ed") or
                                            toks[k].lower in _NOT_SUBJECT)):
        k += 1
    if k == 0 or k >= i or not toks[k].text[:1].isalpha():
        return None
    return Span.of(text, toks[0].start, toks[k - 1].end)


def _toll_follows(toks: list[Token], i: int) -> bool:
    return any(t.lower in ("toll", "number", "figure") for t in toks[i + 1:i + 5])


# a transcript's speaker label opening a line: "RANGEL: What we have been able to verify",
# "DR. HAMID: By the evening we had received nineteen bodies" (the host's own labels and
# a bulletin's place headings are none)
_SPEAKER_LABEL = re.compile(r"[ \t]*((?:(?:DR|MR|MRS|MS|GEN|COL|CAPT|LT|SGT|REV)\.?[ \t]+)?"
                            r"[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+){0,2}):[ \t]+\S")
_HOSTS = frozenset("q a question answer interviewer presenter host anchor reporter correspondent "
                   "moderator narrator caller editor note update".split())


def _label_of_line(text: str, at: int) -> re.Match | None:
    """The speaker's label opening the line that offset `at` is on, in a transcript."""
    if not _a_transcript(text):
        return None
    m = _SPEAKER_LABEL.match(text, text.rfind("\n", 0, at) + 1)
    return m if m is not None and _a_speaker(m.group(1)) else None


def speaker_label(text: str, sent: Sentence) -> Attribution | None:
    """The speaker a transcript's line names before a colon, for the figures of that line."""
    m = _label_of_line(text, sent.start)
    if m is None or m.end() > sent.end + 1:
        return None
    return _attr(text, Span.of(text, m.start(1), m.end(1)), m.end(1))


_LABEL_LINES = re.compile(r"^" + _SPEAKER_LABEL.pattern, re.M)


@lru_cache(maxsize=64)
def _a_transcript(text: str) -> bool:
    """Whether a text is laid out as turns: two lines or more open on a speaker's label (one
    alone is a dateline: "SRINAGAR: Three militants ...")."""
    return sum(1 for m in _LABEL_LINES.finditer(text) if _a_speaker(m.group(1))) >= 2


def _a_speaker(label: str) -> bool:
    """Whether a line's capitalised label names a speaker: no host, and no country or
    province heading a bulletin's lines ("KHERSON OBLAST:", "SUDAN:"); a town's name may
    be a surname ("RANGEL:")."""
    return label.lower() not in _HOSTS and not re.search(
        r"\b(?:OBLAST|REGION|PROVINCE|STATE|DISTRICT|COUNTY)\b", label) and not any(
        e.kind in (gazetteer.COUNTRY, gazetteer.ADMIN1) for e in gazetteer.lookup(label))


def labels_speaker(text: str, span: Span) -> bool:
    """Whether a span is a transcript's speaker label ("RANGEL:" opening a line)."""
    m = _label_of_line(text, span.start)
    return m is not None and m.start(1) <= span.start < m.end(1)


def _attr(text: str, span: Span, verb_at: int) -> Attribution:
    cut = span.surface.rfind("\n")
    if 0 <= cut < len(span.surface.rstrip()) - 1:
        # a heading above the line is no part of the speaker: "DONETSK REGION\nGovernor
        # Vadym Filashkin said"
        span = Span.of(text, span.start + cut + 1, span.end)
    lead = len(span.surface) - len(span.surface.lstrip(" .,;:"))
    if 0 < lead < len(span.surface):
        span = Span.of(text, span.start + lead, span.end)  # (". Mejia" after "Sgt.")
    low = span.surface.lower()
    pronoun = low in _PRONOUN_ORG or low in _PRONOUN_PERSON or low == "they"
    return Attribution(Source(_clean_name(span.surface), span), verb_at, pronoun)


# "the attacks on Monday and Tuesday": calendar words and their joiners name no speaker
_CALENDAR = lexicon.CALENDAR | {"and", "on"}


def _clean_name(surface: str) -> str:
    words = surface.split()
    if len(words) > 1 and words[0].lower() == "the" and words[1][:1].isupper():
        return " ".join(words[1:])
    return surface


_NAME_JOINTS = frozenset("for of and the de".split())


def _initial(t: Token) -> bool:
    """A capital letter standing alone before a full stop: the "U" of "U.N."."""
    return len(t.text) == 1 and t.text.isupper()


# words between a subject and its verb that are no part of it
_TRAILING_PHRASES = frozenset({("at", "the", "time"), ("at", "that", "time"), ("as", "a", "whole")}
                              | {(verb, "by", line) for verb in ("reached", "contacted",
                                                                 "speaking", "interviewed")
                                 for line in ("phone", "telephone")})


# a sentence adverb set off between a speaker and the speech verb: "Police, meanwhile, said"
_ASIDE_ADVERBS = frozenset("meanwhile however though too also separately nevertheless moreover "
                           "instead likewise later earlier".split())


def _phrase_left(text: str, toks: list[Token], i: int) -> Span | None:
    """The subject phrase ending just before the speech verb at toks[i]."""
    j = i - 1
    # "officials have said", "police had told"
    while j >= 0 and (toks[j].lower in ("have", "has", "had", "also", "later", "further",
                                        "earlier", "previously", "initially", "now", "already",
                                        "alone") or
                      # "We have so far verified": no teller named "far"
                      toks[j].lower == "far" and j > 0 and toks[j - 1].lower == "so"):
        j -= 1 + (toks[j].lower == "far")
    if j > 2 and toks[j].text == "," and toks[j - 2].text == "," and \
            toks[j - 1].lower in _ASIDE_ADVERBS:
        j -= 3  # "Police in the provincial capital Pemba, meanwhile, said": past the aside
    if j > 4 and toks[j].text == "," and toks[j - 4].text == "," and \
            [t.lower for t in toks[j - 3:j]] in (["for", "his", "part"], ["for", "her", "part"],
                                                  ["for", "its", "part"],
                                                  ["for", "their", "part"]):
        j -= 5  # "The administrator of Lubero, for his part, speaks of": past the aside
    if j > 2 and tuple(t.lower for t in toks[j - 2:j + 1]) in _TRAILING_PHRASES:
        j -= 3  # "A police statement issued at the time said", "Mexico as a whole recorded"
    if j > 1 and toks[j].lower in lexicon.CALENDAR and toks[j - 1].lower == "on":
        j -= 2  # "The government on Tuesday revised the death toll"
    if j > 4 and toks[j].lower in ("group", "monitor", "watchdog", "organisation",
                                   "organization", "network", "ngo") and (
            close := next((i for i in (j - 1, j - 2) if toks[i].text == ")"), None)) and \
            all(t.text.islower() for t in toks[close + 1:j]) and \
            toks[close - 2].text == "(" and toks[close - 1].text.isupper():
        j = close  # "The Assistance Association for Political Prisoners (AAPP) activist group
        # says": the name before its acronym, not the kind of body it is
    if j > 2 and toks[j].text == ")" and toks[j - 2].text == "(" and toks[j - 1].text.isupper():
        j -= 3  # "The shadow National Unity Government (NUG) said": the name, not its acronym
    end = j
    while j >= 0:
        t = toks[j]
        if t.text == "." and j > 0 and toks[j - 1].lower in lexicon.TITLE_ABBREVIATIONS and \
                j < end and toks[j + 1].text[:1].isupper():
            j -= 1  # "Sgt. Jim Brown said"
            continue
        if t.text == "." and j > 0 and _initial(toks[j - 1]) and (
                j == end or toks[j + 1].text[:1].isupper() or toks[j + 1].text[:1].islower()
                and j + 1 <= end):
            j -= 1  # "The U.N. mission said", "the U.S. military said"
            continue
        if t.text in ("'", "\u2019") and j > 0 and toks[j - 1].lower.endswith("s") and \
                toks[j - 1].end == t.start:
            j -= 1  # "the prosecutors' office said"
            continue
        if t.text.isdigit() and j < end and toks[j + 1].text == "-":
            j -= 1  # "The 34-year-old told officers"
            continue
        if t.text.isdigit() and j > 0 and toks[j - 1].text[:1].isupper() and \
                toks[j - 1].text.isalpha() and toks[j - 1].lower not in lexicon.CALENDAR and \
                toks[j - 1].lower not in _PREPOSITIONS:
            j -= 1  # "A spokesman for Rescue 1122 said"
            continue
        if not (t.text[:1].isalpha() or t.text in ("-", "'s", "\u2019s")) or \
                t.lower in _STOP or t.lower in SAY and t.text[:1].islower() or end - j >= 9 or \
                t.text == "-" and text[t.start - 1:t.start].isspace() and \
                text[t.end:t.end + 1].isspace():
            break  # (a capitalised "Said" is a name: "Health Minister Ahmed Said said"; a
            # dash between spaces ends the phrase: "9:40 pm - Lebanon's Health Ministry")
        j -= 1
    while j > 0 and j < end and (toks[j].lower in ("in", "of", "at", "for") and (
            toks[j + 1].text[:1].isupper() or toks[j + 1].lower == "the" or
            toks[j + 1].text[:1].islower() and toks[j + 1].text[:1].isalpha()) or
            # "the Kenya National Commission on Human Rights said": a name's own "on"
            toks[j].lower == "on" and toks[j - 1].text[:1].isupper() and
            toks[j + 1].text[:1].isupper() and toks[j + 1].lower not in lexicon.CALENDAR) and (
            toks[j - 1].lower in _ORG_NOUNS or
            # "A resident of a kebele in Amuru woreda said": the resident of the place's part
            toks[j - 1].lower in lexicon.PLACE_KINDS and j > 2 and
            toks[j - 2].lower in ("a", "the") and toks[j - 3].lower == "of"):
        # "the Palestinian health ministry in Gaza said": the place is the speaker's; "A
        # medical official at al-Thawra hospital in Hodeidah city told": his hospital's
        j -= 1
        while j >= 0 and (toks[j].text[:1].isalpha() or toks[j].text == "." and j > 0 and
                          _initial(toks[j - 1])) and toks[j].lower not in _STOP and \
                not (toks[j].lower in SAY and toks[j].text[:1].islower()) and end - j < 16:
            j -= 1
    if j > 0 and toks[j].lower == "on" and [t.lower for t in toks[j + 1:end + 1]] == [
            "the", "ground"] and toks[j - 1].text[:1].isalpha():
        j -= 2  # "Partners on the ground reported", "sources on the ground said"
        while j >= 0 and toks[j].text[:1].isalpha() and toks[j].lower not in _STOP and \
                end - j < 8:
            j -= 1
    if 2 < j < end and toks[j].lower in ("was", "were", "is", "are", "had", "has", "have") and \
            toks[j - 1].lower in ("who", "which"):
        j -= 1  # ("who was not authorized ...")
    if 1 < j < end and toks[j].lower in ("who", "which") and toks[j - 1].text[:1].isalpha() \
            and toks[j - 1].lower not in _STOP:
        # "A municipal police officer who was not authorized to speak publicly told": the
        # one the relative clause describes
        inner = _phrase_left(text, toks, j)
        if inner is not None:
            return inner
    if j + 1 < end and toks[end].lower in ("it", "they"):
        j = end - 1  # "the 1,592 deaths it documented", "in what it says is solidarity": the
        # pronoun speaks, the words before it are the clause it is in
    start = j + 1
    if start > end and end >= 0 and toks[end].text == ",":
        # '"...," Ali Muse, coordinator of the ambulance service, told Reuters': the
        # speaker stands before an apposition
        c = next((k for k in range(end - 1, max(-1, end - 16), -1) if toks[k].text == ","),
                 None)
        if c is not None and (toks[c + 1 + (toks[c + 1].lower == "and")].lower.endswith("ing")
                              and toks[c + 1].text[:1].islower() or
                              any(t.lower in _CLAUSE_VERBS for t in toks[c + 1:end])):
            # "in Tuz Khurmato, killing four mourners, said", "northwest of Mogadishu, and
            # wounded three of his bodyguards, said": a clause, no aside
            c = None
        if c is not None and c > 3 and toks[c - 1].text == ")" and toks[c - 3].text == "(" \
                and toks[c - 2].text.isupper() and toks[c - 4].text[:1].isupper():
            c -= 3  # "The Ethiopian Human Rights Commission (EHRC), in a report ..., said":
            # the name before its acronym
        if c is not None and c > 0 and toks[c - 1].text[:1].isupper():
            j = c - 1
            # ("The Syrian Observatory for Human Rights, a UK-based war monitor, put")
            while j >= 0 and (toks[j].text[:1].isupper() and toks[j].lower not in _STOP or
                              toks[j].lower in _NAME_JOINTS and j > 0 and
                              toks[j - 1].text[:1].isupper() and toks[j + 1].text[:1].isupper()):
                j -= 1
            if j > 0 and toks[j].lower in ("in", "from", "at") and (
                    toks[j - 1].lower in _ORG_NOUNS or
                    # "Its coordinator in Komanda, Christophe Munyanderu, said": the
                    # coordinator, not his town
                    toks[j - 1].lower in _ROLE_NOUNS):
                # "A local elected official in Douentza, reached by phone, told": the official
                j -= 1
                while j >= 0 and toks[j].text[:1].isalpha() and toks[j].lower not in _STOP and \
                        c - j < 12:
                    j -= 1
            start, end = j + 1, c - 1
        elif c is not None and c > 0 and (toks[c - 1].lower in lexicon.PLACE_KINDS or
                                          toks[c - 1].lower == "capital") and \
                (named := _apposition(text, toks, end)) is not None and \
                gazetteer.lookup(named.surface):
            # "Lawyers in the capital, Addis Ababa, said": the place's name is no speaker
            # (but "A militia leader in the town, Babakura Kolo, said" is his)
            return _opening_subject(text, toks, end)
        elif c is not None and _apposition(text, toks, end) is not None:
            start, end = c + 1, end - 1  # "The UN mission, MINUSCA, had earlier given"
        elif c is not None and c > 0 and (toks[c - 1].lower in _ORG_NOUNS or
                                          toks[c - 1].lower in lexicon.VICTIM_NOUNS) and \
                not any(t.lower in lexicon.AFTER or t.lower in _CLAUSE_VERBS
                        for t in toks[c + 1:end]):
            # (not "Nine people, mostly children, are still unaccounted for, said the
            # president of the site": the figure's own clause, its speaker after the verb)
            # "The U.N. mission, known as UNMISS, initially said": the sentence's subject
            return _opening_subject(text, toks, end)
    if start > end:
        return None
    # "and" joins two sources ("security and medical officials"): keep it inside; a
    # dateline's dash is no part of the speaker ("KABUL (AFP) - Police said")
    while start <= end and (toks[start].lower in ("and", "but", "so", "then", "also") or
                            toks[start].text in ("-", "\u2013", "\u2014")):
        start += 1
    # "ST. LOUIS - St. Louis recorded": a dateline before its dash is no part of the subject
    dash = next((k for k in range(end, start - 1, -1)
                 if toks[k].text in ("-", "\u2013", "\u2014") and k > start and
                 toks[k - 1].text[:1].isupper()), None)
    if dash is not None and dash < end and toks[dash - 1].text.isupper():
        start = dash + 1
    # "Later on Thursday Starukh said": a day before the speaker is no part of him; "said
    # last week it had confirmed": nor a week
    while start < end and (toks[start].lower in lexicon.CALENDAR or toks[start].lower in (
            "last", "this", "week", "month", "year", "yesterday", "today")):
        start += 1
    if start > end:
        return None
    based = next((k for k in range(end - 1, start - 1, -1)
                  if toks[k].lower in _SEATED or toks[k].lower.rpartition("-")[2] in _SEATED
                  and "-" in toks[k].lower), None)
    if based is not None and not any(t.lower in ("of", "for", "in", "at")
                                     for t in toks[start:based]):
        # (not "the health ministry of the UN-backed Government of National Accord")
        # "the Norway-based group Iran Human Rights", "The U.S.-based Human Rights Activists
        # News Agency", "the state-funded Kenya National Commission": the body, not where it
        # sits or who pays for it
        k = based + 1
        if toks[k].lower in _BASED_NOUNS and k < end and toks[k + 1].text[:1].isupper():
            k += 1
        if toks[k].text[:1].isupper():
            start = k
    if start == end and toks[start].lower in ("a", "an", "the", "some", "this", "that"):
        return None  # "An estimated 233,000 people": no speaker
    if toks[start].lower in ("its", "their") and start > 0 and toks[start - 1].lower in SAY:
        return None  # "UNMISS said its peacekeepers had confirmed": UNMISS tells it
    if toks[end].lower in _EVENT_HEADS:
        return None  # "The explosion raised the death toll to 40": what killed, no speaker
    if any(t.lower in ("toll", "tally") for t in toks[start:end + 1]) and \
            not any(t.text[:1].isupper() for t in toks[start + 1:end + 1]):
        return None  # "A first toll released on Wednesday reported 18 dead": no one spoke
    span = Span.of(text, toks[start].start, toks[end].end)
    if span.surface.lower() in CARRIERS:
        return None
    if all(w.lower() in _CALENDAR for w in span.surface.split()):
        return None  # "the attacks on Monday and Tuesday put the number ...": no speaker
    return span


# where a body sits or who keeps it, before its name: "the London-based", "the state-funded"
_SEATED = frozenset("based funded backed run owned affiliated financed".split())
# what a body is called between where it sits and its name ("the London-based monitor X")
_BASED_NOUNS = frozenset("group monitor organisation organization watchdog body agency "
                         "ngo".split())
# what a sentence's subject is when the toll is the event's, not a speaker's
_EVENT_HEADS = frozenset("attack attacks strike strikes airstrike airstrikes explosion "
                         "explosions blast blasts bombing bombings clashes fighting shelling "
                         "raid raids violence ambush assault shooting shootings incident "
                         "crash collision fire earthquake quake flood floods storm "
                         "landslide stampede".split())


_CLAUSE_VERBS = frozenset("killed wounded injured died shot attacked abducted kidnapped "
                          "arrested fled".split())


# nouns that name a body or a person who speaks for one: "the health ministry in Gaza"
# bodies that speak: "the health ministry said", "police in the city said"
_BODIES = frozenset("ministry office police authorities department agency council command army "
                    "military".split())
_ORG_NOUNS = _BODIES | frozenset("officials official spokesman spokeswoman hospital "
                                 "administration doctor doctors mission commission "
                                 "embassy source sources elder elders resident residents "
                                 "witness witnesses officer officers commander commanders "
                                 "leader leaders chief spokesperson medic medics worker "
                                 "workers activist activists journalist journalists "
                                 "correspondent rebels militants insurgents separatists "
                                 "fighters group forces troops soldiers villagers "
                                 "survivors".split())
# people who speak for a place's body: "Its coordinator in Komanda, Christophe Munyanderu"
_ROLE_NOUNS = frozenset("coordinator director administrator mayor governor prefect chairman "
                        "chairwoman president head nurse representative delegate".split())
# words an opening subject cannot hold: verbs and casualty words of a clause
_NOT_SUBJECT = frozenset("killed dead died wounded injured were was is are had has have "
                         "when while after before because".split())


_DISCOURSE = frozenset("however meanwhile separately elsewhere earlier later still yet "
                       "moreover also besides nonetheless nevertheless instead".split())


def _opening_subject(text: str, toks: list[Token], comma: int) -> Span | None:
    """The noun phrase that opens the sentence before its first comma, when the clause
    between that comma and toks[comma] is an aside: "A security official, speaking on
    condition of anonymity, said", "A doctor at the hospital, who asked not to be named,
    said"."""
    opening = next((k + 1 for k in range(min(comma, 12)) if toks[k].text in
                    ("-", "\u2013", "\u2014") and k > 0 and toks[k - 1].text == ")"), 0)
    if opening + 2 < comma and toks[opening].lower in _DISCOURSE and \
            toks[opening + 1].text == ",":
        opening += 2  # "However, a police official, requesting anonymity, said"
    first = next((k for k in range(opening, comma) if toks[k].text == ","), None)
    last = first - 1 if first is not None else -1
    if last > 2 and toks[last].text == ")" and toks[last - 2].text == "(":
        last -= 3  # "The Kivu Security Tracker (KST), a respected monitor, put the toll"
    if first is None or not 1 <= first - opening <= 9 or last < opening or any(
            t.lower in _NOT_SUBJECT or t.lower in SAY or not t.text[:1].isalpha() and not (
                t.text == "." and k > 0 and _initial(toks[k - 1]))
            for k, t in enumerate(toks[opening:last + 1], opening)):
        return None  # ("BENGHAZI, Libya (Reuters) - A spokesman for ..., said": past the
        # dateline)
    return Span.of(text, toks[opening].start, toks[last].end)


def _apposition(text: str, toks: list[Token], comma: int) -> Span | None:
    """The capitalised name between two commas ending at toks[comma]: "resident, Bulama
    Kolo," -> "Bulama Kolo"."""
    j = comma - 1
    while j >= 0 and (toks[j].text[:1].isupper() and toks[j].text.replace("-", "").isalpha()
                      or toks[j].lower[:3] in ("al-", "el-") and comma - j > 1 or
                      # ("the Syrian Network for Human Rights": a name's own "for")
                      toks[j].lower in _NAME_JOINTS and j > 0 and comma - j > 1 and
                      toks[j - 1].text[:1].isupper() and toks[j + 1].text[:1].isupper()):
        j -= 1  # ("Milad al-Zwai")
    first = j + 1
    if j > 0 and toks[j].lower == "the" and comma - j > 2:
        j -= 1  # ", the Syrian Network for Human Rights,": a body's name
    if first > comma - 1 or j < 0 or toks[j].text != ",":
        return None
    return Span.of(text, toks[first].start, toks[comma - 1].end)


def _phrase_right(text: str, toks: list[Token], i: int) -> Span | None:
    """The phrase after "according to" / ", said": up to punctuation or a clause word."""
    j = i
    while j < len(toks) and j - i < 10:
        t = toks[j]
        if t.text == "." and j > i and (toks[j - 1].lower in lexicon.TITLE_ABBREVIATIONS or
                                        _initial(toks[j - 1])):
            j += 1  # "according to Lt. Mark Howard", "according to U.N. figures"
            continue
        if not (t.text[:1].isalpha() or t.text in ("-",)) or t.lower in (
            "who", "which", "that", "on", "in", "at", "told", "said", "as", "after", "when",
            "based", "since", "during", "between", "until", "through",
        ):
            break
        if t.lower == "by" and any(x.lower in _REPORT_NOUNS for x in toks[i:j]):
            # "according to a report released this week by the Pakistan Institute for
            # Conflict and Security Studies": the body that issued it
            issuer = _phrase_right(text, toks, j + 1)
            if issuer is not None and issuer.surface.split()[0].lower() in ("this", "our"):
                j -= j - 1 > i and toks[j - 1].lower.endswith("ed")
                break  # "Interior Ministry data reviewed by this outlet": the ministry's
            if issuer is not None:
                return issuer
        j += 1
    if j == i:
        return None
    first = i + (toks[i].lower in ("a", "an") and j - i > 2)
    if j - first == 2 and toks[first].lower in CARRIERS and toks[j - 1].lower in _DATA_WORDS:
        # "according to an AFP tally": the agency's own count, which it tells
        return Span.of(text, toks[first].start, toks[j - 1].end)
    cut = j - 1 > i and toks[j - 1].lower in _DATA_WORDS
    while j - 1 > i and toks[j - 1].lower in _DATA_WORDS and not (
            j - 2 == i and toks[i].lower in ("the", "these", "those", "official", "new")):
        j -= 1  # "according to U.N. figures": the U.N. (but "the figures" are the figures)
    end = toks[j - 1].end
    if cut and text[toks[i].start:end].endswith(("'s", "\u2019s")):
        end -= 2  # "according to the health ministry's figures"
    span = Span.of(text, toks[i].start, end)
    if span.surface.lower() in CHANNELS:
        return None  # ', told Reuters': the channel
    return span


def _issued_by(text: str, toks: list[Token], i: int) -> Span | None:
    """The body that issued the figures a "show" at token i has as subject: "Figures
    published by the Office for National Statistics last month showed" (its name, capitals
    and the small words inside them)."""
    by = next((k for k in range(i - 1, max(1, i - 16), -1)
               if toks[k].lower == "by" and toks[k - 1].lower in _ISSUED and
               toks[k - 2].lower in _DATA_WORDS), None)
    if by is None:
        return None
    k = by + 1 + (toks[by + 1].lower == "the")
    end = k
    while end < i and (toks[end].text[:1].isupper() or
                       toks[end].lower in ("of", "for", "and", "on") and end + 1 < i and
                       toks[end + 1].text[:1].isupper()):
        end += 1
    return Span.of(text, toks[by + 1].start, toks[end - 1].end) if end > k else None


_ISSUED = frozenset("published released issued compiled".split())
_DATA_WORDS = frozenset("figures data estimates statistics tallies tally count counts".split())
_REPORT_NOUNS = frozenset("report reports study survey statement tally count figures data "
                          "statistics bulletin update".split())


class Resolver:
    """Resolves "it", "the group" and short names against sources named earlier."""

    def __init__(self) -> None:
        self.orgs: list[Source] = []  # capitalised sources, most recent last
        self.people: list[Source] = []
        self.last: Source | None = None  # the last source named, of any kind

    def resolve(self, a: Attribution) -> Source | None:
        """The source an attribution stands for; None when a pronoun has no antecedent."""
        name = a.source.name
        low = a.source.span.surface.lower()
        if low in ("the same source", "the same sources", "the same official",
                   "the same officials"):
            # "Two soldiers were also killed, according to the same source": the one just told
            return Source(self.last.name, a.source.span) if self.last is not None else None
        found = self._resolve(a, name, low)
        if found is not None:
            self.last = found
        return found

    def _resolve(self, a: Attribution, name: str, low: str) -> Source | None:
        if a.pronoun:
            pool = self.people if low in _PRONOUN_PERSON else self.orgs
            if not pool:
                # (a description keeps its own words: "The rights group said")
                return a.source if low in _DESCRIBED_ORG else None
            # ("the monitor said" after the Observatory and a ministry: the body of that
            # kind told last, else the last body told)
            head = low.split()[-1]
            kind = next((o for o in reversed(pool) if any(
                w in o.name.lower().split() for w in _KIND_NAMES.get(head, ()))), None)
            return Source((kind or pool[-1]).name, a.source.span)
        # "the Observatory" after "the Syrian Observatory for Human Rights": the full name.
        for prev in reversed(self.orgs):
            if name != prev.name and len(name.split()) <= 2 and name.split()[-1] in prev.name \
                    and name[:1].isupper():
                return Source(prev.name, a.source.span)
        self.note(a.source)
        return a.source

    def note(self, s: Source) -> None:
        words = s.name.split()
        if s.name.lower() in ("we", "i", "you", "they", "us", "one", "this", "that"):
            return
        if words and words[0].lower() in ("a", "an", "one"):
            # "a source close to X" is no antecedent for "the group", but "A police colonel
            # said ... He said" is one for "he" (and "A Defense Ministry spokesman in Kabul")
            head = _before_base(words)[-1].lower()
            if head in _ROLES or head in ("source", "medic", "nurse", "elder", "leader"):
                self.people.append(s)
            return
        caps = sum(1 for w in words if w[:1].isupper())
        if caps >= 2 or (words and words[0][:1].isupper() and len(words) == 1):
            if _looks_like_person(s.name):
                self.people.append(s)
            else:
                self.orgs.append(s)
        elif words and words[-1].lower() in ("official", "spokesman", "spokeswoman", "source",
                                             "director", "minister", "governor", "chief"):
            self.people.append(s)
        elif words and words[-1].lower() in _ORG_HEADS:
            self.orgs.append(s)  # "the health ministry said ... it said"


def _before_base(words: list[str]) -> list[str]:
    """The words before where a teller is based: "A Defense Ministry spokesman in Kabul"."""
    at = next((i for i, w in enumerate(words) if i > 1 and w.lower() in ("in", "at")), None)
    if at is not None and words[at - 1].lower() == "based":
        at -= 1
    return words[:at] if at else words


_ORG_HEADS = _BODIES | frozenset("government coalition committee observatory monitor".split())
_ROLES = frozenset(
    "director spokesman spokeswoman spokesperson activist official minister governor chief "
    "commander head president mayor resident witness doctor captain colonel general "
    "lieutenant sergeant officer secretary ambassador envoy analyst researcher".split()
)


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if any(w.lower() in _ROLES for w in words) and sum(w[:1].isupper() for w in words) >= 2:
        return True
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.lower().strip(".,") in _ORG_WORDS for w in words)


# words of an organisation's name, never a person's: "the Gezira Conference said ... It said"
_ORG_WORDS = frozenset(
    "observatory ministry council coalition army police agency office committee organisation "
    "organization group network forces department human rights nations red cross crescent "
    "media tv television conference command commission authority authorities service "
    "services institute foundation association union front movement party brigade brigades "
    "center centre court bureau federation alliance league mission directorate administration "
    "secretariat tribunal corps guard militia hospital university fund programme program "
    "project watch international".split())
