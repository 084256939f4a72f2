"""Store stage: the files of a build and its embedded Oxigraph store.

A build directory holds ``kg.trig`` (one named graph per document plus the vocabulary, the
tallies and the route index), ``kg.ttl`` (all merged but the route index), ``validation.txt``,
``warnings.txt``, ``manifest.json`` and ``store/`` (a pyoxigraph store loaded from ``kg.trig``, for fast SPARQL). Everything is
written to a temporary sibling folder that replaces ``DIR`` only when complete.
"""
from __future__ import annotations

import json
import mmap
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .files import give_umask_mode
from .vocab import PREFIXES

STORE_DIR = "store"
TRIG = "kg.trig"
TURTLE = "kg.ttl"
MANIFEST = "manifest.json"
#: The layout of a build, in its manifest: 2 added the route index (``id:graph/routes/KEY``),
#: which ``routes`` reads; a build without the number is of layout 1.
LAYOUT = 2


def prefix_block() -> str:
    """The ``@prefix`` lines every serialisation starts with."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items()) + "\n"


def write_trig(path: Path, graphs: list[tuple[str, str]]) -> None:
    """Write ``(graph IRI, Turtle body)`` pairs as one TriG file."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(prefix_block())
        for iri, body in graphs:
            out.write(f"<{iri}> {{\n{body}}}\n\n")


def write_turtle(path: Path, bodies: list[str]) -> None:
    """Write Turtle bodies as one merged Turtle file."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(prefix_block())
        for body in bodies:
            out.write(body)
            out.write("\n")


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def write_store(build_dir: Path, graphs: list[tuple[str, str]], keys: dict[str, str],
                previous: Path | None = None) -> None:
    """Write the Oxigraph store of a build whose ``kg.trig`` is already written.

    When ``previous`` is an earlier build with a store and a manifest of graph keys, and fewer
    than half of its graphs changed, its store is copied and, in the named graphs whose key
    changed, only the statements that differ from the previous ``kg.trig`` are removed or added
    (a new document's graph, the tallies of one year), which is much faster than loading
    everything again; otherwise ``kg.trig`` is bulk-loaded into a new store (removing quads
    costs about as much as loading them, so after a code change a fresh load is faster), which
    is then compacted.
    """
    import pyoxigraph

    target = build_dir / STORE_DIR
    old_keys = _previous_keys(previous)
    if old_keys is not None and sum(keys.get(iri) != key for iri, key in old_keys.items()) < len(old_keys) / 2:
        shutil.copytree(previous / STORE_DIR, target)
        oxigraph_store = pyoxigraph.Store(str(target))
        for iri in old_keys.keys() - keys.keys():
            oxigraph_store.remove_graph(pyoxigraph.NamedNode(iri))
        changed = {iri: body for iri, body in graphs if old_keys.get(iri) != keys[iri]}
        old_bodies = _trig_bodies(previous / TRIG, set(changed) & old_keys.keys())
        for iri, body in changed.items():
            if iri in old_keys and iri not in old_bodies:  # not found as written: replace it whole
                oxigraph_store.remove_graph(pyoxigraph.NamedNode(iri))
            _update_graph(oxigraph_store, iri, body, old_bodies.get(iri, ""))
        oxigraph_store.flush()  # not compacted: a few graphs barely slow lookups, compacting cost 0.7 s here
        return
    oxigraph_store = pyoxigraph.Store(str(target))
    oxigraph_store.bulk_load(path=str(build_dir / TRIG), format=pyoxigraph.RdfFormat.TRIG)
    oxigraph_store.flush()
    # A large bulk load leaves overlapping files that every lookup visits; compacted, the queries of
    # the ten-times graph ran 1.5-2x faster (tier-changes 196 -> 83 ms) for 8 s of its 2.5-minute
    # build, and no measurable time on the dev corpus.
    oxigraph_store.optimize()


def _update_graph(oxigraph_store, iri: str, body: str, old_body: str) -> None:
    """Turn the named graph ``iri`` from ``old_body`` into ``body``, removing and adding only the statements that differ.

    Bodies are written one subject per block (:mod:`kg.turtle`), so blocks compare as text.
    Removing a whole graph costs about as much as loading it, and reading it back from the
    store more: for the tallies graph (54,000 quads on the dev corpus, of which adding a
    document changes a few blocks) that was 1.5 s.
    """
    import pyoxigraph

    old_blocks, new_blocks = set(_blocks(old_body)), set(_blocks(body))
    for blocks, adding in ((old_blocks - new_blocks, False), (new_blocks - old_blocks, True)):
        if not blocks:
            continue
        data = prefix_block() + f"<{iri}> {{\n" + "\n".join(sorted(blocks)) + "}\n"
        quads = pyoxigraph.parse(input=data.encode("utf-8"), format=pyoxigraph.RdfFormat.TRIG)
        if adding:
            oxigraph_store.extend(quads)
        else:
            for quad in quads:
                oxigraph_store.remove(quad)


def _blocks(body: str) -> list[str]:
    """The statements of a body, one block per subject."""
    return [block.strip("\n") + "\n" for block in body.split("\n\n") if block.strip()]


def _trig_bodies(path: Path, iris: set[str]) -> dict[str, str]:
    """The bodies of those named graphs of ``iris`` that a TriG file written by :func:`write_trig` holds.

    The file is searched in place (memory-mapped), not read whole: on the ten-times graph it is
    120 MB, of which an update needs the tallies and a few documents.
    """
    bodies = {}
    try:
        with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as text:
            for iri in iris:
                head = f"\n<{iri}> {{\n".encode("utf-8")
                at = text.find(head)
                end = text.find(b"\n}\n", at + len(head) - 1) if at >= 0 else -1
                if end >= 0:
                    bodies[iri] = text[at + len(head):end + 1].decode("utf-8")
    except (OSError, ValueError):  # no file, or an empty one (mmap refuses it)
        return {}
    return bodies


def _manifest(build_dir: Path) -> dict | None:
    """The manifest of a build, or None when it has no readable one."""
    try:
        manifest = json.loads((Path(build_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def build_layout(build_dir: Path) -> int | None:
    """The layout number of a build (:data:`LAYOUT`), or None when it has no readable manifest."""
    manifest = _manifest(build_dir)
    return None if manifest is None else manifest.get("layout", 1)


def _previous_keys(previous: Path | None) -> dict[str, str] | None:
    """Graph keys of an earlier build whose store can be updated in place, else None."""
    if previous is None or not (previous / STORE_DIR).is_dir():
        return None
    keys = (_manifest(previous) or {}).get("graphs")
    return keys if isinstance(keys, dict) else None


def open_store(build_dir: Path, *, read_only: bool = True):
    """Open the Oxigraph store of a build (read-only by default)."""
    import pyoxigraph

    path = Path(build_dir) / STORE_DIR
    if not path.is_dir():
        raise FileNotFoundError(f"{build_dir}: no Oxigraph store (run `kg build` first)")
    return pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))


@contextmanager
def replacing_dir(target: Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``target`` that replaces it when the block succeeds.

    On any error the temporary folder is removed and ``target`` is left as it was.
    """
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    give_umask_mode(staging)  # mkdtemp makes it 0700; it becomes the build folder
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = None
    if target.exists():
        retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, retired / target.name)
    os.rename(staging, target)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
