"""Benchmark the extraction stage and the build on the whole dev corpus.

Run: ``.venv/bin/python bench/extract.py``. Prints documents per second of (1) segment +
extract alone, in this process, (2) segment + extract + mapping to RDF, and (3) a cold
``kg build`` (validation, store) in a fresh interpreter, each with peak memory from
``resource.getrusage``. Figures only: nothing here passes or fails.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "factbook-tip.dev.jsonl"

_CHILD = """
import json, resource, sys, time
import kg
started = time.perf_counter()
result = kg.build([sys.argv[1]], sys.argv[2], cache_dir=sys.argv[3])
print(json.dumps({"seconds": time.perf_counter() - started, "documents": result.documents,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from kg.extract import extract
    from kg.mapping import to_graph
    from kg.places import load_gazetteer
    from kg.segment import segment
    from kg.sources import read_sources

    documents = read_sources([CORPUS])[0]
    load_gazetteer()  # loading the gazetteer once is not per-document work
    started = time.perf_counter()
    extractions = [extract(doc, segment(doc)) for doc in documents]
    extract_seconds = time.perf_counter() - started
    facts = sum(len(e.facts) for e in extractions)
    started = time.perf_counter()
    triples = sum(len(to_graph(e)) for e in extractions)
    map_seconds = time.perf_counter() - started
    n = len(documents)
    print(f"documents                 {n}")
    print(f"extract   {n / extract_seconds:8.1f} docs/s   {extract_seconds:6.2f} s   {facts} facts   peak {_peak_mb():.0f} MB")
    print(f"+ mapping {n / (extract_seconds + map_seconds):8.1f} docs/s   {extract_seconds + map_seconds:6.2f} s   "
          f"{triples} triples   peak {_peak_mb():.0f} MB")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(CORPUS), str(Path(tmp) / "build"), str(Path(tmp) / "cache")],
                              check=True, capture_output=True, text=True, cwd=ROOT)
        build = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"kg build  {build['documents'] / build['seconds']:8.1f} docs/s   {build['seconds']:6.2f} s   "
          f"peak {build['rss_mb']:.0f} MB (workers {build['worker_rss_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
