"""The dev build pushed into a private Virtuoso answers every library query as `kg query` does.

Virtuoso writes some terms otherwise than Oxigraph, and :func:`normalised` reads both alike:
a number is compared by its value whatever its numeric datatype (Virtuoso gives ``COUNT`` as
``xsd:int``, Oxigraph as ``xsd:integer``; ``AVG`` as ``xsd:double`` or ``xsd:decimal``), and a
string with no datatype is an ``xsd:string`` (SPARQL 1.1, RDF 1.1), and an ``xsd:boolean``
is the number 1 or 0 (Virtuoso answers ``EXISTS`` bound to a variable with ``0`` or ``1`` as
``xsd:integer``). Rows are compared as multisets. Each query runs with its default parameters
and with the values of ``bench/query.py`` that have data in the dev corpus.
"""
from __future__ import annotations

import importlib.util
import json
import urllib.parse
import urllib.request
from collections import Counter
from decimal import Decimal, InvalidOperation

import pytest
from conftest import ROOT
from virtuoso import DBA_PASSWORD, start_virtuoso, virtuoso_binary

from kg import store
from kg.push import Credentials, push
from kg.query import list_queries, run_query, runnable_text

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "int", "long", "short", "byte", "decimal", "double", "float",
                             "nonNegativeInteger", "positiveInteger", "unsignedInt", "unsignedLong")}

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(virtuoso_binary() is None,
                                 reason="virtuoso-t is not installed (apt-get install virtuoso-opensource)")]


def normalised(kind: str, value: str, datatype: str | None, language: str | None) -> tuple:
    """One term as a comparable tuple (see the module's docstring)."""
    if kind in ("literal", "typed-literal"):
        if datatype == XSD + "boolean" and value in ("true", "false", "1", "0"):
            return ("number", Decimal(int(value in ("true", "1"))))
        if datatype in NUMERIC:
            try:
                return ("number", Decimal(value).normalize())
            except InvalidOperation:
                pass
        if language:
            return ("literal", value, None, language.lower())
        # a GROUP_CONCAT ("2023: 0; 2022: 0") is in no order the spec fixes: its parts are compared as a set
        return ("literal", "; ".join(sorted(value.split("; "))), datatype or XSD + "string", None)
    return ("iri" if kind == "uri" else kind, value)


def virtuoso_rows(sparql: str, text: str) -> tuple[list[str], Counter] | bool:
    request = urllib.request.Request(sparql, data=urllib.parse.urlencode({"query": text}).encode(),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.loads(response.read())
    if "boolean" in answer:
        return answer["boolean"]
    names = answer["head"]["vars"]
    rows = Counter()
    for binding in answer["results"]["bindings"]:
        rows[tuple(normalised(b["type"], b["value"], b.get("datatype"), b.get("xml:lang")) if (b := binding.get(n)) else None
                   for n in names)] += 1
    return names, rows


def oxigraph_rows(build_dir, name: str, params: dict[str, str] | None = None) -> tuple[list[str], Counter] | bool:
    result = run_query(build_dir, name, params)
    if result.boolean is not None:
        return result.boolean
    rows = Counter()
    for terms in result.terms:
        rows[tuple(normalised(t.kind, t.value, t.datatype, t.language) if (t := terms.get(n)) else None
                   for n in result.variables)] += 1
    return result.variables, rows


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory, dev_build):
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso") / "db")
    try:
        report = push(dev_build, server.graph_store, credentials=Credentials("dba", DBA_PASSWORD), timeout=120)
        assert report.written and not report.not_written
        yield server
    finally:
        server.stop()


def bench_params() -> dict[str, dict[str, str]]:
    """The query values of ``bench/query.py`` (they have data in the dev corpus)."""
    spec = importlib.util.spec_from_file_location("bench_query", ROOT / "bench" / "query.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: {k: v.format(copy="") for k, v in values.items()} for name, values in module.BENCH_PARAMS.items()}


CASES = [(q.name, {}) for q in list_queries()] + sorted(bench_params().items())


@pytest.mark.parametrize("name, params", CASES, ids=[f"{n}-{'-'.join(p.values()) or 'defaults'}" for n, p in CASES])
def test_every_library_query_answers_the_same_on_virtuoso(virtuoso, dev_build, name, params):
    expected = oxigraph_rows(dev_build, name, params)
    got = virtuoso_rows(virtuoso.sparql, runnable_text(name, params))
    assert got == expected
    if not isinstance(expected, bool):
        assert got[1] == expected[1]


def test_a_second_push_sends_nothing(virtuoso, dev_build):
    # a push leaves a graph alone when the store holds as many triples as the journal recorded:
    # Virtuoso counts each graph's triples as the build's N-Triples lines, so nothing is sent again
    report = push(dev_build, virtuoso.graph_store, credentials=Credentials("dba", DBA_PASSWORD), timeout=120)
    assert sorted(report.written) == [] and len(report.unchanged) == len(list(store.open_store(dev_build).named_graphs()))
