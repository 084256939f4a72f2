"""kg push into a loopback Oxigraph server: credentials, a push stopped halfway and resumed, --prune.

An HTTP proxy in front of the server stands for what a real store does: it checks the
credentials (Basic or Bearer) and, when told, refuses the graphs after the first N.
"""
from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import shutil
import subprocess
import threading
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import DEV_CORPUS

from kg import store
from kg.build import build
from kg.cli import main
from kg.push import Credentials, Journal, PushFailed, push
from kg.serve import free_port, start_oxigraph, stop_process

SECRET = "s3cret-Pa55"
TOKEN = "tok-4f9a1c"


class Proxy:
    """A loopback proxy to ``port`` that checks the Authorization header and can fail graph PUTs."""

    def __init__(self, port: int, *, authorization: str | None = None, forbidden: str | None = None,
                 fail_after: int | None = None, digest: tuple[str, str] | None = None, reset_after: int | None = None,
                 path: str = "/store"):
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
                target = "/store" + self.path[len(path):] if self.path.startswith(path) else self.path
                connection.request(self.command, target, body=body or None, headers=headers)
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
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}{path}"  # forwarded to the server's /store
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


def wipe(port: int) -> None:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"CLEAR ALL",
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=30).close()


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


@pytest.fixture(scope="module")
def two_build(tmp_path_factory, isolated_cache):
    """A second build folder: Burma 2013 and Azerbaijan 2011, whose shared graphs have the IRIs of ``three_build``'s."""
    if not DEV_CORPUS.exists():
        pytest.skip("the dev corpus is not here")
    folder = tmp_path_factory.mktemp("two")
    corpus = folder / "two.jsonl"
    corpus.write_text("\n".join(records(THREE[:2])) + "\n", encoding="utf-8")
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
    pushed = tmp_path / "build"
    shutil.copytree(three_build, pushed)
    push(pushed, endpoint)
    # graphs that no push of this folder wrote: someone else's, and one in the project's namespace
    # loaded by hand (restored: the push of session 10 pruned every graph under id/ the build lacked)
    foreign = {"http://example.org/someone-else": 1, "https://w3id.org/tip-kg/id/doc/loaded-by-hand": 1}
    for graph in foreign:
        request = urllib.request.Request(f"{endpoint}?{urllib.parse.urlencode({'graph': graph})}", method="PUT",
                                         data=b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n",
                                         headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(request, timeout=30).close()

    smaller = tmp_path / "two.jsonl"  # the rebuild, into the folder pushed, drops Venezuela 2023
    smaller.write_text("\n".join(records(THREE[:2])) + "\n", encoding="utf-8")
    build([smaller], pushed)
    before, after = set(build_counts(three_build)), set(build_counts(pushed))
    dropped = before - after
    assert dropped == {"https://w3id.org/tip-kg/id/doc/factbook-2023-ve"}

    push(pushed, endpoint)  # without --prune the dropped graphs stay
    assert dropped <= set(graph_counts(oxigraph))
    out = push_cli(pushed, endpoint, capsys, "--prune")
    assert out.out.endswith(f", {len(dropped)} pruned to {endpoint}\n")
    assert graph_counts(oxigraph) == {**build_counts(pushed), **foreign}
    # the journal forgets what it pruned: the graph pushed again by another build is not this folder's
    assert not dropped & set(Journal(pushed, endpoint).entries)


def test_two_build_folders_pushing_to_one_store(three_build, two_build, oxigraph, capsys):
    # both builds write id:graph/shared, id:graph/tallies and the vocabulary: the second folder's
    # push replaces the first's, and the first's next push must send them again (was: skipped, as
    # its journal had their checksums and the store listed them: the store kept the tallies of two
    # documents next to the graphs of three)
    endpoint = f"http://127.0.0.1:{oxigraph}/store"
    first, second = build_counts(three_build), build_counts(two_build)
    common = {g for g in first if "/id/graph/" in g}
    assert {g for g in common if first[g] != second[g]} >= {"https://w3id.org/tip-kg/id/graph/shared",
                                                             "https://w3id.org/tip-kg/id/graph/tallies"}
    push(three_build, endpoint)
    push(two_build, endpoint)
    report = push(three_build, endpoint)
    assert set(report.written) == {g for g in common if first[g] != second[g]}
    assert graph_counts(oxigraph) == first
    # --prune of the second folder deletes nothing it did not push (was: Venezuela 2023, which the
    # first folder pushed and the second's build lacks)
    out = push_cli(two_build, endpoint, capsys, "--prune")
    assert "pruned" not in out.out and "https://w3id.org/tip-kg/id/doc/factbook-2023-ve" in graph_counts(oxigraph)


def test_a_store_whose_graphs_cannot_be_listed_gets_every_graph(seed_build, oxigraph, capsys):
    # Fuseki's /ds/data, GraphDB's /repositories/x/rdf-graphs/service: no query URL is known, so the
    # journal cannot be checked against the store (was: trusted, and a wiped store got nothing)
    graphs = build_counts(seed_build)
    with Proxy(oxigraph, path="/ds/data") as proxy:
        out = push_cli(seed_build, proxy.endpoint, capsys)
        assert out.out.startswith(f"pushed {len(graphs)} graph(s)")
        assert out.err == (f"kg: warning: {proxy.endpoint}: the store's graphs cannot be listed (no query URL known "
                           "for this endpoint), so every graph was sent: --query-endpoint URL sends only what changed\n")
        wipe(oxigraph)
        assert sorted(push(seed_build, proxy.endpoint).written) == sorted(graphs)
        assert graph_counts(oxigraph) == graphs
        proxy.requests = []  # with the query URL given, nothing changed is sent
        report = push(seed_build, proxy.endpoint, query_endpoint=f"http://127.0.0.1:{oxigraph}/query")
        assert report.written == {} and sorted(report.unchanged) == sorted(graphs) and proxy.graph_puts() == []


@contextmanager
def unwritable(folder):
    """``folder`` made read-only for this user (chmod, and for root, whom chmod does not stop, chattr +i)."""
    folder.chmod(0o555)
    immutable = False
    try:
        if os.access(folder, os.W_OK):
            immutable = shutil.which("chattr") is not None and subprocess.run(
                ["chattr", "+i", str(folder)], capture_output=True).returncode == 0
            if not immutable or os.access(folder, os.W_OK):
                pytest.skip("this user can write in a read-only folder (chmod does not bite, chattr +i refused)")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_a_build_in_a_folder_the_user_may_not_write(seed_build, oxigraph, tmp_path, monkeypatch, capsys):
    # (was: the first graph PUT, then "the push journal cannot be written ... kg push again resumes",
    # and every retry failed the same way): the journal goes to the user's state folder instead
    endpoint = f"http://127.0.0.1:{oxigraph}/store"
    build_dir = tmp_path / "read-only" / "build"
    shutil.copytree(seed_build, build_dir)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    graphs = build_counts(seed_build)
    with unwritable(build_dir.parent):
        out = push_cli(build_dir, endpoint, capsys)
        assert out.out.startswith(f"pushed {len(graphs)} graph(s)") and out.err == ""
        again = push(build_dir, endpoint)
        assert again.written == {} and sorted(again.unchanged) == sorted(graphs)
        journal = Journal(build_dir, endpoint).path
    assert not (build_dir.parent / ".build.push").exists()
    assert list((tmp_path / "state" / "tip-kg" / "push").iterdir()) == [journal]
    assert graph_counts(oxigraph) == graphs


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
    wipe(oxigraph)
    assert sorted(push(seed_build, endpoint).written) == sorted(build_counts(seed_build))
    # the journal, rewritten after the push, holds one line per graph (was: appended to by every
    # push: the graphs' lines, and a line before each was replaced)
    journal = Journal(seed_build, endpoint).path
    lines = journal.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# kg push journal") and len(lines) == 1 + len(build_counts(seed_build))
    assert {line.split("\t")[0]: int(line.split("\t")[2]) for line in lines[1:]} == build_counts(seed_build)
    assert [p.name for p in journal.parent.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_the_password_is_never_an_option(seed_build, capsys):
    with pytest.raises(SystemExit):
        main(["push", "--endpoint", "http://127.0.0.1:9/store", "--graph", str(seed_build), "--password", SECRET])
    assert "unrecognized arguments" in capsys.readouterr().err
