"""Store stage: the files of a build and its embedded Oxigraph store.

A build directory holds ``kg.trig`` (one named graph per document plus the vocabulary),
``kg.ttl`` (all merged), ``validation.txt``, ``warnings.txt``, ``manifest.json`` and
``store/`` (a pyoxigraph store loaded from ``kg.trig``, for fast SPARQL). Everything is
written to a temporary sibling folder that replaces ``DIR`` only when complete.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .vocab import PREFIXES

STORE_DIR = "store"
TRIG = "kg.trig"
TURTLE = "kg.ttl"
MANIFEST = "manifest.json"


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


def load_store(trig: Path, store_dir: Path) -> int:
    """Bulk-load ``trig`` into a new Oxigraph store at ``store_dir``; return its quad count."""
    import pyoxigraph

    store = pyoxigraph.Store(str(store_dir))
    store.bulk_load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
    store.optimize()
    count = len(store)
    store.flush()
    del store
    return count


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
