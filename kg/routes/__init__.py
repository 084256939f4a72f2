"""Trafficking routes as graphs: build, filter, draw, export and analyse.

:func:`route_graph` reads the routes of a build (SPARQL on its Oxigraph store) into a
networkx ``DiGraph`` of places; :func:`write_routes` writes it as a picture (PNG, SVG),
an interactive offline HTML page, GraphML, GEXF or node-link JSON; :func:`route_stats`
finds the main corridors, hubs and the routes that appear or disappear over a year range.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..files import replacing
from ..formats import ROUTE_FORMATS, ROUTE_LAYOUTS
from ..model import InputError
from .graph import (
    RouteFilter,
    concept_labels,
    flat_graph,
    make_filter,
    parse_years,
    route_graph,
    top_corridors,
    year_span,
)
from .stats import RouteStats, format_stats, route_stats

__all__ = ["FORMATS", "RouteFilter", "RouteStats", "route_graph", "write_routes", "route_stats", "format_stats",
           "parse_years", "flat_graph", "concept_labels", "format_of", "make_filter", "top_corridors", "year_span",
           "LAYOUTS"]

LAYOUTS = ROUTE_LAYOUTS

FORMATS = ROUTE_FORMATS


def format_of(path: str | Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else the file suffix (``.htm`` is html).

    Examples
    --------
    >>> format_of("docs/routes-seed.png"), format_of("out.xml", "graphml")
    ('png', 'graphml')
    """
    chosen = (fmt or Path(path).suffix.lstrip(".")).lower()
    chosen = {"htm": "html"}.get(chosen, chosen)
    if chosen not in FORMATS:
        raise InputError(f"unknown output format {chosen!r} for {path} (use --format {'|'.join(FORMATS)})")
    return chosen


def write_routes(graph: nx.DiGraph, path: str | Path, fmt: str | None = None, *,
                 form_labels: dict[str, str] | None = None, title: str | None = None, layout: str = "network",
                 dpi: int | None = None) -> Path:
    """Write a route graph to ``path`` atomically (temporary file, then rename).

    Parameters
    ----------
    graph : networkx.DiGraph
        A route graph (:func:`route_graph`).
    path : path
        Output file; its folder is created if needed.
    fmt : {"png", "svg", "html", "graphml", "gexf", "json"}, optional
        Output format; by default the suffix of ``path``.
    form_labels : dict, optional
        Display names of form keys for pictures and the page (:func:`concept_labels`).
    title : str, optional
        Title of a picture or page; by default "Trafficking routes — <filter>, <years>".
    layout : {"network", "map"}
        Pictures: a force layout or the world map; the page has both and opens on this one.
    dpi : int, optional
        Resolution of a PNG.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> write_routes(route_graph("build"), "routes.graphml")  # doctest: +SKIP
    PosixPath('routes.graphml')
    """
    path = Path(path)
    fmt = format_of(path, fmt)
    if layout not in LAYOUTS:
        raise InputError(f"unknown layout {layout!r} (use {' or '.join(LAYOUTS)})")
    with replacing(path) as temporary:
        _write(graph, temporary, fmt, form_labels or {}, title, layout, dpi)
    return path


def _write(graph: nx.DiGraph, path: Path, fmt: str, form_labels: dict[str, str], title: str | None,
           layout: str, dpi: int | None) -> None:
    if fmt in ("png", "svg"):
        from .draw import draw_graph

        draw_graph(graph, path, fmt, form_labels=form_labels, title=title, layout_name=layout, dpi=dpi)
    elif fmt == "html":
        from .html import write_html

        write_html(graph, path, form_labels=form_labels, title=title, layout_name=layout)
    elif fmt == "graphml":
        nx.write_graphml(flat_graph(graph), path, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(_with_map_positions(flat_graph(graph)), path, encoding="utf-8")
    else:
        data = nx.node_link_data(graph, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _with_map_positions(flat: nx.DiGraph) -> nx.DiGraph:
    """GEXF: each place with a ``viz`` position (Equal Earth, y up) so that Gephi opens on the map."""
    from .geo import equal_earth

    for _, data in flat.nodes(data=True):
        if "longitude" in data:
            x, y = equal_earth(data["longitude"], data["latitude"])
            data["viz"] = {"position": {"x": round(float(x) * 100, 2), "y": round(float(y) * 100, 2), "z": 0.0}}
    return flat
