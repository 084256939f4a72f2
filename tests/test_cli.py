"""The command line as a careful tool: version, a quick --help, pipes, formats from suffixes,
the user's umask, and SPARQL syntax errors in one line."""
from __future__ import annotations

import importlib.metadata
import json
import os
import re
import subprocess
import sys

import pytest

from kg.cli import main


def _kg(*args: str, umask: int | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True,
                          preexec_fn=(lambda: os.umask(umask)) if umask is not None else None, **kwargs)


def test_version_is_the_package_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"kg (tip-kg) {importlib.metadata.version('tip-kg')}\n"


def test_help_loads_no_rdf_graph_or_plotting_library():
    probe = ("import sys, contextlib, io\nfrom kg.cli import main\n"
             "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): main(['--help'])\n"
             "print(sorted(m for m in ('rdflib', 'pyoxigraph', 'pyshacl', 'networkx', 'matplotlib') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded == "[]\n"


@pytest.mark.parametrize("country, answer", [("Kosovo", "Macedonia"), ("Thailand", "no document about Thailand")])
def test_a_query_imports_no_rdf_graph_library(seed_build, country, answer):
    # `kg query` starts in a new process each time: rdflib (and its SPARQL parser, a turtle parse of
    # places.ttl) took 0.4 of its 0.6 s; the store answers, pyoxigraph reads places.ttl. -X importtime
    # lists the imports of the forked child that runs the query as well.
    done = _kg("query", "cq03", "--param", f"country={country}", "--graph", str(seed_build), text=True,
               env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
    assert done.returncode == 0, done.stderr
    assert answer in done.stdout + done.stderr
    imported = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "pyoxigraph" in imported
    assert imported.isdisjoint({"rdflib", "pyparsing", "pyshacl", "networkx", "matplotlib", "pypdfium2", "lxml"})


@pytest.mark.parametrize("verb", [["query", "--list"], ["query", "cq03"], ["export", "--format", "nt"],
                                  ["facts"], ["routes", "--format", "json"]])
def test_a_reader_that_went_away_gets_no_traceback(seed_build, verb):
    # `kg ... | head`: the reader has closed its end of the pipe when kg writes
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "kg.cli", *verb, "--graph", str(seed_build)] if verb[-1] != "--list"
                              else [sys.executable, "-m", "kg.cli", *verb], stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr.decode()) == (141, "")


def test_export_takes_its_format_from_the_suffix_and_writes_to_stdout_without_out(seed_build, tmp_path, capsys):
    target = tmp_path / "kg.jsonld"
    assert main(["export", "--graph", str(seed_build), "--out", str(target)]) == 0
    assert isinstance(json.loads(target.read_text(encoding="utf-8")), (list, dict))
    assert main(["export", "--graph", str(seed_build), "--out", str(tmp_path / "kg.data")]) == 2
    assert "no export format for the suffix '.data'" in capsys.readouterr().err
    assert main(["export", "--graph", str(seed_build)]) == 2
    assert "give --format" in capsys.readouterr().err


def test_routes_go_to_stdout_with_a_format(seed_build):
    done = _kg("routes", "--graph", str(seed_build), "--format", "json", check=True)
    graph = json.loads(done.stdout)
    assert {node["id"] for node in graph["nodes"]} >= {"XK", "IT", "AL", "MK"}
    assert b"routes" in done.stderr


def test_files_and_folders_are_written_with_the_users_umask(seed_build, tmp_path):
    from conftest import SEED

    _kg("export", "--graph", str(seed_build), "--out", str(tmp_path / "g.ttl"), umask=0o027, check=True)
    _kg("routes", "--graph", str(seed_build), "--out", str(tmp_path / "r.graphml"), umask=0o027, check=True)
    _kg("build", str(SEED), "--out", str(tmp_path / "b"), umask=0o022, check=True)
    assert oct((tmp_path / "g.ttl").stat().st_mode & 0o777) == oct(0o640)
    assert oct((tmp_path / "r.graphml").stat().st_mode & 0o777) == oct(0o640)
    assert oct((tmp_path / "b").stat().st_mode & 0o777) == oct(0o755)
    assert oct((tmp_path / "b" / "graphs" / "doc").stat().st_mode & 0o777) == oct(0o755)
    assert oct((tmp_path / "b" / "graphs" / "doc" / "kosovo-2009.trig").stat().st_mode & 0o777) == oct(0o644)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_sparql_syntax_error_is_one_short_line(seed_build, engine, capsys):
    query = "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER (?o = )\n}"
    assert main(["query", query, "--graph", str(seed_build), "--engine", engine]) == 2
    err = capsys.readouterr().err
    assert re.match(r"kg: error: not a valid SPARQL query: line [34], column \d+, at ", err) and err.count("\n") == 1
    assert len(err) < 160


def test_the_graph_records_the_package_version_on_the_rules_agent(seed_build):
    from kg.query import run_query

    rows = run_query(seed_build, """PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT DISTINCT ?version WHERE { ?agent a prov:SoftwareAgent ; owl:versionInfo ?version }""").rows
    assert [r["version"] for r in rows] == [importlib.metadata.version("tip-kg")]
