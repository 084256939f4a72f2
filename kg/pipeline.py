"""The per-document pipeline: segment → extract → map to RDF → serialise.

Used by :mod:`kg.build` (in worker processes) and by tests that want one document's facts
or graph without writing a build.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph

from .extract import extract
from .mapping import Triple, to_graph
from .model import Document, Extraction
from .segment import segment
from .turtle import statements


def extract_document(document: Document) -> Extraction:
    """Segment and extract one document."""
    return extract(document, segment(document))


def document_graph(document: Document) -> Graph:
    """The named graph of one document (an rdflib ``Graph``)."""
    return to_graph(extract_document(document))


def turtle_body(graph: Graph | Iterable[Triple]) -> str:
    """Serialise a graph (or its triples) as Turtle statements without the prefix lines.

    All graphs share the prefixes of :data:`kg.vocab.PREFIXES`, so bodies of several graphs
    can be joined under one prefix block, as TriG graph blocks or one merged file.
    """
    return statements(graph)
