"""Pictures of route graphs (PNG, SVG) drawn with matplotlib, without pyplot's global state."""
from __future__ import annotations

import math
import textwrap
from pathlib import Path

import networkx as nx
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.transforms import Bbox

from .graph import caption, span_text, year_span
from .layout import layout, map_extent, map_layout

__all__ = ["draw_graph", "form_colour", "picture_title", "TIER_COLOURS", "REGION_COLOUR", "UNKNOWN_COLOUR",
           "NO_FORM", "LAYOUTS"]

LAYOUTS = ("network", "map")
LAND, LAND_ON_ROUTE, BORDER = "#eceff1", "#dde3e8", "#ffffff"  #: base map: other countries, countries with a place, borders

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
MAP_ARCS_PER_FORM = 12  #: on a map with more routes, a route of several forms is a bundle of thin strands


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


def picture_title(graph: nx.DiGraph) -> str:
    """The default title of a picture or page: the filter and the years of its routes.

    Examples
    --------
    >>> g = nx.DiGraph(title="to and from Kosovo"); g.add_edge("XK", "IT", years=[2009])
    >>> picture_title(g)
    'Trafficking routes — to and from Kosovo, 2009'
    """
    description = graph.graph.get("title", "all routes")
    if not graph.graph.get("first_year") and year_span(graph):
        description += ", " + span_text(year_span(graph))
    return caption("title", description=description)


def draw_graph(graph: nx.DiGraph, path: str | Path, fmt: str, *, form_labels: dict[str, str] | None = None,
               title: str | None = None, layout_name: str = "network", dpi: int | None = None) -> None:
    """Draw a route graph to a PNG or SVG file.

    Arrows show the direction of each route, their width the number of reports stating it
    and their colour the form of exploitation (one arc per form). Countries are circles
    coloured by tier, regions squares; node size grows with degree. On graphs of more than
    ``FULL_LABELS`` places only the best-connected ones are labelled; labels are placed so
    that they do not overlap. The title names the years, a source line the reports; SVG
    text stays text (``svg.fonttype: none``).

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
        Title; by default :func:`picture_title`.
    layout_name : {"network", "map"}
        A force layout, or places at their position on a world map (Equal Earth) whose
        routes are arcs bent to the right of their direction, arrowheads outside the node.
    dpi : int, optional
        Resolution of a PNG (default 110 for big graphs, 120 otherwise).
    """
    if layout_name not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout_name!r}")
    form_labels = form_labels or {}
    big = graph.number_of_nodes() > FULL_LABELS
    size = (17, 13) if big else (12, 8.5)
    if layout_name == "map":
        size = (17, 9.5) if big else (14, 9)  # the world is about twice as wide as high
    with rc_context({"svg.hashsalt": "tip-kg", "font.family": "DejaVu Sans", "svg.fonttype": "none"}):
        figure = Figure(figsize=size, dpi=dpi or (110 if big else 120))
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.02, 0.06, 0.74, 0.83))
        axes.set_axis_off()
        reports = sum(1 for _ in _documents(graph))
        figure.suptitle(title or picture_title(graph), x=0.02, y=0.975, ha="left", fontsize=17 if big else 15,
                        fontweight="bold")
        subtitle = (f"{graph.number_of_nodes()} places, {graph.number_of_edges()} routes, "
                    f"stated in {reports} report{'s' if reports != 1 else ''}")
        if graph.graph.get("top"):
            subtitle += "; " + caption("top_note", shown=graph.number_of_edges(), total=graph.graph["all_routes"])
        if big and len(graph) > MAX_LABELS:
            subtitle += "; only the best-connected places are labelled"
        figure.text(0.02, 0.925, subtitle, ha="left", fontsize=11, color="#444444")
        if graph.number_of_nodes() == 0:
            axes.text(0.5, 0.5, "no routes match", ha="center", va="center", fontsize=20, color="#777777",
                      transform=axes.transAxes)
        elif layout_name == "map":
            _draw_map(figure, axes, graph, big)
        else:
            _draw_network(figure, axes, graph, big)
        _legend(figure, graph, form_labels, layout_name)
        figure.text(0.02, 0.015, caption("source", years=span_text(year_span(graph))), ha="left", fontsize=9.5,
                    color="#444444")
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        figure.savefig(path, format=fmt, metadata=metadata, facecolor="white", dpi=dpi or "figure")


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
    _draw_routes(axes, graph, pos, sizes, big, bend=0.10)
    _draw_places(figure, axes, graph, pos, sizes, big, bend=0.10)


def _draw_map(figure: Figure, axes, graph: nx.DiGraph, big: bool) -> None:
    """Places at their position on the world map; each route an arc bent to its right, so
    that A → B and B → A never overlap and, at a hub, arrows in end outside the node."""
    from .geo import country_outlines

    pos = map_layout(graph)
    box = axes.get_position()
    aspect = box.width * figure.get_figwidth() / (box.height * figure.get_figheight())
    x0, y0, x1, y1 = map_extent(pos, aspect=aspect)
    axes.set_xlim(x0, x1)
    axes.set_ylim(y0, y1)
    axes.set_aspect("equal", adjustable="box")
    on_route = set(graph)
    for shaded in (False, True):
        rings = [r for code, rs in country_outlines() if (code in on_route) == shaded for r in rs]
        axes.add_collection(PolyCollection(rings, facecolors=LAND_ON_ROUTE if shaded else LAND, edgecolors=BORDER,
                                           linewidths=0.6, zorder=0))
    # smaller than on the network: neighbours (Kosovo, Albania, North Macedonia) lie close
    sizes = {n: (25 + 22 * math.sqrt(graph.degree(n))) if big else (90 + 60 * math.sqrt(graph.degree(n)))
             for n in graph}
    _draw_routes(axes, graph, pos, sizes, big, bend=0.22, on_map=True)
    _draw_places(figure, axes, graph, pos, sizes, big, bend=0.22)


def _draw_routes(axes, graph: nx.DiGraph, pos: dict, sizes: dict, big: bool, bend: float,
                 on_map: bool = False) -> None:
    # On a map with more than a dozen routes, a route of several forms is a bundle of thin
    # strands, one per form, close together, whose widths add up to the route's width: the
    # colours stay those of the forms, and long routes do not fill whole seas.
    bundled = on_map and graph.number_of_edges() > MAP_ARCS_PER_FORM
    for origin, destination, data in sorted(graph.edges(data=True), key=lambda e: e[2]["reports"]):
        # One arc per form on a small graph; on a big network, one arc coloured by its form,
        # or the "several forms" colour, so that the picture stays readable.
        forms = data["forms"] or [""]
        if big and not on_map and len(forms) > 1:
            forms = [SEVERAL]
        width = _edge_width(data["reports"], big or on_map)
        for i, form in enumerate(forms):
            if bundled:
                rad, strand = bend + 0.025 * i, max(0.5, width / len(forms))
            else:
                rad, strand = bend + 0.07 * i, width
            arrow = FancyArrowPatch(
                pos[origin], pos[destination], arrowstyle="-|>", connectionstyle=f"arc3,rad={rad}",
                mutation_scale=7 + 1.5 * math.log2(1 + data["reports"]) if big or bundled else 16,
                linewidth=strand, color=form_colour(form),
                alpha=(0.6 if on_map else 0.45) if big else 0.85,
                shrinkA=math.sqrt(sizes[origin]) / 2 + 1, shrinkB=math.sqrt(sizes[destination]) / 2 + 2,
                zorder=1)
            axes.add_artist(arrow)  # add_patch would recompute the data limits each time


def _draw_places(figure: Figure, axes, graph: nx.DiGraph, pos: dict, sizes: dict, big: bool, bend: float) -> None:
    for kind, marker in (("country", "o"), ("region", "s")):
        nodes = [n for n in sorted(graph) if graph.nodes[n].get("kind") == kind]
        if nodes:
            axes.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
                         c=[node_colour(graph.nodes[n]) for n in nodes], marker=marker, edgecolors="#333333",
                         linewidths=1.0, zorder=3)
    _place_labels(figure, axes, graph, pos, sizes, big, bend)


def _label_order(graph: nx.DiGraph) -> list[str]:
    """Nodes by importance: degree (weighted by reports), then key."""
    strength = {n: sum(d["reports"] for *_, d in graph.in_edges(n, data=True))
                + sum(d["reports"] for *_, d in graph.out_edges(n, data=True)) for n in graph}
    return sorted(graph, key=lambda n: (-graph.degree(n), -strength[n], n))


def _route_ends(graph: nx.DiGraph, pos: dict, to_display, sizes: dict, dpi: float, bend: float) -> list[Bbox]:
    """Boxes (display units) where each route leaves its origin and where its arrowhead
    lands, just outside the node, so that labels do not hide the direction of a route."""
    boxes = []
    for origin, destination in graph.edges:
        (x1, y1), (x2, y2) = to_display(pos[origin]), to_display(pos[destination])
        # control point of matplotlib's arc3 connection
        cx, cy = (x1 + x2) / 2 + bend * (y2 - y1), (y1 + y2) / 2 - bend * (x2 - x1)
        for (px, py), node, extra in (((x1, y1), origin, 4), ((x2, y2), destination, 9)):
            length = math.hypot(cx - px, cy - py) or 1.0
            reach = (math.sqrt(sizes[node]) / 2 + extra) * dpi / 72
            hx, hy = px + (cx - px) / length * reach, py + (cy - py) / length * reach
            half = 5 * dpi / 72
            boxes.append(Bbox.from_extents(hx - half, hy - half, hx + half, hy + half))
    return boxes


def _place_labels(figure: Figure, axes, graph: nx.DiGraph, pos: dict, sizes: dict, big: bool,
                  bend: float = 0.1) -> None:
    """Greedy label placement: each label takes the first free slot around its node."""
    order = _label_order(graph)
    if big:
        order = order[:MAX_LABELS]
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]  # an Agg canvas; matplotlib types the base
    to_display = axes.transData.transform
    taken: list[Bbox] = []
    for node in graph:  # node markers are obstacles too
        x, y = to_display(pos[node])
        r = math.sqrt(sizes[node]) / 2 * figure.dpi / 72
        taken.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    if not big:
        taken += _route_ends(graph, pos, to_display, sizes, figure.dpi, bend)
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


def _legend(figure: Figure, graph: nx.DiGraph, form_labels: dict[str, str], layout_name: str = "network") -> None:
    """Legends for edge colours (forms), node colours (tiers, regions) and edge width."""
    on_map = layout_name == "map"
    thin = graph.number_of_nodes() > FULL_LABELS or on_map
    big = graph.number_of_nodes() > FULL_LABELS and not on_map  # only big networks merge forms
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
    width_handles = [Line2D([], [], color="#555555", linewidth=_edge_width(n, thin), label=f"{n} report{'s' if n > 1 else ''}")
                     for n in sorted({1, max(1, most // 4), max(1, most // 2), most})]
    y = 0.89
    for heading, handles in (("Form of exploitation", form_handles), ("Place", place_handles),
                             ("Reports stating the route", width_handles)):
        legend = figure.legend(handles=handles, title=heading, loc="upper left", bbox_to_anchor=(0.77, y),
                               frameon=False, fontsize=10.5, title_fontproperties={"weight": "bold", "size": 11.5},
                               alignment="left")
        box = legend.get_window_extent(figure.canvas.get_renderer()).transformed(  # type: ignore[attr-defined]  # as above
            figure.transFigure.inverted())
        y = box.y0 - 0.02
    notes = [caption("arrow_note"), caption("tier_note")]
    if on_map:
        notes.append(caption("map_note"))
    figure.text(0.77, max(y, 0.06), "\n".join(textwrap.fill(n, 40) for n in notes), fontsize=9.5, color="#555555",
                va="top", linespacing=1.35)
