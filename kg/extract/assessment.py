"""Assessment family: the tier a country is placed on, its compliance and its tier movement.

The tier is read from the narrative header (``KOSOVO (Tier 2)``, ``CHINA: Tier 2 Watch List``),
from the ``tier rating:`` statement of summaries, or from a placement sentence ("is placed on
Tier 3", "remains a Special Case"). Compliance is the minimum-standards verdict ("does not
fully comply ...; however, it is making significant efforts"); the movement is "upgraded",
"downgraded" or "remained", with "for the Nth consecutive year" when stated.
"""
from __future__ import annotations

import re

from ..model import (
    ComplianceFact,
    Document,
    Fact,
    Sentence,
    Span,
    TierFact,
    TierMovementFact,
)
from .textutil import ORDINALS

_TIER_WORDS = r"Tier\s*(?:1|2|3|I{1,3})(?:\s*[-–]?\s*\(?Watch\s*List\)?)?|Special\s+Case|Watch\s*List"
_TIER = rf"(?P<tier>{_TIER_WORDS})"
_HEADER_TIER = re.compile(_TIER, re.I)
_RATING = re.compile(r"tier rating:\s*" + _TIER, re.I)
_PLACEMENT = re.compile(
    r"\b(?:is|was|be|been|remains?|remained|placed|ranked|downgraded|upgraded)\s+(?:on|to|in|as)?\s*(?:the\s+|a\s+)?" + _TIER, re.I)
_ROMAN = {"I": "1", "II": "2", "III": "3"}


def normalise_tier(raw: str) -> str:
    """Map a tier wording to its guideline label.

    Examples
    --------
    >>> normalise_tier("Tier 2 watch list"), normalise_tier("Watch List"), normalise_tier("special case")
    ('Tier 2 Watch List', 'Tier 2 Watch List', 'Special Case')
    """
    words = raw.lower()
    if "watch" in words:
        return "Tier 2 Watch List"
    if "special" in words:
        return "Special Case"
    number = re.search(r"(\d|I{1,3})\b", raw.upper().replace("TIER", ""))
    assert number is not None, raw  # a tier wording names its number unless it is a watch list or special case
    return f"Tier {_ROMAN.get(number.group(1), number.group(1))}"


def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return the tier, compliance and tier-movement facts of ``document`` (at most one each)."""
    return _tier(sentences) + _compliance(sentences) + _movement(sentences)


def _tier(sentences: list[Sentence]) -> list[Fact]:
    for rule in (_from_header, _from_rating, _from_placement):
        found = rule(sentences)
        if found:
            sentence, match = found
            return [TierFact(span=Span(sentence.index, sentence.start + match.start("tier"),
                                       sentence.start + match.end("tier")),
                             tier=normalise_tier(match.group("tier")))]
    return []


_STANDARDS = r"(?:the\s+)?minimum\s+standards"
_COMPLIANCE = [
    # Order matters: the negative verdicts contain the positive verb.
    ("no_significant_efforts", re.compile(
        r"(?:does|did)\s+not\s+(?:fully\s+)?(?:comply\s+with|meet)\s+" + _STANDARDS +
        r"[^.]*?(?:(?:and|,|;)\s+(?:it\s+)?is\s+not\s+making\s+(?:any\s+|significant\s+)*efforts"
        r"|nor\s+is\s+it\s+making\s+(?:any\s+|significant\s+)*efforts)", re.I)),
    ("significant_efforts", re.compile(
        r"(?:does|did)\s+not\s+(?:fully\s+)?(?:comply\s+with|meet)\s+" + _STANDARDS +
        r"[^.]*?(?:;|,|\bbut\b|\band\b)\s*(?:however,?\s+)?(?:it\s+)?(?:is\s+|was\s+)?making\s+significant\s+efforts", re.I)),
    ("fully_meets", re.compile(r"(?<!not )\bfully\s+(?:meets|complies\s+with|met|complied\s+with)\s+" + _STANDARDS, re.I)),
]
_TIER_NAME = rf"(?:(?:a|the)\s+)?(?:{_TIER_WORDS})"
_MOVEMENT = re.compile(
    r"\b(?:(?P<up>upgraded)|(?P<down>downgraded)|(?P<stay>remain(?:s|ed)?)|(?:is|was|been)\s+placed|is|was)"
    r"\s+(?:on\s+|to\s+|at\s+)?(?:the\s+)?" + _TIER_NAME +
    r"(?:\s+for\s+(?:the|a)\s+(?P<nth>\w+)\s+consecutive\s+year)?", re.I)


def _compliance(sentences: list[Sentence]) -> list[Fact]:
    for sentence in sentences:
        if sentence.section not in ("assessment", "header", "profile"):
            continue
        for level, pattern in _COMPLIANCE:
            match = pattern.search(sentence.text)
            if match:
                return [ComplianceFact(span=Span(sentence.index, sentence.start + match.start(),
                                                 sentence.start + match.end()), level=level)]
    return []


def _movement(sentences: list[Sentence]) -> list[Fact]:
    """The first sentence that says the country moved tier, stayed, or stayed for N years."""
    for sentence in sentences:
        if sentence.section not in ("assessment", "header", "profile"):
            continue
        for match in _MOVEMENT.finditer(sentence.text):
            nth = (match.group("nth") or "").lower()
            years = ORDINALS.get(nth) or (int(re.sub(r"\D", "", nth)) if re.fullmatch(r"\d+(?:st|nd|rd|th)", nth) else None)
            if match.group("up"):
                movement = "upgraded"
            elif match.group("down"):
                movement = "downgraded"
            elif match.group("stay") or (years or 0) >= 2:
                movement = "remained"
            else:
                continue
            return [TierMovementFact(span=Span(sentence.index, sentence.start + match.start(), sentence.start + match.end()),
                                     movement=movement, consecutive_years=years)]
    return []


def _from_header(sentences):
    for sentence in sentences:
        if sentence.section != "header":
            break
        match = _HEADER_TIER.search(sentence.text)
        if match:
            return sentence, match
    return None


def _from_rating(sentences):
    for sentence in sentences:
        match = _RATING.search(sentence.text)
        if match:
            return sentence, match
    return None


def _from_placement(sentences):
    for sentence in sentences:
        match = _PLACEMENT.search(sentence.text)
        if match:
            return sentence, match
    return None
