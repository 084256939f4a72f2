"""Throughput of ``kg push``: the ten-times graph into a loopback Oxigraph server and into Virtuoso.

The ten-times graph is the dev corpus built ten times under distinct ids (as in
``bench/query.py``). Each target starts empty in a temporary folder on 127.0.0.1; the push
is timed cold (every graph sent) and then again (nothing changed: the push journal is read, the store's graphs listed
with their triple counts and every graph's checksum compared). Printed per target: wall time, graphs, triples, triples/s
and MB/s of N-Triples sent. Virtuoso is pushed through its Digest-authenticated Graph Store
endpoint (``/sparql-graph-crud-auth``), as a user would; it is left out when ``virtuoso-t`` is
not installed.

Usage::

    KG_CACHE_DIR=/tmp/kgcache-bench python bench/push.py [--big-build DIR]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402
from query import DEV_CORPUS, ten_times  # noqa: E402
from virtuoso import DBA_PASSWORD, start_virtuoso, virtuoso_binary  # noqa: E402

from kg import store  # noqa: E402
from kg.build import build  # noqa: E402
from kg.push import Credentials, push  # noqa: E402
from kg.serve import free_port, start_oxigraph, stop_process  # noqa: E402


def sent_bytes(build_dir: Path) -> int:
    source = store.open_store(build_dir)
    return sum(len(source.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)) for g in source.named_graphs())


def timed(label: str, build_dir: Path, endpoint: str, size: int, credentials: Credentials | None) -> None:
    for run in ("cold", "again"):
        t0 = time.perf_counter()
        report = push(build_dir, endpoint, credentials=credentials, timeout=600)
        wall = time.perf_counter() - t0
        triples = sum(report.written.values())
        rate = f"{triples / wall:>10,.0f} triples/s {size / wall / 1e6:6.2f} MB/s" if triples else f"{'':>32}"
        print(f"{label:10} {run:6} {wall:8.1f} s {len(report.written):6} written {len(report.unchanged):6} unchanged "
              f"{triples:>11,} triples {rate}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big-build", type=Path, help="an existing build of the ten-times corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-push-") as tmp:
        folder = args.big_build
        if folder is None:
            t0 = time.perf_counter()
            folder = Path(tmp) / "build-10x"
            build([ten_times(DEV_CORPUS, Path(tmp) / "dev10.jsonl")], folder)
            print(f"built the ten-times graph in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        size = sent_bytes(folder)
        print(f"graph: {len(manifest['documents'])} documents, {size / 1e6:.1f} MB of N-Triples", flush=True)

        port = free_port()
        process = start_oxigraph(Path(tmp) / "oxigraph", port)
        try:
            timed("oxigraph", folder, f"http://127.0.0.1:{port}/store", size, None)
        finally:
            stop_process(process)

        if virtuoso_binary() is None:
            print("virtuoso: not installed (apt-get install virtuoso-opensource)")
            return
        server = start_virtuoso(Path(tmp) / "virtuoso", buffers=170000)  # about 1.3 GB of page buffers
        try:
            timed("virtuoso", folder, server.graph_store, size, Credentials("dba", DBA_PASSWORD))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
