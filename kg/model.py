"""Typed records passed between the pipeline stages.

``sources`` yields :class:`Document`; ``segment`` turns it into :class:`Sentence` records;
``extract`` returns :class:`Fact` records, each with a :class:`Span` for provenance;
``mapping`` turns facts into RDF. No stage reads the records of a later one.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class InputError(Exception):
    """Bad input: the message is one line naming the file (and line) at fault."""


@dataclass(frozen=True)
class Document:
    """One source text: a narrative file or one record of a JSON-lines corpus.

    ``offset`` is 0 for files; offsets of facts are always into ``text``.
    """

    id: str
    text: str
    country: str | None  # ISO 3166-1 alpha-2 code of the subject country
    country_name: str | None
    year: int | None  # report year (edition)
    source: str  # where it came from: "path" or "path:line"
    kind: str  # "narrative" or "summary"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    section: str  # header, profile, assessment, recommendations, prosecution, protection, prevention


@dataclass(frozen=True)
class Span:
    """Evidence of a fact: character offsets into the document and the sentence holding them."""

    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """Base of every extracted fact."""

    span: Span


@dataclass(frozen=True)
class TierFact(Fact):
    tier: str  # "Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case"


@dataclass(frozen=True)
class RoleFact(Fact):
    role: str  # source, transit, destination, internal


@dataclass(frozen=True)
class FormFact(Fact):
    form: str  # guideline concept key, e.g. sex_trafficking


@dataclass(frozen=True)
class VictimFact(Fact):
    group: str  # men, women, children, girls, boys
    qualifier: str | None = None  # Roma, migrants, domestic workers ...
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class RouteFact(Fact):
    origin: str  # place key: ISO code or region key
    destination: str
    forms: tuple[str, ...] = ()
    victims: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceWarning:
    """A place-like name that could not be resolved, with where it was seen."""

    surface: str
    span: Span


@dataclass
class Extraction:
    """Everything the extraction stage found in one document."""

    document: Document
    sentences: list[Sentence]
    facts: list[Fact] = field(default_factory=list)
    warnings: list[PlaceWarning] = field(default_factory=list)
