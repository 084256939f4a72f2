"""Extraction stage: deterministic rules over segmented text, one module per fact family.

Each family module exposes ``extract(document, sentences, gazetteer) -> list[Fact]``
(and may append unresolved place names to ``warnings``). :func:`extract` runs them all.
"""
from __future__ import annotations

from ..model import Document, Extraction, Sentence
from ..places import load_gazetteer
from . import actors, assessment, policies, profile, recommendations, statistics

#: Fact families in the order they run; a new family module is added here.
FAMILIES = (assessment, profile, statistics, policies, actors, recommendations)


def extract(document: Document, sentences: list[Sentence]) -> Extraction:
    """Run every fact family over one segmented document.

    Examples
    --------
    >>> from kg.sources import read_sources
    >>> from kg.segment import segment
    >>> doc = read_sources(["data/kosovo-2009.txt"])[0][0]
    >>> sorted({type(f).__name__ for f in extract(doc, segment(doc)).facts})[:2]
    ['FormFact', 'RoleFact']
    """
    gazetteer = load_gazetteer()
    result = Extraction(document=document, sentences=sentences)
    for family in FAMILIES:
        result.facts.extend(family.extract(document, sentences, gazetteer, result.warnings))
    return result
