"""Store stage: the files of a build and its embedded Oxigraph store.

A build directory holds ``kg.trig`` (one named graph per document plus the vocabulary, the
shared nodes and the tallies), ``kg.ttl`` (all merged), ``validation.txt``,
``warnings.txt``, ``manifest.json`` and ``store/`` (a pyoxigraph store loaded from ``kg.trig``, for fast SPARQL). Everything is
written to a temporary sibling folder that replaces ``DIR`` only when complete, and only a build
or a new folder is ever replaced (:func:`check_out_dir`); one build at a time writes ``DIR``
(:func:`build_lock`).
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import mmap
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .files import give_umask_mode
from .model import OutputError
from .namespaces import NAMESPACES

if TYPE_CHECKING:
    import pyoxigraph

STORE_DIR = "store"
TRIG = "kg.trig"
TURTLE = "kg.ttl"
MANIFEST = "manifest.json"
#: Each document's result (but its Turtle) and where its blocks are in kg.trig and kg.ttl: what the
#: next build takes of an unchanged document instead of reading the cache and writing it again.
PARTS = "parts.json"
#: The layout of a build, in its manifest: 2 added a route index (``id:graph/routes/KEY``), 3
#: removed it and wrote what documents say of shared nodes once, in ``id:graph/shared``, instead
#: of in every document's graph; a build without the number is of layout 1.
LAYOUT = 3


def prefix_block() -> str:
    """The ``@prefix`` lines every serialisation starts with."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in NAMESPACES.items()) + "\n"


@dataclass(frozen=True)
class Extent:
    """A byte range of a file of the previous build: a graph's block there, copied as it is."""

    path: Path
    offset: int
    length: int


def write_trig(path: Path, graphs: Iterable[tuple[str, str | Extent]]) -> dict[str, tuple[int, int]]:
    """Write ``(graph IRI, Turtle body)`` pairs as one TriG file (``graphs`` may be a generator: it is streamed).

    A body may be an :class:`Extent` of an earlier TriG file written here: that graph's block is
    copied from it byte for byte. Returns where each graph's block is: ``{IRI: (offset, length)}``.
    """
    return _write(path, ((iri, body if isinstance(body, Extent) else f"<{iri}> {{\n{body}}}\n\n") for iri, body in graphs))


def write_turtle(path: Path, graphs: Iterable[tuple[str, str | Extent]]) -> dict[str, tuple[int, int]]:
    """Write the Turtle bodies of ``(graph IRI, body)`` pairs as one merged Turtle file (streamed); as :func:`write_trig`."""
    return _write(path, ((iri, body if isinstance(body, Extent) else body + "\n") for iri, body in graphs))


def _write(path: Path, blocks: Iterable[tuple[str, str | Extent]]) -> dict[str, tuple[int, int]]:
    where: dict[str, tuple[int, int]] = {}
    sources: dict[Path, int] = {}
    try:
        with path.open("wb") as out:
            out.write(prefix_block().encode("utf-8"))
            for iri, block in blocks:
                start = out.tell()
                if isinstance(block, Extent):
                    if block.path not in sources:
                        sources[block.path] = os.open(block.path, os.O_RDONLY)
                    out.flush()
                    _copy_range(sources[block.path], block.offset, block.length, out)
                else:
                    out.write(block.encode("utf-8"))
                where[iri] = (start, out.tell() - start)
    finally:
        for descriptor in sources.values():
            os.close(descriptor)
    return where


def _copy_range(source: int, offset: int, length: int, out) -> None:
    """Append ``length`` bytes of ``source`` from ``offset`` to ``out`` (flushed), in the kernel where it can."""
    end = offset + length
    try:
        while offset < end:
            copied = os.copy_file_range(source, out.fileno(), end - offset, offset)
            if copied == 0:
                raise OSError(errno.EIO, f"{length} bytes expected at {offset}: the earlier build's file is shorter")
            offset += copied
        return
    except (AttributeError, OSError) as err:  # no copy_file_range here (another system, another file system)
        if isinstance(err, OSError) and err.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
            raise
    while offset < end:
        data = os.pread(source, min(end - offset, 1 << 20), offset)
        if not data:
            raise OSError(errno.EIO, f"{length} bytes expected at {offset}: the earlier build's file is shorter")
        out.write(data)
        offset += len(data)
    out.flush()


def previous_parts(previous: Path, keys: dict[str, str], validated: bool) -> dict[str, dict]:
    """The documents of the earlier build at ``previous`` that a build can take as they are, by graph IRI.

    Those whose key is still ``keys[iri]`` (and validated, when ``validated``), as :data:`PARTS`
    records them: their result (but the Turtle) and where their blocks are in ``kg.trig`` and
    ``kg.ttl``, so that they are neither read from the cache nor written again, only copied.
    Checked, not trusted: when the files are not the size the record says, or a block does not
    start with its graph, nothing is taken.
    """
    try:
        parts = json.loads((previous / PARTS).read_text(encoding="utf-8"))
        sizes = {name: (previous / name).stat().st_size for name in (TRIG, TURTLE)}
        if not isinstance(parts, dict) or parts.get("sizes") != sizes or not isinstance(parts.get("documents"), dict):
            return {}
        taken = {iri: record for iri, record in parts["documents"].items()
                 if keys.get(iri) == record["key"] and (record["result"]["validated"] or not validated)}
        with (previous / TRIG).open("rb") as trig:
            for iri, record in taken.items():
                head = f"<{iri}> {{\n".encode("utf-8")
                offset, length = record["trig"]
                trig.seek(offset)
                if length < len(head) or trig.read(len(head)) != head:
                    return {}
        return taken
    except (OSError, ValueError, TypeError, KeyError):
        return {}


class BodySpool:
    """The Turtle bodies of a build's documents, kept in an unnamed file of the build folder, not in memory.

    Documents finish in any order and ``kg.trig`` lists them in input order: each body is
    written here as it comes and read back when the files are written. On the full corpus
    (4,500 narratives) the bodies are over a gigabyte of text.
    """

    def __init__(self, folder: Path):
        self._file = tempfile.TemporaryFile(dir=folder)
        self._where: dict[str, tuple[int, int]] = {}

    def add(self, iri: str, body: str) -> None:
        data = body.encode("utf-8")
        self._file.seek(0, os.SEEK_END)
        self._where[iri] = (self._file.tell(), len(data))
        self._file.write(data)

    def body(self, iri: str) -> str:
        at, size = self._where[iri]
        self._file.seek(at)
        return self._file.read(size).decode("utf-8")

    def close(self) -> None:
        self._file.close()


class StoreLoader:
    """A new Oxigraph store for a build, bulk-loaded a few megabytes of graphs at a time while the
    documents are still being made (the load no longer waits for the last document, nor holds the
    whole graph), then compacted by :meth:`finish`."""

    #: Turtle bulk-loaded at a time: Oxigraph's bulk loader holds about 15 times this in memory
    #: (a 32 MB chunk peaked at 670 MB, an 8 MB one at 320 MB, loading 1,000 narratives alike).
    CHUNK_BYTES = 8 * 1024 * 1024

    def __init__(self, build_dir: Path):
        self._path = build_dir / STORE_DIR
        self._store: pyoxigraph.Store | None = None
        self._pending: list[str] = []
        self._size = 0

    def add(self, iri: str, body: str) -> None:
        self._pending.append(f"<{iri}> {{\n{body}}}\n")
        self._size += len(body)
        if self._size >= self.CHUNK_BYTES:
            self._load()

    def _load(self) -> None:
        import pyoxigraph

        if self._store is None:
            self._store = pyoxigraph.Store(str(self._path))
        data = (prefix_block() + "".join(self._pending)).encode("utf-8")
        self._pending, self._size = [], 0
        self._store.bulk_load(input=data, format=pyoxigraph.RdfFormat.TRIG)

    def finish(self) -> None:
        self._load()
        assert self._store is not None  # _load opened it
        self._store.flush()
        # A large bulk load leaves overlapping files that every lookup visits; compacted, the queries
        # of the ten-times graph ran 1.5-2x faster (tier-changes 196 -> 83 ms) for 8 s of its
        # 2.5-minute build, and no measurable time on the dev corpus.
        self._store.optimize()


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def write_store(build_dir: Path, graphs: list[tuple[str, str]], keys: dict[str, str],
                previous: Path | None = None) -> None:
    """Write the Oxigraph store of a build whose ``kg.trig`` is already written: the store of
    ``previous`` updated (:func:`previous_store`), or ``kg.trig`` bulk-loaded into a new one."""
    old_keys = previous_store(previous, keys) if previous is not None else None
    bodies = dict(graphs)
    if previous is not None and old_keys is not None \
            and update_store(build_dir, bodies.__getitem__, keys, previous, old_keys):
        return
    load_trig(build_dir)


def load_trig(build_dir: Path) -> None:
    """Bulk-load the ``kg.trig`` of a build into a new store, compacted."""
    import pyoxigraph

    oxigraph_store = pyoxigraph.Store(str(build_dir / STORE_DIR))
    oxigraph_store.bulk_load(path=str(build_dir / TRIG), format=pyoxigraph.RdfFormat.TRIG)
    oxigraph_store.flush()
    oxigraph_store.optimize()


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
                 old_keys: dict[str, str]) -> bool:
    """Make the store of ``build_dir`` from the store of the earlier build ``previous``, updating the
    named graphs whose key changed (``body(iri)`` gives the new Turtle body of one). False when
    the previous store is damaged: then nothing is left in ``build_dir`` and it must be loaded afresh.
    """
    target = build_dir / STORE_DIR
    try:
        _update_store(target, body, keys, previous, old_keys)
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
                  old_keys: dict[str, str]) -> None:
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
    changed = [iri for iri in keys if old_keys.get(iri) != keys[iri]]
    old_bodies = _trig_bodies(previous / TRIG, set(changed) & old_keys.keys())
    for iri in changed:
        if iri in old_keys and iri not in old_bodies:  # not found as written: replace it whole
            oxigraph_store.remove_graph(pyoxigraph.NamedNode(iri))
        _update_graph(oxigraph_store, iri, body(iri), old_bodies.get(iri, ""))
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


def _trig_bodies(path: Path, iris: set[str]) -> dict[str, str]:
    """The bodies of those named graphs of ``iris`` that a TriG file written by :func:`write_trig` holds.

    The file is searched in place (memory-mapped), not read whole: on the ten-times graph it is
    120 MB, of which an update needs the tallies and a few documents.
    """
    bodies = {}
    try:
        with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as text:
            for iri in iris:
                head = f"\n<{iri}> {{\n".encode("utf-8")
                at = text.find(head)
                end = text.find(b"\n}\n", at + len(head) - 1) if at >= 0 else -1
                if end >= 0:
                    bodies[iri] = text[at + len(head):end + 1].decode("utf-8")
    except (OSError, ValueError):  # no file, or an empty one (mmap refuses it)
        return {}
    return bodies


def _manifest(build_dir: Path) -> dict | None:
    """The manifest of a build, or None when it has no readable one."""
    try:
        manifest = json.loads((Path(build_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def build_layout(build_dir: Path) -> int | None:
    """The layout number of a build (:data:`LAYOUT`), or None when it has no readable manifest."""
    manifest = _manifest(build_dir)
    return None if manifest is None else manifest.get("layout", 1)


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
        leftover = re.compile(rf"\.{re.escape(target.name)}\.(building|old)-[A-Za-z0-9_]+")
        for path in target.parent.iterdir():
            if match := leftover.fullmatch(path.name):
                # killed between the two renames of the fallback swap: the old build goes back first
                if match[1] == "old" and not target.exists() and is_build_dir(path / target.name):
                    os.rename(path / target.name, target)
                shutil.rmtree(path, ignore_errors=True)
        yield
    finally:
        try:
            os.unlink(lock_path)
        finally:
            os.close(descriptor)


@contextmanager
def replacing_dir(target: Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``target`` that replaces it when the block succeeds.

    On any error the temporary folder is removed and ``target`` is left as it was. On Linux the
    two folders are exchanged in one step (``renameat2(RENAME_EXCHANGE)``), so ``target`` always
    holds a whole build, the old or the new one, even if the process is killed; elsewhere the old
    build is moved aside first. Call it holding :func:`build_lock`.
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
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the old build
        return
    retired = None
    if target.exists() or target.is_symlink():
        retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, retired / target.name)
    os.rename(staging, target)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)


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
    """Flush the files of ``folder`` to disk, so that the swap never publishes half-written files."""
    for path in sorted(folder.rglob("*"), reverse=True) + [folder]:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
