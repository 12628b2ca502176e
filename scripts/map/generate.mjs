// Generates src/generated/map.rs: the world map as compact SVG path data,
// built ahead of time from Natural Earth 1:50m (npm package world-atlas 2.0.2),
// and src/generated/other-places.csv: the English name and note of each place
// on it that is not a member state, which the build translates
// (content/<lang>/labels.toml [places]), so a language's wasm carries only
// its own words.
//
//   node scripts/map/generate.mjs          write both files
//   node scripts/map/generate.mjs --check  exit 1 if a committed file is stale
//
// Steps: decode the TopoJSON arcs; project them with Equal Earth; simplify
// each arc once (so neighbours keep sharing exactly the same border); stitch
// the rings; round to one decimal in a 1000-unit-wide view box, and write the
// paths in whole half-units (integers compress better than decimals, and the
// error stays under a quarter of a pixel at 1000 px wide). States too
// small to see get a marker. Places that are not member states are kept apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'src/generated/map.rs');
const PLACES_OUT = join(ROOT, 'src/generated/other-places.csv');

const WIDTH = 1000;
/** Path data counts in whole units of 1 / PATH_UNITS of the view box. */
const PATH_UNITS = 2;
/** Visvalingam effective-area threshold, in square view-box units: 6 took
 * 1.4 KB gzip off every page against 3. */
const MIN_AREA = 6;
/** Arcs of places smaller than this (view-box units², before simplifying) are
 * simplified at MIN_AREA_SMALL instead, or states such as Cyprus, Qatar and
 * the Gambia would lose their outline. */
const SMALL_PLACE_AREA = 60;
const MIN_AREA_SMALL = 3;
/** Islands smaller than this (view-box units²) are left out, unless they are all a state has:
 * 5 units² is about one pixel on a 1280 px screen; 2 -> 5 took 0.4 KB gzip off every page. */
const MIN_RING_AREA = 5;
/** A member whose drawn area (view-box units²) is below this gets a marker. */
const SMALL_AREA = 12;

/** Features without an id, or with an id that is not a member's, that belong to a member. */
const MERGE_INTO = {
  Somaliland: 'SOM', 'N. Cyprus': 'CYP', 'Indian Ocean Ter.': 'AUS',
  '344': 'CHN', '446': 'CHN', '248': 'FIN',
};
/** Places that are not member states, with how the explainer describes them. */
const OTHER_PLACES = {
  Kosovo: ['Kosovo', 'not a UN member state'],
  '158': ['Taiwan', 'not a UN member state'],
  '732': ['Western Sahara', 'non-self-governing territory'],
  '275': ['State of Palestine', 'UN observer state'],
  '336': ['Holy See', 'UN observer state'],
  '304': ['Greenland', 'part of the Kingdom of Denmark'],
  '234': ['Faroe Islands', 'part of the Kingdom of Denmark'],
  'Siachen Glacier': ['Siachen Glacier', 'disputed area'],
  '238': ['Falkland Islands (Malvinas)', 'non-self-governing territory'],
};
/** UN M49's English names, where Natural Earth abbreviates one (by M49 code). */
const M49_NAMES = {
  '092': 'British Virgin Islands',
  '136': 'Cayman Islands',
  '184': 'Cook Islands',
  '239': 'South Georgia and the South Sandwich Islands',
  '258': 'French Polynesia',
  '260': 'French Southern Territories',
  '334': 'Heard Island and McDonald Islands',
  '796': 'Turks and Caicos Islands',
};
/** Dependent territories, by how the explainer describes them. */
const SOVEREIGN = {
  'territory of the United States': ['580', '850', '316', '016', '630'],
  'territory of the United Kingdom': ['239', '086', '654', '612', '660', '136', '060', '092', '796', '500', '832', '831', '833'],
  'territory of France': ['666', '876', '663', '652', '258', '540', '260'],
  'part of the Kingdom of the Netherlands': ['533', '531', '534'],
  'in free association with New Zealand': ['570', '184'],
  'territory of Australia': ['574', '334'],
};
const DROP = new Set(['010']); // Antarctica
/** Tuvalu is missing from the 50m file: placed by hand (Funafuti, 8.52° S, 179.20° E). */
const HAND_PLACED = { TUV: [179.198, -8.521] };

// ---- Equal Earth (Šavrič, Patterson & Jenny 2018) ----
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
function equalEarth(lon, lat) {
  const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180;
  const t = Math.asin(M * Math.sin(p)), t2 = t * t, t6 = t2 * t2 * t2;
  const x = (l * Math.cos(t)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}
const [XMAX] = equalEarth(180, 0);
const SCALE = WIDTH / (2 * XMAX);
const [, YTOP] = equalEarth(0, 84);
const [, YBOTTOM] = equalEarth(0, -58);
export const HEIGHT = Math.round((YTOP - YBOTTOM) * SCALE);
function project([lon, lat]) {
  const [x, y] = equalEarth(lon, lat);
  return [(x + XMAX) * SCALE, (YTOP - y) * SCALE];
}

// ---- TopoJSON ----
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    const points = arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
    return densify(unwrap(points)).map(project);
  });
}

/** Arcs that cross the antimeridian (Russia's Chukotka and Wrangel Island,
 * Fiji) jump from 180° to -180°. Keeping longitudes continuous draws the far
 * side past the map's edge, where the view box clips it, instead of as a
 * stripe across the whole map. */
function unwrap(points) {
  const out = [];
  let shift = 0;
  for (const [lon, lat] of points) {
    if (out.length) {
      const step = lon + shift - out.at(-1)[0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

/** Adds points on long segments so meridians (e.g. along ±180°) curve as they should. */
function densify(points) {
  const out = [points[0]];
  for (let i = 1; i < points.length; i += 1) {
    const [a, b] = [points[i - 1], points[i]];
    const steps = Math.floor(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / 2);
    for (let s = 1; s <= steps; s += 1) {
      const f = s / (steps + 1);
      out.push([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f]);
    }
    out.push(b);
  }
  return out;
}

/** Visvalingam–Whyatt: drops the point making the smallest triangle until all exceed minArea. Keeps the ends. */
function simplify(points, minArea) {
  const closed = points.length > 3 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1];
  const keep = points.map(() => true);
  const area = (a, b, c) => Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
  let alive = points.length;
  const minimum = closed ? 4 : 2;
  for (;;) {
    if (alive <= minimum) break;
    let best = -1, bestArea = Infinity, prev = 0;
    for (let i = 1; i < points.length - 1; i += 1) {
      if (!keep[i]) continue;
      let next = i + 1;
      while (!keep[next]) next += 1;
      const a = area(points[prev], points[i], points[next]);
      if (a < bestArea) { bestArea = a; best = i; }
      prev = i;
    }
    if (best < 0 || bestArea >= minArea) break;
    keep[best] = false;
    alive -= 1;
  }
  return points.filter((_, i) => keep[i]);
}

/** A ring's signed area (shoelace), in square view-box units. */
function ringArea(points) {
  let twice = 0;
  for (let i = 0; i < points.length; i += 1) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

function ringPoints(indexes, arcs) {
  const ring = [];
  for (const index of indexes) {
    const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
    ring.push(...(ring.length ? arc.slice(1) : arc));
  }
  return ring;
}

const round = (n) => Math.round(n * 10) / 10;
/** A Rust f32 literal with one decimal. */
const f32 = (n) => round(n).toFixed(1);

/** A ring in whole path units, without repeated points; null if it vanishes. */
function inPathUnits(pts) {
  const out = [];
  for (const [x, y] of pts) {
    const p = [Math.round(x * PATH_UNITS), Math.round(y * PATH_UNITS)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out.at(-1)[0] && out[0][1] === out.at(-1)[1]) out.pop();
  return out.length >= 3 ? out : null;
}

/** SVG path data in path units with relative moves, each ring closed. Rings
 * too small to see at this scale are dropped, except a state's largest (which
 * still gives its centre when even it is too small to draw). */
function pathData(rings) {
  let d = '';
  let area = 0;
  let largest = { area: -1, ring: null };
  const cleaned = rings.map((ring) => {
    const pts = [];
    for (const [x, y] of ring) {
      const p = [round(x), round(y)];
      const last = pts.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
    }
    if (pts.length > 1 && pts[0][0] === pts.at(-1)[0] && pts[0][1] === pts.at(-1)[1]) pts.pop();
    return pts;
  }).filter((pts) => pts.length >= 3);
  const biggest = Math.max(0, ...cleaned.map((pts) => Math.abs(signedArea(pts))));
  for (const pts of cleaned) {
    const a = signedArea(pts);
    if (Math.abs(a) < MIN_RING_AREA && Math.abs(a) < biggest) continue;
    area += a;
    if (Math.abs(a) > largest.area) largest = { area: Math.abs(a), ring: pts };
    const path = inPathUnits(pts);
    if (!path) continue;
    d += `M${path[0][0]} ${path[0][1]}`;
    let cmd = '';
    for (let i = 1; i < path.length; i += 1) {
      const dx = path[i][0] - path[i - 1][0], dy = path[i][1] - path[i - 1][1];
      const part = `${dx}${dy < 0 ? '' : ' '}${dy}`;
      cmd += (i === 1 ? 'l' : dx < 0 ? '' : ' ') + part;
    }
    d += `${cmd}z`;
  }
  return { d, area: Math.abs(area), largest: largest.ring };
}

function signedArea(pts) {
  let s = 0;
  for (let i = 0; i < pts.length; i += 1) {
    const [a, b] = [pts[i], pts[(i + 1) % pts.length]];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

function centroid(pts) {
  let cx = 0, cy = 0, a = 0;
  for (let i = 0; i < pts.length; i += 1) {
    const [p, q] = [pts[i], pts[(i + 1) % pts.length]];
    const f = p[0] * q[1] - q[0] * p[1];
    cx += (p[0] + q[0]) * f; cy += (p[1] + q[1]) * f; a += f;
  }
  if (Math.abs(a) < 1e-9) return pts[0];
  return [cx / (3 * a), cy / (3 * a)];
}

/** The centre of a place's largest ring before simplifying: for states such
 * as Monaco or the Holy See whose every ring vanishes when simplified. */
function unsimplifiedCentre(key, unsimplified) {
  const rings = (unsimplified.get(key) ?? []).filter((ring) => ring.length >= 3);
  if (!rings.length) throw new Error(`no outline to place ${key} by: place it by hand in HAND_PLACED`);
  const largest = rings.reduce((a, b) => (Math.abs(signedArea(b)) > Math.abs(signedArea(a)) ? b : a));
  return centroid(largest);
}

function members() {
  const lines = readFileSync(join(ROOT, 'data/members.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((l) => l.split(',')[0]);
}

/** Both generated files: `{ map, places }`. */
export function generate() {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const rawArcs = decodeArcs(topology);
  const smallArcs = new Set();
  for (const g of topology.objects.countries.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const area = polygons.flat().reduce((sum, r) => sum + Math.abs(ringArea(ringPoints(r, rawArcs))), 0);
    if (area < SMALL_PLACE_AREA) for (const i of polygons.flat(2)) smallArcs.add(i < 0 ? ~i : i);
  }
  const arcs = rawArcs.map((arc, i) => simplify(arc, smallArcs.has(i) ? MIN_AREA_SMALL : MIN_AREA));
  const memberCodes = new Set(members());
  const sovereignOf = Object.fromEntries(Object.entries(SOVEREIGN).flatMap(([s, ids]) => ids.map((id) => [id, s])));
  const shapes = new Map(); // iso3 -> rings
  const others = new Map(); // name -> {note, rings}
  const unsimplified = new Map(); // iso3 or name -> rings before simplifying, for the centres of states too small to keep a ring
  for (const g of topology.objects.countries.geometries) {
    if (DROP.has(g.id)) continue;
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const rings = polygons.flat().map((r) => ringPoints(r, arcs));
    const rawRings = polygons.flat().map((r) => ringPoints(r, rawArcs));
    const key = g.id ?? g.properties.name;
    const alpha3 = g.id ? iso.numericToAlpha3(g.id) : undefined;
    const owner = MERGE_INTO[key] ?? (alpha3 && memberCodes.has(alpha3) ? alpha3 : undefined);
    if (owner) {
      shapes.set(owner, [...(shapes.get(owner) ?? []), ...rings]);
      unsimplified.set(owner, [...(unsimplified.get(owner) ?? []), ...rawRings]);
      continue;
    }
    const [name, note] = OTHER_PLACES[key] ?? [M49_NAMES[key] ?? g.properties.name, sovereignOf[key] ?? 'territory'];
    others.set(name, { note, rings: [...(others.get(name)?.rings ?? []), ...rings] });
    unsimplified.set(name, [...(unsimplified.get(name) ?? []), ...rawRings]);
  }
  const missing = [...memberCodes].filter((c) => !shapes.has(c) && !HAND_PLACED[c]);
  if (missing.length) throw new Error(`no shape for member states: ${missing.join(', ')}`);

  let out = `// @generated by scripts/map/generate.mjs from Natural Earth 1:50m (npm world-atlas 2.0.2).\n`;
  out += `// Equal Earth projection, arcs simplified once, paths in half-units. Do not edit: run\n`;
  out += `// \`node scripts/map/generate.mjs\` after changing the generator or data/members.csv.\n\n`;
  out += `use crate::model::map_shapes::{MemberShape, OtherPlace};\n\n`;
  out += `pub const VIEW_BOX: (f32, f32) = (${WIDTH}.0, ${HEIGHT}.0);\n\n`;
  out += `/// Path data counts in units of 1 / PATH_UNITS of the view box (centres do not).\npub const PATH_UNITS: f32 = ${PATH_UNITS}.0;\n\n`;
  // Shapes (centres, markers) and outlines (path data) are kept apart: the
  // app reads the outlines back from the page it starts on, so only the
  // build-time page writer needs them compiled in.
  let shapesOut = `/// One entry per member state, in data/members.csv order.\npub static MEMBER_SHAPES: &[MemberShape] = &[\n`;
  let placesOut = 'name,note\n';
  let pathsOut = `/// Each member state's outline as SVG path data (empty when it is only a\n/// marker), in MEMBER_SHAPES order.\npub static MEMBER_PATHS: &[&str] = &[\n`;
  for (const code of members()) {
    let d = '', centre, small;
    if (HAND_PLACED[code]) {
      centre = project(HAND_PLACED[code]);
      small = true;
    } else {
      const shape = pathData(shapes.get(code));
      d = shape.d;
      centre = shape.largest ? centroid(shape.largest) : unsimplifiedCentre(code, unsimplified);
      small = shape.area < SMALL_AREA;
    }
    shapesOut += `    MemberShape { iso3: "${code}", centre: (${f32(centre[0])}, ${f32(centre[1])}), marker: ${small} },\n`;
    pathsOut += `    "${d}",\n`;
  }
  shapesOut += `];\n\n/// Places drawn on the map that are not member states; their names and\n/// notes are in other-places.csv, in this order.\npub static OTHER_PLACES: &[OtherPlace] = &[\n`;
  pathsOut += `];\n\n/// Each other place's outline, in OTHER_PLACES order.\npub static OTHER_PATHS: &[&str] = &[\n`;
  for (const [name, { note, rings }] of [...others].sort(([a], [b]) => a.localeCompare(b))) {
    const shape = pathData(rings);
    const centre = shape.largest ? centroid(shape.largest) : unsimplifiedCentre(name, unsimplified);
    const observer = note === 'UN observer state';
    const marker = observer && shape.area < SMALL_AREA;
    if (!shape.d && !marker) continue;
    if (/[,"\n]/.test(name + note)) throw new Error(`a comma, quote or line break in "${name}" or "${note}"`);
    shapesOut += `    OtherPlace { centre: (${f32(centre[0])}, ${f32(centre[1])}), marker: ${marker} },\n`;
    placesOut += `${name},${note}\n`;
    pathsOut += `    "${shape.d}",\n`;
  }
  out += shapesOut + `];\n\n` + pathsOut + `];\n`;
  return { map: out, places: placesOut };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { map, places } = generate();
  const files = [[OUT, map], [PLACES_OUT, places]];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([path, code]) => readFileSync(path, 'utf8') !== code);
    for (const [path] of stale) console.error(`${path} is stale: run \`node scripts/map/generate.mjs\``);
    if (stale.length) process.exit(1);
    console.log('src/generated/map.rs and other-places.csv are up to date');
  } else {
    for (const [path, code] of files) {
      writeFileSync(path, code);
      console.log(`wrote ${path} (${(Buffer.byteLength(code) / 1024).toFixed(1)} KB)`);
    }
  }
}
