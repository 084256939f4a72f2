"""Pictures of route graphs (PNG, SVG) drawn with matplotlib, without pyplot's global state."""
from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.transforms import Bbox

from .layout import layout

__all__ = ["draw_graph", "form_colour", "TIER_COLOURS", "REGION_COLOUR", "UNKNOWN_COLOUR", "NO_FORM"]

#: Edge colour of each form of exploitation (presentation only; forms come from the graph).
FORM_COLOURS = {
    "sex_trafficking": "#d6336c", "forced_labor": "#1f6fb4", "domestic_servitude": "#2b9348",
    "forced_begging": "#f08c00", "debt_bondage": "#7048b6", "forced_criminality": "#8c564b",
    "child_soldiers": "#17a2b8", "forced_marriage": "#b5a300", "organ_removal": "#343a40",
}
_SPARE_COLOURS = ("#e377c2", "#bcbd22", "#9edae5", "#c49c94")
NO_FORM = "#9aa0a6"  #: colour of a route whose form the text does not state
SEVERAL = "several"  #: pseudo form of a route with several forms, on big graphs
SEVERAL_COLOUR = "#5c4d7d"
TIER_COLOURS = {"Tier 1": "#4daf4a", "Tier 2": "#ffd92f", "Tier 2 Watch List": "#ff9f40", "Tier 3": "#e41a1c",
                "Special Case": "#b3a2d6"}
REGION_COLOUR = "#a6cee3"
UNKNOWN_COLOUR = "#e0e0e0"
#: Above this many nodes only the best-connected places are labelled.
FULL_LABELS = 40
MAX_LABELS = 45


def form_colour(form: str) -> str:
    """Colour of a form key (a stable spare colour for a form this module does not know)."""
    if not form:
        return NO_FORM
    if form == SEVERAL:
        return SEVERAL_COLOUR
    if form in FORM_COLOURS:
        return FORM_COLOURS[form]
    return _SPARE_COLOURS[sum(map(ord, form)) % len(_SPARE_COLOURS)]


def node_colour(data: dict) -> str:
    """Fill colour of a place: its tier for a country, one colour for regions."""
    if data.get("kind") == "region":
        return REGION_COLOUR
    return TIER_COLOURS.get(data.get("tier", ""), UNKNOWN_COLOUR)


def draw_graph(graph: nx.DiGraph, path: str | Path, fmt: str, *, form_labels: dict[str, str] | None = None,
               title: str | None = None) -> None:
    """Draw a route graph to a PNG or SVG file.

    Arrows show the direction of each route, their width the number of reports stating it
    and their colour the form of exploitation (one arc per form). Countries are circles
    coloured by tier, regions squares; node size grows with degree. On graphs of more than
    ``FULL_LABELS`` places only the best-connected ones are labelled; labels are placed so
    that they do not overlap.

    Parameters
    ----------
    graph : networkx.DiGraph
        A route graph (:func:`kg.routes.route_graph`).
    path : path
        The file to write (overwritten).
    fmt : {"png", "svg"}
        File format.
    form_labels : dict, optional
        Display name of each form key.
    title : str, optional
        Title; by default one built from ``graph.graph["title"]``.
    """
    form_labels = form_labels or {}
    big = graph.number_of_nodes() > FULL_LABELS
    size = (17, 13) if big else (12, 8.5)
    with rc_context({"svg.hashsalt": "tip-kg", "font.family": "DejaVu Sans"}):
        figure = Figure(figsize=size, dpi=110 if big else 120)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.02, 0.03, 0.74, 0.86))
        axes.set_axis_off()
        reports = sum(1 for _ in _documents(graph))
        figure.suptitle(title or f"Trafficking routes — {graph.graph.get('title', 'all routes')}",
                        x=0.02, y=0.975, ha="left", fontsize=17 if big else 15, fontweight="bold")
        figure.text(0.02, 0.925, f"{graph.number_of_nodes()} places, {graph.number_of_edges()} routes, "
                    f"stated in {reports} report{'s' if reports != 1 else ''}"
                    + ("; only the best-connected places are labelled" if big and len(graph) > MAX_LABELS else ""),
                    ha="left", fontsize=11, color="#444444")
        if graph.number_of_nodes() == 0:
            axes.text(0.5, 0.5, "no routes match", ha="center", va="center", fontsize=20, color="#777777",
                      transform=axes.transAxes)
        else:
            _draw_network(figure, axes, graph, big)
        _legend(figure, graph, form_labels)
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        figure.savefig(path, format=fmt, metadata=metadata, facecolor="white")


def _documents(graph: nx.DiGraph):
    return sorted({d for _, _, docs in graph.edges(data="documents") for d in docs or ()})


def _node_size(graph: nx.DiGraph, node: str, big: bool) -> float:
    """Marker area in points² from the degree."""
    degree = graph.degree(node)
    return (60 + 55 * math.sqrt(degree)) if big else (500 + 250 * math.sqrt(degree))


def _edge_width(reports: int, big: bool) -> float:
    return (0.5 + 0.9 * math.log2(1 + reports)) if big else (1.4 + 2.2 * math.log2(1 + reports))


def _draw_network(figure: Figure, axes, graph: nx.DiGraph, big: bool) -> None:
    pos = layout(graph)
    axes.set_xlim(-0.06, 1.06)
    axes.set_ylim(-0.06, 1.06)
    sizes = {n: _node_size(graph, n, big) for n in graph}
    for origin, destination, data in sorted(graph.edges(data=True), key=lambda e: e[2]["reports"]):
        # One arc per form on a small graph; on a big one, one arc coloured by its form,
        # or the "several forms" colour, so that the picture stays readable.
        forms = data["forms"] or [""]
        if big and len(forms) > 1:
            forms = [SEVERAL]
        for i, form in enumerate(forms):
            rad = 0.10 + 0.07 * i
            arrow = FancyArrowPatch(
                pos[origin], pos[destination], arrowstyle="-|>", connectionstyle=f"arc3,rad={rad}",
                mutation_scale=7 + 1.5 * math.log2(1 + data["reports"]) if big else 16,
                linewidth=_edge_width(data["reports"], big), color=form_colour(form),
                alpha=0.45 if big else 0.85,
                shrinkA=math.sqrt(sizes[origin]) / 2 + 1, shrinkB=math.sqrt(sizes[destination]) / 2 + 2,
                zorder=1)
            axes.add_artist(arrow)  # add_patch would recompute the data limits each time
    for kind, marker in (("country", "o"), ("region", "s")):
        nodes = [n for n in sorted(graph) if graph.nodes[n].get("kind") == kind]
        if nodes:
            axes.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
                         c=[node_colour(graph.nodes[n]) for n in nodes], marker=marker, edgecolors="#333333",
                         linewidths=1.0, zorder=3)
    _place_labels(figure, axes, graph, pos, sizes, big)


def _label_order(graph: nx.DiGraph) -> list[str]:
    """Nodes by importance: degree (weighted by reports), then key."""
    strength = {n: sum(d["reports"] for *_, d in graph.in_edges(n, data=True))
                + sum(d["reports"] for *_, d in graph.out_edges(n, data=True)) for n in graph}
    return sorted(graph, key=lambda n: (-graph.degree(n), -strength[n], n))


def _place_labels(figure: Figure, axes, graph: nx.DiGraph, pos: dict, sizes: dict, big: bool) -> None:
    """Greedy label placement: each label takes the first free slot around its node."""
    order = _label_order(graph)
    if big:
        order = order[:MAX_LABELS]
    renderer = figure.canvas.get_renderer()
    to_display = axes.transData.transform
    taken: list[Bbox] = []
    for node in graph:  # node markers are obstacles too
        x, y = to_display(pos[node])
        r = math.sqrt(sizes[node]) / 2 * figure.dpi / 72
        taken.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    fontsize = 9 if big else 12
    for rank, node in enumerate(order):
        data = graph.nodes[node]
        label = data.get("name") or node
        x, y = to_display(pos[node])
        r = math.sqrt(sizes[node]) / 2 * figure.dpi / 72 + 3
        text = axes.text(0, 0, label, fontsize=fontsize + (1 if rank < 10 and big else 0),
                         fontweight="bold" if data.get("kind") == "country" and rank < 10 else "normal",
                         ha="center", va="center", zorder=5,
                         bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
        width, height = _extent(text, renderer)
        best, best_overlap = None, math.inf
        for dx, dy in _slots(r, width, height):
            box = Bbox.from_bounds(x + dx - width / 2, y + dy - height / 2, width, height)
            overlap = sum(_overlap_area(box, other) for other in taken[: len(graph)] + taken[len(graph):])
            if overlap < best_overlap:
                best, best_overlap = (dx, dy, box), overlap
            if overlap == 0:
                break
        assert best is not None
        dx, dy, box = best
        if big and best_overlap > 0.25 * width * height:
            text.remove()  # no room: an unlabelled node beats an unreadable pile
            continue
        text.set_position(axes.transData.inverted().transform((x + dx, y + dy)))
        taken.append(box)


def _extent(text, renderer) -> tuple[float, float]:
    box = text.get_window_extent(renderer=renderer)
    return box.width, box.height


def _slots(r: float, width: float, height: float):
    """Candidate label centres around a node of radius ``r`` (display units), nearest first."""
    gap = 2.0
    above, below = r + height / 2 + gap, -(r + height / 2 + gap)
    side = r + width / 2 + gap
    yield 0, above
    yield 0, below
    yield side, 0
    yield -side, 0
    for step in (1, 2, 3):
        lift = step * (height + gap)
        yield 0, above + lift
        yield 0, below - lift
        yield side, lift
        yield -side, lift
        yield side, -lift
        yield -side, -lift


def _overlap_area(a: Bbox, b: Bbox) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


def _legend(figure: Figure, graph: nx.DiGraph, form_labels: dict[str, str]) -> None:
    """Legends for edge colours (forms), node colours (tiers, regions) and edge width."""
    big = graph.number_of_nodes() > FULL_LABELS
    edge_forms = [fs or [] for _, _, fs in graph.edges(data="forms")]
    shown = {f for fs in edge_forms for f in fs if not (big and len(fs) > 1)}
    form_handles = [Line2D([], [], color=form_colour(f), linewidth=3, label=form_labels.get(f, f.replace("_", " ")))
                    for f in sorted(shown)]
    if big and any(len(fs) > 1 for fs in edge_forms):
        form_handles.append(Line2D([], [], color=SEVERAL_COLOUR, linewidth=3, label="several forms"))
    unstated = any(not fs for fs in edge_forms)
    if unstated or not form_handles:
        form_handles.append(Line2D([], [], color=NO_FORM, linewidth=3, label="form not stated"))
    place_handles = []
    tiers = {graph.nodes[n].get("tier") for n in graph if graph.nodes[n].get("kind") == "country"}
    for tier, colour in TIER_COLOURS.items():
        if tier in tiers:
            place_handles.append(Line2D([], [], marker="o", linestyle="", markersize=11, markerfacecolor=colour,
                                        markeredgecolor="#333333", label=f"country, {tier}"))
    if "" in tiers or not place_handles:
        place_handles.append(Line2D([], [], marker="o", linestyle="", markersize=11, markerfacecolor=UNKNOWN_COLOUR,
                                    markeredgecolor="#333333", label="country, tier not in graph"))
    place_handles.append(Line2D([], [], marker="s", linestyle="", markersize=11, markerfacecolor=REGION_COLOUR,
                                markeredgecolor="#333333", label="region"))
    most = max((d for *_, d in graph.edges(data="reports")), default=1)
    width_handles = [Line2D([], [], color="#555555", linewidth=_edge_width(n, big), label=f"{n} report{'s' if n > 1 else ''}")
                     for n in sorted({1, max(1, most // 4), max(1, most // 2), most})]
    y = 0.89
    for heading, handles in (("Form of exploitation", form_handles), ("Place", place_handles),
                             ("Reports stating the route", width_handles)):
        legend = figure.legend(handles=handles, title=heading, loc="upper left", bbox_to_anchor=(0.77, y),
                               frameon=False, fontsize=10.5, title_fontproperties={"weight": "bold", "size": 11.5},
                               alignment="left")
        box = legend.get_window_extent(figure.canvas.get_renderer()).transformed(figure.transFigure.inverted())
        y = box.y0 - 0.02
    figure.text(0.77, max(y, 0.02), "Arrows point from where victims come\nfrom to where they are taken;\n"
                "one arc per form of exploitation.", fontsize=9.5, color="#555555", va="top")
