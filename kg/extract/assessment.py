"""Assessment family: the tier a country is placed on.

Read from the narrative header (``KOSOVO (Tier 2)``, ``CHINA: Tier 2 Watch List``), from the
``tier rating:`` statement of summaries, or from a placement sentence ("is placed on Tier 3",
"remains a Special Case").
"""
from __future__ import annotations

import re

from ..model import Document, Fact, Sentence, Span, TierFact

_TIER = r"(?P<tier>Tier\s*(?:1|2|3|I{1,3})(?:\s*[-–]?\s*\(?Watch\s*List\)?)?|Special\s+Case|Watch\s*List)"
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
    return f"Tier {_ROMAN.get(number.group(1), number.group(1))}"


def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return the tier fact of ``document`` (at most one), with the span that states it."""
    for rule in (_from_header, _from_rating, _from_placement):
        found = rule(sentences)
        if found:
            sentence, match = found
            return [TierFact(span=Span(sentence.index, sentence.start + match.start("tier"),
                                       sentence.start + match.end("tier")),
                             tier=normalise_tier(match.group("tier")))]
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
