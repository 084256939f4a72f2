"""kg query never reaches the network, whatever line breaks, escapes or comments a query holds.

Each case is refused by the check, by ``run_query`` and by the ``kg query`` command, and a
listener on 127.0.0.1 that the query names records that no connection was ever made to it.
"""
from __future__ import annotations

import pytest

from kg.cli import main
from kg.limits import Limits, run_limited
from kg.query import MAX_DEPTH, MAX_QUERY_CHARS, QueryError, check_query, nesting_depth, normalise_query, run_query

TARGET = "<URL>"  # replaced by the listener's address

# the probe's bypass first: rdflib ended the comment at LF only, Oxigraph at CR
REACHING_OUT = {
    "comment ended by CR": "SELECT ?s WHERE { # x\r SERVICE <URL> {?s ?p ?o}\n}",
    "comment ended by CRLF": "SELECT ?s WHERE { # x\r\n SERVICE <URL> {?s ?p ?o}\n}",
    "comment ended by U+2028": "SELECT ?s WHERE { # x\u2028 SERVICE <URL> {?s ?p ?o}\n}",
    "comment ended by U+2029": "SELECT ?s WHERE { # x\u2029 SERVICE <URL> {?s ?p ?o}\n}",
    "comment ended by NEL": "SELECT ?s WHERE { # x\u0085 SERVICE <URL> {?s ?p ?o}\n}",
    "comment ended by VT": "SELECT ?s WHERE { # x\x0b SERVICE <URL> {?s ?p ?o}\n}",
    "comment ended by FF": "SELECT ?s WHERE { # x\x0c SERVICE <URL> {?s ?p ?o}\n}",
    "comment ended by an escaped CR": "SELECT ?s WHERE { # x\\u000D SERVICE <URL> {?s ?p ?o}\n}",
    "keyword spelled with \\u": "SELECT ?s WHERE { \\u0053ERVICE <URL> {?s ?p ?o} }",
    "keyword spelled with \\U": "SELECT ?s WHERE { \\U00000053ERVICE <URL> {?s ?p ?o} }",
    "escape of an escape": "SELECT ?s WHERE { \\u005Cu0053ERVICE <URL> {?s ?p ?o} }",
    "CR only, no LF at all": "SELECT ?s WHERE {\r# x\rSERVICE <URL> {?s ?p ?o}\r}",
    "SERVICE in a sub-select after a comment": "SELECT * { { SELECT ?s { # }\r SERVICE SILENT <URL> {?s ?p ?o} } } }",
    "FROM of the listener after a comment": "SELECT * # x\r FROM <URL> WHERE { ?s ?p ?o }",
    "FROM NAMED with an escaped CR": "SELECT * # \\u000d FROM NAMED <URL> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "LOAD after a comment": "# x\rLOAD <URL>",
    # a query whose keywords all sit in comments, strings, IRIs, variables or local names is not parsed:
    # what looks like one of those but is not must leave the keyword in sight
    "SERVICE after an escaped # in a local name": "PREFIX ex: <http://x/> SELECT ?s WHERE { ?s ex:a\\#b ?o SERVICE <URL> {?s ?p ?o} }",
    "SERVICE between comparisons without spaces": "SELECT ?s WHERE { ?s ?p ?o FILTER(?o<?p) SERVICE<URL>{?s ?p ?o} FILTER(?o>?p) }",
    "SERVICE after a string with an escaped quote": "SELECT ?s WHERE { ?s ?p \"a\\\"\" SERVICE <URL> {?s ?p ?o} }",
    "SERVICE right after a triple's dot": "SELECT ?s WHERE { ?s ?p ?o.SERVICE <URL> {?s ?p ?o} }",
    "SERVICE after a local name ending in a dot": "PREFIX ex: <http://x/> SELECT ?s WHERE { ?s ?p ex:a.SERVICE <URL> {?s ?p ?o} }",
    "FROM without spaces": "SELECT*FROM<URL>WHERE{?s ?p ?o}",
}


@pytest.fixture(params=sorted(REACHING_OUT), ids=str)
def reaching_out(request, listener) -> str:
    return REACHING_OUT[request.param].replace(TARGET, f"<{listener.url}>")


def test_the_check_refuses(reaching_out):
    with pytest.raises(QueryError):
        check_query(reaching_out, frozenset())


def test_run_query_refuses_and_nothing_leaves(reaching_out, listener, seed_build):
    with pytest.raises(QueryError):
        run_query(seed_build, reaching_out)
    assert listener.connections() == 0


def test_the_command_refuses_in_one_line_and_nothing_leaves(reaching_out, listener, seed_build, capsys):
    assert main(["query", reaching_out, "--graph", str(seed_build)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("kg: error: ") and len(error.splitlines()) == 1
    assert listener.connections() == 0


def test_the_listener_sees_a_connection_when_one_is_made(listener):
    # the fixture can fail: Oxigraph given the probe's text directly, without the check, connects
    import pyoxigraph as ox

    text = REACHING_OUT["comment ended by CR"].replace(TARGET, f"<{listener.url}>")
    with pytest.raises(OSError):
        list(ox.Store().query(text))
    assert listener.connections() == 1


def test_the_query_process_cannot_open_a_socket_even_past_the_check(listener):
    # a second wall: a query that got past the check (here: given to Oxigraph unchecked) runs
    # in a child whose seccomp filter refuses socket(), so the listener still sees nothing
    import pyoxigraph as ox

    text = REACHING_OUT["comment ended by CR"].replace(TARGET, f"<{listener.url}>")
    with pytest.raises(PermissionError, match="Permission denied"):  # EACCES from socket()
        run_limited(lambda: list(ox.Store().query(text)), Limits())
    assert listener.connections() == 0


def test_normalisation_gives_both_parsers_one_text():
    assert normalise_query("ASK { # a\r\n?s ?p ?o\u2028}") == "ASK { # a\n?s ?p ?o\n}"
    assert normalise_query('ASK { ?s ?p "\\u00e9" }') == 'ASK { ?s ?p "é" }'
    with pytest.raises(QueryError, match="not a Unicode character"):
        normalise_query("ASK { ?s ?p '\\uD800' }")


def test_keywords_in_strings_and_comments_still_run(seed_build):
    text = "SELECT ?s WHERE { # SERVICE <http://127.0.0.1:9/>\n?s ?p 'SERVICE <http://127.0.0.1:9/>' }"
    assert run_query(seed_build, text).rows == []


# --- size and nesting are bounded before any parser sees the text -----------------------------

@pytest.mark.parametrize("depth", [2_000, 5_000])
def test_deep_nesting_is_refused_in_one_line(seed_build, depth, capsys):
    text = "SELECT * WHERE { FILTER(" + "(" * depth
    with pytest.raises(QueryError, match=f"nests brackets {depth + 2} deep"):
        run_query(seed_build, text)
    assert main(["query", text, "--graph", str(seed_build)]) == 2
    error = capsys.readouterr().err
    assert error == f"kg: error: the query nests brackets {depth + 2} deep (at most {MAX_DEPTH})\n"


def test_nesting_up_to_the_bound_runs(seed_build):
    depth = MAX_DEPTH - 3  # the braces of WHERE and the FILTER's own parenthesis
    text = "ASK { ?s ?p ?o FILTER(" + "(" * depth + "true" + ")" * depth + ") }"
    assert nesting_depth(text) == MAX_DEPTH - 1
    assert run_query(seed_build, text).boolean is True
    # with FROM, rdflib parses the text (the check's slow path): the bound holds there too
    deep_from = ("SELECT * FROM <https://w3id.org/tip-kg/id/graph/vocabulary> WHERE { ?s ?p ?o FILTER("
                 + "(" * depth + "false" + ")" * depth + ") }")
    assert run_query(seed_build, deep_from).rows == []


def test_brackets_in_strings_and_comments_do_not_count():
    assert nesting_depth('SELECT * { ?s ?p "(((((" } # ((((((') == 1


def test_an_oversized_query_is_refused(seed_build):
    text = "ASK { ?s ?p ?o }" + " " * MAX_QUERY_CHARS
    with pytest.raises(QueryError, match="characters long"):
        run_query(seed_build, text)


def test_a_parameter_that_is_not_utf8_is_one_line(seed_build, capsys):
    # "\xff" on a command line reaches Python as a surrogate escape
    assert main(["query", "countries-by-role", "--param", "role=\udcff", "--param", "year=2009",
                 "--graph", str(seed_build)]) == 2
    error = capsys.readouterr().err
    assert "not valid UTF-8" in error and len(error.splitlines()) == 1
