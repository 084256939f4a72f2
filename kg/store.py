"""Store stage: the files of a build and its embedded Oxigraph store.

A build directory holds ``graphs/`` (one TriG file per named graph: each document's, the
vocabulary, the shared nodes and the tallies), ``validation.txt``, ``warnings.txt``,
``manifest.json``, ``parts.json`` and ``store/`` (a pyoxigraph store of the same graphs, for fast
SPARQL); ``kg export`` writes them merged (:func:`write_merged`). Everything is written to a
temporary sibling folder that replaces ``DIR`` only when complete, and only a build or a new
folder is ever replaced (:func:`check_out_dir`); one build at a time writes ``DIR``
(:func:`build_lock`). What a rebuild keeps of the earlier build is hard-linked, never changed
in place, so the earlier build stays whole until the swap.
"""
from __future__ import annotations

import collections
import concurrent.futures
import ctypes
import errno
import fcntl
import functools
import hashlib
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .files import give_umask_mode
from .model import InputError, OldBuildError, OldBuildWarning, OutputError
from .namespaces import NAMESPACES

if TYPE_CHECKING:
    import pyoxigraph

STORE_DIR = "store"
#: The folder of the graph files: one TriG file per named graph (:func:`graph_file`).
GRAPHS_DIR = "graphs"
MANIFEST = "manifest.json"
#: Each document's result but its Turtle: what the next build takes of an unchanged document
#: (with its graph file, hard-linked) instead of reading its cache entry. A record keeps what
#: every build reads of every document as plain fields (key, triples, its SHACL results as the
#: paragraphs of ``validation.txt``) and what a build reads of a few (its tallies, its shared
#: line numbers) as JSON text, decoded only for those (:func:`record_numbers`); a build before
#: that kept the whole result as it was (``"result"``), which is still read.
PARTS = "parts.json"
#: The fields of a document's record in :data:`PARTS` under their names in a build before they
#: said what they hold (the file's own ``shared`` lines and ``tallies`` years stood beside them):
#: read under the names of today (:func:`current_record`).
FORMER_RECORD_FIELDS = {"shared": "shared_line_numbers", "top": "highest_shared_line", "tallies": "tallies_json",
                        "tally": "tallies_year_country"}
#: The input files of a build with their stamps and their documents (but the texts), with the
#: keys made of them: a later build does not read again a file whose stamp is unchanged.
SOURCES = "sources.json"
#: The layout of a build, in its manifest: 2 added a route index (``id:graph/routes/KEY``), 3
#: removed it and wrote what documents say of shared nodes once, in ``id:graph/shared``, instead
#: of in every document's graph; 4 wrote one file per named graph under ``graphs/`` instead of
#: ``kg.trig`` and ``kg.ttl``; 5 wrote a sentence's and a recommendation's text as ``prov:value``
#: instead of ``rdf:value`` (reserved vocabulary: data plus ontology was not OWL 2 DL); a build
#: without the number is of layout 1.
LAYOUT = 5
#: The oldest layout whose graphs this kg's readers read as they should (its queries read a
#: sentence's and a recommendation's text as ``prov:value``): :func:`check_layout`.
QUERY_LAYOUT = 5


def prefix_block() -> str:
    """The ``@prefix`` lines every serialisation starts with."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in NAMESPACES.items()) + "\n"


@functools.lru_cache(maxsize=None)  # a rebuild asks for each document's file several times (stamp, link)
def graph_file(iri: str) -> str:
    """Where the file of the named graph ``iri`` is in a build folder (a relative path).

    ``id:graph/shared`` is ``graphs/shared.trig``, a document's ``id:doc/kosovo-2009`` is
    ``graphs/doc/kosovo-2009.trig``; an IRI whose name is not a safe file name (or too long for
    one) is named by its hash.

    Examples
    --------
    >>> graph_file("https://w3id.org/tip-kg/id/graph/tallies"), graph_file("https://w3id.org/tip-kg/id/doc/kosovo-2009")
    ('graphs/tallies.trig', 'graphs/doc/kosovo-2009.trig')
    """
    name = iri.removeprefix(NAMESPACES["id"])
    name = name.removeprefix("graph/") if name != iri else ""
    parts = name.split("/")
    if not name or len(parts) > 2 or not all(_SAFE_NAME.fullmatch(part) for part in parts) \
            or parts[0] in (".", "..") or len(parts[-1].encode()) > 200:
        parts = ["other", hashlib.sha256(iri.encode("utf-8")).hexdigest()]
    return "/".join([GRAPHS_DIR, *parts]) + ".trig"


_SAFE_NAME = re.compile(r"[A-Za-z0-9._~%-]+")


def _graph_head(iri: str) -> bytes:
    return (prefix_block() + f"<{iri}> {{\n").encode("utf-8")


@dataclass(frozen=True)
class Extent:
    """A byte range of a graph file of the earlier build, copied as it is into a new one."""

    path: Path
    offset: int
    length: int


def write_graph(build_dir: Path, iri: str, body: str | Iterable[str | Extent]) -> list[tuple[int, int]]:
    """Write the named graph ``iri`` of Turtle statements ``body`` as its own TriG file in ``build_dir``.

    ``body`` may be pieces: texts, and extents of an earlier build's file, copied byte for byte
    (in the kernel where it can). Returns where each piece is in the file: ``(offset, length)``.
    A graph file is written once and never changed: the next build that keeps the graph
    hard-links it (:func:`link_graph`).
    """
    path = build_dir / graph_file(iri)
    path.parent.mkdir(parents=True, exist_ok=True)
    where = []
    sources: dict[Path, int] = {}
    try:
        with path.open("wb") as file:
            file.write(_graph_head(iri))
            for piece in [body] if isinstance(body, str) else body:
                start = file.tell()
                if isinstance(piece, Extent):
                    if piece.path not in sources:
                        sources[piece.path] = os.open(piece.path, os.O_RDONLY)
                    _copy_range(sources[piece.path], piece.offset, piece.length, file)
                else:
                    file.write(piece.encode("utf-8"))
                where.append((start, file.tell() - start))
            file.write(b"}\n")
    finally:
        for descriptor in sources.values():
            os.close(descriptor)
    return where


def read_extent(extent: Extent) -> str:
    """The text of a byte range of a file."""
    with extent.path.open("rb") as file:
        file.seek(extent.offset)
        data = file.read(extent.length)
    if len(data) != extent.length:
        raise OSError(errno.EIO, f"{extent.path}: {extent.length} bytes expected at {extent.offset}")
    return data.decode("utf-8")


def link_graph(previous: Path, build_dir: Path, iri: str) -> None:
    """Put the graph file of ``iri`` of the earlier build ``previous`` into ``build_dir``: a hard
    link (nothing is copied or written), or a copy where links are not allowed."""
    name = graph_file(iri)  # paths joined as strings: a rebuild links every unchanged document's file
    source, target = os.path.join(previous, name), os.path.join(build_dir, name)
    try:
        os.link(source, target)
    except FileNotFoundError:
        if os.path.isdir(os.path.dirname(target)):  # the source is gone
            raise
        os.makedirs(os.path.dirname(target))  # the first file of its folder
        link_graph(previous, build_dir, iri)
    except OSError:
        shutil.copyfile(source, target)


def graph_body(build_dir: Path, iri: str) -> str | None:
    """The Turtle body of the graph file of ``iri`` in ``build_dir``, or None when there is none
    or it is not as :func:`write_graph` writes it (edited, truncated)."""
    data = _graph_bytes(build_dir, iri)
    try:
        return None if data is None else data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _graph_bytes(build_dir: Path, iri: str) -> bytes | None:
    """The body of the graph file of ``iri`` as bytes (see :func:`graph_body`)."""
    try:
        data = (build_dir / graph_file(iri)).read_bytes()
    except OSError:
        return None
    head = _graph_head(iri)
    if not data.startswith(head) or not data.endswith(b"}\n"):
        return None
    return data[len(head):-2]


def build_graphs(build_dir: Path) -> list[str]:
    """The named graphs of a build, in the order of its merged files: the vocabulary, shared and
    tallies graphs, then the documents' in the order of the manifest."""
    from .vocab import SHARED_GRAPH, TALLIES_GRAPH, VOCABULARY_GRAPH, document_iri

    manifest = _manifest(build_dir) or {}
    graphs = manifest.get("graphs")
    if not isinstance(graphs, dict):
        raise FileNotFoundError(f"{build_dir}: no {MANIFEST} of a build (run `kg build` first)")
    order = [str(iri) for iri in (VOCABULARY_GRAPH, SHARED_GRAPH, TALLIES_GRAPH)]
    order += [str(document_iri(doc)) for doc in manifest.get("documents", [])]
    return list(dict.fromkeys(iri for iri in order + sorted(graphs) if iri in graphs))


def has_graph_files(build_dir: Path) -> bool:
    """Whether ``build_dir`` is a build of one file per named graph (layout 4), not of one ``kg.trig``."""
    return (Path(build_dir) / GRAPHS_DIR).is_dir() and (build_layout(Path(build_dir)) or 0) >= 4


def write_merged(build_dir: Path, out: BinaryIO, fmt: str) -> None:
    """Write the graphs of a build to ``out`` as one TriG (``fmt`` ``trig``) or one merged Turtle
    file (``ttl``), streamed from its graph files (the kernel copies them when ``out`` is a file).

    No statement is in two graphs of a build, so the merged Turtle repeats none.

    Raises
    ------
    FileNotFoundError : a graph file is missing.
    InputError : a graph file is not as the build wrote it (named in the message).
    """
    prefix = prefix_block().encode("utf-8")
    out.write(prefix)
    for iri in build_graphs(build_dir):
        path = Path(build_dir) / graph_file(iri)
        head = _graph_head(iri)
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size < len(head) + 2 or file.read(len(head)) != head or os.pread(file.fileno(), 2, size - 2) != b"}\n":
                raise InputError(f"{path}: not the graph file of <{iri}> that kg build wrote "
                                 "(edited or truncated? build again)")
            start, end = (len(prefix), size) if fmt == "trig" else (len(head), size - 2)
            _copy_range(file.fileno(), start, end - start, out)
        out.write(b"\n")
    out.flush()


def _copy_range(source: int, offset: int, length: int, out: BinaryIO) -> None:
    """Append ``length`` bytes of ``source`` from ``offset`` to ``out``, in the kernel where it can."""
    end = offset + length
    try:
        descriptor = out.fileno()
        out.flush()
        while offset < end:
            copied = os.copy_file_range(source, descriptor, end - offset, offset)
            if copied == 0:
                raise OSError(errno.EIO, f"{length} bytes expected at {offset}: the file is shorter")
            offset += copied
        return
    except (AttributeError, OSError, ValueError) as err:  # no copy_file_range, a pipe, a memory stream
        if isinstance(err, OSError) and err.errno not in (None, errno.EXDEV, errno.ENOSYS, errno.EINVAL,
                                                          errno.EOPNOTSUPP, errno.EBADF):
            raise
    while offset < end:
        data = os.pread(source, min(end - offset, 1 << 20), offset)
        if not data:
            raise OSError(errno.EIO, f"{length} bytes expected at {offset}: the file is shorter")
        out.write(data)
        offset += len(data)


def previous_sources(previous: Path, code: str) -> dict[str, dict]:
    """The input files the earlier build at ``previous`` read (:data:`SOURCES`), when it ran the same
    code (``code``: the keys it made hold the code's digest), else nothing."""
    try:
        sources = json.loads((previous / SOURCES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(sources, dict) or sources.get("code") != code or not isinstance(sources.get("files"), dict):
        return {}
    return sources["files"]


def file_stamp(build_dir: Path, iri: str) -> list[int]:
    """The size and modification time (ns) of the graph file of ``iri``: what tells a later build
    that the file is still the one this build wrote."""
    stat = os.stat(os.path.join(build_dir, graph_file(iri)))
    return [stat.st_size, stat.st_mtime_ns]


@dataclass
class Previous:
    """What a build can take of the earlier build in its folder (:func:`previous_parts`)."""

    documents: dict[str, dict]  # graph IRI → its record in PARTS: key and result (but the Turtle; shared lines by number)
    stamps: dict[str, list[int]]  # graph IRI → the stamp of its file, for the files still as written
    tallies: dict[str, dict] | None  # report year → its tallies' key, extent in the tallies file and triples
    shared_lines: list[str] = field(default_factory=list)  # the shared statement lines its documents list by number
    shared_uses: list[int] = field(default_factory=list)  # how many of its documents list each
    gone_shared: list[list[int]] = field(default_factory=list)  # the numbers its documents not taken list


def previous_parts(previous: Path, keys: dict[str, str], validated: bool) -> Previous:
    """What a build can take of the earlier build at ``previous``: its documents, by graph IRI, the
    stamps (:func:`file_stamp`) of its graph files that are still as it wrote them, and the
    records of the report years in its tallies file.

    The documents are those whose key is still ``keys[iri]`` (and validated, when ``validated``)
    and whose graph file is as written, as :data:`PARTS` records them: their result but the
    Turtle, so that they are neither read from the cache nor written again (their graph files
    are hard-linked). A file edited since (another size or time) is neither linked nor trusted.
    Their shared statement lines stay numbers of the earlier build's table of lines, which comes
    with how many documents list each line and the numbers the other documents listed.
    """
    nothing = Previous({}, {}, None)
    try:
        parts = json.loads((previous / PARTS).read_text(encoding="utf-8"))
        if not isinstance(parts, dict) or not isinstance(parts.get("documents"), dict) \
                or not isinstance(parts.get("files"), dict):
            return nothing
        stamps = {}
        for iri, stamp in parts["files"].items():
            try:
                if file_stamp(previous, iri) == stamp:
                    stamps[iri] = stamp
            except OSError:
                pass
        documents = {iri: current_record(record) for iri, record in parts["documents"].items()}
        taken = {iri: record for iri, record in documents.items()
                 if keys.get(iri) == record["key"] and (_record_fields(record)["validated"] or not validated)
                 and iri in stamps}
        lines, uses = parts["shared"], parts.get("uses")
        if any(_top_number(record) >= len(lines) for record in documents.values()):
            return nothing
        if not (isinstance(uses, list) and len(uses) == len(lines)):  # a build before the counts were kept
            uses = [0] * len(lines)
            for record in documents.values():
                for number in record_numbers(record):
                    uses[number] += 1
        gone = [record_numbers(record) for iri, record in documents.items() if iri not in taken]
        from .vocab import TALLIES_GRAPH

        tallies = parts.get("tallies") if str(TALLIES_GRAPH) in stamps and isinstance(parts.get("tallies"), dict) else None
        return Previous(taken, stamps, tallies, lines, uses, gone)
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return nothing


def current_record(record: dict) -> dict:
    """A document's record in :data:`PARTS` with the field names this kg writes: those of a flat record
    written before are renamed (:data:`FORMER_RECORD_FIELDS`); a whole result (``"result"``) is left as it is.

    >>> current_record({"key": "k", "shared": "[0, 3]", "top": 3, "tallies": None, "tally": None})
    {'key': 'k', 'shared_line_numbers': '[0, 3]', 'highest_shared_line': 3, 'tallies_json': None, 'tallies_year_country': None}
    """
    if "result" in record or "shared_line_numbers" in record:
        return record
    return {FORMER_RECORD_FIELDS.get(name, name): value for name, value in record.items()}


def _record_fields(record: dict) -> dict:
    """The fields of a document's record in :data:`PARTS` (``"result"`` holds them in a build before records kept them flat)."""
    return record["result"] if "result" in record else record


def record_numbers(record: dict) -> list[int]:
    """The numbers of the shared lines a document's record in :data:`PARTS` lists (:func:`current_record`'s)."""
    numbers = record["result"]["shared"] if "result" in record else record["shared_line_numbers"]
    return json.loads(numbers) if isinstance(numbers, str) else numbers


def _top_number(record: dict) -> int:
    """The largest shared line number a record lists (-1 for none), read without decoding its list when it keeps it."""
    top = record.get("highest_shared_line")
    return top if isinstance(top, int) else max(record_numbers(record), default=-1)


class StoreLoader:
    """A new Oxigraph store for a build, bulk-loaded a few megabytes of graphs at a time, two loads
    at once, then compacted by :meth:`finish`.

    The graphs are loaded once every graph file is written, not while the documents are made:
    each bulk load adds files that overlap the store's, and RocksDB merges them in the background
    for as long as loads keep coming. Loads spread over the documents stage kept it merging for
    the whole build, on the cores the workers needed (1,200 narratives replayed: 92 CPU s of
    merging with a chunk every 5 s, 45 s back to back; 600 built cold at load 8-9: the build
    process 79 -> 68 CPU s, the documents stage 684 -> 241 s).

    A bulk load parses its chunk and then writes its tables, one step after the other, on one
    core: :data:`LOADS_AT_ONCE` chunks are loaded at once, in threads (pyoxigraph lets go of the
    interpreter's lock while it loads), while this thread reads and joins the next chunk.

    ``merge_at_end`` (a loader in a process of its own, :func:`load_graphs`) gives RocksDB's
    merging threads the lowest priority (nice 19) and leaves the compaction to whoever opens the
    store next: what they merge while chunks keep coming is merged again by ``optimize()``
    (1,000 narratives replayed: 25-28 of the load's 83-93 CPU s); at the lowest priority they
    merge only what the loads leave of the cores (3-4 CPU s).
    """

    #: Turtle bulk-loaded at a time. Oxigraph's bulk loader holds about 10-20 times this in
    #: memory (1,200 narratives loaded alike: 8 MB chunks peaked 230 MB above the process,
    #: 16 MB 320 MB, 32 MB 650 MB); fewer, larger loads merge less.
    CHUNK_BYTES = 8 * 1024 * 1024
    #: Chunks loaded at once (each in a thread, each holding its chunk's memory).
    LOADS_AT_ONCE = 2

    def __init__(self, build_dir: Path, *, merge_at_end: bool = False):
        self._path = build_dir / STORE_DIR
        self._merge_at_end = merge_at_end
        self._store: pyoxigraph.Store | None = None
        self._pending: list[bytes] = []
        self._size = 0
        self._threads: concurrent.futures.ThreadPoolExecutor | None = None
        self._running: collections.deque[concurrent.futures.Future] = collections.deque()

    def add(self, iri: str, body: str | bytes) -> None:
        """Queue the Turtle statements ``body`` of the named graph ``iri``; a body larger than a
        chunk is cut between its statements (TriG may give a graph in several blocks)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        head = f"<{iri}> {{\n".encode("utf-8")
        for piece in _statement_pieces(data, self.CHUNK_BYTES):
            if self._size and self._size + len(piece) > self.CHUNK_BYTES:
                self._load()
            self._pending += (head, piece, b"}\n")
            self._size += len(piece)

    def _load(self) -> None:
        """Start loading the pending chunk, once fewer than :data:`LOADS_AT_ONCE` loads are running."""
        import pyoxigraph

        if self._store is None:
            self._store = pyoxigraph.Store(str(self._path))
            if self._merge_at_end:
                lower_merging_threads()
            self._threads = concurrent.futures.ThreadPoolExecutor(self.LOADS_AT_ONCE, thread_name_prefix="store-load")
        if not self._pending:
            return
        data = b"".join([prefix_block().encode("utf-8"), *self._pending])
        self._pending, self._size = [], 0
        while len(self._running) >= self.LOADS_AT_ONCE:
            _outcome(self._running.popleft())  # raises a load's error here
        assert self._threads is not None  # opened with the store
        self._running.append(self._threads.submit(self._store.bulk_load, input=data, format=pyoxigraph.RdfFormat.TRIG))

    def _wait(self) -> None:
        """Wait for every load; raise the first error, once no load is left running."""
        try:
            while self._running:
                _outcome(self._running.popleft())
        finally:
            self._end_threads()

    def _end_threads(self) -> None:
        for load in self._running:
            load.cancel()
        self._running.clear()
        if self._threads is not None:
            self._threads.shutdown(wait=True)
            self._threads = None

    def abandon(self) -> None:
        """End the loads without raising their errors and close the store: nothing is left writing
        in the store's folder when its caller removes it (RocksDB's own threads stop when the store
        is closed, and a store is closed when no reference to it is left)."""
        self._end_threads()
        self._store = None

    def finish(self) -> None:
        """Load what is left, wait for every load and compact the store (but with ``merge_at_end``)."""
        try:
            self._load()
        finally:
            self._wait()
        assert self._store is not None  # _load opened it
        self._store.flush()
        if not self._merge_at_end:
            compact(self._store)
        self._store = None  # closed: RocksDB ends the merge it is in, and starts no other


def compact(oxigraph_store) -> None:
    """Compact a freshly loaded store.

    A large bulk load leaves overlapping files that every lookup visits; compacted, the queries
    of the ten-times graph ran 1.5-2x faster (tier-changes 196 -> 83 ms) for 8 s of its
    2.5-minute build, and no measurable time on the dev corpus.
    """
    oxigraph_store.optimize()


def lower_merging_threads() -> None:
    """Give this process's RocksDB merging threads (``rocksdb:low``) the lowest priority, nice 19.

    On Linux a thread's nice value is its own, and a process without privileges cannot take it
    back: only a process that ends after its loads calls this (:func:`load_graphs`).
    """
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as comm:
                if comm.read().startswith("rocksdb:low"):
                    os.setpriority(os.PRIO_PROCESS, int(tid), 19)
        except (OSError, ValueError):  # a thread that ended meanwhile
            pass


def _outcome(load: concurrent.futures.Future) -> None:
    """Wait for ``load``; raise its error without the loading thread's frames, which hold the store
    open (a store still open after a failed build kept writing in the folder being removed)."""
    try:
        load.result()
    except BaseException as error:
        raise error.with_traceback(None) from None


def _statement_pieces(body: bytes, size: int) -> Iterator[bytes]:
    """``body`` cut after whole statements into pieces of at most ``size`` bytes (a statement
    longer than ``size`` is a piece of its own). :mod:`kg.turtle` ends a statement with a blank
    line, which no literal holds (it writes a line break as ``\\n``)."""
    start = 0
    while len(body) - start > size:
        cut = body.rfind(b"\n\n", start, start + size)
        if cut < start:
            cut = body.find(b"\n\n", start + size)
            if cut < 0:
                break
        yield body[start:cut + 2]
        start = cut + 2
    if start < len(body):
        yield body[start:] if start else body


def write_json(path: Path, data, *, compact: bool = False, ascii_only: bool = False) -> None:
    """Write ``data`` as JSON, keys sorted; ``compact`` on one line (written by the C encoder: the
    indented one is pure Python, several times slower on the records of thousands of documents);
    ``ascii_only`` with other characters escaped (a file only builds read: 50 MB of records at
    4,500 narratives were encoded and decoded again in 0.3 s instead of 0.5 s)."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=ascii_only,
                      **({"separators": (",", ":")} if compact else {"indent": 1}))
    path.write_text(text + "\n", encoding="utf-8")


#: A fresh store of more graph files than this (in bytes) is loaded by a process of its own
#: (:func:`load_graphs`); a smaller one, of a few chunks, merges little while it loads.
LOAD_APART_BYTES = 4 * StoreLoader.CHUNK_BYTES


def load_graphs(build_dir: Path, graphs: Iterable[str]) -> float:
    """Bulk-load the files of the named ``graphs`` of a build into a new store, compacted.

    The graphs go in the order of their keys in the store (:func:`store_key_order`): then the
    tables of each load that begin with the graph (three of the six) overlap no other load's,
    and RocksDB files them without merging (1,000 narratives replayed: 109 -> 97 CPU s, a store
    of 1,845 -> 1,531 MB).

    More than :data:`LOAD_APART_BYTES` of graph files (on Linux) are loaded by a process of its
    own whose merging threads run at the lowest priority (:class:`StoreLoader`'s
    ``merge_at_end``); this process then compacts the store, in one pass, with merging threads
    of ordinary priority. Returns the CPU seconds of that loading process (0.0 when there was none).
    """
    order = store_key_order(build_dir, graphs)
    size = sum(os.path.getsize(os.path.join(build_dir, graph_file(iri))) for iri in order)
    if size <= LOAD_APART_BYTES or not os.path.isdir("/proc/self/task"):
        load_in_order(build_dir, order)
        return 0.0
    seconds = _load_apart(build_dir, order)
    import pyoxigraph

    oxigraph_store = pyoxigraph.Store(str(build_dir / STORE_DIR))
    compact(oxigraph_store)
    del oxigraph_store
    return seconds


def load_in_order(build_dir: Path, order: Iterable[str], *, merge_at_end: bool = False) -> None:
    """Bulk-load the graph files of ``order`` in that order into a new store (:class:`StoreLoader`)."""
    loader = StoreLoader(build_dir, merge_at_end=merge_at_end)
    try:
        for iri in order:
            body = _graph_bytes(build_dir, iri)
            if body is None:
                raise OSError(errno.EIO, f"{build_dir / graph_file(iri)}: not the graph file kg build wrote")
            loader.add(iri, body)
        loader.finish()
    except BaseException:
        loader.abandon()
        raise


#: The loading process of :func:`load_graphs`: ``python -c _LOAD_APART KG_PARENT BUILD_DIR``, the graphs'
#: IRIs on its standard input (kg's folder is tried last, for a kg run from a source tree).
_LOAD_APART = ("import sys; sys.path.append(sys.argv[1]); from kg.store import _load_for_parent; "
               "_load_for_parent(sys.argv[2], int(sys.argv[3]))")


def _load_apart(build_dir: Path, order: list[str]) -> float:
    """Run :func:`load_in_order` with ``merge_at_end`` in a process of its own; its CPU seconds.

    Raises
    ------
    OSError : the loading process failed (its error, in one line) or was killed.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    kg_parent = str(Path(__file__).resolve().parent.parent)
    child = subprocess.Popen([sys.executable, "-c", _LOAD_APART, kg_parent, str(build_dir), str(os.getpid())],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, error = child.communicate("\n".join(order).encode("utf-8"))
    finally:
        if child.poll() is None:  # interrupted: nothing is left writing in the store's folder
            child.kill()
            child.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode:
        raise _load_error(error, child.returncode)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def end_with_parent(parent: int) -> None:
    """Have this process killed when its parent ``parent`` ends (Linux ``PR_SET_PDEATHSIG``), or end now if
    it already has: a build killed while its store loads leaves no process writing in the staging folder,
    which the next build removes (:func:`build_lock`)."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def _load_error(stderr: bytes, returncode: int) -> OSError:
    """The error a failed loading process reported (:func:`_load_for_parent`), as an OSError."""
    try:
        reported = json.loads(stderr.decode("utf-8", "replace").strip().splitlines()[-1])
        number, message = reported["errno"], reported["message"]
    except (ValueError, IndexError, KeyError, TypeError):
        how = f"killed by signal {-returncode}" if returncode < 0 else f"ended with status {returncode}"
        return OSError(errno.EIO, f"the store's loading process was {how}")
    return OSError(number if isinstance(number, int) else errno.EIO, str(message))


def _load_for_parent(build_dir: str, parent: int) -> None:
    """The loading process of :func:`load_graphs`: load the graphs whose IRIs come on standard input,
    in that order; an error is reported as one line of JSON on standard error (``errno``, ``message``)."""
    end_with_parent(parent)
    order = sys.stdin.read().split()
    try:
        load_in_order(Path(build_dir), order, merge_at_end=True)
    except Exception as error:  # reported to the parent, which raises it
        number = error.errno if isinstance(error, OSError) else None
        if isinstance(error, OSError) and error.strerror:
            message = f"{error.filename}: {error.strerror}" if error.filename else error.strerror
        else:
            message = f"{type(error).__name__}: {error}"
        sys.stderr.write(json.dumps({"errno": number, "message": message}) + "\n")
        sys.exit(1)


def store_key_order(build_dir: Path, graphs: Iterable[str]) -> list[str]:
    """``graphs`` in the order of their keys in an Oxigraph store (a hash of the IRI), read from a
    scratch store in ``build_dir`` that lists them (its named graphs come in key order)."""
    import pyoxigraph

    with tempfile.TemporaryDirectory(prefix=".order-", dir=build_dir) as scratch:
        ordering = pyoxigraph.Store(scratch)
        for iri in graphs:
            ordering.add_graph(pyoxigraph.NamedNode(iri))
        order = [graph.value for graph in ordering.named_graphs() if isinstance(graph, pyoxigraph.NamedNode)]
        del ordering  # closed before its folder goes
    return order


def previous_store(previous: Path, document_keys: dict[str, str]) -> dict[str, str] | None:
    """The graph keys of the earlier build at ``previous`` when its store is worth updating in place, else None.

    It is when fewer than half of its documents' graphs change (a new document's graph, the
    tallies of one year): then only the statements that differ are removed or added, which is
    much faster than loading everything again. After a code change every graph changes, and
    removing quads costs about as much as loading them, so a fresh load is faster.
    """
    from .vocab import SHARED_GRAPH, TALLIES_GRAPH, VOCABULARY_GRAPH

    old_keys = _previous_keys(previous)
    if old_keys is None:
        return None
    documents = [iri for iri in old_keys
                 if iri not in (str(VOCABULARY_GRAPH), str(SHARED_GRAPH), str(TALLIES_GRAPH))
                 and not iri.startswith(str(VOCABULARY_GRAPH).rsplit("/", 1)[0] + "/routes/")]  # layout 2's route index
    changed = sum(document_keys.get(iri) != old_keys[iri] for iri in documents)
    return old_keys if changed < len(old_keys) / 2 else None


def update_store(build_dir: Path, body: Callable[[str], str], keys: dict[str, str], previous: Path,
                 old_keys: dict[str, str], old_stamps: dict[str, list[int]],
                 changes: dict[str, tuple[str, str]] | None = None) -> bool:
    """Make the store of ``build_dir`` from the store of the earlier build ``previous``, updating the
    named graphs whose key changed (``body(iri)`` gives the new Turtle body of one; the old one is
    read from the earlier build's graph file when its stamp is in ``old_stamps``; ``changes``
    gives, for a graph, only the statements that changed: ``(new, old)`` blocks). False when
    the previous store is damaged: then nothing is left in ``build_dir`` and it must be loaded afresh.
    """
    target = build_dir / STORE_DIR
    try:
        _update_store(target, body, keys, previous, old_keys, old_stamps, changes or {})
        return True
    except (RuntimeError, OSError, ValueError, SyntaxError):  # a damaged previous store: load afresh
        shutil.rmtree(target, ignore_errors=True)
        return False


def _link_or_copy(source: str, destination: str) -> None:
    """RocksDB never changes a table file (``.sst``) once written, so the copy of a store shares them
    (a hard link: copying the 4,500-narrative store took longer than the rest of an update)."""
    if source.endswith(".sst"):
        try:
            os.link(source, destination)
            return
        except OSError:  # another file system, or links not allowed
            pass
    shutil.copy2(source, destination)


def _update_store(target: Path, body: Callable[[str], str], keys: dict[str, str], previous: Path,
                  old_keys: dict[str, str], old_stamps: dict[str, list[int]], changes: dict[str, tuple[str, str]]) -> None:
    """Copy the store of ``previous`` to ``target`` and update the named graphs whose key changed.

    Raises
    ------
    RuntimeError : the previous store is damaged (RocksDB finds most damage when it opens a
        store; one whose files are gone opens empty, and is caught by its graphs).
    """
    import pyoxigraph

    shutil.copytree(previous / STORE_DIR, target, copy_function=_link_or_copy)
    oxigraph_store = pyoxigraph.Store(str(target))
    if {graph.value for graph in oxigraph_store.named_graphs()} != old_keys.keys():
        raise RuntimeError(f"{previous / STORE_DIR} does not hold the graphs of its manifest")
    for iri in old_keys.keys() - keys.keys():
        oxigraph_store.remove_graph(pyoxigraph.NamedNode(iri))
    for iri in keys:
        if old_keys.get(iri) == keys[iri]:
            continue
        if iri in changes:
            _update_graph(oxigraph_store, iri, *changes[iri])
            continue
        old_body = (graph_body(previous, iri) if iri in old_stamps else None) if iri in old_keys else ""
        if old_body is None:  # not found as written: replace it whole
            oxigraph_store.remove_graph(pyoxigraph.NamedNode(iri))
        _update_graph(oxigraph_store, iri, body(iri), old_body or "")
    oxigraph_store.flush()  # not compacted: a few graphs barely slow lookups, compacting cost 0.7 s here


def _update_graph(oxigraph_store, iri: str, body: str, old_body: str) -> None:
    """Turn the named graph ``iri`` from ``old_body`` into ``body``, removing and adding only the statements that differ.

    Bodies are written one subject per block (:mod:`kg.turtle`), so blocks compare as text.
    Removing a whole graph costs about as much as loading it, and reading it back from the
    store more: for the tallies graph (54,000 quads on the dev corpus, of which adding a
    document changes a few blocks) that was 1.5 s.
    """
    import pyoxigraph

    old_blocks, new_blocks = set(_blocks(old_body)), set(_blocks(body))
    for blocks, adding in ((old_blocks - new_blocks, False), (new_blocks - old_blocks, True)):
        if not blocks:
            continue
        data = prefix_block() + f"<{iri}> {{\n" + "\n".join(sorted(blocks)) + "}\n"
        quads = pyoxigraph.parse(input=data.encode("utf-8"), format=pyoxigraph.RdfFormat.TRIG)
        if adding:
            oxigraph_store.extend(quads)
        else:
            for quad in quads:
                oxigraph_store.remove(quad)


def _blocks(body: str) -> list[str]:
    """The statements of a body, one block per subject."""
    return [block.strip("\n") + "\n" for block in body.split("\n\n") if block.strip()]


def _manifest(build_dir: Path) -> dict | None:
    """The manifest of a build, or None when it has no readable one."""
    try:
        manifest = json.loads((Path(build_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def build_layout(build_dir: Path) -> int | None:
    """The layout number of a build (:data:`LAYOUT`), or None when it has no readable manifest.

    The manifest is read once while it stays the same file (inode, size, modification and change
    times: ``cp -p`` over it at the same size puts the modification time back, not the change time): a reader checks the
    layout (:func:`check_layout`) and so does the query engine it opens (``kg facts`` and ``kg routes``
    read a manifest of 1 MB at 10x twice)."""
    path = Path(build_dir) / MANIFEST
    try:
        stat = path.stat()
    except OSError:
        return None
    return _manifest_layout(str(Path(build_dir).resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns,
                            stat.st_ctime_ns)


@functools.lru_cache(maxsize=8)
def _manifest_layout(build_dir: str, inode: int, size: int, mtime_ns: int, ctime_ns: int) -> int | None:
    """The layout the manifest of ``build_dir`` states (the file's identity only keys the cache)."""
    manifest = _manifest(Path(build_dir))
    return None if manifest is None else manifest.get("layout", 1)


def check_layout(build_dir: str | Path, *, strict: bool = True) -> None:
    """Refuse a build whose layout is older than this kg reads (:data:`QUERY_LAYOUT`): every reader
    of a build (facts, routes, report, serve, push, validate) calls it first, so an old build gets
    this one line instead of empty or wrong answers; ``strict=False`` (``kg query``, ``kg export``,
    whose answer is still what the build holds) warns (:class:`OldBuildWarning`) instead.

    Raises
    ------
    OldBuildError : one line naming ``build_dir`` and saying to rebuild it.
    """
    layout = build_layout(Path(build_dir))
    if layout is None or layout >= QUERY_LAYOUT:
        return
    message = (f"{build_dir} was built by an older kg (layout {layout} < {QUERY_LAYOUT}): rebuild it with "
               f"`kg build` (this kg reads a sentence's and a recommendation's text as prov:value, written "
               f"since layout {QUERY_LAYOUT})")
    if strict:
        raise OldBuildError(message)
    warnings.warn(message, OldBuildWarning, stacklevel=2)


def _previous_keys(previous: Path | None) -> dict[str, str] | None:
    """Graph keys of an earlier build whose store can be updated in place, else None."""
    if previous is None or not (previous / STORE_DIR).is_dir():
        return None
    keys = (_manifest(previous) or {}).get("graphs")
    return keys if isinstance(keys, dict) else None


def open_store(build_dir: Path, *, read_only: bool = True):
    """Open the Oxigraph store of a build (read-only by default)."""
    import pyoxigraph

    path = Path(build_dir) / STORE_DIR
    if not path.is_dir():
        raise FileNotFoundError(f"{build_dir}: no Oxigraph store (run `kg build` first)")
    return pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))


def is_build_dir(path: Path) -> bool:
    """Whether ``path`` is a folder this tool built (it has a manifest with documents and graph keys)."""
    manifest = _manifest(path) if Path(path).is_dir() else None
    return manifest is not None and "documents" in manifest and "code" in manifest


def check_out_dir(out_dir: str | Path, *, inputs: Iterable[str | Path], cache: Path) -> Path:
    """The absolute build folder ``out_dir``, after making sure that replacing it destroys no other file.

    A build only replaces an earlier build (or an empty folder) or makes a new one: an existing
    file, a folder that is no build, an input or a folder holding one, the current folder, the
    home folder or a folder holding either, and the cache folder are refused.

    Raises
    ------
    OutputError : one line naming ``out_dir`` and what is there.
    """
    target = Path(out_dir).resolve()
    shown = str(out_dir) or "''"

    def refuse(why: str) -> OutputError:
        return OutputError(f"--out {shown}: {why}; a build only replaces an earlier build or makes a new folder")

    def is_or_holds(folder: Path) -> bool:
        return target == folder or target in folder.parents

    for place, name in ((Path.cwd().resolve(), "the current folder"), (Path.home().resolve(), "the home folder")):
        if is_or_holds(place):
            raise refuse(f"{target} is {name}" if target == place else f"{target} holds {name}")
    cache = Path(cache).resolve()
    if is_or_holds(cache) or cache in target.parents:
        where = "is" if target == cache else "holds" if target in cache.parents else "is inside"
        raise refuse(f"{target} {where} the cache folder {cache}")
    for raw in inputs:
        source = Path(raw).resolve()
        if is_or_holds(source):
            raise refuse(f"{target} is the input {raw}" if target == source else f"{target} holds the input {raw}")
    ancestor = target
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if ancestor != target and not ancestor.is_dir():
        raise refuse(f"{ancestor} is a file, not a folder")
    if target.exists() or target.is_symlink():
        if not target.is_dir():
            raise refuse("a file is there, not a build folder")
        if not is_build_dir(target) and any(target.iterdir()):
            raise refuse(f"{target} is a folder that is no build (no {MANIFEST} of kg)")
    return target


@contextmanager
def build_lock(target: Path) -> Iterator[None]:
    """Hold the lock of the build folder ``target`` (a file beside it), and clean what killed builds left.

    Only the holder of the lock makes staging folders beside ``target``, so once it is held any
    left there belong to a build that died (killed, or the machine stopped): they are removed.

    Raises
    ------
    OutputError : another build holds the lock.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = target.parent / f".{target.name}.lock"
    while True:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.read(descriptor, 32).decode("ascii", "replace").strip()
            os.close(descriptor)
            owner = f" (pid {owner})" if owner.isdigit() else ""
            raise OutputError(f"--out {target}: another kg build{owner} is writing this folder; "
                              "run this one when it ends") from None
        # The holder before us may have removed the file after we opened it: lock the file now there.
        try:
            if os.stat(lock_path).st_ino == os.fstat(descriptor).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(descriptor)
    try:
        os.ftruncate(descriptor, 0)
        os.write(descriptor, f"{os.getpid()}\n".encode("ascii"))
        leftover = re.compile(rf"\.{re.escape(target.name)}\.(building|old|trash)-[A-Za-z0-9_]+")
        for path in target.parent.iterdir():
            if match := leftover.fullmatch(path.name):
                # killed between the two renames of the fallback swap: the old build goes back first
                # (never a trash folder: an earlier build that an rm may be half-way through)
                if match[1] == "old" and not target.exists() and is_build_dir(path / target.name):
                    os.rename(path / target.name, target)
                shutil.rmtree(path, ignore_errors=True)
        yield
    finally:
        try:
            os.unlink(lock_path)
        finally:
            os.close(descriptor)


#: An earlier build of more graphs than this is removed after the swap by a process of its own,
#: which the build does not wait for: unlinking its files costs about 0.1 ms of CPU a document
#: (0.1-0.2 s at 1,000 full-length narratives); a smaller one costs less than starting the process.
REMOVE_LATER_GRAPHS = 200


@contextmanager
def replacing_dir(target: Path, *, remove_later: bool = False) -> Iterator[Path]:
    """Yield a temporary folder beside ``target`` that replaces it when the block succeeds.

    On any error the temporary folder is removed and ``target`` is left as it was. On Linux the
    two folders are exchanged in one step (``renameat2(RENAME_EXCHANGE)``), so ``target`` always
    holds a whole build, the old or the new one, even if the process is killed; elsewhere the old
    build is moved aside first. The old build is then removed, after the swap: by a process of
    its own that this one does not wait for when ``remove_later`` (one killed before it ends
    leaves a folder that the next build removes, :func:`build_lock`). Call it holding
    :func:`build_lock`.
    """
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    give_umask_mode(staging)  # mkdtemp makes it 0700; it becomes the build folder
    try:
        yield staging
        _fsync_tree(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if target.is_dir() and not target.is_symlink() and _exchange(staging, target):
        _remove(staging, remove_later)  # it now holds the old build
        return
    retired = None
    if target.exists() or target.is_symlink():
        retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, retired / target.name)
    os.rename(staging, target)
    if retired is not None:
        # a trash name first: the next build_lock puts an ".old-" folder's build back when the target is gone,
        # which would be a half-removed one had the user deleted the target while rm was at work
        trash = target.parent / f".{target.name}.trash-{retired.name.rsplit('.old-', 1)[1]}"
        os.rename(retired, trash)
        _remove(trash, remove_later)


#: The processes removing earlier builds, not waited for: each call of :func:`_remove` reaps those that ended.
_REMOVERS: list[subprocess.Popen] = []


def _remove(folder: Path, later: bool) -> None:
    """Remove ``folder`` now, or, when ``later``, in a process of its own (``rm``) not waited for."""
    if later:
        _REMOVERS[:] = [remover for remover in _REMOVERS if remover.poll() is None]
        try:
            _REMOVERS.append(subprocess.Popen(["rm", "-rf", "--", str(folder)], stdin=subprocess.DEVNULL,
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                              start_new_session=True))
            return
        except OSError:  # no rm here: remove it now
            pass
    shutil.rmtree(folder, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); False where that is not supported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # a libc without renameat2 (glibc < 2.28)
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):  # a file system that cannot exchange
        return False
    raise OSError(error, os.strerror(error), str(second))


def _fsync_tree(folder: Path) -> None:
    """Flush the files of ``folder`` to disk, so that the swap never publishes half-written files.

    A file with another link is one an earlier build wrote (and flushed) and this one linked:
    only the folder holding the link needs flushing.
    """
    paths = []
    for root, _, files in os.walk(folder, topdown=False):
        for name in files:
            path = os.path.join(root, name)
            if os.lstat(path).st_nlink == 1:
                paths.append(path)
        paths.append(root)
    for path in paths:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
