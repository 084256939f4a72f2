"""The ``kg`` command line: a thin shell over the library functions of :mod:`kg`.

Each verb parses its arguments, calls one library function and prints what it returns.
Errors are one line on standard error and a non-zero exit status.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .model import InputError

DEFAULT_BUILD = Path("build")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg", description="Trafficking in Persons report knowledge graph.")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for add in (_add_build, _add_validate, _add_facts, _add_query):
        add(verbs)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except InputError as err:
        return _fail(str(err))
    except (FileNotFoundError, NotADirectoryError, PermissionError) as err:
        return _fail(str(err))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)


def _fail(message: str, status: int = 2) -> int:
    print(f"kg: error: {message}", file=sys.stderr)
    return status


def _progress_printer():
    """A progress bar on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} documents", end="", file=sys.stderr)
        if done >= total:
            print(file=sys.stderr)
    return show


# --- build -----------------------------------------------------------------------------------

def _add_build(verbs) -> None:
    p = verbs.add_parser("build", help="build the graph of narratives (.txt) and corpora (.jsonl)")
    p.add_argument("inputs", nargs="+", help="files or folders")
    p.add_argument("--out", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--keep-going", action="store_true", help="skip bad records and files, listing them")
    p.add_argument("--cache-dir", type=Path, help="per-document cache (default: ~/.cache/tip-kg)")
    p.add_argument("--jobs", type=int, help="worker processes")
    p.set_defaults(run=_run_build)


def _run_build(args) -> int:
    from .build import ValidationFailed, build

    try:
        result = build(args.inputs, args.out, keep_going=args.keep_going, cache_dir=args.cache_dir,
                       jobs=args.jobs, progress=_progress_printer())
    except ValidationFailed as failed:
        print(failed.report.as_text(), file=sys.stderr)
        return _fail(f"validation failed; {args.out} left unchanged", 1)
    for message in result.skipped:
        print(f"skipped: {message}", file=sys.stderr)
    if result.warnings:
        print(f"{len(result.warnings)} warning(s) in {args.out / 'warnings.txt'}", file=sys.stderr)
    print(f"built {result.documents} document(s), {result.triples:,} triples in {result.seconds:.1f} s "
          f"({result.cached} from cache) → {args.out}; SHACL: conforms")
    return 0


# --- validate --------------------------------------------------------------------------------

def _add_validate(verbs) -> None:
    p = verbs.add_parser("validate", help="validate a graph file or build folder with the SHACL shapes")
    p.add_argument("graph", type=Path, nargs="?", default=DEFAULT_BUILD, help="a .ttl/.trig/.nt file or a build folder")
    p.set_defaults(run=_run_validate)


def _run_validate(args) -> int:
    from .validate import validate

    report = validate(args.graph)
    print(report.as_text())
    return 0 if report.conforms else 1


# --- facts -----------------------------------------------------------------------------------

def _add_facts(verbs) -> None:
    p = verbs.add_parser("facts", help="print each document's profile facts as JSON lines (read from the graph)")
    p.add_argument("inputs", nargs="*", help="inputs to build first (default: use --graph)")
    p.add_argument("--graph", type=Path, help="an existing build folder")
    p.add_argument("--keep-going", action="store_true")
    p.set_defaults(run=_run_facts)


def _run_facts(args) -> int:
    from .facts import facts, facts_of_inputs

    if args.inputs:
        records = facts_of_inputs(args.inputs, keep_going=args.keep_going)
    else:
        records = facts(args.graph or DEFAULT_BUILD)
    for record in records:
        print(json.dumps(record, ensure_ascii=False))
    return 0


# --- query -----------------------------------------------------------------------------------

def _add_query(verbs) -> None:
    p = verbs.add_parser("query", help="run a library query (queries/NAME.rq), a .rq file or inline SPARQL")
    p.add_argument("query", help="query name, .rq file or SPARQL text")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.set_defaults(run=_run_query)


def _run_query(args) -> int:
    from .query import run_query

    result = run_query(args.graph, args.query)
    print("\t".join(result.variables))
    for row in result.rows:
        print("\t".join("" if row[v] is None else row[v] for v in result.variables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
