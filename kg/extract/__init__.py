"""Extraction stage: deterministic rules over segmented text, one module per fact family.

Each family module exposes ``extract(document, sentences, gazetteer, warnings) -> list[Fact]``
(and may append a :class:`~kg.model.PlaceWarning` for each unresolved place name to
``warnings``). :func:`extract` runs them all; a family that raises on a document is reported as
a :class:`~kg.model.FamilyFailure` warning and the document keeps the other families' facts.
"""
from __future__ import annotations

from ..model import Document, Extraction, FamilyFailure, Sentence
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
    >>> {"TierFact", "RoleFact", "RouteFact"} <= {type(f).__name__ for f in extract(doc, segment(doc)).facts}
    True
    """
    gazetteer = load_gazetteer()
    result = Extraction(document=document, sentences=sentences)
    for family in FAMILIES:
        try:
            facts = family.extract(document, sentences, gazetteer, result.warnings)
        except Exception as err:  # noqa: BLE001 -- a rule's bug on one text must not lose the other families' facts
            name = family.__name__.rsplit(".", 1)[-1]
            result.warnings.append(FamilyFailure(family=name, error=f"{type(err).__name__}: {err}"))
            continue
        result.facts.extend(facts)
    return result
