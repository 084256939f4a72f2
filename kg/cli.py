"""The ``kg`` command line: a thin shell over the library functions of :mod:`kg`.

Each verb parses its arguments, calls one library function and prints what it returns.
Errors are one line on standard error and a non-zero exit status.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path
from typing import cast

from .formats import (
    EXPORT_FORMATS,
    QUERY_ENGINES,
    QUERY_FORMATS,
    ROUTE_FORMATS,
    ROUTE_LAYOUTS,
)
from .model import InputError, OldBuildWarning, OutputError

DEFAULT_BUILD = Path("build")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg", description="Trafficking in Persons report knowledge graph.")
    parser.add_argument("--version", action=_VersionAction)
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for add in (_add_build, _add_validate, _add_facts, _add_query, _add_routes, _add_report, _add_export, _add_serve,
                _add_push):
        add(verbs)
    args = parser.parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", OldBuildWarning)
            warnings.showwarning = _show_warning
            return args.run(args)
    except (InputError, OutputError) as err:
        return _fail(str(err))
    except (FileNotFoundError, NotADirectoryError, PermissionError) as err:
        return _fail(str(err))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        # the reader went away (`kg query ... | head`): stop quietly; point stdout at /dev/null so that
        # the interpreter's last flush does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a shell reports a process ended by SIGPIPE


class _VersionAction(argparse.Action):
    """``--version``: the version is read from the package metadata only when asked for (30 ms)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help="show the version and exit"):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from .version import VERSION

        print(f"kg (tip-kg) {VERSION}")
        parser.exit()


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file=None, line: str | None = None) -> None:
    """An old build's warning (:func:`kg.store.check_layout`) as one line; any other as Python shows it."""
    if issubclass(category, OldBuildWarning):
        print(f"kg: warning: {message}", file=sys.stderr)
    else:
        _PYTHON_SHOWWARNING(message, category, filename, lineno, file, line)


_PYTHON_SHOWWARNING = warnings.showwarning


def _fail(message: str, status: int = 2) -> int:
    print(f"kg: error: {message}", file=sys.stderr)
    return status


def _progress_printer():
    """On a terminal, a bar with the time left; otherwise (a log, a pipe) a line at each tenth of
    the documents, so that a long build shows where it is without filling its log."""
    import time

    started = time.monotonic()
    on_terminal = sys.stderr.isatty()
    printed = {"tenth": -1}

    def show(done: int, total: int) -> None:
        elapsed = time.monotonic() - started
        if on_terminal:
            width = 30
            filled = width * done // max(total, 1)
            left = f", about {elapsed / done * (total - done):.0f} s left" if 0 < done < total and elapsed > 2 else ""
            print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} documents{left}\033[K", end="",
                  file=sys.stderr)
            if done >= total:
                print(file=sys.stderr)
            return
        tenth = 10 * done // max(total, 1)
        if tenth > printed["tenth"] and (done or not total):
            printed["tenth"] = tenth
            print(f"kg build: {done}/{total} documents ({tenth * 10}%, {elapsed:.0f} s)", file=sys.stderr, flush=True)
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
    for message in result.cache_warnings:
        print(f"kg: warning: {message}", file=sys.stderr)
    for message in result.skipped:
        print(f"skipped: {message}", file=sys.stderr)
    for failure in result.undated + result.failures:
        print(f"kg: warning: {failure}", file=sys.stderr)
    if result.warnings:
        print(f"{len(result.warnings)} warning(s) in {args.out / 'warnings.txt'}", file=sys.stderr)
    shacl_warnings = result.shacl_warnings
    if shacl_warnings:  # published, not silently: two observations of one key (IC-12) name each other there
        print(f"kg: warning: {shacl_warnings} SHACL warning(s) in {args.out / 'validation.txt'}", file=sys.stderr)
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

def _positive(kind):
    """An argparse type: a number of ``kind`` above zero."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"{text!r} is not above zero")
        return value
    parse.__name__ = kind.__name__
    return parse


def _add_query(verbs) -> None:
    from .limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

    p = verbs.add_parser("query", help="run a library query (queries/NAME.rq), a .rq file or inline SPARQL")
    p.add_argument("query", nargs="?", help="query name, .rq file or SPARQL text")
    p.add_argument("--list", action="store_true", help="list the library queries with their parameters")
    p.add_argument("--show", action="store_true",
                   help="print the query with its parameters written in (SPARQL any engine runs) instead of running it")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="a query parameter (repeatable)")
    p.add_argument("--format", choices=QUERY_FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--engine", choices=QUERY_ENGINES, default="oxigraph", help="query engine (default: oxigraph)")
    p.add_argument("--timeout", type=_positive(float), default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"stop a query that runs longer (default: {DEFAULT_TIMEOUT:g})")
    p.add_argument("--memory", type=_positive(int), default=DEFAULT_MEMORY_MB, metavar="MB",
                   help=f"stop a query that takes more memory (default: {DEFAULT_MEMORY_MB})")
    p.set_defaults(run=_run_query)


def _run_query(args) -> int:
    from .limits import Limits
    from .query import answer, coverage_note, list_queries

    if args.list:
        library = list_queries()
        if not library:
            from .vocab import QUERIES_DIR
            return _fail(f"no library queries in {QUERIES_DIR}: the installation is incomplete")
        for info in library:
            print(f"{info.name}: {info.title}")
            if info.description:
                print(f"    {info.description}")
            if info.scope:
                print(f"    scope: {info.scope}")
            for param in info.params:
                default = (f" (default {param.default})" if param.default is not None
                           else f" (optional: {param.optional})" if param.optional else " (required)")
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
    if args.show:
        from .query import runnable_text

        sys.stdout.write(runnable_text(args.query, params))
        return 0
    output, empty = answer(args.graph, args.query, params, fmt=args.format, engine=args.engine,
                          limits=Limits(timeout=args.timeout, memory_mb=args.memory))
    sys.stdout.write(output)
    if empty:
        note = coverage_note(args.graph, args.query, params, engine=args.engine)
        print(f"kg: no rows{': ' + note if note else ''}", file=sys.stderr)
    return 0


# --- export ----------------------------------------------------------------------------------

def _add_export(verbs) -> None:
    p = verbs.add_parser("export", help="write the graph of a build as Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--format", choices=sorted(EXPORT_FORMATS), help="RDF syntax (default: the suffix of --out)")
    p.add_argument("--out", type=Path, help="output file (default: standard output)")
    p.set_defaults(run=_run_export)


def _run_export(args) -> int:
    from .export import export, export_to, format_of

    fmt = format_of(args.out, args.format)
    if args.out is None:  # streamed: the TriG of a large build is never held whole
        export_to(args.graph, fmt, sys.stdout.buffer)
    else:
        export(args.graph, fmt, args.out)
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


# --- serve -----------------------------------------------------------------------------------

def _add_serve(verbs) -> None:
    p = verbs.add_parser("serve", help="serve the graph read-only over the SPARQL 1.1 Protocol")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    p.add_argument("--timeout", type=_positive(float), default=30, metavar="SECONDS",
                   help="stop a query that runs longer, killing its worker (default: 30)")
    p.add_argument("--workers", type=_positive(int), default=2, help="query worker processes (default: 2)")
    p.add_argument("--memory", type=_positive(int), default=2048, metavar="MB",
                   help="memory a worker may take beyond its open store (default: 2048)")
    p.set_defaults(run=_run_serve)


def _run_serve(args) -> int:
    import errno
    import signal

    from .serve import serve

    def stop(number, frame):
        raise KeyboardInterrupt  # the with-block below stops the workers on its way out

    signal.signal(signal.SIGTERM, stop)
    try:
        with serve(args.graph, host=args.host, port=args.port, timeout=args.timeout, workers=args.workers,
                   memory_mb=args.memory) as server:
            print(f"SPARQL endpoint: {server.endpoint} (read-only; a query page for a browser at "
                  f"http://{server.host}:{server.port}/; Ctrl-C stops)", file=sys.stderr, flush=True)
            server.wait()
    except KeyboardInterrupt:
        pass  # stopped while starting
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            return _fail(f"port {args.port} on {args.host} is in use (another kg serve?): choose one with --port", 1)
        return _fail(str(err), 1)
    except RuntimeError as err:
        return _fail(str(err), 1)
    print("kg serve: stopped", file=sys.stderr)
    return 0


# --- push ------------------------------------------------------------------------------------

def _add_push(verbs) -> None:
    p = verbs.add_parser("push", help="upload each named graph to a SPARQL Graph Store endpoint (replacing it)")
    p.add_argument("--endpoint", required=True,
                   help="Graph Store Protocol URL, e.g. http://host:7878/store or http://host:8890/sparql-graph-crud-auth")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--timeout", type=_positive(float), default=60, metavar="SECONDS",
                   help="seconds to wait for the server on each graph (default: 60)")
    p.add_argument("--user", help="user for HTTP Basic or Digest authentication (or KG_PUSH_USER); "
                   "its password only from KG_PUSH_PASSWORD, which no process list shows")
    p.add_argument("--token", help="bearer token (or KG_PUSH_TOKEN)")
    p.add_argument("--prune", action="store_true",
                   help="delete the graphs this build folder pushed that the store lists and the build no longer has")
    p.add_argument("--query-endpoint", metavar="URL",
                   help="the store's SPARQL query URL, to list its graphs (default: /query beside Oxigraph's "
                        "/store, /sparql beside Virtuoso's /sparql-graph-crud-auth)")
    p.set_defaults(run=_run_push)


def _run_push(args) -> int:
    from .push import PushFailed, credentials_from, push

    credentials = credentials_from(args.user, args.token)
    try:
        report = push(args.graph, args.endpoint, timeout=args.timeout, credentials=credentials, prune=args.prune,
                      query_endpoint=args.query_endpoint)
    except PushFailed as failed:
        for graph in failed.report.written:
            print(f"written\t{graph}")
        for graph in failed.report.not_written:
            print(f"not written\t{graph}")
        raise
    if not report.listed:
        print(f"kg: warning: {args.endpoint}: the store's graphs cannot be listed (no query URL known for this "
              "endpoint), so every graph was sent: --query-endpoint URL sends only what changed", file=sys.stderr)
    unchanged = f", {len(report.unchanged)} unchanged" if report.unchanged else ""
    pruned = f", {len(report.pruned)} pruned" if report.pruned else ""
    print(f"pushed {len(report.written)} graph(s), {sum(report.written.values()):,} triples{unchanged}{pruned} "
          f"to {args.endpoint}")
    return 0


# --- routes ----------------------------------------------------------------------------------

def _add_routes(verbs) -> None:
    p = verbs.add_parser("routes", help="draw or export the trafficking routes as a graph, or print route statistics")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--country", help="ISO code or name: routes from or to this country")
    p.add_argument("--direction", choices=("both", "in", "out"), default="both",
                   help="with --country: routes into it, out of it, or both (default)")
    p.add_argument("--years", "--year", dest="years", metavar="YYYY[-YYYY]", help="report year or inclusive range")
    p.add_argument("--form", help="form of exploitation (sex_trafficking, forced_labor ...; narrower forms count)")
    p.add_argument("--region", help="region key or name: routes touching the region or its members")
    p.add_argument("--format", choices=ROUTE_FORMATS, help="output format (default: the suffix of --out)")
    p.add_argument("--out", type=Path, help="output file (default: standard output, with --format)")
    p.add_argument("--title", help="title of the picture or page (default: one naming the filter)")
    p.add_argument("--stats", action="store_true", help="print main corridors, hubs and, for a year range, "
                   "routes that appear or disappear")
    p.add_argument("--top", type=int, metavar="N", help="draw or export only the N routes stated in the most "
                   "reports; with --stats, the corridors and hubs listed (default: all routes; 10 for --stats)")
    p.add_argument("--layout", choices=ROUTE_LAYOUTS, default="network",
                   help="pictures: force layout (default) or world map; the HTML page opens on this one")
    p.add_argument("--dpi", type=int, help="resolution of a PNG (default: 110-120)")
    p.set_defaults(run=_run_routes)


def _run_routes(args) -> int:
    from .routes import (
        concept_labels,
        format_of,
        format_stats,
        make_filter,
        route_graph,
        route_stats,
        top_corridors,
        write_routes,
    )

    to_stdout = args.out is None and args.format is not None
    if args.out is None and not args.stats and not to_stdout:
        return _fail("give --out FILE (its suffix or --format names the format), --format (to standard output) "
                     "or --stats")
    if to_stdout and args.stats:
        return _fail("--stats prints on standard output: give --out FILE for the graph")
    fmt = format_of(args.out, args.format) if args.out else args.format
    route_filter = make_filter(country=args.country, direction=args.direction, years=args.years, form=args.form,
                               region=args.region)
    if args.dpi is not None and not 20 <= args.dpi <= 1200:
        return _fail(f"--dpi must be between 20 and 1200, not {args.dpi}")
    graph = route_graph(args.graph, route_filter)
    shown = top_corridors(graph, args.top) if args.top is not None and (args.out or to_stdout) else graph
    labels = concept_labels(args.graph)["form"] if args.out or to_stdout else {}
    if to_stdout:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kg-routes-") as tmp:
            written = write_routes(shown, Path(tmp) / f"routes.{fmt}", fmt, form_labels=labels, title=args.title,
                                   layout=args.layout, dpi=args.dpi)
            sys.stdout.buffer.write(written.read_bytes())
        print(f"{shown.number_of_nodes()} places, {shown.number_of_edges()} routes ({graph.graph['title']})",
              file=sys.stderr)
    elif args.out:
        written = write_routes(shown, args.out, fmt, form_labels=labels, title=args.title, layout=args.layout,
                               dpi=args.dpi)
        print(f"{shown.number_of_nodes()} places, {shown.number_of_edges()} routes ({graph.graph['title']}) "
              f"→ {written}", file=sys.stderr if args.stats else sys.stdout)
    if args.stats:
        print(format_stats(route_stats(graph, args.graph, top=args.top if args.top is not None else 10), graph))
    return 0


# --- report ----------------------------------------------------------------------------------

def _add_report(verbs) -> None:
    p = verbs.add_parser("report", help="write a self-contained HTML page of one country (or of every country)")
    p.add_argument("--graph", type=Path, default=DEFAULT_BUILD, help="build folder (default: build)")
    p.add_argument("--country", help="ISO code or name of the country")
    p.add_argument("--all", action="store_true", help="a page per country and an index.html, into the --out folder")
    p.add_argument("--out", type=Path, required=True, help="the page (with --country) or the folder (with --all)")
    p.set_defaults(run=_run_report)


def _run_report(args) -> int:
    from .report import write_all, write_report
    from .routes import make_filter

    if args.all == bool(args.country):
        return _fail("give either --country CODE or --all")
    if args.all:
        written = write_all(args.graph, args.out)
        print(f"{len(written) - 1} country page(s) and an index → {args.out}")
        return 0
    code = cast(str, make_filter(country=args.country).country)  # --country given
    print(f"{code} → {write_report(args.graph, code, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
