"""Actors family: who is named (governments, ministries, police, NGOs, IOM, donors, traffickers,
complicit officials), and the findings the report attributes to them or names as shortfalls.

Every mention of an actor kind of ``tip:ActorScheme`` (wordings in ``ontology/response.ttl``)
outside the header gives an :class:`~kg.model.ActorFact`; the other
families link the same actors to their facts. A clause with a reporting wording and a source
("NGOs reported that ...", "a 2008 OSCE Report indicated that ...") gives a reported
:class:`~kg.model.FindingFact`; an assessment clause saying what the government did not do
gives a shortfall finding.
"""
from __future__ import annotations

import re

from ..model import ActorFact, ActorRef, Document, Fact, FindingFact, Sentence, Span
from .lexicon import first_match, load_lexicon
from .textutil import actor_mentions, actor_refs, clauses

SECTIONS = ("profile", "assessment", "prosecution", "protection", "prevention")
_AREAS = ("prosecution", "protection", "prevention")
_SOURCE_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?:\w+\s+){0,3}?reports?\b", re.I)


def extract(document: Document, sentences: list[Sentence], gazetteer, warnings) -> list[Fact]:
    """Return actor mentions and findings of ``document``."""
    facts: list[Fact] = []
    for sentence in sentences:
        if sentence.section not in SECTIONS + ("recommendations",):
            continue
        for mention in actor_mentions(sentence.text):
            facts.append(ActorFact(span=Span(sentence.index, sentence.start + mention.start, sentence.start + mention.end),
                                   actor=ActorRef(kind=mention.entry.key, name=mention.name)))
        if sentence.section in SECTIONS:
            facts.extend(_findings(sentence))
    return facts


def _findings(sentence: Sentence) -> list[Fact]:
    lex = load_lexicon()
    text = sentence.text
    facts: list[Fact] = []
    area = sentence.section if sentence.section in _AREAS else None
    for start, end in clauses(text):
        refs = actor_refs(text, start, end)
        sources = tuple(r for r in refs if r.relation == "reportedBy")
        if sources and lex.finding_kinds["reported"].pattern.search(text, start, end):
            year = _SOURCE_YEAR.search(text, start, end)
            facts.append(FindingFact(span=Span(sentence.index, sentence.start + start, sentence.start + end),
                                     kind="reported", area=area or _area(text[start:end]),
                                     year=int(year.group("year")) if year else None, actors=sources))
        elif sentence.section == "assessment" and lex.finding_kinds["shortfall"].pattern.search(text, start, end) \
                and re.match(r"\s*(?:the government|authorities|officials|[A-Z]\w+ authorities|the government of)", text[start:], re.I):
            facts.append(FindingFact(span=Span(sentence.index, sentence.start + start, sentence.start + end),
                                     kind="shortfall", area=_area(text[start:end]), actors=()))
    return facts


def _area(text: str) -> str | None:
    found = first_match(load_lexicon().areas, text)
    return found[0].key if found else None
