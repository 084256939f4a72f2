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
    for add in (_add_build, _add_validate, _add_facts, _add_query, _add_routes, _add_export, _add_serve,
                _add_push):
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
    for failure in result.failures:
        print(f"kg: warning: {failure}", file=sys.stderr)
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
    p = verbs.add_parser("facts", help="print each document's profile facts, recommendations and policies as JSON lines (read from the graph)")
    p.add_argument("inputs", nargs="*", help="inputs to build first (default: use --graph)")
    p.add_argument("--graph", type=Path, help="an existing build folder")
    p.add_argument("--keep-going", action="store_true")
    p.add_argument("--validate", action="store_true", help="also run the SHACL shapes on the inputs' graph")
    p.set_defaults(run=_run_facts)


def _run_facts(args) -> int:
    from .facts import facts, facts_of_inputs

    if args.inputs:
        records, failures = facts_of_inputs(args.inputs, keep_going=args.keep_going, validate=args.validate)
        for failure in failures:
            print(f"kg: warning: {failure}", file=sys.stderr)
    else:
        records = facts(args.graph or DEFAULT_BUILD)
    for record in records:
        print(json.dumps(record, ensure_ascii=False))
    return 0


# --- query -----------------------------------------------------------------------------------

def _add_query(verbs) -> None:
    from .query import ENGINES, FORMATS

    p = verbs.add_parser("query", help="run a library query (queries/NAME.rq), a .rq file or inline SPARQL")
    p.add_argument("query", nargs="?", help="query name, .rq file or SPARQL text")
    p.add_argument("--list", action="store_true", help="list the library queries with their parameters")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="a query parameter (repeatable)")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--engine", choices=ENGINES, default="oxigraph", help="query engine (default: oxigraph)")
    p.set_defaults(run=_run_query)


def _run_query(args) -> int:
    from . import store
    from .query import list_queries, query_output

    if args.list:
        for info in list_queries():
            print(f"{info.name}: {info.title}")
            if info.description:
                print(f"    {info.description}")
            if info.scope:
                print(f"    scope: {info.scope}")
            for param in info.params:
                default = f" (default {param.default})" if param.default is not None else " (required)"
                print(f"    --param {param.name}=<{param.type}>  {param.description}{default}")
        return 0
    if not args.query:
        return _fail("a query name, .rq file or SPARQL text is needed (or --list)")
    params = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            return _fail(f"--param {item!r}: expected KEY=VALUE")
        params[key.strip()] = value
    layout = store.build_layout(args.graph)
    if layout is not None and layout < store.LAYOUT:
        print(f"kg: warning: {args.graph} was built by an older kg (layout {layout} < {store.LAYOUT}): "
              "rebuild it with `kg build`, or routes answers nothing", file=sys.stderr)
    sys.stdout.write(query_output(args.graph, args.query, params, fmt=args.format, engine=args.engine))
    return 0


# --- export ----------------------------------------------------------------------------------

def _add_export(verbs) -> None:
    from .export import FORMATS

    p = verbs.add_parser("export", help="write the graph of a build as Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--format", choices=sorted(FORMATS), required=True, help="RDF syntax")
    p.add_argument("--out", type=Path, help="output file (default: standard output)")
    p.set_defaults(run=_run_export)


def _run_export(args) -> int:
    from .export import export

    result = export(args.graph, args.format, args.out)
    if args.out is None:
        sys.stdout.buffer.write(result)
    else:
        print(f"wrote {result}", file=sys.stderr)
    return 0


# --- serve -----------------------------------------------------------------------------------

def _add_serve(verbs) -> None:
    p = verbs.add_parser("serve", help="serve the graph read-only over the SPARQL 1.1 Protocol (Oxigraph server)")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    p.add_argument("--timeout", type=int, default=30, help="query timeout in seconds (default: 30)")
    p.set_defaults(run=_run_serve)


def _run_serve(args) -> int:
    from .serve import serve

    with serve(args.graph, host=args.host, port=args.port, timeout=args.timeout) as server:
        print(f"SPARQL endpoint: {server.endpoint} (read-only; Ctrl-C stops)", file=sys.stderr)
        server.wait()
    return 0


# --- push ------------------------------------------------------------------------------------

def _add_push(verbs) -> None:
    p = verbs.add_parser("push", help="upload each named graph to a SPARQL Graph Store endpoint (replacing it)")
    p.add_argument("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://host:7878/store")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.set_defaults(run=_run_push)


def _run_push(args) -> int:
    from .push import push

    pushed = push(args.graph, args.endpoint)
    print(f"pushed {len(pushed)} graph(s), {sum(pushed.values()):,} triples to {args.endpoint}")
    return 0


# --- routes ----------------------------------------------------------------------------------

def _add_routes(verbs) -> None:
    from .routes import FORMATS

    p = verbs.add_parser("routes", help="draw or export the trafficking routes as a graph, or print route statistics")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--country", help="ISO code or name: routes from or to this country")
    p.add_argument("--direction", choices=("both", "in", "out"), default="both",
                   help="with --country: routes into it, out of it, or both (default)")
    p.add_argument("--years", "--year", dest="years", metavar="YYYY[-YYYY]", help="report year or inclusive range")
    p.add_argument("--form", help="form of exploitation (sex_trafficking, forced_labor ...; narrower forms count)")
    p.add_argument("--region", help="region key or name: routes touching the region or its members")
    p.add_argument("--format", choices=FORMATS, help="output format (default: the suffix of --out)")
    p.add_argument("--out", type=Path, help="output file")
    p.add_argument("--title", help="title of the picture or page (default: one naming the filter)")
    p.add_argument("--stats", action="store_true", help="print main corridors, hubs and, for a year range, "
                   "routes that appear or disappear")
    p.add_argument("--top", type=int, default=10, help="corridors and hubs listed by --stats (default: 10)")
    p.set_defaults(run=_run_routes)


def _run_routes(args) -> int:
    from .routes import concept_labels, format_of, format_stats, make_filter, route_graph, route_stats, write_routes

    if args.out is None and not args.stats:
        return _fail("give --out FILE (with --format or a known suffix) or --stats")
    fmt = format_of(args.out, args.format) if args.out else None
    route_filter = make_filter(country=args.country, direction=args.direction, years=args.years, form=args.form,
                               region=args.region)
    graph = route_graph(args.graph, route_filter)
    if args.out:
        written = write_routes(graph, args.out, fmt, form_labels=concept_labels(args.graph)["form"], title=args.title)
        print(f"{graph.number_of_nodes()} places, {graph.number_of_edges()} routes ({graph.graph['title']}) "
              f"→ {written}", file=sys.stderr if args.stats else sys.stdout)
    if args.stats:
        print(format_stats(route_stats(graph, args.graph, top=args.top), graph))
    return 0


if __name__ == "__main__":
    sys.exit(main())
