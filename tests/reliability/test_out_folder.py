"""``kg build --out PATH`` only ever replaces a build folder or makes a new one (issue #17)."""
from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from conftest import DEV_CORPUS  # the repository's copy of ../shared

import kg
from kg import store

from .reliability_util import SEED, fingerprint, one_line_error
from .reliability_util import kg as run_kg


def lay_out(tmp_path: Path) -> Path:
    """A user's folder: a text, a folder of texts, a document, a folder of notes, a cache, a home."""
    work = tmp_path / "work"
    (work / "inp").mkdir(parents=True)
    (work / "a" / "b").mkdir(parents=True)
    for place in (work / "x.txt", work / "inp" / "kosovo-2009.txt", work / "a" / "b" / "kosovo-2009.txt"):
        shutil.copy(SEED, place)
    (work / "thesis.docx").write_bytes(b"PK\x03\x04 three years of work")
    (work / "notes").mkdir()
    (work / "notes" / "todo.md").write_text("- finish chapter 3\n")
    (work / "c" / "cache").mkdir(parents=True)
    (work / "c" / "cache" / "entry.json").write_text("{}")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "letter.txt").write_text("dear ...")
    return work


# case → (inputs, --out, words of the one-line error); paths relative to the work folder
REFUSED = {
    "an input file": (["x.txt"], "x.txt", "is the input x.txt"),
    "an input folder": (["inp"], "inp", "is the input inp"),
    "a folder holding an input": (["a/b/kosovo-2009.txt"], "a", "holds the input a/b/kosovo-2009.txt"),
    "the current folder": (["x.txt"], ".", "is the current folder"),
    "an empty name": (["x.txt"], "", "is the current folder"),
    "a parent of the current folder": (["x.txt"], "..", "holds the current folder"),
    "the home folder": (["x.txt"], "{home}", "is the home folder"),
    "the cache folder": (["x.txt"], "c/cache", "is the cache folder"),
    "a folder holding the cache": (["x.txt"], "c", "holds the cache folder"),
    "an existing file": (["x.txt"], "thesis.docx", "a file is there"),
    "a folder that is no build": (["x.txt"], "notes", "is a folder that is no build"),
    "a path under a file": (["x.txt"], "thesis.docx/build", "thesis.docx is a file, not a folder"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_out_that_is_no_build_is_refused_and_nothing_is_touched(case, tmp_path):
    work = lay_out(tmp_path)
    inputs, out, words = REFUSED[case]
    out = out.format(home=tmp_path / "home")
    env = dict(os.environ, HOME=str(tmp_path / "home"), KG_CACHE_DIR=str(work / "c" / "cache"))
    before = fingerprint(tmp_path)
    run = run_kg("build", *inputs, "--out", out, env=env, cwd=work)
    line = one_line_error(run, "--out", words)
    assert line.startswith("kg: error: ")
    assert fingerprint(tmp_path) == before


def test_out_may_be_a_new_path_an_empty_folder_or_an_earlier_build(tmp_path):
    (tmp_path / "empty").mkdir()
    for out in (tmp_path / "new" / "nested" / "build", tmp_path / "empty"):
        run = run_kg("build", SEED, "--out", out)
        assert run.returncode == 0, run.stderr
        assert store.is_build_dir(out)
    edited = tmp_path / "empty" / "graphs" / "doc" / "kosovo-2009.trig"
    written = edited.read_text()
    edited.write_text("# edited by hand\n")
    run = run_kg("build", SEED, "--out", tmp_path / "empty")  # an earlier build is replaced whole
    assert run.returncode == 0, run.stderr
    assert edited.read_text() == written  # the edited file was not taken as the document's graph
    rows = kg.run_query(tmp_path / "empty", "tier-history", {"country": "XK"}).rows
    assert [r["tier"] for r in rows] == ["Tier 2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "new"]  # no lock, no staging left


def small_build(folder: Path, documents: list[str]) -> None:
    folder.mkdir()
    (folder / "payload").write_text("x" * 10_000)
    store.write_json(folder / store.MANIFEST, {"documents": documents, "code": "test"})


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_the_swap_never_leaves_the_path_without_a_build(tmp_path, monkeypatch, exchange):
    """A reader polling PATH/manifest.json while builds replace PATH never finds it missing.

    With the two-renames fallback (what other systems get) the reader does see the gap: that
    checks the test can see one.
    """
    if not exchange:
        monkeypatch.setattr(store, "_exchange", lambda first, second: False)
    monkeypatch.setattr(store, "_fsync_tree", lambda folder: None)  # durability is not what is tested: speed
    target = tmp_path / "out"
    small_build(target, ["first"])
    missing, stop = [], threading.Event()

    def poll():
        manifest = target / store.MANIFEST
        while not stop.is_set():
            if not manifest.exists():
                missing.append(1)

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        for round_ in range(200 if exchange else 2000):
            with store.build_lock(target), store.replacing_dir(target) as staging:
                (staging / "payload").write_text("x" * 10_000)
                store.write_json(staging / store.MANIFEST, {"documents": [f"round {round_}"], "code": "test"})
            if missing and not exchange:
                break
    finally:
        stop.set()
        reader.join()
    assert json.loads((target / store.MANIFEST).read_text())["documents"] == [f"round {round_}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    if exchange:
        assert missing == []
    else:
        assert missing


def test_a_build_killed_between_the_two_renames_of_the_fallback_is_put_back(tmp_path):
    """Where the folders cannot be exchanged in one step, the old build is moved aside first: a build
    killed right then leaves no build at PATH, and the next one puts the old build back first."""
    target = tmp_path / "out"
    small_build(target, ["old"])
    retired = tmp_path / ".out.old-k1ll3d_x"
    retired.mkdir()
    os.rename(target, retired / "out")  # what replacing_dir does before it renames the new build in
    (tmp_path / ".out.building-k1ll3d_y").mkdir()  # the new build, never renamed in
    with store.build_lock(target):
        assert json.loads((target / store.MANIFEST).read_text())["documents"] == ["old"]
        assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_large_earlier_build_is_removed_after_the_swap_by_a_process_of_its_own(tmp_path, monkeypatch, exchange):
    """The build returns once the new build is in place; the earlier one is removed meanwhile by
    another process (this one never removes it), and nothing is left beside the build."""
    if not exchange:
        monkeypatch.setattr(store, "_exchange", lambda first, second: False)
    target = tmp_path / "out"
    small_build(target, ["old"])
    removed_here = []
    rmtree = shutil.rmtree
    monkeypatch.setattr(shutil, "rmtree", lambda path, *args, **kw: (removed_here.append(Path(path).name),
                                                                     rmtree(path, *args, **kw)))
    with store.build_lock(target), store.replacing_dir(target, remove_later=True) as staging:
        store.write_json(staging / store.MANIFEST, {"documents": ["new"], "code": "test"})
    assert json.loads((target / store.MANIFEST).read_text())["documents"] == ["new"]
    assert not [name for name in removed_here if name.startswith(".out.")]
    deadline = time.monotonic() + 30
    while sorted(p.name for p in tmp_path.iterdir()) != ["out"]:
        assert time.monotonic() < deadline, sorted(p.name for p in tmp_path.iterdir())
        time.sleep(0.01)


def test_a_rebuild_of_a_large_build_removes_the_earlier_one_after_returning(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "REMOVE_LATER_GRAPHS", 0)  # the seed's four graphs make a large build here
    target = tmp_path / "out"
    kg.build([SEED], target, cache_dir=tmp_path / "cache")
    swaps = []
    replacing_dir = store.replacing_dir
    monkeypatch.setattr(store, "replacing_dir", lambda path, **kw: (swaps.append(kw), replacing_dir(path, **kw))[1])
    corpus = tmp_path / "in" / "one.jsonl"
    corpus.parent.mkdir()
    corpus.write_text(DEV_CORPUS.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    result = kg.build([SEED, corpus], target, cache_dir=tmp_path / "cache")
    assert swaps == [{"remove_later": True}] and result.documents == 2
    assert json.loads((target / store.MANIFEST).read_text())["documents"] == ["factbook-2006-AE", "kosovo-2009"]
    deadline = time.monotonic() + 30
    while sorted(p.name for p in tmp_path.iterdir()) != ["cache", "in", "out"]:
        assert time.monotonic() < deadline, sorted(p.name for p in tmp_path.iterdir())
        time.sleep(0.01)
