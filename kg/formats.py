"""The output formats and engines the verbs offer, kept apart so that ``kg --help`` reads them
without loading rdflib, Oxigraph or networkx."""
from __future__ import annotations

#: Query engines: the build's Oxigraph store, or rdflib over its graph files.
QUERY_ENGINES = ("oxigraph", "rdflib")
#: Answers of ``kg query``: an aligned table or the W3C SPARQL 1.1 result formats.
QUERY_FORMATS = ("table", "csv", "tsv", "json")
#: ``kg export`` formats: Oxigraph's name of the syntax, whether it holds named graphs, file suffix.
EXPORT_FORMATS: dict[str, tuple[str, bool, str]] = {
    "ttl": ("TURTLE", False, ".ttl"),
    "trig": ("TRIG", True, ".trig"),
    "nt": ("N_TRIPLES", False, ".nt"),
    "nq": ("N_QUADS", True, ".nq"),
    "jsonld": ("JSON_LD", True, ".jsonld"),
    "xml": ("RDF_XML", False, ".rdf"),
}
#: Suffixes that name an export format besides its own (``.owl`` is RDF/XML).
EXPORT_SUFFIXES = {**{suffix: fmt for fmt, (_, _, suffix) in EXPORT_FORMATS.items()},
                   ".turtle": "ttl", ".xml": "xml", ".owl": "xml", ".json": "jsonld"}
#: ``kg routes`` formats: pictures, an offline page, graph files.
ROUTE_FORMATS = ("png", "svg", "html", "graphml", "gexf", "json")
#: ``kg routes`` layouts: the spring layout of the network, or places at their position on a world map.
ROUTE_LAYOUTS = ("network", "map")
