"""Query stage: run SPARQL from ``queries/`` (or a ``.rq`` file, or inline text) against a build.

The Oxigraph store of the build (``DIR/store``) answers by default; ``engine="rdflib"``
loads the build's graph files (``DIR/graphs/``) into an rdflib ``Dataset`` instead. In both engines the default graph
is the union of the named graphs, and ``GRAPH`` reaches each document's graph.

Parameters declared in a query's comment header (see ``queries/README.md``) are bound as
RDF terms, never pasted into the text as given: Oxigraph gets a leading ``VALUES`` block of
terms written by its own serialiser (:func:`values_query`) and the same terms as
``substitutions``, which also reach the sub-selects that project them (``substitutions`` alone
when the query cannot take the block); rdflib gets ``initBindings``. Parameter values
are kept engine-neutral (:class:`Term`) until an engine turns them into its own terms, so
terms of the two engines are never mixed.

Queries may not reach the network: ``SERVICE``, updates (``LOAD`` ...) and ``FROM`` /
``FROM NAMED`` naming a graph that is not in the build are refused (:func:`vet_query`), on a
normalised text (escapes expanded, one kind of line break) that is the text the engine runs.
"""
from __future__ import annotations

import functools
import io
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast, overload

from . import store
from .formats import QUERY_ENGINES, QUERY_FORMATS
from .limits import Limits, cap_memory, run_limited
from .model import InputError
from .namespaces import NAMESPACES, QUERIES_DIR, READERS_DIR, country_iri_text

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
ENGINES = QUERY_ENGINES
FORMATS = QUERY_FORMATS
PARAM_TYPES = ("string", "integer", "iri", "country")
#: What a query's answer spans (``# scope:``): one country, one year or one fact, or the whole graph.
SCOPES = ("country", "year", "fact", "graph")


class QueryError(InputError):
    """A query that cannot run: unknown, malformed, refused, or with bad parameters."""


# --- results ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """An engine-neutral RDF term: ``kind`` is ``iri``, ``literal`` or ``bnode``."""

    kind: str
    value: str
    datatype: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class QueryResult:
    variables: list[str]
    rows: list[dict[str, str | None]]  # variable → lexical value (None when unbound)
    terms: list[dict[str, Term | None]] = field(default_factory=list, repr=False)
    boolean: bool | None = None  # the answer of an ASK query


@dataclass(frozen=True)
class Dataset:
    """The RDF dataset a request names (SPARQL 1.1 Protocol ``default-graph-uri``, ``named-graph-uri``)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


# --- the query library -----------------------------------------------------------------------

@dataclass(frozen=True)
class Param:
    """A parameter declared in a query header: ``# param: NAME [TYPE] — description (default V)``."""

    name: str
    type: str = "string"
    description: str = ""
    default: str | None = None
    optional: str | None = None  #: what the answer spans when it is not given (``all years``)


@dataclass(frozen=True)
class QueryInfo:
    name: str
    path: Path | None
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    scope: str = ""  # one of SCOPES; "" when the header does not say

    @property
    def bound(self) -> bool:
        """Whether the answer is bound to one country, year or fact (else it spans the graph).

        Without a ``# scope:`` line, a query with parameters counts as bound.
        """
        return self.scope != "graph" if self.scope else bool(self.params)


_HEADER = re.compile(r"^#\s*(title|description|param|scope)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:\s+(?P<type>[a-z]+))?\s*(?:—|--|-|:)\s*(?P<rest>.*)$")
_DEFAULT = re.compile(r"\s*\(default\s+(?P<value>[^()]*)\)\s*$")
_OPTIONAL = re.compile(r"\s*\(optional(?::\s*(?P<spans>[^()]*))?\)\s*$")


def parse_header(text: str, name: str = "", path: Path | None = None) -> QueryInfo:
    """Read the ``# title:``, ``# description:``, ``# scope:`` and ``# param:`` lines that open a query.

    The header is the run of comment (or blank) lines before the first SPARQL line.

    Examples
    --------
    >>> info = parse_header("# title: Tiers\\n# scope: country\\n# param: country country — ISO code (default XK)\\nSELECT * {}")
    >>> info.title, info.scope, info.params[0].type, info.params[0].default
    ('Tiers', 'country', 'country', 'XK')
    """
    title, description, params, scope = "", [], [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if not match:
            continue
        key, value = match.groups()
        if key == "title":
            title = value
        elif key == "description":
            description.append(value)
        elif key == "scope":
            if value not in SCOPES:
                raise QueryError(f"query {name}: unknown scope {value!r} (one of {', '.join(SCOPES)})")
            scope = value
        else:
            params.append(_parse_param(value, name))
    return QueryInfo(name=name, path=path, title=title, description=" ".join(description), params=tuple(params),
                     scope=scope)


def _parse_param(value: str, query_name: str) -> Param:
    match = _PARAM.match(value)
    if not match:
        raise QueryError(f"query {query_name}: bad param line {value!r} (want: NAME [TYPE] — description)")
    kind = match["type"] or "string"
    if kind not in PARAM_TYPES:
        raise QueryError(f"query {query_name}: param {match['name']} has unknown type {kind!r} "
                         f"(one of {', '.join(PARAM_TYPES)})")
    rest, default, optional = match["rest"], None, None
    found = _DEFAULT.search(rest)
    if found:
        default, rest = found["value"].strip(), rest[:found.start()]
    elif found := _OPTIONAL.search(rest):
        optional, rest = (found["spans"] or "any value").strip(), rest[:found.start()]
    return Param(name=match["name"], type=kind, description=rest.strip(), default=default, optional=optional)


def list_queries(directory: Path = QUERIES_DIR) -> list[QueryInfo]:
    """The queries of the library (``queries/*.rq``) with their headers, sorted by name."""
    return [parse_header(path.read_text(encoding="utf-8"), path.stem, path) for path in sorted(directory.glob("*.rq"))]


def load_query(name_or_path: str) -> tuple[str, QueryInfo]:
    """The text and header of a library query (``tier-history``), a ``.rq`` file, or inline SPARQL."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" and candidate.is_file():
        text = candidate.read_text(encoding="utf-8")
        return text, parse_header(text, candidate.stem, candidate)
    library = QUERIES_DIR / f"{name_or_path}.rq"
    if re.fullmatch(r"[A-Za-z0-9_.-]+", name_or_path) and library.is_file():
        text = library.read_text(encoding="utf-8")
        return text, parse_header(text, name_or_path, library)
    if re.search(r"\s", name_or_path.strip()):  # SPARQL given inline (checked and parsed later)
        return name_or_path, parse_header(name_or_path, "inline")
    raise FileNotFoundError(f"no query named {name_or_path!r} in {QUERIES_DIR} and no such .rq file")


def reader(name: str) -> str:
    """The path of reader query ``name`` (``queries/readers/NAME.rq``).

    Readers are the SPARQL that ``kg facts`` and ``kg routes`` read a whole build with; they
    are not questions of the library, so ``kg query --list`` does not show them.

    Examples
    --------
    >>> Path(reader("facts-profile")).name
    'facts-profile.rq'
    """
    path = READERS_DIR / f"{name}.rq"
    if not path.is_file():
        raise FileNotFoundError(f"no reader query {name!r} in {READERS_DIR}")
    return str(path)


def query_text(name_or_path: str) -> str:
    """The text of a library query (``cq06``), a ``.rq`` file, or SPARQL given inline."""
    return load_query(name_or_path)[0]


def bind_params(info: QueryInfo, given: dict[str, str] | None) -> dict[str, Term]:
    """Turn ``KEY=VALUE`` strings into typed terms, using the header's types and defaults.

    Raises
    ------
    QueryError : an unknown parameter, a missing one without default, or a value of the wrong type.

    Examples
    --------
    >>> info = parse_header("# param: country country — the country (default XK)\\n"
    ...                     "# param: year integer — report year (optional: all years)\\nSELECT * {}", "q")
    >>> [bind_params(info, {"country": c})["country"].value for c in ("al", "Burma")]
    ['https://w3id.org/tip-kg/id/country/AL', 'https://w3id.org/tip-kg/id/country/MM']
    >>> sorted(bind_params(info, {}))  # an optional parameter left out is not bound: every year
    ['country']
    """
    given = dict(given or {})
    declared = {p.name: p for p in info.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise QueryError(f"query {info.name or 'inline'}: unknown parameter {unknown[0]!r} (parameters: {known})")
    bound = {}
    for param in info.params:
        value = given.get(param.name, param.default)
        if value is None and param.optional:
            continue
        if value is None:
            raise QueryError(f"query {info.name}: parameter {param.name!r} is required ({param.description})")
        bound[param.name] = _term_of(param, value)
    return bound


def _term_of(param: Param, value: str) -> Term:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8 in an argument (surrogate escapes)
        raise QueryError(f"parameter {param.name}: {value!r} is not valid UTF-8 text") from None
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"parameter {param.name}: {value!r} is not an integer")
        return Term("literal", str(int(value)), XSD_INTEGER)
    if param.type == "country":
        from .places import load_gazetteer

        try:
            return Term("iri", country_iri_text(load_gazetteer().country_named(value).key))
        except KeyError as unknown:
            raise QueryError(f"parameter {param.name}: {unknown.args[0]}") from None
    if param.type == "iri":
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not an absolute IRI")
        return Term("iri", value)
    return Term("literal", value, XSD_STRING)


# --- no outbound fetch -----------------------------------------------------------------------

#: Longest query text accepted, in characters (the library's longest is a few thousand).
MAX_QUERY_CHARS = 200_000
#: Deepest nesting of ``(``, ``{`` and ``[`` accepted (the library's deepest is 8). rdflib's
#: parser spends about 45 Python frames a level, Oxigraph's overflows its stack at a few thousand.
MAX_DEPTH = 64
#: Words any refused construct needs; a normalised query without them is not parsed.
_SUSPECT = re.compile(r"service|from|load|insert|delete|clear|drop|create|copy|move|add", re.IGNORECASE)
#: SPARQL codepoint escapes, which both parsers expand before reading the grammar (SPARQL 1.1 §19.2).
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
#: Line terminators beyond LF: Oxigraph ends a ``#`` comment at CR, rdflib only at LF.
_LINE_BREAK = re.compile("\r\n|[\r\u2028\u2029\u0085\x0b\x0c]")
#: What the depth scan skips (comments and strings of a normalised text) and the brackets it counts.
_BRACKETS = re.compile(r"""\#[^\n]*|"{3}(?:[^"\\]|\\.|"(?!""))*"{3}|'{3}(?:[^'\\]|\\.|'(?!''))*'{3}"""
                       r"""|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|(?P<open>[({\[])|(?P<close>[)}\]])""")
#: What the keyword scan (:func:`_exposed`) skips: comments, strings, IRIs, variables and the local
#: part of prefixed names (``tip:tallyFrom``), each as the SPARQL grammar delimits it; a backslash
#: escape (``ex:a\#b``) is kept with the character it escapes, so that it starts no comment or string.
#: What SPARQL text holds that the parameter binding must not look into: comments, strings, IRIs.
_SKIPPED = r"""
    (?P<comment>\#[^\r\n]*)
  | (?P<string>"{3}(?:[^"\\]|\\.|"(?!""))*"{3} | '{3}(?:[^'\\]|\\.|'(?!''))*'{3}
              | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
"""
_HIDDEN = re.compile(r"(?P<hidden>" + _SKIPPED + r"|[?$][A-Za-z0-9_]+|:[A-Za-z0-9_]+)|\\.|.", re.DOTALL | re.VERBOSE)
_PARSE_LOCK = threading.Lock()


def normalise_query(text: str) -> str:
    """The text both parsers read alike: escapes expanded once, every line terminator an LF.

    rdflib (which vets a query) and Oxigraph (which runs it) disagree on where a ``#`` comment
    ends (CR) and both expand ``\\u`` escapes before parsing, so the text is brought to a form
    without either, and that form is what :func:`vet_query` checks and the engine runs. A text
    whose expanded escapes spell another escape, a text longer than :data:`MAX_QUERY_CHARS` and
    one nested deeper than :data:`MAX_DEPTH` are refused before any parser sees them.

    Examples
    --------
    >>> normalise_query("SELECT * { # x\\r \\\\u0053ERVICE <http://x/> { ?s ?p ?o } }")
    'SELECT * { # x\\n SERVICE <http://x/> { ?s ?p ?o } }'
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long (at most {MAX_QUERY_CHARS:,})")
    expanded = _ESCAPE.sub(_codepoint, text)
    if _ESCAPE.search(expanded):
        raise QueryError("a \\u escape whose expansion is another \\u escape is not allowed")
    normalised = _LINE_BREAK.sub("\n", expanded)
    depth = nesting_depth(normalised)
    if depth > MAX_DEPTH:
        raise QueryError(f"the query nests brackets {depth} deep (at most {MAX_DEPTH})")
    return normalised


def _codepoint(escape: re.Match) -> str:
    code = int(escape.group(1) or escape.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise QueryError(f"{escape.group(0)}: not a Unicode character")
    return chr(code)


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``(``, ``{`` and ``[`` outside comments and strings of a normalised text.

    >>> nesting_depth("SELECT * { FILTER((?x)) } # ((((")
    3
    """
    depth = deepest = 0
    for token in _BRACKETS.finditer(text):
        if token.lastgroup == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif token.lastgroup == "close":
            depth -= 1
    return deepest


def vet_query(text: str, local_graphs: frozenset[str]) -> str:
    """The text to run for ``text``: normalised (:func:`normalise_query`), then checked (:func:`check_query`).

    Run the returned text, never ``text`` itself: the check holds for the normalised form.
    """
    normalised = normalise_query(text)
    problem, _ = _analyse(normalised, local_graphs)
    if problem:
        raise QueryError(problem)
    return normalised


def check_query(text: str, local_graphs: frozenset[str]) -> None:
    """Refuse queries that would fetch from the network or change the graph.

    ``SERVICE`` clauses, updates (``LOAD``, ``INSERT`` ...) and ``FROM`` / ``FROM NAMED``
    naming a graph that is not one of ``local_graphs`` raise :class:`QueryError`. The query is
    normalised (:func:`normalise_query`) and parsed (rdflib's SPARQL grammar), so words inside
    strings, IRIs and comments do not count. What holds is that the *normalised* text is safe:
    engines run what :func:`vet_query` returns.

    Examples
    --------
    >>> check_query("SELECT * WHERE { ?s ?p 'SERVICE' }", frozenset())
    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", frozenset())
    Traceback (most recent call last):
    ...
    kg.query.QueryError: SERVICE <http://example.org/sparql>: federated queries are not allowed (no network access from a query)
    """
    vet_query(text, local_graphs)


def _vets_as_is(text: str, local_graphs: frozenset[str]) -> bool:
    """Whether ``text`` passes :func:`vet_query` unchanged by normalisation."""
    try:
        return vet_query(text, local_graphs) == text
    except QueryError:
        return False


_OXIGRAPH_SYNTAX = re.compile(r"error at (?P<line>\d+):(?P<column>\d+): (?P<detail>.*)")


def syntax_error(text: str, error: Exception) -> str:
    """A SPARQL syntax error of either engine as one short line: where, the words there, what was expected.

    Examples
    --------
    >>> syntax_error("SELECT * WHERE {\\n  ?s ?p\\n}", SyntaxError("error at 3:1: expected one of IRI, [_], a, ^"))
    "not a valid SPARQL query: line 3, column 1, at '}': expected one of IRI, [_], a, …"
    """
    line = column = None
    if hasattr(error, "lineno") and hasattr(error, "col") and hasattr(error, "msg"):  # pyparsing
        line, column = error.lineno, error.col
        detail = "unexpected words" if error.msg.startswith("Expected SelectQuery") else error.msg
    elif found := _OXIGRAPH_SYNTAX.match(str(error).splitlines()[0] if str(error) else ""):
        line, column, detail = int(found["line"]), int(found["column"]), found["detail"]
    else:
        detail = (str(error).splitlines() or ["unknown error"])[0]
    if detail.startswith("expected one of "):
        options = detail[len("expected one of "):].split(", ")
        detail = "expected one of " + ", ".join(options[:3] + (["…"] if len(options) > 3 else []))
    if line is None or column is None:  # both or neither
        return f"not a valid SPARQL query: {detail[:160]}"
    lines = text.splitlines()
    words = lines[line - 1][column - 1:].split() if 0 < line <= len(lines) else []
    at = f", at {words[0][:20]!r}" if words else ", at the end"
    return f"not a valid SPARQL query: line {line}, column {column}{at}: {detail[:160]}"


def has_dataset_clause(text: str) -> bool:
    """Whether a vetted query names its own dataset with ``FROM`` or ``FROM NAMED``."""
    return _analyse(text, frozenset())[1]


def _analyse(text: str, local_graphs: frozenset[str]) -> tuple[str | None, bool]:
    if not _SUSPECT.search(_exposed(text)):
        return None, False  # none of the keywords can occur (escapes are expanded by now)
    return _parse_and_check(text, local_graphs)


def _exposed(text: str) -> str:
    """The words of a normalised query outside its comments, strings, IRIs, variables and local names.

    Every refused construct needs a keyword there; a query whose exposed words hold none is
    not parsed (importing and running rdflib's SPARQL parser took a third of `kg query`'s time).
    The scan errs towards showing: text it cannot place (an unclosed string) stays exposed.

    >>> _exposed("SELECT ?from { ?s tip:tallyFrom 'from' ; <http://x/from> ?o } # from")
    'SELECT   {   tip    ;     }  '
    >>> _exposed("SELECT * { ?s ex:a\\\\#x SERVICE <http://x/> { } }").split()
    ['SELECT', '*', '{', 'ex', '\\\\#x', 'SERVICE', '{', '}', '}']
    """
    return "".join(" " if token.group("hidden") else token.group(0) for token in _HIDDEN.finditer(text))


@functools.lru_cache(maxsize=512)
def _parse_and_check(text: str, local_graphs: frozenset[str]) -> tuple[str | None, bool]:
    with _PARSE_LOCK:  # the recursion limit is the process's: raised for the parse only
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 60 * MAX_DEPTH + 2000))
        try:
            return _refusal(text, local_graphs)
        except RecursionError:
            return "not a valid SPARQL query: nested too deeply to parse", False
        finally:
            sys.setrecursionlimit(limit)


def _refusal(text: str, local_graphs: frozenset[str]) -> tuple[str | None, bool]:
    from pyparsing import ParseException
    from rdflib import Variable
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except ParseException as query_error:
        try:
            parseUpdate(text)
        except ParseException:
            return syntax_error(text, query_error), False
        return "updates (INSERT, DELETE, LOAD, CLEAR ...) are not allowed: the graph is read-only", False
    dataset = False
    for name, node in _walk(tree):
        if name == "ServiceGraphPattern":
            target = node["term"]
            shown = f"?{target}" if isinstance(target, Variable) else f"<{target}>"
            return f"SERVICE {shown}: federated queries are not allowed (no network access from a query)", True
        if name == "DatasetClause":
            dataset = True
            keyword, iri = ("FROM", node["default"]) if "default" in node else ("FROM NAMED", node["named"])
            if str(iri) not in local_graphs:
                return f"{keyword} <{iri}>: not a graph of this build (remote graphs are never fetched)", True
    return None, dataset


def _walk(node):
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node.name, node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        for value in node:
            yield from _walk(value)


# --- parameters as a leading VALUES block ---------------------------------------------------

def oxigraph_term(term: Term):
    """The ``pyoxigraph`` term of an engine-neutral :class:`Term` (blank nodes are refused)."""
    import pyoxigraph as ox

    if term.kind == "iri":
        return ox.NamedNode(term.value)  # refuses characters an IRI may not hold
    if term.kind != "literal":
        raise QueryError(f"a parameter cannot be a {term.kind}")
    if term.language:
        return ox.Literal(term.value, language=term.language)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype or XSD_STRING))


def values_query(text: str, bindings: dict[str, Term]) -> str | None:
    """``text`` with the parameters as a ``VALUES`` block opening its outermost ``WHERE`` group
    (and the ``WHERE`` group of each sub-select it may open: :func:`_subselect_groups`).

    The terms are written by Oxigraph's serialiser (``str`` of a ``pyoxigraph`` term, which
    escapes quotes and backslashes), so a value is always one RDF term, whatever it holds.
    Returns ``None`` when the place of the block is not certain: not a ``SELECT`` or ``ASK``
    query, ``\\u`` escapes in the text, ``EXISTS`` in the projection, or a string that does not
    close before the group (the caller then binds with Oxigraph ``substitutions``, as it does
    when the text with the block does not parse). Leading, the block lets Oxigraph plan the
    joins from the bound terms; ``substitutions`` are applied after planning.

    Examples
    --------
    >>> values_query('SELECT ?n WHERE { ?s <http://x/p> ?n }', {"s": Term("iri", "http://x/a")})
    'SELECT ?n WHERE { VALUES (?s) { (<http://x/a>) } ?s <http://x/p> ?n }'
    >>> print(values_query('ASK { ?s ?p ?r }', {"r": Term("literal", 'a" } #', XSD_STRING)}))
    ASK { VALUES (?r) { ("a\\" } #") } ?s ?p ?r }
    """
    names = list(bindings)
    if not names or not all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", n) for n in names):
        return None
    where = _outermost_group(text)
    if where is None:
        return None
    terms = " ".join(str(oxigraph_term(bindings[n])) for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}"
    for place in sorted([where, *_subselect_groups(text, set(names))], reverse=True):
        text = text[:place] + block + text[place:]
    return text


#: The lexemes :func:`_outermost_group` and :func:`_subselect_groups` read: the skipped ones,
#: keywords, variables, braces and the rest.
_LEXEME = re.compile(_SKIPPED + r"""
  | (?P<word>(?<![\w?$:-])[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<var>[?$][A-Za-z0-9_]+) | (?P<brace>[{}]) | (?P<paren>[()]) | (?P<star>\*) | (?P<less><) | (?P<quote>["'])
""", re.VERBOSE)


def _outermost_group(text: str) -> int | None:
    """The index just after the ``{`` that opens the ``WHERE`` group of a SELECT or ASK query.

    Skips comments, string literals and IRIs; ``None`` when anything is unclear.
    """
    if "\\u" in text or "\\U" in text:  # escapes may spell keywords or braces
        return None
    form, parens = None, 0
    for lexeme in _LEXEME.finditer(text):
        kind, value = lexeme.lastgroup, lexeme.group(0)
        if kind == "quote":
            return None  # a string that does not close (on its line, for a short one)
        if kind == "less" and not parens:
            return None  # neither an IRI nor a comparison in an expression
        if kind == "paren":
            parens += 1 if value == "(" else -1
        elif kind == "brace":
            if value == "}" or form not in ("SELECT", "ASK") or parens:
                return None  # a template of CONSTRUCT, or EXISTS in a projection: not handled
            return lexeme.end()
        elif kind == "word" and form is None and value.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") \
                and not text.startswith(":", lexeme.end()):
            form = value.upper()
    return None


@dataclass
class _SubSelect:
    """What :func:`_subselect_groups` reads of one sub-select: its projection and modifiers."""

    plain: set[str] = field(default_factory=set)  # variables projected as they are
    computed: set[str] = field(default_factory=set)  # (expression AS ?v)
    star: bool = False
    aggregates: bool = False
    group_by: set[str] = field(default_factory=set)
    limited: bool = False  # LIMIT or OFFSET
    where: int | None = None  # the index just after the "{" of its WHERE group
    phase: str = "projection"  # then "body", then "modifiers" (after its WHERE group)

    def passes(self, names: set[str]) -> bool:
        """Whether its answer filtered by the parameters is the filtered answer of the whole."""
        projected = names <= self.plain or (self.star and not self.aggregates and not self.group_by)
        grouped = not (self.aggregates or self.group_by) or names <= self.group_by
        return projected and grouped and not (names & self.computed) and not self.limited


_AGGREGATES = {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"}
#: A group after one of these is not joined with the rest: a block inside would change the answer.
_NOT_JOINED = {"OPTIONAL", "MINUS", "EXISTS"}


def _subselect_groups(text: str, names: set[str]) -> list[int]:
    """Where a ``VALUES`` block of ``names`` may also open a sub-select's ``WHERE`` group.

    A sub-select is evaluated before what is around it and does not see the block that opens
    the outermost group, so one that aggregates over the whole graph before the join (cq06 per
    document) does all that work for one country. The block is written into a sub-select only
    where it cannot change the answer: the sub-select and every one around it project the
    parameters as they are (grouped by them when they aggregate), have no LIMIT or OFFSET, and
    none of the groups on the way is OPTIONAL, MINUS or EXISTS.
    """
    @dataclass
    class Frame:  # one open "{"
        joined: bool  # it and every group around it are joined with the rest
        wraps: _SubSelect | None = None  # the sub-select this group holds
        where_of: _SubSelect | None = None  # the sub-select this group is the WHERE group of

    frames: list[Frame] = []
    chains: list[tuple[list[_SubSelect], bool]] = []  # each sub-select with the ones around it; joined
    reading: _SubSelect | None = None  # a sub-select whose projection is being read
    previous, parens, grouping = "", 0, False
    for lexeme in _LEXEME.finditer(text):
        kind, value = lexeme.lastgroup or "", lexeme.group(0)
        if kind in ("comment", "string", "iri", "less", "quote"):
            continue
        word = value.upper() if kind == "word" else ""
        closing = frames[-1].wraps if frames and frames[-1].wraps and frames[-1].wraps.phase == "modifiers" else None
        if kind == "paren":
            parens += 1 if value == "(" else -1
        elif word == "SELECT" and frames:
            reading = frames[-1].wraps = _SubSelect()
            chains.append(([f.wraps for f in frames if f.wraps is not None], frames[-1].joined))
        elif reading is not None and kind in ("var", "star", "word"):
            if kind == "star":
                reading.star = True
            elif word in _AGGREGATES:
                reading.aggregates = True
            elif kind == "var" and previous == "AS":
                reading.computed.add(value[1:])
            elif kind == "var" and not parens:
                reading.plain.add(value[1:])
        elif closing is not None:
            if word in ("LIMIT", "OFFSET"):
                closing.limited = True
            elif word in ("GROUP", "HAVING", "ORDER"):
                grouping = word == "GROUP"
            elif kind == "var" and grouping and not parens:
                closing.group_by.add(value[1:])
        if value == "{":
            frames.append(Frame(joined=previous not in _NOT_JOINED and all(f.joined for f in frames)))
            if reading is not None:
                reading.phase, reading.where, frames[-1].where_of, reading = "body", lexeme.end(), reading, None
        elif value == "}":
            if not frames:
                return []
            frame = frames.pop()
            if frame.where_of is not None:
                frame.where_of.phase, grouping = "modifiers", False
        previous = word or kind
    return [chain[-1].where for chain, joined in chains
            if joined and chain[-1].where is not None and all(select.passes(names) for select in chain)]


# --- engines ---------------------------------------------------------------------------------

class Engine(Protocol):
    name: str
    graphs: frozenset[str]

    def run(self, text: str, bindings: dict[str, Term]):
        """Run a checked query with bound parameters; return the engine's own result."""

    def result(self, native) -> QueryResult:
        """Turn the engine's result into engine-neutral terms and lexical values."""

    def graph_turtle(self, native) -> tuple[str, int] | None:
        """A CONSTRUCT or DESCRIBE answer as Turtle and its number of triples (None otherwise)."""

    def serialize(self, native, fmt: str) -> bytes:
        """Write the engine's result as SPARQL 1.1 ``json``, ``csv`` or ``tsv``."""


class OxigraphEngine:
    """The Oxigraph store of a build, opened read-only."""

    name = "oxigraph"

    def __init__(self, build_dir: str | Path):
        self.store = store.open_store(Path(build_dir))
        self.graphs = frozenset(g.value for g in self.store.named_graphs())

    def run(self, text: str, bindings: dict[str, Term], dataset: "Dataset | None" = None):
        """Run a vetted text (:func:`vet_query`); ``dataset`` overrides its ``FROM`` clauses."""
        import pyoxigraph as ox

        # the union would override FROM
        options: dict[str, object] = {"use_default_graph_as_union": not has_dataset_clause(text)}
        if dataset is not None:
            options = {"default_graph": [ox.NamedNode(g) for g in dataset.default_graphs],
                       "named_graphs": [ox.NamedNode(g) for g in dataset.named_graphs]}
        substitutions = {ox.Variable(k): oxigraph_term(t) for k, t in bindings.items()}
        with_values = values_query(text, bindings) if bindings else None
        if with_values is not None and not _vets_as_is(with_values, self.graphs):
            with_values = None
        if with_values is not None:
            # Oxigraph plans the joins before it applies substitutions, so it cannot start from
            # the bound value; a leading VALUES block lets the plan start there. The same terms
            # as substitutions also reach the sub-selects that project them (a sub-select does
            # not see a VALUES block around it): one answer, read from the bound terms only.
            # (The block is vetted too; a term that normalisation would change goes by substitutions.)
            for extra in ({"substitutions": substitutions}, {}):
                try:
                    return self.store.query(with_values, **extra, **options)
                except SyntaxError:
                    break  # the text could not take the block: substitutions below report the error
                except RuntimeError:
                    continue  # a parameter that is not a projected variable cannot be substituted
        try:
            return self.store.query(text, substitutions=substitutions or None, **options)
        except SyntaxError as err:
            raise QueryError(syntax_error(text, err)) from None
        except RuntimeError as err:  # e.g. a substituted variable that is not projected
            raise QueryError(f"the query cannot run: {err} (parameters must be projected variables)") from None

    def result(self, native) -> QueryResult:
        import pyoxigraph as ox

        if isinstance(native, ox.QueryBoolean):
            return QueryResult(variables=[], rows=[], terms=[], boolean=bool(native))
        if not isinstance(native, ox.QuerySolutions):
            raise QueryError("only SELECT and ASK queries are supported here (use `kg export` for graphs)")
        variables = [v.value for v in native.variables]
        seen: dict = {}  # pyoxigraph term → Term: answers repeat their terms, each is converted once
        terms = []
        for solution in native:
            row: list[Term | None] = []
            for term in solution:  # iterating a solution is several times faster than indexing it
                if term is None:
                    row.append(None)
                    continue
                neutral = seen.get(term)
                if neutral is None:
                    neutral = seen[term] = self._neutral(term)
                row.append(neutral)
            terms.append(dict(zip(variables, row, strict=False)))
        return _result(variables, terms)

    @staticmethod
    def _neutral(term) -> Term | None:
        import pyoxigraph as ox

        if term is None:
            return None
        if isinstance(term, ox.NamedNode):
            return Term("iri", term.value)
        if isinstance(term, ox.BlankNode):
            return Term("bnode", term.value)
        if isinstance(term, ox.Literal):
            return Term("literal", term.value, term.datatype.value, term.language)
        return Term("literal", str(term))  # RDF 1.2 triple terms: shown, not typed

    @staticmethod
    def graph_turtle(native) -> tuple[str, int] | None:
        """A CONSTRUCT or DESCRIBE answer as Turtle with the project's prefixes, and its number of
        triples; None for a SELECT or ASK answer."""
        import pyoxigraph as ox

        if not isinstance(native, ox.QueryTriples):
            return None
        triples = list(native)
        text = ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                            # not id: (its local names hold "/", which Turtle would escape)
                            prefixes={prefix: str(namespace) for prefix, namespace in NAMESPACES.items() if prefix != "id"})
        # serialize() without an output returns bytes; pyoxigraph's stubs say bytes | None
        return text.decode("utf-8"), len(triples)  # type: ignore[union-attr]

    def serialize(self, native, fmt: str) -> bytes:
        import pyoxigraph as ox

        if not isinstance(native, (ox.QuerySolutions, ox.QueryBoolean)):
            raise QueryError("only SELECT and ASK queries are supported here (use `kg export` for graphs)")
        kind = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                "tsv": ox.QueryResultsFormat.TSV}[fmt]
        return native.serialize(format=kind)  # type: ignore[return-value]  # without an output: bytes, as above


class RdflibEngine:
    """The graph files of a build loaded into an rdflib ``Dataset`` whose default graph is the union."""

    name = "rdflib"

    def __init__(self, build_dir: str | Path):
        import rdflib.plugins.sparql as rdflib_sparql
        from rdflib import Dataset

        rdflib_sparql.SPARQL_LOAD_GRAPHS = False  # FROM never loads a graph from the web
        self.dataset = Dataset(default_union=True)
        if store.has_graph_files(Path(build_dir)):
            merged = io.BytesIO()  # kg export's TriG, without its layout check: the caller checked
            store.write_merged(Path(build_dir), merged, "trig")
            self.dataset.parse(data=merged.getvalue(), format="trig")
        elif (Path(build_dir) / "kg.trig").is_file():  # a build of an older layout
            self.dataset.parse(Path(build_dir) / "kg.trig", format="trig")
        else:
            raise FileNotFoundError(f"{build_dir}: no graph files (run `kg build` first)")
        self.graphs = frozenset(str(g.identifier) for g in self.dataset.graphs()
                                if str(g.identifier) != "urn:x-rdflib:default")

    def run(self, text: str, bindings: dict[str, Term]):
        from pyparsing import ParseException
        from rdflib import Variable

        try:
            return self.dataset.query(text, initBindings={Variable(k): self._term(t) for k, t in bindings.items()})
        except ParseException as err:
            raise QueryError(syntax_error(text, err)) from None
        except RecursionError:
            raise QueryError("the query is nested too deeply for the rdflib engine") from None

    @staticmethod
    def _term(term: Term):
        from rdflib import Literal, URIRef

        if term.kind == "iri":
            return URIRef(term.value)
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype in (None, XSD_STRING):  # rdflib keeps "x" and "x"^^xsd:string apart
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype))

    def result(self, native) -> QueryResult:
        if native.type == "ASK":
            return QueryResult(variables=[], rows=[], terms=[], boolean=bool(native.askAnswer))
        if native.type != "SELECT":
            raise QueryError("only SELECT and ASK queries are supported here (use `kg export` for graphs)")
        variables = [str(v) for v in native.vars]
        terms = [{v: self._neutral(row[i]) for i, v in enumerate(variables)} for row in native]
        return _result(variables, terms)

    @staticmethod
    def _neutral(term) -> Term | None:
        from rdflib import BNode, Literal, URIRef

        if term is None:
            return None
        if isinstance(term, URIRef):
            return Term("iri", str(term))
        if isinstance(term, BNode):
            return Term("bnode", str(term))
        if isinstance(term, Literal):
            datatype = str(term.datatype) if term.datatype else (None if term.language else XSD_STRING)
            return Term("literal", str(term), datatype, term.language)
        return Term("literal", str(term))

    @staticmethod
    def graph_turtle(native) -> tuple[str, int] | None:
        """As :meth:`OxigraphEngine.graph_turtle`."""
        if native.type not in ("CONSTRUCT", "DESCRIBE"):
            return None
        graph = native.graph
        for prefix, namespace in NAMESPACES.items():
            graph.bind(prefix, namespace)
        return graph.serialize(format="turtle"), len(graph)

    def serialize(self, native, fmt: str) -> bytes:
        if native.type not in ("SELECT", "ASK"):
            raise QueryError("only SELECT and ASK queries are supported here (use `kg export` for graphs)")
        if fmt == "tsv":  # rdflib parses TSV results but has no TSV writer
            if native.type == "ASK":
                raise QueryError("there is no TSV format for ASK results (use json)")
            return tsv(self.result(native)).encode("utf-8")
        return native.serialize(format=fmt)


def _result(variables: list[str], terms: list[dict[str, Term | None]]) -> QueryResult:
    rows = [{v: (None if t is None else t.value) for v, t in row.items()} for row in terms]
    return QueryResult(variables=variables, rows=rows, terms=terms)


def open_engine(build_dir: str | Path, engine: str = "oxigraph") -> Engine:
    """Open a build for querying with ``engine`` (``oxigraph`` or ``rdflib``)."""
    if engine == "oxigraph":
        return OxigraphEngine(build_dir)
    if engine == "rdflib":
        return RdflibEngine(build_dir)
    raise QueryError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")


def prepare(engine: Engine, query: str, params: dict[str, str] | None = None) -> tuple[str, dict[str, Term]]:
    """Load a query, bind its parameters and check that the text to run is safe on ``engine``.

    The text returned is the vetted one (:func:`vet_query`): run it, not the text as loaded.
    """
    text, info = load_query(query)
    bindings = bind_params(info, params)
    return vet_query(text, engine.graphs), bindings


def runnable_text(query: str, params: dict[str, str] | None = None) -> str:
    """The text of a query with its parameters written into it: SPARQL 1.1 any engine runs as it is.

    The parameters open its outermost group as a ``VALUES`` block (:func:`values_query`), and
    the sub-selects that project them, so the text needs no tool to bind them: paste it into
    another endpoint's editor, or send it to ``kg serve`` (the same answer, as fast).

    Raises
    ------
    QueryError : a bad parameter, or a text whose ``VALUES`` block has no certain place.

    Examples
    --------
    >>> text = "# param: c country — the country (default XK)\\nSELECT ?t WHERE { ?a <http://x/c> ?c ; <http://x/t> ?t }"
    >>> print(runnable_text(text, {"c": "Kosovo"}).splitlines()[1])
    SELECT ?t WHERE { VALUES (?c) { (<https://w3id.org/tip-kg/id/country/XK>) } ?a <http://x/c> ?c ; <http://x/t> ?t }
    """
    text, info = load_query(query)
    bindings = bind_params(info, params)
    if not bindings:
        return text
    written = values_query(text, bindings)
    if written is None:
        raise QueryError(f"{info.name}: the parameters cannot be written into this text (bind them with kg query)")
    return written


# --- running and printing --------------------------------------------------------------------

@functools.lru_cache(maxsize=4)
def _cached_engine(build_dir: str, engine: str, stamp: float) -> Engine:
    return open_engine(build_dir, engine)


def _engine_for(build_dir: str | Path, engine: str) -> Engine:
    path = Path(build_dir).resolve()
    marker = path / (store.STORE_DIR if engine == "oxigraph" else store.MANIFEST)
    stamp = marker.stat().st_mtime if marker.exists() else 0.0
    return _cached_engine(str(path), engine, stamp)


def run_query(build_dir: str | Path, query: str, params: dict[str, str] | None = None, *,
              engine: str = "oxigraph", limits: Limits | None = None) -> QueryResult:
    """Run a SELECT or ASK query (name, ``.rq`` file or text) on a build.

    Parameters
    ----------
    build_dir : a build folder (``kg build --out``).
    query : a library query name (``tier-history``), a ``.rq`` file or SPARQL text.
    params : ``{name: value}`` for the parameters its header declares (defaults fill the rest).
    engine : ``oxigraph`` (the build's store) or ``rdflib`` (the graph files in memory).
    limits : run in a child process killed past ``limits.timeout`` seconds, with at most
        ``limits.memory_mb`` MB of memory (:mod:`kg.limits`); ``None`` runs here, unbounded.

    Examples
    --------
    >>> result = run_query("build", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    >>> int(result.rows[0]["n"]) > 0
    True
    >>> [r["tier"] for r in run_query("build", "tier-history", {"country": "XK"}).rows]
    ['Tier 2']
    """
    store.check_layout(build_dir, strict=False)  # every call: an engine cached by an earlier one said nothing
    if limits is not None:
        _before_fork(query, params)
        return run_limited(functools.partial(_answer, build_dir, query, params, engine, None, limits), limits)
    return _answer(build_dir, query, params, engine, None)


def query_output(build_dir: str | Path, query: str, params: dict[str, str] | None = None, *,
                 fmt: str = "table", engine: str = "oxigraph", limits: Limits | None = None) -> str:
    """The answer of a query as text: an aligned ``table``, or SPARQL 1.1 ``json``, ``csv`` or ``tsv``.

    The W3C formats come from the engine's own serialiser (rdflib has no TSV writer, so
    :func:`tsv` writes it). ``limits`` as in :func:`run_query`.
    """
    return answer(build_dir, query, params, fmt=fmt, engine=engine, limits=limits)[0]


def answer(build_dir: str | Path, query: str, params: dict[str, str] | None = None, *,
           fmt: str = "table", engine: str = "oxigraph", limits: Limits | None = None) -> tuple[str, bool]:
    """:func:`query_output`, and whether the answer has no row (an ASK answer always has one)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    store.check_layout(build_dir, strict=False)  # here, once: the engines and coverage_note do not check
    if limits is not None:
        _before_fork(query, params)
        return cast(tuple[str, bool],  # mypy types a partial of an overloaded function by its first overload
                    run_limited(functools.partial(_answer, build_dir, query, params, engine, fmt, limits), limits))
    return _answer(build_dir, query, params, engine, fmt)


def _before_fork(query: str, params: dict[str, str] | None) -> None:
    """Bind the parameters here before :func:`run_limited` forks: the gazetteer a country name needs
    (0.1 s) is then loaded once, for the child, which inherits it, and for :func:`coverage_note`."""
    _, info = load_query(query)
    bind_params(info, params)


@overload
def _answer(build_dir: str | Path, query: str, params: dict[str, str] | None, engine: str, fmt: None,
            limits: Limits | None = None) -> QueryResult: ...
@overload
def _answer(build_dir: str | Path, query: str, params: dict[str, str] | None, engine: str, fmt: str,
            limits: Limits | None = None) -> tuple[str, bool]: ...
def _answer(build_dir: str | Path, query: str, params: dict[str, str] | None, engine: str, fmt: str | None,
            limits: Limits | None = None) -> QueryResult | tuple[str, bool]:
    """The result (``fmt`` None), or the text of a query and whether it has no row; under
    ``limits``, in the child of :func:`run_limited`."""
    if limits is None:
        runner = _engine_for(build_dir, engine)
    else:  # a store of its own: one the parent opened has no threads in this forked child
        runner = open_engine(build_dir, engine)
        cap_memory(limits.memory_mb)
    text, bindings = prepare(runner, query, params)
    native = runner.run(text, bindings)
    if fmt is None:
        return runner.result(native)
    graph = runner.graph_turtle(native)
    if graph is not None:  # CONSTRUCT or DESCRIBE: Turtle whatever the format asked for a table
        turtle, triples = graph
        return turtle, triples == 0
    if fmt == "table":
        result = runner.result(native)
        return table(result), result.boolean is None and not result.rows
    output = runner.serialize(native, fmt).decode("utf-8")
    return output, _no_rows(output, fmt)


_EMPTY_JSON_BINDINGS = re.compile(r'"bindings"\s*:\s*\[\s*\]')


def _no_rows(output: str, fmt: str) -> bool:
    """Whether a SPARQL 1.1 ``json``, ``csv`` or ``tsv`` result has no row, read from its text
    without parsing it again: CSV and TSV have nothing after their header line (variable names,
    which hold no line break)."""
    if fmt == "json":
        return bool(_EMPTY_JSON_BINDINGS.search(output))
    head, _, rest = output.partition("\n")
    return head.strip() not in ("true", "false") and not rest.strip()


_COVERAGE = """# param: country country — the country
PREFIX tip: <https://w3id.org/tip-kg/ontology#>
SELECT DISTINCT ?year WHERE { GRAPH ?g { ?g tip:aboutCountry ?country ; tip:reportYear ?year } } ORDER BY ?year
"""


def coverage_note(build_dir: str | Path, query: str, params: dict[str, str] | None = None, *,
                  engine: str = "oxigraph") -> str | None:
    """What the graph holds about the countries a query was asked about: said when it answers no rows.

    It follows the query it is about, whose :func:`run_query` or :func:`answer` warned of an old build
    already: it does not warn again, and leaves no engine behind that would keep a later query silent.

    Examples
    --------
    >>> coverage_note("build", "cq01", {"country": "Kosovo", "year": "2010"})
    'the graph covers Kosovo (XK) in report year 2009 only'
    >>> coverage_note("build", "cq01", {"country": "TH"})
    'the graph has no document about Thailand (TH)'
    """
    from .places import load_gazetteer

    _, info = load_query(query)
    bindings = bind_params(info, params)
    notes = []
    for param in info.params:
        if param.type != "country" or param.name not in bindings:
            continue
        key = bindings[param.name].value.rsplit("/", 1)[-1]
        name = f"{load_gazetteer().country(key).label} ({key})"
        rows = _answer(build_dir, _COVERAGE, {"country": key}, engine, None).rows  # no layout warning: see below
        years = [int(cast(str, row["year"])) for row in rows]  # bound: the query has no OPTIONAL
        if not years:
            notes.append(f"the graph has no document about {name}")
        elif len(years) == 1:
            notes.append(f"the graph covers {name} in report year {years[0]} only")
        else:
            notes.append(f"the graph covers {name} in {len(years)} report years: {_spans(years)}")
    return "; ".join(notes) or None


def _spans(years: list[int]) -> str:
    """``2006–2009, 2012`` for a sorted list of years."""
    spans: list[list[int]] = []
    for year in years:
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return ", ".join(f"{a}–{b}" if b > a else str(a) for a, b in spans)


def compact(term: Term | None) -> str:
    """A term as shown in a table: prefixed name for known namespaces, lexical form for literals."""
    if term is None:
        return ""
    if term.kind == "iri":
        for prefix, namespace in NAMESPACES.items():
            local = term.value[len(str(namespace)):]
            if term.value.startswith(str(namespace)) and re.fullmatch(r"[A-Za-z0-9_-]*", local):
                return f"{prefix}:{local}"
        return f"<{term.value}>"
    if term.kind == "bnode":
        return f"_:{term.value}"
    return term.value


def table(result: QueryResult) -> str:
    """An aligned text table of a result (one line per row; ``yes``/``no`` for ASK)."""
    if result.boolean is not None:
        return "yes\n" if result.boolean else "no\n"
    cells = [[compact(row[v]) for v in result.variables] for row in result.terms]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=False)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV results: a header of ``?vars``, then terms in Turtle syntax."""
    out = io.StringIO()
    out.write("\t".join(f"?{v}" for v in result.variables) + "\n")
    for row in result.terms:
        out.write("\t".join(_turtle(row[v]) for v in result.variables) + "\n")
    return out.getvalue()


def _turtle(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "iri":
        return f"<{term.value}>"
    if term.kind == "bnode":
        return f"_:{term.value}"
    if term.datatype == XSD_INTEGER and re.fullmatch(r"[+-]?\d+", term.value):
        return term.value
    quoted = '"' + term.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
        .replace("\r", "\\r").replace("\t", "\\t") + '"'
    if term.language:
        return f"{quoted}@{term.language}"
    if term.datatype and term.datatype != XSD_STRING:
        return f"{quoted}^^<{term.datatype}>"
    return quoted
