"""Tests of the country pages (kg/report.py, `kg report`) on the seed build, in a real browser."""
from __future__ import annotations

import re

import pytest
from conftest import SEED
from test_routes import CHROMIUM, _chromium_console, _page_requests

from kg.cli import main

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def kosovo_page(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "kosovo.html"
    assert main(["report", "--graph", str(seed_build), "--country", "Kosovo", "--out", str(out)]) == 0
    return out


def _section(page: str, name: str) -> str:
    return re.search(rf'<section id="{name}">(.*?)</section>', page, re.S).group(1)


def test_kosovo_page_holds_the_facts_of_the_2009_report(kosovo_page):
    page = kosovo_page.read_text(encoding="utf-8")
    assert "<title>Kosovo — Trafficking in Persons reports 2009</title>" in page
    assert "<li>2009: Tier 2 <a" in _section(page, "tiers") and "<svg" in _section(page, "tiers")
    assert re.search(r"<tr><th>2009</th>(<td>✓ <a[^>]*>\[kosovo-2009\]</a></td>){4}</tr>", _section(page, "roles"))
    statistics = re.sub(r"<[^>]+>", " ", _section(page, "statistics"))
    assert re.search(r"convictions \(count\)\s+15", statistics) and re.search(r"prosecutions \(count\)\s+24", statistics)
    assert 'aria-label="2007: 33, 2008: 24"' in _section(page, "statistics")  # victims assisted, as a line
    recommendations = _section(page, "recommendations")
    assert "increase trafficking-specific training for prosecutors and judges" in recommendations
    laws = _section(page, "laws")
    assert "<b>2008-07</b> anti-trafficking National Strategy and Action Plan adopted" in laws
    assert "penalty under Kosovo law: 2–12 years" in laws
    routes = _section(page, "routes")  # the route map: Kosovo's victims go to Italy and Europe
    assert "<svg" in routes and ">Italy</text>" in routes and ">Europe</text>" in routes
    assert "Source: US State Department, Trafficking in Persons Reports 2009; graph built by tip-kg" in page


def test_every_fact_links_to_its_sentence_with_offsets_into_the_text(kosovo_page):
    page = kosovo_page.read_text(encoding="utf-8")
    targets = set(re.findall(r'class="src" href="#([^"]+)"', page))
    assert len(targets) >= 10
    for target in targets:
        item = re.search(rf'<li id="{re.escape(target)}">(.*?)</li>', page, re.S)
        assert item, target
        start, end = map(int, target.rsplit("-", 2)[1:])
        assert f"kosovo-2009 (2009), characters {start}–{end}" in item.group(1)
        marked = re.search(r"<mark>(.*?)</mark>", item.group(1), re.S).group(1)
        assert SEED_TEXT[start:end] == marked.replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", '"')


def test_report_errors(seed_build, tmp_path, capsys):
    assert main(["report", "--graph", str(seed_build), "--country", "TH", "--out", str(tmp_path / "th.html")]) == 2
    assert "no document" in capsys.readouterr().err and not (tmp_path / "th.html").exists()
    assert main(["report", "--graph", str(seed_build), "--out", str(tmp_path / "x.html")]) == 2
    assert main(["report", "--graph", str(seed_build), "--all", "--out", str(tmp_path / "all")]) == 0
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == ["XK.html", "index.html"]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_kosovo_page_opens_offline_in_chromium(kosovo_page, tmp_path):
    dom, console = _chromium_console(kosovo_page.as_uri(), tmp_path / "profile", tmp_path / "net.json")
    assert console == [] and "Tier history" in dom
    assert [u for u in _page_requests(tmp_path / "net.json") if not u.startswith("file:")] == []


def test_pages_of_all_countries_share_one_route_graph_with_the_same_routes(dev_build):
    from kg.report import _Shared
    from kg.routes import RouteFilter, route_graph

    shared = _Shared(dev_build)
    for country, name in (("TH", "Thailand"), ("MM", "Myanmar")):
        alone = route_graph(dev_build, RouteFilter(country=country))
        cut = shared.routes(country, name)
        assert alone.number_of_edges() > 10
        assert dict(cut.nodes(data=True)) == dict(alone.nodes(data=True)) and cut.graph == alone.graph
        assert {e: cut.edges[e] for e in cut.edges} == {e: alone.edges[e] for e in alone.edges}
