// A small TopoJSON decoder: just enough to draw world-atlas country outlines as SVG paths.
// Coordinates are mapped to an equirectangular plane: x = lon + 180, y = 90 - lat.

function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  // Arcs are quantised and delta-encoded: each point is an offset from the previous one.
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx + 180, 90 - (y * sy + ty)];
    });
  });
}

function ringPath(arcs, indexes) {
  let d = "";
  indexes.forEach((i, k) => {
    // A negative index (~i) means arc i walked backwards.
    const pts = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    // Consecutive arcs share their joining point; skip the repeat.
    (k ? pts.slice(1) : pts).forEach(([x, y], j) => {
      d += (k === 0 && j === 0 ? "M" : "L") + x.toFixed(2) + " " + y.toFixed(2);
    });
  });
  return d + "Z";
}

/** [{name, d}] for every country in a world-atlas countries TopoJSON. */
export function countryPaths(topo) {
  const arcs = decodeArcs(topo);
  const out = [];
  for (const g of topo.objects.countries.geometries) {
    let polygons;
    if (g.type === "Polygon") polygons = [g.arcs];
    else if (g.type === "MultiPolygon") polygons = g.arcs;
    else continue;
    const d = polygons.map((rings) => rings.map((r) => ringPath(arcs, r)).join("")).join("");
    out.push({ name: (g.properties && g.properties.name) || "", d });
  }
  return out;
}
