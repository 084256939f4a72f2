"""One self-contained HTML page per country, from the library queries over a build.

The page holds the tier history as an inline SVG chart, the roles by report year, the route
map of the country (:mod:`kg.routes`, SVG), the statistics as time series of totals, the
recommendations by 3P area and year, and the laws and policies on a timeline. Every fact
links to its sentence (document, report year, offsets) in the list of sources at the end,
read with ``queries/readers/report-spans.rq``. Nothing is loaded from the network.
"""
from __future__ import annotations

import html
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from . import store
from .files import replacing
from .htmlpage import page
from .model import InputError
from .query import run_query

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["country_page", "write_report", "write_all"]

ROLES = ("source", "transit", "destination", "internal")
TIERS = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3")


@dataclass(frozen=True)
class Span:
    """Where a fact is stated: a document, its report year, the span and its sentence."""

    document: str
    year: int
    kind: str
    start: int
    end: int
    sentence_start: int
    sentence: str

    @property
    def anchor(self) -> str:
        return f"s-{self.document}-{self.start}-{self.end}"


class _Sources:
    """The spans of a country's facts, and the ones the page links to (listed at its end)."""

    def __init__(self, build_dir: str | Path, country: str) -> None:
        from .routes.graph import _with_filters

        rows = cast(list[dict[str, str]],  # the query has no OPTIONAL
                    run_query(build_dir, _with_filters("report-spans", [f'VALUES ?country {{ "{country}" }}'])).rows)
        self.spans = [Span(r["id"], int(r["year"]), r["class"], int(r["start"]), int(r["end"]),
                           int(r["sentenceStart"]), r["sentenceText"]) for r in rows]
        self.used: dict[str, Span] = {}

    def find(self, kind: str, *, year: int | None = None, document: str | None = None,
             words: str = "") -> Span | None:
        """The span of a fact of class ``kind`` that states ``words`` itself, else the first
        whose sentence holds them (a number's span is often just the number)."""
        wanted = _fold(words)
        candidates = [s for s in self.spans if s.kind == kind and (not year or s.year == year)
                      and (not document or s.document == document)]
        if not wanted:
            return candidates[0] if candidates else None
        own: list[Span | None] = [s for s in candidates
                                  if re.search(rf"(?<![\w.]){re.escape(wanted)}(?![\w])",
                                               _fold(s.sentence[s.start - s.sentence_start:s.end - s.sentence_start]))]
        return (own or [s for s in candidates if wanted in _fold(s.sentence)] or [None])[0]

    def link(self, span: Span | None) -> str:
        """A link to the sentence of ``span`` (empty when the graph has no span for the fact)."""
        if span is None:
            return ""
        self.used[span.anchor] = span
        return (f' <a class="src" href="#{span.anchor}" title="{html.escape(span.document)}, '
                f'{span.year}, characters {span.start}–{span.end}">[{span.document}]</a>')


def _fold(text: str) -> str:
    return re.sub(r"[\s,]+", " ", text.replace("\xa0", " ")).strip().lower()


def _rows(build_dir, query: str, **params) -> list[dict]:
    return run_query(build_dir, query, {k: str(v) for k, v in params.items()}).rows


def _tier_chart(history: list[tuple[int, str]]) -> str:
    """Inline SVG step chart of the tier per report year (Tier 1 on top)."""
    if not history:
        return "<p>No tier in the graph.</p>"
    years = [y for y, _ in history]
    first, last = min(years), max(years)
    width, height, left, top = 640, 190, 130, 20
    step = (width - left - 20) / max(last - first, 1)
    row = (height - top - 30) / (len(TIERS) - 1)
    x = lambda year: left + (year - first) * step  # noqa: E731
    y = lambda tier: top + TIERS.index(tier) * row if tier in TIERS else top + len(TIERS) * row  # noqa: E731
    parts = [f'<svg class="tiers" viewBox="0 0 {width} {height}" role="img" aria-label="tier history">']
    for tier in TIERS:
        parts.append(f'<line x1="{left}" x2="{width - 20}" y1="{y(tier):.1f}" y2="{y(tier):.1f}" class="grid"/>'
                     f'<text x="{left - 8}" y="{y(tier) + 4:.1f}" text-anchor="end">{tier}</text>')
    points = " ".join(f"{x(year):.1f},{y(tier):.1f}" for year, tier in history)
    parts.append(f'<polyline points="{points}" class="tier-line"/>')
    for year, tier in history:
        parts.append(f'<circle cx="{x(year):.1f}" cy="{y(tier):.1f}" r="4"><title>{year}: {tier}</title></circle>')
    for year in sorted(set(years)):
        parts.append(f'<text x="{x(year):.1f}" y="{height - 8}" text-anchor="middle" class="year">{year}</text>')
    parts.append("</svg>")
    return "".join(parts)


class _Shared:
    """What every country page of a build reads alike, read once for ``--all``: the role
    lists of each report year and the graph of all routes."""

    def __init__(self, build_dir: str | Path) -> None:
        store.check_layout(build_dir)  # once for the pages of a build
        self.build_dir = build_dir
        self._roles: dict[tuple[str, int], frozenset[str]] = {}
        self._routes: nx.DiGraph | None = None

    def has_role(self, country: str, role: str, year: int) -> bool:
        if (role, year) not in self._roles:
            rows = _rows(self.build_dir, "countries-by-role", role=role, year=year)
            self._roles[role, year] = frozenset(r["country"].rsplit("/", 1)[-1] for r in rows)
        return country in self._roles[role, year]

    def routes(self, country: str, name: str):
        """The route graph of ``country``: the routes of the whole graph that touch it."""
        from .routes import RouteFilter, route_graph

        if self._routes is None:
            self._routes = route_graph(self.build_dir)
        graph = self._routes.edge_subgraph(
            (u, v) for u, v in self._routes.edges if country in (u, v)).copy()
        graph.graph.update(self._routes.graph, country=country,
                           title=RouteFilter(country=country).describe({country: name}))
        return graph


def _route_map(build_dir, graph) -> str:
    """The route map of the country as inline SVG (a note when it has no routes)."""
    from .routes import concept_labels, write_routes

    if graph.number_of_edges() == 0:
        return "<p>No routes in the graph.</p>"
    with tempfile.TemporaryDirectory() as folder:
        svg = write_routes(graph, Path(folder) / "routes.svg", layout="map",
                           form_labels=concept_labels(build_dir)["form"]).read_text(encoding="utf-8")
    return svg[svg.index("<svg"):]


def country_page(build_dir: str | Path, country: str, shared: _Shared | None = None) -> str:
    """The HTML text of the page of one country (ISO alpha-2 code).

    ``shared`` keeps what all pages of a build read alike (:func:`write_all` passes one).

    Raises
    ------
    InputError
        If no document of the build is about the country.
    """
    from .places import load_gazetteer
    from .routes.graph import caption, span_text
    from .vocab import response_areas

    shared = shared or _Shared(build_dir)
    country = country.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise InputError(f"country must be an ISO 3166-1 alpha-2 code, not {country!r}")
    sources = _Sources(build_dir, country)
    if not sources.spans:
        raise InputError(f"no document of {build_dir} is about {country}")
    try:
        name = load_gazetteer().country(country).label
    except KeyError:
        name = country
    years = sorted({s.year for s in sources.spans})
    esc = html.escape

    # tier history
    history = [(int(r["year"]), r["tier"]) for r in _rows(build_dir, "tier-history", country=country)]
    tier_items = "".join(f"<li>{year}: {esc(tier)}{sources.link(sources.find('CountryAssessment', year=year, words=tier))}</li>"
                         for year, tier in history)
    # roles by year (countries-by-role: the countries each year's reports give a role)
    roles = {year: [role for role in ROLES if shared.has_role(country, role, year)] for year in years}
    roles = {year: found for year, found in roles.items() if found}
    role_rows = "".join(
        f"<tr><th>{year}</th>" + "".join(
            f"<td>{'✓' + sources.link(sources.find('RoleStatement', year=year, words=role if role != 'internal' else '')) if role in roles[year] else ''}</td>"
            for role in ROLES) + "</tr>" for year in sorted(roles))
    # statistics: totals per measure, unit and reference year
    totals: dict[tuple[str, str], dict[int, float]] = defaultdict(lambda: defaultdict(float))
    stat_links: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for r in _rows(build_dir, "statistics-country", country=country):
        key, year = (r["measure"], r["unit"]), int(r["year"])
        totals[key][year] += float(r["value"])
        value = r["value"].split(".")[0]
        span = (sources.find("StatisticalObservation", document=r["id"], words=f"{int(value):,}".replace(",", " "))
                or sources.find("StatisticalObservation", document=r["id"], words=value))
        stat_links[(*key, year)].append(sources.link(span))
    stat_years = sorted({y for series in totals.values() for y in series})
    stat_rows = "".join(
        f"<tr><th>{esc(measure.replace('_', ' '))} ({esc(unit)})</th><td>{_sparkline(series, stat_years)}</td>" + "".join(
            f"<td>{_number(series[y])}{''.join(stat_links[(measure, unit, y)][:2])}</td>" if y in series else "<td></td>"
            for y in stat_years) + "</tr>" for (measure, unit), series in sorted(totals.items()))
    # recommendations by area and year
    recommendation_parts = []
    for area in response_areas():
        rows = _rows(build_dir, "recommendations", country=country, area=area)
        if not rows:
            continue
        by_year: dict[int, list[str]] = defaultdict(list)
        for r in rows:
            span = sources.find("Recommendation", document=r["id"], words=r["text"][:40])
            by_year[int(r["year"])].append(f"<li>{esc(r['text'])}{sources.link(span)}</li>")
        recommendation_parts.append(f"<h3>{area.capitalize()}</h3>" + "".join(
            f"<h4>{year} ({len(items)})</h4><ul>{''.join(items)}</ul>" for year, items in sorted(by_year.items())))
    # laws and policies on a timeline: penalties by report year (cq08), adoptions by calendar year (cq13)
    events: list[tuple[int, int, str]] = []
    for year in years:
        for r in _rows(build_dir, "cq08", country=country, year=year):
            text = (f"penalty under {r['law']}: {r['minimum']}–{r['maximum']} {r['unit']}"
                    + (" (commensurate with other grave crimes)" if r["commensurate"] == "true" else ""))
            events.append((year, 0, text + sources.link(sources.find("PenaltyRange", year=year))))
    for year in range(years[0] - 1, years[-1] + 1):
        for r in _rows(build_dir, "cq13", country=country, refYear=year):
            month = int(r["month"]) if r["month"] else 0
            span = sources.find("PolicyMeasure", words=r["policy"][:40])
            events.append((year, month, f"{esc(r['policy'])} {esc(r['action'])}{sources.link(span)}"))
    timeline = "".join(f"<li><b>{year}{'-%02d' % month if month else ''}</b> {text}</li>"
                       for year, month, text in sorted(events))
    sourced = "".join(
        f'<li id="{s.anchor}"><span class="doc">{esc(s.document)} ({s.year}), characters {s.start}–{s.end}</span><br>'
        + _highlight(s) + "</li>" for s in sorted(sources.used.values(), key=lambda s: (s.year, s.document, s.start)))
    covered = (years[0], years[-1])
    title = f"{name} — Trafficking in Persons reports {span_text(covered)}"
    body = f"""<h1>{esc(title)}</h1>
<p class="lead">{len({s.document for s in sources.spans})} document(s) about {esc(name)} ({country}) in the graph.</p>
<section id="tiers"><h2>Tier history</h2>{_tier_chart(history)}<ul class="facts">{tier_items}</ul></section>
<section id="roles"><h2>Roles by report year</h2>
<table><tr><th>year</th>{''.join(f'<th>{r}</th>' for r in ROLES)}</tr>{role_rows}</table></section>
<section id="routes"><h2>Routes</h2>{_route_map(build_dir, shared.routes(country, name))}</section>
<section id="statistics"><h2>Statistics (totals by reference year)</h2>
{'<table><tr><th>measure</th><th>trend</th>' + ''.join(f'<th>{y}</th>' for y in stat_years) + '</tr>' + stat_rows + '</table>' if stat_rows else '<p>No statistics in the graph.</p>'}</section>
<section id="recommendations"><h2>Recommendations by 3P area</h2>{''.join(recommendation_parts) or '<p>None in the graph.</p>'}</section>
<section id="laws"><h2>Laws and policies</h2>{'<ul class="timeline">' + timeline + '</ul>' if timeline else '<p>None in the graph.</p>'}</section>
<section id="sources"><h2>Sentences</h2><ol class="sources">{sourced}</ol></section>
<footer>{esc(caption("source", years=span_text(covered)))}</footer>"""
    return page(title, _STYLE, body)


def _sparkline(series: dict[int, float], years: list[int]) -> str:
    """A small inline SVG line of a series over the years of the table (bars for one year)."""
    width, height = 90, 24
    if not years:
        return ""
    high = max(series.values()) or 1
    step = (width - 6) / max(len(years) - 1, 1)
    points = [(3 + years.index(y) * step, height - 3 - (height - 6) * v / high) for y, v in sorted(series.items())]
    marks = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2"/>' for x, y in points)
    line = (f'<polyline points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in points)}"/>' if len(points) > 1 else "")
    label = ", ".join(f"{y}: {_number(v)}" for y, v in sorted(series.items()))
    return (f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="{html.escape(label)}">{line}{marks}</svg>')


def _number(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,.1f}"


def _highlight(span: Span) -> str:
    a, b = span.start - span.sentence_start, span.end - span.sentence_start
    text = span.sentence
    if not 0 <= a < b <= len(text):
        return html.escape(text)
    return html.escape(text[:a]) + "<mark>" + html.escape(text[a:b]) + "</mark>" + html.escape(text[b:])


def _write_atomically(path: Path, text: str) -> Path:
    with replacing(path) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="\n")
    return path


def write_report(build_dir: str | Path, country: str, out: str | Path, shared: _Shared | None = None) -> Path:
    """Write the page of one country to ``out``."""
    return _write_atomically(Path(out), country_page(build_dir, country, shared))


def write_all(build_dir: str | Path, folder: str | Path) -> list[Path]:
    """Write a page per country of the build into ``folder``, with an ``index.html``."""
    from .places import load_gazetteer

    shared = _Shared(build_dir)
    folder = Path(folder)
    countries = sorted({cast(str, r["country"]) for r in run_query(build_dir, _reader_documents()).rows})  # bound
    gazetteer = load_gazetteer()
    written, items = [], []
    for code in countries:
        path = write_report(build_dir, code, folder / f"{code}.html", shared)
        written.append(path)
        try:
            label = gazetteer.country(code).label
        except KeyError:
            label = code
        items.append(f'<li><a href="{code}.html">{html.escape(label)}</a> ({code})</li>')
    body = f"<h1>Countries</h1><ul>{''.join(items)}</ul>"
    written.append(_write_atomically(folder / "index.html", page("Countries", _STYLE, body)))
    return written


def _reader_documents() -> str:
    from .query import reader

    return reader("facts-documents")


_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;max-width:1100px;
 padding:12px 20px 30px;color:#222}
h1{font-size:24px}h2{font-size:19px;border-bottom:1px solid #ddd;padding-bottom:3px;margin-top:28px}
h3{font-size:16px;margin:14px 0 4px}h4{font-size:14px;margin:8px 0 2px;color:#444}
.lead{color:#555}table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left}
svg{max-width:100%;height:auto}svg.tiers{max-width:640px}svg.tiers text{font-size:12px;fill:#333}svg.tiers .grid{stroke:#e4e4e4}
svg.tiers .tier-line{fill:none;stroke:#1f6fb4;stroke-width:2}svg.tiers circle{fill:#1f6fb4}
a.src{font-size:12px;color:#1f6fb4;text-decoration:none}a.src:hover{text-decoration:underline}
.sources li{margin:6px 0}.doc{color:#666;font-size:12px}mark{background:#ffe066}
.sources li:target{background:#fff7d6}
svg.spark polyline{fill:none;stroke:#1f6fb4;stroke-width:1.5}svg.spark circle{fill:#1f6fb4}footer{margin-top:30px;color:#555;font-size:13px}
"""
