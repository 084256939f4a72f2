"""Statistics family: numbers of the government response, and statutory penalty ranges.

Each count or amount of a sentence becomes a :class:`~kg.model.StatisticFact` when a measure
of ``tip:MeasureScheme`` can be read around it (wordings in ``ontology/response.ttl``):

1. an amount of money in a sentence about funding is ``funding``;
2. a wording after the number that names the measure outright ("two victims assisted in the
   investigation", "one conviction resulted in a suspended sentence", "sentences ... exceeded
   five years");
3. the counted noun itself ("nine convictions") or a verb right after it ("33 assisted");
4. the nearest measure wording before the number in its clause ("prosecuted 24 cases",
   "the conviction of 15 offenders"), unless the wording is negated ("no convictions were made,
   including among the 4,000 cases") and the number is not what it is compared with ("no
   convictions were made, down from one in 2013");
5. a measure wording later in the clause ("39 cases ... for criminal investigation").

Measures about victims need a counted noun that names people ("three children"), or none.

The reference year of a number is the year stated after it, before the next number ("24 in
2008, a decline from 33 in 2007"); else the year stated earlier in the sentence; else the
year of "the reporting period" (report year − 1) when the sentence says so; else the first
year stated in the paragraph so far; else report year − 1 (the reports cover the calendar
or fiscal year before publication).
"""
from __future__ import annotations

import re

from ..model import Document, Fact, PenaltyFact, Sentence, Span, StatisticFact
from .lexicon import first_match, forms_named, load_lexicon
from .textutil import (WORD_VALUES, Number, actor_refs, clauses, dates, law_mentions, numbers, paragraph_years,
                       reporting_period)

SECTIONS = ("assessment", "prosecution", "protection", "prevention", "profile")
_VICTIM_MEASURES = ("victims_identified", "victims_assisted", "victims_assisting_prosecution", "victims_referred",
                    "victims_repatriated")
_PEOPLE = re.compile(r"\b(?:victims?|children|child|minors?|women|men|girls|boys|persons|people|individuals|adults|"
                     r"nationals|workers|migrants|foreigners|residents|survivors)\b", re.I)
_COUNTED = re.compile(
    r"^\s+((?:[\w’'-]+\s+){0,5}?(?:victims?|cases?|offenders?|traffickers?|suspects?|defendants?|individuals|persons|people|"
    r"children|minors|women|men|girls|boys|convictions?|prosecutions?|investigations?|arrests?|sentences?|officials|"
    r"officers|nationals|workers|migrants|acquittals|indictments|charges|perpetrators))\b", re.I)
_AFTER_VERB = re.compile(r"\s+(?:(?:were|was|had been|have been|who were|who had been)\s+)?(\w+(?:\s+\w+){0,3})", re.I)
# "no investigations or prosecutions", not across a joiner: "no arrests but prosecuted 24"
_NEGATED = re.compile(r"\b(?:no|zero|neither|nor|without)\s+"
                      r"(?:(?!(?:but|and|yet|while|although|though|whereas)\b)[\w-]+\s+){0,3}$", re.I)
_COMPARED = re.compile(r"\b(?:down|up|decrease|decline|increase|drop|fall|compared)\b[^;]{0,20}?\b(?:from|to|with)\s+$", re.I)
_SENTENCE_LENGTH = re.compile(r"\bsentence|\bimprison|\bprison|\bjail", re.I)
_UNDER = re.compile(r"[^;]{0,60}?\bunder\s+(?:the\s+|its\s+|article)", re.I)
_FOR_WHAT = re.compile(r"\bfor\s+(?P<what>(?:the\s+)?(?:[\w’'-]+\s+){0,8}?(?:shelters?|operation\s+of\s+[^,.;]+|victims?|programs?|programmes?|efforts|activities|services|NGOs?(?!-)|care))\b", re.I)


def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return the statistics and penalty ranges stated in ``document``."""
    facts: list[Fact] = []
    years = paragraph_years(document.text, sentences)
    for sentence in sentences:
        if sentence.section not in SECTIONS:
            continue
        facts.extend(_penalties(sentence))
        facts.extend(_statistics(document, sentence, years.get(sentence.index)))
    return facts


# --- statistics ------------------------------------------------------------------------------

def _statistics(document: Document, sentence: Sentence, paragraph_year: int | None) -> list[Fact]:
    text = sentence.text
    tokens = numbers(text)
    counts = [n for n in tokens if not n.is_year and not n.is_duration]
    found_dates = dates(text)
    facts: list[Fact] = []
    for i, number in enumerate(counts):
        clause = next(((a, b) for a, b in clauses(text) if a <= number.start < b), (0, len(text)))
        left = max([clause[0]] + [n.end for n in counts[:i] if n.end <= number.start])
        right = min([clause[1]] + [n.start for n in counts[i + 1:] if n.start >= number.end])
        if _in_penalty(text, number):
            continue
        reading = _measure(text, number, left, right, clause)
        if reading is None:
            continue
        measure, subject, threshold = reading
        year = _year(document, text, number, right, found_dates, paragraph_year)
        under = _UNDER.match(text, number.end, clause[1])
        law = next((name for start, _, name, _ in law_mentions(text) if under and under.end() - 8 <= start < under.end() + 12), None)
        facts.append(StatisticFact(
            span=Span(sentence.index, sentence.start + number.start, sentence.start + number.end),
            measure=measure, value=number.value, unit=number.unit, year=year, subject=subject,
            threshold=threshold, law=law,
            actors=actor_refs(text, *clause)))
    return facts


def _in_penalty(text: str, number: Number) -> bool:
    """Numbers of a statutory penalty range ("two to 12 years' imprisonment") are not counts."""
    return bool(re.match(r"\s*(?:to|and|-|–)\s*\S+\s+(?:years?|months?)", text[number.end:])) and \
        bool(re.search(r"penalt|punish|prescrib|imprisonment", text, re.I))


def _measure(text: str, number: Number, left: int, right: int, clause: tuple[int, int]):
    """``(measure, subject, threshold)`` of a number, or ``None`` when no measure is named."""
    lex = load_lexicon()
    m = lex.measures
    after = text[number.end:right]
    counted = _COUNTED.match(after)
    subject = counted.group(1).strip() if counted else None
    rest_at = number.end + (counted.end() if counted else 0)
    if number.is_money:
        if lex.measures["funding"].pattern.search(text, clause[0], clause[1]):
            what = _FOR_WHAT.search(text, number.end, clause[1]) or _FOR_WHAT.search(text, clause[0], number.start)
            return "funding", (what.group("what") if what else None), None
        return None
    if number.unit != "count":
        return None
    # 2. wordings that name the measure outright, after the number.
    if m["victims_assisting_prosecution"].pattern.search(text, rest_at, min(right, rest_at + 80)):
        return _check("victims_assisting_prosecution", subject)
    if m["suspended_sentences"].pattern.search(text, number.end, right):
        return "suspended_sentences", subject, None
    threshold = _threshold(text, number, right, left)
    if threshold is not None:
        return "sentences_over", subject, threshold
    # 3. the counted noun itself, or the verb right after it.
    if subject:
        head = first_match(_ordered(lex), subject.split()[-1])
        if head:
            return head[0].key, subject, None
    verb = _AFTER_VERB.match(text, rest_at, right)
    if verb:
        found = first_match(_ordered(lex), verb.group(1))
        if found and found[1].start() == 0:
            return _check(found[0].key, subject)
    # 4. nearest wording before the number; 5. a wording later in the clause.
    candidates = []
    for entry in _ordered(lex):
        for match in entry.pattern.finditer(text, left, number.start):
            # "no prosecutions or convictions were made, including among the 4,000 cases": a wording
            # that says none happened does not count the number after it, unless the number is
            # what it is compared with ("no convictions were made, down from one in 2013")
            if not _NEGATED.search(text, max(left, match.start() - 40), match.start()) \
                    or _COMPARED.search(text, match.end(), number.start):
                candidates.append((number.start - match.end(), entry.key))
    for distance, key in sorted(candidates):
        # Without a counted noun ("prosecuted 24 and convicted 15") the wording must be close.
        reading = _check(key, subject) if subject or distance <= 25 else None
        if reading:
            return reading
    later = first_match(_ordered(lex), text, rest_at, right) if subject else None
    if later:
        return _check(later[0].key, subject)
    return None


def _ordered(lex):
    """Measures a count can have (funding and sentences over a length have their own rules)."""
    return [e for k, e in lex.measures.items() if k not in ("funding", "sentences_over")]


def _check(measure: str, subject: str | None):
    # the counted noun is the last word: "4,000 child labor cases" counts cases, not children
    if measure in _VICTIM_MEASURES and subject and not _PEOPLE.fullmatch(subject.split()[-1]):
        return None
    return measure, subject, None


def _threshold(text: str, number: Number, right: int, left: int) -> float | None:
    """Years of "sentences for 14 offenders exceeded five years" / "14 received sentences of more than five years"."""
    window = text[max(0, left - 40):right]
    if not _SENTENCE_LENGTH.search(window):
        return None
    over = load_lexicon().measures["sentences_over"].pattern
    for token in numbers(text[number.end:right]):
        if token.unit == "years":
            before = text[number.end:number.end + token.start]
            match = None
            for match in over.finditer(before):
                pass
            if match and before[match.end():].strip() == "":
                return float(token.value)
    return None


def _year(document: Document, text: str, number: Number, right: int, found_dates, paragraph_year: int | None) -> int | None:
    after = [d.year for d in found_dates if number.end <= d.start < max(right, number.end)]
    if after:
        return after[0]
    before = [d.year for d in found_dates if d.end <= number.start]
    if before:
        return before[-1]
    if document.year and reporting_period(text):
        return document.year - 1
    if paragraph_year:
        return paragraph_year
    return document.year - 1 if document.year else None


# --- penalties -------------------------------------------------------------------------------

# Written numbers, longest first ("fifteen" before "five"), and compounds such as "twenty-five".
_WORD = "|".join(sorted(WORD_VALUES, key=lambda w: (-len(w), w)))
_NUM = rf"(?:\d+|(?:{_WORD})(?:-(?:{_WORD}))?)"
_RANGE = re.compile(
    r"(?:(?:from|of|between|to)\s+)?(?P<min>%s)\s*(?:to|and|-|–)\s*(?P<max>%s)\s+(?P<unit>years?|months?)(?:[’']s?)?"
    r"|(?:up to|maximum of|as much as)\s+(?P<max2>%s)\s+(?P<unit2>years?|months?)(?:[’']s?)?"
    r"|(?:minimum of|at least)\s+(?P<min3>%s)\s+(?P<unit3>years?|months?)(?:[’']s?)?" % (_NUM, _NUM, _NUM, _NUM), re.I)
_PENALTY_CONTEXT = re.compile(r"penalt|punish|prescrib|imprisonment|prison\s+terms?", re.I)
_COMMENSURATE = re.compile(r"(?P<neg>\bnot\s+(?:\w+\s+)?)?\bcommensurate\s+with", re.I)


def _penalties(sentence: Sentence) -> list[Fact]:
    text = sentence.text
    if not _PENALTY_CONTEXT.search(text):
        return []
    facts: list[Fact] = []
    commensurate = _COMMENSURATE.search(text)
    laws = law_mentions(text)
    for match in _RANGE.finditer(text):
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
