"""``kg push``: upload the named graphs of a build to a triple store.

Each named graph (every document, the vocabulary, the tallies and the route index) is sent
with the SPARQL 1.1 Graph Store HTTP Protocol as ``PUT <endpoint>?graph=<IRI>`` in N-Triples,
which replaces that graph on the server: pushing the same build twice leaves the server as it was after the first push.

The store keeps a **push manifest**, the named graph :data:`MANIFEST_GRAPH`: for each graph a
push wrote, ``<graph> tip:pushChecksum "sha256"`` (the SHA-256 of its sorted N-Triples). It
lives in the store rather than beside the build because it must say what the *store* holds:
any checkout of any build can resume into it or prune it, and a store wiped and made anew has
no manifest and gets every graph. A push reads it first and sends only the graphs whose
checksum differs (a push stopped halfway resumes where it stopped); before it replaces a graph
it drops that graph's entry, and it writes the entries of the graphs written at least every
:data:`CHECKPOINT_SECONDS` and when it stops, failed or not, so an entry never claims content
the store does not hold. ``prune`` deletes the graphs of the manifest that the build no longer
has (a document dropped by a rebuild), only under the project's IRI namespace: a graph that no
push of a build wrote is never touched.

Credentials: a user and password, given as the server's challenge asks (urllib's HTTP Basic or
HTTP Digest handlers: Virtuoso's ``/sparql-graph-crud-auth`` asks for Digest), or a bearer token.
No message says the password or the token.
"""
from __future__ import annotations

import hashlib
import http.client
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from . import store
from .model import InputError
from .vocab import ID, TIP

#: The named graph of the push manifest in the target store.
MANIFEST_GRAPH = str(ID["graph/push-manifest"])
#: Only graphs under this namespace are ever pruned.
GRAPH_NAMESPACE = str(ID)
PUSH_CHECKSUM = str(TIP.pushChecksum)
#: The manifest is written at least this often during a push (and when it stops).
CHECKPOINT_SECONDS = 10.0


@dataclass(frozen=True)
class Credentials:
    """Who pushes: a user and password, or a bearer token (never printed)."""

    user: str | None = None
    password: str | None = None
    token: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, password={'***' if self.password else None}, " \
               f"token={'***' if self.token else None})"


@dataclass
class PushReport:
    """What a push did: graphs written (with their triples), unchanged, pruned and not written."""

    endpoint: str
    written: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    pruned: list[str] = field(default_factory=list)
    not_written: list[str] = field(default_factory=list)


class PushFailed(InputError):
    """A push that stopped halfway: one line, and the report of what was written and what not."""

    def __init__(self, message: str, report: PushReport):
        super().__init__(message)
        self.report = report


def graph_url(endpoint: str, graph: str) -> str:
    """The Graph Store URL of ``graph`` at ``endpoint`` (indirect identification, ``?graph=``)."""
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"


def checksum(ntriples: bytes) -> str:
    """SHA-256 of a graph's N-Triples lines in sorted order (the order a store dumps in is not kept)."""
    return hashlib.sha256(b"\n".join(sorted(ntriples.splitlines()))).hexdigest()


def credentials_from(user: str | None = None, password: str | None = None, token: str | None = None,
                     environ: os._Environ | dict | None = None) -> Credentials:
    """Credentials from the options, else from ``KG_PUSH_USER``, ``KG_PUSH_PASSWORD`` and ``KG_PUSH_TOKEN``."""
    environ = os.environ if environ is None else environ
    user = user or environ.get("KG_PUSH_USER") or None
    password = password if password is not None else environ.get("KG_PUSH_PASSWORD")
    token = token or environ.get("KG_PUSH_TOKEN") or None
    if token and user:
        raise InputError("give a user and password or a bearer token, not both")
    if user and not password:
        raise InputError(f"a password for {user!r}: --password or KG_PUSH_PASSWORD")
    if password and not user:
        raise InputError("a password without a user: --user or KG_PUSH_USER")
    return Credentials(user, password, token)


class _DigestAuth(urllib.request.HTTPDigestAuthHandler):
    """urllib's HTTP Digest; once challenged, each request carries the answer to the last challenge
    (its nonce with the next count), so a graph's body is not sent twice, once to be refused."""

    def __init__(self, passwords: urllib.request.HTTPPasswordMgr):
        super().__init__(passwords)
        self.challenge: dict[str, str] | None = None

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        if self.challenge is not None and not req.has_header("Authorization"):
            answer = self.get_authorization(req, self.challenge)
            if answer:
                req.add_unredirected_header("Authorization", f"Digest {answer}")
        return req

    https_request = http_request

    def http_error_401(self, req, fp, code, msg, headers):
        challenge = headers.get("WWW-Authenticate", "")
        if not challenge.lower().startswith("digest "):
            return None  # Basic is the next handler's; any other scheme is a 401 of its own
        self.challenge = urllib.request.parse_keqv_list([item for item in urllib.request.parse_http_list(challenge[7:]) if item])
        return super().http_error_401(req, fp, code, msg, headers)


class _BasicAuth(urllib.request.HTTPBasicAuthHandler):
    """urllib's HTTP Basic, on the server's challenge; after a request it took, sent with every request.

    The password manager (one with prior auth) is told of a success only for a request that
    carried Basic: a Digest server (Virtuoso) refuses Basic without a challenge."""

    def http_response(self, req, response):
        if (req.get_header("Authorization") or "").startswith("Basic "):
            return super().http_response(req, response)
        return response

    https_response = http_response

    def http_error_401(self, req, fp, code, msg, headers):
        if not any(value.lower().startswith("basic") for value in headers.get_all("WWW-Authenticate") or ()):
            return None  # a scheme urllib does not answer: the 401 stands
        return super().http_error_401(req, fp, code, msg, headers)


def _opener(endpoint: str, credentials: Credentials) -> urllib.request.OpenerDirector:
    """An opener that answers the endpoint's Basic or Digest challenge with the user and password."""
    if not credentials.user:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
    passwords.add_password(None, endpoint, credentials.user, credentials.password or "")
    return urllib.request.build_opener(_DigestAuth(passwords), _BasicAuth(passwords))


class _Client:
    """Requests to one Graph Store endpoint, with its credentials; every failure is one InputError line."""

    def __init__(self, endpoint: str, credentials: Credentials, timeout: float):
        self.endpoint, self.credentials, self.timeout = endpoint, credentials, timeout
        self.opener = _opener(endpoint, credentials)

    def send(self, method: str, graph: str, data: bytes | None = None, *, missing_ok: bool = False) -> bytes | None:
        """``method`` on ``graph``; the body of the answer, or None for a 404 when ``missing_ok``."""
        url = graph_url(self.endpoint, graph)
        what = f"the {method} of <{graph}>"
        headers = {"Content-Type": "application/n-triples"} if data is not None else {"Accept": "application/n-triples"}
        if self.credentials.token:
            headers["Authorization"] = f"Bearer {self.credentials.token}"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as err:
            if err.code == 404 and missing_ok:
                return None
            if err.code == 401:
                raise InputError(f"{self.endpoint}: authentication refused (401): "
                                 + ("check --user and the password" if self.credentials.user else
                                    "check the token" if self.credentials.token else
                                    "the server asks for credentials (--user and KG_PUSH_PASSWORD, or --token)")) from None
            if err.code == 403:
                raise InputError(f"{self.endpoint}: not allowed to write (403): the account may not change graphs there") from None
            detail = (err.read() if err.fp else b"").decode("utf-8", "replace").strip().splitlines()
            raise InputError(f"{self.endpoint}: {what} refused: {err.code} {detail[0] if detail else err.reason}") from None
        except urllib.error.URLError as err:
            raise InputError(f"{self.endpoint}: cannot reach the server ({err.reason})") from None
        except TimeoutError:
            raise InputError(f"{self.endpoint}: no answer within {self.timeout:g} s to {what}") from None
        except (OSError, http.client.HTTPException) as err:  # a reset, a closed connection, a garbled answer
            raise InputError(f"{self.endpoint}: {what} failed: {err or type(err).__name__}") from None
        except ValueError as err:  # http.client.InvalidURL and other malformed targets
            raise InputError(f"{self.endpoint}: not a valid URL ({err})") from None


def _check_endpoint(endpoint: str) -> None:
    try:
        parts = urllib.parse.urlsplit(endpoint)
        parts.port  # noqa: B018 — raises on a port that is not a number
    except ValueError as err:
        raise InputError(f"{endpoint}: not a valid URL ({err})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{endpoint}: not an http(s) URL with a host")
    if "@" in parts.netloc:  # say the URL without what stands before the @
        raise InputError(f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}: credentials in the URL "
                         "are not taken: --user with KG_PUSH_PASSWORD, or --token")


def read_manifest(client: _Client) -> dict[str, str]:
    """``{graph IRI: checksum}`` of the store's push manifest (empty when it has none)."""
    import pyoxigraph as ox

    body = client.send("GET", MANIFEST_GRAPH, missing_ok=True)
    manifest: dict[str, str] = {}
    if body:
        try:
            for triple in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
                if triple.predicate.value == PUSH_CHECKSUM and isinstance(triple.subject, ox.NamedNode):
                    manifest[triple.subject.value] = triple.object.value
        except SyntaxError as err:
            raise InputError(f"{client.endpoint}: the push manifest <{MANIFEST_GRAPH}> is not N-Triples ({err})") from None
    return manifest


def _manifest_ntriples(manifest: dict[str, str]) -> bytes:
    return "".join(f'<{graph}> <{PUSH_CHECKSUM}> "{digest}" .\n' for graph, digest in sorted(manifest.items())).encode()


def push(build_dir: str | Path, endpoint: str, *, timeout: float = 60.0, credentials: Credentials | None = None,
         prune: bool = False) -> PushReport:
    """PUT the named graphs of a build that the store lacks or holds otherwise; prune what the build dropped.

    Parameters
    ----------
    build_dir : a build folder.
    endpoint : the Graph Store Protocol URL (Oxigraph: ``http://host:7878/store``; Virtuoso:
        ``http://host:8890/sparql-graph-crud-auth``).
    credentials : a user and password, or a token; none by default.
    prune : delete the graphs an earlier push wrote (they are in the store's manifest) that the
        build no longer has.

    Returns
    -------
    A :class:`PushReport` (graphs in IRI order).

    Raises
    ------
    InputError : a malformed URL, or refused credentials (before any graph is written).
    PushFailed : the endpoint refused a graph, could not be reached, closed the connection or
        did not answer within ``timeout`` seconds; its ``report`` says what was written and what not.
    """
    import pyoxigraph as ox

    _check_endpoint(endpoint)
    client = _Client(endpoint, credentials or Credentials(), timeout)
    source = store.open_store(Path(build_dir))
    graphs = sorted(g.value for g in source.named_graphs())
    report = PushReport(endpoint)
    manifest = read_manifest(client)

    def dump(graph: str) -> bytes:
        return source.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))

    pending: list[str] = []
    for graph in graphs:
        data = dump(graph) if graph in manifest else b""
        if data and manifest[graph] == checksum(data):
            report.unchanged[graph] = data.count(b"\n")
        else:
            pending.append(graph)
    stale = [graph for graph in pending if graph in manifest]
    if stale:  # the store's copy is about to change: its entry must not outlive it
        for graph in stale:
            del manifest[graph]
        client.send("PUT", MANIFEST_GRAPH, _manifest_ntriples(manifest))

    checkpoint, dirty = time.monotonic(), False
    try:
        for graph in pending:
            data = dump(graph)
            client.send("PUT", graph, data)
            report.written[graph] = data.count(b"\n")
            manifest[graph], dirty = checksum(data), True
            if time.monotonic() - checkpoint > CHECKPOINT_SECONDS:
                client.send("PUT", MANIFEST_GRAPH, _manifest_ntriples(manifest))
                checkpoint, dirty = time.monotonic(), False
        if prune:
            built = set(graphs)
            for graph in sorted(manifest):
                if graph not in built and graph.startswith(GRAPH_NAMESPACE) and graph != MANIFEST_GRAPH:
                    client.send("DELETE", graph, missing_ok=True)
                    del manifest[graph]
                    report.pruned.append(graph)
                    dirty = True
        if dirty:
            client.send("PUT", MANIFEST_GRAPH, _manifest_ntriples(manifest))
    except InputError as err:
        report.not_written = [g for g in pending if g not in report.written]
        if dirty:
            try:  # keep what was written for the next push to skip, if the server still answers
                client.send("PUT", MANIFEST_GRAPH, _manifest_ntriples(manifest))
            except InputError:
                pass
        done = len(report.written) + len(report.unchanged)
        raise PushFailed(f"{err}; {done} of {len(graphs)} graphs are in the store, {len(report.not_written)} not "
                         "(kg push again resumes)", report) from None
    return report
