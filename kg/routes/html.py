"""A self-contained interactive HTML page of a route graph (inline SVG and vanilla JS).

The layout is computed in Python (:func:`kg.routes.layout.layout`); the page embeds the
graph as JSON and its script draws it as SVG, with a tooltip on every route and place,
a details panel with the provenance sentences (the stated span highlighted), form
toggles, and zoom and pan. Nothing is loaded from the network, so the page works offline.
"""
from __future__ import annotations

import html
import json
import math
from pathlib import Path

import networkx as nx

from ..htmlpage import page
from .draw import (
    FULL_LABELS,
    LAND,
    LAND_ON_ROUTE,
    NO_FORM,
    REGION_COLOUR,
    TIER_COLOURS,
    UNKNOWN_COLOUR,
    form_colour,
    node_colour,
    picture_title,
)
from .graph import caption, span_text, year_span
from .layout import layout, map_extent, map_layout

__all__ = ["html_page", "write_html"]

WIDTH, HEIGHT, MARGIN = 1000, 720, 50
HTML_LABELS = 30  #: on big graphs, places labelled before hovering or "label every place"


def html_page(graph: nx.DiGraph, *, form_labels: dict[str, str] | None = None, title: str | None = None,
              layout_name: str = "network") -> str:
    """The HTML text of the interactive page of a route graph.

    Parameters
    ----------
    graph : networkx.DiGraph
        A route graph (:func:`kg.routes.route_graph`).
    form_labels : dict, optional
        Display name of each form key.
    title : str, optional
        Page title; by default built from ``graph.graph["title"]``.

    Returns
    -------
    str
        A complete HTML document with no reference to any other file or address.
    """
    form_labels = form_labels or {}
    title = title or picture_title(graph)
    pos = layout(graph)
    to_view, world = _map_view(graph)
    big = graph.number_of_nodes() > FULL_LABELS
    ranked = sorted(graph, key=lambda n: (-graph.degree(n), n))
    labelled = set(ranked[:HTML_LABELS] if big else ranked)
    nodes = []
    for node in sorted(graph):
        data = graph.nodes[node]
        x, y = pos[node]
        nodes.append({
            "id": node, "name": data.get("name", node), "kind": data.get("kind", ""), "iso": data.get("iso", ""),
            "tier": data.get("tier", ""), "tier_year": data.get("tier_year", 0), "roles": data.get("roles", []),
            "nx": round(MARGIN + x * (WIDTH - 2 * MARGIN), 2), "ny": round(MARGIN + (1 - y) * (HEIGHT - 2 * MARGIN), 2),
            "mx": to_view[node][0], "my": to_view[node][1],
            "r": round((3.5 if big else 9) + (1.6 if big else 3) * math.sqrt(graph.degree(node)), 2),
            "colour": node_colour(data), "label": node in labelled,
            "in": graph.in_degree(node), "out": graph.out_degree(node),
        })
    edges = []
    for origin, destination, data in sorted(graph.edges(data=True)):
        edges.append({
            "source": origin, "target": destination, "forms": data.get("forms", []),
            "victims": data.get("victims", []), "years": data.get("years", []), "reports": data.get("reports", 0),
            "colours": [form_colour(f) for f in data.get("forms", [])] or [NO_FORM],
            "width": round((0.5 if big else 1.6) + (0.6 if big else 1.8) * math.log2(1 + data.get("reports", 1)), 2),
            "documents": data.get("documents", []), "provenance": data.get("provenance", []),
        })
    forms = sorted({f for e in edges for f in e["forms"]})
    legend = {
        "forms": [{"key": f, "label": form_labels.get(f, f.replace("_", " ")), "colour": form_colour(f)} for f in forms]
        + ([{"key": "", "label": "form not stated", "colour": NO_FORM}] if any(not e["forms"] for e in edges) else []),
        "places": [{"label": f"country, {t}", "colour": c, "shape": "circle"} for t, c in TIER_COLOURS.items()
                   if any(n["kind"] == "country" and n["tier"] == t for n in nodes)]
        + [{"label": "country, tier not in graph", "colour": UNKNOWN_COLOUR, "shape": "circle"}]
        * any(n["kind"] == "country" and not n["tier"] for n in nodes)
        + [{"label": "region", "colour": REGION_COLOUR, "shape": "square"}] * any(n["kind"] == "region" for n in nodes),
    }
    documents = sorted({d for _, _, docs in graph.edges(data="documents") for d in docs or ()})
    subtitle = (f"{graph.number_of_nodes()} places, {graph.number_of_edges()} routes, stated in {len(documents)} "
                f"report{'s' if len(documents) != 1 else ''}")
    span = year_span(graph)
    payload = {"title": title, "subtitle": subtitle, "width": WIDTH, "height": HEIGHT, "big": big,
               "nodes": nodes, "edges": edges, "legend": legend, "layout": layout_name, "world": world,
               "years": list(span) if span else [], "land": [LAND, LAND_ON_ROUTE],
               "notes": [caption("arrow_note"), caption("tier_note_page"), caption("map_note")]}
    source = caption("source", years=span_text(span))
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    body = (_BODY.replace("__TITLE__", html.escape(title)).replace("__SUBTITLE__", html.escape(subtitle))
            .replace("__SOURCE__", html.escape(source)).replace("__DATA__", data).replace("__SCRIPT__", _SCRIPT))
    return page(title, _STYLE, body)


def _map_view(graph: nx.DiGraph) -> tuple[dict[str, tuple[float, float]], list[dict]]:
    """Map positions of the places in page units, and the base map as SVG paths.

    The view fits the places (:func:`kg.routes.layout.map_extent`); outline points closer
    than half a unit to the previous one are dropped, which keeps the page small.
    """
    from .geo import country_outlines

    pos = map_layout(graph)
    x0, y0, x1, y1 = map_extent(pos, aspect=WIDTH / HEIGHT, margin=0.08)
    scale = WIDTH / (x1 - x0)

    def view(x: float, y: float) -> tuple[float, float]:
        return round((x - x0) * scale, 1), round((y1 - y) * scale, 1)

    world = []
    for code, rings in country_outlines():
        parts = []
        for ring in rings:
            points = [view(x, y) for x, y in ring]
            kept = [points[0]]
            for p in points[1:]:
                if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= 0.5:
                    kept.append(p)
            if len(kept) >= 3:
                parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in kept) + "Z")
        if parts:
            world.append({"iso": code or "", "d": "".join(parts)})
    return {n: view(*p) for n, p in pos.items()}, world


def write_html(graph: nx.DiGraph, path: str | Path, **options) -> None:
    """Write :func:`html_page` of ``graph`` to ``path`` (UTF-8)."""
    Path(path).write_text(html_page(graph, **options), encoding="utf-8", newline="\n")


_BODY = """<header><h1>__TITLE__</h1><p id="subtitle">__SUBTITLE__</p></header>
<nav id="controls">
<span class="group" role="radiogroup" aria-label="layout"><label><input type="radio" name="layout" value="map"> map</label>
<label><input type="radio" name="layout" value="network"> network</label></span>
<span class="group"><label for="year-from">report years</label>
<input type="range" id="year-from"> <input type="range" id="year-to"> <output id="year-text"></output></span>
<span class="group"><label for="search">country</label> <input id="search" list="place-names" placeholder="search a place" autocomplete="off">
<datalist id="place-names"></datalist></span>
<a id="csv" download="routes.csv" href="#">routes shown (CSV)</a>
<span id="shown"></span>
</nav>
<main>
<div id="canvas"><noscript>This page draws the route graph with JavaScript; please enable it.</noscript></div>
<aside>
<section id="legend"></section>
<section id="details"><h2>Details</h2><p class="hint">Hover over a route or a place; click to keep its details here. Scroll to zoom, drag to pan, double-click to reset.</p></section>
</aside>
</main>
<footer>__SOURCE__</footer>
<div id="tooltip" hidden></div>
<script type="application/json" id="graph-data">__DATA__</script>
<script>__SCRIPT__</script>"""

_STYLE = """
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#222;background:#fff}
header{padding:10px 18px 0}h1{font-size:20px;margin:0}#subtitle{margin:2px 0 6px;color:#555}
main{display:flex;gap:12px;padding:0 18px 18px;align-items:flex-start}
#canvas{flex:1 1 auto;min-width:0;border:1px solid #ddd;border-radius:6px;overflow:hidden;background:#fcfcfc}
#canvas svg{display:block;width:100%;height:auto;cursor:grab;user-select:none}
aside{flex:0 0 330px;max-height:calc(100vh - 90px);overflow:auto}
aside h2{font-size:15px;margin:10px 0 4px}
.legend-row{display:flex;align-items:center;gap:6px;margin:2px 0}
.swatch{display:inline-block;width:22px;height:4px;border-radius:2px}
.dot{display:inline-block;width:12px;height:12px;border:1px solid #333;border-radius:50%}
.dot.square{border-radius:1px}
.edge{fill:none;opacity:.7}.big .edge{opacity:.35}.edge:hover,.edge.hot{opacity:1;stroke-width:5px}
.dim .edge:not(.hot){opacity:.08}.dim .node:not(.hot){opacity:.25}
.node{stroke:#333;stroke-width:1;cursor:pointer}
.label{font-size:12px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;pointer-events:none}
.label.minor{display:none}.show-all .label.minor,.label.minor.hot{display:block}
#tooltip{position:fixed;z-index:10;max-width:420px;background:#fff;border:1px solid #999;border-radius:5px;
 box-shadow:0 2px 8px rgba(0,0,0,.2);padding:6px 9px;font-size:13px;pointer-events:none}
.prov{border-left:3px solid #ccc;padding-left:7px;margin:6px 0;font-size:13px}
.prov .src{color:#666;font-size:12px}
mark{background:#ffe066;padding:0 1px}
.hint{color:#666;font-size:13px}
#controls{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;padding:0 18px 8px;font-size:13px}
#controls .group{display:inline-flex;gap:5px;align-items:center}
#controls input[type=range]{width:110px}
#shown{color:#555}
.land{stroke:#fff;stroke-width:.6;vector-effect:non-scaling-stroke}
.map-off .land{display:none}
.gone{display:none}
footer{padding:0 18px 12px;color:#555;font-size:12px}
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var SVG = "http" + "://www.w3.org/2000/svg";  // the SVG namespace name, not a download
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var hidden = {};  // form keys switched off in the legend
  var years = data.years.length ? {from: data.years[0], to: data.years[1]} : null;
  var current = data.layout === "map" ? "map" : "network";
  var pinned = null;

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function h(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function list(values) { return values && values.length ? values.join(", ").replace(/_/g, " ") : "not stated"; }

  // ---- drawing ------------------------------------------------------------------------
  var svg = el("svg", {viewBox: "0 0 " + data.width + " " + data.height, role: "img",
                       "aria-label": data.title, class: data.big ? "big" : ""});
  document.getElementById("canvas").appendChild(svg);
  var defs = el("defs", {}, svg);
  var view = el("g", {id: "view"}, svg);
  var mapLayer = el("g", {}, view), edgeLayer = el("g", {}, view), nodeLayer = el("g", {}, view);
  var labelLayer = el("g", {}, svg);  // outside the zoom: labels keep their size
  data.world.forEach(function (c) {
    el("path", {d: c.d, class: "land", fill: byId[c.iso] ? data.land[1] : data.land[0], "data-iso": c.iso}, mapLayer);
  });
  var markers = {};
  function marker(colour) {
    if (markers[colour]) return markers[colour];
    var id = "arrow-" + Object.keys(markers).length;
    var size = data.big ? 6 : 3.5;
    var m = el("marker", {id: id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: size, markerHeight: size,
                          orient: "auto-start-reverse", markerUnits: "strokeWidth"}, defs);
    el("path", {d: "M0,0 L10,5 L0,10 z", fill: colour}, m);
    markers[colour] = "url(#" + id + ")";
    return markers[colour];
  }
  function curve(a, b, rad) {
    // quadratic curve bent to the right of a→b, its ends pulled back to the node rims
    var dx = b.x - a.x, dy = b.y - a.y;
    var cx = (a.x + b.x) / 2 + rad * dy, cy = (a.y + b.y) / 2 - rad * dx;
    function pull(p, r) { var vx = cx - p.x, vy = cy - p.y, l = Math.hypot(vx, vy) || 1;
                          return [p.x + vx / l * r, p.y + vy / l * r]; }
    var s = pull(a, a.r + 1), t = pull(b, b.r + 2);
    return "M" + s[0].toFixed(1) + "," + s[1].toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) +
           " " + t[0].toFixed(1) + "," + t[1].toFixed(1);
  }
  var edgeEls = [];
  data.edges.forEach(function (e, i) {
    var forms = e.forms.length ? e.forms : [""];
    forms.forEach(function (form, j) {
      var colour = e.colours[j] || e.colours[0];
      var p = el("path", {class: "edge", stroke: colour, "stroke-width": e.width, "marker-end": marker(colour),
                          "data-edge": i, "data-form": form}, edgeLayer);
      p.bend = j;
      p.addEventListener("mouseenter", function (ev) { showTip(ev, edgeSummary(e)); highlight(e.source, e.target, p); });
      p.addEventListener("mousemove", moveTip);
      p.addEventListener("mouseleave", function () { hideTip(); highlight(null); });
      p.addEventListener("click", function (ev) { ev.stopPropagation(); pinned = e; showEdgeDetails(e); });
      edgeEls.push(p);
    });
  });
  data.nodes.forEach(function (n) {
    n.size = n.r;
    var shape = n.kind === "region" ? el("rect", {width: 2 * n.r, height: 2 * n.r, rx: 2}, nodeLayer)
                                    : el("circle", {r: n.r}, nodeLayer);
    shape.setAttribute("class", "node");
    shape.setAttribute("fill", n.colour);
    shape.setAttribute("data-node", n.id);
    var label = el("text", {"text-anchor": "middle", class: "label" + (n.label ? "" : " minor"), "data-node": n.id},
                   labelLayer);
    label.textContent = n.name;
    n.shape = shape; n.labelEl = label;
    shape.addEventListener("mouseenter", function (ev) { showTip(ev, nodeSummary(n)); highlight(n.id); });
    shape.addEventListener("mousemove", moveTip);
    shape.addEventListener("mouseleave", function () { hideTip(); highlight(null); });
    shape.addEventListener("click", function (ev) { ev.stopPropagation(); showNodeDetails(n); });
  });

  // Places at the positions of the chosen layout; routes follow them.
  function place() {
    svg.classList.toggle("map-off", current !== "map");
    var onMap = current === "map";
    data.nodes.forEach(function (n) {
      // on a map neighbours lie close: smaller places and thinner routes
      n.x = onMap ? n.mx : n.nx; n.y = onMap ? n.my : n.ny; n.r = onMap ? n.size * 0.6 : n.size;
      if (n.kind === "region") { n.shape.setAttribute("width", 2 * n.r); n.shape.setAttribute("height", 2 * n.r); }
      else { n.shape.setAttribute("r", n.r); }
      if (n.kind === "region") { n.shape.setAttribute("x", n.x - n.r); n.shape.setAttribute("y", n.y - n.r); }
      else { n.shape.setAttribute("cx", n.x); n.shape.setAttribute("cy", n.y); }
    });
    var bend = current === "map" ? 0.22 : 0.12;
    edgeEls.forEach(function (p) {
      var e = data.edges[p.getAttribute("data-edge")];
      p.setAttribute("d", curve(byId[e.source], byId[e.target], bend + 0.08 * p.bend));
      p.setAttribute("stroke-width", onMap ? Math.max(0.8, e.width * 0.6) : e.width);
    });
    placeLabels();
  }
  function placeLabels() {
    data.nodes.forEach(function (n) {
      n.labelEl.setAttribute("x", (zoom.k * n.x + zoom.x).toFixed(1));
      n.labelEl.setAttribute("y", (zoom.k * (n.y - n.r) + zoom.y - 4).toFixed(1));
    });
  }

  // ---- which routes are shown: forms, years -------------------------------------------
  function inYears(e) {
    if (!years) return true;
    if (!e.years.length) return years.from === data.years[0] && years.to === data.years[1];
    return e.years.some(function (y) { return y >= years.from && y <= years.to; });
  }
  function shownEdges() {
    return data.edges.filter(function (e) {
      return inYears(e) && (e.forms.length ? e.forms : [""]).some(function (f) { return !hidden[f]; });
    });
  }
  function update() {
    var edges = shownEdges(), on = {}, live = {};
    edges.forEach(function (e) { on[data.edges.indexOf(e)] = true; live[e.source] = live[e.target] = true; });
    edgeEls.forEach(function (p) {
      var i = p.getAttribute("data-edge");
      p.classList.toggle("gone", !on[i] || !!hidden[p.getAttribute("data-form")]);
    });
    data.nodes.forEach(function (n) {
      var gone = data.edges.length > 0 && !live[n.id];
      n.shape.classList.toggle("gone", gone); n.labelEl.classList.toggle("gone", gone);
    });
    var text = years ? (years.from === years.to ? String(years.from) : years.from + "\u2013" + years.to) : "";
    document.getElementById("year-text").textContent = text;
    document.getElementById("shown").textContent = edges.length + " of " + data.edges.length + " routes shown";
    document.getElementById("csv").setAttribute("href", "data:text/csv;charset=utf-8," + encodeURIComponent(csv(edges)));
    document.body.setAttribute("data-shown-routes", String(edges.length));
  }
  function csv(edges) {
    function cell(v) { v = String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }
    var rows = [["from", "from_name", "to", "to_name", "forms", "victims", "years", "reports", "documents"]];
    edges.forEach(function (e) {
      rows.push([e.source, name(e.source), e.target, name(e.target), e.forms.join(";"), e.victims.join(";"),
                 e.years.join(";"), e.reports, e.documents.join(";")]);
    });
    return rows.map(function (r) { return r.map(cell).join(","); }).join("\n") + "\n";
  }

  // ---- hover and details --------------------------------------------------------------
  var tip = document.getElementById("tooltip");
  function showTip(ev, nodes) { tip.replaceChildren.apply(tip, nodes); tip.hidden = false; moveTip(ev); }
  function moveTip(ev) {
    var x = ev.clientX + 14, y = ev.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth) x = ev.clientX - tip.offsetWidth - 10;
    if (y + tip.offsetHeight > window.innerHeight) y = Math.max(4, ev.clientY - tip.offsetHeight - 10);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }
  function highlight(a, b, path) {
    svg.classList.toggle("dim", a !== null);
    document.querySelectorAll(".hot").forEach(function (x) { x.classList.remove("hot"); });
    if (a === null) return;
    edgeEls.forEach(function (p) {
      var e = data.edges[p.getAttribute("data-edge")];
      var on = path ? p === path : (e.source === a || e.target === a);
      if (on) { p.classList.add("hot"); byId[e.source].shape.classList.add("hot"); byId[e.target].shape.classList.add("hot");
                byId[e.source].labelEl.classList.add("hot"); byId[e.target].labelEl.classList.add("hot"); }
    });
    byId[a].shape.classList.add("hot"); byId[a].labelEl.classList.add("hot");
  }
  function name(id) { return byId[id].name; }
  function edgeSummary(e) {
    var out = [h("strong", name(e.source) + " \u2192 " + name(e.target)),
               h("div", "forms: " + list(e.forms)), h("div", "victims: " + list(e.victims)),
               h("div", "report years: " + (e.years.join(", ") || "unknown") + "; stated in " + e.reports +
                        " report" + (e.reports === 1 ? "" : "s"))];
    if (e.provenance.length) out.push(provenance(e.provenance[0]));
    if (e.provenance.length > 1) out.push(h("div", "\u2026 and " + (e.provenance.length - 1) + " more (click)", "hint"));
    return out;
  }
  function provenance(p) {
    var box = h("div", undefined, "prov");
    var s = p.sentence, a = p.start - p.sentence_start, b = p.end - p.sentence_start;
    var q = h("div");
    if (a >= 0 && b <= s.length && a < b) {
      q.appendChild(document.createTextNode(s.slice(0, a)));
      q.appendChild(h("mark", s.slice(a, b)));
      q.appendChild(document.createTextNode(s.slice(b)));
    } else { q.textContent = s; }
    box.appendChild(q);
    box.appendChild(h("div", p.document + " (" + (p.year || "year unknown") + "), characters " + p.start + "\u2013" + p.end, "src"));
    return box;
  }
  function nodeSummary(n) {
    var out = [h("strong", n.name + (n.iso ? " (" + n.iso + ")" : " (region)"))];
    if (n.kind === "country") out.push(h("div", "tier: " + (n.tier ? n.tier + " (" + n.tier_year + ")" : "not in graph")));
    if (n.roles.length) out.push(h("div", "roles: " + n.roles.join(", ")));
    out.push(h("div", n.out + " route" + (n.out === 1 ? "" : "s") + " out, " + n["in"] + " in"));
    return out;
  }
  var details = document.getElementById("details");
  function setDetails(nodes) { details.replaceChildren.apply(details, [h("h2", "Details")].concat(nodes)); }
  function showEdgeDetails(e) {
    var nodes = edgeSummary(e).slice(0, 4);
    nodes.push(h("h2", "Stated in"));
    e.provenance.forEach(function (p) { nodes.push(provenance(p)); });
    setDetails(nodes);
  }
  function showNodeDetails(n) {
    var nodes = nodeSummary(n);
    var routes = shownEdges().filter(function (e) { return e.source === n.id || e.target === n.id; });
    nodes.push(h("h2", "Routes"));
    var ul = h("ul");
    routes.forEach(function (e) {
      var li = h("li", name(e.source) + " \u2192 " + name(e.target) + " (" + e.reports + ")");
      li.style.cursor = "pointer";
      li.addEventListener("click", function () { showEdgeDetails(e); });
      ul.appendChild(li);
    });
    nodes.push(ul);
    setDetails(nodes);
  }

  // ---- legend with form toggles --------------------------------------------------------
  var legend = document.getElementById("legend");
  legend.appendChild(h("h2", "Form of exploitation"));
  data.legend.forms.forEach(function (f) {
    var row = h("label", undefined, "legend-row");
    var box = h("input"); box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { hidden[f.key] = !box.checked; update(); });
    var sw = h("span", undefined, "swatch"); sw.style.background = f.colour;
    row.appendChild(box); row.appendChild(sw); row.appendChild(document.createTextNode(f.label));
    legend.appendChild(row);
  });
  legend.appendChild(h("h2", "Place"));
  data.legend.places.forEach(function (p) {
    var row = h("div", undefined, "legend-row");
    var dot = h("span", undefined, "dot" + (p.shape === "square" ? " square" : "")); dot.style.background = p.colour;
    row.appendChild(dot); row.appendChild(document.createTextNode(p.label));
    legend.appendChild(row);
  });
  data.notes.forEach(function (note) { legend.appendChild(h("p", note, "hint")); });
  if (data.big) {
    var all = h("label", undefined, "legend-row");
    var box = h("input"); box.type = "checkbox";
    box.addEventListener("change", function () { svg.classList.toggle("show-all", box.checked); });
    all.appendChild(box); all.appendChild(document.createTextNode("label every place"));
    legend.appendChild(all);
  }

  // ---- zoom and pan --------------------------------------------------------------------
  var zoom = {k: 1, x: 0, y: 0};
  function apply() {
    view.setAttribute("transform", "translate(" + zoom.x + "," + zoom.y + ") scale(" + zoom.k + ")");
    placeLabels();
  }
  function point(ev) { var r = svg.getBoundingClientRect();
    return [(ev.clientX - r.left) * data.width / r.width, (ev.clientY - r.top) * data.height / r.height]; }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = point(ev), f = ev.deltaY < 0 ? 1.2 : 1 / 1.2, k = Math.min(12, Math.max(0.5, zoom.k * f));
    zoom.x = p[0] - (p[0] - zoom.x) * k / zoom.k; zoom.y = p[1] - (p[1] - zoom.y) * k / zoom.k; zoom.k = k; apply();
  }, {passive: false});
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = {p: point(ev), x: zoom.x, y: zoom.y}; });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return; var p = point(ev); zoom.x = drag.x + p[0] - drag.p[0]; zoom.y = drag.y + p[1] - drag.p[1]; apply();
  });
  window.addEventListener("mouseup", function () { drag = null; });
  svg.addEventListener("dblclick", function () { zoom = {k: 1, x: 0, y: 0}; apply(); });

  // ---- controls: layout, years, search ---------------------------------------------------
  document.querySelectorAll("input[name=layout]").forEach(function (radio) {
    radio.checked = radio.value === current;
    radio.addEventListener("change", function () { if (radio.checked) { current = radio.value; place(); } });
  });
  var from = document.getElementById("year-from"), to = document.getElementById("year-to");
  [from, to].forEach(function (slider) {
    if (!years) { slider.disabled = true; return; }
    slider.min = data.years[0]; slider.max = data.years[1]; slider.step = 1;
    slider.value = slider === from ? data.years[0] : data.years[1];
    slider.addEventListener("input", function () {
      var a = Number(from.value), b = Number(to.value);
      if (a > b) { if (slider === from) to.value = a; else from.value = b; }
      years = {from: Number(from.value), to: Number(to.value)};
      update();
    });
  });
  from.setAttribute("aria-label", "first report year"); to.setAttribute("aria-label", "last report year");
  var names = document.getElementById("place-names"), search = document.getElementById("search");
  data.nodes.forEach(function (n) { var o = h("option"); o.value = n.name; names.appendChild(o); });
  function find(text) {
    var t = text.trim().toLowerCase();
    return data.nodes.filter(function (n) { return n.name.toLowerCase() === t || n.id.toLowerCase() === t; })[0] ||
           data.nodes.filter(function (n) { return t && n.name.toLowerCase().indexOf(t) === 0; })[0];
  }
  search.addEventListener("change", function () {
    var n = find(search.value);
    search.setCustomValidity(n ? "" : "no such place in this graph");
    if (!n) return;
    zoom.k = Math.max(zoom.k, 2); zoom.x = data.width / 2 - zoom.k * n.x; zoom.y = data.height / 2 - zoom.k * n.y;
    apply(); highlight(n.id); showNodeDetails(n);
  });

  // A link may open the page on a layout, a year range or a place: #layout=map&years=2009-2010&place=XK
  var wanted = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
    var i = kv.indexOf("="); if (i > 0) wanted[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1));
  });
  if (wanted.layout === "map" || wanted.layout === "network") current = wanted.layout;
  document.querySelectorAll("input[name=layout]").forEach(function (r) { r.checked = r.value === current; });
  place();
  update();
  var range = /^(\d{4})(?:-(\d{4}))?$/.exec(wanted.years || "");
  if (range && years) {
    from.value = range[1]; from.dispatchEvent(new Event("input"));
    to.value = range[2] || range[1]; to.dispatchEvent(new Event("input"));
  }
  if (wanted.place) { search.value = wanted.place; search.dispatchEvent(new Event("change")); }

  if (!data.nodes.length) {
    var t = el("text", {x: data.width / 2, y: data.height / 2, "text-anchor": "middle", class: "label"}, svg);
    t.textContent = "no routes match";
  }
  document.body.setAttribute("data-layout", current);
  document.body.setAttribute("data-rendered", String(data.nodes.length));
})();
"""
