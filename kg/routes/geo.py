"""Geography of route maps: country outlines, anchor points and the Equal Earth projection.

The outlines are Natural Earth 1:110m (public domain) as the TopoJSON ``countries-110m.json``
of world-atlas 2.0.2 (ISC licence), kept in ``kg/routes/world/`` with its licence; the anchor
of each country (``anchors.json``, by ISO alpha-2 code) is a representative point of its
largest polygon, computed once by ``python -m kg.routes.geo COUNTRIES-10M.json`` from the
drawn outlines, and for the small states that 1:110m leaves out (Singapore, Bahrain, Malta)
from the 1:10m file of the same package. A region is anchored at the mean of its member countries' anchors.
Nothing is fetched at run time.
"""
from __future__ import annotations

import json
import math
import sys
from functools import lru_cache
from pathlib import Path
from typing import cast

import numpy as np

__all__ = ["WORLD_DIR", "equal_earth", "country_outlines", "anchors", "place_lonlat", "MAP_BOUNDS"]

WORLD_DIR = Path(__file__).with_name("world")
_OUTLINES = WORLD_DIR / "countries-110m.json"
_ANCHORS = WORLD_DIR / "anchors.json"
#: Natural Earth names of places without an ISO numeric id in world-atlas, by ISO alpha-2 code.
_UNNUMBERED = {"Kosovo": "XK"}
#: Overseas parts that Natural Earth draws as polygons of another country: the box
#: (lon0, lat0, lon1, lat1) where that country's polygon of the place lies.
_OVERSEAS = {"GF": ("FR", (-55, 2, -51, 6)), "GP": ("FR", (-62, 15.8, -61, 16.6)),
             "MQ": ("FR", (-61.3, 14.3, -60.8, 15)), "RE": ("FR", (55, -21.5, 56, -20.8)),
             "YT": ("FR", (45, -13.1, 45.4, -12.6)), "SJ": ("NO", (10, 76, 35, 81)),
             "BV": ("NO", (3.2, -54.6, 3.6, -54.3)), "BQ": ("NL", (-68.5, 12, -68.1, 12.4)),
             "CX": ("AU", (105.5, -10.6, 105.8, -10.4)), "CC": ("AU", (96.7, -12.3, 97, -11.8)),
             "TK": ("NZ", (-172.6, -9.5, -171.1, -8.5))}
_LEFT_OUT = {"010"}  #: Antarctica: no routes, and a third of the map's height

# Equal Earth (Šavrič, Patterson and Jenny 2018).
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """Project longitude and latitude (degrees) with Equal Earth; y grows northwards.

    Examples
    --------
    >>> x, y = equal_earth([0, 180], [0, 0]); [round(float(v), 4) for v in x]
    [0.0, 2.7066]
    """
    lam = np.radians(np.asarray(lon, dtype=float))
    theta = np.arcsin(_M * np.sin(np.radians(np.asarray(lat, dtype=float))))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * np.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


#: The projected extent of the whole map (without Antarctica): x0, y0, x1, y1.
MAP_BOUNDS = (float(equal_earth(-180, 0)[0]), float(equal_earth(0, -58)[1]),
              float(equal_earth(180, 0)[0]), float(equal_earth(0, 84)[1]))


def _decode(topology: dict) -> list[list[tuple[float, float]]]:
    """The arcs of a quantised TopoJSON topology as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(points[1:] if out else points)
    return out


def _split_at_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses ±180° as its eastern and western parts (each clipped at the line)."""
    if all(abs(a[0] - b[0]) <= 180 for a, b in zip(ring, ring[1:], strict=False)):
        return [ring]
    unwrapped = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
    east = _clip(unwrapped, keep_below=True)
    west = [(lon - 360, lat) for lon, lat in _clip(unwrapped, keep_below=False)]
    return [r for r in (east, west) if len(r) >= 3]


def _clip(ring: list[tuple[float, float]], keep_below: bool) -> list[tuple[float, float]]:
    """Sutherland–Hodgman clip of a ring to lon ≤ 180 (``keep_below``) or lon ≥ 180."""
    inside = (lambda p: p[0] <= 180) if keep_below else (lambda p: p[0] >= 180)
    out = []
    for a, b in zip(ring, ring[1:] + ring[:1], strict=False):
        if inside(b):
            if not inside(a):
                out.append(_cross(a, b))
            out.append(b)
        elif inside(a):
            out.append(_cross(a, b))
    return out


def _cross(a, b) -> tuple[float, float]:
    t = (180 - a[0]) / (b[0] - a[0])
    return 180.0, a[1] + t * (b[1] - a[1])


def _country_code(geometry: dict) -> str | None:
    """ISO alpha-2 code of a TopoJSON country (None for N. Cyprus, Somaliland)."""
    import pycountry

    name = geometry.get("properties", {}).get("name", "")
    if name in _UNNUMBERED:
        return _UNNUMBERED[name]
    number = geometry.get("id")
    country = pycountry.countries.get(numeric=number) if number else None
    return country.alpha_2 if country else None


def read_polygons(path: Path) -> list[tuple[str | None, list[list[list[tuple[float, float]]]]]]:
    """(ISO code, polygons) of every country of a world-atlas TopoJSON file.

    Each polygon is a list of rings (outer ring first) of (lon, lat); rings that cross the
    antimeridian are split into their eastern and western parts, each its own polygon.
    """
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("id") in _LEFT_OUT or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        parts = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        polygons = []
        for part in parts:
            rings = [_ring(arcs, indexes) for indexes in part]
            pieces = _split_at_antimeridian(rings[0])
            if len(pieces) == 1:
                polygons.append([pieces[0]] + rings[1:])
            else:
                polygons.extend([piece] for piece in pieces)
        out.append((_country_code(geometry), polygons))
    return out


@lru_cache(maxsize=1)
def country_outlines() -> tuple[tuple[str | None, tuple[np.ndarray, ...]], ...]:
    """Projected outlines of the 1:110m countries: (ISO code or None, rings as (n, 2) arrays)."""
    out = []
    for code, polygons in read_polygons(_OUTLINES):
        rings = []
        for polygon in polygons:
            for ring in polygon:
                x, y = equal_earth([p[0] for p in ring], [p[1] for p in ring])
                rings.append(np.column_stack([x, y]))
        out.append((code, tuple(rings)))
    return tuple(out)


@lru_cache(maxsize=1)
def anchors() -> dict[str, tuple[float, float]]:
    """Anchor (lon, lat) of every country, by ISO alpha-2 code."""
    data = json.loads(_ANCHORS.read_text(encoding="utf-8"))
    return {code: (lon, lat) for code, (lon, lat) in data["anchors"].items()}


def place_lonlat(key: str, kind: str) -> tuple[float, float] | None:
    """(lon, lat) of a country or region key; None when the place has no known position.

    A region sits at the mean of its member countries' anchors (as unit vectors, so that
    a region across the antimeridian, such as Oceania, does not land in Africa).

    Examples
    --------
    >>> place_lonlat("XK", "country")
    (20.9, 42.58)
    """
    known = anchors()
    if kind == "country":
        return known.get(key)
    from ..places import load_gazetteer

    try:
        members = [known[m] for m in sorted(load_gazetteer().members(key)) if m in known]
    except KeyError:
        return None
    if not members:
        return None
    lon = np.radians([m[0] for m in members])
    lat = np.radians([m[1] for m in members])
    x, y, z = (np.mean(np.cos(lat) * np.cos(lon)), np.mean(np.cos(lat) * np.sin(lon)), np.mean(np.sin(lat)))
    return round(math.degrees(math.atan2(y, x)), 2), round(math.degrees(math.atan2(z, math.hypot(x, y))), 2)


# --- computing the anchors (once, when the outlines change) ------------------------------

def _area(ring: list[tuple[float, float]]) -> float:
    """Area of a ring in Equal Earth units (absolute, shoelace)."""
    x, y = equal_earth([p[0] for p in ring], [p[1] for p in ring])
    return abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))) / 2


def _inside(point: tuple[float, float], rings: list[list[tuple[float, float]]]) -> bool:
    """Even-odd test of a point against a polygon's rings (holes included)."""
    px, py = point
    crossings = 0
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False):
            if (y0 > py) != (y1 > py) and px < x0 + (py - y0) * (x1 - x0) / (y1 - y0):
                crossings += 1
    return crossings % 2 == 1


def representative_point(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """A point inside a polygon: its centroid if inside, else the middle of its widest
    stretch along the latitude of the centroid (or of the middle of its extent)."""
    outer = rings[0]
    xs, ys = np.array([p[0] for p in outer]), np.array([p[1] for p in outer])
    cross = xs * np.roll(ys, -1) - np.roll(xs, -1) * ys
    area = cross.sum() / 2
    if abs(area) > 1e-12:
        cx = float(((xs + np.roll(xs, -1)) * cross).sum() / (6 * area))
        cy = float(((ys + np.roll(ys, -1)) * cross).sum() / (6 * area))
    else:
        cx, cy = float(xs.mean()), float(ys.mean())
    if _inside((cx, cy), rings):
        return cx, cy
    best = None
    for lat in (cy, (ys.min() + ys.max()) / 2, *np.linspace(ys.min(), ys.max(), 13)[1:-1]):
        hits = sorted(x0 + (lat - y0) * (x1 - x0) / (y1 - y0)
                      for ring in rings for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False)
                      if (y0 > lat) != (y1 > lat))
        for a, b in zip(hits[::2], hits[1::2], strict=False):
            if best is None or b - a > best[0]:
                best = (b - a, ((a + b) / 2, float(lat)))
        if best is not None and lat == cy:
            break
    return best[1] if best else (cx, cy)


def compute_anchors(path: Path) -> dict[str, tuple[float, float]]:
    """Anchor (lon, lat), rounded to 0.01°, of each country of a world-atlas TopoJSON file."""
    out: dict[str, tuple[tuple[float, float], float]] = {}  # code → (anchor, area of its polygon)
    for code, polygons in read_polygons(path):
        if code is None or not polygons:
            continue
        largest = max(polygons, key=lambda rings: _area(rings[0]) - sum(_area(r) for r in rings[1:]))
        lon, lat = representative_point(largest)
        if code not in out or _area(largest[0]) > out[code][1]:
            out[code] = ((round(lon, 2), round(lat, 2)), _area(largest[0]))
        for part, (parent, (lon0, lat0, lon1, lat1)) in _OVERSEAS.items():
            if code != parent or part in out:
                continue
            inside = [rings for rings in polygons
                      if all(lon0 <= p[0] <= lon1 and lat0 <= p[1] <= lat1 for p in rings[0])]
            if inside:
                largest = max(inside, key=lambda rings: _area(rings[0]))
                lon, lat = representative_point(largest)
                out[part] = ((round(lon, 2), round(lat, 2)), _area(largest[0]))
    return {code: point for code, (point, _) in sorted(out.items())}


def main(argv: list[str]) -> int:
    """``python -m kg.routes.geo countries-10m.json``: write ``anchors.json``.

    Countries drawn on the map take their anchor from the 1:110m outlines (so that it lies
    inside the drawn country: Norway's 1:10m centre is in Sweden at 1:110m); the others
    from the given, more detailed file.
    """
    if len(argv) != 1:
        print("usage: python -m kg.routes.geo COUNTRIES-10M-TOPOJSON", file=sys.stderr)
        return 2
    source = Path(argv[0])
    points = compute_anchors(source) | compute_anchors(_OUTLINES)
    data = {"source": f"{_OUTLINES.name}, and {source.name} for places it leaves out, of world-atlas 2.0.2 "
                      "(Natural Earth, public domain; ISC licence)",
            "method": "representative point of the largest polygon of each country (lon, lat in degrees)",
            "anchors": {code: list(point) for code, point in sorted(points.items())}}
    lines = [f'  {json.dumps(code)}: [{lon}, {lat}]' for code, (lon, lat) in cast(dict, data["anchors"]).items()]
    head = json.dumps({k: data[k] for k in ("source", "method")}, ensure_ascii=False)[:-1]
    _ANCHORS.write_text(head + ',\n "anchors": {\n' + ",\n".join(lines) + "\n }}\n", encoding="utf-8")
    print(f"{len(data['anchors'])} anchors → {_ANCHORS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
