"""Statistics family: numbers of the government response, and statutory penalty ranges.

The rules follow the statistics contract (``STATISTICS.md`` of the shared evaluation data).
Each count or amount of a sentence becomes a :class:`~kg.model.StatisticFact` when a measure
of ``tip:MeasureScheme`` can be read for it (wordings in ``ontology/response.ttl``):

* its **measure**: the counted noun itself ("nine convictions"), the verb after the counted
  noun ("15 traffickers were convicted"), else the verbs before it in its clause ("identified
  and referred 13 victims" gives both); a number that names none takes the measure of the
  count it breaks down or is compared with;
* a **breakdown** ("Of these, 29 were victims of sex trafficking", "(523 for sex trafficking and
  27 for labor trafficking)", "including 26 children", "Ten of these cases") is linked to its
  total and says what it breaks down by (sex, age, form, nationality, agency);
* a **comparison** ("(36 in 2015)", "compared with 491 in 2012", "an increase from 92 in
  2015") is a statistic of its own year, with the measure of what it is compared with;
* an explicit **none** ("no convictions", "did not report investigating, prosecuting, or
  convicting", "failed to convict any") is a statistic of 0; "did not report data" is none;
* an **amount** keeps its currency (ISO 4217), and "($77,918)" after it is a US-dollar
  conversion of it.

The reference year is the year stated with the number; else a year stated earlier in the
sentence that scopes it (not the year of a comparison, a law's name or a conversion); else
report year − 2 for "the previous year", "last year"; else report year − 1.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from rdflib.namespace import SKOS

from ..model import Document, Fact, PenaltyFact, Sentence, Span, StatisticFact
from ..places import Gazetteer
from ..vocab import TIP, vocabulary_graph
from .currencies import currency_at, national_currency
from .lexicon import first_match, forms_named, load_lexicon, with_word_classes
from .lexicon import word_class as _word_class
from .prefilter import may_match
from .textutil import MONTH, ORDINALS, WORD_VALUES, YEAR, Number, actor_refs, dates, law_mentions, numbers

SECTIONS = ("assessment", "prosecution", "protection", "prevention", "profile")
_VICTIM_MEASURES = ("victims_identified", "victims_assisted", "victims_assisting_prosecution", "victims_referred",
                    "victims_repatriated")
_CASE_MEASURES = ("investigations", "arrests", "prosecutions", "convictions", "acquittals")


# --- word classes (data: ontology/response.ttl) -----------------------------------------------

@functools.lru_cache(maxsize=None)
def _with_words(template: str, flags: int = re.I) -> re.Pattern:
    """``template`` with each ``{WordClass}`` replaced by the wordings of that word class, compiled once (built
    per call, these patterns relied on the cache of ``re``, which a long document's other patterns evict)."""
    return re.compile(with_word_classes(template), flags)


@functools.lru_cache(maxsize=None)
def _dimensions() -> tuple[tuple[str, re.Pattern], ...]:
    """Breakdown dimensions (``tip:BreakdownScheme``) with their wordings, in the scheme's order."""
    graph = vocabulary_graph()
    found = []
    for concept in graph.subjects(SKOS.inScheme, TIP.BreakdownScheme):
        parts = [str(x) for x in graph.objects(concept, TIP.trigger)]
        parts += [re.escape(str(x)) for x in graph.objects(concept, SKOS.altLabel)]
        order = int(graph.value(concept, TIP.wordingOrder) or 99)  # type: ignore[arg-type]  # rdflib: Node, here a Literal
        if parts:
            found.append((order, str(graph.value(concept, SKOS.notation)),
                          re.compile(r"(?<!\w)(?:" + "|".join(sorted(parts, key=lambda p: (-len(p), p))) + r")(?!\w)", re.I)))
    return tuple((key, pattern) for _, key, pattern in sorted(found))


def breakdown_of(words: str) -> tuple[str, str | None]:
    """What a breakdown breaks its total down by and the words of its category, from its words
    ("victims of sex trafficking" → form, "sex trafficking"; "18 of forced labor" → form, "forced labor";
    "81 trial and 123 appellate" → other, "trial")."""
    for key, pattern in _dimensions():
        found = pattern.search(words)
        if found:
            # "forced labor", "forced begging": a trigger and the noun it qualifies name the category
            noun = _CATEGORY_NOUN.match(words, found.end())
            category = found.group(0) + (noun.group(0) if noun else "")
            # "six for international sex trafficking and three for domestic sex trafficking": the form with its qualifier
            qualifier = _with_words(r"(?:{FormQualifiers})\s+$").search(words, 0, found.start()) if key == "form" else None
            category = (qualifier.group(0) if qualifier else "") + category
            return key, " ".join(category.lower().split())
    # no dimension names it: the words after the number do ("81 trial and 123 appellate"), after the noun
    # they qualify ("19 victims newly referred to the shelter": newly referred)
    noun = _with_words(r"\s*(?:{CountedNouns})\s+(?!%s)(?=[a-z])" % _STOPWORDS).match(words)
    words_after = _OTHER_CATEGORY.match(words, noun.end() if noun else 0)
    return "other", words_after.group("words").lower() if words_after else None


# Written numbers, longest first ("fifteen" before "five"), and compounds such as "twenty-five".
_WORD = "|".join(sorted(WORD_VALUES, key=lambda w: (-len(w), w)))
# an item with a comparison of its own (the lookahead stops at the search's end)
# ("..., and one conviction for labor trafficking with a sentence of three years, compared with four convictions ...",
# 2022 Congo wording: a count of the same kind as the verb's item, with its own comparison, whatever lies between)
_COMPARED_AGAIN = re.compile(r",\s+and\s+(?:\w+ing\b|(?:\d[\d,]*|%s)\s+[a-z])(?=[^;]*?\b(?:compared\s+(?:to|with)|versus)\b)"
                             % _WORD, re.I)
_STOPWORDS = r"(?:and|or|of|in|for|to|the|a|an|were|was|with|who|which|by|from|as|compared|including)\b"
# the first words after a part's number that are no function words ("123 appellate", "115 unspecified")
# a word with its hyphenated parts ("anti-trafficking", not "anti")
_PLAIN_WORD = r"[a-z]+(?:-[a-z]+)*"
_OTHER_CATEGORY = re.compile(r"[\s,;:()\-—–]*(?:%s\s*)*(?P<words>(?!%s)%s(?:\s+(?!%s)%s)?)"
                             % (_STOPWORDS, _STOPWORDS, _PLAIN_WORD, _STOPWORDS, _PLAIN_WORD), re.I)
# the noun after a category's trigger ("sex trafficking", "forced labor"), not a word of the sentence around it
_CATEGORY_NOUN = re.compile(r"\s+(?!%s)[a-z]+(?:\s+or\s+services)?" % _STOPWORDS, re.I)


# --- the grammar of the reports' statistics ----------------------------------------------------

# "compared with", "an increase from", "down from", "a decrease compared with", "versus"
_COMPARE_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:to|with)|\bcomparison\s+(?:to|with)|\b(?:increase|decrease|decline|drop|rise|reduction|down|up)"
    r"(?:\s+compared)?\s+(?:from|to|with)|\b(?:increased|decreased|declined|dropped|fell|rose)\s+from|\bversus|\bvs\.|"
    r"\bthan)\s+(?:the\s+|a\s+total\s+of\s+|approximately\s+|about\s+|at\s+least\s+|more\s+than\s+)?$", re.I)
_WORD_RUN = r"(?:[\w-]+\s+){0,2}?[\w-]+"  # up to three words
_NO_PREPOSITION = r"(?!(?:to|into|in|at|from|for|with|by|on|under)\b)"
_PART_OF_A_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?(?:\d[\d,]*|(?:%s))\b" % _WORD, re.I)
_APPOSED_PARTS = r"\s+(?:[\w’'-]+\s+){0,3}?(?:{OnlyVictimNouns})\s*,\s*"  # compiled on first use, as _OF_OTHER_HARM
# an item of a comparison after a semicolon: a count, its noun and its year ("; 114 in 2018", "; and 96 victims in 2017")
_COMPARED_ITEM = re.compile(r";\s+(?:and\s+)?(?:\d[\d,]*|(?:%s))\s+(?P<words>(?:[\w-]+\s+){0,2}?)in\s+(?:19|20)\d\d\b" % _WORD, re.I)
_FORMS_COORDINATED = re.compile(r"\b(?:sex|labou?r)\s+(?:and|or)\s+(?=(?:sex|labou?r)\s+trafficking\b)", re.I)
_PART_OF_WHICH = re.compile(r",\s+(?:of|among(?:st)?)\s+(?:which|whom)\b")  # ", of which three were ..."
_OPENS_COMPARISON = re.compile(r"\s*(?:In|By)\s+comparison\b|\s*Comparatively\b", re.I)
# (tip:PreviousWords, tip:PreviousPeriodNouns; a template compiled on first use)
_PREVIOUS_YEAR = r"\b(?:the\s+)?(?:{PreviousWords})\s+(?:{PreviousPeriodNouns})\b|\blast\s+year\b"
# "the 13 victims included", "these 210 cases comprised": after the number of a total named again
_PARTS_VERB = r"[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:included|comprised|consisted\s+of)"
_BREAKDOWN_BEFORE = re.compile(
    r"(?:\bincluding|\bof\s+whom|\bof\s+which|\bamong(?:st)?\s+(?:them|these|those|whom|which)|\bof\s+(?:these|those|them)|"
    r"\bwhich\s+included|\b(?:these|those)\s+(?:[\w-]+\s+){0,3}?(?:included|comprised|consisted\s+of)|\b(?:the|these|those|all)\s+" + _PARTS_VERB + r"\s*|\bof\s+the\s+(?!(?:\w+\s+){0,5}?[a-z]+ed\s+$)(?:\w+\s+){0,6}?|\bamong(?:st)?\s+the\s+(?:\w+\s+){0,6}?)\s*,?\s*(?:an?\s+|only\s+|at\s+least\s+|approximately\s+|about\s+|all\s+)?$", re.I)
# "no investigations or prosecutions", not across a joiner: "no arrests but prosecuted 24"
# (tip:CountNegationWords; a template compiled on first use: no vocabulary read at import)
_NEGATED = (r"\b(?:{CountNegationWords})\s+"
            r"(?:(?!(?:but|and|yet|while|although|though|whereas)\b)[\w-]+\s+){0,3}$")
# "over the last six years, the government has only convicted five traffickers": a sum of several
# years, of no reference year (STATISTICS.md dates a count by one year)
# (tip:PastYearsWords; a template compiled on first use)
_SEVERAL_YEARS = r"\b(?:over|in|during|within|for)\s+the\s+(?:{PastYearsWords})\s+(?:[\w-]+\s+)?years\b"
# "The 13 victims included one male child, three male adults, ...": a total named again opens a list of its parts
# (templates: {VictimStatusVerbs} are compiled on first use, no vocabulary read at import)
_NOT_VICTIMS = (r"\s*(?:[\w-]+\s+){0,3}?,?\s*(?:who|whom)\s+[^.;]{0,40}?\bnot\s+(?:been\s+)?(?:officially\s+|formally\s+)?"
                r"(?=\w+ed\b)(?:{VictimStatusVerbs})\s+as\b")
# "identified 75 child beggars ..., but did not identify any of them as trafficking victims": people the sentence says
# afterwards are not victims
_DENIED_AS_VICTIMS = (r"\b(?:(?:did|does|do|has|have|had)\s+not|failed\s+to|never)\s+(?:\w+ly\s+)?(?:{VictimStatusVerbs})\s+"
                      r"(?:any\s+of\s+)?(?:them|these|those|the\s+(?P<noun>[\w-]+))\s+as\s+(?:[\w-]+\s+){0,2}?victims\b"
                      r"|\bnone\s+of\s+(?:them|whom|these|those)\s+(?:were|was)\s+(?:\w+ly\s+)?(?=\w+ed\b)(?:{VictimStatusVerbs})\s+as\b")
# "one was registered as a sex offender": said to be an offender, no victim
# (tip:OffenderNouns; a template compiled on first use)
_AS_OFFENDERS = r"\s+(?:was|were)\s+(?:\w+\s+){1,2}?as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{OffenderNouns})"
# (tip:NumberOfNouns; a template compiled on first use)
_NUMBER_OF = r"\bthe\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,3}?(?:{NumberOfNouns})\s+(\w+(?:\s+\w+){0,3})"
# the plural noun a count with no counted noun counts, up to a list's last item ("11 regional and four municipal
# anti-trafficking roundtables that varied in effectiveness")
_THINGS_AFTER = re.compile(r"(?:\s+(?:(?!(?:of|in|for|to|by|from|at|with|were|was|who|which|that)\b)[\w-]+|\s*,))*?\s+"
                           r"(?-i:([a-z]+s))\b(?=\s*(?:[,.;)]|(?:that|which|who|in|on|at|across|throughout|and|were|was)\b))", re.I)
# (tip:LawEnforcementReferralNouns; a template compiled on first use)
_TO_LAW_ENFORCEMENT = r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{LawEnforcementReferralNouns})\b"
_NAMES_VICTIMS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:victims?|survivors?)\b", re.I)
_AS_VICTIMS = re.compile(r"\s+as\s+(?:[\w-]+\s+){0,3}?victims\b", re.I)
_LISTS_ITS_PARTS = re.compile(r"\b(?:the|these|those|all)\s+" + _PARTS_VERB + r"\b", re.I)
_NAMES_ITS_PARTS = re.compile(r"\s*(?:The|These|Those|All(?:\s+the)?)\s+(?=" + _PARTS_VERB + r"\b)", re.I)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|them|whom|which|all)\b", re.I)
_SENTENCE_OPENS_BREAKDOWN = re.compile(
    r"^\s*(?:(?:Of|Among(?:st)?)\s+(?:these|those|them|the|all|this|whom)\b|(?:These|Those|This)\s+(?:[\w-]+\s+){0,3}?(?:included|comprised|consisted\s+of)\b|"
    # "Victims of forced labor included 45 girls", "The additional victims included 75 girls": victims named with no count
    r"(?:The\s+)?(?:[\w-]+\s+){0,2}?(?:victims|survivors)(?:\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:included|comprised|consisted\s+of)\s+(?=\d|(?:%s)\b)|"
    r"(?:[\w-]+\s+){1,2}of\s+(?:these|those|them|the)\b)" % "|".join(WORD_VALUES), re.I)
# "Of these facilities, ...", "Of the 30 shelters, ...": what the sentence's numbers are parts of; so are victims of a
# year ("Of the six victims identified in 2020, three were ...", whose participle names the whole's act)
# (tip:YearVictimNouns; a template compiled on first use)
_OPENS_WITH_THINGS = (r"^\s*(?:Of|Among(?:st)?)\s+(?:these|those|the|all(?:\s+the)?)\s+(?:[\d,]+\s+)?(?:[\w’'-]+\s+){0,3}?([\w-]+)\s*,"
                      r"|^\s*(?:Of|Among(?:st)?)\s+(?:these|those|the|all(?:\s+the)?)\s+(?:[\w,]+\s+)?(?:[\w-]+\s+)?"
                      r"(?:{YearVictimNouns})\s+[a-z]+ed\s+(?:in|during)\s+\d{4}\s*,")
_SUBJECT_VERB = re.compile(
    r"\s*(?:,\s*(?=(?:who|which|that|were|was)\b))?(?:(?:who|which|that)\s+)?(?:were|was|had\s+been|have\s+been|has\s+been|are|is)?\s*"
    r"(?:(?:also|later|subsequently|officially|reportedly|successfully|ultimately)\s+)?(\w+(?:\s+[\w-]+){0,4})", re.I)
# compiled on first use (no vocabulary read at import)
_ELIDED_AFTER = r"\s*(?:$|[),;.:–—]|[\w-]+\+?\s*(?:$|[(),;.:–—]|and\b)|(?:{ElisionWords}))"
_AFTER_AGENT = re.compile(r"\s+\w+ed\s+(?:by|in|during)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?=received|were|was|got|obtained)(\w+(?:\s+\w+){0,3})", re.I)
# "... identified 160 street children (510 in 2018) and drop-in centers provided ": after a count, a subject and verb of their own
_CLAUSE_OF_ITS_OWN = re.compile(r"\d[^;]*\band\s+(?:(?!(?:also|then|later|subsequently)\b|\w+ly\b)[\w-]+\s+){1,4}?[a-z]+ed\s+$")
# words that make a victim one only perhaps ("potential victims")
_POTENTIAL = r"\b(?:{PotentialWords})"  # (tip:PotentialWords; compiled on first use)
# what the words after a count of people may say of them without saying they are victims: "which may have included labor
# trafficking", "some of whom were trafficking victims", "abuses indicative of trafficking", "vulnerable to trafficking",
# "women, including potential victims of trafficking" (some of them may be victims: STATISTICS.md's women repatriated)
# (tip:HedgeModals, tip:HedgeWords, tip:RiskWords, tip:PotentialWords; templates compiled on first use)
_HEDGE = (r"\b(?:which|who|some\s+of\s+whom)\s+(?:{HedgeModals})|\b(?:{HedgeWords})"
          r"|\bincluding\s+(?:some\s+)?" + _POTENTIAL + r"\s+(?:[\w-]+\s+)?victims\b"
          r"|\b(?:some|many|most|several)\s+of\s+(?:whom|them)\b")
_AT_RISK = r"\s+(?:(?:who\s+(?:were|are)|considered)\s+)?(?:{RiskWords})"
_OF_OTHER_HARM = r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:{OtherHarmNouns})\b"  # compiled on first use: no vocabulary read at import
# a part's own verb that names no measure: what the people counted did or had done to them, not the total's act
# ("124 of the 167 cases resulted in the following outcomes: referral to ...": an outcome)
# (tip:OutcomeVerbs; a template compiled on first use)
_OWN_VERB = (r"\s*(?:(?:were|was|had\s+been|have\s+been)\s+(?:(?:still|later|also|then|subsequently|\w+ly)\s+)?"
             r"(?!aged\b)([a-z]+ed)\b(?!\s+(?:as|to\s+be)\b)|((?:{OutcomeVerbs}))\s+in\b|(remained)\s+(?:in|at|abroad|with)\b)")
# (tip:DataWords, tip:DataNouns, tip:NotFundingMoneyWords: read on first use)
_NONE_CONTEXT = "DataWords"
_MONEY_EXCLUDED = "NotFundingMoneyWords"
# an amount that is the difference between two years' amounts, with its conversion: no amount spent (blind set 4's
# "an increase of approximately 1.8 million pesos ($36,110)")
_MONEY_DIFFERENCE = re.compile(r"(?:\b(?:increas|decreas|rais|reduc|cut)\w*\s+(?:[\w’'-]+\s+){0,6}?by|\b(?:an?\s+)?(?:increase|decrease|"
                               r"reduction|rise|drop|cut)\s+of)\s+(?:approximately\s+|about\s+|nearly\s+|more\s+than\s+)?"
                               r"(?:[^\s()]*\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:[\w-]+\s+){0,2}\(\s*)?\S{0,4}$", re.I)
_MONEY_RANGE_START = re.compile(r"\s*(?:to|–)\s*(?:[A-Z]{0,3}\$|€|£)?\s*\d")
_MONEY_RANGE_END = re.compile(r"(?:\bbetween|\branging\s+from)\s*(?:[A-Z]{0,3}\$|€|£)?\s*$"
                              r"|\d[\d,.]*(?:\s+(?:million|billion))?\s*(?:to|–)\s*(?:[A-Z]{0,3}\$|€|£)?\s*$")
_FISCAL = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)?\d\d)\s+(?:fiscal\s+year|FY)\b"
                     r"|\b(?:FY|fiscal\s+year)\s*(?P<year2>(?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)?\d\d)\b", re.I)
# "The 2022 State Budget allocated 1 million Maldivian rufiyaa": the year of a budget dates its amounts (STATISTICS.md, 6)
_BUDGET_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<year2>)\s+(?:(?:state|national|annual|government|federal|"
                          r"anti-trafficking)\s+)?budgets?\b", re.I)
_BOTH_YEARS = re.compile(r"\bin\s+(?:both\s+|either\s+)?(?P<a>(?:19|20)\d\d)\s+(?:and|or)\s+(?P<b>(?:19|20)\d\d)\b", re.I)
# "no victims identified between 2016 and 2018": a zero of each year (STATISTICS.md)
_YEAR_RANGE = re.compile(r"\b(?:between|from)\s+(?P<a>(?:19|20)\d\d)\s+(?:and|to|through)\s+(?P<b>(?:19|20)\d\d)\b", re.I)
_ZERO_TAIL = re.compile(r"\(\s*(?:none|zero)\s+in\s+(?P<year>(?:19|20)\d\d)\s*\)|\b(?:none|zero)\s+in\s+(?P<year2>(?:19|20)\d\d)\b", re.I)


# "under Articles 600, 601, and 602", "Sections 232 to 233a": numbers of provisions, not counts
# (tip:NumberedProvisionNouns; a template compiled on first use)
_ARTICLE_LIST = (r"\b(?:{NumberedProvisionNouns})\s+\d+[\w().:-]*"
                 r"(?:\s*(?:,|and|or|to|,\s*and|,\s*or)\s*\d+[\w().:-]*(?![\w().:-])(?!\s+(?:for|were|was|of|in|on)\b))*")
# "under 173" names a provision by its number alone: of a code, or once the sentence has named one ("under Article 171
# and 16 for labor trafficking under 173": the 16 counts, the 173 is an article again; "victims under 18" is an age)
_UNDER_NUMBER = re.compile(r"(?<=\bunder\s)\d+[\w().:-]*(?=\s*(?:[,;.)—–]|$))|(?P<code>(?<=\bunder\s)\d+[\w().:-]*"
                           r"(?=\s+of\s+the\s+(?:criminal|penal)\s+code))", re.I)


def _provision_numbers(text: str) -> list[tuple[int, int]]:
    """Where the sentence numbers articles of a law: no counts."""
    spans = [m.span() for m in _with_words(_ARTICLE_LIST).finditer(text)]
    spans += [m.span() for m in _UNDER_NUMBER.finditer(text)
              if m.group("code") or any(end <= m.start() for _, end in spans)]
    return spans


@dataclass
class _Reading:
    """A number read as a statistic, before it becomes a fact (offsets relative to the sentence)."""

    start: int
    end: int
    value: int | float
    unit: str
    measures: list[str]
    subject: str | None = None
    year: int | None = None
    years: list[int] = field(default_factory=list)  # "in both 2019 and 2018"
    comparison: bool = False
    total: "_Reading | None" = None
    dimension: str | None = None
    category: str | None = None  # the words of the part's category ("sex trafficking", "women"): the dimension's value
    conversion_of: "_Reading | None" = None
    compared_with: "_Reading | None" = None
    listed_part: bool = False  # a part named after "including"
    restates: "_Reading | None" = None  # the total "Of the 419 victims" names again
    head: str | None = None  # the counted noun
    counts: str | None = None  # "cases" or "people", for the measures of law enforcement
    threshold: float | None = None
    law: str | None = None
    source: str | None = None  # where its own measures were read (_own_measures)
    form_words: str | None = None  # the form a total is of, after its noun: "victims [of sex trafficking]"
    term: str | None = None  # the words through the term of a count of prison sentences: "[will serve sentences of three years]"
    defaulted: bool = False  # dated report year − 1 for want of any year (rule 4)
    limited_to: tuple[str, str | None] | None = None  # a zero limited to one law, form or officials: its dimension, category


def extract(document: Document, sentences: list[Sentence], gazetteer: Gazetteer, warnings) -> list[Fact]:
    """Return the statistics and penalty ranges stated in ``document``."""
    facts: list[Fact] = []
    recent: list[_Reading] = []  # the totals stated so far in the section: what "Of these, ..." breaks down
    seen: list[_Reading] = []  # every reading of the document so far
    made: dict[int, list[StatisticFact]] = {}
    section = None
    dated = document  # the document with the year of the report whose reporting period the section states
    # the facts are made once every sentence is read: a later sentence may make a count of an earlier one a part
    pending: list[tuple[list[Fact], Sentence, list[_Reading]]] = []
    run: list[tuple[Sentence, list[_Reading]]] = []  # consecutive sentences of one count each (_sentences_that_add_up)
    section_start = 0  # where the section's readings start in ``seen``
    for sentence in sentences:
        if sentence.section not in SECTIONS:
            continue
        if sentence.section != section:
            recent, section, dated, run, section_start = [], sentence.section, document, [], len(seen)
        penalties = _penalties(sentence)
        readings = _sentence_readings(dated, sentence.text, recent)
        dated = _stated_period(document, sentence.text, readings) or dated
        _parts_that_add_up(sentence.text, readings, seen)
        _parts_of_the_same_people(sentence.text, readings, recent)
        _comparisons_of_parts(sentence.text, readings, seen)
        if not _OPENS_COMPARISON.match(sentence.text):
            # "In comparison, they identified 30 victims in 2020 and ...": what the next sentence
            # breaks down is still the count of the reporting period
            # "identifying 470 victims in 2020; ... updated data for ... 2019 (1266) and 2018 (1189). Of these, ...":
            # what the next sentence breaks down is the count of the latest year
            recent.extend(sorted((r for r in readings if r.total is None and not r.comparison and r.conversion_of is None
                                  and r.unit == "count" and r.value), key=lambda r: r.year or 0))
        _link_compared_parts(readings, seen)
        run = _sentences_that_add_up(run, sentence, readings, seen, section_start)
        seen.extend(readings)
        pending.append((penalties, sentence, readings))
    for penalties, sentence, readings in pending:
        facts.extend(penalties)
        facts.extend(_facts(document, sentence, readings, made, gazetteer))
    compared = {id(f) for r in seen if r.comparison for f in made.get(id(r), [])}
    limited = {id(f): r.limited_to for r in seen if r.limited_to for f in made.get(id(r), [])}
    return _without_contradicted_zeros(_without_restatements(facts), compared, limited)


def _own_count(readings: list[_Reading]) -> _Reading | None:
    """The one count of its own of a sentence of a run (_sentences_that_add_up); ``None`` when it has none or more than
    one (a rule after the sentence was read made it a part of another of its counts): then the sentence ends the run."""
    own = [r for r in readings if (r.total is None or r.total not in readings) and r.restates is None and not r.comparison
           and r.conversion_of is None and r.unit == "count" and r.value and len(r.years) <= 1]
    return own[0] if len(own) == 1 else None


def _who_before_verb() -> re.Pattern:
    """Who counted, the subject before the verb of a sentence's count ("Police officers identified", "The federal
    government reported"; a reporting verb, tip:ReportingVerbs, may stand before the verb, and an
    approximation, tip:ApproximationWords, after it)."""
    return _with_words(r"\s*(?:the\s+)?(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:(?:{ReportingVerbs})\s+)?"
                       r"[a-z]+ed\s+(?:(?:{ApproximationWords})\s+)?$")


def _sentences_that_add_up(run: list[tuple[Sentence, list[_Reading]]], sentence: Sentence, readings: list[_Reading],
                           seen: list[_Reading], since: int) -> list[tuple[Sentence, list[_Reading]]]:
    """The counts of consecutive sentences, one count of one measure and year each, that add up to a total stated before
    them are its parts by who counted them; so are their comparisons of a year that add up to a total of that year:
    "The government reported identifying 667 trafficking victims in 2017 ..., compared to 740 victims in 2016 and 1,814 in
    2015. ... The federal government identified 140 victims, compared to 194 in 2016 and 876 in 2015. The state
    governments identified 527 victims, compared to 691 in 2016 and 938 in 2015" (2018 Mexico: 140 + 527 = 667,
    876 + 938 = 1,814; the 194 and 691, which add up to no total, are compared with parts, and parts of the 740 as
    _comparisons_of_parts reads them). Returns the run the next sentence may go on."""
    # (a count already a part of a total stated before goes on the run: "The state governments identified 545 of the
    # total victims")
    count = _own_count(readings)
    if count is None or not _who_before_verb().fullmatch(sentence.text, 0, count.start):
        return []
    tops = [_own_count(readings_of) for _, readings_of in run]
    if run and (None in tops or any(top.year != count.year or set(top.measures) != set(count.measures)
                                    for top in tops if top is not None)):
        # (a sentence of the run whose own count a later rule made a part of another is no part any more: the run
        # starts again here)
        run, tops = [], []
    run, parts = run + [(sentence, readings)], [top for top in tops if top is not None] + [count]
    if len(run) < 2:
        return run
    before = len(seen) - sum(len(r) for _, r in run[:-1])  # what was stated before the run
    stated = seen[since:before]

    def whole_of(parts: list[_Reading]) -> _Reading | None:
        """The count of the parts' measures and year stated last in the section before the run, when they add up to
        it: a count between them of the same ("The NGO reported identifying 15 victims in 2019") ends the reach
        of an earlier total ("The government identified 12 victims in 2019"), which the parts then do not break down."""
        measures = {m for part in parts for m in part.measures}
        for r in reversed(stated):
            if r.unit != "count" or r.year != parts[0].year or not measures & set(r.measures) or r.total is not None \
                    or r.restates is not None or r.conversion_of is not None:
                continue
            return r if r.value == sum(p.value for p in parts) and measures <= set(r.measures) else None
        return None
    whole = whole_of(parts)
    if whole is None or any(part.total not in (None, whole) for part in parts):
        return run
    who = [_who_before_verb().fullmatch(text_of.text, 0, part.start) for (text_of, _), part in zip(run, parts, strict=True)]
    categories = [match.group("who").lower() if match else None for match in who]
    for part, category in zip(parts, categories, strict=True):
        part.total, part.dimension, part.category = whole, "other", category
    for year in sorted({r.year for _, readings_of in run for r in readings_of if r.comparison and r.year}):
        # (a comparison linked to one of another sentence of the run is none of its parts: "compared to 560 in 2018" is
        # no part of the "146 in 2018" of the sentence before)
        compared = [[r for r in readings_of if r.comparison and r.year == year and r.unit == "count"
                     and (r.total is None or any(r.total in other for _, other in run))] for _, readings_of in run]
        if not all(len(found) == 1 for found in compared):
            continue
        year_whole = whole_of([found[0] for found in compared])
        if year_whole is not None:
            for (part,), category in zip(compared, categories, strict=True):
                part.total, part.dimension, part.category = year_whole, "other", category
    for text_of, readings_of in run:  # the other years' counts compared with the parts (_comparisons_of_parts)
        for reading in readings_of:
            if reading.comparison and any(reading.total in other for _, other in run if other is not readings_of):
                reading.total, reading.dimension, reading.category = None, None, None  # no part of another's count
        _comparisons_of_parts(text_of.text, readings_of, stated)
    return []


# "between October 2017 and September 2018": a split period of twelve months (STATISTICS.md decision 6: its first year)
_SPLIT_PERIOD = re.compile(r"\b(?:between|from)\s+%s\s+(?P<a>%s)\s+(?:and|to|through|until)\s+%s\s+(?P<b>%s)\b"
                           % (MONTH, YEAR, MONTH, YEAR), re.I)


def _stated_period(document: Document, text: str, readings: list[_Reading]) -> Document | None:
    """The document as of a report of the year after a split period its statistics are dated by, when that period is not
    the report's: "initiating 86 trafficking case investigations ... between October 2017 and September 2018" (2019
    Rwanda) makes that period the section's reporting period, so its later counts of no year are of 2017 and "the
    previous reporting period" is 2016 (rules 3 and 4 of that period); ``None`` when the sentence states none."""
    period = _SPLIT_PERIOD.search(text) if may_match(_SPLIT_PERIOD, text) else None
    if period is None or document.year is None or int(period.group("b")) != int(period.group("a")) + 1:
        return None
    first = int(period.group("a"))
    if first + 1 >= document.year or not any(r.year == first and not r.comparison for r in readings):
        return None
    return replace(document, year=first + 1)


_NAMES_AGAIN = re.compile(r"\b(?:all|the|these|those)\s+$", re.I)


def _parts_of_the_same_people(text: str, readings: list[_Reading], recent: list[_Reading]) -> None:
    """The parts of victims named again with another verb ("The government identified 52 victims .... The government
    referred all 52 victims ..., including 29 females and three males") are parts of the victims of both measures, as
    those of one number with two verbs are (STATISTICS.md, decision 2)."""
    for whole in readings:
        if whole.total is not None or whole.restates is not None or whole.comparison or whole.unit != "count" \
                or not _NAMES_AGAIN.search(text, max(0, whole.start - 6), whole.start):
            continue
        before = next((r for r in reversed(recent) if r.value == whole.value and r.year == whole.year and r.unit == "count"
                       and r.total is None and not r.comparison and set(r.measures) <= set(_VICTIM_MEASURES)
                       and set(whole.measures) <= set(_VICTIM_MEASURES) and not set(r.measures) & set(whole.measures)), None)
        if before is None:
            continue
        for part in readings:
            if part.total is whole:
                part.measures += [m for m in before.measures if m not in part.measures]


def _parts_that_add_up(text: str, readings: list[_Reading], seen: list[_Reading]) -> None:
    """Counts of a sentence that add up to a total stated before them are its parts: "identified 95
    official and potential victims (105 in 2017). ... Authorities identified 93 as potential victims and
    two as official victims (79 potential victims and 26 official victims in 2017)"."""
    groups: dict[tuple, list[_Reading]] = {}
    for reading in readings:
        if reading.total is None and reading.restates is None and reading.conversion_of is None \
                and reading.unit == "count" and reading.value and len(reading.measures) == 1 and reading.year:
            groups.setdefault((reading.measures[0], reading.year, reading.comparison), []).append(reading)
    # "identified 21 trafficking victims ... and repatriated two Zambian nationals. ... Seven victims were Namibian and
    # 14 were foreign nationals": parts taken for those of the last count stated, that add up to an earlier one, are its
    for earlier in {id(r.total): r.total for r in readings if r.total is not None and r.total not in readings}.values():
        parts = [r for r in readings if r.total is earlier and not r.comparison and r.unit == "count"]
        whole = next((r for r in reversed(seen) if r.value == sum(p.value for p in parts) and r.total is None and not r.comparison
                      and r.unit == "count" and r.conversion_of is None), None) if len(parts) >= 2 else None
        if whole is not None and whole is not earlier and earlier.value != whole.value:
            for part in parts:
                part.total, part.measures = whole, list(whole.measures)
                if part.years == earlier.years:
                    part.years, part.year = list(whole.years), whole.year
    # "convicted 97 individuals, 50 for sex trafficking, six for labor trafficking, and 41 for unspecified forms":
    # the counts right after a total of the sentence that add up to it are its parts
    for i, whole in enumerate(readings):
        if whole.total is not None or whole.comparison or whole.unit != "count" or not whole.value or whole.conversion_of:
            continue
        running: float = 0
        parts = []
        for part in readings[i + 1:]:
            if part.comparison or part.unit != "count" or part.year != whole.year or not (part.total is None or part.total is whole or any(part.total is p for p in parts)) \
                    or not set(part.measures) & set(whole.measures) or ";" in text[whole.end:part.start]:
                break
            running, parts = running + part.value, parts + [part]
            if running >= whole.value:
                break
        if running == whole.value and len(parts) >= 2:
            for part in parts:
                if part.total is not whole:
                    part.total, part.measures = whole, list(whole.measures)
                    (part.dimension, part.category) = breakdown_of(_words_after(text, part.end) + " " + (part.subject or ""))
    for (measure, year, _), parts in groups.items():
        if len(parts) < 2 or any(p.total is not None for p in parts):
            continue
        whole = next((r for r in reversed(seen) if r.value == sum(p.value for p in parts) and r.total is None
                      and r.unit == "count" and measure in r.measures and r.year == year and r.conversion_of is None), None)
        if whole is not None:
            for part in parts:
                part.total, (part.dimension, part.category) = whole, breakdown_of(_words_after(text, part.end) + " " + (part.subject or ""))
    _clauses_that_add_up(text, readings, seen)


def _clauses_that_add_up(text: str, readings: list[_Reading], seen: list[_Reading]) -> None:
    """The counts of each clause of a sentence (between semicolons) that add up to a total of their measure and year
    stated before, even one stated only as a comparison, are its parts, one breakdown a clause: "The government
    identified 276 victims (193 in 2019); .... In 2019, 134 were victims of sex trafficking, 35 of labor trafficking,
    ... and one of child soldiering; 173 were female and 20 were male; 20 were children; 191 were foreign victims and
    two were Turkish nationals" (2021 Turkey); with the parts linked already: "Authorities reported identifying 47
    trafficking victims .... The government identified 12 women and girls forced to work as “hostesses,” ... and 35
    female sex trafficking victims" (2020 Japan; the 35 was linked, the 12 was not). A count of its own clause that
    names no noun of its own ("20 were children") is a part of the total the sentence's other clauses break down."""
    stops = [m.start() for m in re.finditer(";", text)]

    def own_words(part: _Reading) -> str:  # up to the next count or clause: "173 were female and 20 were male; 20 ..."
        ends = [r.start for r in readings if r.start > part.end] + [s for s in stops if s > part.end]
        return _words_after(text, part.end)[:min(ends, default=len(text)) - part.end]
    groups: dict[tuple, list[_Reading]] = {}
    for reading in readings:
        if reading.restates is None and reading.conversion_of is None and reading.unit == "count" and reading.value \
                and len(reading.measures) == 1 and reading.year and len(reading.years) <= 1:
            clause = sum(1 for s in stops if s < reading.start)
            groups.setdefault((reading.measures[0], reading.year, reading.comparison, clause), []).append(reading)
    broken: dict[tuple, _Reading] = {}
    for (measure, year, comparison, _), members in groups.items():
        top = [r for r in members if r.total is None or r.total not in members]
        for parts in (top, members):
            linked = {id(p.total): p.total for p in parts if p.total is not None and p.total not in members}
            if len(parts) < 2 or len(linked) > 1:
                continue
            total = sum(p.value for p in parts)
            whole = next(iter(linked.values()), None) or next(
                (r for r in reversed(seen) if r.value == total and r.total is None and r.unit == "count"
                 and measure in r.measures and r.year == year and r.conversion_of is None), None)
            if whole is None or whole.value != total or whole.year != year or measure not in whole.measures:
                continue
            for part in parts:
                if part.total is not whole:
                    part.total, (part.dimension, part.category) = whole, breakdown_of(own_words(part) + " " + (part.subject or ""))
            broken[(measure, year, comparison)] = whole
            break
    for (measure, year, comparison, _), members in groups.items():
        whole = broken.get((measure, year, comparison))
        alone = members[0] if len(members) == 1 else None
        if whole is not None and alone is not None and alone.total is None and alone.subject is None \
                and alone.value < whole.value and whole not in readings:
            alone.total, (alone.dimension, alone.category) = whole, breakdown_of(own_words(alone))


def _comparisons_of_parts(text: str, readings: list[_Reading], seen: list[_Reading]) -> None:
    """A count compared with a part is a part of the total of its own year, when the text states that total (STATISTICS.md,
    decision 1): "The government reported identifying 348 potential victims ... compared to 579 potential victims
    identified during the previous year. Of the 348, the GPS identified 285 potential victims compared to 339 potential
    victims in 2017" (2019 Ghana: the 339 are of the 579); in prose as in parentheses. What "Of the 348" names again is
    no count to compare with: the count of the clause's own verb is."""
    for i, reading in enumerate(readings):
        if not reading.comparison or reading.total is not None or reading.conversion_of is not None or len(reading.years) > 1 \
                or reading.year is None:
            continue
        compared = reading.compared_with
        if compared is None or compared.restates is not None:
            # the clause's one count of the measure ("did not identify foreign victims ..., compared to one potential
            # victim ... in 2017"); of two ("95 victims, including 20 children, compared to 105"), which is unsaid
            clause = [r for r in readings if r.end <= reading.start and not r.comparison and r.restates is None
                      and r.unit == reading.unit and set(r.measures) & set(reading.measures)
                      and not re.search(r"[;.]\s", text[r.end:reading.start])]
            compared = clause[0] if len(clause) == 1 else None
            if compared is not None and reading.compared_with is not None:
                reading.compared_with = compared
        if compared is None or compared.total is None or not set(compared.total.measures) & set(reading.measures):
            continue
        whole = next((r for r in reversed(seen + readings[:i]) if r.year == reading.year and r.total is None and r.restates is None
                      and r.conversion_of is None and r.unit == reading.unit and set(r.measures) & set(reading.measures)
                      and r.value > reading.value and len(r.years) <= 1), None)
        # (but not of a count of a category: "repatriated two Zambian victims ..., compared to 10 Zambian victims ... in
        # 2018. The government did not report ... the repatriation of foreign national victims ..., compared to six
        # victims ... in 2018": the six foreign victims are none of the 10 Zambian ones)
        if whole is not None and breakdown_of(whole.subject or "")[0] == "other":
            reading.total, (reading.dimension, reading.category) = whole, (compared.dimension, compared.category)


def _words_after(text: str, start: int, length: int = 40) -> str:
    """About ``length`` characters of ``text`` from ``start``, never ending inside a word (a window
    cut at 40 characters made 'sex trafficki' a category)."""
    end = start + length
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _link_compared_parts(readings: list[_Reading], seen: list[_Reading]) -> None:
    """A part of a compared count ("356 for sex trafficking (compared to 327 in 2017)") is a part of
    the total of its own year ("340 investigations ... in 2017"), not of the total it was compared beside."""
    for reading in readings:
        if not reading.comparison or reading.total is None or reading.total.year == reading.year:
            continue
        earlier = seen + [r for r in readings[:readings.index(reading)]]
        candidates = [r for r in reversed(earlier) if r.total is None and r.year == reading.year
                      and r.unit == reading.unit and set(r.measures) & set(reading.measures) and r.conversion_of is None]
        # of the total's unit first: "386 pre-trial trafficking investigations of 602 suspects in 2018 ... (compared to
        # 340 investigations into 552 suspects in 2017). Of the investigations, there were 356 for sex trafficking
        # (compared to 327 in 2017)": the 327 are of the 340 investigations, as the 356 they are compared with are of the
        # 386, not of the 552 suspects (2020 Germany)
        # (a zero read twice, as a count and as a statement, "compared to zero in 2017": the statement as the count)
        compared = reading.compared_with or next((r.compared_with for r in readings if r is not reading
                                                  and r.start == reading.start and r.compared_with is not None), None)
        own_total = compared.total if compared is not None and compared.total else reading.total
        same_unit = [r for r in candidates if own_total.counts and r.counts == own_total.counts]
        reading.total = next(iter(same_unit + candidates), reading.total)


def _without_restatements(facts: list[Fact]) -> list[Fact]:
    """A total restated in a later sentence (same measure, year, value, unit) is stated once; what
    broke the restatement down or converted it points to the first statement.

    Within one sentence equal counts are distinct statistics ("22 new and 22 continued investigations").
    """
    first: dict[tuple, StatisticFact] = {}
    replaced: dict[int, StatisticFact] = {}
    kept: list[Fact] = []
    for fact in facts:
        if isinstance(fact, StatisticFact):
            links: dict[str, Any] = {}  # fields of replace()
            if fact.total is not None and id(fact.total) in replaced:
                links["total"] = replaced[id(fact.total)]
            if fact.conversion_of is not None and id(fact.conversion_of) in replaced:
                links["conversion_of"] = replaced[id(fact.conversion_of)]
            if links:
                original, fact = fact, replace(fact, **links)
                replaced[id(original)] = fact
            if fact.total is None and fact.conversion_of is None:
                key = (fact.measure, fact.year, fact.value, fact.unit)
                earlier = first.setdefault(key, fact)
                if earlier is not fact and earlier.span.sentence != fact.span.sentence:
                    replaced[id(fact)] = earlier
                    continue
        kept.append(fact)
    return kept


def _without_contradicted_zeros(facts: list[Fact], compared: set[int],
                                limited: dict[int, tuple[str, str | None]]) -> list[Fact]:
    """A zero of a measure and year (no breakdown) beside a count of more than none of the same measure and year (no
    breakdown either) in the same document cannot both be totals (the lead's decision, session 14): the count stands,
    and the zero is a part of it, none of one kind ("convicted 12 traffickers. ... did not report any ... convictions
    of government officials complicit in trafficking": none of the 12 were officials). A zero limited to one law, form
    or officials (``limited``, by id, with its dimension and category: "did not convict any labor traffickers") is
    none without such a count. A figure a sentence compares with (the ids ``compared``: "did not identify any victims,
    compared with 12 in the past two years") states no count of the year."""
    counts: dict[tuple, StatisticFact] = {}
    for fact in facts:
        if isinstance(fact, StatisticFact) and fact.unit == "count" and fact.value and fact.breakdown is None \
                and fact.total is None and fact.year is not None and id(fact) not in compared:
            counts.setdefault((fact.measure, fact.year), fact)
    referred = {id(f.total) for f in facts if isinstance(f, StatisticFact) and f.total is not None}
    kept: list[Fact] = []
    for fact in facts:
        if isinstance(fact, StatisticFact) and fact.value == 0 and fact.unit == "count" and fact.breakdown is None \
                and fact.total is None and id(fact) not in referred:
            count = counts.get((fact.measure, fact.year))
            if count is not None:
                dimension, category = limited.get(id(fact), ("other", None))
                fact = replace(fact, total=count, breakdown=dimension, category=category)
            elif id(fact) in limited:
                continue
        kept.append(fact)
    return kept


# --- reading a sentence ------------------------------------------------------------------------

def _sentence_readings(document: Document, text: str, recent: list[_Reading]) -> list[_Reading]:
    report_year = document.year
    tokens = [n for n in numbers(text, partitive=True) if not n.is_year and not n.is_duration]
    tokens = [_with_currency(text, n, document.country_name, document.country) for n in tokens]
    parens = _parentheses(text)
    national = national_currency(document.country)
    if national:
        # "allocated 35 million ($247,160)": an amount with its conversion into dollars is in the country's currency
        # when the text leaves it out (2023 Iceland)
        tokens = [replace(n, unit=national) if n.unit == "count" and i + 1 < len(tokens)
                  and _converted_by(text, n, tokens[i + 1], parens) else n for i, n in enumerate(tokens)]
    if not tokens:
        # no count to read, date or add up: the sentence can only state that none happened ("no convictions"); what it
        # compares is read for such a statement alone
        return _zeros(document, text, [], lambda: _comparison_regions(text, parens), parens, recent)
    comparisons = _comparison_regions(text, parens)
    readings: list[_Reading] = []
    unread: list[Number] = []  # counts read as no statistic, which a total stated before may still add up
    articles = _provision_numbers(text)
    for i, number in enumerate(tokens):
        if _in_penalty(text, number) or _is_age_or_rank(text, number) \
                or any(a <= number.start < b for a, b in articles):
            continue
        next_start = tokens[i + 1].start if i + 1 < len(tokens) else len(text)
        previous = readings[-1] if readings else None
        paren = next(((a, b) for a, b in parens if a < number.start < b), None)
        # "($77,918)" after an amount: its conversion into US dollars
        if previous and previous.unit not in ("count", "USD") and _converted_by(text, previous, number, parens):
            readings.append(_Reading(number.start, number.end, number.value, "USD", list(previous.measures),
                                     previous.subject, previous.year, list(previous.years), previous.comparison,
                                     previous.total, previous.dimension, previous.category, conversion_of=previous))
            continue
        region = next((r for r in comparisons if r[0] <= number.start < r[1]), None)
        if region is not None and _compares_no_statistic(text, tokens, region, readings) \
                and not _NAMES_VICTIMS.match(text, number.end):
            continue  # (but "305 Malagasy women, ..., compared with 68 victims repatriated": the 68 say they are victims)
        including = re.search(r"\bincluding\s+(?:an?\s+|only\s+|at\s+least\s+|approximately\s+)?$", text[:number.start])
        opens = paren[0] if paren is not None else including.start() if including else None
        if opens is not None and region is None and _breaks_down_no_statistic(text, tokens, opens, readings) \
                and not (paren is not None and _opens_parenthesis_after_form(text, paren, number)
                         and re.search(r"[,;]", text[max([t.end for t in tokens if t.end <= opens] or [0]):opens])):
            # (but "with 24 cases reported by police, followed by sex trafficking (17 victims, ...)": the parenthesis
            # counts the form named in a phrase of its own)
            continue
        reading = _read(document, text, number, next_start, readings, recent, paren, region, parens)
        if reading is not None:
            readings.append(reading)
        elif number.unit == "count" and region is None:
            unread.append(number)
    readings.extend(_exploited_parts(text, unread, readings, recent))
    readings.sort(key=lambda r: r.start)
    _respective_comparisons(text, readings, comparisons)
    _drop_parts_of_no_statistic(text, unread, readings)
    _resolve_years(document, text, readings, comparisons, parens, report_year, recent)
    _confirmed_among_potential(text, readings)
    _parts_before_their_total(text, readings)
    _remaining_parts(text, readings, recent)
    _parts_of_the_count_after(text, readings)
    _parts_named_before_their_count(text, readings, recent)
    _counted_units(readings)
    readings.extend(_zeros(document, text, readings, lambda: comparisons, parens, recent))
    return readings


_CATEGORY_THEN_COUNT = re.compile(r"(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*\(\s*$")


def _parts_named_before_their_count(text: str, readings: list[_Reading], recent: list[_Reading]) -> None:
    """A count alone in parentheses after the name of a category is a part of the total of its measure and year stated
    before, in the sentence or the section: "The government reported identifying and referring 727 trafficking victims
    .... A majority of identified victims were children (578)" (2022 Ghana)."""
    for reading in readings:
        named = _CATEGORY_THEN_COUNT.search(text, max(0, reading.start - 40), reading.start) \
            if may_match(_CATEGORY_THEN_COUNT, text) else None
        if reading.total is not None or reading.restates is not None or reading.comparison or reading.unit != "count" \
                or named is None or not re.match(r"\s*\)", text[reading.end:]) or reading.year is None:
            continue
        dimension, category = breakdown_of(named.group("words"))
        if dimension == "other":
            continue  # the words name no category of a breakdown ("identified victims (578)")
        earlier = [r for r in reversed(readings) if r.end <= named.start()] + list(reversed(recent))
        whole = next((r for r in earlier if r.total is None and r.restates is None and not r.comparison and r.unit == "count"
                      and r.conversion_of is None and r.year == reading.year and set(r.measures) & set(reading.measures)
                      and r.value > reading.value), None)
        if whole is not None:
            reading.total, reading.dimension, reading.category = whole, dimension, category


_OF_THE_NEXT = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?", re.I)


def _parts_of_the_count_after(text: str, readings: list[_Reading]) -> None:
    """"N of M" read as two counts of one measure and year: the N are a part of the M, compared ones too: "(34 of 135
    involved forced labor in 2017 and 12 of 45 in 2016)" (2019 Poland)."""
    for part, whole in zip(readings, readings[1:], strict=False):
        if part.total is None and whole.total is None and part.restates is None and part.conversion_of is None \
                and part.unit == whole.unit == "count" and part.value <= whole.value and part.years == whole.years \
                and part.comparison == whole.comparison and set(part.measures) == set(whole.measures) \
                and _OF_THE_NEXT.fullmatch(text, part.end, whole.start):
            part.total, (part.dimension, part.category) = whole, breakdown_of(_words_after(text, whole.end))


def _drop_parts_of_no_statistic(text: str, unread: list[Number], readings: list[_Reading]) -> None:
    """Counts right after a count read as no statistic that add up to it are its parts, no statistic either: "authorities
    intercepted a total of 599 Ugandan travelers, 477 females and 122 males, attempting to depart" (travelers
    intercepted are no victims identified, nor are their females and males)."""
    for whole in unread:
        run: list[_Reading] = []
        last_end = whole.end
        for reading in readings:
            if reading.start < whole.end:
                continue
            if reading.comparison or reading.unit != "count" or reading.start - last_end > 60 \
                    or re.search(r"[;.:()\d]", text[last_end:reading.start]) \
                    or not run and not re.search(r",\s*$", text[last_end:reading.start]):
                break  # the parts stand beside the whole's noun phrase, after a comma (not "10 shelters, which assisted 6 ...")
            run.append(reading)
            last_end = reading.end
            if sum(r.value for r in run) >= whole.value:
                break
        if len(run) >= 2 and sum(r.value for r in run) == whole.value:
            for reading in run:
                readings.remove(reading)


_EXPLOITED = re.compile(r"\b(?:exploit(?:ed|ing)|subject(?:ed|ing))\s+(?:(?:approximately|about|at\s+least)\s+)?$", re.I)


def _respective_comparisons(text: str, readings: list[_Reading], comparisons) -> None:
    """Counts compared "respectively" with as many counts of other measures before them are compared each with its
    own: "investigated 20 cases and prosecuted 15 defendants, compared with 24 and 17, respectively, in 2017" (the 24
    were taken for prosecutions, the last count's measure)."""
    for start, end, _ in comparisons:
        if not _word_class("RespectiveWords").search(text, start, _clause_end(text, end) + 1):
            continue
        compared = [r for r in readings if start <= r.start < end and r.comparison and r.total is None and r.unit == "count"]
        stated = [r for r in readings if r.end <= start and not r.comparison and r.total is None and r.unit == "count"
                  and r.conversion_of is None][-len(compared):] if compared else []
        if len(compared) < 2 or len(stated) != len(compared) or len({tuple(r.measures) for r in stated}) < 2:
            continue
        for mine, theirs in zip(compared, stated, strict=True):
            mine.measures, mine.compared_with = list(theirs.measures), theirs


def _exploited_parts(text: str, unread: list[Number], readings: list[_Reading], recent: list[_Reading]) -> list[_Reading]:
    """Counts the rules read as no statistic that a total adds up are its parts: those after a part of it ("11,212 of the
    victims were exploited in forced labor, 7,570 exploited in sex trafficking, ..."), and counts of people traffickers
    exploited, listed after a count of victims stated before and adding up to it, by form of exploitation: "The government identified 17 victims .... Traffickers exploited 11 victims in
    domestic servitude ..., four victims in cattle herding ..., and two males from the DRC in forced labor" (a list that
    adds up to no total stated before stays no statistic: "a fishing firm accused of exploiting 30 crew members")."""
    def run_after(first: int, last_end: int) -> list[Number]:
        run: list[Number] = []
        for number in unread[first:]:
            if any(last_end <= r.start < number.start for r in readings) or re.search(r"[;.]\s", text[last_end:number.start]):
                break
            run.append(number)
            last_end = number.end
        return run
    # "11,212 of the victims were exploited in forced labor, 7,570 exploited in sex trafficking, 3,824 ..., and 349 ...":
    # the counts after a part of a total that add up with it to the total are its other parts
    for part in readings:
        later = next((i for i, n in enumerate(unread) if n.start > part.end), None)
        if part.total is None or part.comparison or part.unit != "count" or later is None:
            continue
        run = run_after(later, part.end)
        for end in range(len(run), 0, -1):
            if part.value + sum(n.value for n in run[:end]) == part.total.value:
                parts = [_Reading(n.start, n.end, n.value, "count", list(part.measures), total=part.total) for n in run[:end]]
                for other in parts:
                    other.dimension, other.category = breakdown_of(_words_after(text, other.end))
                return parts
    first = next((i for i, n in enumerate(unread) if _EXPLOITED.search(text, max(0, n.start - 40), n.start)), None)
    if first is None:
        return []
    run = run_after(first, unread[first].start)
    totals = [r for r in list(reversed(readings)) + list(reversed(recent)) if r.total is None and r.restates is None
              and not r.comparison and r.unit == "count" and r.conversion_of is None and set(r.measures) & set(_VICTIM_MEASURES)]
    for end in range(len(run), 1, -1):
        whole = next((r for r in totals if r.value == sum(n.value for n in run[:end]) and r.start < run[0].start or r in recent
                      and r.value == sum(n.value for n in run[:end])), None)
        if whole is not None:
            parts = [_Reading(n.start, n.end, n.value, "count", list(whole.measures), total=whole) for n in run[:end]]
            for part in parts:
                part.dimension, part.category = breakdown_of(_words_after(text, part.end))
            return parts
    return []


def _confirmed_among_potential(text: str, readings: list[_Reading]) -> None:
    """Confirmed victims are a part of the potential victims of their year and sentence (STATISTICS.md, decision 1):
    "identified 2,224 potential trafficking victims nationwide and confirmed 721 victims, compared to 3,411 potential
    trafficking victims and 1,558 confirmed victims in 2016"."""
    def words(r: _Reading) -> str:
        return text[max(0, r.start - 12):r.start] + " " + (r.subject or "")
    for reading in readings:
        if reading.total is not None or reading.restates is not None or reading.conversion_of is not None \
                or reading.measures != ["victims_identified"] or not _CONFIRMED.search(words(reading)):
            continue
        whole = next((r for r in readings if r is not reading and r.total is None and r.restates is None and r.year == reading.year
                      and "victims_identified" in r.measures and r.value > reading.value and _with_words(_POTENTIAL).search(r.subject or "")
                      and not _CONFIRMED.search(words(r))), None)
        if whole is not None:
            reading.total, reading.dimension, reading.category = whole, "other", "confirmed"


def _parts_before_their_total(text: str, readings: list[_Reading]) -> None:
    """Counts of a sentence that "a total of" after them adds up are its parts, each by the words its clause opens with:
    "trial courts convicted 66 traffickers and appellate courts upheld the convictions or overturned previous acquittals
    of 89 traffickers for a total of 155 convictions" (trial 66, appellate 89)."""
    for i, whole in enumerate(readings):
        if whole.comparison or whole.unit != "count" or not _A_TOTAL_OF.search(text, max(0, whole.start - 25), whole.start):
            continue
        parts = [r for r in readings[:i] if not r.comparison and r.total is None and r.restates is None and r.unit == "count"
                 and r.year == whole.year and set(r.measures) & set(whole.measures)]
        if len(parts) < 2 or sum(p.value for p in parts) != whole.value:
            continue
        for part in parts:
            opens = max([_clause_start(text, part.start)] + [m.end() for m in re.finditer(r",\s*|\band\s+", text[:part.start])])
            words = _OTHER_CATEGORY.match(text, opens, part.start)
            part.total, part.measures = whole, [m for m in part.measures if m in whole.measures]
            part.dimension, part.category = "other", words.group("words").lower() if words else None


_A_TOTAL_OF = re.compile(r"(?:\ba\s+total\s+of|\btotal(?:l)?ing|\bin\s+total)\s+$", re.I)


def _remaining_parts(text: str, readings: list[_Reading], recent: list[_Reading]) -> None:
    """"The remaining N" after a count M are the rest of the total M + N stated before, a part of it with its measure:
    "The government identified 19 trafficking victims ... referred 16 victims to NGO shelters; of the three remaining
    victims, one was repatriated" (three of the 19 identified, not of the 16 referred)."""
    for i, reading in enumerate(readings):
        if reading.comparison or reading.unit != "count" or not _REMAINING.match(text, reading.end) \
                and not re.search(r"\bremaining\s+$", text[max(0, reading.start - 12):reading.start], re.I):
            continue
        before = next((r for r in reversed(readings[:i]) if not r.comparison and r.unit == "count" and r.value), None)
        if before is None:
            continue
        whole = next((r for r in list(reversed(readings[:i])) + list(reversed(recent)) if r.value == before.value + reading.value
                      and r.total is None and not r.comparison and r.unit == "count" and r.year == reading.year), None)
        if whole is not None:
            reading.total, reading.measures, reading.dimension, reading.category = whole, list(whole.measures), "other", "remaining"
    for reading in readings:
        # "Of the six identified victims in 2020, three were sex trafficking victims and one was a labor trafficking
        # victim; authorities identified the other two individuals as victims of “slavery”" (2021 Panama): the other N
        # are the rest of a total whose parts stated before them add up with them to it
        if reading.total is not None or reading.comparison or reading.unit != "count" \
                or not _THE_OTHER.search(text, max(0, reading.start - 12), reading.start):
            continue
        # (the total the parts before them share, not one of those parts that a part after it was wrongly linked to:
        # every part of the measure and year before them is of it, and no count of the sentence's own of the measure
        # and year stands before it)
        stated = [r for r in readings if r.end <= reading.start and not r.comparison and r.unit == "count"
                  and r.year == reading.year and set(r.measures) & set(reading.measures)]
        shared = {id(r.total): r.total for r in stated if r.total is not None}
        whole = next((w for w in shared.values() if len(shared) == 1 and w.year == reading.year
                      and set(w.measures) & set(reading.measures)
                      and not (any(w is r for r in readings)
                               and any(r.total is None and r.restates is None and r.end <= w.start for r in stated))
                      and sum(r.value for r in readings if r.total is w and not r.comparison) + reading.value == w.value), None)
        if whole is not None:
            reading.total, reading.measures, reading.dimension, reading.category = whole, list(whole.measures), "other", "other"


_FOR_CHILD_LABOR = re.compile(r"\s+(?:for|on\s+charges\s+of)\s+(?:exploitative\s+|forced\s+|the\s+worst\s+forms\s+of\s+)?child\s+labou?r\b", re.I)
_REMAINING = re.compile(r"\s+remaining\b", re.I)
_THE_OTHER = re.compile(r"\bthe\s+other\s+$", re.I)
_CONFIRMED = re.compile(r"\bconfirmed\b", re.I)


def _compares_no_statistic(text: str, tokens: list[Number], region, readings: list[_Reading]) -> bool:
    """Whether a comparison compares with a count of its clause that is no statistic: "conducted targeted operations
    against 11 criminal organizations involved in trafficking in 2019, compared with 48 in 2018" (the 48 are
    organizations too, not the arrests of the sentence before)."""
    clause_start = _clause_start(text, region[0])
    before = [t for t in tokens if clause_start <= t.start and t.end <= region[0] and t.unit == "count"]
    if not before or any(clause_start <= r.start < region[0] for r in readings):
        return False  # "allocated €277,000 ... to two NGOs ..., compared with €412,870": compared with the statistic
    # ("HHS issued 530 certification letters ... in FY 2014, a significant increase from FY 2013, when HHS issued
    # respectively 406 and 114": letters)
    return bool(_with_words(r"\s+(?:[\w’'-]+\s+){0,3}?(?:{CountedNouns}|(?!(?:periods|years|months|weeks|days|times)\b)[a-z]+s)\b").match(text, before[-1].end, region[0]))


def _breaks_down_no_statistic(text: str, tokens: list[Number], opens: int, readings: list[_Reading]) -> bool:
    """Whether the counts of a parenthesis or after "including" (opening at ``opens``) break down a count right before
    it that is no statistic: "requests for assistance from 820 victims of sexual violation and/or sexual exploitation
    (532 female, 89 male, and 199 gender unknown)", "provided 163 children with academic tutoring, ..., including 17"."""
    before = [t for t in tokens if t.end <= opens and t.unit == "count"]
    # ("services to 20 victims and 10 dependents during the reporting period, including 11 women": parts of both)
    joined = bool(before) and any(re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}?and\s+", text[r.end:before[-1].start]) for r in readings)
    return bool(before) and opens - before[-1].end <= 80 and before[-1].start >= _clause_start(text, opens) \
        and not joined and not any(before[-1].start <= r.start < opens for r in readings) \
        and bool(_with_words(r"\s+(?:[\w’'-]+\s+){0,3}?(?:{CountedNouns})\b").match(text, before[-1].end, opens))


def _counted_units(readings: list[_Reading]) -> None:
    """Whether a count of law enforcement counts cases or people ("338 investigations", "550 suspected
    traffickers"): both are totals of one measure (STATISTICS.md, decision 3), never to be added up.
    A number without its noun counts what the count it is compared with, part of, or listed after counts."""
    for i, reading in enumerate(readings):
        if not set(reading.measures) & set(_CASE_MEASURES):
            continue
        if reading.head:
            reading.counts = "cases" if _word_class("CaseUnitNouns").fullmatch(reading.head) else "people"
            continue
        related = reading.compared_with if reading.comparison else reading.total or reading.restates
        if related is None:
            related = next((r for r in reversed(readings[:i]) if r.counts and set(r.measures) & set(reading.measures)), None)
        reading.counts = related.counts if related is not None else None
    for reading in readings:
        # "22 prosecutions in process involving 47 suspects": more people than cases are a second unit of the measure, no
        # part of the cases (STATISTICS.md decision 3)
        if reading.total is not None and reading.head and reading.total.head and reading.counts and reading.total.counts \
                and reading.counts != reading.total.counts and reading.value > reading.total.value:
            reading.total, reading.dimension, reading.category = None, None, None


def _with_currency(text: str, number: Number, country_name: str | None, country_code: str | None = None) -> Number:
    """A count followed by a currency is an amount; a currency named generally ("pesos") gets its ISO code."""
    if number.unit != "count" and re.fullmatch(r"[A-Z]{3}", number.unit):
        return number
    if number.is_duration or number.is_year:
        return number
    found = currency_at(text, number.start, number.end, country_name, country_code)
    if found is None:
        return number
    unit, start, end = found
    return Number(start, end if end > number.end else number.end, number.value, unit)


def _converted_by(text: str, amount, conversion: Number, parens: list[tuple[int, int]]) -> bool:
    """Whether ``conversion`` is the US-dollar conversion of the amount before it: it opens the parenthesis right after
    the amount ("35 million ($247,160)", "2.5 million tenge (KZT) (approximately $7,500)")."""
    paren = next(((a, b) for a, b in parens if a < conversion.start < b), None)
    return conversion.unit == "USD" and paren is not None \
        and re.fullmatch(r"\s*(?:\(\s*[A-Z]{3}\s*\))?\s*", text[amount.end:paren[0]]) is not None \
        and re.fullmatch(r"\(\s*(?:(?:approximately|about|nearly|some|roughly|around|more\s+than|over)\s+)?", text[paren[0]:conversion.start],
                         re.I) is not None


_BRACKET, _EM_DASH = re.compile(r"[()]"), re.compile("—")


def _parentheses(text: str) -> list[tuple[int, int]]:
    spans, stack = [], []
    for bracket in _BRACKET.finditer(text):  # the brackets only, not every character
        i = bracket.start()
        if bracket.group() == "(":
            stack.append(i)
        elif stack:
            spans.append((stack.pop(), i + 1))
    # "identifying 383 victims—51 adult males, 176 adult females, 104 boys, and 52 girls—a decrease ...":
    # a pair of em dashes sets a remark apart as parentheses do
    dashes = [dash.start() for dash in _EM_DASH.finditer(text)]
    spans += [(a, b + 1) for a, b in zip(dashes[::2], dashes[1::2], strict=False)]
    # ("180 confirmed trafficking victims – 36 exploited in sex trafficking and 144 exploited in forced labor – among 510
    # potential victims identified": spaced en dashes, in a pair within one clause)
    spaced = [m.start() + 1 for m in re.finditer(r"\s–\s", text)]
    spans += [(a, b + 1) for a, b in zip(spaced[::2], spaced[1::2], strict=False) if not re.search(r"[;.]\s", text[a:b])]
    return sorted(spans)


#: The words of a comparison with another count or year ("compared with", "an increase from", "down from").
_COMPARED = re.compile(r"(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|comparison\s+(?:to|with)|"
                       r"(?:increase|decrease|decline|drop|rise|reduction)(?:\s+compared)?\s+(?:from|to|with|over)|"
                       r"(?:down|up)\s+from|(?:increased|decreased|declined|dropped|fell|rose)\s+from|versus)\b", re.I)


def _comparison_regions(text: str, parens: list[tuple[int, int]]) -> list[tuple[int, int, int | None]]:
    """``(start, end, year)`` of the parts of a sentence that compare with another year.

    "(36 in 2015)", "(21 victims of sex trafficking, ... in 2018)" — a parenthesis that states a
    year and no verb of its own — and what follows "compared with", "an increase from" up to the
    clause's end.
    """
    regions: list[tuple[int, int, int | None]] = []
    for start, end in parens:
        inner = text[start + 1:end - 1]
        years = [d.year for d in dates(inner)] or _bare_years(inner)
        if years and re.search(r"\d|\b(?:none|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b", inner, re.I) \
                and (not _word_class("ComparedActParticiples").search(_adjective_participles().sub(" ", inner))
                     or _repeats_the_verbs(text[_clause_start(text, start):start], inner)):
            regions.append((start, end, years[-1]))
        elif regions and regions[-1][2] and ";" in text[regions[-1][1]:start] \
                and re.fullmatch(r"[\w\s,’'-]+", inner) and len(numbers(inner)) >= 2 \
                and not re.search(r"\b(?:including|of\s+whom|of\s+which)\b", inner, re.I) \
                and (not re.search(r"\b(?:were|was)\b", inner, re.I) or _echoes(text[:start], inner)):
            # "(143 were victims ... in 2016); 212 were female and 91 were male (163 females and 18 males)":
            # a parenthesis of the same kind as the sentence's comparison before it, of its year
            regions.append((start, end, regions[-1][2]))
    for match in _COMPARED.finditer(text) if may_match(_COMPARED, text) else ():
        end = _clause_end(text, match.end())
        # "compared with identifying 126 victims – 114 females, 12 males, and 45 children – in 2021": a remark set
        # apart by a pair of dashes goes on the comparison, with its parts and its year
        while (remark := next((b for a, b in parens if end <= a <= end + 2 and text[a] in "–—"), None)) is not None:
            end = _clause_end(text, remark)
        # "compared with 124 potential victims identified in 2019, including 12 in servile marriage; 114 in 2018, including
        # nine ...; and 96 in 2017, ...": items set apart by semicolons, each a count and its year, go on the comparison
        while (item_after := _compared_item(text, end)) is not None:
            end = _clause_end(text, item_after.end())
        year_only = re.match(r"\s+(?:the\s+)?(?:calendar\s+|fiscal\s+)?(?:year\s+)?(?:19|20)\d\d\b", text[match.end():])
        if year_only:
            # "a decrease from 2009, during which authorities identified 13": compared with a year, not a count
            regions.append((match.end(), match.end() + year_only.end(), int(year_only.group()[-4:])))
            continue
        period_only = _COMPARED_PERIOD.match(text, match.end())
        if period_only:
            # "reported increased efforts compared to the government’s previously reported timeframe, initiating 86 ...":
            # compared with a period, the counts after the comma are of their own
            regions.append((match.end(), period_only.end(), None))
            continue
        # "compared with 32 in 2021, and all but one of these were girls": the comparison ends before a
        # new item that is no number ("..., and 323 in 2019" goes on)
        # ("..., and convicting eight traffickers in 2017", "..., and no convictions in 2017" go on too)
        item = re.compile(r",\s+and\s+(?!(?:\w+ing\s+)?(?:\d|no\b|zero\b|(?:%s)\b))|,\s+in\s+addition\s+to\b"
                          % "|".join(WORD_VALUES), re.I).search(text, match.end(), end)
        end = item.start() if item else end
        # "compared with eight in 2017, and prosecuting seven alleged traffickers, compared with two in 2017": an item
        # with a comparison of its own is a new count of the sentence
        compared_again = _COMPARED_AGAIN.search(text, match.end(), end)
        if compared_again:
            end = compared_again.start()
        # "compared with 35 the previous year and prosecutions of 17 defendants": after a dated item, a count of
        # another measure ("compared with 15 investigations and prosecutions of 49 ... in 2015" goes on)
        another = _with_words(r"\s+and\s+(?=(?:[\w-]+\s+)?(?:{CaseUnitNouns})\s+(?:of|against|involving)\s)").search(text, match.end(), end)
        if another and (dates(text[match.end():another.start()]) or _with_words(_PREVIOUS_YEAR).search(text, match.end(), another.start())):
            end = another.start()
        inside = next(((a, b) for a, b in parens if a < match.start() < b), None)
        if inside:
            end = min(end, inside[1])
        # "compared with 24 in 2020, of which three were foreign nationals (11 in 2020)": a part compared in a parenthesis
        # of the comparison's year is a part of the count of the reporting period, not of the one compared
        part = _PART_OF_WHICH.search(text, match.end(), end)
        if part:
            compared_years = [d.year for d in dates(text[match.end():part.start()])]
            own = next(((a, b) for a, b in parens if part.end() < a < end), None)
            if compared_years and own and compared_years[-1] in [d.year for d in dates(text[own[0]:own[1]])]:
                end = part.start()
        window = text[match.end():end]
        years = [d.year for d in dates(window)]
        regions.append((match.end(), end, years[-1] if years else None))
    return regions


@functools.lru_cache(maxsize=1)
def _adjective_participles() -> re.Pattern:
    """A participle between a count and its noun is an adjective, no verb of a clause: "(62 potential victims and 33
    officially identified victims in 2016)" (2018 Albania) compares counts as "(36 in 2015)" does."""
    return _with_words(r"(?:\d[\d,]*|\b(?:%s))(?:\s+\w+ly)?\s+(?:{ComparedActParticiples})"
                       r"(?=\s+(?:[\w-]+\s+)?(?:{CountedNouns})\b)" % _WORD)


def _compared_item(text: str, at: int) -> re.Match | None:
    """The item of a comparison set apart by a semicolon at ``at``, if it is one: no word of a verb or a measure between
    its count and its year ("compared with 15 in 2017; 11 cases were prosecuted in 2018": a clause of its own)."""
    item = _COMPARED_ITEM.match(text, at)
    if item is None:
        return None
    for word in item.group("words").split():
        if re.fullmatch(r"[a-z]+ed|(?:were|was|are|is|had|have|has)", word, re.I) \
                or any(entry.pattern.fullmatch(word) for entry in _measure_entries(nouns=True)):
            return None
    return item


_COMPARED_PERIOD = re.compile(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:time\s*frames?|(?:reporting\s+)?periods?)\s*,"
                              r"(?!\s*(?:when|during|in\s+which)\b)", re.I)


def _echoes(before: str, inner: str) -> bool:
    """Whether a parenthesis repeats the words before it with other numbers ("27 female and four male (34 were female
    and four male)"): the last word before it is in it."""
    last = re.search(r"([A-Za-z]+)\W*$", before)
    return last is not None and re.search(r"\b%s\b" % re.escape(last.group(1)), inner, re.I) is not None


@functools.lru_cache(maxsize=1)
def _opening_verb() -> re.Pattern:
    """A verb with its count opening a parenthesis, the count perhaps rounded (tip:RoundingWords)."""
    return _with_words(r"\s*(?:[A-Za-z-]+\s+){0,2}?([a-z]+ed)\s+(?:(?:{RoundingWords})\s+)?(?:\d|(?:%s)\b)" % _WORD)


def _repeats_the_verbs(before: str, inner: str) -> bool:
    """Whether a parenthesis opens with a verb and its own count, and one of its verbs with a count is one of the clause
    before it ("mobile teams identified 86 potential victims and assisted 316 individuals (identified 104 potential
    victims and assisted 390 individuals in 2018)"; "mobile teams assisted 362 street children (mobile teams identified
    86 potential victims and assisted 316 individuals in 2019)"): the clause said again for another year, a comparison."""
    if not _opening_verb().match(inner):
        return False
    counted = r"\b%s\s+(?:%s\s+)?(?:\d|(?:%s)\b)"
    rounding = _word_class("RoundingWords").pattern
    verbs = {m.group(1).lower() for m in re.finditer(counted % (r"([a-z]+ed)", rounding, _WORD), inner, re.I)}
    return any(re.search(counted % (re.escape(verb), rounding, _WORD), before, re.I) for verb in verbs)


def _bare_years(text: str) -> list[int]:
    """The year a parenthesis ends with when no preposition dates it ("(FY 2015)", "(... 2018)")."""
    match = re.search(r"\b((?:19|20)\d\d)\s*$", text.strip())
    return [int(match.group(1))] if match else []


_CLAUSE_END = (r";|\.\s|,\s+(?:and\s+)?(?:but|while|although|however|which|whereas)\b|\s[–—]\s|,\s+and\s+(?=\w+\s+(?:the\s+)?"
               r"(?:government|authorities|police|courts?|officials)\b)")
#: Where a clause-ending match starts, at every position where one does (a look-ahead: matches that overlap are all found).
_CLAUSE_END_AT = re.compile(f"(?=(?:{_CLAUSE_END}))")


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at ``start`` ends: the first clause-ending match that starts at or after it."""
    ends = _clause_ends(text)
    at = bisect.bisect_left(ends, start)
    return ends[at] if at < len(ends) else len(text)


@functools.lru_cache(maxsize=256)  # a sentence's numbers, zeros and clauses ask it four times a sentence, from other starts
def _clause_ends(text: str) -> tuple[int, ...]:
    return tuple(match.start() for match in _CLAUSE_END_AT.finditer(text))


# ("facilitating the repatriation of 90 victims while approximately 58 Ugandan victims remained ...": a clause of its own)
_CLAUSE_BREAK = re.compile(r";|:|\s[–—]\s|,\s+(?:but|while|although|however|whereas)\s|\s(?:while|whereas)\s")


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ends at ``end`` starts: the end of the last clause break in ``text[:end]``. The breaks of the
    whole sentence are found once; a break there that ``end`` cuts is read again in the prefix (the pattern has no
    anchor or look-around, so the other breaks of the prefix are the sentence's)."""
    starts, ends = _clause_breaks(text)
    at = bisect.bisect_right(ends, end)  # the breaks that end by ``end``
    if at < len(starts) and starts[at] < end:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text[:end])]
        return breaks[-1] if breaks else 0
    return ends[at - 1] if at else 0


@functools.lru_cache(maxsize=256)  # asked for each number, zero and actor of a sentence
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    found = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
    return tuple(a for a, _ in found), tuple(b for _, b in found)


# "In one investigation, police arrested five suspects": a sentence opening on one act picks it out of those the
# section counted, to tell what happened in it; "one" is no count of the act
_PICKS_ONE_OUT = r"\s*In\s+(?:one|a\s+single)\s+(?:[\w-]+\s+){0,2}?(?:{SingleActNouns})\s*,"  # compiled on first use


def _read(document: Document, text: str, number: Number, next_start: int, readings: list[_Reading],
          recent: list[_Reading], paren, region, parens: list[tuple[int, int]]) -> _Reading | None:
    """The measure(s), subject, total and comparison of one number, or ``None`` when it counts no measure."""
    picked = _with_words(_PICKS_ONE_OUT).match(text)
    if picked and number.end <= picked.end():
        return None
    lex = load_lexicon()
    topic = recent[-1] if recent else None
    # what "Of these, ..." breaks down: the latest total of the section, but no part is larger than its total ("repatriation
    # of 90 victims ... Of these, 141 were foreign victims": of the 214 identified before)
    whole_topic = next((r for r in reversed(recent) if r.unit == "count" and r.value >= number.value), topic) \
        if topic is not None and topic.unit == "count" and topic.value < number.value else topic
    clause_start = _clause_start(text, number.start)
    clause_end = _clause_end(text, number.end)
    after = text[number.end:min(next_start, clause_end)]
    # ("the two newly opened, NGO-operated shelters", "the 94 U.S. Attorney’s Offices": adjectives in a list, an abbreviation)
    # ("Six publicly funded men’s crisis centers": a noun in the possessive is its adjective, not what is counted)
    counted = _with_words(r"\s*((?:[\w’'“”-]+(?:\.[\w’'“”-]+)*\.?\+?(?:(?<=[a-z]),)?\s+){0,5}?)({CountedNouns})(?![’']s\b)", 0).match(after)
    if counted and _word_class("PhraseBreakWords").search(_FORMS_COORDINATED.sub("", counted.group(1))):
        # the noun belongs to another phrase ("24 were for sex trafficking and 11 cases", "242 received services outside
        # shelters", "15 received prison sentences"), but "185 sex and labor
        # trafficking case investigations" is one phrase
        counted = None
    if counted and _with_words(r"\s+(?:{VictimNouns})\b").match(after, counted.end()):
        # "one official victim": a counted noun before a noun of victims is its adjective
        counted = _with_words(r"\s*((?:[\w’'“”-]+\s+){0,5}?)({VictimNouns})\b", 0).match(after, 0)
    if counted and number.value != 1:
        counted = _qualified_noun(after, counted, r"\s*((?:[\w’'“”-]+\s+){0,9}?)")
    if counted is None:
        # "initiated one sex trafficking and two forced labor investigations": the noun of the last item is the list's
        counted = _with_words(r"\s*((?:(?!(?:and|or|in|for|by|to|from|at|were|was|who|of|on|with|\w+ed)\b)[\w’'-]+\s+){0,3}?(?:and|or)\s+(?:\d[\d,]*|(?:%s))\s+(?:[\w’'-]+\s+){0,3}?)({CountedNouns})"
                              % _WORD).match(text[number.end:clause_end])
    if counted:
        # "the two national hotlines": a counted noun before a noun of no statistic is its adjective
        noun = _with_words(r"\s+({NonStatisticNouns})\b").match(after[counted.end():])
        if noun:
            counted = re.match(r"\s*((?:[\w’'“”-]+\s+){0,5}?)(%s)\b" % re.escape(noun.group(1)), after)
    partitive = _PARTITIVE.match(after)
    subject = counted.group(0).strip() if counted else None
    if counted and subject:
        # "2,224 potential and 721 confirmed victims": the 2,224 count potential victims; what a count counts
        # never runs over another count's number (it would move the other's IRI when that number changes)
        listed = re.match(r"(.*?)\s+(?:and|or)\s+(?:\d[\d,]*|(?:%s))\s" % _WORD, subject, re.I)
        if listed:
            subject = f"{listed.group(1)} {counted.group(2)}".strip()
    head = counted.group(2) if counted else None
    rest = number.end + (counted.end() if counted else 0)
    of_victims = _with_words(r"\s+of\s+(?:[\w-]+\s+){0,2}?({OnlyVictimNouns})(?!\s+(?:labor|labour|trafficking|sex|abuse|exploitation|pornography)\b)\b"
                             ).match(text[rest:clause_end]) if head and _same_noun(head, "cases") else None
    if of_victims:
        # "800 cases of children in commercial sex": the cases count the children
        head, rest = of_victims.group(1), rest + of_victims.end()
    if partitive:
        # "Ten of these cases involved", "82 of whom were": the counted noun is after "of the"
        # (but "referred 90 of them to shelters": a preposition ends the partitive)
        tail = _with_words(r"\s+of\s+(?:the|these|those|them|whom|which|all)\s+((?:%s[\w’'-]+\s+){0,4}?)({CountedNouns})\b"
                           % _NO_PREPOSITION).match(after)
        # "12 of the 40 identified victims received government assistance": the verb after the named total is the 12's
        stated_total = _with_words(r"\s+of\s+(?:the|these|those|all)\s+[\d,]+\s+((?:[\w’'-]+\s+){0,3}?)({CountedNouns})\b"
                                   ).match(text[number.end:clause_end])
        tail = _qualified_noun(after, tail, r"\s+of\s+(?:the|these|those|them|whom|which|all)\s+((?:%s[\w’'-]+\s+){0,8}?)"
                               % _NO_PREPOSITION) \
            or _qualified_noun(text[number.end:clause_end], stated_total,
                               r"\s+of\s+(?:the|these|those|all)\s+[\d,]+\s+((?:[\w’'-]+\s+){0,8}?)")
        if tail:
            head, subject = tail.group(2), tail.group(0).strip()
            rest = number.end + tail.end()
        else:
            rest = number.end + partitive.end()
    # "only 18 of the 53 convicted sex traffickers—34 percent—received a prison sentence": a remark between the counted
    # noun and its verb is no word of either
    remark = next((b for a, b in parens if rest <= a < clause_end and not text[rest:a].strip()), None)
    if remark is not None and head is not None and not any(a <= number.start < b for a, b in parens):
        rest = remark
    earlier = [n for n in numbers(text[:number.start]) if not n.is_year and not n.is_duration] \
        if head is None and not partitive else []  # (read only then: the numbers of every prefix cost)
    if head is None and not partitive and earlier and not any(r.start == earlier[-1].start for r in readings) \
            and re.match(r"\s+(?:were|was)\b|\s+\w+ed\b", after):
        # "prosecuted two potential victims for prostitution ...; one was convicted and sentenced": the noun elided is that
        # of the count before, here of no statistic
        elided_noun = _with_words(r"\s+(?:[\w-]+\s+){0,2}?({OnlyVictimNouns})\b").match(text, earlier[-1].end)
        head = elided_noun.group(1) if elided_noun else None
    if head and _word_class("NonStatisticNouns").fullmatch(head) and _AS_VICTIMS.match(text, rest, clause_end):
        head = "victims"  # "identified two asylum applicants as potential trafficking victims": they are counted as victims
    if re.search(r"\b(?:no|zero)\s+[^;]{0,60}?,\s+(?:including|even)\s+(?:among|in)\s+(?:the\s+)?$",
                 text[max(clause_start, number.start - 100):number.start], re.I):
        return None  # "no prosecutions or convictions were made, including among the 4,000 cases NGOs referred"
    if re.fullmatch(r"\s*In\s+", text[clause_start:number.start]) \
            and re.match(r"\s+(?:[\w-]+\s+){0,2}?cases?\s*,", text[number.end:clause_end]):
        return None  # "In one 2015 case, a court ordered a convicted trafficker to pay ...": an example, no count
    if _with_words(r"\s+(?:[\w-]+\s+)?(?:{ProvisionNouns})\s+of\b").match(text, number.end, clause_end):
        return None  # "launched prosecutions against eight defendants under two sections of the 2014 anti-trafficking act"
    if re.search(r"\b(?:early\s+)?(?:release|deportation|extradition|transfer|pardon)s?\s+of\s+(?:more\s+than\s+|over\s+|about\s+|"
                 r"approximately\s+|at\s+least\s+)?$", text[max(0, number.start - 40):number.start], re.I):
        return None  # "resulted in the early release of more than 500 convicted traffickers": an act of no measure
    if re.match(r"\s+of\s+(?:the|its|their)\s+(?!(?:arr|inter|requ|t)est\b)(?:[\w-]+est|most|least|few|first|main|major)\b", text[number.end:clause_end], re.I):
        return None  # "led to the dismantling of one of the largest trafficking networks": a rank among many, no count
    if re.search(r"\b(?:whether|if)\s+$", text[max(0, number.start - 10):number.start], re.I):
        return None  # "failed to adequately investigate whether one of the suspects ... may have been a victim"
    estimate = next(reversed(list(re.finditer(r"\bestimat\w*\b", text[clause_start:number.start], re.I))), None)
    # ("the government estimated it identified 100 victims in 2019": an estimate of the count of an act named between
    # them is a count of the act, not a prevalence)
    if estimate and not _verbs_before(_measure_entries(), text[clause_start + estimate.end():number.start]) \
            or re.search(r"\bbetween\s+$", text[max(0, number.start - 10):number.start], re.I) \
            or re.search(r"\bbetween\s+[\d,.]+(?:\s+(?:million|thousand))?\s+and\s+$", text[max(0, number.start - 40):number.start], re.I):
        return None  # "NGOs estimate that between 150,000 and 300,000 children work ...": prevalence, no statistic
    if re.search(r"\b(?:its|the|their|a|his|her)\s+$", text[max(0, number.start - 8):number.start], re.I) \
            and re.match(r"\s+(?:[A-Z][\w’'-]+\s+){1,}(?:Plan|Act|Law|Code|Strategy|Program(?:me)?|Decree|Report)\b", after):
        return None  # "its 2108 National Action Plan", a name (here with a mistyped year)
    if number.unit == "count" and (re.search(r"\b(?:of|among(?:st)?)\s+(?:the|all|these|those)\s+$", text[max(0, number.start - 20):number.start], re.I)
                                   or (names_parts := _NAMES_ITS_PARTS.match(text)) is not None and names_parts.end() == number.start
                                   or re.fullmatch(r"\s*(?:The|These|Those)\s+", text[:number.start])):
        # "Of the 419 victims, 109 were under age 18": the 419 names a total stated before
        named = next((r for r in list(reversed(readings)) + list(reversed(recent))
                      if r.value == number.value and r.unit == "count" and r.total is None and not r.comparison), None)
        if named is not None:
            return _Reading(number.start, number.end, number.value, "count", list(named.measures), subject,
                            restates=named)
        if any(n.value == number.value and not n.is_year for n in numbers(text[:number.start])):
            # "prosecuted 59 potential victims for immigration violations; one of the 59 charged was a child": the
            # count named again was no statistic
            return None
    if re.match(r"\s+(?:for|in|at|of|run|operated|managed)\b", text[number.end:]) and _with_words(
            r"(?:\d[\d,]*|\b(?:%s))\s+(?:(?!(?:in|at|from|to|for)\b)[\w-]+\s+){0,2}?(?:{NonStatisticNouns})\s*,\s*(?:[^;.()]*?(?:,|\band)\s+)?$"
            % _WORD).search(text[max(0, number.start - 120):number.start]):
        # ("17 in other countries, compared to 196 ... in 2017, and 20 in 2016": victims in places, not places)
        return None  # "two specialized shelters, one for child trafficking victims and one for adult ...": parts of facilities
    whole = _WHOLE_AFTER.match(text, number.end, clause_end)
    if whole and _with_words(r"(?:[\w-]+\s+)?(?:{NonStatisticNouns})").match(text[whole.end():clause_end]):
        return None  # "protocols in 17 of 31 states": parts of places, no count of the response
    if re.match(r"\s+(?:more|fewer|less)\s+(?:[\w-]+\s+){0,3}?than\b", text[number.end:clause_end], re.I):
        return None  # "the following information included 162 more persons than the total number of victims": a difference
    if _with_words(r"\s+(?:[\w-]+\s+){0,3}?(?:{AtLargeWordings})").match(text[number.end:clause_end]):
        return None  # "of whom 447 had been arrested and 99 remained at large"
    segment = text[max([0] + [m.end() for m in re.finditer(r"[;:]", text[:number.start])]):number.start]
    if _with_words(_SEVERAL_YEARS).search(segment) and not re.search(r"(?:19|20)\d\d", text[number.end:_clause_end(text, number.end)]):
        return None
    if number.unit == "count" and (_with_words(r"\b(?:a|an)\s+$").search(text[max(0, number.start - 4):number.start])
                                   and _with_words(r"(?:\s+(?!(?:to|for|and|or|with)\b)[\w-]+){0,2}?\s+(?:{FineNouns})\b").match(text, number.end, clause_end)
                                   or _with_words(r"\b(?:{FineNouns})\s+(?:of|totall?ing|amounting\s+to)\s+(?:(?:up\s+to|approximately|about|between)\s+)?$")
                                   .search(text[max(0, number.start - 60):number.start])):
        return None  # "a 500,000 CFA fine", "a fine of 500,000": an amount of money, in a currency not known or not named
    if number.is_money:
        amount = _money(text, number, clause_start, clause_end, readings, topic)
        if amount is not None and region is not None and amount.total is None:
            # "compared with 450,000 euros ($510,000) in 2017": an amount of its own year
            amount.comparison = True
            amount.compared_with = next((r for r in reversed(readings) if r.end <= region[0] and r.unit == amount.unit
                                         and not r.comparison), None)
        return amount
    # "hiring 90 nurses", and the list it opens: "comprised nine persons focused on trafficking and 23 persons ..."
    describing = _with_words(r"(?:{DescribingVerbs})\s+(?:(?:approximately|about|some|at\s+least|more\s+than)\s+)?(?:(?:\d[\d,]*|%s)\s+[^;:.\d]{0,60}?(?:,|\band)\s+)?$"
                             % _WORD).search(text[max(clause_start, number.start - 100):number.start])
    # ("Of the 180 confirmed victims, traffickers exploited 23 women and seven girls in sex trafficking": parts of victims)
    # ("Of the 482 victims identified in the country, traffickers exploited 217 in forced labor": the same)
    of_victims = re.match(r"\s*(?:Of|Among(?:st)?)\s+(?:the|these|those|all(?:\s+the)?)\s+(?:[\d,]+\s+)?(?:[\w-]+\s+){0,3}?(?:victims|survivors)"
                          r"(?:\s+[\w-]+){0,4}?\s*,", text)
    # ("a total of 121 victims comprising 112 females, nine males, and 32 children": parts of the victims)
    described_at = max(clause_start, number.start - 100) + describing.start() if describing else 0
    victims_comprising = describing is not None and re.match(r"compris(?:ing|ed\s+of)|consisting\s+of", text[described_at:], re.I) \
        and _with_words(r"(?:\d[\d,]*|\b(?:%s))\s+(?:[\w-]+\s+){0,2}?(?:{VictimNouns})\s+$" % _WORD).search(
            text[max(0, described_at - 60):described_at])
    if describing and not _LISTS_ITS_PARTS.search(text[max(0, number.start - 120):number.start]) \
            and not victims_comprising \
            and not (of_victims and of_victims.end() <= number.start) \
            and not re.match(r"\s*\S+\s+(?:\d[\d,]*|%s)\s+of\s+(?:these|those|the|all)\s+(?:[\w-]+\s+){0,2}?(?:victims|survivors)\b" % _WORD,
                             text[max(clause_start, number.start - 100) + describing.start():], re.I):
        # but "Traffickers exploited 74 of these identified victims in sex trafficking and 86 in forced labor": parts
        # of the victims, by form
        return None  # "a fishing firm accused of forcing 30 crew members", "hiring 90 nurses"
    if number.unit != "count":
        return None
    if head is None and not partitive and re.match(r"\s+(?:for|of|were|in)\b", after):
        # "552 suspects for sex trafficking (...), 30 for labor trafficking": the list counts the same noun
        previous = next((r for r in reversed(readings) if not r.comparison and r.subject), None)
        if previous is not None and re.search(r",\s*(?:and\s+)?$", text[max(0, number.start - 4):number.start]):
            head = re.split(r"\s+", cast(str, previous.subject))[-1]  # found with a subject
            if not _word_class("CountedNouns").fullmatch(head):
                head = None
    percent = re.search(r"\d\s*(?:percent|per\s+cent|%)\s*$", text[:paren[0]]) if paren is not None and paren[0] < number.start else None
    if percent and head is not None and _word_class("VictimNouns").fullmatch(head):
        # "a limited number of victims received assistance – 24 percent (36 victims) in 2022": the count of a percentage
        # has the measure of the percentage's words
        percent_start = max([0] + [m.end() for m in re.finditer(r";", text[:percent.start()])])
        percent_measures = _verbs_before(_measure_entries(), text[percent_start:percent.start()])
        if percent_measures:
            return _checked(_Reading(number.start, number.end, number.value, "count", percent_measures, subject, source="before"),
                            head, True)
    if percent and head is None and re.fullmatch(r"\(\s*[\d,]+\s*\)", text[paren[0]:paren[1]]):
        # "49 percent (339) of identified victims received assistance": the count of a share of people has the measure of
        # the verb the share is the subject of
        share = _with_words(r"\s*of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?({VictimNouns})\b").match(text, paren[1], clause_end)
        verb = _SUBJECT_VERB.match(text, share.end(), clause_end) if share else None
        share_measures = _measures_in(_measure_entries(), verb.group(1), anchored=True) if verb else []
        if share and share_measures:
            return _checked(_Reading(number.start, number.end, number.value, "count", share_measures, share.group(0).strip(),
                                     source="after"), share.group(1), True)
    including_word = bool(re.search(r"(?:\bincluding|\bamong(?:st)?\s+(?:them|whom))\s+(?:an?\s+|only\s+|at\s+least\s+|approximately\s+)?$",
                                    text[max(0, number.start - 30):number.start], re.I))
    including = including_word or paren is not None
    # in a comparison or after "including", the verbs before the number are those of the count it
    # is compared with or part of
    # "Among those arrested, one trafficker was later released on bail": the opening's participle names the whole, not
    # the part's act
    opener = _with_words(_OPENS_WITH_THINGS).match(text)
    own_start = max(clause_start, opener.end()) if opener and opener.end() <= number.start else clause_start
    own, source = _own_measures(text, number, own_start, rest, clause_end, head, lex, parens,
                                verbs_before=region is None and not including)
    if not own and region is None and not including and head and counted and _word_class("OnlyVictimNouns").fullmatch(head) \
            and _with_words(r"\s*(?:(?:{VictimQualifiers})\s+)*").fullmatch(counted.group(1)):
        # "The public ministry reported 882 suspected victims in 2018": victims an agency reports are victims it
        # identified (STATISTICS.md: identified "by anyone"), but not "the ILO recorded 53 violations but concluded ..."
        reported = next((key for key, pattern in _report_wordings()
                         if pattern.search(text, max(clause_start, number.start - 40), number.start)), None)
        own, source = ([reported], "before") if reported else (own, source)
    if not own and paren is not None and re.fullmatch(r"\(\s*[\w-]+\s+(?:out\s+)?of\s+[\w,-]+\s*\)", text[paren[0]:paren[1]]) \
            and re.fullmatch(r"\s*\)", text[number.end:paren[1]]):
        # "Half of the convicted traffickers (four of eight) received fully suspended prison sentences": the whole in
        # parentheses is the people they follow, counted by their words (the convicted), not by the part's verb after
        followed = re.search(r"\b(%s)\s+[\w-]+\s*$" % _WORD_RUN, text[max(clause_start, paren[0] - 60):paren[0]])
        modifiers = _measures_in(_measure_entries(), followed.group(1), anchored=False) if followed else []
        own, source = (_fit(modifiers, None, text, number), "modifier") if modifiers else (own, source)
    if not own and paren is not None and re.fullmatch(r"\(\s*[\d,]+\s*\)", text[paren[0]:paren[1]]):
        # "Slightly more than half of identified victims (64) were members of ethnic minority communities": a number
        # alone in parentheses counts the victims it follows, of the measure their words name
        numbered = _with_words(r"\b(%s)\s+({VictimNouns})\s*$" % _WORD_RUN).search(text[max(0, paren[0] - 60):paren[0]])
        if numbered:
            own = _fit(_measures_in(_measure_entries(), numbered.group(1), anchored=False), numbered.group(2), text, number)
            source = "modifier" if own else source
    if not own and paren is not None and re.fullmatch(r"\(\s*[\d,]+\s*,?\s+(?:compared\s+(?:to|with)|versus|vs\.|(?:up|down)\s+from)\s[^()]*\)",
                                                      text[paren[0]:paren[1]]):
        # "The government identified fewer potential child victims of trafficking (200 compared to 252)": a count opening
        # the parenthesis after the victims it counts, compared there, is the count of the verb before them
        counted_before = _with_words(r"\b({VictimNouns})(?:\s+of\s+(?:human\s+)?trafficking)?\s*$").search(text, clause_start, paren[0])
        if counted_before:
            own = _fit(_verbs_before(_measure_entries(), text[clause_start:paren[0]]), counted_before.group(1), text, number)
            source = "before" if own else source
    if not own and region is None and not including and _CLAUSE_OF_ITS_OWN.search(text, clause_start, number.start):
        return None  # the object of a verb that names no measure, in a clause of its own
    whom = re.match(r"\s*,\s+(?:to\s+)?whom\s+(?:they|it|he|she|the\s+[\w-]+|authorities|officials|police)\s+", text[rest:clause_end], re.I)
    if own and whom:
        # "identifying 70 potential victims, to whom they provided temporary accommodation": a second measure
        more = _measures_in(_measure_entries(), text[rest + whom.end():clause_end], anchored=True)
        own = own + [m for m in _fit(more, head, text, number) if m not in own]
    if "convictions" in own and source == "before" \
            and re.match(r"\s+(?:on|of|for)\s+(?:[\w-]+\s+){0,2}?prostitution\b", text[rest:clause_end], re.I):
        own = ["prostitution_convictions"]  # "convicted five men for facilitating prostitution": no trafficking conviction
    if "prosecutions" in own and source == "before" and _FOR_CHILD_LABOR.match(text, rest, clause_end):
        own = ["child_labor_prosecutions"]  # "prosecuted four defendants for exploitative child labor using the Children's Act"
    if "prison_sentences" in own and _sentenced_without_prison(text, number.end, clause_end):
        # "sentenced four traffickers to fines": no prison sentence, and a penalty of no measure (STATISTICS.md: fines
        # imposed, probation are out of vocabulary); "convicted and sentenced four traffickers to fines": convicted
        own = [m for m in own if m != "prison_sentences"]
        if not own:
            return None
    joined = readings[-1] if readings and not readings[-1].comparison and readings[-1].unit == "count" else None
    if source == "after" and joined is not None and joined.source == "before" and head \
            and re.fullmatch(r"\s+(?:[^\W\d]+[\s-]+){0,8}?and\s+", text[joined.end:number.start]) \
            and re.match(r"\s+(?:\w+ly\s+)?\w+ed\b", text[rest:]):
        # "provided assistance to 25 suspected trafficking victims repatriated from Guinea and one victim identified
        # the previous reporting period": a second object joined by "and" to a count of the verb before is that verb's;
        # the bare participle after its noun only says who they are
        own, source = list(joined.measures), "before"
    stated_whole = re.search(r"\d[\d,]*\s+(?:out\s+)?of\s+(\d[\d,]*)\b", text[clause_start:region[0]]) if region is not None else None
    if stated_whole and re.search(r"\d\s+(?:out\s+)?of\s+$", text[max(0, number.start - 16):number.start]) \
            and not any(r.value == int(stated_whole.group(1).replace(",", "")) for r in readings):
        return None  # "approved 134 of 235 applications ..., compared with 185 of 283 in 2019": as the 235, the 283 counts none
    if source != "noun" and (re.search(r"\bout\s+of\s+(?:a\s+total\s+of\s+)?$", text[max(0, number.start - 20):number.start], re.I)
                             or region is None and re.search(r"\d\s+of\s+$", text[max(0, number.start - 12):number.start])):
        # a whole after its part ("N out of M <noun>", "N of M <noun>") is counted by its own words, not by the verb
        # before, which is the part's: "referred 148 of 150 identified victims" (the 150 identified), "one male ...
        # identified as a labor trafficking victim out of 180 vulnerable individuals law enforcement officials screened"
        # (people screened), "approved 110 out of 124 applications requesting official victim status" (no count); but in
        # a comparison the whole is the count compared ("(34 of 135 involved forced labor in 2017 and 12 of 45 in 2016)")
        modifiers = _measures_in(_measure_entries(), counted.group(1), anchored=False) if counted else []
        later = modifiers or _verbs_after(_measure_entries(), text, rest, min(clause_end, rest + 60))
        own, source = (_fit(later, head, text, number), "modifier" if modifiers else "after") if later else ([], None)
        if not own:
            return None
    previous = readings[-1] if readings else None
    if head and _word_class("CaseUnitNouns").fullmatch(head) and previous is not None and previous.head \
            and not previous.comparison and set(previous.measures) & set(_CASE_MEASURES) \
            and re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}?in\s+", text[previous.end:number.start]):
        # "convicted 15 offenders in six cases and acquitted 40 ...": the cases of the people before them
        own, source = [m for m in previous.measures if m in _CASE_MEASURES], "special"
    elif head and _word_class("CaseUnitNouns").fullmatch(head) and previous is not None \
            and previous.measures and set(previous.measures) <= set(_VICTIM_MEASURES) \
            and re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}?in\s+", text[previous.end:number.start]):
        # (compared too: "compared with 199 victims identified in 2020, of which 140 were identified in two cases")
        return None  # "identified 83 trafficking victims in two cases": the victims' cases, no count of the response
    if head and _word_class("NonStatisticNouns").fullmatch(head):
        # "trained 30 social workers from all 14 regions": only people are trained
        allowed = ({"people_trained"} if _word_class("TraineeNouns").fullmatch(head) else set()) | set(_other_measures())
        if _word_class("OfficialNouns").fullmatch(head) or _word_class("TraineeNouns").fullmatch(head) and source == "before":
            # "proceedings against three complicit officials", "arrested 15 Quranic school teachers": people
            allowed |= set(_CASE_MEASURES)
        if not set(own) & allowed:
            return None
        own = [m for m in own if m in allowed]
    if counted and counted.group(1).strip() and source == "after" \
            and re.search(r"\bof\s+(?:the|these|those|all)\s+$", text[max(0, number.start - 16):number.start], re.I):
        # "just 12 of the 40 identified victims received ...": the 40 are those identified
        fitted = _fit(_measures_in(_measure_entries(), counted.group(1), anchored=False), head, text, number)
        own, source = (fitted, "modifier") if fitted else (own, source)
    if not own and counted and counted.group(1).strip():
        # "63 identified victims", "seven arrested suspects": a measure in the words of the noun
        own = _fit(_measures_in(_measure_entries(), counted.group(1), anchored=False), head, text, number)
        source = "modifier" if own else None
    breakdown_marker = bool(_BREAKDOWN_BEFORE.search(text[max(0, number.start - 60):number.start])) or bool(partitive)
    # "Of the 611, the GPS identified 304": the total named again opens the sentence, its parts follow
    opens_breakdown = bool(_SENTENCE_OPENS_BREAKDOWN.match(text)) and all(r.restates is not None or r.comparison for r in readings)
    things = _with_words(_OPENS_WITH_THINGS).match(text)
    if things and _word_class("NonStatisticNouns").fullmatch(things.group(1) or "") and things.end() <= number.start \
            and (head is None or partitive or re.match(r"\s*(?:were\s+|was\s+)?\w+ed\b", after)):
        return None  # "Of the 30 shelters, five were run by NGOs": parts of a count of no measure
    said = _said_victims(text, number, rest, clause_start, clause_end, head is None and not partitive)
    if head and _word_class("VictimNouns").fullmatch(head) and _with_words(_OF_OTHER_HARM).match(text, rest, clause_end):
        said = None  # "820 victims of sexual violation and/or sexual exploitation": victims of another crime
    if head and _word_class("VictimNouns").fullmatch(head) and _with_words(r"\s+as\s+(?:[\w-]+\s+){0,2}?victims?" + _OF_OTHER_HARM).match(text, rest, clause_end):
        said = None  # "identified the five other potential victims as victims of other crimes, such as migrant smuggling"
    if head and _with_words(_AT_RISK).match(text, rest, clause_end):
        said = None  # "The government supported 167 children at risk of, or exploited in, sex trafficking": people at risk
    if source == "before" and own == ["investigations"] and head and _word_class("CaseUnitNouns").fullmatch(head) \
            and _verbs_before(_measure_entries(), text[clause_start:number.start])[-1:] == ["victims_referred"] \
            and _referred_elsewhere(text, number):
        return None  # cases referred to a unit for review are no investigations (only cases referred to prosecutors are)
    if "victims_referred" in own and _with_words(_TO_LAW_ENFORCEMENT).match(text, rest, clause_end):
        # "referred 26 victims to police for formal identification": a referral to care is the measure (STATISTICS.md)
        own = [m for m in own if m != "victims_referred"]
    reading = _Reading(number.start, number.end, number.value, "count", own, subject, source=source)
    if region is not None and paren is not None and paren[0] > region[0] and not own:
        # "compared with 204 total convictions in 2021 (81 trial and 123 appellate)": parts of the 204
        before_paren = next((r for r in reversed(readings) if r.end <= paren[0] and paren[0] - r.end <= 40), None)
        if before_paren is not None and not re.search(r"(?:19|20)\d\d", text[paren[0]:paren[1]]):
            reading.measures, reading.total, reading.comparison = list(before_paren.measures), before_paren, True
            (reading.dimension, reading.category) = breakdown_of(text[number.end:min(next_start, paren[1])])
            return _checked(reading, head, said)
    if region is not None:
        reading.comparison = True
        if not own:
            # "compared with prosecutions of 15 defendants": a wording inside the comparison
            own = _fit(_verbs_before(_measure_entries(), text[region[0]:number.start]), head, text, number)
            reading.measures = own
        mirror = _mirror(readings, region, paren)
        compared_part = next((r for r in reversed(readings) if r.end <= region[0] and not r.comparison
                              and _PART_OF_A_WHOLE.match(text, r.end)), None) if _PART_OF_A_WHOLE.match(text, number.end) else None
        if compared_part is not None:
            # "sentenced 14 out of the 20 convicted traffickers to at least one year ..., compared with 11 out of 12
            # convicted traffickers": a part of a whole compared with a part of a whole counts what that part counts
            own = reading.measures = list(compared_part.measures)
            mirror = compared_part
        if own and source == "after" and mirror is not None and mirror.source == "before" and not set(own) & set(mirror.measures) \
                and set(own) <= set(_verbs_after(_measure_entries(), text, mirror.end, region[0], parens)):
            # "repatriated two Zambian victims identified in South Africa, compared to 10 Zambian victims identified in
            # various countries in 2018": a participle the count compared with has too describes the victims of both
            own = reading.measures = list(mirror.measures)
        if mirror is not None and paren is not None and re.match(r"\s+of\s+(?:whom|which)\b", text[mirror.end:]) \
                and re.match(r"[^()]*?,\s*(?:[\w-]+\s+)?of\s+(?:whom|which)\b", text[number.end:paren[1]], re.I):
            # "assisted 25 ... victims abroad, 16 of whom were returned to Australia (15 individuals abroad, four of
            # whom returned to Australia in 2017)": the 15 are compared with the 25, the four with the 16
            mirror = next((r for r in reversed(readings) if r.end <= mirror.start and not r.comparison and r.total is None), mirror)
        negated = _negated_measure(lex, text, mirror.end if mirror else clause_start, region[0])
        part_of = next((r for r in reversed(readings) if r.comparison and r.total is None and region[0] <= r.start), None) \
            if including_word or breakdown_marker and paren is None else None
        if part_of is None and readings and readings[-1].comparison and readings[-1].listed_part \
                and re.fullmatch(r"[^,;()]*?(?:,|\band)\s*", text[readings[-1].end:number.start]):
            part_of = readings[-1].total  # "including 24 sex trafficking cases and 16 forced labor cases"
        reading.compared_with = mirror
        if not own and paren is not None and paren[0] in (region[0], region[0] - 1) \
                and re.search(r"(?:\d[\d,]*|\b(?:%s))\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*$" % _WORD, text[max(clause_start, paren[0] - 60):paren[0]], re.I) \
                and not any(paren[0] - 60 <= r.end <= paren[0] for r in readings):
            return None  # "identified 160 street children (510 in 2018)": compared with a count of no statistic
        if not own and negated:
            reading.measures, mirror = [negated], None  # "no convictions were made, down from one in 2013"
        elif not own and part_of is not None:
            reading.measures = list(part_of.measures)
        elif not own and mirror is not None:
            reading.measures = list(mirror.measures)
        elif not own and (number_of := _with_words(_NUMBER_OF).search(text, clause_start, region[0])):
            # "did not report the number of victims repatriated, compared to 15 in 2018": what the number is of
            reading.measures = _measures_in(_measure_entries(), number_of.group(1), anchored=True)
        elif not own and mirror is None and not re.search(r"\bthan\b", compared_act := text[_clause_start(text, region[0]):region[0]]) \
                and (verbs := _fit(_verbs_before(_measure_entries(), compared_act, acts_only=True), head, text, number)):
            # "accommodated the only child victim, compared to four victims in 2015": compared with an act whose count is
            # not written, the count of the year compared is of that act's measure (STATISTICS.md: its own year); not
            # the act of a comparative ("many more than formally identified by the authorities (compared with 76 ...")
            reading.measures = verbs
        elif not own and topic is not None and topic.unit == "count":
            reading.measures = list(topic.measures)
        if part_of is not None and set(reading.measures) & set(part_of.measures):
            # "compared with 40 cases in 2020, including 24 sex trafficking cases": a part of the 40
            reading.total, reading.listed_part = part_of, True
            (reading.dimension, reading.category) = breakdown_of(text[number.end:min(next_start, clause_end)] + " " + (subject or ""))
        elif mirror is not None and mirror.total is not None and set(reading.measures) & set(mirror.total.measures):
            reading.total, reading.dimension, reading.category = mirror.total, mirror.dimension, mirror.category
            # a comparison that lists parts names each one's category ("(34 were victims of sex trafficking, 18 of forced
            # labor, two for forced begging ... in 2018)"), not the last part's before it
            dimension, category = breakdown_of(text[number.end:min(next_start, region[1])])
            if dimension == mirror.dimension and category:
                reading.category = category
        if not reading.measures:
            return None
        return _checked(reading, head, said, own_verb=bool(own) and mirror is not None and head is not None
                        and mirror.head is not None and not _same_noun(head, mirror.head))
    # the total a number breaks down: the count before its parenthesis, the count it is "of",
    # the count the sentence's list follows, or the topic of "Of these, ..."
    total = None
    if paren is not None:
        total = next((r for r in reversed(readings) if r.end <= paren[0] and paren[0] - r.end <= 80 and not r.comparison
                      and not re.search(r";|percent|%", text[r.end:paren[0]])), None)
    if total is None and (breakdown_marker or opens_breakdown):
        stated = re.search(r"\bof\s+(?:the|all)\s+(\d[\d,]*)\b", text[max(0, number.start - 60):number.start + 60], re.I)
        candidates = [r for r in reversed(readings) if not r.comparison and r.total is None] + list(reversed(recent))
        if stated:
            value = int(stated.group(1).replace(",", ""))
            total = next((r for r in candidates if r.value == value), None)
        if total is None and partitive and head:
            # "Ten of these cases": the last total that counted cases
            total = next((r for r in candidates if r.subject and _same_noun(r.subject.split()[-1], head)), None)
        if total is None and stated and value != number.value and not own \
                and re.match(r"\s*(?:Of|Among(?:st)?)\s+(?:the|all)\s+[\d,]+\b", text):
            # "Of the 78 cases not approved in 2017, 34 were refused": parts of a count of no measure
            return None
        if total is None:
            total = next((r for r in reversed(readings) if not r.comparison and r.total is None), None) or \
                (whole_topic if opens_breakdown or not readings else None)
    if total is not None and including and source in ("after", "before", "modifier") \
            and not set(own) & set(total.measures) and total.unit == "count":
        own = []  # "assisted 29 victims, including 19 victims newly referred to the shelter": part of the 29
    cases_before = readings[-1] if readings and not readings[-1].comparison and readings[-1].unit == "count" else None
    # ("initiated 32 trafficking investigations (25 for sex trafficking and seven for forced labor) involving 19 suspects":
    # the cases before the parenthesis of their parts)
    before_parts = next((r for r in reversed(readings) if r.total is None and not r.comparison and r.unit == "count"), None)
    closing = next((b for a, b in parens if before_parts is not None and before_parts.end <= a and b <= number.start
                    and re.fullmatch(r"[\w\s’'-]{0,60}", text[before_parts.end:a])), None)
    if closing is not None and cases_before is not None and cases_before.total is before_parts:
        cases_before = before_parts
    gap_end = closing if closing is not None and cases_before is before_parts else None
    cases_noun = cases_before and (cases_before.head or ((cases_before.subject or "").split() or [""])[-1])
    if (not own or source == "before") and head and cases_before and cases_noun and _word_class("CaseUnitNouns").fullmatch(cases_noun) \
            and not _word_class("CaseUnitNouns").fullmatch(head) \
            and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}?(?:involved|involving|concerned|against)\s+(?:approximately\s+|about\s+|at\s+least\s+)?",
                         text[gap_end or cases_before.end:number.start], re.I):
        # "The 313 cases involved 546 alleged traffickers": the people of the cases before, a second unit of their measure
        reading.measures = [m for m in cases_before.measures if m in _CASE_MEASURES]
        return _checked(reading, head, said) if reading.measures else None
    if total is None and (not own or source == "before"):
        # "Of the investigations, there were 356 for sex trafficking (...), 21 for labor trafficking": the
        # list goes on breaking down the same total
        last_part = next((r for r in reversed(readings) if r.total is not None and not r.comparison), None)
        total = last_part.total if last_part is not None else None
        if total is not None and own and not set(own) & set(total.measures):
            total = None
        if last_part is not None and source == "before" and ";" in text[last_part.end:number.start] \
                and _verbs_before(_measure_entries(), text[last_part.end:number.start]):
            # "15 forced labor victims (10 men and five women), 14 of whom were foreign nationals; and a labor
            # organization identified 55 foreign workers": a count of a verb of its own after the list
            total = None
    elided = not own or source == "before" and head is None and not counted
    # "identifying 124 potential victims, 72 Colombians, one Peruvian, ...": people set beside a count of victims by a
    # comma alone are said to be victims, as parts of it if they add up to it (_parts_that_add_up); but "56 female
    # victims, six male victims": victims beside victims are of their own kind
    apposed = readings[-1] if readings and said is False and head and _word_class("PeopleNouns").fullmatch(head) else None
    if apposed is not None and apposed.total is None and not apposed.comparison and apposed.measures \
            and set(apposed.measures) <= set(_VICTIM_MEASURES) and (not own or set(own) & set(apposed.measures)) \
            and _with_words(_APPOSED_PARTS).fullmatch(text, apposed.end, number.start):
        said = True
    if total is None and elided and readings:
        # "; eight were sex trafficking victims, 11 ..." after a total of the sentence (the verb before
        # is the total's: "identified 24 victims (...); eight were ...", "Of all 167 victims assisted, 65 were")
        last_total = next((r for r in reversed(readings) if not r.comparison and r.total is None and r.unit == "count"), None)
        # (but "trained 270 civil servants; the government trained approximately 600 police employees": a count of a
        # verb of its own larger than the total is no part of it; and "trained approximately 600 police employees; the
        # Ministry of Social Affairs trained 270 civil servants": one with its own verb, subject and noun after ";" neither,
        # whatever its size; "referred 150 potential victims to CPTV (106 in 2015); the government referred 81, ...": one
        # that leaves its noun out counts those of the total, by who acted)
        if last_total is not None and (head is None or _compatible(last_total.measures, head)) \
                and (not own or set(own) & set(last_total.measures) and number.value <= last_total.value
                     and not (re.match(r"\s+(?!(?:and|or)\b)\w", text[number.end:clause_end])
                              and _own_subject_after_semicolon(text, last_total.end, number.start))) \
                and not _new_beside_carried_on(text, last_total, number.start):
            total = last_total
    if total is None and not own and whole_topic is not None and whole_topic.unit == "count" \
            and (head is None or _word_class("VictimNouns").fullmatch(head)) and _compatible(whole_topic.measures, head) \
            and (re.match(r"\s*(?:(?:\w+\s+){0,3}?(?:were|was)\b|of\b|for\b)", after)
                 or head is not None and re.search(r"\bthere\s+(?:were|was)\s+(?:also\s+|only\s+)?(?:at\s+least\s+|approximately\s+|about\s+|more\s+than\s+|nearly\s+)?$",
                                                   text[max(clause_start, number.start - 40):number.start], re.I)
                 or paren is not None and _opens_parenthesis_after_form(text, paren, number)):
        # "In 2015, 21 victims were subjected to sex trafficking, three to forced labor"; "there were also five victims of
        # Indian nationality"; "Forced begging was the most common form ..., followed by sex trafficking (17 victims,
        # including seven children), forced labor (seven victims)"
        # Indian nationality" among the victims identified before
        total = whole_topic
    if total is not None and re.search(r"\b(?:additional|another|further|other|continu(?:ing|ed)|in\s+addition\s+to)\s+$",
                                       text[max(0, number.start - 18):number.start], re.I):
        total = None  # "; an additional 30 cases ...", "and continuing 14 ...": beside the count before, not part of it
    if not own and total is None and head is not None:
        # "Kosovo residents, including three children, made up the majority of identified trafficking victims"
        later = _verbs_after(_measure_entries(), text, rest, clause_end, parens)
        own = _fit(later, head, text, number) if later else []
        reading.measures = own
    if not own and partitive and re.search(r"\bin\s+$", text[max(0, number.start - 4):number.start], re.I) \
            and re.match(r",?\s*(?:the\s+)?(?:they|it|he|she|courts?|judges?|authorities|the\s+\w+)\s+\w+ed\b", text[rest:clause_end], re.I):
        return None  # "in two of these cases the judges ordered compensation": a clause of its own about the cases
    # ("Seven of the eight convicted traffickers were imprisoned": the total's participle is no verb of the part)
    named_total = _with_words(r"\s+of\s+(?:the|these|those|them|whom|which|all)\s+(?:[\w’'-]+\s+){0,4}?(?:{CountedNouns})\b"
                              ).match(text, number.end, clause_end) if partitive else None
    verb_at = max(rest, named_total.end()) if named_total else rest
    own_verb = _with_words(_OWN_VERB, 0).match(text, verb_at, clause_end) if not own or partitive and source not in ("after", "noun") else None
    verb_group = own_verb.lastindex or 1 if own_verb else 1
    if own_verb and not _word_class("VictimWords").fullmatch(own_verb.group(verb_group)) \
            and not set(_measures_in(_measure_entries(), text[own_verb.start(verb_group):clause_end], anchored=True)) - set(_other_measures()) \
            and not any(state.match(text, own_verb.start(verb_group) - 1) for _, state in _state_wordings()):
        return None  # "two victims were employed legally", "eight of the potential victims were fined and deported"
    if not own:
        # a number that names nothing takes its total's measure only where the report elides the noun
        # ("82 were victims of sex trafficking and 21 of forced labor"), not before a noun of its own
        # ("two new anti-trafficking laws were passed", "12 Koranic schools")
        if total is None or head is None and not _with_words(_ELIDED_AFTER).match(after) \
                and not (paren is not None or including or breakdown_marker or opens_breakdown
                         or _continues_a_list_of_parts(text, number, clause_end, readings, total)):
            return None
        reading.measures = list(total.measures)
    if total is not None and set(reading.measures) & set(total.measures) and total.unit == "count":
        # "Of the 83 victims identified, the government collaborated ... to identify and repatriate 35 Namibian women":
        # a part keeps the measures of its own verbs beside its total's (STATISTICS.md, decision 2)
        coordinated = source == "before" and len(own) > 1 and set(own) & set(total.measures)
        reading.measures = reading.measures if coordinated else [m for m in reading.measures if m in total.measures] or reading.measures
        reading.total = total
        reading.listed_part = including_word or any(r.listed_part and r.total is total for r in readings)
        (reading.dimension, reading.category) = breakdown_of(text[number.end:min(next_start, clause_end)] + " " + (subject or ""))
    if reading.total is not None and "prison_sentences" in reading.measures and _sentenced_without_prison(text, number.end, clause_end):
        # "sentenced 14 traffickers, including four to pay fines only", "10 traffickers, four of whom received only
        # fines": a part of the sentences served outside prison is no prison sentence either
        reading.measures = [m for m in reading.measures if m != "prison_sentences"]
        if not reading.measures:
            return None
    threshold = _threshold(text, number, clause_end) if "sentences_over" in reading.measures else None
    reading.threshold = threshold
    under = re.match(r"[^;]{0,60}?\bunder\s+(?:the\s+|its\s+|article)", text[number.end:clause_end], re.I)
    if under:
        limit = number.end + under.end()
        reading.law = next((name for start, _, name, _ in law_mentions(text) if limit - 8 <= start < limit + 12), None)
    if reading.total is None and subject:
        reading.form_words = _form_after_noun(text, rest, clause_end)
    if reading.total is None and "prison_sentences" in reading.measures and (term := _term_after_noun().match(text, rest, clause_end)):
        # "eight traffickers will serve sentences of three years, and four traffickers will serve three to five years":
        # parallel counts with no stated total (STATISTICS.md decision 1: not parts), each of what its term counts, in
        # the report's words from the noun through the term
        reading.term = " ".join(text[rest:term.end()].split())
    if head and _word_class("VictimNouns").fullmatch(head) and not _word_class("PeopleNouns").fullmatch(head) \
            and re.search(r"\binvolv(?:ing|ed)\s+(?:approximately\s+|about\s+|at\s+least\s+)?$", text[max(0, number.start - 30):number.start], re.I):
        # "continued to investigate a 2019 case involving 160 Bhutanese women": the victims of a case are no count of
        # the case's act (STATISTICS.md: victims merely involved are out of the vocabulary)
        reading.measures = [m for m in reading.measures if m not in _CASE_MEASURES]
    return _checked(reading, head, said)


# "Of these, 74 were for forced labor; 50 sexual exploitation and abuse; ...": an item after a semicolon, its verb left
# out after the list's first item "N were ..." (and nothing in it that is a verb of its own)
_AFTER_SEMICOLON = re.compile(r";\s*(?:and\s+)?$", re.I)
_FIRST_ITEM_VERB = re.compile(r"\s+(?:were|was)\b", re.I)


def _continues_a_list_of_parts(text: str, number: Number, clause_end: int, readings: list[_Reading], total: _Reading) -> bool:
    """Whether ``number`` is an item of a list of parts of ``total`` separated by semicolons, after an item with the verb
    the list leaves out ("Of these potential victims, 74 were for forced labor; 50 sexual exploitation and abuse; 25
    violation of workers' rights"): it names only its category and counts what the first item counts."""
    if not _AFTER_SEMICOLON.search(text, max(0, number.start - 8), number.start) or _word_class("ListItemVerbs").search(text, number.end, clause_end):
        return False
    items = [r for r in readings if r.end <= number.start and r.total is total and not r.comparison]
    return bool(items) and bool(_FIRST_ITEM_VERB.match(text, items[0].end))


# what joins a counted noun to the form it is of: "victims of", "persons under Article 600 for" (compiled on first use)
_OF_FORM = r"\s+(?:{FormJoiners})\s+"


@functools.lru_cache(maxsize=1)
def _term_after_noun() -> re.Pattern:
    """The term after the noun of a count of prison sentences ("will serve a sentence of one to two years"), after the
    words of ``tip:termTrigger``."""
    leads = [re.sub(r" ", r"\\s+", str(t)) for t in vocabulary_graph().objects(None, TIP.termTrigger)]
    return re.compile(r"\s+(?:%s)(?P<term>(?:(?:\d+|%s)\s+to\s+)?(?:\d+|%s)\s+(?:years?|months?))\b"
                      % ("|".join(leads), _WORD, _WORD), re.I)


def _form_after_noun(text: str, rest: int, clause_end: int) -> str | None:
    """The words from a total's counted noun to the form of exploitation it is of, when the form follows the noun
    ("73 victims of sex trafficking and 12 victims of labor trafficking", "274 victims of sexual exploitation",
    "340 persons under Article 600 for slavery"): they are part of what it counts, as the form before the noun is
    ("65 sex trafficking victims"). ``None`` when no form follows ("314 persons for trafficking")."""
    joint = _with_words(_OF_FORM).match(text, rest, clause_end)
    found = first_match(load_lexicon().forms, text, joint.end(), clause_end) if joint else None
    if joint is None or found is None or found[1].start() != joint.end():
        return None
    end = found[1].end()
    # "73 victims of sex trafficking and forced labor": the forms coordinated with it are what it counts too
    while (joined := _FORM_JOINED.match(text, end, clause_end)) is not None:
        more = first_match(load_lexicon().forms, text, joined.end(), clause_end)
        if more is None or more[1].start() != joined.end():
            break
        end = more[1].end()
    return " ".join(text[rest:end].split())


_FORM_JOINED = re.compile(r"\s*,?\s+(?:and/or|and|or)\s+(?:of\s+|for\s+)?|\s*,\s*", re.I)


def _opens_parenthesis_after_form(text: str, paren: tuple[int, int], number: Number) -> bool:
    """Whether ``number`` opens a parenthesis that follows the name of a form of exploitation ("sex trafficking (17
    victims, ...)"): the count of that form."""
    if not re.fullmatch(r"\(\s*", text[paren[0]:number.start]):
        return False
    form = dict(_dimensions()).get("form")
    window_start = max(0, paren[0] - 40)
    last = next(reversed(list(form.finditer(text, window_start, paren[0]))), None) if form else None
    if last is None:
        return False
    noun = _CATEGORY_NOUN.match(text, last.end(), paren[0])
    return re.fullmatch(r"\s*", text[noun.end() if noun else last.end():paren[0]]) is not None


def _qualified_noun(text: str, counted: re.Match | None, lead: str) -> re.Match | None:
    """The counted noun a singular noun qualifies ("95 official and potential victims", "33 of the 95
    official and potential victims", "two as official victims"): ``counted`` matched ``text`` with the
    singular noun as its group 2, ``lead`` the words before the noun (group 1)."""
    if counted is None or re.search(r"s$|^(?:children|people|women|men|personnel|staff)$", counted.group(2), re.I):
        return counted
    noun = _with_words(r"\s+(?:(?:and|or)\s+)?(?:(?!\d)[\w-]+\s+){0,2}?({CountedNouns})\b").match(text[counted.end():])
    if not noun:
        return counted
    return re.match(lead + r"(%s)\b" % re.escape(noun.group(1)), text, re.I) or counted


def _negated_measure(lex, text: str, start: int, end: int) -> str | None:
    """The measure of a "no convictions were made" between ``start`` and ``end``, the last one."""
    found = None
    for match in re.finditer(r"\b(?:no|zero)\s+(?:new\s+)?([\w-]+)", text[start:end], re.I):
        keys = [e.key for e in _measure_entries() if e.pattern.fullmatch(match.group(1))]
        found = keys[0] if keys else found
    # "failed to convict any traffickers, compared with zero in 2018"
    for match in re.finditer(r"\b(?:did\s+not|failed\s+to)\s+(?:\w+ly\s+)?([\w-]+)\s+any\b", text[start:end], re.I):
        keys = [e.key for e in _measure_entries() if e.pattern.fullmatch(match.group(1))]
        found = keys[0] if keys else found
    if found is None:
        # "did not initiate any new trafficking investigations, compared with one initiated in 2013": the one measure
        # the negation denies
        for match in _ZERO.finditer(text, start, end):
            what_start = match.start("what") if match.group("what") is not None else match.start("what2")
            keys = list(dict.fromkeys(key for key, _ in _leading_measures(lex, text[what_start:end])))
            found = keys[0] if len(keys) == 1 else found
    return found


def _same_noun(a: str, b: str) -> bool:
    return re.sub(r"s$", "", a.lower()) == re.sub(r"s$", "", b.lower())


def _mirror(readings: list[_Reading], region, paren) -> _Reading | None:
    """The count a comparison is compared with: the count right before its parenthesis ("263
    victims identified in 2016 (278 in 2015)"), else the last count before the comparison."""
    if paren is not None and paren[0] == region[0] - 1 or paren is not None and paren[0] == region[0]:
        before = next((r for r in reversed(readings) if r.end <= paren[0]), None)
        if before is not None and paren[0] - before.end <= 60:
            return before
    # "conducted 65 investigations (35 sex trafficking, 30 labor trafficking), compared with 153 in 2019",
    # "six cases, including one ... and five ...—compared with 40 cases": compared with the total
    counts = [r for r in readings if r.end <= region[0] and not r.comparison]
    return next((r for r in reversed(counts) if r.total is None), counts[-1] if counts else None)


def _compatible(measures: list[str], head: str | None) -> bool:
    if head is None:
        return True
    if _word_class("OnlyVictimNouns").fullmatch(head):
        return any(m in _VICTIM_MEASURES for m in measures)  # victims and children are never convicted
    if _word_class("VictimNouns").fullmatch(head):
        return True  # people may be counted for any measure ("15 individuals prosecuted")
    return not any(m in _VICTIM_MEASURES for m in measures)


# a later count of a group of its own, not a comparison's ("compared to 122 in 2015"): what a denial after it may refer to
_LATER_GROUP = re.compile(r"(?<!compared\sto\s)(?<!compared\swith\s)(?<![\w,.])(?:\d+(?:,\d{3})*|(?:%s))\s+(?!(?:%s)\b|\d)(?=[a-z])" % (
    _WORD, "in|on|at|during|and|or|to|from|for|of|by|with|percent|were|was|who|which|the"), re.I)


def _denied_as_victims(text: str, number: Number, rest: int) -> bool:
    """Whether a later denial ("but did not identify any of them as trafficking victims") is about this count: it refers
    back to the nearest count not called victims ("the beggars": the nearest of that noun), never to a count the sentence
    names as victims ("identified 30 victims ... and removed 120 children ..., but did not identify any of them as ...")."""
    denial = _with_words(_DENIED_AS_VICTIMS).search(text, rest)
    if denial is None or _NAMES_VICTIMS.match(text, number.end) or _AS_VICTIMS.match(text, rest):
        return False
    others = [m.end() for m in _LATER_GROUP.finditer(text[:denial.start()]) if m.start() >= rest]
    groups = [number.end] + [end for end in others if not _NAMES_VICTIMS.match(text, end) and not _AS_VICTIMS.match(text, end)]
    noun = denial.group("noun")
    named = [end for end in groups if noun and re.match(r"(?:[\w-]+\s+){0,3}?%s" % re.escape(noun), text[end:], re.I)]
    return (named or groups)[-1] == number.end


# a parenthesis that restates a clause with a verb and a count of its own ("(identified 104 potential victims and
# assisted 390 individuals in 2018)"), not one that names parts or a share of the count ("(30 women and 15 children)",
# "(including 20 trafficking victims)"), nor a comparison ("(compared with 390 in 2018)")
_OTHER_COUNT_REMARK = re.compile(r"\(\s*(?:[\w-]+\s+){0,2}?(?!compared\b)[a-z]+ed\s+(?:[\w-]+\s+){0,2}?(?:\d|(?:%s)\b)" % _WORD, re.I)


def _said_victims(text: str, number: Number, rest: int, clause_start: int, clause_end: int, nounless: bool = False) -> bool | None:
    """Whether the words around a count of people say they are victims: ``None`` when they say they are not ("70
    individuals who may have been, but were not identified as, trafficking victims"), ``True`` when the words after
    it in its clause or those of its verb say they are ("159 individuals subjected to trafficking", "granted official
    victim status to 28 individuals"). The sentence is too wide: "mobile teams identified all 104 potential victims and
    assisted 390 individuals" assisted people who are not all victims."""
    if _with_words(_NOT_VICTIMS).match(text, rest) or _with_words(_AS_OFFENDERS).match(text, rest) or _denied_as_victims(text, number, rest):
        return None
    things = _THINGS_AFTER.match(text, number.end, clause_end) if nounless else None
    if things and not _word_class("CountedNouns").fullmatch(things.group(1)):
        return None  # "supported 11 regional and four municipal anti-trafficking roundtables": things, no people
    verb_phrase = max([clause_start] + [m.end() for m in re.finditer(r"[,;]|\band\b", text[:number.start])])
    words = _word_class("VictimWords")
    # "Victims identified in 2017 in Ireland included 28 Irish, 14 individuals from Romania": the parts of victims named
    parts_of = re.search(r"\b(?:included|including|comprised|consisted\s+of)\b", text[clause_start:number.start], re.I)
    # "55 foreign workers in exploitative situations, which may have included labor trafficking": a hedge says nothing
    hedge_pattern = _with_words(_HEDGE)
    hedge = hedge_pattern.search(text, number.end, clause_end) if may_match(hedge_pattern, text) else None
    # "assisted 316 individuals (identified 104 potential victims ... in 2018)": the victims of another count
    other_count = _OTHER_COUNT_REMARK.search(text, number.end, clause_end)
    words_end = min(hedge.start() if hedge else clause_end, other_count.start() if other_count else clause_end)
    return bool(words.search(text, number.end, words_end) or words.search(text, verb_phrase, number.start)
                or parts_of and words.search(text, clause_start, clause_start + parts_of.start()))


def _checked(reading: _Reading, head: str | None, said: bool | None = False, own_verb: bool = False) -> _Reading | None:
    """The one fitting of victim measures to what a count counts: cases are no victims ("4,000 child labor cases");
    people of a general noun are victims only where the sentence says so or they are part of a count of victims
    ("the MFA repatriated 13,714 Indonesian nationals" are none); people said not to be victims are none; and the
    repatriated are victims only when said to be (women returned home are no victims repatriated, STATISTICS.md).
    ``own_verb``: a compared count with a verb of its own and another noun than the count it is compared with, which
    stands alone ("identified 86 potential victims and assisted 316 individuals (identified 104 potential victims and
    assisted 390 individuals in 2018)": the 390 are people assisted, as the 316, not victims)."""
    reading.head = head
    victims = _word_class("VictimNouns").fullmatch(head) if head else True
    at_risk = head is not None and bool(_with_words(r"(?:{AtRiskWords})\s+(?:[\w-]+\s+)?%s$" % re.escape(head)).search(reading.subject or ""))
    people = head is not None and (bool(_word_class("PeopleNouns").fullmatch(head)) or at_risk)
    # a part of a count, or a count compared with one, counts what that count counts
    alone = reading.total is None and (reading.compared_with is None or own_verb)
    if head and _word_class("OnlyVictimNouns").fullmatch(head) and not re.search(r"\bcases?\b", reading.subject or ""):
        # "prosecuted 59 potential victims for immigration violations": victims are never counted as prosecuted
        reading.measures = [m for m in reading.measures if m not in _CASE_MEASURES]
    # ("The mobile team identified 165 (160 street children in 2019)": people at risk, compared or not)
    if said is None or not victims or people and not said and (alone or at_risk):
        reading.measures = [m for m in reading.measures if m not in _VICTIM_MEASURES]
    elif head and not said and alone and not _word_class("OnlyVictimNouns").fullmatch(head):
        reading.measures = [m for m in reading.measures if m != "victims_repatriated"]
    return reading if reading.measures else None


@functools.lru_cache(maxsize=1)
def _other_measures() -> tuple[str, ...]:
    graph = vocabulary_graph()
    return tuple(sorted(str(graph.value(c, SKOS.notation)) for c in graph.subjects(TIP.additionalMeasure, None)))


@functools.lru_cache(maxsize=2)
def _measure_entries(nouns: bool = False) -> tuple:
    """Measures a count can have (funding and sentences over a length have their own rules);
    those named only by the counted noun (``tip:countedNoun``: raids, calls) when ``nouns``."""
    return tuple(e for k, e in load_lexicon().measures.items() if k not in ("funding", "sentences_over")
                 and (nouns or k not in _noun_measures()))


@functools.lru_cache(maxsize=None)
def _trigger_wordings(trigger: str, template: str) -> tuple[tuple[str, re.Pattern], ...]:
    """Measures with their wordings of the property ``tip:<trigger>``, each put into ``template`` at ``%s``."""
    graph = vocabulary_graph()
    return tuple((str(graph.value(c, SKOS.notation)), re.compile(template % str(t), re.I))
                 for c, t in sorted(graph.subject_objects(TIP[trigger])))


def _state_wordings() -> tuple[tuple[str, re.Pattern], ...]:
    """Measures with the wordings of the state their act leads to (``tip:stateTrigger``): "were trafficking victims"."""
    return _trigger_wordings("stateTrigger", r"\s*(?:%s)\b")


def _report_wordings() -> tuple[tuple[str, re.Pattern], ...]:
    """Measures with the verbs by which an agency reports the victims it counts (``tip:reportTrigger``), each
    anchored right before the count: "reported 882 suspected victims"."""
    return _trigger_wordings("reportTrigger", r"\b(?:%s)$")


@functools.lru_cache(maxsize=1)
def _noun_measures() -> frozenset[str]:
    graph = vocabulary_graph()
    return frozenset(str(graph.value(c, SKOS.notation)) for c in graph.subjects(TIP.countedNoun, None))


_COUNT_START = re.compile(r"\b(?:\d|(?:%s)\b)" % _WORD, re.I)  # where the next count of a clause begins
_PART_BEFORE = re.compile(r"\b(?:\d[\d,]*|(?:%s))\s+(?:out\s+)?of\s+(?:the\s+)?$" % _WORD, re.I)  # "four of" before a number: it is the whole ("four of five")


def _own_measures(text: str, number: Number, clause_start: int, rest: int, clause_end: int, head: str | None,
                  lex, parens: list[tuple[int, int]], verbs_before: bool = True) -> tuple[list[str], str | None]:
    """The measures a number names itself, with where they were read: its noun ("noun"), the verb
    after it ("after"), the verbs before it ("before"), or a wording of its own ("special")."""
    entries = _measure_entries()
    m = lex.measures
    window_end = min(clause_end, rest + 90)
    # ("Of the 45 victims identified, 20 participated in criminal proceedings": the wording after the next count is its)
    # ("15 received prison sentences and five received suspended sentences": the 15 suspended none)
    # ("four of five convicted traffickers received probation": the wording after the whole is the part's; the whole
    # counts the convictions its participle names)
    whole_of = _PART_OF_A_WHOLE.match(text, number.end, clause_end)
    next_count = _COUNT_START.search(text, whole_of.end() if whole_of else rest, clause_end)
    before_next = next_count.start() if next_count else clause_end
    is_whole = _PART_BEFORE.search(text[max(clause_start, number.start - 20):number.start])
    if m["victims_assisting_prosecution"].pattern.search(text, rest, min(before_next, rest + 80)):
        return ["victims_assisting_prosecution"], "special"
    suspended = m["suspended_sentences"].pattern.search(text, number.end, clause_end)  # (its lookahead sees the clause)
    if not is_whole and suspended and suspended.end() <= min(before_next, whole_of.end() + 60 if whole_of else rest + 40) \
            or re.search(r"\bsuspended\s+(?:the\s+sentences\s+of\s+)?$", text[max(clause_start, number.start - 40):number.start], re.I) \
            and (re.match(r"\s+(?:of\s+(?:the|these|those|their)\s+)?(?:[\w-]+\s+){0,2}?(?:sentences?|offenders?|traffickers?|defendants?)\b",
                          text[number.end:clause_end], re.I) or _PART_OF_A_WHOLE.match(text, number.end, clause_end)):
        return ["suspended_sentences"], "special"  # "suspended four of their sentences", "fully suspended six out of eight"
    if _threshold(text, number, clause_end) is not None:
        # "sentenced 10 traffickers to at least five years": sentenced to prison too, both counts (STATISTICS.md decision 2)
        sentenced = verbs_before and "prison_sentences" in _verbs_before(entries, text[clause_start:number.start])
        return ["sentences_over"] + (["prison_sentences"] if sentenced else []), "special"
    whole = _WHOLE_AFTER.match(text, number.end, clause_end)
    if whole and verbs_before:
        # "approved 110 out of 124 applications requesting official victim status": the part is the object of the
        # verb before, and the whole's noun is what it counts ("approved ... applications ... victim status")
        before = text[clause_start:number.start].rstrip()
        phrase = before + " " + text[whole.end():clause_end]
        spanning = [e.key for e in entries for m in [e.pattern.search(phrase)] if m and m.start() < len(before) < m.end()]
        if spanning:
            return spanning[:1], "before"
    # the counted noun: "nine convictions", "425 sex trafficking investigations", "nine raids"
    if head:
        named = [e.key for e in _measure_entries(nouns=True) if e.pattern.fullmatch(head)]
        if named:
            # "three prosecutions and convictions": one number, two nouns
            # but "15 investigations and prosecutions of 49 alleged traffickers": the second noun has its own count
            # and "opened 160 trafficking investigations and prosecuted 153 cases": a verb with its own count
            also = re.match(r"\s+(?:and|or)\s+([\w-]+)\b(?!\s+(?:(?:of|against)\s+)?(?:approximately\s+|about\s+|at\s+least\s+)?(?:\d|(?:%s)\b))"
                            % _WORD, text[rest:clause_end], re.I)
            more = [e.key for e in entries if also and e.pattern.fullmatch(also.group(1)) and e.key != named[0]]
            return named[:1] + more[:1], "noun"
    # the verb after the counted noun: "15 traffickers were convicted", "victims identified"; after a
    # participle with its agent or time, the main verb ("All 82 victims identified by the government received assistance",
    # "All 30 victims identified in 2017 received care services")
    # ("four of five convicted traffickers received probation": the whole's sentences are the part's, not its own)
    parts_verb = is_whole and suspended and suspended.end() <= rest + 40
    main = _AFTER_AGENT.match(text, rest, window_end) if not parts_verb else None
    if main and is_whole:
        # "Sixteen of the 24 victims identified during the reporting period received care services": the main verb is the
        # part's; the whole counts what its participle names
        found = _measures_in(entries, text[rest:main.start(1)], anchored=False)
        if found:
            return _fit(found, head, text, number), "after"
    if main:
        found = _measures_in(entries, main.group(1), anchored=True)
        if found:
            return _fit(found, head, text, number), "after"
    verb = _SUBJECT_VERB.match(text, rest, window_end) if not parts_verb else None
    # ("of these victims, 17 were referred to legal aid": a passive right after a number whose noun is the one before)
    if verb and (rest > number.end or head is None or re.match(r"\s+(?:were|was)\s+(?:\w+ly\s+)?\w+ed\b", text[number.end:window_end])):
        found = _measures_in(entries, verb.group(1), anchored=True)
        finite = re.search(r"\b(?:were|was|been|are|is|who|which|that|will|would|has|have|had)\b",
                           text[rest:verb.start(1) + 5], re.I)
        near = max([clause_start, number.start - 25] + [m.end() for m in re.finditer(r"[,;]", text[:number.start])])
        adjacent = _verbs_before(entries, text[near:number.start]) if verbs_before else []
        relative = re.match(r"\s*,?\s*(?:who|which|that)\b", text[rest:verb.start(1)], re.I)
        if found and relative and re.match(r"[^,;]{0,60}?\bas\s+(?:[\w-]+\s+){0,3}?victims\b", text[verb.start(1):window_end], re.I):
            # "arrested approximately 32 Bangladeshis who were identified by law enforcement as potential trafficking
            # victims": the clause says what they are; victims are not counted as arrested
            return _fit(found, head, text, number), "after"
        if found and adjacent and (not finite or relative):
            # "screened 3,009 Georgian nationals deported from other countries": the verb before is the
            # sentence's, the participle after the noun only describes it; so does a relative clause ("identified 10
            # additional potential child sex trafficking victims, who were offered protection services", "facilitated
            # the repatriation of 10 victims who received protective services in their country of origin")
            return _fit(adjacent, head, text, number), "before"
        if found:
            # "six potential victims were identified in detention and referred to shelters": a verb joined to it
            joined = re.match(r"[^,;()\d]{0,50}?\band\s+(?:then\s+|later\s+|\w+ly\s+)?([\w-]+(?:\s+[\w-]+){0,3})",
                              text[verb.start(1) + len(verb.group(1).split()[0]):window_end], re.I)
            more = _measures_in(entries, joined.group(1), anchored=True) if joined and re.match(r"\w+ed\b", joined.group(1)) else []
            return _fit(found + [m for m in more if m not in found], head, text, number), "after"
    # the verbs before the number in its clause, nearest first: "identified and referred 13"
    if verbs_before:
        before = text[clause_start:number.start]
        for a, b in parens:
            if clause_start <= a and b <= number.start:
                # "identifying 299 victims in 2020—..., attributable to screening returning migrant workers ...—and 86
                # in 2019": the verb of a remark is not the number's
                before = before[:a - clause_start] + " " * (b - a) + before[b - clause_start:]
        verbs = _verbs_before(entries, before)
        if verbs:
            return _fit(verbs, head, text, number), "before"
    if head and _word_class("VictimNouns").fullmatch(head):
        # "There were 17 new victims total (five ..., two ...) in the program for victim services": no verb, a program
        after = text[rest:clause_end]
        for a, b in parens:
            if rest <= a and b <= clause_end:
                after = after[:a - rest] + " " * (b - a) + after[b - rest:]
        placed = [key for key, program in _program_wordings() if program.match(after)]
        if placed:
            return placed[:1], "special"
    return [], None


def _program_wordings() -> tuple[tuple[str, re.Pattern], ...]:
    """Measures with the wordings that place people in a program of their care (``tip:programTrigger``), a few
    words after the count's noun: "17 new victims total (...) in the program for victim services"."""
    return _trigger_wordings("programTrigger", r"\s*(?:[\w-]+\s+){0,2}?\s*(?:%s)\b")


# a term of prison or custody named with a penalty ("sentenced to fines and imprisonment", "to three years and a fine"), not
# a length of a penalty served outside prison ("two years of probation", "six months' community service")
_CUSTODIAL = r"(?:{CustodialPenalties})" \
    r"|\b(?:years?|months?)\b(?![’']?\s+(?:of\s+)?(?:[\w-]+\s+)?(?:{NonCustodialPenalties}))"


def _sentenced_without_prison(text: str, start: int, clause_end: int) -> bool:
    """Whether the penalty the words after a count give it is one served outside prison, with no prison term beside it,
    up to the clause's next count ("sentenced four traffickers to fines", "were sentenced to community service",
    "sentenced two traffickers to probation and one to three years in prison": the two)."""
    # the next count, not a length of the penalty ("to two years of probation")
    next_count = next((m for m in _COUNT_START.finditer(text, start, clause_end)
                       if not re.match(r"[\w,.-]*\s+(?:years?|months?|weeks?|days?|hours?)\b", text[m.start():clause_end], re.I)), None)
    end = next_count.start() if next_count else clause_end
    penalty = _with_words(r"\b(?:to|receiv(?:ed|ing))\s+(?:pay\s+)?(?:an?\s+|only\s+)?(?:[\w’'-]+\s+){0,3}?(?:{NonCustodialPenalties})\b").search(text, start, end)
    return bool(penalty) and not _with_words(_CUSTODIAL).search(text, start, end)


# "110 out of 124 applications", "148 of 150 identified victims": the whole a part is of, up to its noun phrase
_WHOLE_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:a\s+total\s+of\s+)?[\d,]+\s+", re.I)


def _measures_in(entries, words: str, anchored: bool) -> list[str]:
    found = []
    for entry in entries:
        match = entry.pattern.search(words)
        if match and (not anchored or match.start() == 0 or re.fullmatch(r"(?:\w+ly\s+|also\s+|then\s+|will\s+|would\s+)", words[:match.start()])):
            found.append((match.start(), -len(match.group()), entry.key))
    # the longest wording at the first place: "convicted on prostitution charges" before "convicted"
    return [key for _, _, key in sorted(found)][:1]


# a determiner before a participle makes it an adjective of the noun after it ("the only identified victim")
_ADJECTIVE_PARTICIPLE = re.compile(r"\b(?:the|a|an|its|their|this|that|these|those|each|every)\s+(?:(?:only|\w+ly)\s+)?$", re.I)


def _own_subject_after_semicolon(text: str, start: int, at: int) -> bool:
    """Whether the count at ``at`` opens, after a ";" after ``start``, a clause of its own subject and measure verb
    ("; the Ministry of Social Affairs trained 270 civil servants"), not one that goes on with the verb's subject before
    it ("; and trained 30 more")."""
    semicolon = text.rfind(";", start, at)
    return semicolon >= 0 and _part_after_semicolon(text[semicolon + 1:at]) == "own"


def _part_after_semicolon(part: str) -> str:
    """What a part after ";" (its words up to the count in question) is: "continued" when nothing but words that go on
    (tip:ContinuingPartWords: "and", adverbs) and commas stand before its first measure verb, its subject the one
    before ("; prosecuted 10 suspects; and convicted four traffickers"), or before a verb and the count of a measure's
    noun ("; initiated 10 prosecutions"); "own" when other words do, a subject of its own ("; forced labor victims
    identified by authorities numbered 20", "; indeed, authorities convicted only two"), or when its measure's word is
    the subject noun ("; convictions totaled five"); "none" when it has no measure word."""
    wordings = sorted((m.start(), m.group()) for entry in _measure_entries() for m in entry.pattern.finditer(part))
    if not wordings:
        return "none"
    start, first = wordings[0]
    opening = _with_words(r"\b(?:{ContinuingPartWords})\b|,").sub(" ", part[:start]).split()
    if not opening:
        return "continued" if re.match(r"[a-z]+ed\b", first) else "own"
    counted = all(re.fullmatch(r"[\d,.]+", w) or _word_class("AddedCountWords").fullmatch(w) or w.lower() in WORD_VALUES
                  for w in opening[1:])
    return "continued" if len(opening) > 1 and re.fullmatch(r"[a-z]+ed", opening[0]) and counted else "own"


def _verbs_before(entries, before: str, acts_only: bool = False) -> list[str]:
    """Measure wordings before a number: the nearest, with those joined to it by "and", "or", ","; with ``acts_only``,
    verbs only (a compared act: "assisted the only identified victim, compared with six victims in 2019"), not the
    participle that says which people a subject counts ("The identified victims were adult females, one from ...")."""
    found = []
    for entry in entries:
        for match in entry.pattern.finditer(before) if may_match(entry.pattern, before) else ():
            # "no prosecutions or convictions were made, including among the 4,000 cases": a wording
            # that says none happened does not count the number after it
            # "assisted 19 newly-identified victims (19 in 2016), and 36 victims in total": a participle of
            # another count's noun is no verb of the sentence
            if re.search(r"(?:\d|\b(?:%s))\s+(?:\w+ly[- ])?$" % _WORD, before[max(0, match.start() - 20):match.start()], re.I):
                continue  # ("sentenced one convicted trafficker to 10 years’ imprisonment and two traffickers to seven years")
            if acts_only and _ADJECTIVE_PARTICIPLE.search(before[max(0, match.start() - 40):match.start()]) \
                    and re.fullmatch(r"\w+ed", match.group(), re.I) and re.match(r"\s+[\w-]+", before[match.end():]):
                continue  # "assisted the only identified victim, compared with six victims in 2019": an adjective, no act
            if _in_a_name(before, match.start(), match.end()):
                continue  # "the government’s National Referral Mechanism (NRM), only 33 ...": a name, no verb
            if _OFFICE_AFTER.match(before, match.end()):
                continue  # "compared with the prosecution service’s statistic of 413": an office, no act
            if re.search(r"\b(?:overturn|revers|annul|quash|vacat)\w*\s+(?:(?:the|previous|earlier|prior|their)\s+){0,2}$",
                         before[max(0, match.start() - 40):match.start()], re.I):
                continue  # "upheld the convictions or overturned previous acquittals of 89 traffickers": no acquittals
            if not _with_words(_NEGATED).search(before, max(0, match.start() - 40), match.start()):
                found.append((match.start(), match.end(), entry.key))
    if not found:
        return []
    found = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and (o[1] - o[0]) > (f[1] - f[0]) for o in found)]
    found.sort()
    # the nearest wording, then wordings coordinated with it ("investigate, prosecute, and convict")
    nearest = found[-1]
    gap = before[nearest[1]:]
    if len(gap) > 70 or re.search(r"\b(?:who|which|that|whom)\b", gap) and len(gap) > 30:
        return []
    if _CLAUSE_OF_ITS_OWN.search(gap):
        return []  # "identified 160 street children (510 in 2018) and drop-in centers provided 163 children with ...": a clause of its own
    keys = [nearest[2]]
    cursor = nearest[0]
    for start, end, key in reversed(found[:-1]):
        if re.search(r"ions?$", before[start:end], re.I):
            break  # a noun ("conducting fewer investigations and convicting only one"), not a second verb
        if re.fullmatch(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*", before[end:cursor]):
            keys.insert(0, key)
            cursor = start
        else:
            break
    unique = []
    for key in keys:
        if key not in unique:
            unique.append(key)
    return unique


_OFFICE_AFTER = re.compile(r"(?:[’']s)?\s+(?:services?|offices?|authorit(?:y|ies)|departments?|units?|agenc(?:y|ies)|bureaus?|"
                           r"divisions?|directorates?)\b", re.I)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A capitalized wording beside a capitalized word is part of a name ("the National Referral Mechanism")."""
    return text[start:start + 1].isupper() and bool(re.match(r"\w*\s+[A-Z]", text[end:]) or re.search(r"\b[A-Z][\w’'-]*\s+$", text[:start]))


def _verbs_after(entries, text: str, start: int, end: int, remarks: Sequence[tuple[int, int]] = ()) -> list[str]:
    # a negated verb counts nothing: "rescued two child victims ... but did not provide them services"
    # a compound noun is no verb of the count: "information on 943 trafficking victims featured in 65 media
    # sources as an attempt to broaden victim identification methods"
    found = [(m.start(), e.key) for e in entries for m in e.pattern.finditer(text, start, end)
             if not (re.fullmatch(r"[\w-]+(?:ions?|ance)", m.group(), re.I) and re.search(r"\bvictims?\s+$", text[max(0, m.start() - 8):m.start()], re.I))
             and not _with_words(_NEGATED).search(text, max(start, m.start() - 40), m.start())
             and not any(a <= m.start() < b for a, b in remarks)  # "83 victims—including some identified in previous years—"
             # "reunified five Namibian child victims with their parents and repatriated two Zambian nationals": a verb
             # with a count of its own is that count's
             and not re.match(r"\s+(?:\d|(?:%s)\b)" % _WORD, text[m.end():], re.I)]
    return [min(found)[1]] if found else []


def _fit(measures: list[str], head: str | None, text: str, number: Number) -> list[str]:
    """Measures read from verbs, fitted to what is counted: cases referred are investigations; victims and people given
    vocational or job-skills training (``tip:CareTrainingWords``) are no people trained."""
    if "people_trained" in measures and (head and _word_class("OnlyVictimNouns").fullmatch(head) or _with_words(
            r"(?:{CareTrainingWords})\s+(?:[\w-]+\s+)?trainings?\b").search(text, _clause_start(text, number.start),
                                                                          _clause_end(text, number.end))):
        measures = [m for m in measures if m != "people_trained"]
    if head and not _word_class("VictimNouns").fullmatch(head):
        fitted = []
        for measure in measures:
            if measure in ("victims_referred", "victims_identified"):
                measure = "investigations"  # "referred 53 cases for prosecution", "identified 550 suspects"
            if measure in _VICTIM_MEASURES:
                continue
            if measure not in fitted:
                fitted.append(measure)
        return fitted
    return measures


def _referred_elsewhere(text: str, number: Number) -> bool:
    """Whether cases referred went to no prosecutor: "referred 121 suspected trafficking cases ... to the human
    trafficking unit (HTU) for review and potential investigation" are no investigations (cases police referred to
    prosecutors are, STATISTICS.md); a referral of no stated destination stays one."""
    after = re.sub(r"\([^()]*\)", "", re.split(r"[;]|,\s+compared\b", text[number.end:])[0])
    to = re.search(r"\b(?:to|for)\s+(?:the\s+|an?\s+)?([^,;.]{0,80})", after, re.I)
    return to is not None and not re.match(r"(?:[\w’'-]+\s+){0,4}?(?:prosecut|attorney|courts?\b|judicia|procura|trial)", to.group(1), re.I)


def _money(text: str, number: Number, clause_start: int, clause_end: int, readings, topic) -> _Reading | None:
    window = text[max(0, clause_start - 40):clause_end]
    near_start = max(clause_start, number.start - 60)
    near_end = min(clause_end, number.end + 40)
    # staff salaries an amount pays are what it funds (tip:StaffSalaryWordings), found in the whole clause so that a
    # window that cuts them leaves no "salaries" to exclude it ("allocated 5 million tenge ($13,000) for the salaries of
    # shelter staff")
    staff = [m.span() for m in _word_class("StaffSalaryWordings").finditer(text, clause_start, clause_end)]
    if any(not any(a <= m.start() and m.end() <= b for a, b in staff)
           for m in _word_class(_MONEY_EXCLUDED).finditer(text, near_start, near_end)):
        return None
    if re.search(r"\brang\w*|\bbetween\b", text[max(0, number.start - 60):number.start], re.I) \
            and (_MONEY_RANGE_START.match(text, number.end) or _MONEY_RANGE_END.search(text[max(0, number.start - 40):number.start])):
        return None  # "in amounts ranging between €3,500 to €36,000 ($4,200 to $43,220)": a range, no amount (STATISTICS.md)
    if _MONEY_DIFFERENCE.search(text[max(0, number.start - 80):number.start]):
        return None  # "increased its anti-trafficking budget by 50,000 new kwacha ($5,043)", "an increase of $5,000"
    if not load_lexicon().measures["funding"].pattern.search(window) \
            and not re.search(r"\b(?:received|provided|gave|spent|allocated|budgeted)\b", window, re.I):
        return None
    reading = _Reading(number.start, number.end, number.value, number.unit, ["funding"])
    what = _FOR_WHAT.search(text, number.end, clause_end) or _FOR_WHAT.search(text, clause_start, number.start)
    reading.subject = what.group("what") if what else None
    if re.search(r"(?:\bincluding|\bof\s+which|\bof\s+this)\s+(?:\w+\s+)?$", text[max(0, number.start - 30):number.start], re.I) \
            or re.match(r"^\s*(?:and\s+)?$", text[max(0, number.start - 6):number.start]) and readings \
            and readings[-1].conversion_of is not None and readings[-1].conversion_of.total is not None:
        total = next((r for r in reversed(readings) if r.unit == number.unit and r.total is None and not r.comparison), None)
        if total is not None:
            reading.total, reading.dimension = total, "purpose"
    return reading


_FOR_WHAT = re.compile(r"\bfor\s+(?P<what>(?:the\s+)?(?:[\w’'-]+\s+){0,8}?(?:shelters?|operation\s+of\s+[^,.;()]+|victims?|programs?|"
                       r"programmes?|efforts|activities|services|NGOs?(?!-)|care|assistance))\b", re.I)


def _in_penalty(text: str, number: Number) -> bool:
    """Numbers of a statutory penalty range ("two to 12 years' imprisonment") are not counts."""
    # ("amending the minimum sentence for trafficking from two to longer than three years")
    return bool(re.match(r"\s*(?:to|and|-|–)\s*(?:(?:longer|more|less|shorter)\s+than\s+)?\S+\s+(?:years?|months?)", text[number.end:])) and \
        bool(re.search(r"penalt|punish|prescrib|imprisonment|sentence", text, re.I))


def _is_age_or_rank(text: str, number: Number) -> bool:
    before = text[max(0, number.start - 30):number.start]
    return bool(re.search(r"\b(?:younger|older)\s+than\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?$", before, re.I)) \
        or bool(re.search(r"\b(?:under|over)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?$", before, re.I)
                and re.search(r"\bage\b|years?\b", text[number.start - 30:number.end + 20], re.I)) \
        or bool(_with_words(r"\b(?:{VictimNouns})\s+(?:under|over)\s+$").search(before)) \
        or bool(re.match(r"\s*(?:percent|per\s+cent|%)", text[number.end:], re.I)) \
        or bool(re.search(r"\b(?:top|first|last|past|next|within|every)\s+$", before, re.I)) \
        or bool(re.search(r"\b(?:ages?|aged)\s+(?:of\s+)?(?:\d+|[a-z]+)?\s*(?:and|to|-|–)?\s*$", before, re.I)
                # ("the age of four victims was unknown": people whose age is told, counted)
                and not _with_words(r"\s+(?:[\w-]+\s+)?(?:{VictimNouns})\s+(?:was|were)\b").match(text, number.end)) \
        or _is_ratio(text, number)


def _is_ratio(text: str, number: Number) -> bool:
    """A rate is no count (STATISTICS.md): "on average, two victims per year", "two cases a month", "spent approximately
    900 manat ($489) a month per individual staying at the government-run shelter"."""
    return bool(re.search(r"\bon\s+average,?\s+(?:\w+\s+)?$", text[max(0, number.start - 25):number.start], re.I)) \
        or bool(re.match(r"\)?\s*(?:\([^()]*\)\s*)?(?<=[\s)])(?:(?!(?:to|for|in|of|within|after|over)\b)[\w-]+\s+){0,2}?(?:(?:per|a|each)\s+"
                         r"(?:year|month|week|day)|per\s+(?:person|individual|victim|child|beneficiary))\b", text[number.end:], re.I))


#: The words of a prison sentence (:func:`_threshold`).
_SENTENCE_WORDS = re.compile(r"\bsentence|\bimprison|\bprison|\bjail", re.I)


def _threshold(text: str, number: Number, right: int) -> float | None:
    """Years of "sentences for 14 offenders exceeded five years" / "14 received sentences of more than five years"."""
    window = text[max(0, number.start - 40):right]
    if not may_match(_SENTENCE_WORDS, text) or not _SENTENCE_WORDS.search(window):
        return None
    over = load_lexicon().measures["sentences_over"].pattern
    for token in numbers(text[number.end:right]):
        if token.unit == "count" and not token.is_year and not token.is_duration:
            if re.fullmatch(r"\s+(?:out\s+)?of\s+(?:the|these|those|all)\s+", text[number.end:number.end + token.start], re.I):
                continue  # "Six of the 10 received sentences of greater than two years": the whole is no count of its own
            break  # "Of the 10 convicted traffickers, eight received sentences of more than five years": the eight's
        if token.unit == "years":
            before = text[number.end:number.end + token.start]
            match = next(reversed(list(over.finditer(before))), None)  # the last one
            if match and before[match.end():].strip() == "":
                return float(token.value)
    return None


# --- years -----------------------------------------------------------------------------------

def _resolve_years(document: Document, text: str, readings: list[_Reading], comparisons, parens,
                   report_year: int | None, recent: Sequence[_Reading] = ()) -> None:
    """Set each reading's reference year by the contract's rules (module docstring); ``recent`` are the totals of
    the section before the sentence."""
    scoping = _scoping_years(text, comparisons, parens)
    defaulted: set[int] = set()  # readings dated report year − 1 for want of any year
    from_total: set[int] = set()  # parts dated by their total
    unstated: set[int] = set()  # comparisons of no year of their own
    for i, reading in enumerate(readings):
        if reading.conversion_of is not None:
            continue
        if reading.restates is not None:
            reading.years, reading.year = list(reading.restates.years), reading.restates.year
            continue
        alone = re.search(r"\b((?:19|20)\d\d)\s*\(\s*$", text[max(0, reading.start - 8):reading.start])
        if alone and re.match(r"\s*\)", text[reading.end:]):
            # "victims identified by prosecutors in 2019 (1266) and 2018 (1189)": a number alone in parentheses after
            # a year is of that year
            reading.years, reading.year = [int(alone.group(1))], int(alone.group(1))
            continue
        # the next number of its own: a conversion "($115,915)" does not end the number's phrase
        following = [r for r in readings[i + 1:] if r.conversion_of is None]
        next_start = following[0].start if following else len(text)
        stated = _stated_year(text, reading, next_start, comparisons, parens)
        if stated:
            reading.years = stated
        elif reading.comparison and reading.total is not None and reading.total.comparison:
            reading.years = list(reading.total.years)
        elif reading.comparison and _with_words(_PREVIOUS_YEAR).match(text, _skip_words(text, reading.end, next_start)) and report_year:
            reading.years = [report_year - 2]  # "down from 30 prosecutions begun during the previous reporting period"
        elif reading.comparison:
            region = next((r for r in comparisons if r[0] <= reading.start < r[1]), None)
            reading.years = _comparison_year(text, reading, region, parens)
            if not reading.years and _with_words(_PREVIOUS_YEAR).search(text, reading.end, _clause_end(text, reading.end)) and report_year:
                reading.years = [report_year - 2]
        # "386 pre-trial trafficking investigations of 602 suspects in 2018": one phrase, one year; "prosecuted nine cases
        # and convicted six sex traffickers in 2016", "initiating 86 ... investigations and prosecuting at least 53 alleged
        # traffickers in 53 cases ... between October 2017 and September 2018": the year ends the verbs joined
        last_end = reading.end
        for k, joined in enumerate(following):
            if reading.years or joined.comparison or not _JOINED_COUNT.fullmatch(text, last_end, joined.start):
                break
            reading.years = _stated_year(text, joined, following[k + 1].start if k + 1 < len(following) else len(text),
                                         comparisons, parens)
            last_end = joined.end
        if not reading.years and _OPENS_COMPARISON.match(text):
            # "In comparison, prosecutors reported 44 new investigations ... and eight cases brought to trial in 2013":
            # a sentence of comparisons is of the year it names, none of its counts of the reporting period
            later = [d.year for d in dates(text[reading.end:]) if not _names_law_or_event(text[reading.end:], d)]
            reading.years = later[:1]
        if not reading.years and reading.comparison:
            unstated.add(id(reading))
        if not reading.years:
            before = _scoping_at(scoping, text, reading.start, document)
            previous = _previous_year_at(text, reading, next_start, comparisons, parens)
            if previous is not None and (not before or before[-1][0] < previous) and report_year:
                reading.years = [report_year - 2]  # "...in 2016; during the previous year, it reported identifying 153"
            elif before:
                reading.years = [before[-1][1]]
            elif reading.total is not None and reading.total.years and not reading.comparison:
                reading.years = list(reading.total.years)
                from_total.add(id(reading))
            elif previous is not None and report_year:
                reading.years = [report_year - 2]
            elif report_year:
                reading.years = [report_year - 1]
                defaulted.add(id(reading))
        reading.year = reading.years[0] if reading.years else None
    # "allocated 133 million pesos ..., an increase from 92.2 million pesos": a comparison of no year of its own
    # is of the year before the count it is compared with
    for reading in readings:
        compared_with = reading.compared_with
        named = next((r for r in reversed(recent) if r.value == reading.value and r.unit == reading.unit and r.total is None
                      and not r.comparison and set(r.measures) & set(reading.measures)), None) if id(reading) in unstated else None
        if named is not None and named.year:
            # "compared with the prosecution service’s statistic of 413": a count of the section named again, of its year
            reading.years, reading.year = list(named.years), named.year
            continue
        if id(reading) in unstated and compared_with is not None and compared_with.year and report_year:
            year = report_year - 2 if id(compared_with) in defaulted else compared_with.year - 1
            reading.years, reading.year = [year], year
            defaulted.discard(id(reading))
    # a number with no year but a comparison with an earlier year, after counts of the section stated with their year
    # ("552 suspects (compared to 523 in 2017)" after the investigations "in 2018, the most recent year"), is of the year
    # after the comparison's or of those counts when they are later ("housed 83 victims ..., compared with 77 victims ...
    # in 2018, and 89 ... in 2017" after the counts of 2020); its parts follow it. With no year stated before it, rule 4
    # holds: "identified and assisted 292 trafficking victims ..., compared with 366 in 2012" (2015 report) is of 2014
    section_years = [r.year for r in recent if r.year and not r.comparison and not r.defaulted
                     and (report_year is None or r.year < report_year)]
    inferred: set[int] = set()  # defaulted readings dated by what they are compared with
    for reading in readings:
        compared = [c.year for c in readings if c.compared_with is reading and c.year]
        # "compared with no victims identified between 2016 and 2018 and 10 victims identified in 2015":
        # the latest year the comparison names
        compared += [y for c in readings if c.compared_with is reading for a, b, _ in comparisons if a <= c.start < b
                     for y in _years_named(text[a:b])]
        if id(reading) in defaulted and compared and section_years:
            year = max([max(compared) + 1] + section_years)
            reading.years, reading.year = [year], year
            inferred.add(id(reading))
        elif reading.total is not None and (id(reading) in from_total or id(reading) in defaulted) \
                and id(reading.total) in defaulted and reading.total.year != reading.year and not reading.comparison:
            reading.years, reading.year = list(reading.total.years), reading.total.year
    for reading in readings:
        reading.defaulted = id(reading) in defaulted and id(reading) not in inferred
        if reading.conversion_of is not None:
            reading.years, reading.year = list(reading.conversion_of.years), reading.conversion_of.year
        elif reading.total is not None and not reading.comparison and reading.total.unit == reading.unit \
                and reading.year is not None and reading.total.year is not None and reading.year not in reading.total.years:
            # "identified 10 victims in 2018 and 12 in 2017": a count of another year is no part of the total
            reading.total, reading.dimension, reading.category, reading.listed_part = None, None, None, False


# what joins a count to the next one of its phrase or list of verbs ("investigations of 602", "and prosecuting at least 53")
_JOINED_COUNT = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(?:of|into|involving|against|in|and\s+(?:\w+ly\s+)?[a-z]+(?:ed|ing))\s+"
                           r"(?:at\s+least\s+|approximately\s+|about\s+)?")


def _years_named(text: str) -> list[int]:
    """The years a stretch of text names, both ends of a range ("between 2016 and 2018") included."""
    return [d.year for d in dates(text)] + [int(m.group(g)) for m in _YEAR_RANGE.finditer(text) for g in ("a", "b")]


def _skip_words(text: str, start: int, end: int) -> int:
    """Where "the previous reporting period" would start after a count's noun and participle ("30
    prosecutions begun during the previous ..."): up to five words and a preposition, or none."""
    match = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:in|during|over)\s+", re.I).match(text, start, end)
    # or right after the count ("up from 25 the previous year and 20 in 2019")
    if match:
        return match.end()
    return start + len(text[start:end]) - len(text[start:end].lstrip())


# ("provided care for 1,109 victims, increases over the previous reporting period", 2010 Nigeria: the period compared
# with; "unlike in the previous reporting period"; a likeness that names no count of its own, "the same number identified
# in the previous reporting period", "the same number of potential victims identified during ...", "similar to the
# previous reporting period", "consistent with ...": the period is what the count is like, never the count's year)
_COMPARATIVE_BEFORE = re.compile(r"(?:\bthose\s+of|\bthat\s+of|\bthan|\bfrom|\bcompared\s+(?:to|with)|\bthe\s+number\s+"
                                 r"(?:\w+\s+)?(?:in|during)"
                                 r"|\b(?:increases?|decreases?|declines?|drops?|rises?|improvements?)\s+(?:over|on)|\bunlike|\bin\s+contrast\s+(?:to|with)|\bthe\s+same\s+(?:[\w-]+\s+)?as"
                                 r"|\bthe\s+same\s+(?:number|amount|figure|level|total)(?:\s+of(?:\s+[\w’'-]+){1,3}?)?(?:\s+as)?"
                                 r"|\b(?:similar|comparable|equal|identical)\s+to|\bconsistent\s+with|\bon\s+par\s+with"
                                 r"|(?:^|[,;(—–])\s*(?:just\s+)?(?:as|like))"
                                 r"\s+(?:[a-z]+ed\s+)?(?:in\s+|during\s+)?(?:the\s+)?$", re.I)
_COMPARATIVE_REACH = 80  # characters before "the previous reporting period" that may hold what it is compared with


def _previous_year_at(text: str, reading: _Reading, next_start: int, comparisons, parens) -> int | None:
    """Where "the previous year", "last year" dates a number: before it in its clause, or after
    it before the next number, and not as what something is compared with ("equal to those of the prior year")."""
    start = _clause_start(text, reading.start)
    end = min(next_start, _clause_end(text, reading.end))
    marker = next((a for a, _, _ in comparisons if reading.end <= a < end), None)
    end = marker if marker is not None else end
    own_region = next((r for r in comparisons if r[0] <= reading.start < r[1]), None)
    # "; during the previous year, officials gave no overall figure, but they discovered 200": an opening scopes its whole clause
    opening = _opening_previous(text, reading.start)
    if opening is not None and own_region is None:
        return opening
    remarks = [span for span in parens if not span[0] <= reading.start < span[1]]
    current = _CURRENT_PERIOD.match(text, reading.end, end)
    if current:
        # "identified 17 victims during the reporting period—the same number ... during the previous reporting period":
        # the period stated with the count is its year; the previous one dates what is compared with it
        return None
    for window_start, window_end in ((start, reading.start), (reading.end, end)):
        for match in _with_words(_PREVIOUS_YEAR).finditer(text, window_start, window_end):
            if any(a <= match.start() < b for a, b in remarks):
                continue  # "convicted at least 100 traffickers—including some whose trials began in the previous reporting period—"
            if window_start == reading.end and _dates_another_event(text[reading.end:match.start()], reading.measures):
                continue
            if _begun_then(text, reading, window_start, match.start()):
                continue
            if any(a <= match.start() < b for a, b, _ in comparisons if (a, b, _) != own_region):
                continue  # "compared with three identified the previous reporting period, and sheltered 20"
            if window_start == start and _NEW_SUBJECT_CLAUSE.search(text, match.end(), reading.start):
                continue  # "Police opened 12 investigations in the previous reporting period, and courts continued 5"
            if window_start == start and _in_closed_relative_clause(text, match.start(), reading.start):
                continue  # "Of the five prosecutions that remained ongoing at the close of the previous reporting period, PGO completed ... two"
            if re.match(r",?\s+when\b", text[match.end():]):
                return match.start()  # "than in the previous reporting period, when police investigated 600 cases"
            if not _COMPARATIVE_BEFORE.search(text, max(0, match.start() - _COMPARATIVE_REACH), match.start()):
                return match.start()
    return None


# ", and" with a subject and verb of its own: a clause that the period of the clause before it does not scope
_NEW_SUBJECT_CLAUSE = re.compile(r",\s+and\s+(?:the\s+)?(?!\w+ly\b)[A-Za-z-]+\s+(?:(?!\w+ly\b)[A-Za-z-]+\s+)?"
                                 r"(?:\w+ly\s+)?[a-z]+ed\b")
_OPENING_PREVIOUS = r"\s*(?:during|in|over|for)\s+(?:" + _PREVIOUS_YEAR + r")\s*,"  # (a template compiled on first use)
# a participle of the start of the cases counted ("11 trafficking cases initiated in the previous reporting period")
_BEGUN = r"(?:{CaseBeginningParticiples})\s+(?:in|during)\s+$"
# a count of cases carried on: the word before the count is its verb or an adjective of its noun ("continued investigations
# of 11 cases", "continued to prosecute 11", "ongoing prosecutions of 11"), or after it ("11 ongoing prosecutions"); not a
# word of another phrase of the clause ("Despite continued pandemic restrictions, the government reported nine ...")
_CARRIED_ON_VERB = (r"(?:{CarryingOnWords})(?:\s+to\s+[a-z]+|\s+[a-z]+ing)?"
                    r"(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:of|into|involving|against|on))?"
                    r"\s+(?:(?:{RoundingWords}|some)\s+)?$")
# a clause with its own period (tip:CurrentPeriodWordings) ends the reach of an opening "During the previous year,"; a
# stated year is read by ``dates``


def _opening_previous(text: str, at: int) -> int | None:
    """Where "During the previous year," opening the sentence or a clause after ";" scopes ``at``: every count after it
    ("During the previous year, the government did not report investigating any cases; courts reported convicting one
    trafficker", 2021 Chad wording; "...in 2016; during the previous year, it reported identifying 153"), up to a year
    stated between."""
    segment = max([0] + [m.end() for m in re.finditer(r";", text[:at])])
    for start in dict.fromkeys((segment, 0)):
        opening = _with_words(_OPENING_PREVIOUS).match(text, start, at)
        if opening and not dates(text[opening.end():at]) and not _word_class("CurrentPeriodWordings").search(text, opening.end(), at):
            return opening.start() + len(opening.group()) - len(opening.group().lstrip())
    return None


def _new_beside_carried_on(text: str, carried: _Reading, at: int) -> bool:
    """Whether the count at ``at`` is of cases begun (tip:CaseBeginningParticiples between them, "new") after a count
    ``carried`` of cases carried on (tip:CarryingOnWords): new cases are never a part of those carried over
    ("Authorities continued 11 investigations from 2015 and initiated 6 in 2016")."""
    carried_on = _with_words(_CARRIED_ON_VERB).search(text, _clause_start(text, carried.start), carried.start) \
        or _with_words(r"\s+(?:{CarryingOnWords})\b").match(text, carried.end)
    return bool(carried_on) and bool(_with_words(r"\b(?:{CaseBeginningParticiples}|new)\b").search(text, carried.end, at))


def _begun_then(text: str, reading: _Reading, since: int, at: int) -> bool:
    """Whether the period at ``at`` dates the start of cases carried on, not a count ("continued investigations of 11
    trafficking cases initiated in the previous reporting period": of the reporting period, as "initiated in prior
    reporting periods" is; nor does it date "and initiated three new prosecutions" after it)."""
    begun = _with_words(_BEGUN).search(text, since, at)
    # what was carried on is what was begun: "continued ... cases initiated in", not "one prosecution initiated in ...
    # against three suspects" (2022 Bhutan: the count of the period), whatever "and it continued" says after
    if begun is None:
        return False
    # the cases begun are counted by the count before "initiated in": this one, or one before it ("continued 14
    # prosecutions initiated in the previous reporting period and initiated three new prosecutions")
    counted = reading.start
    if begun.start() < reading.start:
        before = list(re.finditer(r"\b(?:\d[\d,]*|%s)\b" % "|".join(WORD_VALUES), text[:begun.start()], re.I))
        if not before:
            return False
        counted = before[-1].start()
    return bool(_word_class("CarryingOnWords").search(text, counted, begun.start())
                or _with_words(_CARRIED_ON_VERB).search(text, _clause_start(text, counted), counted))


# the count's own period named right after it and its noun ("17 victims during the reporting period")
_CURRENT_PERIOD = re.compile(r"(?:\s+(?!(?:during|in|over|for)\b)[\w’'-]+){0,5}?\s+(?:during|in|over|for)\s+(?:the|this)\s+"
                             r"(?:current\s+)?reporting\s+(?:period|year)\b", re.I)


def _dates_another_event(gap: str, measures: list[str]) -> bool:
    """Whether a time phrase after a count ("the previous reporting period") dates another event than the count: a
    participle or relative clause between them with a wording of another measure ("provided assistance to ... one victim
    identified the previous reporting period": assisted now; "convicted ... traffickers, some whose trials began in the
    previous reporting period"), or a relative clause that names none of the count's ("identified 20 victims, who had
    been exploited during the previous year")."""
    named = {e.key for e in _measure_entries() if e.pattern.search(gap)}
    if named - set(measures) and not named & set(measures):
        return True
    return bool(re.search(r"\b(?:whose|who|whom|which)\b", gap, re.I)) and not named & set(measures)


def _comparison_year(text: str, reading: _Reading, region, parens) -> list[int]:
    """The year of a compared count with none of its own: the year of the count it is part of, stated
    before it in the comparison ("compared with 40 cases in 2020, including 24 ..."), else the next
    year stated ("compared with 11 transnational ... and one internal sex trafficker in 2013")."""
    if region is None:
        return []
    outside = [d for d in dates(text[region[0]:region[1]])
               if not any(a < region[0] + d.start < b and not (a < reading.start < b) for a, b in parens)]
    before = [d for d in outside if region[0] + d.end <= reading.start]
    after = [d.year for d in outside if region[0] + d.start >= reading.end]
    # "compared with 40 cases in 2020, including 24 ...": the 24 are of 2020; but "2,224 ... in 2017, and
    # 3,411 potential ... in 2016" starts a new item at ", and"
    # "... and 12 convicted in 2019 and nine cases prosecuted ... in 2018": an item that ends with its year is done
    closed = before and after and re.fullmatch(r"\s*,?\s*and\s+", text[region[0] + before[-1].end:reading.start])
    if before and not closed and not re.search(r",\s*and\b|;", text[region[0] + before[-1].end:reading.start]):
        return [before[-1].year]
    if after:
        return after[:1]
    if before:
        return [before[-1].year]
    return [region[2]] if region[2] else []


def _stated_year(text: str, reading: _Reading, next_start: int, comparisons, parens) -> list[int]:
    """The year stated with a number: after it, before the next number, in its own clause."""
    end = min(next_start, _clause_end(text, reading.end))
    # "(200 compared to 252), and in contrast to the preceding year, ... in 2019": a count in a parenthesis that makes a
    # comparison is dated inside it (but "identified victims (312) in 2021", "23 percent (70 victims) in 2021")
    end = min([end] + [b for a, b in parens if a < reading.start < b
                       and re.search(r"\b(?:compared|versus|vs\.|(?:up|down)\s+from)\b", text[a:b], re.I)])
    # "(466 potential victims in 2016) but ATD determined none to be victims in both 2016 and 2017": a count in a
    # parenthesis that states its year after it is of that year alone
    end = min([end] + [b for a, b in parens if a < reading.start < b and dates(text[reading.end:b])])
    window = text[reading.end:end]
    inner = [(a, b) for a, b in parens if reading.end <= a < end]
    if inner and not any(a <= reading.start < b for a, b, _ in comparisons):
        # a parenthesis after the number is not its date ("110 victims (92 in 2015)"), the words after it may be
        window = text[reading.end:end]
        for a, b in inner:
            window = window[:a - reading.end] + " " * (b - a) + window[b - reading.end:]
    both = _BOTH_YEARS.search(window)
    if both:
        return [int(both.group("a")), int(both.group("b"))]
    fiscal = _FISCAL.search(window) or _BUDGET_YEAR.search(window)
    if fiscal:
        return [int(fiscal.group("year") or fiscal.group("year2"))]
    found = [d for d in dates(window) if not _names_law_or_event(window, d)
             and (reading.comparison or not _comparative_year(text, replace(d, start=d.start + reading.end,
                                                                            end=d.end + reading.end)))]
    # "continued to assist 28 victims who entered the shelter in 2015": a relative clause that names none of the
    # count's measures dates its own event
    found = [d for d in found if reading.comparison or not re.search(r"\b(?:whose|who|whom)\b", window[:d.start], re.I)
             or not _dates_another_event(window[:d.start], reading.measures)]
    # "In 2020, police investigated 14 cases, and in 2019, they investigated 12": a year that opens the next clause scopes
    # what follows it (rule 2), not the count before it
    found = [d for d in found if not (_OPENS_NEXT_CLAUSE.search(window[:d.start]) and re.match(r"\s*,", window[d.end:]))]
    found = [d for d in found if reading.comparison
             or not _carried_over_from(text, reading.end + d.start, reading.end + d.end)]
    return [found[0].year] if found else []


# a word of cases carried on before "from" and a year, in one clause ("were carried over from 2013", "continued 11
# investigations from 2015", "two pending ... prosecutions involving complicit officials from 2012")
_CARRIED_OVER_FROM = r"(?:{CarriedOverWords})[^,;:()]*?\bfrom\s+$"


def _carried_over_from(text: str, start: int, end: int) -> bool:
    """Whether the year ``text[start:end]`` is where cases carried on began (tip:CarriedOverWords), which dates neither
    them nor a count after it: "four additional investigations were carried over from 2013" and "two pending ...
    prosecutions involving complicit officials from 2012" count cases of the reporting period, as "continued ... cases
    initiated in 2015" does (:func:`_begun_then`); not a span ("from 2013 to 2015") nor "a case from 2014 involving two
    ... officers charged", with nothing carried on."""
    # the date may span its "from" ("from 2013")
    before = text[max(0, start - 200):start] + cast(re.Match[str], re.match(r"(?:from\s+)?", text[start:end], re.I)).group()
    if re.match(r"\s*(?:to|until|through)\b|\s*(?:and|[-–])\s*(?:19|20)\d\d", text[end:]):
        return False
    return bool(_with_words(_CARRIED_OVER_FROM).search(before))


_OPENS_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:(?:and|but|while|whereas)\s+)?(?:(?:in|during)\s+)?$", re.I)  # before "in 2019"


_LAW_OF_YEAR = re.compile(r"\b(?:Act|Law|Code|Decree|Proclamation|Ordinance|Amendment)\s+(?:No\.\s*\S+\s+)?$", re.I)


def _names_law_or_event(window: str, date) -> bool:
    """A year of a law's name ("the 2013 law", "the Children's Act of 1998"), after "since", or of the cases a count
    comes from ("charged three suspected traffickers from 2018 investigations") dates no count."""
    return bool(re.match(r"\s+(?:law|act|code|decree|amendments?)\b", window[date.end:], re.I)) or \
        bool(re.fullmatch(r"(?:from|of)\s+(?:19|20)\d\d", window[date.start:date.end], re.I)
             and _with_words(r"\s+(?:{CaseUnitNouns})\b").match(window, date.end)) or \
        bool(re.search(r"\bsince\s*$", window[:date.start], re.I)) or \
        bool(re.match(r"since\b", window[date.start:], re.I)) or \
        bool(_LAW_OF_YEAR.search(window[:date.start]))


# words before a year that compare with it; a count after "the number", "than" or "as many as", in digits or words,
# has the year as its own ("as many as nine victims in 2019", "but still less than the 221 victims identified in 2019")
_NO_COUNT_AFTER = r"(?![\s\S]*?(?:\d|\b(?:%s)\b))" % _WORD
_COMPARING_WORDS = re.compile(
    r"\bthe\s+number\b%s|\bthan\b%s|\bcompared\b|\bcomparison\b|\b(?:increase|decrease|decline|drop|rise)\b"
    r"|\b(?:up|down)\s+from\b|\bthe\s+same\s+(?:[\w-]+\s+)?as\b|\bthe\s+same\s+number\b|\bas\s+(?:many|much)\s+as\b%s"
    % (_NO_COUNT_AFTER, _NO_COUNT_AFTER, _NO_COUNT_AFTER) +
    r"|(?:\bunlike|\bcontrast\s+(?:to|with)|\bsimilar(?:ly)?\s+to|(?:^|,)\s*(?:just\s+)?(?:as|like))\s+(?:(?:in|during)\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?(?-i:[A-Z][a-z]+\s+)?$",  # (a month's name, not "similar to nine in 2020")
    re.I)


def _comparative_year(text: str, date) -> bool:
    """A year something is compared with scopes nothing: "three times the number arrested in 2002",
    "a decrease from 2009" (but "a decrease from 2009, during which authorities identified 13" dates them)."""
    segment_start = max([0] + [m.end() for m in re.finditer(r"[,;(]", text[:date.start])])
    segment = text[segment_start:date.start]
    # ("the number of victims in the fishing industry grew from 12 victims in 2017 to 23": a count after "the number"
    # is dated by the year after it; "the same amount as in 2018" compares; so do "Unlike in 2018,", "as in 2017",
    # "similar to 2016", "in contrast to 2015": a year of comparison never dates the counts around it)
    if _COMPARING_WORDS.search(segment):
        return not re.match(r",?\s+(?:during|in)\s+which\b|,?\s+when\b", text[date.end:], re.I)
    return False


# a participle between commas that dates its noun's own event, not the sentence's: ", developed in 2016,"
_DATED_APPOSITIVE = re.compile(r",\s*(?:[\w-]+\s+){0,2}?[a-z]+ed\s+(?:[\w-]+\s+){0,2}?(?:(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?)?$")


_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whom)\b", re.I)


def _in_closed_relative_clause(text: str, at: int, before: int | None = None) -> bool:
    """Whether ``at`` is in a relative clause after a count ("the five prosecutions that remained ongoing at the close
    of the previous reporting period,") that a comma closes (before ``before``): its time dates the clause's own event,
    not the counts of the main clause after it."""
    opened = max([0] + [m.end() for m in re.finditer(r"[,;:()]", text[:at])])
    pronoun = _RELATIVE_PRONOUN.search(text, opened, at)
    # the clause of a count ("the five prosecutions that ..."), not of a noun of none ("Victims who were identified in
    # 2016, including 20 children, ...": the year scopes the parts)
    if pronoun is None or not re.search(r"(?:\d|\b(?:%s))\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s+$" % _WORD,
                                        text[max(opened, pronoun.start() - 60):pronoun.start()], re.I):
        return False
    closing = text.find(",", at)
    return closing >= 0 and (before is None or closing < before) and not re.search(r"[;.]", text[at:closing])


def _scoping_years(text: str, comparisons, parens) -> list[tuple[int, int]]:
    """``(offset, year)`` of the years that scope what follows them in a sentence.

    A year inside a comparison or parenthesis, of a law's name, or after "since" scopes nothing.
    """
    found = []
    # "Between April 2020 and March 2021, police investigated 14 cases": a split period is of its first year (decision 6)
    period_ends = {m.start("b") for m in _SPLIT_PERIOD.finditer(text)} if may_match(_SPLIT_PERIOD, text) else set()
    for d in dates(text):
        if any(a <= d.start < b for a, b, _ in comparisons) or any(a <= d.start < b for a, b in parens):
            continue
        if any(d.start <= end < d.end for end in period_ends):
            continue
        prefix = text[max(0, d.start - 12):d.start + 12]
        if re.search(r"\bsince\b|\buntil\b|\bbefore\b|\bby\s+(?:19|20)", prefix, re.I):
            continue
        if re.match(r"\s+(?:law|act|code|decree)\b", text[d.end:], re.I) or _LAW_OF_YEAR.search(text[:d.start]):
            continue
        if _comparative_year(text, d):
            continue
        if _DATED_APPOSITIVE.search(text[max(0, d.start - 60):d.start]) and re.match(r"\s*,", text[d.end:]):
            continue  # "The MITP's protocol on victim assistance, developed in 2016, provided assistance to all 21 victims"
        if _in_closed_relative_clause(text, d.start):
            continue  # "Of the 16 cases that were pending in 2017, courts convicted ...": the year of the pending, not of the verdicts
        if _carried_over_from(text, d.start, d.end):
            continue  # "continued 11 investigations from 2015 and opened six new ...": where cases began, the six's year neither
        found.append((d.start, d.year))
    fiscal = _FISCAL.search(text)
    if fiscal:
        found.append((fiscal.start(), int(fiscal.group("year") or fiscal.group("year2"))))
    found += [(m.start(), int(m.group("year"))) for m in (_BUDGET_YEAR.finditer(text) if may_match(_BUDGET_YEAR, text) else ())
              if not any(a <= m.start() < b for a, b, _ in comparisons)]
    return sorted(found)


def _scoping_at(scoping: list[tuple[int, int]], text: str, at: int, document: Document) -> list[tuple[int, int]]:
    """The scoping years (:func:`_scoping_years`) before ``at``. A summary (the Factbook's) joins items of its own by
    ";": a year of one item dates none of the next ("a new child labor law was passed in 2015 ...; authorities did not
    investigate, prosecute, or convict"), unless the part after ";" has no subject of its own and goes on the same item
    ("in 2013, authorities investigated 15 cases; prosecuted 10 suspects; and convicted four traffickers"). A narrative's
    ";" ends no item: its year goes on ("In 2016, ...; of these, 28 ...")."""
    return [(start, year) for start, year in scoping if start < at
            and not (document.kind == "summary" and _new_item_between(text, start, at))]


def _new_item_between(text: str, start: int, at: int) -> bool:
    """Whether a summary's ";" between ``start`` and ``at`` opens a new item: a part with a subject of its own or with
    no measure verb (:func:`_part_after_semicolon`), each part read to the next ";" or to ``at``."""
    semicolons = [i for i in range(start, at) if text[i] == ";"]
    if not semicolons:
        return False
    ends = semicolons[1:] + [at]
    return any(_part_after_semicolon(text[semicolon + 1:end]) != "continued" for semicolon, end in zip(semicolons, ends, strict=True))


# --- zeros -----------------------------------------------------------------------------------

_ZERO = re.compile(
    r"\b(?:(?:did|does|do)\s+not|didn[’']t|failed\s+to|made\s+no\s+efforts?\s+to|has\s+not|have\s+not|had\s+not|never|(?:has|have|had)\s+yet\s+to"
    r"|nor\s+did\s+(?:it|the\s+government|authorities)|(?:not|without)(?=\s+reporting\b))\s+(?P<adverb>\w+ly\s+)?(?P<verb>report(?:ed|ing)?\s+|provide\s+|"
    r"support\s+|allocate\s+|receive\s+|conduct\s+|initiate\s+|make\s+|secure\s+|obtain\s+|achieve\s+|result\s+in\s+|lead\s+to\s+)?(?:any\s+|having\s+)?(?P<what>(?=[^.;:]{0,120}))"
    r"|\b(?:no|zero)\s+(?P<what2>(?=[^.;:]{0,80}))", re.I)
# (a preposition left before the next verb belongs to the object both share: "did not report screening for, or
# identifying, potential trafficking victims")
_ZERO_ITEM_TEMPLATE = (r"\s*(?:(?:for|of|to|in|with)(?=\s*,)\s*)?(?:,\s*)?(?:(?:and|or|nor)\s+)?(?:(?:initiation|opening)\s+of\s+)?(?:any\s+)?(?:an?\s+|new\s+|specific\s+|specialized\s+|anti-trafficking\s+|"
                       r"(?:(?:sex|labou?r|forced\s+labou?r|child)\s+)?trafficking\s+|"
                       r"formal\s+|such\s+|operating\s+|dedicated\s+|separate\s+|additional\s+|secure\s+|obtain\s+|%s\s+)*"
                       r"(?P<word>[\w-]+)")


@functools.lru_cache(maxsize=1)
def _zero_item() -> re.Pattern:
    """An item a negation denies, after the words that leave it denied whole (``tip:NegatedActQualifiers``: "no known
    prosecutions", "did not report proactively identifying")."""
    return re.compile(_ZERO_ITEM_TEMPLATE % _word_class("NegatedActQualifiers").pattern, re.I)
# "since 2011", "since early 2015", and since a dated event: "since the anti-trafficking law was amended in 2013", "since it
# came into force in 1992"
_ZERO_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:(?:the|it|its|their)\s+(?:[\w’'-]+\s+){0,7}?"
                         r"(?:in\s+)?)?(?P<year>(?:19|20)\d\d)\b", re.I)
# a negated support whose object is those who care for victims (compiled on first use: tip:CareProviderNouns)
_SUPPORT_OF_PROVIDERS = (r"(?:report(?:ed|ing)?\s+)?(?:\w+ly\s+)?(?:(?:{SupportVerbs})\s+(?:any\s+)?"
                         r"|provid(?:e|ed|ing)\s+(?:any\s+)?(?:[\w-]+\s+(?:or\s+[\w-]+\s+)?)?(?:{SupportNouns})\s+(?:to|for)\s+"
                         r"(?:(?:the|those|these|any)\s+)?)(?:[\w-]+\s+){0,2}?(?:{CareProviderNouns})\b")
# "Since the government's identification of four potential trafficking victims in 2015, the government has not ..."
_OPENS_SINCE = re.compile(r"\s*Since\b[^;]{0,120}?\b(?P<year>(?:19|20)\d\d)\b[^;]*?,\s*(?:[\w’'-]+\s+){0,4}$", re.I)
# "did not identify any trafficking victims during the past two reporting periods", "for three consecutive years", "for
# the third consecutive year, did not prosecute or convict any traffickers": the run of years stated, none in each of its
# years, counted back from the reporting period (STATISTICS.md zeros: "no victims identified between 2016 and 2018 (one
# line per year)"; "Reference year" rule 4: the reporting period is the year before the report's)
_CONSECUTIVE = re.compile(r"\bfor\s+(?:(?:the|a)\s+(?P<nth>%s)\s+(?:consecutive\s+|straight\s+)?(?:year|reporting\s+period)(?:\s+in\s+a\s+row)?"
                          r"|(?P<n>%s|\d+)\s+(?:consecutive|straight)\s+years)\b"
                          r"|\b(?:during|in|over|for)\s+the\s+(?:past|last|previous)\s+(?P<n2>%s|\d+)\s+(?:reporting\s+periods|years)\b"
                          % ("|".join(sorted(ORDINALS, key=len, reverse=True)), "|".join(sorted(WORD_VALUES, key=len, reverse=True)),
                             "|".join(sorted(WORD_VALUES, key=len, reverse=True))), re.I)
# the first year a run of none may reach: the first TIP reporting period (a "since it came into force in 1992" or "since
# the country's independence in 1991" states no count of the years before the reports)
FIRST_REPORTING_YEAR = 2000


def _run_of_predicate(text: str, end: int, run: re.Match | None) -> re.Match | None:
    """``run`` (a "since YEAR" or a run of years after a negation's object ending at ``end``) when it sits in the negated
    predicate itself: only prepositional phrases between ("did not identify any victims in the country for the second
    consecutive year"; no comma, count or verb: tip:RunBreakingWords), and no first, record or change that it measures
    instead (tip:RunDenyingWords: "for the first time since 2012", "the lowest number since 2010"); else None."""
    if run is None:
        return None
    gap = text[end:run.start()]
    if re.search(r"[,;:()\d–—]", gap) or _word_class("RunBreakingWords").search(gap) or _denies_run(text, run.start()):
        return None
    return run


def _denies_run(text: str, at: int) -> bool:
    """Whether the words just before a run at ``at`` make it a first, a record or a change (tip:RunDenyingWords:
    "for the first time in the last five years", "a decline for the second consecutive year"), no run of none."""
    return bool(_with_words(r"\b(?:{RunDenyingWords})\s+(?:[\w’'-]+\s+){0,4}?$").search(text, max(0, at - 60), at))
# what may stand between an opening "for the third consecutive year" and its negation: a comma and a subject
# ("For the second consecutive year, the government did not ..."), never a second clause ("..., and no convictions")
_CONSECUTIVE_GAP = re.compile(r"\s*,?\s*(?:(?!and\b|but\b|while\b|whereas\b)[\w’'-]+\s+){0,4}", re.I)


def _opening_consecutive(text: str, start: int, end: int) -> re.Match | None:
    """"For the third consecutive year" opening the clause of a negation at ``end``; None when it belongs to
    the clause before ("no new prosecutions were initiated for the second consecutive year, and no convictions
    were made, down from one in 2013": the convictions are none for one year only)."""
    found = _CONSECUTIVE.search(text, start, end)
    return found if found and _CONSECUTIVE_GAP.fullmatch(text, found.end(), end) else None


_ZERO_SCOPE_END = re.compile(r",|\(|\b(?:down|up|compared|an?\s+(?:increase|decrease))\b", re.I)
_ZERO_ADVERBS = re.compile(r"reportedly|officially|formally|also|newly|actually", re.I)
# what a negated "provide" denies victims: care given to them ("any services to victims", "shelter or services to any
# victims", "victims any government-funded services"), not data, training or money
# (compiled on first use: the nouns of care are tip:CareNouns)
_CARE_DENIED = (r"(?:any\s+)?(?:(?:[\w-]+\s+)?(?:{CareNouns})\s+(?:or|and)\s+)?(?:[\w-]+\s+)?"
                r"(?:{CareNouns})\s+(?:to|for)\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?(?:victims|survivors)\b"
                r"|(?:[\w-]+\s+){0,2}?(?:victims|survivors)\s+(?:with\s+)?any\s+(?:[\w-]+\s+){0,2}?(?:{CareNouns})\b")
# a verb of paying out with money as its object: "any" money, or the money ("the funding") the sentence allocated before
_PAID_OUT = (r"(?:{PayOutVerbs})\s+(?:(?P<any>any)\s+(?:of\s+(?:the|its|their)\s+)?|(?P<definite>the|its|their|these|those|this|that|such)\s+)?"
             r"(?:[\w-]+\s+)?(?:{MoneyNouns})\b")


# "facilitated, but did not fund, the repatriation of 12", "did not identify the child as a victim": a verb whose
# object is one act or group already named says nothing of how many in the year, no zero (a zero says "any", or names
# a plural of its own: "did not identify any victims", "did not prosecute traffickers"); nor does a verb whose object is
# left out ("mobile team members were attacked, threatened, and intimidated ..., but law enforcement did not investigate.")
_BASE_VERB = re.compile(r"(?!\w+(?:ions?|ing|ed|s)$)[a-z]+", re.I)
# (but "did not allocate funding to these entities" is none for them)
_DEMONSTRATIVE_OBJECT = r"\s*(?:(?:to|for)\s+)?(?:these|those)\s+(?:[\w-]+\s+){0,2}?(?:{VictimNouns})\b"
_DEFINITE_OBJECT = re.compile(r",?\s+(?:the|its|their|this|that|these|those|his|her)\b", re.I)


def _stated_in_segment(text: str, readings: list[_Reading], at: int) -> set[tuple[str, int]]:
    """(measure, year) of the counts stated in the part of the sentence between semicolons around ``at``: a zero beside
    one of them says how many of a part ("identified 30 victims, but did not identify any ..."); a zero after a
    semicolon is of another actor or part ("allocated NGOs €165,000 ...; local governments did not report allotting
    funds to support trafficking victims in 2019")."""
    start = max([0] + [m.end() for m in re.finditer(r";", text[:at])])
    end = text.find(";", at)
    end = len(text) if end < 0 else end
    return {(m, y) for r in readings if not r.comparison and start <= r.start < end for m in r.measures for y in r.years}


# "none were foreign victims": a kind of victims (its qualifiers only) of which none were among those counted before
_NONE_OF_A_KIND = r"\s*(?:were|was)\s+(?:an?\s+)?(?:(?:{VictimQualifiers})\s+){1,3}(?:victims?)\b"
# "did not assist or facilitate the repatriation of any trafficking victims", "did not report the identification of any
# victims": a negation of the act a noun names, with one or two helping verbs before it
_DENIED_ACT = re.compile(r"(?:[\w-]+\s+(?:(?:or|and)\s+[\w-]+\s+)?(?:in\s+|with\s+)?)?the\s+(?P<act>[\w-]+)\s+of\s+(?:any|an?)\b", re.I)
#: "none of whom ...", "none were ...": none for the measure of the verb after it.
_NONE_OF = re.compile(r"\bnone\s+(?:of\s+(?:whom|them|these|those|which)\s+(?:were\s+|was\s+|had\s+been\s+)?|(?=(?:were|was)\s))", re.I)
# (tip:LeadingToVerbs; a template compiled on first use)
_LED_TO_NONE = (r"\b(?:none\s+of\s+(?:these|those|the|its|their|such)\b[^.;:]{0,60}?|(?:has|have|had)\s+never|(?:did|does|do)\s+not)"
                r"\s+(?:{LeadingToVerbs})\s+(?:in|to)\s+(?:the\s+)?(?P<act>[a-z]+)\s+of\s+(?:a|an|any)\b")


def _zero_totals(text: str, readings: list[_Reading], at: int, key: str, years: list[int],
                 earlier: Sequence[_Reading] = ()) -> list[tuple["_Reading | None", list[int]]]:
    """The years of a zero of ``key`` grouped by the count of the measure and year stated beside it (between
    semicolons), or else among the ``earlier`` totals of the section (the latest), which the zero breaks down;
    None for the years no count states."""
    start = max([0] + [m.end() for m in re.finditer(r";", text[:at])])
    end = text.find(";", at)
    end = len(text) if end < 0 else end
    groups: dict[int, tuple["_Reading | None", list[int]]] = {}
    for year in years:
        total = next((r for r in readings if not r.comparison and start <= r.start < end and key in r.measures
                      and year in (r.years or ([r.year] if r.year is not None else [])) and r.value), None)
        if total is None:
            total = next((r for r in reversed(earlier) if key in r.measures and year in (r.years or ([r.year] if r.year is not None else []))
                          and r.value and r.unit == "count"), None)
        total = total.total or total if total is not None else None
        groups.setdefault(id(total), (total, []))[1].append(year)
    return list(groups.values())


_SENTENCE_SERVED = r"\s+(?:(?:his|her|their|its|the|a|any)\s+)?(?:{ServedPenaltyNouns})"  # compiled on first use
_COUNT_NEXT = re.compile(r"\s+(?:approximately\s+|about\s+|at\s+least\s+|more\s+than\s+)?(?:\d|(?:%s)\b)"
                         % "|".join(WORD_VALUES), re.I)


def _leading_measures(lex, what: str, before: str = "") -> list[tuple[str, int]]:
    """The measures a negation names first: "investigating, prosecuting, or convicting", "any
    investigations, prosecutions, or convictions of officials" → each with where its word ends (``before``: the
    sentence before the negation, where the money it denies may have been allocated)."""
    entries = _measure_entries() + (lex.measures["funding"],)
    found: list[tuple[str, int]] = []
    cursor = 0
    while True:
        item = _zero_item().match(what, cursor)
        if not item:
            break
        word = item.group("word")
        if found and re.search(r",\s*and\s", what[cursor:item.start("word")]) \
                and _with_words(r"\s+(?:\w+ly\s+)?\b(?:{OwnVerbWords})\b").match(what, item.end()):
            break  # "did not convict any traffickers, and investigations decreased": a noun with a verb of its own
        begun = re.match(r"\s+(?:any\s+)?(?:new\s+)?([\w-]+)", what[item.end():]) \
            if re.fullmatch(r"(?:initiat|open|launch|start|commenc)\w*", word, re.I) else None
        if begun and any(e.key != "funding" and e.pattern.fullmatch(begun.group(1)) for e in entries):
            # "did not report initiating any prosecutions": the noun the verb begins names the measure, not the verb
            cursor = item.end()
            continue
        keys = [e.key for e in entries if e.pattern.fullmatch(word)
                and (e.key != "funding" or re.match(r"fund|budget|allocat|allot", word, re.I)
                     or re.match(r"financial\s+(?:or\s+[\w-]+\s+)?(?:support|resources|assistance)\b", what[item.start("word"):], re.I))
                and not (_BASE_VERB.fullmatch(word) and (_DEFINITE_OBJECT.match(what, item.end()) or not what[item.end():].strip()))]
        if not keys and re.fullmatch(r"train\w*", word, re.I):
            keys = ["people_trained"]
        if re.fullmatch(r"serv\w*", word, re.I) and _with_words(_SENTENCE_SERVED).match(what, item.end()):
            keys = []  # "the owner never served his sentence": a penalty not served, no victims left unserved
        end = item.end()
        # "did not report providing training to social welfare professionals"
        given = re.match(r"\s+(?:any\s+)?(?:[\w-]+\s+)?training\b", what[end:], re.I) \
            if not keys and re.fullmatch(r"(?:provid|conduct|offer|deliver)(?:e|es|ed|ing)?", word, re.I) else None
        if given:
            keys, end = ["people_trained"], end + given.end()
        money = _with_words(_PAID_OUT).match(what, item.start("word")) if not keys else None
        if money and (money.group("any") or money.group("definite") and _word_class("AllocationVerbs").search(before)):
            # "did not actually disburse the funding", "did not distribute the available funds to any trafficking
            # victims": the money itself denied, none paid
            keys, end = ["funding"], item.start("word") + money.end()
        if not keys:
            # a wording of several words: "did not identify or provide services to any child victims"
            phrases = [(m.end(), e.key) for e in entries if e.key != "funding"
                       for m in [e.pattern.match(what, item.start("word"))] if m and m.end() > item.end()]
            if phrases:
                end, key = max(phrases)
                keys = [key]
        managed = re.match(r"(?:coordinat|facilitat|arrang|organi[sz])\w*\s+(?:the\s+)?([\w-]+)\s+of\b", what[item.start("word"):], re.I) \
            if not keys else None
        if managed:
            # "did not report coordinating the repatriation of foreign national victims": the act it managed
            keys = [e.key for e in entries if e.key != "funding" and e.pattern.fullmatch(managed.group(1))][:1]
            end = item.start("word") + managed.end() if keys else end
        if not keys or _with_words(_DEMONSTRATIVE_OBJECT).match(what, end):
            # "did not report providing medical or psychological assistance to these victims": none of one kind for a
            # group named before, who may have had other help; no zero of the measure in the year
            break
        if found and _COUNT_NEXT.match(what, end):
            break  # "did not initiate any new prosecutions, and convicted two traffickers": a verb with a count of its own
        found.append((keys[0], end))
        cursor = end
        # the object of one verb before the next: "assisting any victims, or investigating ..."
        counted = _with_words(r"\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?(?:{CountedNouns})(?=\s*,|\s+(?:or|and|nor)\b)").match(what[cursor:])
        if counted:
            cursor += counted.end()
    return found


# where a negation's object ends: a comma, or a clause of its own (tip:RunBreakingWords: "failed to initiate any
# prosecutions against alleged traffickers and has not convicted any offenders under the 2011 anti-trafficking act": the
# act is the second one's)
_OBJECT_END = r"[,;(]|{RunBreakingWords}"


def _limited_object(text: str, what_start: int, end: int, scope_end: int, key: str) -> bool:
    """Whether a negation of a measure of cases (investigations, prosecutions, convictions; no other measure) has an
    object (from ``what_start``; its measure's word ends at ``end``) limited to one law or form (tip:LimitedObjectWords:
    "any offenders under the Bonded Labor System Act", "any labor traffickers"; not the country's anti-trafficking law,
    what the plain measure counts) or to officials (tip:ComplicitOfficialWords, the verb's object first: "any complicit officials", "no complicit
    officials were ..."; trainees are often officials, no limit). Officials after the noun of the act ("any
    investigations ... of government officials complicit in ...") stay a zero of the measure, as statistics-dev
    annotates them (2015 Ghana)."""
    if key not in ("investigations", "prosecutions", "convictions"):
        return False
    stop = _with_words(_OBJECT_END).search(text, end, scope_end)
    if _word_class("LimitedObjectWords").search(text, what_start, stop.start() if stop else scope_end):
        return True
    officials = _with_words(r"\s*(?:(?:any|the|a|an)\s+)?(?:{ComplicitOfficialWords})")
    return bool(officials.match(text, what_start) or officials.match(text, end))


def _limited_trainees(text: str, negation: int, key: str) -> str | None:
    """The officials of some kinds only that a zero of people trained has for its subject (tip:OfficialNouns after a word
    that names their kind, not tip:GeneralOfficialWords, or after a quantifier of some, tip:SomeOfficialsQuantifiers),
    in lower case; ``None`` for any other zero: "labor inspectors
    and asylum officers did not receive training or guidance on victim identification" (2021 Turkey) says none of those
    were trained, not that nobody was."""
    if key != "people_trained":
        return None
    subject = text[_clause_start(text, negation):negation]
    some = _with_words(r"\b(?:{SomeOfficialsQuantifiers})\s+(?:[\w-]+\s+){0,2}?(?:{OfficialNouns})(?=\s+$)").search(subject)
    if some:  # "most officials did not receive training": some were
        return " ".join(some.group().lower().split())
    found = _with_words(r"\b(?!(?:{GeneralOfficialWords})\b)[a-z][\w-]*\s+(?:{OfficialNouns})"
                        r"(?:\s*,?\s*(?:and|or)\s+(?:[a-z][\w-]*\s+)?(?:{OfficialNouns}))?(?=\s+$)").search(subject)
    return " ".join(found.group().lower().split()) if found else None


def _without_repeated_zeros(found: list[_Reading]) -> list[_Reading]:
    """The zeros of a sentence with each (measure, year, part) once: a second denial of the same ("did not convict any
    traffickers, the first time ... that courts issued no convictions") repeats the first, no second fact. A zero for
    everyone wins over one limited to some (``limited_to``), wherever it stands: "labor inspectors did not receive
    training, and the government did not report training any officials" says nobody was trained."""
    general = {(m, y, r.category) for r in found if r.limited_to is None for m in r.measures for y in r.years}
    seen: set[tuple] = set()
    seen_limited: set[tuple] = set()
    kept = []
    for reading in found:
        years = reading.years
        if not years:
            kept.append(reading)
            continue
        keys = [(m, y, reading.category) for m in reading.measures for y in years]
        # (a limited zero is checked against the zeros for everyone and the limited ones before it; a zero for
        # everyone against those for everyone only)
        taken = general | seen_limited if reading.limited_to is not None else seen
        fresh = [y for y in years if any((m, y, reading.category) not in taken for m in reading.measures)]
        (seen_limited if reading.limited_to is not None else seen).update(keys)
        if not fresh:
            continue
        if fresh != years:
            reading = replace(reading, years=fresh, year=fresh[0])
        kept.append(reading)
    return kept


def _zeros(document: Document, text: str, readings: list[_Reading],
           read_comparisons: Callable[[], list[tuple[int, int, int | None]]], parens,
           recent: Sequence[_Reading] = ()) -> list[_Reading]:
    """Statistics of 0 from explicit statements that none happened ("did not identify any victims",
    "did not report investigating, prosecuting, or convicting", "no convictions"); ``read_comparisons`` gives the sentence's
    comparison regions (:func:`_comparison_regions`), asked for at the first denial."""
    found: list[_Reading] = []
    lex = load_lexicon()
    read: list[list[tuple[int, int]]] = []
    comparisons = functools.cache(read_comparisons)  # read at the first denial, as the years below

    def scoping() -> list[tuple[int, int]]:
        """The years that scope what follows them (:func:`_scoping_years`), read at the first denial: most sentences have none."""
        if not read:
            read.append(_scoping_years(text, comparisons(), parens))
        return read[0]

    for match in _ZERO.finditer(text) if may_match(_ZERO, text) else ():
        if match.group("adverb") and not _ZERO_ADVERBS.fullmatch(match.group("adverb").strip()):
            continue  # "did not adequately investigate" says how well, not how many
        if re.search(r"\b(?:often|sometimes|frequently|generally|usually|routinely|regularly|occasionally|repeatedly|"
                     r"at\s+times)\s+$", text[max(0, match.start() - 16):match.start()], re.I):
            continue  # "Officials and NGOs often failed to identify forced labor ...": how often, not none
        if _with_words(_DENIED_AS_VICTIMS).match(text, match.start()):
            continue  # "..., but did not identify any of them as trafficking victims": people counted before denied as victims, no zero
        if re.match(r"failed\s+to\s+\w+\s+(?!any\b)[^,;.]{0,60}?\bamong\b", text[match.start():], re.I):
            continue  # "failed to identify trafficking victims among Sri Lankan migrant workers": a group missed, no count
        # the groups are empty look-aheads, so that "no new prosecutions ..., and no convictions" finds both
        what_start = match.start("what") if match.group("what") is not None else match.start("what2")
        what = cast(re.Match[str], re.match(r"[^.;:]{0,120}", text[what_start:])).group()  # matches the empty string
        if _word_class(_NONE_CONTEXT).match(what.split(" ")[0]) or _with_words(r"(?:\w+\s+)?(?:{DataNouns})").match(what):
            continue  # "did not report data": an absence of data, not a zero
        if _with_words(r"(?:(?!(?:{DenialQuantifiers}))[\w-]+\s+){0,3}?(?:{DegreeDenialWords})\b").match(what):
            continue  # "has not provided adequate protective services to victims": how well, not how many
        leading = _leading_measures(lex, what, text[:match.start()])
        if _with_words(_SUPPORT_OF_PROVIDERS).match(what):
            # "has not supported NGOs that assist victims", "has not supported NGO-run care facilities", "did not report
            # providing financial or in-kind support to the civil society organizations that identify and assist victims":
            # the support of those who care for victims is withheld, not the care (the money of "did not fund NGOs" stays a
            # zero of funding)
            leading = [(key, end) for key, end in leading if key not in _VICTIM_MEASURES]
        if leading and _with_words(r"\s*(?:(?!(?:{InstrumentBreakWords}))[\w-]+\s+){0,2}?(?:{InstrumentNouns})\b"
                                   ).match(what, leading[-1][1]):
            continue  # "no identification and referral mechanism in place": the instrument is denied, not the acts
        verb = re.sub(r"\s+", " ", (match.group("verb") or "").strip().lower())
        act = _DENIED_ACT.match(what) if match.group("what") is not None else None
        act_keys = [e.key for e in _measure_entries() if act and e.pattern.fullmatch(act.group("act"))][:1]
        if act_keys:
            # "did not assist or facilitate the repatriation of any trafficking victims": none of the act named, the
            # verbs before it only help it
            leading = [(act_keys[0], cast(re.Match[str], act).end())]
        if verb in ("result in", "lead to"):
            # "did not result in prosecutions for trafficking offenses or convictions": each outcome listed
            for more in re.finditer(r"\b(?:or|nor|and)\s+(?:any\s+)?([\w-]+)", re.split(r"[,;(]", what)[0]):
                keys = [e.key for e in _measure_entries() if e.pattern.fullmatch(more.group(1))
                        and _word_class("CaseUnitNouns").fullmatch(more.group(1))]
                if keys and keys[0] not in [k for k, _ in leading]:
                    leading.append((keys[0], more.end()))
        officials = _with_words(r"(?:[\w-]+\s+){0,2}?(?:{OfficialNouns})\s+(?:have|has|had|were|was)\s+(?:\w+ly\s+)?(\w+(?:\s+[\w-]+){0,3})"
                                ).match(what) if match.group("what2") is not None else None
        if officials:
            # "no prosecutors have received specific anti-trafficking training since 2011": the officials are
            # no measure, the verb after them is
            leading = [(key, officials.end()) for key in _measures_in(_measure_entries(), officials.group(1), anchored=True)]
        if not leading and match.group("what2") is not None:
            # "no victims were identified", "no trafficking cases were prosecuted"
            # "compared with no victims identified between 2016 and 2018": the participle alone
            people = _with_words(r"(?:\w+\s+){0,2}?(?:{CountedNouns})\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(\w+)|(\w+ed)\b)"
                                 ).match(what)
            if people:
                # "No traffickers were prosecuted or convicted in 2018": each participle listed
                at = people.start(1) if people.group(1) else people.start(2)
                leading = [(key, at + end) for key, end in _leading_measures(lex, what[at:], text[:match.start()])]
        if not leading and match.group("what2") is not None:
            # "convicting no traffickers the previous reporting period", "identified no male trafficking victims": the
            # verb before "no" says what none of its object had
            verb_before = re.search(r"([\w-]+)\s+$", text[max(0, match.start() - 30):match.start()])
            noun = _with_words(r"(?:[\w-]+\s+){0,3}?(?:{CountedNouns})\b").match(what)
            if verb_before and noun:
                leading = [(e.key, noun.end()) for e in _measure_entries() if e.pattern.fullmatch(verb_before.group(1))][:1]
        if not leading and match.group("what2") is not None:
            # "identified 39 official victims ... (no official victims and four potential victims in 2018)", "compared with
            # no victims in 2018": none of what the count compared counts, with its measure (STATISTICS.md: a comparison
            # is a statistic of its own year)
            region = next((c for c in comparisons() if c[0] <= match.start() < c[1]), None)
            compared = _mirror([r for r in readings if r.end <= match.start()], region, None) if region else None
            noun = re.match(r"(?:[\w-]+\s+){0,2}?%ss?\b(?!\s+(?:were|was|had|have)\b|\s+\w+ed\b)"
                            % re.escape(re.sub(r"s$", "", compared.head)), what, re.I) if compared and compared.head else None
            if compared and noun and not compared.comparison:
                leading = [(key, noun.end()) for key in compared.measures]
        if not leading and re.match(r"zero\b", text[match.start():], re.I):
            item = _with_words(r"(?:[\w-]+\s+){0,2}?({CountedNouns})\b").match(what)
            listed = next((r for r in reversed(readings) if r.end <= match.start() and r.head and not r.comparison), None)
            victims = _word_class("VictimNouns")
            if item and listed is not None and (_same_noun(item.group(1), cast(str, listed.head))  # found with a head
                                                or victims.fullmatch(item.group(1)) and victims.fullmatch(listed.head)) \
                    and re.search(r",\s*(?:and\s+)?$", text[:match.start()]):
                leading = [(key, item.end()) for key in listed.measures]
        if match.group("what") is not None:
            # "did not disclose the officials' names or initiate prosecutions or secure convictions": each
            # verb joined by "or" to the negation says none
            for more in re.finditer(r"\bor\s+(?:initiate|secure|obtain|achieve|conduct)\s+(?:any\s+)?([\w-]+)", what):
                keys = [e.key for e in _measure_entries() if e.pattern.fullmatch(more.group(1))]
                if keys and keys[0] not in [k for k, _ in leading]:
                    leading.append((keys[0], more.end()))
        care = _with_words(_CARE_DENIED).match(what) if verb == "provide" and all(k == "victims_assisted" for k, _ in leading) else None
        if care and re.search(r"\bany\b", text[match.start():what_start + care.end()], re.I):
            # "did not provide any assistance to trafficking victims", "did not provide shelter or services to any victims":
            # none assisted ("provide" is read as the negated verb, so the assistance wording does not find it)
            leading = [("victims_assisted", care.end())]
        elif verb in ("provide", "support", "conduct", "receive", "make") and any(k not in ("people_trained", "funding")
                                                                                 for k, _ in leading):
            continue  # "did not provide any repatriation assistance" is no count of repatriations
        if leading and re.match(r"\s*(?:all|most|many|some|several|half|every|the\s+majority|[\w]+-(?:thirds?|quarters?|halves))\b",
                                what[leading[-1][1]:], re.I):
            continue  # "failed to refer all potential victims", "two-thirds of ...": not none
        keys = [k for k, _ in leading]
        end = what_start + leading[-1][1] if leading else what_start
        stop = _ZERO_SCOPE_END.search(text, end)
        scope_end = min(_clause_end(text, end), stop.start() if stop else len(text))
        years = [d.year for d in dates(text[end:scope_end]) if not re.search(r"(?:since|before|until)\s*$", text[end:end + d.start], re.I)
                 and not re.match(r"(?:since|before|until)\b", text[end + d.start:], re.I)]
        span = _YEAR_RANGE.search(text, end, scope_end) or _BOTH_YEARS.search(text, end, scope_end)
        if span:
            a, b = int(span.group("a")), int(span.group("b"))
            years = list(range(min(a, b), max(a, b) + 1)) if span.re is _YEAR_RANGE else [a, b]
        # a "since" or a run of years spreads the zero only from the negated predicate itself: "has never convicted a
        # trafficker and failed to prosecute alleged traffickers for the third consecutive year" (the joined verb's run),
        # "did not initiate any new trafficking prosecutions and, for the second consecutive year, did not convict" (the
        # next negation's), "did not convict any traffickers, despite 20 convictions over the past three years" (a count's)
        since = None if span else _run_of_predicate(text, end, _ZERO_SINCE.search(text, end, _clause_end(text, end))
                                                                  if may_match(_ZERO_SINCE, text) else None) \
            or _OPENS_SINCE.match(text[:match.start()])
        if since and document.year:
            # "has not identified any victims since 2015": none in each year from the next to the reporting year, never
            # before the first reporting period
            first = max(int(since.group("year")) + 1, FIRST_REPORTING_YEAR)
            years = list(range(first, document.year)) or [document.year - 1]
        after = _run_of_predicate(text, end, _CONSECUTIVE.search(text, end, _clause_end(text, end)))
        opening_run = None if span or since or years or after \
            else _opening_consecutive(text, max(_clause_start(text, match.start()), match.start() - 80), match.start())
        consecutive = None if span or since or years \
            else after or (opening_run if opening_run and not _denies_run(text, opening_run.start()) else None)
        if consecutive and document.year:
            n = consecutive.group("n") or consecutive.group("n2") or ""
            nth = consecutive.group("nth")
            count = ORDINALS[nth.lower()] if nth else WORD_VALUES.get(n.lower()) or int(n)
            years = [y for y in range(document.year - 1, document.year - 1 - count, -1) if y >= FIRST_REPORTING_YEAR] \
                or [document.year - 1]
        previous = _with_words(_PREVIOUS_YEAR).search(text, end, scope_end) if not years else None
        if previous and document.year and not _COMPARATIVE_BEFORE.search(text, max(end, previous.start() - _COMPARATIVE_REACH),
                                                                      previous.start()):
            years = [document.year - 2]  # "not reporting initiation of any investigations during the previous reporting period"
        opening = _opening_previous(text, match.start()) if not years and document.year else None
        if opening is not None and document.year \
                and not any(opening < start < match.start() for start, _ in scoping()):
            years = [document.year - 2]  # "During the previous year, the government did not report investigating any cases"
        if not years:
            # "The investigation initiated in 2013 ... did not result in prosecutions": the year dates the event whose
            # outcome is none, not the outcome
            scope = [y for _, y in _scoping_at(scoping(), text, match.start(), document)] if verb not in ("result in", "lead to") else []
            years = scope[-1:] or ([document.year - 1] if document.year else [])
        for key in dict.fromkeys(keys):
            unit = "count" if key != "funding" else "none"
            # a count of the measure for the same year in the sentence says how many: the zero beside it is none of a
            # part ("Only one victim identified in 2017 was male, and the government has never identified a forced
            # labor victim"), a breakdown of that count
            # "did not identify any child victims" after "identified 25 victims": the zero of a category of that total
            # (the words of its object only, to its noun; an agency, "of complicit government employees", is no part of
            # a total, nor a form of the cases: "no labor trafficking prosecutions initiated" is a total of its own)
            noun = _with_words(r"\b{CountedNouns}").search(text, end, scope_end)
            dimension, category = breakdown_of(text[what_start:noun.end() if noun else min(scope_end, end + 40)])
            earlier = recent if dimension not in ("other", "agency") \
                and (dimension != "form" or key in _VICTIM_MEASURES) else ()
            # an object limited to one law, one form or officials ("have yet to convict any offenders under the Bonded
            # Labor System Act", "did not convict any complicit officials": tip:LimitedObjectWords) is no zero of the
            # plain measure, which other laws or other people may have counted (the lead's decision, session 14):
            # none, unless a count beside it makes it a part of that count (here, or in the document:
            # _without_contradicted_zeros)
            limited = _limited_object(text, what_start, end, scope_end, key)
            trainees = _limited_trainees(text, match.start(), key)
            for total, own_years in _zero_totals(text, readings, match.start(), key, years, earlier):
                found.append(_Reading(match.start(), end, 0, unit, [key], years=own_years, year=own_years[0], total=total,
                                      dimension=dimension if total is not None else None,
                                      category=category if total is not None else None,
                                      limited_to=(dimension, category) if limited and total is None
                                      else ("other", trainees) if trainees and total is None else None))
    found = _without_repeated_zeros(found)
    # "four child victims, none of whom received services": none for the measure of the verb
    for match in _NONE_OF.finditer(text) if may_match(_NONE_OF, text) else ():
        keys = _measures_in(_measure_entries(), text[match.end():_clause_end(text, match.end())], anchored=True)
        if not keys:
            # "of the 1,420 individuals convicted on prostitution charges in 2016, none were trafficking victims"
            keys = [key for key, state in _state_wordings() if state.match(text, match.end())][:1]
        scope = [y for _, y in _scoping_at(scoping(), text, match.start(), document)]
        years = scope[-1:] or ([document.year - 1] if document.year else [])
        kind = _with_words(_NONE_OF_A_KIND).match(text, match.end()) if not keys and years else None
        counted = next((r for r in reversed([*recent, *readings]) if r.end <= match.start() and not r.comparison
                        and r.value and r.unit == "count" and set(r.measures) & set(_VICTIM_MEASURES)), None) if kind else None
        if kind and counted is not None:
            # "six victims were girls, and one was an adult male; none were foreign victims": none of a kind of the
            # victims counted before, a zero of their measure that breaks down their total (STATISTICS.md: zeros, sub)
            key = next(m for m in counted.measures if m in _VICTIM_MEASURES)
            dimension, category = breakdown_of(kind.group(0))
            before = [*recent, *(r for r in readings if r.end <= match.start())]
            for total, own_years in _zero_totals(text, readings, match.start(), key, years, before):
                found.append(_Reading(match.start(), match.start() + kind.end(), 0, "count", [key], years=own_years, year=own_years[0],
                                      total=total, dimension=dimension if total is not None else None,
                                      category=category if total is not None else None))
            continue
        keys = [k for k in keys if not any((k, y) in _stated_in_segment(text, readings, match.start()) for y in years)]
        if keys:
            found.append(_Reading(match.start(), match.end(), 0, "count", keys[:1], years=list(years), year=years[0] if years else None))
    # "none of these efforts led to the identification of a victim", "this has never led to the identification of a
    # victim of trafficking": none for the measure of the act named
    led_to_none = _with_words(_LED_TO_NONE)
    for match in led_to_none.finditer(text) if may_match(led_to_none, text) else ():
        keys = [e.key for e in _measure_entries() if e.pattern.fullmatch(match.group("act"))][:1]
        scope = [y for _, y in _scoping_at(scoping(), text, match.start(), document)]
        years = scope[-1:] or ([document.year - 1] if document.year else [])
        if not keys or not years or any(r.start <= match.start() < r.end + 80 and keys[0] in r.measures and not r.value
                                        for r in found):
            continue
        for total, own_years in _zero_totals(text, readings, match.start(), keys[0], years):
            found.append(_Reading(match.start(), match.end(), 0, "count", keys, years=own_years, year=own_years[0], total=total))
    # "(none in 2018)" after a count: the comparison of a zero
    for match in _ZERO_TAIL.finditer(text) if may_match(_ZERO_TAIL, text) else ():
        year = int(match.group("year") or match.group("year2"))
        # "failed to convict any traffickers, compared with zero in 2018": compared with the zero before it
        before = sorted((r for r in readings + found if r.end <= match.start() and not r.comparison), key=lambda r: r.end)
        # ("investigated 11 potential cases ..., one of which ..., compared with 14 ... in 2017 and none in 2016": the 11)
        # but "and one was a child victim (none in 2018)": the parenthesis compares the part it follows
        # (so does "(compared to zero in 2017)" after "seven for forced criminality")
        in_parenthesis = match.group("year") or text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start())
        mirror = (before[-1] if in_parenthesis else next((r for r in reversed(before) if r.total is None), before[-1])) \
            if before else None
        if mirror is None:
            continue
        found.append(_Reading(match.start(), match.end(), 0, "count", list(mirror.measures), years=[year], year=year,
                              comparison=True, total=mirror.total, dimension=mirror.dimension, category=mirror.category))
    return found


# --- facts -----------------------------------------------------------------------------------

def _facts(document: Document, sentence: Sentence, readings: list[_Reading],
           made: dict[int, list[StatisticFact]], gazetteer: Gazetteer) -> list[Fact]:
    """The facts of a sentence's readings; ``made`` maps the readings of the document so far to
    their facts, so that a breakdown links to the fact of its total."""
    text = sentence.text
    by_reading: dict[int, list[Fact]] = {}

    def depth(reading: _Reading) -> int:  # a total of the sentence is made before its parts, stated before it or not
        chain: list[int] = []
        while reading.total is not None and id(reading) not in chain and any(reading.total is r for r in readings):
            chain.append(id(reading))
            reading = reading.total
        return len(chain)
    codes: dict[int, dict[str, str | None]] = {}  # read in the order of the text, whatever order the facts are made in
    for i, reading in enumerate(readings):
        codes[id(reading)] = {name: _code_before(text, readings, i, made, scheme, name, codes)
                              for scheme, name in (("AgencyScheme", "agency"), ("CaseStageScheme", "stage"))}
    for i in sorted(range(len(readings)), key=lambda i: depth(readings[i])):
        reading = readings[i]
        facts = by_reading.setdefault(i, [])
        actors = actor_refs(text, _clause_start(text, reading.start), _clause_end(text, reading.end))
        agency, stage = codes[id(reading)]["agency"], codes[id(reading)]["stage"]
        span = Span(sentence.index, sentence.start + reading.start, sentence.start + reading.end)
        made[id(reading)] = []
        category = (reading.category or reading.subject) if reading.total is not None else None
        dimension = (reading.dimension or "other") if reading.total is not None else None
        code, country = _category_code(cast(str, dimension), category, gazetteer) if category else (None, None)
        for measure in reading.measures:
            for year in reading.years or (None,):
                total = _fact_of(made, reading.total, measure, year)
                converted = _fact_of(made, reading.conversion_of, measure, year)
                fact = StatisticFact(
                    span=span, measure=measure, value=reading.value, unit=reading.unit, year=year,
                    subject=reading.subject, threshold=reading.threshold, law=reading.law, actors=actors,
                    breakdown=dimension,
                    category=category, category_code=code, category_country=country,
                    counted=_counted(reading),
                    total=total, conversion_of=converted, counts=reading.counts if measure in _CASE_MEASURES else None,
                    agency=agency, stage=stage if measure in _CASE_MEASURES else None)
                made[id(reading)].append(fact)
                facts.append(fact)
    return [fact for i in range(len(readings)) for fact in by_reading.get(i, [])]


@functools.lru_cache(maxsize=None)
def _scheme_codes(scheme: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The codes of ``tip:<scheme>`` with their wordings (``tip:trigger``): tip:AgencyScheme, tip:CaseStageScheme."""
    graph = vocabulary_graph()
    codes = []
    for code in graph.subjects(SKOS.inScheme, TIP[scheme]):
        triggers = sorted((str(t) for t in graph.objects(code, TIP.trigger)), key=lambda t: (-len(t), t))
        if triggers:
            codes.append((str(code), re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(triggers), re.I)))
    return tuple(sorted(codes))


def _code_before(text: str, readings: list[_Reading], i: int, made: dict[int, list[StatisticFact]],
                 scheme: str, name: str, known: dict[int, dict[str, str | None]]) -> str | None:
    """The code of ``tip:<scheme>`` the words before ``readings[i]`` name: who states or performs its count
    (tip:AgencyScheme), whether its cases are new or continued (tip:CaseStageScheme). That of the figure a
    comparison is compared with; else the code named first between the previous number of its clause and
    it ("the federal government identified 140 victims"; "law enforcement referred 55 potential victims
    (89 in 2018), social welfare organizations referred 40"; "initiated prosecutions of 28 ... and continued
    prosecution of seven"); else that of the total a part belongs to, or of the previous number of its
    clause ("Police reported nine operations involving 26 suspects"), read from its fact's field ``name``;
    ``None`` when the words name none."""
    def code_of(related: _Reading) -> str | None:  # of a reading of the sentence read before, or of an earlier sentence
        return known[id(related)][name] if id(related) in known else getattr(made[id(related)][0], name)
    reading = readings[i]
    if reading.comparison and reading.compared_with is not None and (id(reading.compared_with) in known or made.get(id(reading.compared_with))):
        return code_of(reading.compared_with)
    clause_start = _clause_start(text, reading.start)
    previous = next((r for r in reversed(readings[:i]) if r.end <= reading.start and r.end > clause_start), None)
    window = text[previous.end if previous else clause_start:reading.start]
    found = [(m.start(), -len(m.group()), code) for code, pattern in _scheme_codes(scheme) if may_match(pattern, text)
             for m in [pattern.search(window)] if m]
    if found:  # a part may name its own ("law enforcement referred 55 ..., social welfare organizations referred 40")
        return min(found)[2]
    related = reading.total or reading.restates or previous
    return code_of(related) if related is not None and (id(related) in known or made.get(id(related))) else None


@functools.lru_cache(maxsize=None)
def _category_codes() -> tuple[tuple[str, str, re.Pattern], ...]:
    """The codes of tip:BreakdownCategoryScheme with wordings (``tip:trigger``): sex, age, several forms, by dimension."""
    graph = vocabulary_graph()
    codes = []
    for code in graph.subjects(SKOS.inScheme, TIP.BreakdownCategoryScheme):
        triggers = sorted((str(t) for t in graph.objects(code, TIP.trigger)), key=lambda t: (-len(t), t))
        if triggers:
            dimension = str(graph.value(code, SKOS.notation)).split("/", 1)[0]
            codes.append((dimension, str(code), re.compile(r"(?:%s)(?!\w)" % "|".join(triggers), re.I)))
    return tuple(sorted(codes, key=lambda c: c[1]))


def _category_code(dimension: str, words: str, gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    """The code of a code list a part's category words name, as ``(code IRI, country ISO code)``: a form of
    exploitation of tip:FormScheme, a nationality's country, a sex or age code of tip:BreakdownCategoryScheme;
    ``(None, None)`` for the rest (the mapping mints a code from the words)."""
    label = " ".join(words.lower().split())
    if not label:
        return None, None
    # the code whose wording matches most of the words ("adult females" is adult and female, not adult only)
    matches = [(len(m.group()), code) for key, code, pattern in _category_codes() if key == dimension
               for m in [pattern.match(label)] if m]
    if dimension == "form":
        if matches:
            return max(matches)[1], None
        found = first_match(load_lexicon().forms, label)
        if found is not None and found[1].start() > 0 and _word_class("FormQualifiers").match(label):
            return None, None  # "international sex trafficking": a form qualified is a code of its own words
        return (str(found[0].iri) if found else None), None
    if dimension == "nationality":  # "South Sudanese" before "South", "Ugandan" alone
        words_of = label.split()
        place = gazetteer.resolve(" ".join(words_of[:2])) if len(words_of) > 1 else None
        if place is None or place.kind != "country":
            place = gazetteer.resolve(words_of[0])
        if place is not None and place.kind == "country":
            return None, place.key
    return (max(matches)[1] if matches else None), None


def _counted(reading: _Reading | None) -> str | None:
    """What a reading counts, in words: its own, or those of the figure it is compared with or a
    part of ("425 sex trafficking investigations, compared with 491 in 2012": the 491 count sex
    trafficking investigations too)."""
    seen: set[int] = set()
    while reading is not None and id(reading) not in seen:
        if reading.subject:
            # "73 victims of sex trafficking": the form after the noun is what a total counts too; so is the term of
            # prison sentences ("eight traffickers will serve sentences of three years": parallel counts, no parts)
            words = f"{reading.subject} {reading.form_words}" if reading.form_words else reading.subject
            return f"{words} {reading.term}" if reading.term else words
        seen.add(id(reading))
        reading = reading.compared_with if reading.comparison and reading.compared_with is not None else reading.total
    return None


def _fact_of(made, reading: _Reading | None, measure: str, year: int | None) -> StatisticFact | None:
    if reading is None:
        return None
    candidates = made.get(id(reading)) or []
    return next((f for f in candidates if f.measure == measure and f.year == year), None)


# --- penalties -------------------------------------------------------------------------------

_NUM = rf"(?:\d+|(?:{_WORD})(?:-(?:{_WORD}))?)"
_RANGE = re.compile(
    r"(?:(?:from|of|between|to)\s+)?(?P<min>%s)\s*(?:to|and|-|–)\s*(?P<max>%s)\s+(?P<unit>years?|months?)(?:[’']s?)?"
    r"|(?:up to|maximum of|as much as)\s+(?P<max2>%s)\s+(?P<unit2>years?|months?)(?:[’']s?)?"
    r"|(?:minimum of|at least)\s+(?P<min3>%s)\s+(?P<unit3>years?|months?)(?:[’']s?)?" % (_NUM, _NUM, _NUM, _NUM), re.I)
_PENALTY_CONTEXT = re.compile(r"penalt|punish|prescrib|imprisonment|prison\s+terms?", re.I)
_COMMENSURATE = re.compile(r"(?P<neg>\bnot\s+(?:\w+\s+)?)?\bcommensurate\s+with", re.I)


def _penalties(sentence: Sentence) -> list[Fact]:
    text = sentence.text
    if not may_match(_PENALTY_CONTEXT, text) or not _PENALTY_CONTEXT.search(text):
        return []
    facts: list[Fact] = []
    commensurate = _COMMENSURATE.search(text)
    laws = law_mentions(text)
    for match in _RANGE.finditer(text) if may_match(_RANGE, text) else ():
        low = match.group("min") or match.group("min3")
        high = match.group("max") or match.group("max2")
        unit = (match.group("unit") or match.group("unit2") or match.group("unit3")).lower()
        before = text[:match.start()]
        if not _PENALTY_CONTEXT.search(before[-120:] + text[match.end():match.end() + 40]):
            continue
        what = re.search(r"\bfor\s+([\w\s-]{0,40}?trafficking)\s+(?:of|from|ranging|between|up|to)?", before[-80:])
        facts.append(PenaltyFact(
            span=Span(sentence.index, sentence.start + match.start(), sentence.start + match.end()),
            minimum=_to_number(low), maximum=_to_number(high), unit=unit if unit.endswith("s") else unit + "s",
            law=next((name for start, _, name, _ in reversed(laws) if start < match.start()), None),
            commensurate=(commensurate.group("neg") is None) if commensurate else None,
            forms=tuple(forms_named(what.group(1))) if what else ()))
    return facts


def _to_number(word: str | None) -> float | None:
    if word is None:
        return None
    if word.isdigit():
        return float(word)
    return float(sum(WORD_VALUES[w] for w in word.lower().split("-")))
