"""Shared fixtures: paths of the shared data and builds made once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The project's shared data folder, next to a developer's checkout (absent from a bare clone).
SHARED_ORIGINAL = ROOT.parent / "shared"
#: The copy of what the tests read from it (its layout, less hooks/), so a clone alone passes.
SHARED = ROOT / "tests" / "data" / "shared"
SEED = ROOT / "data" / "kosovo-2009.txt"
DEV_CORPUS = SHARED / "corpus" / "factbook-tip.dev.jsonl"
NARRATIVES = SHARED / "corpus" / "narratives-dev"
STATISTICS_TEXTS = SHARED / "corpus" / "statistics-dev" / "texts"
EVAL = SHARED / "eval"


def build_trig(build_dir: Path) -> bytes:
    """The graphs of a build as one TriG, as `kg export --format trig` writes them."""
    from kg.export import export_bytes

    return export_bytes(build_dir, "trig")


def pytest_collection_modifyitems(items):
    """A test that reads the build of the whole dev corpus is a slow one, whether marked or not."""
    for item in items:
        if "dev_build" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def isolated_cache(tmp_path_factory):
    """Every test session builds with its own empty cache (no state from earlier runs)."""
    cache = tmp_path_factory.mktemp("kg-cache")
    previous = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(cache)
    yield cache
    if previous is None:
        os.environ.pop("KG_CACHE_DIR", None)
    else:
        os.environ["KG_CACHE_DIR"] = previous


def _build(tmp_path_factory, name: str, inputs: list[Path]) -> Path:
    from kg import build

    if not all(p.exists() for p in inputs):
        pytest.skip("../shared/corpus is not here")
    out = tmp_path_factory.mktemp(name) / "build"
    build(inputs, out)
    return out


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, isolated_cache) -> Path:
    """A build of the seed narrative (``data/kosovo-2009.txt``)."""
    return _build(tmp_path_factory, "seed", [SEED])


@pytest.fixture(scope="session")
def dev_build(tmp_path_factory, isolated_cache) -> Path:
    """A build of the 646-record dev corpus."""
    return _build(tmp_path_factory, "dev", [DEV_CORPUS])


@pytest.fixture(scope="session")
def narratives_build(tmp_path_factory, isolated_cache) -> Path:
    """A build of the dev narratives (``../shared/corpus/narratives-dev/*.txt``)."""
    return _build(tmp_path_factory, "narratives", sorted(NARRATIVES.glob("*.txt")) or [NARRATIVES / "missing"])


@pytest.fixture(scope="session")
def paragraphs_build(tmp_path_factory, isolated_cache) -> Path:
    """A build of the dev narratives and the statistics-dev paragraphs
    (``../shared/corpus/statistics-dev/texts/*.txt``): 64 texts, the densest in statistics."""
    texts = sorted(NARRATIVES.glob("*.txt")) + sorted(STATISTICS_TEXTS.glob("*.txt"))
    return _build(tmp_path_factory, "paragraphs", texts if len(texts) > 17 else [STATISTICS_TEXTS / "missing"])


@pytest.fixture(scope="session")
def layout4_build(tmp_path_factory, seed_build) -> Path:
    """The seed build as a kg of layout 4 wrote it: a sentence's and a recommendation's text as
    ``rdf:value`` in the documents' graph files and store, and layout 4 in its manifest."""
    import json
    import shutil

    import pyoxigraph as ox

    from kg import store

    folder = tmp_path_factory.mktemp("layout4") / "build"
    shutil.copytree(seed_build, folder)
    for path in (folder / store.GRAPHS_DIR / "doc").rglob("*.trig"):
        path.write_text(path.read_text(encoding="utf-8").replace("prov:value ", "rdf:value "), encoding="utf-8")
    oxigraph = ox.Store(str(folder / store.STORE_DIR))
    prov_value = ox.NamedNode("http://www.w3.org/ns/prov#value")
    texts = [quad for quad in oxigraph.quads_for_pattern(None, prov_value, None)
             if "/id/doc/" in getattr(quad.graph_name, "value", "")]
    assert texts  # what layout 5 changed is in the seed build
    for quad in texts:
        oxigraph.remove(quad)
        oxigraph.add(ox.Quad(quad.subject, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#value"),
                             quad.object, quad.graph_name))
    oxigraph.flush()
    del oxigraph
    manifest = json.loads((folder / store.MANIFEST).read_text(encoding="utf-8"))
    manifest["layout"] = 4
    (folder / store.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return folder
