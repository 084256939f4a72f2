"""Query stage: run SPARQL from ``queries/`` (or a file or text) against a build.

The Oxigraph store of the build answers by default; ``engine="rdflib"`` loads ``kg.trig``
into an rdflib ``Dataset`` instead. Terms of the two engines are never mixed: each query's
results are turned into plain Python values here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import store
from .vocab import QUERIES_DIR


@dataclass(frozen=True)
class QueryResult:
    variables: list[str]
    rows: list[dict[str, str | None]]  # variable → lexical value (None when unbound)


def query_text(name_or_path: str) -> str:
    """The text of a library query (``cq06``), a ``.rq`` file, or SPARQL given inline."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" and candidate.is_file():
        return candidate.read_text(encoding="utf-8")
    library = QUERIES_DIR / f"{name_or_path}.rq"
    if library.is_file():
        return library.read_text(encoding="utf-8")
    if any(word in name_or_path.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        return name_or_path
    raise FileNotFoundError(f"no query named {name_or_path!r} in {QUERIES_DIR} and no such .rq file")


def run_query(build_dir: str | Path, query: str) -> QueryResult:
    """Run a SELECT query (name, file or text) on the Oxigraph store of ``build_dir``.

    Examples
    --------
    >>> result = run_query("build", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    >>> int(result.rows[0]["n"]) > 0
    True
    """
    import pyoxigraph

    text = query_text(query)
    oxigraph_store = store.open_store(Path(build_dir))
    solutions = oxigraph_store.query(text)
    variables = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = {}
        for name in variables:
            term = solution[name]
            row[name] = None if term is None else term.value
        rows.append(row)
    del pyoxigraph
    return QueryResult(variables=variables, rows=rows)
