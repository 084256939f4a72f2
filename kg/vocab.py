"""Namespaces and IRI minting shared by every stage.

The ontology itself (classes, properties, concept schemes) lives in ``ontology/*.ttl``;
this module only names the namespaces and builds deterministic IRIs, so that two builds of
the same input give the same terms and no blank node is ever written.
"""
from __future__ import annotations

import functools
import re
import urllib.parse

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .namespaces import NAMESPACES, ONTOLOGY_DIR, QUERIES_DIR, READERS_DIR  # noqa: F401  (named here too)
from .version import VERSION  # noqa: F401  (written on the rules' prov:SoftwareAgent)


class TermNamespace(Namespace):
    """An rdflib ``Namespace`` that makes each term named as an attribute once (``TIP.reportYear``).

    The mapping names a few dozen terms tens of thousands of times a document; rdflib's
    ``Namespace`` checks and builds a new ``URIRef`` each time. The term is kept in the
    namespace's ``__dict__``, so later lookups do not reach ``__getattr__`` at all.
    """

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):  # special Python names, as rdflib's
            raise AttributeError(name)
        term = self.term(name)
        self.__dict__[name] = term
        return term


class CachedTerms:
    """An rdflib ``DefinedNamespace`` (``RDF``, ``RDFS``, ``PROV`` ...) whose terms named as attributes are each
    looked up once (``RDFS.label``): rdflib checks every lookup against the namespace's list of terms, about 3 µs,
    and the mapping names a few of them thousands of times a document. Not a ``str``, so ``DCTERMS.title`` is the
    term, as with rdflib's own."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


TIP = TermNamespace(NAMESPACES["tip"])
ID = TermNamespace(NAMESPACES["id"])
QB = TermNamespace(NAMESPACES["qb"])
SDMX_MEASURE = TermNamespace(NAMESPACES["sdmx-measure"])
SDMX_ATTRIBUTE = TermNamespace(NAMESPACES["sdmx-attribute"])
OA = TermNamespace(NAMESPACES["oa"])

#: Prefixes written in every serialisation (:data:`kg.namespaces.NAMESPACES`, in its order).
PREFIXES: dict[str, Namespace] = {prefix: Namespace(iri) for prefix, iri in NAMESPACES.items()}

#: Named graph that holds the ontology, concept schemes and places.
VOCABULARY_GRAPH = ID["graph/vocabulary"]
#: Named graph of the tallies the builder derives from all documents (:mod:`kg.mapping.tallies`).
TALLIES_GRAPH = ID["graph/tallies"]
#: Named graph of what documents say of the nodes they share (countries, reports, actors, the
#: rules' agent), each statement once (:class:`kg.build.SharedLines`).
SHARED_GRAPH = ID["graph/shared"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")
_SCRIPTS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


@functools.lru_cache(maxsize=8192)  # a fact IRI's parts (a measure, a year, an offset) recur within and across documents
def slug(text: str) -> str:
    """Return an IRI-safe, lower-case slug of ``text`` (stable, no hashing)."""
    return _UNSAFE.sub("-", text.strip()).strip("-").lower() or "x"


@functools.lru_cache(maxsize=1024)  # every fact IRI of a document holds it
def document_slug(doc_id: str) -> str:
    """The slug of a document id in its IRIs: :func:`slug`, but with the letters of other scripts
    kept, percent-encoded, so that ``Косово-2009`` and ``Сербия-2009`` stay two documents.

    Examples
    --------
    >>> document_slug("Kosovo 2009"), document_slug("Косово-2009")
    ('kosovo-2009', '%D0%BA%D0%BE%D1%81%D0%BE%D0%B2%D0%BE-2009')
    """
    def keep(run: re.Match) -> str:  # within a run of unsafe characters: ASCII ones become "-" as in slug
        return _SCRIPTS.sub(lambda part: "-" if part[0].isascii() else urllib.parse.quote(part[0], safe=""), run[0])

    return _UNSAFE.sub(keep, doc_id.strip().lower()).strip("-") or "x"


def country_iri(iso2: str):
    """IRI of a country by its ISO 3166-1 alpha-2 code (``XK`` for Kosovo)."""
    return ID[f"country/{iso2.upper()}"]


def region_iri(key: str):
    """IRI of a named region by its guideline key (``eastern-europe``)."""
    return ID[f"region/{key}"]


@functools.lru_cache(maxsize=4096)  # the tallies name the same few hundred places again and again
def place_iri(key: str):
    """IRI of a place key: two upper-case letters are a country, anything else a region."""
    return country_iri(key) if re.fullmatch(r"[A-Z]{2}", key) else region_iri(key)


def document_iri(doc_id: str):
    """IRI of a source document; also the name of its named graph."""
    return ID[f"doc/{document_slug(doc_id)}"]


def report_iri(year: int):
    """IRI of the annual TIP report of ``year``."""
    return ID[f"report/{year}"]


def fact_iri(doc_id: str, family: str, *parts: object):
    """IRI of a fact of a document: ``id:doc/<doc>/<family>/<part>/...``."""
    tail = "/".join(slug(str(p)) for p in parts)
    return ID[f"doc/{document_slug(doc_id)}/{family}" + (f"/{tail}" if tail else "")]


@functools.lru_cache(maxsize=1)
def vocabulary_graph() -> Graph:
    """The ontology and domain data: every ``ontology/*.ttl`` but the shapes, parsed once.

    Callers must not change it; copy it first (``Graph() + vocabulary_graph()``).
    """
    graph = Graph()
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        if not path.name.endswith("shapes.ttl"):  # shapes.ttl, tally-shapes.ttl
            graph.parse(path, format="turtle")
    _add_currency_units(graph)
    return graph


@functools.lru_cache(maxsize=1)
def place_statements() -> tuple[tuple[URIRef, URIRef, Literal | URIRef], ...]:
    """What the vocabulary graph says of every place of the gazetteer: a country's type and ISO
    code, each place's notation and its one English label.

    Countries and regions get the same key and label properties, so that queries need no
    OPTIONAL juggling between tip:isoCode / skos:notation and rdfs:label / skos:prefLabel. Each
    place is a code of tip:PlaceScheme and each country of tip:CountryScheme too: the code lists
    of the place and country dimensions of the statistics and tallies (Data Cube IC-19). The
    mapping leaves these statements out of what a document shares (no statement in two graphs).
    """
    from .places import load_gazetteer

    out: list[tuple[URIRef, URIRef, Literal | URIRef]] = []
    for place in load_gazetteer().all_places():
        iri = place_iri(place.key)
        if place.kind == "country":
            out += [(iri, RDF.type, TIP.Country), (iri, TIP.isoCode, Literal(place.key)),
                    (iri, SKOS.inScheme, TIP.CountryScheme)]
        out += [(iri, RDF.type, SKOS.Concept), (iri, SKOS.inScheme, TIP.PlaceScheme),
                (iri, SKOS.notation, Literal(place.key)), (iri, RDFS.label, Literal(place.label, lang="en"))]
    return tuple(out)


def _add_currency_units(graph: Graph) -> None:
    """A unit of tip:UnitScheme for every ISO 4217 currency (pycountry), but those response.ttl declares."""
    import pycountry

    declared = {str(n) for c in graph.subjects(SKOS.inScheme, TIP.UnitScheme) for n in graph.objects(c, SKOS.notation)}
    for currency in pycountry.currencies:
        if currency.alpha_3 in declared:
            continue
        unit = TIP[currency.alpha_3]
        graph.add((unit, RDF.type, TIP.Unit))
        graph.add((unit, SKOS.inScheme, TIP.UnitScheme))
        graph.add((unit, SKOS.notation, Literal(currency.alpha_3)))
        graph.add((unit, SKOS.prefLabel, Literal(currency.name, lang="en")))
        graph.add((unit, RDFS.label, Literal(currency.name, lang="en")))
        graph.add((unit, SKOS.definition, Literal(f"{currency.name} (ISO 4217 {currency.alpha_3}).", lang="en")))


@functools.lru_cache(maxsize=1)
def response_areas() -> tuple[str, ...]:
    """The notations of the 3P areas (``tip:ResponseAreaScheme``) in their ``tip:wordingOrder``.

    >>> response_areas()
    ('prosecution', 'protection', 'prevention', 'partnership')
    """
    graph = vocabulary_graph()
    concepts = sorted(graph.subjects(SKOS.inScheme, TIP.ResponseAreaScheme), key=lambda c: int(str(graph.value(c, TIP.wordingOrder))))
    return tuple(str(graph.value(c, SKOS.notation)) for c in concepts)


@functools.lru_cache(maxsize=None)
def concept_iri(scheme: str, notation: str) -> URIRef:
    """The concept of ``tip:<scheme>`` whose ``skos:notation`` is ``notation``.

    Raises KeyError when the ontology has no such concept, so no undeclared term is written.

    Examples
    --------
    >>> concept_iri("TierScheme", "Tier 2 Watch List")
    rdflib.term.URIRef('https://w3id.org/tip-kg/ontology#Tier2WatchList')
    >>> concept_iri("FormScheme", "forced_begging")
    rdflib.term.URIRef('https://w3id.org/tip-kg/ontology#ForcedBegging')
    """
    graph = vocabulary_graph()
    for concept in sorted(graph.subjects(SKOS.notation, Literal(notation)), key=str):
        if (concept, SKOS.inScheme, TIP[scheme]) in graph:
            return URIRef(str(concept))
    raise KeyError(f"no concept {notation!r} in tip:{scheme}")
