"""kg serve and kg push against real Oxigraph servers on loopback ports."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, Namespace, URIRef

from kg import store
from kg.push import push
from kg.query import run_query
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
        sent = push(seed_build, f"http://127.0.0.1:{port}/store").written
        first = graph_counts(port)  # the build's graphs only: the push's journal is beside the build
        assert first == sent
        # the published graphs only: the document, the vocabulary, the shared nodes and the tallies
        assert set(first) == {"https://w3id.org/tip-kg/id/doc/kosovo-2009", "https://w3id.org/tip-kg/id/graph/vocabulary",
                              "https://w3id.org/tip-kg/id/graph/shared", "https://w3id.org/tip-kg/id/graph/tallies"}
        expected = {}
        for quad in store.open_store(seed_build).quads_for_pattern(None, None, None, None):
            expected[quad.graph_name.value] = expected.get(quad.graph_name.value, 0) + 1
        assert first == expected
        again = push(seed_build, f"http://127.0.0.1:{port}/store")
        assert again.written == {} and again.unchanged == sent  # nothing sent the second time
        assert graph_counts(port) == first
    finally:
        stop_process(process)


# --- what a browser and a generic client get --------------------------------------------------

def _get(url: str, accept: str, method: str = "GET"):
    req = urllib.request.Request(url, headers={"Accept": accept}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode()


def test_a_browser_gets_the_query_page_and_a_client_the_service_description(server):
    root = f"http://{server.host}:{server.port}"
    status, headers, page = _get(root + "/", "text/html,application/xhtml+xml")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<textarea" in page and 'fetch("library")' in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing is loaded from elsewhere
    status, headers, description = _get(server.endpoint, "text/turtle")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    graph = Graph().parse(data=description, format="turtle")
    SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (URIRef(server.endpoint), SD.endpoint, URIRef(server.endpoint)) in graph


def test_the_library_text_with_parameters_answers_like_kg_query(server, seed_build):
    root = f"http://{server.host}:{server.port}"
    status, _, listing = _get(root + "/library", "application/json")
    cq03 = next(q for q in json.loads(listing) if q["name"] == "cq03")
    assert {p["name"] for p in cq03["params"]} == {"country", "year"}
    status, _, text = _get(root + "/library/cq03?country=Kosovo", "*/*")
    assert status == 200 and "<https://w3id.org/tip-kg/id/country/XK>" in text
    status, body = request(server.endpoint, urllib.parse.urlencode({"query": text}), "application/x-www-form-urlencoded")
    served = sorted(b["key"]["value"] for b in json.loads(body)["results"]["bindings"])
    assert served == sorted(r["key"] for r in run_query(seed_build, "cq03", {"country": "XK"}).rows)
    assert served  # Kosovo's victims are taken somewhere in the seed
    status, _, message = _get(root + "/library/cq03?country=Atlantis", "*/*")
    assert status == 400 and "Atlantis" in message


def test_browsers_may_call_it_from_other_origins(server):
    status, headers, body = _get(server.endpoint, "*/*", method="OPTIONS")
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"] and "Content-Type" in headers["Access-Control-Allow-Headers"]
    query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    status, headers, body = _get(server.endpoint + "?" + query, "application/sparql-results+json", method="HEAD")
    assert status == 200 and body == "" and int(headers["Content-Length"]) > 0
    status, _, body = _get(server.endpoint + "?" + query, "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True  # the connection still serves GETs


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_the_query_page_runs_a_library_question_in_a_browser(server, tmp_path):
    url = f"http://{server.host}:{server.port}/#run=cq01&country=Kosovo"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=20000", "--enable-logging=stderr",
               "--v=0", "--dump-dom", url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=os.environ | {"LANG": "C.UTF-8"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert 'data-answered="yes"' in done.stdout, done.stdout[-2000:]
    assert "<td>Tier 2</td>" in done.stdout and "1 row(s)" in done.stdout
    assert not [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


def test_a_busy_port_is_one_line(seed_build):
    import socket
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--graph", str(seed_build), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == f"kg: error: port {port} on 127.0.0.1 is in use (another kg serve?): choose one with --port\n"


def test_the_union_holds_each_statement_once_over_the_protocol(dev_build):
    # the shared nodes' statements are in one graph (issue #19): the union's rows are its triples
    counts = {"all": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
              "distinct": "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"}
    label = "SELECT ?l { <https://w3id.org/tip-kg/id/country/MM> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    with serve(dev_build, port=0, timeout=60) as running:
        answers = {}
        for name, text in {**counts, "label": label}.items():
            status, body = request(running.endpoint, urllib.parse.urlencode({"query": text}),
                                   "application/x-www-form-urlencoded")
            assert status == 200, body
            answers[name] = [next(iter(b.values()))["value"] for b in json.loads(body)["results"]["bindings"]]
    assert answers["all"] == answers["distinct"] == [run_query(dev_build, counts["all"]).rows[0]["n"]]
    assert answers["label"] == ["Myanmar"]
