"""The cache and the previous store are checked, not trusted: damage is rebuilt with a warning (issue #17)."""
from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest
from conftest import DEV_CORPUS, build_trig  # the repository's copy of ../shared

import kg

from .reliability_util import PROGRESS, SEED
from .reliability_util import kg as run_kg

build_module = importlib.import_module("kg.build")  # kg.build is also the function


@pytest.fixture(scope="module")
def two_records(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus") / "two.jsonl"
    corpus.write_text("\n".join(DEV_CORPUS.read_text(encoding="utf-8").splitlines()[:2]) + "\n")
    return corpus


@pytest.fixture(scope="module")
def reference(tmp_path_factory, two_records) -> bytes:
    """The graphs of a build from a clean cache, as one TriG."""
    out = tmp_path_factory.mktemp("reference") / "out"
    kg.build([SEED, two_records], out, cache_dir=tmp_path_factory.mktemp("cache"), jobs=1)
    return build_trig(out)


def document_entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("*/*.json") if not p.name.startswith("tallies-"))


def emptied(path: Path) -> None:
    path.write_bytes(b"")


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def negative_offset(path: Path) -> None:
    """The probe's edit: an offset made negative in the cached Turtle, the file otherwise well formed."""
    text = path.read_text(encoding="utf-8")
    edited = text.replace("tip:startOffset 0 ", "tip:startOffset -40 ", 1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")


# case → (which entries, how they are damaged, words of the warning)
DAMAGE = {
    "emptied vocabulary": (lambda cache: [next(cache.glob("vocabulary-*.ttl"))], emptied, "checksum"),
    "truncated vocabulary": (lambda cache: [next(cache.glob("vocabulary-*.ttl"))], truncated, "checksum"),
    "truncated document": (lambda cache: document_entries(cache)[:1], truncated, "checksum"),
    "negative offset": (lambda cache: [p for p in document_entries(cache) if "kosovo-2009" in p.read_text()],
                        negative_offset, "checksum"),
    "truncated tallies": (lambda cache: list(cache.glob("*/tallies-*.json")), truncated, "checksum"),
}


@pytest.mark.parametrize("case", DAMAGE)
def test_a_damaged_cache_entry_is_rebuilt_with_a_warning(case, tmp_path, two_records, reference):
    cache, out = tmp_path / "cache", tmp_path / "out"
    kg.build([SEED, two_records], out, cache_dir=cache, jobs=1)
    which, damage, words = DAMAGE[case]
    entries = which(cache)
    assert entries
    for entry in entries:
        damage(entry)
    # into a new folder: a rebuild into `out` takes its unchanged documents from the build there
    # (store.PARTS) and reads no cache entry of theirs
    again = tmp_path / "again"
    result = kg.build([SEED, two_records], again, cache_dir=cache, jobs=1)
    assert len(result.cache_warnings) == len(entries)
    assert all(words in w and "made again" in w for w in result.cache_warnings)
    assert build_trig(again) == reference
    assert kg.build([SEED, two_records], tmp_path / "third", cache_dir=cache, jobs=1).cache_warnings == []  # mended


def test_a_rebuild_takes_unchanged_documents_from_the_earlier_build_and_checks_it(tmp_path, two_records, reference):
    cache, out = tmp_path / "cache", tmp_path / "out"
    kg.build([SEED, two_records], out, cache_dir=cache, jobs=1)
    for entry in document_entries(cache):
        entry.unlink()
    result = kg.build([SEED, two_records], out, cache_dir=cache, jobs=1)
    assert (result.documents, result.cached, document_entries(cache)) == (3, 3, [])  # nothing read, nothing made
    assert build_trig(out) == reference
    # an earlier graph file that is not what its parts say (here: a line more) is not linked
    edited = out / "graphs" / "doc" / "kosovo-2009.trig"
    edited.write_bytes(b"# edited\n" + edited.read_bytes())
    result = kg.build([SEED, two_records], out, cache_dir=cache, jobs=1)
    assert (result.cached, len(document_entries(cache))) == (2, 1)  # its document made again
    assert build_trig(out) == reference


def test_a_rebuild_takes_the_documents_of_a_build_whose_records_have_the_former_field_names(tmp_path, two_records,
                                                                                           reference):
    # parts.json's records named a document's shared line numbers "shared" and their largest "top", its tallies
    # "tallies" and their year and country "tally", beside the file's own "shared" lines and "tallies" years
    import json

    cache, out = tmp_path / "cache", tmp_path / "out"
    kg.build([SEED, two_records], out, cache_dir=cache, jobs=1)
    former = {"shared_line_numbers": "shared", "highest_shared_line": "top", "tallies_json": "tallies",
              "tallies_year_country": "tally"}
    parts = json.loads((out / "parts.json").read_text(encoding="utf-8"))
    assert all(set(former) <= set(record) for record in parts["documents"].values())
    parts["documents"] = {iri: {former.get(name, name): value for name, value in record.items()}
                          for iri, record in parts["documents"].items()}
    (out / "parts.json").write_text(json.dumps(parts), encoding="utf-8")
    for entry in document_entries(cache):
        entry.unlink()
    result = kg.build([SEED, two_records], out, cache_dir=cache, jobs=1)
    assert (result.documents, result.cached, document_entries(cache)) == (3, 3, [])  # taken, none made again
    assert build_trig(out) == reference
    records = json.loads((out / "parts.json").read_text(encoding="utf-8"))["documents"].values()
    assert all(set(former) <= set(record) and not set(former.values()) & set(record) for record in records)


def test_two_swapped_entries_do_not_swap_documents(tmp_path, two_records, reference):
    cache, out = tmp_path / "cache", tmp_path / "out"
    kg.build([SEED, two_records], out, cache_dir=cache, jobs=1)
    first, second = document_entries(cache)[:2]
    swap = tmp_path / "swap"
    shutil.move(first, swap)
    shutil.move(second, first)
    shutil.move(swap, second)
    result = kg.build([SEED, two_records], tmp_path / "again", cache_dir=cache, jobs=1)  # a new folder, as above
    assert sorted(result.cache_warnings) == sorted(f"cache entry {p} was made for another entry; made again"
                                                   for p in (first, second))
    assert build_trig(tmp_path / "again") == reference


def test_the_cli_says_which_entry_it_rebuilt_and_queries_answer(tmp_path):
    """The probe's case: an emptied vocabulary entry built 'SHACL: conforms' and queries answered 0 rows."""
    cache, out = tmp_path / "cache", tmp_path / "out"
    assert run_kg("build", SEED, "--out", out, "--cache-dir", cache).returncode == 0
    vocabulary = next(cache.glob("vocabulary-*.ttl"))
    vocabulary.write_bytes(b"")
    run = run_kg("build", SEED, "--out", out, "--cache-dir", cache)
    assert run.returncode == 0
    assert [line for line in run.stderr.splitlines() if not PROGRESS.match(line)] == [f"kg: warning: cache entry {vocabulary} does not match its checksum "
                                       "(truncated or edited); made again"]
    assert [r["tier"] for r in kg.run_query(out, "tier-history", {"country": "XK"}).rows] == ["Tier 2"]


def test_cache_entries_are_synced_before_they_are_renamed(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = build_module.os.fsync, build_module.os.replace
    monkeypatch.setattr(build_module.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(build_module.os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    build_module._write_cache_file(tmp_path / "ab" / "abc.json", "abc", '{"x": 1}')
    assert events == ["fsync", "replace"]
    assert build_module._read_entry(tmp_path / "ab" / "abc.json", "abc", []) == '{"x": 1}'


def empty_store(store: Path) -> None:
    for path in store.iterdir():
        path.unlink()


def truncated_tables(store: Path) -> None:
    for path in store.glob("*.sst"):
        truncated(path)


def no_current(store: Path) -> None:
    (store / "CURRENT").unlink()


@pytest.mark.parametrize("damage", [empty_store, truncated_tables, no_current])
def test_a_damaged_previous_store_is_loaded_afresh(damage, tmp_path, two_records):
    out, cache = tmp_path / "out", tmp_path / "cache"
    kg.build([SEED], out, cache_dir=cache, jobs=1)
    damage(out / "store")
    kg.build([SEED, two_records], out, cache_dir=cache, jobs=1)  # would update the store in place
    import pyoxigraph

    fresh = pyoxigraph.Store()
    fresh.bulk_load(input=build_trig(out), format=pyoxigraph.RdfFormat.TRIG)
    assert set(pyoxigraph.Store.read_only(str(out / "store"))) == set(fresh)
