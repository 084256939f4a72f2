"""``kg push``: upload the named graphs of a build to a triple store.

Each named graph (every document, the vocabulary, the tallies and the route index) is sent
with the SPARQL 1.1 Graph Store HTTP Protocol as ``PUT <endpoint>?graph=<IRI>`` in N-Triples,
which replaces that graph on the server: pushing the same build twice leaves the server as it was after the first push.

Nothing of the push's own bookkeeping goes into the store (issue #19: a store holds the
documents' graphs, the vocabulary and the tallies, never private indexes). What a push wrote
is kept in a **push journal** beside the build folder (``.<build>.push/<key>.tsv``, one file per
endpoint, so a rebuild, which replaces the folder, keeps it), or in the user's state folder when
the build's parent folder cannot be written (:func:`state_dir`): one line
``<graph>\t<sha256>\t<triples>`` appended and fsynced after each graph the store took (the
SHA-256 of its sorted N-Triples and their number), ``<graph>\t-`` before a graph is replaced
and ``<graph>\tdeleted`` after a prune; a push that completes rewrites it whole (a temporary
file renamed over it), one line per graph. The store's own list of named graphs with their
triple counts (one SPARQL query at its query endpoint, :func:`query_endpoint_for`) is checked
against it: a graph is left alone only when its checksum is the journal's and the store holds
the number of triples the journal recorded for it, so a push stopped by a refusal, a dropped
connection or a killed process resumes at the first graph not journaled, a store wiped and made
anew gets every graph, and so does a graph another build folder replaced since (two folders
pushing to one store share ``id:graph/shared``, the tallies and the vocabulary). A store whose
graphs cannot be listed (no query URL known) gets every graph. ``prune`` deletes the graphs
this folder's journal says it pushed that the store lists and the build no longer has (a
document dropped by a rebuild); a graph loaded by hand or by another build folder, and a graph
outside the project's namespace, are never touched.

Credentials: a user and password, given as the server's challenge asks (urllib's HTTP Basic or
HTTP Digest handlers: Virtuoso's ``/sparql-graph-crud-auth`` asks for Digest), or a bearer token.
No message says the password or the token.
"""
from __future__ import annotations

import hashlib
import http.client
import json
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from . import store
from .model import InputError
from .vocab import ID

#: Only graphs under this namespace are ever pruned.
GRAPH_NAMESPACE = str(ID)
#: Graph Store endpoints whose SPARQL query endpoint is known: (path suffix, query path suffix).
QUERY_ENDPOINTS = (("/sparql-graph-crud-auth", "/sparql"), ("/sparql-graph-crud", "/sparql"), ("/store", "/query"))
#: A journal line's checksum for a graph that is being replaced (its content in the store unknown).
REPLACING = "-"
#: A journal line's checksum for a graph a prune deleted (no longer this folder's).
DELETED = "deleted"


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
    #: False when the store's graphs could not be listed (no query URL known): every graph was sent.
    listed: bool = True


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


def credentials_from(user: str | None = None, token: str | None = None,
                     environ: os._Environ | dict | None = None) -> Credentials:
    """Credentials from the options, else from ``KG_PUSH_USER`` and ``KG_PUSH_TOKEN``; the password
    only from ``KG_PUSH_PASSWORD`` (an option would show it in the process list and the shell history)."""
    environ = os.environ if environ is None else environ
    user = user or environ.get("KG_PUSH_USER") or None
    password = environ.get("KG_PUSH_PASSWORD") or None
    token = token or environ.get("KG_PUSH_TOKEN") or None
    if token and user:
        raise InputError("give a user and password or a bearer token, not both")
    if user and not password:
        raise InputError(f"a password for {user!r}: set KG_PUSH_PASSWORD")
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


def _opener(endpoints: list[str], credentials: Credentials) -> urllib.request.OpenerDirector:
    """An opener that answers the endpoints' Basic or Digest challenge with the user and password."""
    if not credentials.user:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
    for endpoint in endpoints:
        passwords.add_password(None, endpoint, credentials.user, credentials.password or "")
    return urllib.request.build_opener(_DigestAuth(passwords), _BasicAuth(passwords))


class _Client:
    """Requests to one Graph Store endpoint, with its credentials; every failure is one InputError line."""

    def __init__(self, endpoint: str, credentials: Credentials, timeout: float, query_endpoint: str | None = None):
        self.endpoint, self.credentials, self.timeout = endpoint, credentials, timeout
        self.query_endpoint = query_endpoint
        self.opener = _opener([endpoint] + ([query_endpoint] if query_endpoint else []), credentials)

    def graph_sizes(self, namespace: str) -> dict[str, int]:
        """The named graphs the store lists under ``namespace`` with their triples (one query at the query endpoint)."""
        query = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                 f"FILTER(STRSTARTS(STR(?g), {json.dumps(namespace)})) }} GROUP BY ?g")
        body = self.send("POST", "", urllib.parse.urlencode({"query": query}).encode(),
                         url=self.query_endpoint, what="the list of its graphs",
                         headers={"Content-Type": "application/x-www-form-urlencoded",
                                  "Accept": "application/sparql-results+json"})
        try:
            bindings = json.loads(body or b"")["results"]["bindings"]
            return {row["g"]["value"]: int(row["n"]["value"]) for row in bindings}
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{self.query_endpoint}: the list of its graphs is not SPARQL JSON results") from None

    def send(self, method: str, graph: str, data: bytes | None = None, *, missing_ok: bool = False,
             url: str | None = None, what: str | None = None, headers: dict[str, str] | None = None) -> bytes | None:
        """``method`` on ``graph`` (or on ``url``); the body of the answer, or None for a 404 when ``missing_ok``."""
        url = url or graph_url(self.endpoint, graph)
        what = what or f"the {method} of <{graph}>"
        if headers is None:
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
                                 + ("check --user and KG_PUSH_PASSWORD" if self.credentials.user else
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


def query_endpoint_for(endpoint: str) -> str | None:
    """The SPARQL query endpoint of a Graph Store endpoint of a known layout (Oxigraph, Virtuoso), else None."""
    parts = urllib.parse.urlsplit(endpoint)
    for suffix, query_suffix in QUERY_ENDPOINTS:
        if parts.path.endswith(suffix):
            return urllib.parse.urlunsplit(parts._replace(path=parts.path[: -len(suffix)] + query_suffix))
    return None


def state_dir(environ: os._Environ | dict | None = None) -> Path:
    """Where push journals go when a build's parent folder cannot be written:
    ``$XDG_STATE_HOME/tip-kg/push``, else ``~/.local/state/tip-kg/push``."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "tip-kg" / "push"


def _writable(journal: Path) -> bool:
    """Whether ``journal`` can be appended to and replaced (its folder made, a file created in it)."""
    try:
        journal.parent.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(dir=journal.parent, prefix=".probe-")
        os.close(handle)
        os.unlink(probe)
    except OSError:
        return False
    return not journal.exists() or os.access(journal, os.W_OK)


@dataclass(frozen=True)
class Entry:
    """A graph a push of this folder wrote: its checksum and triples, None while it is being replaced."""

    digest: str | None
    triples: int | None


class Journal:
    """What pushes from one build folder wrote to one endpoint: ``{graph: Entry}``, appended to as they go.

    Beside the build folder when its parent can be written, else in :func:`state_dir`, named by
    a hash of the build's resolved path and the endpoint (a read-only folder would otherwise let
    the first graph through and refuse every retry). Chosen before any graph is sent."""

    def __init__(self, build_dir: Path, endpoint: str, environ: os._Environ | dict | None = None):
        build_dir = Path(build_dir).resolve()
        beside = build_dir.parent / f".{build_dir.name}.push" / f"{hashlib.sha256(endpoint.encode()).hexdigest()[:16]}.tsv"
        named = hashlib.sha256(f"{build_dir}\n{endpoint}".encode()).hexdigest()[:32]
        elsewhere = state_dir(environ) / f"{named}.tsv"
        chosen = next((path for path in (beside, elsewhere) if _writable(path)), None)
        if chosen is None:
            raise InputError(f"{beside.parent}: the push journal cannot be written there nor in {elsewhere.parent} "
                             "(a push needs one of them to resume and to send only what changed)")
        self.path: Path = chosen
        self.header = f"# kg push journal of {build_dir}: graphs written to {endpoint} (graph, sha256, triples)\n"
        self.entries: dict[str, Entry] = {}
        other = elsewhere if self.path == beside else beside  # a journal written while the folder was (not) writable
        self._read(self.path if self.path.exists() else other)

    def _read(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{path}: the push journal cannot be read ({err})") from None
        for line in text.split("\n")[:-1]:  # the last is empty, or a line cut short by a kill: not known
            graph, _, rest = line.partition("\t")
            digest, _, triples = rest.partition("\t")
            if line.startswith("#") or not digest:
                continue
            if digest == DELETED:
                self.entries.pop(graph, None)
            elif digest == REPLACING:
                self.entries[graph] = Entry(None, None)
            else:  # a line without triples (written before they were counted) is never trusted
                self.entries[graph] = Entry(digest, int(triples) if triples.isdigit() else None)

    def record(self, graph: str, digest: str, triples: int | None = None) -> None:
        """Append ``graph``'s line and fsync it (``REPLACING`` forgets its content, ``DELETED`` the graph)."""
        new = not self.path.exists()
        try:
            with open(self.path, "a", encoding="utf-8") as journal:
                if new:
                    journal.write(self.header)
                journal.write(f"{graph}\t{digest}" + (f"\t{triples}" if triples is not None else "") + "\n")
                journal.flush()
                os.fsync(journal.fileno())
        except OSError as err:
            raise InputError(f"{self.path}: the push journal cannot be written ({err})") from None
        if digest == DELETED:
            self.entries.pop(graph, None)
        else:
            self.entries[graph] = Entry(None, None) if digest == REPLACING else Entry(digest, triples)

    def rewrite(self, held: dict[str, int] | None) -> None:
        """Replace the journal by one line per graph (a temporary file renamed over it), forgetting
        the graphs the store no longer lists (``held``; all are kept when it is None)."""
        if held is not None:
            self.entries = {g: e for g, e in self.entries.items() if g in held}
        lines = [self.header] + [f"{g}\t{e.digest}\t{e.triples}\n" if e.digest else f"{g}\t{REPLACING}\n"
                                 for g, e in sorted(self.entries.items())]
        try:
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as journal:
                    journal.writelines(lines)
                    journal.flush()
                    os.fsync(journal.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
        except OSError as err:
            raise InputError(f"{self.path}: the push journal cannot be rewritten ({err})") from None


def push(build_dir: str | Path, endpoint: str, *, timeout: float = 60.0, credentials: Credentials | None = None,
         prune: bool = False, query_endpoint: str | None = None) -> PushReport:
    """PUT the named graphs of a build that the store lacks or holds otherwise; prune what the build dropped.

    Parameters
    ----------
    build_dir : a build folder.
    endpoint : the Graph Store Protocol URL (Oxigraph: ``http://host:7878/store``; Virtuoso:
        ``http://host:8890/sparql-graph-crud-auth``).
    credentials : a user and password, or a token; none by default.
    prune : delete the graphs this folder's pushes wrote that the store lists and the build no
        longer has.
    query_endpoint : the store's SPARQL query URL, to list its graphs; by default found from
        ``endpoint`` for Oxigraph (``/store`` -> ``/query``) and Virtuoso (``/sparql``). Without
        one every graph is sent (``report.listed`` is False).

    Returns
    -------
    A :class:`PushReport` (graphs in IRI order).

    Raises
    ------
    InputError : a malformed URL, refused credentials (before any graph is written), a journal
        that can be written neither beside the build nor in the state folder, or ``prune`` at an
        endpoint whose query URL is unknown.
    PushFailed : the endpoint refused a graph, could not be reached, closed the connection or
        did not answer within ``timeout`` seconds; its ``report`` says what was written and what not.
    """
    import pyoxigraph as ox

    store.check_layout(build_dir)  # before anything is sent: the store would get the old vocabulary
    _check_endpoint(endpoint)
    query_endpoint = query_endpoint or query_endpoint_for(endpoint)
    if query_endpoint:
        _check_endpoint(query_endpoint)
    elif prune:
        raise InputError(f"{endpoint}: --prune lists the store's graphs with a SPARQL query: "
                         "give its query URL with --query-endpoint")
    client = _Client(endpoint, credentials or Credentials(), timeout, query_endpoint)
    source = store.open_store(Path(build_dir))
    graphs = sorted(g.value for g in source.named_graphs())
    report = PushReport(endpoint, listed=query_endpoint is not None)
    journal = Journal(Path(build_dir), endpoint)
    held = client.graph_sizes(GRAPH_NAMESPACE) if query_endpoint else None  # None: every graph is sent

    def dump(graph: str) -> bytes:
        return source.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))

    pending: list[str] = []
    for graph in graphs:
        entry = journal.entries.get(graph)
        # the store holds what this folder wrote only while it holds as many triples: another
        # folder's push of a shared graph, or a wiped store, changes that
        trusted = held is not None and entry is not None and entry.digest is not None and held.get(graph) == entry.triples
        data = dump(graph) if trusted else b""
        if data and entry is not None and entry.digest == checksum(data):
            report.unchanged[graph] = data.count(b"\n")
        else:
            pending.append(graph)

    try:
        for graph in pending:
            data = dump(graph)
            if graph in journal.entries:  # the store's copy is about to change: its line must not outlive it
                journal.record(graph, REPLACING)
            client.send("PUT", graph, data)
            triples = data.count(b"\n")
            journal.record(graph, checksum(data), triples)
            report.written[graph] = triples
        if prune and held is not None:
            built = set(graphs)
            for graph in sorted(g for g in journal.entries if g not in built and g in held):
                client.send("DELETE", graph, missing_ok=True)
                journal.record(graph, DELETED)
                report.pruned.append(graph)
    except InputError as err:
        report.not_written = [g for g in pending if g not in report.written]
        done = len(report.written) + len(report.unchanged)
        raise PushFailed(f"{err}; {done} of {len(graphs)} graphs are in the store, {len(report.not_written)} not "
                         "(kg push again resumes)", report) from None
    journal.rewrite(None if held is None else {**held, **report.written})
    return report
