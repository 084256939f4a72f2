"""Recommendations family: each recommendation of the report, in order, with its 3P area.

Recommendations are the sentences of the ``recommendations`` section: one list sentence
split at ";" ("Recommendations for Kosovo: Aggressively investigate ...; increase ...;
and continue ..."), or one item per sentence (bullets, "Prioritized Recommendations"). The
area is that of the first 3P wording of the item (``tip:trigger`` of the ``tip:ResponseAreaScheme``
concepts in ``ontology/response.ttl``): "investigate, prosecute" → prosecution, "victim
identification" → protection, "prevention activities" → prevention. Items under a heading
that says "Prioritized" are ``prioritized``.
"""
from __future__ import annotations

import re

from ..model import Document, Fact, RecommendationFact, Sentence, Span
from .lexicon import first_match, load_lexicon

_LEAD_IN = re.compile(r"^\s*(?:(?:prioritized\s+)?recommendations(?:\s+for\s+[^:]{1,60})?\s*:?\s*)", re.I)
_HEADING_ONLY = re.compile(r"^\s*(?:prioritized\s+)?recommendations(?:\s+for\s+[^:]{1,60})?\s*:?\s*$", re.I)
_ITEM_LEAD = re.compile(r"\s*(?:and\s+|[•*]\s*|\d+[.)]\s+)*", re.I)


def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return the recommendations of ``document`` in order (``order`` from 1)."""
    facts: list[Fact] = []
    prioritized = False
    for sentence in sentences:
        if sentence.section != "recommendations":
            prioritized = False
            continue
        text = sentence.text
        if _HEADING_ONLY.match(text):
            prioritized = "prioritized" in text.lower()
            continue
        lead = _LEAD_IN.match(text)
        if lead and lead.group().strip():
            prioritized = prioritized or "prioritized" in lead.group().lower()
        cursor = lead.end() if lead else 0
        for start, end in _items(text, cursor):
            area = first_match(load_lexicon().areas, text, start, end)
            facts.append(RecommendationFact(
                span=Span(sentence.index, sentence.start + start, sentence.start + end),
                order=len(facts) + 1, area=area[0].key if area else None, prioritized=prioritized))
    return facts


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
