"""Benchmark `kg build`: cold and incremental, on the seed and on the dev corpus, or on a full-length corpus.

Run: ``.venv/bin/python bench/build.py [--runs 3]``. Prints, per case, the median wall time
over the runs, the peak memory (resident set of the build process and of its largest worker)
and the triple count. "cold" builds with an empty cache; "incremental" rebuilds after adding
one document to an input whose other documents are cached.

``--full [--documents 4500]`` builds instead a corpus of full-length narratives (20–30k
characters, made by ``bench/corpus.py`` from the real texts) cold, then again with one more
document, and prints the seconds of each stage (wall and CPU, and the load average of the
machine), the peak memory of the build process, of its largest worker (or the process that loads
a large store, ``kg.store.load_graphs``) and of all of them together (sampled), the size of the
build on disk and the time ``kg export`` takes to write the merged Turtle and TriG. A smaller
``--documents`` (500) measures quickly; the cold time grows linearly with the documents.

``--work DIR`` keeps the corpus, cache and build there (a later run with the same ``DIR`` skips
the cold build), ``--repeat N`` adds and removes a new document N times, and ``--code-digest
HEX`` keys the cache with HEX instead of the code's digest, so that builds of two revisions of
the code read the same cache (only for comparing their incremental paths).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "kosovo-2009.txt"
CORPUS = SHARED / "corpus" / "factbook-tip.dev.jsonl"

# Runs one build in a fresh interpreter and reports its own figures as JSON.
_CHILD = """
import json, os, resource, sys, threading, time
import kg

def tree_rss_mb():  # this process and its children (the workers), from /proc
    me, total = os.getpid(), 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            if int(entry.name) == me or int(fields[1]) == me:
                total += int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            pass
    return total / 2**20

peak = [0.0, 0.0]  # MB, and seconds into the build when it was sampled
def sample():
    while True:
        rss = tree_rss_mb()
        if rss > peak[0]:
            peak[:] = [rss, time.perf_counter() - started]
        time.sleep(0.25)
started = time.perf_counter()
threading.Thread(target=sample, daemon=True).start()
inputs, out, cache = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
if os.environ.get("BENCH_CODE_DIGEST"):
    __import__("importlib").import_module("kg.build").code_digest = lambda: os.environ["BENCH_CODE_DIGEST"]
load = os.getloadavg()[0]
started = time.perf_counter()
result = kg.build(inputs, out, cache_dir=cache)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "triples": result.triples, "documents": result.documents,
                  "cached": result.cached, "stages": result.stages,
                  "stage_cpu": result.stage_cpu, "stage_peak_mb": result.stage_peak_mb, "tree_rss_mb": peak[0], "tree_peak_at": peak[1],
                  "load": [load, os.getloadavg()[0]],
                  "cpu_seconds": sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                                     for f in ("ru_utime", "ru_stime")),
                  "cpu_workers": sum(getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f) for f in ("ru_utime", "ru_stime"))
                                 - result.store_process_cpu,
                  "cpu_store_process": result.store_process_cpu,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run_build(inputs: list[Path], out: Path, cache: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps([str(p) for p in inputs]), str(out), str(cache)],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:  # the build's own one-line error (or the SHACL report's verdict)
        sys.exit(f"build failed (exit status {done.returncode}):\n" + "\n".join(done.stderr.strip().splitlines()[-20:]))
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


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20 if path.is_dir() else path.stat().st_size / 2**20


def _stage_at(figures: dict) -> str:
    """The stage of the build in which the peak of all processes was sampled."""
    elapsed = 0.0
    for stage, seconds in figures["stages"].items():
        elapsed += seconds
        if figures["tree_peak_at"] <= elapsed:
            return stage
    return "last"


def full(documents: int, work: Path, repeat: int = 1) -> None:
    """Cold and +1-document builds of ``documents`` full-length narratives."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    if not (work / "added").is_dir():
        corpus = generate(work / "corpus", documents + 1)
        extra = corpus.pop()  # the one added document, in a folder of its own
        (work / "added").mkdir()
        extra.rename(work / "added" / extra.name)
    corpus = sorted((work / "corpus").glob("*.txt"))
    extra = next((work / "added").glob("*.txt"))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus)
    print(f"{len(corpus)} narratives, {chars:,} characters ({chars / len(corpus):,.0f} a document)", flush=True)
    out, cache = work / "out", work / "cache"
    runs = [] if (out / "manifest.json").exists() else [("cold", [work / "corpus"])]
    for run in range(repeat):
        # a new document each time (a name of its own), so that it is made by a worker, not cached
        name = extra.name.replace("-", f"-9{run:02d}{time.time_ns() % 10**6:06d}", 1)
        added = work / "added" / f"run-{run}"
        added.mkdir(exist_ok=True)
        for earlier in added.glob("*.txt"):  # an interrupted run's
            earlier.unlink()
        (added / name).write_bytes(extra.read_bytes())
        runs += [("+1 document", [work / "corpus", added]), ("-1 document", [work / "corpus"])]
    for label, inputs in runs:
        figures = run_build(inputs, out, cache)
        stages = "  ".join(f"{k} {v:.1f}" for k, v in figures["stages"].items())
        print(f"{label:12} {figures['seconds']:7.1f} s, {figures['cpu_seconds']:.1f} CPU s "
              f"(build process {figures['cpu_seconds'] - figures['cpu_workers']:.1f} with its store's loader "
              f"{figures.get('cpu_store_process', 0.0):.1f}, workers {figures['cpu_workers']:.1f}), load {figures['load'][0]:.1f}-"
              f"{figures['load'][1]:.1f}  ({stages})  {figures['documents']} docs, "
              f"{figures['triples']:,} triples, {figures['cached']} cached", flush=True)
        print(f"{'':12} build process by stage (CPU s / peak MB so far): " + "  ".join(
            f"{k} {figures['stage_cpu'][k]:.1f}/{figures['stage_peak_mb'][k]:.0f}" for k in figures["stage_cpu"]), flush=True)
        print(f"{'':12} peak RSS: build {figures['rss_mb']:.0f} MB, largest worker or store loader {figures['worker_rss_mb']:.0f} MB, "
              f"all together {figures['tree_rss_mb']:.0f} MB (sampled, in the {_stage_at(figures)} stage)", flush=True)
    print(f"on disk: store {_size_mb(out / 'store'):,.0f} MB, graphs {_size_mb(out / 'graphs'):,.0f} MB, "
          f"parts.json {_size_mb(out / 'parts.json'):,.1f} MB, manifest.json {_size_mb(out / 'manifest.json'):,.1f} MB, "
          f"cache {_size_mb(cache):,.0f} MB", flush=True)
    for fmt in ("ttl", "trig"):  # the merged files, which kg build no longer writes
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "export", "--graph", str(out), "--out", str(work / f"kg.{fmt}")],
                       check=True, cwd=ROOT, capture_output=True)
        print(f"kg export --out kg.{fmt}: {time.perf_counter() - started:.1f} s, {_size_mb(work / f'kg.{fmt}'):,.0f} MB",
              flush=True)
        (work / f"kg.{fmt}").unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--full", action="store_true", help="a corpus of full-length narratives (bench/corpus.py)")
    parser.add_argument("--documents", type=int, default=4500, help="with --full: how many narratives")
    parser.add_argument("--work", type=Path, help="with --full: keep the corpus, cache and build in this folder")
    parser.add_argument("--repeat", type=int, default=1, help="with --full: add and remove a new document this many times")
    parser.add_argument("--code-digest", help="with --full: key the cache with this instead of the code's digest")
    args = parser.parse_args()
    if args.code_digest:
        os.environ["BENCH_CODE_DIGEST"] = args.code_digest
    if args.full and args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        full(args.documents, args.work.resolve(), args.repeat)
        return
    if args.full:
        with tempfile.TemporaryDirectory(prefix="kg-bench-full-") as tmp:
            full(args.documents, Path(tmp), args.repeat)
        return
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
