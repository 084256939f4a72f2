"""``kg build``: sources → graph files, validated, with a per-document cache.

Each document is processed on its own (segment, extract, map, serialise) and validated in
small batches by the SHACL engine (:mod:`kg.validate`); the result of each document is cached under a key made of the
document, the code and the ontology, so a rebuild after adding one document only processes
that one. The output folder is replaced only when the whole build succeeds, and only if it is an
earlier build or a new folder (:func:`kg.store.check_out_dir`); one build at a time writes it.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import ctypes
import dataclasses
import functools
import gc
import hashlib
import importlib.metadata
import json
import multiprocessing
import os
import re
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from . import store
from .mapping import MappedDocument, map_document
from .mapping.tallies import (
    DocumentTallies,
    document_tallies,
    tally_triples,
)
from .model import (
    Document,
    Extraction,
    FamilyFailure,
    OutputError,
    PlaceWarning,
)
from .pipeline import extract_document, turtle_body
from .sources import read_sources, read_texts
from .turtle import grouped_statements, statement_lines
from .validate import (
    TALLY_SHAPES_FILE,
    ValidationReport,
    Violation,
    engine_started,
    report_text,
    validate_text,
)
from .version import VERSION
from .vocab import (
    ONTOLOGY_DIR,
    SHARED_GRAPH,
    TALLIES_GRAPH,
    VOCABULARY_GRAPH,
    document_iri,
    place_statements,
    vocabulary_graph,
)

PACKAGE_DIR = Path(__file__).resolve().parent
#: Documents processed and validated together by a worker: at least MIN_BATCH_CHARS of text
#: unless a document alone is longer, at most MAX_BATCH documents and MAX_BATCH_CHARS of text (a
#: worker's memory grows with its batch: its documents' triples, their Turtle and the engine's
#: copy of it; a full-length narrative of 25,000 characters makes ~5,000 triples). The sizes were
#: set for pySHACL's ~70 ms a call; the engine's call costs little, and they were left as they are.
MIN_BATCH_CHARS, MAX_BATCH, MAX_BATCH_CHARS = 20_000, 96, 400_000
#: Each batch takes about 1/SHARES of the work still to plan, so batches shrink towards the end
#: and the workers finish together. A constant, so that batches do not depend on the machine.
SHARES = 8
#: A worker's garbage collector: its youngest generation collected after this many new objects (Python's default is
#: 700), the older ones after 20 collections of the one below (default 10). A batch makes millions of short-lived
#: objects (matches, readings, rdflib terms): at the defaults a worker made ~30 collections a full-length narrative,
#: every tenth of them walking the lexicons', gazetteer's and shapes' long-lived objects too, 0.02-0.03 CPU s a
#: narrative (about a tenth of its CPU); at these, 0.004-0.007, with the same peak memory. Cycles are still collected.
WORKER_GC_THRESHOLDS = (50_000, 20, 20)


class ValidationFailed(Exception):
    """The built graph does not conform to the shapes; ``report`` says why."""

    def __init__(self, report: ValidationReport):
        super().__init__(f"the graph does not conform to the SHACL shapes ({len(report.violations)} results)")
        self.report = report


@dataclass
class DocumentResult:
    """What one document contributes to a build (and what the cache keeps)."""

    id: str
    graph: str  # IRI of its named graph
    body: str  # Turtle statements of the named graph
    triples: int
    shared: list[str] = field(default_factory=list)  # statement lines about the nodes it shares with others (report, actors)
    violations: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # unresolved place names
    failures: list[str] = field(default_factory=list)  # fact families that raised on the text
    validated: bool = True  # False when built with validate=False (then never trusted by a validated build)
    tallies: dict | None = None  # its DocumentTallies (as_dict), None without country or year


@dataclass
class BuildResult:
    out_dir: Path
    documents: int
    triples: int
    report: ValidationReport
    skipped: list[str]
    warnings: list[str]  # every line of warnings.txt: the failures, then the unresolved places
    failures: list[str]  # "doc: the profile rules failed on this text (...)"
    cached: int
    seconds: float
    cache_warnings: list[str] = field(default_factory=list)  # damaged cache entries, made again
    undated: list[str] = field(default_factory=list)  # "doc: no report year ..." (also in warnings)
    stages: dict[str, float] = field(default_factory=dict)  # seconds of each stage: read, documents, tallies, shared, write, store, records, swap
    #: CPU seconds of the build process in each stage (all its threads: the store's too; not the workers'; the
    #: store's loading process's, in the store stage: ``store_process_cpu``), and its peak resident memory (MB) so
    #: far at the end of each (the loading process's is its own)
    stage_cpu: dict[str, float] = field(default_factory=dict)
    stage_peak_mb: dict[str, float] = field(default_factory=dict)
    store_process_cpu: float = 0.0
    #: the SHACL results of every document that are not violations (validation.txt lists them;
    #: ``report`` holds those of the documents made in this build and of the tallies)
    shacl_warnings: int = 0


def undated_warning(doc: Document) -> str:
    """The warning for a document without a report year: its facts are in the graph, not in the tallies."""
    where = "no 'edition' in its record" if doc.kind == "summary" else "none in the file name or the title lines"
    return (f"{doc.id}: no report year ({where}; {doc.source}): its facts are kept but not counted in the tallies; "
            "name the file like kosovo-2009.txt")


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/tip-kg``, else ``~/.cache/tip-kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tip-kg"


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the package source and the ontology: any change invalidates the cache."""
    digest = hashlib.sha256()
    for package in ("rdflib", "shacl", "pycountry"):  # their versions shape labels and results
        digest.update(f"{package}={importlib.metadata.version(package)}".encode())
    digest.update(f"tip-kg={VERSION}".encode())  # written on every graph's prov:SoftwareAgent
    for path in digested_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def digested_files() -> list[Path]:
    """The files whose bytes key the cache: the package's code, its rule data (``currency_names.tsv``: a
    name added there changes what a text's amounts are) and the ontology."""
    return (sorted(PACKAGE_DIR.rglob("*.py")) + sorted((PACKAGE_DIR / "extract").glob("*.tsv"))
            + sorted(ONTOLOGY_DIR.glob("*.ttl")))


def document_key(document: Document) -> str:
    """Cache key of one document under the current code and ontology."""
    payload = json.dumps([code_digest(), document.id, document.text, document.country, document.country_name,
                          document.year, document.edition, document.source, document.kind, document.pages],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class StageClock:
    """The wall and CPU seconds of each stage of a build, and the build process's peak memory at its end."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.peak_mb: dict[str, float] = {}
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        self._apart = 0.0
        self.apart = 0.0  # of the whole build

    def count_apart(self, seconds: float) -> None:
        """Count in the current stage the CPU seconds of a process of its own that is not a worker (the store's loader)."""
        self._apart += seconds
        self.apart += seconds

    def mark(self, stage: str) -> None:
        """End ``stage`` (and start the next)."""
        wall, cpu = time.perf_counter(), time.process_time()
        self.wall[stage], self.cpu[stage] = wall - self._wall, cpu - self._cpu + self._apart
        self._apart = 0.0
        self.peak_mb[stage] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self._wall, self._cpu = wall, cpu


def build(inputs: Sequence[str | Path], out_dir: str | Path = "build", *, keep_going: bool = False,
          cache_dir: str | Path | None = None, jobs: int | None = None,
          progress: Callable[[int, int], None] | None = None, validate: bool = True) -> BuildResult:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Parameters
    ----------
    inputs : narrative files, folders of ``.txt`` files, or ``.jsonl`` corpora.
    out_dir : the build folder; replaced only when the build succeeds and validates.
    keep_going : skip bad corpus records and files (listed in ``BuildResult.skipped``).
    cache_dir : where per-document results are cached (:func:`default_cache_dir`).
    jobs : worker processes (default: the number of cores, at most 4).
    progress : called as ``progress(done, total)`` while documents are processed.
    validate : run the SHACL shapes (the default). ``False`` is for quick looks at the facts
        (``kg facts``): the build is then marked unvalidated in its report and manifest.

    Returns
    -------
    BuildResult with counts, the validation report and warnings.

    Raises
    ------
    InputError : bad input (one-line message naming the file).
    OutputError : ``out_dir`` is not a build or a new folder, another build is writing it, or it
        cannot be written (disk full); one line, and an earlier build there is left as it was.
    ValidationFailed : the graph violates the shapes; ``out_dir`` is left untouched.

    Examples
    --------
    >>> result = build(["data/kosovo-2009.txt"], "/tmp/kg-doctest")
    >>> result.report.conforms, result.documents
    (True, 1)
    """
    started = time.perf_counter()
    clock = StageClock()
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    out_dir = Path(out_dir)
    target = store.check_out_dir(out_dir, inputs=inputs, cache=cache)
    # an input file unchanged since the build there (same stamp) is not read again: its documents
    # come without their texts, with the keys that build made of them under this code
    known = store.previous_sources(target, code_digest())
    sources: dict[str, dict] = {}
    documents, skipped = read_sources(inputs, keep_going=keep_going, known=known, record=sources)
    known_keys = {fields["id"]: fields.get("key") for record in sources.values() for fields in record["documents"]}
    if missing := [doc for doc in documents if not doc.text and not known_keys.get(doc.id)]:
        texts = {doc.id: doc for doc in read_texts(missing)}
        documents = [texts.get(doc.id, doc) for doc in documents]
    keys = {doc.id: known_keys[doc.id] if not doc.text else document_key(doc) for doc in documents}
    for record in sources.values():
        for fields in record["documents"]:
            fields["key"] = keys[fields["id"]]
    clock.mark("read")
    with store.build_lock(target):
        try:
            result = _build(documents, keys, skipped, inputs, sources, target, cache, jobs, progress, validate, clock)
        except OSError as err:  # disk full, a folder that cannot be written: the earlier build is kept
            where = err.filename or target
            raise OutputError(f"{where}: {err.strerror or err} (building {out_dir}; "
                              "an earlier build there is left unchanged)") from None
    return dataclasses.replace(result, out_dir=out_dir, seconds=time.perf_counter() - started,
                               stages=clock.wall, stage_cpu=clock.cpu, stage_peak_mb=clock.peak_mb,
                               store_process_cpu=clock.apart)


def _build(documents: list[Document], keys: dict[str, str], skipped: list[str], inputs: Sequence[str | Path],
           sources: dict[str, dict], out_dir: Path, cache: Path, jobs: int | None,
           progress: Callable[[int, int], None] | None, validate: bool, clock: StageClock) -> BuildResult:
    """Process, validate and write the build of ``documents`` (holding the lock of ``out_dir``).

    The documents' Turtle bodies are not kept in memory: each goes, as its batch finishes, to its
    graph file in the build folder; a fresh store is bulk-loaded from those files once all are
    written (:class:`store.StoreLoader`). An unchanged document of the earlier build, and an unchanged
    vocabulary, shared or tallies graph, keeps its file: hard-linked, neither read nor written.
    """
    graph_iris = {doc.id: str(document_iri(doc.id)) for doc in documents}
    old_keys = store.previous_store(out_dir, {graph_iris[doc.id]: keys[doc.id] for doc in documents})
    # an unchanged document of the earlier build is taken from it (its result, and its graph
    # file linked), not read from the cache, when its store is updated in place
    previous = store.Previous({}, {}, None) if old_keys is None else store.previous_parts(
        out_dir, {graph_iris[doc.id]: keys[doc.id] for doc in documents}, validate)
    old_stamps = previous.stamps
    try:  # their shared lines are numbers of the earlier build's table (SharedLines), kept as JSON text
        records = {doc.id: _part_record(previous.documents[graph_iris[doc.id]])
                   for doc in documents if graph_iris[doc.id] in previous.documents}
        taken = {doc_id: _taken_result(record) for doc_id, record in records.items()}
    except (TypeError, KeyError, AttributeError):  # a record of another shape: the cache serves instead
        records, taken = {}, {}
        previous = dataclasses.replace(previous, shared_lines=[], shared_uses=[], gone_shared=[])
    numbers: dict[str, list[int] | str] = {doc_id: record["shared_line_numbers"] for doc_id, record in records.items()}
    cache_warnings: list[str] = []
    with store.replacing_dir(out_dir, remove_later=len(old_keys or ()) > store.REMOVE_LATER_GRAPHS) as staging, \
            WorkerPool(jobs) as pool:
        stamps: dict[str, list[int]] = {}  # each graph file's, for the next build (store.previous_parts)

        def write(iri: str, body: str) -> None:
            store.write_graph(staging, iri, body)
            stamps[iri] = store.file_stamp(staging, iri)

        def link(iri: str) -> None:
            store.link_graph(out_dir, staging, iri)
            stamps[iri] = old_stamps[iri]

        def keep(result: DocumentResult) -> DocumentResult:
            if result.id in taken:
                link(result.graph)
                return result
            write(result.graph, result.body)
            return dataclasses.replace(result, body="")

        clock.mark("previous")
        results, cached = _process(documents, keys, cache, pool, progress, validate, cache_warnings, keep, taken)
        clock.mark("documents")
        years, tally_violations = year_tallies(results, cache, validate, jobs, cache_warnings, previous.tallies,
                                               out_dir / store.graph_file(str(TALLIES_GRAPH)),
                                               {r.id for r in results if r.id not in taken},
                                               {doc_id: record["tallies_json"] for doc_id, record in records.items()}, pool)
        pool.close()  # idle from here on: their memory goes before the store's load
        tally_count = sum(year["triples"] for year in years.values())
        clock.mark("tallies")
        vocabulary = vocabulary_body(cache, cache_warnings)
        shared_lines = SharedLines(previous.shared_lines, previous.shared_uses)
        numbers.update((r.id, shared_lines.add(r.shared)) for r in results if r.id not in taken)
        for gone in previous.gone_shared:
            shared_lines.remove(gone)
        if shared_lines.must_compact():
            numbers.update(shared_lines.compact({doc_id: json.loads(listed) if isinstance(listed, str) else listed
                                                 for doc_id, listed in numbers.items()}))
        shared_count = shared_lines.count()
        shared_iri = str(SHARED_GRAPH)
        # the shared graph is made again only when a line appears or goes (the union of every document's lines)
        keep_shared = not shared_lines.changed and old_keys is not None and shared_iri in old_keys and shared_iri in old_stamps
        shared = None if keep_shared else grouped_statements(shared_lines.live())
        clock.mark("shared")
        # A result about a shared node is listed under each document that has it: list it once. The
        # documents taken from the earlier build bring theirs as the paragraphs of validation.txt.
        violations = list(dict.fromkeys(Violation.from_dict(v) for r in results if r.id not in taken for v in r.violations))
        violations += tally_violations
        made = {r.id: _paragraphs(r.violations) for r in results if r.id not in taken}
        paragraphs = list(dict.fromkeys(text for r in results
                                        for text in (records[r.id]["report"] if r.id in taken else made[r.id])))
        paragraphs += [v.as_text() for v in tally_violations]
        triples = sum(r.triples for r in results) + shared_count + tally_count
        report = ValidationReport(conforms=not any(text.startswith("Violation: ") for text in paragraphs),
                                  violations=tuple(violations), triples=triples)
        if validate and not report.conforms:
            raise ValidationFailed(report)
        failures = [f for r in results for f in r.failures]
        undated = [undated_warning(doc) for doc in documents if doc.year is None]
        warnings = undated + failures + [w for r in results for w in r.warnings]
        fixed = [(str(VOCABULARY_GRAPH), vocabulary)] + ([(shared_iri, shared)] if shared is not None else [])
        graph_keys = {iri: hashlib.sha256(body.encode("utf-8")).hexdigest() for iri, body in fixed}
        for iri, fixed_body in fixed:
            if old_keys is not None and old_keys.get(iri) == graph_keys[iri] and iri in old_stamps:
                link(iri)
            else:
                write(iri, fixed_body)
        if shared is None:
            graph_keys[shared_iri] = old_keys[shared_iri]  # type: ignore[index]  # keep_shared: there is one
            link(shared_iri)
        tallies_iri = str(TALLIES_GRAPH)
        graph_keys[tallies_iri] = hashlib.sha256(json.dumps([years[y]["key"] for y in sorted(years)]).encode()).hexdigest()
        tally_records, tally_changes = _write_tallies(years, previous.tallies, out_dir, staging,
                                                      link if old_keys is not None and old_keys.get(tallies_iri)
                                                      == graph_keys[tallies_iri] and tallies_iri in old_stamps else None)
        stamps[tallies_iri] = store.file_stamp(staging, tallies_iri)
        graph_keys.update((r.graph, keys[r.id]) for r in results)
        verdict = report_text(paragraphs, report.conforms, triples) if validate \
            else "not validated (built for a quick look); run `kg validate` on this folder"
        (staging / "validation.txt").write_text(verdict + "\n", encoding="utf-8")
        (staging / "warnings.txt").write_text("".join(w + "\n" for w in warnings), encoding="utf-8")
        clock.mark("write")
        fixed_bodies = dict(fixed)

        def body(iri: str) -> str:
            if iri in fixed_bodies:
                return fixed_bodies[iri]
            written = store.graph_body(staging, iri)
            if written is None:
                raise OSError(f"{staging / store.graph_file(iri)}: cannot be read back")
            return written

        # a fresh store is loaded from the graph files once all are written (see store.StoreLoader),
        # as is one whose previous store is damaged
        if old_keys is None or not store.update_store(staging, body, graph_keys, out_dir, old_keys, old_stamps,
                                                      tally_changes):
            clock.count_apart(store.load_graphs(staging, graph_keys))
        clock.mark("store")
        # the documents of a country share most of their shared lines (its actors): each line is
        # written once and a document lists their numbers (the file was 2.6 kB a document larger)
        store.write_json(staging / store.PARTS, {
            "documents": {r.graph: _new_record(records.get(r.id), r, keys[r.id], made.get(r.id), numbers[r.id])
                          for r in results},
            "shared": shared_lines.lines, "uses": shared_lines.uses, "files": stamps, "tallies": tally_records},
            compact=True, ascii_only=True)
        store.write_json(staging / store.SOURCES, {"code": code_digest(), "files": sources}, compact=True)
        store.write_json(staging / store.MANIFEST, {
            "documents": [r.id for r in results], "triples": report.triples,
            "inputs": [str(p) for p in inputs], "skipped": skipped, "code": code_digest()[:16],
            "graphs": graph_keys, "validated": validate, "layout": store.LAYOUT})
        clock.mark("records")
    clock.mark("swap")
    return BuildResult(out_dir=out_dir, documents=len(results), triples=report.triples, report=report,
                       skipped=skipped, warnings=warnings, failures=failures, cached=cached, seconds=0.0,
                       cache_warnings=list(dict.fromkeys(cache_warnings)), undated=undated,
                       shacl_warnings=sum(not text.startswith("Violation: ") for text in paragraphs))


def _record(key: str, result: DocumentResult, report: list[str], listed: str, highest: int) -> dict:
    """A document's record for :data:`store.PARTS` (see there): its result without its body, its SHACL results as the
    paragraphs of validation.txt (``report``), its shared lines as the JSON text of their numbers in the build's table
    (SharedLines; ``listed``) and the ``highest`` of them (-1 when it has none)."""
    return {"key": key, "id": result.id, "graph": result.graph, "triples": result.triples,
            "validated": result.validated, "warnings": result.warnings, "failures": result.failures,
            "report": report, "tallies_json": _tallies_text(result.tallies),
            "tallies_year_country": _tally_of(result.tallies),
            "shared_line_numbers": listed, "highest_shared_line": highest}


def _paragraphs(violations: list[dict]) -> list[str]:
    """A document's SHACL results (as :meth:`Violation.as_dict` gives them) as the paragraphs of validation.txt, each once."""
    return [v.as_text() for v in dict.fromkeys(Violation.from_dict(v) for v in violations)]


def _part_record(record: dict) -> dict:
    """A document's record in :data:`store.PARTS` as this build keeps it (see there): a record of a
    build before (the whole result under ``"result"``) is turned into one."""
    if "result" not in record:
        return record
    result = record["result"]
    return _record(record["key"], DocumentResult(
        id=result["id"], graph=result["graph"], body="", triples=result["triples"], warnings=result["warnings"],
        failures=result["failures"], validated=result["validated"], tallies=result["tallies"]),
        _paragraphs(result["violations"]), json.dumps(result["shared"]), max(result["shared"], default=-1))


def _tallies_text(tallies: dict | None) -> str | None:
    return None if tallies is None else json.dumps(tallies, ensure_ascii=False, sort_keys=True)


def _tally_of(tallies: dict | None) -> list | None:
    """The year and country of a document's tallies, which every build reads (the rest only when they are made again)."""
    return None if tallies is None else [tallies["year"], tallies["country"]]


def _taken_result(record: dict) -> DocumentResult:
    """The result of a document taken from the earlier build, from its record: no body, no shared
    lines, its SHACL results in the record; of its tallies only the year, country and document
    (:func:`year_tallies` reads the rest from the record when its country's tallies are made again)."""
    tally = record["tallies_year_country"]
    return DocumentResult(id=record["id"], graph=record["graph"], body="", triples=record["triples"],
                          warnings=record["warnings"], failures=record["failures"], validated=record["validated"],
                          tallies=None if tally is None else {"year": tally[0], "country": tally[1], "document": record["id"]})


def _new_record(record: dict | None, result: DocumentResult, key: str, report: list[str] | None,
                numbers: list[int] | str) -> dict:
    """A document's record for :data:`store.PARTS`: the earlier build's record (with its shared
    line numbers renumbered when the table was compacted), or :func:`_record` of a result made in this build."""
    listed = numbers if isinstance(numbers, str) else json.dumps(numbers)
    if record is not None and listed == record["shared_line_numbers"]:
        return record
    highest = max(json.loads(numbers) if isinstance(numbers, str) else numbers, default=-1)
    if record is not None:
        return dict(record, shared_line_numbers=listed, highest_shared_line=highest)
    return _record(key, result, report or [], listed, highest)


def _write_tallies(years: dict[int, dict], earlier: dict[str, dict] | None, previous: Path, staging: Path,
                   link: Callable[[str], None] | None) -> tuple[dict[str, dict], dict[str, tuple[str, str]] | None]:
    """Write the tallies file of a build, one report year after the other, and say what changed.

    ``link`` is given when no year changed: the earlier build's file is linked. Otherwise a year
    unchanged since the earlier build (its record in ``earlier``, no body) is copied from that
    build's file. Returns the records of the years in the new file (for :data:`store.PARTS`), and,
    when the earlier file was taken from, the statements of the years that changed: ``{iri: (new,
    old)}`` for :func:`store.update_store`, so that the store's update diffs those years only.
    """
    iri = str(TALLIES_GRAPH)
    order = sorted(years)
    if link is not None and earlier is not None:
        link(iri)
        return earlier, {}
    old_file = previous / store.graph_file(iri)
    pieces = [years[y]["body"] if years[y]["body"] is not None
              else store.Extent(old_file, *earlier[str(y)]["at"]) for y in order]  # type: ignore[index]
    where = store.write_graph(staging, iri, pieces)
    records = {str(y): {"key": years[y]["key"], "at": list(at), "triples": years[y]["triples"],
                        "validated": years[y]["validated"], "countries": years[y]["countries"]}
               for y, at in zip(order, where, strict=True)}
    if earlier is None:
        return records, None
    gone = [record for year, record in earlier.items() if years.get(int(year), {}).get("key") != record.get("key")]
    old = "".join(store.read_extent(store.Extent(old_file, *record["at"])) for record in gone)
    return records, {iri: ("".join(years[y]["body"] for y in order if years[y]["body"] is not None), old)}


def _process(documents: list[Document], keys: dict[str, str], cache: Path, pool: WorkerPool,
             progress: Callable[[int, int], None] | None, validate: bool,
             problems: list[str] | None = None,
             keep: Callable[[DocumentResult], DocumentResult] = lambda result: result,
             taken: dict[str, DocumentResult] | None = None) -> tuple[list[DocumentResult], int]:
    """Each document's result, from ``taken`` (the earlier build's), the cache or made in batches by
    ``pool``'s worker processes; ``keep`` takes each result as it comes (cached first) and returns what is
    kept of it."""
    # the workers are forked before this process holds the results: a worker counts as its own every
    # page it shares with its parent (the tallies may need them even when the cache serves every document)
    pool.start(sum(doc.id not in (taken or {}) for doc in documents))
    results: dict[str, DocumentResult] = {}
    for doc in documents:
        hit = (taken or {}).get(doc.id) or _cache_read(cache, keys[doc.id], problems)
        if hit is not None and (hit.validated or not validate):
            results[doc.id] = keep(hit)
    todo = read_texts(doc for doc in documents if doc.id not in results)
    cached = len(results)
    if progress:
        progress(cached, len(documents))
    batches = plan_batches(todo)
    task = process_batch if validate else functools.partial(process_batch, validate=False)
    for batch_results in pool.map(task, batches, while_waiting=functools.partial(vocabulary_body, cache, problems)):
        for result in batch_results:
            _cache_write(cache, keys[result.id], result)
            results[result.id] = keep(result)
        if progress:
            progress(len(results), len(documents))
    return [results[doc.id] for doc in documents], cached


def plan_batches(documents: list[Document]) -> list[list[Document]]:
    """Split documents into batches of decreasing size, the longest documents first.

    Each batch holds about ``1/SHARES`` of the text still unplanned (at least
    ``MIN_BATCH_CHARS``, at most ``MAX_BATCH`` documents), so the last batches are small and no
    worker is left with a long batch while the others idle.

    Examples
    --------
    >>> from kg.model import Document
    >>> docs = [Document(f"d{i}", "x" * 100 * (i + 1), "XK", "Kosovo", 2009, "s.jsonl", "summary") for i in range(60)]
    >>> [len(b) for b in plan_batches(docs)]
    [5, 5, 4, 4, 4, 5, 5, 6, 7, 10, 5]
    >>> plan_batches(docs)[0][0].id
    'd59'
    """
    def cost(doc: Document) -> int:
        return len(doc.text) + 1000  # a document's own triples (header, sentences) cost too

    ordered = sorted(documents, key=lambda doc: -len(doc.text))
    remaining = sum(map(cost, ordered))
    batches, index = [], 0
    batch: list[Document]
    while index < len(ordered):
        target, batch, spent = remaining / SHARES, [], 0
        while index < len(ordered) and len(batch) < MAX_BATCH and (
                not batch or spent < min(max(target, MIN_BATCH_CHARS), MAX_BATCH_CHARS)):
            batch.append(ordered[index])
            spent += cost(ordered[index])
            index += 1
        batches.append(batch)
        remaining -= spent
    return batches


def _workers(jobs: int | None, tasks: int) -> int:
    """Worker processes for ``tasks`` pieces of work: ``jobs``, else the cores (at most 4), never more than the tasks."""
    return min(jobs or min(os.cpu_count() or 1, 4), tasks)


class WorkerPool:
    """The worker processes of one build, shared by its stages: started (:meth:`start`) before the
    build process holds the documents' results, or else by the first task that needs two or more,
    and kept for the next stage (the tallies'). A worker forked from this process once it holds
    every document's result counts all of its pages as its own: at 4,500 narratives two tally
    workers forked then made the build's peak of all processes (2.1 GB). Use it as a context
    manager, or :meth:`close` it.
    """

    def __init__(self, jobs: int | None):
        self.jobs = jobs
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def start(self, tasks: int) -> None:
        """Start the workers now when ``tasks`` pieces of work would need two or more (see :func:`_workers`)."""
        workers = _workers(self.jobs, tasks)
        if workers > 1 and self._pool is None:
            self._executor(workers).submit(int).result()  # a forked pool starts all its workers at the first task

    def _executor(self, workers: int) -> concurrent.futures.ProcessPoolExecutor:
        if self._pool is None:
            # A process forked from one that has run the SHACL engine hangs when it runs it: the engine's
            # thread pool (rayon) is not copied into the child. Workers then start from a fresh server.
            method = "fork" if sys.platform.startswith("linux") and not engine_started() else "forkserver"
            context = multiprocessing.get_context(method if method in multiprocessing.get_all_start_methods() else "spawn")
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))
        return self._pool

    def map(self, function, batches: list, while_waiting: Callable[[], object] | None = None) -> Iterable:
        """``map(function, batches)`` over the workers; ``while_waiting`` runs meanwhile in this process."""
        workers = _workers(self.jobs, len(batches))
        if workers <= 1:
            yield from map(function, batches)
            return
        results = self._executor(workers).map(function, batches)  # submits every batch now
        if while_waiting is not None:
            while_waiting()
        yield from results

    def close(self) -> None:
        """End the workers (once their tasks are done)."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_) -> None:
        self.close()


_PR_SET_PDEATHSIG = 1


def _start_worker(parent: int) -> None:
    """Set up a worker process (runs in it): it ends with the build process, and collects garbage less often."""
    _die_with_parent(parent)
    collect_as_worker()


def collect_as_worker() -> None:
    """Collect garbage as a build worker does (:data:`WORKER_GC_THRESHOLDS`)."""
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _die_with_parent(parent: int) -> None:
    """Make this worker process end when the build process ends, even killed (runs in the worker).

    A killed build cannot tell its workers to stop: they would wait on their task queue for ever.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    try:
        os.kill(parent, 0)
    except ProcessLookupError:  # the build ended before the line above took effect
        os._exit(1)


def _describe(doc: Document, extraction: Extraction, warning: PlaceWarning | FamilyFailure) -> str:
    """One line of ``warnings.txt``."""
    if isinstance(warning, FamilyFailure):
        return f"{doc.id}: the {warning.family} rules failed on this text ({warning.error}); its other facts are kept"
    sentence = extraction.sentences[warning.span.sentence]
    return f"{doc.id}: unresolved place {warning.surface!r} in: {doc.text[sentence.start:sentence.end]}"


def process_batch(documents: list[Document], validate: bool = True) -> list[DocumentResult]:
    """Process and validate a batch of documents together (runs in a worker process)."""
    mapped: list[MappedDocument] = []
    warnings: list[list[str]] = []
    failures: list[list[str]] = []
    tallies: list[DocumentTallies | None] = []
    for doc in documents:
        extraction = extract_document(doc)
        mapped.append(map_document(extraction))
        tallies.append(document_tallies(extraction))
        lines = [(isinstance(w, FamilyFailure), _describe(doc, extraction, w)) for w in extraction.warnings]
        warnings.append([line for failed, line in lines if not failed])
        failures.append([line for failed, line in lines if failed])
    bodies = [(turtle_body(document.own), statement_lines(document.shared)) for document in mapped]
    if validate:  # the Turtle the build writes, with the shared and vocabulary statements the shapes check too
        text = store.prefix_block() + "".join(own for own, _ in bodies) \
            + "".join(dict.fromkeys(grouped_statements(shared) for _, shared in bodies)) \
            + "".join(dict.fromkeys(turtle_body(document.vocabulary) for document in mapped))
        violations = validate_text(text, statements=[t for document in mapped
                                                     for t in document.own + document.shared + document.vocabulary]).violations
    else:
        violations = ()
    subjects = [{s for s, _, _ in document.own + document.shared + document.vocabulary} for document in mapped] if violations else []
    owners = [_owners(v, documents, subjects) for v in violations]
    results = []
    for index, (doc, document, (own, shared), doc_warnings, doc_failures, doc_tallies) in enumerate(
            zip(documents, mapped, bodies, warnings, failures, tallies, strict=False)):
        mine = [v.as_dict() for v, owner in zip(violations, owners, strict=False) if index in owner]
        results.append(DocumentResult(id=doc.id, graph=str(document_iri(doc.id)), body=own,
                                      triples=len(document.own), shared=shared,
                                      violations=mine, warnings=doc_warnings, failures=doc_failures,
                                      validated=validate,
                                      tallies=doc_tallies.as_dict() if doc_tallies else None))
    return results


def tallies_graph(results: Sequence[DocumentResult], cache: Path, validate: bool = True,
                  jobs: int | None = None, problems: list[str] | None = None) -> tuple[str, int, list[Violation]]:
    """The tallies graph of a build: its Turtle body, its triple count and its SHACL results (see :func:`year_tallies`)."""
    years, violations = year_tallies(results, cache, validate, jobs, problems)
    return "".join(years[y]["body"] for y in sorted(years)), sum(y["triples"] for y in years.values()), violations


def year_tallies(results: Sequence[DocumentResult], cache: Path, validate: bool = True, jobs: int | None = None,
                 problems: list[str] | None = None, known: dict[str, dict] | None = None,
                 earlier: Path | None = None, fresh: set[str] | None = None,
                 taken_tallies: dict[str, str | None] | None = None,
                 pool: WorkerPool | None = None) -> tuple[dict[int, dict], list[Violation]]:
    """The tallies of each report year of a build (``{year: {"key", "body", "triples", "validated",
    "countries"}}``) and their SHACL results.

    A year's tallies are keyed by its countries' keys (each a hash of the contributions of that
    country's documents of the year, with the code): adding a document remakes the tallies of
    its country and year only. A year whose key is that of its record in ``known`` (the earlier
    build's, by year) is that record, without its body. A year that changed is taken from the
    cache under its key, else made: the tallies of its changed countries only when ``known``
    records its countries and ``earlier`` (the earlier build's tallies file) holds it, the
    statements of the others copied from that file (a tally's statements depend on the documents
    of its country and year alone, and its shapes on the tally alone, so the year is as a build
    from scratch makes it; not cached); else the whole year, in the workers of ``pool`` (else ``jobs`` of its own). ``fresh`` names
    the documents that are not the earlier build's (None: all of them), whose contributions are
    hashed again. ``taken_tallies`` gives, by document, the JSON text of the contributions of the documents
    whose results hold only their year, country and document (taken from the earlier build): they
    are read for a country whose tallies are made again. Damaged cache entries are noted in ``problems``.
    """
    by_year: dict[int, dict[str, list[dict]]] = {}  # the contributions as dicts: only a country made again needs them read
    for result in results:
        if result.tallies:
            by_year.setdefault(result.tallies["year"], {}).setdefault(result.tallies["country"], []).append(result.tallies)

    def contributions(year: int, country: str) -> list[dict]:
        """The contributions of a country's documents of a year, whole."""
        whole = by_year[year][country] = [json.loads(text) if (text := (taken_tallies or {}).get(c["document"])) else c
                                          for c in by_year[year][country]]
        return whole

    years: dict[int, dict] = {}
    todo: list[tuple[str, Path, int, dict[str, list], list[DocumentTallies], list[str]]] = []
    for year in sorted(by_year):
        found = (known or {}).get(str(year))
        record: dict = found if isinstance(found, dict) else {}
        trusted = bool(record) and bool(record.get("validated") or not validate)
        recorded = record["countries"] if trusted and isinstance(record.get("countries"), dict) else {}
        countries = {country: _country_entry(functools.partial(contributions, year, country),
                                             [c["document"] for c in by_year[year][country]], recorded.get(country), fresh)
                     for country in sorted(by_year[year])}
        key = "tallies-" + hashlib.sha256(json.dumps(
            [code_digest(), year, [[country, entry[0]] for country, entry in countries.items()]]).encode()).hexdigest()
        if trusted and record.get("key") == key:
            years[year] = dict(record, body=None)
            continue
        path = _cache_path(cache, key)
        text = _read_entry(path, key, problems)
        try:
            hit = json.loads(text) if text is not None else None
            if hit is not None and (not isinstance(hit.get("body"), str) or not isinstance(hit.get("triples"), int)
                                    or not isinstance(hit.get("countries"), dict)):
                raise ValueError("not a year's tallies")
        except (ValueError, AttributeError):
            hit = _damaged(path, "does not hold a year's tallies", problems)
        if hit is not None and (hit.get("validated") or not validate):
            years[year] = dict(hit, key=key)
            continue
        kept: list[str] = []  # the statements of the countries unchanged since the earlier build
        if recorded and earlier is not None:
            try:
                old = store.read_extent(store.Extent(earlier, *record["at"]))
                kept = [block for block in _statement_blocks(old)
                        if (country := _block_country(block)) in countries and countries[country][1] is not None]
            except (OSError, ValueError, TypeError, KeyError, UnicodeDecodeError):
                kept = []
        if not kept:
            for entry in countries.values():
                entry[1] = None
        made_of = [DocumentTallies.from_dict(c) for country, entry in countries.items() if entry[1] is None
                   for c in sorted(contributions(year, country), key=lambda c: c["document"])]
        todo.append((key, path, year, countries, made_of, kept))
    violations: list[Violation] = []
    making = [item for item in todo if item[4]]
    task = functools.partial(make_tallies, validate=validate)
    with contextlib.ExitStack() as own:  # the build's workers (see WorkerPool), else workers of its own
        pool = pool or own.enter_context(WorkerPool(jobs))
        made_years = dict(zip([year for _, _, year, *_ in making],
                              pool.map(task, [made_of for *_, made_of, _ in making]), strict=True))
    for key, path, year, countries, _made_of, kept in todo:
        made, year_violations = made_years.get(year, ({"body": "", "validated": validate, "countries": {}}, []))
        for country, triples in made["countries"].items():
            countries[country][1] = triples
        violations += [Violation.from_dict(v) for v in year_violations]
        tallies = {"body": "".join(sorted(kept + _statement_blocks(made["body"]))),
                   "triples": sum(triples for _, triples, _ in countries.values()),
                   "validated": made["validated"], "countries": countries}
        years[year] = dict(tallies, key=key)
        if not kept:  # a year made whole is cached for builds into other folders; one made of the
            # earlier build's file costs less than writing the entry (1-3 MB a year at 4,500 narratives, synced)
            _write_cache_file(path, key, json.dumps(tallies, ensure_ascii=False))
    return years, violations


def _country_entry(contributions: Callable[[], list[dict]], of: list[str], recorded: list | None,
                   fresh: set[str] | None) -> list:
    """``[key, triples, documents]`` of a country's tallies of one year (the ``contributions`` of
    its documents ``of``): its record in the earlier build when its documents are those, none of
    them new; else its key made again and its triple count unknown (None) unless that key is the record's."""
    documents = sorted(of)
    if isinstance(recorded, list) and len(recorded) == 3 and recorded[2] == documents \
            and fresh is not None and fresh.isdisjoint(documents):
        return list(recorded)
    payload = json.dumps([code_digest()] + sorted(contributions(), key=lambda c: c["document"]),
                         ensure_ascii=False, sort_keys=True)
    key = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    triples = recorded[1] if isinstance(recorded, list) and len(recorded) == 3 and recorded[0] == key else None
    return [key, triples, documents]


def _statement_blocks(body: str) -> list[str]:
    """The statements of a Turtle body as :func:`kg.turtle.statements` writes it, one block per
    subject (each ending with its blank line): joined sorted, they are the body again."""
    return [block + "\n\n" for block in body.split("\n\n") if block]


#: The country of a tally, from its IRI (``id:tally/route/XK/2009/...``).
_TALLY_COUNTRY = re.compile(r"tally/[a-z]+/([^/ >]+)/")


def _block_country(block: str) -> str:
    """The country of a block of the earlier build's tallies; ValueError on a block of no tally (the
    file is not as the build wrote it: its year is made again, not a statement dropped in silence)."""
    subject = block.split(" ", 1)[0]
    match = _TALLY_COUNTRY.search(subject)
    if match is None:
        raise ValueError(f"a statement of no tally in the earlier tallies: {subject[:120]}")
    return match[1]


class SharedLines:
    """The shared statement lines of a build's documents, numbered, with how many documents list each.

    A document's record lists its lines by number (the documents of a country share most of
    theirs: each line is written once), and the next build takes the table and the counts as
    they are: it adds the lines of the documents it made or read from the cache, takes away
    those of the earlier documents it dropped, and the shared graph (the lines some document
    still lists) changed only when a count went from or to zero. Lines no document lists stay
    numbered until they are more than those listed (:meth:`compact`).
    """

    def __init__(self, lines: list[str], uses: list[int]):
        self.lines, self.uses = list(lines), list(uses)
        self.changed = False
        self._numbers: dict[str, int] | None = None

    def add(self, lines: Iterable[str]) -> list[int]:
        """Count the distinct ``lines`` of one more document; their numbers."""
        if self._numbers is None:
            self._numbers = {line: number for number, line in enumerate(self.lines)}
        numbers = []
        for line in lines:
            number = self._numbers.get(line)
            if number is None:
                number = self._numbers[line] = len(self.lines)
                self.lines.append(line)
                self.uses.append(0)
            self.changed |= self.uses[number] == 0
            self.uses[number] += 1
            numbers.append(number)
        return numbers

    def remove(self, numbers: Iterable[int]) -> None:
        """Take away the lines of a document no longer in the build (added ones first: a line it
        shares with a new document is then never at zero)."""
        for number in numbers:
            self.uses[number] -= 1
            self.changed |= self.uses[number] == 0

    def live(self) -> list[str]:
        """The lines some document lists."""
        return [line for line, uses in zip(self.lines, self.uses, strict=True) if uses > 0]

    def count(self) -> int:
        return sum(1 for uses in self.uses if uses > 0)

    def must_compact(self) -> bool:
        """Whether the lines no document lists are more than those listed (and over a thousand)."""
        return len(self.lines) > 2 * self.count() + 1000

    def compact(self, numbers: dict[str, list[int]]) -> dict[str, list[int]]:
        """``numbers`` (each document's), renumbered when the lines no document lists are more than
        those listed (and over a thousand); the table then holds the listed ones only."""
        if not self.must_compact():
            return numbers
        renumbered: dict[int, int] = {}
        for number, uses in enumerate(self.uses):
            if uses > 0:
                renumbered[number] = len(renumbered)
        self.lines = [self.lines[number] for number in renumbered]
        self.uses = [self.uses[number] for number in renumbered]
        self._numbers = None
        return {doc: [renumbered[number] for number in listed_numbers] for doc, listed_numbers in numbers.items()}


def make_tallies(contributions: list[DocumentTallies], validate: bool = True) -> tuple[dict, list[dict]]:
    """The tallies of one report year's contributions (Turtle body, triple count, and the triple
    count of each country) and their SHACL results (runs in a worker)."""
    by_country: dict[str, list[DocumentTallies]] = {}
    for contribution in contributions:
        by_country.setdefault(contribution.country, []).append(contribution)
    triples: list = []
    counts = {}
    for country, of_country in by_country.items():  # a tally is of one country's documents
        country_triples = tally_triples(of_country)
        counts[country] = len(country_triples)
        triples += country_triples
    body = turtle_body(triples)
    violations: list[dict] = []
    if validate:
        violations = [v.as_dict() for v in validate_text(store.prefix_block() + body, (TALLY_SHAPES_FILE,)).violations]
    made = {"body": body, "triples": len(triples), "validated": validate and not violations, "countries": counts}
    return made, violations


def _owners(violation: Violation, documents: list[Document], subjects: list[set[URIRef]]) -> set[int]:
    """Indexes of the batch's documents a SHACL result belongs to.

    A result is about a node of one document (its focus, or its value when the shape focuses
    on a class), or about a node several documents share (a country, an actor): then it
    belongs to each document whose graph has that node. A result that matches none is
    charged to the whole batch, so that no result is ever dropped.
    """
    nodes = [URIRef(n) for n in (violation.focus, violation.value_iri) if n]
    owners = set()
    for index, (doc, mine) in enumerate(zip(documents, subjects, strict=False)):
        prefix = str(document_iri(doc.id))
        if any(str(n) == prefix or str(n).startswith(prefix + "/") or n in mine for n in nodes):
            owners.add(index)
    return owners or set(range(len(documents)))


def _cache_path(cache: Path, key: str) -> Path:
    return cache / key[:2] / f"{key}.json"


def _cache_read(cache: Path, key: str, problems: list[str] | None = None) -> DocumentResult | None:
    path = _cache_path(cache, key)
    text = _read_entry(path, key, problems)
    try:
        return None if text is None else DocumentResult(**json.loads(text))
    except (ValueError, TypeError):
        _damaged(path, "does not hold a document's result", problems)
        return None


def _cache_write(cache: Path, key: str, result: DocumentResult) -> None:
    _write_cache_file(_cache_path(cache, key), key, json.dumps(result.__dict__, ensure_ascii=False))


#: The first line of a cache entry: this, then JSON of the entry's key and the SHA-256 of the rest.
#: A Turtle comment, so that the vocabulary entry is still a Turtle file.
_ENTRY_HEAD = b"# kg cache entry "


def _read_entry(path: Path, key: str, problems: list[str] | None) -> str | None:
    """The text of the cache entry at ``path`` when it is whole and made for ``key``, else None.

    An entry that is there but damaged (truncated, edited, or another document's moved here)
    is noted in ``problems`` and then made again.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        return _damaged(path, f"cannot be read ({err.strerror})", problems)
    head, _, payload = data.partition(b"\n")
    try:
        header = json.loads(head.removeprefix(_ENTRY_HEAD)) if head.startswith(_ENTRY_HEAD) else {}
        entry_key, entry_hash = header.get("key"), header.get("sha256")
    except (ValueError, AttributeError):
        entry_key = entry_hash = None
    if entry_hash != hashlib.sha256(payload).hexdigest():
        return _damaged(path, "does not match its checksum (truncated or edited)", problems)
    if entry_key != key:
        return _damaged(path, "was made for another entry", problems)
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return _damaged(path, "is not UTF-8", problems)


def _damaged(path: Path, why: str, problems: list[str] | None) -> None:
    if problems is not None:
        problems.append(f"cache entry {path} {why}; made again")


def _write_cache_file(path: Path, key: str, text: str) -> None:
    """Write a cache entry with its key and checksum, durably and atomically (a synced temporary file,
    then a rename); failing to only costs time."""
    payload = text.encode("utf-8")
    header = json.dumps({"key": key, "sha256": hashlib.sha256(payload).hexdigest()}).encode("ascii")
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as file:
            file.write(_ENTRY_HEAD + header + b"\n" + payload)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


def vocabulary_body(cache: Path | None = None, problems: list[str] | None = None) -> str:
    """Turtle body of the vocabulary graph: the ontology, concept schemes, regions and countries.

    Kept in ``cache`` (keyed by the code and ontology digest) when one is given: making it
    takes about a second, most of a one-document rebuild. A damaged entry is noted in ``problems``.
    """
    if cache is None:
        return _vocabulary_body()
    key = f"vocabulary-{code_digest()}"
    path = cache / f"{key}.ttl"
    body = _read_entry(path, key, problems)
    if body is None:
        body = _vocabulary_body()
        _write_cache_file(path, key, body)
    return body


@functools.lru_cache(maxsize=1)
def _vocabulary_body() -> str:
    graph = Graph() + vocabulary_graph()
    for statement in place_statements():  # a place's label replaces those of the ontology files
        (graph.set if statement[1] == RDFS.label else graph.add)(statement)
    return turtle_body(graph)
