"""Analysis of route graphs: main corridors, hubs, and routes that appear or disappear."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import networkx as nx

from ..query import run_query
from .graph import _with_filters

__all__ = ["Corridor", "Hub", "RouteStats", "route_stats", "format_stats"]


@dataclass(frozen=True)
class Corridor:
    """One route with the number of reports that state it."""

    origin: str
    destination: str
    reports: int
    years: tuple[int, ...]
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Hub:
    """A place with its degrees and betweenness centrality."""

    place: str
    name: str
    in_degree: int
    out_degree: int
    betweenness: float


@dataclass
class RouteStats:
    """What :func:`route_stats` finds; ``appeared``/``disappeared`` only for a year range."""

    places: int
    routes: int
    reports: int
    corridors: list[Corridor]
    hubs: list[Hub]
    first_year: int = 0
    last_year: int = 0
    compared_countries: list[str] = field(default_factory=list)
    appeared: list[tuple[str, str]] = field(default_factory=list)
    disappeared: list[tuple[str, str]] = field(default_factory=list)


def route_stats(graph: nx.DiGraph, build_dir: str | Path | None = None, *, top: int = 10) -> RouteStats:
    """Main corridors, hubs and, for a year range, the routes that appear or disappear.

    Corridors are the edges stated by the most reports. Hubs are ranked by degree
    (routes in plus out), then by betweenness centrality. When the graph was built for a
    year range (``graph.graph["first_year"] < graph.graph["last_year"]``), the routes of
    the first year's reports are compared with those of the last year's, among the
    subject countries that have a report in both years (so that a country missing from
    one edition does not make its routes look new or gone); ``build_dir`` is then needed
    to know which countries were reported.

    Parameters
    ----------
    graph : networkx.DiGraph
        A route graph (:func:`kg.routes.route_graph`).
    build_dir : path, optional
        The build the graph came from (for the year comparison).
    top : int
        How many corridors and hubs to keep.

    Returns
    -------
    RouteStats

    Examples
    --------
    >>> g = nx.DiGraph()
    >>> g.add_edge("XK", "IT", reports=2, years=[2009], forms=[], documents=["a", "b"])
    >>> route_stats(g).corridors[0].destination
    'IT'
    """
    corridors = sorted(
        (Corridor(u, v, d.get("reports", 0), tuple(d.get("years", ())), tuple(d.get("forms", ())))
         for u, v, d in graph.edges(data=True)),
        key=lambda c: (-c.reports, c.origin, c.destination))[:top]
    betweenness = nx.betweenness_centrality(graph) if graph.number_of_nodes() > 2 else dict.fromkeys(graph, 0.0)
    hubs = sorted((Hub(n, graph.nodes[n].get("name", n), graph.in_degree(n), graph.out_degree(n), betweenness[n])
                   for n in graph), key=lambda h: (-(h.in_degree + h.out_degree), -h.betweenness, h.place))[:top]
    documents = {doc for _, _, docs in graph.edges(data="documents") for doc in docs or ()}
    stats = RouteStats(graph.number_of_nodes(), graph.number_of_edges(), len(documents), corridors, hubs)
    first, last = graph.graph.get("first_year", 0), graph.graph.get("last_year", 0)
    if first and last and first < last and build_dir is not None:
        stats.first_year, stats.last_year = first, last
        _compare_years(graph, build_dir, stats)
    return stats


def _compare_years(graph: nx.DiGraph, build_dir: str | Path, stats: RouteStats) -> None:
    """Fill ``appeared`` and ``disappeared``: routes of the last year's reports against the first's."""
    first, last = stats.first_year, stats.last_year
    text = _with_filters("routes-reports", [f"VALUES ?year {{ {first} {last} }}"])
    reported: dict[int, set[str]] = {first: set(), last: set()}
    for row in cast(list[dict[str, str]], run_query(build_dir, text).rows):  # the query has no OPTIONAL
        reported[int(row["year"])].add(row["country"])
    both = reported[first] & reported[last]
    stats.compared_countries = sorted(both)
    stated: dict[int, set[tuple[str, str]]] = {first: set(), last: set()}
    for u, v, data in graph.edges(data=True):
        for p in data.get("provenance", ()):
            if p["year"] in stated and p["subject"] in both:
                stated[p["year"]].add((u, v))
    stats.appeared = sorted(stated[last] - stated[first])
    stats.disappeared = sorted(stated[first] - stated[last])


def format_stats(stats: RouteStats, graph: nx.DiGraph) -> str:
    """The text ``kg routes --stats`` prints."""
    name = lambda key: graph.nodes[key].get("name", key) if key in graph else key  # noqa: E731
    lines = [f"{stats.places} places, {stats.routes} routes, stated in {stats.reports} "
             f"report{'s' if stats.reports != 1 else ''}",
             "", "Main corridors (routes by number of reports):"]
    if not stats.corridors:
        lines.append("  (none)")
    for c in stats.corridors:
        years = f"{c.years[0]}–{c.years[-1]}" if len(c.years) > 1 else (str(c.years[0]) if c.years else "?")
        forms = ", ".join(f.replace("_", " ") for f in c.forms) or "form not stated"
        lines.append(f"  {c.reports:4d}  {name(c.origin)} → {name(c.destination)}  ({years}; {forms})")
    lines += ["", "Hubs (degree = routes in + out; betweenness centrality):"]
    if not stats.hubs:
        lines.append("  (none)")
    for h in stats.hubs:
        lines.append(f"  {h.in_degree + h.out_degree:4d}  {h.name} ({h.place}): {h.in_degree} in, {h.out_degree} out, "
                     f"betweenness {h.betweenness:.3f}")
    if stats.first_year:
        lines += ["", f"Routes of {stats.last_year} against {stats.first_year}, among the "
                  f"{len(stats.compared_countries)} countries reported in both years:"]
        for heading, pairs in ((f"appear in {stats.last_year}", stats.appeared),
                               (f"disappear after {stats.first_year}", stats.disappeared)):
            lines.append(f"  {heading}: {len(pairs)}")
            lines += [f"    {name(u)} → {name(v)}" for u, v in pairs]
    return "\n".join(lines)
