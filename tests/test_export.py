"""kg export: every syntax is byte-stable and reads back into the same graphs."""
from __future__ import annotations

import re
import shutil

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg import store
from kg.cli import main
from kg.export import FORMATS, export, export_bytes

RDFLIB_FORMAT = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld", "xml": "xml"}


def built_graphs(build_dir) -> dict[str, Graph]:
    dataset = Dataset()
    for path in (build_dir / store.GRAPHS_DIR).rglob("*.trig"):  # each graph file a TriG file alone
        dataset.parse(path, format="trig")
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_is_isomorphic(seed_build, tmp_path, fmt):
    out = export(seed_build, fmt, tmp_path / f"kg{FORMATS[fmt][2]}")
    expected = built_graphs(seed_build)
    if FORMATS[fmt][1]:  # a dataset: compare graph by graph
        dataset = Dataset()
        dataset.parse(out, format=RDFLIB_FORMAT[fmt])
        found = {str(g.identifier): g for g in dataset.graphs() if len(g)}
        assert sorted(found) == sorted(expected)
        for iri, graph in expected.items():
            assert isomorphic(found[iri], graph), iri
    else:  # the merge of the graphs
        merged = Graph()
        for graph in expected.values():
            merged += graph
        assert isomorphic(Graph().parse(out, format=RDFLIB_FORMAT[fmt]), merged)


#: The syntaxes Oxigraph writes from the store (TriG and Turtle are the build's graph files).
FROM_STORE = sorted(set(FORMATS) - {"trig", "ttl"})


@pytest.mark.parametrize("fmt", FROM_STORE)
def test_same_graph_same_bytes_whatever_the_load_order(seed_build, tmp_path, fmt):
    # a second build folder whose store was loaded from the quads in reverse order
    other = tmp_path / "reversed"
    other.mkdir()
    lines = export_bytes(seed_build, "nq").splitlines()
    (other / "reversed.nq").write_bytes(b"\n".join(reversed(lines)) + b"\n")
    import pyoxigraph

    reloaded = pyoxigraph.Store(str(other / store.STORE_DIR))
    reloaded.bulk_load(path=str(other / "reversed.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    reloaded.flush()
    del reloaded
    assert export_bytes(seed_build, fmt) == export_bytes(seed_build, fmt) == export_bytes(other, fmt)


def test_trig_and_turtle_are_the_graph_files_streamed(seed_build, tmp_path, capsys):
    prefix = store.prefix_block()
    files = [(seed_build / store.graph_file(iri)).read_text() for iri in store.build_graphs(seed_build)]
    assert len(files) == 4 and all(text.startswith(prefix) for text in files)
    assert export_bytes(seed_build, "trig").decode() == prefix + "".join(text[len(prefix):] + "\n" for text in files)
    turtle = export_bytes(seed_build, "ttl").decode()
    assert turtle.count("@prefix tip:") == 1 and not re.search(r"^<[^>]+> \{$", turtle, re.M)  # no graph block
    # a graph file cut short is named, never exported as if whole
    copy = tmp_path / "copy"
    shutil.copytree(seed_build, copy)
    cut = copy / "graphs" / "shared.trig"
    cut.write_bytes(cut.read_bytes()[:-40])
    assert main(["export", "--graph", str(copy), "--format", "ttl", "--out", str(tmp_path / "kg.ttl")]) == 2
    assert f"{cut}: not the graph file of <https://w3id.org/tip-kg/id/graph/shared>" in capsys.readouterr().err
    assert not (tmp_path / "kg.ttl").exists()


def test_line_formats_are_sorted_and_name_the_documents(seed_build):
    lines = export_bytes(seed_build, "nq").decode().splitlines()
    assert lines == sorted(lines)
    assert any(line.endswith("<https://w3id.org/tip-kg/id/doc/kosovo-2009> .") and "ontology#Tier2>" in line
               for line in lines)
    assert not any("_:" in line for line in lines)  # no blank nodes


def test_cli_writes_atomically(seed_build, tmp_path, capsys):
    target = tmp_path / "out" / "kg.trig"
    assert main(["export", "--graph", str(seed_build), "--format", "trig", "--out", str(target)]) == 0
    assert target.read_bytes() == export_bytes(seed_build, "trig")
    assert [p.name for p in target.parent.iterdir()] == ["kg.trig"]  # no temporary file left
    assert main(["export", "--graph", str(tmp_path / "missing"), "--format", "nt"]) == 2
    assert "no Oxigraph store" in capsys.readouterr().err


def test_export_to_stdout(seed_build, capsysbinary):
    assert main(["export", "--graph", str(seed_build), "--format", "nt"]) == 0
    out = capsysbinary.readouterr().out
    assert out == export_bytes(seed_build, "nt") and out.count(b"\n") == len(set(out.splitlines()))
    assert URIRef("https://w3id.org/tip-kg/id/doc/kosovo-2009").n3().encode() in out
