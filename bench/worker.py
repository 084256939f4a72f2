"""Where a build worker's CPU goes: one batch of full-length narratives, in this process.

Run: ``.venv/bin/python bench/worker.py [--documents 24] [--repeat 3] [--profile OUT.prof]``.
Makes the narratives with ``bench/corpus.py`` and runs :func:`kg.build.process_batch` on them,
timing each of its stages (segmentation and extraction, mapping to RDF, the tallies, the Turtle,
validation, the rest), ``--repeat`` times on batches of other narratives, and prints the CPU seconds (process time, which other work on
the machine disturbs less than wall time) of each stage a narrative: the least over the runs and
all of them, and those of the garbage collector (counted in the stages it interrupts). The process
collects garbage as a build worker does (``kg.build.collect_as_worker``). ``--profile`` writes a
cProfile of one more run.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import importlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The functions :func:`kg.build.process_batch` calls (its module's names for them), by the stage
#: each is timed in; "other" is the rest of the batch's CPU (warnings, results' owners, records).
STAGE_FUNCTIONS = {"extract_document": "extraction", "map_document": "mapping", "document_tallies": "tallies",
                   "turtle_body": "turtle", "statement_lines": "turtle", "grouped_statements": "turtle",
                   "validate_text": "validation"}
STAGES = ("extraction", "mapping", "tallies", "turtle", "validation", "other")


def run(documents) -> dict[str, float]:
    """The CPU seconds of each stage of :func:`kg.build.process_batch` on ``documents``: the build's
    own code, its stage functions wrapped by a timer for the run."""
    build = importlib.import_module("kg.build")  # the module (kg.build is also the package's function)

    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time

    def timed(stage, function):
        def call(*args, **kwargs):
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent[stage] += clock() - started
        return call

    originals = {name: getattr(build, name) for name in STAGE_FUNCTIONS}  # fails loudly if a step moves
    started = clock()
    try:
        for name, stage in STAGE_FUNCTIONS.items():
            setattr(build, name, timed(stage, originals[name]))
        results = build.process_batch(documents)
    finally:
        for name, function in originals.items():
            setattr(build, name, function)
    spent["other"] = clock() - started - sum(spent.values())
    assert len(results) == len(documents) and all(r.validated and not r.failures for r in results)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    from kg.places import load_gazetteer
    from kg.sources import read_sources

    n, batches = args.documents, args.repeat + bool(args.profile)
    with tempfile.TemporaryDirectory(prefix="kg-bench-worker-") as tmp:  # a batch of its own for each run (no cache serves two)
        documents = read_sources(generate(Path(tmp), 1 + n * batches))[0]
    load_gazetteer()
    importlib.import_module("kg.build").collect_as_worker()
    collecting = [0.0, 0.0]  # the collector's CPU seconds, and when it started

    def collector(phase, _info):
        if phase == "start":
            collecting[1] = time.process_time()
        else:
            collecting[0] += time.process_time() - collecting[1]

    gc.callbacks.append(collector)
    run(documents[:1])  # loads the rules, lexicons and shapes: not per-batch work
    batch = [documents[1 + n * i:1 + n * (i + 1)] for i in range(batches)]
    collecting[0] = 0.0
    runs = [run(batch[i]) for i in range(args.repeat)]
    collected = collecting[0]
    print(f"{n} narratives a run, {sum(len(d.text) for d in documents[1:]) / (n * batches):,.0f} characters each, "
          f"load {os.getloadavg()[0]:.1f}")
    for stage in STAGES + ("total",):
        values = [sum(r.values()) if stage == "total" else r[stage] for r in runs]
        print(f"{stage:11} {min(values) / n:6.3f} CPU s a narrative  (runs: {', '.join(f'{v / n:.3f}' for v in values)})")
    print(f"(garbage collection {collected / (n * args.repeat):.3f} CPU s a narrative, in the stages above)")
    if args.profile:
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(run, batch[-1])
        profiler.dump_stats(args.profile)
        print(f"profile in {args.profile}")


if __name__ == "__main__":
    main()
