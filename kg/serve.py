"""``kg serve``: the graph of a build over the SPARQL 1.1 Protocol, read-only, with Oxigraph's server.

Oxigraph's ``serve`` command answers the queries. It runs on a private copy of the build's
store, bound to a free loopback port, with a query timeout (``--timeout-s``) and the union of
the named graphs as default graph. In front of it a small gate (not a SPARQL engine: it only
parses a query to vet it, then forwards the request unchanged) listens on the public address
and

* forwards SPARQL queries (``GET``/``POST /query``) and Graph Store reads (``GET /store``);
* refuses updates (``POST /update``, ``update=``) and Graph Store writes (``PUT``, ``POST``,
  ``DELETE``) with 403;
* refuses queries that would reach the network — ``SERVICE``, or ``FROM`` / ``FROM NAMED`` /
  ``default-graph-uri`` / ``named-graph-uri`` naming a graph the build does not hold —
  with 403 (:func:`kg.query.check_query`).

Why not ``oxigraph serve-read-only``? It refuses updates by itself but still runs ``SERVICE``
calls, so the gate is needed anyway, and read-only mode measured slower on joins (see
``bench/query.py --servers``); the copy keeps the build's own store untouched.
"""
from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from . import store
from .query import QueryError, check_query

QUERY_TYPES = ("application/sparql-query", "application/x-www-form-urlencoded")


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
            raise RuntimeError(f"the Oxigraph server stopped: {message.splitlines()[-1] if message else process.returncode}")
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


@dataclass
class Server:
    """A running read-only endpoint: ``endpoint`` is its SPARQL query URL."""

    host: str
    port: int
    backend: subprocess.Popen
    gate: ThreadingHTTPServer
    thread: threading.Thread
    workdir: Path | None = None
    graphs: frozenset[str] = field(default_factory=frozenset)

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}/query"

    def wait(self) -> None:
        """Block until interrupted (Ctrl-C) or the Oxigraph server exits."""
        try:
            while self.thread.is_alive() and self.backend.poll() is None:
                self.thread.join(0.5)
        except KeyboardInterrupt:
            pass


@contextmanager
def serve(build_dir: str | Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30,
          mode: str = "serve") -> Iterator[Server]:
    """Serve a build read-only over the SPARQL 1.1 Protocol while the block runs.

    Parameters
    ----------
    build_dir : a build folder (its ``store/`` is copied; the build is never written).
    host, port : public address of the endpoint (``port=0`` picks a free one).
    timeout : query timeout in seconds (Oxigraph ``--timeout-s``).
    mode : ``serve`` (on a copy of the store) or ``serve-read-only`` (on the store itself).

    Examples
    --------
    >>> with serve("build", port=0) as server:  # doctest: +SKIP
    ...     print(server.endpoint)
    """
    source = Path(build_dir) / store.STORE_DIR
    if not source.is_dir():
        raise FileNotFoundError(f"{build_dir}: no Oxigraph store (run `kg build` first)")
    oxigraph = store.open_store(Path(build_dir))
    graphs = frozenset(g.value for g in oxigraph.named_graphs())
    del oxigraph
    workdir = None
    location = source
    if mode == "serve":
        workdir = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        location = workdir / "store"
        shutil.copytree(source, location)
    elif mode != "serve-read-only":
        raise ValueError(f"unknown mode {mode!r}")
    backend = None
    gate = None
    try:
        backend_port = free_port()
        backend = start_oxigraph(location, backend_port, mode=mode, timeout=timeout)
        gate = ThreadingHTTPServer((host, port), _gate_handler(f"127.0.0.1:{backend_port}", graphs, timeout))
        gate.daemon_threads = True
        thread = threading.Thread(target=gate.serve_forever, name="kg-serve-gate", daemon=True)
        thread.start()
        yield Server(host=host, port=gate.server_address[1], backend=backend, gate=gate, thread=thread,
                     workdir=workdir, graphs=graphs)
    finally:
        if gate is not None:
            gate.shutdown()
            gate.server_close()
        if backend is not None:
            stop_process(backend)
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)


def _gate_handler(backend: str, graphs: frozenset[str], timeout: int):
    """The request handler class of the gate in front of the Oxigraph server at ``backend``."""

    class Gate(BaseHTTPRequestHandler):
        server_version = "tip-kg-gate"
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # noqa: A002 (quiet: no access log on stderr)
            pass

        def do_GET(self):
            path, _, query_string = self.path.partition("?")
            params = urllib.parse.parse_qs(query_string, keep_blank_values=True)
            if "update" in params:
                return self._refuse(403, "updates are not allowed: this endpoint is read-only")
            if path == "/store":
                return self._forward("GET", self.path, None)
            if path not in ("/query", "/"):
                return self._refuse(404, f"no such resource {path} (the SPARQL endpoint is /query)")
            if "query" not in params:
                return self._refuse(400, "missing query parameter")
            if self._vetted(params["query"][0], params):
                self._forward("GET", "/query?" + query_string, None)

        def do_POST(self):
            path, _, query_string = self.path.partition("?")
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = urllib.parse.parse_qs(query_string, keep_blank_values=True)
            if kind == "application/x-www-form-urlencoded":
                for key, values in urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                    params.setdefault(key, []).extend(values)
            if path == "/update" or kind == "application/sparql-update" or "update" in params:
                return self._refuse(403, "updates are not allowed: this endpoint is read-only")
            if path not in ("/query", "/"):
                return self._refuse(403 if path == "/store" else 404,
                                    "graph store writes are not allowed: this endpoint is read-only"
                                    if path == "/store" else f"no such resource {path}")
            if kind == "application/sparql-query":
                text = body.decode("utf-8", "replace")
            elif "query" in params:
                text = params["query"][0]
            else:
                return self._refuse(400, f"unsupported request: Content-Type {kind or 'missing'} (want one of {', '.join(QUERY_TYPES)})")
            if self._vetted(text, params):
                self._forward("POST", "/query" + (f"?{query_string}" if query_string else ""), body)

        def do_PUT(self):
            self._refuse(403, "graph store writes are not allowed: this endpoint is read-only")

        do_DELETE = do_PATCH = do_PUT

        def _vetted(self, text: str, params: dict[str, list[str]]) -> bool:
            try:
                check_query(text, graphs)
                for key in ("default-graph-uri", "named-graph-uri"):
                    for iri in params.get(key, []):
                        if iri not in graphs:
                            raise QueryError(f"{key} <{iri}>: not a graph of this build (remote graphs are never fetched)")
            except QueryError as refused:
                self._refuse(400 if str(refused).startswith("not a valid") else 403, str(refused))
                return False
            return True

        def _forward(self, method: str, target: str, body: bytes | None) -> None:
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
            connection = http.client.HTTPConnection(backend, timeout=timeout + 10)
            try:
                connection.request(method, target, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
            except OSError as err:
                return self._refuse(502, f"the SPARQL engine did not answer: {err}")
            finally:
                connection.close()
            self.send_response(response.status)
            for name in ("Content-Type", "Content-Disposition"):
                if response.getheader(name):
                    self.send_header(name, response.getheader(name))
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _refuse(self, status: int, message: str) -> None:
            data = (message + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Gate
