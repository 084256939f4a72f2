"""The ontology as ontology tools load it: one ontology, imported modules found offline, every
term the graph uses declared, countries linked to GeoNames and UN M49."""
from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

import pyoxigraph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.vocab import ONTOLOGY_DIR, READERS_DIR, TIP, country_iri

ONTOLOGY = URIRef("https://w3id.org/tip-kg/ontology")
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
BUILT_IN = (str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")


def catalog() -> dict[str, str]:
    """The import IRI → file name map of ``catalog-v001.xml`` (what Protégé and ROBOT read)."""
    root = ET.parse(ONTOLOGY_DIR / "catalog-v001.xml").getroot()
    return {uri.get("name"): uri.get("uri") for uri in root if uri.tag.endswith("uri")}


def load_with_imports(root: str = str(ONTOLOGY)) -> tuple[Graph, set[str]]:
    """Load ``tip.ttl`` (or the module ``root``) and, transitively, every ``owl:imports`` through the catalog only."""
    files, graph, loaded, todo = catalog(), Graph(), set(), [root]
    while todo:
        iri = todo.pop()
        if iri in loaded:
            continue
        assert iri in files, f"owl:imports <{iri}> is not in catalog-v001.xml: a tool would fetch it"
        module = Graph().parse(ONTOLOGY_DIR / files[iri], format="turtle")
        assert (URIRef(iri), RDF.type, OWL.Ontology) in module, f"{files[iri]} does not declare <{iri}>"
        loaded.add(iri)
        todo += [str(o) for o in module.objects(URIRef(iri), OWL.imports)]
        graph += module
    return graph, loaded


def test_the_ontology_imports_its_modules_and_nothing_from_the_network():
    graph, loaded = load_with_imports()
    shipped = {path.name for path in ONTOLOGY_DIR.glob("*.ttl") if not path.name.endswith("shapes.ttl")}
    assert {catalog()[iri] for iri in loaded} == shipped  # every module, and only local files
    # one version number, pyproject's: the ontology's and its modules' version IRIs carry it
    version = tomllib.loads((ONTOLOGY_DIR.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert graph.value(ONTOLOGY, OWL.versionIRI) == URIRef(f"https://w3id.org/tip-kg/ontology/{version}")
    assert str(graph.value(ONTOLOGY, OWL.versionInfo)) == version
    for iri in loaded - {str(ONTOLOGY)}:
        assert graph.value(URIRef(iri), OWL.versionIRI) == URIRef(f"{iri}/{version}"), iri
    assert graph.value(ONTOLOGY, DCTERMS.license) == URIRef("https://spdx.org/licenses/MIT")
    assert graph.value(ONTOLOGY, DCTERMS.creator) is not None


def undeclared_terms(module: Graph, closure: Graph) -> list[str]:
    """The terms ``module``'s axioms use as a class or a property that ``closure`` does not declare so.

    What OWL API's OWL2DLProfile reports as UseOfUndeclared...: each module is checked with its own
    import closure, not with the ontology that imports it."""
    classes = {str(s) for s in closure.subjects(RDF.type, OWL.Class)}
    properties = {str(s) for kind in DECLARATIONS[1:4] for s in closure.subjects(RDF.type, kind)}
    used_as_class = set(module.objects(None, RDF.type)) | set(module.objects(None, RDFS.domain))
    used_as_property = set(module.predicates())
    for s, o in module.subject_objects(RDFS.subClassOf):
        used_as_class |= {s, o}
    for s, o in module.subject_objects(RDFS.subPropertyOf):
        used_as_property |= {s, o}
    used_as_property |= set(module.subjects(RDFS.domain, None)) | set(module.subjects(RDFS.range, None))
    missing = {f"class {t}" for t in used_as_class if isinstance(t, URIRef) and str(t) not in classes}
    missing |= {f"property {t}" for t in used_as_property if isinstance(t, URIRef) and str(t) not in properties}
    return sorted(t for t in missing if not t.split()[1].startswith(BUILT_IN))


def test_every_module_declares_what_it_uses_in_its_own_import_closure():
    # OWL API 5.1.20's OWL2DLProfile on tip.ttl: 2,978 UseOfUndeclared... violations, since the modules
    # used terms of external.ttl and tip.ttl and imported nothing (ROBOT validate-profile would say: not DL)
    for iri, name in catalog().items():
        closure, _ = load_with_imports(iri)
        module = Graph().parse(ONTOLOGY_DIR / name, format="turtle")
        assert not undeclared_terms(module, closure), (name, undeclared_terms(module, closure)[:10])
    # a module alone, without its imports, would not do: the check can fail
    response = Graph().parse(ONTOLOGY_DIR / "response.ttl", format="turtle")
    assert f"class {TIP.Measure}" in undeclared_terms(response, Graph())


def test_every_term_the_graph_uses_is_declared(seed_build):
    graph, _ = load_with_imports()
    declared = {str(s) for kind in DECLARATIONS for s in graph.subjects(RDF.type, kind)}
    store = pyoxigraph.Store.read_only(str(seed_build / "store"))
    used = {str(row["t"].value) for row in store.query(
        "SELECT DISTINCT ?t { { GRAPH ?g { ?s ?t ?o } } UNION { GRAPH ?g { ?s a ?t } } }")}
    missing = sorted(t for t in used - declared if not t.startswith(BUILT_IN))
    assert not missing, missing


def test_countries_link_to_geonames_and_m49():
    graph, _ = load_with_imports()
    assert (country_iri("XK"), SKOS.exactMatch, URIRef("https://sws.geonames.org/831053/")) in graph
    assert (country_iri("US"), TIP.m49Code, Literal("840")) in graph
    assert (country_iri("XK"), TIP.m49Code, None) not in graph  # Kosovo's code is user-assigned
    # no maintained IRI names an M49 code (README, The graph): the code is a literal, every exact match a
    # GeoNames feature. Not a skos:notation (this test said it was one): a region's notation is its key,
    # and an entailed second one doubled the rows of a lookup by notation (the test below)
    assert (TIP.m49Code, RDFS.subPropertyOf, SKOS.notation) not in graph
    codes = list(graph.objects(None, TIP.m49Code))
    assert len(codes) > 190 and all(re.fullmatch(r"\d{3}", str(code)) for code in codes)
    matches = [o for s, o in graph.subject_objects(SKOS.exactMatch) if str(s).startswith(str(country_iri("FR"))[:-2])]
    assert matches and all(str(o).startswith("https://sws.geonames.org/") for o in matches)


def test_regions_m49_defines_carry_their_code():
    # the code was only in skos:scopeNote prose ("UN M49 sub-region Eastern Europe (151).")
    graph, _ = load_with_imports()
    region = "https://w3id.org/tip-kg/id/region/"
    assert (URIRef(region + "eastern-europe"), TIP.m49Code, Literal("151")) in graph
    assert (URIRef(region + "caribbean"), TIP.m49Code, Literal("029")) in graph
    assert (URIRef(region + "central-europe"), TIP.m49Code, None) not in graph  # "Not a UN M49 region"
    for subject in graph.subjects(SKOS.inScheme, TIP.RegionScheme):
        note = " ".join(map(str, graph.objects(subject, SKOS.scopeNote)))
        stated = re.search(r"UN M49 [^(]*?\((\d{3})\)", note)
        if stated:
            assert graph.value(subject, TIP.m49Code) == Literal(stated.group(1)), subject
    # the domain is a country's or a region's class (tip:Place: "a country or a named region")
    assert graph.value(TIP.m49Code, RDFS.domain) == TIP.Place
    assert {TIP.Country, TIP.Region} <= set(graph.subjects(RDFS.subClassOf, TIP.Place))


def test_the_ontology_is_owl2_dl_in_its_declarations_and_labels():
    # OWL API found 1,244 illegal punnings: tip:order an owl:DatatypeProperty in tip.ttl and an
    # owl:AnnotationProperty in response.ttl; tip:alias and tip:demonym DatatypeProperties under the
    # annotation properties skos:altLabel / skos:hiddenLabel, declared twice; tip:Country and tip:Region
    # with two English labels
    graph = Graph()
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        graph.parse(path, format="turtle")
    kinds = (OWL.DatatypeProperty, OWL.ObjectProperty, OWL.AnnotationProperty)
    punned = sorted(str(s) for s in set(graph.subjects(RDF.type, None))
                    if sum((s, RDF.type, kind) in graph for kind in kinds) > 1)
    assert not punned, punned
    for kind in (OWL.Class, *kinds):
        for term in graph.subjects(RDF.type, kind):
            languages = [label.language for label in graph.objects(term, RDFS.label)]
            assert len(languages) == len(set(languages)), (str(term), languages)
    # a sub-property of an annotation property is one too
    for prop in (TIP.alias, TIP.demonym):
        assert (prop, RDF.type, OWL.AnnotationProperty) in graph
        assert len(set(graph.objects(prop, RDFS.subPropertyOf))) == 1


def test_a_place_has_one_notation_when_a_reasoner_reads_sub_properties(seed_build):
    # tip:m49Code was a sub-property of skos:notation, so under RDFS entailment (rdfs7: GraphDB's
    # default ruleset, owlrl, a Jena RDFS model) each M49 region carried two plain-string notations
    # in tip:RegionScheme ("africa", "002") and each country an M49 notation beside its ISO code:
    # the library's region lookup gave regions keyed "002" and every country twice ("US", "840").
    # SKOS allows several notations only when their datatypes tell them apart; an M49 code is
    # a code of another list, not a notation of the graph's schemes.
    vocabulary = "https://w3id.org/tip-kg/id/graph/vocabulary"
    store = pyoxigraph.Store()
    store.extend(pyoxigraph.Store.read_only(str(seed_build / "store")).quads_for_pattern(
        None, None, None, pyoxigraph.NamedNode(vocabulary)))
    query = (READERS_DIR / "routes-region-places.rq").read_text(encoding="utf-8")
    plain = {(row["region"].value, row["place"].value, row["key"].value) for row in store.query(query)}
    store.update(f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        INSERT {{ GRAPH <{vocabulary}> {{ ?s ?super ?o }} }}
        WHERE {{ GRAPH <{vocabulary}> {{ ?p rdfs:subPropertyOf+ ?super . ?s ?p ?o }} }}""")
    entailed = {(row["region"].value, row["place"].value, row["key"].value) for row in store.query(query)}
    assert ("eastern-europe", str(country_iri("UA")), "UA") in plain
    assert entailed == plain, sorted(entailed - plain)[:5]
