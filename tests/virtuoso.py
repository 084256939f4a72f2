"""A private Virtuoso server on loopback ports, for the tests and the push benchmark.

Virtuoso (Debian's ``virtuoso-opensource``, ``virtuoso-t``) is the second store the build is
pushed into: a server store that keeps its data on disk and scales past one machine's memory.
:func:`start_virtuoso` writes a ``virtuoso.ini`` into a folder of its own (the database, its log
and its transaction file live there), starts the server in the foreground on two free ports of
127.0.0.1 (SQL and HTTP), grants the SPARQL user the right to write through the Graph Store
Protocol, and returns when ``/sparql`` answers.
"""
from __future__ import annotations

import shutil
import subprocess
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.serve import free_port, stop_process, wait_until_up

#: The password of the ``dba`` account of a fresh database (the server is private and on loopback).
DBA_PASSWORD = "dba"

INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {dir}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxQueryMem = 1G
ThreadsPerQuery = 1
AsyncQueueMaxThreads = 10

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
MaxClientConnections = 10
ServerThreads = 10
MaxKeepAlives = 4
KeepAliveTimeout = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 300
"""


@dataclass
class Virtuoso:
    """A running private Virtuoso: its process, folder and ports."""

    process: subprocess.Popen
    folder: Path
    http_port: int
    sql_port: int

    @property
    def sparql(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def graph_store(self) -> str:
        """The Graph Store endpoint that takes HTTP Digest authentication (``dba``)."""
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud-auth"

    def isql(self, statements: str) -> str:
        """Run SQL statements with ``isql`` as ``dba`` (the Debian package ships it as isql-vt)."""
        done = subprocess.run([isql_binary(), f"127.0.0.1:{self.sql_port}", "dba", DBA_PASSWORD],
                              input=statements, capture_output=True, text=True, timeout=120, check=True)
        return done.stdout

    def stop(self) -> None:
        stop_process(self.process)


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


def isql_binary() -> str:
    return shutil.which("isql-vt") or "isql-vt"


def start_virtuoso(folder: Path, *, buffers: int = 20000, seconds: float = 120.0) -> Virtuoso:
    """Start a private Virtuoso with its database in ``folder``; wait until ``/sparql`` answers."""
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(INI.format(dir=folder, sql_port=sql_port, http_port=http_port,
                                                    buffers=buffers, dirty=buffers * 3 // 4), encoding="utf-8")
    process = subprocess.Popen([virtuoso_binary() or "virtuoso-t", "+foreground", "+configfile", "virtuoso.ini"],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Virtuoso(process, folder, http_port, sql_port)
    ask = f"{server.sparql}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    try:
        wait_until_up(ask, process, seconds)
    except RuntimeError:
        if process.poll() is not None:
            log = (folder / "virtuoso.log").read_text(errors="replace").strip().splitlines()
            raise RuntimeError(f"Virtuoso stopped while starting: {log[-1] if log else process.returncode}") from None
        server.stop()
        raise RuntimeError(f"Virtuoso did not answer on {server.sparql} within {seconds:.0f} s") from None
    return server
