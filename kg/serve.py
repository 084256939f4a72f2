"""``kg serve``: the graph of a build over the SPARQL 1.1 Protocol, read-only.

A gate listens on the public address and hands each query to one of a few query workers
(:mod:`kg.worker`): processes that open the build's store read-only and talk to the gate
over pipes, so no engine listens on any port and none can be written through. A worker
vets a query with the code of ``kg query`` and runs exactly the text it vetted. The gate

* answers SPARQL queries (``GET``/``POST /query``: SELECT and ASK in JSON, XML, CSV or TSV,
  CONSTRUCT and DESCRIBE in Turtle, N-Triples, RDF/XML or JSON-LD, by ``Accept`` or
  ``format=``), with the dataset of the query (``FROM``, ``FROM NAMED``, ``default-graph-uri``,
  ``named-graph-uri``; the union of the named graphs otherwise), and Graph Store reads
  (``GET /store?graph=IRI``, ``?default``, or the whole dataset);
* refuses updates (``POST /update``, ``update=``) and Graph Store writes with 403, and
  queries that would reach the network — ``SERVICE``, or a dataset naming a graph the build
  does not hold — with 403 (:func:`kg.query.vet_query`);
* refuses before any parser sees it a request it cannot read alike with every client:
  duplicated or malformed ``Content-Type`` / ``Content-Length``, a chunked or oversized body,
  a query nested too deeply (400, 411, 413);
* kills a worker whose query runs past ``timeout`` seconds (503) or that dies (500: over its
  memory cap, or a crash), and starts another in its place;
* answers itself, without a worker: a query page for a browser at ``/`` (an editor, the
  library queries with their parameters, a results table; nothing loaded from elsewhere), the
  library (``/library``: JSON; ``/library/NAME?param=value``: the query's text with its
  parameters written in), a SPARQL 1.1 Service Description (Turtle) at ``GET /query`` without a
  query, ``OPTIONS`` (a browser's preflight) and ``HEAD``; every answer allows any origin (CORS).

Stopped by Ctrl-C or SIGTERM, it stops its workers; they also end with the gate's process.

:func:`start_oxigraph` starts Oxigraph's own writable server (a target for ``kg push`` in the
tests), which is not the endpoint of ``kg serve``.
"""
from __future__ import annotations

import os
import pickle
import queue
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO, cast

from . import store
from .query import MAX_DEPTH, MAX_QUERY_CHARS, nesting_depth
from .worker import Answer, Request, write_frame

QUERY_TYPES = ("application/sparql-query", "application/x-www-form-urlencoded")
#: Largest request body read: a form-encoded query of MAX_QUERY_CHARS characters, with room to spare.
MAX_BODY = 4 * MAX_QUERY_CHARS
#: Connections the gate's socket holds before it accepts them (the default of 5 reset clients at 50).
LISTEN_BACKLOG = 256
#: Seconds a client may take to send its request before the gate drops the connection.
CLIENT_TIMEOUT = 30


# --- an Oxigraph server of its own (a writable test target for kg push, not kg serve) -----------

def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` command (PyPI package ``oxigraph``), beside this Python first."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise FileNotFoundError("the `oxigraph` server is not installed (pip install oxigraph)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def start_oxigraph(location: Path, port: int, *, mode: str = "serve", timeout: int = 30,
                   host: str = "127.0.0.1") -> subprocess.Popen:
    """Start ``oxigraph serve`` (or ``serve-read-only``) on ``location`` and wait until it answers."""
    command = [oxigraph_binary(), mode, "--location", str(location), "--bind", f"{host}:{port}",
               "--union-default-graph", "--timeout-s", str(timeout)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_until_up(f"http://{host}:{port}/query?query=ASK%7B%7D", process)
    return process


def wait_until_up(url: str, process: subprocess.Popen | None = None, seconds: float = 30.0) -> None:
    """Poll ``url`` until it answers 200; fail if ``process`` exits first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            message = process.stderr.read().decode(errors="replace").strip() if process.stderr else ""
            raise RuntimeError(f"the server stopped: {message.splitlines()[-1] if message else process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the server at {url} did not start in {seconds:.0f} s")


def stop_process(process: subprocess.Popen) -> None:
    """Stop a server process started here (terminate, then kill)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- query workers -------------------------------------------------------------------------------

#: Seconds a query worker may take to start (open its store) before it counts as failed.
WORKER_START_SECONDS = 60.0


class WorkerFailed(Exception):
    """A worker that ran past its time (``timed_out``) or stopped without answering."""

    def __init__(self, message: str, timed_out: bool = False):
        super().__init__(message)
        self.timed_out = timed_out


class Worker:
    """One query worker process (:mod:`kg.worker`) and the pipes to it."""

    def __init__(self, build_dir: Path, memory_mb: int | None):
        command = [sys.executable, "-m", "kg.worker", str(build_dir), "--parent", str(os.getpid())]
        if memory_mb is not None:
            command += ["--memory", str(memory_mb)]
        # a session of its own: Ctrl-C on the terminal reaches the gate, which stops the workers
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, start_new_session=True)
        self.memory_mb = memory_mb
        self.errors = b""
        self.ready = False
        self.graphs: frozenset[str] = frozenset()

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self, deadline: float) -> None:
        """Read the worker's first frame (the graphs of its store), sent once its store is open."""
        if not self.ready:
            self.graphs = frozenset(self._receive(deadline))
            self.ready = True

    def ask(self, request: Request, deadline: float) -> Answer:
        self.wait_ready(deadline)
        try:
            write_frame(cast(BinaryIO, self.process.stdin), request)  # a pipe: Popen(stdin=PIPE)
        except (BrokenPipeError, OSError):
            raise WorkerFailed(self._death()) from None
        return self._receive(deadline)

    def _receive(self, deadline: float):
        assert self.process.stdout is not None and self.process.stderr is not None  # pipes: Popen(stdout=PIPE, ...)
        out, err = self.process.stdout.fileno(), self.process.stderr.fileno()
        watched = [out, err]
        data = bytearray()  # appended in place: an answer of many megabytes is not copied per chunk
        size = None
        while size is None or len(data) < 4 + size:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WorkerFailed("timed out", timed_out=True)
            ready, _, _ = select.select(watched, [], [], left)
            if err in ready:
                chunk = os.read(err, 65536)
                self.errors = (self.errors + chunk)[-4096:]
                if not chunk:
                    watched.remove(err)  # the worker is ending: its answers' pipe ends too
            if out in ready:
                chunk = os.read(out, 1 << 20)
                if not chunk:
                    raise WorkerFailed(self._death())
                data += chunk
                if size is None and len(data) >= 4:
                    size = struct.unpack(">I", data[:4])[0]
        return pickle.loads(memoryview(data)[4:4 + size])

    def _death(self) -> str:
        """Why the worker stopped, in words (its exit signal, and its last line on stderr)."""
        self.kill()
        code = self.process.returncode
        cause = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit status {code}"
        if any(sign in self.errors for sign in (b"memory allocation", b"bad_alloc", b"MemoryError")):
            cap = f" (cap {self.memory_mb:,} MB)" if self.memory_mb is not None else ""
            return f"ran out of memory{cap} and was stopped"
        last = self.errors.decode("utf-8", "replace").strip().splitlines()
        return f"stopped its process ({cause}{': ' + last[-1][:300] if last else ''})"

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for pipe in filter(None, (self.process.stdin, self.process.stdout, self.process.stderr)):  # all three: PIPE
            try:
                pipe.close()
            except OSError:
                pass


class WorkerPool:
    """A fixed number of workers; a busy one is waited for, a failed one replaced."""

    def __init__(self, build_dir: Path, size: int, memory_mb: int | None, timeout: float):
        self.build_dir, self.size, self.memory_mb, self.timeout = build_dir, size, memory_mb, timeout
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.lock = threading.Lock()
        self.workers: set[Worker] = set()
        self.closed = False
        self.replaced = 0
        started = [self._start() for _ in range(size)]
        deadline = time.monotonic() + WORKER_START_SECONDS
        for worker in started:
            try:
                worker.wait_ready(deadline)
            except WorkerFailed as failed:
                self.close()
                raise RuntimeError(f"{build_dir}: a query worker could not start: {failed}") from None
            self.idle.put(worker)

    @property
    def graphs(self) -> frozenset[str]:
        return next(iter(self.workers)).graphs

    def pids(self) -> list[int]:
        with self.lock:
            return sorted(w.pid for w in self.workers)

    def _start(self) -> Worker:
        worker = Worker(self.build_dir, self.memory_mb)
        with self.lock:
            self.workers.add(worker)
        return worker

    def ask(self, request: Request) -> Answer:
        """The answer of a worker to ``request``, or an error answer when it timed out or died."""
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return _plain(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again")
        try:
            # a worker started to replace another may still be opening its store: its start-up is
            # not the query's time (under load it took longer than a 2 s timeout, and a query that
            # ran out of memory in it was told it ran too long)
            worker.wait_ready(time.monotonic() + WORKER_START_SECONDS)
        except WorkerFailed as failed:
            self._replace(worker)
            return _plain(500, f"the query worker did not start ({failed}); it was replaced")
        try:
            reply = worker.ask(request, time.monotonic() + self.timeout)
        except WorkerFailed as failed:
            self._replace(worker)
            if failed.timed_out:
                return _plain(503, f"the query ran longer than {self.timeout:g} s and was stopped")
            return _plain(500, f"the query {failed}; its worker was replaced")
        except Exception as err:  # noqa: BLE001 — a garbled frame: the worker is not trusted again
            self._replace(worker)
            return _plain(500, f"the query worker gave no readable answer ({type(err).__name__}); it was replaced")
        if reply.retire:
            self._replace(worker)
        else:
            self.idle.put(worker)
        return reply

    def _replace(self, worker: Worker) -> None:
        worker.kill()
        with self.lock:
            self.workers.discard(worker)
            if self.closed:
                return
            self.replaced += 1
        self.idle.put(self._start())

    def close(self) -> None:
        with self.lock:
            self.closed = True
            workers = list(self.workers)
        for worker in workers:
            worker.kill()


def _plain(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


# --- the gate ------------------------------------------------------------------------------------

class _Gate(ThreadingHTTPServer):
    request_queue_size = LISTEN_BACKLOG
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """One line on stderr for a request that failed in the gate (a client gone mid-answer, say)."""
        error = sys.exc_info()[1]
        if not isinstance(error, (BrokenPipeError, ConnectionResetError)):  # the client left: nothing to say
            print(f"kg serve: request from {client_address[0]} failed: {type(error).__name__}: {error}",
                  file=sys.stderr)


@dataclass
class Server:
    """A running read-only endpoint: ``endpoint`` is its SPARQL query URL."""

    host: str
    port: int
    pool: WorkerPool
    gate: ThreadingHTTPServer
    thread: threading.Thread
    graphs: frozenset[str] = field(default_factory=frozenset)

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}/query"

    def wait(self) -> None:
        """Block until interrupted (Ctrl-C, SIGTERM); raise if the gate stops by itself."""
        try:
            while self.thread.is_alive():
                self.thread.join(0.5)
        except KeyboardInterrupt:
            return
        raise RuntimeError("the gate stopped")


@contextmanager
def serve(build_dir: str | Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30,
          workers: int = 2, memory_mb: int | None = 2048) -> Iterator[Server]:
    """Serve a build read-only over the SPARQL 1.1 Protocol while the block runs.

    Parameters
    ----------
    build_dir : a build folder (its ``store/`` is opened read-only by each worker).
    host, port : public address of the endpoint (``port=0`` picks a free one).
    timeout : seconds a query may run before its worker is killed and replaced.
    workers : query worker processes (queries run in parallel up to this number).
    memory_mb : memory each worker may take beyond its open store (MB).

    Examples
    --------
    >>> with serve("build", port=0) as server:  # doctest: +SKIP
    ...     print(server.endpoint)
    """
    build_dir = Path(build_dir).resolve()
    if not (build_dir / store.STORE_DIR).is_dir():
        raise FileNotFoundError(f"{build_dir}: no Oxigraph store (run `kg build` first)")
    store.check_layout(build_dir)
    pool = WorkerPool(build_dir, workers, memory_mb, timeout)
    gate = None
    try:
        gate = _Gate((host, port), _gate_handler(pool))
        thread = threading.Thread(target=gate.serve_forever, name="kg-serve-gate", daemon=True)
        thread.start()
        yield Server(host=host, port=gate.server_address[1], pool=pool, gate=gate, thread=thread, graphs=pool.graphs)
    finally:
        if gate is not None:
            gate.shutdown()
            gate.server_close()
        pool.close()


class BadRequest(Exception):
    """A request the gate refuses before any worker sees it (``status``, one-line message)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _gate_handler(pool: WorkerPool):
    """The request handler class of the gate in front of ``pool``."""

    class Gate(BaseHTTPRequestHandler):
        server_version = "tip-kg-gate"
        protocol_version = "HTTP/1.1"
        timeout = CLIENT_TIMEOUT  # a client that stops sending mid-request is dropped

        def log_message(self, format, *args):  # noqa: A002 (quiet: no access log on stderr)
            pass

        def do_GET(self):
            try:
                path, params = self._target()
                if "update" in params:
                    raise BadRequest(403, "updates are not allowed: this endpoint is read-only")
                self._body()  # a GET with a body is read, or refused when its headers are malformed
                if path == "/store":
                    return self._answer(pool.ask(self._store_read(params)))
                if path == "/library" or path.startswith("/library/"):
                    return self._answer(_library_answer(urllib.parse.unquote(path[len("/library/"):]), params))
                if path not in ("/query", "/"):
                    raise BadRequest(404, f"no such resource {path} (the SPARQL endpoint is /query)")
                if "query" not in params:  # a browser gets the query page, a client the service description
                    wants_page = "text/html" in (self._header("Accept") or "")
                    return self._answer(_query_page() if wants_page else _service_description(self._base_url()))
                self._answer(pool.ask(self._query(self._one(params, "query"), params)))
            except BadRequest as bad:
                self._refuse(bad.status, str(bad))

        def do_POST(self):
            try:
                path, params = self._target()
                body = self._body()
                kind = self._content_type()
                if kind == "application/x-www-form-urlencoded":
                    for key, values in _parse_form(body, "the request body").items():
                        params.setdefault(key, []).extend(values)
                if path == "/update" or kind == "application/sparql-update" or "update" in params:
                    raise BadRequest(403, "updates are not allowed: this endpoint is read-only")
                if path == "/store":
                    raise BadRequest(403, "graph store writes are not allowed: this endpoint is read-only")
                if path not in ("/query", "/"):
                    raise BadRequest(404, f"no such resource {path}")
                if kind == "application/sparql-query":
                    if "query" in params:
                        raise BadRequest(400, "a query in the body and in the URL")
                    text = _utf8(body, "the request body")
                elif "query" in params:
                    text = self._one(params, "query")
                else:
                    raise BadRequest(400, f"unsupported request: Content-Type {kind or 'missing'} "
                                          f"(want one of {', '.join(QUERY_TYPES)})")
                self._answer(pool.ask(self._query(text, params)))
            except BadRequest as bad:
                self._refuse(bad.status, str(bad))

        def do_PUT(self):
            self._refuse(403, "graph store writes are not allowed: this endpoint is read-only")

        do_DELETE = do_PATCH = do_PUT

        def do_HEAD(self):
            """GET's status and headers without its body (a query is run to know them)."""
            self._head_only = True
            try:
                self.do_GET()
            finally:
                self._head_only = False

        def do_OPTIONS(self):
            """A browser's preflight before a cross-origin POST: what the endpoint accepts."""
            self.send_response(204)
            self._cors()
            self.send_header("Allow", "GET, POST, HEAD, OPTIONS")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
            self.send_header("Access-Control-Max-Age", "86400")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _cors(self) -> None:
            # Anyone may read: the graph is public and read-only, and no request carries credentials.
            self.send_header("Access-Control-Allow-Origin", "*")

        def _base_url(self) -> str:
            host = self._header("Host") or "%s:%d" % cast(tuple, self.server.server_address)[:2]  # a TCP server
            return f"http://{host}"

        # -- reading a request: anything two readers could read differently is refused --

        def _target(self) -> tuple[str, dict[str, list[str]]]:
            path, _, query_string = self.path.partition("?")
            return path, _parse_form(query_string.encode("latin-1", "replace"), "the URL")

        def _header(self, name: str) -> str | None:
            values = self.headers.get_all(name) or []
            if len(values) > 1:
                raise BadRequest(400, f"{name} given {len(values)} times")
            return values[0] if values else None

        def _content_type(self) -> str:
            return (self._header("Content-Type") or "").split(";")[0].strip().lower()

        def _body(self) -> bytes:
            self._header("Content-Type")  # duplicated: refused even when the body is empty
            if self._header("Transfer-Encoding") is not None:
                raise BadRequest(411, "a chunked body is not supported: send Content-Length")
            length = self._header("Content-Length")
            if length is None:
                return b""
            if not length.strip().isdigit():
                raise BadRequest(400, f"Content-Length {length!r} is not a number")
            size = int(length)
            if size > MAX_BODY:
                raise BadRequest(413, f"the request body has {size:,} bytes (at most {MAX_BODY:,})")
            body = self.rfile.read(size)
            if len(body) < size:
                raise BadRequest(400, f"the request body ended after {len(body):,} of {size:,} bytes")
            return body

        def _one(self, params: dict[str, list[str]], name: str) -> str:
            values = params[name]
            if len(values) > 1:
                raise BadRequest(400, f"{name} given {len(values)} times")
            return values[0]

        def _query(self, text: str, params: dict[str, list[str]]) -> Request:
            # bounded here, before any parser (the worker's or rdflib's) sees the text
            if len(text) > MAX_QUERY_CHARS:
                raise BadRequest(413, f"the query is {len(text):,} characters long (at most {MAX_QUERY_CHARS:,})")
            depth = nesting_depth(text)
            if depth > MAX_DEPTH:
                raise BadRequest(400, f"the query nests brackets {depth} deep (at most {MAX_DEPTH})")
            return Request(query=text, default_graphs=tuple(params.get("default-graph-uri", ())),
                           named_graphs=tuple(params.get("named-graph-uri", ())),
                           accept=self._header("Accept") or "*/*", format=self._format(params))

        def _store_read(self, params: dict[str, list[str]]) -> Request:
            if "graph" in params and "default" in params:
                raise BadRequest(400, "both graph and default given")
            graph = self._one(params, "graph") if "graph" in params else ("" if "default" in params else None)
            return Request(graph=graph, accept=self._header("Accept") or "*/*", format=self._format(params))

        def _format(self, params: dict[str, list[str]]) -> str | None:
            return self._one(params, "format") if "format" in params else None

        # -- writing --

        def _answer(self, answer: Answer) -> None:
            self.send_response(answer.status)
            self._cors()
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if not getattr(self, "_head_only", False):
                self.wfile.write(answer.body)

        def _refuse(self, status: int, message: str) -> None:
            self.close_connection = True  # an unread body must not be read as the next request
            data = (message + "\n").encode("utf-8")
            self.send_response(status)
            self._cors()
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            if not getattr(self, "_head_only", False):
                self.wfile.write(data)

    return Gate


# --- what the gate answers itself: the query page, the library, the service description ------

def _query_page() -> Answer:
    """The browser's query page: an editor, the library queries with their parameters, a table."""
    from importlib import resources

    page = resources.files("kg").joinpath("static/query.html").read_bytes()
    return Answer(status=200, content_type="text/html; charset=utf-8", body=page)


def _library_answer(name: str, params: dict[str, list[str]]) -> Answer:
    """``/library``: the library queries and their parameters (JSON); ``/library/NAME?p=v``: the
    text of one with its parameters written in (:func:`kg.query.runnable_text`)."""
    import json

    from .query import QueryError, list_queries, runnable_text

    library = list_queries()
    if not name:
        entries = [{"name": q.name, "title": q.title, "description": q.description,
                    "params": [{"name": p.name, "type": p.type, "description": p.description, "default": p.default,
                                "optional": p.optional} for p in q.params]} for q in library]
        return Answer(status=200, content_type="application/json", body=json.dumps(entries).encode("utf-8"))
    if name not in {q.name for q in library}:
        raise BadRequest(404, f"no library query named {name!r}")
    given = {key: values[-1] for key, values in params.items()}
    try:
        text = runnable_text(name, given)
    except (QueryError, ValueError) as err:
        raise BadRequest(400, str(err).splitlines()[0]) from None
    return Answer(status=200, content_type="application/sparql-query; charset=utf-8", body=text.encode("utf-8"))


def _service_description(base: str) -> Answer:
    """A SPARQL 1.1 Service Description of the endpoint, in Turtle."""
    body = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<{base}/query> a sd:Service ;
    sd:endpoint <{base}/query> ;
    dcterms:title "Trafficking in Persons report knowledge graph (tip-kg), read-only" ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat formats:SPARQL_Results_JSON , formats:SPARQL_Results_XML , formats:SPARQL_Results_CSV ,
        formats:SPARQL_Results_TSV , formats:Turtle , formats:N-Triples , formats:RDF_XML , formats:JSON-LD ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""
    return Answer(status=200, content_type="text/turtle; charset=utf-8", body=body.encode("utf-8"))


def _utf8(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BadRequest(400, f"{where} is not UTF-8 (byte {err.start})") from None


def _parse_form(data: bytes, where: str) -> dict[str, list[str]]:
    """``key=value&…`` of a URL or body, percent-decoded as UTF-8 (a malformed escape is refused)."""
    text = _utf8(data, where)
    try:
        return urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError:
        raise BadRequest(400, f"{where} holds a percent-escape that is not UTF-8") from None
    except ValueError as err:
        raise BadRequest(400, f"{where}: {err}") from None
