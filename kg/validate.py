"""Validation stage: SHACL shapes (``ontology/shapes.ttl``) checked with the ``shacl`` engine.

The engine (Rust, from PyPI) reads the Turtle the mapping writes, a few documents per call, so no
rdflib graph is built to validate. Only a graph that does not conform is parsed by rdflib, to
make its results readable (the source sentence of each focus node). On the planted faults of the
tests and the dev graph it reports what pySHACL reports (docs/benchmarks.md, "Session 9"), and
``tests/test_build.py`` checks both engines against each other on every planted fault.
"""
from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import cast

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SH, XSD
from rdflib.term import Node

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
        return report_text([v.as_text() for v in self.violations], self.conforms, self.triples)


def report_text(paragraphs: list[str], conforms: bool, triples: int) -> str:
    """A report's results as paragraphs (:meth:`Violation.as_text`), then its one-line verdict: the text of
    :meth:`ValidationReport.as_text`, and of a build's validation.txt, whose paragraphs the build keeps as text."""
    verdict = ("conforms" if conforms else "DOES NOT CONFORM") + f": {len(paragraphs)} result(s) over {triples:,} triples"
    return "\n\n".join(paragraphs + [verdict])


@functools.lru_cache(maxsize=8)
def load_shapes(*files: str, ontology_dir: Path = ONTOLOGY_DIR) -> Graph:
    """The shapes of ``files`` (default: the documents' ``shapes.ttl``) as one rdflib graph, parsed once per process."""
    graph = Graph()
    for name in files or (SHAPES_FILE,):
        graph.parse(ontology_dir / name, format="turtle")
    return graph


@functools.lru_cache(maxsize=8)
def engine_shapes(*files: str):
    """The shapes of ``files`` (default: ``shapes.ttl``) compiled by the engine, once per process."""
    import shacl  # imported here: only validation needs it

    return shacl.Shapes.from_turtle("\n".join((ONTOLOGY_DIR / name).read_text(encoding="utf-8")
                                              for name in files or (SHAPES_FILE,)))


def validate_text(text: str, shape_files: tuple[str, ...] = (SHAPES_FILE,), *, syntax: str = "turtle",
                  triples: int = 0, statements: Sequence[tuple[Node, Node, Node]] | None = None,
                  statement_texts: Sequence[tuple[str, str, str]] | None = None) -> ValidationReport:
    """Validate RDF text (Turtle with its prefix lines, or N-Triples) against the shapes of ``shape_files``.

    ``triples`` is what the report says it checked (the caller counted them). Only when the
    engine reports a result is the text read by rdflib, to quote each result's source sentence;
    a caller that holds the text's ``statements`` as rdflib terms (the build) passes them, and
    then only the few around the results' nodes are put in a graph (parsing a batch of full-length
    narratives to quote its IC-12 warnings cost 0.27 CPU s a narrative, docs/benchmarks.md).
    Without them, an N-Triples text is read line by line (:func:`_statements`) and only the lines
    around the results are parsed; a caller that has read its lines already (`kg validate`) passes
    them as ``statement_texts``, each term as its N-Triples text.

    Examples
    --------
    >>> validate_text("").conforms
    True
    >>> report = validate_text('@prefix tip: <https://w3id.org/tip-kg/ontology#> . '
    ...                        '<https://w3id.org/tip-kg/id/country/XK> a tip:Country .')
    >>> [(v.path, v.constraint) for v in report.violations]
    [('tip:isoCode', 'MinCount')]
    """
    if statement_texts is not None and (statements is not None or syntax != "ntriples"):
        raise ValueError("statement_texts are an N-Triples text's, read only when no statements are given")
    return _check(engine_shapes(*shape_files), text, syntax, triples, statements, lambda: load_shapes(*shape_files),
                  statement_texts)


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
    if shapes is None:
        engine, shapes_graph = engine_shapes(SHAPES_FILE), lambda: load_shapes(SHAPES_FILE)
    else:
        import shacl

        engine = shacl.Shapes.from_text(shapes.serialize(format="nt"), format="ntriples")
        shapes_graph = lambda: shapes  # noqa: E731
    return _check(engine, data.serialize(format="nt"), "ntriples", len(data), data, shapes_graph)


_ENGINE_STARTED = False


def engine_started() -> bool:
    """Whether this process has run the engine: then a process forked from it cannot (its thread
    pool is not copied by a fork), so worker processes must not be forked from it."""
    return _ENGINE_STARTED


def _check(engine, text: str, syntax: str, triples: int, data: Graph | Sequence[tuple[Node, Node, Node]] | None,
           shapes, statement_texts: Sequence[tuple[str, str, str]] | None = None) -> ValidationReport:
    """Run ``engine`` on ``text``; results made readable against ``data`` (a graph, the text's statements,
    or None: then the text is read, N-Triples line by line, Turtle by rdflib). ``statement_texts`` are an
    N-Triples text's statements as :func:`_statements` reads them, when the caller has read them already."""
    global _ENGINE_STARTED
    _ENGINE_STARTED = True
    report = engine.validate_text(text, format=syntax, allow_warnings=True)
    if not len(report):
        return ValidationReport(conforms=bool(report.conforms), violations=(), triples=triples)
    results = Graph().parse(data=report.serialize("ntriples"), format="nt")
    named: set[Node] = {term for p in (SH.focusNode, SH.value) for term in results.objects(None, p)
                        if isinstance(term, URIRef)}
    if data is None and syntax == "ntriples":  # `kg validate`: the lines around the results, parsed
        found = _around(_statements(text) if statement_texts is None else statement_texts, {n.n3() for n in named},
                        {link.n3() for link in EVIDENCE_LINKS})
        data = Graph().parse(data="".join(map(_line, found)), format="nt")
    elif data is None:
        data = Graph().parse(data=text, format=syntax)
    elif not isinstance(data, Graph):  # the build: the statements around the results, in a graph
        graph = Graph(store="SimpleMemory")  # no named graphs and no events: adds cost half as much
        for statement in _around(data, named, EVIDENCE_LINKS):
            graph.add(statement)
        data = graph
    violations = tuple(sorted(_readable(results, data, shapes()),
                              key=lambda v: (v.focus, v.path or "", v.message, v.value or "")))
    return ValidationReport(conforms=bool(report.conforms), violations=violations, triples=triples)


def _around(statements: Sequence[tuple], nodes: set, links: Collection) -> list[tuple]:
    """The statements :func:`_readable` reads of ``nodes``: those naming a node as their object (a
    result's carrier: the sentences of a document), and those of each node, of such a subject and of
    what they are derived from by ``links``, down to the sentence (:data:`EVIDENCE_LINKS`). Terms
    are rdflib's or N-Triples text, the same in the three arguments."""
    found = [t for t in statements if t[2] in nodes]
    subjects, seen = set(nodes) | {t[0] for t in found}, set()
    while subjects:
        step = [t for t in statements if t[0] in subjects]
        found += step
        seen |= subjects
        subjects = {o for _, p, o in step if p in links} - seen
    return found


#: What leads from a node to its source sentence (:func:`_source_sentence`): its evidence span, the span's sentence.
EVIDENCE_LINKS = frozenset({PROV.wasDerivedFrom, TIP.inSentence})


#: What a result says when its shape has no ``sh:message``: by constraint component, with the
#: shape's parameter of that name (``{}``) where the wording names one.
DEFAULT_MESSAGES = {
    "MinCount": (SH.minCount, "fewer than {} value(s)"), "MaxCount": (SH.maxCount, "more than {} value(s)"),
    "Datatype": (SH.datatype, "not a literal of datatype {}"), "NodeKind": (SH.nodeKind, "not of node kind {}"),
    "MinInclusive": (SH.minInclusive, "not a number ≥ {}"), "MaxInclusive": (SH.maxInclusive, "not a number ≤ {}"),
    "MinExclusive": (SH.minExclusive, "not a number > {}"), "MaxExclusive": (SH.maxExclusive, "not a number < {}"),
    "MinLength": (SH.minLength, "shorter than {} character(s)"), "Pattern": (SH.pattern, "does not match {}"),
    "Class": (SH["class"], "not an instance of {}"), "HasValue": (SH.hasValue, "does not have the value {}"),
    "In": (None, "not one of the values of its sh:in list"),
    "LessThan": (SH.lessThan, "not less than the values of {}"),
    "LessThanOrEquals": (SH.lessThanOrEquals, "more than a value of {}"),
    "Disjoint": (SH.disjoint, "shares a value with {}"), "Or": (None, "conforms to none of its alternatives"),
    "Not": (None, "conforms to a shape it must not"), "Node": (None, "does not conform to its node shape"),
}


def _readable(results: Graph, data: Graph, shapes: Graph):
    # the report's own results only: the sh:detail of a result (why a value failed its sh:node)
    # is no result of its own (SHACL 3.6.2), and engines differ on giving one
    for result in results.objects(None, SH.result):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        component = results.value(result, SH.sourceConstraintComponent)
        shape = results.value(result, SH.sourceShape)
        message = results.value(result, SH.resultMessage) or _default_message(shapes, shape, component, data)
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


def _default_message(shapes: Graph, shape, component, data: Graph) -> str:
    """The wording of :data:`DEFAULT_MESSAGES` for a shape without ``sh:message``."""
    name = _constraint_name(component)
    parameter, wording = DEFAULT_MESSAGES.get(name, (None, name))
    argument = shapes.value(shape, parameter) if parameter is not None and shape is not None else None
    return wording.format(_short(data, argument) if argument is not None else "its parameter")


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
    text = data.value(sentence, PROV.value)
    start, end = data.value(sentence, TIP.startOffset), data.value(sentence, TIP.endOffset)
    # rdflib types Graph.value as Node; offsets are Literals, which int() reads
    offsets = (int(start), int(end)) if start is not None and end is not None else None  # type: ignore[call-overload]
    return (str(text) if text is not None else None), offsets


def validate(path: str | Path, *, batch_size: int = 24) -> ValidationReport:
    """Validate a graph file (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.jsonld``, ``.rdf``) or a build folder.

    The file (or a build folder's graph files, joined) is read by Oxigraph into memory. Named
    graphs of a dataset are validated a few at a time (in IRI order, so that the report is the
    same on every run) against the documents' shapes, each batch with what the shared graph says of the nodes its documents name (their
    countries, reports and actors), as the build validated them; the tallies graph against the
    tally shapes, and the vocabulary graph not at all (the shapes describe what the builder
    writes). A file without named graphs is checked against both.

    Examples
    --------
    >>> validate("build").conforms
    True
    """
    import pyoxigraph as ox

    from .model import InputError
    from .vocab import SHARED_GRAPH, TALLIES_GRAPH, VOCABULARY_GRAPH

    path = Path(path)
    if path.is_dir():
        store.check_layout(path)  # the shapes would fail every sentence of an old build, not say why
    files: list[Path] = []  # a build folder's graph files, each a TriG file with its prefixes
    if path.is_dir() and store.has_graph_files(path):
        files, path = [path / store.graph_file(iri) for iri in store.build_graphs(path)], path / store.GRAPHS_DIR
    elif path.is_dir():
        path = path / "kg.trig"  # a build of an older layout
    if not files and not path.is_file():
        raise FileNotFoundError(f"{path}: no such graph file (build one with `kg build`)")
    syntax = ox.RdfFormat.TRIG if files else {
        ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".trig": ox.RdfFormat.TRIG,
        ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML,
        ".owl": ox.RdfFormat.RDF_XML}.get(path.suffix)
    if syntax is None:
        raise InputError(f"{path}: unknown graph format (use .ttl, .nt, .trig, .nq, .jsonld or .rdf)")
    dataset = ox.Store()  # in memory
    for file in files or [path]:  # file by file: the build's files are not joined in memory first
        try:
            dataset.bulk_load(path=str(file), format=syntax)
        except (SyntaxError, ValueError, OSError) as err:  # any parser error is bad input
            raise InputError(f"{file}: cannot parse as {syntax.name}: {str(err).splitlines()[0]}") from None

    def ntriples(graph) -> str:
        # dump() without an output returns bytes; pyoxigraph's stubs say bytes | None
        return dataset.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).decode("utf-8")  # type: ignore[union-attr]

    if not syntax.supports_datasets:
        text = ntriples(ox.DefaultGraph())
        return validate_text(text, (SHAPES_FILE, TALLY_SHAPES_FILE), syntax="ntriples", triples=text.count("\n"))
    graphs = sorted(g.value for g in dataset.named_graphs())
    documents = [ntriples(ox.NamedNode(iri)) for iri in graphs
                 if iri not in (str(VOCABULARY_GRAPH), str(SHARED_GRAPH), str(TALLIES_GRAPH))]
    default = ntriples(ox.DefaultGraph())
    documents += [default] if default else []
    shared: dict[str, list[str]] = {}  # the shared graph's lines by their subject
    for line in ntriples(ox.NamedNode(str(SHARED_GRAPH))).splitlines(keepends=True):
        shared.setdefault(line.split(" ", 1)[0], []).append(line)
    reports = []
    for start in range(0, len(documents), batch_size):
        text = "".join(documents[start:start + batch_size])
        statements = _statements(text)  # each line read once: for the shared nodes it names, then to quote the results
        named = {term for statement in statements for term in statement if term.startswith("<")}
        added = "".join(line for node in named & shared.keys() for line in shared[node])
        reports.append(validate_text(text + added, (SHAPES_FILE,), syntax="ntriples",
                                     statement_texts=statements + _statements(added)))
    tallies = ntriples(ox.NamedNode(str(TALLIES_GRAPH))) if str(TALLIES_GRAPH) in graphs else ""
    if tallies:
        reports.append(validate_text(tallies, (TALLY_SHAPES_FILE,), syntax="ntriples"))
    violations = tuple(dict.fromkeys(v for r in reports for v in r.violations))  # a shared node's, once
    # Each graph counted on its own, as the build counts them (a batch merges the nodes that
    # several documents share, so its size depends on how the documents were batched).
    triples = sum(text.count("\n") for text in documents) + tallies.count("\n") + sum(map(len, shared.values()))
    return ValidationReport(conforms=all(r.conforms for r in reports), violations=violations, triples=triples)


def _statements(ntriples: str) -> list[tuple[str, str, str]]:
    """The statements of an N-Triples text as Oxigraph writes it (one a line, its terms apart by one
    space, a literal's spaces all in the object), each term as its N-Triples text."""
    return [cast(tuple[str, str, str], tuple(line.rstrip().removesuffix(" .").split(" ", 2)))
            for line in ntriples.splitlines() if line]


def _line(statement: tuple[str, str, str]) -> str:
    """The N-Triples line of a statement of :func:`_statements`."""
    return " ".join(statement) + " .\n"
