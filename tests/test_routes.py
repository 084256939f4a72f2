"""Tests of the route graphs (kg/routes/, queries/routes-*.rq, `kg routes`) on real builds."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from conftest import SEED

from kg.cli import main
from kg.model import InputError
from kg.places import load_gazetteer
from kg.routes import RouteFilter, concept_labels, flat_graph, make_filter, route_graph, route_stats, write_routes

SEED_ROUTES = {("XK", "MK"), ("XK", "IT"), ("XK", "AL"), ("XK", "europe"), ("eastern-europe", "XK")}
SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> nx.DiGraph:
    return route_graph(seed_build)


@pytest.fixture(scope="module")
def dev_graph(dev_build) -> nx.DiGraph:
    graph = route_graph(dev_build)
    assert graph.number_of_edges() > 100, "the dev corpus states hundreds of routes"
    return graph


# --- the seed ----------------------------------------------------------------------------------

def test_seed_graph_has_exactly_its_routes_in_their_direction(seed_graph):
    assert set(seed_graph.edges) == SEED_ROUTES
    assert not seed_graph.has_edge("MK", "XK") and not seed_graph.has_edge("XK", "eastern-europe")


def test_seed_places_have_names_kinds_codes_tier_and_roles(seed_graph):
    kosovo = seed_graph.nodes["XK"]
    assert (kosovo["name"], kosovo["iso"], kosovo["kind"]) == ("Kosovo", "XK", "country")
    assert (kosovo["tier"], kosovo["tier_year"]) == ("Tier 2", 2009)
    assert kosovo["roles"] == ["destination", "internal", "source", "transit"]  # internal: "within Kosovo"
    assert seed_graph.nodes["IT"]["name"] == "Italy" and seed_graph.nodes["IT"]["tier"] == ""
    for region, name in (("europe", "Europe"), ("eastern-europe", "Eastern Europe")):
        assert seed_graph.nodes[region] | {"roles": []} == {
            "name": name, "iso": "", "kind": "region", "tier": "", "tier_year": 0, "roles": []}


def test_seed_routes_carry_their_sentence_with_offsets_into_the_text(seed_graph):
    for origin, destination, data in seed_graph.edges(data=True):
        assert data["reports"] == 1 and data["years"] == [2009] and data["documents"] == ["kosovo-2009"]
        assert data["provenance"], (origin, destination)
        for p in data["provenance"]:
            assert p["document"] == "kosovo-2009" and p["subject"] == "XK"
            sentence_start = p["sentence_start"]
            assert SEED_TEXT[sentence_start:sentence_start + len(p["sentence"])] == p["sentence"]
            assert sentence_start <= p["start"] < p["end"] <= sentence_start + len(p["sentence"])
    outbound = seed_graph.edges["XK", "IT"]["provenance"][0]["sentence"]
    assert outbound.startswith("Kosovo victims are also trafficked to countries throughout Europe")
    inbound = seed_graph.edges["eastern-europe", "XK"]["provenance"][0]["sentence"]
    assert "young women from Eastern Europe" in inbound


@pytest.mark.parametrize("options, expected", [
    ({"country": "XK", "direction": "out"}, SEED_ROUTES - {("eastern-europe", "XK")}),
    ({"country": "Kosovo", "direction": "in"}, {("eastern-europe", "XK")}),
    ({"country": "AL"}, {("XK", "AL")}),
    ({"region": "Eastern Europe"}, {("eastern-europe", "XK")}),
    ({"region": "balkans"}, SEED_ROUTES),  # Kosovo is a Balkan country
    ({"years": "2009"}, SEED_ROUTES),
    ({"years": "2006-2008"}, set()),
    ({"country": "IT", "direction": "out"}, set()),
])
def test_seed_filters(seed_build, options, expected):
    assert set(route_graph(seed_build, make_filter(**options)).edges) == expected


def test_filter_wordings_and_errors(seed_build):
    assert make_filter(country="kosovo", region="Eastern Europe", form="sex trafficking", years="2006-2010") == \
        RouteFilter(country="XK", form="sex_trafficking", region="eastern-europe", years=(2006, 2010))
    for bad in ({"country": "Atlantis"}, {"region": "Narnia"}, {"years": "2010-2006"}, {"years": "last year"},
                {"direction": "sideways"}):
        with pytest.raises(InputError):
            make_filter(**bad)
    with pytest.raises(InputError):
        route_graph(seed_build, make_filter(form="alchemy"))


def test_stats_on_seed(seed_graph, seed_build):
    stats = route_stats(seed_graph, seed_build)
    assert (stats.places, stats.routes, stats.reports) == (6, 5, 1)
    assert stats.hubs[0].place == "XK" and (stats.hubs[0].in_degree, stats.hubs[0].out_degree) == (1, 4)
    # Kosovo is the only place on a path between two others (Eastern Europe → Kosovo → each destination)
    assert stats.hubs[0].betweenness > 0 and all(h.betweenness == 0 for h in stats.hubs[1:])
    assert {(c.origin, c.destination) for c in stats.corridors} == SEED_ROUTES


# --- the dev corpus: filters hold on every route -----------------------------------------------

def test_dev_country_filter_directions(dev_build, dev_graph):
    country = max((n for n in dev_graph if dev_graph.nodes[n]["kind"] == "country"), key=dev_graph.degree)
    out = route_graph(dev_build, RouteFilter(country=country, direction="out"))
    into = route_graph(dev_build, RouteFilter(country=country, direction="in"))
    both = route_graph(dev_build, RouteFilter(country=country))
    assert out.number_of_edges() and into.number_of_edges()
    assert all(u == country for u, v in out.edges) and all(v == country for u, v in into.edges)
    assert set(both.edges) == set(out.edges) | set(into.edges) == \
        {(u, v) for u, v in dev_graph.edges if country in (u, v)}


def test_dev_region_filter_keeps_routes_touching_the_region_or_its_members(dev_build, dev_graph):
    gazetteer = load_gazetteer()
    region = "europe"
    covered = {region} | set(gazetteer.members(region)) | {
        p.key for p in gazetteer.all_places() if p.kind == "region" and region in gazetteer.broader(p.key)}
    graph = route_graph(dev_build, RouteFilter(region=region))
    assert graph.number_of_edges()
    assert set(graph.edges) == {(u, v) for u, v in dev_graph.edges if u in covered or v in covered}


def test_dev_year_and_form_filters(dev_build, dev_graph):
    years = sorted({y for _, _, ys in dev_graph.edges(data="years") for y in ys})
    first, last = years[0], years[0] + 1
    graph = route_graph(dev_build, RouteFilter(years=(first, last)))
    assert graph.number_of_edges()
    assert all(first <= p["year"] <= last for *_, ps in graph.edges(data="provenance") for p in ps)
    labour = route_graph(dev_build, RouteFilter(form="forced_labor"))
    narrower = {"forced_labor", "domestic_servitude", "debt_bondage", "forced_begging", "forced_criminality"}
    assert labour.number_of_edges()
    assert all(set(forms) & narrower for *_, forms in labour.edges(data="forms"))
    assert set(labour.edges) == {(u, v) for u, v, fs in dev_graph.edges(data="forms") if set(fs) & narrower}


def test_dev_stats_compare_first_and_last_year(dev_build, dev_graph):
    years = sorted({y for _, _, ys in dev_graph.edges(data="years") for y in ys})
    graph = route_graph(dev_build, RouteFilter(years=(years[0], years[-1])))
    stats = route_stats(graph, dev_build)
    assert stats.compared_countries and (stats.first_year, stats.last_year) == (years[0], years[-1])
    first = {(u, v) for u, v, ps in graph.edges(data="provenance")
             if any(p["year"] == years[0] and p["subject"] in stats.compared_countries for p in ps)}
    last = {(u, v) for u, v, ps in graph.edges(data="provenance")
            if any(p["year"] == years[-1] and p["subject"] in stats.compared_countries for p in ps)}
    assert set(stats.appeared) == last - first and set(stats.disappeared) == first - last
    assert [c.reports for c in stats.corridors] == sorted((c.reports for c in stats.corridors), reverse=True)


# --- files -------------------------------------------------------------------------------------

def test_graphml_and_gexf_read_back_as_the_same_graph(dev_build, tmp_path):
    graph = route_graph(dev_build, RouteFilter(region="europe"))
    assert graph.number_of_edges()
    flat = flat_graph(graph)
    back = nx.read_graphml(write_routes(graph, tmp_path / "routes.graphml"))
    assert isinstance(back, nx.DiGraph)
    assert dict(back.nodes(data=True)) == dict(flat.nodes(data=True))
    assert {(u, v): d for u, v, d in back.edges(data=True)} == {(u, v): d for u, v, d in flat.edges(data=True)}
    defaults = {"node_default", "edge_default"}  # added by the GraphML reader
    assert {k: v for k, v in back.graph.items() if k not in defaults} == flat.graph
    gexf = nx.read_gexf(write_routes(graph, tmp_path / "routes.gexf"))
    assert set(gexf.edges) == set(graph.edges)
    assert {n: d["name"] for n, d in gexf.nodes(data=True)} == {n: d["name"] for n, d in graph.nodes(data=True)}


def test_json_is_node_link_with_provenance(seed_graph, tmp_path):
    data = json.loads(write_routes(seed_graph, tmp_path / "routes.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="edges")
    assert set(back.edges) == SEED_ROUTES
    assert back.edges["XK", "AL"]["provenance"] == seed_graph.edges["XK", "AL"]["provenance"]


def test_png_is_drawn_and_svg_has_the_labels(seed_build, seed_graph, tmp_path):
    from matplotlib import image

    png = write_routes(seed_graph, tmp_path / "routes.png", form_labels=concept_labels(seed_build)["form"])
    pixels = image.imread(png)
    assert pixels.shape[0] > 500 and pixels.shape[1] > 800
    assert pixels[..., :3].std() > 0.05  # not a blank page
    svg = write_routes(seed_graph, tmp_path / "routes.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg
    assert write_routes(seed_graph, tmp_path / "again.svg").read_text(encoding="utf-8") == svg  # deterministic


def test_output_is_atomic_and_leaves_no_temporary_file(seed_graph, tmp_path):
    target = tmp_path / "routes.graphml"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(InputError):
        write_routes(seed_graph, tmp_path / "routes.pdf")
    write_routes(seed_graph, target)
    assert target.read_text(encoding="utf-8").startswith("<?xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["routes.graphml"]


def test_a_write_that_fails_midway_keeps_the_old_file_and_no_temporary(seed_graph, tmp_path):
    target = tmp_path / "routes.json"
    target.write_text("old", encoding="utf-8")
    broken = seed_graph.copy()
    broken.graph["unwritable"] = {1j}  # no JSON for it: json.dump fails after the temporary file is opened
    with pytest.raises(TypeError):
        write_routes(broken, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["routes.json"]


def test_html_page_is_self_contained(seed_graph, tmp_path):
    page = write_routes(seed_graph, tmp_path / "routes.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href|url)\s*[=(]\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"<link\b|@import|<iframe\b|<img\b", page, re.I)
    assert "Kosovo victims are also trafficked to countries throughout Europe" in page  # provenance sentence


# --- the page in a real headless browser -------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(url: str, profile: Path, net_log: Path) -> str:
    """The DOM of ``url`` after its scripts ran, with every host name made unresolvable."""
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
               f"--log-net-log={net_log}", "--net-log-capture-mode=Everything", "--dump-dom", url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=os.environ | {"LANG": "C.UTF-8"})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _page_requests(net_log: Path) -> list[str]:
    """URLs the page asked for: net-log requests with the page as initiator.

    The browser's own background requests have the initiator "not an origin"; those of a
    page opened from a file have the opaque initiator "null".
    """
    log = json.loads(net_log.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return sorted({e["params"]["url"] for e in log["events"]
                   if e["type"] == start and "url" in e.get("params", {})
                   and e["params"].get("initiator") != "not an origin"})


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium); "
                    "the HTML page cannot be opened in a headless browser")
def test_html_page_renders_offline_in_chromium(seed_graph, tmp_path):
    page = write_routes(seed_graph, tmp_path / "routes.html")
    dom = _chromium(page.as_uri(), tmp_path / "profile", tmp_path / "net.json")
    assert 'data-rendered="6"' in dom  # the script ran to its end
    labels = set(re.findall(r'<text[^>]*class="label"[^>]*>([^<]+)</text>', dom))
    assert labels == {"Kosovo", "North Macedonia", "Italy", "Albania", "Europe", "Eastern Europe"}
    assert len(re.findall(r'<path[^>]*class="edge"', dom)) >= len(SEED_ROUTES)
    assert [u for u in _page_requests(tmp_path / "net.json") if not u.startswith("file:")] == []


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_network_request_check_catches_a_page_that_loads_from_the_network(tmp_path):
    page = tmp_path / "remote.html"
    page.write_text('<html><body><img src="https://example.org/logo.png"><p>x</p></body></html>', encoding="utf-8")
    _chromium(page.as_uri(), tmp_path / "profile", tmp_path / "net.json")
    assert _page_requests(tmp_path / "net.json") == ["https://example.org/logo.png"]


# --- the command line --------------------------------------------------------------------------

def test_cli_writes_each_format_and_prints_stats(seed_build, tmp_path, capsys):
    for fmt in ("png", "svg", "html", "graphml", "gexf", "json"):
        out = tmp_path / f"seed.{fmt}"
        assert main(["routes", "--graph", str(seed_build), "--country", "XK", "--format", fmt, "--out", str(out)]) == 0
        assert out.stat().st_size > 0
    assert main(["routes", "--graph", str(seed_build), "--stats"]) == 0
    printed = capsys.readouterr().out
    assert "Kosovo → Albania" in printed and "Kosovo (XK): 1 in, 4 out" in printed
    assert main(["routes", "--graph", str(seed_build), "--region", "Atlantis", "--out", str(tmp_path / "x.png")]) == 2
    assert "unknown region" in capsys.readouterr().err


# --- the world map -----------------------------------------------------------------------------

def test_world_data_decodes_and_anchors_lie_inside_their_country():
    from kg.routes.geo import WORLD_DIR, _inside, anchors, read_polygons

    countries = dict(read_polygons(WORLD_DIR / "countries-110m.json"))
    assert len(countries) > 170 and "XK" in countries  # Kosovo, matched by name (no numeric id)
    known = anchors()
    assert len(known) > 230 and {"SG", "BH", "MT", "HK"} <= set(known)  # small states from 1:10m
    for code in ("XK", "IT", "AL", "MK", "TH", "US", "NO", "HR", "CL", "RU", "ID"):
        lon, lat = known[code]
        assert any(_inside((lon, lat), rings) for rings in countries[code]), code
    assert sum(p.stat().st_size for p in WORLD_DIR.iterdir()) < 300_000


def test_seed_map_places_kosovo_and_western_europe_where_they_are(seed_graph):
    from kg.routes.layout import map_layout

    pos = map_layout(seed_graph)
    # Kosovo's victims go to Italy, Albania, North Macedonia and Europe, all at their place on the map
    assert pos["IT"][0] < pos["AL"][0] < pos["XK"][0] < pos["MK"][0]
    assert pos["europe"][1] > pos["XK"][1] and pos["europe"][0] < pos["XK"][0]  # north-west of Kosovo
    assert pos["eastern-europe"][0] > pos["XK"][0]


def test_map_svg_has_real_text_title_years_and_source_line(seed_build, seed_graph, tmp_path):
    svg = write_routes(seed_graph, tmp_path / "map.svg", layout="map").read_text(encoding="utf-8")
    texts = re.findall(r"<text[^>]*>([^<]+)</text>", svg)
    assert "Trafficking routes — all routes, 2009" in texts
    assert "Source: US State Department, Trafficking in Persons Reports 2009; graph built by tip-kg" in texts
    assert {"Kosovo", "Italy", "Europe"} <= set(texts)
    assert any("latest tier" in t for t in texts)
    with pytest.raises(InputError):
        write_routes(seed_graph, tmp_path / "map.png", layout="globe")


def test_map_png_dpi_and_top_corridors(dev_build, dev_graph, tmp_path):
    from matplotlib import image

    from kg.routes import top_corridors

    top = top_corridors(dev_graph, 25)
    assert top.number_of_edges() == 25 and top.graph["all_routes"] == dev_graph.number_of_edges()
    least_kept = min(r for *_, r in top.edges(data="reports"))
    assert all(r <= least_kept for u, v, r in dev_graph.edges(data="reports") if not top.has_edge(u, v))
    small = image.imread(write_routes(top, tmp_path / "small.png", layout="map", dpi=50))
    large = image.imread(write_routes(top, tmp_path / "large.png", layout="map", dpi=100))
    assert large.shape[1] == 2 * small.shape[1] and large[..., :3].std() > 0.05
    assert main(["routes", "--graph", str(dev_build), "--layout", "map", "--top", "30", "--out",
                 str(tmp_path / "top.svg")]) == 0
    svg = (tmp_path / "top.svg").read_text(encoding="utf-8")
    assert f"the 30 routes stated in the most reports, of {dev_graph.number_of_edges()}" in svg


def test_graphml_and_gexf_carry_label_weight_and_position(seed_graph, tmp_path):
    back = nx.read_graphml(write_routes(seed_graph, tmp_path / "routes.graphml"))
    kosovo = back.nodes["XK"]
    assert (kosovo["label"], kosovo["longitude"], kosovo["latitude"]) == ("Kosovo", 20.9, 42.58)
    assert back.nodes["europe"]["label"] == "Europe" and "longitude" in back.nodes["europe"]
    assert back.edges["XK", "IT"]["weight"] == 1
    gexf = (write_routes(seed_graph, tmp_path / "routes.gexf")).read_text(encoding="utf-8")
    assert 'label="Kosovo"' in gexf and "viz:position" in gexf and 'weight="1' in gexf


def _chromium_console(url: str, profile: Path, net_log: Path) -> tuple[str, list[str]]:
    """The DOM of ``url`` and the console messages its scripts wrote (errors included)."""
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr",
               "--v=0", f"--log-net-log={net_log}", "--net-log-capture-mode=Everything", "--dump-dom", url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=os.environ | {"LANG": "C.UTF-8"})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_console_check_catches_a_script_error(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>null.x;</script></body></html>", encoding="utf-8")
    _, console = _chromium_console(page.as_uri(), tmp_path / "profile", tmp_path / "net.json")
    assert any("Uncaught TypeError" in line for line in console)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_map_page_year_slider_layout_search_and_csv_in_chromium(dev_build, tmp_path):
    from urllib.parse import unquote

    graph = route_graph(dev_build, RouteFilter(country="TH"))
    page = write_routes(graph, tmp_path / "thailand.html", layout="map")
    text = page.read_text(encoding="utf-8")
    assert 'class="land"' not in text and '"world":[{' in text  # outlines drawn by the script
    dom, console = _chromium_console(page.as_uri(), tmp_path / "profile", tmp_path / "net.json")
    assert console == []
    assert f'data-shown-routes="{graph.number_of_edges()}"' in dom and 'data-layout="map"' in dom
    assert len(re.findall(r'<path[^>]*class="land"', dom)) > 150  # the base map
    assert [u for u in _page_requests(tmp_path / "net.json") if not u.startswith("file:")] == []
    csv_rows = unquote(re.search(r'id="csv"[^>]*href="data:text/csv;charset=utf-8,([^"]*)"', dom).group(1))
    assert csv_rows.count("\n") == graph.number_of_edges() + 1 and "\nMM,Myanmar,TH,Thailand," in csv_rows
    # the year slider: the routes stated in 2010 only, set through the slider's own input event
    in_2010 = sum(1 for *_, ys in graph.edges(data="years") if 2010 in ys)
    assert 0 < in_2010 < graph.number_of_edges()
    dom, console = _chromium_console(page.as_uri() + "#years=2010&layout=network&place=Thailand",
                                     tmp_path / "profile2", tmp_path / "net2.json")
    assert console == [] and f'data-shown-routes="{in_2010}"' in dom and 'data-layout="network"' in dom
    assert "<h2>Routes</h2>" in dom  # the search found Thailand and listed its routes
