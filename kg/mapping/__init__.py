"""Mapping stage: one document's extraction → its named graph (triples, or an rdflib ``Graph``).

A document states facts about itself (its graph) and says a few things about nodes that other
documents share: its country, its report, the extraction rules' software agent, the actors of
its country. :func:`map_document` returns the two apart (:class:`MappedDocument`), so that the
build writes the shared statements once, in ``id:graph/shared``, instead of in every document.

Every IRI is minted from the document id and the fact's content (:mod:`kg.vocab`), so two
builds give the same graph and no blank node appears. Each fact becomes a node derived
(``prov:wasDerivedFrom``) from a ``tip:TextSpan`` inside a ``tip:Sentence`` of the document.
Family modules register a writer per fact type with :func:`writes`.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TypeVar, cast

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdflib_namespace

from ..model import Extraction, Fact, Span
from ..vocab import (
    ID,
    PREFIXES,
    TIP,
    VERSION,
    CachedTerms,
    concept_iri,
    country_iri,
    document_iri,
    fact_iri,
    place_statements,
    report_iri,
)

Triple = tuple[URIRef, URIRef, "URIRef | Literal"]
Writer = Callable[["DocumentGraph", Fact], None]
_WRITERS: dict[type, Writer] = {}
_F = TypeVar("_F", bound=Fact)
_FactWriter = Callable[["DocumentGraph", _F], None]  # the writer of one fact type

TOOL_AGENT = ID["agent/tip-kg"]
#: The rdflib namespaces the writers name terms of, each term looked up once (:class:`kg.vocab.CachedTerms`).
DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD = (CachedTerms(getattr(rdflib_namespace, name))
                                           for name in ("DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"))
_TYPE, _DERIVED_FROM = RDF.type, PROV.wasDerivedFrom


@functools.lru_cache(maxsize=65536)
def _integer(value: int) -> Literal:
    """An integer literal (an offset, a year), made once: rdflib's ``Literal`` reads a Python value slowly."""
    return Literal(value)


def text_literal(text: str, lang: str | None = None) -> Literal:
    """``Literal(text)`` of a plain string (``Literal(text, lang="en")`` with the project's one language tag), made as
    rdflib makes it (the string its lexical form and its value, no datatype) without rdflib's reading of it as a Python
    value of some type (~1,800 literals a narrative); rdflib's own for anything else."""
    if type(text) is not str or lang not in (None, "en"):
        return Literal(text, lang=lang)
    made = str.__new__(Literal, text)
    made._datatype = made._ill_typed = None
    made._language = lang
    made._value = text
    return made


def literal(value: object) -> Literal:
    """``Literal(value)``: a plain string's by :func:`text_literal`, an integer's made once (not a boolean's)."""
    kind = type(value)
    if kind is str:
        return text_literal(cast(str, value))
    if kind is int:
        return _integer(cast(int, value))
    return Literal(value)


@dataclass(frozen=True)
class MappedDocument:
    """One document's triples: what it states (``own``, its named graph) and what it says of the
    nodes it shares with other documents (``shared``: its country, report, actors, the rules'
    agent), which validation needs beside its own and the build writes once for all, but what
    the vocabulary graph already states of them (``vocabulary``: its country's type, ISO code
    and label), which validation needs too and the build does not write again."""

    own: list[Triple]
    shared: list[Triple]
    vocabulary: list[Triple] = field(default_factory=list)  # what it says of its country that the vocabulary graph states


def writes(fact_type: type[_F]) -> Callable[[_FactWriter[_F]], _FactWriter[_F]]:
    """Register ``function(doc_graph, fact)`` as the writer of ``fact_type``."""
    def register(function: _FactWriter[_F]) -> _FactWriter[_F]:
        _WRITERS[fact_type] = cast(Writer, function)  # looked up by type(fact), so only given a fact_type
        return function
    return register


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


class DocumentGraph:
    """The named graph of one document under construction, with helpers for fact writers.

    Triples are kept in an insertion-ordered set rather than an rdflib ``Graph``: adding to
    rdflib's memory store cost as much as extracting, and the builder only needs the triples.
    """

    def __init__(self, extraction: Extraction):
        self.extraction = extraction
        self.document = extraction.document
        self.triples: dict[Triple, None] = {}
        self.shared: dict[Triple, None] = {}  # statements about nodes other documents share
        self._values: dict[tuple, object] = {}  # (subject, predicate) → first object
        self.doc = document_iri(self.document.id)
        self.country = country_iri(self.document.country) if self.document.country else None
        self.report = report_iri(self.document.year) if self.document.year else None
        self.activity = fact_iri(self.document.id, "extraction")
        self._year = _integer(self.document.year) if self.document.year else None
        self._spans: dict[tuple[int, int, int], URIRef] = {}  # each span's triples are written once, however many facts it proves
        self.minted: dict[str, dict] = {}  # per family, the IRIs minted for all its facts at once (observations)
        self._of_kind: dict[type, list] = {}

    def facts_of(self, kind: type) -> list:
        """The document's facts of class ``kind``, in their order, listed once: a writer that reads a fact's peers
        went through every fact of the document for each of its own (a narrative's ~470 for each policy)."""
        found = self._of_kind.get(kind)
        if found is None:
            found = self._of_kind[kind] = [f for f in self.extraction.facts if isinstance(f, kind)]
        return found

    def add(self, subject, predicate, obj) -> None:
        triples = self.triples
        known = len(triples)
        triples.setdefault((subject, predicate, obj), None)  # one lookup: a literal's hash is Python code
        if len(triples) != known:
            self._values.setdefault((subject, predicate), obj)

    def share(self, subject, predicate, obj) -> None:
        """Add a statement about a node that other documents share (a country, a report, an actor)."""
        self.shared.setdefault((subject, predicate, obj), None)

    def value(self, subject, predicate):
        """An object of ``subject predicate`` written so far, or None (like ``Graph.value``)."""
        return self._values.get((subject, predicate))

    def span(self, span: Span) -> URIRef:
        """Write the text span node for ``span`` and return its IRI: its sentence and its offsets in
        the sentence (a correction in an earlier sentence leaves it as it was)."""
        key = (span.sentence, span.start, span.end)  # a tuple hashes faster than the dataclass
        iri = self._spans.get(key)
        if iri is not None:
            return iri
        offset = self.extraction.sentences[span.sentence].start if span.sentence < len(self.extraction.sentences) else 0
        iri = self._spans[key] = fact_iri(self.document.id, "span", span.sentence, f"{span.start - offset}-{span.end - offset}")
        sentence = fact_iri(self.document.id, "sentence", span.sentence)
        self.add(iri, _TYPE, TIP.TextSpan)  # its document is its sentence's
        self.add(iri, TIP.inSentence, sentence)
        self.add(iri, TIP.startOffset, _integer(span.start))
        self.add(iri, TIP.endOffset, _integer(span.end))
        self.add(iri, TIP.anchorText, literal(self.document.text[span.start:span.end]))
        return iri

    def fact(self, family: str, key: tuple, rdf_type: URIRef, span: Span) -> URIRef:
        """Write the common part of a fact node and return its IRI.

        Facts with the same ``family`` and ``key`` share one node; each statement of it
        adds one more ``prov:wasDerivedFrom`` span.
        """
        iri = fact_iri(self.document.id, family, *key)
        self.fact_node(iri, rdf_type, span)
        return iri

    def place(self, span: Span, peers: "list[Span]") -> tuple:
        """Where a fact is, for its IRI: its sentence index, and its rank among ``peers`` (the spans of
        the facts of its family and key) in that sentence after the first; never a character offset,
        which a correction before it would shift."""
        starts = sorted({peer.start for peer in peers if peer.sentence == span.sentence} | {span.start})
        rank = starts.index(span.start)
        return (span.sentence,) if rank == 0 else (span.sentence, rank + 1)

    def fact_node(self, iri: URIRef, rdf_type: URIRef, span: Span) -> None:
        """Write the common part of the fact node ``iri`` (type, country, report year, provenance)."""
        self.add(iri, _TYPE, rdf_type)
        if self.country is not None:
            self.add(iri, TIP.aboutCountry, self.country)
        if self.report is not None:
            self.add(iri, TIP.reportYear, self._year)
        self.add(iri, _DERIVED_FROM, self.span(span))


def map_document(extraction: Extraction) -> MappedDocument:
    """Map one document's extraction to its own triples and its shared ones (no duplicates).

    Examples
    --------
    >>> from kg.pipeline import extract_document
    >>> from kg.sources import read_sources
    >>> mapped = map_document(extract_document(read_sources(["data/kosovo-2009.txt"])[0][0]))
    >>> any(p == TIP.tier and o == TIP.Tier2 for _, p, o in mapped.own)
    True
    >>> sorted(str(o) for s, p, o in mapped.vocabulary if s == country_iri("XK"))
    ['Kosovo', 'XK', 'https://w3id.org/tip-kg/ontology#Country']
    >>> any(s == country_iri("XK") for s, p, o in mapped.shared)  # the vocabulary graph states them
    False
    >>> any(s == country_iri("XK") for s, p, o in mapped.own)
    False
    """
    from . import profile, response  # noqa: F401  (registers the family writers)

    out = DocumentGraph(extraction)
    _write_document(out)
    for fact in extraction.facts:
        writer = _WRITERS.get(type(fact))
        if writer is None:
            raise TypeError(f"no RDF writer for {type(fact).__name__}")
        writer(out, fact)
    known = _vocabulary_statements()
    return MappedDocument(own=list(out.triples), shared=[t for t in out.shared if t not in known],
                          vocabulary=[t for t in out.shared if t in known])


@functools.lru_cache(maxsize=1)
def _vocabulary_statements() -> frozenset[Triple]:
    return frozenset(place_statements())


def to_triples(extraction: Extraction) -> list[Triple]:
    """One document's triples with the shared ones they need: the graph of the document alone.

    Examples
    --------
    >>> from kg.pipeline import extract_document
    >>> from kg.sources import read_sources
    >>> triples = to_triples(extract_document(read_sources(["data/kosovo-2009.txt"])[0][0]))
    >>> any(p == TIP.tier and o == TIP.Tier2 for _, p, o in triples)
    True
    """
    mapped = map_document(extraction)
    return mapped.own + mapped.shared + mapped.vocabulary


def to_graph(extraction: Extraction) -> Graph:
    """Map one document's extraction to a graph of it alone (its own and shared triples), as an rdflib ``Graph``.

    Examples
    --------
    >>> from kg.pipeline import extract_document
    >>> from kg.sources import read_sources
    >>> g = to_graph(extract_document(read_sources(["data/kosovo-2009.txt"])[0][0]))
    >>> (None, TIP.tier, TIP.Tier2) in g
    True
    """
    graph = new_graph()
    graph += to_triples(extraction)
    return graph


def _write_document(out: DocumentGraph) -> None:
    document, doc = out.document, out.doc
    out.add(doc, RDF.type, TIP.SourceDocument)
    out.add(doc, DCTERMS.identifier, literal(document.id))
    out.add(doc, DCTERMS.source, literal(PurePath(document.source).name))  # not the local path
    out.add(doc, TIP.characterCount, literal(len(document.text)))
    out.add(doc, TIP.documentKind, TIP.NarrativeDocument if document.kind == "narrative" else TIP.SummaryDocument)
    title = f"{document.country_name or document.country} — {document.id}"
    out.add(doc, DCTERMS.title, literal(title))
    if out.country is not None:
        out.add(doc, TIP.aboutCountry, out.country)
        out.share(out.country, RDF.type, TIP.Country)
        out.share(out.country, TIP.isoCode, literal(document.country))
        if document.country_name:
            out.share(out.country, RDFS.label, text_literal(document.country_name, "en"))
    if out.report is not None:
        out.add(doc, TIP.inReport, out.report)
        out.add(doc, TIP.reportYear, literal(document.year))
        if document.edition is not None:
            out.add(doc, TIP.edition, literal(document.edition))
        out.share(out.report, RDF.type, TIP.Report)
        out.share(out.report, TIP.reportYear, literal(document.year))
        out.share(out.report, RDFS.label, text_literal(f"Trafficking in Persons Report {document.year}", "en"))
    out.add(out.activity, RDF.type, TIP.ExtractionActivity)
    out.add(out.activity, PROV.used, doc)
    out.add(out.activity, PROV.wasAssociatedWith, TOOL_AGENT)
    out.share(TOOL_AGENT, RDF.type, PROV.SoftwareAgent)
    out.share(TOOL_AGENT, RDFS.label, text_literal("tip-kg extraction rules", "en"))
    out.share(TOOL_AGENT, OWL.versionInfo, literal(VERSION))
    for sentence in out.extraction.sentences:
        iri = fact_iri(document.id, "sentence", sentence.index)
        out.add(iri, _TYPE, TIP.Sentence)
        out.add(iri, TIP.inDocument, doc)
        out.add(iri, TIP.sentenceIndex, _integer(sentence.index))
        out.add(iri, TIP.startOffset, _integer(sentence.start))
        out.add(iri, TIP.endOffset, _integer(sentence.end))
        out.add(iri, TIP.inSection, concept_iri("SectionScheme", sentence.section))
        out.add(iri, PROV.value, literal(sentence.text))
        page = document.page_at(sentence.start)
        if page is not None:  # read from a PDF: where a reader finds the sentence in it
            out.add(iri, TIP.page, literal(page))
            out.add(iri, TIP.pageLocator, literal(f"{PurePath(document.source).name}#page={page}"))
