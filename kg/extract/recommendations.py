"""Recommendations family: each recommendation of the report, in order, with its 3P area.

Recommendations are the sentences of the ``recommendations`` section: one list sentence
split at ";" ("Recommendations for Kosovo: Aggressively investigate ...; increase ...;
and continue ..."), or one item per sentence (bullets, "Prioritized Recommendations"). The
area is that of the first 3P wording of the item (``tip:trigger`` of the ``tip:ResponseAreaScheme``
concepts in ``ontology/response.ttl``): "investigate, prosecute" → prosecution, "victim
identification" → protection, "prevention activities" → prevention. Items under a heading
that says "Prioritized" are ``prioritized``.

Reports before the recommendations sections (2001-2006) recommend in running text: a
sentence of any section that opens "The government should ..." (or "The Government of X
should ...", "Authorities should ...") is a recommendation from the word after "should".
"""
from __future__ import annotations

import re

from ..model import Document, Fact, RecommendationFact, Sentence, Span
from .lexicon import first_match, load_lexicon

_LEAD_IN = re.compile(r"^\s*(?:(?:prioritized\s+)?recommendations(?:\s+for\s+[^:]{1,60})?\s*:?\s*)", re.I)
_HEADING_ONLY = re.compile(r"^\s*(?:prioritized\s+)?recommendations(?:\s+for\s+[^:]{1,60})?\s*:?\s*$", re.I)
_SHOULD_LEAD = re.compile(  # case-sensitive: capitalised words before "government" ("Victims said the ..." is not one)
    r"^\s*(?:The\s+)?(?:(?:[A-Z][\w'’.-]*\s+){0,3}[Gg]overnment(?:\s+of\s+(?:the\s+)?[A-Z][^,;]{0,50}?)?|[Aa]uthorities)"
    r"\s+(?:also\s+)?should\s+(?:also\s+)?(?!have\b)")  # not "should have done more": a judgement of the past
_ITEM_LEAD = re.compile(r"\s*(?:and\s+|[•*▪◦–—-]\s*|\d+[.)]\s+|(?:it|they|the\s+government)\s+should\s+(?:also\s+)?)*", re.I)


def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return the recommendations of ``document`` in order (``order`` from 1)."""
    facts: list[Fact] = []
    prioritized = False
    for sentence in sentences:
        if sentence.section != "recommendations":
            prioritized = False
            should = _SHOULD_LEAD.match(sentence.text)
            if should:
                facts.extend(_recommendations(sentence, _items(sentence.text, should.end()), False, len(facts)))
            continue
        text = sentence.text
        if _HEADING_ONLY.match(text):
            prioritized = "prioritized" in text.lower()
            continue
        lead = _LEAD_IN.match(text)
        if lead and lead.group().strip():
            prioritized = prioritized or "prioritized" in lead.group().lower()
        cursor = lead.end() if lead else 0
        facts.extend(_recommendations(sentence, _items(text, cursor), prioritized, len(facts)))
    return facts


def _recommendations(sentence: Sentence, items: list[tuple[int, int]], prioritized: bool,
                     before: int) -> list[RecommendationFact]:
    """The recommendations of ``sentence`` at the ``items`` offsets, numbered after ``before``."""
    out = []
    for start, end in items:
        area = first_match(load_lexicon().areas, sentence.text, start, end)
        out.append(RecommendationFact(
            span=Span(sentence.index, sentence.start + start, sentence.start + end),
            order=before + len(out) + 1, area=area[0].key if area else None, prioritized=prioritized))
    return out


def _items(text: str, start: int) -> list[tuple[int, int]]:
    """Offsets of the ";"-separated items of a recommendation sentence, lead words and end marks trimmed."""
    spans = []
    for piece in re.finditer(r"[^;]+", text[start:]):
        a, b = start + piece.start(), start + piece.end()
        a += _ITEM_LEAD.match(text, a).end() - a
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".;"):
            b -= 1
        if b - a > 3 and re.search(r"[A-Za-z]{3}", text[a:b]):
            spans.append((a, b))
    return spans
