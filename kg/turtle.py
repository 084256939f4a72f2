"""A fast, deterministic Turtle writer for the graphs the builder makes.

rdflib's Turtle serialiser is correct but slow (a third of a cold build went into it). The
builder's graphs have no blank nodes and bind only :data:`kg.vocab.PREFIXES`, so statements
can be written directly: subjects sorted, ``rdf:type`` first, then predicates and objects
sorted. The output is plain Turtle (and valid inside a TriG graph block) without prefix
lines; :func:`kg.store.prefix_block` supplies them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .vocab import PREFIXES

# Longest namespace first, so that country: wins over id: for id:country/XK. When the local name
# after the longest is not one Turtle allows, none after a shorter one is (the part between them
# holds a "/" or "#").
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda p: -len(p[0]))
_NAMESPACE = re.compile("|".join(re.escape(namespace) for namespace, _ in _NAMESPACES))
_PREFIX = dict(_NAMESPACES)
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_BARE = {XSD.integer: re.compile(r"^[+-]?\d+$"), XSD.decimal: re.compile(r"^[+-]?\d*\.\d+$"),
         XSD.boolean: re.compile(r"^(?:true|false)$")}
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def term(node) -> str:
    """One term in Turtle syntax: a prefixed name where possible, else ``<IRI>`` or a literal.

    Examples
    --------
    >>> from kg.vocab import TIP, country_iri
    >>> term(TIP.Tier2), term(country_iri("XK")), term(Literal(2009)), term(Literal("a \\"b\\""))
    ('tip:Tier2', 'country:XK', '2009', '"a \\\\"b\\\\""')
    """
    if isinstance(node, URIRef):
        iri = str(node)
        namespace = _NAMESPACE.match(iri)
        if namespace and _LOCAL_NAME.match(iri, namespace.end()):
            return f"{_PREFIX[namespace.group(0)]}:{iri[namespace.end():]}"
        return f"<{iri}>"
    if isinstance(node, Literal):
        lexical = str(node)
        if node.language:
            return f'"{lexical.translate(_ESCAPES)}"@{node.language}'
        datatype = node.datatype
        if datatype in _BARE and _BARE[datatype].match(lexical):
            return lexical
        quoted = f'"{lexical.translate(_ESCAPES)}"'
        return quoted if datatype in (None, XSD.string) else f"{quoted}^^{term(datatype)}"
    raise ValueError(f"cannot write {node!r}: the builder writes no blank nodes")


_RDF_TYPE = term(RDF.type)


def statements(graph: Graph | Iterable[tuple]) -> str:
    """All triples of ``graph`` (a ``Graph`` or any iterable of distinct triples) as sorted Turtle statements.

    Examples
    --------
    >>> from kg.vocab import TIP, ID
    >>> g = Graph()
    >>> g += [(ID["x"], RDF.type, TIP.Report), (ID["x"], TIP.reportYear, Literal(2009))]
    >>> print(statements(g), end="")
    id:x a tip:Report ;
        tip:reportYear 2009 .
    <BLANKLINE>
    """
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    written: dict = {}  # each term once: a subject, a predicate or a class recurs in many triples

    def once(node) -> str:
        text = written.get(node)
        if text is None:
            text = written[node] = term(node)
        return text

    for s, p, o in graph:
        predicate = once(p)
        by_subject[once(s)]["a" if predicate == _RDF_TYPE else predicate].append(once(o))
    return _layout(by_subject)


def statement_lines(triples: Iterable[tuple]) -> list[str]:
    """Each triple as one line of its three terms (``subject predicate object``), to be joined
    with those of other graphs as strings, and written by :func:`grouped_statements`."""
    return [f"{term(s)} {term(p)} {term(o)}" for s, p, o in triples]


def grouped_statements(lines: Iterable[str]) -> str:
    """Distinct :func:`statement_lines` written as :func:`statements` writes their triples.

    An IRI or prefixed name holds no space, so a line's first two spaces end its subject and predicate.

    >>> from kg.vocab import TIP, ID
    >>> triples = [(ID["x"], RDF.type, TIP.Report), (ID["x"], TIP.reportYear, Literal(2009))]
    >>> grouped_statements(statement_lines(triples)) == statements(triples)
    True
    """
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in lines:
        subject, predicate, obj = line.split(" ", 2)
        by_subject[subject]["a" if predicate == _RDF_TYPE else predicate].append(obj)
    return _layout(by_subject)


def _layout(by_subject: dict[str, dict[str, list[str]]]) -> str:
    """Subjects sorted, ``a`` first, then predicates and objects sorted."""
    out = []
    for subject in sorted(by_subject):
        predicates = by_subject[subject]
        ordered = sorted(predicates, key=lambda p: (p != "a", p))
        lines = [f"    {p} {', '.join(sorted(predicates[p]))}" for p in ordered]
        out.append(subject + " " + " ;\n".join(lines).lstrip() + " .\n\n")
    return "".join(out)
