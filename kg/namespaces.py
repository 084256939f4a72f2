"""The project's namespace IRIs and data folders as plain strings: importable without rdflib.

``kg query`` (and the store it opens) needs only these; :mod:`kg.vocab` makes its rdflib
namespaces from them, so that a query does not pay for importing rdflib (a tenth of a second).
"""
from __future__ import annotations

import importlib.resources
from pathlib import Path

TIP = "https://w3id.org/tip-kg/ontology#"
ID = "https://w3id.org/tip-kg/id/"

#: Prefixes written in every serialisation (fixed order keeps output byte-stable).
NAMESPACES: dict[str, str] = {
    "tip": TIP,
    "id": ID,
    "country": ID + "country/",
    "region": ID + "region/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-measure": "http://purl.org/linked-data/sdmx/2009/measure#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
    "oa": "http://www.w3.org/ns/oa#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _data_dir(package: str) -> Path:
    """Folder of a data package: ``ontology/`` or ``queries/`` of a checkout, or its copy in a wheel.

    pyproject.toml maps ``kg.ontology`` and ``kg.queries`` onto those folders, so the editable
    install and the installed wheel find them the same way.
    """
    return Path(str(importlib.resources.files(package)))


ONTOLOGY_DIR = _data_dir("kg.ontology")
QUERIES_DIR = _data_dir("kg.queries")
#: SPARQL that `kg facts` and `kg routes` read the graph with (not questions of the library).
READERS_DIR = QUERIES_DIR / "readers"


def country_iri_text(iso2: str) -> str:
    """IRI of a country by its ISO 3166-1 alpha-2 code, as a string (:func:`kg.vocab.country_iri` as rdflib's)."""
    return f"{NAMESPACES['country']}{iso2.upper()}"
