"""The instructions a build worker executes on a full-length narrative, by stage and fact family.

Run: ``valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p .venv/bin/python bench/instructions.py
[--documents 4]`` (Debian's ``valgrind`` package; its ``callgrind.h`` and a C compiler make the small library that
asks callgrind to dump its counts). Instruction counts do not depend on the machine's load, where CPU seconds do: on
this shared 2-core machine the same code's CPU seconds varied by 10 % from run to run, its instructions by far less.

Like ``bench/worker.py``, it makes the narratives with ``bench/corpus.py``, loads the rules, lexicons and shapes on
one of them, then runs :func:`kg.build.process_batch` on the others, with callgrind dumping its counts as each step
starts and ends: segmentation, each fact family, mapping, the tallies, the Turtle, validation. Then it reads the dumps
and prints the instructions of each a narrative. Without valgrind it runs the same steps and prints nothing measured.
"""
from __future__ import annotations

import argparse
import ctypes
import functools
import importlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The steps counted, as (module, function name, label): the label is what ran inside that function less what ran in
#: the steps nested in it; the families by their module (``kg.extract.FAMILIES`` calls ``family.extract``).
STEPS = [("kg.pipeline", "segment", "segmentation"),
         *[(f"kg.extract.{family}", "extract", family)
           for family in ("assessment", "profile", "statistics", "policies", "actors", "recommendations")],
         ("kg.build", "extract_document", "extraction (the rest)"), ("kg.build", "map_document", "mapping"),
         ("kg.build", "document_tallies", "tallies"), ("kg.build", "turtle_body", "turtle"),
         ("kg.build", "statement_lines", "turtle"), ("kg.build", "grouped_statements", "turtle"),
         ("kg.build", "validate_text", "validation")]
_DUMPER = r"""
#include <valgrind/callgrind.h>
void dump(const char *label) { CALLGRIND_DUMP_STATS_AT(label); }
void zero(void) { CALLGRIND_ZERO_STATS; }
"""


def _dumper(folder: Path) -> ctypes.CDLL:
    """A library whose ``dump(label)`` asks callgrind to write its counts since the last dump (a no-op outside valgrind)."""
    (folder / "dump.c").write_text(_DUMPER)
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(folder / "dump.so"), str(folder / "dump.c")], check=True)
    return ctypes.CDLL(str(folder / "dump.so"))


def count_steps(dumper: ctypes.CDLL) -> None:
    """Wrap each step's function so that callgrind dumps its counts as the step starts (labelled with the step it
    interrupts) and as it ends (labelled with itself)."""
    running = ["other"]

    def counted(label, function):
        @functools.wraps(function)
        def call(*args, **kwargs):
            dumper.dump(running[-1].encode())
            running.append(label)
            try:
                return function(*args, **kwargs)
            finally:
                dumper.dump(running.pop().encode())
        return call

    for module, name, label in STEPS:
        owner = importlib.import_module(module)
        setattr(owner, name, counted(label, getattr(owner, name)))


def read_dumps(output: str) -> dict[str, int]:
    """The instructions of each label over the dumps callgrind wrote (``--callgrind-out-file`` with its ``.N`` parts)."""
    spent: dict[str, int] = {}
    for path in Path(output).parent.glob(Path(output).name + ".*"):
        text = path.read_text(errors="replace")
        trigger = re.search(r"^desc: Trigger: Client Request: (.+)$", text, re.M)
        total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        if trigger and total:
            spent[trigger.group(1)] = spent.get(trigger.group(1), 0) + int(total.group(1))
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=4)
    parser.add_argument("--read", metavar="OUT", help="print the counts of the dumps of a run (its --callgrind-out-file, "
                                                      "the pid filled in) and the narratives' count given")
    args = parser.parse_args()
    if args.read:
        spent = read_dumps(args.read)
        n = args.documents
        labels = [label for _, _, label in STEPS if label in spent]
        for label in dict.fromkeys(labels + ["other"]):
            print(f"{label:22} {spent.get(label, 0) / n / 1e6:9.1f} M instructions a narrative")
        extraction = sum(spent.get(label, 0) for label in dict.fromkeys(labels)
                         if label not in ("mapping", "tallies", "turtle", "validation"))
        print(f"{'extraction, all':22} {extraction / n / 1e6:9.1f} M")
        print(f"{'total':22} {sum(spent.get(label, 0) for label in dict.fromkeys(labels + ['other'])) / n / 1e6:9.1f} M")
        return
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    from kg.places import load_gazetteer
    from kg.sources import read_sources

    with tempfile.TemporaryDirectory(prefix="kg-bench-instructions-") as tmp:
        documents = read_sources(generate(Path(tmp), 1 + args.documents))[0]
        dumper = _dumper(Path(tmp))
    load_gazetteer()
    build = importlib.import_module("kg.build")
    build.collect_as_worker()
    build.process_batch(documents[:1])  # loads the rules, lexicons and shapes: not per-batch work
    count_steps(dumper)
    dumper.zero()
    build.process_batch(documents[1:])
    dumper.dump(b"other")


if __name__ == "__main__":
    main()
