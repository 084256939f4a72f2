"""Where a build worker's CPU goes: one batch of full-length narratives, in this process.

Run: ``.venv/bin/python bench/worker.py [--documents 24] [--repeat 3] [--profile OUT.prof]``.
Makes the narratives with ``bench/corpus.py`` and runs the steps of :func:`kg.build.process_batch`
on them one stage at a time (segmentation and extraction, mapping to RDF, the tallies, the Turtle,
validation), ``--repeat`` times on batches of other narratives, and prints the CPU seconds (process time, which other work on
the machine disturbs less than wall time) of each stage a narrative: the least over the runs and
all of them. ``--profile`` writes a cProfile of one more run.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("extraction", "mapping", "tallies", "turtle", "validation")


def run(documents) -> dict[str, float]:
    from kg import store
    from kg.build import process_batch
    from kg.mapping import map_document
    from kg.mapping.tallies import document_tallies
    from kg.pipeline import extract_document, turtle_body
    from kg.turtle import statement_lines
    from kg.validate import validate_text

    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time

    def timed(stage, function, *args):
        started = clock()
        value = function(*args)
        spent[stage] += clock() - started
        return value

    extractions = [timed("extraction", extract_document, doc) for doc in documents]
    mapped = [timed("mapping", map_document, e) for e in extractions]
    for e in extractions:
        timed("tallies", document_tallies, e)
    started = clock()
    bodies = [(turtle_body(m.own), turtle_body(m.shared)) for m in mapped]
    for m in mapped:
        statement_lines(m.shared)
    vocabulary = "".join(dict.fromkeys(turtle_body(m.vocabulary) for m in mapped))
    spent["turtle"] += clock() - started
    text = store.prefix_block() + "".join(o for o, _ in bodies) + "".join(dict.fromkeys(s for _, s in bodies)) + vocabulary
    report = timed("validation", lambda: validate_text(text, statements=[t for m in mapped
                                                                        for t in m.own + m.shared + m.vocabulary]))
    assert report.conforms, "the batch does not conform"
    del process_batch  # the steps above are its own; imported to fail loudly if it moves
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
    run(documents[:1])  # loads the rules, lexicons and shapes: not per-batch work
    batch = [documents[1 + n * i:1 + n * (i + 1)] for i in range(batches)]
    runs = [run(batch[i]) for i in range(args.repeat)]
    print(f"{n} narratives a run, {sum(len(d.text) for d in documents[1:]) / (n * batches):,.0f} characters each, "
          f"load {os.getloadavg()[0]:.1f}")
    for stage in STAGES + ("total",):
        values = [sum(r.values()) if stage == "total" else r[stage] for r in runs]
        print(f"{stage:11} {min(values) / n:6.3f} CPU s a narrative  (runs: {', '.join(f'{v / n:.3f}' for v in values)})")
    if args.profile:
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(run, batch[-1])
        profiler.dump_stats(args.profile)
        print(f"profile in {args.profile}")


if __name__ == "__main__":
    main()
