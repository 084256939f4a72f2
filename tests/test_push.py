"""kg push into a loopback Oxigraph server: credentials, a push stopped halfway and resumed, --prune.

An HTTP proxy in front of the server stands for what a real store does: it checks the
credentials (Basic or Bearer) and, when told, refuses the graphs after the first N.
"""
from __future__ import annotations

import base64
import hashlib
import http.client
import json
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import DEV_CORPUS

from kg import store
from kg.build import build
from kg.cli import main
from kg.push import Credentials, PushFailed, push
from kg.serve import free_port, start_oxigraph, stop_process

SECRET = "s3cret-Pa55"
TOKEN = "tok-4f9a1c"


class Proxy:
    """A loopback proxy to ``port`` that checks the Authorization header and can fail graph PUTs."""

    def __init__(self, port: int, *, authorization: str | None = None, forbidden: str | None = None,
                 fail_after: int | None = None, digest: tuple[str, str] | None = None, reset_after: int | None = None):
        self.requests: list[tuple[str, str]] = []  # (method, graph IRI)
        self.challenges = 0  # 401s sent for HTTP Digest
        self.fail_after, self.reset_after = fail_after, reset_after  # None: the store takes every graph
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _handle(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("graph", [""])[0]
                given = self.headers.get("Authorization")
                if forbidden is not None and given == forbidden:
                    return self._answer(403, b"Forbidden")
                if digest is not None and not _digest_answers(given, self.command, self.path, *digest):
                    proxy.challenges += 1
                    return self._answer(401, b"Unauthorized", {"WWW-Authenticate": f'Digest realm="{REALM}", '
                                                               f'nonce="{NONCE}", qop="auth", algorithm=MD5'})
                if authorization is not None and given != authorization:
                    scheme = authorization.split(" ")[0]
                    return self._answer(401, b"Unauthorized", {"WWW-Authenticate": f'{scheme} realm="store"'})
                proxy.requests.append((self.command, graph))
                puts = [g for m, g in proxy.requests if m == "PUT"]
                if proxy.fail_after is not None and self.command == "PUT" and len(puts) > proxy.fail_after:
                    return self._answer(503, b"Service Unavailable: the store is full")
                if proxy.reset_after is not None and self.command == "PUT" and len(puts) > proxy.reset_after:
                    self.close_connection = True  # the server went away: every PUT after the Nth is dropped
                    return self.connection.shutdown(2)
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                connection.request(self.command, self.path, body=body or None, headers=headers)
                answer = connection.getresponse()
                self._answer(answer.status, answer.read(), {"Content-Type": answer.getheader("Content-Type", "text/plain")})
                connection.close()

            def _answer(self, status: int, body: bytes, headers: dict | None = None):
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_PUT = do_DELETE = do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def graph_puts(self) -> list[str]:
        return [g for m, g in self.requests if m == "PUT"]


REALM, NONCE = "store", "5f1d0c3e"


def _digest_answers(given: str | None, method: str, path: str, user: str, password: str) -> bool:
    """Whether ``given`` answers the proxy's Digest challenge (RFC 7616, MD5, qop=auth) for this request."""
    if not given or not given.startswith("Digest "):
        return False
    fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(given[7:]))

    def md5(text: str) -> str:
        return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 — the protocol's hash

    expected = md5(f"{md5(f'{user}:{REALM}:{password}')}:{NONCE}:{fields.get('nc')}:{fields.get('cnonce')}:auth:"
                   f"{md5(f'{method}:{path}')}")
    return fields.get("username") == user and fields.get("uri") == path and fields.get("response") == expected


@pytest.fixture
def oxigraph(tmp_path):
    port = free_port()
    process = start_oxigraph(tmp_path / "target", port)
    yield port
    stop_process(process)


def graph_counts(port: int) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=query.encode(),
                                     headers={"Content-Type": "application/sparql-query",
                                              "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        bindings = json.loads(response.read())["results"]["bindings"]
    return {b["g"]["value"]: int(b["n"]["value"]) for b in bindings}


def build_counts(build_dir) -> dict[str, int]:
    counts: dict[str, int] = {}
    for quad in store.open_store(build_dir).quads_for_pattern(None, None, None, None):
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return counts


def records(ids: list[str]) -> list[str]:
    by_id = {json.loads(line)["id"]: line for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()}
    return [by_id[i] for i in ids]


#: Three factbook records with routes (Burma 2013, Azerbaijan 2011, Venezuela 2023).
THREE = ["factbook-2013-MM", "factbook-2011-AZ", "factbook-2023-VE"]


@pytest.fixture(scope="module")
def three_build(tmp_path_factory, isolated_cache):
    if not DEV_CORPUS.exists():
        pytest.skip("the dev corpus is not here")
    folder = tmp_path_factory.mktemp("three")
    corpus = folder / "three.jsonl"
    corpus.write_text("\n".join(records(THREE)) + "\n", encoding="utf-8")
    build([corpus], folder / "build")
    return folder / "build"


def push_cli(build_dir, endpoint, capsys, *extra, code=0, password=None):
    with pytest.MonkeyPatch.context() as env:
        if password is not None:
            env.setenv("KG_PUSH_PASSWORD", password)
        assert main(["push", "--endpoint", endpoint, "--graph", str(build_dir), *extra]) == code
    return capsys.readouterr()


# --- credentials --------------------------------------------------------------------------------

def test_basic_authentication_from_the_environment(seed_build, oxigraph, capsys, monkeypatch):
    basic = "Basic " + base64.b64encode(f"loader:{SECRET}".encode()).decode()
    with Proxy(oxigraph, authorization=basic) as proxy:
        monkeypatch.setenv("KG_PUSH_PASSWORD", SECRET)
        out = push_cli(seed_build, proxy.endpoint, capsys, "--user", "loader")
        graphs = len(build_counts(seed_build))  # the document, the vocabulary, shared and tallies graphs
        assert out.out.startswith(f"pushed {graphs} graph(s)") and SECRET not in out.out + out.err
        assert graph_counts(oxigraph) == build_counts(seed_build)  # the build's graphs and nothing else

        monkeypatch.setenv("KG_PUSH_PASSWORD", "wrong-" + SECRET)
        out = push_cli(seed_build, proxy.endpoint, capsys, "--user", "loader", code=2)
        assert out.err == f"kg: error: {proxy.endpoint}: authentication refused (401): check --user and KG_PUSH_PASSWORD\n"
        assert SECRET not in out.out + out.err

        monkeypatch.delenv("KG_PUSH_PASSWORD")
        out = push_cli(seed_build, proxy.endpoint, capsys, code=2)
        assert "the server asks for credentials" in out.err and len(out.err.splitlines()) == 1


def test_digest_authentication_is_answered_once_challenged(seed_build, oxigraph, capsys):
    # as Virtuoso's /sparql-graph-crud-auth: Digest only; urllib's handler answers the challenge,
    # and every request after the first carries the answer, so no graph is sent twice
    with Proxy(oxigraph, digest=("dba", SECRET)) as proxy:
        report = push(seed_build, proxy.endpoint, credentials=Credentials(user="dba", password=SECRET))
        assert len(report.written) == len(build_counts(seed_build)) and proxy.challenges == 1
        assert len(proxy.graph_puts()) == len(report.written)
        out = push_cli(seed_build, proxy.endpoint, capsys, "--user", "dba", code=2, password="wrong")
    assert out.err == f"kg: error: {proxy.endpoint}: authentication refused (401): check --user and KG_PUSH_PASSWORD\n"


def test_a_user_who_may_not_write(seed_build, oxigraph, capsys):
    reader = "Basic " + base64.b64encode(f"reader:{SECRET}".encode()).decode()
    with Proxy(oxigraph, authorization="Basic other", forbidden=reader) as proxy:
        out = push_cli(seed_build, proxy.endpoint, capsys, "--user", "reader", code=2, password=SECRET)
    assert out.err.startswith(f"kg: error: {proxy.endpoint}: not allowed to write (403)")
    assert len(out.err.splitlines()) == 1 and SECRET not in out.out + out.err


def test_a_bearer_token(seed_build, oxigraph, capsys, monkeypatch):
    with Proxy(oxigraph, authorization=f"Bearer {TOKEN}") as proxy:
        assert push(seed_build, proxy.endpoint, credentials=Credentials(token=TOKEN)).written
        assert TOKEN not in repr(Credentials(token=TOKEN))
        monkeypatch.setenv("KG_PUSH_TOKEN", "expired")
        out = push_cli(seed_build, proxy.endpoint, capsys, code=2)
    assert out.err == f"kg: error: {proxy.endpoint}: authentication refused (401): check the token\n"


def test_credentials_in_the_url_are_refused_without_being_echoed(seed_build, capsys):
    out = push_cli(seed_build, f"http://loader:{SECRET}@127.0.0.1:9/store", capsys, code=2)
    assert out.err.startswith("kg: error: http://127.0.0.1:9/store: credentials in the URL are not taken")
    assert SECRET not in out.err


# --- a push stopped halfway, and resumed --------------------------------------------------------

def test_a_push_that_stops_halfway_resumes(three_build, oxigraph, capsys):
    graphs = sorted(build_counts(three_build))
    with Proxy(oxigraph, fail_after=3) as proxy:  # the journal is the endpoint's: one proxy, healthy again later
        out = push_cli(three_build, proxy.endpoint, capsys, code=2)
        assert set(graph_counts(oxigraph)) == set(graphs[:3])
        proxy.fail_after, proxy.requests = None, []
        report = push(three_build, proxy.endpoint)
        assert proxy.graph_puts() == graphs[3:]  # the three written ones are skipped
    error = out.err.splitlines()
    assert len(error) == 1 and "refused: 503 Service Unavailable: the store is full" in error[0]
    assert error[0].endswith(f"3 of {len(graphs)} graphs are in the store, {len(graphs) - 3} not (kg push again resumes)")
    written = [line.split("\t")[1] for line in out.out.splitlines() if line.startswith("written\t")]
    not_written = [line.split("\t")[1] for line in out.out.splitlines() if line.startswith("not written\t")]
    assert written == graphs[:3] and not_written == graphs[3:]
    assert sorted(report.unchanged) == graphs[:3] and sorted(report.written) == graphs[3:]
    assert graph_counts(oxigraph) == build_counts(three_build)


# --- prune --------------------------------------------------------------------------------------

def test_prune_removes_what_the_rebuild_dropped_and_nothing_else(three_build, oxigraph, tmp_path, capsys):
    endpoint = f"http://127.0.0.1:{oxigraph}/store"
    push(three_build, endpoint)
    # a graph outside the project's namespace is someone else's; one inside it is the project's
    # (was: kept, as no push manifest named it; with no manifest in the store, the namespace decides)
    foreign = {"http://example.org/someone-else": 1}
    stray = "https://w3id.org/tip-kg/id/doc/loaded-by-hand"
    for graph in [*foreign, stray]:
        request = urllib.request.Request(f"{endpoint}?{urllib.parse.urlencode({'graph': graph})}", method="PUT",
                                         data=b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n",
                                         headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(request, timeout=30).close()

    smaller = tmp_path / "two.jsonl"  # the rebuild drops Venezuela 2023
    smaller.write_text("\n".join(records(THREE[:2])) + "\n", encoding="utf-8")
    rebuilt = tmp_path / "build"
    build([smaller], rebuilt)
    before, after = set(build_counts(three_build)), set(build_counts(rebuilt))
    dropped = before - after
    assert dropped == {"https://w3id.org/tip-kg/id/doc/factbook-2023-ve"}

    push(rebuilt, endpoint)  # without --prune the dropped graphs stay
    assert dropped | {stray} <= set(graph_counts(oxigraph))
    out = push_cli(rebuilt, endpoint, capsys, "--prune")
    assert out.out.endswith(f", {len(dropped) + 1} pruned to {endpoint}\n")
    assert graph_counts(oxigraph) == {**build_counts(rebuilt), **foreign}


def test_a_stopped_push_is_not_a_traceback_and_loses_nothing(three_build, oxigraph):
    with Proxy(oxigraph, fail_after=0) as failing, pytest.raises(PushFailed) as failed:
        push(three_build, failing.endpoint)
    assert failed.value.report.written == {} and len(failed.value.report.not_written) == len(build_counts(three_build))
    assert graph_counts(oxigraph) == {}


def test_a_push_whose_connection_drops_resumes_after_the_graphs_written(three_build, oxigraph, capsys):
    # (issue #19: the store's manifest was saved every 10 s, so a dropped connection left none and
    # the retry re-sent every graph while its message said it resumes)
    graphs = sorted(build_counts(three_build))
    with Proxy(oxigraph, reset_after=2) as proxy:
        out = push_cli(three_build, proxy.endpoint, capsys, code=2)
        assert out.err.endswith(f"2 of {len(graphs)} graphs are in the store, {len(graphs) - 2} not (kg push again resumes)\n")
        assert set(graph_counts(oxigraph)) == set(graphs[:2])
        proxy.reset_after, proxy.requests = None, []
        report = push(three_build, proxy.endpoint)
        assert proxy.graph_puts() == graphs[2:]
    assert sorted(report.unchanged) == graphs[:2] and graph_counts(oxigraph) == build_counts(three_build)


def test_the_store_holds_the_build_and_nothing_of_the_push(seed_build, oxigraph, tmp_path):
    # a push keeps its journal beside the build: the store's default graph (as a union) and a
    # DESCRIBE of a document hold the build's statements only (issue #19: there were 650 more)
    endpoint = f"http://127.0.0.1:{oxigraph}/store"
    push(seed_build, endpoint)
    assert graph_counts(oxigraph) == build_counts(seed_build)
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?p), 'push')) }"
    request = urllib.request.Request(f"http://127.0.0.1:{oxigraph}/query", data=query.encode(),
                                     headers={"Content-Type": "application/sparql-query",
                                              "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert json.loads(response.read())["results"]["bindings"][0]["n"]["value"] == "0"
    # a store wiped and made anew gets every graph again, whatever the journal says
    wiped = urllib.request.Request(f"http://127.0.0.1:{oxigraph}/update", data=b"CLEAR ALL",
                                   headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(wiped, timeout=30).close()
    assert sorted(push(seed_build, endpoint).written) == sorted(build_counts(seed_build))


def test_the_password_is_never_an_option(seed_build, capsys):
    with pytest.raises(SystemExit):
        main(["push", "--endpoint", "http://127.0.0.1:9/store", "--graph", str(seed_build), "--password", SECRET])
    assert "unrecognized arguments" in capsys.readouterr().err
