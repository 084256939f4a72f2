"""kg push: a bad URL, a reset connection or a silent server is one line, never a traceback."""
from __future__ import annotations

import socket
import struct
import threading

import pytest

from kg.cli import main


def push_error(seed_build, endpoint: str, capsys, *extra: str) -> str:
    assert main(["push", "--endpoint", endpoint, "--graph", str(seed_build), *extra]) == 2
    error = capsys.readouterr().err
    assert error.startswith("kg: error: ") and len(error.splitlines()) == 1
    return error


@pytest.mark.parametrize("endpoint, message", [
    ("ftp://127.0.0.1/store", "not an http(s) URL"),
    ("http:///store", "not an http(s) URL with a host"),
    ("http://127.0.0.1:abc/store", "not a valid URL"),
    ("http://[::1/store", "not a valid URL"),
])
def test_a_bad_url(seed_build, endpoint, message, capsys):
    assert message in push_error(seed_build, endpoint, capsys)


def test_a_connection_closed_before_the_request_is_sent(seed_build, listener, capsys):
    # the listener accepts and closes every connection at once: the client sees a broken pipe
    # while sending, or a reset or an empty answer while reading, whichever comes first (the
    # first request is now the query that lists the store's graphs)
    error = push_error(seed_build, f"http://127.0.0.1:{listener.port}/store", capsys)
    assert "cannot reach the server" in error or "failed: [Errno 104] Connection reset by peer" in error \
        or "failed: Remote end closed connection without response" in error
    assert listener.connections() == 1  # it stopped at the first request


def test_a_connection_reset_after_the_request(seed_build, capsys):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)

        def read_request(connection) -> bytes:
            head = b""
            while b"\r\n\r\n" not in head:
                head += connection.recv(65536)
            length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0]) if b"Content-Length: " in head else 0
            body = head.partition(b"\r\n\r\n")[2]
            while len(body) < length:
                body += connection.recv(65536)
            return head

        def answer_the_graph_list_then_reset():
            # the push lists the store's graphs first (a SPARQL query at /query): it has none
            connection, _ = server.accept()
            with connection:
                assert read_request(connection).startswith(b"POST /query ")
                empty = b'{"head": {"vars": ["g"]}, "results": {"bindings": []}}'
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                   b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(empty), empty))
            connection, _ = server.accept()
            with connection:
                read_request(connection)
                # close with a reset (SO_LINGER 0) once the whole request is read
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

        thread = threading.Thread(target=answer_the_graph_list_then_reset)
        thread.start()
        error = push_error(seed_build, f"http://127.0.0.1:{server.getsockname()[1]}/store", capsys)
        thread.join(30)
    assert "the PUT of <https://w3id.org/tip-kg/id/doc/kosovo-2009> failed" in error
    # the seed build's graphs: the document, the vocabulary, shared and tallies graphs
    assert "0 of 4 graphs are in the store, 4 not (kg push again resumes)" in error


def test_a_server_that_never_answers(seed_build, capsys):
    with socket.socket() as silent:  # listens, never accepts: the connection waits in the backlog
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        error = push_error(seed_build, f"http://127.0.0.1:{silent.getsockname()[1]}/store", capsys,
                           "--timeout", "0.5")
    # (was: the GET of the push manifest the store kept; a push now lists the store's graphs first)
    assert "no answer within 0.5 s to the list of its graphs" in error


def test_nothing_listening(seed_build, capsys):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, not listening: connections are refused
        assert "cannot reach the server" in push_error(seed_build, f"http://127.0.0.1:{port}/store", capsys)
