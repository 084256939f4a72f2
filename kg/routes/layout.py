"""A deterministic layout of route graphs, shared by the pictures and the HTML page."""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["layout", "map_layout", "map_extent", "SEED"]

SEED = 20090601  #: fixed seed of the force layout, so that every run draws the same picture


def layout(graph: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Place the nodes of a route graph in the unit square, spread out and reproducibly.

    Connected components are laid out separately with a force layout (fixed seed, nodes in
    sorted order) and packed side by side, largest first, so that small components do not
    sit on top of the big one.

    Parameters
    ----------
    graph : networkx.DiGraph
        A route graph.

    Returns
    -------
    dict
        Node → (x, y), both in [0, 1].

    Examples
    --------
    >>> g = nx.DiGraph([("XK", "IT"), ("XK", "AL")])
    >>> sorted(layout(g)) == ["AL", "IT", "XK"]
    True
    """
    if graph.number_of_nodes() == 0:
        return {}
    undirected = nx.Graph()
    undirected.add_nodes_from(sorted(graph.nodes))
    for u, v in sorted(graph.edges):
        weight = graph.edges[u, v].get("reports", 1)
        if undirected.has_edge(u, v):
            undirected.edges[u, v]["weight"] += weight
        else:
            undirected.add_edge(u, v, weight=weight)
    components = sorted((sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), c))
    boxes = []
    for nodes in components:
        sub = undirected.subgraph(nodes)
        boxes.append((_component_layout(sub), math.sqrt(len(nodes))))
    return _pack(boxes)


def _component_layout(sub: nx.Graph) -> dict[str, np.ndarray]:
    """Force layout of one connected component, centred on 0 and scaled to radius 1."""
    nodes = sorted(sub.nodes)
    if len(nodes) == 1:
        return {nodes[0]: np.zeros(2)}
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(sorted(sub.edges(data=True)))
    start = nx.circular_layout(ordered)
    k = 1.8 / math.sqrt(len(nodes))
    # Weights are log-damped so a busy corridor pulls its ends together only a little.
    for _u, _v, data in ordered.edges(data=True):
        data["pull"] = 1.0 + math.log1p(data["weight"]) / 4
    pos = nx.spring_layout(ordered, pos=start, k=k, iterations=300, weight="pull", seed=SEED)
    coords = np.array([pos[n] for n in nodes])
    coords -= coords.mean(axis=0)
    if len(nodes) > 12:
        coords = _equalise(coords)
    radius = np.abs(coords).max() or 1.0
    return {n: coords[i] / radius for i, n in enumerate(nodes)}


def _equalise(coords: np.ndarray) -> np.ndarray:
    """Spread a dense core: move each node radially so that radii follow a uniform disc.

    A force layout of a hub-and-spoke graph packs the hubs into a small core with the
    leaves far out; giving each node the radius its rank would have in a uniformly
    filled disc (``sqrt(rank / n)``) keeps every angle and every inside/outside order
    but uses the space evenly.
    """
    radii = np.hypot(coords[:, 0], coords[:, 1])
    order = np.argsort(radii, kind="stable")
    target = np.empty_like(radii)
    target[order] = np.sqrt((np.arange(len(radii)) + 0.5) / len(radii))
    scale = np.where(radii > 0, target / np.where(radii > 0, radii, 1.0), 0.0)
    return coords * scale[:, None]


def _pack(boxes: list[tuple[dict[str, np.ndarray], float]]) -> dict[str, tuple[float, float]]:
    """Pack component layouts in rows, each scaled by ``size``; normalise to [0, 1]²."""
    out: dict[str, np.ndarray] = {}
    main_size = boxes[0][1]
    row_width = max(main_size * 2.2, 4.0)
    x = y = 0.0
    row_height = 0.0
    for pos, size in boxes:
        scale = size if size == main_size else max(size, 1.0) * 0.8
        width = 2 * scale + 0.8
        if x + width > row_width and x > 0:
            x, y = 0.0, y - row_height
            row_height = 0.0
        for node, p in pos.items():
            out[node] = p * scale + np.array([x + width / 2, y - width / 2])
        x += width
        row_height = max(row_height, width)
    coords = np.array(list(out.values()))
    low, high = coords.min(axis=0), coords.max(axis=0)
    span = np.where(high - low > 0, high - low, 1.0)
    # keep the aspect ratio: scale both axes by the larger span
    scale = span.max()
    offset = (1 - span / scale) / 2
    return {n: (float((p[0] - low[0]) / scale + offset[0]), float((p[1] - low[1]) / scale + offset[1]))
            for n, p in sorted(out.items())}


def map_layout(graph: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Place the nodes of a route graph at their geographic position (Equal Earth units).

    Countries sit at their anchor point, regions at the mean of their members
    (:func:`kg.routes.geo.place_lonlat`). A place with no known position goes in a row
    along the bottom of the map rather than being dropped.

    Examples
    --------
    >>> pos = map_layout(nx.DiGraph([("XK", "IT")]))
    >>> pos["XK"][0] > pos["IT"][0]  # Kosovo lies east of Italy
    True
    """
    from .geo import MAP_BOUNDS, equal_earth, place_lonlat

    out: dict[str, tuple[float, float]] = {}
    unplaced = []
    for node in sorted(graph):
        kind = graph.nodes[node].get("kind") or ("country" if len(node) == 2 and node.isupper() else "region")
        lonlat = place_lonlat(node, kind)
        if lonlat is None:
            unplaced.append(node)
            continue
        x, y = equal_earth(lonlat[0], lonlat[1])
        out[node] = (float(x), float(y))
    x0, y0, x1, _ = MAP_BOUNDS
    for i, node in enumerate(unplaced):
        out[node] = (x0 + 0.3 + 0.25 * i, y0 + 0.05)
    return out


def map_extent(pos: dict[str, tuple[float, float]], aspect: float = 1.6,
               margin: float = 0.15, min_width: float = 0.9) -> tuple[float, float, float, float]:
    """The part of the map (x0, y0, x1, y1) that shows every position with a margin.

    The box has the width/height ratio ``aspect``, is at least ``min_width`` wide (about
    40° at the equator, so that one country's routes still show its neighbourhood) and
    stays inside the world map when it can.
    """
    from .geo import MAP_BOUNDS

    wx0, wy0, wx1, wy1 = MAP_BOUNDS
    if not pos:
        return MAP_BOUNDS
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    width = max(max(xs) - min(xs), min_width) * (1 + 2 * margin)
    height = max(max(ys) - min(ys), min_width / aspect) * (1 + 2 * margin)
    width, height = max(width, height * aspect), max(height, width / aspect)
    if width >= wx1 - wx0:
        width = wx1 - wx0
        height = width / aspect
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    cx = min(max(cx, wx0 + width / 2), wx1 - width / 2)
    cy = min(max(cy, wy0 + height / 2), wy1 - height / 2) if height < wy1 - wy0 else (wy0 + wy1) / 2
    return cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2
