"""kg serve and kg push against real Oxigraph servers on loopback ports."""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg import store
from kg.push import push
from kg.serve import free_port, serve, start_oxigraph, stop_process

TIER_QUERY = """PREFIX tip: <https://w3id.org/tip-kg/ontology#>
SELECT ?tier WHERE { ?a tip:aboutCountry <https://w3id.org/tip-kg/id/country/XK> ; tip:tier ?tier }"""


def request(url: str, body: str | None = None, content_type: str | None = None, method: str | None = None):
    headers = {"Accept": "application/sparql-results+json"}
    if content_type:
        headers["Content-Type"] = content_type
    req = urllib.request.Request(url, data=None if body is None else body.encode(), headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


@pytest.fixture(scope="module")
def server(seed_build):
    with serve(seed_build, port=0, timeout=10) as running:
        yield running


def test_answers_queries_over_the_protocol(server):
    status, body = request(server.endpoint + "?" + urllib.parse.urlencode({"query": TIER_QUERY}))
    assert status == 200
    assert [b["tier"]["value"] for b in json.loads(body)["results"]["bindings"]] == \
        ["https://w3id.org/tip-kg/ontology#Tier2"]
    status, body = request(server.endpoint, TIER_QUERY, "application/sparql-query")
    assert status == 200 and "Tier2" in body
    status, body = request(server.endpoint, urllib.parse.urlencode({"query": TIER_QUERY}),
                           "application/x-www-form-urlencoded")
    assert status == 200 and "Tier2" in body


def test_updates_are_refused(server):
    insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    update_url = server.endpoint.replace("/query", "/update")
    assert request(update_url, insert, "application/sparql-update")[0] == 403
    assert request(server.endpoint, urllib.parse.urlencode({"update": insert}),
                   "application/x-www-form-urlencoded")[0] == 403
    store_url = server.endpoint.replace("/query", "/store") + "?default"
    assert request(store_url, "<http://example.org/a> <http://example.org/b> <http://example.org/c> .",
                   "application/n-triples", method="PUT")[0] == 403
    status, body = request(server.endpoint, "ASK { <http://example.org/a> ?p ?o }", "application/sparql-query")
    assert status == 200 and json.loads(body)["boolean"] is False


def test_queries_that_would_reach_out_are_refused(server):
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, body = request(server.endpoint, service, "application/sparql-query")
    assert status == 403 and "SERVICE" in body
    remote = "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }"
    assert request(server.endpoint + "?" + urllib.parse.urlencode({"query": remote}))[0] == 403
    named = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
                                    "default-graph-uri": "http://example.org/elsewhere"})
    assert request(server.endpoint + "?" + named)[0] == 403


def test_workers_read_the_build_store_and_listen_on_no_port(server, seed_build):
    # (was: the served store is a private copy; the workers now open the build's store read-only
    # and talk to the gate over pipes, so there is no copy and no port behind the gate)
    assert server.graphs == frozenset(g.value for g in store.open_store(seed_build).named_graphs())
    assert len(server.pool.pids()) == 2
    for pid in server.pool.pids():
        targets = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
        assert targets and not [t for t in targets if t.startswith("socket:")]


def graph_counts(port: int) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    status, body = request(f"http://127.0.0.1:{port}/query", query, "application/sparql-query")
    assert status == 200
    return {b["g"]["value"]: int(b["n"]["value"]) for b in json.loads(body)["results"]["bindings"]}


def test_push_twice_changes_nothing(seed_build, tmp_path):
    port = free_port()
    process = start_oxigraph(tmp_path / "target", port)
    try:
        sent = push(seed_build, f"http://127.0.0.1:{port}/store")
        first = graph_counts(port)
        assert first == sent
        # the seed's routes lead from Kosovo to Albania, Italy, North Macedonia and Europe, and from
        # Eastern Europe into Kosovo: a route index graph for each of these six places
        assert set(first) == {"https://w3id.org/tip-kg/id/doc/kosovo-2009", "https://w3id.org/tip-kg/id/graph/vocabulary",
                              "https://w3id.org/tip-kg/id/graph/tallies"} | {
            f"https://w3id.org/tip-kg/id/graph/routes/{key}" for key in ("XK", "AL", "IT", "MK", "europe", "eastern-europe")}
        expected = {}
        for quad in store.open_store(seed_build).quads_for_pattern(None, None, None, None):
            expected[quad.graph_name.value] = expected.get(quad.graph_name.value, 0) + 1
        assert first == expected
        push(seed_build, f"http://127.0.0.1:{port}/store")
        assert graph_counts(port) == first
    finally:
        stop_process(process)
