"""The tallies graph: counts of the documents that state each role and route, derived by the build."""
from __future__ import annotations

import importlib
import json
import shutil
from collections import Counter, defaultdict

import pytest

from kg.build import DocumentResult, tallies_graph
from kg.export import export_bytes
from kg.mapping.tallies import DocumentTallies, tally_triples
from kg.query import run_query
from kg.sources import stamped_year
from kg.store import open_store
from kg.validate import TALLY_SHAPES_FILE, load_shapes, validate, validate_graph
from kg.vocab import TIP

PREFIXES = "PREFIX tip: <https://w3id.org/tip-kg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>\n"
TALLIES = "<https://w3id.org/tip-kg/id/graph/tallies>"


def _select(build_dir, query: str) -> list[tuple[str, ...]]:
    store = open_store(build_dir)
    return [tuple(term.value if term is not None else None for term in row) for row in store.query(PREFIXES + query)]


@pytest.mark.parametrize("fact_class, fact_property, tally_class, tally_property", [
    ("tip:CountryAssessment", "tip:tier", "tip:TierTally", "tip:tallyTier"),
    ("tip:RoleStatement", "tip:role", "tip:RoleTally", "tip:tallyRole"),
])
def test_tier_and_role_tallies_count_the_documents_that_state_them(dev_build, fact_class, fact_property, tally_class,
                                                                   tally_property):
    # counted again here from the facts of the document graphs, independently of the builder
    stated = Counter((c, y, v) for c, y, v, _ in _select(dev_build, f"""
        SELECT DISTINCT ?c ?y ?v ?g WHERE {{ GRAPH ?g {{ ?s a {fact_class} ; {fact_property} ?v .
                                                        ?g tip:aboutCountry ?c ; tip:reportYear ?y }} }}"""))
    tallied = {(c, y, v): int(n) for c, y, v, n in _select(dev_build, f"""
        SELECT ?c ?y ?v ?n WHERE {{ GRAPH {TALLIES} {{ ?t a {tally_class} ; tip:tallyCountry ?c ; tip:tallyYear ?y ;
                                                       {tally_property} ?v ; tip:documentCount ?n }} }}""")}
    assert len(tallied) > 400 and tallied == dict(stated)


def test_a_tally_names_the_documents_it_counts(dev_build):
    # factbook-2011-AZ: "Azerbaijan is a source, transit, and destination country"
    [(count, document)] = _select(dev_build, f"""SELECT ?n ?d WHERE {{ GRAPH {TALLIES} {{
        <https://w3id.org/tip-kg/id/tally/role/AZ/2011/source> tip:documentCount ?n ; tip:tallyDocument ?d }} }}""")
    assert (count, document) == ("1", "https://w3id.org/tip-kg/id/doc/factbook-2011-az")
    # factbook-2013-MM and factbook-2014-MM, both of the 2013 report: "tier rating: Tier 2 Watch List"
    rows = _select(dev_build, f"""SELECT ?n ?d WHERE {{ GRAPH {TALLIES} {{
        <https://w3id.org/tip-kg/id/tally/tier/MM/2013/tier-2-watch-list> tip:documentCount ?n ; tip:tallyDocument ?d }} }}""")
    assert sorted(rows) == [("2", "https://w3id.org/tip-kg/id/doc/factbook-2013-mm"),
                            ("2", "https://w3id.org/tip-kg/id/doc/factbook-2014-mm")]


def test_route_tallies_count_the_documents_that_state_each_route_and_form(dev_build):
    stated = Counter((c, y, a, b, f or "none") for c, y, a, b, f, _ in _select(dev_build, """
        SELECT DISTINCT ?c ?y ?a ?b ?f ?g WHERE { GRAPH ?g { ?s a tip:Route ; tip:fromPlace ?a ; tip:toPlace ?b .
            OPTIONAL { ?s tip:form ?f } ?g tip:aboutCountry ?c ; tip:reportYear ?y } }"""))
    tallied, documents = {}, defaultdict(set)
    for c, y, a, b, f, n, d in _select(dev_build, f"""
            SELECT ?c ?y ?a ?b ?f ?n ?d WHERE {{ GRAPH {TALLIES} {{ ?t a tip:RouteTally ; tip:tallyCountry ?c ;
                tip:tallyYear ?y ; tip:tallyFrom ?a ; tip:tallyTo ?b ; tip:tallyForm ?f ; tip:documentCount ?n ;
                tip:tallyDocument ?d }} }}"""):
        key = (c, y, a, b, "none" if f.endswith("#FormNotStated") else f)
        tallied[key] = int(n)
        documents[key].add(d)
    assert len(tallied) > 3000 and tallied == dict(stated)
    assert all(len(documents[key]) == count for key, count in tallied.items())


def test_every_statement_is_in_one_graph(dev_build):
    # a country's type, code and label, a report, an actor, the rules' agent: written once (the
    # vocabulary or id:graph/shared), not in every document that names them (issue #19); the
    # default graph of kg query is the union of the named graphs
    [[union]] = [r.values() for r in run_query(dev_build, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").rows]
    [[distinct]] = [r.values() for r in run_query(
        dev_build, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }").rows]
    assert int(union) == int(distinct) > 200_000
    assert run_query(dev_build, "SELECT ?l { <https://w3id.org/tip-kg/id/country/MM> "
                                "<http://www.w3.org/2000/01/rdf-schema#label> ?l }").rows == [{"l": "Myanmar"}]
    # what the documents say of a shared node is in id:graph/shared, never in a document's graph
    assert _select(dev_build, "SELECT DISTINCT ?g { GRAPH ?g { ?c tip:isoCode ?code } }") == [
        ("https://w3id.org/tip-kg/id/graph/vocabulary",)]
    assert _select(dev_build, "SELECT DISTINCT ?g { GRAPH ?g { ?a tip:actorKind ?k } }") == [
        ("https://w3id.org/tip-kg/id/graph/shared",)]
    import pyoxigraph

    statements = [(q.subject, q.predicate, q.object)
                  for q in pyoxigraph.parse(input=export_bytes(dev_build, "ttl"), format=pyoxigraph.RdfFormat.TURTLE)]
    assert len(statements) == len(set(statements)) == int(union)


def graph_names(build_dir) -> set[str]:
    return {g.value for g in open_store(build_dir).named_graphs()}


def test_tallies_conform_and_tally_shapes_catch_a_broken_tally():
    one = DocumentTallies("a", "XK", 2009, ("Tier 2",), ("source",), (("XK", "IT", "sex_trafficking"), ("XK", "AL", "")))
    triples = tally_triples([one])
    shapes = load_shapes(TALLY_SHAPES_FILE)
    assert validate_graph(_graph(triples), shapes).conforms
    no_form = [t for t in triples if t[1] != TIP.tallyForm]
    assert {v.path for v in validate_graph(_graph(no_form), shapes).violations} == {"tip:tallyForm"}
    role = [(s, p, TIP.Tier2 if p == TIP.tallyRole else o) for s, p, o in triples]
    assert {v.path for v in validate_graph(_graph(role), shapes).violations} == {"tip:tallyRole"}
    tier = [(s, p, TIP.SourceRole if p == TIP.tallyTier else o) for s, p, o in triples]
    assert {v.path for v in validate_graph(_graph(tier), shapes).violations} == {"tip:tallyTier"}


def test_kg_validate_checks_the_tallies_graph_of_a_build(seed_build, tmp_path):
    copy = tmp_path / "build"
    shutil.copytree(seed_build, copy)
    trig = copy / "graphs" / "tallies.trig"
    text = trig.read_text(encoding="utf-8")
    assert "tip:documentCount 1" in text
    trig.write_text(text.replace("tip:documentCount 1", "tip:documentCount 0", 1), encoding="utf-8")
    report = validate(copy)
    assert not report.conforms and {v.path for v in report.violations} == {"tip:documentCount"}


def test_adding_a_document_remakes_the_tallies_of_its_year_only(tmp_path, monkeypatch):
    build_module = importlib.import_module("kg.build")  # `kg.build` the attribute is the build function
    made_years = []
    make = build_module.make_tallies

    def counting(contributions, validate=True):
        made_years.append(contributions[0].year)
        return make(contributions, validate)

    monkeypatch.setattr(build_module, "make_tallies", counting)

    def result(doc: str, year: int, routes) -> DocumentResult:
        tallies = DocumentTallies(doc, "XK", year, ("Tier 2",), ("source",), routes)
        return DocumentResult(id=doc, graph="", body="", triples=0, tallies=tallies.as_dict())

    results = [result("a", 2009, (("XK", "IT", ""),)), result("b", 2010, ())]
    body, count, violations = tallies_graph(results, tmp_path, jobs=1)
    assert sorted(made_years) == [2009, 2010] and not violations and count > 0
    made_years.clear()
    again, _, _ = tallies_graph(results + [result("c", 2010, (("AL", "XK", "forced_labor"),))], tmp_path, jobs=1)
    assert made_years == [2010]
    assert "tally/role/XK/2010/source" in again and "tip:documentCount 2" in again and again.startswith(body[:200])


def test_a_rebuild_remakes_the_tallies_of_the_changed_country_only_as_a_build_from_scratch_makes_them(tmp_path, monkeypatch):
    """A document added to (then removed from) a country's year remakes that country's tallies of the
    year only; the rest of the year is copied from the earlier build, and the tallies file and store,
    and the whole graph, are those of a build from scratch of the same documents."""
    import pyoxigraph
    from conftest import DEV_CORPUS, build_trig

    from kg import build

    build_module = importlib.import_module("kg.build")
    made = []
    make = build_module.make_tallies

    def counting(contributions, validate=True):
        made.append(sorted({(c.country, c.year) for c in contributions}))
        return make(contributions, validate)

    monkeypatch.setattr(build_module, "make_tallies", counting)
    records = [json.loads(line) for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_year = defaultdict(list)  # by the report year the build files them under
    for record in records:
        by_year[stamped_year(record["text"]) or record["edition"]].append(record)
    year, other = 2009, 2012
    assert len({r["iso2"] for r in by_year[year][:4]}) == 4
    first = by_year[year][0]
    added = dict(first, id=first["id"] + "-b")  # the same text as another document of its country and year
    corpus, extra = tmp_path / "corpus.jsonl", tmp_path / "added" / "added.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in by_year[year][:4] + by_year[other][:2]))
    extra.parent.mkdir()
    extra.write_text(json.dumps(added) + "\n")

    def tallies(build_dir):
        quads = pyoxigraph.Store.read_only(str(build_dir / "store")).quads_for_pattern(
            None, None, None, pyoxigraph.NamedNode(TALLIES[1:-1]))
        return (build_dir / "graphs" / "tallies.trig").read_bytes(), {(q.subject, q.predicate, q.object) for q in quads}

    out = tmp_path / "out"
    before = build([corpus], out, cache_dir=tmp_path / "cache", jobs=1)
    cold_before = tallies(out)
    shutil.copytree(out, tmp_path / "first")
    shared = (out / "graphs" / "shared.trig").stat().st_ino
    assert sorted(made) == sorted([sorted((r["iso2"], y) for r in by_year[y][:n]) for y, n in ((year, 4), (other, 2))])
    made.clear()
    after = build([corpus, extra], out, cache_dir=tmp_path / "cache", jobs=1)
    assert made == [[(first["iso2"], year)]]
    assert tallies(out) != cold_before
    cold = build([corpus, extra], tmp_path / "cold", cache_dir=tmp_path / "cold-cache", jobs=1)
    assert tallies(out) == tallies(tmp_path / "cold") and after.triples == cold.triples
    assert build_trig(out) == build_trig(tmp_path / "cold")  # the documents' and shared graphs too
    # the added text is its country's other document's: it adds no shared statement, and the shared
    # graph's file is the earlier build's (linked, not made again), as after its removal below
    assert (out / "graphs" / "shared.trig").stat().st_ino == shared
    made.clear()
    again = build([corpus], out, cache_dir=tmp_path / "another-cache", jobs=1)  # no year of tallies in this cache
    assert made == [[(first["iso2"], year)]]
    assert tallies(out) == cold_before and again.triples == before.triples
    assert build_trig(out) == build_trig(tmp_path / "first")
    assert (out / "graphs" / "shared.trig").stat().st_ino == shared


def _graph(triples):
    from rdflib import Graph

    graph = Graph()
    graph += triples
    return graph
