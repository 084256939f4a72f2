"""A build of an older layout (``layout4_build``: texts as ``rdf:value``): every reader names it
and says to rebuild it, with a non-zero exit where its answer would be wrong, never an empty one."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from kg import store
from kg.cli import main
from kg.model import OldBuildError, OldBuildWarning
from kg.query import reader, run_query


def _refused(capsys, folder: Path) -> None:
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith(f"kg: error: {folder} was built by an older kg (layout 4 < {store.QUERY_LAYOUT}): "
                           "rebuild it with `kg build`")


def _warned(err: str, folder: Path) -> None:
    [line] = err.splitlines()
    assert line.startswith(f"kg: warning: {folder} was built by an older kg (layout 4 < {store.QUERY_LAYOUT}): "
                           "rebuild it with `kg build`")


def test_the_old_build_holds_what_this_kg_reads_as_nothing(seed_build, layout4_build):
    # the seed's recommendations ("increase trafficking-specific training for prosecutors and judges",
    # ...) are read as prov:value: an old build's answer is empty, which is why the readers refuse it
    rows = run_query(seed_build, reader("facts-recommendations")).rows
    assert len(rows) == 7 and "increase trafficking-specific training for prosecutors and judges" in {
        row["text"] for row in rows}
    with pytest.warns(OldBuildWarning, match="layout 4 < 5"):
        assert run_query(layout4_build, reader("facts-recommendations")).rows == []


def test_facts_refuses_an_old_build(layout4_build, capsys):
    assert main(["facts", "--graph", str(layout4_build)]) == 2
    _refused(capsys, layout4_build)
    from kg.facts import facts

    with pytest.raises(OldBuildError, match="rebuild it with `kg build`"):
        facts(layout4_build)


def test_routes_refuses_an_old_build(layout4_build, capsys):
    assert main(["routes", "--graph", str(layout4_build), "--stats"]) == 2
    _refused(capsys, layout4_build)


def test_report_refuses_an_old_build(layout4_build, tmp_path, capsys):
    assert main(["report", "--country", "XK", "--graph", str(layout4_build), "--out", str(tmp_path / "xk.html")]) == 2
    _refused(capsys, layout4_build)
    assert main(["report", "--all", "--graph", str(layout4_build), "--out", str(tmp_path / "all")]) == 2
    _refused(capsys, layout4_build)
    assert list(tmp_path.iterdir()) == []


def test_validate_refuses_an_old_build(layout4_build, capsys):
    # (its shapes would fail 40 sentences and recommendations on MinCount prov:value, not saying why)
    assert main(["validate", str(layout4_build)]) == 2
    _refused(capsys, layout4_build)


def test_push_refuses_an_old_build_before_sending(layout4_build, capsys):
    # nothing listens on port 9: a push that tried would fail on the connection instead
    assert main(["push", "--endpoint", "http://127.0.0.1:9/store", "--graph", str(layout4_build)]) == 2
    _refused(capsys, layout4_build)


def test_serve_refuses_an_old_build_before_listening(layout4_build):
    done = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--graph", str(layout4_build), "--port", "0"],
                          capture_output=True, text=True, timeout=120, env=os.environ | {"LANG": "C.UTF-8"})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"kg: error: {layout4_build} was built by an older kg (layout 4 < 5): rebuild it")
    assert "SPARQL endpoint" not in done.stderr


def test_export_warns_and_writes_what_the_old_build_holds(layout4_build, capsys):
    assert main(["export", "--graph", str(layout4_build), "--format", "nt"]) == 0
    captured = capsys.readouterr()
    _warned(captured.err, layout4_build)
    assert ('<http://www.w3.org/1999/02/22-rdf-syntax-ns#value> "improve victim protection services to ensure '
            'adequate rehabilitation and reintegration for repatriated victims"') in captured.out


def test_query_warns_and_answers_from_an_old_build(layout4_build, capsys):
    assert main(["query", "routes", "--param", "country=XK", "--graph", str(layout4_build), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    _warned(captured.err, layout4_build)
    assert "out,XK,AL,2009,,1" in captured.out  # a query that reads no text is still right


def test_query_warns_once_when_its_answer_has_no_rows(layout4_build, capsys):
    # the coverage note's query runs on the same old build after the answer: the warning was said once already
    assert main(["query", "routes", "--param", "country=TH", "--graph", str(layout4_build), "--format", "csv"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert [line for line in lines if line.startswith("kg: warning: ")] == [lines[0]]
    _warned(lines[0], layout4_build)
    assert lines[1:] == ["kg: no rows: the graph has no document about Thailand (TH)"]


def test_query_with_rdflib_warns_once(layout4_build, capsys):
    # the parent checked the layout before the fork, and the rdflib engine's read of the graph files
    # (kg export's) checked it again in the child: two warnings on every query
    assert main(["query", "routes", "--param", "country=XK", "--graph", str(layout4_build), "--format", "csv",
                 "--engine", "rdflib"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    _warned(lines[0], layout4_build)


def test_a_query_after_a_coverage_note_still_warns(layout4_build, tmp_path):
    # the note's query opened (and cached) the engine with the warning ignored, and the engine's
    # opening was the only check: every later run_query on the build said nothing
    from kg.query import coverage_note

    folder = tmp_path / "build"  # a build no engine of this process has opened
    shutil.copytree(layout4_build, folder)
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        assert coverage_note(folder, "routes", {"country": "TH"}) == "the graph has no document about Thailand (TH)"
        assert said == []
        assert run_query(folder, reader("facts-recommendations")).rows == []
        assert run_query(folder, reader("facts-recommendations")).rows == []
    assert [warning.category for warning in said] == [OldBuildWarning, OldBuildWarning]
    assert all("layout 4 < 5" in str(warning.message) for warning in said)


def test_a_manifest_copied_over_at_the_same_size_and_time_is_read_again(seed_build, tmp_path):
    # `cp -p` over a manifest keeps its inode and, at the same size, puts back its modification
    # time: only its change time says it is another file
    folder = tmp_path / "build"
    shutil.copytree(seed_build, folder)
    manifest = folder / store.MANIFEST
    assert store.build_layout(folder) == store.LAYOUT
    text, before = manifest.read_text(encoding="utf-8"), manifest.stat()
    older = text.replace(f'"layout": {store.LAYOUT}', f'"layout": {store.LAYOUT - 1}')
    assert older != text and len(older) == len(text)
    manifest.write_text(older, encoding="utf-8")
    os.utime(manifest, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = manifest.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (before.st_ino, before.st_size, before.st_mtime_ns)
    assert store.build_layout(folder) == store.LAYOUT - 1


_MANIFESTS_OPENED: list[str] = []
_WATCHED: list[str] = []


def _count_manifest_opens(event: str, args: tuple) -> None:
    if event == "open" and _WATCHED and str(args[0]) in _WATCHED:
        _MANIFESTS_OPENED.append(str(args[0]))


sys.addaudithook(_count_manifest_opens)


@pytest.mark.parametrize("reader", ["facts", "routes"])
def test_a_reader_reads_the_manifest_once(seed_build, tmp_path, reader):
    # the reader checks the layout, and the query engine it opens did again: a manifest of 1 MB at 10x read twice
    from kg.facts import facts
    from kg.routes import route_graph

    folder = tmp_path / "build"  # a folder no earlier test has read
    shutil.copytree(seed_build, folder)
    _WATCHED[:] = [str(folder / store.MANIFEST), str(folder.resolve() / store.MANIFEST)]
    _MANIFESTS_OPENED.clear()
    try:
        if reader == "facts":
            assert [record["tier"] for record in facts(folder)] == ["Tier 2"]
        else:
            assert "AL" in route_graph(folder).successors("XK")
    finally:
        opened, _WATCHED[:] = list(_MANIFESTS_OPENED), []
    assert len(opened) == 1
