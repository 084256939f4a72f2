"""A query worker of ``kg serve``: answers requests from its standard input on a build's store.

Started by the gate (:mod:`kg.serve`) as ``python -m kg.worker BUILD --memory MB``. It opens
the build's Oxigraph store read-only (``pyoxigraph.Store.read_only``), caps its own memory
(:func:`kg.limits.cap_memory`) and then reads requests and writes answers as frames on its
standard input and output: no port, no socket, and a seccomp filter
(:func:`kg.limits.forbid_sockets`) refuses any socket it would open. A query is vetted and run
here by the code of ``kg query`` (:func:`kg.query.vet_query`, :class:`kg.query.OxigraphEngine`),
so the text checked is the text run. The gate kills a worker that runs past the timeout and starts another.

A frame is a 4-byte big-endian length and a pickle; both ends are this program.
"""
from __future__ import annotations

import argparse
import ctypes
import os
import pickle
import signal
import struct
import sys
from dataclasses import dataclass
from typing import BinaryIO

#: What a query answer is written in by default, and the formats ``format=`` may name.
RESULT_FORMATS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                  "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_FORMATS = {"ttl": "text/turtle", "turtle": "text/turtle", "nt": "application/n-triples",
                 "ntriples": "application/n-triples", "rdf": "application/rdf+xml", "rdfxml": "application/rdf+xml",
                 "jsonld": "application/ld+json"}
DATASET_FORMATS = {"trig": "application/trig", "nq": "application/n-quads", "nquads": "application/n-quads"}


@dataclass(frozen=True)
class Request:
    """A query (``query`` set) or a Graph Store read (``graph``: an IRI, ``""`` for the default graph, None for all)."""

    query: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    graph: str | None = None
    accept: str = "*/*"
    format: str | None = None


@dataclass(frozen=True)
class Answer:
    """An HTTP answer; ``retire`` asks the gate to replace the worker (after a MemoryError)."""

    status: int
    content_type: str
    body: bytes
    retire: bool = False


def write_frame(out: BinaryIO, value) -> None:
    data = pickle.dumps(value)
    out.write(struct.pack(">I", len(data)) + data)
    out.flush()


def read_frame(source: BinaryIO):
    """The next frame of ``source``; None at its end."""
    head = source.read(4)
    if len(head) < 4:
        return None
    size = struct.unpack(">I", head)[0]
    data = source.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def answer(engine, request: Request) -> Answer:
    """The answer of ``engine`` (an :class:`kg.query.OxigraphEngine`) to one request."""
    from .query import Dataset, QueryError, vet_query

    try:
        if request.query is None:
            return _graph_store_read(engine, request)
        text = vet_query(request.query, engine.graphs)
        dataset = None
        if request.default_graphs or request.named_graphs:
            for key, iris in (("default-graph-uri", request.default_graphs), ("named-graph-uri", request.named_graphs)):
                for iri in iris:
                    if iri not in engine.graphs:
                        raise QueryError(f"{key} <{iri}>: not a graph of this build (remote graphs are never fetched)")
            dataset = Dataset(tuple(request.default_graphs), tuple(request.named_graphs))
        native = engine.run(text, {}, dataset)
        return _serialised(native, request)
    except QueryError as refused:
        message = str(refused)
        status = 403 if "not allowed" in message or "not a graph of this build" in message else 400
        return _text(status, message)
    except MemoryError:
        return Answer(500, "text/plain; charset=utf-8", b"the query ran out of memory and was stopped\n", retire=True)
    except (OSError, RuntimeError, ValueError) as err:  # raised while evaluating: a store read, a refused socket
        return _text(500, f"the query failed: {type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}")


def _serialised(native, request: Request) -> Answer:
    import pyoxigraph as ox

    if isinstance(native, ox.QueryTriples):
        media = negotiate(request.accept, request.format, GRAPH_FORMATS, "text/turtle")
        if media is None:
            return _not_acceptable(request, GRAPH_FORMATS)
        # serialize() without an output returns bytes; pyoxigraph's stubs say bytes | None
        return Answer(200, media, native.serialize(format=ox.RdfFormat.from_media_type(media)))  # type: ignore[arg-type]
    media = negotiate(request.accept, request.format, RESULT_FORMATS, "application/sparql-results+json")
    if media is None or (media == RESULT_FORMATS["tsv"] and isinstance(native, ox.QueryBoolean)):
        return _not_acceptable(request, RESULT_FORMATS)
    body = native.serialize(format=ox.QueryResultsFormat.from_media_type(media))
    return Answer(200, media + ("; charset=utf-8" if media.startswith("text/") else ""), body)


def _graph_store_read(engine, request: Request) -> Answer:
    import pyoxigraph as ox

    formats, default = (DATASET_FORMATS, "application/n-quads") if request.graph is None else (GRAPH_FORMATS, "text/turtle")
    media = negotiate(request.accept, request.format, formats, default)
    if media is None:
        return _not_acceptable(request, formats)
    rdf_format = ox.RdfFormat.from_media_type(media)
    if request.graph is None:
        return Answer(200, media, engine.store.dump(format=rdf_format))
    if request.graph == "":
        return Answer(200, media, engine.store.dump(format=rdf_format, from_graph=ox.DefaultGraph()))
    if request.graph not in engine.graphs:
        return _text(404, f"no graph <{request.graph}> in this build")
    return Answer(200, media, engine.store.dump(format=rdf_format, from_graph=ox.NamedNode(request.graph)))


def negotiate(accept: str, fmt: str | None, formats: dict[str, str], default: str) -> str | None:
    """The media type to answer in: ``format=`` (a short name or a media type) first, then ``Accept``.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", None, RESULT_FORMATS, "x")
    'application/sparql-results+xml'
    >>> negotiate("*/*", "tsv", RESULT_FORMATS, "application/sparql-results+json")
    'text/tab-separated-values'
    """
    aliases = {alias: media for alias, media in (("application/json", "application/sparql-results+json"),
                                                 ("text/plain", "application/n-triples")) if media in formats.values()}
    known = set(formats.values()) | set(aliases)
    if fmt:
        wanted = formats.get(fmt.lower(), fmt.lower())
        wanted = aliases.get(wanted, wanted)
        return wanted if wanted in formats.values() else None
    ranges = []
    for position, item in enumerate((accept or "*/*").split(",")):
        media, *options = [part.strip() for part in item.split(";")]
        quality = 1.0
        for option in options:
            name, _, value = option.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, position, media.lower()))
    for _, _, media in sorted(ranges):
        if media in ("*/*", default.split("/")[0] + "/*"):
            return default
        if media in known:
            return aliases.get(media, media)
        if media.endswith("/*"):
            for candidate in formats.values():
                if candidate.startswith(media[:-1]):
                    return candidate
    return None


def _not_acceptable(request: Request, formats: dict[str, str]) -> Answer:
    wanted = f"format={request.format}" if request.format else f"Accept: {request.accept}"
    return _text(406, f"cannot answer in {wanted} (one of {', '.join(sorted(set(formats.values())))})")


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when the gate's process ends, even by SIGKILL."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: a worker still ends at the end of its standard input
    if os.getppid() != parent:
        os._exit(0)


def main(argv: list[str] | None = None) -> int:
    from .limits import cap_memory, forbid_sockets
    from .query import OxigraphEngine

    parser = argparse.ArgumentParser(prog="kg.worker")
    parser.add_argument("build")
    parser.add_argument("--memory", type=int, help="MB of memory beyond the open store")
    parser.add_argument("--parent", type=int, default=os.getppid())
    args = parser.parse_args(argv)
    _die_with_parent(args.parent)
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but frames on the answers' pipe
    import rdflib.plugins.sparql.parser  # noqa: F401 — loaded before the first query's clock starts

    engine = OxigraphEngine(args.build)
    forbid_sockets()  # a query that got past the check still cannot reach the network
    cap_memory(args.memory)
    write_frame(answers, sorted(engine.graphs))  # ready
    while (request := read_frame(requests)) is not None:
        reply = answer(engine, request)
        write_frame(answers, reply)
        if reply.retire:
            return 1
    return 0


if __name__ == "__main__":
    from kg.worker import (
        main as worker_main,  # frames pickle kg.worker's classes, not __main__'s
    )

    sys.exit(worker_main())
