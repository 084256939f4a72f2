"""Route graphs: the trafficking routes of a build as a networkx ``DiGraph``.

Nodes are places (countries by ISO code, regions by region key); an edge ``A → B``
gathers every route statement from A to B that passes the filter, with its forms of
exploitation, victim groups, report years, the number of documents that state it and the
provenance of each statement. Everything is read with SPARQL (``queries/readers/routes-*.rq``)
from the Oxigraph store of a build; filters are added to the queries as SPARQL clauses.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

import networkx as nx

from .. import store
from ..model import InputError
from ..query import query_text, reader, run_query
from ..vocab import place_iri

__all__ = ["RouteFilter", "route_graph", "parse_years", "flat_graph", "concept_labels", "filter_clauses", "make_filter",
           "top_corridors", "year_span", "caption"]

DIRECTIONS = ("both", "in", "out")
_MARKER = "  # filters\n"
_YEARS = re.compile(r"(\d{4})(?:\s*(?:-|–|:|\.\.)\s*(\d{4}))?")


@dataclass(frozen=True)
class RouteFilter:
    """Which routes a route graph holds; every field left at its default keeps all routes.

    Parameters
    ----------
    country : str, optional
        ISO 3166-1 alpha-2 code (``XK``): routes from or to that country.
    direction : {"both", "in", "out"}
        With ``country``: routes into it, out of it, or both.
    years : (int, int), optional
        Inclusive range of report years.
    form : str, optional
        Form of exploitation key (``sex_trafficking``); narrower forms count
        (``forced_labor`` also keeps ``forced_begging`` routes).
    region : str, optional
        Region key (``eastern-europe``): routes that touch the region itself, a narrower
        region or a member country.
    """

    country: str | None = None
    direction: str = "both"
    years: tuple[int, int] | None = None
    form: str | None = None
    region: str | None = None

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise InputError(f"direction must be one of {', '.join(DIRECTIONS)}, not {self.direction!r}")
        if self.country is not None and not re.fullmatch(r"[A-Z]{2}", self.country):
            raise InputError(f"country must be an ISO 3166-1 alpha-2 code, not {self.country!r}")
        if self.years is not None and self.years[0] > self.years[1]:
            raise InputError(f"year range {self.years[0]}-{self.years[1]} is empty")

    def describe(self, names: dict[str, str] | None = None) -> str:
        """A short English description of the filter, for titles.

        Parameters
        ----------
        names : dict, optional
            Display names of place keys (``{"XK": "Kosovo"}``); keys are shown otherwise.

        Examples
        --------
        >>> RouteFilter(country="XK", direction="out", years=(2008, 2010)).describe({"XK": "Kosovo"})
        'from Kosovo, 2008–2010'
        """
        names = names or {}
        parts = []
        if self.country:
            country = names.get(self.country, self.country)
            parts.append({"both": f"to and from {country}", "in": f"to {country}",
                          "out": f"from {country}"}[self.direction])
        if self.region:
            parts.append(f"touching {names.get(self.region, self.region)}")
        if self.form:
            parts.append(self.form.replace("_", " "))
        if self.years:
            first, last = self.years
            parts.append(str(first) if first == last else f"{first}–{last}")
        return ", ".join(parts) or "all routes"

def make_filter(*, country: str | None = None, direction: str = "both", years: str | None = None,
                form: str | None = None, region: str | None = None) -> RouteFilter:
    """A :class:`RouteFilter` from user wordings: place names or keys, ``YYYY[-YYYY]``.

    Parameters
    ----------
    country : str, optional
        ISO code (``XK``) or a country name the gazetteer knows (``Kosovo``).
    direction : {"both", "in", "out"}
    years : str, optional
        ``"2009"`` or ``"2006-2010"``.
    form : str, optional
        Form key or its words (``sex trafficking``).
    region : str, optional
        Region key (``eastern-europe``) or name (``Eastern Europe``).

    Raises
    ------
    InputError
        For a name that is not a country or region.

    Examples
    --------
    >>> make_filter(country="Kosovo", region="Eastern Europe", form="sex trafficking")
    RouteFilter(country='XK', direction='both', years=None, form='sex_trafficking', region='eastern-europe')
    """
    from ..places import load_gazetteer

    gazetteer = load_gazetteer()
    code = None
    if country:
        try:
            code = gazetteer.country_named(country).key
        except KeyError as unknown:
            raise InputError(unknown.args[0]) from None
    region_key = None
    if region:
        try:
            region_key = gazetteer.region(region.strip().lower()).key
        except KeyError:
            place = gazetteer.resolve(region)
            if place is None or place.kind != "region":
                raise InputError(f"unknown region {region!r} (give a region key such as eastern-europe)") from None
            region_key = place.key
    form_key = re.sub(r"[\s-]+", "_", form.strip().lower()) if form else None
    return RouteFilter(country=code, direction=direction, years=parse_years(years) if years else None,
                       form=form_key, region=region_key)


def _string(value: str) -> str:
    """A SPARQL string literal of ``value``."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def filter_clauses(build_dir: str | Path, route_filter: RouteFilter) -> list[str]:
    """SPARQL clauses that restrict ``queries/readers/routes-statements.rq`` to ``route_filter``.

    The places of a region and the concepts of a form are looked up first in the
    vocabulary graph of the build, so the route query only compares IRIs.

    Raises
    ------
    InputError
        If the region or form key is unknown.
    """
    out = []
    if route_filter.country:
        iri = f"<{place_iri(route_filter.country)}>"
        out.append({"out": f"FILTER(?origin = {iri})", "in": f"FILTER(?destination = {iri})",
                    "both": f"FILTER(?origin = {iri} || ?destination = {iri})"}[route_filter.direction])
    if route_filter.years:
        first, last = route_filter.years
        out.append(f"FILTER(BOUND(?year) && ?year >= {first} && ?year <= {last})")
    if route_filter.form:
        concepts = _lookup(build_dir, "routes-form-concepts", "form", route_filter.form, "concept")
        if not concepts:
            raise InputError(f"unknown form of exploitation {route_filter.form!r}")
        out.append("FILTER EXISTS { GRAPH ?g { ?route tip:form ?wantedForm } VALUES ?wantedForm { "
                   + " ".join(f"<{c}>" for c in concepts) + " } }")
    if route_filter.region:
        places = _lookup(build_dir, "routes-region-places", "region", route_filter.region, "place")
        if not places:
            raise InputError(f"unknown region {route_filter.region!r}")
        listed = ", ".join(f"<{p}>" for p in places)
        out.append(f"FILTER(?origin IN ({listed}) || ?destination IN ({listed}))")
    return out


def _lookup(build_dir: str | Path, query: str, variable: str, key: str, column: str) -> list[str]:
    """Values of ``column`` in the rows of reader ``query`` where ``variable`` is ``key``."""
    text = _with_filters(query, [f"VALUES ?{variable} {{ {_string(key)} }}"])
    return [cast(str, row[column]) for row in run_query(build_dir, text).rows]  # bound: the query has no OPTIONAL


def _with_filters(name: str, clauses: list[str]) -> str:
    """The text of reader query ``name`` with ``clauses`` at its ``# filters`` line."""
    text = query_text(reader(name))
    if _MARKER not in text:
        raise ValueError(f"query {name} has no '# filters' line")
    return text.replace(_MARKER, "".join(f"  {c}\n" for c in clauses) or _MARKER)


def parse_years(text: str) -> tuple[int, int]:
    """Parse ``"2009"`` or ``"2006-2010"`` into an inclusive (first, last) range.

    Examples
    --------
    >>> parse_years("2006-2010"), parse_years("2009")
    ((2006, 2010), (2009, 2009))
    """
    match = _YEARS.fullmatch(text.strip())
    if not match:
        raise InputError(f"years must be YYYY or YYYY-YYYY, not {text!r}")
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if first > last:
        raise InputError(f"year range {text!r} is empty")
    return first, last


def concept_labels(build_dir: str | Path) -> dict[str, dict[str, str]]:
    """Labels of the form and victim-group keys: ``{"form": {key: label}, "victim": {...}}``."""
    out: dict[str, dict[str, str]] = {"form": {}, "victim": {}}
    for row in cast(list[dict[str, str]], run_query(build_dir, reader("routes-concepts")).rows):  # no OPTIONAL
        out[row["scheme"]][row["key"]] = row["name"]
    return out


def route_graph(build_dir: str | Path, route_filter: RouteFilter | None = None) -> nx.DiGraph:
    """Build the directed graph of the trafficking routes of a build.

    Parameters
    ----------
    build_dir : path
        A build folder (``kg build --out DIR``) with its Oxigraph store.
    route_filter : RouteFilter, optional
        Which routes to keep; all by default.

    Returns
    -------
    networkx.DiGraph
        Nodes are place keys with attributes ``name``, ``iso`` (ISO code, "" for a region),
        ``kind`` (country or region), ``tier`` and ``tier_year`` (latest assessment of the
        country in the year range, "" and 0 when unknown) and ``roles`` (sorted list, from
        the latest report in range that states roles). Edges ``origin → destination``
        carry ``forms``, ``victims``, ``years`` (sorted lists), ``reports`` (number of
        documents stating the route), ``statements`` (number of text spans) and
        ``provenance``: a list of dicts with ``document``, ``year``, ``subject``,
        ``sentence``, ``sentence_start``, ``start``, ``end`` (offsets into the document).
        ``graph.graph`` holds ``title`` (the filter description) and the filter fields.

    Examples
    --------
    >>> g = route_graph("build", RouteFilter(country="XK", direction="out"))
    >>> sorted(g.successors("XK"))
    ['AL', 'IT', 'MK', 'europe']
    """
    store.check_layout(build_dir)
    route_filter = route_filter or RouteFilter()
    rows = run_query(build_dir, _with_filters("routes-statements", filter_clauses(build_dir, route_filter))).rows
    edges: dict[tuple[str, str], dict] = {}
    kinds: dict[str, str] = {}
    for row in rows:
        # bound outside the query's OPTIONALs (year, subject, forms, victims)
        origin, destination = cast(str, row["from"]), cast(str, row["to"])
        kinds[origin] = _kind(cast(str, row["fromClass"]))
        kinds[destination] = _kind(cast(str, row["toClass"]))
        edge = edges.setdefault((origin, destination), {"forms": set(), "victims": set(), "years": set(),
                                                        "documents": set(), "provenance": set()})
        edge["forms"].update((row["forms"] or "").split())
        edge["victims"].update((row["victims"] or "").split())
        year = int(row["year"]) if row["year"] else 0
        if year:
            edge["years"].add(year)
        edge["documents"].add(row["id"])
        edge["provenance"].add((row["id"], year, row["subject"] or "", row["sentence"],
                                int(cast(str, row["sentenceStart"])), int(cast(str, row["start"])),
                                int(cast(str, row["end"]))))
    named = [k for k in (route_filter.country, route_filter.region) if k]
    graph = nx.DiGraph(title=route_filter.describe(_place_names(build_dir, named)), country=route_filter.country or "",
                       direction=route_filter.direction, form=route_filter.form or "",
                       region=route_filter.region or "",
                       first_year=route_filter.years[0] if route_filter.years else 0,
                       last_year=route_filter.years[1] if route_filter.years else 0)
    for key, node in _place_attributes(build_dir, kinds, route_filter.years).items():
        graph.add_node(key, **node)
    for (origin, destination), edge in sorted(edges.items()):
        provenance = [dict(zip(("document", "year", "subject", "sentence", "sentence_start", "start", "end"), p, strict=False))
                      for p in sorted(edge["provenance"], key=lambda p: (p[1], p[0], p[5], p[6]))]
        graph.add_edge(origin, destination, forms=sorted(edge["forms"]), victims=sorted(edge["victims"]),
                       years=sorted(edge["years"]), reports=len(edge["documents"]),
                       statements=len(provenance), documents=sorted(edge["documents"]), provenance=provenance)
    return graph


def _kind(class_iri: str) -> str:
    """``country`` or ``region`` from the IRI of ``tip:Country`` / ``tip:Region``."""
    return class_iri.rsplit("#", 1)[-1].lower()


def _place_names(build_dir: str | Path, keys: list[str]) -> dict[str, str]:
    """English names of place keys, from the vocabulary graph of the build."""
    if not keys:
        return {}
    values = "VALUES ?key { " + " ".join(_string(k) for k in sorted(keys)) + " }"
    # the query has no OPTIONAL: every value is bound
    rows = cast(list[dict[str, str]], run_query(build_dir, _with_filters("routes-places", [values])).rows)
    return {row["key"]: row["name"] for row in rows}


def _place_attributes(build_dir: str | Path, kinds: dict[str, str],
                      years: tuple[int, int] | None) -> dict[str, dict]:
    """Node attributes of the places ``kinds`` names, in sorted key order."""
    if not kinds:
        return {}
    keys = sorted(kinds)
    names = _place_names(build_dir, keys)
    countries = [k for k in keys if kinds[k] == "country"]
    tiers: dict[str, tuple[int, str]] = {}
    roles: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    if countries:
        clauses = ["VALUES ?country { " + " ".join(_string(k) for k in countries) + " }"]
        if years:
            clauses.append(f"FILTER(?year >= {years[0]} && ?year <= {years[1]})")
        for row in cast(list[dict[str, str]], run_query(build_dir, _with_filters("routes-assessments", clauses)).rows):
            year = int(row["year"])
            if row["field"] == "tier":
                # latest year wins; on a tie (two documents of one year) the first value in order
                if row["country"] not in tiers or year > tiers[row["country"]][0]:
                    tiers[row["country"]] = (year, row["value"])
            else:
                roles[row["country"]][year].add(row["value"])
    out = {}
    for key in keys:
        kind = kinds[key]
        tier_year, tier = tiers.get(key, (0, ""))
        stated = roles.get(key)
        out[key] = {"name": names.get(key, key), "iso": key if kind == "country" else "", "kind": kind,
                    "tier": tier, "tier_year": tier_year,
                    "roles": sorted(stated[max(stated)]) if stated else []}
    return out


def flat_graph(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy of a route graph whose attribute values are all scalars (for GraphML, GEXF).

    Lists become ``;``-joined strings (``years`` too), ``provenance`` becomes one string
    with one ``document [year] @start-end: sentence`` line per statement. Each place gets a
    ``label`` (its name) and, when its position is known, ``longitude`` and ``latitude``
    (its anchor on the route map, :func:`kg.routes.geo.place_lonlat`); each route a
    ``weight``, the number of reports stating it, which Gephi and yEd read as the edge weight.

    Examples
    --------
    >>> g = nx.DiGraph(); g.add_edge("XK", "IT", forms=["sex_trafficking"], years=[2009], reports=1)
    >>> flat_graph(g).edges["XK", "IT"]
    {'forms': 'sex_trafficking', 'years': '2009', 'reports': 1, 'weight': 1}
    """
    from .geo import place_lonlat

    out = nx.DiGraph()
    out.graph.update({k: v for k, v in graph.graph.items() if _is_scalar(v)})
    for node, data in graph.nodes(data=True):
        flat = {k: _flat(k, v) for k, v in data.items()}
        flat["label"] = data.get("name", node)
        position = place_lonlat(node, data.get("kind", "country" if re.fullmatch(r"[A-Z]{2}", node) else "region"))
        if position:
            flat["longitude"], flat["latitude"] = float(position[0]), float(position[1])
        out.add_node(node, **flat)
    for origin, destination, data in graph.edges(data=True):
        out.add_edge(origin, destination, **{k: _flat(k, v) for k, v in data.items()},
                     weight=int(data.get("reports", 1)))
    return out


def top_corridors(graph: nx.DiGraph, count: int) -> nx.DiGraph:
    """The ``count`` routes stated in the most reports, with their places (ties by key).

    ``graph.graph`` of the result keeps the filter and gains ``top`` (``count``) and
    ``all_routes`` (the number of routes of ``graph``).

    Examples
    --------
    >>> g = nx.DiGraph(); g.add_edge("XK", "IT", reports=3); g.add_edge("XK", "AL", reports=1)
    >>> list(top_corridors(g, 1).edges)
    [('XK', 'IT')]
    """
    if count < 1:
        raise InputError(f"--top must be at least 1, not {count}")
    kept = sorted(graph.edges(data="reports"), key=lambda e: (-(e[2] or 0), e[0], e[1]))[:count]
    out = graph.edge_subgraph((u, v) for u, v, _ in kept).copy()
    out.graph.update(graph.graph, top=count, all_routes=graph.number_of_edges())
    return out


def year_span(graph: nx.DiGraph) -> tuple[int, int] | None:
    """First and last report year of the routes of a graph (the filter's range if it has one)."""
    if graph.graph.get("first_year"):
        return graph.graph["first_year"], graph.graph["last_year"]
    years = [y for _, _, ys in graph.edges(data="years") for y in ys or ()]
    return (min(years), max(years)) if years else None


@lru_cache(maxsize=1)
def _captions() -> dict[str, str]:
    return json.loads(Path(__file__).with_name("captions.json").read_text(encoding="utf-8"))


def caption(name: str, **fields) -> str:
    """A wording of the pictures and pages (``kg/routes/captions.json``) with its fields filled.

    Examples
    --------
    >>> caption("source", years="2006–2025")
    'Source: US State Department, Trafficking in Persons Reports 2006–2025; graph built by tip-kg'
    """
    return _captions()[name].format(**fields)


def span_text(span: tuple[int, int] | None) -> str:
    """``2006–2025``, ``2009`` or ``years unknown``."""
    if not span:
        return "years unknown"
    return str(span[0]) if span[0] == span[1] else f"{span[0]}–{span[1]}"


def _is_scalar(value) -> bool:
    return isinstance(value, (str, int, float, bool))


def _flat(key: str, value):
    if key == "provenance":
        return "\n".join(f"{p['document']} [{p['year']}] @{p['start']}-{p['end']}: {p['sentence']}" for p in value)
    if isinstance(value, (list, tuple, set)):
        return ";".join(str(v) for v in value)
    return value
