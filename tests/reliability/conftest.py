"""Fixtures of the reliability tests: a loopback listener that records every connection made to it."""
from __future__ import annotations

import socket
import threading

import pytest


class Listener:
    """A TCP listener on 127.0.0.1 that accepts, counts and closes every connection."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.peers: list[int] = []  # the client port of each connection
        self.lock = threading.Lock()
        self.closed = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _accept(self) -> None:
        while True:
            try:
                connection, peer = self.sock.accept()
            except OSError:
                return  # closed
            with self.lock:
                self.peers.append(peer[1])
            connection.close()

    def connections(self) -> int:
        """Connections made so far, counted once every earlier connection has been accepted."""
        barrier = socket.create_connection(("127.0.0.1", self.port))
        own = barrier.getsockname()[1]
        barrier.close()
        while True:  # accepted in order: once the barrier is counted, so is every earlier connection
            with self.lock:
                if own in self.peers:
                    self.peers.remove(own)
                    return len(self.peers)
            self.thread.join(0.01)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener():
    """A loopback listener; ``listener.connections()`` is how many connections reached it."""
    running = Listener()
    yield running
    running.close()
