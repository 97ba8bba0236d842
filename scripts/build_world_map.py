"""Build the web page's world map (src/communique/api/static/world.json) from vendored npm data.

The page draws countries as plain SVG paths, so the TopoJSON is decoded and projected
(equirectangular, 360 x 180 units, y down) once here rather than in the browser.

Inputs (from npm, fetched by a developer, not at run time):
  npm pack world-atlas@2 i18n-iso-countries@7   # then untar both
  python scripts/build_world_map.py world-atlas/package/countries-110m.json \
      i18n-iso-countries/package/codes.json

world-atlas is ISC-licensed (Mike Bostock), its shapes are Natural Earth (public domain);
i18n-iso-countries (MIT) gives the numeric -> alpha-3 table. See static/LICENSES.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src/communique/api/static/world.json"
#: Shapes that world-atlas leaves without an ISO number.
NO_NUMBER = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The topology's arcs as absolute (lon, lat) points (undoing the delta quantisation)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], ids: list[int]) -> list[tuple[float, float]]:
    """One closed ring from its arc indices (a negative index ~i is arc i reversed)."""
    pts: list[tuple[float, float]] = []
    for i in ids:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def unwrap(r: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Russia's Chukotka, Fiji) kept on one side: the points
    of the minority side move by 360 degrees and fall outside the map, which clips them."""
    if all(abs(b[0] - a[0]) <= 180 for a, b in zip(r, r[1:])):
        return r
    east = sum(1 for lon, _ in r if lon >= 0) >= len(r) / 2
    return [(lon + 360, lat) if east and lon < 0 else (lon - 360, lat) if not east and lon >= 0 else (lon, lat)
            for lon, lat in r]


def path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for r in map(unwrap, rings):
        xy = [(round(lon + 180, 1), round(90 - lat, 1)) for lon, lat in r]
        dedup = [p for k, p in enumerate(xy) if k == 0 or p != xy[k - 1]]
        if len(dedup) >= 3:
            parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in dedup) + "Z")
    return "".join(parts)


def build(topo_path: Path, codes_path: Path) -> dict[str, Any]:
    topo = json.loads(topo_path.read_text())
    alpha3 = {num: a3 for _a2, a3, num, *_ in json.loads(codes_path.read_text())}
    arcs = decode_arcs(topo)
    countries = []
    for geo in topo["objects"]["countries"]["geometries"]:
        name = geo["properties"]["name"]
        code = alpha3.get(geo.get("id", ""), NO_NUMBER.get(name))
        if code is None or code == "ATA":
            continue  # Antarctica only takes room
        polys = geo["arcs"] if geo["type"] == "MultiPolygon" else [geo["arcs"]]
        d = path([ring(arcs, r) for poly in polys for r in poly])
        countries.append({"id": code, "name": name, "d": d})
    return {"viewBox": "0 0 360 150", "source": "world-atlas 2.0.2 countries-110m (Natural Earth)",
            "countries": sorted(countries, key=lambda c: c["id"])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    ap.add_argument("codes", type=Path, help="i18n-iso-countries codes.json")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = build(args.topojson, args.codes)
    args.out.write_text(json.dumps(data, separators=(",", ":")))
    print(f"{len(data['countries'])} countries -> {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
