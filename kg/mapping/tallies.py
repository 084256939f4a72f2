"""Tallies: how many documents about a country in a report year give a tier, a role or a route.

Each document contributes its :class:`DocumentTallies` (computed with its graph, cached with
it); :func:`tally_triples` sums the contributions of a whole build into RDF Data Cube
observations of ``tip:tierTallies``, ``tip:roleTallies`` and ``tip:routeTallies`` for the
tallies graph. Questions across many documents (a country's tier history, countries by role
in a year, routes of a country) then read one node
per answer row: on a corpus that repeats a country's reports, per-document facts made them
read every repetition.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from ..model import Extraction, RoleFact, RouteFact, TierFact
from ..vocab import (
    ID,
    QB,
    TIP,
    concept_iri,
    country_iri,
    document_iri,
    place_iri,
    slug,
)
from . import Triple

#: The form key of a route whose document states no form (tip:FormNotStated in the graph).
NO_FORM = ""
#: Tallies of one concept per document family: its scheme, class, data set and dimension.
_CONCEPT_TALLIES = {"tier": ("TierScheme", TIP.TierTally, TIP.tierTallies, TIP.tallyTier),
                    "role": ("RoleScheme", TIP.RoleTally, TIP.roleTallies, TIP.tallyRole)}


@dataclass(frozen=True)
class DocumentTallies:
    """What one document adds to the tallies: its tier, its roles and its routes with their forms.

    ``routes`` holds ``(origin, destination, form)`` place and form keys, with
    :data:`NO_FORM` for a route that the document states without any form.
    """

    document: str  # document id
    country: str
    year: int
    tiers: tuple[str, ...]
    roles: tuple[str, ...]
    routes: tuple[tuple[str, str, str], ...]

    def as_dict(self) -> dict:
        return {"document": self.document, "country": self.country, "year": self.year, "tiers": list(self.tiers),
                "roles": list(self.roles), "routes": [list(route) for route in self.routes]}

    @classmethod
    def from_dict(cls, data: dict) -> "DocumentTallies":
        return cls(data["document"], data["country"], data["year"], tuple(data["tiers"]), tuple(data["roles"]),
                   tuple(tuple(route) for route in data["routes"]))


def document_tallies(extraction: Extraction) -> DocumentTallies | None:
    """The tier, roles and routes one document states; None without country or year.

    A route's forms are those of every statement of the same two places, as on the route node
    of the document graph (:func:`kg.mapping.profile.write_route`); ``tests/test_tallies.py``
    counts the tallies again from the documents' graphs.

    Examples
    --------
    >>> from kg.pipeline import extract_document
    >>> from kg.sources import read_sources
    >>> tallies = document_tallies(extract_document(read_sources(["data/kosovo-2009.txt"])[0][0]))
    >>> tallies.tiers, tallies.roles
    (('Tier 2',), ('destination', 'internal', 'source', 'transit'))
    >>> tallies.routes  # doctest: +NORMALIZE_WHITESPACE
    (('XK', 'AL', ''), ('XK', 'IT', ''), ('XK', 'MK', ''), ('XK', 'europe', ''),
     ('eastern-europe', 'XK', 'sex_trafficking'))
    """
    document = extraction.document
    if not document.country or not document.year:
        return None
    tiers = sorted({fact.tier for fact in extraction.facts if isinstance(fact, TierFact)})
    roles = sorted({fact.role for fact in extraction.facts if isinstance(fact, RoleFact)})
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for fact in extraction.facts:
        if isinstance(fact, RouteFact):
            forms[(fact.origin, fact.destination)].update(fact.forms)
    routes = sorted((origin, destination, form) for (origin, destination), stated in forms.items()
                    for form in (stated or {NO_FORM}))
    return DocumentTallies(document.id, document.country, document.year, tuple(tiers), tuple(roles), tuple(routes))


def tally_triples(contributions: Iterable[DocumentTallies]) -> list[Triple]:
    """Sum the contributions of a build into tier, role and route tallies (their triples).

    A tally's IRI is made of its dimensions, which are keys of the guideline (ISO codes, region,
    role and form keys: IRI-safe; tier and role keys are slugged), so the same documents always
    give the same triples.

    Examples
    --------
    >>> one = DocumentTallies("a", "XK", 2009, ("Tier 2",), ("source",), (("XK", "IT", "sex_trafficking"),))
    >>> two = DocumentTallies("b", "XK", 2009, ("Tier 2",), ("source", "transit"), ())
    >>> counts = {(str(s), o.toPython()) for s, p, o in tally_triples([one, two]) if p == TIP.documentCount}
    >>> sorted(counts)  # doctest: +NORMALIZE_WHITESPACE
    [('https://w3id.org/tip-kg/id/tally/role/XK/2009/source', 2),
     ('https://w3id.org/tip-kg/id/tally/role/XK/2009/transit', 1),
     ('https://w3id.org/tip-kg/id/tally/route/XK/2009/XK/IT/sex_trafficking', 1),
     ('https://w3id.org/tip-kg/id/tally/tier/XK/2009/tier-2', 2)]
    """
    triples: list[Triple] = []
    for (family, country, year, key), counted in sorted(_counted(contributions).items()):
        if family == "route":
            node = _route_node(country, year, key)
            triples += _tally(node, TIP.RouteTally, TIP.routeTallies, country, year, counted)
            triples += _route_dimensions(node, key)
        else:
            scheme, rdf_type, data_set, dimension = _CONCEPT_TALLIES[family]
            node = ID[f"tally/{family}/{country}/{year}/{slug(key)}"]
            triples += _tally(node, rdf_type, data_set, country, year, counted)
            triples.append((node, dimension, concept_iri(scheme, key)))
    return triples


def _counted(contributions: Iterable[DocumentTallies]) -> dict[tuple, set[str]]:
    """(family, country, year, key) → the ids of the documents that state it."""
    documents: dict[tuple, set[str]] = defaultdict(set)
    for tallies in contributions:
        for family, keys in (("tier", tallies.tiers), ("role", tallies.roles), ("route", tallies.routes)):
            for key in keys:
                documents[(family, tallies.country, tallies.year, key)].add(tallies.document)
    return documents


def _route_node(country: str, year: int, route: tuple[str, str, str]) -> URIRef:
    """The IRI of the tally of a route (origin, destination and form keys) in a country's documents of a year."""
    origin, destination, form = route
    return ID[f"tally/route/{country}/{year}/{origin}/{destination}/{form or 'not_stated'}"]


def _route_dimensions(node: URIRef, route: tuple[str, str, str]) -> list[Triple]:
    """The places and form of a route tally."""
    origin, destination, form = route
    return [(node, TIP.tallyFrom, place_iri(origin)), (node, TIP.tallyTo, place_iri(destination)),
            (node, TIP.tallyForm, concept_iri("FormScheme", form) if form else TIP.FormNotStated)]


def _tally(node, rdf_type, data_set, country: str, year: int, documents: set[str]) -> list[Triple]:
    return [(node, RDF.type, rdf_type), (node, QB.dataSet, data_set), (node, TIP.tallyCountry, country_iri(country)),
            (node, TIP.tallyYear, Literal(year)), (node, TIP.documentCount, Literal(len(documents)))] + \
           [(node, TIP.tallyDocument, document_iri(doc)) for doc in sorted(documents)]
