"""Article in, claims out: the one library call every door uses.

The chain, in order (each a plain function of the module named):

  read.text / read.html      bytes or markup -> Article (comments cut) | Rejection
  extract.sentences.split    Article.text -> sentences with offsets
  extract.claims.mentions    sentence -> casualty mentions (number grammar inside)
  extract.sources            sentence -> attributions, resolved across the article
  extract.places             article -> geocoded place mentions, the main place
  extract.dates              sentence -> dates resolved against Article.published
  scope_of                   mention -> event | area_total | cumulative
  merge                      mentions of one figure stated twice -> one Claim
  totals                     claims -> per-outcome low/best/high (policy below)

Totals policy (per outcome, over event-scope claims; documented in the README):
- a claim that is part of another (part_of) is never added;
- claims are grouped by victims (named actor, or type when no actor; "soldiers" and
  "troops" are one group); within a group, competing figures from different sources or
  statements are never added: best = the highest best, low = the lowest low, high = the
  highest bound (best where unbounded);
- different groups are added ("one civilian and six assailants" = 7);
- figures about unstated "people" overlap the named groups: the total is the larger of
  the named groups' sum and the largest unstated figure;
- a "was shot" wounded figure is dropped when the same number of people are counted as
  killed (they were shot dead, not wounded).
"""

from __future__ import annotations

import functools
import re
import time
from datetime import date, timedelta

from . import config, gazetteer
from .budget import OverBudget, Watchdog
from .errors import TollbookError
from .extract import claims as claim_grammar
from .extract import dates as date_grammar
from .extract import lexicon, numbers
from .extract import places as place_finder
from .extract import sentences as sentence_splitter
from .extract import sources as source_finder
from .extract.claims import Mention
from .extract.numbers import UNITS
from .model import (
    PRECISION_RANK,
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
    Rejection,
    Scope,
    Source,
    Span,
    Tally,
    Victims,
    VictimType,
    distance_km,
    replace,
)

VERSION = "claims-39"  # bump when extraction behaviour changes: stored results name it
_CONFIGURED = -1.0  # run(seconds=...) default: limits.seconds_per_article of the settings

_AREA = re.compile(
    # the sum of several attacks: "carried out three attacks in Baluchistan on Thursday,
    # killing a total of 13"
    r"(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+"
    r"(?:separate\s+|coordinated\s+|simultaneous\s+)?(?:attacks|bombings|blasts|explosions|"
    r"raids|ambushes|shootings|assaults)\b[^.;]{0,80}?\b(?:a\s+total\s+of|in\s+all|"
    r"altogether)\b)|"
    # a closed period's toll: "130 civilians were killed and 412 injured in October alone"
    r"\b(?i:in\s+(?:january|february|march|april|june|july|august|september|october|november|"
    r"december|may)\s+alone)\b|"
    # a whole past year's: "compared with all of 2017, when officers shot 10 people"
    r"\b(?i:all\s+of\s+(?:19|20)\d\d)\b|"
    r"\b(?i:throughout|across|around|all over)\s+(?:the\s+)?(?:country|nation|province|region)\b|"
    # a day's toll of many strikes: "killed 40 people over the past 24 hours"
    r"\b(?P<hours>(?i:in|over|during)\s+the\s+(?:past|last|previous|preceding)\s+"
    r"(?:(?:24|48|72)\s+hours|day))\b|"
    # many places at once: "air strikes in 11 provinces", "across several districts"
    r"\b(?i:in|across)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|multiple|a\s+dozen)\s+(?i:provinces|districts|regions|states|governorates|"
    r"counties)\b|"
    # (not one place's features: "operations on hideouts across the Hamrin mountains")
    # (nor "across the Dnipro River from the ... plant": a landmark's other bank)
    r"\b(?:[Tt]hroughout|[Aa]cross|[Aa]ll over)\s+(?:the\s+)?[A-Z][a-z]+\b(?!\s+(?i:mountains?|"
    r"hills?|valley|desert|river|plains?|forest|border|lake|road|highway)\b)|"
    # (not background: "..., as a wave of violence entered its seventh week", "amid a wave of")
    r"\b(?i:nationwide|countrywide)\b|(?<!\bas a )(?<!\bamid a )(?<!\bamid )"
    r"\b(?:wave|series|string|spate)\s+of\s+(?:\w+\s+)?"
    r"(?:attacks|bombings|violence|explosions|blasts|shootings)|"
    r"\bin\s+separate\s+(?:attacks|incidents)|\bsurrounding\s+areas\b|"
    # several incidents counted together: "wounded in three separate shootings",
    # "in shootings across the city", "82 shooting incidents which left 95 wounded"
    r"(?i:\b(?:in|during|from)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|"
    r"multiple|numerous|a\s+pair\s+of|a\s+number\s+of|\d+)\s+)?(?:separate\s+|different\s+|"
    r"unrelated\s+|previous\s+|prior\s+|earlier\s+)?(?:shootings|shooting\s+incidents|"
    r"incidents|attacks|stabbings)\b|"
    r"\bseparate\s+(?:shootings|shooting\s+incidents|incidents)\b|"
    r"\b(?:across|around|throughout)\s+the\s+city\b|\bcitywide\b|"
    r"\b(?:in|during|from)\s+both\s+(?:[\w-]+\s+){0,2}?(?:shootings|incidents|attacks|"
    r"robberies|carjackings|jackings|cases)\b|"
    # "shot at different locations", "in separate locations", "in different areas of"
    r"\b(?:in|at)\s+(?:separate|different|various|two|three|several|multiple)\s+"
    r"(?:locations|places|areas|parts|neighborhoods|neighbourhoods|spots|scenes)\b|"
    r"\bunrelated\s+(?:shootings|incidents|attacks)\b|\bshooting\s+incidents\b|"
    r"\bacross\s+(?:both|all|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+"
    r"(?:related\s+)?(?:attacks|incidents|blasts|bombings|explosions|shootings|assaults|"
    r"raids|clashes)\b|\bbetween\s+this\s+(?:incident|attack|bombing|blast)\s+and\b|"
    r"\bseparate\s+(?:[\w-]+\s+){1,4}?(?:shootings|incidents|attacks|accidents)\b|"
    r"(?<!one of the )\b(?:two|three|four|five|several|multiple|\w+day|night|weekend|overnight)"
    r"\s+(?:[\w-]+\s+)?shootings\b|"
    r"\b(?:violent|bloody|deadly)\s+(?:holiday\s+)?(?:weekend|week|night|month|stretch)\b"
    r"(?!\s+(?:shooting|attack|stabbing|incident|crash|fire|bombing|raid))|"
    r"\b(?:weekend|week|night|day|spate|rash|string)\s+of\s+(?:\w+\s+)?(?:violence|"
    r"shootings|bloodshed|gunfire)\b|"
    r"\b\d+\s+(?:shootings|shooting\s+incidents|homicides)\b)",
)
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset|uprising|conflict|war|"
    r"insurgency|revolt|revolution|fighting|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|"
    r"dec|(?:19|20)\d\d|it\s+began|then)\b|"
    # "since the 26th of January", "since the tenth of May" (said, not written)
    r"\bsince\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b|"
    # "since Russia's full-scale invasion", "since the 2011 uprising"
    r"\bsince\s+(?:[\w'\u2019-]+\s+){1,3}(?:invasion|war|conflict|uprising|insurgency|"
    r"offensive|occupation|coup|revolution)\b|"
    # ("so far" alone is a toll still counted: "We have so far counted 16 dead")
    r"\bso\s+far\s+(?:this|in)\b|\bto\s+date\b|\bthis\s+(?:year|month)\s+alone\b|"
    # "compared with 31 at the same point last year": a tally to the same day of a year
    + date_grammar.SAME_POINT + r"|"
    # a tally up to a day: "Through Friday, 14 people had been killed ... this month"
    r"\bthrough\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b"
    r"[^.;]{0,120}?\bthis\s+(?:year|month)\b|"
    # a tally counted up to a day: "Police counted 298 victims of nonfatal shootings through
    # June 30"
    r"\b(?:counted|recorded|registered|tallied|documented)\b[^.;]{0,80}?\bthrough\s+"
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    # "Since 8 October, Israeli attacks have killed"
    r"\bsince\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?:\s+\d{1,2})?\b|"
    # a month's toll still counted: "174 civilians have been killed in May alone" (not "were
    # killed in October alone": a closed period, an area total)
    r"\b(?:has|have)\s[^.;]{0,80}\bin\s+(?:january|february|march|april|june|july|august|"
    r"september|october|november|december|may)\s+alone\b|"
    # (not "We have so far counted 16 dead": one attack's dead still being counted)
    r"\b(?:has|have)\s+so\s+far\s+(?:killed|claimed|left|displaced|abducted|documented|"
    r"recorded|verified|registered)\b|"
    # "had killed at least 397 people in the six months since the takeover"
    r"\bin\s+the\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|years)\s+since\b|"
    # a year's toll: "Attacks in the region killed more than 600 civilians last year"
    r"\b(?:killed|claimed|left)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|"
    r"almost\s+|about\s+|some\s+|around\s+)?\d[\d,]{2,}\b[^.;]{0,50}?\b(?:last|this)\s+year\b|"
    # "since the coalition intervened in March 2015", "since the army seized power"
    r"\bsince\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,6}?(?:intervened|invaded|began|started|"
    r"intensified|escalated|resumed|flared(?:\s+up)?|declared|imposed|"
    r"erupted|broke\s+out|took\s+(?:power|over)|seized\s+power|launched|collapsed|ended|"
    r"(?:was|were)\s+(?:formed|created|founded|established|signed))\b|"
    # "since the army ousted Morsi in July 2013", "since the abduction of 276 schoolgirls
    # from Chibok in April 2014": a running toll from the day a clause names
    r"\bsince\s+(?:the\s+)?(?:(?!(?:killed|died|shot|murdered|wounded|injured)\b)"
    r"[\w'\u2019-]+\s+){1,8}?in\s+(?:(?:early|late|mid)[- ]?)?"
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+)?(?:19|20)\d\d\b|"
    # "Since Kherson's liberation a year ago", "since the town's recapture last year": a
    # running toll from that day
    r"\bsince\s+(?:[\w'\u2019-]+\s+){1,4}?(?:last|this)\s+(?:year|month|week|spring|summer|"
    r"autumn|fall|winter)\b|"
    r"\bsince\s+(?:[\w'\u2019-]+\s+){1,4}?(?:a|an|one|two|three|four|five|six|\d+)\s+"
    r"(?:years?|months?|weeks?)\s+ago\b|"
    # a war's whole toll: "The civil war, which ended in 2018, killed nearly 400,000 people"
    r"\b(?:war|conflict|insurgency|genocide)\b[^.;]{0,80}?\b(?:killed|left|claimed)\s+"
    r"(?:(?:more\s+than|nearly|about|some|over|at\s+least|an\s+estimated|around|almost)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+\s+(?:thousand|million)|(?:tens|hundreds)\s+of\s+thousands)\b|"
    # an ongoing campaign's toll in thousands: "Russia's full-scale invasion has killed more
    # than 10,000 civilians", "more than 10,000 civilians have been killed in the war"
    r"\b(?:invasion|offensive|occupation|siege|bombardment|operations?|campaign|war)\b"
    r"[^.;]{0,80}?\b(?:has|have)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:killed|left|claimed)\s+"
    r"(?:(?:more\s+than|nearly|about|some|over|at\s+least|an\s+estimated|around|almost)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+\s+(?:thousand|million))\b|"
    r"\b\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,3}?(?:have|has)\s+been\s+(?:killed|wounded|"
    r"injured|displaced)\b[^.;]{0,60}?\b(?:the|this)\s+(?:war|conflict|invasion|offensive|"
    r"insurgency)\b|"
    # "since a cross-border attack by Hamas on Oct. 7": a running toll from that day
    r"\bsince\s+(?:[\w'\u2019-]+\s+){1,8}?on\s+(?:jan|feb|march|april|may|june|july|aug|"
    r"sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    # "since early December", "since mid-2019"
    r"\bsince\s+(?:early|late|mid)[- ]?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|(?:19|20)\d\d)\b|"
    # "had verified 18,500 civilians injured as of November 19": a tally to a day
    r"\b(?:verified|recorded|documented|counted|confirmed|registered|tally|total|toll)\b"
    r"[^.;]{0,80}\bas\s+of\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|(?:19|20)\d\d)\b|"
    # a past war's toll: "Some 13,000 people were killed in the 1998-99 war", "decades of
    # conflict in which more than 260,000 people died"
    r"\bin\s+the\s+(?:19|20)\d\d(?:-(?:\d\d){1,2})?\s+(?:civil\s+)?(?:war|conflict|"
    r"insurgency|genocide)\b|\b(?:war|conflict|insurgency)\s+in\s+which\b|"
    # "More than 175 people have been killed ... in the violence so far" (not "in the
    # attack so far": one attack's dead, still being counted)
    r"\b(?:has|have)\s+been\s+(?:killed|wounded|injured|displaced)\b[^.;]{0,80}?\b(?:violence|"
    r"conflict|unrest|clashes|fighting|war|insurgency)\s+so\s+far\b|"
    # "Jihadist violence that spilled over from neighbouring Mali in 2015 has killed ..."
    r"\b(?:war|conflict|insurgency|violence|fighting|rebellion)\s+(?:that|which)\s+"
    r"[^.;]{0,80}?\b(?:has|have)\s+(?:so\s+far\s+|now\s+)?(?:killed|claimed|left|"
    r"displaced)\b|"
    r"\b(?:war|conflict|insurgency|uprising|violence|campaign|rebellion|crisis)(?:\s+in\s+"
    r"(?:[A-Z][\w'\u2019-]*\s?){1,4})?(?:,[^;.]{1,100}?,)?\s+(?:that\s+|which\s+)?"
    r"(?:has|have)\s+(?:so\s+far\s+)?(?:killed|claimed|left|displaced|forced)|"
    r"\bin\s+total\b|\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|"
    r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+"
    r"(?:\w+\s+)?(?:years|decades|months)\b|"
    # running tallies: "18 people have been killed this year", "year-to-date homicide
    # totals", "our count of gunshot victims this month", "the same period last year"
    r"\b(?:killed|dead|died|deaths|wounded|injured|shot|homicides|murders|victims)\s+"
    r"(?:(?:so\s+far|in\s+the\s+city|citywide|in\s+(?:[A-Z][\w.'\u2019]*\s+){1,5})\s*)?"
    r"this\s+(?:year|month)\b|"
    # (not "a decrease of 3.9% compared with the same period the year before": the count
    # compared with, not the figure's scope)
    r"\byear[- ]to[- ]date\b|(?<!compared with the )(?<!compared to the )(?<!than the )"
    r"(?<!than in the )\bsame\s+period\b|"
    # "Officers have shot and killed six people this year", "have shot 11 people in 2018"
    r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:shot|killed|wounded|injured|died|murdered|"
    r"slain)\b(?:\s+and\s+(?:killed|wounded|injured))?[^.;]{0,60}?\b(?:this\s+(?:year|month)|"
    r"in\s+(?:19|20)\d\d)\b|"
    r"\bin\s+recent\s+(?:days|weeks|months|years)\b|"
    # (not "bringing the toll to five", "bringing the death toll from the raid to 23": the
    # incident's toll, revised)
    r"\bbringing\s+(?:the|its|this|their)\s+(?:[\w-]+\s+){0,3}(?:total|tally|count)\b|"
    r"\bbringing\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}toll\b|"
    r"\bbringing\b[^.;]{0,60}?\bthis\s+(?:year|month)\b|"
    # "brought the city's homicide count to 195 for the year"
    r"\b(?:bringing|brought|brings)\b[^.;]{0,80}?\bfor\s+the\s+year\b|"
    r"\b(?:two|three|four|five|six|seven|\d+)-day\s+(?:total|tally|toll|count)\b|"
    # a whole campaign's: "During NATO's 78-day air campaign, about 850,000 Albanians fled"
    r"\b(?:during|over|throughout)\s+(?:[\w'\u2019-]+\s+){0,3}?\d+-(?:day|week|month|year)\s+"
    r"(?:[\w-]+\s+)?(?:campaign|war|offensive|conflict|siege|occupation|bombardment)\b|"
    # a place's run of killings: "which has seen four people killed in less than a week"
    r"\b(?:has|have)\s+(?:now\s+)?seen\s+(?:\w+\s+){0,3}?(?:killed|dead|shot|wounded|"
    r"injured|homicides|murders|shootings)\b|"
    r"\bin\s+(?:less|fewer)\s+than\s+(?:a|one|two|three|four|\d+)\s+(?:days|weeks?|"
    r"months?)\b|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+|two\s+|three\s+|"
    r"\d+\s+)?(?:days|weeks?|months?)\b|"
    r"\b(?:victim|homicide|weekend|monthly|yearly|annual|running|overall)\s+(?:\w+\s+)?"
    r"(?:total|tally|count)\b|\b(?:our|the)\s+(?:latest\s+)?count\s+of\b|"
    # many attacks over a stretch: "have carried out similar attacks in the capital this
    # month, killing more than 100 people"
    r"\b(?:similar|several|repeated|multiple|numerous|series\s+of|spate\s+of|wave\s+of)\s+"
    r"(?:\w+\s+)?(?:attacks|bombings|shootings|raids|strikes|airstrikes|assaults)\b"
    r"[^.;]{0,60}?\bthis\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
_GROUP_KEYS = {
    "troops": "soldiers", "soldier": "soldiers", "servicemen": "soldiers", "army": "soldiers",
    "serviceman": "soldiers", "trooper": "soldiers", "troopers": "soldiers",
    "jawan": "soldiers", "jawans": "soldiers", "sepoy": "soldiers", "sepoys": "soldiers",
    "officer": "police", "officers": "police", "policemen": "police",
    # One article's non-state fighters go by many names ("rebels" to a monitor,
    # "terrorists" to the army): competing figures for one group, never added.
    "militant": "militants", "insurgents": "militants", "insurgent": "militants",
    "jihadists": "militants", "jihadist": "militants", "terrorists": "militants",
    "terrorist": "militants", "extremists": "militants", "rebels": "militants",
    "rebel": "militants", "gunmen": "militants", "gunman": "militants",
    "assailants": "militants", "assailant": "militants", "attackers": "militants",
    "attacker": "militants", "bombers": "militants", "bomber": "militants",
    "suicide bombers": "militants", "suicide bomber": "militants",
    "perpetrators": "militants", "perpetrator": "militants",
    "maoists": "militants", "maoist": "militants", "naxals": "militants", "naxal": "militants",
    "naxalites": "militants", "naxalite": "militants",
    "civilian": "civilians",
    # ("2 teens dead after shooting" over "Two teenagers were killed": the same two)
    "teenagers": "teens", "teenager": "teens", "teen": "teens",
    # ("three teenagers were taken into custody ... three males, ages 16, 17 and 18, were
    # arrested": police words for men and women)
    "males": "men", "male": "men", "females": "women", "female": "women",
}


def extract(article: Article, *, deadline: float | None = None) -> Extraction:
    """Every casualty claim in an article, with its totals.

    `deadline` is a time.monotonic() value after which extraction stops with E112.
    """
    text = article.text
    pub = article.published

    def budget(what: str) -> None:
        # Checked after every stage, not only per sentence: one 5 MB sentence or a
        # slow whole-text stage used to run the budget over with nothing noticing.
        if deadline is not None and time.monotonic() > deadline:
            raise TollbookError("E112", f"{len(raw)} mentions read, stopped after {what}")

    raw: list[tuple[Mention, Source | None, Place | None, DateRange, Scope, int | None]] = []
    sents = sentence_splitter.split(text)
    found_places = _not_homes(text, [p for p in place_finder.find_places(text)
                                     if not _border(text, p) and not _teller_named(text, p) and
                                     not source_finder.labels_speaker(text, p.span)])
    # the places of datelines ("BEIRUT (AFP) -"), decided once: where the reporter files
    # from, not where the figures are when the story names another place
    datelines = {p.span.start for p in found_places
                 if place_finder.dateline_at(text, p.span.start, p.span.end)}
    budget("places")
    # Casualty mentions first: the main place is looked for where they are (and in the
    # lead), so a capital named once about something else does not become every figure's
    # place ("a protest in the capital Bamako" in a story about camps near the border).
    mentions_of = {}
    before: list[Mention] = []
    last_of: dict[Outcome, Mention] = {}  # the last whole figure told of each fate
    for s in sents:
        # ("Gunmen abducted 9 soldiers ... They later killed them")
        ms = claim_grammar.with_killed_them(text, s, claim_grammar.mentions(text, s), before)
        for m in ms:
            told = last_of.get(m.outcome)
            if m.put_for_told and told is not None and m.victims.actor is None:
                # "Troops arrested 17 Palestinians ... The Prisoners Club put the number at
                # 21": the same people, by another count
                m.victims = told.victims
            if m.parent is None:
                last_of[m.outcome] = m
        mentions_of[s.start] = _outside_furniture(text, s, ms) if ms else ms
        before = ms
        budget("claims")
    _drop_accidents(text, sents, mentions_of)
    _drop_animals(text, mentions_of)
    # places by sentence, once (a country acting, "offered by Turkey", is no place of it)
    places_in = [[_governors(text, p) for p in found_places
                  if s.start <= p.span.start < s.end and
                  not _agent_place(text, p) and not _destination(text, p) and
                  not _speaker_base(text, p, s.end) and not _jurisdiction(text, p) and
                  not _whose_people(text, p) and not _VENUE.search(
                      text, max(0, p.span.start - 30), p.span.start)]
                 for s in sents]
    with_figures = [(s.start, s.end) for s in sents if mentions_of[s.start]]
    town_names = {p.span.surface for p in found_places
                  if p.span is not None and p.precision == PlacePrecision.TOWN}
    # (a far destination of the wounded is no place of the story either)
    bases = {p.span.start for p in found_places if _FLOWN_TO.search(
        text, max(0, p.span.start - 60), p.span.start)}
    near = [p for p in found_places if (p.span.start < _LEAD_CHARS or any(
        a <= p.span.start < b for a, b in with_figures)) and p.span.start not in datelines
        and p.span.start not in bases and not _own_base(text, p) and
        not _on_the_road(text, p)]
    # ("Separately, police said two policemen were shot dead in Dera Ismail Khan": another
    # incident's town is not the article's)
    apart = [(s.start, s.end) for s in sents if _SEPARATE.match(text, s.start, s.end)]
    near = [p for p in near if not any(a <= p.span.start < b for a, b in apart)]
    if not any(place_finder.listed(p) for p in near):
        near = []  # (a village the gazetteer lacks, alone in the lead: the story's places
        # at large say which is its main one)
    main = place_finder.main_place(text, near or [
        p for p in found_places if not any(a <= p.span.start < b for a, b in apart)])
    country_place = _country_of(main)
    # a world roundup's sections, each opened by its own country's dateline ("PAKISTAN -
    # ...", "SENEGAL - ..."): a sentence's place falls back on its section's, not the story's
    # main place
    section_marks = sorted((p for p in found_places if p.span.start in datelines and
                            p.span.surface.isupper()), key=lambda p: p.span.start)
    if len({p.country for p in section_marks}) < 2:
        section_marks = []  # (one country's datelines told twice open no sections)
    dates_of = _sentence_dates(text, pub, country_place.country if country_place else None)
    # read once, and only if a figure has no date of its own (it reads every sentence's days)
    first_event_date = functools.cache(lambda: _first_event_date(sents, dates_of, pub, text))
    resolver = source_finder.Resolver()
    resolved_of = []
    for s in sents:
        resolved_of.append([(a, resolver.resolve(a)) for a in source_finder.in_sentence(text, s)])
        budget("sources")
    last_whole = None  # the victims of the last figure told: "20 others" are more of them
    last_named = None  # the last named armed group counted: "members" with no group are its
    for si, s in enumerate(sents):
        budget("a sentence")
        ms = mentions_of[s.start]
        if ms and _no_foul_play(text, sents, si):
            # "A 78-year-old woman was found deceased in her home. Foul play is not
            # suspected.": a death, not a killing (parents are indices: keep a prefix)
            keep = next((i for i, m in enumerate(ms) if m.outcome == Outcome.KILLED), len(ms))
            ms = ms[:keep]
        if any(m.of_those for m in ms) and all(m.parent is None for m in ms):
            ms = _of_those(ms, raw)
        if not ms:
            continue
        resolved = resolved_of[si] or _quote_speaker(text, sents, si, resolved_of)
        if not any(src is not None for _, src in resolved) and \
                (label := source_finder.speaker_label(text, s)) is not None:
            # "RANGEL: ... fourteen people killed": a transcript's speaker tells his line
            resolved = [(label, resolver.resolve(label))]
        base = len(raw)
        # neither a dateline nor a landmark ("near Tarmiya, 50 km north of Baghdad") is a
        # figure's place when the sentence names another
        marks = [p for p in places_in[si] if _landmark(text, p, places_in[si])]
        # (and the division told after one: "across the border from Laredo, Texas")
        marks += [p for p in places_in[si] for q in marks
                  if re.fullmatch(r",\s*", text[q.span.end:p.span.start])]
        sent_places = [p for p in places_in[si] if p.span.start not in datelines and
                       not any(p is q for q in marks)] or places_in[si]
        # (a town told only as a distance from it locates its province, not the event)
        sent_places = [place_finder.province_around(p) or p if _only_landmark(text, p) and
                       p.precision == PlacePrecision.TOWN else p for p in sent_places]
        sent_dates = [d for d in dates_of(s) if not _report_date(text, d)]
        stretches = [d for d in sent_dates if date_grammar.stretch(d)]
        sent_dates = [d for d in sent_dates if d not in stretches]
        budget("dates")
        ms = _inherit_victims(ms, last_named, last_whole, text)
        last_sentence = raw[-1][0].sentence.start if raw else -1
        sent_scope = _scope(text, s, ms)  # (the sentence's words decide: once a sentence)
        if sent_scope == Scope.EVENT and not sent_dates and any(m.figure.stated for m in ms) \
                and _REPORT_PERIOD.search(text, s.start, s.end):
            # "UNAMA documented 98 civilians killed during the reporting period": the sum of
            # what a report counted over its stretch (not "during the period: on 18 May,
            # eight Palestinians were killed", an incident of it with its day, nor "The only
            # fatality recorded during the period was a crew member")
            sent_scope = Scope.AREA_TOTAL
        run_before = None
        continued = False  # (the running toll told just before goes on: so does its teller)
        if sent_scope == Scope.EVENT and si > 0 and not sent_dates and (
                _PERFECT_TOLL.search(text, s.start, s.end) or not sent_places and
                _TOLL_STANDS.search(text, s.start, s.end)):
            # "The insurgency has killed more than 7,000 people since 2004. More than 13,000
            # have been injured.": more of the running toll told just before
            prev_runs = [r for r in raw if r[0].sentence.start == sents[si - 1].start]
            if prev_runs and all(r[4] == Scope.CUMULATIVE for r in prev_runs):
                sent_scope, run_before = Scope.CUMULATIVE, prev_runs[-1][3]
                continued = True
        if sent_scope == Scope.EVENT and raw and not sent_places and \
                _RIVAL_TOLL.search(text, s.start, s.end):
            # "The Iran Human Rights group said at least 214 protesters have been killed since
            # ... HRANA gave a higher toll of 231": another teller's count of the running toll
            # told before, for its window
            rival = [r for r in raw if r[0].outcome in {m.outcome for m in ms}]
            if rival and rival[-1][4] == Scope.CUMULATIVE:
                sent_scope, run_before = Scope.CUMULATIVE, rival[-1][3]
        if sent_scope == Scope.EVENT and si > 0 and all(
                m.parent is None and _OF_THOSE.match(text, m.figure.span.end) for m in ms):
            # "It was the sixth shooting involving officers this year. Four of those people
            # have died.": some of the running toll told just before
            prev = sents[si - 1]
            if _CUMULATIVE.search(text, prev.start, prev.end) or \
                    _RUNNING.search(text, prev.start, prev.end):
                sent_scope = Scope.CUMULATIVE
            elif _AREA.search(text, prev.start, prev.end):
                sent_scope = Scope.AREA_TOTAL
        sent_region = _region_told(text, places_in, sents, si, main)  # (the sentence's words)
        if not resolved and (sent_scope == Scope.EVENT or continued):
            # (a running toll or an area's told with no teller is the narrator's)
            resolved = _told_before(text, sents, si, resolved_of)
        if not resolved:
            resolved = _list_teller(text, sents, si, resolved_of)
        section = next((p for p in reversed(section_marks) if p.span.start < s.end), None)
        floor = next((k for k in range(si, -1, -1) if sents[k].start <= section.span.start),
                     0) if section is not None else 0
        home, home_country = (section, _country_of(section)) if section is not None else (
            main, country_place)
        for n, m in enumerate(ms):
            if m.victims.actor and m.victims.type == VictimType.COMBATANTS:
                last_named = m.victims
            if m.parent is None and not m.extra and m.figure.stated and m.victims.span:
                last_whole = m.victims
            src = _nearest_source(m, resolved)
            if src is not None and (any(
                    p.span is not None and p.span.end == src.span.end and (
                        p.span.start == src.span.start or
                        # ("The Eastern Cape recorded 1,134 murders")
                        text[src.span.start:p.span.start].lower() == "the ")
                    for p in sent_places) or
                    _COUNTING_BODY.fullmatch(src.name) or
                    # (a town the story names elsewhere: "ROCKFORD - ... Rockford recorded 22
                    # homicides in 2012, according to police")
                    src.span.surface in town_names) and \
                    src.span.end <= m.start and any(
                        # (and of the parts told after: "with the Nelson Mandela Bay metro
                        # accounting for 289 of those")
                        src.span.end <= k.start and
                        _TOWN_COUNTS.match(text, src.span.end, k.start) for k in ms[:n + 1]):
                # "Baltimore has recorded 41 homicides": the town counts, no one says (but
                # "Fresno recorded 74 homicides ..., the department said": the department)
                town = src
                src = _nearest_source(m, [(a, x) for a, x in resolved if x is not town])
            scope = sent_scope
            if scope == Scope.CUMULATIVE and (
                    b := _BRINGING.search(text, s.start, s.end)) is not None and \
                    m.end <= b.start() and not _CUMULATIVE.search(text, s.start, b.start()):
                # "Police killed two men on Sunday, bringing the number killed by police this
                # year to 45": the running toll is the bringing clause's, the two an event
                # (or an area's day: "41 Palestinians were killed across the Gaza Strip on
                # Wednesday, bringing to 632 the number killed since ...")
                scope = Scope.AREA_TOTAL if _AREA.search(text, s.start, b.start()) else \
                    Scope.EVENT
            if scope == Scope.CUMULATIVE and (told := _TOLD_APART.search(
                    text, s.start, m.start)) is not None and \
                    _CUMULATIVE.search(text, s.start, told.start()) and \
                    not _CUMULATIVE.search(text, told.end(), s.end) and any(
                        d.precision == DatePrecision.MONTH and d.span is not None and
                        d.span.start > m.end for d in sent_dates):
                # "More than 4,500 people have been killed since the beginning of the year,
                # ..., and the United Nations said 812 Iraqis died in violence in August":
                # another teller's figure for a month, in a clause of its own
                scope = Scope.AREA_TOTAL
            if scope == Scope.AREA_TOTAL and (
                    series := _SERIES_CLAUSE.search(text, s.start, s.end)) and \
                    m.end <= series.start() and \
                    not _AREA.search(text, s.start, series.start()):
                # "A car bomb killed 12 people in Baghdad, the deadliest of a string of
                # attacks that left dozens dead across Iraq": the series' toll is the area's
                scope = Scope.EVENT
            if scope == Scope.EVENT and m.parent is None and _SAME_TOLL.search(
                    text, s.start, s.end) and (wide := _last_wide_figure(
                        raw[:base], last_sentence, (Scope.AREA_TOTAL, Scope.CUMULATIVE),
                        m.outcome)) is not None:
                # "... 25 people were killed in Baghdad and the surrounding areas. Medical
                # sources put the toll at 28 dead": another source's figure for that toll
                # (and for a running toll: "More than 40,000 people have been killed since
                # 1989 ... Rights groups put the toll at more than 70,000")
                scope = wide[4]
            running = _last_wide_figure(raw[:base], last_sentence, (Scope.CUMULATIVE,)) \
                if scope == Scope.EVENT and m.parent is None and not sent_dates and \
                not sent_places and _PERFECT_TOLL.search(text, s.start, s.end) else None
            if running is not None:
                # "... bringing to 632 the number killed since July 8, the health ministry
                # said. About 4,000 have been wounded.": the running toll's other figure
                scope = Scope.CUMULATIVE
            own, trailing = _windows(ms, n, s, text)
            where = [p for p in sent_places if not any(_attributive(text, p, k) for k in ms)
                     and (p.span is None or not _FLED_TOWARD.search(
                         text, max(s.start, p.span.start - 40), p.span.start))]
            if m.outcome == Outcome.DISPLACED:
                # "More than 18,000 people displaced towards Oicha and Beni town": where they
                # fled from, not where they went
                where = [p for p in where if p.span is None or not _FLED_TO.search(
                    text, max(s.start, p.span.start - 40), p.span.start)]
            place = next((p for p in sent_places if p.span is not None and
                          _ranked(text, s, p, m)), None) or \
                _pick(where, own, trailing, anchor=m.start, text=text)
            if scope == Scope.EVENT and m.parent is None and any(
                    p.precision in (PlacePrecision.COUNTRY, PlacePrecision.PROVINCE) and
                    p.span is not None and p.span.end <= m.start and (
                        _TOWN_COUNTS.match(text, p.span.end, ms[0].start) or
                        _ranked(text, s, p, m))
                    for p in sent_places):
                # "Burkina Faso alone recorded 7,412 deaths, followed by Mali with 2,471": a
                # country's count, no incident
                scope = Scope.AREA_TOTAL
            if place is None and n + 1 < len(ms) and ms[n + 1].parent is None and \
                    _JOINED_NEXT.fullmatch(text, m.end if m.end <= ms[n + 1].start else
                                           m.figure.span.end, ms[n + 1].start):
                # "Four soldiers were killed and six wounded in clashes in northern Iraq":
                # the place of the figure joined to it is both figures' (also "Five
                # militants and two soldiers were killed in ...", the two told in one)
                place = _pick(where, _windows(ms, n + 1, s, text)[0], None,
                              anchor=ms[n + 1].start, text=text)
            if place is None and m.parent is not None and base + m.parent < len(raw) and \
                    (whole := raw[base + m.parent][2]) is not None and whole.span is not None \
                    and s.start <= whole.span.start < s.end:
                # "Three people, among them a police reservist, were killed ... when bandits
                # raided Kagir village": the part's place is its whole's, told in the sentence
                place = whole
            if place is not None and place.precision in (
                    PlacePrecision.PROVINCE, PlacePrecision.COUNTRY) and trailing is not None and \
                    place.span is not None and place.span.end <= ms[0].start and \
                    not _NEW_CLAUSE.search(text, ms[0].end, ms[-1].start) and (
                    finer := _pick(sent_places, trailing, None, text=text)) is not None and \
                    place_finder.within(finer, place):
                # "in the Tillaberi region, a soldier was killed and three others were wounded
                # on Thursday near Ayorou": the town the sentence's tail tells, inside the area
                # told before the figures
                place = finer
            told_here = place or _before(text, sent_places, m)
            place = told_here or \
                _recent_place(text, places_in, sents, si, main, datelines, floor) or home
            if told_here is None and home_country is not None and place is not None and \
                    place.precision != PlacePrecision.COUNTRY and \
                    m.outcome != Outcome.ARRESTED and \
                    m.figure.best >= (_NATIONWIDE_DISPLACED if m.outcome == Outcome.DISPLACED
                                      else _NATIONWIDE) and \
                    not _UNREAD_PLACE.search(text, m.end, s.end):
                # "An estimated 45,000 people were forcibly disappeared", "more than one
                # million people had been killed in 100 days": a toll that large, its sentence
                # naming no place, is no town's the story told of but the country's
                place = home_country
            if place is not None and place.precision == PlacePrecision.COUNTRY and \
                    place.span is not None and _ITS_CITY.match(text, place.span.end) and (
                    city := next((p for p in [main] + found_places if p is not None and (
                        p is main or p.span.start in datelines) and
                        p.precision == PlacePrecision.TOWN and p.country == place.country),
                        None)) is not None:
                # "KHARKIV, Ukraine (AP) - Russian rockets pounded ... Ukraine's
                # second-largest city on Monday": the city the story is about
                place = city
            if scope == Scope.EVENT and si <= 1:
                place = _lead_town_told_next(text, places_in, sents, si, place, datelines)
            region = sent_region or _city_told(text, s, scope, main, sent_places)
            if region is not None:
                place = region
            elif scope != Scope.EVENT and (place is None or _country_words(text, s, place) or
                                         not any(p is place and p.span.start not in datelines
                                                 for p in sent_places)):
                # (a toll "across the conflict zone" names no town of its own: not the
                # dateline's "DONETSK", the country's; but "killed 190 people in Lebanon" in a
                # story about Israel is Lebanon's)
                if not (place is not None and place.precision == PlacePrecision.COUNTRY and
                        any(p is place and p.span.start not in datelines
                            for p in sent_places)):
                    place = home_country or place
            if scope == Scope.CUMULATIVE:
                # "has killed more than 10,000 people in Burkina Faso": the place the toll is
                # told for, right after it (not "spilled over from Mali" before it)
                told_in = next((p for p in sent_places if p.span is not None and
                                p.span.start >= m.end and
                                _TOLL_IN.fullmatch(text, m.end, p.span.start)), None)
                if told_in is not None:
                    place = told_in
                # ("over the past three days": the window the sentence gives, up to the report)
                dr = _same_point(m, ms, sent_dates) or \
                    _back_reference(text, s, sents, si, dates_of, raw, pub) or \
                    _the_period(text, s, sents, si, dates_of) or \
                    date_grammar.since(text, s.start, s.end, pub) or run_before or \
                    _opened_before(text, s, sents, si, dates_of, raw, pub) or \
                    next((d for d in sent_dates if d.span is not None and
                          _WINDOW.match(d.span.surface)), None) or \
                    _this_year(sent_dates, pub) or _year_through(text, sent_dates) or \
                    _years_told(sent_dates) or _began_then(text, sent_dates, m, pub) or \
                    _for_the_year(text, s, pub) or _open_range(pub)
                # a running toll is the country's, unless the sentence names the division
                # it is told for ("In North Darfur state alone, 782 civilians have been killed")
                # or where it happened ("Bandit attacks in Zamfara have killed more than
                # 2,000 people": not "since the uprising began in Daraa")
                own_division = place is not None and place.precision == PlacePrecision.PROVINCE \
                    and any(p is place for p in sent_places) and (_DIVISION_TOLD.match(
                        text, max(s.start, place.span.end), min(s.end, place.span.end + 20)) or
                        _IN_DIVISION.search(text, max(s.start, place.span.start - 60),
                                            place.span.start) is not None or
                        # "The Sumy regional administration said 38 civilians had been killed
                        # in the region since the start of the year"
                        _THE_REGION.search(text, place.span.end, s.end) is not None)
                # or the town it is told for: "Around 600 people have been killed in
                # Benghazi since the army launched an offensive"
                own_town = place is not None and place.span is not None and \
                    any(p is place for p in sent_places) and (
                        _TOLL_IN.fullmatch(text, m.end, place.span.start) is not None or
                        # "Baltimore has recorded 41 homicides so far this year"
                        place.span.end <= m.start and
                        _TOWN_COUNTS.match(text, place.span.end, m.start) is not None or
                        # "brought the number of homicides in Newark this year to 9"
                        place.span.end <= m.start and _NUMBER_IN.search(
                            text, max(s.start, place.span.start - 60), place.span.start) or
                        # "its offensive on Gaza, which has killed more than 37,300"
                        place.span.end <= m.start and _CAMPAIGN_ON.search(
                            text, max(s.start, place.span.start - 40), place.span.start) or
                        # "More than 100,000 people have fled Kanyabayonga": the town they left
                        m.outcome == Outcome.DISPLACED and place.span.start >= m.end and
                        _FLED_FROM_TOWN.fullmatch(text, m.end, place.span.start) is not None)
                place = place if own_division or own_town or region is not None else \
                    home_country or place
            else:
                own_date = _anniversary_date(
                    text, s, m, pub, lambda: [d for t in sents for d in dates_of(t)]) or \
                    _since_when(text, dates_of(s), m) or \
                    _days_after(text, s, m, sent_dates, sents, si, dates_of) or \
                    _since_after(text, sent_dates, m) or \
                    _event_dated(text, s, sent_dates, m) or \
                    _clause_date(text, sent_dates, m) or _adjacent_date(text, sent_dates, m) or \
                    _finer_day(_pick(sent_dates, own, trailing), sent_dates, own) or \
                    _the_period(text, s, sents, si, dates_of)
                if own_date is not None and own_date.precision in (
                        DatePrecision.MONTH, DatePrecision.YEAR) and own_date.span is not None \
                        and own_date.span.surface.lower().endswith("years ago"):
                    # "killed 27 farmers ... almost 24 years ago. [...] on the night of
                    # February 21, 2001": the day the next sentences give, in that year
                    own_date = next((d for k in range(si + 1, min(len(sents), si + 3))
                                     for d in dates_of(sents[k])
                                     if d.precision == DatePrecision.DAY and d.start and
                                     d.start[:4] == own_date.start[:4] and d.span is not None),
                                    own_date)
                if own_date is not None and own_date.precision == DatePrecision.WEEK:
                    # "attacks this week": the days the text gives the attacks, if it does
                    own_date = _days_within(own_date, sents, dates_of, text, s.end) or own_date
                dr = own_date or \
                    (raw[base + m.parent][3] if m.parent is not None else None) or \
                    (sent_dates[0] if len(sent_dates) == 1 and sent_dates[0].span and (
                        sent_dates[0].span.start < ms[0].start or
                        # "... on Tuesday, police said, while two personnel ... lost their
                        # lives": the sentence's one day, told before the figure
                        sent_dates[0].span.end <= m.start and not any(
                            # (not a part's own day: "56 rebels dead, six of them on Monday,
                            # and four civilians")
                            k.parent is not None and k.start <= sent_dates[0].span.start <
                            _windows(ms, j, s, text)[0][1] for j, k in enumerate(ms)) or
                        # "abducted seven people, including two children, from a minibus on
                        # Monday": past its own parts, the day is the whole figure's
                        len(ms) > 1 and all(k.parent == n for k in ms if k is not m) or
                        # "Two men were killed and a woman was wounded Tuesday night in a
                        # shooting": the day told after the next figure of the same clause
                        n + 1 < len(ms) and ms[n + 1].parent is None and m.parent is None and
                        ms[n + 1].start <= sent_dates[0].span.start and
                        _AND_NEXT.fullmatch(text, m.end, ms[n + 1].start) is not None and
                        not any(k.parent is not None for k in ms) or
                        # "Three people, including a village volunteer, were killed and five
                        # others injured, among them a commando, in a gunfight ... on
                        # Saturday": the one day, told after every figure of the sentence
                        m.parent is None and ms[-1].end <= sent_dates[0].span.start and
                        not _CLAUSE_BREAK.search(text, m.end, sent_dates[0].span.start))
                     else None) or \
                    (_same_day(text, s, raw, lambda si=si, s=s: _day_told_on(
                        text, s, dates_of) or _last_day_before(text, sents, si, dates_of),
                        lambda at, si=si: _date_told_since(text, sents, si, dates_of, at))) or \
                    _recalled_date(text, sents, si, dates_of, pub) or \
                    _attack_told_next(text, sents, si, dates_of, pub) or \
                    _retold_told_next(text, sents, si, dates_of, pub) or \
                    _the_event_day(text, sents, si, dates_of, raw) or \
                    _told_just_before(raw, sents, si) or \
                    (_story_date(text, sents, si, dates_of, pub) if not sent_dates and not (
                        place is not None and place.precision == PlacePrecision.COUNTRY and
                        any(p is place for p in sent_places)) else None) or \
                    (stretches[0] if stretches else None) or \
                    _default_date(first_event_date(), pub, text, m.outcome)
                if scope == Scope.EVENT and own_date is not None and (
                        own_date.precision == DatePrecision.YEAR or
                        own_date.precision == DatePrecision.MONTH and
                        own_date.start != own_date.end or
                        # "killed across Syria in May", "documented the deaths of 1,086
                        # people during the month": a month's toll, of a monitor's count
                        own_date.precision == DatePrecision.MONTH and m.figure.best >= 50 and
                        _MONTHS_TOLL.search(text, s.start, s.end) is not None) and (
                        m.figure.best >= 20 or date_grammar.statistical_year(own_date)) and \
                        own_date.span is not None and not _RELATIVE_CLAUSE.search(
                            text, s.start, own_date.span.start):
                    # "In 2018, 47 people were killed in the region": a year's toll, or
                    # months' ("between January and September") (not "the
                    # shooting of two women in 2014": one case; nor "ISWAP, which split from
                    # Boko Haram in 2016, ... killed 20")
                    scope = Scope.AREA_TOTAL
                elif scope == Scope.EVENT and own_date is not None and \
                        own_date.precision == DatePrecision.YEAR and pub is not None and \
                        (own_date.start or "")[:4] == str(pub.year) and m.figure.best >= 3 and \
                        own_date.span is not None and not _RELATIVE_CLAUSE.search(
                            text, s.start, own_date.span.start):
                    # "Police shot 11 people in 2018, six of them fatally" told in 2018: the
                    # year's running count, no incident
                    scope = Scope.CUMULATIVE
                elif scope == Scope.EVENT and own_date is not None and \
                        _days_long(own_date) >= _TOLL_DAYS and m.figure.best >= 20 and \
                        m.outcome in (Outcome.KILLED, Outcome.WOUNDED) and \
                        own_date.span is not None and _RANGE_TOLD.search(
                            text, max(s.start, own_date.span.start - 12),
                            own_date.span.start) is not None:
                    # "710 dead between February 18 and Sunday night", "280 civilians had been
                    # killed ... between Feb. 19, when the offensive began, and March 24",
                    # "Attacks ... have killed more than 90 people since New Year's Eve": a
                    # toll over five days or more, no incident (people who fled "since Friday"
                    # are the news of those days, as the event's)
                    scope = Scope.CUMULATIVE
            if scope == Scope.EVENT and pub is not None and \
                    (launched := _LAUNCHED.search(text, s.start, m.start)) is not None and \
                    _PERFECT_BETWEEN.search(text, launched.end(), m.start) and \
                    (began := next((d for d in sent_dates if d.span is not None and d.start and
                                    launched.start() <= d.span.start < m.start), None)):
                # "The offensive, launched on November 27 by HTS and allied factions, has
                # killed 574 people": the campaign's running toll, from its start
                scope = Scope.CUMULATIVE
                dr = DateRange(began.start, pub.isoformat(), began.precision, began.span)
                if not any(p is place for p in sent_places):
                    place = home_country or place
            if scope != Scope.CUMULATIVE and m.outcome == Outcome.DISPLACED and \
                    _DISPLACED_STOCK.match(text, m.figure.span.end, min(s.end, m.end + 60)):
                # "Nearly 12 million people are currently forcibly displaced", "about 450,000
                # people remain internally displaced across Amhara": the displaced to date,
                # the country's unless the sentence names where
                scope = Scope.CUMULATIVE
                if not any(p is place for p in sent_places):
                    place = home_country or place
            if scope == Scope.EVENT and _THAN_A_PERIOD_WHEN.search(text, s.start, m.start):
                # "The toll was lower than the Fourth of July weekend, when 102 people were
                # shot": another period's count, told to compare, no incident
                scope = Scope.AREA_TOTAL
            if scope == Scope.EVENT and m.tokens[m.last].lower in ("homicides", "murders"):
                # "There were four homicides on Saturday", "the city had six homicides": a
                # jurisdiction's count of killings, each told (or not) on its own
                scope = Scope.AREA_TOTAL
            if m.parent is not None and scope != raw[base + m.parent][4] and (
                    scope == Scope.EVENT and raw[base + m.parent][4] in (Scope.CUMULATIVE,
                                                                         Scope.AREA_TOTAL) or
                    scope == Scope.AREA_TOTAL and raw[base + m.parent][4] == Scope.EVENT):
                # ("..., six of them fatally": part of the count; "703 Iraqis, including 564
                # civilians, were killed in 2013": counted as the whole is)
                scope = raw[base + m.parent][4]
            parent = base + m.parent if m.parent is not None else None
            if m.of_those:
                # "Of those, 22 were civilians": a part of the last whole toll told before,
                # counted, dated and placed as it is
                parent = _last_whole(raw, base, m.outcome, text=text)
                if parent is not None and raw[parent][4] != Scope.EVENT:
                    own_place = place if any(p is place for p in sent_places) else None
                    place, dr, scope = raw[parent][2], raw[parent][3], raw[parent][4]
                    if own_place is not None and (place is None or PRECISION_RANK[
                            own_place.precision] < PRECISION_RANK[place.precision]):
                        # "Dagestan accounted for 186 of the dead": the part's own region
                        place = own_place
            elif m.of_told and scope == Scope.EVENT:
                # "The dead included two children": a part of the toll told before
                parent = _last_whole(raw, base, m.outcome, Scope.EVENT)
                last = _last_whole(raw, base, m.outcome, text=text)
                if (parent is None or last is not None and last > parent and
                        raw[last][0].sentence.start == last_sentence) and \
                        last is not None and raw[last][4] != Scope.EVENT and \
                        m.figure.best < raw[last][0].figure.best:
                    # "The war killed 1,604 civilians in the first six months of this year.
                    # Among the dead were 171 women": a part of that period's toll, counted,
                    # dated and placed as it is (also when an incident was told before it:
                    # "The offensive ... has killed 574 people. The dead also include 268
                    # fighters")
                    parent = last
                    place, dr, scope = raw[last][2], raw[last][3], raw[last][4]
            if parent is not None and (
                    m.victims.actor in _DEMOGRAPHIC or
                    # "Five soldiers, including a captain": one of them, whoever
                    m.victims.actor is None and m.victims.type == VictimType.UNKNOWN and
                    not m.figure.stated) and \
                    raw[parent][0].victims.type != VictimType.UNKNOWN:
                # "Six Maoist rebels, including two women": rebels too; "three civilians,
                # including a 60-year-old man": a civilian
                m = replace(m, victims=replace(m.victims, type=raw[parent][0].victims.type))
            if m.compared and n > 0 and len(raw) > base:
                # "74 homicides in 2020, up from 44 in 2019": the count before it, told by the
                # same source for the same place, over the period of its own clause
                before = raw[-1]
                src, place = before[1], before[2]
                then = _pick(sent_dates, own, None)
                same = _SAME_POINT.search(text, own[0], own[1])
                if same and before[4] == Scope.CUMULATIVE and before[3] is not None and \
                        before[3].end and len(before[3].end) == 10 and before[3].start and \
                        before[3].start.endswith("-01-01"):
                    # "148 homicides so far in 2021, compared with 131 at this time last
                    # year": that year's count to the same day
                    year = int(then.start[:4]) if then is not None and then.start else \
                        int(before[3].end[:4]) - 1
                    scope = Scope.CUMULATIVE
                    dr = DateRange(f"{year:04d}-01-01", f"{year:04d}{before[3].end[4:]}",
                                   DatePrecision.DAY, Span.of(text, same.start(), same.end()))
                elif then is not None:
                    dr = then
                    if scope == Scope.EVENT and before[4] != Scope.EVENT:
                        scope = before[4]  # ("compared with seven in 2019-20": a count too)
                    if scope == Scope.CUMULATIVE and pub is not None and then.end and \
                            then.end < pub.isoformat():
                        scope = Scope.AREA_TOTAL  # (a closed period: "97 in all of 2019")
                elif (back := _YEAR_BEFORE.search(text, own[0], own[1])) is not None and \
                        before[4] != Scope.EVENT and (earlier := _a_year_earlier(before[3])):
                    # "187 people wounded last year, compared with 241 the year before", "48
                    # murder victims in the year to June 30, down from 57 in the previous 12
                    # months": the year before the count before's, counted as it is
                    scope = before[4]
                    dr = DateRange(earlier[0], earlier[1], DatePrecision.MONTH,
                                   Span.of(text, back.start(), back.end()))
            if running is not None and dr.start is None:
                dr = running[3]  # (since when the running toll it goes on with runs)
            if src is None and parent is not None and (m.of_told or m.of_those) and \
                    raw[parent][0].sentence.start < s.start:
                src = raw[parent][1]  # ("Of those, 22 were civilians", "KwaZulu-Natal
                # recorded the most with 1,588": a share of a toll is told by its teller)
            raw.append((m, src, place, dr, scope, parent))
    top = _headline_end(text)
    _link_breakdowns(raw, top)
    claims = _drop_vague_headline(_merge(raw, text, top), top)
    budget("merging")
    # (the totals read every statement; the claims list tells each person once)
    return Extraction(article, tuple(_fold_restatements(claims)), totals(claims, pub, text))


# a person told again by pronoun or definite description: "He was taken to a hospital",
# "The victim was listed in stable condition", "Both were taken to Stroger Hospital"
_PRONOUNS = lexicon.PRONOUN_SG | {"they", "them"}
_TOLD_AGAIN = _PRONOUNS | {"both", "the"}
_NOT_AGAIN = frozenset("another other others second third".split())
_PRONOUN_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}


_DIED_TOLD_AGAIN = re.compile(r"\b(?:pronounced\s+dead|died|succumbed|declared\s+dead)\b",
                              re.I)


def _no_person(actor: str) -> bool:
    """An actor that names no one: none, a pronoun, or a word no victim noun ("head")."""
    return not actor or actor in _TOLD_AGAIN or actor not in lexicon.VICTIM_NOUNS


def _one_hurt_one_dead(c: Claim, d: Claim) -> bool:
    """c wounded and d killed, each one person told without a number, of one incident's
    count (no part, event scope)."""
    return c.outcome == Outcome.WOUNDED and d.outcome == Outcome.KILLED and \
        not c.figure.stated and not d.figure.stated and c.figure.best == d.figure.best == 1 \
        and not c.part_of and not d.part_of and c.scope == d.scope == Scope.EVENT


def _two_told(c: Claim, d: Claim) -> bool:
    """Whether c and d are two people each told by an indefinite article in its own words
    ("a 16-year-old student ... and a 15-year-old classmate"), not one person told twice."""
    def indefinite(x: Claim) -> bool:
        return x.figure.span.surface.split()[0].lower() in ("a", "an")
    return indefinite(c) and indefinite(d) and not (
        c.figure.span.start < d.figure.span.end and d.figure.span.start < c.figure.span.end)


def _fold_into_dead(c: Claim, d: Claim, into: dict[str, str],
                    better: dict[str, Victims]) -> None:
    """Records the hurt person c as the dead person d, who takes c's victims when only c's
    name a person ("A man who was shot in the head ... died": the man, not "head")."""
    into[c.id] = d.id
    if _no_person((d.victims.actor or "").lower()) and \
            not _no_person((c.victims.actor or "").lower()):
        better[d.id] = c.victims


# a person told again by age: "The 34-year-old remains in serious condition"
_THE_AGED = re.compile(r"\b[Tt]he\s+(\d{1,3})-$")


_SAME_TOWN_KM = 15  # how far apart two places of one person told again may be


def _fold_restatements(claims: list[Claim]) -> list[Claim]:
    """A figure that only tells again a person or pair counted before ("A man was shot ...
    He was taken to a hospital") is a mention of that claim, not a claim of its own: same
    outcome, no more people, the same place and days, victims no other group. The folded
    statement stays as one of the claim's mentions, with its evidence."""
    into: dict[str, str] = {}
    parents = {d.part_of for d in claims}
    for i, c in enumerate(claims):
        words = c.figure.span.surface.lower().split()
        if words in (["himself"], ["herself"]) and c.scope == Scope.EVENT:
            # "killed his wife and then himself ... believe he shot his wife before turning
            # the gun on himself": the killer told dead again
            again = next((d for d in reversed(claims[:i]) if d.id not in into and
                          d.outcome == c.outcome and d.scope == Scope.EVENT and
                          d.figure.span.surface.lower() == words[0] and
                          d.evidence.start < c.evidence.start), None)
            if again is not None:
                into[c.id] = again.id
                continue
        age = _THE_AGED.search(c.evidence.surface, 0, c.figure.span.start - c.evidence.start) \
            if words == ["year-old"] else None
        if age is not None and c.scope == Scope.EVENT:
            # "Officers found a 34-year-old man shot ... The 34-year-old remains in serious
            # condition": the one of that age told before
            again = next((d for d in reversed(claims[:i]) if d.id not in into and
                          d.outcome == c.outcome and d.scope == Scope.EVENT and
                          d.figure.best == 1 and d.evidence.start < c.evidence.start and
                          f"{age.group(1)}-year-old" in d.figure.span.surface.lower()), None)
            if again is not None:
                into[c.id] = again.id
                continue
        if c.figure.stated and words[:1] != ["both"] or not words or \
                words[0] not in _TOLD_AGAIN or _NOT_AGAIN.intersection(words) or \
                c.scope != Scope.EVENT or c.id in parents:
            continue
        # "He was pronounced dead at the scene", "MPD said he died Monday": a pronoun tells
        # again the one person last told killed or hurt, if of the same fate, whatever day
        # or town it gives
        # ("A police officer was shot ..., and the man accused of shooting him was
        # captured": the object pronoun after its person, in one sentence)
        object_pronoun = words[0] in ("him", "her") and c.figure.best == 1
        last = next((d for d in reversed(claims[:i]) if d.id not in into and (
                     d.evidence.start < c.evidence.start or object_pronoun and
                     d.evidence.start == c.evidence.start and
                     d.figure.span.end <= c.figure.span.start) and d.scope == Scope.EVENT and
                     d.outcome in (Outcome.KILLED, Outcome.WOUNDED)), None)
        pronoun = words[0] in lexicon.PRONOUN_SG and c.figure.best == 1 and last is not None \
            and _sex(last) in (None, _PRONOUN_SEX[words[0]])
        for d in reversed(claims[:i]):
            if pronoun and d is last and d.figure.best == 1 and d.outcome == c.outcome and \
                    d.part_of == c.part_of:
                into[c.id] = d.id
                break
            if d.id in into or d.outcome != c.outcome or d.scope != Scope.EVENT or \
                    d.part_of != c.part_of or d.figure.best < c.figure.best or \
                    d.evidence.start >= c.evidence.start:
                continue
            if not (c.victims.type == VictimType.UNKNOWN and (
                    c.victims.actor is None or c.victims.actor.lower() in _TOLD_AGAIN) or
                    c.victims.type == d.victims.type and (
                        (c.victims.actor or "").lower() == (d.victims.actor or "").lower() or
                        # ("A police officer was shot ... The officer was struck in the leg")
                        None not in (c.victims.actor, d.victims.actor) and
                        _GROUP_KEYS.get(_plural(c.victims.actor.lower()), "") ==
                        _GROUP_KEYS.get(_plural(d.victims.actor.lower()), None)) or
                    # ("A 67-year-old man waiting at a bus stop was killed ... The bystander,
                    # identified by relatives as ..., died at a hospital": the one man told
                    # again by what he was)
                    c.figure.best == 1 and words[0] == "the" and
                    c.victims.type == VictimType.CIVILIANS and
                    d.victims.type == VictimType.UNKNOWN and d.figure.best == 1 and
                    (d.victims.actor or "").lower() in _DEMOGRAPHIC and
                    _sex(c) in (None, _sex(d))):
                continue
            if c.place is not None and d.place is not None and c.place.name != d.place.name \
                    and not ((km := distance_km(c.place, d.place)) is not None and
                             km <= _SAME_TOWN_KM and c.place.country == d.place.country):
                continue  # (but "The woman, 31, was struck" in Glenville is the woman shot
                # in Cleveland)
            if (c.date.start, c.date.end) != (d.date.start, d.date.end) and \
                    c.date.span is not None:
                continue
            into[c.id] = d.id
            break
    # "A man who was shot in the head Thursday night died Saturday", "He was taken to a
    # hospital, where he was pronounced dead": one person wounded and dead in one sentence
    # is the dead person (the one hurt who then died is dead, not also wounded)
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.evidence.start, []).append(c)
    better: dict[str, Victims] = {}
    for cs in by_sentence.values():
        hurt = [c for c in cs if c.outcome == Outcome.WOUNDED and c.id not in into]
        dead = [c for c in cs if c.outcome == Outcome.KILLED]
        if len(hurt) != 1 or len(dead) != 1 or len(cs) != 2:
            continue
        c, d = hurt[0], dead[0]
        if not _one_hurt_one_dead(c, d) or \
                _NOT_AGAIN.intersection(c.figure.span.surface.lower().split()):
            continue
        a, b = (c.victims.actor or "").lower(), (d.victims.actor or "").lower()
        if _two_told(c, d):
            continue  # "A 16-year-old student was killed and a 15-year-old classmate was
            # wounded": two people, each told by "a"
        if a == b or _no_person(a) or _no_person(b):
            _fold_into_dead(c, d, into, better)
    # "Officers found Terrance Oakes with two gunshot wounds. He was pronounced dead at the
    # scene": the one found hurt, told dead by pronoun in the very next statement
    # (past a statement already folded: "A man was shot in the chest. He was taken to Mount
    # Sinai Hospital, where he was pronounced dead")
    order = sorted((c for c in claims if c.id not in into), key=lambda c: c.evidence.start)
    for c, d in zip(order, order[1:], strict=False):
        if c.id in into or d.id in into or c.evidence.start == d.evidence.start or \
                not _one_hurt_one_dead(c, d):
            continue
        words = d.figure.span.surface.lower().split()
        if not words or words[0] not in _TOLD_AGAIN or _NOT_AGAIN.intersection(words) or \
                _DIED_TOLD_AGAIN.search(d.evidence.surface) is None:
            continue
        sex_d = _PRONOUN_SEX.get(words[0], _sex(d))
        if None not in (_sex(c), sex_d) and _sex(c) != sex_d:
            continue  # "A woman was shot in the leg. He was pronounced dead": two people
        _fold_into_dead(c, d, into, better)
    _fold_members(claims, into)
    _fold_names(claims, into)
    if not into:
        return claims
    claims = [replace(c, victims=better[c.id]) if c.id in better else c for c in claims]
    extra: dict[str, tuple] = {}
    for c in claims:
        if c.id in into:
            root = _root(c.id, into)
            extra[root] = extra.get(root, ()) + (c.evidence,) + c.mentions
    kept = [replace(c, mentions=c.mentions + extra.get(c.id, ())) for c in claims
            if c.id not in into]
    ids = {c.id: f"c{i + 1}" for i, c in enumerate(kept)}
    return [replace(c, id=ids[c.id], part_of=ids.get(c.part_of) if c.part_of else None)
            for c in kept]


_NAME_KM = 50
_MORE_PEOPLE = re.compile(r"\b(?:another|also|more|else|separate(?:ly)?|additional|meanwhile|"
                          r"unrelated|earlier|(?<!the\s)others?)\b", re.I)
_ORDINAL_WORDS = {w: n + 1 for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())}
_ORDINAL = re.compile(r"\b(?:(" + "|".join(_ORDINAL_WORDS) + r")|(\d+)(?:st|nd|rd|th))\b", re.I)
_AMONG = re.compile(r"\b(?:among|including|one\s+of)\b", re.I)
_GROUP_KINDS = {
    "men": {"man"}, "women": {"woman"}, "boys": {"boy", "teen", "teenager"},
    "girls": {"girl", "teen", "teenager"}, "teens": {"boy", "girl", "teen", "teenager"},
    "teenagers": {"boy", "girl", "teen", "teenager"},
    "children": {"boy", "girl", "child", "son", "daughter"},
    "kids": {"boy", "girl", "child", "son", "daughter"}}


def _ordinal(surface: str) -> int:
    """The highest ordinal a statement gives its person ("A second man" 2, "a 12th worker" 12)."""
    return max((int(m.group(2)) if m.group(2) else _ORDINAL_WORDS[m.group(1).lower()]
                for m in _ORDINAL.finditer(surface)), default=0)


def _kind_fits(c: Claim, g: Claim) -> bool:
    """Whether the one person c may be one of the numbered group g ("two men": a man or "the
    23-year-old", not a boy; "five militants": not "a soldier")."""
    words = g.victims.span.surface.lower().split() if g.figure.stated and g.victims.span else []
    kinds = _GROUP_KINDS.get(words[-1] if words else (g.victims.actor or "").lower())
    key = _person_key(c)
    if key is not None and key[1] == "old":
        key = None  # ("The 19-year-old": any kind of person)
    if kinds is not None:
        return key is None or key[1] == "*" or key[1].startswith("name:") or key[1] in kinds
    a, b = (c.victims.actor or "").lower(), (g.victims.actor or "").lower()
    return not a or not b or b in _ANYONE or a in lexicon.PRONOUN_SG or \
        (key is not None and (key[1] == "*" or key[1].startswith("name:"))) or \
        b in (a, a + "s", a + "es") or a == b.rstrip("s")


def _fold_members(claims: list[Claim], into: dict[str, str]) -> None:
    """ "Two men were hurt early Saturday ... officers found a 23-year-old man with a gunshot
    wound to his abdomen. A second man, 30, arrived at a hospital with a wound to his arm":
    people told one by one after a numbered group of the same fate are its members, not
    more people - as many as the group holds (a definite one, "The 19-year-old", "The other
    man", is one told before), each told in a later sentence with no one of the same fate
    between (but other members, and a figure of some of them whose people were told one by
    one: "Police initially said two men had been wounded. They found a 19-year-old man ...
    A third victim"), on its day, at no time of its own, in its town, of a kind it may
    hold, not the killer himself, and with no word that they are more ("another", "also",
    "earlier", "separately", "a third" of two) or a part ("among them", "including"). A
    sentence that also numbers some of them ("A girl was struck in the back, and two men
    were hit in the legs") breaks the group down: its people stay claims."""
    order = sorted((c for c in claims if c.id not in into), key=lambda c: c.figure.span.start)
    held: dict[str, int] = {}
    # people "shot" are the wounded only in a story of no deaths ("Two men drove themselves to
    # a hospital after being shot ... One was shot in the arm and the other in the hip")
    no_dead = not any(d.outcome == Outcome.KILLED and d.scope == Scope.EVENT for d in claims)
    for i, c in enumerate(order):
        if c.id in into or not _one_person(c) or _MORE_PEOPLE.search(c.evidence.surface) or \
                _AMONG.search(c.evidence.surface) or _group_key(c) == "self":
            continue
        if any(d.evidence.start == c.evidence.start and d.outcome == c.outcome and
               d.figure.stated for d in order if d is not c):
            continue  # (a breakdown: "A girl was struck in the back, and two men were hit")
        definite = _DEFINITE_BEFORE.search(
            c.evidence.surface[:c.figure.span.end - c.evidence.start]) is not None
        for g in reversed(order[:i]):
            if g.outcome != c.outcome or g.id in into or g.part_of is not None:
                continue
            if _one_person(g):
                break  # (someone else told between)
            if _member_of(c, g, definite, held.get(g.id, 0), no_dead):
                into[c.id] = g.id
                held[g.id] = held.get(g.id, 0) + (not definite)
                break
            if not held.get(g.id):
                break  # (a group told as a part of the whole: "Two men were shot ... A third
                # man was stabbed" after "Three people were injured" breaks it down)


_DEFINITE_BEFORE = re.compile(r"(?:^|[\s(])(?:the|his|her)\s+(?:\d+-)?(?:[\w-]+\s+)?[\w-]+$",
                              re.I)


def _member_of(c: Claim, g: Claim, definite: bool, held: int, no_dead: bool) -> bool:
    """Whether the one person c, told after the numbered group g, is one of its people (see
    `_fold_members`); `held`: how many of them were told one by one before; `no_dead`: the
    story tells no deaths."""
    if g.scope != Scope.EVENT or g.weak and not no_dead or \
            g.figure.best < (1 if g.figure.stated else 2) or \
            not definite and held >= g.figure.best or g.evidence.start == c.evidence.start:
        return False
    sexes = (_sex(c), _sex(g))
    if _ordinal(c.evidence.surface) > g.figure.best or not _kind_fits(c, g) or \
            None not in sexes and sexes[0] != sexes[1]:
        return False
    if c.victims.type != VictimType.UNKNOWN and g.victims.type != VictimType.UNKNOWN and \
            c.victims.type != g.victims.type:
        return False
    if c.place is not None and g.place is not None and c.place.name != g.place.name:
        return False
    # (a time of its own: "A 16-year-old boy was shot Saturday afternoon")
    return c.date.span is None or g.date.span is None or \
        (c.date.start, c.date.end) == (g.date.start, g.date.end) and not (
            c.evidence.start <= c.date.span.start < c.evidence.end and
            c.date.span.start != g.date.span.start)


_DETERMINERS = frozenset("a an the one his her their its this that".split())
_ALSO = re.compile(r"\b(?:also|another|other|second|third|fourth|too|as\s+well)\b", re.I)


def _one_person(c: Claim) -> bool:
    return c.scope == Scope.EVENT and c.figure.best == 1 and not c.figure.stated and \
        c.part_of is None and c.outcome in (Outcome.KILLED, Outcome.WOUNDED)


def _a_name(c: Claim) -> bool:
    """The figure is a person's name: "Jaylen Brooks was shot", "Singh died at the scene"."""
    words = c.figure.span.surface.split()
    return 0 < len(words) <= 3 and words[0].lower() not in _DETERMINERS and \
        words[0].lower() not in _TOLD_AGAIN and \
        all(w[:1].isupper() and w[1:].replace("-", "").replace("'", "").isalpha()
            and not w.isupper() for w in words)


def _root(cid: str, into: dict[str, str]) -> str:
    while cid in into:
        cid = into[cid]
    return cid


# what is told beside a name: its age and a word for who the person was ("Abdulloh Mama, 54,
# headman of Moo 3")
_NAME_ASIDE = re.compile(r"\s*,\s*(?:(\d{1,2})\s*,\s*)?([^,.;]{0,60})")


# a rank told before a name: "Sepoy Mandeep Singh", "Sgt Anuwat Sirichai"
_RANK_BEFORE = re.compile(r"\b(?:Sepoy|Sgt|Sergeant|Pvt|Private|Cpl|Corporal|Constable|Havildar|"
                          r"Naik|Lance\s+Naik|Rifleman|Trooper|Lt|Lieutenant|Capt|Captain|"
                          r"Major|Colonel|Col|Subedar|Jawan|Ranger)\.?\s+$")


def _described_alike(c: Claim, d: Claim) -> bool:
    """The person named by c is told beside the name as d told its person: the same age
    ("Deshawn Miller, 17," and "a 17-year-old boy") or the same noun ("Abdulloh Mama, 54,
    headman of Moo 3" and "a village headman")."""
    aside = _NAME_ASIDE.match(c.evidence.surface, c.figure.span.end - c.evidence.start)
    if aside is None:
        return False
    if aside.group(1) and f"{aside.group(1)}-year-old" in d.figure.span.surface.lower():
        return True
    actor = d.victims.actor
    return bool(actor and re.search(rf"\b{re.escape(actor)}\b", aside.group(2), re.I))


def _fold_names(claims: list[Claim], into: dict[str, str]) -> None:
    """ "A 19-year-old man who was shot Tuesday night has died. [...] Jaylen Brooks was shot
    several times": a person first told by a description, then by name, is one person -
    when the story told exactly one such person before (same outcome, or told hurt by name
    after told dead), on compatible days and places, and the name comes with no "also" or
    "another"."""
    taken: set[str] = set()
    by_id = {d.id: d for d in claims}
    for i, c in enumerate(claims):
        if c.id in into or not _one_person(c) or not _a_name(c) or \
                _ALSO.search(c.evidence.surface):
            continue
        name = c.figure.span.surface.split()[-1]
        before = [d for d in claims[:i] if d.id not in into and _one_person(d) and
                  d.evidence.start < c.evidence.start and
                  (d.outcome == c.outcome or d.outcome == Outcome.KILLED) and
                  (VictimType.UNKNOWN in (c.victims.type, d.victims.type) or
                   c.victims.type == d.victims.type)]
        named = list({(root := _root(d.id, into)): by_id[root] for d in claims[:i]
                      if d.evidence.start < c.evidence.start and _one_person(d) and
                      name in d.figure.span.surface}.values())
        unnamed = [d for d in before if not _a_name(d) and d.id not in taken and
                   d.figure.span.surface.lower() not in _PRONOUNS]
        same = [d for d in unnamed if d.outcome == c.outcome]
        fits = named or same or unnamed
        if len(fits) > 1 and not named:
            # (several, but one told alike: "a 17-year-old boy ... Deshawn Miller, 17,"; or
            # one of the rank told before the name: "Sepoy Mandeep Singh" of "a civilian"
            # and "an Army jawan")
            alike = [d for d in fits if _described_alike(c, d)]
            if not alike and _RANK_BEFORE.search(c.evidence.surface, 0, c.figure.span.start -
                                                 c.evidence.start):
                alike = [d for d in fits if d.victims.type == VictimType.COMBATANTS]
            fits = alike or fits
        if len(fits) != 1:
            continue  # (none, or several people it may be)
        d = fits[0]
        if c.place is not None and d.place is not None and \
                (far := distance_km(c.place, d.place)) is not None and far > _NAME_KM and \
                not _described_alike(c, d):
            continue  # (another town's shooting: a roundup's next incident; but the same age
            # or noun is the same person, wherever each telling places it)
        if c.date.precision == d.date.precision == DatePrecision.DAY and \
                c.date.start == c.date.end and d.date.start == d.date.end and \
                c.date.start != d.date.start and None not in (c.date.span, d.date.span):
            continue
        into[c.id] = d.id
        taken |= {c.id, d.id}


_NO_FOUL_PLAY = re.compile(r"\bfoul\s+play\s+(?:is|was)\s+not\s+(?:suspected|involved|"
                           r"believed)|\bno\s+(?:signs?\s+of\s+|evidence\s+of\s+)?foul\s+"
                           r"play\b|\bnot\s+(?:considered\s+)?suspicious\b|"
                           r"\bno\s+signs?\s+of\s+criminal\s+activity\b", re.I)


def _last_wide_figure(raw, sentence_start: int, scopes: tuple[Scope, ...],
                      outcome: Outcome | None = None):
    """The last figure read in the sentence starting at `sentence_start` whose scope is one
    of `scopes` (and outcome `outcome`, if given), or None."""
    return next((r for r in reversed(raw) if r[4] in scopes and
                 r[0].sentence.start == sentence_start and
                 (outcome is None or r[0].outcome == outcome)), None)


def _drop_animals(text: str, mentions_of: dict) -> None:
    """ "shot and killed two family pets, Mick and Remy. ... the persons responsible for
    killing Mick and Remy": names the story gives to animals count no one."""
    names = {n for m in _ANIMAL_NAMED.finditer(text)
             for n in re.findall(r"[A-Z][a-z]+", m.group("names") or m.group("name"))}
    if not names:
        return
    for at, ms in mentions_of.items():
        new_at: dict[int, int] = {}  # kept mentions' new indices (parents come first)
        kept = []
        for i, m in enumerate(ms):
            if m.parent is not None and m.parent not in new_at or not m.figure.stated and \
                    _NAMES_ONLY.fullmatch(m.figure.span.surface) and \
                    set(re.findall(r"[A-Z][a-z]+", m.figure.span.surface)) <= names:
                continue  # (and the parts of their count)
            new_at[i] = len(kept)
            kept.append(m if m.parent is None else replace(m, parent=new_at[m.parent]))
        if len(kept) < len(ms):
            mentions_of[at] = kept


_NAMES_ONLY = re.compile(r"[A-Z][a-z]+(?:\s*(?:,|and)\s*[A-Z][a-z]+)*")
_ANIMAL = r"(?:dogs?|pets?|cats?|horses?|pupp(?:y|ies)|kittens?|canines?|pit\s+bulls?|animals?)"
_ANIMAL_NAMED = re.compile(
    rf"\b{_ANIMAL},\s+(?P<names>[A-Z][a-z]+(?:(?:,\s*|,?\s+and\s+)[A-Z][a-z]+)*)\b"
    r"(?!\s+(?:said|says|told|added|wrote)\b)|"
    rf"\b{_ANIMAL}\s+(?:named|called)\s+(?P<name>[A-Z][a-z]+)")


def _drop_accidents(text: str, sents, mentions_of: dict) -> None:
    """A story whose first dead or hurt are of an accident ("3 killed, 2 hurt in wrong-way
    crash", "Two children die in house fire") tells the accident's dead and hurt in the
    sentences after it too ("Three people were killed when a wrong-way driver slammed into a
    minivan"): none of them is a casualty of violence, until a sentence tells violence or
    another incident ("In an unrelated incident, a man was shot"). A sentence that tells an
    accident and no violence, beside none told just before, is one too ("Nineteen people died
    in house fires last year"). Parents are indices: a prefix of a sentence's mentions stays."""
    if _ACCIDENT.search(text) is None:
        return  # (most texts tell no accident: nothing to read sentence by sentence)
    story = None  # whether the story's first casualty sentence is an accident's
    violent_before = False
    for s in sents:
        violent = _VIOLENT.search(text, s.start, s.end) is not None
        ms = mentions_of[s.start]
        hurt = [m for m in ms if m.outcome in (Outcome.KILLED, Outcome.WOUNDED)]
        if violent or _SEPARATE.match(text, s.start, s.end):
            if hurt or story or violent:
                story = False  # (a story of violence, or the accident's story over; "A drone
                # hit the plant. Two workers were wounded, and a fire broke out": violence
                # told first)
            violent_before = violent
            continue
        accident = _ACCIDENT.search(text, s.start, s.end) is not None
        if hurt and story is None:
            story = accident
        if hurt and (story or accident and not violent_before):
            keep = next((i for i, m in enumerate(ms) if m.outcome in (
                Outcome.KILLED, Outcome.WOUNDED)), len(ms))
            mentions_of[s.start] = ms[:keep]
        violent_before = False


_ACCIDENT = re.compile(
    r"\b(?:crash(?:ed|es)?|collision|collided|wreck(?:ed|age)?|head-on|wrong-way|"
    r"(?:house|apartment|home|building|structure|residential|kitchen)\s+fires?|blaze|flames|"
    r"fire\s+(?:tore|swept|ripped|raced|broke\s+out|engulfed|spread|guts|gutted|razed)|"
    r"smoke\s+inhalation|"
    r"drown(?:ed|ing|s)?|capsiz\w*|overturned|derail\w*|stampede|electrocut\w*|"
    r"(?:car|traffic|road|boating|workplace|industrial|construction|mining)\s+accident|"
    r"accidental(?:ly)?)\b", re.I)
# what tells violence, which a casualty sentence beside an accident may still be of
_VIOLENT = re.compile(
    r"\b(?:shot|shoot\w*|gun\w*|firearms?|pistols?|rifles?|revolvers?|handguns?|shotguns?|"
    r"weapons?|bullets?|fired|firing|stabb\w*|knife|attack\w*|"
    r"bomb\w*|blasts?|explosives?|militants?|rebels?|insurgen\w*|jihadis\w*|air\s?strikes?|"
    r"shell(?:ed|ing|s)|mortars?|rockets?|missiles?|drones?|clash\w*|fighting|assault\w*|"
    r"murder\w*|(?<!vehicular\s)homicides?|slain|slay\w*|beat(?:en|ing)|terror\w*|"
    r"ambush\w*|raid\w*|abduct\w*|kidnap\w*|hostages?|arson\w*|set\s+(?:on\s+)?fire|"
    r"torch\w*|massacre\w*|violence|war|strikes?|troops|soldiers|police\s+(?:killed|shot))\b",
    re.I)


def _no_foul_play(text: str, sents, si: int) -> bool:
    """The sentence, or the next, says a death was no crime ("Foul play is not
    suspected")."""
    end = sents[min(si + 1, len(sents) - 1)].end
    if text.find("oul play", sents[si].start, end) < 0 and \
            text.find("uspicious", sents[si].start, end) < 0 and \
            text.find("riminal activity", sents[si].start, end) < 0:
        return False  # (literal scans instead of the pattern, nearly always)
    return _NO_FOUL_PLAY.search(text, sents[si].start, end) is not None


_DIVISION_TOLD = re.compile(r"\s+(?:state|province|region|governorate)\b", re.I)
_CAMPAIGN_ON = re.compile(r"\b(?:offensive|war|assault|attacks|bombardment|campaign|siege|"
                          r"invasion)\s+(?:on|in|against)\s+(?:the\s+)?$", re.I)
_IN_DIVISION = re.compile(r"\b(?:attacks?|violence|fighting|insurgency|conflict|clashes|"
                          r"killed|died|lives|dead|deaths)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:in|across|throughout)\s+(?:the\s+)?$", re.I)
_BORDER_AFTER = re.compile(r"\s*(?:border|borders|frontier)\b", re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"\b(?:(?:border|frontier)\s+with|bordering|borders)\s+(?:the\s+)?$",
                            re.IGNORECASE)


# Inline page furniture: links to other stories ("READ MORE: Man shot near playground
# dies"), photo captions. Text flattened from a web page keeps them inside sentences.
_FURNITURE = re.compile(
    r"\b(?:READ MORE|Read [Mm]ore|RELATED|Related(?: [Aa]rticles| [Ss]tories| [Cc]overage)?|"
    r"MORE|More|ALSO READ|Also [Rr]ead|READ ALSO|Read [Aa]lso|SEE ALSO|See [Aa]lso|Crime|"
    r"TRENDING|Trending)\s*:|"
    r"\bRelated [Aa]rticles\b|\bCAPTION\b|\bKEEP READING\b|\bRead or Share this story\b|"
    # photo galleries and link lists: "Image 1 of / 13 Caption Close", "RELATED COVERAGE"
    r"\bCaption Close\b|\bBack to Gallery\b|\bRELATED COVERAGE\b"
)


_CLOSE_QUOTE = ("\u201d", '"')


def _quote_speaker(text: str, sents, si: int, resolved_of) -> list:
    """ '"At least seven people died. Twenty others were injured," Ali Muse told Reuters.':
    a sentence inside a quotation that runs on has the speaker named where it closes."""
    seg = text[sents[si].start:sents[si].end]
    if seg.count('"') % 2 == 0 and "\u201c" not in seg or "\u201d" in seg:
        return []  # no quotation left open
    for k in range(si + 1, min(len(sents), si + 4)):
        nxt = text[sents[k].start:sents[k].end]
        if any(q in nxt for q in _CLOSE_QUOTE):
            # only the speaker after the closing quote, never a source quoted inside it
            close = max(nxt.rfind(q) for q in _CLOSE_QUOTE) + sents[k].start
            return [(a, src) for a, src in resolved_of[k] if a.verb_at > close]
    return []


_REWARD_NOTICE = re.compile(r"\breward\b[^.;]{0,120}\binformation\s+(?:leading|that\s+leads)\s+"
                            r"to\s+(?:an?\s+|the\s+)?arrest", re.I)


def _outside_furniture(text: str, s, ms: list[Mention]) -> list[Mention]:
    """The mentions before the first furniture marker in the sentence, if it has one, and
    outside square brackets ("[Suspect indicted in death of 80-year-old man]": a link to
    another story)."""
    if _REWARD_NOTICE.search(text, s.start, s.end):
        return []  # "a standing reward ... for information leading to an arrest and
        # conviction in a homicide": a notice, no one's death
    marker = _FURNITURE.search(text, s.start, s.end)
    if marker is not None:
        # mentions come in text order and a part follows its parent, so the kept ones are
        # a prefix of the list and their parent indices still hold
        ms = [m for m in ms if m.start < marker.start()]
    brackets = [(b.start(), b.end()) for b in _BRACKETED.finditer(text, s.start, s.end)]
    if not brackets:
        return ms
    inside = {i for i, m in enumerate(ms) if any(a < m.figure.span.start < b
                                                 for a, b in brackets)}
    if not inside:
        return ms
    keep = [i for i in range(len(ms)) if i not in inside]
    new_index = {old: new for new, old in enumerate(keep)}
    out = []
    for i in keep:
        m = ms[i]
        if m.parent is not None:
            m.parent = new_index.get(m.parent)
        out.append(m)
    return out


_BRACKETED = re.compile(r"\[[^\[\]]{0,300}\]")


def _border(text: str, p: Place) -> bool:
    """ "near the Burkina Faso border", "the border with Syria", "the Tillaberi region bordering
    Mali": a landmark, not the place."""
    if p.span is None:
        return False
    return bool(_BORDER_AFTER.match(text, p.span.end) or
                _BORDER_BEFORE.search(text[max(0, p.span.start - 30):p.span.start]))


_TOLD_APART = re.compile(r",\s+(?:and|while|but)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,5}"
                         r"(?:said|says|reported|put)\b")
_NEW_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\b|;")
# (past a time the toll runs over: "killed since Thursday in", "over the past week in")
_TOLL_IN = re.compile(r"(?:\s+(?:so\s+far|this\s+(?:year|month|week)|(?:over|in|during|within)"
                      r"\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:hours|days|weeks|months|"
                      r"years|week|month|year)|since\s+(?:(?:[A-Z][a-z]+|\d{4})"
                      r"(?:\s+\d{1,2}(?:,\s+\d{4})?)?)))?"
                      r"\s+(?:in|across|throughout)\s+(?:the\s+(?:city|town)\s+of\s+)?")
# "Ukraine's second-largest city", "the country's capital": a city named by its rank
_ITS_CITY = re.compile(r"['\u2019]s\s+(?:(?:second|third|fourth|fifth)[- ])?(?:largest|"
                       r"biggest|main|northern|southern|eastern|western)?\s*(?:[\w-]+\s+)?"
                       r"(?:city|capital|port|port\s+city)\b", re.I)
# "followed by Mali with 2,471": the count of the place just before it
_PLACE_WITH = re.compile(r",?\s+with\s+", re.I)
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.I)


def _ranked(text: str, s, p: Place, m: Mention) -> bool:
    """Whether the figure m is place p's count in a ranking: "Burkina Faso recorded 7,412
    deaths, followed by Mali with 2,471 and Niger with 991" (not "killed in Syria, with
    around 30 more wounded")."""
    return p.span is not None and \
        _PLACE_WITH.fullmatch(text, p.span.end, m.figure.span.start) is not None and \
        _FOLLOWED_BY.search(text, s.start, p.span.start) is not None
_TOWN_COUNTS = re.compile(r"(?:\s+(?:city\s+)?(?:police(?:\s+department)?|officers|"
                          r"authorities|officials)|\s+as\s+a\s+whole|\s+alone)?"
                          r"\s+(?:(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?)?"
                          r"(?:recorded|seen|saw|had|counted|logged|registered|experienced|"
                          r"suffered|investigated)\s+(?:more\s+than\s+|at\s+least\s+|nearly\s+|"
                          r"about\s+|some\s+)?$")
_NUMBER_IN = re.compile(r"\b(?:number|toll|tally|count)\s+of\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:in|across)\s+$", re.I)
_WINDOW = re.compile(r"(?:over|in|during|within)\s+the\s+(?:past|last|previous)\b", re.I)


def _country_of(p: Place | None) -> Place | None:
    """The country a place lies in, as a country-precision Place (no span: inferred)."""
    if p is None or p.country is None:
        return None
    if p.precision == PlacePrecision.COUNTRY:
        return p
    if p.country in _TERRITORIES:
        # the Palestinian territories are two theatres, Gaza and the West Bank: a toll over
        # the one a place lies in is that territory's (as ACLED codes them, by admin1)
        if p.precision == PlacePrecision.PROVINCE:
            return replace(p, span=None)
        around = place_finder.province_around(p)
        if around is not None:
            return replace(around, span=None)
    e = gazetteer.country(p.country)
    if e is None:
        return None
    return Place(e.name, e.country, PlacePrecision.COUNTRY, None, e.lat, e.lon, e.geonameid)


_TERRITORIES = frozenset({"PS"})
_COUNTRYWIDE = re.compile(
    r"\b(?:throughout|across|around|all over)\s+(?:the\s+)?(?:country|nation)\b|"
    r"\bnationwide\b|\bcountrywide\b"
)


def _country_words(text: str, s, place: Place) -> bool:
    """Whether an area total covers the whole country: "throughout the country", or a
    country named where the sentence's place is one ("across Iraq")."""
    return bool(_COUNTRYWIDE.search(text, s.start, s.end)) or \
        place.precision == PlacePrecision.COUNTRY


_RELATIVE_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?)?(?:that|which|where)\s")


def _scope(text: str, s, ms: list[Mention]) -> Scope:
    seg = text[s.start:s.end]
    last = ms[-1].end - s.start if ms else 0
    # "killed three fishermen on Sunday, bringing to 19 the number killed since the start
    # of the month": the running toll is the clause's after the figures, not theirs
    bringing = _BRINGING.search(seg, last)
    area = _AREA.search(seg)
    if any(not _RELATIVE_AFTER.search(seg, last, m.start()) and
           not (bringing and m.start() > bringing.start()) and
           not _SUPERLATIVE.search(seg, max(0, m.start() - 80), m.start()) and
           not _MOST_SINCE.search(seg, max(0, m.start() - 30), m.start()) and
           # "In total, the shelling killed five people across the region from Sunday
           # morning to Monday morning": the sum of a bounded stretch, not a running toll
           not (area and _IN_TOTAL.fullmatch(m.group(0))) and
           # "In total, 11 people, including the five assailants, were killed": one
           # incident's sum, told in the past (a running toll is told in the perfect: "In
           # total, 400 people have been killed")
           not (_IN_TOTAL.fullmatch(m.group(0)) and not _HAVE_DONE.search(seg)) and
           # "killed 1,604 civilians ... in the first six months of this year": a closed
           # stretch of the year, not the year's running toll
           not (_FIRST_MONTHS.search(seg) and "since" not in m.group(0).lower())
           for m in _CUMULATIVE.finditer(seg)):
        # (not in a clause about a place after the figures: "one person was killed ... in
        # Henderson, a city that has been grappling with gun violence in recent days")
        return Scope.CUMULATIVE
    if area and _ONE_OF_A.search(seg, max(0, area.start() - 20), area.start()):
        area = None  # "the latest in a string of attacks on children": this is one of them
    if area and area.group("hours") and _ONE_FIGHT.search(seg) and \
            not _AREA.search(seg, area.end()):
        area = None  # "Fighting ... around Hodeidah airport killed at least 48 combatants
        # over the past 24 hours": one battle's day, not a day's toll over an area
    if area or shared_by(text, s.start, s.end) or _FIRST_MONTHS.search(seg):
        return Scope.AREA_TOTAL
    return Scope.EVENT


# a figure told to compare ("just above the 1,592 deaths it documented in the same period
# of 2016"), not the toll the story tells
_COMPARED_TO = re.compile(r"\b(?:above|below|than|compared\s+(?:with|to)|up\s+from|down\s+from|"
                          r"(?:up|down)\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+from)"
                          r"\s+(?:the\s+)?$", re.I)
# the first months of a year, a closed period: its toll is the sum of what happened in it
_FIRST_MONTHS = re.compile(r"\bthe\s+first\s+(?:two|three|four|five|six|"
                           r"seven|eight|nine|ten|eleven|\d{1,2}|half)\s+(?:months\s+)?of\b",
                           re.I)


# a relative clause telling a series' toll: "a string of attacks that left dozens dead"
_SERIES_CLAUSE = re.compile(r"\b(?:string|series|wave|spate|rash|day|night|week)\s+of\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|violence|strikes|"
                            r"air\s*strikes|raids|shootings|explosions|clashes|fighting)\s+"
                            r"(?:that|which)\b", re.I)
# "in what could be one of the deadliest incidents for civilians since the offensive began":
# a comparison over the war, no running toll
_SUPERLATIVE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|"
                          r"most\s+(?:deadly|lethal|violent))\s+(?:single\s+)?(?:incidents?|"
                          r"attacks?|strikes?|bombings?|days?|raids?|assaults?|massacres?|"
                          r"shootings?|blasts?|flare-?ups?|escalations?|clashe?s?|fighting|"
                          r"violence|episodes?|ambush(?:es)?|(?:outbreak|bout|round|wave|spate)s?"
                          r"\s+of\s+(?:[\w-]+\s+)?(?:violence|fighting|attacks|clashes))\b[^.;]*$|"
                          # ("making the first half of 2017 one of the deadliest since the
                          # mission began recording in 2009")
                          r"\b(?:deadliest|bloodiest)\s+$|"
                          # "the deadliest in Taiz province since January, when a drone ...
                          # killed four boys": the record's place, then the last worse one
                          r"\b(?:deadliest|bloodiest|heaviest|worst)\s+(?:on|in|for|against)\s+"
                          r"[^.;,]{1,60}$", re.I)
# "9 homicides in 2015, the most since 2007": a comparison with a year, no running toll
_MOST_SINCE = re.compile(r"\b(?<!\bat\s)(?:the\s+)?(?:most|highest|lowest|fewest|least|largest|"
                         r"smallest)\s+(?:[\w-]+\s+)?$", re.I)
# (not "making 2022 the deadliest year there since the UN began tracking": a year's toll)
_PERFECT_TOLL = re.compile(r"\b(?:have|has)\s+(?:also\s+)?been\s+(?:killed|wounded|injured|"
                           r"displaced|abducted|kidnapped|arrested|detained|forced)\b", re.I)
# a toll told as it stands, not as a day's: "19 people had died", "32 remained missing"
_TOLL_STANDS = re.compile(r"\b(?:have|has|had)\s+(?:also\s+|now\s+|so\s+far\s+)?"
                          r"(?:been\s+[a-z]+ed|died|fled|disappeared)\b|"
                          r"\b(?:remain(?:s|ed)?|still)\s+(?:missing|unaccounted|in\s+custody|"
                          r"detained|displaced|held|in\s+detention)\b", re.I)
# a toll told as another's rival: "gave a higher toll of 231", "its lower estimate of 19"
_RIVAL_TOLL = re.compile(r"\b(?:a|its|their|the)\s+(?:much\s+|far\s+|slightly\s+)?"
                         r"(?:higher|lower|different|larger|smaller)\s+(?:death\s+)?"
                         r"(?:toll|tally|count|figure|estimate|number)\b", re.I)
_IN_TOTAL = re.compile(r"in\s+total", re.I)
_HAVE_DONE = re.compile(r"\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+)?"
                        r"[a-z]+ed\b|\b(?:have|has)\s+(?:now\s+)?(?:died|fled)\b", re.I)
_OF_THOSE = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.I)
_RUNNING = re.compile(r"\bthis\s+(?:year|month)\b|\bso\s+far\b|\bto\s+date\b|\bsince\b", re.I)
_BRINGING = re.compile(r",\s+(?:bringing|raising|taking|pushing)\b|"
                       # "..., and his death pushed the city's homicide count past its record"
                       r",?\s+and\s+(?:his|her|their|the)\s+deaths?\s+(?:pushed|brought|raised|"
                       r"took)\b", re.I)
_ONE_FIGHT = re.compile(r"\b(?:[Ff]ighting|[Bb]attle|[Cc]lashes)\s+(?:[\w'-]+\s+){0,8}?(?:around|"
                        r"at|near|for)\s+(?:the\s+)?(?:[\w'-]+\s+)?[A-Z]")
_ONE_OF_A = re.compile(r"\b(?:latest|last|newest|most\s+recent|one)\s+(?:in|of)\s+an?\s+$", re.I)


# a sentence that opens on a day of its own or a running toll: another thread of the story
_NEW_THREAD = re.compile(r"\s*(?:(?:On|In|Last|Earlier|Since)\s+(?:[\w.,]+\s+){0,3}?"
                         r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
                         r"Dec\.|week|month|year|\d{4})\b|[^.;]*\bsince\b|"
                         # "Later, about 9:30 p.m., four teenagers were shot": the next case
                         r"(?:Later|Earlier|Meanwhile|Also|About|Around|Less\s+than|"
                         r"More\s+than\s+an?\s+hour)\b)")


# what joins two figures of one clause: " and ", ", and ", " while "
_AND_NEXT = re.compile(r",?\s+(?:and|while)\s+(?:[\w'-]+\s+){0,3}?", re.I)


def _told_before(text: str, sents, si: int, resolved_of) -> list:
    """ "..., the SNAI said in a statement. Four inmates and two guards were wounded.": a
    sentence that names no teller, in the paragraph of one that does, goes on with the last
    teller named just before it."""
    if si == 0 or not resolved_of[si - 1] or "\n" in text[sents[si - 1].end:sents[si].start]:
        return []
    if _NEW_THREAD.match(text, sents[si].start, sents[si].end) or \
            _SEPARATE.match(text, sents[si].start, sents[si].end):
        return []  # ("On March 7, al Qaeda fighters overran a checkpoint": another incident)
    # (a teller who said so, not "neighbors reported hearing gunshots", "a white Lexus sedan
    # reported to have been involved")
    told = [(a, src) for a, src in resolved_of[si - 1] if src is not None and
            _TELLING_VERB.match(text, a.verb_at)]
    return told[-1:]


def _list_teller(text: str, sents, si: int, resolved_of) -> list:
    """ "The casualties, by region, as reported by governors:" above "Kherson Oblast: 2
    killed, 11 injured": a list's lines are told by whoever the line that opens it names."""
    k = _list_opener(text, sents, si)
    return [] if k is None else [(a, src) for a, src in resolved_of[k] if src is not None][-1:]


def _list_opener(text: str, sents, si: int) -> int | None:
    """The sentence ending in a colon that opens the list of label lines sents[si] is in."""
    k = si
    while k >= 0 and sentence_splitter.LABEL_LINE.match(text, sents[k].start, sents[k].end):
        k -= 1
    if k == si or k < 0 or not text[sents[k].start:sents[k].end].rstrip().endswith(":"):
        return None
    return k


_TELLING_VERB = re.compile(r"(?:said|says|told|tells|according|added|adds|stated|confirmed|"
                           r"announced)\b", re.I)


def _nearest_source(m: Mention, resolved) -> Source | None:
    best = None
    dist = None
    for a, src in resolved:
        if src is None or a.ahead and m.start < a.verb_at:
            continue
        d = abs(a.verb_at - m.start)
        if dist is None or d < dist:
            best, dist = src, d
    return best


_JOINED_NEXT = re.compile(r"[^,;:.()]{0,30}?\band\s+")


def _windows(ms: list[Mention], n: int, s, text: str = ""
             ) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Where a mention's own place and date may stand, and the sentence's shared tail.

    Its own clause runs from the previous mention's end (the sentence start for the first)
    to the next mention's start. Words after the last mention ("... were killed and 70
    wounded in clashes in Qusayr yesterday") qualify every mention, unless the last one is
    a subset ("six of them on Monday"), whose date is its own.
    """
    start = s.start if n == 0 else ms[n].start
    end = ms[n + 1].start if n + 1 < len(ms) else s.end
    if text and n + 1 < len(ms) and ms[n + 1].parent == n and \
            _including_closed(text, s, ms[n + 1], s.end):
        # "Nine Maoists, including four women cadres, were killed ... on Tuesday": past the
        # comma that closes its part, the clause is its own again (not "56 rebels dead, six
        # of them on Monday": the part's day)
        end = next((k.start for k in ms[n + 2:] if k.parent != n), s.end)
    last = ms[-1]
    trailing = (last.end, s.end) if last.parent is None and n + 1 < len(ms) else None
    if last.parent is not None and text:
        # "34 people were shot -- 17 of whom died -- in the Feb. 14 shooting": past the
        # dash or bracket that closes the part, the words are the whole sentence's again
        close = _PART_CLOSED.match(text, last.end, s.end) or \
            _including_closed(text, s, last, s.end)  # ("four others were wounded, including
        # a 15-year-old girl, when gunfire broke out ... Tuesday evening")
        if close:
            if n + 1 < len(ms):
                trailing = (close.end(), s.end)
            else:
                end = close.end()
    if text and ms[n].parent is not None and n + 1 < len(ms) and \
            (close := _including_closed(text, s, ms[n], end)):
        end = close.end()  # ("including four women cadres," ends at its comma)
    return (start, end), trailing


def _including_closed(text: str, s, m: Mention, limit: int) -> re.Match | None:
    """The comma that closes a part told by "including" ("Nine Maoists, including four
    women cadres, were killed"), before `limit`; None for any other mention."""
    if not _INCLUDING_BEFORE.search(text, max(s.start, m.start - 14), m.start):
        return None
    return _PART_COMMA.match(text, m.end, limit)


_PART_CLOSED = re.compile(r"[^\u2014\u2013()]{0,60}?(?:\s[\u2014\u2013-]{1,2}\s|\))")
_PART_COMMA = re.compile(r"[^,;]{0,40}?,\s")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them)\s+$", re.I)


def _attributive(text: str, p: Place, m: Mention) -> bool:
    """ "A Kosovo police officer was killed ... near Leposavic": a country's name before the
    victims' noun, inside their phrase, says who they are, not where."""
    return p.precision == PlacePrecision.COUNTRY and p.span is not None and \
        m.start <= p.span.start and p.span.end < m.end and \
        _LOWER_WORD_AFTER.match(text, p.span.end) is not None


_LOWER_WORD_AFTER = re.compile(r" [a-z]")


def _whose_people(text: str, p: Place) -> bool:
    """ "attacks by armed Amhara militiamen", "Amhara regional forces", "Twic youths": a
    region's name before its people's noun tells who they are, not where it happened."""
    return p.precision == PlacePrecision.PROVINCE and p.span is not None and \
        _ITS_PEOPLE.match(text, p.span.end) is not None


_ITS_PEOPLE = re.compile(r"\s+(?:(?:regional|special|state)\s+)?(?:militiamen|militias?|fighters|"
                         r"forces|youths?|herders|gunmen|troops|rebels|insurgents|"
                         r"vigilantes)\b")


def _pick(items, own: tuple[int, int], trailing: tuple[int, int] | None,
          anchor: int | None = None, text: str | None = None):
    """The first item (Place or DateRange) inside the own window, else the trailing one.

    With an anchor (places), the one closest before the anchor wins inside the own window:
    "South of Baghdad, in Kut, a bomb exploded, killing a civilian" happened in Kut.
    """
    for window in (own, trailing):
        if window is None:
            continue
        lo, hi = window
        inside = [it for it in items if it.span is not None and lo <= it.span.start < hi]
        if anchor is not None:
            before = [it for it in inside if it.span.end <= anchor]
            if before:
                chosen = _list_head(text, before) if text is not None else before[-1]
                # "In Kherson Oblast, shelling killed a man in the village of Bilozerka",
                # "three rescuers were killed in Kharkiv" after "Ukraine's ... Service said":
                # a town of the clause inside the division or country chosen is more precise
                # (finer only: "Leposavic, a Serb-majority town in northern Kosovo" after "A
                # Kosovo police officer" is the town, not Kosovo told again)
                return next((t for t in inside if t is not chosen and
                             PRECISION_RANK[t.precision] < PRECISION_RANK[chosen.precision] and
                             place_finder.within(t, chosen)), chosen)
            # "in Nigeria's northeastern state of Borno": the most precise place after it,
            # but not a division that locates the place before it ("in the Menaka Region
            # (Menaka, Gao)", "in Guachochi, Chihuahua state, Mexico")
            if inside and text is not None:
                heads = [p for i, p in enumerate(inside) if i == 0 or not (
                    _IN_BRACKETS.fullmatch(text, inside[i - 1].span.end, p.span.start) or
                    _APPOSED.fullmatch(text, inside[i - 1].span.end, p.span.start))]
                return min(heads, key=lambda p: PRECISION_RANK[p.precision])
            if inside:
                return min(inside, key=lambda p: PRECISION_RANK[p.precision])
        if inside:
            return inside[0]
    return None


_LANDMARK = re.compile(
    r"(?:\b(?:(\d[\d,.]*)\s*|some\s+|a\s+few\s+)?(km|kms|kilomet(?:re|er)s?|miles|mi)\b\.?\s*"
    r"(?:\([^()]{0,30}\)\s*)?(?:to\s+the\s+)?|\b)(?:(?:north|south|east|west|northeast|northwest|"
    r"southeast|southwest)(?:-?(?:east|west))?\s+of|across\s+the\s+(?:border|river)\s+from|"
    r"(?<=\s)(?:from|outside))\s+(?:the\s+)?"
    r"(?:(?:provincial|regional|state|district|national|main)\s+)?(?:(?:capital|city|town)"
    r"(?:\s+of)?,?\s+)?$|"
    # "35 km southeast of the northeastern Nigerian city of Maiduguri", "110 km south of the
    # port city of Hodeidah"
    r"\b(\d[\d,.]*)\s*(km|kms|kilomet(?:re|er)s?|miles|mi)\b\.?\s*(?:\([^()]{0,30}\)\s*)?"
    r"(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+"
    r"the\s+(?:[\w-]+\s+){1,3}?(?:capital|city|town|port|hub)(?:\s+of)?,?\s+$", re.I)


def _landmark(text: str, p: Place, others: list[Place]) -> bool:
    """ "near Tarmiya, 50 km (30 miles) north of Baghdad", "Beledweyne, about 335 km north of
    the capital Mogadishu": a place that locates another place of the sentence, one near
    it, as near as the text says (a namesake far away is no such place)."""
    m = _LANDMARK.search(text, max(0, p.span.start - 80), p.span.start)
    if m is None or m.group(0).lower().startswith(("from", "outside")):
        return False
    reach = max(_NEAR_KM, 1.5 * _told_km(m))
    return any(o is not p and (d := distance_km(o, p)) is not None and d <= reach and
               not _CONTAINER_NEXT.fullmatch(text, p.span.end, o.span.start)
               for o in others)


# "15 km east of the town of Oicha in Beni territory": the area the landmark itself lies in,
# no place it locates
_CONTAINER_NEXT = re.compile(r"\s*,?\s*(?:in|of)\s+(?:the\s+)?", re.I)


def _container(text: str, p: Place, others: list[Place]) -> bool:
    """ "a village east of the town of Oicha in Beni territory": p is a district or province
    told right after a town of the sentence as the area it lies in."""
    return p.precision in (PlacePrecision.DISTRICT, PlacePrecision.PROVINCE) and any(
        q.precision == PlacePrecision.TOWN and q.span.end < p.span.start and
        _CONTAINER_NEXT.fullmatch(text, q.span.end, p.span.start) for q in others)


def _only_landmark(text: str, p: Place) -> bool:
    """ "Badigam village, about 55 km south of Srinagar", "a village 25 km from Maiduguri":
    a place told as the distance from it, where the sentence names nothing nearer (the
    village the gazetteer lacks)."""
    m = _LANDMARK.search(text, max(0, p.span.start - 80), p.span.start)
    return m is not None and (m.group(2) or m.group(4)) is not None and \
        _told_km(m) >= 25  # (else near enough)


def _told_km(m: re.Match) -> float:
    """The distance a _LANDMARK match tells, in km (0 when it gives no number)."""
    try:
        told = float((m.group(1) or m.group(3) or "0").replace(",", ""))
    except ValueError:
        return 0.0
    return told * (1.609 if (m.group(2) or m.group(4) or "").lower().startswith("mi") else 1)


_NEAR_KM = 200  # "50 km north of Baghdad", "120 miles south of Tripoli"


# Between places in a list: "Taji, Madain and Tarmiyah" (names the gazetteer lacks
# included), and the words that tie a list to the place it belongs to ("Baghdad and the
# surrounding areas of").
_LIST_JOINT = re.compile(r"(?:,?\s*(?:and|or)\s+|,\s*)(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
                         r"(?:,?\s*(?:and|or)\s+|,\s*))*")
_LIST_HEAD = re.compile(r"\s*(?:,\s*)?(?:and|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:of|"
                        r"including|like|such\s+as)\s+")
_LIST_TAIL = re.compile(r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:,?\s*(?:and|or)\s+|,\s*))+$")


# from a place to its divisions in brackets: " town (", " (Djugu, ", ", "
# a place told after a town to say where the town is: ", the capital of", ", a town in the",
# ", a city in", ", in northern", ", the main city of the restive"
_APPOSED = re.compile(r"(?:\s+(?:city|town|village))?,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:capital|city|town|village|hub|seat|locality|suburb|district|area|"
                      r"region|province|state|stronghold)"
                      r"\s+(?:of|in)\s+|in\s+|capital\s+of\s+)(?:the\s+)?(?:[a-z-]+\s+){0,3}|"
                      # "the Lice district of Diyarbakir province", "Zurmi Local Government
                      # Area of Zamfara State"
                      r"\s+(?:[Dd]istrict|[Cc]ounty|[Mm]unicipality|(?:[Ll]ocal\s+[Gg]overnment\s+)?"
                      r"[Aa]rea|[Ss]ub-district|[Tt]ownship)\s+(?:of|in)\s+(?:the\s+)?")
_IN_BRACKETS = re.compile(r"(?:\s+(?:town|city|village|area|district|county|locality|township|"
                          r"commune|municipality|zone))?\s*\(\s*"
                          r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+(?:district|LGA|county|"
                          r"province|state|region))?\s*,\s*)*|"
                          # "Guachochi, Chihuahua state, Mexico", "El Tambo municipality, Cauca"
                          r"(?:\s+(?:town|city|village|district|county|municipality|department|"
                          r"province|state|region|governorate|LGA))?\s*,\s*|\s*\)\s*,\s*", re.I)


def _list_head(text: str, before):
    """The place a figure told after places follows: the nearest, unless it ends a list
    ("Taji, Madain and Tarmiyah, where 25 were killed": all of them), then the place the
    list belongs to ("Baghdad and the surrounding areas of Taji, Madain and Tarmiyah"),
    else the list's first."""
    def between(i: int) -> str:
        return text[before[i - 1].span.end:before[i].span.start]

    # "near Rapar town (Kachchh, Gujarat)": the divisions in brackets locate the town;
    # so does an apposition: "Maiduguri, the capital of Borno state", "Gao, in northern Mali"
    i = len(before) - 1
    while i > 0 and (_IN_BRACKETS.fullmatch(between(i)) or _APPOSED.fullmatch(between(i)) and
                     before[i - 1].country == before[i].country and
                     PRECISION_RANK[before[i - 1].precision] < PRECISION_RANK[before[i].precision]):
        i -= 1
    if i < len(before) - 1:
        return before[i]
    i = len(before) - 1
    while i > 0 and _LIST_JOINT.fullmatch(between(i)):
        i -= 1
    if i > 0:
        gap = between(i)
        tail = _LIST_TAIL.search(gap)
        if tail is not None or i < len(before) - 1:
            if _LIST_HEAD.fullmatch(gap[:tail.start()] if tail else gap):
                return before[i - 1]
    return before[i]


# (not "followed by Mali with 2,471": the next of a ranking)
_AGENT = re.compile(r"\b(?<!followed\s)(?:by|from|with|ally|allies|backer)\s+(?:the\s+)?$",
                    re.IGNORECASE)


def _agent_place(text: str, p: Place) -> bool:
    """ "scholarships offered by Turkey", "fighters from Chad": a country acting, not where;
    so is a capital standing for its government ("as Moscow pressed its attacks", "backed by
    Belgrade", "Moscow's defence ministry said")."""
    if p.precision == PlacePrecision.COUNTRY:
        return bool(_AGENT.search(text[max(0, p.span.start - 12):p.span.start]) or
                    _AGENT_AFTER.match(text, p.span.end))
    if p.span is not None and _RAIDERS_FROM.search(text, max(0, p.span.start - 40),
                                                   p.span.start):
        return True  # "Gunmen from neighboring Warrap state killed 19 people ... in Unity
        # state's Mayom County": where the attackers came from, not where they struck
    if p.precision != PlacePrecision.TOWN or p.span is None:
        return False
    capital = gazetteer.capital_of(p.country)
    return capital is not None and capital.geonameid == p.geonameid and bool(
        _STATE_BEFORE.search(text[max(0, p.span.start - 20):p.span.start]) or
        _STATE_AFTER.match(text, p.span.end))


# where a deal was struck or talks held, not where anyone died: "the ceasefire signed in Kuala
# Lumpur, which ended fighting that killed dozens", "peace talks in Doha"
_VENUE = re.compile(r"\b(?:signed|brokered|mediated|negotiated|hosted|talks|summit|"
                    r"negotiations)\s+in\s+$", re.I)
# where attackers came from: "Gunmen from neighboring Warrap state"
_RAIDERS_FROM = re.compile(r"\b(?:gunmen|attackers|assailants|raiders|militiamen|fighters|"
                           r"youths|bandits|cattle\s+raiders)\s+from\s+(?:the\s+)?"
                           r"(?:neighbou?ring\s+|nearby\s+|rival\s+)?$", re.I)
# a capital as its state: "backed by Belgrade", "Moscow's defence ministry", "Kyiv said"
_STATE_BEFORE = re.compile(r"\b(?:backed|supported|armed|funded|sponsored|ordered)\s+by\s+$|"
                           r"\b(?:ally|allies|backers?)\s+(?:of\s+)?$", re.I)
_STATE_AFTER = re.compile(
    r"['\u2019]s\s+(?:(?:defen[cs]e|foreign|interior)\s+ministry|government|regime|allies|"
    r"ally|backing|forces|military|troops|envoy|ambassador)\b|"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|pressed|presses|denied|denies|accused|accuses|"
    r"blamed|blames|announced|insisted|vowed|warned|retaliated|rejected|demanded|refused|"
    r"backed|backs|recogni[sz]ed|recogni[sz]es|launched|sent|deployed|responded)\b|"
    # "the M23, which Kinshasa and UN experts say is backed by Rwanda"
    r"\s+and\s+(?:[\w-]+\s+){1,3}?(?:say|said|says|accuse|accused|accuses)\b")


# the wounded moved far: "flown to", "airlifted to" (and _FLOWN_TO's "air-lifted")
_FAR_MOVES = r"flown|airlifted|evacuated|transferred|referred"
# the hurt moved anywhere: "rushed to", "taken to" (and the far moves)
_MOVES = rf"{_FAR_MOVES}|rushed|taken|shifted"
_DESTINATION = re.compile(rf"\b(?:hospitals?|clinic|medical\s+cent(?:er|re)|{_MOVES})\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:in|at|to)\s+"
                          # ("died later in a hospital in the city of Arauca")
                          r"(?:the\s+)?(?:(?:city|town)\s+of\s+|[\w-]+\s+)?$|"
                          # "died at the State Specialist Hospital, Maiduguri"
                          r"\b(?:hospital|clinic|medical\s+cent(?:er|re)),\s+$", re.I)


# a far destination: "The wounded soldier was flown to Timika", "airlifted to Raipur" (not
# "taken to the district hospital in Kalat", as often the story's own town)
_FLOWN_TO = re.compile(rf"\b(?:{_FAR_MOVES}|air-lifted)\s+"
                       r"(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


# where a person is from or is buried: "The soldier, a resident of Gurdaspur", "hailed
# from Karak district", "The 74-year-old woman from Hildesheim died in hospital",
# "carried the bodies to Lashkar Gah for burial"
_HOME_OF = re.compile(r"\b(?:(?:a|the)\s+(?:resident|native)s?\s+of|residents\s+of\s+(?=\S+\s+"
                      r"(?:who|and)\b)|hail(?:ed|s|ing)\s+from|native\s+(?:village|town)\s+of|"
                      r"home\s*town\s+of|belong(?:ed|s|ing)\s+to|originally\s+from|"
                      # ("a 24-year-old man from Dayton was shot dead in Cincinnati")
                      r"\d+-year-old\s+(?:[a-z-]+\s+)?(?:man|woman|boy|girl|teen(?:ager)?|"
                      r"mother|father|student|resident)\s+from|"
                      # ("a migrant labourer from Bihar was shot dead ... in Bandipora")
                      r"\b(?:labou?rers?|workers?|traders?|pilgrims?|tourists?)\s+from|"
                      # ("Two men, both from Ohio, died")
                      r",\s+(?:both|all)\s+from|"
                      r"bod(?:y|ies)\s+(?:[\w-]+\s+){0,3}?to|for\s+burial\s+in|buried\s+in)\s+"
                      r"(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?$", re.I)


def _not_homes(text: str, places: list[Place]) -> list[Place]:
    """The places without a person's home town, or where the dead were carried or buried,
    and the divisions told after such a place ("a resident of Gurdaspur in Punjab")."""
    out: list[Place] = []
    home: Place | None = None
    told_home = False  # (the home told by its own words, not a division told after it)
    for p in places:
        # ("A resident of Djibo said": a witness, whose town is where it happened)
        if _HOME_OF.search(text, max(0, p.span.start - 40), p.span.start) and \
                not _SPEAKER_VERB.match(text, p.span.end, min(len(text), p.span.end + 100)):
            home, told_home = p, True
            continue
        if home is not None and (
                _DIVISION_OF_HOME.fullmatch(text, home.span.end, p.span.start) or
                # ("a native of Bihar's Gaya district": a place in the home told first; not
                # "labourers from Punjab in Kech's Turbat town", where they were)
                told_home and _PLACE_OF_HOME.fullmatch(text, home.span.end, p.span.start)):
            home, told_home = p, False
            continue
        home = None
        out.append(p)
    return out


_DIVISION_OF_HOME = re.compile(r"(?:\s+(?:district|province|state|region|town|village))?"
                               r"(?:,\s*|\s+in\s+(?:the\s+)?)")
_PLACE_OF_HOME = re.compile(r"['\u2019]s\s+")


def _destination(text: str, p: Place) -> bool:
    """ "The wounded were flown to a military hospital in Morelia": where the hurt were
    taken, not where they were hurt; "sped toward the Sulu archipelago": where the attackers
    went after."""
    before = text[max(0, p.span.start - 50):p.span.start]
    return p.precision == PlacePrecision.TOWN and bool(_DESTINATION.search(before)) or \
        bool(_MADE_OFF_TOWARD.search(before)) or _on_the_road(text, p) or \
        p.precision == PlacePrecision.TOWN and bool(_ITS_HOSPITAL.match(text, p.span.end)) and \
        bool(_MOVED_TO.search(before))


def _on_the_road(text: str, p: Place) -> bool:
    """Whether p is where travellers came from or were going (see _ON_THE_ROAD)."""
    return _ON_THE_ROAD.search(text, max(0, p.span.start - 50), p.span.start) is not None


# where travellers came from or were going: "passengers travelling from Quetta to Punjab",
# "a convoy heading for the besieged town of Djibo", "a bus bound for Nairobi" (the attack
# was on the road, not there)
_ON_THE_ROAD = re.compile(
    r"\b(?:travel(?:l)?ing|travel(?:l)?ed|heading|headed|bound|en\s+route|on\s+(?:its|their|his|"
    r"her)\s+way|journeying)\s+(?:back\s+|home\s+)?"
    r"(?:from\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+)?(?:from|to|for|towards?)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:town|city|village)\s+of\s+)?$")
# a town's hospital the hurt were moved to: "two were referred to Quetta's Civil Hospital"
# (not "A doctor at Peshawar's Lady Reading Hospital", often the story's own town)
_ITS_HOSPITAL = re.compile(r"['\u2019]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:[Hh]ospital|[Cc]linic)\b")
# ("brought to" too, but not "brought ashore at", where they died)
_MOVED_TO = re.compile(rf"\b(?:{_MOVES}|brought)\s+(?:[\w-]+\s+){{0,3}}?to\s+$", re.I)


_MADE_OFF_TOWARD = re.compile(r"\b(?:sped|speeding|headed|heading|escaped|escaping|made\s+off|"
                              r"drove\s+off|retreated|retreating|withdrew|withdrawing)\s+"
                              r"(?:off\s+|away\s+|back\s+)?(?:toward|towards|in\s+the\s+direction"
                              r"\s+of)\s+(?:the\s+)?$", re.I)


# where a teller or a helper is based: "from its base in Bor", "its team in Lankien"
_OWN_BASE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:base|bases|headquarters|office|offices|"
                       r"team|teams|compound|staff)\s+in\s+(?:the\s+)?(?:town\s+of\s+)?$", re.I)


def _own_base(text: str, p: Place) -> bool:
    """Where a teller or helper is based ("a patrol from its base in Bor"): no place of the
    story, nor its main place."""
    return _OWN_BASE.search(text, max(0, p.span.start - 45), p.span.start) is not None


# "An army spokesman in Beni put the death toll at 21", "said in a statement in Gusau":
# where the one who tells the toll is, not where people died
# a teller, not a place: "According to Sokol, a security guard ...", "his brother, reached by
# telephone in the Yemeni port city of Mukalla, told AFP"
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.I)
_REACHED_IN = re.compile(r"\breached\s+(?:by\s+(?:tele)?phone\s+)?in\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,4}?(?:of\s+)?$", re.I)
_TELLER_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")


def _teller_named(text: str, p: Place) -> bool:
    """A place named as the teller itself ("According to Sokol, ...", "according to Kyiv.")
    or where a teller was reached (not "according to Evanston police": its city's)."""
    return _REACHED_IN.search(text, max(0, p.span.start - 60), p.span.start) is not None or \
        _ACCORDING_TO.search(text, max(0, p.span.start - 20), p.span.start) is not None and \
        _TELLER_ENDS.match(text, p.span.end) is not None


_SPEAKER_IN = re.compile(
    r"(?:\b(?:spokes(?:man|woman|person)|officials?|officers?|sources?|commanders?|governors?|"
    r"rebels|militants|insurgents|separatists|fighters|"
    r"doctors?|medics?|workers?|residents?|lawmakers?|correspondents?|journalists?|activists?|"
    r"leaders?|priests?|chiefs?|administrators?)\s+(?:based\s+)?in|\b(statement|conference|"
    r"briefing|interview|(?:told|telling)\s+(?:reporters|journalists|parliament|lawmakers|"
    r"(?:a\s+)?(?:news|press)\s+conference)|speaking|addressing\s+(?:[\w-]+\s+){1,3}?)"
    r"\s+(?:issued\s+|given\s+)?in)\s+(?:the\s+)?(?:town\s+of\s+)?"
    r"(?:[A-Z][\w-]*['\u2019]s\s+)?$", re.I)  # ("rebels in Indonesia's Papua province said")
_SPEAKER_VERB = re.compile(r"(?:\s+(?:city|town|province|district))?(?:,[^.;,]{0,80},)?\s+(?:said|"
                           r"says|told|tells|put|puts|gave|confirmed|reported|added|counted)\b",
                           re.I)


def _speaker_base(text: str, p: Place, end: int) -> bool:
    """ "A senior police official in Quetta, speaking on condition of anonymity, told AFP that
    the toll had risen to 11", "said in a statement in Gusau"."""
    if p.precision == PlacePrecision.COUNTRY:
        return False
    if _own_base(text, p):
        return True
    m = _SPEAKER_IN.search(text, max(0, p.span.start - 45), p.span.start)
    if m is None:
        return False
    return m.group(1) is not None or _SPEAKER_VERB.match(text, p.span.end, end) is not None


# "the Michoacan state prosecutor's office", "the Tamaulipas state security spokesman's
# office": a state named as a teller's jurisdiction, not where the figure's people were
_JURISDICTION = re.compile(
    r"(?:\s+state)?\s+(?:(?:public|security|police|rights|health|interior|justice|government|"
    r"emergency|civil|human|attorney|general|prosecutor['\u2019]?s?|spokes(?:man|woman|person)"
    r"['\u2019]?s?)\s+){0,4}(?:prosecutor['\u2019]?s?\s+office|attorney\s+general['\u2019]?s?"
    r"(?:\s+office)?|(?:spokes(?:man|woman|person)['\u2019]?s?\s+)?office|prosecutors|"
    r"secretariat|police|ministry|department|commission)\b", re.I)


# "Kharkiv governor Oleh Synegubov", "Diffa governor Moussa Garba": a governor's title names
# his province (the town of its name is no more where people died than the rest of it)
_GOVERNOR_AFTER = re.compile(r"(?:\s+(?:regional|provincial|state|deputy))?\s+governor\b",
                             re.I)


def _jurisdiction(text: str, p: Place) -> bool:
    return p.precision == PlacePrecision.PROVINCE and \
        _JURISDICTION.match(text, p.span.end) is not None


def _governors(text: str, p: Place) -> Place:
    """A town named in a governor's title stands for its province."""
    if p.precision == PlacePrecision.TOWN and _GOVERNOR_AFTER.match(text, p.span.end):
        return place_finder.province_around(p) or p
    return p


# "The US military says it has killed three militants near Kismayo": the country acting
_AGENT_AFTER = re.compile(r"(?:['\u2019]s\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?|\s+)"
                          r"(?:military|army|armed\s+forces|forces|troops|government|officials|"
                          r"embassy|air\s+force|navy|president|"
                          r"authorities|defen[cs]e\s+ministry|state\s+department|"
                          r"civil\s+defen[cs]e|(?:health|interior|foreign)\s+ministry|"
                          r"state\s+(?:media|television|tv)|news\s+agency|"
                          # "Israel's offensive killed 1,200 people in Lebanon" (not "Syria's
                          # war", whose place it is)
                          r"offensive|(?:air\s*|drone\s+|missile\s+)?strikes?|airstrikes?|"
                          r"bombardment|shelling|raids?|invasion|"
                          # "Belgium's Ghent University": whose institution, not where
                          r"(?:[\w-]+\s+){0,3}?(?:university|institute))\b|"
                          # "as Russia fired 89 shells and launched 25 drones at the region"
                          r"\s+(?:fired|launched|shelled|pounded|bombed|struck)\b", re.I)


def _recent_place(text: str, places_in: list[list[Place]], sents, si: int,
                  main: Place | None,
                  datelines: set[int], floor: int = 0) -> Place | None:
    """The place a recent sentence is about: "at least 13 soldiers were wounded in the
    gunbattle, he added" happened where the attack just told of did. Wire stories put each
    sentence in its own paragraph, so this looks back by sentences (three at most, none
    before `floor`, where a roundup's section begins)."""
    for k in range(si - 1, max(floor - 1, si - 4), -1):
        if sents[k].end - sents[k].start < 40:
            continue  # a dateline or a caption line ("Kabul")
        # (borders are out of found_places already, agents out of places_in)
        here = [p for p in places_in[k] if p.precision != PlacePrecision.COUNTRY and
                p.span.start not in datelines]
        # (not the city a distance is told from: "Mach, 50 km southeast of Quetta")
        here = [p for p in here if not _landmark(text, p, here)] or here
        # (nor the area a town of the sentence lies in: "Oicha in Beni territory")
        here = [p for p in here if not _container(text, p, here)] or here
        if here:
            # the article's main place if the sentence names it ("Palanpur area of Surat"),
            # else its first ("In Kunduz, ... a spokesman based in Balkh": the topic)
            first = next((p for p in here if main is not None and p.name == main.name), here[0])
            # ("In neighbouring Chechnya, ... at a checkpoint near Gudermes": the town in it)
            return next((p for p in here if p.span.start > first.span.start and
                         place_finder.within(p, first)), first)
    return None


# a lead's place told vaguely: "in the country's north", "a village in eastern Congo"
_VAGUE_AREA = re.compile(r"\b(?:in|of)\s+the\s+country['\u2019]s\s+(?:far\s+)?(?:north|south|east|"
                         r"west|north-?east|north-?west|south-?east|south-?west|centre|center)\b|"
                         r"\b(?:a|an)\s+(?:remote\s+|rural\s+)?(?:village|hamlet|town|district|"
                         r"area|forest|island|settlement|fishing\s+camp)\s+(?:in|of|near)\b", re.I)
def _lead_town_told_next(text: str, places_in: list[list[Place]], sents, si: int,
                         place: Place | None, datelines: set[int]) -> Place | None:
    """The lead's place, or the town the next sentences tell instead: when the lead names no
    place finer than a country ("Air strikes on a market town in Syria's northwest killed 19
    civilians. The raids struck the town of Ariha"), a town inside the lead's province ("in
    Myanmar's Rakhine state ... The shells hit the village near the town of Kyauktaw"), or
    when the lead's place is the dateline and it tells the place vaguely ("OUAGADOUGOU -
    ... ambushed a convoy in the country's north")."""
    s = sents[si]
    province = place is not None and place.precision == PlacePrecision.PROVINCE
    if not (place is None or place.precision == PlacePrecision.COUNTRY or province or
            place.span is not None and place.span.start in datelines and
            _VAGUE_AREA.search(text, s.start, s.end)):
        return place
    told = _place_told_next(text, places_in, sents, si, place, datelines)
    if told is None or province and not place_finder.within(told, place):
        return place
    return told


def _place_told_next(text: str, places_in: list[list[Place]], sents, si: int,
                     place: Place | None, datelines: set[int]) -> Place | None:
    """The town of an attack the next sentence or two tell, in the lead's country (if it
    has one), when the lead names no place finer than a country."""
    for k in range(si + 1, min(len(sents), si + 3)):
        s = sents[k]
        if _SEPARATE.match(text, s.start, s.end):
            break  # ("Separately, police said two policemen were shot dead in ...": another)
        if not _INCIDENT_VERB.search(text, s.start, s.end):
            continue
        here = [p for p in places_in[k] if p.precision != PlacePrecision.COUNTRY and
                p.span.start not in datelines and not _landmark(text, p, places_in[k]) and
                (place is None or p.country == place.country)]
        if here:
            return here[0]
    return None


# "killed five people across the region", "residents of the oblast": the province told before
_THE_REGION = re.compile(r"\b(?:in|across|throughout|of|around|all\s+over)\s+the\s+(?:region|"
                         r"oblast|province|governorate|state|union\s+territory)\b"
                         r"(?!\s+(?:of\b|capital|government|police|governor|\u2019s|'s))|"
                         # "The state recorded 1,081 homicides"
                         r"^\W*the\s+(?:region|province|state)\s+(?:has\s+|had\s+)?(?:recorded|"
                         r"registered|reported|logged|saw)\b", re.I)
# a division by its kind, not the vaguer "region": "martyred in the province"
_A_DIVISION_TOLD = re.compile(r"\b(?:in|across|throughout)\s+the\s+(?:province|governorate|"
                              r"state|oblast)\b", re.I)
# "more than 200 people had been killed in the local government area since May"
_THE_DISTRICT = re.compile(r"\b(?:in|across|throughout|of|around)\s+the\s+(?:"
                           + place_finder.LGA + r"|district)\b(?!\s+(?:of\b|headquarters|"
                           r"chairman|\u2019s|'s))", re.I)


# "More than 2,000 people have been shot in the city in 2021", "the city's homicide count"
_THE_CITY = re.compile(r"\b(?:in|across|throughout|around)\s+the\s+city\b|\bcity-?wide\b|"
                       r"\bthe\s+city['\u2019]s\b", re.I)
_NATIONAL = re.compile(r"\b(?:nationwide|national(?:ly)?|across\s+the\s+(?:country|nation)|"
                       r"in\s+the\s+(?:country|nation|U\.?S\.?|United\s+States)|"
                       r"Americans?)\b", re.I)


def _city_told(text: str, s, scope: Scope, main: Place | None,
               sent_places: list[Place]) -> Place | None:
    """A running toll or area total of the story's city: told "in the city", or in a US local
    story ("Officers have shot 11 people in 2018, according to department records") with no
    place of its own and no national word."""
    if scope == Scope.EVENT or main is None or main.precision != PlacePrecision.TOWN or \
            any(p.precision != PlacePrecision.COUNTRY and p.name != main.name
                for p in sent_places) or \
            _NATIONAL.search(text, s.start, s.end):
        return None
    return main if _THE_CITY.search(text, s.start, s.end) or main.country == "US" else None


def _region_told(text: str, places_in: list[list[Place]], sents, si: int,
                 main: Place | None) -> Place | None:
    """ "In total, the shelling killed five people across the region", "The state recorded
    1,081 homicides": the last province the story named up to this sentence, else the
    province of its main town; "in the local government area", "in the district": the last
    district it named, else that province."""
    s = sents[si]
    seg = text[s.start:s.end]  # (a slice: "The state recorded" anchors at its start)
    district = _THE_DISTRICT.search(seg) is not None
    told = _THE_REGION.search(seg)
    if told is not None and not district and not any(
            p.precision in (PlacePrecision.TOWN, PlacePrecision.DISTRICT) for p in places_in[si]):
        own = [p for p in places_in[si] if p.precision == PlacePrecision.PROVINCE and
               p.span is not None and p.span.start < s.start + told.start()]
        if own:
            return own[-1]  # "Jalisco leads Mexico ..., with 15,000 missing in the state"
    if not (district or told) or any(
            p.precision in (PlacePrecision.TOWN, PlacePrecision.DISTRICT, PlacePrecision.PROVINCE)
            and not (p.span is not None and _A_DIVISION_TOLD.search(seg) and
                     place_finder.dateline_at(text, p.span.start, p.span.end))
            for p in places_in[si]):
        return None  # (a sentence naming its own place keeps it; a dateline is no place of
        # the sentence's: "PESHAWAR (Reuters) - ... martyred in the province")
    for precision in (PlacePrecision.DISTRICT, PlacePrecision.PROVINCE)[not district:]:
        for k in range(si, -1, -1):
            for p in reversed(places_in[k]):
                if p.precision == precision:
                    return p
    return place_finder.province_around(main) if main is not None else None


def _before(text: str, places: list[Place], m: Mention) -> Place | None:
    """The last place named earlier in the sentence ("killed in Syria, with 30 wounded"),
    or the place a list of them there belongs to."""
    earlier = [p for p in places if p.span is not None and p.span.end <= m.start]
    return _list_head(text, earlier) if earlier else None


_INHERIT = ("others", "more")
_ONE_MORE = ("another", "second", "third", "fourth", "fifth")
# "Five police officers were killed and seven wounded", "six soldiers died and four were
# wounded", "nine policemen were wounded and three are missing"
_ELLIPSIS_BEFORE = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been|are)\s+)?(?:\w+\s+)?"
                              r"(?:killed|dead|died|wounded|injured|hurt|missing|abducted|"
                              r"kidnapped|arrested)\b[^.;]{0,40}?,?\s+(?:and|while)\s+\Z")
_ELLIPSIS_AFTER = re.compile(r"\s+(?:(?:others?|more)\s+)?(?:(?:were|are|was|had\s+been|have\s+"
                             r"been)\s+)?(?:\w+\s+)?(?:killed|dead|died|wounded|injured|hurt|"
                             r"missing|abducted|kidnapped|arrested|unaccounted)\b")
_GROUPLESS = ("members", "member", "elements", "fighters", "fighter")
_DEMOGRAPHIC = frozenset("man men woman women boy boys girl girls teenager teenagers teen teens "
                         "youth youths minor minors".split())
_OF_WHOM = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)
# "killing four troopers and wounding seven", "killed nine civilians and wounded 34": a bare
# number after another active verb is more of the victims named before it
_ACTIVE_ELLIPSIS = re.compile(r"[^.;]{0,40}?,?\s+and\s+(?:wound(?:ing|ed)|injur(?:ing|ed)|"
                              r"arrest(?:ing|ed)|abduct(?:ing|ed)|kidnapp(?:ing|ed)|"
                              r"captur(?:ing|ed)|detain(?:ing|ed))\s+"
                              r"(?:(?:at\s+least|more\s+than|nearly|about|some|another)\s+)?\Z",
                              re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|\Z|\s(?:in|on|at|near|during|when|before|after|as|"
                          r"while|and)\b)")


def _inherit_victims(ms: list[Mention], last_named, last_whole=None,
                     text: str = "") -> list[Mention]:
    """ "70 others wounded" are the victims named before; "20 members" of the group named.
    Across sentences "others" are more of the last figure's victims ("killing 9 mourners.
    20 others were injured"), not of the bomber told before them. "Four gendarmes were
    killed and six wounded": a bare number after a passive figure is more of its victims."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        # (another outcome only: "6 fighters were killed by direct fire and 3 were killed by
        # an IED" are more dead, not the same six told again)
        if text and prev is not None and m.victims.span is None and prev.parent is None and \
                m.outcome != prev.outcome and \
                m.parent is None and prev.victims.span is not None and \
                _ELLIPSIS_BEFORE.match(text, prev.victims.span.end, m.start) and \
                _ELLIPSIS_AFTER.match(text, m.figure.span.end):
            out.append(replace(m, victims=prev.victims))
            continue
        if text and prev is not None and m.victims.span is None and prev.parent is None and \
                m.outcome != prev.outcome and m.parent is None and \
                prev.victims.span is not None and prev.victims.type != VictimType.UNKNOWN and \
                _ACTIVE_ELLIPSIS.match(text, prev.victims.span.end, m.start) and \
                _CLAUSE_ENDS.match(text, m.figure.span.end):
            out.append(replace(m, victims=prev.victims))
            continue
        if text and m.victims.type == VictimType.UNKNOWN and m.victims.actor is None and \
                m.parent is None and _OF_WHOM.match(text, m.figure.span.end) and (
                    v := claim_grammar.antecedent_victims(text, m.sentence.start, m.start)):
            out.append(replace(m, victims=v))  # "anti-balaka militiamen, four of whom ..."
            continue
        span = m.victims.span
        words = span.surface.split() if span else []
        word = words[-1].lower() if words else ""
        # (not a part's: "eight people, including a 10-year-old girl, and 43 others")
        whole = next((x for x in reversed(out) if x.parent is None), None)
        if word in _INHERIT and whole is not None:
            m = replace(m, victims=_others_like(whole.victims, whole.figure.value))
        elif word in _ONE_MORE and whole is not None and m.figure.best == 1 and \
                m.outcome != whole.outcome and len(words) <= 2:
            # "A soldier was killed and another was wounded", "two Levies were killed and a
            # third was wounded": one more of them
            m = replace(m, victims=_others_like(whole.victims, whole.figure.value))
        elif word in _INHERIT and (last_whole or last_named) is not None:
            m = replace(m, victims=last_whole or last_named)
        elif word in _GROUPLESS and m.victims.actor is None and last_named is not None:
            m = replace(m, victims=last_named)
        out.append(m)
    return out


# what one person is, by sex or age: "killing a woman and wounding 3 others" are no women
_ONE_OF_A_KIND = _DEMOGRAPHIC | frozenset("child baby infant toddler person".split())


def _others_like(v: Victims, n: int) -> Victims:
    """The victims "others" after a figure are: of its type, and of its kind unless one
    person was told by sex or age ("killed two soldiers and wounded three others": soldiers;
    "killed a child and injured two others": civilians, not children)."""
    if n == 1 and v.actor in _ONE_OF_A_KIND:
        return Victims(v.type, None, v.span)
    return v


# a toll given, revised or counted on a day, not the day of the deaths: "the death toll
# from that attack rose to 31 on Monday", "had put the toll at 43 on Sunday", "residents
# buried 27 soldiers on Sunday", "rescuers found the first bodies on Monday morning"
_TOLL_TOLD_BEFORE = re.compile(
    r"(?:\b(?:toll|number\s+of\s+(?:the\s+)?dead)\s+"
    # ("The death toll from a Russian missile strike on an apartment building in ... rose to 11
    # on Wednesday")
    r"(?:from\s+[^.;]{1,150}?\s+)?(?:[\w-]+\s+){0,4}?(?:rose|risen|climbed|"
    r"jumped|increased|reached|stood)\s+(?:to|at)\s+[\w,.]+|"
    # "The toll of the attack ... rose on Thursday to 26 dead"
    r"\b(?:toll|number\s+of\s+(?:the\s+)?dead)\s+(?:(?:of|from)\s+[^.;]{1,150}?\s+)?"
    r"(?:rose|has\s+risen|had\s+risen|climbed|jumped|increased)|"
    # "before raising the toll early on Thursday", "revised the toll to nine on Monday"
    r"\b(?:raising|raised|revising|revised|updating|updated|lowering|lowered)\s+"
    r"(?:the|its|their)\s+(?:death\s+)?toll(?:\s+(?:to|at)\s+[\w,.]+)?|"
    r"\b(?:put|puts|putting|placed|gave)\s+"
    r"the\s+(?:death\s+)?toll\s+at\s+[\w,.]+|\b(?:buried|burying)\b[^.;]{0,60}?|"
    # "had given a toll of seven dead on Saturday"
    r"\b(?:gave|given|giving)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:death\s+)?toll\s+of\s+[\w,.]+|"
    r"\b(?:found|recovered|retrieved|brought\s+in)\s+(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:bodies|corpses|remains)\b[^.;]{0,30}?|"
    # "Eight more bodies were discovered on Thursday morning"
    r"\b(?:bodies|corpses|remains)\s+(?:were|was|had\s+been|have\s+been)\s+(?:discovered|found|"
    r"recovered|retrieved|pulled\s+out)|"
    # "The centre had reported 19 deaths on Tuesday evening"
    r"\b(?:had|has|have)\s+(?:reported|recorded|counted)\s+[\w,.]+\s+(?:deaths|dead|fatalities|"
    r"casualties|bodies)\b)(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
# a statement and the day it was made: "a statement released on Wednesday", "In a release
# signed Monday", "An initial toll given on Monday", "at a briefing Wednesday morning", "a
# headcount on Wednesday morning", "had been pulled out by Wednesday morning"
_STATEMENT_BEFORE = re.compile(
    r"(?:\b(?:statement|release|communiqu[e\u00e9]|briefing|press\s+conference|news\s+conference|"
    r"bulletin|headcount|head\s+count|roll\s+call|tweet|report|balance\s+sheet)\s+"
    r"(?:(?!(?:killed|died|dead|wounded|injured|attack\w*|clash\w*|shot|of|from|in)\b)"
    r"[\w-]+\s+){0,5}?|"
    # "said in a statement in Gusau on Wednesday": where it was issued
    r"\b(?:statement|communiqu[e\u00e9]|briefing|press\s+conference|news\s+conference)\s+"
    r"(?:(?:issued|released|signed)\s+)?(?:in|from)\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+){1,3}|"
    r"\b(?:toll|tally|figure|count)\s+(?:was\s+)?(?:given|issued|released|announced|provided|"
    r"published|posted)\s+|"
    # "Figures published by the Office for National Statistics last month showed"
    r"\b(?:figures|data|statistics|numbers|tallies)\s+(?:published|released|issued)\s+"
    r"(?:by\s+(?:[\w'\u2019-]+\s+){1,6}?)?|"
    r"\bby\s+)"
    r"(?:(?:on|late|early|late\s+on|early\s+on)\s+)?$", re.IGNORECASE)
# a court's day, a later step: "A court sitting in Makurdi on Thursday sentenced four men"
_COURT_AFTER = re.compile(r"\s*,?\s*(?:sentenced|convicted|acquitted|jailed|indicted|arraigned|"
                          r"charged|found\s+(?:him|her|them|\w+)\s+guilty|"
                          # "on Tuesday acknowledged before Colombia's transitional justice
                          # tribunal", "went on trial ... on Tuesday"
                          r"(?:acknowledged|admitted|confessed|testified)\s+(?:before|to|in)\s+"
                          r"(?:[\w'\u2019-]+\s+){0,5}?(?:court|tribunal|judges?|jury|"
                          r"inquest|hearing))\b", re.I)
# "A man was sentenced Tuesday ... for opening fire on a cookout ..., killing two people",
# "pleaded guilty on Monday to ...": the court's day, not the killing's
_COURT_BEFORE = re.compile(r"\b(?:(?:was|were|been|is|are)\s+(?:sentenced|convicted|acquitted|"
                           r"jailed|indicted|arraigned)|(?:pleaded|pled|pleads)\s+(?:guilty|no\s+"
                           r"contest|not\s+guilty)|(?:was|were)\s+found\s+(?:not\s+)?guilty|\bin\s+court|"
                           # "went on trial in Nairobi on Tuesday"
                           r"\b(?:went|go|goes|going)\s+on\s+trial(?:\s+in\s+[A-Z][\w-]+)?)"
                           # "was jailed for 27 years on Thursday"
                           r"(?:\s+(?:for|to)\s+(?:[\w-]+\s+){0,3}?(?:years?|months?|life))?"
                           r"(?:\s+(?:on|late|early))?\s+$", re.I)
# a victim named later: "The coroner's office identified him Wednesday as ..."
_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:identified|named|released\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:name|names|"
    r"identity|identities))(?:\s+(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:victims?|man|"
    r"woman|boy|girl|teen|dead|deceased)))?(?:\s+(?:on|late|early))?\s+$", re.I)
# a condition update's day: "was listed in critical condition Monday", "remained hospitalized
# Monday" (not when people were hurt)
_LEAVING = re.compile(r"\b(?:leav(?:ing|es)|left)\b[^.;]*$", re.I)
_CONDITION_BEFORE = re.compile(
    r"\b(?:in\s+(?:critical|stable|serious|grave|fair|good|satisfactory|guarded)(?:\s+but\s+"
    r"stable)?\s+condition|remain(?:s|ed)?\s+hospitali[sz]ed|(?:is|are|was|were)\s+still\s+"
    r"hospitali[sz]ed)(?:\s+(?:on|as\s+of|late|early))?\s+$", re.I)
# "On Sunday, a local official told AFP that 12 people had been killed": a day that opens
# the telling, its speaker and the speech verb before what was told
_SPEECH_AFTER = re.compile(
    r",?\s+(?:(?!(?:kill\w*|die[ds]?|dying|dead|wound\w*|injur\w*|attack\w*|shot|shoot\w*|"
    r"struck|storm\w*|clash\w*|fir(?:ed|ing)|open\w*|ambush\w*|raid\w*|abduct\w*|"
    r"kidnap\w*)\b)[\w'\u2019()-]+,?\s+){1,10}?"
    r"(?:said|told|reported|announced|confirmed)\b(?:\s+[\w.]+){0,2}?"
    r"(?:\s+(?:by|over\s+the)\s+(?:tele)?phone)?\s+that\b|"  # ("told AFP by telephone that")
    # "On Monday he had put the toll at 47" (its own subject, a few words)
    r",?\s+(?:[\w'\u2019-]+\s+){1,7}?(?:put|puts|gave|given|raised|revised)\s+(?:the|its|their|a)\s+"
    r"(?:[\w-]+\s+)?toll\b|"
    # "Ukrainian authorities on Wednesday lowered the death toll from the strike to 13": a toll
    # corrected later (not "Police had on Tuesday put the toll at 11", as likely that day)
    r",?\s+(?:[\w'\u2019-]+\s+){0,7}?(?:revised|lowered|updated|reduced|cut|corrected)\s+"
    r"(?:the|its|their|a)\s+(?:[\w-]+\s+)?toll\b|"
    # "Villagers on Tuesday buried 52 people killed in Sunday's attack": the burial's day
    # (not "In January 2018, 73 people were buried": the day they were buried in is theirs)
    r",?\s+(?:(?!(?:were|was|been|be|are|is|had|have)\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:buried|laid\s+to\s+rest|mourned)\b|"
    # "Sinaloa state prosecutors on Monday lowered to 14 the number of people killed"
    r",?\s+(?:[\w'\u2019-]+\s+){0,7}?(?:revised|lowered|reduced|cut|corrected)\s+"
    r"(?:(?:up|down)\s+)?to\s+[\w,.]+\s+the\s+(?:number|toll|tally)\b|"
    # "Late on Wednesday the Zamfara state government said 23 people had been confirmed dead"
    r",?\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:said|reported|announced|confirmed)\s+"
    r"(?:(?:at\s+least|about|around|some|more\s+than|nearly|over)\s+)?\d|"
    # "On Wednesday the ministry said the dead included two airport employees"
    r",?\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:said|reported|announced|confirmed)\s+"
    r"(?:that\s+)?the\s+(?:dead|victims|wounded|injured|casualties)\s+(?:included|were)\b|"
    # "On Monday, Kuol had said 27 people were killed": an earlier statement's day
    r",\s+(?:(?!(?:kill\w*|die[ds]?|wound\w*|injur\w*|attack\w*|shot|and|as|while|when|"
    r"after|but|where|who|which)\b)"
    r"[\w'\u2019-]+\s+){1,6}?(?:had\s+(?:said|reported|announced|confirmed)\s+"
    r"(?:(?:at\s+least|about|around|some|more\s+than|nearly|over)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|"
    # "By Tuesday, the Irigwe Youth Movement said the toll had climbed to 17"
    r"(?:had\s+)?(?:said|reported|announced|confirmed)\s+(?:that\s+)?the\s+(?:death\s+)?"
    r"toll\b)|"
    # "On Saturday morning he said 19 people had been killed": the day he spoke
    r"\s+(?:he|she|they|it)\s+(?:later\s+)?(?:said|reported|announced|confirmed)\s+"
    r"(?:that\s+)?(?:(?:at\s+least|about|around|some|more\s+than|nearly|over)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", re.I)
# "Police initially reported ... but on Tuesday said investigators believe": the day the
# speaker before it spoke (not "Neighbors who witnessed a shootout on Feb. 16 told
# investigators": a relative clause's day)
_SAID_NEXT = re.compile(r"\s+(?:said|told|announced)\s+(?!to\b)", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\b[^,.;]*$", re.I)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,4}|announced|reported|added|confirmed)\s*$",
    re.IGNORECASE,
)


# A dateline: "KABUL, May 4 (Reuters) -", "BEIRUT, Lebanon, May 4 -" at a line's start
# "KABUL, May 4", "MAIDUGURI, Nigeria, May 4", "GOMA, Democratic Republic of Congo, March 11"
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z](?:[A-Z .'/-]{1,30}|[a-z]+(?:[ -][A-Z][a-z]+){0,2}),"
                       r"(?:[ \t]+[A-Z][a-z]+"
                       r"(?:[ \t]+(?:[A-Z][a-z]+|of|the))*,)?[ \t]*$")
# "(Reuters) -", "(PTI):", "(EFE).-"
_DATELINE_DASH = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:\.?[-\u2013\u2014]|:\s)|"
                            # "IMPHAL, Sept 8 (PTI) Three people ...": the agency, no dash
                            r"[ \t]*\([A-Z][A-Za-z.&' ]{1,30}\)[ \t]+(?=[A-Z0-9\"\u201c])")
# a date in brackets after the dateline's place: "HOUSTON (Aug. 19, 2019) -"
_DATELINE_OPEN = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z .,'/-]{1,40}[ \t]\($")
_DATELINE_CLOSE = re.compile(r"\)\s*(?:[-\u2013\u2014]|:\s)")


_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\s", re.I)
# a monitor's count of a month: "documented", "recorded", "the month", "monthly", "across"
_MONTHS_TOLL = re.compile(r"\b(?:documented|recorded|registered|counted|the\s+month|monthly|"
                          r"across|nationwide|throughout)\b", re.I)
_THAN_A_PERIOD_WHEN = re.compile(
    r"\b(?:lower|higher|fewer|more|less|worse|deadlier|bloodier|smaller|larger|bigger)\s+than\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}?(?:weekend|week|month|year|holiday|day|night)(?:s|['\u2019]s)?,?\s+"
    r"when\s+"
    r"[^.;]{0,80}$", re.I)
# punctuation that closes a clause (not a thousands comma: "1,012 injured")
_CLAUSE_PUNCTUATION = re.compile(r"[;:()]|[,.](?!\d)")


# "to commemorate 45 villagers killed by security forces 20 years ago": a figure with a verb
# of its own and no auxiliary, in a sentence about something else
_REDUCED_RELATIVE = re.compile(r"\b(?!(?:was|is|has|as|this|its|his|us)\b)(?:[A-Za-z]+s|people|"
                               r"men|women|children)\s+"
                               r"(?:killed|slain|massacred|executed|murdered|wounded|injured|"
                               r"abducted|kidnapped)$")


def _clause_date(text: str, dates: list[DateRange], m: Mention) -> DateRange | None:
    """ "the mausoleum of a police chief, who was killed by anarchists in 1909": a figure
    told in a relative clause takes the date that clause gives it, not the sentence's; so
    does a figure whose verb follows it bare ("45 villagers killed ... 20 years ago")."""
    if not _RELATIVE_CLAUSE.search(text, m.start, m.end) and \
            not _REDUCED_RELATIVE.search(text, m.start, m.end):
        return None
    for d in dates:
        if d.span is not None and m.end <= d.span.start <= m.end + 40 and \
                not _CLAUSE_BREAK.search(text, m.end, d.span.start):
            return d
    return None


def _since_after(text: str, dates: list[DateRange], m: Mention) -> DateRange | None:
    """ "attacked the town for a third day on Sunday, killing at least 26 civilians and
    volunteer fighters since Friday": the stretch the figure's own clause counts it over,
    not the day the sentence opened on."""
    since = next((d for d in dates if d.span is not None and d.start and d.end and
                  d.start != d.end and m.end <= d.span.start <= m.end + 60 and
                  date_grammar.since_span(text, d.span) and
                  not _CLAUSE_PUNCTUATION.search(text, m.end, d.span.start)), None)
    if since is None:
        return None
    # (to the day the sentence tells it on: "for a third straight day on Sunday")
    day = [d for d in dates if d is not since and d.precision == DatePrecision.DAY and
           d.start and d.start == d.end and since.start < d.start < since.end and
           d.span is not None and d.span.end <= m.start]
    return replace(since, end=day[0].end) if len(day) == 1 else since


def _adjacent_date(text: str, dates: list[DateRange], m: Mention) -> DateRange | None:
    """ "denied bond for a man charged in the shooting death of a student last summer": a
    date right after the figure's words is its own, whatever day the sentence opened on."""
    if _DIED_AT_END.search(text, m.start, m.end) or \
            _TOLL_AT_BEFORE.search(text, max(0, m.start - 8), m.start):
        return None  # ("who was shot Thursday night ... died Saturday": the shooting's day;
        # "the toll rose to 14 on Wednesday": the day it was told)
    return next((d for d in dates if d.span is not None and d.span.start == m.end + 1 and
                 text[m.end].isspace() and not _report_date(text, d) and
                 d.precision != DatePrecision.UNKNOWN), None)


_DIED_AT_END = re.compile(r"\b(?:died|dies|succumbed|passed\s+away)$", re.I)
_TOLL_AT_BEFORE = re.compile(r"\b(?:to|at)\s+$", re.I)


# a record the figure sets, not when it happened: "the deadliest attack this year"
_RECORD = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|highest|heaviest|"
                     r"most\s+(?:deadly|violent|serious))\b[^.;]{0,50}$", re.I)


def _report_date(text: str, d: DateRange) -> bool:
    """ "the minister said on Thursday", "KABUL, May 4 (Reuters) -": when the figure was
    given, not when people died."""
    if d.span is None:
        return False
    before = text[max(0, d.span.start - 30):d.span.start]
    if _SPEECH_BEFORE.search(before) or _SPEECH_AFTER.match(text, d.span.end):
        return True
    if _SAID_NEXT.match(text, d.span.end) and not re.search(r"\d", d.span.surface) and \
            not _RELATIVE_BEFORE.search(text, max(0, d.span.start - 80), d.span.start):
        return True
    if _TOLL_TOLD_BEFORE.search(text, max(0, d.span.start - 240), d.span.start):
        return True  # "the toll rose to 31 on Monday", "residents buried 27 soldiers on Sunday"
    if _STATEMENT_BEFORE.search(text, max(0, d.span.start - 70), d.span.start):
        return True  # "in a statement released on Wednesday", "at a briefing Wednesday"
    if (c := _CONDITION_BEFORE.search(text, max(0, d.span.start - 50), d.span.start)) and \
            not re.search(r"\d", d.span.surface) and \
            not _LEAVING.search(text, max(0, c.start() - 30), c.start()):
        # "was listed in critical condition Monday morning": an update's day (not "leaving
        # one man in critical condition on Friday, October 19, 2012": the shooting's)
        return True
    if _IDENTIFIED_BEFORE.search(text, max(0, d.span.start - 40), d.span.start):
        return True  # "The coroner's office identified him Wednesday as ...": a later step
    if _court_day(text, d):
        return True  # "A court in Makurdi on Thursday sentenced four men ... for the killing"
    if _AS_OF.search(text, max(0, d.span.start - 20), d.span.start):
        return True  # "four others were unaccounted for as of Monday evening": a count's day
    if d.precision in (DatePrecision.YEAR, DatePrecision.MONTH) and _RECORD.search(
            text, max(0, d.span.start - 70, text.rfind("\n", 0, d.span.start) + 1,
                      text.rfind(":", 0, d.span.start) + 1), d.span.start):
        # "in one of the deadliest attacks on security forces this year" (not "their
        # deadliest attacks:\n\n* Dec. 2019 - A truck bomb ...": a timeline's line)
        return True
    if _DATELINE_OPEN.search(text[max(0, d.span.start - 50):d.span.start]) and \
            _DATELINE_CLOSE.match(text, d.span.end):
        return True  # "HOUSTON (Aug. 19, 2019) - Five people were wounded ... early Sunday"
    if _LINE_START.search(text[max(0, d.span.start - 50):d.span.start]) and \
            _AGENCY_DASH.match(text, d.span.end):
        return True  # "Nov 21 (Reuters) - A Myanmar military air strike ...": no city
    return bool(_DATELINE.search(text[max(0, d.span.start - 50):d.span.start])) and \
        bool(_DATELINE_DASH.match(text, d.span.end))


# a clause of its own between a figure and a day told after it
# ("..., leaving 20 people injured, pleaded guilty on Wednesday": another verb's day)
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but|after|before|when|since|until|as|who|"
                           r"which|where|pleaded|pleads|sentenced|convicted|charged|indicted|"
                           r"arrested|said|says|told|announced|confirmed|reported|added)\b",
                           re.I)
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at)\s+(?:late\s+|early\s+)?$", re.I)


def _court_day(text: str, d: DateRange) -> bool:
    """A court's day: "A court ... on Thursday sentenced four men", "was sentenced Tuesday
    ... for opening fire on a cookout" (not "was convicted in 2011 of attempted murder": a
    year is the crime's bound)."""
    return d.span is not None and (_COURT_AFTER.match(text, d.span.end) is not None or (
        d.precision == DatePrecision.DAY and
        _COURT_BEFORE.search(text, max(0, d.span.start - 40), d.span.start) is not None))


_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_AGENCY_DASH = re.compile(r"\s*\([^()]{1,40}\)\s*(?:\.?[-\u2013\u2014]|:\s)")


def _sentence_dates(text: str, pub: date | None, country: str | None = None):
    """find_dates per sentence, computed once: the first sentences are read twice (for the
    first event date, then for their own figures). Financial years are the story's
    country's."""
    cache: dict[tuple[int, int], list[DateRange]] = {}

    def dates_of(s) -> list[DateRange]:
        key = (s.start, s.end)
        if key not in cache:
            cache[key] = [date_grammar.financial_year_in(d, country) for d in
                          date_grammar.find_dates(text, s.start, s.end, pub)]
        return cache[key]

    return dates_of


def _days_within(week: DateRange, sents, dates_of, text: str,
                 after: int = 0) -> DateRange | None:
    """The widest day-precise range the text states inside a week-precise one ("this
    week" -> "the attacks on Monday and Tuesday"), report dates left out: told after the
    summary (from `after` on), not of the incidents told before it ("Gunmen attacked a
    village late on Saturday ... the army said it had killed 18 militants last week")."""
    inside = [d for s in sents if s.start >= after for d in dates_of(s)
              if d.precision == DatePrecision.DAY and d.start and d.end and
              week.start <= d.start and d.end <= week.end and not _report_date(text, d)]
    if not inside:
        return None
    return max(inside, key=lambda d: (date.fromisoformat(d.end) -
                                      date.fromisoformat(d.start)).days)


_SAME_TOLL = re.compile(r"\b(?:put|puts|putting|placed|places|gave|gives)\s+the\s+"
                        r"(?:death\s+)?toll\b", re.I)
_SAME_DAY = re.compile(r"\b(?:that|the)\s+same\s+day\b|\bat\s+the\s+time\b|"
                       r"\b(?:hours|minutes)\s+(?:later|earlier)\b|"
                       r"\blater\s+(?:that|the\s+same)\s+(?:day|night|evening|morning)\b|"
                       r"\bearlier\s+(?:that|in\s+the)\s+day\b|"
                       # "In that incident, two men were fatally shot": the case told before
                       r"^\W*(?:in|during)\s+(?:that|the\s+same)\s+(?:incident|shooting|attack|"
                       r"case|raid|assault|ambush|blast|explosion)\b", re.I)


def _same_day(text: str, s, raw, day_before=lambda: None,
              day_since=lambda at: None) -> DateRange | None:
    """ "That same day, two suicide bombers stormed a building, killing 10": the day of the
    figure told just before; "The previous day, 8 people died": the day before it (or before
    the day the sentence before gives, which day_before() tells). "The Potiskum blasts, on
    April 14, 2014, were blamed on Boko Haram. Officials said at the time that 47 people
    were killed": a date told since the last figure (day_since(its end)) is the time."""
    seg = text[s.start:s.end]  # (a slice: _SAME_DAY anchors "In that incident" at its start)
    same = _SAME_DAY.search(seg)
    step = None if same else _DAY_STEP.search(seg)
    if step is not None and _STATEMENT_BEFORE.search(
            text, max(s.start, s.start + step.start() - 70), s.start + step.start()):
        step = None  # "put the toll at 22 civilians in a statement two days later": the day
        # the toll was told, not the day they died
    if same is None and step is None:
        return None
    before = day_before() if step is not None else None
    # (a step counts from the last day told: not a running toll's "since 2011" in between)
    told = [r[3] for r in raw] if same is not None else \
        [r[3] for r in raw if r[3].precision == DatePrecision.DAY and r[3].start and
         r[3].start == r[3].end]
    if same is not None and raw:
        since = day_since(raw[-1][0].sentence.end)
        if since is not None:
            return since
    if not told and before is None:
        return None
    prev = told[-1] if told else before
    if prev.span is None:
        return None
    if same is not None:
        return prev
    if before is not None:
        prev = before  # the day the sentence before gives
    if prev.precision != DatePrecision.DAY or not prev.start or prev.start != prev.end:
        return None
    try:
        day = date.fromisoformat(prev.start)
    except ValueError:
        return None
    n = step.group(3)
    n = 1 if n is None or n.lower() in ("a", "one") else \
        int(n) if n.isdigit() else UNITS[n.lower()]
    day += timedelta(days=-n if step.group(1) or step.group(2) or step.group(4) else n)
    span = Span.of(text, s.start + step.start(), s.start + step.end())
    return DateRange(day.isoformat(), day.isoformat(), DatePrecision.DAY, span)


# "the previous day", "a day earlier" (group 1); "the next day", "the following day"
# "two days later" (group 1: how many days; group 2: back in time)
# ("the following morning": the next day's)
_DAY_STEP = re.compile(r"\b(?:the\s+(?:(previous|preceding)\s+day|day\s+(before))|(?:the\s+(?:next|"
                       r"following)\s+(?:day|morning|afternoon|evening|night))|"
                       r"(a|one|two|three|four|five|six|\d)\s+days?\s+(?:(earlier)|later))\b",
                       re.I)


def _told_just_before(raw, sents, si: int) -> DateRange | None:
    """ "Gunmen killed six officers on Tuesday. Twelve officers were wounded, police said.":
    a figure with no date of its own, right after a sentence whose figures are all of one
    day, is of that day. (`raw` may already hold this sentence's figures: only the
    sentence before counts.)"""
    if not raw or si == 0:
        return None
    prev = sents[si - 1]
    days = {r[3] for r in raw if r[0].sentence.start == prev.start and r[4] == Scope.EVENT}
    if len(days) != 1:
        return None
    (d,) = days
    if d.precision != DatePrecision.DAY or not d.start or d.start != d.end or d.span is None:
        return None
    return d


_TOLL_DAYS = 5  # a figure told over a stated stretch of this many days is a running toll
# "between ... and", "from ... to", "since ..."
_RANGE_TOLD = re.compile(r"\b(?:between|from|since)\s+$", re.I)


def _days_long(d: DateRange) -> int:
    """How many days a day-precise range spans (0 when it is not one)."""
    if d.precision != DatePrecision.DAY or not d.start or not d.end or len(d.start) != 10 or \
            len(d.end) != 10:
        return 0
    try:
        return (date.fromisoformat(d.end) - date.fromisoformat(d.start)).days + 1
    except ValueError:
        return 0


def _the_event_day(text: str, sents, si: int, dates_of, raw) -> DateRange | None:
    """ "A doctor said nine injured soldiers had been brought to the hospital after the
    attack": a sentence with no date of its own that names "the attack" (the clash, the
    blast) tells of the story's event, of the one day its lead gives it, however many
    sentences back; not when the text before gives another day ("The battle began on
    Sunday": "the fighting" is of both days). It goes before the date of the figure told
    just before: "The clash forced about 7,000 people to flee" after a rival's undated
    claim is of the lead's day, not of that claim's window to the report."""
    s = sents[si]
    if _THE_EVENT.search(text, s.start, s.end) is None or _SEPARATE.match(text, s.start, s.end):
        return None
    if not raw or raw[0][0].start >= _LEAD_CHARS * 2 or raw[0][4] != Scope.EVENT:
        return None  # (the lead's first figure, of one event)
    # (its day: the first told with a day of its own, past a headline's figure, which has
    # none)
    d = next((r[3] for r in raw[:3] if r[0].start < _LEAD_CHARS * 2 and r[4] == Scope.EVENT
              and r[5] is None and r[3] is not None and r[3].span is not None), None)
    if d is None or d.precision != DatePrecision.DAY or not d.start or d.start != d.end:
        return None
    # (only the story's one incident: another told with a day of its own since is not it)
    if any(r[3] is not None and r[3].precision == DatePrecision.DAY and r[3].start and
           r[3].start != d.start and r[4] == Scope.EVENT and r[3].span is not None
           for r in raw) or any(
            e.precision == DatePrecision.DAY and e.start and e.start != d.start and
            not _report_date(text, e) for k in range(si) for e in dates_of(sents[k])):
        return None
    return d


_THE_EVENT = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|clash|"
                        r"clashes|blast|bombing|explosion|raid|gunfight|firefight|encounter|"
                        r"shooting|massacre|fighting)\b(?!\s+(?:in|on|of)\s+(?:19|20)\d\d)",
                        re.I)


def _story_date(text: str, sents, si: int, dates_of, pub: date | None) -> DateRange | None:
    """ "Gunmen stormed a camp near Beni late on Sunday, killing 29 civilians. [...] Seven
    people were still missing.": a sentence with no date of its own goes on with the story
    the last dated sentence before it tells (three sentences back at most), when that
    sentence gives one day."""
    if pub is None:
        return None
    looked = 0
    for k in range(si - 1, max(-1, si - 7), -1):
        s = sents[k]
        if _DIED_OF_WOUNDS.search(text, s.start, s.end):
            # ("The two soldiers succumbed to their wounds late Friday": the day of later
            # deaths, not of what the story goes on telling, "at least 10 ... were killed")
            continue
        looked += 1
        if looked > 3:
            break
        told = [d for d in dates_of(s) if d.end and not _report_date(text, d) and
                not _since_before(text, s, d)]
        if not told:
            continue
        days = {(d.start, d.end) for d in told}
        d = told[-1]
        if len(days) != 1 or d.precision != DatePrecision.DAY or not d.start or \
                d.start > pub.isoformat() or _old(d, pub) or d.span is None:
            return None
        return d
    return None


def _day_told_on(text: str, s, dates_of) -> DateRange | None:
    """ "The ministry said on Tuesday that 12 soldiers were killed the day before": the day a
    figure was told on, in its own sentence, that "the day before" counts back from."""
    days = [d for d in dates_of(s) if d.precision == DatePrecision.DAY and d.start and
            d.start == d.end and _report_date(text, d)]
    return days[0] if days else None


def _date_told_since(text: str, sents, si: int, dates_of, at: int) -> DateRange | None:
    """The last date (not a report's, nor a running toll's start) told in the sentences of
    the paragraph before sentence si that begin at or after `at`."""
    for k in range(si - 1, max(-1, si - 4), -1):
        if sents[k].start < at or "\n" in text[sents[k].end:sents[k + 1].start]:
            break
        told = [d for d in dates_of(sents[k]) if d.end and d.span is not None and
                not _report_date(text, d) and not _since_before(text, sents[k], d)]
        if told:
            return told[-1]
    return None


def _last_day_before(text: str, sents, si: int, dates_of) -> DateRange | None:
    """The last day the sentence before gives ("On 8 March 2024, gunmen attacked Gao.")."""
    if si == 0:
        return None
    days = [d for d in dates_of(sents[si - 1]) if d.precision == DatePrecision.DAY and
            d.start and d.start == d.end]
    # (a day of events first; else the day a figure was told: "On Sunday, the GNA said two of
    # its fighters had been killed. The day before, ...": the day before that Sunday)
    told = [d for d in days if not _report_date(text, d)] or days
    return told[-1] if told else None


def _recalled_date(text: str, sents, si: int, dates_of, pub: date | None) -> DateRange | None:
    """ "Lewis was struck by a vehicle on Jan. 3, 2010, just after 2:30 a.m. He was
    hospitalized but died of his injuries": a sentence with no date of its own goes on
    about the earlier case the sentence before it dates, when that date is background."""
    if si == 0 or pub is None:
        return None
    if any(d.end and not _old(d, pub) and not _report_date(text, d)
           for d in dates_of(sents[si])):
        return None  # it dates something recent itself, if not in the figure's clause
    # ("which have been at war with the army since April 2023": a state's start, no case)
    prev = [d for d in dates_of(sents[si - 1]) if not _report_date(text, d) and d.end and
            not _since_before(text, sents[si - 1], d)]
    if not prev:
        return None
    if not all(_old(d, pub) for d in prev):
        return None  # the sentence before also dates something recent
    return prev[-1]  # its span is in the sentence before: the evidence of this date


# an attack told: "fighters attacked Njaba village", and an air strike's, "A fighter jet
# dropped two bombs on Paw Maing village ..., hitting a monastery school", "arrived at a
# ranch ... and fired on a crowd", "The strike late on Monday tore through a building"
_ATTACK_VERB = re.compile(
    r"\b(?:attack(?:ed|s)?|struck|storm(?:ed)?|raid(?:ed)?|ambush(?:ed)?|open(?:ed)?\s+fire|"
    r"explod(?:ed|es)|detonat(?:ed|es)|blew\s+up|bomb(?:ed|ing)|shell(?:ed|ing))\b|"
    r"\b(?:dropped|fired|launched)\s+(?:[\w-]+\s+){0,3}?(?:bombs?|missiles?|rockets?|shells?|"
    r"mortars?|drones?)\b|\bhitting\b|\bfired\s+(?:on|at|into|upon)\b|"
    r"\b(?:tore|ripped|slammed|smashed)\s+(?:through|into)\b", re.I)


# what the sentences after a lead tell of where it happened: "The raids struck the town of
# Ariha", "The shells hit the village near Kyauktaw", "The encounter took place near Gangaloor"
_INCIDENT_VERB = re.compile(_ATTACK_VERB.pattern + r"|\b(?:hit|took\s+place|happened|occurred|"
                            r"erupted|broke\s+out|(?:were|was)\s+shot)\b", re.I)


def _attack_told_next(text: str, sents, si: int, dates_of, pub: date | None) -> DateRange | None:
    """ "At least 47 villagers were killed in the latest attack ... [next sentence:] fighters
    attacked Njaba village on Tuesday": a lead figure with no date of its own takes the day
    the next sentences give the attack."""
    if si > 1 or pub is None:
        return None
    for k in range(si + 1, min(len(sents), si + 3)):
        s = sents[k]
        if not _ATTACK_VERB.search(text, s.start, s.end):
            continue
        days = [d for d in dates_of(s) if d.precision == DatePrecision.DAY and d.start and
                not _report_date(text, d) and d.start <= pub.isoformat() and not _old(d, pub)]
        if days:
            return days[0]
    return None


# a trial, a hearing or a verdict about a past attack
_TRIAL = re.compile(r"\b(?:on\s+trial|trial|court|tribunal|inquest|verdict|sentenced|convicted|"
                    r"acquitted|charged|indicted|pleaded|acknowledged|admitted|confessed)\b",
                    re.I)


def _retold_told_next(text: str, sents, si: int, dates_of, pub: date | None) -> DateRange | None:
    """ "Three men went on trial on Tuesday ... over the ambush of a passenger bus in which
    11 people were killed. [next:] ... stopped the bus ... on the morning of December 6,
    2021": a figure of a trial's sentence, with no date of its own, takes the old day the
    next sentences give the attack."""
    s = sents[si]
    if pub is None or _TRIAL.search(text, s.start, s.end) is None or any(
            _old(d, pub) for d in dates_of(s) if d.end):
        return None
    for k in range(si + 1, min(len(sents), si + 3)):
        t = sents[k]
        days = [d for d in dates_of(t) if d.precision == DatePrecision.DAY and d.start and
                d.span is not None and _old(d, pub) and not _report_date(text, d)]
        if days and _INCIDENT_VERB.search(text, t.start, t.end):
            return days[0]
    return None


def _first_event_date(sents, dates_of, pub: date | None, text: str = "") -> DateRange | None:
    """The earliest day-precise date in the first paragraphs: when the reported events began.
    When that is the only day the whole text gives, it comes back as that day alone (the
    figures of "On 5 March 2024, gunmen attacked a checkpoint. Two soldiers were killed."
    are of 5 March); otherwise as an open start (end None)."""
    early = [d for s in sents[:8] for d in dates_of(s)
             if d.start and d.precision == DatePrecision.DAY and not _since_before(text, s, d)]
    # (a dateline's day, "NIAMEY, Sept 3 (Reuters) -", is when the story was filed: no day
    # of its events when the text gives another, "struck the market ... on July 20")
    early = [d for d in early if d.span is None or not _AGENCY_AFTER.match(text, d.span.end)] \
        or early
    if pub is not None:
        early = [d for d in early if d.start <= pub.isoformat()]
        # an old date beside recent ones (a stock photo's caption, a case recalled) is no
        # start of the news the text reports (but a court's day is no news of the case:
        # "was sentenced Wednesday ... in the March 4, 2017, shooting")
        recent = [d for d in early if not _old(d, pub)]
        if not all(_court_day(text, d) for d in recent):
            early = recent
        elif recent and len(cases := {d.start for d in early if d not in recent and
                                      d.end == d.start}) == 1:
            # (a court's days and one day of the case: "was jailed on Thursday" ... "on 21
            # July 2023 when a stolen Audi pulled up": the case's day is the figures')
            return next(d for d in early if d.start in cases)
    if not early:
        return None
    first = min(early, key=lambda d: d.start)
    # (a day a figure was told on, "said on Monday", is no other day of the news)
    days = {d.start for s in sents if _DAY_CUE.search(text, s.start, s.end)
            for d in dates_of(s)
            if d.start and d.precision == DatePrecision.DAY and d.end == d.start and
            not _report_date(text, d)}
    if days <= {first.start} and first.end == first.start:
        return first
    if pub is not None and pub.isoformat() in days and any(
            d.start == pub.isoformat() and d.end == d.start and d.span is not None and
            not _report_date(text, d) and not _AGENCY_AFTER.match(text, d.span.end) and
            _TOLL_WORD.search(text, s.start, s.end) is not None
            for s in sents for d in dates_of(s)):
        # ("raged into a second day on Monday, with at least 28 ... killed", "at least 56
        # rebels dead, six of them on Monday", Monday the day of publication: the deaths run
        # to it, so a figure with no day of its own is of all the news's days)
        return DateRange(first.start, None, first.precision, None)
    if first.span is not None and any(
            d.start != first.start and d.precision == DatePrecision.DAY and d.start and
            d.end == d.start and not _report_date(text, d)
            for s in sents if s.start <= first.span.start < s.end for d in dates_of(s)):
        # ("Gunmen attacked Gao on 5 March and Mopti on 7 March": two days of events told
        # together, a figure after them of either)
        return DateRange(first.start, None, first.precision, None)
    return DateRange(first.start, None, first.precision, first.span)


_AGENCY_AFTER = re.compile(r"\s*\((?:[A-Z][A-Za-z]*|AP|AFP)\)")  # a dateline's day: "Nov 14 (PTI)"
_TOLL_WORD = re.compile(r"\b(?:killed|dead|died|wounded|injured)\b", re.I)


# what a day-precise date holds: a weekday, "yesterday", "today", "tonight", a month's day
_DAY_CUE = re.compile(r"(?i:day\b|night\b|\d{1,2}/\d{1,2}|\d{4}-\d\d-\d\d)|"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                      r"\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;,]{0,40}$|"
                           # "since ethnic violence broke out between the majority Meitei
                           # community and the Kuki-Zo tribals on May 3"
                           r"\bsince\s+(?:[\w'\u2019-]+\s+){0,4}?(?:broke\s+out|began|erupted|"
                           r"started|flared(?:\s+up)?)\b[^.;,]{0,100}$", re.I)


def _since_before(text: str, s, d: DateRange) -> bool:
    """ "since the war began on October 7": the start of a running toll, no event's day."""
    if d.span is None or not text:
        return False
    if date_grammar.THEN_WHEN.match(text, d.span.end):
        return False  # "the deadliest since March, when a bomber killed 11": that day's
    # (the date's own words may hold it, in a clause about someone told: "the de facto
    # border that has divided the region since 1947", "the Houthis, who have been pressing an
    # offensive since February"; not the main clause of a background sentence: "Insurgents
    # have killed thousands since 2015. More than 1.4 million people have fled")
    return _SINCE_BEFORE.search(text, s.start, d.span.start) is not None or \
        d.span.surface[:6].lower() == "since " and \
        _WHO_SINCE.search(text, s.start, d.span.start) is not None




# what came some days after the figure's case: "The strikes came a day after two soldiers
# were killed"
_DAYS_AFTER = re.compile(r"\b(a|one|two|three)\s+days?\s+after\s+(?:[\w'\u2019-]+\s+){0,3}$",
                         re.I)


def _days_after(text: str, s, m, sent_dates: list[DateRange], sents, si: int,
                dates_of) -> DateRange | None:
    """ "Israeli strikes hit Deraa on Wednesday. The strikes came a day after two Syrian
    soldiers were killed": the day that many days before the day of what came after (told
    in the sentence before the figure, or in the sentence before it)."""
    after = _DAYS_AFTER.search(text, s.start, m.start)
    if after is None:
        return None
    told = [d for d in sent_dates if d.span is not None and d.span.end <= after.start()] or \
        ([d for d in dates_of(sents[si - 1]) if not _report_date(text, d)] if si else [])
    day = told[-1] if told else None
    if day is None or day.precision != DatePrecision.DAY or not day.start or \
            day.start != day.end:
        return None
    back = date.fromisoformat(day.start) - timedelta(
        days=numbers.UNITS.get(after.group(1).lower(), 1))  # ("a day after": one)
    return DateRange(back.isoformat(), back.isoformat(), DatePrecision.DAY,
                     Span.of(text, after.start(), after.end()))


def _record_recalled(c: Claim, text: str | None) -> bool:
    """A figure dated by the earlier attack a record reaches back to ("the deadliest since
    October 24, when an attack ... killed 31"): another case, recalled, never the story's."""
    return text is not None and c.date.span is not None and \
        date_grammar.reached_back_to(text, c.date.span) is not None


def _since_when(text: str, sent_dates: list[DateRange], m) -> DateRange | None:
    """ "the deadliest since October last year, when eight soldiers were killed": the date
    the comparison reaches back to dates the figure its "when" clause tells."""
    return next((d for d in sent_dates if d.span is not None and d.span.end <= m.start and
                 (w := date_grammar.reached_back_to(text, d.span)) is not None and
                 not _CLAUSE_BREAK.search(text, w.end(), m.start)), None)


_WHO_SINCE = re.compile(r"(?:,\s*(?:which|who)|\bthat\s+(?:has|have|had))\b[^.;]{0,90}$", re.I)


def _default_date(first: DateRange | None, pub: date | None, text: str,
                  outcome: Outcome) -> DateRange:
    """A figure with no date of its own: the one day the text gives; for a death or a wound,
    the day the reported events began (not a period such as "overnight" or "over the past
    day"); else from that day to publication. A first day that _first_event_date returns
    without its span (the deaths run to the day of publication, or two days of events are
    told together) keeps the range."""
    end = pub.isoformat() if pub else None
    if first is None:
        return DateRange(None, end, DatePrecision.UNKNOWN if not end else DatePrecision.DAY)
    if first.end is not None:
        return first
    if first.span is not None and outcome in (Outcome.KILLED, Outcome.WOUNDED) and \
            _PERIOD.search(text, max(0, first.span.start - 12), first.span.end) is None:
        # "attacked a military base on Sunday": the one day the story's events began, not
        # the days from it to publication (a statement's later day is no day of the deaths)
        return DateRange(first.start, first.start, DatePrecision.DAY)
    return DateRange(first.start, end or first.start, DatePrecision.DAY)


# a period, or one that runs into the day of the report: "overnight", "over the past day",
# "earlier this month", "in two days of fighting"
_PERIOD = re.compile(r"(?i:overnight|past|previous|last\s+\d+|hours|since|days|week|month|"
                     r"year|weekend)|\d\s*[-\u2013]\s*\d")


_COUNTING_BODY = re.compile(r"(?:the\s+)?(?:capital\s+|whole\s+|entire\s+)?(?:city|town|county|"
                          r"district|state|nation|country)", re.I)
_SAME_POINT = re.compile(r"\b(?:at\s+(?:this|that|the\s+same)\s+(?:time|point|stage)|"
                         r"(?:during|in|over|by)\s+the\s+same\s+(?:period|time|point)|"
                         r"a\s+year\s+(?:earlier|ago|before))\b", re.I)


# where people fled to: "displaced towards Oicha", "fled to neighbouring Chad", "to flee
# towards Al Muglad and El Fula", "headed south towards Metuge and Pemba"
# where people fled to, no place of a toll told beside it: "12 civilians had been killed ...
# and about 8,000 residents had fled toward the town of Adigrat"
_FLED_TOWARD = re.compile(r"\b(?:fled|flee|fleeing|headed|relocated)\s+(?:to|towards?|into)\s+"
                          r"(?:(?:the|neighbou?ring|nearby)\s+)?(?:(?:town|city|village|camps?)"
                          r"\s+of\s+)?$", re.I)
_FLED_TO = re.compile(r"\b(?:towards?|in\s+the\s+direction\s+of|(?:fled|flee|fleeing|"
                      r"displaced|headed|moved|relocated|went|gone|crossed)\s+(?:\w+\s+)?"
                      r"(?:to|into))\s+(?:(?:the|neighbou?ring|nearby)\s+)?"
                      r"(?:(?:town|city|village|camps?|area|region)\s+of\s+)?"
                      r"(?:(?:[\w'\u2019-]+,?\s+){1,3}?(?:and|or)\s+)?$", re.I)
_FLED_FROM_TOWN = re.compile(r"[^.;]{0,40}?\b(?:fled|left|fleeing|deserted|abandoned)\s+"
                             r"(?:the\s+(?:town|city|village|camp)\s+of\s+)?", re.I)
# the displaced as they stand: "... people are now internally displaced", "remain displaced"
_DISPLACED_STOCK = re.compile(r"[^.;,]{0,30}?\b(?:are|is|remain|remains)\s+(?:now\s+|currently\s+|"
                              r"still\s+)?(?:(?:internally|forcibly)\s+)*displaced\b", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:the\s+(?:year|previous\s+year|prior\s+year)\s+before|"
                          r"the\s+(?:previous|prior|preceding)\s+(?:year|12\s+months|twelve\s+"
                          r"months))\b", re.I)


def _a_year_earlier(d: DateRange | None) -> tuple[str, str] | None:
    """The twelve months before a date that covers twelve whole months ("in 2024", "in the
    year to June 30"), as (start, end) months."""
    if d is None or not d.start or not d.end or len(d.start) < 7 or len(d.end) < 7:
        return None
    start, end = date_grammar.month_index(d.start), date_grammar.month_index(d.end)
    if end - start != 11 or len(d.start) == 10 and d.start[8:] != "01":
        return None
    return date_grammar.month_at(start - 12), date_grammar.month_at(end - 12)


_SINCE_THEN = re.compile(r"\bsince\s+then\b", re.I)
# the period a statistics story told before: "recorded 1,134 murders in the quarter", "arrested
# 5,274 suspects during the year", "during the month" (not "in the year since the war began")
_THE_PERIOD = re.compile(r"\b(?:in|during|over|for|throughout)\s+the\s+(quarter|year|month)\b"
                         r"(?!\s+(?:since|after|before|to|ending|ended|that|when|of|in|earlier|"
                         r"ago))", re.I)


def _the_period(text: str, s, sents, si: int, dates_of) -> DateRange | None:
    """The quarter, month or year a statistics story told before, for a figure "in the
    quarter", "during the month" or "during the year" with no date of its own: the first
    three (one, twelve) whole months the story told (its lead's period, not one compared with
    it later); and for a figure "during the reporting period", the first stretch of days
    the story told ("its update covering the period from 1 April to 30 June 2024")."""
    if dates_of(s):
        return None
    if (m := _REPORT_PERIOD.search(text, s.start, s.end)) is not None:
        return next((DateRange(d.start, d.end, d.precision, Span.of(text, m.start(), m.end()))
                     for k in range(si) for d in dates_of(sents[k])
                     if d.start and d.end and d.start != d.end and
                     not date_grammar.stretch(d) and not _report_date(text, d)), None)
    if (m := _THE_PERIOD.search(text, s.start, s.end)) is None:
        return None
    months = {"quarter": 3, "year": 12, "month": 1}[m.group(1).lower()]
    for k in range(si):
        for d in dates_of(sents[k]):
            if d.start and d.end and len(d.start) == len(d.end) == 7 and \
                    date_grammar.month_index(d.end) - \
                    date_grammar.month_index(d.start) == months - 1:
                return DateRange(d.start, d.end, d.precision,
                                 Span.of(text, m.start(), m.end()))
    return None
# the stretch a report covers, told before: "documented 98 civilians killed during the
# reporting period", "in the six-month period", "during the period under review" (not "the
# same period": the running toll's, nor "the period since the ceasefire")
_REPORT_PERIOD = re.compile(
    r"\b(?:in|during|over|for|throughout|within)\s+the\s+(?:reporting\s+|review\s+|"
    r"(?:[\w]+-)(?:day|week|month|year)\s+)?period\b(?!\s+(?:since|after|before|of|from|when|"
    r"to|between|that|which|last|in)\b)", re.I)
_SAME_PERIOD = re.compile(r"\b(?:over|in|during)\s+the\s+same\s+(?:period|time|span)\b", re.I)


def _back_reference(text: str, s, sents, si: int, dates_of, raw, pub: date | None
                    ) -> DateRange | None:
    """A running toll whose start an earlier sentence told: "Hezbollah began firing on
    October 8. Since then, ..." (from that day to the report); "... over the same period"
    (the period of the running toll told before)."""
    if pub is None:
        return None
    if (then := _SINCE_THEN.search(text, s.start, s.end)) is not None:
        for k in range(si - 1, max(-1, si - 3), -1):
            told = [d for d in dates_of(sents[k]) if d.start and not _report_date(text, d)]
            if told:
                return DateRange(told[-1].start, pub.isoformat(), told[-1].precision,
                                 Span.of(text, then.start(), then.end()))
        return None
    if _SAME_PERIOD.search(text, s.start, s.end) is not None:
        return next((r[3] for r in reversed(raw) if r[4] == Scope.CUMULATIVE and
                     r[3] is not None and r[3].start), None)
    return None


def _opened_before(text: str, s, sents, si: int, dates_of, raw, pub: date | None
                   ) -> DateRange | None:
    """ "Hezbollah and Israel have exchanged near-daily fire since October 8. The violence
    has killed at least 601 people": a running toll with no date of its own runs over the
    period the sentence before opened (from that day to the report); and the running toll
    of that sentence goes on in the next ("On the Israeli side, at least 23 soldiers ... have
    been killed")."""
    if pub is not None and si > 0 and not dates_of(s):
        prev = sents[si - 1]
        # (a running toll told two sentences back goes on, past a sentence on part of its
        # period: "2,350 killed since Oct. 8, 2023. Most of the deaths have come since
        # mid-September. More than 11,000 have been wounded.")
        back = sents[si - 2].start if si > 1 else prev.start
        running = next((r for r in reversed(raw) if back <= r[0].sentence.start < s.start and
                        r[4] == Scope.CUMULATIVE and r[3] is not None and r[3].start), None)
        if running is not None:
            return running[3]
        opened = [d for d in dates_of(prev) if d.start and d.span is not None and
                  _since_before(text, prev, d)]
        if opened:
            return DateRange(opened[-1].start, pub.isoformat(), opened[-1].precision,
                             opened[-1].span)
    return None


_REL_EVENT = re.compile(rf"\b{date_grammar.EVENT_NOUNS}\b[^.;]{{0,80}}?"
                        r"\b(?:that|which)\s+(?:[\w-]+\s+){0,6}$", re.I)


# "the seventh anniversary of the truck bombing at the same spot that killed more than 500"
# ("to mark 30 years since Bosnian Serb forces overran Srebrenica and killed more than 8,000")
_ANNIVERSARY = re.compile(r"\b(?:(?:(" + "|".join(_ORDINAL_WORDS) + r")|(\d+)(?:st|nd|rd|th))\s+"
                          r"anniversary\s+of|(\d+|[a-z]+(?:-[a-z]+)?)\s+years\s+since)\b"
                          r"[^.;:]{0,90}$", re.I)


def _anniversary_date(text: str, s, m, pub: date | None, all_dates) -> DateRange | None:
    """A figure of the event an anniversary is of: the day the text gives in that year, else
    the year (publication's year less the anniversary's count)."""
    if pub is None:
        return None
    a = _ANNIVERSARY.search(text, s.start, m.start)
    if a is None:
        return None
    if a.group(3):
        n = int(a.group(3)) if a.group(3).isdigit() else numbers.word_value(a.group(3).lower())
        if not n:
            return None
    else:
        n = _ORDINAL_WORDS[a.group(1).lower()] if a.group(1) else int(a.group(2))
    year = pub.year - n
    # (the day its own sentence gives, else the first the text gives in that year)
    days = [d for d in all_dates() if d.start and d.start[:4] == str(year) and
            d.precision == DatePrecision.DAY and d.span is not None]
    day = next((d for d in days if s.start <= d.span.start < s.end), days[0] if days else None)
    if day is not None:
        return day
    return DateRange(f"{year:04d}-01", f"{year:04d}-12", DatePrecision.YEAR,
                     Span.of(text, a.start(), a.start() + re.search(
                         r"anniversary|since", a.group(0)).end()))


def _event_dated(text: str, s, dates: list[DateRange], m) -> DateRange | None:
    """ "sentenced Monday for a 2019 shooting that killed two brothers", "accused in the
    Dec. 4 shooting that left one dead": the day of the event the figure's relative clause
    tells of, not the day of the hearing."""
    rel = _REL_EVENT.search(text, s.start, m.start)
    if rel is None:
        return None
    return next((d for d in reversed(dates) if d.span is not None and
                 d.span.end <= rel.start() and rel.start() - d.span.end <= 30), None)


_BREAKDOWN_REACH = 700  # characters from a whole toll's sentence to the one that splits it


def _link_breakdowns(raw, top: int) -> None:
    """ "A ranger was killed and four other people were wounded ... Three other rangers and a
    woman who was riding past were injured", "Eight people were killed in the province ...
    Five died in X and three in Y": a later sentence that names, in two groups or more of
    one outcome, people who add up exactly to a whole toll told just before it (of people
    not said who they were) tells who or where they were: its groups are parts of that toll,
    not more people. (Not where a group's town is outside the whole's place, nor a headline's
    figure, which the body tells again: `top` is where the headline ends.) In place."""
    groups: dict[tuple[int, Outcome], list[int]] = {}
    for i, (m, _src, _place, _dr, scope, parent) in enumerate(raw):
        if parent is None and scope == Scope.EVENT:
            groups.setdefault((m.sentence.start, m.outcome), []).append(i)
    parents = {r[5] for r in raw}
    for (start, outcome), items in groups.items():
        if len(items) < 2 or parents.intersection(items):
            continue  # (one, or a whole with parts of its own)
        total = sum(raw[i][0].figure.best for i in items)
        whole = next((j for j in range(items[0] - 1, -1, -1)
                      if raw[j][0].outcome == outcome and raw[j][0].sentence.start < start), None)
        if whole is None:
            continue
        w = raw[whole]
        if w[0].sentence.start < top or w[5] is not None or w[4] != Scope.EVENT or \
                not w[0].figure.stated or w[0].figure.best != total or \
                w[0].figure.qualifier != Qualifier.EXACT or \
                w[0].victims.type != VictimType.UNKNOWN or \
                start - w[0].sentence.end > _BREAKDOWN_REACH or \
                any(raw[i][2] is not None and w[2] is not None and
                    raw[i][2].geonameid != w[2].geonameid and
                    not place_finder.within(raw[i][2], w[2]) for i in items):
            continue
        for i in items:
            raw[i] = raw[i][:5] + (whole,)


def _last_whole(raw, before: int, outcome: Outcome, scope: Scope | None = None,
                text: str | None = None) -> int | None:
    """The index in `raw` of the last whole toll (numbered, no part) of that outcome (and
    scope, if given) told before index `before`; with `text`, not one told to compare
    ("just above the 1,592 deaths")."""
    return next((i for i in range(before - 1, -1, -1)
                 if raw[i][0].outcome == outcome and raw[i][5] is None and
                 raw[i][0].figure.stated and (scope is None or raw[i][4] == scope) and
                 not (text is not None and _COMPARED_TO.search(
                     text, max(0, raw[i][0].start - 40), raw[i][0].start))), None)


def _of_those(ms: list, raw) -> list:
    """ "Of those, 32 were Houthi fighters": parts of the last whole toll told before, of its
    outcome; none where no toll was told before ("Of those, 12 were children" opening a
    story), nor more than it."""
    # (not a count told to compare: "27 ... in 2024/25, down from 33 in 2023/24. Twelve of
    # them were killed with a knife" are of the 27)
    whole = next((r[0] for r in reversed(raw) if r[5] is None and r[0].figure.stated and
                  not r[0].compared), None)
    if raw and raw[-1][5] is not None and raw[raw[-1][5]][0].figure.stated:
        # ("The Northern Division recorded 134, followed by Port of Spain with 112. Thirty-four
        # of the year's victims were women": the toll those were parts of)
        whole = raw[raw[-1][5]][0]
    out = []
    for m in ms:
        if not m.of_those:
            out.append(m)
        elif m.of_those == "own":
            # ("accounted for 61 of the dead and 154 of the wounded": of its own outcome)
            if any(r[0].outcome == m.outcome and r[5] is None and
                   r[0].figure.best >= m.figure.best for r in raw):
                out.append(m)
        elif m.of_those == "displaced":
            # (some of the displaced only: "Two of them fled to Chad" after a killing is no
            # one driven out)
            if any(r[0].outcome == Outcome.DISPLACED and r[5] is None for r in raw):
                out.append(m)
        elif whole is not None and m.figure.best <= whole.figure.best:
            out.append(replace(m, outcome=whole.outcome) if m.outcome != whole.outcome and
                       m.of_those == "any" else m)
    return out


def _this_year(dates: list[DateRange], pub: date | None) -> DateRange | None:
    """ "17 homicides so far in 2022" told in 2022: the year's first day to the report."""
    year = next((d for d in dates if d.precision == DatePrecision.YEAR and pub is not None and
                 (d.start or "")[:4] == str(pub.year)), None)
    if year is None:
        return None
    return DateRange(f"{pub.year:04d}-01-01", pub.isoformat(), DatePrecision.DAY, year.span)


def _same_point(m, ms, dates: list[DateRange]) -> DateRange | None:
    """ "compared with 31 at the same point last year": the earlier year's tally to the same
    day is the figure's nearest it (the sentence's other figure is this year's)."""
    point = next((d for d in dates if d.span is not None and
                  date_grammar.same_point(d.span.surface)), None)
    if point is None or min(ms, key=lambda x: abs(x.figure.span.start - point.span.start)) \
            is not m:
        return None
    return point


def _year_through(text: str, dates: list[DateRange]) -> DateRange | None:
    """ "Memphis had recorded 27 homicides through Sunday": a city's count runs from the
    year's first day to the day it is counted to."""
    day = next((d for d in dates if d.span is not None and d.precision == DatePrecision.DAY and
                d.start and d.start == d.end and _THROUGH_BEFORE.search(
                    text, max(0, d.span.start - 10), d.span.start)), None)
    if day is None:
        return None
    return DateRange(f"{day.start[:4]}-01-01", day.end, DatePrecision.DAY, day.span)


_THROUGH_BEFORE = re.compile(r"\bthrough\s+$", re.I)


def _years_told(dates: list[DateRange]) -> DateRange | None:
    """ "killed in Papua between 2018 and 2022", "the 2013-2018 civil war": a span of years
    the sentence tells."""
    return next((d for d in dates if d.span is not None and d.start and d.end and
                 d.precision == DatePrecision.YEAR and d.start[:4] != d.end[:4]), None)


def _began_then(text: str, dates: list[DateRange], m, pub: date | None) -> DateRange | None:
    """ "Jihadist violence that spilled over from Mali in 2015 has killed more than 10,000":
    a running toll told in the perfect after the one year or month the sentence gives
    before it runs from then to the report."""
    if pub is None:
        return None
    told = [d for d in dates if d.span is not None and d.start and
            d.precision in (DatePrecision.YEAR, DatePrecision.MONTH)]
    if len(told) != 1 or told[0].span.end > m.start or \
            not _PERFECT_BETWEEN.search(text, told[0].span.end, m.start):
        return None
    d = told[0]
    return DateRange(d.start, pub.isoformat(), d.precision, d.span)


def _for_the_year(text: str, s, pub: date | None) -> DateRange | None:
    """ "brought the city's homicide count to 195 for the year": the year so far."""
    if pub is None or not _FOR_THE_YEAR.search(text, s.start, s.end):
        return None
    return DateRange(f"{pub.year}-01-01", pub.isoformat(), DatePrecision.DAY, None)


# a campaign told with its start: "The offensive, launched on November 27 by HTS"
_LAUNCHED = re.compile(r"\b(?:offensive|operation|campaign|war|insurgency|siege|assault|"
                       r"uprising|conflict)\s*,?\s+(?:which\s+)?(?:was\s+)?(?:launched|began|"
                       r"started|begun)\b", re.I)
_FOR_THE_YEAR = re.compile(r"\bfor\s+the\s+year\b(?!\s+(?:19|20)\d\d)", re.I)
_PERFECT_BETWEEN = re.compile(r"\b(?:has|have)\s+(?:so\s+far\s+|now\s+|also\s+)?(?:killed|"
                              r"claimed|left|displaced|forced)\b", re.I)


def _open_range(pub: date | None) -> DateRange:
    return DateRange(None, pub.isoformat() if pub else None, DatePrecision.UNKNOWN)


_ONE_PERSON = frozenset("man woman person male female boy girl teen teenager".split())


def _finer_day(d: DateRange | None, dates: list[DateRange], own: tuple[int, int]
               ) -> DateRange | None:
    """ "the first shooting victim of 2014 when she was shot early this morning": a day the
    clause gives inside the year or month it gives first is the more precise date."""
    if d is None or d.precision not in (DatePrecision.YEAR, DatePrecision.MONTH) or \
            d.start is None or d.end is None:
        return d
    last = date_grammar.last_day(d.end)
    for o in dates:
        if o.span is not None and own[0] <= o.span.start < own[1] and \
                o.precision == DatePrecision.DAY and o.start and last is not None and \
                d.start <= o.start and date.fromisoformat(o.start) <= last:
            return o
    return d


def _one_numbered_person(c: Claim) -> bool:
    """ "one man was grazed by a bullet ... The driver ... was grazed": one person counted
    with a numeral is a person named without one."""
    return c.figure.stated and c.figure.best == 1 and c.figure.qualifier == Qualifier.EXACT \
        and c.victims.actor is not None and c.victims.actor.lower() in _ONE_PERSON


def _group_key(c: Claim) -> str:
    if not c.figure.stated or _one_numbered_person(c):
        # One person named without a number ("a man", "he", "Harris") is usually the same
        # person again; only a role ("a soldier") or "another" says it is someone else.
        if _someone_else(c):
            return f"another:{c.id}"
        if c.outcome == Outcome.KILLED and _reflexive(c):
            return "self"  # "shot his wife, then killed himself": the killer, on top
        if c.victims.type == VictimType.UNKNOWN:
            return VictimType.UNKNOWN.value
        if c.victims.actor is None or c.victims.type == VictimType.CIVILIANS:
            # "a civilian", "his mother", "the woman": the civilians group (across
            # sentences one person named by different roles is usually one person)
            return c.victims.type.value
        a = _plural(c.victims.actor.lower())
        return _GROUP_KEYS.get(a, a)
    if c.victims.actor:
        a = _plural(c.victims.actor.lower())
        return _GROUP_KEYS.get(a, a)
    return c.victims.type.value


def _one_then_another(c: Claim, cs: list[Claim]) -> bool:
    """ "Two men were shot. One man was hit in the arm and another was hit in the leg.":
    "another" after "one" in its sentence, both of a pair told before, is the second of
    them."""
    one = [d for d in cs if d.evidence == c.evidence and d.figure.best == 1 and
           d.figure.span.surface.lower().split()[0] == "one" and
           d.figure.span.start < c.figure.span.start]
    return bool(one) and any(d.evidence.start < c.evidence.start and d.figure.stated and
                             d.figure.best == 2 and d.part_of is None for d in cs)


def _other_than_the_agents(c: Claim, claims) -> bool:
    """ "The men shot another man in the home": "another" inside its sentence, after no
    other victim there, is other than the sentence's subject, not another victim."""
    lead = c.evidence.surface[:c.figure.span.start - c.evidence.start]
    if not lead.strip() or lead.strip().lower() in ("and", "but"):
        return False  # "Another man was shot": another victim
    return not any(d is not c and d.evidence == c.evidence and
                   d.figure.span.start < c.figure.span.start for d in claims)


_ANYONE = frozenset(("unknown", "people", "persons", "victims", "individuals"))


def _drop_generic_told_by_parts(groups: dict[str, list[Claim]], extra_keys: set[str]) -> None:
    """ "Fighting killed 42 combatants ... Twenty-nine IS fighters and 13 SDF fighters died":
    named groups of one kind whose figures add up to the kind's own figure are that figure
    told again, group by group; the kind's figure goes (42, not 84)."""
    for vtype in (VictimType.COMBATANTS, VictimType.CIVILIANS):
        gen = groups.get(vtype.value)
        if not gen:
            continue
        parts = [g for k, g in groups.items() if k != vtype.value and k not in extra_keys and
                 k != VictimType.UNKNOWN.value and g and
                 all(c.victims.type == vtype and c.figure.stated for c in g)]
        if len(parts) >= 2 and sum(max(c.figure.best for c in g) for g in parts) == \
                max(c.figure.best for c in gen):
            del groups[vtype.value]


_WITHDRAWN = re.compile(r"\b(?:later|since|subsequently)\s+(?:corrected|revised|withdrew|"
                        r"retracted|lowered)\b|\bbut\s+(?:later\s+)?(?:corrected|revised)\b",
                        re.I)


def _withdrawn(c: Claim, claims) -> bool:
    """ "The mayor initially told local media that 12 people had died, but later corrected
    the figure": a figure its own source took back, beside another one for the outcome."""
    if not _WITHDRAWN.search(c.evidence.surface):
        return False
    return any(d.outcome == c.outcome and d.evidence != c.evidence and d.scope == Scope.EVENT
               for d in claims)


def _headline_end(text: str) -> int:
    """Where the headline lines above the body end (0 when the text opens with no headline):
    lines of at most 160 characters with no full stop at their end, more text below. Up to
    four: a kicker or label above the headline ("Breaking news", "INVENTED SAMPLE - ..."), a
    deck or a byline below it are part of the head."""
    end = pos = 0
    for _ in range(_HEAD_LINES):
        nl = text.find("\n", pos, pos + 161)
        if nl < 0 or not text[nl:].strip():
            break
        head = text[pos:nl].rstrip()
        if head and head[-1] in ".!?\"'\u201d" and not (end == 0 and _LABEL_LINE.match(head)):
            break  # (a label above everything may end on a stop: "BREAKING NEWS.")
        if head:
            end = nl
        pos = nl + 1
    return end


_HEAD_LINES = 4
_LABEL_LINE = re.compile(r"[A-Z0-9][A-Z0-9'&-]*(?:\s+[A-Z0-9][A-Z0-9'&-]*){1,}\b.{0,60}$")


def _one_of_them(c: Claim, counted: set[str]) -> str | None:
    """ "shot two women ... the woman was struck": a person named without a number whose
    kind is a group counted in the article is one of that group, not one more civilian."""
    if c.figure.stated or c.victims.actor is None or c.victims.type != VictimType.CIVILIANS \
            or _someone_else(c):
        return None
    key = _plural(c.victims.actor.lower())
    if key in counted:
        return key
    # "Two teenagers were shot ... A boy was hit in the arm": a boy or girl of a group
    # named by its age, when that is the only such group
    ages = [k for k in counted if k in _AGE_GROUPS]
    if key in ("boys", "girls") and len(ages) == 1:
        return ages[0]
    return None


_WITH_ATTACKERS = re.compile(
    r"\b(?:including|among\s+them|among\s+whom)\s+(?:the\s+|\w+\s+){0,2}(?:assailants?|"
    r"attackers?|bombers?|perpetrators?|gunm[ae]n|militants?)\b", re.I)


# a sentence that opens on a place: "In the occupied West Bank, Israeli forces killed two"
_OPENS_ON_PLACE = re.compile(r"\W*(?:In|Elsewhere\s+in|Meanwhile,?\s+in|Further\s+\w+,?\s+in)\s+"
                             r"(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z]")
_ELSEWHERE_KM = 50


def _elsewhere(c: Claim, lead: Claim | None, text: str | None = None) -> bool:
    """A figure of a sentence that opens on a place far from the lead's (50 km or more):
    another incident ("... killed 23 people in Rafah. In the occupied West Bank, forces
    killed two Palestinians in Tulkarem"). A town's neighbourhoods are near each other."""
    if lead is None or c.evidence == lead.evidence or c.place is None or lead.place is None:
        return False
    if c.place.country == "US":
        # (a US city's neighbourhoods share names with towns across the country, "In
        # Frankford," in a Philadelphia roundup: distances between them say nothing)
        return False
    if c.place.span is None or not c.evidence.start <= c.place.span.start < c.evidence.end:
        return False
    m = _OPENS_ON_PLACE.match(c.evidence.surface)
    if m is None:
        # (or a town of its own in a paragraph of its own: "Late on Saturday, gunmen shot
        # dead a shopkeeper ... in Baquba", in a wire roundup of Iraq's attacks)
        if text is None or c.place.precision != PlacePrecision.TOWN or \
                lead.place.precision != PlacePrecision.TOWN and not (
                    # (or a district the gazetteer lacks: "Aden's Khor Maksar district")
                    lead.place.precision == PlacePrecision.DISTRICT and
                    not place_finder.listed(lead.place)) or \
                "\n" not in text[lead.evidence.end:c.evidence.start]:
            return False
    # (a town the gazetteer lacks, told with no other place, is somewhere in its country)
    d = distance_km(c.place if c.place.lat is not None else _country_of(c.place) or c.place,
                    lead.place if lead.place.lat is not None else
                    _country_of(lead.place) or lead.place)
    return d is not None and d >= _ELSEWHERE_KM


_SEPARATE = re.compile(
    r"\W*(?:separately|elsewhere|in\s+(?:a\s+)?separate\s+(?:incident|attack|shooting|strike|"
    r"raid|development)s?|in\s+(?:another|a\s+second|an\s+unrelated)\s+(?:incident|attack|"
    r"shooting|strike|raid))\b", re.I)


_AGE_GROUPS = frozenset("teens teenagers youths juveniles minors children kids".split())


def _merge_names_of_one_group(groups: dict[str, list[Claim]]) -> None:
    """ "killed 47 Al-Shabaab fighters ... the operation killed 47 terrorists": with one
    armed group named, "militants", "terrorists", "insurgents" counted as many as it are its
    fighters; a people named by nationality ("14 Palestinians") may be anyone counted."""
    for k in [k for k in groups if _nationality_key(k)]:
        groups.setdefault(VictimType.UNKNOWN.value, []).extend(groups.pop(k))
    named = [k for k, g in groups.items() if any(
        c.victims.type == VictimType.COMBATANTS and c.victims.actor and
        c.victims.actor[:1].isupper() for c in g)]
    # (the same number only: "28 Hezbollah fighters ... 56 rebels" are the two sides)
    if "militants" in groups and len(named) == 1 and named[0] != "militants" and \
            {c.figure.best for c in groups["militants"]} & \
            {c.figure.best for c in groups[named[0]]}:
        groups[named[0]].extend(groups.pop("militants"))


def _nationality_key(key: str) -> bool:
    """ "palestinians", "syrians": a group key that is a people."""
    word = key[:1].upper() + key[1:]
    return key.endswith("s") and " " not in key and (
        gazetteer.demonym(word[:-1]) is not None or gazetteer.demonym(word) is not None)


def _merge_ages(groups: dict[str, list[Claim]]) -> None:
    """ "Two teens shot ... Two 17-year-old boys are recovering": people named by their age
    and people named by their sex overlap; with one sex told, the ages are of it."""
    sexes = [k for k in groups if k in ("boys", "girls", "men", "women")]
    ages = [k for k in groups if k in _AGE_GROUPS]
    if len(sexes) == 1 and ages:
        for k in ages:
            groups[sexes[0]].extend(groups.pop(k))


_ALSO_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:were|was|are|have\s+been|had\s+been)\s+"
                         r"also\b|^\s+(?:[\w-]+\s+){0,3}?also\s+(?:died|perished)\b", re.I)


def _attackers_also(cs: list[Claim], claims) -> set[str]:
    """ "9 people were killed in the attack. 5 attackers were also killed.": attackers told
    as "also" killed are on top of the toll before them (unless a toll says it holds
    them: "eleven people, including four assailants")."""
    out = set()
    for c in cs:
        if _group_key(c) != "militants" or c.part_of is not None:
            continue
        ev = c.evidence
        if _ALSO_AFTER.match(ev.surface[c.figure.span.end - ev.start:]) and not any(
                _WITH_ATTACKERS.search(d.evidence.surface) for d in claims
                if d.outcome == c.outcome and d.evidence != ev):
            out.add("militants")
    return out


def _by_sentence(cs: list[Claim]) -> dict[tuple[int, int], list[Claim]]:
    out: dict[tuple[int, int], list[Claim]] = {}
    for c in cs:
        out.setdefault((c.evidence.start, c.evidence.end), []).append(c)
    return out


def _attackers_told(bombers: Claim, claims) -> bool:
    """Whether another sentence's figure counts attackers: "eleven people, including four
    assailants, were killed", "at least five were killed, including the assailant"."""
    return any(c.outcome == bombers.outcome and not c.extra and c.evidence != bombers.evidence
               and (_group_key(c) in ("militants", "bombers") or
                    _WITH_ATTACKERS.search(c.evidence.surface)) for c in claims)


def _reflexive(c: Claim) -> bool:
    """ "killed himself", "shot herself", "took his own life" (a death counted at "his"):
    the figure is the killer himself."""
    w = c.figure.span.surface.lower()
    if w in ("himself", "herself", "themselves"):
        return True
    # "took his own life", not "an attack that killed her"
    at = c.figure.span.end - c.evidence.start
    return c.outcome == Outcome.KILLED and w in ("his", "her") and \
        c.evidence.surface[at:at + 9].lower().startswith(" own ")


_HE_SURVIVED = re.compile(
    r"\b(?:both|the\s+(?:suspect|shooter|gunman|attacker))\s+(?:are|were|is|was|remains?)\s+"
    r"(?:\w+\s+)?(?:hospitali[sz]ed|in\s+(?:critical|serious|stable|fair|grave|good)\s+"
    r"condition|expected\s+to\s+survive)\b", re.I)
# "The man was taken to a nearby hospital" (not "..., where he died"), of the one who shot
# himself ("shot her husband, then turned the gun on herself. ... The man was taken to a
# local hospital": the husband)
_TAKEN_TO_HOSPITAL = {
    sex: re.compile(rf"\b(?:{who})\s+was\s+(?:taken|flown|airlifted|rushed)\s+to\s+"
                    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?hospital\b"
                    r"(?![^.]{0,80}\b(?:died|dead|death)\b)", re.I)
    for sex, who in (("m", r"the\s+man|he"), ("f", r"the\s+woman|she"))}
# "A man and woman both ended up in the hospital ... after the man shot himself": told first
_BOTH_HOSPITAL = re.compile(r"\bboth\s+(?:ended\s+up|were|are)\s+(?:taken\s+to\s+)?"
                            r"(?:in\s+)?(?:the\s+|a\s+)?hospital", re.I)


def _turned_on_and_survived(c: Claim, text: str | None) -> bool:
    """ "A man shot his ex-girlfriend and then turned the gun on himself. Both are
    hospitalized.": the killer's shot at himself, told later to have left him alive."""
    if text is None or not _reflexive(c) or not _TURNED_GUN.search(c.evidence.surface):
        return False
    sex = "m" if c.figure.span.surface.lower() in ("himself", "his") else "f"
    return _HE_SURVIVED.search(text, c.evidence.end) is not None or \
        _TAKEN_TO_HOSPITAL[sex].search(text, c.evidence.end) is not None or \
        _BOTH_HOSPITAL.search(text, 0, c.evidence.end) is not None


_TURNED_GUN = re.compile(r"\bturned\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol|handgun)\s+"
                         r"on\s+(?:him|her)self\b|\bshot\s+(?:him|her)self\b", re.I)


def _someone_else(c: Claim) -> bool:
    """ "another man", "A 20-year-old man was also arrested": someone other than the people
    counted before (not "He was also shot in the leg": one told again)."""
    if c.figure.stated:
        return False
    words = c.figure.span.surface.split()
    if words[0].lower() == "another":
        return True
    ev = c.evidence
    return words[0].lower() in ("a", "an") and \
        _ALSO_TOLD.match(ev.surface, c.figure.span.end - ev.start) is not None


_ALSO_TOLD = re.compile(r"(?:,[^,]{1,40},)?\s+(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,3}?"
                        r"(?:was|were|has\s+been)\s+also\s+(?:\w+\s+)?(?:killed|shot|wounded|"
                        r"injured|hurt|hit|struck|arrested|detained|abducted|kidnapped|taken)\b",
                        re.I)


_IRREGULAR = {"person": "people", "child": "children"}


def _plural(noun: str) -> str:
    """One group key for "man" and "men", "civilian" and "civilians"."""
    if noun in _GROUP_KEYS:
        return noun
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith(("s", "men", "people", "children", "police", "army")):
        return noun
    return noun + "s"


def _the_n_again(a: Mention, b: Mention, text: str) -> bool:
    """ "Five suspected members of Dawlah Islamiyah were killed ... The bodies of the five
    militants ... were recovered": a number told again with "the" is the people told before,
    whatever the later words call them (of one type)."""
    return b.start > a.start and b.figure.stated and b.figure.value > 1 and \
        (a.victims.type == b.victims.type or VictimType.UNKNOWN in (a.victims.type,
                                                                  b.victims.type)) and (
            _THE_BEFORE.search(text, max(0, b.figure.span.start - 6), b.figure.span.start)
            is not None or
            # ("two others were wounded ... A woman and a man, both Syrian nationals, were
            # treated": "both" is the two)
            b.figure.span.surface.lower() == "both" and b.sentence.start > a.sentence.start)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _same_victims(a: Mention, b: Mention) -> bool:
    va, vb = a.victims, b.victims
    if va.actor and vb.actor:
        ka = _GROUP_KEYS.get(va.actor.lower(), va.actor.lower())
        kb = _GROUP_KEYS.get(vb.actor.lower(), vb.actor.lower())
        # ("two Gary men" and "four men": men both; not "Hezbollah" and "rebels")
        return ka == kb or _plural(ka.split()[-1]) == _plural(kb.split()[-1]) and \
            len(ka.split()) != len(kb.split())
    if va.type != vb.type and VictimType.UNKNOWN not in (va.type, vb.type):
        return False
    return True


def _other_side(a: Mention, b: Mention) -> bool:
    """Fighters and civilians: two groups no one figure counts ("six militants", "six
    worshippers")."""
    known = (a.victims.type, b.victims.type)
    return VictimType.UNKNOWN not in known and known[0] != known[1]


def _same_place(a: Place | None, b: Place | None) -> bool:
    """Two statements of one figure name the same place, or one of them is vaguer."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False  # (a village the gazetteer lacks in Lebanon is no town in Israel)
    if a.geonameid is None or b.geonameid is None:
        # (a province has no id: "Kherson Oblast: 2 killed" is not "two people were killed
        # in Pokrovsk", a town of another province)
        return not (a.country and a.country == b.country and a.admin1 and b.admin1 and
                    a.admin1 != b.admin1 and PlacePrecision.COUNTRY not in (a.precision,
                                                                            b.precision))
    if a.geonameid == b.geonameid:
        return True
    # a country and a town inside it may be the same figure; two towns are not
    return PlacePrecision.COUNTRY in (a.precision, b.precision) and a.country == b.country


def _place_told(r) -> bool:
    """Whether a raw mention's place is told in its own sentence (not carried from the story
    around it: "more than 47 corpses" in a quote, placed where the last sentence was)."""
    m, p = r[0], r[2]
    return p is not None and p.span is not None and \
        m.sentence.start <= p.span.start < m.sentence.end


def _told_apart_in_time(a, b) -> bool:
    """Two raw mentions days apart, one of them dated by the calendar in its own sentence:
    "three remained hospitalized Monday" is not "a Sept. 7 shooting that wounded three
    people" a month before (a toll told again on a later day is still one figure)."""
    (ma, _, _, da, *_), (mb, _, _, db, *_) = a, b
    if da is None or db is None or not (da.start and da.end and db.start and db.end):
        return False
    if not any(d.span is not None and m.sentence.start <= d.span.start < m.sentence.end
               and d.precision == DatePrecision.DAY and re.search(r"\d", d.span.surface)
               for m, d in ((ma, da), (mb, db))):
        # "* July 2020 - A suicide car bomb ... kills eight people" and "* Nov. 2021 - A bomb
        # ... kills eight civilians": a timeline's months, each told in its own line, are
        # two attacks
        if not any(d.span is not None and m.sentence.start <= d.span.start < m.sentence.end
                   and d.precision == DatePrecision.MONTH and d.start == d.end
                   for m, d in ((ma, da), (mb, db))):
            return False
    a0, a1, b0, b1 = date_grammar.first_day(da.start), date_grammar.last_day(da.end), \
        date_grammar.first_day(db.start), date_grammar.last_day(db.end)
    if None in (a0, a1, b0, b1):
        return False
    return (b0 - a1).days > _DAYS_APART or (a0 - b1).days > _DAYS_APART


_DAYS_APART = 3


def _the_one_again(m0: Mention, m: Mention) -> bool:
    """ "A 9-year-old girl was wounded ... The girl suffered shrapnel wounds to her legs": one
    person told again by a definite word for her, after the first telling."""
    return m0.singular and m.singular and m.start > m0.start and (
        m0.victims.actor is not None and m.victims.actor == m0.victims.actor or
        # ("A 17-year-old was shot dead ... The teenager, hit several times, died")
        (m.victims.actor or "").lower() in ("teenager", "teen") and
        _TEEN_AGE.search(m0.figure.span.surface) is not None) and \
        m.figure.span.surface.split()[0].lower() in ("the", "their", "his", "her") and \
        m0.figure.span.surface.split()[0].lower() in ("a", "an", "one", "their", "his", "her")


_TEEN_AGE = re.compile(r"\b1[3-9]-year-old\b")


def _merge(raw, text: str, top: int) -> list[Claim]:
    """Mentions of the same figure (same outcome, value, victims) become one claim. `top`:
    where a headline above the body ends (0: none)."""
    groups: list[list[int]] = []
    for i, (m, _src, _pl, _dr, scope, parent) in enumerate(raw):
        for g in groups:
            m0, *_rest = raw[g[0]]
            sc0, par0 = raw[g[0]][4], raw[g[0]][5]
            if m0.outcome == m.outcome and m0.figure.value == m.figure.value and \
                    (m0.figure.qualifier == Qualifier.VAGUE) == \
                    (m.figure.qualifier == Qualifier.VAGUE) and (
                    (sc0 == scope or
                     # ("injured 47 Palestinians during the reporting period ... Of the 47
                     # Palestinians injured during the week": the report's count told again)
                     sc0 == Scope.AREA_TOTAL and scope == Scope.EVENT and
                     _the_n_again(m0, m, text)) and (par0 is None) == (parent is None) and
                    (_same_victims(m0, m) or _the_n_again(m0, m, text)) and
                    (not m.singular and not m0.singular or _the_one_again(m0, m)) and
                    (_same_place(raw[g[0]][2], raw[i][2]) or not _place_told(raw[i]) or
                     # ("among them the two injured men, sailed the tanker to Lome": the two
                     # told again, wherever they went)
                     _the_n_again(m0, m, text)) and
                    not _told_apart_in_time(raw[g[0]], raw[i]) and
                    not _of_another_group(raw, g, i, text) and not (
                        _called_other(m.victims) and m.sentence.start != m0.sentence.start or
                        m.outcome == Outcome.KILLED and _others_died(m.figure, text) and
                        m.start > m0.start) or
                    _headline_told(m0, m, top)) and all(
                        # (each statement of the group the same people: "kills 6" above
                        # "killed six militants" is not also "killing six worshippers")
                        raw[k][0].start < top or not _other_side(raw[k][0], m)
                        for k in g[1:]):
                g.append(i)
                break
        else:
            groups.append([i])
    index_of: dict[int, int] = {}
    for gi, g in enumerate(groups):
        for i in g:
            index_of[i] = gi
    claims: list[Claim] = []
    for gi, g in enumerate(groups):
        # The primary statement: an attributed one if any (the body's before a headline's:
        # "Iraq says ... may have killed up to 200" over "..., a local council member said"),
        # else the first.
        attributed = [i for i in g if raw[i][1] is not None]
        prim = next((i for i in attributed if raw[i][0].start >= top),
                    attributed[0] if attributed else
                    next((i for i in g if raw[i][0].start >= top), g[0]))
        m, src, place, dr, scope, parent = raw[prim]
        # Keep the most informative victims and qualifier across the statements.
        # (not the last person's of people told one by one, "a girl, her mother and a man",
        # beside a statement that numbers them)
        told = [raw[i][0] for i in g]
        victims = max((t.victims for t in told if t.figure.stated or t.figure.value < 2 or
                       not any(u.figure.stated for u in told)),
                      key=lambda v: (v.actor is not None, v.type != VictimType.UNKNOWN))
        if m.outcome == Outcome.ARRESTED and victims.type == VictimType.COMBATANTS and \
                (victims.actor or "") in ("suspects", "suspect"):
            # people held as suspects are no fighters by that word (killed "suspects", who
            # fought police, stay combatants)
            victims = replace(victims, type=VictimType.UNKNOWN)
        # The figure as most precisely qualified ("at least 28" over "28"); the evidence is
        # the sentence that states that figure, so the evidence always contains the number.
        fig_at = next((i for i in g if raw[i][0].figure.qualifier.value != "exact"), prim)
        figure = raw[fig_at][0].figure
        evidence = _evidence(text, raw[fig_at][0])
        mentions = tuple(_evidence(text, raw[i][0]) for i in g if i != fig_at)
        part_of = f"c{index_of[parent] + 1}" if parent is not None else None
        claims.append(Claim(
            id=f"c{gi + 1}", outcome=m.outcome, figure=figure, victims=victims, source=src,
            place=place, date=dr, scope=scope, evidence=evidence, part_of=part_of,
            mentions=mentions, extra=raw[fig_at][0].extra,
            weak=all(raw[i][0].weak for i in g),
        ))
    return [replace(c, part_of=None) if c.part_of == c.id else c for c in claims]


def _of_another_group(raw, g: list[int], i: int, text: str) -> bool:
    """ "In March, 11 travellers kidnapped on the same stretch were freed. Two of them died in
    captivity": a figure "of them" out of a group the sentence before numbers with another
    fate is out of that group, not the figure of the same fate told before it."""
    m = raw[i][0]
    if m.figure.span is None or _OF_THEM_DID.match(text, m.figure.span.end) is None:
        return False
    m0 = raw[g[0]][0]
    if m0.figure.span is None or _OF_ANY.match(text, m0.figure.span.end) is not None:
        return False  # ("two of the wounded died ... two of them died": one group)
    near = max((k for k in range(len(raw)) if raw[k][0].start < m.sentence.start),
               key=lambda k: raw[k][0].start, default=None)
    return near is not None and near not in g and raw[near][0].outcome != m.outcome


# "Two of them died", "two of them were later found dead": the figure the subject of its verb
_OF_THEM_DID = re.compile(r"\s+of\s+them\s+(?:later\s+)?(?:died|were|was|have|had|succumbed)\b",
                      re.I)
_OF_ANY = re.compile(r"\s+of\s+(?:them|the|those|these)\b", re.I)


_LEAD_AFTER_HEADLINE = 700  # characters of body below a headline that retell its figure


def _headline_told(head: Mention, m: Mention, top: int) -> bool:
    """ "Gunmen kill 11 at bar in Mexico's Guanajuato" above "... killing 11 people in
    Celaya": a headline's stated figure, told again in the lead below it, is that figure,
    whatever words the two use for the victims or the place."""
    return bool(top) and head.start < top <= m.start < top + _LEAD_AFTER_HEADLINE and \
        (head.figure.stated and m.figure.stated or
         # "Two children hurt ..." above "A 4-year-old girl and her 9-year-old brother were
         # injured": the people the headline numbers, told one by one
         head.figure.stated and not m.figure.stated and m.figure.value >= 2 and not m.weak or
         # "Civilian dies in Kashmir shelling" above "A civilian died when ...", "1 dead, 4
         # wounded" above "A man was killed and four other people were wounded": one person
         # (and "Knife attack leaves one dead" above "killed a 64-year-old woman": the
         # headline's "one" says nothing of who)
         not m.figure.stated and head.figure.value == 1 and
         not m.weak and not head.weak and head.victims.type in (m.victims.type,
                                                                 VictimType.UNKNOWN) and
         "another" not in m.figure.span.surface.lower()) and \
        head.parent is None and m.parent is None


def _drop_vague_headline(claims: list[Claim], top: int) -> list[Claim]:
    """ "Dozens killed in Gaza's Shejaiya" above "killing at least 60 Palestinians": a
    headline's vague figure that the body tells precisely is that figure again, not a claim
    of its own (it becomes one of the body claim's mentions). `top`: where the headline
    ends (0: none)."""
    if not top:
        return claims
    drop: dict[str, str] = {}
    for c in claims:
        if c.evidence.end > top or c.figure.qualifier != Qualifier.VAGUE and not (
                # ("UN agencies condemn deadly shooting at migrant detention centre": one
                # dead at least, the body's "killing at least three people")
                not c.figure.stated and c.figure.qualifier == Qualifier.AT_LEAST) or \
                any(d.part_of == c.id for d in claims) or \
                any(x.start >= top for x in c.mentions):
            continue  # (a vague amount the body tells too is the body's figure)
        body = next((d for d in claims if d.evidence.start >= top and d.outcome == c.outcome
                     and d.scope == c.scope and d.part_of is None and d.figure.stated and
                     d.figure.best >= (c.figure.low or c.figure.best)), None)
        if body is not None:
            drop[c.id] = body.id
    if not drop:
        return claims
    kept = [replace(c, mentions=c.mentions + tuple(
        d.evidence for d in claims if drop.get(d.id) == c.id)) for c in claims if c.id not in drop]
    ids = {c.id: f"c{i + 1}" for i, c in enumerate(kept)}
    return [replace(c, id=ids[c.id], part_of=ids.get(c.part_of) if c.part_of else None)
            for c in kept]


def _called_other(v: Victims) -> bool:
    """ "2 other policemen": in a later sentence not the figure told before, whatever its
    number, but more of them."""
    return v.span is not None and v.span.surface.lower().startswith("other ")


def _others_died(fig: Figure, text: str) -> bool:
    """ "two of the men were killed ..., and two others died": more of them, even in the
    same sentence (not "two others in the hospital": no verb of their own). Of the dead only:
    "two men dead and four wounded ... Four others were shot" are the four again. (And "while
    the other two died": the figure after "the other".)"""
    return fig.span is not None and (
        _OTHERS_AFTER.match(text, fig.span.end) is not None or
        _THE_OTHER_BEFORE.search(text, max(0, fig.span.start - 12), fig.span.start) is not None)


_THE_OTHER_BEFORE = re.compile(r"\bthe\s+other\s+$", re.I)


_OTHERS_AFTER = re.compile(r"\s+others\s+(?:[a-z]+\s+)?(?:died|were|was|have|has|had|"
                           r"succumbed|are)\b", re.I)


def _evidence(text: str, m: Mention) -> Span:
    return Span.of(text, m.sentence.start, m.sentence.end)


_VIOLENCE = re.compile(r"\b(?:shot|shooting|shootings|gunfire|gunshot|stabbed|stabbing|murder|"
                       r"murdered|homicide|slain|slaying|gunned|killed|killing)\b", re.I)
BACKGROUND_DAYS = 30  # a figure dated this long before publication is background
# a toll this large, its sentence naming no place, is the country's (see extract)
_NATIONWIDE = 1_000
_NATIONWIDE_DISPLACED = 100_000
# (but not "1,096 people were murdered in Nelson Mandela Bay": a place the gazetteer cannot
# read; nor a police force's arrests, a city's)
_UNREAD_PLACE = re.compile(r"\bin\s+(?:the\s+)?[A-Z][a-z]|\bin\s+the\s+(?:city|town|village|"
                           r"capital|camp)\b")
_LEAD_CHARS = 300  # the headline and first sentence: where a story names its place


def totals(claims: list[Claim] | tuple[Claim, ...],
           published: date | None = None, text: str | None = None,
           _apart: bool = False, _told: tuple[Claim, ...] = ()) -> dict[Outcome, Tally]:
    """Per-outcome low/best/high over event-scope claims, by the policy in the docstring.

    With the publication date, figures dated more than BACKGROUND_DAYS before it are left
    out: an earlier case recalled in the story ("where 17 died in the February shooting")
    is still a claim, and an event at its own date, but not part of what the article
    reports."""
    by_id = {c.id: c for c in claims}
    top = _headline_end(text) if text else 0  # (once, not for every outcome)
    if not _apart:
        # "Separately, shelling killed a woman in Kherson": another incident, counted by
        # itself and added on top of the rest
        apart: dict[int, list[Claim]] = {}
        events = sorted((c for c in claims if c.scope == Scope.EVENT),
                        key=lambda c: c.evidence.start)
        lead = events[0] if events else None
        for c in events:
            separate = _SEPARATE.match(c.evidence.surface) is not None
            if not separate and c.part_of in by_id and by_id[c.part_of].outcome == c.outcome:
                continue  # "nine of the dead were in the town of Douma": inside its whole
            if separate or _elsewhere(c, lead, text):
                apart.setdefault(c.evidence.start, []).append(c)
            elif claim_grammar.PUT_AT.search(c.evidence.surface) and (told := next(
                    (d for d in reversed(events) if d.evidence.start < c.evidence.start and
                     d.outcome == c.outcome and d.part_of is None), None)) is not None and \
                    told.evidence.start in apart and told in apart[told.evidence.start]:
                # "In the West Bank, troops arrested 17 ... The Prisoners Club put the number
                # at 21": another count of the incident told apart, counted with it
                apart[told.evidence.start].append(c)
        ids = {c.id for g in apart.values() for c in g}
        if apart and top:
            # "Bandits kill 23 in Zamfara, abduct 16 travellers in Kaduna" above the body's
            # "In Kaduna State, ... abducted 16 passengers": the headline's figure of the
            # incident told apart is that incident's
            told = {(c.outcome, c.figure.best) for g in apart.values() for c in g}
            ids |= {c.id for c in claims if c.evidence.end <= top and c.figure.stated and
                    (c.outcome, c.figure.best) in told}
        rest = [c for c in claims if c.id not in ids]
        if apart and any(c.scope == Scope.EVENT for c in rest):
            out = totals(rest, published, text, _apart=True)
            for group in apart.values():
                ids = {c.id for c in group}
                alone = [replace(c, part_of=None) if c.part_of not in ids else c for c in group]
                # (the rest of the story still tells whether its wounded later died)
                for outcome, t in totals(alone, published, None, _apart=True,
                                         _told=tuple(claims)).items():
                    o = out.get(outcome, Tally(0, 0, 0))
                    out[outcome] = Tally(o.low + t.low, o.best + t.best, o.high + t.high)
            return out
    out = {}
    claims = _shot_minus_dead(claims, by_id)
    # A story wholly about an earlier case (a trial, an arrest months later) reports that
    # case: its figures are background only beside a death or wound that the text dates
    # to the story's own time. (The earlier case is a day, or a month's shooting or killing
    # of few people: "two men were arrested in the shooting that killed a man last month";
    # a year's toll, "1,901 killed by opioids last year", and "his grandmother, who died
    # last May" are no case of their own.)
    story_published = published
    hurt = [c for c in claims if c.outcome in (Outcome.KILLED, Outcome.WOUNDED) and
            c.scope == Scope.EVENT and c.date.span is not None]
    if not any(not _background(c, published) for c in hurt) and any(
            c.date.precision == DatePrecision.DAY or
            c.date.precision == DatePrecision.MONTH and c.figure.best <= 5 and
            _VIOLENCE.search(c.evidence.surface) for c in hurt):
        published = None
    dead_at = {c.evidence.start for c in claims if c.outcome == Outcome.KILLED}
    lead = min((c for c in claims
                if c.scope == Scope.EVENT and c.outcome in (Outcome.KILLED, Outcome.WOUNDED)
                and c.date.span is not None and c.date.precision == DatePrecision.DAY
                and c.evidence.start < _LEAD_CHARS), key=lambda c: c.evidence.start,
               default=None)
    for outcome in Outcome:
        # A part with its parent's outcome is inside the parent's count; a part with an
        # outcome of its own ("four were shot, one fatally") is the only count of it.
        cs = [c for c in claims if c.outcome == outcome and c.scope == Scope.EVENT
              and (c.part_of is None or c.part_of in by_id and
                   by_id[c.part_of].outcome != outcome)
              and not _background(c, published) and not _earlier_at_same_place(c, claims)
              and not _EARLIER_CASE.match(c.evidence.surface)
              and not _record_recalled(c, text)
              and not _withdrawn(c, claims)
              and not _before_the_lead(c, lead, text) and not _came_after(c)
              and not (outcome == Outcome.KILLED and _turned_on_and_survived(c, text))
              and not (_SAME_PLACE.search(c.evidence.surface) and
                       _background(c, story_published))]
        if outcome == Outcome.WOUNDED:
            killed = out.get(Outcome.KILLED)
            # the killer's suicide is not one of the people he shot
            self_dead = any(c.outcome == Outcome.KILLED and c.scope == Scope.EVENT and
                            _group_key(c) == "self" and not _turned_on_and_survived(c, text)
                            for c in claims)
            killed_n = killed.best if killed else 0
            # a man who "shot himself" and a man who "killed himself" are one
            cs = [c for c in cs if not (self_dead and c.weak and _reflexive(c))]
            dead = [c for c in claims if c.outcome == Outcome.KILLED and c.scope == Scope.EVENT]
            # "A woman was killed. A man was shot.": a man shot is not the woman who died
            cs = [replace(c, weak=False) if c.weak and _other_sex(c, dead) else c for c in cs]
            cs = _drop_shot_dead(cs, killed_n - self_dead)
            cs = _drop_wounded_who_died(cs, list(_told) or claims, published)
        if not cs:
            continue
        cs, joined = _joined_sums(cs)
        # "In addition to the bomber, five people were killed": the extra group is counted
        # on top of the others, with its own best across every figure for it. Bombers who
        # detonated are on top unless another sentence counts attackers ("eleven people,
        # including four assailants, were killed" already holds them: then they are no
        # figure of their own).
        cs = [c for c in cs if not (c.extra and c.victims.actor == "suicide bombers" and
                                    _attackers_told(c, claims))]
        extra_keys = {_group_key(c) for c in cs if c.extra} | _besides_the_group(cs) | \
            _attackers_also(cs, claims) | _suicide_told_apart(cs)
        groups: dict[str, list[Claim]] = {}
        counted = {_group_key(c) for c in cs if c.figure.stated}
        people = {_group_key(c) for c in cs if c.figure.stated and
                  c.victims.type == VictimType.UNKNOWN and _group_key(c) in _ANYONE}
        for c in cs:
            key = _one_of_them(c, counted) or _group_key(c)
            if c.evidence.end <= top and c.part_of is None:
                # "Nine Maoists killed ...; two jawans injured" above "Two jawans of the
                # District Reserve Guard sustained injuries": a headline tells the body's
                # figures again, whatever it calls the victims
                key = VictimType.UNKNOWN.value
            if c.part_of is not None and any(
                    d.evidence == c.evidence and d.part_of is None and d.figure.span.start <
                    by_id[c.part_of].figure.span.start and
                    _of_a_kind(c, d) for d in cs if d is not c):
                # "One officer was killed and two were injured; one of them later died": the
                # dead among the injured are others than the dead told before them (of their
                # kind: not "Three terrorists have been neutralised. ... two soldiers were
                # injured and one of them later succumbed")
                key = f"part:{c.id}"
                extra_keys.add(key)
            if _others_of_a_kind_told(c, cs):
                key = f"other:{c.id}"  # "2 other policemen were killed when they arrived"
            if outcome == Outcome.KILLED and _wounded_who_died(c, cs):
                # "Three police officers were killed and two were wounded. One of the
                # wounded officers later died": one more dead, besides those told
                key = f"later:{c.id}"
                extra_keys.add(key)

            if key == VictimType.CIVILIANS.value and not c.figure.stated and \
                    len(people) == 1 and not _someone_else(c):
                key = next(iter(people))  # "one man was grazed ... the driver": one of them
            if key.startswith("another:") and (c.outcome != Outcome.KILLED and
                                               c.evidence.start in dead_at or
                                               _other_than_the_agents(c, claims) or
                                               _one_then_another(c, cs)):
                # "killing one man and injuring another": other than the dead, not than
                # the wounded counted elsewhere; "the men shot another man": other than
                # the men who shot
                key = VictimType.UNKNOWN.value
            groups.setdefault(key, []).append(c)
        # ("killed his wife and two children before turning the gun on himself": the joined
        # sum is the killer's mates)
        together = _people_in_one_sentence(cs) + joined + _with_the_killer(cs + joined) + \
            _numbered_and_numbered(cs) + _relations(cs) + _another_killing(cs) + \
            _people_across_sentences(cs)
        if together:  # different kinds of people: an unknown group of their number
            groups.setdefault(VictimType.UNKNOWN.value, []).extend(together)
        _merge_ages(groups)
        _merge_names_of_one_group(groups)
        if outcome == Outcome.ARRESTED:
            # "A 20-year-old man was also arrested": one more arrest, whoever was arrested
            # before (for the dead and wounded "another" is often one of a count told before)
            extra_keys |= {k for k in groups if k.startswith("another:")}
        _drop_generic_told_by_parts(groups, extra_keys)
        named = [g for k, g in groups.items()
                 if k != VictimType.UNKNOWN.value and k not in extra_keys]
        unknown = groups.get(VictimType.UNKNOWN.value, []) if \
            VictimType.UNKNOWN.value not in extra_keys else []

        def tally(g: list[Claim]) -> tuple[int, int, int]:
            lows = [c.figure.low if c.figure.low is not None else c.figure.best for c in g]
            highs = [c.figure.high if c.figure.high is not None else c.figure.best for c in g]
            return min(lows), max(c.figure.best for c in g), max(highs)

        parts = [tally(g) for g in named]
        lo = sum(p[0] for p in parts)
        be = sum(p[1] for p in parts)
        hi = sum(p[2] for p in parts)
        if unknown:
            ul, ub, uh = tally(unknown)
            lo, be, hi = max(lo, ul), max(be, ub), max(hi, uh)
        for k in extra_keys:
            if k not in groups:
                continue  # (its claims were merged into another group, counted there)
            el, eb, eh = tally(groups[k])
            # "One assailant detonated ..., while the second assailant was shot and killed":
            # people of the group named apart in one sentence are different people
            together_n = max(sum(c.figure.best for c in g)
                             for g in _by_sentence(groups[k]).values())
            eb, eh = max(eb, together_n), max(eh, together_n)
            lo, be, hi = lo + el, be + eb, hi + eh
        out[outcome] = Tally(lo, be, hi)
    if text is not None:
        _add_shares(out, claims, published, text)
        _split_fatalities(out, claims, text)
    return out


# A toll told for several incidents together, of which the report is one: "At least 15
# people were killed across the five incidents", "at least 60 people were injured between
# this incident and a similar bombing", "... injured across the ensuing clashes" after
# "This was one of four related attacks".
_INCIDENT_NOUNS = (r"(?:attacks|incidents|blasts|bombings|explosions|shootings|assaults|raids|"
                   r"clashes|kidnappings|abductions|strikes|airstrikes)")
_SHARED = re.compile(
    r"\bacross\s+(?:(?P<both>both)\s+|all\s+|the\s+(?:(?P<n>two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+)?)(?:[\w-]+\s+){0,2}?" + _INCIDENT_NOUNS + r"\b|"
    r"\bbetween\s+this\s+(?:incident|attack|bombing|blast|explosion|assault)\s+and\s+"
    r"(?P<other>a|an|the)\s", re.I)
_ONE_OF = re.compile(
    r"\bone\s+of\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?"
    + _INCIDENT_NOUNS + r"\b", re.I)


def shared_by(text: str, start: int, end: int) -> int | None:
    """How many incidents the toll told in text[start:end] is shared by ("across both
    attacks": 2), when it is told for several of which the report is one; else None."""
    m = _SHARED.search(text, start, end)
    if m is None:
        return None
    if m.group("both") or m.group("other"):
        return 2
    word = m.group("n") or next((g.group(1) for g in _ONE_OF.finditer(text)), None)
    if word is None:
        return None
    n = _count(word)
    return n if 1 < n <= 100 else None


_NUMBER_WORD = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten"
# A coder's note that splits a note's fatalities over several coded events: "Fatalities are
# split across 4 events (2).", "[1 fatality split among 12 events]", "Total fatalities
# divided equally across three events.", "Two fatalities distributed across two days."
_SPLIT_NOTE = re.compile(
    rf"(?:\b(?P<total>{_NUMBER_WORD})\s+)?\bfatalit(?:y|ies)\s+(?:(?:are|were|is|was)\s+)?"
    r"(?:split|spread|distributed|divided)(?:\s+equally|\s+evenly)?\s+(?:across|among|between|"
    rf"over)\s+(?P<n>{_NUMBER_WORD})\s+(?:events|days|locations|incidents|attacks|districts|"
    r"provinces)\b(?:\s*\((?P<k>\d+)\))?|"
    r"\bfatalities\s+reported\s+as\s+half,?\s+rounded\s+(?:down|up)\s+to\s+(?P<half>\d+)",
    re.I)


def _as_one_event(claims: list[Claim]) -> dict[Outcome, Tally]:
    """The totals of area-total claims read as one event's: the whole toll a share is of."""
    return totals([replace(c, scope=Scope.EVENT) for c in claims]) if claims else {}


def _count(word: str) -> int:
    """A count written in digits or as a word ("4", "four")."""
    return int(word) if word.isdigit() else UNITS.get(word.lower(), 1)


def _split_fatalities(out: dict[Outcome, Tally], claims, text: str) -> None:
    """The coded event's share of a note's fatalities its coder split: the share the note
    states ("(2)", "rounded down to 3"), else its total over the number of events rounded
    half up, with low 0 and high the whole."""
    m = _SPLIT_NOTE.search(text) if "atalit" in text else None  # (a literal test first)
    if m is None:
        return
    own = out.get(Outcome.KILLED)
    if own is None:
        # "clashed in various locations, killing at least 31 ... Fatalities distributed
        # across six events": the note's toll is an area total, split by the coder
        own = _as_one_event([c for c in claims if c.scope == Scope.AREA_TOTAL and
                             c.outcome == Outcome.KILLED]).get(Outcome.KILLED)
    whole = _count(m.group("total")) if m.group("total") else (own.best if own else 0)
    if m.group("half") or m.group("k"):
        share = int(m.group("half") or m.group("k"))
    else:
        n = _count(m.group("n"))
        share = int(whole / n + 0.5) if n > 1 else whole
    if own is None and whole == 0:
        return
    out[Outcome.KILLED] = Tally(0, share, max(whole, own.high if own and own.high else 0))


def _add_shares(out: dict[Outcome, Tally], claims, published: date | None, text: str) -> None:
    """The report's share of a toll told for several incidents: the toll over their
    number, rounded half up (GTD's coders divide such a toll evenly: "At least 15 killed
    across the five incidents" is 3 for each). Its bounds are 0 and the whole toll. With
    figures of its own for the incident the larger stands."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.scope == Scope.AREA_TOTAL:
            by_sentence.setdefault(c.evidence.start, []).append(c)
    for group in by_sentence.values():
        ev = group[0].evidence
        n = shared_by(text, ev.start, ev.end)
        if n is None:
            continue
        for outcome, t in _as_one_event(group).items():
            share = Tally(0, int(t.best / n + 0.5), t.high)
            own = out.get(outcome)
            if own is None or share.best > own.best:
                out[outcome] = share if own is None else Tally(own.low, share.best,
                                                               max(own.high, share.high))


def _others_of_a_kind_told(c: Claim, cs: list[Claim]) -> bool:
    """ "2 policemen were killed ... 2 other policemen were killed when they arrived as
    reinforcement": a numbered group called "other" after a figure of its kind in an
    earlier sentence is more of them, not a competing figure."""
    ev = c.evidence
    # "The next day, 3 more were killed" (not "found a man dead ... three more men shot":
    # more than the dead)
    more = re.match(r"\s+(?:more|additional)\b(?!\s+than)", ev.surface[
        c.figure.span.end - ev.start:]) is not None and not re.search(
        r"\b(?:dead|killed|died|wounded|injured|shot)\b", ev.surface[:c.figure.span.start -
                                                                     ev.start], re.I)
    others = _OTHERS_AFTER.match(ev.surface, c.figure.span.end - ev.start) is not None
    if not c.figure.stated or not (_called_other(c.victims) or more or others):
        return False
    if any(d is not c and d.evidence.start < c.evidence.start and d.figure.best ==
           c.figure.best and re.match(r"\s+others?\b", d.evidence.surface[
               d.figure.span.end - d.evidence.start:], re.I) for d in cs):
        return False  # "two others were injured ... Two other men were taken to a hospital":
        # the others told again
    key = _group_key(c)
    return any(d is not c and (d.evidence.start < c.evidence.start or others and
                               d.figure.span.end <= c.figure.span.start) and
               d.part_of is None and d.figure.stated and
               (_group_key(d) == key or others) for d in cs)


def _counting(c: Claim, n: int) -> Claim:
    """Claim c standing for n people: a sum of one sentence's figures or of named people."""
    return replace(c, figure=replace(c.figure, value=n, low=n, best=n, high=n))


_SAME_PERSON = {"male": "man", "men": "man", "guy": "man", "female": "woman", "lady": "woman",
                "women": "woman", "teenager": "teen", "juvenile": "youth"}


def _person_key(c: Claim, noun: bool = False) -> tuple[str | None, str] | None:
    """(age, kind of person) of a victim named without a number: "a 39-year-old female" ->
    ("39", "woman"); None for pronouns, names and "the victim", which may be anyone. An age
    is any kind of person of it ("a 19-year-old man" may be "the 19-year-old" told again),
    unless `noun`: then the kind its noun names ("a shepherd and his 12-year-old son" are
    two)."""
    words = c.figure.span.surface.lower().replace("-", " ").split()
    age = next((w for w in words if w.isdigit()), None)
    head = words[-1] if words else ""
    if not words or head in ("he", "she", "him", "her", "victim", "person") or \
            not any(ch.islower() for ch in c.figure.span.surface.split()[-1]):
        return None
    if c.figure.span.surface.split()[-1][:1].isupper() and words[0] not in ("a", "an", "the"):
        return None, "name:" + c.figure.span.surface.lower()  # a name: "Terri Marsh"
    if "old" in words and age is not None and (head == "old" or not noun):
        return age, "*"  # "a 19-year-old (woman)": any kind of person of that age
    return age, _SAME_PERSON.get(head, head)


def _people_in_one_sentence(cs: list[Claim]) -> list[Claim]:
    """ "A man was struck in the leg and a woman was struck in the arm": people of different
    kinds or ages named in one sentence are different people, so that sentence counts them
    together. Across sentences a person named again ("the man", "he") is usually the same
    one, so the figures of different sentences still compete. Returns one claim for each
    sentence that names two or more different people, of their number."""
    by_sentence: dict[tuple[int, int], list[tuple[tuple[str | None, str], Claim]]] = {}
    for c in cs:
        if c.figure.stated or c.extra:
            continue  # (people counted apart are added apart)
        key = _person_key(c, noun=True)
        if key is not None:
            by_sentence.setdefault((c.evidence.start, c.evidence.end), []).append((key, c))
    out = []
    for people in by_sentence.values():
        distinct: list[tuple[str | None, str]] = []
        names: set[str] = set()
        for (age, kind), _c in people:
            if kind.startswith("name:"):
                names.add(kind)  # different names are different people
            elif not any((kind == k or "*" in (kind, k)) and
                         (age is None or a is None or age == a) for a, k in distinct):
                distinct.append((age, kind))
        # a name may be one of the kinds ("Jack Doe" is "a man"): at least the larger count
        n = max(len(distinct), len(names))
        if n < 2:
            continue
        first = people[0][1]
        # "A man, his wife and their three children were killed": the numbered ones of the
        # same list are others again
        n += sum(c.figure.best for c in cs if c.figure.stated and not c.extra and
                 c.part_of is None and c.evidence == first.evidence and
                 c.victims.type != VictimType.UNKNOWN)
        out.append(_counting(first, n))
    return out


_MALE = frozenset("man boy father son husband brother boyfriend uncle nephew grandfather "
                  "stepfather stepson fiance".split())
_FEMALE = frozenset("woman girl mother daughter wife sister girlfriend aunt niece "
                    "grandmother fiancee".split())


def _sex(c: Claim) -> str | None:
    """ "m" or "f" for people the text gives one sex ("a man", "his wife", "two men")."""
    if c.figure.stated:
        words = c.victims.span.surface.lower().split() if c.victims.span else []
        head = words[-1] if words else ""
        return "m" if head in ("men", "boys", "males") else \
            "f" if head in ("women", "girls", "females") else None
    key = _person_key(c)
    if key is None or c.figure.best != 1:
        return None
    return "m" if key[1] in _MALE else "f" if key[1] in _FEMALE else None


def _other_sex(c: Claim, dead: list[Claim]) -> bool:
    """Whether one person shot is of the other sex than every one of the dead (each of them
    one person whose sex the text gives)."""
    sex = _sex(c)
    return sex is not None and bool(dead) and all(
        _sex(d) not in (None, sex) for d in dead)


def _people_across_sentences(cs: list[Claim]) -> list[Claim]:
    """ "A man was killed. A woman was killed.": a man and a woman, or two people of
    different surnames, named without a number in different sentences are different people
    (a person named again by kind, "the victim", "he", may be either). One claim of their
    number, which competes with the other figures."""
    days: dict[tuple[str | None, str | None], list[Claim]] = {}
    undated = []  # (a figure the text gives no day of its own may be of any day)
    for c in cs:
        d = c.date
        if d.span is not None and c.evidence.start <= d.span.start < c.evidence.end:
            days.setdefault((d.start, d.end), []).append(c)
        else:
            undated.append(c)
    # (people of different days are different cases: one day's at a time)
    groups = [g + undated for g in days.values()] or [undated]
    return max((_different_people(g) for g in groups),
               key=lambda found: found[0].figure.best if found else 0)


def _different_people(cs: list[Claim]) -> list[Claim]:
    sexes: set[str] = set()
    surnames: set[str] = set()
    first = None
    for c in cs:
        if c.figure.stated or c.extra or c.weak or c.figure.best != 1:
            continue
        key = _person_key(c)
        if key is None:
            continue
        kind = key[1]
        if kind.startswith("name:"):
            words = kind[5:].split()
            if len(words) < 2:
                continue  # ("Romero": a surname alone may be anyone named before)
            surnames.add(words[-1])
        elif _sex(c) is not None:
            sexes.add(_sex(c))
        else:
            continue
        first = first or c
    n = max(len(sexes), len(surnames))
    return [_counting(first, n)] if first is not None and n >= 2 else []


_BESIDES = re.compile(r"^\W*(?:in\s+addition\s+to|besides|aside\s+from|apart\s+from)\s+"
                      r"(?:the|both|all)\s+([a-z-]+)\s*,", re.I)


def _besides_the_group(cs: list[Claim]) -> set[str]:
    """ "security forces killed both assailants. In addition to the assailants, at least 19
    people were killed": a group counted in another sentence and set apart by name in this
    one is on top of this sentence's figures. Returns the keys of such groups."""
    out = set()
    for c in cs:
        hit = _BESIDES.match(c.evidence.surface)
        if hit is None:
            continue
        key = _GROUP_KEYS.get(hit.group(1).lower(), hit.group(1).lower())
        if any(_group_key(d) == key and d.evidence != c.evidence for d in cs):
            out.add(key)
    return out


_RELATIONS = frozenset("husband wife son daughter mother father brother sister boyfriend "
                       "girlfriend roommate neighbor neighbour friend cousin uncle aunt nephew "
                       "niece grandmother grandfather stepfather stepson fiance fiancee".split())


def _relations(cs: list[Claim]) -> list[Claim]:
    """ "The roommate was hit in the shoulder ... The husband suffered gunshot wounds": people
    named by different family or household roles are different people, across sentences
    too. One claim of their number."""
    seen: dict[str, Claim] = {}
    for c in cs:
        if c.figure.stated or c.figure.best != 1:
            continue  # ("a 67-year-old man and his wife": two people, not one relation)
        words = c.figure.span.surface.lower().split()
        if words and words[-1] in _RELATIONS:
            seen.setdefault(words[-1], c)
    # one sex's roles may be one person told from two sides ("her daughter Marissa ...
    # the person who killed his sister"): a man and a woman, and each role of no sex, apart
    n = any(w in _MALE for w in seen) + any(w in _FEMALE for w in seen) + sum(
        1 for w in seen if w not in _MALE and w not in _FEMALE)
    if n < 2:
        return []
    return [_counting(next(iter(seen.values())), n)]


_SECOND_VERB = re.compile(
    r"\b(?:and|before|after|then)\b[^,;.]{0,30}\b(?:beheaded|killed|killing|executed|"
    r"murdered|shot|stabbed|lynched|hanged|strangled)\s+(?:dead\s+)?$", re.I)


def _another_killing(cs: list[Claim]) -> list[Claim]:
    """ "shot and killed 4 civilians in Ngoupou and beheaded a man in Bahema Nord",
    "killing three before police shot him to death": one more person killed by a second
    verb in the sentence is on top of the numbered figure before it."""
    out = []
    for b in cs:
        if b.outcome != Outcome.KILLED or b.figure.stated or b.part_of is not None:
            continue
        before = [a for a in cs if a.evidence == b.evidence and a.figure.stated and
                  a.part_of is None and a.figure.span.end <= b.figure.span.start]
        if not before:
            continue
        a = before[-1]
        gap = b.evidence.surface[a.figure.span.end - b.evidence.start:
                                 b.figure.span.start - b.evidence.start]
        if _SECOND_VERB.search(gap) and not _toll_of_it_all(a, b):
            out.append(_counting(a, a.figure.best + b.figure.best))
    return out


# "The first blast killed 4 people and the second killed 6": the second's own
_THE_SECOND = re.compile(r"\s*,?\s*and\s+(?:the\s+|a\s+)?(?:second|other|third|latter)\b"
                         r"[^,;.]{0,40}", re.I)
_JUST_AND = re.compile(r"\s*,?\s*and\s*$")
_OWN_CLAUSE_AND = re.compile(r"\s+[^,;.]{0,60}\s(?:and|while)\s+")


def _numbered_and_numbered(cs: list[Claim]) -> list[Claim]:
    """ "Two Somali citizens and four Kenyan citizens died": numbered groups joined by "and"
    are different people even when their victims are of one kind (6); that sum competes
    with the other sentences' figures."""
    out = []
    stated = sorted((c for c in cs if c.figure.stated and c.part_of is None),
                    key=lambda c: c.figure.span.start)
    for a, b in zip(stated, stated[1:], strict=False):
        if a.evidence != b.evidence or _group_key(a) != _group_key(b) and \
                b.victims.span is not None:
            continue
        end = max(a.figure.span.end, a.victims.span.end if a.victims.span else 0)
        gap = a.evidence.surface[end - a.evidence.start:b.figure.span.start - a.evidence.start]
        if _JUST_AND.fullmatch(gap) or b.victims.span is None and (
                _OWN_CLAUSE_AND.fullmatch(gap) or _THE_SECOND.fullmatch(gap)):
            # ("6 fighters were killed by direct fire and 3 were killed by IEDs")
            n = a.figure.best + b.figure.best
            out.append(_counting(b, n))
    return out


_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom)\b", re.I)


def _with_the_killer(cs: list[Claim]) -> list[Claim]:
    """ "killed himself after murdering his ex-girlfriend and her new boyfriend": the killer
    and the people he killed, told in one sentence, are different people (3), and that sum
    competes with the other sentences' figures."""
    out = []
    for c in cs:
        killer = c.outcome == Outcome.KILLED and _group_key(c) != "self" and _the_killer(c, cs)
        if c.outcome != Outcome.KILLED or _group_key(c) != "self" and not killer:
            continue
        if _INCLUDING.search(c.evidence.surface):
            continue  # "at least four are dead, including Syed who took his own life"
        mates = [d for d in cs if d.evidence == c.evidence and d is not c and
                 d.outcome == Outcome.KILLED and _group_key(d) != "self" and not d.extra
                 and (not killer or d.figure.span.start < c.figure.span.start)
                 and not _toll_of_it_all(d, c)]
        if mates:
            m = max(mates, key=lambda d: d.figure.best)
            n = m.figure.best + c.figure.best
            out.append(_counting(m, n))
    return out


# the doers of a killing, by what they did: "the gunman", "the attacker", "the suspect"
_DOERS = lexicon.DOERS
_KILLER = re.compile(rf"\b(?:{_DOERS})\b", re.I)
_KILLER_DIED = re.compile(rf"^(?:(?:the|a|an)\s+)?(?:he|she|him|her|{_DOERS})$", re.I)


# a figure that may hold the killer: "including the gunman", "a murder-suicide"
_KILLER_COUNTED = re.compile(rf"\b(?:including|among\s+them|counting)\b|\bmurder[\s-]suicide\b|"
                             rf"\b(?:{_DOERS}|himself|herself|his\s+own)\b", re.I)


def _suicide_told_apart(cs: list[Claim]) -> set[str]:
    """ "Three people were killed at a warehouse on Thursday. The gunman then killed
    himself.": the killer's death told in a sentence of its own is on top of the people
    counted in another sentence that does not speak of him (4). Returns {"self"} then."""
    selves = [c for c in cs if c.outcome == Outcome.KILLED and _group_key(c) == "self"]
    if not selves:
        return set()
    own = {c.evidence for c in selves}
    others = [c for c in cs if _group_key(c) != "self" and c.part_of is None]
    if not any(c.figure.stated for c in others) or any(c.evidence in own for c in others):
        # (a man told without a number, "He was pronounced dead", is often the killer)
        return set()  # told with his victims: the sentence's own sum decides
    if any(_KILLER_COUNTED.search(c.evidence.surface) for c in others):
        return set()
    return {"self"}


def _the_killer(c: Claim, cs: list[Claim]) -> bool:
    """ "The gunman killed four people before he was shot dead by police": one person told
    without a number, after a killing whose doer the sentence names before the dead, is the
    doer (the sentence's sum is 5, as "... before killing himself")."""
    if c.figure.stated or not _KILLER_DIED.match(c.figure.span.surface):
        return False
    ev = c.evidence
    for d in cs:
        if d is c or d.evidence != ev or d.outcome != Outcome.KILLED or \
                d.figure.span.start >= c.figure.span.start:
            continue
        lead = ev.surface[:d.figure.span.start - ev.start]
        if (_KILLER.search(lead) or _ONE_KILLED.search(lead)) and \
                not _KILLER.search(d.figure.span.surface):
            return True
    return False


# "A man killed his wife", "a woman shot and killed her neighbour": one person the subject
_ONE_KILLED = re.compile(r"\b(?:man|woman)\s+(?:allegedly\s+|then\s+)?(?:killed|murdered|"
                         r"shot\s+and\s+killed|fatally\s+(?:shot|stabbed))\s+$", re.I)


_TOLL_AFTER = re.compile(r"[^,;]{0,40}?\b(?:are|were|is|was|lay|lie)\s+(?:now\s+)?dead\b"
                         r"[^;]{0,40}?\b(?:after|when)\b", re.I)


def _toll_of_it_all(d: Claim, c: Claim) -> bool:
    """ "Three people are dead after a gunman opened fire ... and then killed himself": a
    toll told before what happened holds the killer too."""
    if d.figure.span.end > c.figure.span.start:
        return False
    ev = c.evidence
    return _TOLL_AFTER.match(ev.surface, d.figure.span.end - ev.start) is not None


def _joined_sums(cs: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """ "accused of shooting two boys and a woman": a person joined to a numbered object
    adds to it in its sentence (3), and that sum competes with the other sentences' figures
    ("a triple shooting"), not added on top of the largest. An attacker counted apart ("in
    addition to the two assailants") stays on top of everyone. Returns the claims left and
    one claim of each sentence's sum."""
    keep, sums = [], []
    for c in cs:
        if not c.extra or c.victims.type == VictimType.COMBATANTS:
            keep.append(c)
            continue
        mates = [d for d in cs if not d.extra and (d.evidence == c.evidence or
                                                   c.evidence in d.mentions)]
        if not mates:
            keep.append(c)
            continue
        m = max(mates, key=lambda d: d.figure.best)
        n = m.figure.best + c.figure.best
        sums.append(_counting(m, n))
    return keep, sums


_LATER_DIED = re.compile(r"[^.;]{0,30}?\b(?:(?:later|subsequently|since|eventually)\s+(?:died|"
                         r"succumbed|passed\s+away)|succumbed)\b", re.I)


def _shot_minus_dead(claims, by_id: dict[str, Claim]) -> list[Claim]:
    """ "Four men were shot and one of them was killed": those shot are the dead and the
    wounded, so a weak wound count loses the dead counted as its parts (4 shot -> 3)."""
    dead: dict[str, int] = {}
    for c in claims:
        if c.outcome == Outcome.KILLED and c.part_of in by_id and (
                by_id[c.part_of].weak or by_id[c.part_of].outcome == Outcome.WOUNDED and
                _LATER_DIED.match(c.evidence.surface, c.figure.span.end - c.evidence.start)):
            # (and "two were injured; one of them later died": the rest survived)
            dead[c.part_of] = dead.get(c.part_of, 0) + c.figure.best
    if not dead:
        return list(claims)
    out = []
    for c in claims:
        n = dead.get(c.id)
        if n:
            f = c.figure
            if f.best <= n:
                continue  # all of them died
            # no longer weak: its dead are accounted for, the rest survived
            c = replace(c, weak=False, figure=_less(f, n))
        out.append(c)
    return out


def _less(f, n: int):
    """A figure with n fewer people (the dead taken out of those shot)."""
    return replace(f, best=f.best - n, low=None if f.low is None else max(f.low - n, 0),
                   high=None if f.high is None else max(f.high - n, 0))


_SAME_PLACE = re.compile(
    r"\b(?:at|on|in|near)\s+the\s+same\s+(?:\w+\s+)?(?:block|street|complex|location|"
    r"address|corner|intersection|spot|building|house|home|bar|park|neighborhood|lot|"
    r"store|station|club|restaurant|apartment|area|road|avenue|motel|hotel)\b", re.I)


# "The shooting came a day after an officer was wounded in a shootout on the Westside"
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|happened|occurred|follows|followed)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+|hours|days|weeks|months)\s+"
    r"(?:\w+\s+)?(?:after|since)\b", re.I)


def _came_after(c: Claim) -> bool:
    """A figure told as what the story's incident came after: an earlier incident, still a
    claim (at its own date when the text gives one), not the story's toll."""
    m = _CAME_AFTER.search(c.evidence.surface)
    return m is not None and c.evidence.start + m.end() <= c.figure.span.start


def _earlier_at_same_place(c: Claim, claims) -> bool:
    """ "a 19-year-old male was shot and killed on the same block just last week": an earlier
    case at the place of the story, dated before a death or wound told elsewhere in it."""
    if c.date.span is None or not c.date.end or not _SAME_PLACE.search(c.evidence.surface):
        return False
    return any(o.outcome in (Outcome.KILLED, Outcome.WOUNDED) and o.scope == Scope.EVENT and
               o.evidence != c.evidence and o.date.start and o.date.start > c.date.end
               for o in claims)


_OPENING = 12  # characters: "On March 15," "Last Friday night," open a sentence


def _before_the_lead(c: Claim, lead: Claim | None, text: str | None = None) -> bool:
    """ "Police said one person was killed ... Tuesday night in Henderson. ... On March
    15, two people were killed ... In that incident, ...": a case the text dates days before
    the one its lead reports is recalled, not reported."""
    if lead is None or c.evidence == lead.evidence or c.date.span is None or \
            not c.date.end or not lead.date.start:
        return False
    at = c.date.span.start
    if at < c.evidence.start and text is not None:
        # a date told in an earlier sentence ("In that incident, ..."): where that one opens
        opening = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    else:
        opening = c.evidence.start
    if not opening <= at <= opening + _OPENING:
        return False  # (the date opens the sentence: "On March 15, two people were killed")
    end, start = date_grammar.last_day(c.date.end), date_grammar.last_day(lead.date.start)
    # (a lead that tells itself the latest of several, "Another person was shot and killed
    # ...; the second shooting homicide in the city in two days": the day before is recalled)
    latest = _LATEST_LEAD.search(lead.evidence.surface) is not None
    return end is not None and start is not None and (start - end).days > (0 if latest else 1)


_LATEST_LEAD = re.compile(r"^\W*(?:\w+\W+){0,12}?another\s+(?:person|man|woman|teen|"
                          r"teenager|boy|girl)\b|\bthe\s+(?:second|third|fourth|latest)\s+"
                          r"(?:[\w-]+\s+){0,3}?in\s+(?:two|three|four|\d)\s+days\b", re.I)


# "Earlier this month, gunmen killed six police officers in an ambush near Aguililla": a
# case the story recalls, however recent, is no part of what it reports
_EARLIER_CASE = re.compile(r"(?:Earlier|Late|Early)\s+(?:this|last)\s+(?:week|month|year)\b|"
                           r"Last\s+(?:week|month|year)\b")


def _background(c: Claim, published: date | None) -> bool:
    if published is None or c.date.span is None:
        return False  # only a date the text itself states can make a figure old
    return _old(c.date, published)


def _old(d: DateRange, published: date) -> bool:
    """A date more than BACKGROUND_DAYS before publication, or a whole earlier month ("after
    17 students were killed ... last month": no news of the day, however near its last day
    falls)."""
    end = date_grammar.last_day(d.end) if d.end else None
    if end is None:
        return False
    if d.precision == DatePrecision.MONTH and len(d.end) == 7:
        return d.end < published.isoformat()[:7]
    return (published - end).days > BACKGROUND_DAYS


# a death that follows a wound: "She later died", "where he died of his injuries"
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:later|eventually|subsequently|since)\s+(?:died|passed\s+away|succumbed)\b|"
    r"\b(?:died|passed\s+away)\s+(?:a\s+(?:few\s+)?|several\s+|\w+\s+)?"
    r"(?:hours?|days?|weeks?)\s+later\b|"
    r"\b(?:died|passed\s+away)\s+(?:of|from)\s+(?:his|her|their|the)\s+"
    r"(?:\w+\s+)?(?:wounds?|injuries|injury)\b|"
    r"\bsuccumbed\s+to\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?(?:wounds?|injuries|injury)\b|"
    # "Jones died at the hospital", "where she was pronounced dead"
    r"\b(?:died|succumbed)\s+(?:shortly\s+|later\s+)?(?:after\s+arriving\s+)?at\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:hospital|medical\s+center|trauma\s+center)\b|"
    r"\bwhere\s+(?:he|she)\s+(?:later\s+)?(?:died|succumbed|was\s+(?:later\s+)?pronounced\s+dead)\b|"
    # "A man was critically wounded Saturday. He died Monday.": the wounded, days later
    r"^(?:he|she)\s+(?:has\s+since\s+|later\s+)?died\s+(?:on\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b|"
    r"\btaken\s+off\s+life\s+support\b",
    re.IGNORECASE,
)


def _died_of_wounds(c: Claim) -> bool:
    """A death told as the end of a wound ("she later died from her wounds")."""
    ev = c.evidence
    start = c.figure.span.start - ev.start if c.figure.span is not None else 0
    return bool(_DIED_OF_WOUNDS.search(ev.surface, max(start, 0), max(start, 0) + 90))


_OF_THE_WOUNDED = re.compile(
    r"\s*(?:of\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:wounded|injured)\b|"
    r"(?:[\w-]+\s+){0,3}?(?:later|eventually|subsequently)\b)", re.I)


def _among_the_wounded(c: Claim) -> bool:
    """ "One of the wounded officers later died", "A wounded laborer later died": a death
    told as one of the wounded."""
    fig = c.figure.span.surface.lower().split()
    after = c.evidence.surface[c.figure.span.end - c.evidence.start:]
    before = c.evidence.surface[:c.figure.span.start - c.evidence.start].lower().split()
    return _OF_THE_WOUNDED.match(after) is not None and (
        after.lstrip().lower().startswith("of") or
        any(w in ("wounded", "injured") for w in fig[1:] + before[-2:]))


def _wounded_who_died(c: Claim, cs: list[Claim]) -> bool:
    """A death among the wounded, told after the dead were counted in another sentence (so
    not one of them): one more dead."""
    return _died_of_wounds(c) and _among_the_wounded(c) and any(
        d.outcome == Outcome.KILLED and d.evidence.end <= c.evidence.start and d.figure.stated
        and _of_a_kind(c, d) for d in cs)


def _of_a_kind(c: Claim, d: Claim) -> bool:
    """Whether two claims may be of one kind of people: one of no stated kind, one group
    ("jawans", "soldiers"), or one noun ("A wounded laborer" beside "Six laborers"); not
    "terrorists" beside "soldiers"."""
    key, other = _group_key(c), _group_key(d)
    return VictimType.UNKNOWN.value in (key, other) or key == other or \
        bool(c.victims.actor and d.victims.actor and
             _plural(c.victims.actor.lower()) == _plural(d.victims.actor.lower()))


def _drop_wounded_who_died(cs: list[Claim], claims, published: date | None) -> list[Claim]:
    """ "A woman had been wounded in a shooting ... She later died from her wounds": the
    wounded who later died are among the dead, not also among the wounded, whatever word
    told the wound. A wound count no larger than such a death goes, unless its sentence
    counts its dead apart ("one was killed and another wounded") or names someone else
    ("another man was also shot")."""
    dead = [c for c in claims if c.outcome == Outcome.KILLED and c.scope == Scope.EVENT
            and not _background(c, published)]
    # "Henry Romero, 21, was found critically injured ... Romero died": a name wounded and
    # then dead
    names = [k[1][5:].split() for k in map(_person_key, dead) if k and k[1].startswith("name:")]
    cs = [c for c in cs if c.weak or not any(
        _same_name(k[1][5:].split(), n) for k in [_person_key(c)] if k and
        k[1].startswith("name:") for n in names)]
    # "A man was shot in the chest and died at the hospital": a death whose sentence holds
    # its own wound accounts for it; a wound told elsewhere is someone else's
    wounded_at = {c.evidence.start for c in claims if c.outcome == Outcome.WOUNDED and
                  _HURT_WORD.search(c.evidence.surface)}
    later = [c for c in dead if _died_of_wounds(c) and c.evidence.start not in wounded_at]
    if not later:
        return cs
    n = max(c.figure.best for c in later)
    told_dead = {c.evidence.start for c in claims
                 if c.outcome == Outcome.KILLED and c not in later}
    # "An IED wounded two policemen. One of them succumbed to injuries": of the wounded
    of_them = max((c.figure.best for c in later if _OF_THEM.match(
        c.evidence.surface, c.figure.span.end - c.evidence.start) or _among_the_wounded(c)),
        default=0)
    out = []
    for c in cs:
        if c.figure.best > n and of_them and c.figure.stated and not c.weak and \
                c.evidence.start < min(d.evidence.start for d in later):
            out.append(replace(c, figure=_less(c.figure, of_them)))  # the rest survived
            continue
        if c.weak or c.figure.best > n or c.evidence.start in told_dead or _someone_else(c):
            out.append(c)
    return out


# a wound told by how it was done, not by a trip to hospital ("was taken to the hospital,
# where he later died" is the death's own story)
_HURT_WORD = re.compile(r"\b(?:shot|stabbed|wounded|injured|struck|hit)\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those\s+(?:wounded|injured|hurt)|the\s+(?:wounded|"
                      r"injured))\b", re.I)


def _same_name(a: list[str], b: list[str]) -> bool:
    """ "henry jossue romero" and "romero": one name, or one of them its last word."""
    return a == b or len(a) == 1 and a[0] == b[-1] or len(b) == 1 and b[0] == a[-1]


_AND_BETWEEN = re.compile(r"\s*,?\s*and\s+")


def _drop_shot_dead(cs: list[Claim], killed: int) -> list[Claim]:
    weak = [c for c in cs if c.weak]
    if not weak or killed == 0:
        return cs
    strong = [c for c in cs if not c.weak]
    # "the homeowner shot Olachea and a 26-year-old woman": people shot in one sentence,
    # each named without a number, are that many
    together: dict[int, list[Claim]] = {}
    for c in sorted((c for c in weak if not c.figure.stated), key=lambda c: c.figure.span.start):
        g = together.get(c.evidence.start)
        if g and _AND_BETWEEN.fullmatch(
                c.evidence.surface[g[-1].figure.span.end - c.evidence.start:
                                   c.figure.span.start - c.evidence.start]):
            g.append(c)
        elif not g:
            together[c.evidence.start] = [c]
    weak_best = max([c.figure.best for c in weak] +
                    [sum(c.figure.best for c in g) for g in together.values()])
    if weak_best <= killed:
        return strong
    # "Two men were shot ... one of them died": those shot count the dead too, so a weak
    # count stands for its survivors (unless it names others: "two others were shot").
    out = list(strong)
    dead_among = {id(c) for g in together.values() if len(g) > killed for c in g[:killed]}
    for c in weak:
        if id(c) in dead_among:
            continue
        words = set(c.figure.span.surface.lower().split())
        if c.victims.span is not None:
            words |= set(c.victims.span.surface.lower().split())
        if c.figure.best > killed and not {"other", "others", "more"} & words:
            c = replace(c, figure=_less(c.figure, killed))
        out.append(c)
    return out


def warm() -> None:
    """Load what extraction loads lazily (gazetteer index, tagger, date parser), so that the
    first article a server or worker reads is not the slow one."""
    from . import nlp

    nlp.tagger()
    run(Article("warm-up", "Two soldiers were killed in Homs on 19 May 2013, officials said.",
                published=date(2013, 5, 20)))


def reject(doc_id: str, code: str, reason: str, origin: str | None = None) -> Extraction:
    """An Extraction that carries only a rejection."""
    return Extraction(None, rejection=Rejection(doc_id, code, reason, origin))


def run(item: Article | Rejection, *, seconds: float | None = _CONFIGURED) -> Extraction:
    """extract() for a read result, turning failures into rejections (never raising).

    `seconds` is the time budget (default: the setting limits.seconds_per_article; None for
    no budget).
    """
    if isinstance(item, Rejection):
        return Extraction(None, rejection=item)
    if seconds == _CONFIGURED:
        seconds = config.value("limits", "seconds_per_article")
    # Data every article reads is loaded once, not charged to the first article's budget
    # (building the gazetteer's index takes seconds when its cache file is missing; loading
    # the tagger about 0.8 s, several times that on a loaded machine: a CLI run of eight
    # processes on two cores rejected its first article with E112).
    gazetteer.load()
    from . import nlp

    nlp.tagger()
    deadline = time.monotonic() + seconds if seconds else None
    try:
        with Watchdog(seconds):
            return extract(item, deadline=deadline)
    except OverBudget:
        return reject(item.id, "E112", f"stopped by the watchdog after {seconds} s",
                      item.origin)
    except TollbookError as e:
        return reject(item.id, e.code, e.detail or e.message, item.origin)
    except RecursionError as e:  # pathological input; recorded, never a traceback
        return reject(item.id, "E199", f"{type(e).__name__}", item.origin)
    except Exception as e:  # "never raises": spaCy's E088 on a >1M-char sentence did
        return reject(item.id, "E199", f"{type(e).__name__}: {str(e)[:200]}", item.origin)
    finally:
        # (the sentences' tokens hold their article's text: kept for one article, not for
        # the next thousand of a batch)
        numbers.sentence_tokens.cache_clear()


__all__ = ["VERSION", "extract", "run", "totals", "warm"]
