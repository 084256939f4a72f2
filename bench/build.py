"""Benchmark `kg build`: cold and incremental, on the seed and on the dev corpus.

Run: ``.venv/bin/python bench/build.py [--runs 3]``. Prints, per case, the median wall time
over the runs, the peak memory (resident set of the build process and of its largest worker)
and the triple count. "cold" builds with an empty cache; "incremental" rebuilds after adding
one document to an input whose other documents are cached.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "kosovo-2009.txt"
CORPUS = SHARED / "corpus" / "factbook-tip.dev.jsonl"

# Runs one build in a fresh interpreter and reports its own figures as JSON.
_CHILD = """
import json, resource, sys, time
import kg
inputs, out, cache = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
started = time.perf_counter()
result = kg.build(inputs, out, cache_dir=cache)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "triples": result.triples, "documents": result.documents,
                  "cached": result.cached,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run_build(inputs: list[Path], out: Path, cache: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps([str(p) for p in inputs]), str(out), str(cache)],
                          check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def case(name: str, inputs: list[Path], extra: Path | None, runs: int, work: Path) -> None:
    cold, incremental = [], []
    for run in range(runs):
        cache = work / f"{name}-cache-{run}"
        out = work / f"{name}-out-{run}"  # a cold build writes a new folder, with nothing to reuse
        cold.append(run_build(inputs, out, cache))
        if extra is not None:
            incremental.append(run_build(inputs + [extra], out, cache))
    report(f"{name} cold", cold)
    if incremental:
        report(f"{name} +1 document", incremental)


def report(label: str, figures: list[dict]) -> None:
    seconds = statistics.median(f["seconds"] for f in figures)
    rss = max(f["rss_mb"] for f in figures)
    worker = max(f["worker_rss_mb"] for f in figures)
    last = figures[-1]
    runs = ", ".join(f"{f['seconds']:.1f}" for f in figures)
    print(f"{label:28} {seconds:7.2f} s median of {len(figures)} ({runs})  peak RSS {rss:6.0f} MB "
          f"(worker {worker:4.0f} MB)  {last['documents']:4d} docs  {last['triples']:8,} triples  "
          f"{last['cached']} cached", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        lines = CORPUS.read_text(encoding="utf-8").splitlines()
        most, last = work / "corpus-most.jsonl", work / "corpus-last.jsonl"
        most.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
        last.write_text(lines[-1] + "\n", encoding="utf-8")
        case("seed", [SEED], None, args.runs, work)
        case("dev corpus (645 of 646)", [most], last, args.runs, work)


if __name__ == "__main__":
    main()
