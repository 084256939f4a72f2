"""Validation stage: SHACL shapes (``ontology/shapes.ttl``) checked with pySHACL.

pySHACL is run on plain rdflib graphs only (never over an Oxigraph-backed graph, whose terms
compare differently), a few documents per call to spread its fixed cost per call.
"""
from __future__ import annotations

import functools
from dataclasses import asdict, dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SH, XSD

from . import store
from .vocab import ONTOLOGY_DIR, PREFIXES, TIP

SHAPES_FILE = "shapes.ttl"  # of the documents' graphs
TALLY_SHAPES_FILE = "tally-shapes.ttl"  # of the tallies graph


@dataclass(frozen=True)
class Violation:
    """One SHACL result, made readable."""

    severity: str  # Violation, Warning, Info
    focus: str
    path: str | None
    message: str
    value: str | None = None
    sentence: str | None = None  # the source sentence of the focus node, when it has one
    offsets: tuple[int, int] | None = None
    value_iri: str | None = None  # the value's full IRI, when it is one
    shape: str | None = None  # the shape that fired (``tipsh:TextSpan-startOffset``)
    constraint: str | None = None  # its constraint component (``MinInclusive``)

    @classmethod
    def from_dict(cls, data: dict) -> "Violation":
        """Inverse of :meth:`as_dict` (JSON turns the offsets tuple into a list)."""
        offsets = data.get("offsets")
        return cls(**{**data, "offsets": tuple(offsets) if offsets else None})

    def as_text(self) -> str:
        """One readable paragraph: focus, path, message, value and source sentence."""
        fired = " / ".join(part for part in (self.shape, self.constraint) if part)
        lines = [f"{self.severity}: {self.message}" + (f" [{fired}]" if fired else ""),
                 f"  focus: {_compact(self.focus)}"]
        if self.path:
            lines.append(f"  path:  {self.path}")
        if self.value is not None:
            lines.append(f"  value: {self.value}")
        if self.sentence:
            where = f" [{self.offsets[0]}–{self.offsets[1]}]" if self.offsets else ""
            lines.append(f"  source sentence{where}: {self.sentence}")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    triples: int

    def as_text(self) -> str:
        """The whole report as text, ending with a one-line verdict."""
        body = [v.as_text() for v in self.violations]
        verdict = ("conforms" if self.conforms else "DOES NOT CONFORM") + \
            f": {len(self.violations)} result(s) over {self.triples:,} triples"
        return "\n\n".join(body + [verdict])


@functools.lru_cache(maxsize=8)
def load_shapes(*files: str, ontology_dir: Path = ONTOLOGY_DIR) -> Graph:
    """The shapes of ``files`` (default: the documents' ``shapes.ttl``) as one graph, parsed once per process."""
    graph = Graph()
    for name in files or (SHAPES_FILE,):
        graph.parse(ontology_dir / name, format="turtle")
    return graph


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate one plain rdflib graph against the project's shapes.

    Parameters
    ----------
    data : the data graph (one or several documents' named graphs merged).
    shapes : a shapes graph; the project's ``ontology/shapes.ttl`` by default.

    Returns
    -------
    ValidationReport with readable violations, each with its source sentence when known.

    Examples
    --------
    >>> from rdflib import Graph
    >>> validate_graph(Graph()).conforms
    True
    """
    import pyshacl  # imported here: it is slow to import and only validation needs it

    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes if shapes is not None else load_shapes(),
        inference="none", advanced=True, allow_warnings=True, abort_on_first=False,
        inplace=True)  # no clone: we have no SHACL rules, so the data graph is never changed
    violations = tuple(sorted(_readable(results, data), key=lambda v: (v.focus, v.path or "", v.message, v.value or "")))
    return ValidationReport(conforms=bool(conforms), violations=violations, triples=len(data))


def _readable(results: Graph, data: Graph):
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        component = results.value(result, SH.sourceConstraintComponent)
        shape = results.value(result, SH.sourceShape)
        message = results.value(result, SH.resultMessage) or _constraint_name(component)
        carrier = _carrier(results, result, data, focus, value)
        if carrier is not None:  # "a sentence lies outside the document": name that sentence, with its offset
            message = f"{message}: {_short(data, carrier[1])} {_short(data, value)}"
            value = carrier[0]
        sentence, offsets = _source_sentence(data, focus)
        if sentence is None and isinstance(value, URIRef):
            sentence, offsets = _source_sentence(data, value)
        yield Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=str(focus), path=_path_text(results, data, path) if path is not None else None,
            message=str(message), value=_short(data, value) if value is not None else None,
            sentence=sentence, offsets=offsets, value_iri=str(value) if isinstance(value, URIRef) else None,
            shape=_compact(str(shape)) if isinstance(shape, URIRef) else None,
            constraint=_constraint_name(component) if component is not None else None)


#: The namespace of the project's shapes, for naming the shape that fired.
SHAPES_NAMESPACE = ("tipsh", "https://w3id.org/tip-kg/shapes#")


def _carrier(results: Graph, result, data: Graph, focus, value) -> tuple[URIRef, URIRef] | None:
    """For a result on a path ``( [ sh:inversePath p ] q )`` (the end offsets of a document's
    sentences), the node that holds the offending value and ``q``: ``(sentence, tip:endOffset)``."""
    path = results.value(result, SH.resultPath)
    if path is None or not isinstance(value, Literal):
        return None
    steps = list(results.items(path)) if results.value(path, RDF.first) is not None else []
    inverse = results.value(steps[0], SH.inversePath) if len(steps) == 2 else None
    if inverse is None or not isinstance(steps[1], URIRef):
        return None
    # rdflib types terms as Node, which it leaves unordered
    node = min((n for n in data.subjects(inverse, focus) if (n, steps[1], value) in data), default=None)  # type: ignore[type-var]
    return (node, steps[1]) if isinstance(node, URIRef) else None


def _path_text(results: Graph, data: Graph, path) -> str:
    """A result path as SPARQL property path text: ``tip:tier``, ``^tip:inDocument/tip:endOffset``."""
    if results.value(path, RDF.first) is not None:
        return "/".join(_path_text(results, data, step) for step in results.items(path))
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_text(results, data, inverse)
    return _short(data, path)


def _compact(iri: str) -> str:
    for prefix, namespace in (*PREFIXES.items(), SHAPES_NAMESPACE):
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri


def _constraint_name(component) -> str:
    """``sh:MinCountConstraintComponent`` → ``MinCount``."""
    if not component:
        return "constraint violated"
    return str(component).rsplit("#", 1)[-1].removesuffix("ConstraintComponent")


def _short(graph: Graph, term) -> str:
    if isinstance(term, URIRef):
        compact = _compact(str(term))
        return compact if compact != str(term) else f"<{term}>"
    if isinstance(term, Literal):  # numbers bare, strings quoted
        return str(term) if term.datatype not in (None, XSD.string) else f'"{term}"'
    return str(term)


def _source_sentence(data: Graph, focus) -> tuple[str | None, tuple[int, int] | None]:
    """The sentence a focus node was derived from (or is), with its offsets."""
    if focus is None:
        return None, None
    sentence = focus if (focus, RDF.type, TIP.Sentence) in data else None
    if sentence is None:
        spans = [focus] if (focus, RDF.type, TIP.TextSpan) in data else list(data.objects(focus, PROV.wasDerivedFrom))
        # The earliest evidence in the document, so that the report is the same on every run.
        # rdflib types Graph.value as Node; an offset is a Literal, which int() reads
        span = min(spans, key=lambda s: int(data.value(s, TIP.startOffset) or 0), default=None)  # type: ignore[arg-type]
        sentence = data.value(span, TIP.inSentence) if span is not None else None
    if sentence is None:
        return None, None
    text = data.value(sentence, RDF.value)
    start, end = data.value(sentence, TIP.startOffset), data.value(sentence, TIP.endOffset)
    # rdflib types Graph.value as Node; offsets are Literals, which int() reads
    offsets = (int(start), int(end)) if start is not None and end is not None else None  # type: ignore[call-overload]
    return (str(text) if text is not None else None), offsets


def _shared_part(shared: Graph, graph: Graph) -> Graph:
    """What ``shared`` says of the nodes ``graph`` names (the statements its documents share)."""
    part = Graph()
    if len(shared):
        nodes = {node for triple in graph for node in (triple[0], triple[2]) if isinstance(node, URIRef)}
        for node in nodes & set(shared.subjects(unique=True)):
            part += shared.triples((node, None, None))
    return part


def validate(path: str | Path, *, batch_size: int = 24) -> ValidationReport:
    """Validate a graph file (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.jsonld``) or a build folder.

    Named graphs of a dataset are validated a few at a time against the documents' shapes, each
    batch with what the shared graph says of the nodes its documents name (their countries,
    reports and actors), as the build validated them, the tallies graph against the tally shapes, and the vocabulary graph not at all (the
    shapes describe what the builder writes). A file without named graphs is checked against both.

    Examples
    --------
    >>> validate("build").conforms
    True
    """
    from rdflib import Dataset

    from .model import InputError
    from .vocab import SHARED_GRAPH, TALLIES_GRAPH, VOCABULARY_GRAPH

    path = Path(path)
    joined: bytes | None = None  # a build folder's graph files, as one TriG
    if path.is_dir() and store.has_graph_files(path):
        from .export import export_bytes

        joined, path = export_bytes(path, "trig"), path / store.GRAPHS_DIR
    elif path.is_dir():
        path = path / "kg.trig"  # a build of an older layout
    if joined is None and not path.is_file():
        raise FileNotFoundError(f"{path}: no such graph file (build one with `kg build`)")
    fmt = "trig" if joined is not None else {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads",
                                              ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}.get(path.suffix)
    if fmt is None:
        raise InputError(f"{path}: unknown graph format (use .ttl, .nt, .trig, .nq, .jsonld or .rdf)")
    batches: list[tuple[list[Graph], Graph]] = []
    shared = Graph()
    try:
        if fmt in ("trig", "nquads", "json-ld"):
            dataset = Dataset()
            dataset.parse(path if joined is None else None, data=joined, format=fmt)
            # In IRI order, so that the batches (and so the report) are the same on every run.
            named = sorted((g for g in dataset.graphs()
                            if g.identifier not in (VOCABULARY_GRAPH, SHARED_GRAPH) and len(g)),
                           key=lambda g: str(g.identifier))
            documents = [Graph() + g for g in named if g.identifier != TALLIES_GRAPH]
            shared += dataset.graph(SHARED_GRAPH)
            batches += [(documents[i:i + batch_size], load_shapes()) for i in range(0, len(documents), batch_size)]
            batches += [([Graph() + g], load_shapes(TALLY_SHAPES_FILE)) for g in named if g.identifier == TALLIES_GRAPH]
        else:
            batches.append(([Graph().parse(path, format=fmt)], load_shapes(SHAPES_FILE, TALLY_SHAPES_FILE)))
    except Exception as err:  # noqa: BLE001 — any parser error is bad input
        raise InputError(f"{path}: cannot parse as {fmt}: {str(err).splitlines()[0]}") from None
    reports = []
    for graphs, shapes in batches:
        merged = Graph()
        for graph in graphs:
            merged += graph
        merged += _shared_part(shared, merged)
        reports.append(validate_graph(merged, shapes))
    violations = tuple(dict.fromkeys(v for r in reports for v in r.violations))  # a shared node's, once
    # Each graph counted on its own, as the build counts them (a batch merges the nodes that
    # several documents share, so its size depends on how the documents were batched).
    triples = sum(len(graph) for graphs, _ in batches for graph in graphs) + len(shared)
    return ValidationReport(conforms=all(r.conforms for r in reports), violations=violations, triples=triples)
